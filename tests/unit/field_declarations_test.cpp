// SPDX-License-Identifier: MIT
// Each noun's field declaration, called directly: the export's columns, the import's fields
// and the checks all come from it, so a column cannot be written that the import does not read.
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>
#include <lpg/meeting_io.hpp>
#include <lpg/members.hpp>
#include <lpg/orgs.hpp>
#include <lpg/people.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "group/group_fields.hpp"
#include "member/member_fields.hpp"
#include "org/import_parse.hpp"
#include "org/org_fields.hpp"
#include "person/person_fields.hpp"

using namespace lpg;

namespace {

template <class T>
std::vector<std::string> names(const columns::Columns<T>& cols) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.emplace_back(c.name);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

template <class F>
std::string refusal(F f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

Org sample_org() {
  Org o;
  o.id = 7;
  o.name = "Little Acorns";
  o.sector = "day-nursery";
  o.postcode = "OX26 6AB";
  o.offers_funded = true;
  o.funded_places = 12;
  o.status = "closed";
  o.status_since = parse_date("2026-09-01");
  o.identifiers = {{"dfe-urn", "123456"}, {"ofsted-urn", "EY111111"}};
  return o;
}

// The cell of the column called `name`.
template <class T>
columns::Cell cell(const columns::Columns<T>& cols, const T& row, const std::string& name) {
  for (const auto& c : cols) {
    if (name == c.name) return c.write(row);
  }
  FAIL("no column " << name);
  return {};
}

}  // namespace

TEST_CASE("org fields: export orgs writes the declared columns, in their released order") {
  CHECK(names(org_csv_columns()) ==
        std::vector<std::string>{
            "id",     "name",    "sector",     "source_type",   "ofsted_urn", "dfe_urn",
            "la_ref", "address", "town",       "postcode",      "area",       "phone",
            "email",  "website", "funded",     "funded_places", "status",     "status_since",
            "note",   "source",  "archived_at"});
}

TEST_CASE("org fields: import orgs reads back every exported column") {
  const auto& read = import::org_fields();
  std::set<std::string> not_read;
  for (const auto& name : names(org_csv_columns())) {
    if (!has(read, name)) not_read.insert(name);
  }
  CHECK(not_read.empty());
  for (const auto& f : org_fields::all()) {
    CAPTURE(f.name);
    CHECK(has(read, f.name));
  }
  for (const auto& s : org_fields::schemes()) CHECK(has(read, s.column));
}

TEST_CASE("org fields: each cell is written from the organisation as import reads it back") {
  const auto& cols = org_csv_columns();
  Org o = sample_org();
  CHECK(cell(cols, o, "id") == columns::Cell{std::int64_t{7}});
  CHECK(cell(cols, o, "ofsted_urn") == columns::Cell{std::string("EY111111")});
  CHECK(cell(cols, o, "dfe_urn") == columns::Cell{std::string("123456")});
  CHECK(cell(cols, o, "la_ref") == columns::Cell{});
  CHECK(cell(cols, o, "funded") == columns::Cell{true});
  CHECK(cell(cols, o, "funded_places") == columns::Cell{std::int64_t{12}});
  CHECK(cell(cols, o, "status_since") == columns::Cell{parse_date("2026-09-01")});
  CHECK(cell(cols, o, "town") == columns::Cell{});
  CHECK(cell(cols, o, "note") == columns::Cell{std::string()});  // empty text, not null
  o.archived_at = "2026-10-01T09:00:00Z";
  CHECK(cell(cols, o, "archived_at") == columns::Cell{std::string("2026-10-01T09:00:00Z")});
}

TEST_CASE("org fields: typed and exported text normalised, a register's REDACTED is none") {
  using org_fields::From;
  auto value = [](import::Col col, const char* text, From from = From::Typed) {
    return org_fields::value_of(col, text, from);
  };
  CHECK(value(import::kPostcode, "ox26 6ab") == import::Value{std::string("OX26 6AB")});
  CHECK(value(import::kPostcode, "REDACTED", From::Register) == std::nullopt);
  CHECK(refusal([&] { value(import::kPostcode, "REDACTED"); }).find("postcode") !=
        std::string::npos);
  CHECK(value(import::kFunded, "Yes") == import::Value{std::int64_t{1}});
  CHECK(value(import::kFunded, "0") == import::Value{std::int64_t{0}});
  CHECK(value(import::kPlaces, "12") == import::Value{std::int64_t{12}});
  CHECK(value(import::kStatus, "Closed") == import::Value{std::string("closed")});
  CHECK(value(import::kSector, "Day nursery") == import::Value{std::string("day-nursery")});
  CHECK(value(import::kNote, "as it is ") == import::Value{std::string("as it is ")});
}

TEST_CASE("org fields: a bad value is refused naming it, whichever path gives it") {
  using org_fields::From;
  for (From from : {From::Typed, From::Register}) {
    auto refused = [&](import::Col col, const char* text) {
      return refusal([&] { org_fields::value_of(col, text, from); });
    };
    CHECK(refused(import::kFunded, "maybe") == "invalid funded \"maybe\"");
    CHECK(refused(import::kPlaces, "-1") == "invalid number of funded places \"-1\"");
    CHECK(refused(import::kPlaces, "1234567") == "invalid number of funded places \"1234567\"");
    CHECK(refused(import::kEmail, "bad@") == "invalid email address \"bad@\"");
    CHECK(refused(import::kPhone, "abc") == "invalid phone number \"abc\"");
    CHECK(refused(import::kStatus, "bogus") == "unknown status \"bogus\"");
    CHECK(refused(import::kName,
                  "a\x01"
                  "b")
              .find("name: control character") == 0);
  }
}

TEST_CASE("org fields: the identifier schemes, their columns and names in messages") {
  const auto& s = org_fields::schemes();
  CHECK(std::string(s[0].scheme) == "ofsted-urn");
  CHECK(std::string(s[1].column) == "dfe_urn");
  CHECK(org_fields::scheme_of_column("la_ref") == &s[2]);
  CHECK(org_fields::scheme_of_column("la-ref") == nullptr);
  OrgInput in;
  in.dfe_urn.text = "123456";
  CHECK((in.*s[1].input).text == "123456");
}

TEST_CASE("person fields: export people writes the declared columns, in their released order") {
  CHECK(names(person_csv_columns()) == std::vector<std::string>{"id", "name", "email", "phone",
                                                                "organisation", "organisation_name",
                                                                "job_title", "note"});
  for (const auto& f : person_fields::all()) {
    CAPTURE(f.name);
    CHECK(has(names(person_csv_columns()), f.csv));
    CHECK(&person_fields::of(f.key) == &f);
  }
}

TEST_CASE("person fields: each cell is written from the person, the organisation as #id") {
  Person p;
  p.id = 3;
  p.name = "Ann Jones";
  p.email = "ann@example.org";
  p.org_id = 12;
  p.org = "Little Acorns";
  const auto& cols = person_csv_columns();
  CHECK(cell(cols, p, "id") == columns::Cell{std::int64_t{3}});
  CHECK(cell(cols, p, "organisation") == columns::Cell{std::string("#12")});
  CHECK(cell(cols, p, "organisation_name") == columns::Cell{std::string("Little Acorns")});
  CHECK(cell(cols, p, "phone") == columns::Cell{});
  CHECK(cell(cols, p, "note") == columns::Cell{std::string()});
  CHECK(person_fields::of(person_fields::Key::Org).stored(p) == "#12");
  CHECK(person_fields::of(person_fields::Key::Email).stored(p) == "ann@example.org");
}

TEST_CASE("person fields: email and phone normalised as stored, the rest as written") {
  using person_fields::Key;
  using person_fields::of;
  CHECK(person_fields::normalised(of(Key::Email), "Ann@Example.ORG") == "ann@example.org");
  CHECK(person_fields::normalised(of(Key::Phone), " 01865 123456") ==
        normalise_phone("01865 123456"));
  CHECK(person_fields::normalised(of(Key::JobTitle), "Head") == "Head");
  CHECK(refusal([&] { person_fields::normalised(of(Key::Email), "bad@"); }) ==
        "invalid email address \"bad@\"");
  CHECK(refusal([&] { person_fields::normalised(of(Key::Phone), "abc"); }) ==
        "invalid phone number \"abc\"");
  CHECK(of(Key::Note).cleared_empty);
  CHECK(of(Key::Note).shape == fields::FieldShape::Text);
  CHECK(of(Key::Name).shape == fields::FieldShape::Name);
}

namespace {

// The option names a field by its own name, with '-' for '_'.
std::string option_of(std::string name) {
  std::replace(name.begin(), name.end(), '_', '-');
  return name;
}

// Every FieldText of `Input` is filled by exactly one option, and no two share a name.
template <class Input>
void check_fills_every_input(const InputOptions<Input>& options) {
  static_assert(sizeof(Input) % sizeof(FieldText) == 0);
  CHECK(options.size() == sizeof(Input) / sizeof(FieldText));
  std::set<std::string> names;
  for (std::size_t i = 0; i < options.size(); ++i) {
    CAPTURE(options[i].option.name);
    CHECK(names.insert(options[i].option.name).second);
    for (std::size_t j = 0; j < i; ++j) CHECK(options[i].input != options[j].input);
  }
}

}  // namespace

TEST_CASE("org fields: org add and edit have one option for each typed field, named by it") {
  check_fills_every_input(org_input_options());
  std::vector<std::string> options;
  for (const auto& o : org_input_options()) options.emplace_back(o.option.name);
  for (const auto& f : org_fields::all()) {
    CAPTURE(f.name);
    bool typed = f.typed.option.name != nullptr;
    // Typed by hand: all but what a register gives (source_type) and what an import or org
    // archive sets (source, archived_at).
    CHECK(typed == (f.col != import::kSourceType && f.col != import::kSource &&
                    f.col != import::kArchivedAt));
    if (typed) CHECK(std::string(f.typed.option.name) == option_of(f.name));
    if (typed) CHECK(has(options, f.typed.option.name));
  }
  for (const auto& s : org_fields::schemes()) CHECK(has(options, s.scheme));
  CHECK(org_input_options().front().option.kind == FieldOption::Kind::Name);
}

TEST_CASE("person fields: person add and edit have one option for each field, named by it") {
  check_fills_every_input(person_input_options());
  const auto& options = person_input_options();
  for (std::size_t i = 0; i < options.size(); ++i) {
    const auto& f = person_fields::all()[i];
    CAPTURE(f.name);
    CHECK(std::string(options[i].option.name) == option_of(f.name));
    CHECK(options[i].input == f.input);
  }
}

TEST_CASE("group fields: export groups writes the declared columns, in their released order") {
  CHECK(names(group_csv_columns()) == std::vector<std::string>{"id", "name", "kind", "area",
                                                               "cadence", "quorum", "reports_to",
                                                               "description", "archived_at"});
  for (const auto& c : group_fields::all()) CHECK(group_fields::name_of(c.key) == c.name);
}

TEST_CASE("group fields: the reporting lines in one cell, by name, as the import splits them") {
  Group g;
  g.id = GroupId{4};
  g.name = "Bicester EY";
  g.kind = "partnership";
  g.reports_to = {{GroupId{1}, "County Board"}, {GroupId{2}, "Chairs"}};
  const auto& cols = group_csv_columns();
  CHECK(cell(cols, g, "reports_to") == columns::Cell{std::string("County Board; Chairs")});
  CHECK(cell(cols, g, "id") == columns::Cell{std::int64_t{4}});
  CHECK(cell(cols, g, "area") == columns::Cell{});
  CHECK(cell(cols, g, "description") == columns::Cell{std::string()});
  g.reports_to.clear();
  CHECK(cell(cols, g, "reports_to") == columns::Cell{std::string()});
}

TEST_CASE("group fields: a file's cadence and quorum compared in the form add stores") {
  using namespace group_fields;
  CHECK(stored_form(kCadence, "Every 8 Weeks") == stored_form(kCadence, "every 8w"));
  CHECK(stored_form(kQuorum, " 1/2") == parse_quorum("1/2"));
  CHECK(stored_form(kName, "As Written") == "As Written");
  CHECK(refusal([] { stored_form(kQuorum, "3/2"); }).find("quorum") == 0);
  CHECK(refusal([] { stored_form(kCadence, "sometimes"); }).find("cadence") == 0);
}

TEST_CASE("member fields: export members writes the declared columns; import reads all but id") {
  CHECK(names(member_csv_columns()) ==
        std::vector<std::string>{"id", "group", "organisation", "person", "member", "kind",
                                 "core_category", "role", "can_host", "from", "to", "note"});
  for (const auto& c : member_fields::all()) {
    CAPTURE(c.name);
    CHECK(c.imported == (c.key != member_fields::kId));
  }
}

TEST_CASE("member fields: cells as the import reads them back, can_host yes or no") {
  Membership m;
  m.id = 9;
  m.person_id = 4;
  m.can_host = true;
  m.from_date = "2026-09-01";
  const auto& cols = member_csv_columns();
  CHECK(cell(cols, m, "person") == columns::Cell{std::string("#4")});
  CHECK(cell(cols, m, "organisation") == columns::Cell{});
  CHECK(cell(cols, m, "can_host") == columns::Cell{true});
  CHECK(cell(cols, m, "to") == columns::Cell{});
  CHECK(member_fields::can_host("Yes"));
  CHECK(member_fields::can_host("1"));
  CHECK_FALSE(member_fields::can_host(""));
  CHECK_FALSE(member_fields::can_host("N"));
  CHECK(refusal([] { member_fields::can_host("maybe"); }) == "invalid can_host \"maybe\"");
}

TEST_CASE("meeting, attendance and action columns: the names are the declared columns") {
  CHECK(names(meeting_csv_columns()) == meeting_columns());
  CHECK(names(attendance_csv_columns()) == attendance_columns());
  CHECK(names(action_csv_columns()) == action_columns());
  CHECK(meeting_columns().size() == 14);
  CHECK(attendance_columns().front() == "meeting");
  CHECK(action_columns().back() == "created_at");
}

TEST_CASE("meeting, attendance and action cells: empty text and dates as null") {
  MeetingRecord m;
  m.id = 2;
  m.date = "2026-10-14";
  m.host_id = 5;
  CHECK(cell(meeting_csv_columns(), m, "date") == columns::Cell{parse_date("2026-10-14")});
  CHECK(cell(meeting_csv_columns(), m, "host") == columns::Cell{std::string("#5")});
  CHECK(cell(meeting_csv_columns(), m, "venue") == columns::Cell{});
  CHECK(cell(meeting_csv_columns(), m, "duration") == columns::Cell{std::int64_t{90}});
  ActionRecord a;
  a.due = "2026-12-31";
  CHECK(cell(action_csv_columns(), a, "due") == columns::Cell{parse_date("2026-12-31")});
  CHECK(cell(action_csv_columns(), a, "done_on") == columns::Cell{});
  AttendanceRecord r;
  r.date = "2026-10-14";
  r.person_id = 3;
  r.guest = true;
  CHECK(cell(attendance_csv_columns(), r, "person") == columns::Cell{std::string("#3")});
  CHECK(cell(attendance_csv_columns(), r, "represented_by") == columns::Cell{});
  CHECK(cell(attendance_csv_columns(), r, "guest") == columns::Cell{true});
}
