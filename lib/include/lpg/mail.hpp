// SPDX-License-Identifier: MIT
#pragma once
// A small RFC 5322 / MIME writer for the messages lpg hands to `sendmail -t`: UTF-8 text
// parts, RFC 2047 encoded-words for non-ASCII header values, CRLF line ends throughout.

#include <lpg/mailbox.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace lpg {

struct MailPart {
  std::string content_type;  ///< with its parameters: "text/calendar; method=REQUEST"
  std::string text;          ///< UTF-8; line ends may be LF or CRLF
  bool base64 = false;       ///< else quoted-printable (7bit when ASCII with short lines)
};

/// A file attached after the body (Content-Disposition: attachment), always base64.
struct MailAttachment {
  std::string content_type;  ///< "text/markdown; charset=utf-8"
  std::string file_name;     ///< [A-Za-z0-9._-] only: it is written as is
  std::string bytes;
};

struct MailMessage {
  Mailbox from;
  Mailbox to;
  std::string subject;     ///< UTF-8
  std::string message_id;  ///< without the angle brackets
  std::chrono::sys_seconds date;
  std::vector<MailPart> parts;  ///< one part: a single body; more: multipart/alternative
  std::vector<MailAttachment> attachments;  ///< any: the whole is multipart/mixed, body first
};

/// The whole message, headers and body, with CRLF line ends and no line over 78 octets.
/// Throws Error{Invalid} for an attachment name outside [A-Za-z0-9._-].
std::string to_rfc5322(const MailMessage& message);

/// An unstructured header value: as is when printable ASCII without "=?", else encoded_words().
std::string encode_header_text(std::string_view text);
/// RFC 2047 "B" encoded-words of UTF-8 text (whole characters each, at most 75 octets a word)
/// joined by folding whitespace ("\r\n ").
std::string encoded_words(std::string_view text);
/// RFC 5322 date: "Mon, 30 Nov 2026 09:00:00 +0000".
std::string mail_date(std::chrono::sys_seconds at);
/// Quoted-printable (RFC 2045 6.7) of UTF-8 text, with CRLF hard line breaks.
std::string quoted_printable(std::string_view text);
/// Base64 in lines of 76 characters, CRLF ended.
std::string base64_lines(std::string_view bytes);

}  // namespace lpg
