// SPDX-License-Identifier: MIT
#include "privacy/redact.hpp"

namespace lpg::privacy {

namespace {

bool word_byte(char ch) {
  auto c = static_cast<unsigned char>(ch);
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool digit(char ch) { return ch >= '0' && ch <= '9'; }

char lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

// A needle matches at `at` when its bytes match (ASCII case folded) and, where the needle
// starts or ends with a letter or digit, the text does not continue the word: "Al" must not
// match inside "Alder".
std::size_t literal_at(std::string_view text, std::size_t at, std::string_view needle) {
  if (needle.empty() || at + needle.size() > text.size()) return 0;
  for (std::size_t k = 0; k < needle.size(); ++k) {
    if (lower(text[at + k]) != lower(needle[k])) return 0;
  }
  if (word_byte(needle.front()) && at > 0 && word_byte(text[at - 1])) return 0;
  std::size_t end = at + needle.size();
  if (word_byte(needle.back()) && end < text.size() && word_byte(text[end])) return 0;
  return needle.size();
}

// The phone's digits with anything normalise_phone() would have tidied away between them:
// "01869-123.456" and "(01869) 123 456" are both 01869 123456.
std::size_t phone_at(std::string_view text, std::size_t at, std::string_view digits) {
  if (digits.empty() || !digit(text[at]) || (at > 0 && digit(text[at - 1]))) return 0;
  std::size_t j = at;
  std::size_t k = 0;
  int gap = 0;
  while (k < digits.size() && j < text.size()) {
    if (text[j] == digits[k]) {
      ++j, ++k, gap = 0;
    } else if (k > 0 && gap < 3 &&
               std::string_view(" \t()-./").find(text[j]) != std::string_view::npos) {
      ++j, ++gap;
    } else if (k > 0 && gap < 3 && text.substr(j, 2) == "\xC2\xA0") {
      j += 2, ++gap;
    } else {
      return 0;
    }
  }
  if (k < digits.size() || (j < text.size() && digit(text[j]))) return 0;
  return j - at;
}

std::string digits_of(std::string_view phone) {
  std::string out;
  for (char ch : phone) {
    if (digit(ch)) out += ch;
  }
  return out.size() >= 6 ? out : std::string();  // never erase every short number in the log
}

// The name as `lpg` recorded it inside a shell-quoted command line: O'Brien is 'O'\''Brien'.
std::string shell_quoted_inside(std::string_view name) {
  std::string out;
  for (char ch : name) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out;
}

std::size_t other_at(std::string_view text, std::size_t at,
                     const std::vector<std::string>& others) {
  for (const auto& other : others) {
    if (other.size() < 3) continue;
    std::size_t len = 0;
    if (other.find('\'') != std::string::npos)
      len = literal_at(text, at, shell_quoted_inside(other));
    if (len == 0) len = literal_at(text, at, other);
    if (len != 0) return len;
  }
  return 0;
}

}  // namespace

std::string redact(std::string_view text, const Needles& n, std::string_view name_with,
                   std::string_view other_with) {
  std::string quoted = n.name.find('\'') != std::string::npos ? shell_quoted_inside(n.name) : "";
  std::string phone = digits_of(n.phone);
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    if ((len = literal_at(text, i, quoted)) || (len = literal_at(text, i, n.name))) {
      out += name_with;
    } else if ((len = literal_at(text, i, n.email)) || (len = phone_at(text, i, phone))) {
      // A "+44 1869 ..." number: the plus goes too.
      if (text[i] != '+' && !out.empty() && out.back() == '+' && n.phone.starts_with('+')) {
        out.pop_back();
      }
      out += other_with;
    } else if ((len = other_at(text, i, n.others))) {
      out += other_with;
    } else {
      out += text[i++];
      continue;
    }
    i += len;
  }
  return out;
}

bool mentions(std::string_view text, const Needles& n) {
  return redact(text, n, "\x01", "\x01") != text;
}

}  // namespace lpg::privacy
