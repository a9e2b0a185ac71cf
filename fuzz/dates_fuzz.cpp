// SPDX-License-Identifier: MIT
// parse_date, parse_time_of_day, parse_local_time and parse_duration on any text: they either
// throw lpg::Error or return a value that formats and parses back to itself.
#include <lpg/dates.hpp>
#include <lpg/errors.hpp>

#include "fuzz.hpp"

using namespace lpg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view input = fuzz::text(data + 1, size - 1);
  try {
    switch (data[0] % 4) {
      case 0: {
        Date day = parse_date(input);
        fuzz::require(day.ok(), "parse_date returned an impossible date");
        fuzz::require(parse_date(format_date(day)) == day, "parse_date round trip");
        for (const char* style : {"iso", "uk", "long"}) (void)format_date(day, style);
        break;
      }
      case 1: {
        Minutes t = parse_time_of_day(input);
        fuzz::require(t >= Minutes{0} && t < Minutes{24 * 60}, "time of day out of range");
        break;
      }
      case 2: {
        LocalTime t = parse_local_time(input);
        fuzz::require(parse_local_time(format_local_time(t)) == t, "parse_local_time round trip");
        break;
      }
      default: {
        Minutes d = parse_duration(input);
        fuzz::require(parse_duration(format_duration(d)) == d, "parse_duration round trip");
        break;
      }
    }
  } catch (const Error&) {
  }
  return 0;
}
