// SPDX-License-Identifier: MIT
#pragma once
// The one definition of what free text lpg stores: every name, note, venue, title and other
// value a user types goes through check_line or check_text before it reaches the database, so
// it prints back exactly as given or is refused with a message naming the field and the place.

#include <cstddef>
#include <string>
#include <string_view>

namespace lpg {

/// Names of groups, areas and the like: short enough for a table column and a file name.
inline constexpr std::size_t kNameBytes = 200;
/// Any other one-line value: a venue, a title, a role, an action.
inline constexpr std::size_t kLineBytes = 1000;
/// Multi-line text (notes, descriptions, details). The minutes body, a whole document that may
/// arrive from a file, has its own larger limit (kMaxMinutesBytes, 5 MB).
inline constexpr std::size_t kTextBytes = 1024 * 1024;

/// The byte offset of the first byte that does not begin a well-formed UTF-8 sequence
/// (overlong forms, surrogates and values past U+10FFFF included), or npos when all is UTF-8.
std::size_t invalid_utf8_at(std::string_view text);

/// Checks one line of text for the field named `field` (e.g. "venue"): at most `limit` bytes,
/// valid UTF-8, and no control characters at all (C0, DEL, C1; so no tab or line break).
/// Throws Error{Invalid} such as "venue: invalid UTF-8 at byte 7".
void check_line(std::string_view text, std::string_view field, std::size_t limit = kLineBytes);

/// Checks multi-line text: at most `limit` bytes, valid UTF-8, tab, CR and LF allowed, other
/// control characters refused. Errors name the line: "note: control character U+001B at line 3".
void check_text(std::string_view text, std::string_view field, std::size_t limit = kTextBytes);

/// trim(text) checked by check_line: the value to store for a one-line field.
std::string checked_line(std::string_view text, std::string_view field,
                         std::size_t limit = kLineBytes);

}  // namespace lpg
