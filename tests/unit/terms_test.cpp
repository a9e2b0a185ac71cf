// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/terms.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sstream>

#include "db/store_impl.hpp"
#include "fixture.hpp"
#include "term/terms_internal.hpp"

using namespace lpg;

namespace {

Date d(const char* text) { return parse_date(text); }

TermInput input(int year, TermName name, const char* start, const char* end,
                std::optional<std::pair<const char*, const char*>> half = {}) {
  TermInput in{{year}, name, {d(start), d(end)}, {}};
  if (half) in.half_term = DateRange{d(half->first), d(half->second)};
  return in;
}

struct Fixture : test::Db {
  explicit Fixture(const char* now = "2026-11-30T09:00") : test::Db(now) {
    add_term(session, input(2026, TermName::Autumn, "2026-09-03", "2026-12-18",
                            std::pair{"2026-10-26", "2026-10-30"}));
    add_term(session, input(2026, TermName::Spring, "2027-01-04", "2027-03-26"));
    db::conn(store).exec(
        "INSERT INTO closure (year, day, note, created_at) VALUES "
        "('2026/27', '2026-11-20', 'INSET day', 'x')");
  }
};

std::string error_of(auto&& body, ErrorKind kind) {
  try {
    body();
  } catch (const Error& e) {
    CHECK(e.kind() == kind);
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("academic years and term names") {
  CHECK(parse_academic_year("2026/27").start == 2026);
  CHECK(parse_academic_year("2026/2027").start == 2026);
  CHECK(parse_academic_year("1999/00").name() == "1999/00");
  for (const char* bad : {"2026/28", "2026/26", "26/27", "2026", "2026-27", "2026/2028", ""}) {
    CHECK_THROWS_AS(parse_academic_year(bad), Error);
  }
  CHECK(parse_academic_year(" 2026/2027 ").start == 2026);
  constexpr YearStart kAugust{8}, kSeptember{9};
  CHECK(academic_year_of(d("2027-07-31"), kAugust).start == 2026);
  CHECK(academic_year_of(d("2027-08-01"), kAugust).start == 2027);
  CHECK(academic_year_of(d("2027-08-31"), kSeptember).start == 2026);
  CHECK(academic_year_of(d("2027-09-01"), kSeptember).start == 2027);
  CHECK(format_date(AcademicYear{2026}.first_day(kAugust)) == "2026-08-01");
  CHECK(format_date(AcademicYear{2026}.last_day(kAugust)) == "2027-07-31");
  CHECK(format_date(AcademicYear{2026}.first_day(kSeptember)) == "2026-09-01");
  CHECK(format_date(AcademicYear{2026}.last_day(kSeptember)) == "2027-08-31");
  CHECK(describe(kAugust) == "1 August to 31 July");
  CHECK(describe(kSeptember) == "1 September to 31 August");
  CHECK(parse_term_name(" Autumn ") == TermName::Autumn);
  try {
    parse_term_name("sumer");
    FAIL("no throw");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "unknown term 'sumer'");
    CHECK(e.hint() == "did you mean \"summer\"? terms are autumn, spring and summer");
  }
}

TEST_CASE("check_term refuses dates out of order or out of place") {
  CHECK_NOTHROW(check_term(input(2026, TermName::Autumn, "2026-09-03", "2026-09-03"), YearStart{}));
  CHECK(error_of(
            [] {
              check_term(input(2026, TermName::Autumn, "2026-12-18", "2026-09-03"), YearStart{});
            },
            ErrorKind::Invalid) ==
        "2026/27 autumn would end (2026-09-03) before it starts (2026-12-18)");
  CHECK(error_of(
            [] {
              check_term(input(2026, TermName::Autumn, "2025-09-03", "2025-12-18"), YearStart{});
            },
            ErrorKind::Invalid)
            .starts_with("2026/27 autumn (2025-09-03 to 2025-12-18) is not inside academic year"));
  CHECK(error_of(
            [] {
              check_term(input(2026, TermName::Autumn, "2026-09-03", "2026-12-18",
                               std::pair{"2026-12-14", "2026-12-21"}),
                         YearStart{});
            },
            ErrorKind::Invalid) ==
        "the half term (2026-12-14 to 2026-12-21) is not inside 2026/27 autumn (2026-09-03 to "
        "2026-12-18)");
  // Inclusive: a half term on the first or last day of term is inside it.
  CHECK_NOTHROW(check_term(input(2026, TermName::Autumn, "2026-09-03", "2026-12-18",
                                 std::pair{"2026-12-14", "2026-12-18"}),
                           YearStart{}));
}

TEST_CASE("the calendar classifies days, inclusive at both ends") {
  Fixture f;
  Calendar c = load_calendar(f.session);
  CHECK(c.classify(d("2026-09-03")) == DayKind::SchoolDay);  // first day of term
  CHECK(c.classify(d("2026-12-18")) == DayKind::SchoolDay);  // last day of term
  CHECK(c.classify(d("2026-12-19")) == DayKind::Holiday);
  CHECK(c.classify(d("2026-09-02")) == DayKind::Holiday);
  CHECK(c.classify(d("2026-10-26")) == DayKind::HalfTerm);
  CHECK(c.classify(d("2026-10-30")) == DayKind::HalfTerm);
  CHECK(c.classify(d("2026-11-20")) == DayKind::Closure);
  CHECK(c.classify(d("2026-11-21")) == DayKind::Weekend);
  CHECK(c.classify(d("2027-06-01")) == DayKind::Holiday);  // 2026/27 is charted; no summer yet
  CHECK(c.classify(d("2027-09-06")) == DayKind::Uncharted);
  CHECK(to_string(DayKind::HalfTerm) == "half term");
  CHECK(c.term_containing(d("2026-12-18"))->label() == "2026/27 autumn");
  CHECK(c.term_containing(d("2026-12-19")) == nullptr);
  CHECK(c.next_term_after(d("2026-12-19"))->label() == "2026/27 spring");
  CHECK(c.next_term_after(d("2026-09-03"))->label() == "2026/27 spring");
  CHECK(c.previous_term_before(d("2027-01-03"))->label() == "2026/27 autumn");
  CHECK(c.previous_term_before(d("2026-12-18")) == nullptr);
  CHECK(c.terms_of({2026}).size() == 2);
  CHECK(c.terms_of({2027}).empty());
}

TEST_CASE("next_school_day skips weekends, half terms, closures and holidays") {
  Fixture f;
  Calendar c = load_calendar(f.session);
  auto next = [&](const char* day) {
    auto found = c.next_school_day(d(day));
    return found ? format_date(*found) : std::string("none");
  };
  CHECK(next("2026-11-30") == "2026-11-30");  // a Monday in term
  CHECK(next("2026-10-24") == "2026-11-02");  // weekend, then half term
  CHECK(next("2026-11-20") == "2026-11-23");  // closure Friday, then the weekend
  CHECK(next("2026-12-19") == "2027-01-04");  // Christmas holiday
  CHECK(next("2026-08-01") == "2026-09-03");
  CHECK(next("2027-03-27") == "none");                              // nothing stored after spring
  CHECK(c.school_days(*c.term_containing(d("2026-09-03"))) == 71);  // 77 weekdays - 5 - 1
  CHECK(is_school_day(f.session, d("2026-12-18")));
  CHECK_FALSE(is_school_day(f.session, d("2026-12-19")));
}

TEST_CASE("current and next follow the clock") {
  Fixture in_term("2026-12-18T23:59");
  CHECK(current_term(in_term.session)->label() == "2026/27 autumn");
  CHECK(next_term(in_term.session)->label() == "2026/27 spring");
  Fixture between("2026-12-19T00:00");
  CHECK_FALSE(current_term(between.session).has_value());
  try {
    find_term(between.session, "current");
    FAIL("no throw");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::NotFound);
    CHECK(std::string(e.what()) == "no current term on 2026-12-19");
    CHECK(e.hint() == "the next term is 2026/27 spring, starting 2027-01-04");
  }
  Fixture after("2027-04-01T09:00");
  CHECK_FALSE(next_term(after.session).has_value());
  CHECK(error_of([&] { find_term(after.session, "next"); }, ErrorKind::NotFound) ==
        "no next term on 2027-04-01");
}

TEST_CASE("find_term reads every form of reference") {
  Fixture f;
  CHECK(find_term(f.session, "2026/27 autumn").label() == "2026/27 autumn");
  CHECK(find_term(f.session, "  AUTUMN   2026/27 ").label() == "2026/27 autumn");
  CHECK(find_term(f.session, "autumn 2026").label() == "2026/27 autumn");
  CHECK(find_term(f.session, "spring 2027").label() == "2026/27 spring");
  CHECK(find_term(f.session, "current").label() == "2026/27 autumn");
  CHECK(find_term(f.session, "next").label() == "2026/27 spring");
  TermId id = find_term(f.session, "spring 2027").id;
  std::string by_id = fmt::format("#{}", id.v);
  CHECK(find_term(f.session, by_id).id == id);
  CHECK(error_of([&] { find_term(f.session, "summer 2027"); }, ErrorKind::NotFound) ==
        "term 2026/27 summer not found");
  CHECK(error_of([&] { find_term(f.session, "spring 2026"); }, ErrorKind::NotFound) ==
        "term 2025/26 spring not found");
  CHECK(error_of([&] { find_term(f.session, "winter 2026"); }, ErrorKind::Invalid) ==
        "unknown term 'winter'");
  CHECK(error_of([&] { find_term(f.session, "2026/28 autumn"); }, ErrorKind::Invalid) ==
        "invalid academic year '2026/28'");
  CHECK(error_of([&] { find_term(f.session, "autumn"); }, ErrorKind::Invalid) ==
        "cannot read 'autumn' as a term");
  CHECK(error_of([&] { find_term(f.session, "#999"); }, ErrorKind::NotFound) ==
        "term #999 not found");
}

TEST_CASE("add_term refuses duplicates, overlaps and terms out of order") {
  Fixture f;
  CHECK(error_of(
            [&] { add_term(f.session, input(2026, TermName::Autumn, "2026-09-01", "2026-12-01")); },
            ErrorKind::Conflict) ==
        "term 2026/27 autumn already exists (2026-09-03 to 2026-12-18)");
  CHECK(error_of(
            [&] { add_term(f.session, input(2026, TermName::Summer, "2027-03-20", "2027-07-20")); },
            ErrorKind::Conflict) ==
        "2026/27 summer (2027-03-20 to 2027-07-20) would overlap 2026/27 spring (2027-01-04 to "
        "2027-03-26)");
  // Summer before spring, though the dates do not overlap.
  Fixture g;
  terms::delete_term(g.store, find_term(g.session, "spring 2027").id);
  CHECK(error_of(
            [&] { add_term(g.session, input(2026, TermName::Summer, "2026-09-01", "2026-09-02")); },
            ErrorKind::Conflict) ==
        "2026/27 summer (2026-09-01 to 2026-09-02) would come before 2026/27 autumn (2026-09-03 to "
        "2026-12-18)");
  CHECK(list_terms(f.session).size() == 2);
  Term summer = add_term(f.session, input(2026, TermName::Summer, "2027-04-12", "2027-07-21"));
  CHECK(summer.id.v > 0);
  CHECK(terms_of_year(f.session, {2026}).size() == 3);
  CHECK(list_terms(f.session, AcademicYear{2027}).empty());
}

TEST_CASE("the database refuses what the library would, as a backstop") {
  Fixture f;
  auto& conn = db::conn(f.store);
  CHECK_THROWS(conn.exec(
      "INSERT INTO term (year, name, seq, start_date, end_date, created_at, updated_at) VALUES "
      "('2026/27', 'summer', 3, '2027-03-01', '2027-07-01', 'x', 'x')"));
  CHECK_THROWS(conn.exec("UPDATE term SET end_date = '2027-01-05' WHERE name = 'autumn'"));
  CHECK_THROWS(conn.exec("UPDATE term SET half_term_end = '2026-12-19' WHERE name = 'autumn'"));
  // Outside the year's two calendar years (the year's first month is a setting, checked by lpg).
  CHECK_THROWS(conn.exec(
      "INSERT INTO closure (year, day, created_at) VALUES ('2026/27', '2028-01-04', 'x')"));
  CHECK_THROWS(conn.exec(
      "INSERT INTO closure (year, day, created_at) VALUES ('2026/27', '2025-12-31', 'x')"));
}

TEST_CASE("remove_term removes and audits; closures stay") {
  Fixture f;
  Term removed = remove_term(f.session, {2026}, TermName::Spring);
  CHECK(removed.label() == "2026/27 spring");
  CHECK(list_terms(f.session).size() == 1);
  CHECK(load_calendar(f.session).closures().size() == 1);
  SQLite::Statement q(db::conn(f.store),
                      "SELECT action, entity, detail FROM audit_log ORDER BY id DESC LIMIT 1");
  REQUIRE(q.executeStep());
  CHECK(q.getColumn(0).getString() == "remove");
  CHECK(q.getColumn(2).getString() == "2026/27 spring 2027-01-04 to 2027-03-26");
  CHECK(error_of([&] { remove_term(f.session, {2026}, TermName::Spring); }, ErrorKind::NotFound) ==
        "term 2026/27 spring not found");
}

TEST_CASE("CSV import files are read row by row, naming file and line") {
  auto parse = [](const std::string& text) {
    std::istringstream in(text);
    return terms::parse_csv(in, "t.csv", YearStart{});
  };
  auto file = parse(
      "\xEF\xBB\xBFterm,year,start,end,half_term_start,half_term_end,note\r\n"
      "autumn,2026/27,2026-09-03,2026-12-18,2026-10-26,2026-10-30,\r\n"
      "closure,2026/27,2027-01-04,2027-01-05,,,\"INSET, twice\"\r\n");
  REQUIRE(file.terms.size() == 1);
  CHECK(file.terms[0].line == 2);
  CHECK(file.terms[0].input.half_term == DateRange{d("2026-10-26"), d("2026-10-30")});
  REQUIRE(file.closures.size() == 2);
  CHECK(file.closures[1].closure.note == "INSET, twice");
  CHECK(file.closures[1].line == 3);
  const std::string header = "year,term,start,end\n";
  CHECK(error_of([&] { parse(header + "2026/27,autumn,2026-09-03,2027-02-30\n"); },
                 ErrorKind::Invalid) == "t.csv:2: invalid end date '2027-02-30'");
  CHECK(error_of([&] { parse(header + "\n2026/27,winter,2026-09-03,2026-12-18\n"); },
                 ErrorKind::Invalid) == "t.csv:3: unknown term 'winter'");
  CHECK(error_of([&] { parse(header + "2026/27,autumn,2026-09-03\n"); }, ErrorKind::Invalid) ==
        "t.csv:2: the row has 3 fields but the header has 4");
  CHECK(error_of([&] { parse("year,term,start\n"); }, ErrorKind::Invalid) ==
        "t.csv:1: the header has no 'end' column");
  CHECK(error_of([&] { parse("year,term,start,end,colour\n"); }, ErrorKind::Invalid) ==
        "t.csv:1: unknown column 'colour'");
  CHECK(error_of([&] { parse(""); }, ErrorKind::Invalid) == "t.csv: the file is empty");
  CHECK(error_of(
            [&] {
              parse(header +
                    "2026/27,autumn,2026-09-03,2026-12-18\n2026/27,Autumn,2026-09-04,"
                    "2026-12-18\n");
            },
            ErrorKind::Invalid) ==
        "t.csv:3: 2026/27 autumn is in the file twice (first on line 2)");
  CHECK(error_of([&] { parse(header + "2026/27,closure,2027-09-01,\n"); }, ErrorKind::Invalid) ==
        "t.csv:2: closure 2027-09-01 is not in academic year 2026/27");
  CHECK(error_of([&] { parse(header + "2026/27,autumn,\"2026-09-03\n"); }, ErrorKind::Invalid) ==
        "t.csv:2: the file ends inside a quoted field that starts on line 2");
}

TEST_CASE("TOML import files name file and line") {
  auto file = terms::parse_toml(
      "[[year]]\nname = \"2026/27\"\n"
      "closures = [2027-01-04, { date = \"2027-05-03\", note = \"May Day\" }]\n"
      "[[year.term]]\nname = \"autumn\"\nstart = 2026-09-03\nend = \"2026-12-18\"\n"
      "half_term = [2026-10-26, 2026-10-30]\n",
      "t.toml", YearStart{});
  REQUIRE(file.terms.size() == 1);
  CHECK(file.terms[0].line == 4);
  CHECK(file.terms[0].input.half_term == DateRange{d("2026-10-26"), d("2026-10-30")});
  REQUIRE(file.closures.size() == 2);
  CHECK(file.closures[1].closure.note == "May Day");
  auto err = [](const std::string& text) {
    return error_of([&] { terms::parse_toml(text, "t.toml", YearStart{}); }, ErrorKind::Invalid);
  };
  CHECK(err("[[year]]\nname = \"2026/28\"\n") == "t.toml:1: invalid academic year '2026/28'");
  CHECK(err("[[year]]\nname = \"2026/27\"\n[[year.term]]\nname = \"autumn\"\nstart = "
            "2026-09-03\nend = 2026-02-30\n")
            .starts_with("t.toml:6:"));
  CHECK(err("[[year]]\nname = \"2026/27\"\n[[year.term]]\nname = \"autumn\"\nstart = "
            "2026-09-03\n") == "t.toml:3: a term has no 'end'");
  CHECK(err("[[year]]\nname = \"2026/27\"\ncolour = 1\n") ==
        "t.toml:3: unknown key 'colour' in a year");
  CHECK(err("[[year]]\nname = \"2026/27\"\nclosures = [2027-09-01]\n") ==
        "t.toml:3: closure 2027-09-01 is not in academic year 2026/27");
  CHECK(err("x = [").starts_with("t.toml:1:"));
  CHECK(err("") == "t.toml: no [[year]] tables");
}
