// SPDX-License-Identifier: MIT
// Counting a quorum (attendance/quorum_rules.hpp), called directly: no database.
#include "attendance/quorum_rules.hpp"

#include <doctest/doctest.h>

using namespace lpg;
using namespace lpg::meetings;

namespace {

Seat org_seat(std::int64_t id, const char* name, std::int64_t org, const char* kind = "core") {
  Seat s;
  s.member.membership_id = id;
  s.member.member = name;
  s.member.type = "organisation";
  s.member.kind = kind;
  s.org_id = org;
  return s;
}

Seat person_seat(std::int64_t id, const char* name, std::int64_t person) {
  Seat s;
  s.member.membership_id = id;
  s.member.member = name;
  s.member.type = "person";
  s.member.kind = "core";
  s.person_id = person;
  return s;
}

Attendee person(std::int64_t id, const char* name, std::optional<std::int64_t> org,
                const char* status, const char* deputy = "") {
  return {id, name, org, status, deputy};
}

}  // namespace

TEST_CASE("required members: a number, or a fraction of the core members rounded up") {
  CHECK(required_by("5", 12) == 5);
  CHECK(required_by("1/2", 7) == 4);
  CHECK(required_by("2/3", 9) == 6);
  CHECK(required_by("1/2", 0) == 1);  // a quorum is never nobody
}

TEST_CASE("each person present counts for one member at most") {
  // Jo works for Acorn and is a member herself: she can stand for either, not both. Sam is
  // from Acorn too, so the best count has Sam for Acorn and Jo for herself.
  std::vector<Seat> seats = {org_seat(1, "Acorn", 10), person_seat(2, "Jo", 100)};
  std::vector<Attendee> people = {person(100, "Jo", 10, "present"),
                                  person(101, "Sam", 10, "present")};
  QuorumResult r = count_quorum("2", "2026-11-19", seats, people);
  CHECK(r.counted == 2);
  CHECK(r.met);
  people.pop_back();
  r = count_quorum("2", "2026-11-19", seats, people);
  CHECK(r.counted == 1);
  CHECK_FALSE(r.met);
  CHECK(r.required == 2);
  CHECK(r.members[1].why.find("counted once") != std::string::npos);
}

TEST_CASE("a fraction counts core members; apologies and representation are said") {
  std::vector<Seat> seats = {org_seat(1, "Acorn", 10), org_seat(2, "Beech", 20),
                             org_seat(3, "Cedar", 30, "additional")};
  std::vector<Attendee> people = {person(1, "Ann", 10, "represented", "Bo"),
                                  person(2, "Ben", 20, "apologies"),
                                  person(3, "Cy", 30, "present")};
  QuorumResult r = count_quorum("1/2", "2026-11-19", seats, people);
  CHECK(r.fraction);
  CHECK(r.core_members == 2);
  CHECK(r.required == 1);
  CHECK(r.counted == 1);
  CHECK(r.attended == 2);
  CHECK(r.met);
  CHECK(r.members[0].why == "Ann represented by Bo");
  CHECK(r.members[1].why == "apologies from Ben");
  CHECK(r.members[2].why == "additional member: 1/2 counts core members only");
  CHECK(count_quorum("", "2026-11-19", seats, {}).met);  // no rule, nothing to meet
}
