// SPDX-License-Identifier: MIT
// lpg group edit GROUP [--name] [--kind] [--area|--no-area] [--cadence|--no-cadence]
//                      [--quorum|--no-quorum] [--description] [--reports-to G]...
//                      [--no-reports-to G]...
#include <lpg/groups.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

namespace {
struct GroupEditOptions {
  std::string ref;
  GroupEdit edit;
};

void add_pair(CLI::App& sub, const char* name, std::optional<std::string>& value, bool& clear,
              const char* text, const char* help, const char* clear_help) {
  auto* set = sub.add_option(std::string("--") + name, value, help)->option_text(text);
  sub.add_flag(std::string("--no-") + name, clear, clear_help)->excludes(set);
}
}  // namespace

Action setup_group_edit(CLI::App& sub) {
  auto o = std::make_shared<GroupEditOptions>();
  GroupEdit& e = o->edit;
  sub.add_option("group", o->ref, "Name or #id")->required();
  sub.add_option("--name", e.name, "A new name")->option_text("NAME");
  sub.add_option("--kind", e.kind, "A new kind")->option_text("KIND");
  add_pair(sub, "area", e.area, e.no_area, "AREA", "The area it serves", "It serves no one area");
  add_pair(sub, "cadence", e.cadence, e.no_cadence, "CADENCE", "How often it meets",
           "Clear the cadence");
  add_pair(sub, "quorum", e.quorum, e.no_quorum, "N|N/M", "Members needed", "Clear the quorum");
  sub.add_option("--description", e.description, "What the group is for")->option_text("TEXT");
  sub.add_option("--reports-to", e.add_reports_to, "Start reporting to GROUP (repeatable)")
      ->option_text("GROUP")
      ->allow_extra_args(false);
  sub.add_option("--no-reports-to", e.remove_reports_to, "Stop reporting to GROUP (repeatable)")
      ->option_text("GROUP")
      ->allow_extra_args(false);
  sub.footer("A new name is carried into the cadence of groups that meet after this one.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    Group g = edit_group(s, o->ref, o->edit);
    render::print(ctx.out(), render::group_record(g), render::group_sections(g), ctx.format(),
                  ctx.style());
  };
}

}  // namespace lpg::cli
