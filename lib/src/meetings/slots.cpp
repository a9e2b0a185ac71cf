// SPDX-License-Identifier: MIT
#include "meetings/slots.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "meetings/meeting_rows.hpp"
#include "meetings/relations.hpp"

namespace lpg::meetings {

namespace {

Date add_days(Date d, int n) { return Date{date::sys_days{d} + date::days{n}}; }

std::vector<Slot> at_slots(const ScheduleRequest& r) {
  if (!r.at) throw Error(ErrorKind::Usage, "--at needs a date and time");
  Date day = date_of(*r.at);
  return {{*r.at, add_days(day, 14), "at:" + format_local_time(*r.at)}};
}

std::vector<Slot> every_slots(const ScheduleRequest& r) {
  if (!r.from || !r.until) {
    throw Error(ErrorKind::Usage, "--every needs --from DATE and --until DATE");
  }
  if (date::sys_days{*r.until} < date::sys_days{*r.from}) {
    throw Error(ErrorKind::Invalid, "--until is before --from");
  }
  std::vector<Slot> out;
  for (int i = 0;; ++i) {
    Date day = *r.from;
    if (r.every_unit == 'm') {
      auto ym = date::year_month{r.from->year(), r.from->month()} + date::months{i * r.every_count};
      auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}};
      day = Date{ym.year(), ym.month(), std::min(r.from->day(), last.day())};
    } else {
      day = add_days(*r.from, i * r.every_count * (r.every_unit == 'w' ? 7 : 1));
    }
    if (date::sys_days{day} > date::sys_days{*r.until}) break;
    if (i > 1000) throw Error(ErrorKind::Invalid, "that schedule makes over 1000 meetings");
    // A moved meeting may go at most a week, and never past the next one's day.
    int step_days = r.every_unit == 'd' ? r.every_count : 7;
    out.push_back(
        {date::local_days{day} + r.time, add_days(day, std::min(6, step_days - 1)),
         fmt::format("every:{}{}:{}:{}", r.every_count, r.every_unit, format_date(*r.from), i)});
  }
  return out;
}

struct OtherMeeting {
  std::int64_t id = 0;
  LocalTime starts;
  std::string uid;
};

std::vector<OtherMeeting> live_meetings(const Session& s, GroupId group, Date from, Date to) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id, starts_at, uid FROM meeting WHERE group_id = ? AND status <> "
                      "'cancelled' AND starts_at >= ? AND starts_at < ? ORDER BY starts_at");
  q.bind(1, static_cast<int64_t>(group.v));
  q.bind(2, format_date(from));
  q.bind(3, format_date(add_days(to, 1)));
  std::vector<OtherMeeting> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), parse_local_time(q.getColumn(1).getString()),
                   q.getColumn(2).getString()});
  }
  return out;
}

std::pair<Date, Date> window(const Session& s, const ScheduleRequest& r) {
  if (!r.year) throw Error(ErrorKind::Usage, "this schedule needs --year, e.g. 2026/27");
  Date from = r.year->first_day(s.config.year_start);
  Date to = r.year->last_day(s.config.year_start);
  if (r.from) from = *r.from;
  if (r.until) to = *r.until;
  return {from, to};
}

std::vector<Slot> after_slots(const Session& s, const ScheduleRequest& r) {
  auto [from, to] = window(s, r);
  std::vector<Slot> out;
  for (const auto& m : live_meetings(s, *r.other, from, to)) {
    Date day = add_days(date_of(m.starts), 7 * r.weeks_after);
    out.push_back({date::local_days{day} + r.time, add_days(day, 6), "after:" + m.uid, "after",
                   m.id, std::nullopt});
  }
  if (out.empty()) {
    throw Error(ErrorKind::NotFound, "the other group has no meetings in that period",
                "schedule that group's meetings first");
  }
  return out;
}

// The chairs group meets after all district groups and before the next board: midway between
// each meeting of the first body and the next meeting of the second.
std::vector<Slot> between_slots(const Session& s, const ScheduleRequest& r) {
  auto [from, to] = window(s, r);
  auto firsts = live_meetings(s, *r.other, from, to);
  auto seconds = live_meetings(s, *r.second, from, add_days(to, 120));
  std::vector<Slot> out;
  for (const auto& a : firsts) {
    auto b = std::find_if(seconds.begin(), seconds.end(),
                          [&](const OtherMeeting& m) { return m.starts > a.starts; });
    if (b == seconds.end()) continue;
    auto gap = (date::floor<date::days>(b->starts) - date::floor<date::days>(a.starts)).count();
    if (gap < 2) continue;  // no day strictly between them
    Date day = add_days(date_of(a.starts), static_cast<int>(gap / 2));
    out.push_back({date::local_days{day} + r.time, add_days(date_of(b->starts), -1),
                   "between:" + a.uid, "between", a.id, b->id});
  }
  if (out.empty()) {
    throw Error(ErrorKind::NotFound, "found no pair of meetings to schedule between",
                "schedule both bodies' meetings first");
  }
  return out;
}

}  // namespace

std::vector<Slot> slots_for(const Session& s, const ScheduleRequest& r) {
  switch (r.mode) {
    case ScheduleMode::At:
      return at_slots(r);
    case ScheduleMode::Every:
      return every_slots(r);
    case ScheduleMode::After:
      return after_slots(s, r);
    case ScheduleMode::Between:
      return between_slots(s, r);
    case ScheduleMode::Termly:
      return termly_slots(s, r);
  }
  return {};
}

std::int64_t insert_meeting(const Session& s, const ScheduleRequest& r, LocalTime starts,
                            std::optional<std::int64_t> host, const Slot& slot) {
  SQLite::Statement insert(db::conn(s.store),
                           "INSERT INTO meeting (group_id, starts_at, duration_min, venue, "
                           "host_org_id, uid, schedule_key, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(r.group.v));
  insert.bind(2, format_local_time(starts));
  insert.bind(3, static_cast<int>(r.duration.count()));
  if (!r.venue.empty()) insert.bind(4, r.venue);
  if (host) insert.bind(5, static_cast<int64_t>(*host));
  insert.bind(6, new_uid());
  insert.bind(7, slot.key);
  insert.bind(8, s.clock.utc_stamp());
  insert.bind(9, s.clock.utc_stamp());
  insert.exec();
  auto id = db::last_id(s.store);
  if (!slot.kind.empty()) {
    std::optional<int> weeks;
    if (slot.kind == "after") weeks = r.weeks_after;
    store_relation(s, {id, slot.kind, slot.first_id, slot.second_id, weeks});
  }
  db::audit(s, "add", "meeting", id, format_local_time(starts));
  return id;
}

std::string org_name(const Session& s, std::int64_t org) {
  SQLite::Statement q(db::conn(s.store), "SELECT name FROM organisation WHERE id = ?");
  q.bind(1, static_cast<int64_t>(org));
  return q.executeStep() ? q.getColumn(0).getString() : "";
}

}  // namespace lpg::meetings
