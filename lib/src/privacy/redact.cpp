// SPDX-License-Identifier: MIT
#include "privacy/redact.hpp"

#include <lpg/text.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace lpg::privacy {

void Needles::add(const Needles& more) {
  names.insert(names.end(), more.names.begin(), more.names.end());
  emails.insert(emails.end(), more.emails.begin(), more.emails.end());
  phones.insert(phones.end(), more.phones.begin(), more.phones.end());
  others.insert(others.end(), more.others.begin(), more.others.end());
}

namespace {

// Text folded as fold_key() folds a name (NFKC case folding, each run of spaces one ' '), one
// code point at a time so that every folded byte knows where it came from in the original.
struct Folded {
  std::string text;
  std::vector<std::size_t> from, to;  // per folded byte: the original code point's bytes
};

bool blank(utf8proc_int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 ||
         utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

void append(Folded& f, std::string_view bytes, std::size_t from, std::size_t to) {
  f.text.append(bytes);
  f.from.insert(f.from.end(), bytes.size(), from);
  f.to.insert(f.to.end(), bytes.size(), to);
}

Folded fold(std::string_view text) {
  Folded f;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t pos = 0; pos < size;) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + pos, size - pos, &cp);
    auto at = static_cast<std::size_t>(pos);
    if (n <= 0) {  // not UTF-8: the byte stands for itself
      append(f, text.substr(at, 1), at, at + 1);
      ++pos;
      continue;
    }
    auto end = at + static_cast<std::size_t>(n);
    if (blank(cp)) {
      if (!f.text.empty() && f.text.back() == ' ') {
        f.to.back() = end;
      } else {
        append(f, " ", at, end);
      }
    } else if (cp < 0x80) {
      append(f, ascii_lower(text.substr(at, 1)), at, end);
    } else {
      utf8proc_uint8_t* folded = nullptr;
      utf8proc_map(bytes + pos, n, &folded,
                   static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                  UTF8PROC_CASEFOLD | UTF8PROC_STABLE));
      append(f, folded != nullptr ? reinterpret_cast<char*>(folded) : text.substr(at, n), at, end);
      std::free(folded);
    }
    pos += n;
  }
  return f;
}

std::string folded_needle(std::string_view needle) { return trim(fold(needle).text); }

bool word_byte(char ch) {
  auto c = static_cast<unsigned char>(ch);
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool digit(char ch) { return ch >= '0' && ch <= '9'; }

// A needle matches at `at` when its bytes match and, where it starts or ends with a letter or
// digit and `whole_words`, the text does not continue the word: "al" must not match "alder".
std::size_t literal_at(std::string_view text, std::size_t at, std::string_view needle,
                       bool whole_words) {
  if (needle.empty() || at + needle.size() > text.size()) return 0;
  if (text.compare(at, needle.size(), needle) != 0) return 0;
  if (!whole_words) return needle.size();
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
               std::string_view(" ()-./").find(text[j]) != std::string_view::npos) {
      ++j, ++gap;
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

// The value as `lpg` recorded it inside a shell-quoted command line: o'brien is o'\''brien.
std::string shell_quoted_inside(std::string_view value) {
  std::string out;
  for (char ch : value) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out;
}

struct Pattern {
  std::string text;  // folded; for phones, the digits
  bool name = false, whole_words = true, phone = false;
};

std::vector<Pattern> patterns_of(const Needles& n) {
  std::vector<Pattern> out;
  auto add = [&](const std::string& value, bool name, bool whole, std::size_t least) {
    std::string f = folded_needle(value);
    if (f.size() < least) return;
    out.push_back({f, name, whole, false});
    if (f.find('\'') != std::string::npos) out.push_back({shell_quoted_inside(f), name, whole});
  };
  for (const auto& v : n.names) add(v, true, true, 1);
  for (const auto& v : n.emails) add(v, false, true, 3);
  for (const auto& v : n.others) add(v, false, true, 3);
  for (const auto& v : n.phones) {
    if (auto d = digits_of(v); !d.empty()) out.push_back({d, false, false, true});
  }
  // Longest first: "Jo Bloggs-Smith" before "Jo Bloggs".
  std::stable_sort(out.begin(), out.end(), [](const Pattern& a, const Pattern& b) {
    return a.text.size() > b.text.size();
  });
  return out;
}

struct Match {
  std::size_t begin = 0, end = 0;  // in the original text
  bool name = false;
};

std::vector<Match> matches(std::string_view text, const Needles& needles) {
  std::vector<Pattern> patterns = patterns_of(needles);
  std::vector<Match> found;
  if (patterns.empty()) return found;
  Folded f = fold(text);
  for (std::size_t i = 0; i < f.text.size();) {
    std::size_t len = 0;
    const Pattern* hit = nullptr;
    for (const auto& p : patterns) {
      len = p.phone ? phone_at(f.text, i, p.text) : literal_at(f.text, i, p.text, p.whole_words);
      if (len != 0) {
        hit = &p;
        break;
      }
    }
    if (hit == nullptr) {
      ++i;
      continue;
    }
    std::size_t begin = f.from[i];
    // A "+44 1869 ..." number: the plus goes too.
    if (hit->phone && begin > 0 && text[begin - 1] == '+') --begin;
    found.push_back({begin, f.to[i + len - 1], hit->name});
    i += len;
  }
  return found;
}

}  // namespace

std::string redact(std::string_view text, const Needles& needles, std::string_view name_with,
                   std::string_view other_with) {
  std::string out;
  std::size_t done = 0;
  for (const auto& m : matches(text, needles)) {
    if (m.begin < done) continue;
    out.append(text.substr(done, m.begin - done));
    out.append(m.name ? name_with : other_with);
    done = m.end;
  }
  out.append(text.substr(done));
  return out;
}

bool mentions(std::string_view text, const Needles& needles) {
  return !matches(text, needles).empty();
}

}  // namespace lpg::privacy
