// SPDX-License-Identifier: MIT
// Reading organisations: get, show and list.
#include <lpg/errors.hpp>
#include <lpg/orgs.hpp>
#include <lpg/sectors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "area/area_scope.hpp"
#include "db/store_impl.hpp"
#include "member/member_store.hpp"
#include "org/org_rows.hpp"

namespace lpg::registry {

const char* const kOrgColumns =
    "o.id, o.name, o.sector, o.source_type, o.address, o.town, o.postcode, a.name, o.phone, "
    "o.email, o.website, o.offers_funded, o.funded_places, o.status, o.status_since, o.note, "
    "o.source, o.archived_at, o.created_at, o.updated_at";
const char* const kOrgFrom = "organisation o LEFT JOIN area a ON a.id = o.area_id";

std::optional<std::string> opt_text(SQLite::Statement& row, int i) {
  if (row.getColumn(i).isNull()) return std::nullopt;
  return row.getColumn(i).getString();
}

void bind_opt(SQLite::Statement& q, int index, const std::optional<std::string>& value) {
  if (value) {
    q.bind(index, *value);
  } else {
    q.bind(index);
  }
}

namespace {

std::vector<OrgIdentifier> identifiers_of(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT scheme, value FROM org_identifier WHERE org_id = ? "
                      "ORDER BY scheme, value");
  q.bind(1, static_cast<int64_t>(id));
  std::vector<OrgIdentifier> out;
  while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
  return out;
}

std::optional<Date> opt_date(SQLite::Statement& row, int i) {
  auto text = opt_text(row, i);
  if (!text) return std::nullopt;
  return parse_date(*text, "stored date");
}

}  // namespace

Org org_from_row(const Session& s, SQLite::Statement& row) {
  Org org;
  org.id = row.getColumn(0).getInt64();
  org.name = row.getColumn(1).getString();
  org.sector = row.getColumn(2).getString();
  const Sector* sector = find_sector(org.sector);
  org.sector_name = sector != nullptr ? sector->name : org.sector;
  org.setting = sector != nullptr && sector->setting;
  org.source_type = opt_text(row, 3);
  org.address = opt_text(row, 4);
  org.town = opt_text(row, 5);
  org.postcode = opt_text(row, 6);
  org.area = opt_text(row, 7);
  org.phone = opt_text(row, 8);
  org.email = opt_text(row, 9);
  org.website = opt_text(row, 10);
  if (!row.getColumn(11).isNull()) org.offers_funded = row.getColumn(11).getInt() != 0;
  if (!row.getColumn(12).isNull()) org.funded_places = row.getColumn(12).getInt64();
  org.status = row.getColumn(13).getString();
  org.status_since = opt_date(row, 14);
  org.note = row.getColumn(15).getString();
  org.source = opt_text(row, 16);
  org.archived_at = opt_text(row, 17);
  org.created_at = opt_text(row, 18);
  org.updated_at = opt_text(row, 19);
  org.identifiers = identifiers_of(s, org.id);
  return org;
}

std::string parse_status(std::string_view text) {
  std::string status = ascii_lower(trim(text));
  if (status == "open" || status == "closed" || status == "suspended") return status;
  throw Error(ErrorKind::Invalid, fmt::format("unknown status \"{}\"", text),
              "choose one of: open, closed, suspended");
}

std::vector<OrgMembership> memberships_of(const Session& s, bool person, std::int64_t id) {
  return member_store::memberships_of(db::connection(s.store), person, id, s.clock.today());
}

Org read_org(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store),
                      fmt::format("SELECT {} FROM {} WHERE o.id = ?", kOrgColumns, kOrgFrom));
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) {
    throw Error(ErrorKind::NotFound, fmt::format("organisation #{} not found", id));
  }
  return org_from_row(s, q);
}

}  // namespace lpg::registry

namespace lpg {

using registry::kOrgColumns;
using registry::kOrgFrom;

Org get_org(const Session& s, OrgId id) {
  db::ReadTx tx(s.store);
  return registry::read_org(s, id.v);
}

namespace {

std::vector<OrgPerson> people_of(const Session& s, std::int64_t org_id) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id, name, email, job_title FROM person WHERE org_id = ? "
                      "AND erased_at IS NULL ORDER BY name_key, id");
  q.bind(1, static_cast<int64_t>(org_id));
  std::vector<OrgPerson> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), registry::opt_text(q, 2),
                   registry::opt_text(q, 3)});
  }
  return out;
}

}  // namespace

OrgDetail show_org(const Session& s, std::string_view ref) {
  db::ReadTx tx(s.store);
  OrgId id = find_org(s, ref);
  return {registry::read_org(s, id.v), registry::memberships_of(s, false, id.v),
          people_of(s, id.v)};
}

std::vector<Org> list_orgs(const Session& s, const OrgFilter& f) {
  db::ReadTx tx(s.store);
  std::string where = f.archived ? "1 = 1" : "o.archived_at IS NULL";
  std::vector<std::string> binds;  // in order of the ? below
  if (!f.sectors.empty()) {
    std::string marks;
    for (const auto& text : f.sectors) {
      marks += marks.empty() ? "?" : ", ?";
      binds.push_back(parse_sector(text).slug);
    }
    where += fmt::format(" AND o.sector IN ({})", marks);
  }
  if (f.area) {
    where += " AND o.area_id IN " + registry::within_area_sql("CAST(? AS INTEGER)");
    binds.push_back(std::to_string(find_area(s, *f.area).v));
  }
  if (f.status) {
    where += " AND o.status = ?";
    binds.push_back(registry::parse_status(*f.status));
  }
  if (f.not_in_group) {
    where +=
        " AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.org_id = o.id AND "
        "m.group_id = CAST(? AS INTEGER) AND (m.to_date IS NULL OR m.to_date > ?))";
    binds.push_back(std::to_string(find_group(s, *f.not_in_group).v));
    binds.push_back(format_date(s.clock.today()));
  }
  if (f.name_contains) {
    where += " AND instr(o.name_key, ?) > 0";
    binds.push_back(fold_key(*f.name_contains));
  }
  SQLite::Statement q(db::conn(s.store), fmt::format("SELECT {} FROM {} WHERE {} ORDER BY "
                                                     "o.name_key, o.id",
                                                     kOrgColumns, kOrgFrom, where));
  for (std::size_t i = 0; i < binds.size(); ++i) q.bind(static_cast<int>(i + 1), binds[i]);
  std::vector<Org> out;
  while (q.executeStep()) out.push_back(registry::org_from_row(s, q));
  return out;
}

}  // namespace lpg
