// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/schedule.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "meetings/meeting_rows.hpp"
#include "meetings/slots.hpp"

namespace lpg {

void parse_every(std::string_view text, int& count, char& unit) {
  int n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  std::size_t used = static_cast<std::size_t>(end - text.data());
  if (ec != std::errc{} || n < 1 || n > 52 || used + 1 != text.size() ||
      std::string_view("dwm").find(text.back()) == std::string_view::npos) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid --every '{}'", text),
                "expected a count and a unit: 14d, 8w or 2m (calendar months)");
  }
  count = n;
  unit = text.back();
}

namespace {

// Hosts in turn: the group's current members that can host, by name, starting after the host
// of the group's latest meeting before `before` (so a new year continues the old rotation).
std::vector<std::pair<std::int64_t, std::string>> host_rotation(const Session& s,
                                                                std::int64_t group,
                                                                LocalTime before) {
  auto& db = db::conn(s.store);
  SQLite::Statement hosts(db,
                          "SELECT o.id, o.name FROM membership m JOIN organisation o "
                          "ON o.id = m.org_id WHERE m.group_id = ? AND m.can_host = 1 "
                          "AND m.from_date <= ?2 AND (m.to_date IS NULL OR m.to_date > ?2) "
                          "ORDER BY o.name_key, o.id");
  hosts.bind(1, static_cast<int64_t>(group));
  hosts.bind(2, format_date(date_of(before)));
  std::vector<std::pair<std::int64_t, std::string>> out;
  while (hosts.executeStep()) {
    out.emplace_back(hosts.getColumn(0).getInt64(), hosts.getColumn(1).getString());
  }
  if (out.empty()) {
    throw Error(ErrorKind::Invalid, "no member of the group can host",
                "mark hosts with 'lpg member add GROUP --org ORG --can-host' or member edit");
  }
  SQLite::Statement last(db,
                         "SELECT host_org_id FROM meeting WHERE group_id = ? AND host_org_id "
                         "IS NOT NULL AND status <> 'cancelled' AND starts_at < ? "
                         "ORDER BY starts_at DESC LIMIT 1");
  last.bind(1, static_cast<int64_t>(group));
  last.bind(2, format_local_time(before));
  if (last.executeStep()) {
    auto previous = last.getColumn(0).getInt64();
    auto it = std::find_if(out.begin(), out.end(), [&](auto& h) { return h.first == previous; });
    if (it != out.end()) std::rotate(out.begin(), it + 1, out.end());
  }
  return out;
}

std::optional<std::int64_t> existing(const Session& s, std::int64_t group, const std::string& key) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id FROM meeting WHERE group_id = ? AND schedule_key = ?");
  q.bind(1, static_cast<int64_t>(group));
  q.bind(2, key);
  if (q.executeStep()) return q.getColumn(0).getInt64();
  return std::nullopt;
}

// Moves a slot's day forward past closed days and the group's other meetings.
Date open_day(const Session& s, const ScheduleRequest& r, const meetings::Slot& slot,
              const std::set<std::string>& taken, PlannedMeeting& p) {
  Date day = date_of(slot.when);
  for (Date d = day; date::sys_days{d} <= date::sys_days{slot.last_day};
       d = Date{date::sys_days{d} + date::days{1}}) {
    std::optional<std::string> why;
    if (!r.allow_closed) why = closed_day_reason(s, d, false);
    bool closed = why.has_value();
    if (!why && (taken.count(format_date(d)) != 0 || meetings::clash(s, r.group.v, d))) {
      why = "the group meets that day";
    }
    if (!why) return d;
    if (p.note.empty()) {
      p.note = fmt::format("moved from {} ({})", format_date(day), *why);
      p.moved_from = day;
      p.moved_because = *why;
      p.closed_day = closed;
    }
  }
  throw Error(ErrorKind::Invalid,
              fmt::format("no open day for the meeting planned on {} (up to {})", format_date(day),
                          format_date(slot.last_day)),
              "check the term dates, or give --allow-closed");
}

}  // namespace

std::vector<PlannedMeeting> schedule_meetings(const Session& s, const ScheduleRequest& r) {
  check_line(r.venue, "venue");
  db::WriteTx tx(s.store);
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
    if (auto id = existing(s, r.group.v, slot.key)) {
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
    if (host && p.host_name.empty()) p.host_name = meetings::org_name(s, *host);
    p.state = r.dry_run ? "planned" : "added";
    if (!r.dry_run) p.id = meetings::insert_meeting(s, r, p.starts, host, slot);
    plan.push_back(std::move(p));
  }
  if (!r.dry_run) tx.commit();
  return plan;
}

}  // namespace lpg
