// SPDX-License-Identifier: MIT
#pragma once
// Small text helpers shared by the library and the CLI.

#include <lpg/errors.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lpg {

/// The candidate closest to `word` by edit distance (case-insensitive), if it is close enough
/// to be a likely typo: at most a third of the word's length, and at least 1.
std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates);

/// Lower-cases ASCII letters; other bytes (UTF-8) are left as they are.
std::string ascii_lower(std::string_view text);

/// Trims spaces, tabs and no-break spaces (U+00A0) from both ends.
std::string trim(std::string_view text);
/// trim() without a copy: a view into `text`.
std::string_view trim_view(std::string_view text);

/// True when `text` is valid UTF-8.
bool valid_utf8(std::string_view text);

/// Text made safe for a terminal, the one way lpg shows stored or typed text there (tables,
/// records, messages): a control character would move the cursor, erase the line or change
/// colours, so each is shown escaped: \t, \r, \xNN (other C0, DEL), \u0085 (C1), and every
/// byte of text that is not UTF-8 as \xNN. A line break ("\n" or "\r\n") is kept when
/// `keep_newlines`, else shown as one space (a table row stays one line).
std::string visible(std::string_view text, bool keep_newlines);

/// `arg` as a POSIX shell reads it back, for command lines in the audit log and hints people
/// paste: as it is when it holds only [A-Za-z0-9-_./=:@%+,] (unless `always`), else in single
/// quotes (inside which nothing, not even $(...), is expanded), a quote written '\''. Every
/// stored name a hint shows goes through it, never inside double quotes.
std::string shell_quote(std::string_view arg, bool always = false);

/// The words of a command line as a POSIX shell splits them (blanks between words; '...',
/// "..." and backslash quoting removed; no expansion): what shell_quote() wrote, read back.
std::vector<std::string> shell_words(std::string_view line);

/// The largest file lpg reads whole (a configuration, term dates in TOML, import rules).
inline constexpr std::size_t kMaxWholeFileBytes = 1024 * 1024;

/// The whole of `in`, read at most `limit` + 1 bytes far: a file larger than `limit` (a device
/// such as /dev/zero, a file named by mistake) is refused with Error{`kind`} naming `name`
/// without being read on. A failing stream gives Error{Io}.
std::string read_limited(std::istream& in, std::size_t limit, const std::string& name,
                         ErrorKind kind = ErrorKind::Invalid);

/// Converts Windows-1252 bytes to UTF-8 (the five unassigned bytes become U+FFFD).
std::string windows1252_to_utf8(std::string_view bytes);

}  // namespace lpg
