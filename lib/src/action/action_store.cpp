// SPDX-License-Identifier: MIT
// The owner of the tables action and action_carry: every INSERT, UPDATE and DELETE of them,
// and reading them into ActionItem.
#include "action/action_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/meeting_io.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"

namespace lpg {

namespace {

constexpr const char* kSelect = R"sql(
  SELECT a.id, a.meeting_id, m.group_id, g.name, substr(m.starts_at, 1, 10), a.text,
         coalesce(p.name, o.name), CASE WHEN a.owner_person_id IS NULL THEN 'organisation'
         ELSE 'person' END, coalesce(a.due, ''), a.status, coalesce(a.done_on, ''), a.done_note,
         a.status = 'open' AND a.due < ?1,
         NOT EXISTS (SELECT 1 FROM membership ms WHERE ms.group_id = m.group_id
            AND ms.from_date <= ?1 AND (ms.to_date IS NULL OR ms.to_date > ?1)
            AND (ms.person_id = a.owner_person_id OR ms.org_id = a.owner_org_id
                 OR ms.org_id = p.org_id
                 OR ms.person_id IN (SELECT id FROM person WHERE org_id = a.owner_org_id)))
    FROM action a JOIN meeting m ON m.id = a.meeting_id JOIN grp g ON g.id = m.group_id
    LEFT JOIN person p ON p.id = a.owner_person_id
    LEFT JOIN organisation o ON o.id = a.owner_org_id
)sql";

ActionItem read_row(db::Statement& q) {
  ActionItem a;
  a.id = q.column(0).int64();
  a.meeting_id = q.column(1).int64();
  a.group_id = q.column(2).int64();
  a.group_name = q.column(3).text();
  a.meeting_date = q.column(4).text();
  a.text = q.column(5).text();
  a.owner = q.column(6).text();
  a.owner_type = q.column(7).text();
  a.due = q.column(8).text();
  a.status = q.column(9).text();
  a.done_on = q.column(10).text();
  a.done_note = q.column(11).text();
  a.overdue = q.column(12).int64() != 0;
  a.orphaned = q.column(13).int64() != 0;
  return a;
}

std::vector<Carry> carries(const Session& s, std::int64_t id) {
  db::Statement q(db::connection(s.store),
                  "SELECT c.meeting_id, substr(m.starts_at, 1, 10), c.carried_on FROM "
                  "action_carry c JOIN meeting m ON m.id = c.meeting_id WHERE c.action_id = ? "
                  "ORDER BY m.starts_at");
  q.bind(1, id);
  std::vector<Carry> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text()});
  }
  return out;
}

}  // namespace

ActionItem get_action(const Session& s, std::int64_t id) {
  db::Statement q(db::connection(s.store), std::string(kSelect) + " WHERE a.id = ?2");
  q.bind(1, format_date(s.clock.today()));
  q.bind(2, id);
  if (!q.step()) {
    throw Error(ErrorKind::NotFound, fmt::format("action {} not found", id),
                "see 'lpg action list'");
  }
  ActionItem a = read_row(q);
  a.carried = carries(s, id);
  return a;
}

std::vector<ActionItem> list_actions(const Session& s, const ActionFilter& f) {
  db::ReadTx tx(db::connection(s.store));
  std::string sql = std::string(kSelect) + " WHERE 1 = 1";
  if (f.open_only || f.overdue_only) sql += " AND a.status = 'open'";
  if (f.overdue_only) sql += " AND a.due < ?1";
  if (f.group) sql += " AND m.group_id = ?";
  if (f.owner && f.owner->person) sql += " AND a.owner_person_id = ?";
  if (f.owner && f.owner->org) sql += " AND a.owner_org_id = ?";
  db::Statement q(db::connection(s.store), sql + " ORDER BY a.due IS NULL, a.due, a.id");
  q.bind(1, format_date(s.clock.today()));  // ?1 in kSelect as well
  int n = 1;  // the others numbered as used: PostgreSQL cannot type one the SQL does not use
  if (f.group) q.bind(++n, f.group->v);
  if (f.owner && f.owner->person) q.bind(++n, f.owner->person->v);
  if (f.owner && f.owner->org) q.bind(++n, f.owner->org->v);
  std::vector<ActionItem> out;
  while (q.step()) out.push_back(read_row(q));
  return out;
}

namespace meetings {

std::vector<std::int64_t> actions_with_text(const Session& s, std::int64_t meeting,
                                            const std::string& text) {
  db::Statement q(db::connection(s.store),
                  "SELECT id FROM action WHERE meeting_id = ? AND text = ? ORDER BY id");
  q.bind(1, meeting);
  q.bind(2, text);
  std::vector<std::int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

std::optional<ActionRow> stored_action(const Session& s, std::int64_t id) {
  db::Statement q(db::connection(s.store),
                  "SELECT meeting_id, text, owner_person_id, owner_org_id, due, status, "
                  "done_on, done_note FROM action WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  ActionRow a;
  a.meeting = q.column(0).int64();
  a.text = q.column(1).text();
  a.person = q.column(2).opt_int64();
  a.org = q.column(3).opt_int64();
  a.due = q.column(4).opt_text();
  a.status = q.column(5).text();
  a.done_on = q.column(6).opt_text();
  a.done_note = q.column(7).text();
  return a;
}

std::int64_t insert_action(const Session& s, const ActionRow& a) {
  db::Statement insert(db::connection(s.store),
                       "INSERT INTO action (meeting_id, text, owner_person_id, owner_org_id, "
                       "due, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
  insert.bind(1, a.meeting);
  insert.bind(2, a.text);
  insert.bind(3, a.person);
  insert.bind(4, a.org);
  insert.bind(5, a.due);
  insert.bind(6, s.clock.utc_stamp());
  return insert.exec_id();
}

std::int64_t write_action(const Session& s, std::optional<std::int64_t> id, const ActionRow& a,
                          const std::string& created_at) {
  db::Connection& c = db::connection(s.store);
  // With an id, the import's own; without, a new one (a NULL id is no id on PostgreSQL).
  db::Statement q(c, id ? R"sql(
    INSERT INTO action (meeting_id, text, owner_person_id, owner_org_id, due, status,
                        done_on, done_note, created_at, id)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
    ON CONFLICT (id) DO UPDATE SET text = excluded.text,
      owner_person_id = excluded.owner_person_id, owner_org_id = excluded.owner_org_id,
      due = excluded.due, status = excluded.status, done_on = excluded.done_on,
      done_note = excluded.done_note RETURNING id)sql"
                        : R"sql(
    INSERT INTO action (meeting_id, text, owner_person_id, owner_org_id, due, status,
                        done_on, done_note, created_at)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id)sql");
  q.bind(1, a.meeting);
  q.bind(2, a.text);
  q.bind(3, a.person);
  q.bind(4, a.org);
  q.bind(5, a.due);
  q.bind(6, a.status);
  q.bind(7, a.done_on);
  q.bind(8, a.done_note);
  q.bind(9, created_at.empty() ? s.clock.utc_stamp() : created_at);
  if (id) q.bind(10, *id);
  std::int64_t stored = q.exec_id();
  if (id) c.resync_ids("action");
  return stored;
}

void store_done(const Session& s, std::int64_t id, Date on, const std::string& note) {
  db::Statement u(db::connection(s.store),
                  "UPDATE action SET status = 'done', done_on = ?, done_note = ? WHERE id = ?");
  u.bind(1, format_date(on));
  u.bind(2, note);
  u.bind(3, id);
  u.exec();
}

void insert_carry(const Session& s, std::int64_t action, std::int64_t meeting, Date on) {
  db::Statement insert(db::connection(s.store),
                       "INSERT INTO action_carry (action_id, meeting_id, carried_on) "
                       "VALUES (?, ?, ?)");
  insert.bind(1, action);
  insert.bind(2, meeting);
  insert.bind(3, format_date(on));
  insert.exec();
}

CarryWriter::CarryWriter(const Session& s)
    : drop_(db::connection(s.store), "DELETE FROM action_carry WHERE action_id = ?"),
      insert_(db::connection(s.store),
              "INSERT INTO action_carry (action_id, meeting_id, carried_on) "
              "SELECT CAST(?1 AS BIGINT), CAST(?2 AS BIGINT), CAST(?3 AS TEXT) "
              "WHERE (SELECT group_id FROM meeting WHERE id = ?2) = "
              "(SELECT m.group_id FROM action a JOIN meeting m ON m.id = a.meeting_id "
              "WHERE a.id = ?1) ON CONFLICT (action_id, meeting_id) DO UPDATE SET "
              "carried_on = excluded.carried_on") {}

void CarryWriter::clear(std::int64_t action) {
  drop_.bind(1, action);
  drop_.exec();
}

bool CarryWriter::add(std::int64_t action, std::int64_t meeting, const std::string& on) {
  insert_.bind(1, action);
  insert_.bind(2, meeting);
  insert_.bind(3, on);
  return insert_.exec() > 0;
}

std::int64_t actions_owned_by(const Session& s, std::int64_t person) {
  db::Statement q(db::connection(s.store), "SELECT count(*) FROM action WHERE owner_person_id = ?");
  q.bind(1, person);
  q.step();
  return q.column(0).int64();
}

std::vector<PersonExport::Action> actions_export_of(const Session& s, std::int64_t person) {
  db::Statement q(db::connection(s.store),
                  "SELECT a.id, a.meeting_id, g.name, a.text, a.status, a.due, a.done_on "
                  "FROM action a JOIN meeting m ON m.id = a.meeting_id "
                  "JOIN grp g ON g.id = m.group_id WHERE a.owner_person_id = ? ORDER BY a.id");
  q.bind(1, person);
  std::vector<PersonExport::Action> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), q.column(1).int64(), q.column(2).text(), q.column(3).text(),
                   q.column(4).text(), q.column(5).opt_text(), q.column(6).opt_text()});
  }
  return out;
}

std::string carried_text(const Session& s, std::int64_t action) {
  db::Statement q(db::connection(s.store),
                  "SELECT m.uid, c.carried_on FROM action_carry c JOIN meeting m "
                  "ON m.id = c.meeting_id WHERE c.action_id = ? ORDER BY m.starts_at, m.id");
  q.bind(1, action);
  std::string out;
  while (q.step()) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{} on {}", q.column(0).text(), q.column(1).text());
  }
  return out;
}

}  // namespace meetings

std::vector<ActionRecord> export_actions(const Session& s, const ActionExportFilter& f) {
  db::ReadTx tx(db::connection(s.store));
  std::string sql = R"sql(
    SELECT a.id, a.meeting_id, m.uid, g.name, substr(m.starts_at, 1, 10), a.text,
           a.owner_person_id, a.owner_org_id, coalesce(p.name, o.name), a.due, a.status,
           a.done_on, a.done_note, a.created_at
      FROM action a JOIN meeting m ON m.id = a.meeting_id JOIN grp g ON g.id = m.group_id
      LEFT JOIN person p ON p.id = a.owner_person_id
      LEFT JOIN organisation o ON o.id = a.owner_org_id WHERE 1 = 1)sql";
  if (f.group) sql += " AND m.group_id = ?1";
  if (f.open_only) sql += " AND a.status = 'open'";
  db::Statement q(db::connection(s.store), sql + " ORDER BY a.id");
  if (f.group) q.bind(1, f.group->v);
  std::vector<ActionRecord> out;
  while (q.step()) {
    ActionRecord a;
    a.id = q.column(0).int64();
    a.meeting_id = q.column(1).int64();
    a.meeting_uid = q.column(2).text();
    a.group = q.column(3).text();
    a.meeting_date = q.column(4).text();
    a.text = q.column(5).text();
    a.owner = q.column(6).is_null() ? fmt::format("org:#{}", q.column(7).int64())
                                    : fmt::format("person:#{}", q.column(6).int64());
    a.owner_name = q.column(8).text();
    a.due = q.column(9).text();
    a.status = q.column(10).text();
    a.done_on = q.column(11).text();
    a.done_note = q.column(12).text();
    a.created_at = q.column(13).text();
    a.carried = meetings::carried_text(s, a.id);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace lpg
