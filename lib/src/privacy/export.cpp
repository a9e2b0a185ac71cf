// SPDX-License-Identifier: MIT
// A subject access export: everything lpg holds about one person.
#include <lpg/interrupt.hpp>
#include <lpg/privacy.hpp>
#include <lpg/refs.hpp>

#include <fmt/format.h>

#include <set>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "privacy/identity.hpp"

namespace lpg {

namespace {

db::Statement by_person(const Session& s, const char* sql, std::int64_t id) {
  db::Statement q(db::connection(s.store), sql);
  q.bind(1, id);
  return q;
}

void read_person(const Session& s, PersonExport& e) {
  auto q = by_person(s,
                     "SELECT p.name, p.email, p.phone, p.job_title, p.note, p.org_id, o.name, "
                     "o.sector, p.erased_at, p.created_at, p.updated_at FROM person p "
                     "LEFT JOIN organisation o ON o.id = p.org_id WHERE p.id = ?",
                     e.id);
  q.step();
  e.name = q.column(0).text();
  e.email = q.column(1).opt_text();
  e.phone = q.column(2).opt_text();
  e.job_title = q.column(3).opt_text();
  e.note = q.column(4).text();
  e.org_id = q.column(5).opt_int64();
  e.org = q.column(6).opt_text();
  e.org_sector = q.column(7).opt_text();
  e.erased_at = q.column(8).opt_text();
  e.created_at = q.column(9).text();
  e.updated_at = q.column(10).text();
}

void read_memberships(const Session& s, PersonExport& e) {
  auto q = by_person(s,
                     "SELECT m.id, g.name, m.kind, m.core_category, m.role, m.from_date, "
                     "m.to_date, m.note FROM membership m JOIN grp g ON g.id = m.group_id "
                     "WHERE m.person_id = ? ORDER BY m.from_date, m.id",
                     e.id);
  while (q.step()) {
    e.memberships.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text(),
                             q.column(3).opt_text(), q.column(4).opt_text(), q.column(6).opt_text(),
                             q.column(5).text(), q.column(7).text()});
  }
}

// Their own rows, and the rows of the people they stood in for.
void read_attendance(const Session& s, PersonExport& e) {
  auto q = by_person(s, R"sql(
    SELECT a.meeting_id, g.name, substr(m.starts_at, 1, 10), a.status, d.name, NULL
      FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN grp g ON g.id = m.group_id
      LEFT JOIN person d ON d.id = a.represented_by
     WHERE a.person_id = ?1
    UNION ALL
    SELECT a.meeting_id, g.name, substr(m.starts_at, 1, 10), 'representing', NULL, p.name
      FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN grp g ON g.id = m.group_id
      JOIN person p ON p.id = a.person_id
     WHERE a.represented_by = ?1
     ORDER BY 3, 1, 4)sql",
                     e.id);
  while (q.step()) {
    e.attendance.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text(),
                            q.column(3).text(), q.column(4).opt_text(), q.column(5).opt_text()});
  }
}

void read_actions(const Session& s, PersonExport& e) {
  auto q = by_person(s,
                     "SELECT a.id, a.meeting_id, g.name, a.text, a.status, a.due, a.done_on "
                     "FROM action a JOIN meeting m ON m.id = a.meeting_id "
                     "JOIN grp g ON g.id = m.group_id WHERE a.owner_person_id = ? ORDER BY a.id",
                     e.id);
  while (q.step()) {
    e.actions.push_back({q.column(0).int64(), q.column(1).int64(), q.column(2).text(),
                         q.column(3).text(), q.column(4).text(), q.column(5).opt_text(),
                         q.column(6).opt_text()});
  }
}

// Minutes whose recorder, a free-text name, is one of the names they have had (compared as
// look-up compares names).
void read_minutes(const Session& s, PersonExport& e, const privacy::Needles& values) {
  std::set<std::string> keys;
  for (const auto& name : values.names) keys.insert(fold_key(name));
  for (const auto& email : values.emails) keys.insert(fold_key(email));
  db::Statement q(db::connection(s.store),
                  "SELECT v.meeting_id, v.version, g.name, v.recorded_at, v.recorded_by "
                  "FROM minutes_version v JOIN meeting m ON m.id = v.meeting_id "
                  "JOIN grp g ON g.id = m.group_id ORDER BY v.meeting_id, v.version");
  while (q.step()) {
    check_interrupted();
    if (!keys.contains(fold_key(q.column(4).text()))) continue;
    e.minutes_recorded.push_back(
        {q.column(0).int64(), q.column(1).int64(), q.column(2).text(), q.column(3).text()});
  }
}

void read_mail(const Session& s, PersonExport& e) {
  auto q = by_person(s, R"sql(
    SELECT o.meeting_id, g.name, 'sent ' || o.method, o.sequence, o.email, o.written_at
      FROM mail_outbox o JOIN meeting m ON m.id = o.meeting_id JOIN grp g ON g.id = m.group_id
     WHERE o.person_id = ?1
    UNION ALL
    SELECT r.meeting_id, g.name, 'replied ' || r.partstat, r.sequence, r.email, r.recorded_at
      FROM meeting_reply r JOIN meeting m ON m.id = r.meeting_id JOIN grp g ON g.id = m.group_id
     WHERE r.person_id = ?1
     ORDER BY 6, 1)sql",
                     e.id);
  while (q.step()) {
    e.mail.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text(),
                      q.column(3).int32(), q.column(4).text(), q.column(5).text()});
  }
}

// The rows about them, by identity: never rows that only mention a namesake's name.
void read_audit(const Session& s, PersonExport& e) {
  auto q = by_person(s,
                     fmt::format("SELECT id, at, os_user, command, action, entity, entity_id, "
                                 "detail FROM audit_log WHERE id IN ({}) ORDER BY id",
                                 db::kRowsAbout)
                         .c_str(),
                     e.id);
  while (q.step()) {
    check_interrupted();
    e.audit_log.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text(),
                           q.column(3).text(), q.column(4).text(), q.column(5).text(),
                           q.column(7).text(), q.column(6).opt_int64()});
  }
}

void read_former(const Session& s, PersonExport& e) {
  auto q = by_person(s,
                     "SELECT field, value FROM person_former WHERE person_id = ? "
                     "ORDER BY field, value",
                     e.id);
  while (q.step()) {
    e.former_values.push_back({q.column(0).text(), q.column(1).text()});
  }
}

}  // namespace

PersonExport export_person(const Session& s, std::string_view ref) {
  db::ReadTx tx(db::connection(s.store));
  PersonExport e;
  e.id = find_person(s, ref).v;
  e.exported_at = s.clock.utc_stamp();
  read_person(s, e);
  read_memberships(s, e);
  read_attendance(s, e);
  read_actions(s, e);
  read_minutes(s, e, privacy::values_of(s, e.id));
  read_mail(s, e);
  read_audit(s, e);
  read_former(s, e);
  return e;
}

}  // namespace lpg
