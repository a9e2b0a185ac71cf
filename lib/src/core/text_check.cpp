// SPDX-License-Identifier: MIT
#include "core/text_check.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <cstring>

namespace lpg {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// Decodes the sequence at text[i]: its length and code point, or length 0 when malformed.
std::size_t decode(std::string_view text, std::size_t i, std::uint32_t& cp) {
  auto c = static_cast<unsigned char>(text[i]);
  std::size_t n = c < 0x80           ? 1
                  : (c >> 5) == 0x6  ? 2
                  : (c >> 4) == 0xE  ? 3
                  : (c >> 3) == 0x1E ? 4
                                     : 0;
  if (n == 0 || i + n > text.size()) return 0;
  cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    auto cc = static_cast<unsigned char>(text[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  // overlong forms, surrogates and values past U+10FFFF are not UTF-8
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
      cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return n;
}

bool is_control(std::uint32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

// "byte 7" for one line, "line 3" for text.
std::string place(std::string_view text, std::size_t at, bool multiline) {
  if (!multiline) return fmt::format("byte {}", at);
  std::size_t line = 1;
  for (std::size_t i = 0; i < at; ++i) line += text[i] == '\n';
  return fmt::format("line {}", line);
}

void check(std::string_view text, std::string_view field, std::size_t limit, bool multiline) {
  if (text.size() > limit) {
    throw Error(
        ErrorKind::Invalid,
        fmt::format("{}: {} bytes long; the most is {} bytes", field, text.size(), limit),
        multiline ? "keep long documents elsewhere and store a reference to them" : "shorten it");
  }
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {  // printable ASCII, most of any text: nothing to decode
      ++i;
      continue;
    }
    std::uint32_t cp = 0;
    std::size_t n = decode(text, i, cp);
    if (n == 0) {
      // The bytes are not echoed: a terminal would show garbage.
      throw Error(ErrorKind::Invalid,
                  fmt::format("{}: invalid UTF-8 at {}", field, place(text, i, multiline)),
                  "type it again, or convert the file it came from to UTF-8");
    }
    bool allowed = multiline && (cp == '\t' || cp == '\n' || cp == '\r');
    if (is_control(cp) && !allowed) {
      throw Error(
          ErrorKind::Invalid,
          fmt::format("{}: control character U+{:04X} at {}", field, cp, place(text, i, multiline)),
          multiline ? "text may hold tabs and line breaks, but no other control characters"
                    : "this is one line of plain text: no tabs, line breaks or other "
                      "control characters");
    }
    i += n;
  }
}

}  // namespace

std::size_t invalid_utf8_at(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // Eight ASCII bytes at a time: a register file is nearly all ASCII.
    std::uint64_t word = 0;
    if (i + 8 <= text.size() && (std::memcpy(&word, text.data() + i, 8), word & kHighBits) == 0) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    std::uint32_t cp = 0;
    std::size_t n = decode(text, i, cp);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

void check_line(std::string_view text, std::string_view field, std::size_t limit) {
  check(text, field, limit, false);
}

void check_text(std::string_view text, std::string_view field, std::size_t limit) {
  check(text, field, limit, true);
}

std::string checked_line(std::string_view text, std::string_view field, std::size_t limit) {
  std::string line = trim(text);
  check_line(line, field, limit);
  return line;
}

}  // namespace lpg
