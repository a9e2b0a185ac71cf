// SPDX-License-Identifier: MIT
#pragma once
// Money, held exactly as whole pence (never floating point).

#include <cstdint>
#include <string>
#include <string_view>

namespace lpg {

/// The largest amount lpg accepts: £1,000,000,000.00, so that sums never overflow.
inline constexpr std::int64_t kMaxPence = 100'000'000'000;

/// Parses an amount in pounds into pence: "2500", "2500.5", "2,500.00", "£2500.00".
/// Commas must group thousands. Throws Error{Invalid} naming `what` and the text for more than
/// two decimals, a negative amount, anything that is not a number, or more than kMaxPence.
std::int64_t parse_pence(std::string_view text, std::string_view what = "amount");

/// "2500.00" (no currency sign, no grouping): the form tables, CSV and JSON all print.
std::string format_pence(std::int64_t pence);

}  // namespace lpg
