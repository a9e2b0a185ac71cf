// SPDX-License-Identifier: MIT
#pragma once
// The owner of tables organisation and org_identifier: every statement that writes them
// (org/org_store.cpp), and the reading of their rows into Org and for imports
// (org/org_query.cpp).
// org add, edit, archive and remove call the single-row functions; `import orgs` reads through
// a BatchReader and writes through a BatchWriter, which keep their prepared statements for a
// whole register. Inside the caller's transaction; nothing here audits.

#include <lpg/orgs.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/field_text.hpp"
#include "core/ref_candidate.hpp"
#include "db/sql.hpp"
#include "org/identifier_index.hpp"
#include "org/org_row.hpp"

namespace lpg::org_store {

/// The organisation with this id, with its identifiers; Error{NotFound} when there is none.
Org read(db::Connection& c, std::int64_t id);
/// The name of organisation `id`; nullopt when there is none.
std::optional<std::string> name_of(db::Connection& c, std::int64_t id);

/// For find_org: the organisations with this id, holding an identifier of this value (any
/// scheme, any case), with this name_key (by id); labelled "name, town postcode [sector]".
refs::Candidates ref_by_id(db::Connection& c, std::int64_t id);
refs::Candidates ref_by_identifier(db::Connection& c, const std::string& value);
refs::Candidates ref_by_key(db::Connection& c, const std::string& key);
/// The organisation holding `value` in `scheme`, both in any case.
std::optional<std::int64_t> by_identifier_any_case(db::Connection& c, const std::string& scheme,
                                                   const std::string& value);
/// Up to 20,000 names, none empty: what "did you mean" chooses from.
std::vector<std::string> hint_names(db::Connection& c);
/// Every name, for shell completion.
std::vector<std::string> names(db::Connection& c);

/// What list() reads, every filter given: sectors (slugs, any of them), an area and the areas
/// within it, a status, no membership of `not_in_group` current on or after `today`, a folded
/// name containing `name_key`; archived ones only with `archived`.
struct Query {
  std::vector<std::string> sectors;
  std::optional<std::int64_t> area;
  std::optional<std::string> status;
  std::optional<std::int64_t> not_in_group;
  std::string today;
  std::optional<std::string> name_key;
  bool archived = false;
};
/// By name.
std::vector<Org> list(db::Connection& c, const Query& query);

/// Inserts an organisation with these columns (checked by the caller); its id.
std::int64_t insert(db::Connection& c, const std::vector<fields::Assign>& columns);
/// Sets these columns of organisation `id`.
void update(db::Connection& c, std::int64_t id, const std::vector<fields::Assign>& columns);
void remove(db::Connection& c, std::int64_t id);

/// The organisation holding identifier `value` in `scheme`: its id and name.
std::optional<std::pair<std::int64_t, std::string>> identifier_holder(db::Connection& c,
                                                                      const std::string& scheme,
                                                                      const std::string& value);
/// Organisation `id`'s identifier in `scheme` becomes `value` (nullopt: it has none).
void set_identifier(db::Connection& c, std::int64_t id, const std::string& scheme,
                    const std::optional<std::string>& value);

/// Organisations stored.
std::int64_t count(db::Connection& c);
/// Every identifier stored, into `index` (given room for them first): for an import.
void load_identifiers(db::Connection& c, import::IdentifierIndex& index);
/// The open organisations of `source` (archived ones aside), by id: those an import with
/// --on-missing flag-closed may close.
std::vector<std::int64_t> open_of_source(db::Connection& c, const std::string& source);

/// The stored organisations an import compares its rows with, statements prepared once.
class BatchReader {
 public:
  explicit BatchReader(db::Connection& c);
  /// The name_key of organisation `id`, valid until the next call; nullopt when there is none.
  std::optional<std::string_view> name_key(std::int64_t id);
  /// The stored row of organisation `id`, which exists: columns import::Col 0 to
  /// kColumnCount - 1, then updated_at and id. Read as a register re-import asks for them: a
  /// scan in id order, one step to the next row rather than a query each. Valid until the
  /// next call.
  const db::Statement& row(std::int64_t id);
  /// Lets go of the table: before anything else changes it.
  void finish();

 private:
  db::Statement by_id_;
  db::Statement scan_;
  std::int64_t scan_at_ = 0;  ///< the row the scan is on (0: none)
};

/// The columns an import may change and restore() puts back: "name, sector, ..., name_key,
/// updated_at", for the import's scratch table lpg_import_was (one row a change, plus id).
std::string kept_columns();

/// The writes of an import, statements prepared once. New organisations and their identifiers
/// are written by bulk loads (db::BulkInsert: COPY on PostgreSQL, INSERTs of many rows on
/// SQLite): preparing, starting and finishing a statement is most of the cost of one row.
class BatchWriter {
 public:
  using Identifiers = std::vector<std::pair<std::string, std::string>>;

  /// `stamp` is created_at and updated_at of every row written.
  BatchWriter(db::Connection& c, std::string stamp);

  /// The id an organisation added now would take: the largest plus one.
  std::int64_t next_id();

  /// Queues organisation `id`, whose every column `row` sets as it is to be stored, with the
  /// row's identifiers; writes the queue when it is full. The row is read where it is, so it
  /// must stay as it is until flush().
  void add(std::int64_t id, const import::OrgRow& row);
  /// Takes organisation `id` out of the queue: its identifiers, or nullopt when it was not
  /// queued (written already, or never added).
  std::optional<Identifiers> drop_queued(std::int64_t id);
  /// Writes the organisations queued: before their rows go (they are read where they are),
  /// and before anything reads the organisations back.
  void flush();
  /// Writes everything waiting, and the ids the table hands out next follow those given here:
  /// before anything reads the identifiers back, and at the end.
  void finish();

  /// Sets the columns of `mask` (bit i: import::Col i) to the row's values, the name_key with
  /// the name, and updated_at.
  void update(std::int64_t id, std::uint32_t mask, const import::OrgRow& row);
  /// Closes organisation `id` on `today`.
  void close(std::int64_t id, const std::string& today);
  /// Puts back the columns kept in the import's scratch table lpg_import_was.
  void restore(std::int64_t id);
  /// Deletes organisation `id` and its identifiers; the identifiers it had.
  Identifiers remove(std::int64_t id);

  void add_identifier(std::int64_t id, const std::string& scheme, const std::string& value);
  /// Deletes `id`'s identifier in `scheme`; the values it had.
  std::vector<std::string> drop_identifier(std::int64_t id, const std::string& scheme);
  /// Deletes identifier `value` in `scheme`, whoever holds it.
  void unset_identifier(const std::string& scheme, const std::string& value);

 private:
  static constexpr std::size_t kRows = 256;
  struct Queued {
    std::int64_t id;
    const import::OrgRow* row;
  };
  /// An identifier of an organisation written, waiting to be written itself.
  struct WaitingId {
    std::int64_t org_id;
    std::string scheme, value;
  };
  static constexpr std::size_t kWaitingIds = 8192;
  db::Statement& update_statement(std::uint32_t mask);
  void write_identifiers();

  db::Connection& c_;
  std::string stamp_;
  db::BulkInsert rows_, identifiers_;  ///< the new organisations and their identifiers
  db::Statement identifier_;           ///< one identifier
  db::Statement drop_identifier_, close_;
  std::optional<db::Statement> restore_;  ///< prepared once the scratch table is there
  std::map<std::uint32_t, db::Statement> updates_;
  std::vector<Queued> queued_;
  std::vector<WaitingId> waiting_ids_;
  bool gave_ids_ = false;  ///< organisations went in with ids given here
};

/// The import's scratch table lpg_import_was: the organisations an import updated, as they
/// were (kept_columns()), with the audit row of the update; BatchWriter::restore() puts one
/// back. A temporary table, so that memory stays flat however many rows a file changes.
class KeptRows {
 public:
  /// Inside the import's transaction: the table is made (or emptied) here.
  explicit KeptRows(db::Connection& c);
  /// Keeps organisation `id` as it is stored now, with `audit_id`.
  void keep(std::int64_t id, std::int64_t audit_id);
  /// The audit row kept with organisation `id`; nullopt when it is not kept.
  std::optional<std::int64_t> audit_of(std::int64_t id);
  void forget(std::int64_t id);

 private:
  db::Statement keep_, audit_of_, forget_;
};

}  // namespace lpg::org_store
