// SPDX-License-Identifier: MIT
#include "grant/grant_rules.hpp"

#include <lpg/dates.hpp>
#include <lpg/errors.hpp>

#include <doctest/doctest.h>

using namespace lpg;

namespace {

Grant grant_at(const std::string& status, const std::string& on) {
  Grant g;
  g.id = 7;
  g.status = status;
  g.history.push_back({status, on});
  return g;
}

ErrorKind kind_of(const Grant& g, const std::string& status, const char* on) {
  try {
    grant::check_status_change(g, status, parse_date(on));
  } catch (const Error& e) {
    return e.kind();
  }
  return ErrorKind::Internal;  // allowed: no error
}

}  // namespace

TEST_CASE("grant statuses are read in any case and spacing, and a near miss is named") {
  CHECK(grant::checked_status(" Paid ") == "paid");
  try {
    grant::checked_status("awardd");
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "unknown grant status \"awardd\"");
    CHECK(e.hint() == "did you mean awarded?");
  }
  CHECK_THROWS_AS(grant::checked_status("paid\nawarded"), Error);
}

TEST_CASE("a grant's project is one line, not empty") {
  CHECK(grant::checked_project("  Holiday club ") == "Holiday club");
  CHECK_THROWS_AS(grant::checked_project("   "), Error);
  CHECK_THROWS_AS(grant::checked_project("a\nb"), Error);
}

TEST_CASE("a grant's status moves forward, or to withdrawn before it is reported") {
  CHECK(kind_of(grant_at("applied", "2026-09-01"), "awarded", "2026-09-02") == ErrorKind::Internal);
  CHECK(kind_of(grant_at("awarded", "2026-09-01"), "reported", "2026-09-01") ==
        ErrorKind::Internal);
  CHECK(kind_of(grant_at("paid", "2026-09-01"), "withdrawn", "2026-09-03") == ErrorKind::Internal);
  CHECK(kind_of(grant_at("paid", "2026-09-01"), "paid", "2026-09-03") == ErrorKind::Conflict);
  CHECK(kind_of(grant_at("paid", "2026-09-01"), "awarded", "2026-09-03") == ErrorKind::Invalid);
  CHECK(kind_of(grant_at("reported", "2026-09-01"), "withdrawn", "2026-09-03") ==
        ErrorKind::Invalid);
  CHECK(kind_of(grant_at("withdrawn", "2026-09-01"), "reported", "2026-09-03") ==
        ErrorKind::Invalid);
}

TEST_CASE("a grant's status cannot change before its last change") {
  Grant g = grant_at("awarded", "2026-09-10");
  CHECK(kind_of(g, "paid", "2026-09-09") == ErrorKind::Invalid);
  try {
    grant::check_status_change(g, "paid", parse_date("2026-09-09"));
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          "2026-09-09 is before the grant's last change (awarded on "
          "2026-09-10)");
  }
}
