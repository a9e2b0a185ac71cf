// SPDX-License-Identifier: MIT
// parse_config on any text: a Config, or Error{Config} naming where.
#include <lpg/config.hpp>
#include <lpg/errors.hpp>

#include <string>

#include "fuzz.hpp"

using namespace lpg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    Config config = parse_config(std::string(fuzz::text(data, size)), "fuzz.toml");
    fuzz::require(config.busy_timeout_ms >= 0, "negative busy timeout accepted");
  } catch (const Error& e) {
    fuzz::require(e.kind() == ErrorKind::Config, "parse_config threw a kind other than Config");
  }
  return 0;
}
