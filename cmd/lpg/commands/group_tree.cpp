// SPDX-License-Identifier: MIT
// lpg group tree [--root GROUP]: who reports to whom, boards at the top.
#include <lpg/groups.hpp>

#include <CLI/CLI.hpp>

#include <set>

#include "app.hpp"
#include "render/tree.hpp"

namespace lpg::cli {

namespace {

render::TreeNode node_of(const GroupTreeNode& g) {
  render::TreeNode node{{g.name, g.kind}, {}};
  for (const auto& child : g.children) node.children.push_back(node_of(child));
  return node;
}

// CSV has no nesting: one row per reporting line, and a row with no parent for each top.
void add_lines(render::Table& table, const GroupTreeNode& g, const std::string& parent,
               std::set<std::pair<std::string, std::string>>& seen) {
  if (seen.insert({g.name, parent}).second) {
    table.add({g.name, parent.empty() ? render::Cell{} : render::Cell{parent}});
  }
  for (const auto& child : g.children) add_lines(table, child, g.name, seen);
}

}  // namespace

Action setup_group_tree(CLI::App& sub) {
  auto root = std::make_shared<std::optional<std::string>>();
  sub.add_option("--root", *root, "Only this group and those reporting to it")
      ->option_text("GROUP");
  sub.footer(
      "Archived groups are left out. A group reporting to two bodies appears under both.\n"
      "--format json nests children; --format csv gives one row per reporting line.");
  return [root](Context& ctx) {
    Session s = ctx.read_session();
    std::vector<GroupTreeNode> tops = group_tree(s, *root);
    if (ctx.format() == render::Format::Csv) {
      render::Table table({{"group", ""}, {"reports_to", ""}});
      std::set<std::pair<std::string, std::string>> seen;
      for (const auto& top : tops) add_lines(table, top, "", seen);
      ctx.print(table);
      return;
    }
    render::Tree tree{{{"name", "group"}, {"kind", ""}}, "children", {}};
    for (const auto& top : tops) tree.roots.push_back(node_of(top));
    render::print(ctx.out(), tree, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
