// SPDX-License-Identifier: MIT
// --max-close and import.max_close: how many organisations one import may close.
#include <lpg/errors.hpp>
#include <lpg/import.hpp>

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace lpg {

std::int64_t CloseLimit::of(std::int64_t open) const {
  if (count >= 0) return count;
  // A share rounded down: 5% of 30 open is 1, of 19 none at all.
  return static_cast<std::int64_t>(std::floor(static_cast<double>(open) * percent / 100 + 1e-9));
}

CloseLimit parse_close_limit(std::string_view text, std::string_view what) {
  auto bad = [&] {
    return Error(ErrorKind::Invalid, fmt::format("invalid {} \"{}\"", what, text),
                 "give a number of organisations (\"12\") or a percentage of those open (\"5%\")");
  };
  CloseLimit limit;
  limit.text = std::string(text);
  bool share = !text.empty() && text.back() == '%';
  std::string_view number = share ? text.substr(0, text.size() - 1) : text;
  if (number.empty() || number.size() > 12 ||
      number.find_first_not_of("0123456789.") != std::string_view::npos || number.front() == '.' ||
      number.back() == '.') {
    throw bad();
  }
  if (!share) {
    if (number.find('.') != std::string_view::npos) throw bad();
    auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), limit.count);
    if (ec != std::errc() || end != number.data() + number.size()) throw bad();
    return limit;
  }
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), limit.percent);
  if (ec != std::errc() || end != number.data() + number.size() || limit.percent > 100) throw bad();
  return limit;
}

}  // namespace lpg
