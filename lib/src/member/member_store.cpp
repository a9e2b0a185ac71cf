// SPDX-License-Identifier: MIT
#include "member/member_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>

#include <fmt/format.h>

namespace lpg::member_store {

namespace {

// Everything a Membership shows, joined once; callers add WHERE and ORDER BY.
constexpr const char* kSelect = R"sql(
  SELECT m.id, m.group_id, g.name, m.org_id, m.person_id,
         coalesce(o.name, p.name), coalesce(o.name, po.name, ''),
         coalesce(o.sector, po.sector, ''), coalesce(p.email, o.email, ''),
         coalesce(p.phone, o.phone, ''), m.kind, coalesce(m.core_category, ''), coalesce(m.role, ''), m.can_host,
         m.from_date, m.to_date, m.note
    FROM membership m
    JOIN grp g ON g.id = m.group_id
    LEFT JOIN organisation o ON o.id = m.org_id
    LEFT JOIN person p ON p.id = m.person_id
    LEFT JOIN organisation po ON po.id = p.org_id
)sql";

// Chair first, then the other roles in member_roles() order, then members without a role.
constexpr const char* kOrder = R"sql(
  CASE m.role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'coordinator' THEN 2
           WHEN 'safeguarding-lead' THEN 3 WHEN 'hwb-link' THEN 4 WHEN 'champion' THEN 5
           WHEN 'la-link' THEN 6 ELSE 7 END,
           m.kind DESC, m.core_category NULLS FIRST, coalesce(o.name, p.name), m.from_date, m.id
)sql";

Membership read_row(db::Statement& q) {
  Membership m;
  m.id = q.column(0).int64();
  m.group_id = q.column(1).int64();
  m.group_name = q.column(2).text();
  m.org_id = q.column(3).opt_int64();
  m.person_id = q.column(4).opt_int64();
  m.member_name = q.column(5).text();
  m.organisation = q.column(6).text();
  m.sector = q.column(7).text();
  m.email = q.column(8).text();
  m.phone = q.column(9).text();
  m.kind = q.column(10).text();
  m.core_category = q.column(11).text();
  m.role = q.column(12).text();
  m.can_host = q.column(13).int64() != 0;
  m.from_date = q.column(14).text();
  m.to_date = q.column(15).opt_text();
  m.note = q.column(16).text();
  return m;
}

std::optional<Membership> first(db::Statement& q) {
  if (q.step()) return read_row(q);
  return std::nullopt;
}

std::optional<std::string> or_null(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

std::vector<std::int64_t> ids(db::Connection& c, const char* sql, std::int64_t id) {
  db::Statement q(c, sql);
  q.bind(1, id);
  std::vector<std::int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

void exec(db::Connection& c, const char* sql, std::int64_t id) {
  db::Statement q(c, sql);
  q.bind(1, id);
  q.exec();
}

}  // namespace

Membership by_id(db::Connection& c, std::int64_t id) {
  db::Statement q(c, std::string(kSelect) + " WHERE m.id = ?");
  q.bind(1, id);
  if (auto m = first(q)) return *m;
  throw Error(ErrorKind::NotFound, fmt::format("membership #{} not found", id));
}

std::optional<Membership> current_of(db::Connection& c, std::int64_t group,
                                     std::optional<std::int64_t> org,
                                     std::optional<std::int64_t> person, const std::string& on) {
  db::Statement q(c, std::string(kSelect) +
                         " WHERE m.group_id = ? AND m.org_id IS NOT DISTINCT FROM CAST(? AS BIGINT)"
                         " AND m.person_id IS NOT DISTINCT FROM CAST(? AS BIGINT)"
                         " AND (m.to_date IS NULL OR m.to_date > ?) ORDER BY m.from_date");
  q.bind(1, group);
  q.bind(2, org);
  q.bind(3, person);
  q.bind(4, on);
  return first(q);
}

std::optional<Membership> holder_of(db::Connection& c, std::int64_t group, const std::string& role,
                                    const std::string& from, std::int64_t self) {
  db::Statement q(c, std::string(kSelect) +
                         " WHERE m.group_id = ? AND m.role = ? "
                         "AND (m.to_date IS NULL OR m.to_date > ?) AND m.id <> ?");
  q.bind(1, group);
  q.bind(2, role);
  q.bind(3, from);
  q.bind(4, self);
  return first(q);
}

std::vector<Membership> select(db::Connection& c, const Query& query) {
  // Parameters numbered as they are used: PostgreSQL cannot type one the SQL does not use.
  int n = 0;
  std::string sql =
      std::string(kSelect) +
      (query.group ? fmt::format(" WHERE m.group_id = ?{}", ++n) : " WHERE g.archived_at IS NULL");
  if (query.as_of) {
    sql += fmt::format(" AND m.from_date <= ?{0} AND (m.to_date IS NULL OR m.to_date > ?{0})", ++n);
  }
  if (!query.roles.empty()) {
    sql += " AND m.role IN (";
    for (std::size_t i = 0; i < query.roles.size(); ++i) {
      sql += fmt::format("{}?{}", i ? ", " : "", n + 1 + static_cast<int>(i));
    }
    sql += ")";
  }
  if (query.core_only) sql += " AND m.kind = 'core'";
  sql += query.group ? std::string(" ORDER BY ") + kOrder
                     : std::string(" ORDER BY g.name_key, g.id, ") + kOrder;
  db::Statement q(c, sql);
  n = 0;
  if (query.group) q.bind(++n, *query.group);
  if (query.as_of) q.bind(++n, *query.as_of);
  for (const auto& role : query.roles) q.bind(++n, role);
  std::vector<Membership> out;
  while (q.step()) out.push_back(read_row(q));
  return out;
}

std::vector<OrgMembership> memberships_of(db::Connection& c, bool person, std::int64_t id,
                                          Date today) {
  db::Statement q(c, fmt::format("SELECT m.id, g.name, m.kind, m.core_category, m.role, "
                                 "m.from_date, m.to_date FROM membership m JOIN grp g ON g.id = "
                                 "m.group_id WHERE m.{} = ? ORDER BY g.name_key, m.from_date, m.id",
                                 person ? "person_id" : "org_id"));
  q.bind(1, id);
  std::vector<OrgMembership> out;
  while (q.step()) {
    OrgMembership m;
    m.membership_id = q.column(0).int64();
    m.group = q.column(1).text();
    m.kind = q.column(2).text();
    m.core_category = q.column(3).opt_text();
    m.role = q.column(4).opt_text();
    m.from = parse_date(q.column(5).text(), "stored date");
    if (auto to = q.column(6).opt_text()) m.to = parse_date(*to, "stored date");
    m.current = m.from <= today && (!m.to || today < *m.to);
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<meetings::Seat> seats_on(db::Connection& c, std::int64_t group,
                                     const std::string& day) {
  db::Statement q(c, R"sql(
    SELECT m.id, m.org_id, m.person_id, m.kind, coalesce(m.core_category, ''),
           coalesce(o.name, p.name, ''), coalesce(o.name_key, p.name_key, '')
      FROM membership m LEFT JOIN organisation o ON o.id = m.org_id
      LEFT JOIN person p ON p.id = m.person_id
     WHERE m.group_id = ?1 AND m.from_date <= ?2 AND (m.to_date IS NULL OR m.to_date > ?2)
     ORDER BY m.kind = 'additional', m.org_id IS NULL, 7, m.id)sql");
  q.bind(1, group);
  q.bind(2, day);
  std::vector<meetings::Seat> out;
  while (q.step()) {
    meetings::Seat seat;
    seat.member.membership_id = q.column(0).int64();
    seat.org_id = q.column(1).opt_int64();
    seat.person_id = q.column(2).opt_int64();
    seat.member.kind = q.column(3).text();
    seat.member.category = q.column(4).text();
    seat.member.member = q.column(5).text();
    seat.member.type = seat.org_id ? "organisation" : "person";
    out.push_back(std::move(seat));
  }
  return out;
}

std::vector<std::pair<std::int64_t, std::string>> hosts_on(db::Connection& c, std::int64_t group,
                                                           const std::string& day) {
  db::Statement hosts(c,
                      "SELECT o.id, o.name FROM membership m JOIN organisation o "
                      "ON o.id = m.org_id WHERE m.group_id = ?1 AND m.can_host = 1 "
                      "AND m.from_date <= ?2 AND (m.to_date IS NULL OR m.to_date > ?2) "
                      "ORDER BY o.name_key, o.id");
  hosts.bind(1, group);
  hosts.bind(2, day);
  std::vector<std::pair<std::int64_t, std::string>> out;
  while (hosts.step()) out.emplace_back(hosts.column(0).int64(), hosts.column(1).text());
  return out;
}

bool sits_on(db::Connection& c, std::int64_t group, std::int64_t person,
             std::optional<std::int64_t> org, const std::string& day) {
  db::Statement q(c,
                  "SELECT 1 FROM membership m WHERE m.group_id = ?1 AND m.from_date <= ?3 "
                  "AND (m.to_date IS NULL OR m.to_date > ?3) "
                  "AND (m.person_id = ?2 OR m.org_id = ?4) LIMIT 1");
  q.bind(1, group);
  q.bind(2, person);
  q.bind(3, day);
  if (org) q.bind(4, *org);
  return q.step();
}

std::int64_t count_of_person(db::Connection& c, std::int64_t person) {
  db::Statement q(c, "SELECT count(*) FROM membership WHERE person_id = ?");
  q.bind(1, person);
  q.step();
  return q.column(0).int64();
}

std::vector<PruneCandidate> left_before(db::Connection& c, const std::string& cutoff) {
  db::Statement q(c, R"sql(
    SELECT p.id, p.name, max(m.to_date)
      FROM person p JOIN membership m ON m.person_id = p.id
     WHERE p.erased_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM action a WHERE a.owner_person_id = p.id
                                                AND a.status = 'open')
     GROUP BY p.id
    HAVING count(*) = count(m.to_date) AND max(m.to_date) < ?
     ORDER BY max(m.to_date), p.id)sql");
  q.bind(1, cutoff);
  std::vector<PruneCandidate> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text()});
  }
  return out;
}

std::vector<Row> all_rows(db::Connection& c) {
  db::Statement q(c,
                  "SELECT id, group_id, org_id, person_id, kind, coalesce(core_category, ''), "
                  "coalesce(role, ''), from_date, to_date FROM membership ORDER BY id");
  std::vector<Row> out;
  while (q.step()) {
    check_interrupted();
    out.push_back({q.column(0).int64(), q.column(1).int64(), q.column(2).opt_int64(),
                   q.column(3).opt_int64(), q.column(4).text(), q.column(5).text(),
                   q.column(6).text(), q.column(7).text(), q.column(8).opt_text()});
  }
  return out;
}

std::vector<PersonExport::Membership> export_of_person(db::Connection& c, std::int64_t person) {
  db::Statement q(c,
                  "SELECT m.id, g.name, m.kind, m.core_category, m.role, m.from_date, "
                  "m.to_date, m.note FROM membership m JOIN grp g ON g.id = m.group_id "
                  "WHERE m.person_id = ? ORDER BY m.from_date, m.id");
  q.bind(1, person);
  std::vector<PersonExport::Membership> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text(),
                   q.column(3).opt_text(), q.column(4).opt_text(), q.column(6).opt_text(),
                   q.column(5).text(), q.column(7).text()});
  }
  return out;
}

std::vector<std::int64_t> ids_of_group(db::Connection& c, std::int64_t group) {
  return ids(c, "SELECT id FROM membership WHERE group_id = ? ORDER BY id", group);
}

std::vector<std::int64_t> ids_of_org(db::Connection& c, std::int64_t org) {
  return ids(c, "SELECT id FROM membership WHERE org_id = ? ORDER BY id", org);
}

std::int64_t insert(db::Connection& c, const NewMembership& row) {
  db::Statement q(c,
                  "INSERT INTO membership (group_id, org_id, person_id, kind, core_category, "
                  "role, can_host, from_date, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "RETURNING id");
  q.bind(1, row.group);
  q.bind(2, row.org);
  q.bind(3, row.person);
  q.bind(4, row.core ? "core" : "additional");
  if (row.core) q.bind(5, row.core_category);
  q.bind(6, or_null(row.role));
  q.bind(7, row.can_host ? 1 : 0);
  q.bind(8, row.from_date);
  q.bind(9, row.note);
  return q.exec_id();
}

std::int64_t copy_with_role(db::Connection& c, std::int64_t id, const std::string& role,
                            const std::string& from_date) {
  db::Statement q(c,
                  "INSERT INTO membership (group_id, org_id, person_id, kind, core_category, "
                  "role, can_host, from_date, note) SELECT group_id, org_id, person_id, kind, "
                  "core_category, CAST(? AS TEXT), can_host, CAST(? AS TEXT), note "
                  "FROM membership WHERE id = ? RETURNING id");
  q.bind(1, or_null(role));
  q.bind(2, from_date);
  q.bind(3, id);
  return q.exec_id();
}

void set_to_date(db::Connection& c, std::int64_t id, const std::string& day) {
  db::Statement q(c, "UPDATE membership SET to_date = ? WHERE id = ?");
  q.bind(1, day);
  q.bind(2, id);
  q.exec();
}

void set_role(db::Connection& c, std::int64_t id, const std::string& role) {
  db::Statement q(c, "UPDATE membership SET role = ? WHERE id = ?");
  q.bind(1, or_null(role));
  q.bind(2, id);
  q.exec();
}

void set_can_host(db::Connection& c, std::int64_t id, bool can_host) {
  db::Statement q(c, "UPDATE membership SET can_host = ? WHERE id = ?");
  q.bind(1, can_host ? 1 : 0);
  q.bind(2, id);
  q.exec();
}

void set_note(db::Connection& c, std::int64_t id, const std::string& note) {
  db::Statement q(c, "UPDATE membership SET note = ? WHERE id = ?");
  q.bind(1, note);
  q.bind(2, id);
  q.exec();
}

void set_core_category(db::Connection& c, std::int64_t id, const std::string& category) {
  db::Statement q(c, "UPDATE membership SET kind = ?, core_category = ? WHERE id = ?");
  q.bind(1, category.empty() ? "additional" : "core");
  q.bind(2, or_null(category));
  q.bind(3, id);
  q.exec();
}

void clear_notes_of_person(db::Connection& c, std::int64_t person) {
  exec(c, "UPDATE membership SET note = '' WHERE person_id = ?", person);
}

void remove(db::Connection& c, std::int64_t id) {
  exec(c, "DELETE FROM membership WHERE id = ?", id);
}

void remove_of_group(db::Connection& c, std::int64_t group) {
  exec(c, "DELETE FROM membership WHERE group_id = ?", group);
}

}  // namespace lpg::member_store
