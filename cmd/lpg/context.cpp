// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "app.hpp"
#include "cli.hpp"

namespace lpg::cli {

Context::Context(GlobalOptions options, std::string command_line, CLI::App& root)
    : options_(std::move(options)),
      command_line_(std::move(command_line)),
      root_(root),
      env_(Environment::from_process()) {
  if (!options_.config.empty()) env_.config_flag = options_.config;
  if (!options_.db.empty()) env_.db_flag = options_.db;
}

Context::~Context() = default;

const Config& Context::config() {
  if (!config_) {
    config_ = load_config(env_);
    for (const auto& warning : config_->warnings) warn(warning);
  }
  return *config_;
}

const Config& Context::config_allowing_missing() {
  if (!config_) {
    config_ = load_config(env_, true);
    for (const auto& warning : config_->warnings) warn(warning);
  }
  return *config_;
}

const Clock& Context::clock() {
  if (!clock_) {
    const char* pinned = std::getenv("LPG_NOW");
    std::optional<std::string> now;
    if (pinned != nullptr && *pinned != '\0') now = pinned;
    clock_ = Clock::make(now, config().timezone);
  }
  return *clock_;
}

const Store& Context::open_store(bool create) {
  if (!store_) {
    const Config& c = config();
    store_ = Store::open({c.db_path, c.busy_timeout_ms, create, command_line_});
  }
  return *store_;
}

const Store& Context::store() { return open_store(true); }
const Store& Context::existing_store() { return open_store(false); }

std::string Context::format_name(const std::vector<std::string>& allowed) {
  std::string chosen = options_.format.empty() ? allowed.front() : "";
  for (const auto& name : allowed) {
    if (name == options_.format) chosen = name;
  }
  if (!chosen.empty()) {
    if (options_.no_header && chosen != "table" && chosen != "csv") {
      throw Error(ErrorKind::Usage, "--no-header is for table and csv output, not " + chosen,
                  "leave out --no-header, or choose --format csv");
    }
    return chosen;
  }
  std::string list;
  for (const auto& name : allowed) list += (list.empty() ? "" : ", ") + name;
  throw Error(ErrorKind::Usage,
              "--format " + options_.format + " is not available for this command",
              "choose one of: " + list);
}

render::Format Context::format() {
  std::string name = format_name({"table", "csv", "json"});
  if (name == "csv") return render::Format::Csv;
  if (name == "json") return render::Format::Json;
  return render::Format::Table;
}

render::Style Context::style(bool to_file) {
  render::Style style;
  style.date_style = config().date_style;
  style.neutralise_csv = !options_.raw;
  style.header = !options_.no_header;
  const std::string& bom = config().csv_bom;
  style.csv_bom = bom == "always" || (to_file && bom == "files");
  if (to_file) return style;
  bool tty = ::isatty(STDOUT_FILENO) != 0;
  const char* no_color = std::getenv("NO_COLOR");
  bool no_color_set = no_color != nullptr && *no_color != '\0';
  const std::string& color = config().color;
  style.color = !no_color_set && (color == "always" || (color == "auto" && tty));
  if (tty) {
    winsize ws{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) style.width = ws.ws_col;
  }
  return style;
}

std::ostream& Context::out() {
  printed_ = true;
  return std::cout;
}

void Context::warn(const std::string& message) {
  if (!options_.quiet) std::cerr << "lpg: warning: " << printable(message) << '\n';
}

void Context::note(const std::string& message) {
  if (!options_.quiet) std::cerr << printable(message) << '\n';
}

}  // namespace lpg::cli
