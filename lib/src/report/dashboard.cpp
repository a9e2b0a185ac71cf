// SPDX-License-Identifier: MIT
#include <lpg/dashboard.hpp>
#include <lpg/errors.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"
#include "report/dashboard_rules.hpp"

namespace lpg {

namespace {

// The current values of one indicator in one area, oldest first, of the latest value's kind
// (an indicator's values share one kind; see record_value) and up to `until`.
std::vector<TrendPoint> series(const Session& s, std::int64_t indicator, std::int64_t area,
                               const std::string& until) {
  db::Statement q(db::connection(s.store),
                  "SELECT period, value FROM indicator_value WHERE indicator_id = ? AND "
                  "area_id = ? AND superseded_at IS NULL AND period_start <= ? "
                  "ORDER BY period_start");
  q.bind(1, indicator);
  q.bind(2, area);
  q.bind(3, until);
  std::vector<TrendPoint> out;
  while (q.step()) out.push_back({q.column(0).text(), q.column(1).real()});
  return out;
}

std::optional<double> value_for(const Session& s, std::int64_t indicator, std::int64_t area,
                                const std::string& period) {
  db::Statement q(db::connection(s.store),
                  "SELECT value FROM indicator_value WHERE indicator_id = ? AND area_id = ? "
                  "AND period = ? AND superseded_at IS NULL");
  q.bind(1, indicator);
  q.bind(2, area);
  q.bind(3, period);
  if (q.step()) return q.column(0).real();
  return std::nullopt;
}

// The values of the areas directly inside `parent` for a period: how many, and their mean.
std::pair<std::int64_t, double> inside(const Session& s, std::int64_t indicator,
                                       std::int64_t parent, const std::string& period) {
  db::Statement q(db::connection(s.store),
                  "SELECT count(*), coalesce(avg(v.value), 0) FROM indicator_value v JOIN "
                  "area a ON a.id = v.area_id WHERE v.indicator_id = ? AND a.parent_id = ? "
                  "AND v.period = ? AND v.superseded_at IS NULL");
  q.bind(1, indicator);
  q.bind(2, parent);
  q.bind(3, period);
  q.step();
  return {q.column(0).int64(), q.column(1).real()};
}

DashboardLine line_for(const Session& s, const Indicator& i, std::int64_t area,
                       std::optional<std::int64_t> parent, const std::string& until) {
  DashboardLine line;
  line.indicator = i;
  report::set_series(line, series(s, i.id, area, until));
  if (!line.latest) return line;
  const std::string& period = line.latest->period;
  if (parent && report::county_by_mean(i)) {
    auto [n, mean] = inside(s, i.id, *parent, period);
    report::set_county_mean(line, n, mean);
  } else if (parent) {
    report::set_county_value(line, value_for(s, i.id, *parent, period));
  }
  // Only a count asks how many areas inside this one have a value.
  report::set_target(line, report::county_by_mean(i) ? inside(s, i.id, area, period).first : 0);
  return line;
}

// The area's own indicators: countywide ones and those local to a group of exactly this area.
// (--area elsewhere takes in the areas inside it; a dashboard is one area's page, and a county
// page full of its districts' local indicators, with no county values, would say nothing.)
std::vector<Indicator> own_indicators(const Session& s, AreaId area) {
  IndicatorFilter filter;
  filter.area = area;
  std::vector<Indicator> out;
  db::Statement q(db::connection(s.store), "SELECT 1 FROM grp WHERE id = ? AND area_id = ?");
  for (auto& i : list_indicators(s, filter)) {
    if (i.local_group_id) {
      q.reset();
      q.bind(1, *i.local_group_id);
      q.bind(2, area.v);
      if (!q.step()) continue;
    }
    out.push_back(std::move(i));
  }
  return out;
}

}  // namespace

Dashboard dashboard(const Session& s, AreaId area, std::optional<Period> year) {
  db::ReadTx tx(s.store);
  std::vector<Indicator> indicators = own_indicators(s, area);
  Dashboard d;
  d.area_id = area.v;
  d.generated_on = format_date(s.clock.today());
  db::Statement q(db::connection(s.store),
                  "SELECT a.name, p.id, p.name FROM area a LEFT JOIN area p ON "
                  "p.id = a.parent_id WHERE a.id = ?");
  q.bind(1, area.v);
  if (!q.step()) throw Error(ErrorKind::NotFound, fmt::format("area #{} not found", area.v));
  d.area = q.column(0).text();
  std::optional<std::int64_t> parent = q.column(1).opt_int64();
  d.county = q.column(2).text();  // "" when NULL
  // A period starting after the year's end is left out; "9999" keeps everything.
  std::string until = year ? format_date(year->end(s.config.year_start)) : "9999-12-31";
  if (year) d.year = year->to_string();
  for (const auto& i : indicators) {
    d.lines.push_back(line_for(s, i, area.v, parent, until));
  }
  return d;
}

std::vector<AreaId> dashboard_areas(const Session& s) {
  db::Statement q(db::connection(s.store),
                  "SELECT id FROM area WHERE archived_at IS NULL "
                  "ORDER BY parent_id IS NOT NULL, name_key");
  std::vector<AreaId> out;
  while (q.step()) out.push_back({q.column(0).int64()});
  return out;
}

}  // namespace lpg
