// SPDX-License-Identifier: MIT
#include "cli_tree.hpp"

#include <CLI/CLI.hpp>

namespace lpg::cli {

bool is_hidden(const CLI::App& app) { return app.get_group().empty(); }

std::vector<CLI::App*> subcommands_of(CLI::App& app, bool with_hidden) {
  return app.get_subcommands(
      [with_hidden](CLI::App* sub) { return with_hidden || !is_hidden(*sub); });
}

CLI::App* find_subcommand(CLI::App& app, std::string_view name) {
  for (CLI::App* sub : subcommands_of(app, true)) {
    if (sub->get_name() == name) return sub;
  }
  return nullptr;
}

std::vector<std::string> names_of(const CLI::Option& option) {
  std::vector<std::string> names;
  for (const auto& s : option.get_snames()) names.push_back("-" + s);
  for (const auto& l : option.get_lnames()) names.push_back("--" + l);
  return names;
}

bool takes_value(const CLI::Option& option) { return option.get_items_expected_max() != 0; }

std::vector<const CLI::Option*> options_of(const CLI::App& app) {
  std::vector<const CLI::Option*> all;
  for (const CLI::App* at = &app; at != nullptr; at = at->get_parent()) {
    for (const CLI::Option* option : at->get_options()) {
      if (option->nonpositional() && !option->get_group().empty()) all.push_back(option);
    }
  }
  return all;
}

const CLI::Option* find_option(const CLI::App& app, std::string_view name) {
  for (const CLI::Option* option : options_of(app)) {
    for (const auto& n : names_of(*option)) {
      if (n == name) return option;
    }
  }
  return nullptr;
}

std::vector<const CLI::Option*> positionals_of(const CLI::App& app) {
  return app.get_options([](const CLI::Option* option) { return !option->nonpositional(); });
}

std::string path_of(const CLI::App& app) {
  std::vector<std::string> words;
  for (const CLI::App* at = &app; at->get_parent() != nullptr; at = at->get_parent()) {
    words.insert(words.begin(), at->get_name());
  }
  std::string path;
  for (const auto& word : words) path += (path.empty() ? "" : " ") + word;
  return path;
}

}  // namespace lpg::cli
