// SPDX-License-Identifier: MIT
#include <lpg/groups.hpp>
#include <lpg/popolo.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "fixture.hpp"

namespace lpg {

TEST_CASE("popolo_registry writes meetings with their UTC offset and leaves erased people out") {
  test::Db t;
  NewGroup g;
  g.name = "Bicester LCPG";
  g.kind = "partnership";
  add_group(t.session, g);
  t.exec(
      "INSERT INTO person (name, name_key, email, created_at, updated_at) VALUES "
      "('Kept', 'kept', 'kept@example.org', 'x', 'x'), "
      "('erased person #2', 'erased person #2', NULL, 'x', 'x')");
  t.exec("UPDATE person SET erased_at = '2026-11-30T09:00:00Z' WHERE id = 2");
  t.exec(
      "INSERT INTO membership (group_id, person_id, kind, role, from_date) VALUES "
      "(1, 1, 'additional', 'chair', '2026-09-01'), (1, 2, 'additional', NULL, '2026-09-01')");
  t.exec(
      "INSERT INTO meeting (group_id, starts_at, duration_min, uid, status, created_at, "
      "updated_at) VALUES (1, '2026-10-14 18:30', 90, 'a@lpg', 'scheduled', 'x', 'x'), "
      "(1, '2027-01-13 18:30', 60, 'b@lpg', 'cancelled', 'x', 'x')");
  auto doc = nlohmann::json::parse(popolo_registry(t.session, {}));

  SUBCASE("events") {
    REQUIRE(doc["events"].size() == 2);
    CHECK(doc["events"][0]["start_date"] == "2026-10-14T18:30:00+01:00");
    CHECK(doc["events"][0]["end_date"] == "2026-10-14T20:00:00+01:00");
    CHECK(doc["events"][0]["status"] == "confirmed");
    CHECK(doc["events"][1]["start_date"] == "2027-01-13T18:30:00+00:00");
    CHECK(doc["events"][1]["status"] == "cancelled");
    CHECK(doc["events"][1]["identifiers"][0]["identifier"] == "b@lpg");
  }
  SUBCASE("people and memberships") {
    REQUIRE(doc["persons"].size() == 1);
    CHECK(doc["persons"][0]["id"] == "lpg:person/1");
    REQUIRE(doc["memberships"].size() == 1);
    CHECK(doc["memberships"][0]["post_id"] == "lpg:group/1/post/chair");
    CHECK(doc["memberships"][0]["organization_id"] == "lpg:group/1");
  }
}

}  // namespace lpg
