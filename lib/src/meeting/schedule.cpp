// SPDX-License-Identifier: MIT
// lpg meeting schedule: the rules (meeting/schedule_rules.cpp) over the stored meetings, in
// one transaction; what it plans is stored through the meeting owner (meeting_store.cpp).
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/orgs.hpp>
#include <lpg/schedule.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "db/store_impl.hpp"
#include "meeting/meeting_fields.hpp"
#include "meeting/meeting_store.hpp"
#include "meeting/slots.hpp"
#include "member/member_store.hpp"

namespace lpg {

namespace {

// Hosts in turn: the group's current members that can host, by name, starting after the host
// of the group's latest meeting before `before` (so a new year continues the old rotation).
std::vector<std::pair<std::int64_t, std::string>> host_rotation(const Session& s,
                                                                std::int64_t group,
                                                                LocalTime before) {
  std::vector<std::pair<std::int64_t, std::string>> out =
      member_store::hosts_on(db::connection(s.store), group, format_date(date_of(before)));
  if (out.empty()) {
    throw Error(ErrorKind::Invalid, "no member of the group can host",
                "mark hosts with 'lpg member add GROUP --org ORG --can-host' or member edit");
  }
  return meetings::rotation_after(std::move(out), meetings::last_host_before(s, group, before));
}

// Moves a slot's day forward past closed days and the group's other meetings.
Date open_day(const Session& s, const ScheduleRequest& r, const meetings::Slot& slot,
              const std::set<std::string>& taken, PlannedMeeting& p) {
  auto closed = [&](Date d) -> std::optional<std::string> {
    if (r.allow_closed) return std::nullopt;
    return closed_day_reason(s, d, false);
  };
  auto meets = [&](Date d) -> std::optional<std::string> {
    if (taken.count(format_date(d)) != 0 || meetings::clash(s, r.group.v, d)) {
      return "the group meets that day";
    }
    return std::nullopt;
  };
  meetings::OpenDay open = meetings::first_open_day(slot, closed, meets);
  if (open.moved_from) {
    p.note = fmt::format("moved from {} ({})", format_date(*open.moved_from), open.why);
    p.moved_from = open.moved_from;
    p.moved_because = open.why;
    p.closed_day = open.closed_day;
  }
  return open.day;
}

}  // namespace

std::vector<PlannedMeeting> schedule_meetings(const Session& s, const ScheduleRequest& r) {
  meetings::check_venue(r.venue);
  db::WriteTx tx(db::connection(s.store));
  meetings::require_active_group(s, r.group.v);
  std::vector<meetings::Slot> slots = meetings::slots_for(s, r);
  std::vector<std::pair<std::int64_t, std::string>> hosts;
  if (r.rotate_hosts && !slots.empty()) hosts = host_rotation(s, r.group.v, slots.front().when);
  std::size_t next_host = 0;
  std::set<std::string> taken;
  std::vector<PlannedMeeting> plan;
  for (const auto& slot : slots) {
    check_interrupted();
    PlannedMeeting p;
    if (auto id = meetings::meeting_by_key(s, r.group.v, slot.key)) {
      Meeting m = get_meeting(s, MeetingId{*id});
      plan.push_back({id, m.starts, "exists", "", m.host_name, m.venue});
      continue;
    }
    Date day = open_day(s, r, slot, taken, p);
    taken.insert(format_date(day));
    p.starts = date::local_days{day} + (slot.when - date::floor<date::days>(slot.when));
    if (auto twice = check_wall_clock(s.clock, p.starts, "meeting time")) {
      p.note = p.note.empty() ? *twice : p.note + "; " + *twice;
    }
    p.venue = r.venue;
    std::optional<std::int64_t> host = r.host ? std::optional(r.host->v) : std::nullopt;
    if (!hosts.empty()) {
      host = hosts[next_host % hosts.size()].first;
      p.host_name = hosts[next_host++ % hosts.size()].second;
    }
    if (host && p.host_name.empty()) p.host_name = get_org(s, OrgId{*host}).name;
    p.state = r.dry_run ? "planned" : "added";
    if (!r.dry_run) p.id = meetings::insert_meeting(s, r, p.starts, host, slot);
    plan.push_back(std::move(p));
  }
  if (!r.dry_run) tx.commit();
  return plan;
}

}  // namespace lpg
