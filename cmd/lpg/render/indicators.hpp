// SPDX-License-Identifier: MIT
#pragma once
// Indicators, values, priorities and grants as tables and records. Money prints as a string
// of pounds with two decimals ("2500.00") in tables, CSV and JSON alike: exact, never a float.

#include <lpg/dashboard.hpp>
#include <lpg/grants.hpp>
#include <lpg/indicators.hpp>

#include "render/table.hpp"

namespace lpg::render {

Table indicators_table(const std::vector<Indicator>& indicators);
Record indicator_record(const Indicator& i);
Table values_table(const std::vector<IndicatorValue>& values, bool history);

Table priorities_table(const std::vector<Priority>& priorities);
Record priority_record(const Priority& p);

Table grants_table(const std::vector<Grant>& grants);
Record grant_record(const Grant& g);
Table grant_history_table(const Grant& g);
Table grant_totals_table(const std::vector<GrantTotal>& totals);

/// The dashboard as rows; with `sparkline` a trend column of ▁▂▃▄▅▆▇█ (for a terminal).
Table dashboard_table(const Dashboard& d, bool sparkline);
/// "▁▃█": each value scaled between the series' lowest and highest.
std::string sparkline(const std::vector<TrendPoint>& trend);

}  // namespace lpg::render
