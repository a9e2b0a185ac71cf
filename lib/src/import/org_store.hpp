// SPDX-License-Identifier: MIT
#pragma once
// The organisation table as an import sees it: prepared statements reused for every row.

#include <lpg/session.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "db/audit.hpp"
#include "import/org_row.hpp"

namespace lpg::import {

class OrgStore {
 public:
  /// `source` is what organisation.source records for rows this import adds; `claim` makes
  /// matched organisations this source's too (a register import), so flag-closed finds them.
  OrgStore(const Session& s, std::string source, bool claim);

  /// The organisation the row names: by any of its identifiers, else by lpg id when the
  /// names agree.
  std::optional<std::int64_t> find(const OrgRow& row);
  /// Throws Error{Conflict} when another organisation than `id` (0: none) holds one of the
  /// row's identifiers.
  void check_identifiers(std::int64_t id, const OrgRow& row);
  /// Adds the row. Throws Error{Invalid} when it lacks a sector.
  std::int64_t add(const OrgRow& row);
  /// Updates the fields that differ; false when there were none. Leaves in `row` only what
  /// was to be written.
  bool update(std::int64_t id, OrgRow& row);
  /// The ids this import added, "#12-#340" ("" for none): for the import's audit row.
  std::string added_ids() const;
  /// Closes today the open organisations of this source not in `seen` (organisation -> line
  /// of the file); how many.
  std::int64_t close_missing(const std::unordered_map<std::int64_t, std::size_t>& seen);

 private:
  SQLite::Statement& update_statement(std::uint32_t mask);
  void set_identifiers(std::int64_t id, const OrgRow& row, bool fresh);

  const Session& s_;
  std::string source_;
  bool claim_;
  std::string stamp_;
  std::string today_;
  db::AuditWriter audit_;
  SQLite::Statement by_id_, select_, insert_, drop_identifier_, add_identifier_;
  std::map<std::uint32_t, SQLite::Statement> updates_;
  /// scheme -> identifier -> organisation. A URN fits in a short string: no allocation each.
  std::map<std::string, std::unordered_map<std::string, std::int64_t>> holder_of_;
  std::optional<std::int64_t> first_added_;  ///< ids from here on are this import's
  std::int64_t last_added_ = 0;
  std::vector<std::optional<std::int64_t>> holders_;  ///< who holds each identifier of the row
};

}  // namespace lpg::import
