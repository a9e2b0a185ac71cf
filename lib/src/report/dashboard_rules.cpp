// SPDX-License-Identifier: MIT
#include "report/dashboard_rules.hpp"

#include <fmt/format.h>

#include <cmath>

namespace lpg {

const char* to_string(Travel travel) noexcept {
  switch (travel) {
    case Travel::Better:
      return "better";
    case Travel::Worse:
      return "worse";
    case Travel::Same:
      return "same";
    case Travel::None:
      break;
  }
  return "";
}

Travel compare(double value, double before, const std::string& better) {
  if (value == before) return Travel::Same;
  bool up = value > before;
  return up == (better == "higher") ? Travel::Better : Travel::Worse;
}

namespace report {

void set_series(DashboardLine& line, const std::vector<TrendPoint>& all) {
  if (all.empty()) return;
  line.latest = all.back();
  if (all.size() > 1) {
    line.previous = all[all.size() - 2];
    line.travel = compare(line.latest->value, line.previous->value, line.indicator.better);
  }
  std::size_t first = all.size() > kTrendPoints ? all.size() - kTrendPoints : 0;
  line.trend.assign(all.begin() + static_cast<std::ptrdiff_t>(first), all.end());
}

bool county_by_mean(const Indicator& indicator) { return indicator.unit == "count"; }

namespace {

void against_county(DashboardLine& line) {
  if (line.county) {
    line.against_county = compare(line.latest->value, *line.county, line.indicator.better);
  }
}

}  // namespace

void set_county_value(DashboardLine& line, std::optional<double> county) {
  line.county = county;
  if (line.county) line.county_basis = "county value";
  against_county(line);
}

void set_county_mean(DashboardLine& line, std::int64_t areas, double mean) {
  if (areas >= 2) {
    line.county = std::round(mean * 10.0) / 10.0;
    line.county_basis = fmt::format("mean of {} areas", areas);
  }
  against_county(line);
}

void set_target(DashboardLine& line, std::int64_t areas_inside) {
  const Indicator& i = line.indicator;
  line.target_applies = i.unit != "count" || areas_inside == 0;
  if (i.target && line.target_applies) {
    line.on_target = compare(line.latest->value, *i.target, i.better) != Travel::Worse;
  }
}

}  // namespace report
}  // namespace lpg
