// SPDX-License-Identifier: MIT
// The data around the scheduling rules: the terms and other bodies' meetings they plan from,
// and storing what they planned (through the meeting and meeting_relation owners).
#include "meeting/slots.hpp"

#include <lpg/errors.hpp>
#include <lpg/terms.hpp>

#include "db/audit.hpp"
#include "meeting/meeting_store.hpp"
#include "meeting/relations.hpp"

namespace lpg::meetings {

namespace {

Date add_days(Date d, int n) { return Date{date::sys_days{d} + date::days{n}}; }

std::vector<Slot> after(const Session& s, const ScheduleRequest& r) {
  auto [from, to] = schedule_window(r, s.config.year_start);
  return after_slots(r, live_meetings(s, *r.other, from, to));
}

std::vector<Slot> between(const Session& s, const ScheduleRequest& r) {
  auto [from, to] = schedule_window(r, s.config.year_start);
  return between_slots(r, live_meetings(s, *r.other, from, to),
                       live_meetings(s, *r.second, from, add_days(to, 120)));
}

std::vector<Slot> termly(const Session& s, const ScheduleRequest& r) {
  if (!r.year) throw Error(ErrorKind::Usage, "a termly schedule needs --year, e.g. 2026/27");
  return termly_slots(r, terms_of_year(s, *r.year));
}

}  // namespace

std::vector<Slot> slots_for(const Session& s, const ScheduleRequest& r) {
  switch (r.mode) {
    case ScheduleMode::At:
      return at_slots(r);
    case ScheduleMode::Every:
      return every_slots(r);
    case ScheduleMode::After:
      return after(s, r);
    case ScheduleMode::Between:
      return between(s, r);
    case ScheduleMode::Termly:
      return termly(s, r);
  }
  return {};
}

std::int64_t insert_meeting(const Session& s, const ScheduleRequest& r, LocalTime starts,
                            std::optional<std::int64_t> host, const Slot& slot) {
  MeetingRow row;
  row.group_id = r.group.v;
  row.starts_at = format_local_time(starts);
  row.duration_min = r.duration.count();
  if (!r.venue.empty()) row.venue = r.venue;
  row.host_org_id = host;
  row.schedule_key = slot.key;
  std::int64_t id = meetings::insert_meeting(s, row);
  if (!slot.kind.empty()) {
    std::optional<int> weeks;
    if (slot.kind == "after") weeks = r.weeks_after;
    store_relation(s, {id, slot.kind, slot.first_id, slot.second_id, weeks});
  }
  db::audit(s, "add", "meeting", id, format_local_time(starts));
  return id;
}

}  // namespace lpg::meetings
