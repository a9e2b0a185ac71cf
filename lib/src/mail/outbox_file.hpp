// SPDX-License-Identifier: MIT
#pragma once
// The one place the mail loop writes files, through lpg's one output writer (<lpg/output.hpp>):
// a message is on disk, whole, before the row that says it was written is committed.

#include <string>
#include <string_view>

namespace lpg::mail {

/// Creates `dir` (0700: the messages hold names and addresses) unless it exists. Throws
/// Error{CantCreate}.
void make_outbox(const std::string& dir);

/// Writes `text` to DIR/NAME durably (a reader never sees half a file; after a crash the file
/// is either whole or absent; never through a link) and returns the path. Replaces a file of
/// that name. Throws Error{CantCreate|Io|Conflict}, leaving no temporary file behind.
std::string write_outbox_file(const std::string& dir, std::string_view name, std::string_view text);

}  // namespace lpg::mail
