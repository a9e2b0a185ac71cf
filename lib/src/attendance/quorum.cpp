// SPDX-License-Identifier: MIT
// lpg meeting quorum: what the count needs (the memberships current on the day, the recorded
// attendance, the group's rule), read in one snapshot; the count is quorum_rules.cpp.
#include <lpg/attendance.hpp>
#include <lpg/errors.hpp>

#include "attendance/quorum_rules.hpp"
#include "db/store_impl.hpp"

namespace lpg {

namespace {

using meetings::Attendee;
using meetings::Seat;

std::vector<Seat> seats_on(const Session& s, std::int64_t group, const std::string& day) {
  db::Statement q(db::connection(s.store), R"sql(
    SELECT m.id, m.org_id, m.person_id, m.kind, coalesce(m.core_category, ''),
           coalesce(o.name, p.name, ''), coalesce(o.name_key, p.name_key, '')
      FROM membership m LEFT JOIN organisation o ON o.id = m.org_id
      LEFT JOIN person p ON p.id = m.person_id
     WHERE m.group_id = ?1 AND m.from_date <= ?2 AND (m.to_date IS NULL OR m.to_date > ?2)
     ORDER BY m.kind = 'additional', m.org_id IS NULL, 7, m.id)sql");
  q.bind(1, group);
  q.bind(2, day);
  std::vector<Seat> out;
  while (q.step()) {
    Seat seat;
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

std::vector<Attendee> attendees_of(const Session& s, std::int64_t meeting) {
  db::Statement q(db::connection(s.store), R"sql(
    SELECT a.person_id, p.name, p.org_id, a.status, coalesce(d.name, '')
      FROM attendance a JOIN person p ON p.id = a.person_id
      LEFT JOIN person d ON d.id = a.represented_by
     WHERE a.meeting_id = ? ORDER BY p.name_key, p.id)sql");
  q.bind(1, meeting);
  std::vector<Attendee> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).opt_int64(),
                   q.column(3).text(), q.column(4).text()});
  }
  return out;
}

std::string meeting_rule(const Session& s, std::int64_t group) {
  db::Statement rule(db::connection(s.store), "SELECT coalesce(quorum, '') FROM grp WHERE id = ?");
  rule.bind(1, group);
  return rule.step() ? rule.column(0).text() : "";
}

}  // namespace

QuorumResult quorum(const Session& s, MeetingId meeting_id) {
  db::ReadTx tx(db::connection(s.store));
  Meeting meeting = get_meeting(s, meeting_id);
  std::string day = format_date(date_of(meeting.starts));
  return meetings::count_quorum(meeting_rule(s, meeting.group_id), day,
                                seats_on(s, meeting.group_id, day), attendees_of(s, meeting.id));
}

}  // namespace lpg
