// SPDX-License-Identifier: MIT
#include "db/placeholders.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg::db {

namespace {

constexpr int kMaxParameter = 32766;  // SQLite's SQLITE_MAX_VARIABLE_NUMBER default

bool ident_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
         ch == '_' || static_cast<unsigned char>(ch) >= 0x80;
}

bool digit(char ch) { return ch >= '0' && ch <= '9'; }

// The end of the quoted text that starts at `at` with `quote` ('' or "" inside is one quote).
std::size_t end_of_quoted(std::string_view sql, std::size_t at, char quote) {
  std::size_t i = at + 1;
  while (i < sql.size()) {
    if (sql[i] == quote) {
      if (i + 1 < sql.size() && sql[i + 1] == quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return sql.size();
}

// The end of a comment starting at `at`, or `at` when none starts there.
std::size_t end_of_comment(std::string_view sql, std::size_t at) {
  if (sql.substr(at, 2) == "--") {
    std::size_t nl = sql.find('\n', at);
    return nl == std::string_view::npos ? sql.size() : nl + 1;
  }
  if (sql.substr(at, 2) == "/*") {
    std::size_t close = sql.find("*/", at + 2);
    return close == std::string_view::npos ? sql.size() : close + 2;
  }
  return at;
}

class Rewriter {
 public:
  explicit Rewriter(std::string_view sql) : sql_(sql) { out_.sql.reserve(sql.size() + 16); }

  Placeholders run() {
    std::size_t i = 0;
    while (i < sql_.size()) {
      char ch = sql_[i];
      std::size_t next = i;
      if (ch == '\'' || ch == '"') {
        next = end_of_quoted(sql_, i, ch);
      } else if (std::size_t end = end_of_comment(sql_, i); end != i) {
        next = end;
      } else if (ch == ':' && i + 1 < sql_.size() && sql_[i + 1] == ':') {
        next = i + 2;  // a PostgreSQL cast, not a parameter
      } else if (ch == '?') {
        i = numbered(i + 1);
        continue;
      } else if (ch == ':' && i + 1 < sql_.size() && ident_char(sql_[i + 1]) &&
                 !digit(sql_[i + 1])) {
        i = named(i);
        continue;
      } else {
        next = i + 1;
      }
      out_.sql.append(sql_.substr(i, next - i));
      i = next;
    }
    return std::move(out_);
  }

 private:
  std::size_t numbered(std::size_t at) {
    std::size_t end = at;
    while (end < sql_.size() && digit(sql_[end])) ++end;
    int number = 0;
    if (end == at) {
      number = out_.count + 1;
    } else {
      std::string_view digits = sql_.substr(at, end - at);
      if (digits.size() > 5 || (number = std::stoi(std::string(digits))) < 1 ||
          number > kMaxParameter) {
        throw Error(ErrorKind::Internal, fmt::format("bad parameter ?{} in {}", digits, sql_));
      }
    }
    emit(number);
    return end;
  }

  std::size_t named(std::size_t at) {
    std::size_t end = at + 1;
    while (end < sql_.size() && ident_char(sql_[end])) ++end;
    std::string name(sql_.substr(at, end - at));
    auto known = std::find_if(out_.names.begin(), out_.names.end(),
                              [&](const auto& entry) { return entry.first == name; });
    int number = known != out_.names.end() ? known->second : out_.count + 1;
    if (known == out_.names.end()) out_.names.emplace_back(name, number);
    emit(number);
    return end;
  }

  void emit(int number) {
    out_.count = std::max(out_.count, number);
    out_.sql += '$';
    out_.sql += std::to_string(number);
  }

  std::string_view sql_;
  Placeholders out_;
};

}  // namespace

Placeholders to_dollar_placeholders(std::string_view sql) { return Rewriter(sql).run(); }

}  // namespace lpg::db
