// SPDX-License-Identifier: MIT
#pragma once
// Reading the CLI11 tree that the command table builds: for `lpg __complete` and
// `lpg __commands`, so that both see exactly the commands and options lpg accepts.

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace lpg::cli {

/// Hidden commands and options (group "") are left out of help and completion.
bool is_hidden(const CLI::App& app);

/// The subcommands of `app` in table order, hidden ones too when `with_hidden`.
std::vector<CLI::App*> subcommands_of(CLI::App& app, bool with_hidden);

/// The subcommand of `app` called `name`, or nullptr.
CLI::App* find_subcommand(CLI::App& app, std::string_view name);

/// An option's names as typed: "-q", "--quiet".
std::vector<std::string> names_of(const CLI::Option& option);

/// True for options that take a value (--db PATH), false for flags (--force).
bool takes_value(const CLI::Option& option);

/// The visible named options `app` accepts: its own, then each parent's (lpg's global options
/// are accepted after the subcommand too).
std::vector<const CLI::Option*> options_of(const CLI::App& app);

/// The named option that `app` (or a parent) accepts as `name` ("--db", "-q"), or nullptr.
const CLI::Option* find_option(const CLI::App& app, std::string_view name);

/// The positional options of `app`, in order.
std::vector<const CLI::Option*> positionals_of(const CLI::App& app);

/// "db backup": the words that select `app` below the root.
std::string path_of(const CLI::App& app);

}  // namespace lpg::cli
