// SPDX-License-Identifier: MIT
// Meetings planned relative to others (meeting/relation_rules.hpp), called directly.
#include "meeting/relation_rules.hpp"

#include <doctest/doctest.h>

using namespace lpg;
using namespace lpg::meetings;

namespace {

Point at(std::int64_t id, const char* group, const char* when, bool cancelled = false) {
  return {id, id, group, parse_local_time(when), cancelled};
}

}  // namespace

TEST_CASE("an after meeting keeps its relation within the week it was planned for") {
  Relation r{3, "after", 1, std::nullopt, 2};
  Point board = at(1, "Kent Board", "2027-03-16 10:00");
  Standing kept = standing_of(r, at(3, "Chairs", "2027-04-01 18:30"), board, std::nullopt);
  CHECK(kept.kept);
  CHECK(kept.relation == "2 weeks after Kent Board on 2027-03-16");
  Standing early = standing_of(r, at(3, "Chairs", "2027-03-04 18:30"), board, std::nullopt);
  CHECK_FALSE(early.kept);
  CHECK(early.now == "12 days before it");
  // The meeting it followed was cancelled: nothing to keep.
  CHECK(standing_of(r, at(3, "Chairs", "2027-03-04 18:30"),
                    at(1, "Kent Board", "2027-03-16 10:00", true), std::nullopt)
            .kept);
}

TEST_CASE("a between meeting keeps its place strictly between the two") {
  Relation r{5, "between", 1, 2, std::nullopt};
  Point first = at(1, "District", "2027-01-04 18:00");
  Point second = at(2, "Board", "2027-01-12 10:00");
  CHECK(standing_of(r, at(5, "Chairs", "2027-01-08 18:30"), first, second).kept);
  Standing late = standing_of(r, at(5, "Chairs", "2027-01-12 18:30"), first, second);
  CHECK_FALSE(late.kept);
  CHECK(late.now == "on the same day as the meeting of Board");
  CHECK(late.relation == "between District on 2027-01-04 and Board on 2027-01-12");
}

TEST_CASE("the days a meeting may move to, to keep its relation") {
  std::string why;
  Point first = at(1, "District", "2027-01-04 18:00");
  auto after = keep_window({3, "after", 1, std::nullopt, 2}, first, std::nullopt, why);
  REQUIRE(after);
  CHECK(after->first == parse_date("2027-01-18"));
  CHECK(after->second == parse_date("2027-01-24"));
  auto between = keep_window({5, "between", 1, 2, std::nullopt}, first,
                             at(2, "Board", "2027-01-12 10:00"), why);
  REQUIRE(between);
  CHECK(between->first == parse_date("2027-01-08"));
  CHECK(between->second == parse_date("2027-01-11"));
  CHECK_FALSE(keep_window({5, "between", 1, 2, std::nullopt}, first,
                          at(2, "Board", "2027-01-05 10:00"), why));
  CHECK(why == "no day between District on 2027-01-04 and Board on 2027-01-05");
  CHECK(weeks_after(parse_date("2027-01-04"), parse_date("2027-01-20")) == 2);
  CHECK(weeks_after(parse_date("2027-01-04"), parse_date("2027-01-01")) == 0);
}
