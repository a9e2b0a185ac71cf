// SPDX-License-Identifier: MIT
// The few spellings that differ between SQLite and PostgreSQL (db/sql.hpp lists the rest,
// which have one portable spelling).
#include <fmt/format.h>

#include "db/sql.hpp"

namespace lpg::db {

std::string SqlDialect::add_days(std::string_view date, std::string_view days) const {
  if (dialect_ == Dialect::Sqlite) return fmt::format("date({}, ({}) || ' days')", date, days);
  // date + integer is a date; to_char keeps the result TEXT in the stored form.
  return fmt::format("to_char(CAST({} AS DATE) + CAST({} AS INTEGER), 'YYYY-MM-DD')", date, days);
}

std::string SqlDialect::days_between(std::string_view from, std::string_view to) const {
  if (dialect_ == Dialect::Sqlite) {
    return fmt::format("CAST(julianday(date({})) - julianday(date({})) AS INTEGER)", to, from);
  }
  return fmt::format("(CAST({} AS DATE) - CAST({} AS DATE))", to, from);
}

std::string SqlDialect::instr(std::string_view haystack, std::string_view needle) const {
  if (dialect_ == Dialect::Sqlite) return fmt::format("instr({}, {})", haystack, needle);
  return fmt::format("strpos({}, {})", haystack, needle);
}

std::string SqlDialect::group_concat(std::string_view expr, std::string_view separator,
                                     std::string_view order_by) const {
  if (dialect_ == Dialect::Sqlite) return fmt::format("group_concat({}, {})", expr, separator);
  return fmt::format("string_agg(CAST({} AS TEXT), {} ORDER BY {})", expr, separator, order_by);
}

std::string SqlDialect::like_pattern(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    if (ch == '%' || ch == '_' || ch == '\\') out += '\\';
    out += ch;
  }
  return out;
}

}  // namespace lpg::db
