// SPDX-License-Identifier: MIT
// The owner of the table meeting: every INSERT and UPDATE of it, and reading its rows.
#include "meeting/meeting_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <fstream>

#include "agenda/agenda_store.hpp"
#include "agenda/agenda_text.hpp"
#include "db/store_impl.hpp"
#include "group/group_store.hpp"

namespace lpg::meetings {

const char* const kSelectMeeting = R"sql(
  SELECT m.id, m.group_id, g.name, m.starts_at, m.duration_min, coalesce(m.venue, ''),
         m.host_org_id, coalesce(o.name, ''),
         trim(coalesce(o.address, '') || coalesce(', ' || o.town, '') ||
              coalesce(', ' || o.postcode, ''), ', '),
         m.status, coalesce(m.cancel_reason, ''), m.uid, m.sequence, m.updated_at
    FROM meeting m
    JOIN grp g ON g.id = m.group_id
    LEFT JOIN organisation o ON o.id = m.host_org_id
)sql";

Meeting meeting_of(const MeetingCells& c, LocalTime now) {
  Meeting m;
  m.id = c.id;
  m.group_id = c.group_id;
  m.group_name = c.group_name;
  m.starts = parse_local_time(c.starts_at);
  m.duration = Minutes{c.duration};
  m.venue = c.venue;
  m.host_org_id = c.host;
  m.host_name = c.host_name;
  m.host_address = c.host_address;
  m.status = c.status;
  if (m.status == "scheduled" && m.starts <= now) m.status = "held";
  m.cancel_reason = c.cancel_reason;
  m.uid = c.uid;
  m.sequence = c.sequence;
  m.updated_at = c.updated_at;
  return m;
}

Meeting read_meeting(db::Statement& q, LocalTime now) {
  MeetingCells c;
  c.id = q.column(0).int64();
  c.group_id = q.column(1).int64();
  c.group_name = q.column(2).text();
  c.starts_at = q.column(3).text();
  c.duration = q.column(4).int32();
  c.venue = q.column(5).text();
  c.host = q.column(6).opt_int64();
  c.host_name = q.column(7).text();
  c.host_address = q.column(8).text();
  c.status = q.column(9).text();
  c.cancel_reason = q.column(10).text();
  c.uid = q.column(11).text();
  c.sequence = q.column(12).int32();
  c.updated_at = q.column(13).text();
  return meeting_of(c, now);
}

std::string new_uid() {
  std::ifstream random("/dev/urandom", std::ios::binary);
  unsigned char bytes[16] = {};
  random.read(reinterpret_cast<char*>(bytes), sizeof bytes);
  if (!random) throw Error(ErrorKind::Io, "cannot read /dev/urandom for a meeting UID");
  std::string hex;
  for (unsigned char b : bytes) hex += fmt::format("{:02x}", b);
  return hex + "@lpg";
}

std::int64_t insert_meeting(const Session& s, const MeetingRow& r) {
  db::Connection& c = db::connection(s.store);
  // An id of its own only when the row keeps one: a NULL id is no id on PostgreSQL.
  bool keep_id = r.id && meeting_id_free(s, *r.id);
  db::Statement q(c, keep_id ? R"sql(
    INSERT INTO meeting (group_id, starts_at, duration_min, venue, host_org_id, status,
                         cancel_reason, uid, sequence, schedule_key, created_at, updated_at, id)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12) RETURNING id)sql"
                             : R"sql(
    INSERT INTO meeting (group_id, starts_at, duration_min, venue, host_org_id, status,
                         cancel_reason, uid, sequence, schedule_key, created_at, updated_at)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11) RETURNING id)sql");
  q.bind(1, r.group_id);
  q.bind(2, r.starts_at);
  q.bind(3, r.duration_min);
  q.bind(4, r.venue);
  q.bind(5, r.host_org_id);
  q.bind(6, r.status);
  q.bind(7, r.cancel_reason);
  q.bind(8, r.uid.empty() ? new_uid() : r.uid);
  q.bind(9, r.sequence);
  q.bind(10, r.schedule_key);
  q.bind(11, s.clock.utc_stamp());
  if (keep_id) q.bind(12, *r.id);
  std::int64_t id = q.exec_id();
  if (keep_id) c.resync_ids("meeting");
  return id;
}

bool meeting_id_free(const Session& s, std::int64_t id) {
  db::Statement q(db::connection(s.store), "SELECT 1 FROM meeting WHERE id = ?");
  q.bind(1, id);
  return !q.step();
}

std::vector<MeetingRow> stored_rows(const Session& s) {
  db::Statement q(db::connection(s.store),
                  "SELECT id, group_id, duration_min, starts_at, status, uid, venue, "
                  "cancel_reason, host_org_id FROM meeting ORDER BY id");
  std::vector<MeetingRow> out;
  while (q.step()) {
    check_interrupted();
    MeetingRow& r = out.emplace_back();
    r.id = q.column(0).int64();
    r.group_id = q.column(1).int64();
    r.duration_min = q.column(2).int64();
    r.starts_at = q.column(3).text();
    r.status = q.column(4).text();
    r.uid = q.column(5).text();
    r.venue = q.column(6).opt_text();
    r.cancel_reason = q.column(7).opt_text();
    r.host_org_id = q.column(8).opt_int64();
  }
  return out;
}

std::vector<std::string> completion_labels(const Session& s) {
  return db::query_texts(db::connection(s.store),
                         "SELECT g.name || '@' || substr(m.starts_at, 1, 10) FROM meeting m "
                         "JOIN grp g ON g.id = m.group_id ORDER BY m.starts_at DESC");
}

std::vector<std::int64_t> meetings_starting(const Session& s, std::int64_t group,
                                            const std::string& starts_at) {
  db::Statement q(db::connection(s.store),
                  "SELECT id FROM meeting WHERE group_id = ? AND starts_at = ? ORDER BY id");
  q.bind(1, group);
  q.bind(2, starts_at);
  std::vector<std::int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

std::optional<std::int64_t> meeting_by_uid(const Session& s, const std::string& uid) {
  db::Statement q(db::connection(s.store), "SELECT id FROM meeting WHERE uid = ?");
  q.bind(1, uid);
  if (q.step()) return q.column(0).int64();
  return std::nullopt;
}

std::optional<std::int64_t> meeting_by_key(const Session& s, std::int64_t group,
                                           const std::string& key, std::int64_t except) {
  db::Statement q(db::connection(s.store),
                  "SELECT id FROM meeting WHERE group_id = ? AND schedule_key = ? AND id <> ?");
  q.bind(1, group);
  q.bind(2, key);
  q.bind(3, except);
  if (q.step()) return q.column(0).int64();
  return std::nullopt;
}

std::optional<std::int64_t> clash(const Session& s, std::int64_t group_id, Date day,
                                  std::int64_t except) {
  db::Statement q(db::connection(s.store),
                  "SELECT id FROM meeting WHERE group_id = ? AND status <> 'cancelled' "
                  "AND substr(starts_at, 1, 10) = ? AND id <> ? LIMIT 1");
  q.bind(1, group_id);
  q.bind(2, format_date(day));
  q.bind(3, except);
  if (q.step()) return q.column(0).int64();
  return std::nullopt;
}

std::vector<LiveMeeting> live_meetings(const Session& s, GroupId group, Date from, Date to) {
  db::Statement q(db::connection(s.store),
                  "SELECT id, starts_at, uid FROM meeting WHERE group_id = ? AND status <> "
                  "'cancelled' AND starts_at >= ? AND starts_at < ? ORDER BY starts_at");
  q.bind(1, group.v);
  q.bind(2, format_date(from));
  q.bind(3, format_date(Date{date::sys_days{to} + date::days{1}}));
  std::vector<LiveMeeting> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), parse_local_time(q.column(1).text()), q.column(2).text()});
  }
  return out;
}

std::optional<std::int64_t> last_host_before(const Session& s, std::int64_t group,
                                             LocalTime before) {
  db::Statement q(db::connection(s.store),
                  "SELECT host_org_id FROM meeting WHERE group_id = ? AND host_org_id "
                  "IS NOT NULL AND status <> 'cancelled' AND starts_at < ? "
                  "ORDER BY starts_at DESC LIMIT 1");
  q.bind(1, group);
  q.bind(2, format_local_time(before));
  if (q.step()) return q.column(0).int64();
  return std::nullopt;
}

std::int64_t live_meeting_count(const Session& s, Date from, Date to) {
  db::Statement q(db::connection(s.store),
                  "SELECT count(*) FROM meeting WHERE status <> 'cancelled' "
                  "AND substr(starts_at, 1, 10) BETWEEN ? AND ?");
  q.bind(1, format_date(from));
  q.bind(2, format_date(to));
  q.step();
  return q.column(0).int64();
}

bool held_since(const Session& s, std::int64_t group, LocalTime after) {
  db::Statement q(db::connection(s.store),
                  "SELECT 1 FROM meeting WHERE group_id = ? AND status <> 'cancelled' "
                  "AND starts_at > ? AND starts_at <= ? LIMIT 1");
  q.bind(1, group);
  q.bind(2, format_local_time(after));
  q.bind(3, format_local_time(s.clock.local_now()));
  return q.step();
}

void touch(const Session& s, std::int64_t id) {
  db::Statement u(db::connection(s.store),
                  "UPDATE meeting SET sequence = sequence + 1, updated_at = ? WHERE id = ?");
  u.bind(1, s.clock.utc_stamp());
  u.bind(2, id);
  u.exec();
}

void store_cancel(const Session& s, std::int64_t id, const std::string& reason) {
  db::Statement u(db::connection(s.store),
                  "UPDATE meeting SET status = 'cancelled', cancel_reason = ? WHERE id = ?");
  u.bind(1, reason);
  u.bind(2, id);
  u.exec();
}

void store_place(const Session& s, std::int64_t id, const std::optional<std::string>& venue,
                 std::optional<std::int64_t> host) {
  db::Statement u(db::connection(s.store),
                  "UPDATE meeting SET venue = ?, host_org_id = ? WHERE id = ?");
  u.bind(1, venue);
  u.bind(2, host);
  u.bind(3, id);
  u.exec();
}

void store_start(const Session& s, std::int64_t id, LocalTime starts, Minutes duration) {
  db::Statement u(db::connection(s.store),
                  "UPDATE meeting SET starts_at = ?, duration_min = ? WHERE id = ?");
  u.bind(1, format_local_time(starts));
  u.bind(2, static_cast<int>(duration.count()));
  u.bind(3, id);
  u.exec();
}

namespace {

// Column names come from this table, never from a file.
const char* column_name(MeetingColumn column) {
  switch (column) {
    case MeetingColumn::StartsAt:
      return "starts_at";
    case MeetingColumn::Duration:
      return "duration_min";
    case MeetingColumn::Venue:
      return "venue";
    case MeetingColumn::Host:
      return "host_org_id";
    case MeetingColumn::Status:
      return "status";
    case MeetingColumn::CancelReason:
      return "cancel_reason";
    case MeetingColumn::ScheduleKey:
      return "schedule_key";
    case MeetingColumn::Sequence:
      return "sequence";
    case MeetingColumn::UpdatedAt:
      return "updated_at";
  }
  throw Error(ErrorKind::Internal, "unknown meeting column");
}

template <class T>
bool set_column(const Session& s, std::int64_t id, MeetingColumn column,
                const std::optional<T>& value) {
  db::Statement q(
      db::connection(s.store),
      fmt::format("UPDATE meeting SET {0} = ?1 WHERE id = ?2 AND {0} IS DISTINCT FROM ?1",
                  column_name(column)));
  q.bind(1, value);
  q.bind(2, id);
  return q.exec() > 0;
}

}  // namespace

bool set_if_changed(const Session& s, std::int64_t id, MeetingColumn column,
                    const std::optional<std::string>& value) {
  return set_column(s, id, column, value);
}

bool set_if_changed(const Session& s, std::int64_t id, MeetingColumn column,
                    std::optional<std::int64_t> value) {
  return set_column(s, id, column, value);
}

std::string export_where(const MeetingExportFilter& f) {
  std::string sql = " WHERE 1 = 1";
  if (f.group) sql += " AND m.group_id = ?";
  if (f.from) sql += " AND m.starts_at >= ?";
  if (f.to) sql += " AND m.starts_at < ?";
  if (f.meeting) sql += " AND m.id = ?";
  return sql;
}

// Numbered in the order export_where() writes them: a parameter the SQL does not use would
// have no type on PostgreSQL.
void bind_export_filter(db::Statement& q, const MeetingExportFilter& f) {
  int n = 0;
  if (f.group) q.bind(++n, f.group->v);
  if (f.from) q.bind(++n, format_date(*f.from));
  if (f.to) q.bind(++n, format_date(Date{date::sys_days{*f.to} + date::days{1}}));
  if (f.meeting) q.bind(++n, f.meeting->v);
}

void require_active_group(const Session& s, std::int64_t group_id) {
  if (auto name = group_store::archived_name(db::connection(s.store), group_id)) {
    throw Error(ErrorKind::Conflict, fmt::format("group \"{}\" is archived", *name),
                "unarchive it first: lpg group unarchive GROUP");
  }
}

}  // namespace lpg::meetings

namespace lpg {

using meetings::kSelectMeeting;
using meetings::read_meeting;

std::string Meeting::location() const {
  if (!venue.empty()) return venue;
  if (host_name.empty()) return "";
  return host_address.empty() ? host_name : host_name + ", " + host_address;
}

MeetingId find_meeting(const Session& s, std::string_view ref) {
  std::string text = trim(ref);
  db::Connection& c = db::connection(s.store);
  if (auto id = id_reference(text)) {
    if (!meetings::meeting_id_free(s, *id)) return {*id};
    throw Error(ErrorKind::NotFound, fmt::format("meeting {} not found", text),
                "see 'lpg meeting list'");
  }
  auto at = text.rfind('@');
  if (at == std::string::npos) {
    throw Error(ErrorKind::Usage, fmt::format("\"{}\" is not a meeting reference", text),
                "name a meeting by id (12) or as GROUP@YYYY-MM-DD");
  }
  GroupId group = find_group(s, text.substr(0, at));
  Date day = parse_date(trim(text.substr(at + 1)), "meeting date");
  db::Statement q(c,
                  "SELECT id FROM meeting WHERE group_id = ? AND substr(starts_at, 1, 10) = ? "
                  "ORDER BY status = 'cancelled', starts_at");
  q.bind(1, group.v);
  q.bind(2, format_date(day));
  if (q.step()) return {q.column(0).int64()};
  throw Error(ErrorKind::NotFound, fmt::format("no meeting of that group on {}", format_date(day)),
              "see 'lpg meeting list --group GROUP'");
}

Meeting get_meeting(const Session& s, MeetingId id) {
  db::Statement q(db::connection(s.store), std::string(kSelectMeeting) + " WHERE m.id = ?");
  q.bind(1, id.v);
  if (!q.step()) throw Error(ErrorKind::NotFound, fmt::format("meeting {} not found", id.v));
  return read_meeting(q, s.clock.local_now());
}

std::vector<Meeting> list_meetings(const Session& s, const MeetingFilter& f) {
  db::Connection& c = db::connection(s.store);
  db::ReadTx tx(c);
  std::string sql = std::string(kSelectMeeting) + " WHERE 1 = 1";
  if (f.group) sql += " AND m.group_id = ?";
  if (f.from) sql += " AND m.starts_at >= ?";
  if (f.to) sql += " AND m.starts_at < ?";
  if (f.upcoming) sql += " AND m.starts_at >= ? AND m.status <> 'cancelled'";
  db::Statement q(c, sql + " ORDER BY m.starts_at, g.name, m.id");
  int n = 0;  // only the parameters used: PostgreSQL cannot type one the SQL does not use
  if (f.group) q.bind(++n, f.group->v);
  if (f.from) q.bind(++n, format_date(*f.from));
  if (f.to) q.bind(++n, format_date(Date{date::sys_days{*f.to} + date::days{1}}));
  if (f.upcoming) q.bind(++n, format_local_time(s.clock.local_now()));
  std::vector<Meeting> out;
  while (q.step()) out.push_back(read_meeting(q, s.clock.local_now()));
  return out;
}

std::vector<MeetingRecord> export_meetings(const Session& s, const MeetingExportFilter& f) {
  db::ReadTx tx(db::connection(s.store));
  db::Statement q(db::connection(s.store), R"sql(
    SELECT m.id, m.uid, g.name, m.starts_at, m.duration_min, m.venue, m.host_org_id, o.name,
           m.status, m.cancel_reason, m.sequence, m.schedule_key
      FROM meeting m JOIN grp g ON g.id = m.group_id
      LEFT JOIN organisation o ON o.id = m.host_org_id)sql" +
                                               meetings::export_where(f) +
                                               " ORDER BY m.starts_at, g.name, m.id");
  meetings::bind_export_filter(q, f);
  std::string now = format_local_time(s.clock.local_now());
  std::vector<MeetingRecord> out;
  while (q.step()) {
    MeetingRecord m;
    m.id = q.column(0).int64();
    m.uid = q.column(1).text();
    m.group = q.column(2).text();
    std::string starts = q.column(3).text();
    m.date = starts.substr(0, 10);
    m.start = starts.size() > 11 ? starts.substr(11, 5) : "";
    m.duration = q.column(4).int64();
    m.venue = q.column(5).text();
    m.host_id = q.column(6).opt_int64();
    m.host_name = q.column(7).text();
    m.status = q.column(8).text();
    if (m.status == "scheduled" && starts <= now) m.status = "held";
    m.cancel_reason = q.column(9).text();
    m.sequence = q.column(10).int64();
    m.schedule_key = q.column(11).text();
    m.agenda = meetings::fold_agenda(meetings::read_agenda(s, m.id));
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace lpg
