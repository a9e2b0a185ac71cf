// SPDX-License-Identifier: MIT
// lpg group show GROUP: the group, then one section per list about it.
#include <lpg/groups.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

Action setup_group_show(CLI::App& sub) {
  auto ref = std::make_shared<std::string>();
  sub.add_option("group", *ref, "Name or #id")->required();
  return [ref](Context& ctx) {
    Session s = ctx.read_session();
    Group g = show_group(s, *ref);
    render::Record record = render::group_record(g);
    std::vector<render::Section> sections = render::group_sections(g);
    // Further sections (members, missing categories, next meeting) append here.
    render::print(ctx.out(), record, sections, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
