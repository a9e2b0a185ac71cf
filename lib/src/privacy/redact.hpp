// SPDX-License-Identifier: MIT
#pragma once
// Finding the values of one person in the text of rows already known to be about them (audit
// log command lines and details, minutes' recorded_by and submitted_to), to erase them. Which
// rows are about whom is decided by identity (privacy/identity.hpp), never by this search.

#include <string>
#include <string_view>
#include <vector>

namespace lpg::privacy {

/// Every value of one person to look for. Empty values are never looked for.
struct Needles {
  /// Names, found as whole words and the way look-up matches them: case folded (Unicode),
  /// any run of spaces for one, NFKC; also as a shell-quoted command line holds them.
  std::vector<std::string> names;
  std::vector<std::string> emails;  ///< found as names are, but anywhere in a word
  std::vector<std::string> phones;  ///< found by their digits, with any spaces, dots, dashes
  /// Other free text of theirs (job titles, notes), found as names are; values shorter than
  /// 3 bytes are not looked for.
  std::vector<std::string> others;

  void add(const Needles& more);
};

/// `text` with every match of a name replaced by `name_with` and of any other value by
/// `other_with`.
std::string redact(std::string_view text, const Needles& needles, std::string_view name_with,
                   std::string_view other_with);

/// Whether `text` holds any of the needles (as redact() would find them).
bool mentions(std::string_view text, const Needles& needles);

}  // namespace lpg::privacy
