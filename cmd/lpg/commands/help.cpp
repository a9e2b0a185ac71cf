// SPDX-License-Identifier: MIT
// lpg help [COMMAND...]: the man page of the command's noun (lpg-db for `help db backup`) through
// man(1) when stdout is a terminal and the page can be found; otherwise, and so always in tests
// and pipes, the same text as COMMAND --help.
#include <lpg/errors.hpp>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <optional>

#include "app.hpp"
#include "suggest.hpp"

namespace lpg::cli {

namespace {

namespace fs = std::filesystem;

// The page file: build/man beside an uninstalled binary, PREFIX/share/man beside an installed
// one (wherever it was installed to), then the configured LPG_MANDIR.
std::optional<std::string> man_page_file(const std::string& page) {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec).parent_path();
  std::vector<fs::path> places;
  if (!ec) {
    places.push_back(exe / "man" / (page + ".1"));
    places.push_back(exe / ".." / "share" / "man" / "man1" / (page + ".1"));
  }
  places.push_back(fs::path(LPG_MANDIR) / "man1" / (page + ".1"));
  for (const auto& place : places) {
    if (fs::is_regular_file(place, ec)) return place.string();
  }
  return std::nullopt;
}

// Replaces lpg with `man -l FILE`; returns only when that is not possible.
void try_man(const std::string& page) {
  if (::isatty(STDOUT_FILENO) == 0) return;
  auto file = man_page_file(page);
  if (!file) return;
  std::cout.flush();
  ::execlp("man", "man", "-l", file->c_str(), static_cast<char*>(nullptr));
}

}  // namespace

Action setup_help(CLI::App& sub) {
  auto words = std::make_shared<std::vector<std::string>>();
  sub.add_option("command", *words, "The command to explain, e.g. 'meeting schedule'");
  sub.footer("On a terminal, shows the command's man page when it is installed.");
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
    try_man(words->empty() ? "lpg" : "lpg-" + words->front());
    // The formatter directly: App::help() would describe the selected `help` subcommand.
    ctx.out() << app->get_formatter()->make_help(app, path, CLI::AppFormatMode::Normal);
  };
}

}  // namespace lpg::cli
