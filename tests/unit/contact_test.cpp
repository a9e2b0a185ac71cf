// SPDX-License-Identifier: MIT
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/sectors.hpp>

#include <doctest/doctest.h>

using namespace lpg;

TEST_CASE("emails are checked and lower-cased") {
  CHECK(normalise_email(" Sam.Patel@Oxfordshire.GOV.uk ") == "sam.patel@oxfordshire.gov.uk");
  CHECK(normalise_email("o'brien+lpg@example.org") == "o'brien+lpg@example.org");
  for (const char* bad : {"", "sam", "sam@", "@example.org", "sam@example", "sam@@example.org",
                          "sam patel@example.org", "sam@example..org", "sam@-example.org",
                          "sam.@example.org", ".sam@example.org", "sam@example.c0m",
                          "zoë@example.org", "sam@example.org.", "\"sam\"@example.org"}) {
    std::string shown = bad;
    CAPTURE(shown);
    CHECK_THROWS_AS(normalise_email(bad), Error);
  }
  try {
    normalise_email("sam@example");
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Invalid);
    CHECK(std::string(e.what()) == "invalid email address \"sam@example\"");
  }
}

TEST_CASE("UK phone numbers are tidied lightly") {
  CHECK(normalise_phone("01869 123456") == "01869 123456");
  CHECK(normalise_phone("(01869) 123-456") == "01869 123 456");
  CHECK(normalise_phone("07700.900.123") == "07700 900 123");
  CHECK(normalise_phone("0800 123 456") == "0800 123 456");  // ten digits
  CHECK(normalise_phone("+44 (0)1869 123456") == "+44 1869 123456");
  CHECK(normalise_phone("+447700900123") == "+447700900123");
  CHECK(normalise_phone("01869\xC2\xA0"
                        "123456") == "01869 123456");
  for (const char* bad :
       {"", "123", "1869 123456", "01869 1234", "01869 1234567890", "+1 212 555 0100",
        "+44 0 1869 123456", "01869 123456 ext 2", "0186+9 123456", "phone me"}) {
    std::string shown = bad;
    CAPTURE(shown);
    CHECK_THROWS_AS(normalise_phone(bad), Error);
  }
}

TEST_CASE("websites need a host with a dot and no spaces") {
  CHECK(normalise_website(" www.example.org.uk ") == "www.example.org.uk");
  CHECK(normalise_website("https://example.org/path") == "https://example.org/path");
  CHECK_THROWS_AS(normalise_website("example"), Error);
  CHECK_THROWS_AS(normalise_website("https://example org"), Error);
  CHECK_THROWS_AS(normalise_website("https:///x.y"), Error);
}

TEST_CASE("sectors are found by slug or name, any case") {
  CHECK(parse_sector("pre-school").slug == "pre-school");
  CHECK(parse_sector("PRE-SCHOOL").slug == "pre-school");
  CHECK(parse_sector("Nursery school (LA maintained)").slug == "nursery-school");
  CHECK(parse_sector(" children's centre ").slug == "childrens-centre");
  CHECK(parse_sector("childminder").setting);
  CHECK(parse_sector("school").setting);
  CHECK_FALSE(parse_sector("police").setting);
  CHECK(find_sector("health") != nullptr);
  CHECK(find_sector("Health/NHS") == nullptr);  // slugs only
  try {
    parse_sector("day nursry");
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Invalid);
    CHECK(std::string(e.what()) == "unknown sector \"day nursry\"");
    CHECK(e.hint().starts_with("did you mean day-nursery? choose one of: day-nursery, "));
  }
  int settings = 0;
  for (const auto& s : sectors()) settings += s.setting ? 1 : 0;
  CHECK(sectors().size() == 20);
  CHECK(settings == 6);
}
