// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/meetings.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <fstream>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "meetings/meeting_rows.hpp"

namespace lpg {

namespace meetings {

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

Meeting read_meeting(SQLite::Statement& q, LocalTime now) {
  Meeting m;
  m.id = q.getColumn(0).getInt64();
  m.group_id = q.getColumn(1).getInt64();
  m.group_name = q.getColumn(2).getString();
  m.starts = parse_local_time(q.getColumn(3).getString());
  m.duration = Minutes{q.getColumn(4).getInt()};
  m.venue = q.getColumn(5).getString();
  if (!q.getColumn(6).isNull()) m.host_org_id = q.getColumn(6).getInt64();
  m.host_name = q.getColumn(7).getString();
  m.host_address = q.getColumn(8).getString();
  m.status = q.getColumn(9).getString();
  if (m.status == "scheduled" && m.starts <= now) m.status = "held";
  m.cancel_reason = q.getColumn(10).getString();
  m.uid = q.getColumn(11).getString();
  m.sequence = q.getColumn(12).getInt();
  m.updated_at = q.getColumn(13).getString();
  return m;
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

std::optional<std::int64_t> clash(const Session& s, std::int64_t group_id, Date day,
                                  std::int64_t except) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id FROM meeting WHERE group_id = ? AND status <> 'cancelled' "
                      "AND substr(starts_at, 1, 10) = ? AND id <> ? LIMIT 1");
  q.bind(1, static_cast<int64_t>(group_id));
  q.bind(2, format_date(day));
  q.bind(3, static_cast<int64_t>(except));
  if (q.executeStep()) return q.getColumn(0).getInt64();
  return std::nullopt;
}

void require_active_group(const Session& s, std::int64_t group_id) {
  SQLite::Statement q(db::conn(s.store), "SELECT name, archived_at FROM grp WHERE id = ?");
  q.bind(1, static_cast<int64_t>(group_id));
  if (q.executeStep() && !q.getColumn(1).isNull()) {
    throw Error(ErrorKind::Conflict,
                fmt::format("group \"{}\" is archived", q.getColumn(0).getString()),
                "unarchive it first: lpg group unarchive GROUP");
  }
}

void touch(const Session& s, std::int64_t id) {
  SQLite::Statement u(db::conn(s.store),
                      "UPDATE meeting SET sequence = sequence + 1, updated_at = ? WHERE id = ?");
  u.bind(1, s.clock.utc_stamp());
  u.bind(2, static_cast<int64_t>(id));
  u.exec();
}

}  // namespace meetings

using meetings::kSelectMeeting;
using meetings::read_meeting;
using meetings::touch;

std::string Meeting::location() const {
  if (!venue.empty()) return venue;
  if (host_name.empty()) return "";
  return host_address.empty() ? host_name : host_name + ", " + host_address;
}

MeetingId find_meeting(const Session& s, std::string_view ref) {
  std::string text = trim(ref);
  if (auto id = id_reference(text)) {
    SQLite::Statement q(db::conn(s.store), "SELECT id FROM meeting WHERE id = ?");
    q.bind(1, static_cast<int64_t>(*id));
    if (q.executeStep()) return {q.getColumn(0).getInt64()};
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
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id FROM meeting WHERE group_id = ? AND substr(starts_at, 1, 10) = ? "
                      "ORDER BY status = 'cancelled', starts_at");
  q.bind(1, static_cast<int64_t>(group.v));
  q.bind(2, format_date(day));
  if (q.executeStep()) return {q.getColumn(0).getInt64()};
  throw Error(ErrorKind::NotFound, fmt::format("no meeting of that group on {}", format_date(day)),
              "see 'lpg meeting list --group GROUP'");
}

Meeting get_meeting(const Session& s, MeetingId id) {
  SQLite::Statement q(db::conn(s.store), std::string(kSelectMeeting) + " WHERE m.id = ?");
  q.bind(1, static_cast<int64_t>(id.v));
  if (!q.executeStep()) throw Error(ErrorKind::NotFound, fmt::format("meeting {} not found", id.v));
  return read_meeting(q, s.clock.local_now());
}

std::vector<Meeting> list_meetings(const Session& s, const MeetingFilter& f) {
  db::ReadTx tx(s.store);
  std::string sql = std::string(kSelectMeeting) + " WHERE 1";
  if (f.group) sql += " AND m.group_id = ?1";
  if (f.from) sql += " AND m.starts_at >= ?2";
  if (f.to) sql += " AND m.starts_at < ?3";
  if (f.upcoming) sql += " AND m.starts_at >= ?4 AND m.status <> 'cancelled'";
  SQLite::Statement q(db::conn(s.store), sql + " ORDER BY m.starts_at, g.name, m.id");
  if (f.group) q.bind(1, static_cast<int64_t>(f.group->v));
  if (f.from) q.bind(2, format_date(*f.from));
  if (f.to) q.bind(3, format_date(Date{date::sys_days{*f.to} + date::days{1}}));
  if (f.upcoming) q.bind(4, format_local_time(s.clock.local_now()));
  std::vector<Meeting> out;
  while (q.executeStep()) out.push_back(read_meeting(q, s.clock.local_now()));
  return out;
}

Meeting move_meeting(const Session& s, MeetingId id, LocalTime to, std::optional<Minutes> duration,
                     bool allow_closed_days) {
  db::WriteTx tx(s.store);
  Meeting m = get_meeting(s, id);
  if (m.status == "cancelled") {
    throw Error(ErrorKind::Conflict, fmt::format("meeting {} was cancelled", m.id),
                "schedule a new meeting instead");
  }
  meetings::require_active_group(s, m.group_id);
  check_wall_clock(s.clock, to, "meeting time");  // a time the clocks skip is refused
  Date day = date_of(to);
  if (auto why = closed_day_reason(s, day, allow_closed_days); why && !allow_closed_days) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} is closed to meetings: {}", format_date(day), *why),
                "choose another day, or give --allow-closed to insist");
  }
  if (auto other = meetings::clash(s, m.group_id, day, m.id)) {
    throw Error(ErrorKind::Conflict, fmt::format("{} already meets on {} (meeting {})",
                                                 m.group_name, format_date(day), *other));
  }
  SQLite::Statement u(db::conn(s.store),
                      "UPDATE meeting SET starts_at = ?, duration_min = ? WHERE id = ?");
  u.bind(1, format_local_time(to));
  u.bind(2, static_cast<int>(duration.value_or(m.duration).count()));
  u.bind(3, static_cast<int64_t>(m.id));
  u.exec();
  touch(s, m.id);
  db::audit(s, "move", "meeting", m.id,
            fmt::format("{} -> {}", format_local_time(m.starts), format_local_time(to)));
  tx.commit();
  return get_meeting(s, id);
}

Meeting cancel_meeting(const Session& s, MeetingId id, const std::string& reason) {
  db::WriteTx tx(s.store);
  Meeting m = get_meeting(s, id);
  if (m.status == "cancelled") {
    throw Error(ErrorKind::Conflict, fmt::format("meeting {} is already cancelled", m.id));
  }
  if (trim(reason).empty()) {
    throw Error(ErrorKind::Usage, "a cancellation needs a reason", "give --reason TEXT");
  }
  check_line(trim(reason), "reason");
  SQLite::Statement u(db::conn(s.store),
                      "UPDATE meeting SET status = 'cancelled', cancel_reason = ? WHERE id = ?");
  u.bind(1, trim(reason));
  u.bind(2, static_cast<int64_t>(m.id));
  u.exec();
  touch(s, m.id);
  db::audit(s, "cancel", "meeting", m.id, trim(reason));
  tx.commit();
  return get_meeting(s, id);
}

Meeting set_meeting_place(const Session& s, MeetingId id, const std::optional<std::string>& venue,
                          std::optional<OrgId> host) {
  if (venue) check_line(trim(*venue), "venue");
  db::WriteTx tx(s.store);
  Meeting m = get_meeting(s, id);
  SQLite::Statement u(db::conn(s.store),
                      "UPDATE meeting SET venue = ?, host_org_id = ? WHERE id = ?");
  if (venue && !trim(*venue).empty()) u.bind(1, trim(*venue));
  if (host) u.bind(2, static_cast<int64_t>(host->v));
  u.bind(3, static_cast<int64_t>(m.id));
  u.exec();
  touch(s, m.id);
  db::audit(s, "edit", "meeting", m.id, "place");
  tx.commit();
  return get_meeting(s, id);
}

}  // namespace lpg
