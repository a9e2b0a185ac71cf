// SPDX-License-Identifier: MIT
#include "report/dashboard_rules.hpp"

#include <lpg/dashboard.hpp>

#include <doctest/doctest.h>

using namespace lpg;

namespace {

DashboardLine line_of(const char* unit, const char* better, std::optional<double> target = {}) {
  DashboardLine line;
  line.indicator.unit = unit;
  line.indicator.better = better;
  line.indicator.target = target;
  return line;
}

std::vector<TrendPoint> points(int n) {
  std::vector<TrendPoint> out;
  for (int i = 1; i <= n; ++i) out.push_back({"2026-" + std::to_string(i), 10.0 * i});
  return out;
}

}  // namespace

TEST_CASE("a dashboard line's travel is from the previous value, its trend the last points") {
  DashboardLine none = line_of("rate", "lower");
  report::set_series(none, {});
  CHECK_FALSE(none.latest);

  DashboardLine one = line_of("rate", "lower");
  report::set_series(one, points(1));
  CHECK(one.latest->value == 10.0);
  CHECK_FALSE(one.previous);
  CHECK(one.travel == Travel::None);

  DashboardLine many = line_of("rate", "lower");
  report::set_series(many, points(10));
  CHECK(many.latest->value == 100.0);
  CHECK(many.previous->value == 90.0);
  CHECK(many.travel == Travel::Worse);  // up, and lower is better
  REQUIRE(many.trend.size() == kTrendPoints);
  CHECK(many.trend.front().value == 30.0);
}

TEST_CASE("a count is compared with the mean of two or more county areas, others with the county") {
  CHECK(report::county_by_mean(line_of("count", "higher").indicator));
  CHECK_FALSE(report::county_by_mean(line_of("percent", "higher").indicator));

  DashboardLine count = line_of("count", "higher");
  report::set_series(count, points(1));
  report::set_county_mean(count, 1, 4.0);
  CHECK_FALSE(count.county);
  report::set_county_mean(count, 3, 12.345);
  CHECK(count.county == doctest::Approx(12.3));
  CHECK(count.county_basis == "mean of 3 areas");
  CHECK(count.against_county == Travel::Worse);

  DashboardLine rate = line_of("rate", "lower");
  report::set_series(rate, points(1));
  report::set_county_value(rate, std::nullopt);
  CHECK_FALSE(rate.county);
  CHECK(rate.against_county == Travel::None);
  report::set_county_value(rate, 12.0);
  CHECK(rate.county_basis == "county value");
  CHECK(rate.against_county == Travel::Better);
}

TEST_CASE("a count's target is for one area, not a total of the areas inside it") {
  DashboardLine district = line_of("count", "higher", 8.0);
  report::set_series(district, points(1));
  report::set_target(district, 0);
  CHECK(district.target_applies);
  CHECK(district.on_target == true);

  DashboardLine county = line_of("count", "higher", 8.0);
  report::set_series(county, points(1));
  report::set_target(county, 4);
  CHECK_FALSE(county.target_applies);
  CHECK_FALSE(county.on_target);

  DashboardLine rate = line_of("rate", "higher", 12.0);
  report::set_series(rate, points(1));
  report::set_target(rate, 4);
  CHECK(rate.target_applies);
  CHECK(rate.on_target == false);
}
