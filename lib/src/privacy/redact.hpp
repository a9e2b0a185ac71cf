// SPDX-License-Identifier: MIT
#pragma once
// Finding a person's name, email and phone in free text (audit log command lines and details,
// minutes' recorded_by and submitted_to), to erase or export it.

#include <string>
#include <string_view>
#include <vector>

namespace lpg::privacy {

/// The personal values of one person to look for. An empty value is not looked for.
struct Needles {
  std::string name;   ///< matched as whole words, ASCII case-insensitively; also shell-quoted
  std::string email;  ///< matched ASCII case-insensitively
  std::string phone;  ///< matched by its digits, with any spaces, dots, dashes or brackets
  /// Other free text of theirs (job title, notes), matched as the name is; values shorter
  /// than 3 bytes are not looked for.
  std::vector<std::string> others;
};

/// `text` with every match of the name replaced by `name_with` and of the email, phone or others
/// by `other_with`. Case is folded for ASCII letters only: "ZOË" does not match "Zoë".
std::string redact(std::string_view text, const Needles& needles, std::string_view name_with,
                   std::string_view other_with);

/// Whether `text` holds any of the needles (as redact() would find them).
bool mentions(std::string_view text, const Needles& needles);

}  // namespace lpg::privacy
