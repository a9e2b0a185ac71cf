// SPDX-License-Identifier: MIT
#include "cli.hpp"

#include <lpg/database_url.hpp>
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/text.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <thread>

#include "app.hpp"
#include "suggest.hpp"

namespace lpg::cli {

namespace {}  // namespace

// Messages quote what the user typed ("unknown sector ...") and what is stored: shown through
// visible() (control characters and bytes that are not UTF-8 escaped), a quoted megabyte cut
// short.
std::string printable(std::string_view text) {
  constexpr std::size_t kMost = 2000;
  bool cut = text.size() > kMost;
  if (cut) {
    text = text.substr(0, kMost);
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
      text.remove_suffix(1);
    }
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.remove_suffix(1);
  }
  std::string out = visible(text, true);
  return cut ? out + "..." : out;
}

namespace {

void print_error(const std::string& message, const std::string& hint) {
  const char* no_color = std::getenv("NO_COLOR");
  bool color = ::isatty(STDERR_FILENO) != 0 && (no_color == nullptr || *no_color == '\0');
  std::cerr << (color ? "\033[1;31mlpg: error:\033[0m " : "lpg: error: ") << printable(message)
            << '\n';
  if (!hint.empty()) std::cerr << "hint: " << printable(hint) << '\n';
}

// What the audit log records as the command: a database password given on the command line
// (--db postgresql://jo:secret@..., lpg db copy ... URL) is never kept.
std::string without_password(std::string_view arg) {
  constexpr std::string_view kDbIs = "--db=";
  if (arg.starts_with(kDbIs)) return std::string(kDbIs) + without_password(arg.substr(5));
  if (database_url_password(arg).empty()) return std::string(arg);
  return redact_database_url(arg);
}

std::string command_line_of(int argc, char** argv) {
  std::string line = "lpg";
  for (int i = 1; i < argc; ++i) line += " " + shell_quote(without_password(argv[i]));
  return line;
}

// Builds the subcommand tree. Each leaf's callback only records its action; the work runs
// after parse() returns, so a parse error and a domain error can never be confused.
void add_commands(CLI::App& root, Action& chosen) {
  std::map<std::string, CLI::App*> nouns;
  for (const auto& spec : command_table()) {
    CLI::App* parent = &root;
    std::string key;
    for (std::size_t i = 0; i + 1 < spec.path.size(); ++i) {
      key += spec.path[i] + " ";
      parent = nouns.at(key);
    }
    CLI::App* sub = parent->add_subcommand(spec.path.back(), spec.summary);
    if (spec.hidden) sub->group("");
    if (spec.setup == nullptr) {
      sub->require_subcommand(1);
      nouns[key + spec.path.back() + " "] = sub;
      continue;
    }
    Action action = spec.setup(*sub);
    sub->callback([&chosen, action] { chosen = action; });
  }
}

// CLI11 leaves "REQUIRED" out for an option whose value is named with option_text(); put it
// back, so that every command's --help says which options it needs (the manual pages are
// checked against it).
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string out = CLI::Formatter::make_option_opts(opt);
    if (!opt->get_option_text().empty() && opt->get_required()) out += " " + get_label("REQUIRED");
    return out;
  }
};

void add_global_options(CLI::App& app, GlobalOptions& opts) {
  app.set_version_flag("--version", "lpg " LPG_VERSION);
  app.add_option("--config", opts.config, "Configuration file (default: $LPG_CONFIG, then XDG)")
      ->option_text("PATH");
  app.add_option("--db", opts.db, "Database file (default: $LPG_DB, then the config)")
      ->option_text("PATH");
  app.add_option("--format", opts.format, "Output format: table, csv or json (some add more)")
      ->option_text("FORMAT");
  app.add_flag("-q,--quiet", opts.quiet, "Say nothing on stderr but errors");
  app.add_flag("--raw", opts.raw, "CSV cells exactly as stored (no spreadsheet-formula guard)");
  app.add_flag("--no-header", opts.no_header,
               "CSV and tables without their header line: nothing at all when empty");
}

int parse_failure(CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version: exit 0, to stdout
  if (auto typo = suggest_command(app, argc, argv)) {
    print_error(typo->message, typo->hint);
    return exit_code(ErrorKind::Usage);
  }
  std::string where = parsed_path(app);
  CLI::App* last = &app;
  for (auto chosen = app.get_subcommands(); !chosen.empty(); chosen = last->get_subcommands()) {
    last = chosen.front();
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr &&
      !last->get_subcommands({}).empty() && last->get_subcommands().empty()) {
    // `lpg` or `lpg group` alone: show what there is to choose from.
    std::string prefix = "lpg " + where;
    prefix = last == &app ? "" : prefix.substr(0, prefix.rfind(' '));
    std::cerr << last->help(prefix);
    print_error("'lpg" + (where.empty() ? "" : " " + where) + "' needs a command", "");
    return exit_code(ErrorKind::Usage);
  }
  std::string hint = "see 'lpg --help'";
  if (!where.empty()) hint = "see 'lpg " + where + " --help'";
  print_error(e.what(), hint);
  return exit_code(ErrorKind::Usage);
}

// A signal makes whatever failed next fail: the transaction rolled back, so nothing was saved.
// The exit code is the shell's for death by that signal (130 for SIGINT, 143 for SIGTERM).
int report_failure(const Error& error) {
  int sig = interrupt_signal();
  if (error.kind() == ErrorKind::Interrupted || sig != 0) {
    std::cerr << "lpg: interrupted; nothing was saved\n";
    return sig == SIGTERM ? 128 + SIGTERM : exit_code(ErrorKind::Interrupted);
  }
  print_error(error.what(), error.hint());
  return exit_code(error.kind());
}

}  // namespace

namespace {

constexpr int kCommandAttempts = 10;

// A few milliseconds, doubling, with jitter, so that two officers' retries do not meet again.
void pause_before_retry(int attempt) {
  static std::minstd_rand random(std::random_device{}());
  int ceiling = 5 << std::min(attempt, 6);
  std::this_thread::sleep_for(
      std::chrono::milliseconds(std::uniform_int_distribution<int>(ceiling / 2, ceiling)(random)));
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"lpg: run local partnership groups for children's services", "lpg"};
  app.formatter(std::make_shared<HelpFormatter>());  // before the commands: they inherit it
  app.get_formatter()->column_width(32);
  app.require_subcommand(1);
  app.fallthrough();  // global options may come after the subcommand
  GlobalOptions opts;
  add_global_options(app, opts);
  Action chosen;
  add_commands(app, chosen);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return parse_failure(app, e, argc, argv);
  }
  install_interrupt_handlers();
  // On PostgreSQL a write that lost a race with another officer's (a serialization failure)
  // kept nothing: the command runs again from the start, on a new connection, unless it had
  // already printed something.
  for (int attempt = 1;; ++attempt) {
    bool printed = false;
    try {
      Context context(opts, command_line_of(argc, argv), app);
      try {
        chosen(context);
      } catch (...) {
        printed = context.printed();
        throw;
      }
      std::cout.flush();
      if (!std::cout) throw Error(ErrorKind::Io, "cannot write the output (is the disk full?)");
      return 0;
    } catch (const RetryableError& e) {
      if (printed || attempt >= kCommandAttempts) return report_failure(e);
      pause_before_retry(attempt);
    } catch (...) {
      return report_failure(current_exception_as_error());
    }
  }
}

}  // namespace lpg::cli
