// SPDX-License-Identifier: MIT
// fold_key, valid_utf8, trim, ascii_lower and nearest on any bytes.
#include <lpg/errors.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <string>

#include "fuzz.hpp"

using namespace lpg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = fuzz::text(data, size);
  bool utf8 = valid_utf8(input);
  std::string trimmed = trim(input);
  fuzz::require(trimmed.size() <= input.size(), "trim grew the text");
  fuzz::require(trim(trimmed) == trimmed, "trim is not idempotent");
  fuzz::require(ascii_lower(input).size() == input.size(), "ascii_lower changed the length");
  std::string key = fold_key(input);
  if (utf8) fuzz::require(valid_utf8(key), "fold_key made invalid UTF-8 of valid UTF-8");
  fuzz::require(fold_key(key) == key, "fold_key is not idempotent");
  std::string_view half = input.substr(0, input.size() / 2);
  (void)nearest(half, {std::string(input.substr(input.size() / 2)), "chess", "Zoë"});
  return 0;
}
