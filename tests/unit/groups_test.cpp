// SPDX-License-Identifier: MIT
#include <lpg/areas.hpp>
#include <lpg/audit_log.hpp>
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>

#include <doctest/doctest.h>

#include <functional>

#include "db/store_impl.hpp"
#include "fixture.hpp"

using namespace lpg;

namespace {

struct Fixture : test::Db {
  Group add(const std::string& name, const std::string& kind,
            std::vector<std::string> reports_to = {}, std::optional<std::string> cadence = {}) {
    NewGroup g;
    g.name = name;
    g.kind = kind;
    g.reports_to = std::move(reports_to);
    g.cadence = std::move(cadence);
    return add_group(session, g);
  }
};

Error error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error");
  return Error(ErrorKind::Internal, "");
}

}  // namespace

TEST_CASE("groups: reporting cycles are refused naming the path, nothing stored") {
  Fixture f;
  f.add("Board", "board");
  f.add("District", "partnership", {"board"});
  f.add("Hub", "hub", {"District"});
  GroupEdit e;
  e.add_reports_to = {"Hub"};
  Error err = error_of([&] { edit_group(f.session, "Board", e); });
  CHECK(err.kind() == ErrorKind::Invalid);
  CHECK(std::string(err.what()) ==
        "reporting would go round in a circle: \"Board\" -> \"Hub\" -> \"District\" -> \"Board\"");
  e.add_reports_to = {"board"};
  err = error_of([&] { edit_group(f.session, "Board", e); });
  CHECK(std::string(err.what()) == "reporting would go round in a circle: \"Board\" -> \"Board\"");
  err = error_of([&] { f.add("Loop", "hub", {"LOOP"}); });
  CHECK(std::string(err.what()) == "reporting would go round in a circle: \"Loop\" -> \"Loop\"");
  CHECK(f.count("SELECT count(*) FROM group_reports_to") == 2);
  CHECK(f.count("SELECT count(*) FROM grp") == 3);
}

TEST_CASE("groups: a diamond is no cycle, and the tree shows the shared group twice") {
  Fixture f;
  f.add("Board", "board");
  f.add("Health Board", "board");
  f.add("Chairs", "chairs", {"Board"});
  f.add("District", "partnership", {"Board", "Health Board", "Chairs"});
  auto tree = group_tree(f.session, std::nullopt);
  REQUIRE(tree.size() == 2);
  CHECK(tree[0].name == "Board");
  CHECK(tree[0].children.size() == 2);  // Chairs (with District beneath) and District
  CHECK(tree[0].children[0].children.at(0).name == "District");
  CHECK(tree[1].children.at(0).name == "District");
  CHECK(group_tree(f.session, std::string("Chairs")).at(0).children.size() == 1);
}

TEST_CASE("groups: names are unique across Unicode case") {
  Fixture f;
  f.add("Zoë's Group", "hub");
  Error err = error_of([&] { f.add("ZOË'S GROUP", "hub"); });
  CHECK(err.kind() == ErrorKind::Conflict);
  CHECK(std::string(err.what()) ==
        "a group named \"ZOË'S GROUP\" already exists: \"Zoë's Group\" (#1)");
  GroupEdit e;
  e.name = "zoë's group";  // a change of case alone is fine
  CHECK(edit_group(f.session, "#1", e).name == "zoë's group");
}

TEST_CASE("groups: kinds include the configured extras") {
  Fixture f;
  CHECK(error_of([&] { f.add("X", "forum"); }).kind() == ErrorKind::Invalid);
  f.config.extra_group_kinds = {"Forum"};
  CHECK(f.add("X", "FORUM").kind == "forum");
}

TEST_CASE("groups: after-cadences resolve, follow renames and refuse circles") {
  Fixture f;
  f.add("Countywide Board", "board");
  Group d = f.add("District", "partnership", {}, "after \"countywide board\" +2w");
  CHECK(d.cadence == "after \"Countywide Board\" +2w");
  CHECK(error_of([&] { f.add("Y", "hub", {}, "after Nobody +1w"); }).kind() == ErrorKind::NotFound);
  GroupEdit rename;
  rename.name = "County Board";
  edit_group(f.session, "Countywide Board", rename);
  CHECK(show_group(f.session, "District").cadence == "after \"County Board\" +2w");
  GroupEdit loop;
  loop.cadence = "after District +1w";
  Error err = error_of([&] { edit_group(f.session, "County Board", loop); });
  CHECK(std::string(err.what()) ==
        "meetings would wait on each other in a circle: \"County Board\" after \"District\" "
        "after \"County Board\"");
}

TEST_CASE("groups: removal is refused with history unless forced") {
  Fixture f;
  f.add("Board", "board");
  f.add("District", "partnership", {"Board"}, "after Board +2w");
  Error err = error_of([&] { remove_group(f.session, "Board", false); });
  CHECK(err.kind() == ErrorKind::Conflict);
  CHECK(std::string(err.what()) ==
        "group \"Board\" has history: 1 group reporting to it and 1 group meeting after it");
  RemovedGroup r = remove_group(f.session, "Board", true);
  CHECK(r.reported_by == 1);
  CHECK(r.cadences == 1);
  CHECK(!show_group(f.session, "District").cadence);
  CHECK(f.count("SELECT count(*) FROM group_reports_to") == 0);
  CHECK(remove_group(f.session, "District", false).group.name == "District");
}

TEST_CASE("groups: archive twice is a conflict; the audit log records each change") {
  Fixture f;
  f.add("Board", "board");
  archive_group(f.session, "Board");
  CHECK(error_of([&] { archive_group(f.session, "Board"); }).kind() == ErrorKind::Conflict);
  CHECK(list_groups(f.session, {}).empty());
  CHECK(list_groups(f.session, {std::nullopt, std::nullopt, true}).size() == 1);
  auto log = read_audit_log(f.session, {std::string("group"), std::int64_t{1}, std::nullopt, 0});
  REQUIRE(log.size() == 2);
  CHECK(log[0].action == "archive");
  CHECK(log[1].action == "add");
}

TEST_CASE("areas: unique names and codes, no parent circles, no removal while used") {
  Fixture f;
  add_area(f.session, {"Cherwell", std::string("E07000177"), std::nullopt});
  add_area(f.session, {"Bicester", std::nullopt, std::string("e07000177")});
  CHECK(error_of([&] {
          add_area(f.session, {"CHERWELL", std::nullopt, std::nullopt});
        }).kind() == ErrorKind::Conflict);
  CHECK(error_of([&] {
          add_area(f.session, {"Other", std::string("e07000177"), std::nullopt});
        }).kind() == ErrorKind::Conflict);
  AreaEdit e;
  e.parent = "Bicester";
  CHECK(std::string(error_of([&] { edit_area(f.session, "Cherwell", e); }).what()) ==
        "areas would lie within each other in a circle: \"Cherwell\" -> \"Bicester\" -> "
        "\"Cherwell\"");
  Error err = error_of([&] { remove_area(f.session, "Cherwell"); });
  CHECK(std::string(err.what()) == "area \"Cherwell\" is used by 1 child area");
  remove_area(f.session, "Bicester");
  CHECK(list_areas(f.session).size() == 1);
}

TEST_CASE("quorum: members or a fraction of the core") {
  CHECK(parse_quorum(" 5 ") == "5");
  CHECK(parse_quorum("1/2") == "1/2");
  CHECK(parse_quorum("2 / 3") == "2/3");
  for (const char* bad : {"0", "3/2", "1/0", "half", "", "-1", "1/2/3", "99999"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_quorum(bad), Error);
  }
}
