// SPDX-License-Identifier: MIT
#pragma once
// Builds the CLI11 tree from the command table and runs one command line to an exit code.

#include <string>
#include <string_view>

namespace lpg::cli {

/// Text for a message on stderr: lpg::visible() with line breaks kept, at most 2000 bytes.
std::string printable(std::string_view text);

/// Parses argv, runs the chosen command, and returns the process exit code (sysexits).
/// Every error ends here: printed to stderr as "lpg: error: ..." with an optional hint.
int run(int argc, char** argv);

}  // namespace lpg::cli
