// SPDX-License-Identifier: MIT
#include <lpg/database_url.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>
#include <vector>

namespace lpg {

namespace {

constexpr std::string_view kMask = "***";

std::optional<std::size_t> scheme_end(std::string_view target) {
  for (std::string_view scheme : {"postgresql://", "postgres://"}) {
    if (target.starts_with(scheme)) return scheme.size();
  }
  return std::nullopt;
}

// [begin, end) spans of the password in `target` (the URL's user:password, and every
// password=value parameter), in order.
using Span = std::pair<std::size_t, std::size_t>;

std::vector<Span> url_passwords(std::string_view url, std::size_t start) {
  std::vector<Span> spans;
  std::size_t query = url.find('?', start);
  // The userinfo ends at the last '@' of the authority. An unencoded '?' in a password puts
  // that '@' after the '?': then take the last '@' anywhere, masking too much rather than
  // too little.
  std::size_t at = url.rfind('@', query == std::string_view::npos ? url.npos : query);
  if (at == std::string_view::npos || at < start) at = url.rfind('@');
  if (at != std::string_view::npos && at >= start) {
    std::size_t colon = url.find(':', start);
    if (colon < at) spans.emplace_back(colon + 1, at);
    if (query != std::string_view::npos && query < at) query = url.find('?', at);
  }
  for (std::size_t i = query; i != std::string_view::npos && i < url.size();) {
    std::size_t amp = url.find('&', i + 1);
    std::size_t end = amp == std::string_view::npos ? url.size() : amp;
    std::string_view pair = url.substr(i + 1, end - i - 1);
    if (pair.starts_with("password=")) spans.emplace_back(i + 1 + 9, end);
    i = amp;
  }
  return spans;
}

// libpq's keyword/value form: key = value, the value bare or in '...' with \ escapes.
std::vector<Span> conninfo_passwords(std::string_view text) {
  std::vector<Span> spans;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  while (i < text.size()) {
    skip_space();
    std::size_t key_start = i;
    while (i < text.size() && text[i] != '=' && !std::isspace(static_cast<unsigned char>(text[i])))
      ++i;
    std::string_view key = text.substr(key_start, i - key_start);
    skip_space();
    if (i >= text.size() || text[i] != '=') break;
    ++i;
    skip_space();
    std::size_t value_start = i;
    if (i < text.size() && text[i] == '\'') {
      for (++i; i < text.size() && text[i] != '\''; ++i) {
        if (text[i] == '\\') ++i;
      }
      if (i < text.size()) ++i;
    } else {
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    }
    if (key == "password") spans.emplace_back(value_start, std::min(i, text.size()));
  }
  return spans;
}

std::vector<Span> password_spans(std::string_view target) {
  if (auto start = scheme_end(target)) return url_passwords(target, *start);
  if (target.find('=') != std::string_view::npos) return conninfo_passwords(target);
  return {};
}

int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

std::string percent_decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string unquoted(std::string_view value) {
  if (!value.starts_with('\'')) return std::string(value);
  std::string out;
  for (std::size_t i = 1; i < value.size() && value[i] != '\''; ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) ++i;
    out += value[i];
  }
  return out;
}

}  // namespace

bool is_postgres_url(std::string_view target) noexcept { return scheme_end(target).has_value(); }

std::string redact_database_url(std::string_view target) {
  std::string out;
  std::size_t copied = 0;
  for (auto [begin, end] : password_spans(target)) {
    out.append(target.substr(copied, begin - copied));
    out.append(kMask);
    copied = end;
  }
  out.append(target.substr(copied));
  return out;
}

std::string database_url_password(std::string_view target) {
  auto spans = password_spans(target);
  if (spans.empty()) return {};
  std::string_view raw =
      target.substr(spans.front().first, spans.front().second - spans.front().first);
  return is_postgres_url(target) ? percent_decoded(raw) : unquoted(raw);
}

}  // namespace lpg
