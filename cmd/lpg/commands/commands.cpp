// SPDX-License-Identifier: MIT
// lpg __commands: every command path with its options and positionals, read from the CLI11
// tree the command table built. tests/e2e/test_docs_consistency.py reads it (--format json)
// to check that every command has a man page, documents its options and has a CLI case.
#include <CLI/CLI.hpp>

#include "app.hpp"
#include "cli_tree.hpp"

namespace lpg::cli {

namespace {

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Options declared on `app` itself (a leaf's own; the root's are the global options), all of
// them or only those that take a value.
std::string own_options(const CLI::App& app, bool valued_only) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    if (!option->nonpositional() || option->get_group().empty()) continue;
    if (option == app.get_help_ptr() || option == app.get_version_ptr()) continue;
    if (valued_only && !takes_value(*option)) continue;
    for (const auto& n : names_of(*option)) names.push_back(n);
  }
  return join(names);
}

std::string positional_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : positionals_of(app)) names.push_back(option->get_name(true));
  return join(names);
}

void add_rows(render::Table& table, CLI::App& app) {
  auto subs = subcommands_of(app, true);
  std::string path = path_of(app);
  table.add({path.empty() ? "lpg" : "lpg " + path, subs.empty(), is_hidden(app),
             own_options(app, false), own_options(app, true), positional_names(app),
             app.get_description()});
  for (CLI::App* sub : subs) add_rows(table, *sub);
}

}  // namespace

Action setup_commands(CLI::App& sub) {
  sub.footer(
      "The first row, 'lpg', carries the global options. --help and --version are left out:\n"
      "every command has them. value_options are the options that take a value.");
  return [](Context& ctx) {
    render::Table table({{"command", ""},
                         {"leaf", ""},
                         {"hidden", ""},
                         {"options", ""},
                         {"value_options", ""},
                         {"positionals", ""},
                         {"summary", ""}});
    add_rows(table, ctx.root());
    ctx.print(table);
  };
}

}  // namespace lpg::cli
