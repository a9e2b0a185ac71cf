// SPDX-License-Identifier: MIT
#include "render/indicators.hpp"

#include <lpg/money.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg::render {

namespace {
Cell number_or_null(const std::optional<double>& v) { return v ? Cell{*v} : Cell{}; }
}  // namespace

Table indicators_table(const std::vector<Indicator>& indicators) {
  Table t({{"id", ""},
           {"name", ""},
           {"outcome", ""},
           {"unit", ""},
           {"better", ""},
           {"target", ""},
           {"local_to", "local to"},
           {"archived", ""}});
  for (const auto& i : indicators) {
    t.add({i.id, i.name, i.outcome, i.unit, i.better, number_or_null(i.target),
           text_or_null(i.local_group), i.archived_at.has_value()});
  }
  return t;
}

Record indicator_record(const Indicator& i) {
  Record r;
  r.add("id", i.id)
      .add("name", i.name)
      .add("outcome", i.outcome)
      .add("unit", i.unit)
      .add("better", i.better)
      .add("target", number_or_null(i.target))
      .add("local_to", text_or_null(i.local_group), "local to")
      .add("description", text_or_null(i.description))
      .add("archived", i.archived_at.has_value());
  return r;
}

Table values_table(const std::vector<IndicatorValue>& values, bool history) {
  std::vector<Column> cols = {{"area", ""}, {"period", ""}, {"value", ""}, {"source", ""}};
  if (history) {
    cols.push_back({"recorded_at", "recorded"});
    cols.push_back({"superseded_at", "superseded"});
  }
  Table t(cols);
  for (const auto& v : values) {
    std::vector<Cell> row = {v.area, v.period, v.value, text_or_null(v.source)};
    if (history) {
      row.emplace_back(v.recorded_at);
      row.push_back(v.superseded_at ? Cell{*v.superseded_at} : Cell{});
    }
    t.add(row);
  }
  return t;
}

Table priorities_table(const std::vector<Priority>& priorities) {
  Table t({{"id", ""}, {"group", ""}, {"year", ""}, {"priority", ""}, {"indicators", ""}});
  for (const auto& p : priorities) {
    t.add({p.id, p.group, p.year, p.text,
           text_or_null(fmt::format("{}", fmt::join(p.indicators, "; ")))});
  }
  return t;
}

Record priority_record(const Priority& p) {
  Record r;
  r.add("id", p.id)
      .add("group", p.group)
      .add("year", p.year)
      .add("priority", p.text)
      .add("indicators", text_or_null(fmt::format("{}", fmt::join(p.indicators, "; "))));
  return r;
}

Table grants_table(const std::vector<Grant>& grants) {
  Table t({{"id", ""},
           {"group", ""},
           {"area", ""},
           {"recipient", ""},
           {"project", ""},
           {"amount", ""},
           {"awarded", ""},
           {"status", ""},
           {"priority_id", "priority"}});
  for (const auto& g : grants) {
    t.add({g.id, g.group, text_or_null(g.area), g.recipient, g.project,
           format_pence(g.amount_pence), DateCell{g.awarded_on}, g.status,
           optional_cell(g.priority_id)});
  }
  return t;
}

Record grant_record(const Grant& g) {
  Record r;
  r.add("id", g.id)
      .add("group", g.group)
      .add("area", text_or_null(g.area))
      .add("recipient", g.recipient)
      .add("sector", g.sector)
      .add("project", g.project)
      .add("amount", format_pence(g.amount_pence))
      .add("awarded", DateCell{g.awarded_on})
      .add("status", g.status)
      .add("priority_id", optional_cell(g.priority_id), "priority")
      .add("priority_text", text_or_null(g.priority), "priority text");
  return r;
}

Table grant_history_table(const Grant& g) {
  Table t({{"status", ""}, {"on", ""}});
  for (const auto& h : g.history) t.add({h.status, DateCell{h.on}});
  return t;
}

Table grant_totals_table(const std::vector<GrantTotal>& totals) {
  Table t({{"by", ""}, {"name", ""}, {"count", ""}, {"total", ""}});
  for (const auto& row : totals) {
    t.add({row.by, row.name, row.count, format_pence(row.total_pence)});
  }
  return t;
}

std::string sparkline(const std::vector<TrendPoint>& trend) {
  static const char* bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  if (trend.empty()) return {};
  auto [lo, hi] = std::minmax_element(
      trend.begin(), trend.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
  std::string out;
  for (const auto& p : trend) {
    double span = hi->value - lo->value;
    int level = span > 0 ? static_cast<int>((p.value - lo->value) / span * 7 + 0.5) : 3;
    out += bars[std::clamp(level, 0, 7)];
  }
  return out;
}

Table dashboard_table(const Dashboard& d, bool spark) {
  std::vector<Column> cols = {{"indicator", ""},
                              {"local_to", "local to"},
                              {"unit", ""},
                              {"better", ""},
                              {"period", ""},
                              {"value", ""},
                              {"target", ""},
                              {"on_target", "on target"},
                              {"previous", ""},
                              {"travel", ""},
                              {"county", ""},
                              {"county_basis", "county is"},
                              {"against_county", "vs county"},
                              {"target_applies", "target applies"}};
  if (spark) cols.push_back({"trend", ""});
  Table t(cols);
  for (const auto& l : d.lines) {
    auto travel = [](Travel v) {
      return v == Travel::None ? Cell{} : Cell{std::string(to_string(v))};
    };
    std::vector<Cell> row = {l.indicator.name,
                             text_or_null(l.indicator.local_group),
                             l.indicator.unit,
                             l.indicator.better,
                             l.latest ? Cell{l.latest->period} : Cell{},
                             l.latest ? Cell{l.latest->value} : Cell{},
                             number_or_null(l.indicator.target),
                             optional_cell(l.on_target),
                             l.previous ? Cell{l.previous->value} : Cell{},
                             travel(l.travel),
                             number_or_null(l.county),
                             text_or_null(l.county_basis),
                             travel(l.against_county),
                             l.target_applies};
    if (spark) row.emplace_back(sparkline(l.trend));
    t.add(row);
  }
  return t;
}

}  // namespace lpg::render
