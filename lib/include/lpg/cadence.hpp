// SPDX-License-Identifier: MIT
#pragma once
// How often a group meets: the text users write after `--cadence`, parsed into a value the
// scheduler can use, and the one canonical spelling stored in grp.cadence.

#include <string>
#include <string_view>

namespace lpg {

enum class CadenceKind {
  Termly,       ///< once each school term: "termly"
  EveryWeeks,   ///< every `count` weeks: "every 8w"
  EveryMonths,  ///< every `count` months: "every 2m"
  PerYear,      ///< `count` times a year: "3/year"
  After,        ///< `count` weeks after each meeting of the group `after`: after "Board" +2w
};

/// A parsed cadence. `count` is 0 for Termly; `after` is empty unless kind is After.
struct Cadence {
  CadenceKind kind = CadenceKind::Termly;
  int count = 0;
  std::string after;  ///< the other group's name, as the user or the store wrote it

  bool operator==(const Cadence&) const = default;
};

/// The limits parse_cadence enforces, so callers and messages agree.
inline constexpr int kMaxCadenceWeeks = 52;
inline constexpr int kMaxCadenceMonths = 12;
inline constexpr int kMaxCadencePerYear = 52;

/// Parses a cadence, case-insensitively, tolerating extra spaces. Accepted forms (canonical
/// first): `termly` (also `every term`); `every 8w` (`every 8 weeks`, `every week`, `weekly`,
/// `fortnightly`); `every 2m` (`every 2 months`, `monthly`); `3/year` (`3 per year`,
/// `3 a year`, `3 times a year`, `yearly`); `after "Countywide Board" +2w` (`+2 weeks`; the
/// name may be unquoted when it has no `+`; inside quotes `\"` and `\\` escape).
/// Never resolves the `after` name: the caller checks that group exists.
/// Throws Error{Invalid} naming the text, with a hint listing the forms.
Cadence parse_cadence(std::string_view text);

/// The canonical text: "termly", "every 8w", "every 2m", "3/year", `after "X" +2w` (with `"`
/// and `\` in the name escaped). parse_cadence(to_string(c)) == c for every parsed c.
std::string to_string(const Cadence& cadence);

}  // namespace lpg
