// SPDX-License-Identifier: MIT
#include "suggest.hpp"

#include <lpg/text.hpp>

#include <CLI/CLI.hpp>

#include <set>

namespace lpg::cli {

namespace {

// Root options that take a value as the next word.
const std::set<std::string> kValueOptions = {"--config", "--db", "--format"};

std::vector<std::string> names_of(CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands({})) {
    if (!sub->get_group().empty()) names.push_back(sub->get_name());
  }
  return names;
}

}  // namespace

std::optional<Typo> suggest_command(CLI::App& root, int argc, char** argv) {
  CLI::App* app = &root;
  std::string path = "lpg";
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word == "--") return std::nullopt;
    if (word.starts_with("-")) {
      if (kValueOptions.count(word) != 0) ++i;
      continue;
    }
    if (app->get_subcommands({}).empty()) return std::nullopt;  // a leaf: positionals follow
    CLI::App* next = nullptr;
    try {
      next = app->get_subcommand(word);
    } catch (const CLI::OptionNotFound&) {
      next = nullptr;
    }
    if (next == nullptr) return unknown_command(*app, path, word);
    app = next;
    path += " " + word;
  }
  return std::nullopt;
}

Typo unknown_command(CLI::App& parent, const std::string& path, const std::string& word) {
  Typo typo{"'" + word + "' is not an " + path + " command", "see '" + path + " --help'"};
  if (auto near = nearest(word, names_of(parent))) {
    typo.hint = "did you mean '" + path + " " + *near + "'?";
  }
  return typo;
}

std::string parsed_path(CLI::App& root) {
  std::string path;
  CLI::App* app = &root;
  while (true) {
    auto chosen = app->get_subcommands();
    if (chosen.empty()) break;
    app = chosen.front();
    path += (path.empty() ? "" : " ") + app->get_name();
  }
  return path;
}

}  // namespace lpg::cli
