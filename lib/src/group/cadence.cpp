// SPDX-License-Identifier: MIT
// The cadence parser. It takes arbitrary user text (and will be fuzzed), so it reads with a
// bounds-checked cursor, caps every number before converting it, and throws only lpg::Error.
#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <optional>

namespace lpg {

namespace {

constexpr const char* kForms =
    "write one of: termly, every 8w, every 2m, 3/year, after \"Countywide Board\" +2w";

[[noreturn]] void not_understood(std::string_view text) {
  throw Error(ErrorKind::Invalid, fmt::format("cadence \"{}\" is not understood", text), kForms);
}

// A cursor over the text. Words are ASCII letters, lower-cased; anything else stops a word.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool done() const { return pos_ >= text_.size(); }
  std::size_t pos() const { return pos_; }
  std::string_view rest() const { return text_.substr(pos_); }

  void spaces() {
    while (!done() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  bool eat(char ch) {
    if (done() || text_[pos_] != ch) return false;
    ++pos_;
    return true;
  }
  std::string word() {
    std::string out;
    while (!done() && is_letter(text_[pos_])) out += ascii_lower(text_.substr(pos_++, 1));
    return out;
  }
  // Digits as a number; nullopt when there are none. Long runs are read but reported as
  // too large (-1), so "every 99999999999w" is out of range rather than an overflow.
  std::optional<int> number() {
    std::size_t start = pos_;
    while (!done() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
    if (start == pos_) return std::nullopt;
    std::string_view digits = text_.substr(start, pos_ - start);
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    if (digits.size() > 6) return -1;
    int value = 0;
    for (char ch : digits) value = value * 10 + (ch - '0');
    return value;
  }

 private:
  static bool is_letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }
  std::string_view text_;
  std::size_t pos_ = 0;
};

int in_range(std::string_view text, int value, int max, const char* what) {
  if (value < 1 || value > max) {
    throw Error(ErrorKind::Invalid,
                fmt::format("cadence \"{}\": the number of {} must be 1 to {}", text, what, max),
                kForms);
  }
  return value;
}

bool is_weeks(const std::string& unit) {
  return unit == "w" || unit == "wk" || unit == "wks" || unit == "week" || unit == "weeks";
}
bool is_months(const std::string& unit) {
  return unit == "m" || unit == "mo" || unit == "mon" || unit == "month" || unit == "months";
}
bool is_year(const std::string& unit) { return unit == "year" || unit == "yr" || unit == "y"; }

// One word alone: termly, weekly, fortnightly, monthly, yearly, annually.
std::optional<Cadence> single_word(const std::string& word) {
  if (word == "termly") return Cadence{CadenceKind::Termly, 0, {}};
  if (word == "weekly") return Cadence{CadenceKind::EveryWeeks, 1, {}};
  if (word == "fortnightly") return Cadence{CadenceKind::EveryWeeks, 2, {}};
  if (word == "monthly") return Cadence{CadenceKind::EveryMonths, 1, {}};
  if (word == "yearly" || word == "annually") return Cadence{CadenceKind::PerYear, 1, {}};
  return std::nullopt;
}

// After "every": [N] unit.
Cadence parse_every(std::string_view text, Scanner& in) {
  in.spaces();
  std::optional<int> n = in.number();
  in.spaces();
  std::string unit = in.word();
  in.spaces();
  if (!in.done()) not_understood(text);
  int count = n.value_or(1);
  if (unit == "term" && !n) return {CadenceKind::Termly, 0, {}};
  if (unit == "fortnight" && !n) return {CadenceKind::EveryWeeks, 2, {}};
  if (is_weeks(unit))
    return {CadenceKind::EveryWeeks, in_range(text, count, kMaxCadenceWeeks, "weeks"), {}};
  if (is_months(unit)) {
    return {CadenceKind::EveryMonths, in_range(text, count, kMaxCadenceMonths, "months"), {}};
  }
  not_understood(text);
}

// N [times|x] (/|per|a|each) year.
Cadence parse_per_year(std::string_view text, Scanner& in, int n) {
  in.spaces();
  std::size_t mark = in.pos();
  std::string word = in.word();
  if (word == "x" || word == "times") {
    in.spaces();
    mark = in.pos();
    word = in.word();
  }
  bool slash = word.empty() && in.pos() == mark && in.eat('/');
  if (!slash && word != "per" && word != "a" && word != "each") not_understood(text);
  in.spaces();
  std::string unit = in.word();
  in.spaces();
  if (!is_year(unit) || !in.done()) not_understood(text);
  return {CadenceKind::PerYear, in_range(text, n, kMaxCadencePerYear, "meetings a year"), {}};
}

// A quoted name: "..." with \" and \\ escapes, or “...”. Returns nullopt when unterminated.
std::optional<std::string> quoted_name(std::string_view rest, std::size_t& used) {
  const std::string_view open_curly = "\xE2\x80\x9C", close_curly = "\xE2\x80\x9D";
  bool curly = rest.starts_with(open_curly);
  std::size_t i = curly ? open_curly.size() : 1;
  std::string name;
  while (i < rest.size()) {
    if (curly ? rest.substr(i).starts_with(close_curly) : rest[i] == '"') {
      used = i + (curly ? close_curly.size() : 1);
      return name;
    }
    if (!curly && rest[i] == '\\' && i + 1 < rest.size()) ++i;
    name += rest[i++];
  }
  return std::nullopt;
}

// After "after": NAME +N unit.
Cadence parse_after(std::string_view text, std::string_view rest) {
  std::string name;
  std::string_view offset;
  std::string_view body = rest.substr(rest.find_first_not_of(" \t") == std::string_view::npos
                                          ? rest.size()
                                          : rest.find_first_not_of(" \t"));
  if (body.starts_with('"') || body.starts_with("\xE2\x80\x9C")) {
    std::size_t used = 0;
    auto quoted = quoted_name(body, used);
    if (!quoted) not_understood(text);
    name = *quoted;
    offset = body.substr(used);
  } else {
    std::size_t plus = body.rfind('+');
    if (plus == std::string_view::npos) not_understood(text);
    name = std::string(body.substr(0, plus));
    offset = body.substr(plus);
  }
  name = trim(name);
  if (name.empty()) not_understood(text);
  Scanner in(offset);
  in.spaces();
  if (!in.eat('+')) not_understood(text);
  in.spaces();
  std::optional<int> n = in.number();
  in.spaces();
  std::string unit = in.word();
  in.spaces();
  if (!n || !is_weeks(unit) || !in.done()) not_understood(text);
  return {CadenceKind::After, in_range(text, *n, kMaxCadenceWeeks, "weeks"), name};
}

}  // namespace

Cadence parse_cadence(std::string_view raw) {
  if (!valid_utf8(raw)) {
    throw Error(ErrorKind::Invalid, "cadence is not valid UTF-8 text", kForms);
  }
  std::string text = trim(raw);
  if (text.empty()) throw Error(ErrorKind::Invalid, "cadence is empty", kForms);
  Scanner in(text);
  if (std::optional<int> n = in.number()) return parse_per_year(text, in, *n);
  std::string first = in.word();
  if (first == "after" && !in.done() &&
      (in.rest()[0] == ' ' || in.rest()[0] == '\t' || in.rest()[0] == '"')) {
    return parse_after(text, in.rest());
  }
  if (first == "every" || first == "each") return parse_every(text, in);
  in.spaces();
  if (in.done()) {
    if (auto one = single_word(first)) return *one;
  }
  not_understood(text);
}

std::string to_string(const Cadence& c) {
  switch (c.kind) {
    case CadenceKind::Termly:
      return "termly";
    case CadenceKind::EveryWeeks:
      return fmt::format("every {}w", c.count);
    case CadenceKind::EveryMonths:
      return fmt::format("every {}m", c.count);
    case CadenceKind::PerYear:
      return fmt::format("{}/year", c.count);
    case CadenceKind::After: {
      std::string name;
      for (char ch : c.after) {
        if (ch == '"' || ch == '\\') name += '\\';
        name += ch;
      }
      return fmt::format("after \"{}\" +{}w", name, c.count);
    }
  }
  return "termly";
}

}  // namespace lpg
