// SPDX-License-Identifier: MIT
// lpg indicator record NAME --area A --period P --value V [--source TEXT]
#include <lpg/indicators.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct IndicatorRecordOptions {
  std::string indicator, area, period, value, source;
};
}  // namespace

Action setup_indicator_record(CLI::App& sub) {
  auto o = std::make_shared<IndicatorRecordOptions>();
  sub.add_option("indicator", o->indicator, "The indicator (name or #id)")->required();
  sub.add_option("--area", o->area, "The area the value is for")->required();
  sub.add_option("--period", o->period, "2026-11, 2026-Q3, 2026/27 or FY2026/27")->required();
  sub.add_option("--value", o->value, "The value")->required();
  sub.add_option("--source", o->source, "Where the figure comes from");
  sub.footer(
      "Recording a different value for the same period corrects it; the old value is\n"
      "kept (see 'lpg indicator show NAME --history').");
  return [o](Context& ctx) {
    Session s = ctx.session();
    ValueInput in{find_indicator(s, o->indicator), find_area(s, o->area), o->period, o->value,
                  o->source};
    RecordOutcome outcome = record_value(s, in);
    render::Record r;
    r.add("indicator", get_indicator(s, in.indicator).name)
        .add("area", o->area)
        .add("period", Period::parse(o->period).to_string())
        .add("value", parse_indicator_value(o->value, "rate"))
        .add("outcome", std::string(to_string(outcome)));
    ctx.print(r);
  };
}

}  // namespace lpg::cli
