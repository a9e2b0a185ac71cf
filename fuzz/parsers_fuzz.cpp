// SPDX-License-Identifier: MIT
// The parsers of domain values on any text: cadences, indicator periods, postcodes, money and
// quorum rules either throw lpg::Error or return a value whose canonical text parses back to it.
#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>
#include <lpg/money.hpp>
#include <lpg/period.hpp>
#include <lpg/postcode.hpp>

#include "fuzz.hpp"

using namespace lpg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view input = fuzz::text(data + 1, size - 1);
  try {
    switch (data[0] % 5) {
      case 0: {
        Cadence c = parse_cadence(input);
        fuzz::require(parse_cadence(to_string(c)) == c, "cadence round trip");
        break;
      }
      case 1: {
        Period p = Period::parse(input);
        fuzz::require(Period::parse(p.to_string()) == p, "period round trip");
        for (YearStart rule : {YearStart{8}, YearStart{9}}) {
          fuzz::require(p.contains(p.start(rule), rule) && p.contains(p.end(rule), rule),
                        "period holds its ends");
        }
        break;
      }
      case 2: {
        auto pc = normalise_postcode(input, Redacted::AsMissing);
        if (pc) fuzz::require(normalise_postcode(*pc) == pc, "postcode normal form is stable");
        break;
      }
      case 3: {
        auto pence = parse_pence(input);
        fuzz::require(parse_pence(format_pence(pence)) == pence, "money round trip");
        break;
      }
      default: {
        std::string rule = parse_quorum(input);
        fuzz::require(parse_quorum(rule) == rule, "quorum normal form is stable");
        break;
      }
    }
  } catch (const Error&) {
  }
  return 0;
}
