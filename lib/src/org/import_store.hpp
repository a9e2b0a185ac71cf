// SPDX-License-Identifier: MIT
#pragma once
// The organisation table as an import sees it: which stored organisation a row names, what
// differs, and taking back what a later row replaces. It holds no SQL: it reads and writes
// through the table owner's BatchReader and BatchWriter (org/org_store.hpp), whose prepared
// statements serve every row.

#include <lpg/session.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/audit.hpp"
#include "db/sql.hpp"
#include "org/identifier_index.hpp"
#include "org/import_undo.hpp"
#include "org/org_row.hpp"
#include "org/org_store.hpp"

namespace lpg::import {

class OrgStore {
 public:
  /// `source` is what organisation.source records for rows this import adds, unless
  /// `rows_say_source` (the file has a source column, as lpg's export does); `claim` makes
  /// matched organisations this source's too (a register import), so flag-closed finds them.
  OrgStore(const Session& s, std::string source, bool claim, bool rows_say_source);

  /// Makes room for the identifiers of a file of about `rows` rows: a table grown once, not
  /// time and again as a register is read.
  void expect(std::size_t rows);
  /// The organisation the row names: by any of its identifiers, else by lpg id when the
  /// names agree, else (a row with no identifier) the one stored before the import with its
  /// name, postcode and town (by_name). Throws Error{Conflict} when two could be the row's.
  std::optional<std::int64_t> find(const OrgRow& row);
  /// Throws Error{Conflict} when another organisation than `id` (0: none) holds one of the
  /// row's identifiers. After find() for the same row.
  void check_identifiers(std::int64_t id, const OrgRow& row);
  /// Adds the row; its id: the row's own (lpg's id) when no organisation here has had it, else
  /// the next. Throws Error{Invalid} when it lacks a sector. After find(). The
  /// row is written with others, from where it is: it must stay until flush() or finish().
  std::int64_t add(OrgRow& row);
  /// Writes the organisations added and not yet written.
  void flush();
  /// Updates the fields that differ; false when there were none. Leaves in `row` only what
  /// was to be written. After find().
  bool update(std::int64_t id, OrgRow& row);
  /// Takes back what this import did to organisation `id` (added it, or updated it): a later
  /// row of the file for the same organisation replaces the earlier one. The next add() takes
  /// the id of an organisation added and taken back.
  void revert(std::int64_t id);
  /// Writes the organisations added and not yet written, and lets go of the table: before
  /// anything else reads or changes it.
  void finish();
  /// The ids this import added, "#12-#340" ("" for none): for the import's audit row.
  std::string added_ids() const;
  /// The open organisations of this source that `listed` says the file does not name, and
  /// how many of this source are open (archived ones aside).
  std::vector<std::int64_t> missing(const std::function<bool(std::int64_t)>& listed,
                                    std::int64_t& open);
  /// Closes the organisations `ids` today, with an audit row each.
  void close(const std::vector<std::int64_t>& ids);

 private:
  void set_identifiers(std::int64_t id, const OrgRow& row, UndoLog::Identifiers* undo);
  void unset_identifier(const std::string& scheme, const std::string& value);
  void put_back(const UndoLog::Identifiers& identifiers, std::int64_t id);
  void take_out(std::int64_t id);     ///< an add taken back
  bool given(std::int64_t id) const;  ///< to an organisation this import added
  void mark(std::int64_t id, bool given);
  std::int64_t new_id(const OrgRow& row);
  std::optional<std::int64_t> by_name(const OrgRow& row);
  /// A file's id further than this above the ids stored is not kept (lpg's ids run from 1).
  static constexpr std::int64_t kIdsAhead = std::int64_t{1} << 22;

  const Session& s_;
  std::string source_;
  bool claim_;
  bool rows_say_source_;
  std::string stamp_;
  std::string today_;
  db::AuditWriter audit_;
  db::Connection& c_;
  org_store::BatchReader stored_;
  org_store::BatchWriter writer_;
  IdentifierIndex holder_of_;        ///< every identifier stored, and those this import gives
  std::int64_t first_added_;         ///< ids from here on are this import's
  std::int64_t next_id_;             ///< the lowest id the next organisation added may take
  std::vector<bool> given_;          ///< ids from first_added_ given to organisations added
  std::vector<std::int64_t> holes_;  ///< ids added and taken back, not (yet) taken again
  UndoLog undo_;                     ///< what updates to take back
  std::vector<std::optional<std::int64_t>> holders_;  ///< who holds each identifier of the row
};

}  // namespace lpg::import
