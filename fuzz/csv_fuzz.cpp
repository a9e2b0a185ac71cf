// SPDX-License-Identifier: MIT
// The CSV reader on any bytes: it either throws lpg::Error or returns records whose fields,
// written back as RFC 4180, read again to the same records.
#include <lpg/csv.hpp>
#include <lpg/errors.hpp>

#include <sstream>

#include "fuzz.hpp"

using namespace lpg;

namespace {
std::string write(const std::vector<csv::Row>& rows) {
  std::string out;
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      out += i ? "," : "";
      out += '"';
      for (char ch : row.fields[i]) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = fuzz::text(data, size);
  try {
    auto rows = csv::read_all(input, "fuzz.csv");
    for (const auto& row : rows) fuzz::require(!row.fields.empty(), "an empty record");
    auto again = csv::read_all(write(rows), "again.csv");
    fuzz::require(again.size() == rows.size(), "round trip changed the record count");
    for (std::size_t i = 0; i < rows.size(); ++i) {
      fuzz::require(again[i].fields == rows[i].fields, "round trip changed a record");
    }
  } catch (const Error&) {
  }
  return 0;
}
