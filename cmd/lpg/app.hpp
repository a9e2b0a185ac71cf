// SPDX-License-Identifier: MIT
#pragma once
// What every command file sees: the Context of one run, and the shape of the command table.

#include <lpg/config.hpp>
#include <lpg/dates.hpp>
#include <lpg/session.hpp>
#include <lpg/store.hpp>

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "render/table.hpp"

namespace CLI {
class App;
}

namespace lpg::cli {

/// Options every command takes, parsed on the root app.
struct GlobalOptions {
  std::string config;
  std::string db;
  std::string format;  ///< empty: the command's default (table)
  bool quiet = false;
  bool raw = false;        ///< CSV cells exactly as stored (no formula neutralising)
  bool no_header = false;  ///< CSV and tables without their header line
};

/// One run of lpg: loads the configuration, opens the database and builds "now" on first use,
/// so that `lpg --help` and `lpg config path` never touch a database.
class Context {
 public:
  Context(GlobalOptions options, std::string command_line, CLI::App& root);
  ~Context();

  const GlobalOptions& options() const { return options_; }
  const Environment& environment() const { return env_; }
  const std::string& command_line() const { return command_line_; }
  CLI::App& root() { return root_; }

  const Config& config();
  /// As config(), but a --config or $LPG_CONFIG file that does not exist yet means the
  /// defaults: for `config path` and `config show`, which must say where the file would be.
  const Config& config_allowing_missing();
  const Clock& clock();
  /// The database, created (0600) when missing: for commands that write.
  const Store& store();
  /// The database, which must exist already: for commands that only read.
  const Store& existing_store();
  /// store() or existing_store() with the clock and config, for calling a service.
  Session session() { return {store(), clock(), config()}; }
  Session read_session() { return {existing_store(), clock(), config()}; }

  /// The output format chosen by --format, checked against what this command offers.
  /// Throws Error{Usage} naming the choices.
  render::Format format();
  std::string format_name(const std::vector<std::string>& allowed);
  /// How to render: for standard output (colour and width from the terminal), or `to_file`
  /// (no colour, no truncation, the CSV byte order mark unless output.csv_bom = "never").
  render::Style style(bool to_file = false);

  std::ostream& out();
  /// Whether the command has written to standard output (then it is not run again).
  bool printed() const { return printed_; }
  void warn(const std::string& message);  ///< "lpg: warning: ..." unless --quiet
  void note(const std::string& message);  ///< progress or summary on stderr, unless --quiet

  void print(const render::Table& table) { render::print(out(), table, format(), style()); }
  void print(const render::Record& record) { render::print(out(), record, format(), style()); }

 private:
  const Store& open_store(bool create);

  GlobalOptions options_;
  std::string command_line_;
  CLI::App& root_;
  Environment env_;
  std::optional<Config> config_;
  std::optional<Clock> clock_;
  std::optional<Store> store_;
  bool printed_ = false;
};

/// What a leaf command does once the command line has been parsed.
using Action = std::function<void(Context&)>;
/// Declares a leaf command's options on its CLI::App and returns its action.
using Setup = Action (*)(CLI::App&);

/// One line of the command table. A noun (`{"group"}`) has no setup; a leaf does.
struct CommandSpec {
  std::vector<std::string> path;
  std::string summary;
  Setup setup = nullptr;
  bool hidden = false;  ///< left out of help (the __complete helper)
};

/// THE command table: every command lpg has, in the order help lists them.
const std::vector<CommandSpec>& command_table();

}  // namespace lpg::cli
