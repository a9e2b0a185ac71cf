// SPDX-License-Identifier: MIT
// Clock::make with any LPG_NOW: throws lpg::Error or gives a clock whose every view works.
#include <lpg/dates.hpp>
#include <lpg/errors.hpp>

#include <string>

#include "fuzz.hpp"

using namespace lpg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string pinned(fuzz::text(data, size));
  for (const char* zone : {"Europe/London", "UTC"}) {
    try {
      Clock clock = Clock::make(pinned, zone);
      (void)clock.utc_stamp();
      (void)format_local_time(clock.local_now());
      fuzz::require(clock.today().ok(), "today is not a valid date");
    } catch (const Error&) {
    }
  }
  return 0;
}
