// SPDX-License-Identifier: MIT
// The registry's rules that need no SQL, called directly: no store, no clock.
#include <lpg/config.hpp>
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>
#include <lpg/import.hpp>
#include <lpg/members.hpp>

#include <doctest/doctest.h>

#include <string>

#include "group/group_kinds.hpp"
#include "member/member_roles.hpp"
#include "org/org_fields.hpp"

using namespace lpg;

namespace {

// The message of the Error `f` throws, or "" when it returns.
template <class F>
std::string refusal(F f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("close limit: a number of organisations or a share of those open") {
  CloseLimit n = parse_close_limit("12", "--max-close");
  CHECK(n.count == 12);
  CHECK(n.of(10) == 12);
  CHECK(n.of(100000) == 12);
  CloseLimit share = parse_close_limit("5%", "--max-close");
  CHECK(share.count == -1);
  CHECK(share.of(30) == 1);  // 5% of 30 is 1.5: rounded down
  CHECK(share.of(19) == 0);
  CHECK(share.of(20) == 1);  // exactly 1, not 0.99999
  CHECK(parse_close_limit("0.5%", "x").of(1000) == 5);
  CHECK(parse_close_limit("100%", "x").of(7) == 7);
  CHECK(parse_close_limit("0", "x").of(50) == 0);
  CHECK(parse_close_limit("12", "x").text == "12");
}

TEST_CASE("close limit: anything else is refused naming the option") {
  for (const char* bad :
       {"", "%", "-1", "1.5", ".5%", "5.%", "101%", "12 ", "five", "1e3", "9999999999999"}) {
    CAPTURE(bad);
    std::string message = refusal([&] { parse_close_limit(bad, "import.max_close"); });
    CHECK(message.find("invalid import.max_close") == 0);
  }
}

TEST_CASE("member roles: slugs in any case and spacing, nearest suggested") {
  CHECK(member_rules::checked_role("") == "");
  CHECK(member_rules::checked_role("Chair") == "chair");
  CHECK(member_rules::checked_role(" Vice Chair ") == "vice-chair");
  CHECK(member_rules::checked_role("HWB-Link") == "hwb-link");
  CHECK(refusal([] { member_rules::checked_role("treasurer"); }) == "unknown role \"treasurer\"");
  try {
    member_rules::checked_role("chiar");
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(e.hint() == "did you mean chair?");
  }
  CHECK(single_holder_role("chair"));
  CHECK(single_holder_role("safeguarding-lead"));
  CHECK_FALSE(single_holder_role("champion"));
  CHECK(role_name("la-link") == "LA link");
  CHECK(role_name("chair") == "chair");
}

TEST_CASE("group kinds: the built-in ones, then the configuration's, in their listed spelling") {
  Config config;
  config.extra_group_kinds = {" Forum ", "hub", ""};
  auto kinds = group_kinds(config);
  CHECK(kinds.size() == 7);
  CHECK(kinds.back() == "forum");
  CHECK(registry::checked_kind(config, " HUB ") == "hub");
  CHECK(registry::checked_kind(config, "forum") == "forum");
  std::string message = refusal([&] { registry::checked_kind(config, "club"); });
  CHECK(message == "group kind \"club\" is not known");
  CHECK(registry::joined({"a", "b", "c"}) == "a, b, c");
  CHECK(registry::joined({}, "; ") == "");
}

TEST_CASE("organisation fields: one declaration for typed text and a register's") {
  using org_fields::From;
  using org_fields::value_of;
  // The columns the owner writes are the declaration's.
  CHECK(std::string(import::kOrgColumnNames[import::kFunded]) == "offers_funded");
  CHECK(std::string(import::kOrgColumnNames[import::kAreaId]) == "area_id");
  for (From from : {From::Typed, From::Register}) {
    CHECK(value_of(import::kFunded, "Yes", from) == import::Value(std::int64_t{1}));
    CHECK(value_of(import::kFunded, "0", from) == import::Value(std::int64_t{0}));
    CHECK(value_of(import::kPlaces, "12", from) == import::Value(std::int64_t{12}));
    CHECK(value_of(import::kPostcode, "ox26 6ab", from) == import::Value(std::string("OX26 6AB")));
    CHECK(value_of(import::kTown, "Bicester", from) == import::Value(std::string("Bicester")));
    CHECK(refusal([&] { value_of(import::kFunded, "maybe", from); }) == "invalid funded \"maybe\"");
    CHECK(refusal([&] { value_of(import::kPlaces, "-3", from); }) ==
          "invalid number of funded places \"-3\"");
    CHECK_THROWS_AS(value_of(import::kTown, "Bic\x01ster", from), Error);
  }
  // A register's REDACTED postcode (a childminder's home) is none; typed, it is refused.
  CHECK_FALSE(value_of(import::kPostcode, "REDACTED", From::Register).has_value());
  CHECK_THROWS_AS(value_of(import::kPostcode, "REDACTED", From::Typed), Error);
}
