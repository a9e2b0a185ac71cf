// SPDX-License-Identifier: MIT
// The one RFC 5322 formatter of mailboxes (issue 20): a stored name is only ever a display
// name, and the stored address the only address, whatever the name holds.
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/mail.hpp>
#include <lpg/mailbox.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg {

namespace {

constexpr std::size_t kLineOctets = 78;

bool printable_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

bool has_control(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

// The display name's words: one quoted-string, or encoded-words when it is not plain ASCII,
// holds "=?" (which readers decode, even inside quotes), or is too long for one line.
std::vector<std::string> name_words(std::string_view field, std::string_view name) {
  if (printable_ascii(name) && name.find("=?") == std::string_view::npos) {
    std::string quoted = "\"";
    for (char c : name) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    quoted += '"';
    if (field.size() + 2 + quoted.size() <= kLineOctets) return {quoted};
  }
  std::vector<std::string> words;
  std::string encoded = encoded_words(name);
  for (std::size_t at = 0; at < encoded.size();) {
    std::size_t end = encoded.find("\r\n ", at);
    if (end == std::string::npos) end = encoded.size();
    words.push_back(encoded.substr(at, end - at));
    at = end == encoded.size() ? end : end + 3;
  }
  return words;
}

[[noreturn]] void refuse(std::string_view text, std::string_view what, std::string_view why) {
  throw Error(ErrorKind::Invalid, fmt::format("{} \"{}\" {}", what, text, why),
              "expected \"Name <name@example.org.uk>\" or name@example.org.uk: one address");
}

std::string checked_address(std::string_view text, std::string_view address,
                            std::string_view what) {
  try {
    return normalise_email(address);
  } catch (const Error&) {
    refuse(text, what, fmt::format("is not a valid address (\"{}\")", address));
  }
}

}  // namespace

Mailbox parse_mailbox(std::string_view text, std::string_view what) {
  std::string whole = trim(text);
  if (has_control(whole)) refuse(text, what, "holds a control character");
  if (std::count(whole.begin(), whole.end(), '<') > 1) {
    refuse(text, what, "holds more than one address");
  }
  auto lt = whole.find('<');
  if (lt == std::string::npos) {
    if (whole.find('>') != std::string::npos) refuse(text, what, "has '>' without '<'");
    return {"", checked_address(text, whole, what)};
  }
  auto gt = whole.find('>', lt);
  if (gt == std::string::npos || gt + 1 != whole.size()) {
    refuse(text, what, "must end with the address in <...>");
  }
  std::string name = trim(std::string_view(whole).substr(0, lt));
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
    name = name.substr(1, name.size() - 2);
  }
  if (name.find_first_of("<>\"") != std::string::npos) {
    refuse(text, what, "has '<', '>' or '\"' in its name: one address only");
  }
  std::string_view address = std::string_view(whole).substr(lt + 1, gt - lt - 1);
  if (address.find_first_of("<>,;") != std::string_view::npos) {
    refuse(text, what, "holds more than one address");
  }
  return {trim(name), checked_address(text, address, what)};
}

std::string mailbox_header(std::string_view field, const Mailbox& who) {
  std::string email = normalise_email(who.email);  // throws for anything but one address
  std::vector<std::string> words;
  if (!trim(who.name).empty()) words = name_words(field, trim(who.name));
  words.push_back(words.empty() ? email : "<" + email + ">");
  std::string out;
  std::size_t width = field.size() + 2;  // "To: "
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && width + 1 + words[i].size() > kLineOctets) {
      out += "\r\n ";
      width = 1;
    } else if (i > 0) {
      out += ' ';
      ++width;
    }
    out += words[i];
    width += words[i].size();
  }
  return out;
}

std::string display(const Mailbox& who) {
  if (who.name.empty()) return who.email;
  return who.name + " <" + who.email + ">";
}

}  // namespace lpg
