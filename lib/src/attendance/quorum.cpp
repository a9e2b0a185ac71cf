// SPDX-License-Identifier: MIT
// lpg meeting quorum: what the count needs (the memberships current on the day, the recorded
// attendance, the group's rule), read from their owners in one snapshot; the count is
// quorum_rules.cpp.
#include <lpg/attendance.hpp>
#include <lpg/errors.hpp>

#include "attendance/attendance_store.hpp"
#include "attendance/quorum_rules.hpp"
#include "db/store_impl.hpp"
#include "group/group_store.hpp"
#include "member/member_store.hpp"

namespace lpg {

QuorumResult quorum(const Session& s, MeetingId meeting_id) {
  db::Connection& c = db::connection(s.store);
  db::ReadTx tx(c);
  Meeting meeting = get_meeting(s, meeting_id);
  std::string day = format_date(date_of(meeting.starts));
  return meetings::count_quorum(group_store::quorum_rule(c, meeting.group_id), day,
                                member_store::seats_on(c, meeting.group_id, day),
                                meetings::attendees_of(s, meeting.id));
}

}  // namespace lpg
