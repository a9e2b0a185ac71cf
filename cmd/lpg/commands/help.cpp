// SPDX-License-Identifier: MIT
// lpg help [COMMAND...]: the help of any command, the same as COMMAND --help.
#include <lpg/errors.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

#include "app.hpp"
#include "suggest.hpp"

namespace lpg::cli {

Action setup_help(CLI::App& sub) {
  auto words = std::make_shared<std::vector<std::string>>();
  sub.add_option("command", *words, "The command to explain, e.g. 'meeting schedule'");
  return [words](Context& ctx) {
    CLI::App* app = &ctx.root();
    std::string path = "lpg";
    for (const auto& word : *words) {
      CLI::App* next = nullptr;
      try {
        next = app->get_subcommand(word);
      } catch (const CLI::OptionNotFound&) {
        Typo typo = unknown_command(*app, path, word);
        throw Error(ErrorKind::Usage, typo.message, typo.hint);
      }
      app = next;
      path += " " + word;
    }
    // The formatter directly: App::help() would describe the selected `help` subcommand.
    ctx.out() << app->get_formatter()->make_help(app, path, CLI::AppFormatMode::Normal);
  };
}

}  // namespace lpg::cli
