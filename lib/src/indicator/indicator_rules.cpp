// SPDX-License-Identifier: MIT
#include "indicator/indicator_rules.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/text_check.hpp"

namespace lpg {

const std::vector<std::string>& indicator_units() {
  static const std::vector<std::string> units = {"percent", "count", "rate", "days"};
  return units;
}

void check_unit_range(double value, const std::string& unit, std::string_view what,
                      std::string_view raw) {
  if (unit == "percent" && (value < 0 || value > 100)) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} \"{}\" is not a percentage from 0 to 100", what, raw));
  }
  if (unit == "count" && (value < 0 || value != std::floor(value))) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} \"{}\" is not a count (a whole number, 0 or more)", what, raw));
  }
  if (unit == "days" && value < 0) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} \"{}\" is a negative number of days", what, raw));
  }
}

double parse_indicator_value(std::string_view raw, const std::string& unit, std::string_view what) {
  std::string text = trim(raw);
  // Plain decimal notation only: no exponents, hex, inf or nan from a spreadsheet.
  bool shape = !text.empty() && text.size() <= 40 &&
               text.find_first_not_of("-.0123456789") == std::string::npos &&
               text.find('-', 1) == std::string::npos &&
               std::count(text.begin(), text.end(), '.') <= 1 && text != "-" && text != "." &&
               text != "-." && text.back() != '.' && text.find("-.") == std::string::npos &&
               text.front() != '.';
  double value = 0;
  if (shape) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    shape = ec == std::errc() && end == text.data() + text.size() && std::isfinite(value);
  }
  if (!shape) {
    throw Error(ErrorKind::Invalid, fmt::format("{} \"{}\" is not a number", what, raw),
                "write a plain number such as 42 or 61.5");
  }
  if (value == 0) value = 0;  // no negative zero
  check_unit_range(value, unit, what, raw);
  return value;
}

namespace indicator {

std::string checked_choice(const std::string& text, const std::vector<std::string>& choices,
                           const char* what) {
  check_line(trim(text), what);  // before the message below quotes it
  std::string slug = ascii_lower(trim(text));
  if (std::find(choices.begin(), choices.end(), slug) != choices.end()) return slug;
  std::string hint = fmt::format("{}: {}", what, fmt::join(choices, ", "));
  if (auto near = nearest(text, choices)) hint = fmt::format("did you mean {}?", *near);
  throw Error(ErrorKind::Invalid, fmt::format("unknown {} \"{}\"", what, text), hint);
}

const std::vector<std::string>& directions() {
  static const std::vector<std::string> all = {"higher", "lower"};
  return all;
}

std::string checked_text(const std::string& text, const char* what) {
  bool name = std::string_view(what) == "indicator name";
  std::string t = checked_line(text, what, name ? kNameBytes : kLineBytes);
  if (t.empty()) throw Error(ErrorKind::Invalid, fmt::format("the {} must not be empty", what));
  return t;
}

std::optional<double> checked_target(const std::optional<std::string>& text,
                                     const std::string& unit) {
  if (!text || trim(*text).empty()) return std::nullopt;
  return parse_indicator_value(*text, unit, "target");
}

}  // namespace indicator
}  // namespace lpg
