// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/money.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

namespace lpg {

namespace {

[[noreturn]] void invalid(std::string_view what, std::string_view text, std::string_view why) {
  throw Error(ErrorKind::Invalid, fmt::format("{} \"{}\" {}", what, text, why),
              "amounts are pounds and pence, like 2500, 2500.50, 2,500.00 or £2500.00");
}

// Whole pounds, with commas only as thousands separators ("2,500", not "25,00").
std::string whole_pounds(std::string_view s, std::string_view what, std::string_view text) {
  std::string digits;
  std::size_t group = 0;
  bool grouped = s.find(',') != std::string_view::npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',') {
      if (i == 0 || (digits.size() > 3 && group != 3) || (digits.size() <= 3 && group == 0)) {
        invalid(what, text, "has misplaced commas");
      }
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') invalid(what, text, "is not an amount of money");
    digits += c;
    ++group;
  }
  if (digits.empty()) invalid(what, text, "is not an amount of money");
  if (grouped && group != 3) invalid(what, text, "has misplaced commas");
  return digits;
}

}  // namespace

std::int64_t parse_pence(std::string_view raw, std::string_view what) {
  std::string text = trim(raw);
  std::string_view s = text;
  if (s.starts_with("-")) invalid(what, raw, "is negative");
  if (s.starts_with("\xC2\xA3")) s.remove_prefix(2);  // £ in UTF-8
  if (s.starts_with("-")) invalid(what, raw, "is negative");
  std::string_view pounds = s;
  std::string_view pence;
  if (auto dot = s.find('.'); dot != std::string_view::npos) {
    pounds = s.substr(0, dot);
    pence = s.substr(dot + 1);
    if (pence.size() > 2) invalid(what, raw, "has more than two decimal places");
    if (pence.empty() || pence.find_first_not_of("0123456789") != std::string_view::npos) {
      invalid(what, raw, "is not an amount of money");
    }
  }
  std::string digits = whole_pounds(pounds, what, raw);
  std::size_t first = digits.find_first_not_of('0');
  if (first != std::string::npos && digits.size() - first > 10) invalid(what, raw, "is too large");
  std::int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  value *= 100;
  if (!pence.empty()) value += (pence[0] - '0') * 10 + (pence.size() == 2 ? pence[1] - '0' : 0);
  if (value > kMaxPence) invalid(what, raw, "is too large");
  return value;
}

std::string format_pence(std::int64_t pence) {
  std::string sign = pence < 0 ? "-" : "";
  std::uint64_t magnitude =
      pence < 0 ? static_cast<std::uint64_t>(-(pence + 1)) + 1 : static_cast<std::uint64_t>(pence);
  return fmt::format("{}{}.{:02}", sign, magnitude / 100, magnitude % 100);
}

}  // namespace lpg
