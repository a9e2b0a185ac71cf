// SPDX-License-Identifier: MIT
// The owner of tables organisation and org_identifier, its writes: every statement that
// changes them, for org add, edit and remove and for an import's BatchWriter, and the
// import's scratch table. The reads are in org/org_query.cpp.
#include "org/org_store.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg::org_store {

using import::kColumnCount;
using import::kOrgColumnNames;

std::int64_t insert(db::Connection& c, const std::vector<fields::Assign>& columns) {
  std::string names, marks;
  for (const auto& a : columns) {
    names += (names.empty() ? "" : ", ") + a.column;
    marks += marks.empty() ? "?" : ", ?";
  }
  db::Statement q(
      c, fmt::format("INSERT INTO organisation ({}) VALUES ({}) RETURNING id", names, marks));
  for (std::size_t i = 0; i < columns.size(); ++i) {
    fields::bind_value(q, static_cast<int>(i + 1), columns[i].value);
  }
  return q.exec_id();
}

void update(db::Connection& c, std::int64_t id, const std::vector<fields::Assign>& columns) {
  std::string sets;
  for (const auto& a : columns) sets += (sets.empty() ? "" : ", ") + a.column + " = ?";
  db::Statement q(c, fmt::format("UPDATE organisation SET {} WHERE id = ?", sets));
  int i = 1;
  for (const auto& a : columns) fields::bind_value(q, i++, a.value);
  q.bind(i, id);
  q.exec();
}

void remove(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "DELETE FROM organisation WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

void set_identifier(db::Connection& c, std::int64_t id, const std::string& scheme,
                    const std::optional<std::string>& value) {
  db::Statement drop(c, "DELETE FROM org_identifier WHERE org_id = ? AND scheme = ?");
  drop.bind(1, id);
  drop.bind(2, scheme);
  drop.exec();
  if (!value) return;
  db::Statement add(c, "INSERT INTO org_identifier (org_id, scheme, value) VALUES (?, ?, ?)");
  add.bind(1, id);
  add.bind(2, scheme);
  add.bind(3, *value);
  add.exec();
}

std::string kept_columns() {
  std::string out;
  for (const char* c : kOrgColumnNames) out += fmt::format("{}, ", c);
  return out + "name_key, updated_at";
}

namespace {

std::vector<std::string> organisation_columns() {
  std::vector<std::string> out{"id"};
  for (const char* c : kOrgColumnNames) out.emplace_back(c);
  out.emplace_back("name_key");
  return out;
}

// Given as it is (read in flush(), where the row still is).
void add_value(db::BulkInsert& bulk, const std::optional<import::Value>& v) {
  if (!v) {
    bulk.add(nullptr);
  } else if (const auto* n = std::get_if<std::int64_t>(&*v)) {
    bulk.add(*n);
  } else {
    bulk.add(std::string_view(std::get<std::string>(*v)));
  }
}

// Binds without a copy: `v` outlives the statement's run in every caller.
void bind_value(db::Statement& q, int i, const std::optional<import::Value>& v) {
  if (!v) {
    q.bind(i);
  } else if (const auto* n = std::get_if<std::int64_t>(&*v)) {
    q.bind(i, *n);
  } else {
    q.bind_nocopy(i, std::get<std::string>(*v));
  }
}

}  // namespace

BatchWriter::BatchWriter(db::Connection& c, std::string stamp)
    : c_(c),
      stamp_(std::move(stamp)),
      rows_(c, "organisation", organisation_columns(),
            {{"created_at", stamp_}, {"updated_at", stamp_}}),
      identifiers_(c, "org_identifier", {"org_id", "scheme", "value"}),
      identifier_(c, "INSERT INTO org_identifier (org_id, scheme, value) VALUES (?, ?, ?)"),
      drop_identifier_(
          c, "DELETE FROM org_identifier WHERE org_id = ? AND scheme = ? RETURNING value"),
      close_(c,
             "UPDATE organisation SET status = 'closed', status_since = ?, updated_at = ? "
             "WHERE id = ?") {
  queued_.reserve(kRows);
  waiting_ids_.reserve(kWaitingIds + kRows * 3);
}

std::int64_t BatchWriter::next_id() {
  return db::query_int64(c_, "SELECT coalesce(max(id), 0) + 1 FROM organisation");
}

void BatchWriter::add(std::int64_t id, const import::OrgRow& row) {
  queued_.push_back({id, &row});
  gave_ids_ = true;
  if (queued_.size() == kRows) flush();
}

std::optional<BatchWriter::Identifiers> BatchWriter::drop_queued(std::int64_t id) {
  auto at =
      std::find_if(queued_.begin(), queued_.end(), [&](const Queued& q) { return q.id == id; });
  if (at == queued_.end()) return std::nullopt;
  Identifiers ids = at->row->identifiers;
  queued_.erase(at);
  return ids;
}

void BatchWriter::flush() {
  // The organisations before their identifiers, which refer to them. Their identifiers wait
  // (copied) for a few thousand more: on PostgreSQL each table's rows go as one COPY for as
  // long as nothing comes between.
  if (queued_.empty()) return;
  for (const auto& q : queued_) {
    rows_.add(q.id);
    for (const auto& v : q.row->values) add_value(rows_, v);
    rows_.add(std::string_view(q.row->name_key));
    rows_.end_row();
    for (const auto& [scheme, value] : q.row->identifiers) {
      waiting_ids_.push_back({q.id, scheme, value});
    }
  }
  rows_.write();
  queued_.clear();
  if (waiting_ids_.size() >= kWaitingIds) write_identifiers();
}

void BatchWriter::write_identifiers() {
  if (waiting_ids_.empty()) return;
  for (const auto& i : waiting_ids_) {
    identifiers_.add(i.org_id);
    identifiers_.add(std::string_view(i.scheme));
    identifiers_.add(std::string_view(i.value));
    identifiers_.end_row();
  }
  identifiers_.write();
  waiting_ids_.clear();
}

void BatchWriter::finish() {
  flush();
  write_identifiers();
  // The import gave the ids itself (the tables are locked for it): the table's own
  // numbering goes on after them.
  if (gave_ids_) c_.resync_ids("organisation");
  gave_ids_ = false;
}

db::Statement& BatchWriter::update_statement(std::uint32_t mask) {
  auto it = updates_.find(mask);
  if (it != updates_.end()) return it->second;
  std::string sets;
  for (int i = 0; i < kColumnCount; ++i) {
    if ((mask & (1U << i)) != 0) sets += fmt::format("{} = ?, ", kOrgColumnNames[i]);
  }
  if ((mask & (1U << import::kName)) != 0) sets += "name_key = ?, ";
  std::string sql = fmt::format("UPDATE organisation SET {}updated_at = ? WHERE id = ?", sets);
  return updates_.emplace(mask, db::Statement(c_, sql)).first->second;
}

void BatchWriter::update(std::int64_t id, std::uint32_t mask, const import::OrgRow& row) {
  auto& q = update_statement(mask);
  q.reset();
  int n = 1;
  for (int i = 0; i < kColumnCount; ++i) {
    if ((mask & (1U << i)) != 0) bind_value(q, n++, row.values[i]);
  }
  if ((mask & (1U << import::kName)) != 0) q.bind_nocopy(n++, row.name_key);
  q.bind(n++, stamp_);
  q.bind(n, id);
  q.exec();
}

void BatchWriter::close(std::int64_t id, const std::string& today) {
  close_.reset();
  close_.bind(1, today);
  close_.bind(2, stamp_);
  close_.bind(3, id);
  close_.exec();
}

void BatchWriter::restore(std::int64_t id) {
  if (!restore_) {
    restore_.emplace(c_, fmt::format("UPDATE organisation SET ({0}) = (SELECT {0} FROM "
                                     "lpg_import_was WHERE id = ?1) WHERE id = ?1",
                                     kept_columns()));
  }
  restore_->reset();
  restore_->bind(1, id);
  restore_->exec();
}

BatchWriter::Identifiers BatchWriter::remove(std::int64_t id) {
  write_identifiers();  // what follows may concern one of them
  db::Statement ids(c_, "DELETE FROM org_identifier WHERE org_id = ? RETURNING scheme, value");
  ids.bind(1, id);
  Identifiers out;
  while (ids.step()) out.emplace_back(ids.column(0).text(), ids.column(1).text());
  org_store::remove(c_, id);
  return out;
}

void BatchWriter::add_identifier(std::int64_t id, const std::string& scheme,
                                 const std::string& value) {
  write_identifiers();
  identifier_.reset();
  identifier_.bind(1, id);
  identifier_.bind_nocopy(2, scheme);
  identifier_.bind_nocopy(3, value);
  identifier_.exec();
}

std::vector<std::string> BatchWriter::drop_identifier(std::int64_t id, const std::string& scheme) {
  write_identifiers();  // what follows may concern one of them
  drop_identifier_.reset();
  drop_identifier_.bind(1, id);
  drop_identifier_.bind_nocopy(2, scheme);
  std::vector<std::string> out;
  while (drop_identifier_.step()) out.push_back(drop_identifier_.column(0).text());
  return out;
}

void BatchWriter::unset_identifier(const std::string& scheme, const std::string& value) {
  write_identifiers();  // what follows may concern one of them
  db::Statement q(c_, "DELETE FROM org_identifier WHERE scheme = ? AND value = ?");
  q.bind(1, scheme);
  q.bind(2, value);
  q.exec();
}

namespace {

// The scratch table: unqualified, it is the temporary one on SQLite and PostgreSQL alike. Its
// columns take organisation's types (PostgreSQL has no untyped columns), and the unique index
// stands for the primary key that CREATE TABLE ... AS cannot declare.
db::Connection& made(db::Connection& c) {
  c.exec(
      fmt::format("CREATE TEMP TABLE IF NOT EXISTS lpg_import_was AS SELECT id, "
                  "CAST(0 AS BIGINT) AS audit_id, {} FROM organisation WHERE 1 = 0",
                  kept_columns()));
  c.exec("CREATE UNIQUE INDEX IF NOT EXISTS lpg_import_was_id ON lpg_import_was (id)");
  c.exec("DELETE FROM lpg_import_was");
  return c;
}

}  // namespace

KeptRows::KeptRows(db::Connection& c)
    : keep_(made(c), fmt::format("INSERT INTO lpg_import_was (id, audit_id, {0}) SELECT id, "
                                 "CAST(? AS BIGINT), {0} FROM organisation WHERE id = ?",
                                 kept_columns())),
      audit_of_(c, "SELECT audit_id FROM lpg_import_was WHERE id = ?"),
      forget_(c, "DELETE FROM lpg_import_was WHERE id = ?") {}

void KeptRows::keep(std::int64_t id, std::int64_t audit_id) {
  keep_.reset();
  keep_.bind(1, audit_id);
  keep_.bind(2, id);
  keep_.exec();
}

std::optional<std::int64_t> KeptRows::audit_of(std::int64_t id) {
  audit_of_.reset();
  audit_of_.bind(1, id);
  if (!audit_of_.step()) return std::nullopt;
  std::int64_t audit_id = audit_of_.column(0).int64();
  audit_of_.reset();
  return audit_id;
}

void KeptRows::forget(std::int64_t id) {
  forget_.reset();
  forget_.bind(1, id);
  forget_.exec();
}

}  // namespace lpg::org_store
