// SPDX-License-Identifier: MIT
#include "org/org_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/sectors.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "area/area_scope.hpp"

namespace lpg::org_store {

using import::kColumnCount;
using import::kOrgColumnNames;

namespace {

// The columns org_of() reads; the area's name comes from a LEFT JOIN area a.
constexpr const char* kOrgSelect =
    "SELECT o.id, o.name, o.sector, o.source_type, o.address, o.town, o.postcode, a.name, "
    "o.phone, o.email, o.website, o.offers_funded, o.funded_places, o.status, o.status_since, "
    "o.note, o.source, o.archived_at, o.created_at, o.updated_at "
    "FROM organisation o LEFT JOIN area a ON a.id = o.area_id ";

std::vector<OrgIdentifier> identifiers_of(db::Connection& c, std::int64_t id) {
  db::Statement q(c,
                  "SELECT scheme, value FROM org_identifier WHERE org_id = ? "
                  "ORDER BY scheme, value");
  q.bind(1, id);
  std::vector<OrgIdentifier> out;
  while (q.step()) out.push_back({q.column(0).text(), q.column(1).text()});
  return out;
}

// The Org in the current row of a statement of kOrgSelect, without its identifiers.
Org org_of(db::Statement& row) {
  Org org;
  org.id = row.column(0).int64();
  org.name = row.column(1).text();
  org.sector = row.column(2).text();
  const Sector* sector = find_sector(org.sector);
  org.sector_name = sector != nullptr ? sector->name : org.sector;
  org.setting = sector != nullptr && sector->setting;
  org.source_type = row.column(3).opt_text();
  org.address = row.column(4).opt_text();
  org.town = row.column(5).opt_text();
  org.postcode = row.column(6).opt_text();
  org.area = row.column(7).opt_text();
  org.phone = row.column(8).opt_text();
  org.email = row.column(9).opt_text();
  org.website = row.column(10).opt_text();
  if (!row.column(11).is_null()) org.offers_funded = row.column(11).int64() != 0;
  org.funded_places = row.column(12).opt_int64();
  org.status = row.column(13).text();
  if (auto since = row.column(14).opt_text()) org.status_since = parse_date(*since, "stored date");
  org.note = row.column(15).text();
  org.source = row.column(16).opt_text();
  org.archived_at = row.column(17).opt_text();
  org.created_at = row.column(18).opt_text();
  org.updated_at = row.column(19).opt_text();
  return org;
}

}  // namespace

Org read(db::Connection& c, std::int64_t id) {
  db::Statement q(c, std::string(kOrgSelect) + "WHERE o.id = ?");
  q.bind(1, id);
  if (!q.step()) throw Error(ErrorKind::NotFound, fmt::format("organisation #{} not found", id));
  Org org = org_of(q);
  org.identifiers = identifiers_of(c, id);
  return org;
}

std::optional<std::string> name_of(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "SELECT name FROM organisation WHERE id = ?");
  q.bind(1, id);
  if (q.step()) return q.column(0).text();
  return std::nullopt;
}

namespace {

constexpr const char* kRefSelect =
    "SELECT id, name || coalesce(', ' || town, '') || coalesce(' ' || postcode, '') || ' [' || "
    "sector || ']' FROM organisation ";

template <class T>
refs::Candidates ref_rows(db::Connection& c, const char* where, const T& value) {
  return refs::query_candidates(c, std::string(kRefSelect) + where, value);
}

}  // namespace

refs::Candidates ref_by_id(db::Connection& c, std::int64_t id) {
  return ref_rows(c, "WHERE id = ?", id);
}

refs::Candidates ref_by_key(db::Connection& c, const std::string& key) {
  return ref_rows(c, "WHERE name_key = ? ORDER BY id", key);
}

std::vector<std::string> hint_names(db::Connection& c) {
  return db::query_texts(c, "SELECT name FROM organisation WHERE name <> '' LIMIT 20000");
}

refs::Candidates ref_by_identifier(db::Connection& c, const std::string& value) {
  return ref_rows(
      c, "WHERE id IN (SELECT org_id FROM org_identifier WHERE value = ? COLLATE NOCASE)", value);
}

std::optional<std::int64_t> by_identifier_any_case(db::Connection& c, const std::string& scheme,
                                                   const std::string& value) {
  db::Statement q(c,
                  "SELECT org_id FROM org_identifier WHERE scheme = ? COLLATE NOCASE "
                  "AND value = ? COLLATE NOCASE");
  q.bind(1, scheme);
  q.bind(2, value);
  if (q.step()) return q.column(0).int64();
  return std::nullopt;
}

std::vector<std::string> names(db::Connection& c) {
  return db::query_texts(c, "SELECT name FROM organisation");
}

std::vector<Org> list(db::Connection& c, const Query& query) {
  std::string where = query.archived ? "1 = 1" : "o.archived_at IS NULL";
  if (!query.sectors.empty()) {
    std::string marks;
    for (std::size_t i = 0; i < query.sectors.size(); ++i) marks += marks.empty() ? "?" : ", ?";
    where += fmt::format(" AND o.sector IN ({})", marks);
  }
  if (query.area) where += " AND o.area_id IN " + registry::within_area_sql("CAST(? AS BIGINT)");
  if (query.status) where += " AND o.status = ?";
  if (query.not_in_group) {
    where +=
        " AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.org_id = o.id AND "
        "m.group_id = ? AND (m.to_date IS NULL OR m.to_date > ?))";
  }
  if (query.name_key) where += " AND " + c.sql().instr("o.name_key", "?") + " > 0";
  db::Statement q(c, fmt::format("{}WHERE {} ORDER BY o.name_key, o.id", kOrgSelect, where));
  int n = 1;
  for (const auto& sector : query.sectors) q.bind(n++, sector);
  if (query.area) q.bind(n++, *query.area);
  if (query.status) q.bind(n++, *query.status);
  if (query.not_in_group) {
    q.bind(n++, *query.not_in_group);
    q.bind(n++, query.today);
  }
  if (query.name_key) q.bind(n++, *query.name_key);
  std::vector<Org> out;
  while (q.step()) out.push_back(org_of(q));
  for (auto& org : out) org.identifiers = identifiers_of(c, org.id);
  return out;
}

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

std::optional<std::pair<std::int64_t, std::string>> identifier_holder(db::Connection& c,
                                                                      const std::string& scheme,
                                                                      const std::string& value) {
  db::Statement q(c,
                  "SELECT o.id, o.name FROM org_identifier i JOIN organisation o "
                  "ON o.id = i.org_id WHERE i.scheme = ? AND i.value = ?");
  q.bind(1, scheme);
  q.bind(2, value);
  if (!q.step()) return std::nullopt;
  return std::make_pair(q.column(0).int64(), q.column(1).text());
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

}  // namespace lpg::org_store
