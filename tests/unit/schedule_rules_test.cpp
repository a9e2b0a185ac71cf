// SPDX-License-Identifier: MIT
// The scheduling rules alone (meeting/schedule_rules.hpp): no database, no Store.
#include "meeting/schedule_rules.hpp"

#include <lpg/errors.hpp>

#include <doctest/doctest.h>

using namespace lpg;
using namespace lpg::meetings;

namespace {

Date d(const char* text) { return parse_date(text); }
LocalTime at(const char* text) { return parse_local_time(text); }

std::vector<std::string> days(const std::vector<Slot>& slots) {
  std::vector<std::string> out;
  for (const auto& s : slots) out.push_back(format_local_time(s.when));
  return out;
}

ScheduleRequest every(int count, char unit, const char* from, const char* until) {
  ScheduleRequest r;
  r.mode = ScheduleMode::Every;
  r.every_count = count;
  r.every_unit = unit;
  r.from = d(from);
  r.until = d(until);
  return r;
}

std::optional<std::string> open(Date) { return std::nullopt; }

}  // namespace

TEST_CASE("--at wants its own time and may move two weeks") {
  ScheduleRequest r;
  r.at = at("2026-11-19 18:30");
  auto slots = at_slots(r);
  REQUIRE(slots.size() == 1);
  CHECK(slots[0].key == "at:2026-11-19 18:30");
  CHECK(slots[0].last_day == d("2026-12-03"));
  r.at.reset();
  CHECK_THROWS_AS(at_slots(r), Error);
}

TEST_CASE("--every steps by days, weeks or calendar months") {
  SUBCASE("weeks: a meeting may move six days") {
    auto slots = every_slots(every(8, 'w', "2026-09-10", "2026-12-31"));
    CHECK(days(slots) ==
          std::vector<std::string>{"2026-09-10 18:30", "2026-11-05 18:30", "2026-12-31 18:30"});
    CHECK(slots[1].last_day == d("2026-11-11"));
    CHECK(slots[2].key == "every:8w:2026-09-10:2");
  }
  SUBCASE("months keep the day, or the month's last") {
    auto slots = every_slots(every(1, 'm', "2027-01-31", "2027-04-30"));
    CHECK(days(slots) == std::vector<std::string>{"2027-01-31 18:30", "2027-02-28 18:30",
                                                  "2027-03-31 18:30", "2027-04-30 18:30"});
  }
  SUBCASE("days: never onto the next one's day") {
    auto slots = every_slots(every(3, 'd', "2026-09-01", "2026-09-07"));
    CHECK(slots.size() == 3);
    CHECK(slots[0].last_day == d("2026-09-03"));
  }
  SUBCASE("refusals") {
    CHECK_THROWS_AS(every_slots(every(1, 'w', "2026-09-10", "2026-09-01")), Error);
    CHECK_THROWS_AS(every_slots(every(1, 'd', "2026-01-01", "2029-12-31")), Error);
    ScheduleRequest r = every(1, 'w', "2026-09-10", "2026-09-01");
    r.until.reset();
    CHECK_THROWS_AS(every_slots(r), Error);
  }
}

TEST_CASE("--termly: week N of each term, never before the term starts") {
  ScheduleRequest r;
  r.year = AcademicYear{2026};
  r.week = 1;
  r.weekday = date::Monday;
  Term autumn{{1}, {2026}, TermName::Autumn, {d("2026-09-03"), d("2026-12-18")}, {}};
  auto slots = termly_slots(r, {autumn});
  REQUIRE(slots.size() == 1);
  CHECK(days(slots) == std::vector<std::string>{"2026-09-03 18:30"});  // Thursday, day one
  CHECK(slots[0].key == "termly:" + autumn.label());
  r.week = 4;
  r.weekday = date::Thursday;
  CHECK(days(termly_slots(r, {autumn})) == std::vector<std::string>{"2026-09-24 18:30"});
  r.week = 16;  // Thursday 17 December is in the term, Saturday the 19th is not
  CHECK(days(termly_slots(r, {autumn})) == std::vector<std::string>{"2026-12-17 18:30"});
  r.weekday = date::Saturday;
  CHECK_THROWS_AS(termly_slots(r, {autumn}), Error);
  CHECK_THROWS_AS(termly_slots(r, {}), Error);
}

TEST_CASE("the window of a --year follows the academic-year rule, narrowed by --from/--until") {
  ScheduleRequest r;
  r.year = AcademicYear{2026};
  CHECK(schedule_window(r, YearStart{9}) == std::pair{d("2026-09-01"), d("2027-08-31")});
  CHECK(schedule_window(r, YearStart{8}) == std::pair{d("2026-08-01"), d("2027-07-31")});
  r.from = d("2027-01-01");
  CHECK(schedule_window(r, YearStart{9}).first == d("2027-01-01"));
  r.year.reset();
  CHECK_THROWS_AS(schedule_window(r, YearStart{9}), Error);
}

TEST_CASE("--after and --between plan from the other bodies' meetings") {
  ScheduleRequest r;
  r.weeks_after = 2;
  std::vector<LiveMeeting> board = {{7, at("2027-01-12 10:00"), "b1@lpg"},
                                    {8, at("2027-03-16 10:00"), "b2@lpg"}};
  auto after = after_slots(r, board);
  CHECK(days(after) == std::vector<std::string>{"2027-01-26 18:30", "2027-03-30 18:30"});
  CHECK(after[0].kind == "after");
  CHECK(after[0].first_id == 7);
  CHECK(after[0].key == "after:b1@lpg");
  CHECK_THROWS_AS(after_slots(r, {}), Error);

  std::vector<LiveMeeting> districts = {{1, at("2027-01-04 18:00"), "d1@lpg"},
                                        {2, at("2027-03-15 18:00"), "d2@lpg"}};
  auto between = between_slots(r, districts, board);
  // 4 to 12 January: midway is the 8th; 15 to 16 March has no day between and is skipped.
  CHECK(days(between) == std::vector<std::string>{"2027-01-08 18:30"});
  CHECK(between[0].second_id == std::optional<std::int64_t>{7});
  CHECK(between[0].last_day == d("2027-01-11"));
  CHECK_THROWS_AS(between_slots(r, {districts[1]}, {board[1]}), Error);
}

TEST_CASE("a meeting goes to the first day that is open and free") {
  Slot slot{at("2027-02-18 18:30"), d("2027-02-24"), "k"};
  auto half_term = [](Date day) -> std::optional<std::string> {
    if (day >= d("2027-02-15") && day <= d("2027-02-19")) return "half-term";
    if (date::weekday{date::sys_days{day}}.c_encoding() % 6 == 0) return "a weekend";
    return std::nullopt;
  };
  auto meets_22nd = [](Date day) -> std::optional<std::string> {
    if (day == d("2027-02-22")) return "the group meets that day";
    return std::nullopt;
  };
  OpenDay moved = first_open_day(slot, half_term, meets_22nd);
  CHECK(moved.day == d("2027-02-23"));
  CHECK(moved.moved_from == d("2027-02-18"));
  CHECK(moved.why == "half-term");
  CHECK(moved.closed_day);
  OpenDay kept = first_open_day(slot, open, open);
  CHECK(kept.day == d("2027-02-18"));
  CHECK_FALSE(kept.moved_from);
  Slot tight{at("2027-02-18 18:30"), d("2027-02-19"), "k"};
  CHECK_THROWS_AS(first_open_day(tight, half_term, open), Error);
  OpenDay taken = first_open_day({at("2027-02-22 18:30"), d("2027-02-24"), "k"}, open, meets_22nd);
  CHECK(taken.day == d("2027-02-23"));
  CHECK_FALSE(taken.closed_day);
}

TEST_CASE("hosts take turns after the last meeting's host") {
  using Host = std::pair<std::int64_t, std::string>;
  std::vector<Host> hosts = {{3, "Acorn"}, {5, "Beech"}, {9, "Cedar"}};
  CHECK(rotation_after(hosts, std::nullopt) == hosts);
  CHECK(rotation_after(hosts, 5) == std::vector<Host>{{9, "Cedar"}, {3, "Acorn"}, {5, "Beech"}});
  CHECK(rotation_after(hosts, 9) == hosts);
  CHECK(rotation_after(hosts, 4) == hosts);  // a former host no longer among them
}

TEST_CASE("--every values") {
  int count = 0;
  char unit = 0;
  parse_every("8w", count, unit);
  CHECK(count == 8);
  CHECK(unit == 'w');
  CHECK_THROWS_AS(parse_every("0w", count, unit), Error);
  CHECK_THROWS_AS(parse_every("8y", count, unit), Error);
  CHECK_THROWS_AS(parse_every("53w", count, unit), Error);
}
