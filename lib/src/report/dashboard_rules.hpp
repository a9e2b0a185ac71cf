// SPDX-License-Identifier: MIT
#pragma once
// How a dashboard line is judged, with no SQL (report/dashboard.cpp reads the values).

#include <lpg/dashboard.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace lpg::report {

/// The latest value, the previous one and the direction of travel between them, and the
/// trend (the last kTrendPoints), from an area's values `all`, oldest first.
void set_series(DashboardLine& line, const std::vector<TrendPoint>& all);

/// Like with like: a count is compared with the mean of the county's areas (a district's 18
/// against a county total of 310 says nothing); a rate, percentage or days with the county's
/// own value.
bool county_by_mean(const Indicator& indicator);
/// The county's own value, when it has one for the latest period.
void set_county_value(DashboardLine& line, std::optional<double> county);
/// The mean of `areas` areas of the county, rounded to one decimal; none below two areas.
void set_county_mean(DashboardLine& line, std::int64_t areas, double mean);

/// Whether the indicator's target applies to this area (a count's target is for one area,
/// not for a total of `areas_inside` areas inside it), and whether the latest value meets it.
void set_target(DashboardLine& line, std::int64_t areas_inside);

}  // namespace lpg::report
