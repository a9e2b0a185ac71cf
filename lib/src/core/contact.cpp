// SPDX-License-Identifier: MIT
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg {

namespace {

std::string shown(std::string_view text) {
  return text.size() > 60 ? std::string(text.substr(0, 60)) + "..." : std::string(text);
}

bool valid_local_part(std::string_view local) {
  if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.' ||
      local.find("..") != std::string_view::npos) {
    return false;
  }
  for (char ch : local) {
    bool ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
              std::string_view("!#$%&'*+-/=?^_`{|}~.").find(ch) != std::string_view::npos;
    if (!ok) return false;
  }
  return true;
}

bool valid_domain(std::string_view domain) {
  if (domain.empty() || domain.size() > 253) return false;
  std::size_t start = 0;
  std::string_view label;
  int labels = 0;
  while (start <= domain.size()) {
    std::size_t dot = domain.find('.', start);
    if (dot == std::string_view::npos) dot = domain.size();
    label = domain.substr(start, dot - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
      return false;
    }
    for (char ch : label) {
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
    }
    ++labels;
    start = dot + 1;
  }
  bool tld_letters = label.size() >= 2 && label.find_first_not_of("abcdefghijklmnopqrstuvwxyz") ==
                                              std::string_view::npos;
  return labels >= 2 && tld_letters;
}

}  // namespace

std::string normalise_email(std::string_view text) {
  std::string email = ascii_lower(trim(text));
  std::size_t at = email.find('@');
  bool ok = email.size() <= 254 && at != std::string::npos &&
            email.find('@', at + 1) == std::string::npos &&
            valid_local_part(std::string_view(email).substr(0, at)) &&
            valid_domain(std::string_view(email).substr(at + 1));
  if (!ok) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid email address \"{}\"", shown(text)),
                "expected an address such as name@example.org.uk");
  }
  return email;
}

std::string normalise_phone(std::string_view text) {
  std::string tidy;
  std::string digits;
  std::string raw = trim(text);
  // "+44 (0)1869 123456": the (0) is dialled only from inside the UK.
  if (auto zero = raw.find("(0)"); raw.starts_with("+44") && zero != std::string::npos) {
    raw.erase(zero, 3);
  }
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char ch = raw[i];
    bool plus = ch == '+' && i == 0;
    if ((ch >= '0' && ch <= '9') || plus) {
      tidy += ch;
      if (!plus) digits += ch;
    } else if (std::string_view(" \t()-./").find(ch) != std::string_view::npos ||
               std::string_view(raw).substr(i, 2) == "\xC2\xA0") {
      if (!tidy.empty() && tidy.back() != ' ' && tidy.back() != '+') tidy += ' ';
      if (ch == '\xC2') ++i;
    } else {
      digits.clear();  // a letter or other symbol: not a number we understand
      break;
    }
  }
  while (tidy.ends_with(' ')) tidy.pop_back();
  bool uk = tidy.starts_with('0') && digits.size() >= 10 && digits.size() <= 11;
  bool intl =
      tidy.starts_with("+44") && digits.size() >= 11 && digits.size() <= 12 && digits[2] != '0';
  if (!uk && !intl) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid phone number \"{}\"", shown(text)),
                "expected a UK number of 10 or 11 digits such as 01869 123456, or +44 1869 "
                "123456");
  }
  return tidy;
}

// Characters a URL may hold as they are (RFC 3986), less the quotes: a quote or angle bracket
// in a website is how a published page (Popolo JSON, HTML) gets a script put into it.
bool url_character(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
         std::string_view("-._~:/?#[]@!$&()*+,;=%").find(ch) != std::string_view::npos;
}

std::string normalise_website(std::string_view text) {
  std::string site = trim(text);
  std::string lower = ascii_lower(site);
  std::string_view host = site;
  bool scheme = lower.starts_with("http://") || lower.starts_with("https://");
  if (scheme) host = host.substr(host.find("://") + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  std::string_view name = host.substr(0, host.rfind(':'));  // a port: example.org:8080
  bool port_ok =
      name.size() == host.size() ||
      host.substr(name.size() + 1).find_first_not_of("0123456789") == std::string_view::npos;
  bool ok = !site.empty() && std::all_of(site.begin(), site.end(), url_character) &&
            // Any other scheme (javascript:, data:, mailto:) is refused: a colon before the
            // first slash is http(s)://, or a port.
            (scheme || name.find(':') == std::string_view::npos) && port_ok &&
            name.find('.') != std::string_view::npos && name.front() != '.' && name.back() != '.' &&
            name.find('@') == std::string_view::npos;
  if (!ok) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid website \"{}\"", shown(text)),
                "expected an http or https address such as www.example.org.uk or "
                "https://www.example.org.uk/contact");
  }
  return site;
}

}  // namespace lpg
