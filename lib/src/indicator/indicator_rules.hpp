// SPDX-License-Identifier: MIT
#pragma once
// What an indicator's fields may hold: rules with no SQL. The public ones (units, values and
// their ranges) are declared in <lpg/indicators.hpp>.

#include <lpg/indicators.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lpg::indicator {

/// `text` as stored (trimmed, lower case) when it is one of `choices`. Throws Error{Invalid}
/// naming `what` ("unit", "direction"), with the nearest choice as the hint.
std::string checked_choice(const std::string& text, const std::vector<std::string>& choices,
                           const char* what);

/// The directions an indicator can be better in: higher, lower.
const std::vector<std::string>& directions();

/// `text` trimmed, one line, not empty; "indicator name" gets a name's length limit.
std::string checked_text(const std::string& text, const char* what);

/// The target as stored: nullopt when absent or blank, else a value in the unit's range.
std::optional<double> checked_target(const std::optional<std::string>& text,
                                     const std::string& unit);

}  // namespace lpg::indicator
