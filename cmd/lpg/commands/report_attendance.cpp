// SPDX-License-Identifier: MIT
// lpg report attendance [--by member|organisation|sector|group] [--below 50%] [scope]
#include <lpg/errors.hpp>
#include <lpg/reports.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/report_scope.hpp"
#include "render/reports.hpp"

namespace lpg::cli {

namespace {
struct ReportAttendanceOptions {
  ScopeInput scope;
  std::string by = "member", below;
};

double parse_percent(std::string text) {
  if (!text.empty() && text.back() == '%') text.pop_back();
  try {
    std::size_t used = 0;
    double v = std::stod(text, &used);
    if (used == text.size() && v >= 0 && v <= 100) return v;
  } catch (const std::exception&) {  // reported below
  }
  throw Error(ErrorKind::Invalid, "--below " + text + " is not a percentage",
              "give a number from 0 to 100, such as 50%");
}

AttendanceBy by_of(const std::string& by) {
  if (by == "organisation") return AttendanceBy::Organisation;
  if (by == "sector") return AttendanceBy::Sector;
  if (by == "group") return AttendanceBy::Group;
  return AttendanceBy::Member;
}
}  // namespace

Action setup_report_attendance(CLI::App& sub) {
  auto o = std::make_shared<ReportAttendanceOptions>();
  add_scope_options(sub, o->scope);
  sub.add_option("--by", o->by, "Rates per member, organisation, sector or group")
      ->check(CLI::IsMember({"member", "organisation", "sector", "group"}));
  sub.add_option("--below", o->below, "Only rates below this percentage, for follow-up");
  sub.footer(
      "Counts the register of meetings held in the period (default: the academic year of\n"
      "--as-of). Present and represented count as attending; apologies are counted apart.\n"
      "rate = (present + represented) / recorded, in percent.");
  return [o](Context& ctx) {
    std::optional<double> below;
    if (!o->below.empty()) below = parse_percent(o->below);
    Session s = ctx.read_session();
    ReportScope scope = resolve_scope(s, o->scope, DefaultPeriod::AcademicYear);
    ctx.print(
        render::attendance_table(attendance_report(s, scope, by_of(o->by), below), by_of(o->by)));
  };
}

}  // namespace lpg::cli
