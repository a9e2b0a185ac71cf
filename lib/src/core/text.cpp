// SPDX-License-Identifier: MIT
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <istream>

#include "core/text_check.hpp"

namespace lpg {

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

namespace {

// Optimal string alignment distance: a swap of two neighbours ("chiar") counts as one edit.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  std::string lowered = ascii_lower(word);
  std::size_t limit = std::max<std::size_t>(1, lowered.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    std::size_t d = edit_distance(lowered, ascii_lower(candidate));
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string trim(std::string_view text) { return std::string(trim_view(text)); }

std::string_view trim_view(std::string_view text) {
  auto is_space = [&](std::size_t pos, std::size_t& len) {
    if (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r' || text[pos] == '\n') {
      len = 1;
      return true;
    }
    return false;
  };
  std::size_t begin = 0;
  std::size_t end = text.size();
  std::size_t len = 0;
  while (begin < end) {
    if (is_space(begin, len)) {
      begin += len;
    } else if (end - begin >= 2 && text.substr(begin, 2) == "\xC2\xA0") {
      begin += 2;
    } else {
      break;
    }
  }
  while (end > begin) {
    if (is_space(end - 1, len)) {
      end -= 1;
    } else if (end - begin >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") {
      end -= 2;
    } else {
      break;
    }
  }
  return text.substr(begin, end - begin);
}

bool valid_utf8(std::string_view text) {
  // One decoder for the whole library: the stored-text checks report where it fails.
  return invalid_utf8_at(text) == std::string_view::npos;
}

std::string visible(std::string_view text, bool keep_newlines) {
  std::string out;
  bool utf8 = valid_utf8(text);
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    bool crlf = c == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    if (c == '\n' || crlf) {
      i += crlf ? 1 : 0;
      out += keep_newlines ? '\n' : ' ';
    } else if (c == '\t' || c == '\r') {
      out += c == '\t' ? "\\t" : "\\r";
    } else if (c < 0x20 || c == 0x7f || (!utf8 && c >= 0x80)) {
      out += fmt::format("\\x{:02X}", c);
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {  // U+0080..U+009F
      out += fmt::format("\\u{:04X}", static_cast<unsigned char>(text[++i]));
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string read_limited(std::istream& in, std::size_t limit, const std::string& name,
                         ErrorKind kind) {
  std::string bytes(limit + 1, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.bad()) throw Error(ErrorKind::Io, fmt::format("cannot read {}", name));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (bytes.size() > limit) {
    throw Error(
        kind, fmt::format("{} is larger than {} bytes: lpg reads no file that large", name, limit),
        "name the right file");
  }
  return bytes;
}

std::string shell_quote(std::string_view arg, bool always) {
  if (!always && !arg.empty() &&
      arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                            "0123456789-_./=:@%+,") == std::string_view::npos) {
    return std::string(arg);
  }
  std::string out = "'";
  for (char ch : arg) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

std::vector<std::string> shell_words(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char ch = line[i];
    if (ch == ' ' || ch == '\t' || ch == '\n') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
      continue;
    }
    in_word = true;
    if (ch == '\'') {
      std::size_t end = line.find('\'', i + 1);
      if (end == std::string_view::npos) end = line.size();
      word.append(line.substr(i + 1, end - i - 1));
      i = end;
    } else if (ch == '"') {
      for (++i; i < line.size() && line[i] != '"'; ++i) {
        if (line[i] == '\\' && i + 1 < line.size() &&
            std::string_view("\"\\$`").find(line[i + 1]) != std::string_view::npos) {
          ++i;
        }
        word += line[i];
      }
    } else if (ch == '\\' && i + 1 < line.size()) {
      word += line[++i];
    } else {
      word += ch;
    }
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

std::string windows1252_to_utf8(std::string_view bytes) {
  // 0x80..0x9F are where Windows-1252 differs from Latin-1.
  static constexpr std::array<char32_t, 32> kHigh = {
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    auto byte = static_cast<unsigned char>(ch);
    char32_t cp = byte >= 0x80 && byte <= 0x9F ? kHigh.at(byte - 0x80) : byte;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

}  // namespace lpg
