// SPDX-License-Identifier: MIT
// The MIME writer: only what reminders need, written to be read back without defects by
// strict parsers (Python's email with policy=default, Thunderbird, Outlook).
#include <lpg/errors.hpp>
#include <lpg/mail.hpp>
#include <lpg/text.hpp>

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace lpg {

namespace {

constexpr std::string_view kBase64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(std::string_view bytes) {
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(bytes[i]) << 16U) |
                 (static_cast<unsigned char>(bytes[i + 1]) << 8U) |
                 static_cast<unsigned char>(bytes[i + 2]);
    for (int k = 18; k >= 0; k -= 6) out += kBase64[(v >> static_cast<unsigned>(k)) & 63U];
  }
  if (std::size_t rest = bytes.size() - i; rest > 0) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16U;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8U;
    out += kBase64[(v >> 18U) & 63U];
    out += kBase64[(v >> 12U) & 63U];
    out += rest == 2 ? kBase64[(v >> 6U) & 63U] : '=';
    out += '=';
  }
  return out;
}

bool plain_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

// Lines without their ends, whether the text uses LF or CRLF.
std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    std::string line(text.substr(start, nl == std::string_view::npos ? nl : nl - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

bool is_continuation(unsigned char c) { return (c & 0xC0U) == 0x80U; }

}  // namespace

std::string base64_lines(std::string_view bytes) {
  std::string flat = base64(bytes);
  std::string out;
  for (std::size_t i = 0; i < flat.size(); i += 76) out += flat.substr(i, 76) + "\r\n";
  return out;
}

std::string quoted_printable(std::string_view text) {
  std::string out;
  for (const auto& line : lines_of(text)) {
    std::string encoded;
    std::size_t width = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      auto c = static_cast<unsigned char>(line[i]);
      bool last = i + 1 == line.size();
      bool literal =
          (c >= 33 && c <= 126 && c != '=') || (c == ' ' && !last) || (c == '\t' && !last);
      std::string piece =
          literal ? std::string(1, static_cast<char>(c)) : fmt::format("={:02X}", c);
      if (width + piece.size() > 75) {  // a soft break keeps every line within 76
        encoded += "=\r\n";
        width = 0;
      }
      encoded += piece;
      width += piece.size();
    }
    out += encoded + "\r\n";
  }
  return out;
}

std::string encode_header_text(std::string_view text) {
  // Text that looks like an encoded-word would be decoded by the reader: encode it too.
  if (plain_ascii(text) && text.find("=?") == std::string_view::npos) return std::string(text);
  return encoded_words(text);
}

std::string encoded_words(std::string_view text) {
  // Each encoded-word at most 75 octets: "=?UTF-8?B?" + base64 + "?=" leaves 63 characters of
  // base64, so 45 bytes of UTF-8, cut only between characters, and after a space where one
  // is near: readers that keep the folding whitespace between two encoded-words, which RFC
  // 2047 6.2 says to drop (Python's email, 3.11), then show a doubled space, not a split word.
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + 45);
    while (end < text.size() && end > start &&
           is_continuation(static_cast<unsigned char>(text[end])))
      --end;
    if (end < text.size()) {
      std::size_t space = text.rfind(' ', end - 1);
      if (space != std::string_view::npos && space >= start + 20) end = space + 1;
    }
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string mail_date(std::chrono::sys_seconds at) {
  auto day = date::floor<date::days>(at);
  date::year_month_day ymd{day};
  date::hh_mm_ss<std::chrono::seconds> time{at - day};
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return fmt::format("{}, {:02} {} {} {:02}:{:02}:{:02} +0000",
                     kDays[date::weekday{day}.c_encoding()], static_cast<unsigned>(ymd.day()),
                     kMonths[static_cast<unsigned>(ymd.month()) - 1], static_cast<int>(ymd.year()),
                     time.hours().count(), time.minutes().count(), time.seconds().count());
}

namespace {

std::string part_text(const MailPart& part) {
  std::string head = "Content-Type: " + part.content_type + "\r\n";
  if (part.base64) {
    return head + "Content-Transfer-Encoding: base64\r\n\r\n" + base64_lines(part.text);
  }
  return head + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quoted_printable(part.text);
}

// A boundary that cannot occur in base64 or quoted-printable output ("=_" starts it); the
// outer one of a multipart/mixed message has "mix_" added, so the two always differ.
std::string boundary_for(const MailMessage& m, std::string_view kind) {
  return "=_lpg_" + std::string(kind) + base64(m.message_id).substr(0, 24);
}

// The body: one part, or the parts as alternatives of each other, with its Content-Type.
std::string body_text(const MailMessage& m) {
  if (m.parts.size() == 1) return part_text(m.parts.front());
  std::string boundary = boundary_for(m, "");
  std::string out = "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
  out += "This is a message in MIME format.\r\n";
  for (const auto& part : m.parts) out += "\r\n--" + boundary + "\r\n" + part_text(part);
  return out + "\r\n--" + boundary + "--\r\n";
}

std::string attachment_text(const MailAttachment& a) {
  bool safe = !a.file_name.empty() && a.file_name.find_first_not_of(
                                          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                          "0123456789._-") == std::string::npos;
  if (!safe) {
    throw Error(ErrorKind::Invalid,
                fmt::format("attachment name \"{}\" is not plain", a.file_name));
  }
  return "Content-Type: " + a.content_type + "; name=\"" + a.file_name + "\"\r\n" +
         "Content-Disposition: attachment; filename=\"" + a.file_name + "\"\r\n" +
         "Content-Transfer-Encoding: base64\r\n\r\n" + base64_lines(a.bytes);
}

// A header field from its words, folded so that no line passes 78 octets (RFC 5322 2.2.3):
// a word that does not fit goes on a continuation line, the first one too (after the colon),
// so that a long msg-id or encoded-word never stretches the field's first line. A single word
// longer than a line stays whole.
std::string folded(std::string_view field, const std::vector<std::string>& words) {
  constexpr std::size_t kLineOctets = 78;
  std::string out = std::string(field) + ":";
  std::size_t width = out.size();
  for (const auto& word : words) {
    if (width + 1 + word.size() > kLineOctets && width > 1) {
      out += "\r\n";
      width = 0;
    }
    out += " " + word;
    width += 1 + word.size();
  }
  return out + "\r\n";
}

// Unstructured text (RFC 2047 encoded where it must be) as words to fold between.
std::vector<std::string> text_words(std::string_view text) {
  std::string value = encode_header_text(text);
  // Encoded-words come folded already; plain text folds at its own spaces (kept, even doubled).
  std::string_view sep = value.starts_with("=?UTF-8?") ? "\r\n " : " ";
  std::vector<std::string> words;
  for (std::size_t at = 0; at <= value.size();) {
    std::size_t end = std::min(value.find(sep, at), value.size());
    words.push_back(value.substr(at, end - at));
    at = end + sep.size();
  }
  return words;
}

}  // namespace

std::string to_rfc5322(const MailMessage& m) {
  std::string out;
  out += "From: " + mailbox_header("From", m.from) + "\r\n";
  out += "To: " + mailbox_header("To", m.to) + "\r\n";
  out += folded("Subject", text_words(m.subject));
  out += "Date: " + mail_date(m.date) + "\r\n";
  out += folded("Message-ID", {"<" + m.message_id + ">"});
  out += "MIME-Version: 1.0\r\n";
  if (m.attachments.empty()) return out + body_text(m);
  std::string boundary = boundary_for(m, "mix_");
  out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
  out += "This is a message in MIME format.\r\n";
  out += "\r\n--" + boundary + "\r\n" + body_text(m);
  for (const auto& a : m.attachments) out += "\r\n--" + boundary + "\r\n" + attachment_text(a);
  out += "\r\n--" + boundary + "--\r\n";
  return out;
}

}  // namespace lpg
