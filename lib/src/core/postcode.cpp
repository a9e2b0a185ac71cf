// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/postcode.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

namespace lpg {

namespace {

bool is_alpha(char ch) { return ch >= 'A' && ch <= 'Z'; }
bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
bool one_of(char ch, std::string_view allowed) {
  return allowed.find(ch) != std::string_view::npos;
}

// Upper case with every space, tab and no-break space (U+00A0, U+202F) taken out; nullopt
// when anything but ASCII letters and digits remains.
std::optional<std::string> squeeze(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (ch == ' ' || ch == '\t') continue;
    if (text.substr(i, 2) == "\xC2\xA0") {
      ++i;
      continue;
    }
    if (text.substr(i, 3) == "\xE2\x80\xAF") {
      i += 2;
      continue;
    }
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (!is_alpha(ch) && !is_digit(ch)) return std::nullopt;
    out += ch;
  }
  return out;
}

// The outward code (before the space): A9, A99, AA9, AA99, A9A or AA9A, with the letters
// Royal Mail allows in each position.
bool valid_outward(std::string_view o) {
  if (o.size() < 2 || o.size() > 4 || !is_alpha(o[0]) || one_of(o[0], "QVX")) return false;
  if (is_digit(o[1])) {  // A9, A99, A9A
    if (o.size() == 2) return true;
    if (o.size() != 3) return false;
    return is_digit(o[2]) || one_of(o[2], "ABCDEFGHJKPSTUW");
  }
  if (one_of(o[1], "IJZ") || o.size() < 3 || !is_digit(o[2])) return false;  // AA9...
  if (o.size() == 3) return true;
  return is_digit(o[3]) || one_of(o[3], "ABEHMNPRVWXY");
}

// The inward code (after the space): a digit and two letters, never C, I, K, M, O or V.
bool valid_inward(std::string_view i) {
  return i.size() == 3 && is_digit(i[0]) && is_alpha(i[1]) && is_alpha(i[2]) &&
         !one_of(i[1], "CIKMOV") && !one_of(i[2], "CIKMOV");
}

std::optional<std::string> try_normalise(std::string_view text) {
  auto squeezed = squeeze(text);
  if (!squeezed || squeezed->size() < 5 || squeezed->size() > 7) return std::nullopt;
  std::string_view all = *squeezed;
  std::string_view outward = all.substr(0, all.size() - 3);
  std::string_view inward = all.substr(all.size() - 3);
  bool girobank = all == "GIR0AA";  // the one postcode outside the pattern
  if (!girobank && (!valid_outward(outward) || !valid_inward(inward))) return std::nullopt;
  return std::string(outward).append(" ").append(inward);
}

bool is_redacted(std::string_view text) {
  constexpr std::string_view kWord = "redacted";
  if (text.size() != kWord.size()) return false;
  for (std::size_t i = 0; i < kWord.size(); ++i) {
    char ch = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
    if (ch != kWord[i]) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> normalise_postcode(std::string_view text, Redacted redacted) {
  if (redacted == Redacted::AsMissing && is_redacted(trim_view(text))) return std::nullopt;
  if (auto normal = try_normalise(text)) return normal;
  std::string shown =
      text.size() > 40 ? std::string(text.substr(0, 40)) + "..." : std::string(text);
  throw Error(ErrorKind::Invalid, fmt::format("invalid postcode \"{}\"", shown),
              "expected a UK postcode such as OX26 6AB or SW1A 1AA");
}

bool valid_postcode(std::string_view text) { return try_normalise(text).has_value(); }

}  // namespace lpg
