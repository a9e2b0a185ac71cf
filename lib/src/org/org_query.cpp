// SPDX-License-Identifier: MIT
// The owner of tables organisation and org_identifier, its reads: the rows read into Org, the
// look-ups of find_org and completion, and what an import compares its rows with. The writes
// are in org/org_store.cpp.
#include <lpg/errors.hpp>
#include <lpg/sectors.hpp>

#include <fmt/format.h>

#include "area/area_scope.hpp"
#include "org/identifier_index.hpp"
#include "org/org_store.hpp"

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

std::int64_t count(db::Connection& c) {
  return db::query_int64(c, "SELECT count(*) FROM organisation");
}

void load_identifiers(db::Connection& c, import::IdentifierIndex& index) {
  index.reserve(
      static_cast<std::size_t>(db::query_int64(c, "SELECT count(*) FROM org_identifier")));
  db::Statement all(c, "SELECT scheme, value, org_id FROM org_identifier");
  while (all.step()) {
    index.set(all.column(0).text_view(), all.column(1).text_view(), all.column(2).int64());
  }
}

std::vector<std::int64_t> open_of_source(db::Connection& c, const std::string& source) {
  db::Statement q(c,
                  "SELECT id FROM organisation WHERE source = ? AND status <> 'closed' "
                  "AND archived_at IS NULL ORDER BY id");
  q.bind(1, source);
  std::vector<std::int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

namespace {

// A re-import steps through the stored rows when the file names them in id order (as the
// first import numbered them); a jump further than this is a query of its own.
constexpr std::int64_t kStepAhead = 16;

std::string all_columns() {
  std::string out;
  for (const char* c : kOrgColumnNames) out += fmt::format("{}, ", c);
  return out;
}

}  // namespace

BatchReader::BatchReader(db::Connection& c)
    : by_id_(c, "SELECT name_key FROM organisation WHERE id = ?"),
      scan_(c, fmt::format("SELECT {}updated_at, id FROM organisation WHERE id >= ? ORDER BY id",
                           all_columns())) {}

std::optional<std::string_view> BatchReader::name_key(std::int64_t id) {
  by_id_.reset();
  by_id_.bind(1, id);
  if (!by_id_.step()) return std::nullopt;
  return by_id_.column(0).text_view();
}

const db::Statement& BatchReader::row(std::int64_t id) {
  if (scan_at_ != 0 && id > scan_at_ && id - scan_at_ <= kStepAhead) {
    while (scan_at_ != 0 && scan_at_ < id) {
      scan_at_ = scan_.step() ? scan_.column(kColumnCount + 1).int64() : 0;
    }
    if (scan_at_ == id) return scan_;
  }
  if (scan_at_ != id) {
    scan_.reset();
    scan_.bind(1, id);
    scan_at_ = scan_.step() ? scan_.column(kColumnCount + 1).int64() : 0;
  }
  if (scan_at_ != id) {
    throw Error(ErrorKind::Internal, fmt::format("organisation #{} is not stored", id));
  }
  return scan_;
}

void BatchReader::finish() {
  scan_.reset();
  scan_at_ = 0;
}

}  // namespace lpg::org_store
