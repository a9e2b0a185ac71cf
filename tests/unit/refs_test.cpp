// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/refs.hpp>

#include <doctest/doctest.h>

#include "db/store_impl.hpp"
#include "fixture.hpp"

using namespace lpg;

namespace {
struct Fixture : test::Db {};
}  // namespace

TEST_CASE("fold_key folds case across Unicode and tidies spaces") {
  CHECK(fold_key("  Zoë   Smith ") == fold_key("ZOË SMITH"));
  CHECK(fold_key("St Mary's") == "st mary's");
  CHECK(fold_key("Ysgol Gymraeg") == "ysgol gymraeg");
}

TEST_CASE("references resolve by id, name, identifier and email") {
  Fixture f;
  f.exec(
      "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES "
      "(1, 'Bicester Early Years', 'bicester early years', 'partnership', 'x'),"
      "(2, '2027', '2027', 'hub', 'x');"
      "INSERT INTO organisation (id, name, name_key, sector, town, postcode, created_at, "
      "updated_at) VALUES (1, 'Little Acorns', 'little acorns', 'pre-school', 'Bicester', "
      "'OX26 6AB', 'x', 'x'), (2, 'Little Acorns', 'little acorns', 'day-nursery', 'Banbury', "
      "NULL, 'x', 'x');"
      "INSERT INTO org_identifier (org_id, scheme, value) VALUES (1, 'ofsted-urn', 'EY123456');"
      "INSERT INTO person (id, name, name_key, email, created_at, updated_at) VALUES "
      "(1, 'Sam Patel', 'sam patel', 'sam@a.org', 'x', 'x'),"
      "(2, 'Sam Patel', 'sam patel', 'sam@b.org', 'x', 'x');");
  CHECK(find_group(f.session, "bicester EARLY years").v == 1);
  CHECK(find_group(f.session, "#1").v == 1);
  CHECK(find_group(f.session, "2").v == 2);
  CHECK(find_group(f.session, "2027").v == 2);  // no group #2027, so the name
  CHECK(find_org(f.session, "EY123456").v == 1);
  CHECK(find_org(f.session, "ofsted-urn:ey123456").v == 1);
  CHECK(find_person(f.session, "SAM@B.ORG").v == 2);
  try {
    find_person(f.session, "sam patel");
    FAIL("no conflict");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Conflict);
    CHECK(
        std::string(e.what()) ==
        "\"sam patel\" names 2 persons:\n  #1  Sam Patel <sam@a.org>\n  #2  Sam Patel <sam@b.org>");
  }
  CHECK_THROWS_AS(find_org(f.session, "Little Acorns"), Error);
  try {
    find_group(f.session, "Bicester Erly Years");
    FAIL("found");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::NotFound);
    CHECK(e.hint() == "did you mean 'Bicester Early Years'?");
  }
  CHECK_THROWS_AS(find_group(f.session, "#99"), Error);
}
