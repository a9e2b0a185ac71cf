// SPDX-License-Identifier: MIT
#pragma once
// The one place the mail loop writes files. Until the shared output writer (issue 20) lands,
// it goes through write_private_file (temporary file 0600, fsync, rename) and then syncs the
// folder, so that a file is on disk before the row that says it was written is committed.

#include <string>
#include <string_view>

namespace lpg::mail {

/// Creates `dir` (0700: the messages hold names and addresses) unless it exists. Throws
/// Error{CantCreate}.
void make_outbox(const std::string& dir);

/// Writes `text` to DIR/NAME durably (a reader never sees half a file; after a crash the file
/// is either whole or absent) and returns the path. Replaces a file of that name. Throws
/// Error{CantCreate|Io}, leaving no temporary file behind.
std::string write_outbox_file(const std::string& dir, std::string_view name, std::string_view text);

}  // namespace lpg::mail
