// SPDX-License-Identifier: MIT
#pragma once
// "lpg meting" -> did you mean 'meeting'? Better messages for a command line CLI11 refused.

#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace lpg::cli {

struct Typo {
  std::string message;
  std::string hint;
};

/// Walks argv through the command tree; at the first word that should have been a command
/// and is not, returns an error naming it and, where one is close, the nearest command.
std::optional<Typo> suggest_command(CLI::App& root, int argc, char** argv);

/// The error for `word`, which is not a command of `parent` (named `path`, e.g. "lpg db"),
/// suggesting the nearest one when there is one.
Typo unknown_command(CLI::App& parent, const std::string& path, const std::string& word);

/// The deepest command CLI11 matched, as "group add" (empty at the root).
std::string parsed_path(CLI::App& root);

}  // namespace lpg::cli
