// SPDX-License-Identifier: MIT
#pragma once
// UK postcodes: checked for shape and written one way ("OX26 6AB"), so that lookups, imports
// and duplicates compare equal however the postcode was typed.

#include <optional>
#include <string>
#include <string_view>

namespace lpg {

/// What to make of Ofsted's "REDACTED" (the address of a childminder working from home).
enum class Redacted {
  Refuse,     ///< an invalid postcode like any other: for hand-entered data
  AsMissing,  ///< no postcode: for register imports
};

/// The postcode in its normal form: upper case, one space before the inward code ("OX26 6AB",
/// "SW1A 1AA", "GIR 0AA"). Accepts any case and any spacing, including no-break spaces.
/// Checks the shape and the letters each position allows (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA,
/// A9A 9AA, AA9A 9AA), not that the postcode exists. Returns nullopt for "REDACTED" (any
/// case) when `redacted` is AsMissing. Throws Error{Invalid} naming the text, with an example.
std::optional<std::string> normalise_postcode(std::string_view text,
                                              Redacted redacted = Redacted::Refuse);

/// True when normalise_postcode() would accept `text` as a postcode.
bool valid_postcode(std::string_view text);

}  // namespace lpg
