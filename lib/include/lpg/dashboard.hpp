// SPDX-License-Identifier: MIT
#pragma once
// An area's dashboard: each indicator's latest value, target, direction of travel and the
// county figure beside it, with the recent trend. Data only; cmd/lpg/render draws it.

#include <lpg/indicators.hpp>
#include <lpg/period.hpp>
#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lpg {

struct TrendPoint {
  std::string period;
  double value = 0;
};

/// How a value compares: better, worse or same (respecting the indicator's direction).
enum class Travel { None, Better, Worse, Same };
const char* to_string(Travel travel) noexcept;  ///< "", "better", "worse", "same"

struct DashboardLine {
  Indicator indicator;
  std::optional<TrendPoint> latest;
  std::optional<TrendPoint> previous;  ///< the previous recorded period before latest
  Travel travel = Travel::None;        ///< latest against previous
  /// The county figure latest is compared with, like with like: for a percent, rate or days,
  /// the parent area's own value for latest's period; for a count, the mean of the values of
  /// the areas inside the parent for that period (at least two of them), never the parent's
  /// total. See county_basis.
  std::optional<double> county;
  std::string county_basis;  ///< "county value" or "mean of 12 areas"; empty without a county
  Travel against_county = Travel::None;
  /// False for a count in an area whose own areas have values for the period: its value is
  /// their total, and the target is for one area (a district's), not for a total.
  bool target_applies = true;
  std::optional<bool> on_target;  ///< latest meets the target (in the better direction)
  std::vector<TrendPoint> trend;  ///< up to kTrendPoints values, oldest first
};

inline constexpr std::size_t kTrendPoints = 8;

struct Dashboard {
  std::int64_t area_id = 0;
  std::string area;
  std::string county;               ///< the parent area's name; empty when the area has none
  std::optional<std::string> year;  ///< values up to the end of this year only
  std::string generated_on;         ///< ISO date
  std::vector<DashboardLine> lines;
};

/// Direction of `value` against `before` for an indicator where `better` is higher or lower.
Travel compare(double value, double before, const std::string& better);

/// The dashboard of an area: every current indicator of the area (countywide ones plus those
/// local to its groups), from values recorded up to the end of `year` when given.
Dashboard dashboard(const Session& s, AreaId area, std::optional<Period> year);

/// Every area not archived, the top-level ones (counties) first, then by name.
std::vector<AreaId> dashboard_areas(const Session& s);

}  // namespace lpg
