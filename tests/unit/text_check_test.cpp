// SPDX-License-Identifier: MIT
#include "core/text_check.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace lpg;

namespace {

// The message check_line or check_text throws, or "" when the text passes.
std::string line_error(std::string_view text, std::size_t limit = kLineBytes) {
  try {
    check_line(text, "venue", limit);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Invalid);
    return e.what();
  }
  return "";
}

std::string text_error(std::string_view text, std::size_t limit = kTextBytes) {
  try {
    check_text(text, "note", limit);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Invalid);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("invalid_utf8_at finds the first bad byte") {
  CHECK(invalid_utf8_at("Zo\xC3\xAB \xF0\x9F\x91\xA9") == std::string_view::npos);
  CHECK(invalid_utf8_at("Caf\xE9") == 3);
  CHECK(invalid_utf8_at("ab\xC0\xAF") == 2);              // overlong '/'
  CHECK(invalid_utf8_at("\xED\xA0\x80") == 0);            // a surrogate
  CHECK(invalid_utf8_at("x\xF4\x90\x80\x80") == 1);       // past U+10FFFF
  CHECK(invalid_utf8_at("ok\xE2\x82") == 2);              // cut short
  CHECK(valid_utf8("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));  // Hebrew
}

TEST_CASE("one line: plain text passes, control characters and bad bytes are placed") {
  CHECK(line_error("'; DROP TABLE x;-- $(rm -rf /) \"") == "");
  CHECK(line_error("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 Zo\xC3\xAB") == "");
  CHECK(line_error("Room 1\tAnnexe") == "venue: control character U+0009 at byte 6");
  CHECK(line_error("a\nb") == "venue: control character U+000A at byte 1");
  CHECK(line_error("\x1B[31mred") == "venue: control character U+001B at byte 0");
  CHECK(line_error("del\x7F") == "venue: control character U+007F at byte 3");
  CHECK(line_error("c1 \xC2\x85") == "venue: control character U+0085 at byte 3");
  CHECK(line_error("Caf\xE9") == "venue: invalid UTF-8 at byte 3");
}

TEST_CASE("one line: the limit counts bytes") {
  CHECK(line_error(std::string(1000, 'x')) == "");
  CHECK(line_error(std::string(1001, 'x')) == "venue: 1001 bytes long; the most is 1000 bytes");
  CHECK(line_error(std::string(201, 'x'), kNameBytes) ==
        "venue: 201 bytes long; the most is 200 bytes");
  std::string accents;
  for (int i = 0; i < 101; ++i) accents += "\xC3\xA9";  // 101 characters, 202 bytes
  CHECK(line_error(accents, kNameBytes) == "venue: 202 bytes long; the most is 200 bytes");
}

TEST_CASE("multi-line text: tabs and line breaks pass, errors name the line") {
  CHECK(text_error("one\r\ntwo\n\tthree") == "");
  CHECK(text_error("one\ntwo\nbell\x07") == "note: control character U+0007 at line 3");
  CHECK(text_error("one\n\nCaf\xE9") == "note: invalid UTF-8 at line 3");
  CHECK(text_error("x\x7F") == "note: control character U+007F at line 1");
}

TEST_CASE("multi-line text: 1 MB is the limit") {
  std::string mb(kTextBytes, 'n');
  CHECK(text_error(mb) == "");
  CHECK(text_error(mb + "n") == "note: 1048577 bytes long; the most is 1048576 bytes");
}

TEST_CASE("checked_line trims before checking") {
  CHECK(checked_line("  Bicester Library \t", "venue") == "Bicester Library");
  CHECK_THROWS_AS(checked_line(" a\x1B b ", "venue"), Error);
}
