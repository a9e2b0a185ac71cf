// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/orgs.hpp>
#include <lpg/people.hpp>

#include <doctest/doctest.h>

#include "db/store_impl.hpp"
#include "fixture.hpp"

using namespace lpg;

namespace {
struct Fixture : test::Db {};

FieldText text(std::string t) { return {std::move(t), false}; }
FieldText cleared() { return {std::nullopt, true}; }

OrgInput org(std::string name, std::string sector) {
  OrgInput in;
  in.name = text(std::move(name));
  in.sector = text(std::move(sector));
  return in;
}

ErrorKind kind_of(auto&& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("no error");
  return ErrorKind::Internal;
}
}  // namespace

TEST_CASE("register identifiers are checked loosely and normalised") {
  CHECK(normalise_identifier("ofsted-urn", " ey123456 ") == "EY123456");
  CHECK(normalise_identifier("ofsted-urn", "SC 123456") == "SC123456");
  CHECK(normalise_identifier("ofsted-urn", "123456") == "123456");
  CHECK(normalise_identifier("ofsted-urn", "2512345") == "2512345");
  CHECK(normalise_identifier("dfe-urn", "123456") == "123456");
  CHECK(normalise_identifier("la-ref", " Cherwell/12 ") == "Cherwell/12");
  for (const char* bad : {"EY12345", "EY1234567", "E1234567", "12345", "12345678", "EY12345X"}) {
    std::string shown = bad;
    CAPTURE(shown);
    CHECK_THROWS_AS(normalise_identifier("ofsted-urn", bad), Error);
  }
  CHECK_THROWS_AS(normalise_identifier("dfe-urn", "EY123456"), Error);
  CHECK_THROWS_AS(normalise_identifier("dfe-urn", "1234567"), Error);
  CHECK_THROWS_AS(normalise_identifier("la-ref", std::string(41, 'x')), Error);
  CHECK_THROWS_AS(normalise_identifier("ukprn", "1"), Error);
}

TEST_CASE("adding an organisation normalises its fields and audits it") {
  Fixture f;
  OrgInput in = org("  St Mary's Pre-school ", "Pre-school");
  in.postcode = text("ox26 6ab");
  in.ofsted_urn = text("ey123456");
  in.funded = text("yes");
  in.funded_places = text("24");
  Org o = add_org(f.session, in);
  CHECK(o.name == "St Mary's Pre-school");
  CHECK(o.sector == "pre-school");
  CHECK(o.setting);
  CHECK(*o.postcode == "OX26 6AB");
  CHECK(*o.offers_funded);
  CHECK(*o.funded_places == 24);
  CHECK(o.status == "open");
  CHECK_FALSE(o.status_since.has_value());
  REQUIRE(o.identifiers.size() == 1);
  CHECK(o.identifiers[0].value == "EY123456");
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'organisation'") == 1);
  CHECK(find_org(f.session, "EY123456").v == o.id);

  SUBCASE("a second holder of the URN is refused by name") {
    OrgInput other = org("Little Acorns", "day-nursery");
    other.ofsted_urn = text("EY123456");
    try {
      add_org(f.session, other);
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Conflict);
      CHECK(std::string(e.what()) ==
            "Ofsted URN EY123456 already belongs to \"St Mary's Pre-school\" (#1)");
    }
    CHECK(f.count("SELECT count(*) FROM organisation") == 1);
  }
  SUBCASE("bad fields are refused before anything is stored") {
    OrgInput bad = org("X", "pre-school");
    bad.funded_places = text("-3");
    CHECK(kind_of([&] { add_org(f.session, bad); }) == ErrorKind::Invalid);
    bad = org("X", "nursery");
    CHECK(kind_of([&] { add_org(f.session, bad); }) == ErrorKind::Invalid);
    bad = org("X", "pre-school");
    bad.status_since = text("2026-02-30");
    CHECK(kind_of([&] { add_org(f.session, bad); }) == ErrorKind::Invalid);
    bad = org("X", "pre-school");
    bad.area = text("Nowhere");
    CHECK(kind_of([&] { add_org(f.session, bad); }) == ErrorKind::NotFound);
    CHECK(kind_of([&] { add_org(f.session, org(" ", "pre-school")); }) == ErrorKind::Invalid);
    CHECK(f.count("SELECT count(*) FROM organisation") == 1);
  }
}

TEST_CASE("editing an organisation changes only what is given") {
  Fixture f;
  OrgInput in = org("Little Acorns", "day-nursery");
  in.town = text("Bicester");
  in.ofsted_urn = text("EY111111");
  add_org(f.session, in);
  OrgInput edit;
  edit.status = text("closed");
  Org o = edit_org(f.session, "little acorns", edit);
  CHECK(o.status == "closed");
  CHECK(format_date(*o.status_since) == "2026-11-30");
  CHECK(*o.town == "Bicester");
  edit = {};
  edit.status_since = text("2026-08-31");
  edit.town = cleared();
  edit.ofsted_urn = cleared();
  o = edit_org(f.session, "#1", edit);
  CHECK(format_date(*o.status_since) == "2026-08-31");
  CHECK_FALSE(o.town.has_value());
  CHECK(o.identifiers.empty());
  edit = {};
  edit.status = text("closed");  // unchanged: the date stays
  o = edit_org(f.session, "#1", edit);
  CHECK(format_date(*o.status_since) == "2026-08-31");
  CHECK(kind_of([&] { edit_org(f.session, "#1", OrgInput{}); }) == ErrorKind::Invalid);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE action = 'edit'") == 3);
}

TEST_CASE("lists filter by sector, status, name and group membership") {
  Fixture f;
  add_org(f.session, org("Little Acorns", "day-nursery"));
  add_org(f.session, org("Zoë's Childminding", "childminder"));
  OrgInput closed = org("Old Mill Pre-school", "pre-school");
  closed.status = text("closed");
  add_org(f.session, closed);
  f.exec(
      "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES (1, 'Bicester EY', "
      "'bicester ey', 'partnership', 'x');"
      "INSERT INTO membership (group_id, org_id, kind, from_date) VALUES (1, 1, 'core', "
      "'2026-09-01');"
      "INSERT INTO membership (group_id, org_id, kind, from_date, to_date) VALUES (1, 2, "
      "'core', '2025-09-01', '2026-07-31');");
  auto with = [](auto set) {
    OrgFilter filter;
    set(filter);
    return filter;
  };
  auto names = [&](const OrgFilter& filter) {
    std::vector<std::string> out;
    for (const auto& o : list_orgs(f.session, filter)) out.push_back(o.name);
    return out;
  };
  CHECK(names(OrgFilter{}).size() == 3);
  CHECK(names(with([](OrgFilter& f) {
          f.sectors = {"childminder", "Day nursery"};
        })) == std::vector<std::string>{"Little Acorns", "Zoë's Childminding"});
  CHECK(names(with([](OrgFilter& f) { f.status = "CLOSED"; })) ==
        std::vector<std::string>{"Old Mill Pre-school"});
  CHECK(names(with([](OrgFilter& f) { f.name_contains = "ZOË"; })) ==
        std::vector<std::string>{"Zoë's Childminding"});
  CHECK(names(with([](OrgFilter& f) { f.not_in_group = "Bicester EY"; })) ==
        std::vector<std::string>{"Old Mill Pre-school", "Zoë's Childminding"});
  archive_org(f.session, "Little Acorns", false);
  CHECK(names(OrgFilter{}).size() == 2);
  CHECK(names(with([](OrgFilter& f) { f.archived = true; })).size() == 3);
  CHECK(kind_of([&] { archive_org(f.session, "Little Acorns", false); }) == ErrorKind::Conflict);
  CHECK(kind_of([&] { names(with([](OrgFilter& f) { f.status = "shut"; })); }) ==
        ErrorKind::Invalid);
}

TEST_CASE("removing a referenced organisation needs --force") {
  Fixture f;
  add_org(f.session, org("Little Acorns", "day-nursery"));
  PersonInput p;
  p.name = text("Sam Patel");
  p.org = text("Little Acorns");
  add_person(f.session, p);
  f.exec(
      "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES (1, 'G', 'g', 'hub', 'x');"
      "INSERT INTO membership (group_id, org_id, kind, from_date) VALUES (1, 1, 'core', "
      "'2026-09-01');");
  try {
    remove_org(f.session, "Little Acorns", false);
    FAIL("removed");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Conflict);
    CHECK(std::string(e.what()) ==
          "organisation \"Little Acorns\" (#1) is still referenced by 1 membership and 1 person");
  }
  OrgRemoval gone = remove_org(f.session, "Little Acorns", true);
  CHECK(gone.memberships_removed == 1);
  CHECK(gone.people_unlinked == 1);
  CHECK(f.count("SELECT count(*) FROM organisation") == 0);
  CHECK(f.count("SELECT count(*) FROM person WHERE org_id IS NULL") == 1);
}

TEST_CASE("people: emails unique and lower-cased, phones tidied, removal guarded") {
  Fixture f;
  PersonInput p;
  p.name = text("Zoë Smith");
  p.email = text("Zoe.Smith@Example.org");
  p.phone = text("07700 900123");
  Person zoe = add_person(f.session, p);
  CHECK(*zoe.email == "zoe.smith@example.org");
  PersonInput dup;
  dup.name = text("Someone Else");
  dup.email = text("ZOE.SMITH@example.org");
  try {
    add_person(f.session, dup);
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Conflict);
    CHECK(std::string(e.what()) ==
          "email zoe.smith@example.org is already used by \"Zoë Smith\" (#1)");
  }
  PersonInput same;
  same.email = text("zoe.smith@example.org");  // their own address again is fine
  CHECK(edit_person(f.session, "zoë smith", same).id == zoe.id);
  PersonInput no_org;
  no_org.name = text("X");
  no_org.org = text("Nowhere");
  CHECK(kind_of([&] { add_person(f.session, no_org); }) == ErrorKind::NotFound);
  f.exec(
      "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES (1, 'G', 'g', 'hub', 'x');"
      "INSERT INTO membership (group_id, person_id, kind, role, from_date) VALUES (1, 1, "
      "'additional', 'chair', '2026-09-01');");
  CHECK(show_person(f.session, "#1").groups.size() == 1);
  CHECK(kind_of([&] { remove_person(f.session, "#1", false); }) == ErrorKind::Conflict);
  CHECK(remove_person(f.session, "#1", true).memberships_removed == 1);
  CHECK(list_people(f.session, {}).empty());
}
