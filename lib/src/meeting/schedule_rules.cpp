// SPDX-License-Identifier: MIT
// The scheduling rules, apart from the database (see schedule_rules.hpp).
#include "meeting/schedule_rules.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

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

namespace meetings {

namespace {

Date add_days(Date d, int n) { return Date{date::sys_days{d} + date::days{n}}; }

Date every_day(const ScheduleRequest& r, int i) {
  if (r.every_unit != 'm') {
    return add_days(*r.from, i * r.every_count * (r.every_unit == 'w' ? 7 : 1));
  }
  auto ym = date::year_month{r.from->year(), r.from->month()} + date::months{i * r.every_count};
  auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}};
  return Date{ym.year(), ym.month(), std::min(r.from->day(), last.day())};
}

}  // namespace

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
    Date day = every_day(r, i);
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

std::vector<Slot> termly_slots(const ScheduleRequest& r, const std::vector<Term>& terms) {
  if (!r.year) throw Error(ErrorKind::Usage, "a termly schedule needs --year, e.g. 2026/27");
  if (terms.empty()) {
    throw Error(ErrorKind::NotFound, fmt::format("no term dates for {}", r.year->name()),
                "load them with 'lpg term import FILE' or 'lpg term add'");
  }
  std::vector<Slot> out;
  for (const auto& term : terms) {
    date::sys_days first{term.dates.start};
    date::weekday first_wd{first};
    date::sys_days monday = first - (first_wd - date::Monday);
    date::sys_days day = monday + date::weeks{r.week - 1} + (r.weekday - date::Monday);
    if (day < first) day = first;
    if (Date{day} > term.dates.end) {
      throw Error(ErrorKind::Invalid, fmt::format("{} has no week {}", term.label(), r.week),
                  "choose an earlier --week");
    }
    out.push_back({date::local_days{Date{day}} + r.time, term.dates.end,
                   fmt::format("termly:{}", term.label())});
  }
  return out;
}

std::pair<Date, Date> schedule_window(const ScheduleRequest& r, YearStart rule) {
  if (!r.year) throw Error(ErrorKind::Usage, "this schedule needs --year, e.g. 2026/27");
  Date from = r.year->first_day(rule);
  Date to = r.year->last_day(rule);
  if (r.from) from = *r.from;
  if (r.until) to = *r.until;
  return {from, to};
}

std::vector<Slot> after_slots(const ScheduleRequest& r, const std::vector<LiveMeeting>& others) {
  std::vector<Slot> out;
  for (const auto& m : others) {
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
std::vector<Slot> between_slots(const ScheduleRequest& r, const std::vector<LiveMeeting>& firsts,
                                const std::vector<LiveMeeting>& seconds) {
  std::vector<Slot> out;
  for (const auto& a : firsts) {
    auto b = std::find_if(seconds.begin(), seconds.end(),
                          [&](const LiveMeeting& m) { return m.starts > a.starts; });
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

OpenDay first_open_day(const Slot& slot, const DayCheck& closed, const DayCheck& taken) {
  Date wanted = date_of(slot.when);
  OpenDay out{wanted, std::nullopt, "", false};
  for (Date d = wanted; date::sys_days{d} <= date::sys_days{slot.last_day}; d = add_days(d, 1)) {
    std::optional<std::string> why = closed(d);
    bool is_closed = why.has_value();
    if (!why) why = taken(d);
    if (!why) {
      out.day = d;
      return out;
    }
    if (!out.moved_from) {
      out.moved_from = wanted;
      out.why = *why;
      out.closed_day = is_closed;
    }
  }
  throw Error(ErrorKind::Invalid,
              fmt::format("no open day for the meeting planned on {} (up to {})",
                          format_date(wanted), format_date(slot.last_day)),
              "check the term dates, or give --allow-closed");
}

}  // namespace meetings
}  // namespace lpg
