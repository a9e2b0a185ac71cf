// SPDX-License-Identifier: MIT
#pragma once
// The owner of indicator_value: values are recorded, corrected (the old row is superseded,
// never overwritten) and read here, one at a time or a file at a time.

#include <lpg/indicators.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lpg::indicator {

/// Records values inside the caller's write transaction, its prepared statements reused.
class ValueWriter {
 public:
  explicit ValueWriter(const Session& s);
  ~ValueWriter();
  ValueWriter(const ValueWriter&) = delete;
  ValueWriter& operator=(const ValueWriter&) = delete;

  /// Records `value` of indicator `i` for `area` and `p`. An empty source keeps the stored one.
  /// Throws Error{Conflict} for an archived indicator, Error{Invalid} for a period of another
  /// kind than the indicator's other values.
  RecordOutcome record(const Indicator& i, AreaId area, const Period& p, double value,
                       std::string source);

 private:
  struct Statements;
  const Session& s_;
  std::unique_ptr<Statements> q_;
};

/// Every value recorded for indicator `id` (superseded ones too) with its period, oldest
/// period first.
std::vector<std::pair<double, std::string>> recorded_values(const Session& s, std::int64_t id);

}  // namespace lpg::indicator
