// SPDX-License-Identifier: MIT
// lpg export meetings|attendance|actions: flat rows of everything import needs to recreate them.
#include <lpg/meeting_io.hpp>

#include <fmt/format.h>

#include "action/action_store.hpp"
#include "agenda/agenda_store.hpp"
#include "agenda/agenda_text.hpp"
#include "db/store_impl.hpp"
#include "import/history.hpp"
#include "registry/naming.hpp"

namespace lpg {

namespace {

// The WHERE clause of a meeting filter over `meeting m`; binds through bind_meeting_filter.
std::string meeting_where(const MeetingExportFilter& f) {
  std::string sql = " WHERE 1";
  if (f.group) sql += " AND m.group_id = ?1";
  if (f.from) sql += " AND m.starts_at >= ?2";
  if (f.to) sql += " AND m.starts_at < ?3";
  if (f.meeting) sql += " AND m.id = ?4";
  return sql;
}

void bind_meeting_filter(SQLite::Statement& q, const MeetingExportFilter& f) {
  if (f.group) q.bind(1, static_cast<int64_t>(f.group->v));
  if (f.from) q.bind(2, format_date(*f.from));
  if (f.to) q.bind(3, format_date(Date{date::sys_days{*f.to} + date::days{1}}));
  if (f.meeting) q.bind(4, static_cast<int64_t>(f.meeting->v));
}

using registry::opt_int;

std::string text_or_empty(const SQLite::Column& c) { return registry::opt_text(c).value_or(""); }

}  // namespace

std::vector<MeetingRecord> export_meetings(const Session& s, const MeetingExportFilter& f) {
  db::ReadTx tx(s.store);
  SQLite::Statement q(db::conn(s.store), R"sql(
    SELECT m.id, m.uid, g.name, m.starts_at, m.duration_min, m.venue, m.host_org_id, o.name,
           m.status, m.cancel_reason, m.sequence, m.schedule_key
      FROM meeting m JOIN grp g ON g.id = m.group_id
      LEFT JOIN organisation o ON o.id = m.host_org_id)sql" +
                                             meeting_where(f) +
                                             " ORDER BY m.starts_at, g.name, m.id");
  bind_meeting_filter(q, f);
  std::string now = format_local_time(s.clock.local_now());
  std::vector<MeetingRecord> out;
  while (q.executeStep()) {
    MeetingRecord m;
    m.id = q.getColumn(0).getInt64();
    m.uid = q.getColumn(1).getString();
    m.group = q.getColumn(2).getString();
    std::string starts = q.getColumn(3).getString();
    m.date = starts.substr(0, 10);
    m.start = starts.size() > 11 ? starts.substr(11, 5) : "";
    m.duration = q.getColumn(4).getInt64();
    m.venue = text_or_empty(q.getColumn(5));
    m.host_id = opt_int(q.getColumn(6));
    m.host_name = text_or_empty(q.getColumn(7));
    m.status = q.getColumn(8).getString();
    if (m.status == "scheduled" && starts <= now) m.status = "held";
    m.cancel_reason = text_or_empty(q.getColumn(9));
    m.sequence = q.getColumn(10).getInt64();
    m.schedule_key = text_or_empty(q.getColumn(11));
    m.agenda = meetings::fold_agenda(meetings::read_agenda(s, m.id));
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<AttendanceRecord> export_attendance(const Session& s, const MeetingExportFilter& f) {
  db::ReadTx tx(s.store);
  SQLite::Statement q(db::conn(s.store), R"sql(
    SELECT a.meeting_id, m.uid, g.name, substr(m.starts_at, 1, 10), a.person_id, p.name,
           p.email, p.org_id, o.name, a.status, a.represented_by, d.name, a.guest, a.recorded_at
      FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN grp g ON g.id = m.group_id
      JOIN person p ON p.id = a.person_id
      LEFT JOIN organisation o ON o.id = p.org_id
      LEFT JOIN person d ON d.id = a.represented_by)sql" +
                                             meeting_where(f) +
                                             " ORDER BY m.starts_at, g.name, m.id, a.guest, "
                                             "p.name_key, p.id");
  bind_meeting_filter(q, f);
  std::vector<AttendanceRecord> out;
  while (q.executeStep()) {
    AttendanceRecord a;
    a.meeting_id = q.getColumn(0).getInt64();
    a.meeting_uid = q.getColumn(1).getString();
    a.group = q.getColumn(2).getString();
    a.date = q.getColumn(3).getString();
    a.person_id = q.getColumn(4).getInt64();
    a.name = q.getColumn(5).getString();
    a.email = text_or_empty(q.getColumn(6));
    a.org_id = opt_int(q.getColumn(7));
    a.organisation = text_or_empty(q.getColumn(8));
    a.status = q.getColumn(9).getString();
    a.represented_by_id = opt_int(q.getColumn(10));
    a.represented_by = text_or_empty(q.getColumn(11));
    a.guest = q.getColumn(12).getInt() != 0;
    a.recorded_at = q.getColumn(13).getString();
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<ActionRecord> export_actions(const Session& s, const ActionExportFilter& f) {
  db::ReadTx tx(s.store);
  std::string sql = R"sql(
    SELECT a.id, a.meeting_id, m.uid, g.name, substr(m.starts_at, 1, 10), a.text,
           a.owner_person_id, a.owner_org_id, coalesce(p.name, o.name), a.due, a.status,
           a.done_on, a.done_note, a.created_at
      FROM action a JOIN meeting m ON m.id = a.meeting_id JOIN grp g ON g.id = m.group_id
      LEFT JOIN person p ON p.id = a.owner_person_id
      LEFT JOIN organisation o ON o.id = a.owner_org_id WHERE 1)sql";
  if (f.group) sql += " AND m.group_id = ?1";
  if (f.open_only) sql += " AND a.status = 'open'";
  SQLite::Statement q(db::conn(s.store), sql + " ORDER BY a.id");
  if (f.group) q.bind(1, static_cast<int64_t>(f.group->v));
  std::vector<ActionRecord> out;
  while (q.executeStep()) {
    ActionRecord a;
    a.id = q.getColumn(0).getInt64();
    a.meeting_id = q.getColumn(1).getInt64();
    a.meeting_uid = q.getColumn(2).getString();
    a.group = q.getColumn(3).getString();
    a.meeting_date = q.getColumn(4).getString();
    a.text = q.getColumn(5).getString();
    a.owner = q.getColumn(6).isNull() ? fmt::format("org:#{}", q.getColumn(7).getInt64())
                                      : fmt::format("person:#{}", q.getColumn(6).getInt64());
    a.owner_name = text_or_empty(q.getColumn(8));
    a.due = text_or_empty(q.getColumn(9));
    a.status = q.getColumn(10).getString();
    a.done_on = text_or_empty(q.getColumn(11));
    a.done_note = q.getColumn(12).getString();
    a.created_at = q.getColumn(13).getString();
    a.carried = meetings::carried_text(s, a.id);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace lpg
