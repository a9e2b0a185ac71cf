// SPDX-License-Identifier: MIT
// Inputs the fuzz targets in fuzz/ found breaking an invariant, kept so the bugs stay fixed.
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <doctest/doctest.h>

using namespace lpg;

TEST_CASE("fold_key folds no-break and other Unicode spaces like plain ones") {
  // NFKC turns U+00A0 into a space; collapsing must come after folding, not before.
  CHECK(fold_key("Chess\u00a0 Club") == "chess club");
  CHECK(fold_key("Chess\u3000Club") == "chess club");
  CHECK(fold_key(" Chess \u2003 Club\u00a0") == "chess club");
}

TEST_CASE("fold_key is idempotent, also for trailing newlines and invalid UTF-8") {
  for (const char* text :
       {"a\n", "a\t\r\n", "\n\na b\n", "\xff\xfe", "Caf\xc3\xa9 \xff\n", "ﬁ Ǆ"}) {
    std::string key = fold_key(text);
    CHECK(fold_key(key) == key);
  }
  CHECK(fold_key("a\n") == "a");
  CHECK(fold_key("\xff\xfe") == "\xff\xfe");
}

TEST_CASE("fold_key gives ASCII names the key the Unicode path gives them") {
  // ASCII names skip utf8proc; beside a non-ASCII letter the same byte goes through it.
  for (int c = 1; c < 128; ++c) {
    std::string ch(1, static_cast<char>(c));
    bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    std::string lowered = (c >= 'A' && c <= 'Z') ? std::string(1, static_cast<char>(c + 32)) : ch;
    std::string expected = space ? " " : lowered;
    CAPTURE(c);
    CHECK(fold_key("\xc3\xa9" + ch + "x") == "\xc3\xa9" + expected + "x");
    CHECK(fold_key("y" + ch + "x") == "y" + expected + "x");
  }
}
