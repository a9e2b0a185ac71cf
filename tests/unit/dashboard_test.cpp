// SPDX-License-Identifier: MIT
#include <lpg/dashboard.hpp>
#include <lpg/errors.hpp>
#include <lpg/grants.hpp>

#include <doctest/doctest.h>

#include "db/store_impl.hpp"
#include "fixture.hpp"

using namespace lpg;

namespace {
struct Fixture : test::Db {
  Fixture() {
    db::conn(store).exec(
        "INSERT INTO area (id, name, name_key, created_at) VALUES (1, 'Oxfordshire', "
        "'oxfordshire', 'x'); INSERT INTO area (id, name, name_key, parent_id, created_at) "
        "VALUES (2, 'Cherwell', 'cherwell', 1, 'x')");
  }
  void record(std::int64_t indicator, std::int64_t area, const char* period, const char* value) {
    record_value(session, {indicator, {area}, period, value, ""});
  }
};
}  // namespace

TEST_CASE("direction of travel respects which way is better") {
  CHECK(compare(64.2, 61.5, "higher") == Travel::Better);
  CHECK(compare(61.5, 64.2, "higher") == Travel::Worse);
  CHECK(compare(120, 152, "lower") == Travel::Better);
  CHECK(compare(152, 120, "lower") == Travel::Worse);
  CHECK(compare(72, 72, "lower") == Travel::Same);
}

TEST_CASE("the dashboard compares with the previous recorded period and the county") {
  Fixture f;
  Indicator waits = add_indicator(f.session, {"Days to EHCP", "SEND needs met", "days", "lower",
                                              std::string("140"), std::nullopt, ""});
  f.record(waits.id, 2, "2026-Q1", "160");
  f.record(waits.id, 2, "2026-Q3", "130");  // 2026-Q2 was never recorded
  f.record(waits.id, 1, "2026-Q3", "125");
  f.record(waits.id, 2, "2026-Q3", "128");  // a correction replaces, it is not a new period
  Dashboard d = dashboard(f.session, {2}, std::nullopt);
  REQUIRE(d.lines.size() == 1);
  const DashboardLine& l = d.lines[0];
  CHECK(d.county == "Oxfordshire");
  CHECK(l.latest->period == "2026-Q3");
  CHECK(l.latest->value == 128);
  CHECK(l.previous->period == "2026-Q1");
  CHECK(l.travel == Travel::Better);
  CHECK(*l.county == 125);
  CHECK(l.against_county == Travel::Worse);
  CHECK(*l.on_target);
  CHECK(l.trend.size() == 2);
  Dashboard earlier = dashboard(f.session, {2}, Period::parse("FY2025/26"));
  CHECK(earlier.lines[0].latest->period == "2026-Q1");
  CHECK_FALSE(earlier.lines[0].previous.has_value());
}
