// SPDX-License-Identifier: MIT
// Moving a meeting, and the meetings planned relative to it (schedule --after, --between):
// they are named, and with follow they move too, in the same transaction.
#include <lpg/errors.hpp>
#include <lpg/meetings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"
#include "meeting/relations.hpp"

namespace lpg {

namespace {

void check_move(const Session& s, const Meeting& m, Date day, bool allow_closed_days) {
  if (m.status == "cancelled") {
    throw Error(ErrorKind::Conflict, fmt::format("meeting {} was cancelled", m.id),
                "schedule a new meeting instead");
  }
  meetings::require_active_group(s, m.group_id);
  if (auto why = closed_day_reason(s, day, allow_closed_days); why && !allow_closed_days) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} is closed to meetings: {}", format_date(day), *why),
                "choose another day, or give --allow-closed to insist");
  }
  if (auto other = meetings::clash(s, m.group_id, day, m.id)) {
    throw Error(ErrorKind::Conflict, fmt::format("{} already meets on {} (meeting {})",
                                                 m.group_name, format_date(day), *other));
  }
}

void store_move(const Session& s, const Meeting& m, LocalTime to, std::optional<Minutes> duration,
                const std::string& why) {
  meetings::store_start(s, m.id, to, duration.value_or(m.duration));
  meetings::touch(s, m.id);
  db::audit(s, "move", "meeting", m.id,
            fmt::format("{} -> {}{}", format_local_time(m.starts), format_local_time(to), why));
}

// Every meeting planned relative to `root`, directly or through another, by id: the order
// they were planned in, so each comes after every meeting it depends on.
std::vector<std::int64_t> chain_of(const Session& s, std::int64_t root) {
  std::set<std::int64_t> seen;
  std::vector<std::int64_t> todo{root};
  while (!todo.empty()) {
    std::int64_t at = todo.back();
    todo.pop_back();
    for (std::int64_t d : meetings::dependents_of(s, at)) {
      if (d != root && seen.insert(d).second) todo.push_back(d);
    }
  }
  return {seen.begin(), seen.end()};
}

// Each dependent of `root` as it stands after `actual` (kept, now), and where following
// takes it: in planning order, each placed with the moves planned before it.
std::vector<DependentMeeting> plan(const Session& s, std::int64_t root,
                                   const meetings::Moves& actual, bool follow) {
  meetings::Moves planned = actual;
  std::vector<DependentMeeting> out;
  for (std::int64_t id : chain_of(s, root)) {
    auto relation = meetings::relation_of(s, id);
    if (!relation) continue;
    DependentMeeting d;
    d.meeting = get_meeting(s, MeetingId{id});
    meetings::Standing now = meetings::standing(s, *relation, actual);
    d.relation = now.relation;
    d.kept = now.kept;
    d.now = now.now;
    if (meetings::standing(s, *relation, planned).kept) {
      out.push_back(std::move(d));  // kept, or kept again once the others have moved
      continue;
    }
    if (d.meeting.status == "held") {
      d.stays = "held already";
    } else if (auto day = meetings::day_to_keep(s, *relation, planned, d.stays)) {
      d.to =
          date::local_days{*day} + (d.meeting.starts - date::floor<date::days>(d.meeting.starts));
      planned[id] = *d.to;
      if (follow) d.relation = meetings::standing(s, *relation, planned).relation;
    }
    out.push_back(std::move(d));
  }
  return out;
}

std::optional<std::pair<std::string, std::string>> own_standing(const Session& s, std::int64_t id,
                                                                const meetings::Moves& moves) {
  auto relation = meetings::relation_of(s, id);
  if (!relation) return std::nullopt;
  meetings::Standing st = meetings::standing(s, *relation, moves);
  if (st.kept) return std::nullopt;
  return std::pair{st.relation, st.now};
}

void follow_all(const Session& s, const Meeting& root, std::vector<DependentMeeting>& deps) {
  for (auto& d : deps) {
    if (!d.to && d.stays.empty()) continue;  // keeps its relation once the others have moved
    if (!d.to) {
      if (d.stays == "held already") continue;
      throw Error(ErrorKind::Conflict,
                  fmt::format("{} on {} cannot follow: {}", d.meeting.group_name,
                              format_date(date_of(d.meeting.starts)), d.stays),
                  "move it by hand first, or move this meeting without --follow");
    }
    if (auto other = meetings::clash(s, d.meeting.group_id, date_of(*d.to), d.meeting.id)) {
      throw Error(ErrorKind::Conflict,
                  fmt::format("{} on {} cannot follow: {} already meets on {}",
                              d.meeting.group_name, format_date(date_of(d.meeting.starts)),
                              d.meeting.group_name, format_date(date_of(*d.to))),
                  "move it by hand first, or move this meeting without --follow");
    }
    store_move(s, d.meeting, *d.to, std::nullopt,
               fmt::format(" (follows meeting {}: {})", root.id, d.relation));
    d.moved = true;
  }
}

}  // namespace

MoveResult move_meeting(const Session& s, MeetingId id, LocalTime to,
                        std::optional<Minutes> duration, bool allow_closed_days, bool follow) {
  db::WriteTx tx(db::connection(s.store));
  Meeting m = get_meeting(s, id);
  check_wall_clock(s.clock, to, "meeting time");  // a time the clocks skip is refused
  check_move(s, m, date_of(to), allow_closed_days);
  meetings::Moves moves{{m.id, to}};
  MoveResult r;
  r.own = own_standing(s, m.id, moves);
  r.dependents = plan(s, m.id, moves, follow);
  store_move(s, m, to, duration, "");
  if (follow) follow_all(s, m, r.dependents);
  tx.commit();
  r.meeting = get_meeting(s, id);
  return r;
}

std::vector<DependentMeeting> out_of_step_dependents(const Session& s, MeetingId meeting) {
  std::vector<DependentMeeting> out;
  for (auto& d : plan(s, meeting.v, {}, false)) {
    if (!d.kept) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace lpg
