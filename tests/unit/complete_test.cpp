// SPDX-License-Identifier: MIT
#include <lpg/complete.hpp>

#include <doctest/doctest.h>

#include "db/store_impl.hpp"
#include "fixture.hpp"

using namespace lpg;

namespace {
struct Fixture : test::Db {};
using Names = std::vector<std::string>;
}  // namespace

TEST_CASE("complete_values offers stored names by folded prefix") {
  Fixture f;
  f.exec(
      "INSERT INTO grp (name, name_key, kind, created_at) VALUES "
      "('Bicester Early Years', 'bicester early years', 'partnership', 'x'),"
      "('Banbury Hub', 'banbury hub', 'hub', 'x'), ('Zoë''s Board', 'zoë''s board', 'board', 'x');"
      "INSERT INTO area (name, name_key, created_at) VALUES ('Cherwell', 'cherwell', 'x');"
      "INSERT INTO organisation (name, name_key, sector, created_at, updated_at) VALUES "
      "('Little Acorns', 'little acorns', 'pre-school', 'x', 'x'),"
      "('Little Acorns', 'little acorns', 'day-nursery', 'x', 'x');"
      "INSERT INTO person (name, name_key, created_at, updated_at, erased_at) VALUES "
      "('Sam Patel', 'sam patel', 'x', 'x', NULL), ('Gone', 'gone', 'x', 'x', 'x');");
  CHECK(complete_values(f.session, "group", "") ==
        Names{"Banbury Hub", "Bicester Early Years", "Zoë's Board"});
  CHECK(complete_values(f.session, "group", "BIC") == Names{"Bicester Early Years"});
  CHECK(complete_values(f.session, "group", "ZOË") == Names{"Zoë's Board"});
  CHECK(complete_values(f.session, "area", "c") == Names{"Cherwell"});
  CHECK(complete_values(f.session, "org", "") == Names{"Little Acorns"});  // once, not twice
  CHECK(complete_values(f.session, "person", "") == Names{"Sam Patel"});   // erased left out
}

TEST_CASE("complete_values stays silent where it cannot help") {
  Fixture f;
  CHECK(complete_values(f.session, "group", "").empty());
  CHECK(complete_values(f.session, "meeting", "").empty());  // no such kind
  CHECK(complete_values(f.session, "term", "").empty());     // no terms stored yet
  f.exec(
      "INSERT INTO term (year, name, seq, start_date, end_date, created_at, updated_at) VALUES "
      "('2026/27', 'autumn', 1, '2026-09-03', '2026-12-18', 'x', 'x'),"
      "('2026/27', 'spring', 2, '2027-01-04', '2027-03-26', 'x', 'x');");
  CHECK(complete_values(f.session, "term", "2026/27 s") == Names{"2026/27 spring"});
}
