// SPDX-License-Identifier: MIT
#include <lpg/actions.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"

namespace lpg {

ActionOwner find_owner(const Session& s, std::string_view ref) {
  // "person:REF" and "org:REF" say which kind is meant.
  if (ref.starts_with("person:")) return {find_person(s, ref.substr(7)), std::nullopt};
  if (ref.starts_with("org:")) return {std::nullopt, find_org(s, ref.substr(4))};
  std::optional<PersonId> person;
  std::optional<OrgId> org;
  try {
    person = find_person(s, ref);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::NotFound) throw;
  }
  try {
    org = find_org(s, ref);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::NotFound) throw;
  }
  if (!person && !org) {
    throw Error(ErrorKind::NotFound, fmt::format("no person or organisation \"{}\"", ref),
                "see 'lpg person list' and 'lpg org list'");
  }
  if (person && org) {
    throw Error(ErrorKind::Conflict,
                fmt::format("\"{}\" names both a person and an organisation", ref),
                "say which: --owner \"person:REF\" or --owner \"org:REF\"");
  }
  return {person, org};
}

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

ActionItem read_row(SQLite::Statement& q) {
  ActionItem a;
  a.id = q.getColumn(0).getInt64();
  a.meeting_id = q.getColumn(1).getInt64();
  a.group_id = q.getColumn(2).getInt64();
  a.group_name = q.getColumn(3).getString();
  a.meeting_date = q.getColumn(4).getString();
  a.text = q.getColumn(5).getString();
  a.owner = q.getColumn(6).getString();
  a.owner_type = q.getColumn(7).getString();
  a.due = q.getColumn(8).getString();
  a.status = q.getColumn(9).getString();
  a.done_on = q.getColumn(10).getString();
  a.done_note = q.getColumn(11).getString();
  a.overdue = q.getColumn(12).getInt() != 0;
  a.orphaned = q.getColumn(13).getInt() != 0;
  return a;
}

std::vector<Carry> carries(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT c.meeting_id, substr(m.starts_at, 1, 10), c.carried_on FROM "
                      "action_carry c JOIN meeting m ON m.id = c.meeting_id WHERE c.action_id = ? "
                      "ORDER BY m.starts_at");
  q.bind(1, static_cast<int64_t>(id));
  std::vector<Carry> out;
  while (q.executeStep()) {
    out.push_back(
        {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()});
  }
  return out;
}

}  // namespace

ActionItem get_action(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store), std::string(kSelect) + " WHERE a.id = ?2");
  q.bind(1, format_date(s.clock.today()));
  q.bind(2, static_cast<int64_t>(id));
  if (!q.executeStep()) {
    throw Error(ErrorKind::NotFound, fmt::format("action {} not found", id),
                "see 'lpg action list'");
  }
  ActionItem a = read_row(q);
  a.carried = carries(s, id);
  return a;
}

ActionItem add_action(const Session& s, MeetingId meeting, const std::string& text,
                      const ActionOwner& owner, std::optional<Date> due) {
  check_line(trim(text), "action text");
  db::WriteTx tx(s.store);
  Meeting m = get_meeting(s, meeting);
  if (m.status != "held") {
    throw Error(
        ErrorKind::Conflict,
        fmt::format("meeting {} is {}: actions come from meetings that were held", m.id, m.status));
  }
  if (trim(text).empty()) throw Error(ErrorKind::Invalid, "an action needs some text");
  if (due && date::sys_days{*due} < date::sys_days{date_of(m.starts)}) {
    throw Error(ErrorKind::Invalid, fmt::format("due date {} is before the meeting ({})",
                                                format_date(*due), format_date(date_of(m.starts))));
  }
  SQLite::Statement insert(db::conn(s.store),
                           "INSERT INTO action (meeting_id, text, owner_person_id, owner_org_id, "
                           "due, created_at) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(m.id));
  insert.bind(2, trim(text));
  if (owner.person) insert.bind(3, static_cast<int64_t>(owner.person->v));
  if (owner.org) insert.bind(4, static_cast<int64_t>(owner.org->v));
  if (due) insert.bind(5, format_date(*due));
  insert.bind(6, s.clock.utc_stamp());
  insert.exec();
  auto id = db::last_id(s.store);
  db::audit(s, "add", "action", id, fmt::format("from meeting {}", m.id));
  tx.commit();
  return get_action(s, id);
}

ActionItem complete_action(const Session& s, std::int64_t id, const std::string& note,
                           std::optional<Date> on) {
  check_text(trim(note), "note");
  db::WriteTx tx(s.store);
  ActionItem a = get_action(s, id);
  if (a.status == "done") {
    throw Error(ErrorKind::Conflict, fmt::format("action {} was done on {}", id, a.done_on));
  }
  SQLite::Statement u(db::conn(s.store),
                      "UPDATE action SET status = 'done', done_on = ?, done_note = ? WHERE id = ?");
  u.bind(1, format_date(on.value_or(s.clock.today())));
  u.bind(2, trim(note));
  u.bind(3, static_cast<int64_t>(id));
  u.exec();
  db::audit(s, "done", "action", id);
  tx.commit();
  return get_action(s, id);
}

ActionItem carry_action(const Session& s, std::int64_t id, MeetingId to) {
  db::WriteTx tx(s.store);
  ActionItem a = get_action(s, id);
  Meeting target = get_meeting(s, to);
  if (a.status == "done") throw Error(ErrorKind::Conflict, fmt::format("action {} is done", id));
  if (target.group_id != a.group_id) {
    throw Error(ErrorKind::Invalid, fmt::format("meeting {} is of {}, not {}", target.id,
                                                target.group_name, a.group_name));
  }
  std::string last = a.carried.empty() ? a.meeting_date : a.carried.back().meeting_date;
  if (format_date(date_of(target.starts)) <= last || target.status == "cancelled") {
    throw Error(ErrorKind::Invalid,
                fmt::format("meeting {} ({}) is not a later live meeting than {}", target.id,
                            format_date(date_of(target.starts)), last),
                "carry actions forward to the group's next meeting");
  }
  SQLite::Statement insert(db::conn(s.store),
                           "INSERT INTO action_carry (action_id, meeting_id, carried_on) "
                           "VALUES (?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(id));
  insert.bind(2, static_cast<int64_t>(target.id));
  insert.bind(3, format_date(s.clock.today()));
  insert.exec();
  add_agenda_item(s, to, fmt::format("Action {} (from {}): {}", id, a.meeting_date, a.text),
                  "owner: " + a.owner, std::nullopt);
  db::audit(s, "carry", "action", id, fmt::format("to meeting {}", target.id));
  tx.commit();
  return get_action(s, id);
}

std::vector<ActionItem> list_actions(const Session& s, const ActionFilter& f) {
  db::ReadTx tx(s.store);
  std::string sql = std::string(kSelect) + " WHERE 1";
  if (f.open_only || f.overdue_only) sql += " AND a.status = 'open'";
  if (f.overdue_only) sql += " AND a.due < ?1";
  if (f.group) sql += " AND m.group_id = ?2";
  if (f.owner && f.owner->person) sql += " AND a.owner_person_id = ?3";
  if (f.owner && f.owner->org) sql += " AND a.owner_org_id = ?4";
  SQLite::Statement q(db::conn(s.store), sql + " ORDER BY a.due IS NULL, a.due, a.id");
  q.bind(1, format_date(s.clock.today()));
  if (f.group) q.bind(2, static_cast<int64_t>(f.group->v));
  if (f.owner && f.owner->person) q.bind(3, static_cast<int64_t>(f.owner->person->v));
  if (f.owner && f.owner->org) q.bind(4, static_cast<int64_t>(f.owner->org->v));
  std::vector<ActionItem> out;
  while (q.executeStep()) out.push_back(read_row(q));
  return out;
}

}  // namespace lpg
