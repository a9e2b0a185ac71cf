// SPDX-License-Identifier: MIT
#pragma once
// Indicators: the measures on a district dashboard, countywide (from the countywide plan) or
// local to one group, with values per area and period. A corrected value never overwrites the
// old one: the old value is kept as superseded, so history stays queryable.

#include <lpg/period.hpp>
#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// The units lpg knows: percent (0-100), count (a whole number, 0 or more), rate (any number),
/// days (0 or more).
const std::vector<std::string>& indicator_units();

struct Indicator {
  std::int64_t id = 0;
  std::string name;
  std::string outcome;
  std::string unit;    ///< percent, count, rate or days
  std::string better;  ///< higher or lower
  std::optional<double> target;
  std::optional<std::int64_t> local_group_id;
  std::string local_group;  ///< the group's name; empty for a countywide indicator
  std::string description;
  std::optional<std::string> archived_at;
};

struct IndicatorInput {
  std::string name;
  std::string outcome;
  std::string unit;
  std::string better;
  std::optional<std::string> target;  ///< as typed; checked against the unit
  std::optional<GroupId> local_to;
  std::string description;
};

/// Adds an indicator. Throws Error{Conflict} for a name in use, Error{Invalid} for an unknown
/// unit or direction, an empty name or outcome, or a target the unit does not allow.
Indicator add_indicator(const Session& s, const IndicatorInput& input);

/// An indicator by id ("#3") or name. Throws Error{NotFound} with the nearest name as a hint.
std::int64_t find_indicator(const Session& s, std::string_view ref);
Indicator get_indicator(const Session& s, std::int64_t id);

struct IndicatorFilter {
  std::optional<AreaId> area;       ///< countywide ones plus those local to the area's groups
  std::optional<GroupId> local_to;  ///< only those local to this group
  bool archived = false;            ///< archived ones too
};
std::vector<Indicator> list_indicators(const Session& s, const IndicatorFilter& filter);

struct IndicatorChanges {
  std::optional<std::string> name, outcome, unit, better, description;
  std::optional<std::string> target;               ///< "" removes the target
  std::optional<std::optional<GroupId>> local_to;  ///< nullopt inside: make it countywide
};
/// Edits an indicator. A new unit must admit every value already recorded (Error{Invalid}
/// naming the first that it does not).
Indicator edit_indicator(const Session& s, std::int64_t id, const IndicatorChanges& changes);
/// Archives (hides from lists and dashboards; values kept). Error{Conflict} when archived.
Indicator archive_indicator(const Session& s, std::int64_t id);

/// Parses and checks a value for a unit: percent 0-100, count a whole number >= 0, days >= 0.
/// Throws Error{Invalid} naming `what` and the text.
double parse_indicator_value(std::string_view text, const std::string& unit,
                             std::string_view what = "value");
/// Throws as parse_indicator_value does when `value` is out of the unit's range; `text` is
/// how the value is named in the message.
void check_unit_range(double value, const std::string& unit, std::string_view what,
                      std::string_view text);

/// One recorded value. `superseded_at` is set on a value a later correction replaced.
struct IndicatorValue {
  std::int64_t id = 0;
  std::string indicator;
  std::string area;
  std::string period;
  std::string period_kind;
  double value = 0;
  std::string source;
  std::string recorded_at;
  std::optional<std::string> superseded_at;
};

/// What recording a value did.
enum class RecordOutcome { Added, Updated, Unchanged };
const char* to_string(RecordOutcome outcome) noexcept;

struct ValueInput {
  std::int64_t indicator = 0;
  AreaId area;
  std::string period;  ///< as typed
  std::string value;   ///< as typed
  std::string source;
};

/// Records a value for an area and period: Added when none was current, Updated when the
/// current value or source differed (the old one is kept as superseded), else Unchanged
/// (nothing written). Throws Error{Invalid} for a bad period or value, or a period of another
/// kind than the indicator's values so far; Error{Conflict} for an archived indicator.
RecordOutcome record_value(const Session& s, const ValueInput& input);

/// Values of an indicator, newest period first; superseded ones too when `history`.
std::vector<IndicatorValue> indicator_values(const Session& s, std::int64_t indicator,
                                             std::optional<AreaId> area, bool history);

/// One row an import left out, with its file line and the reason.
struct RejectedRow {
  std::size_t line = 0;
  std::vector<std::string> fields;
  std::string problem;
};

struct IndicatorImportResult {
  std::int64_t added = 0, updated = 0, unchanged = 0;
  std::vector<RejectedRow> rejected;
  std::vector<std::string> header;  ///< the file's header row, for writing rejects back out
  bool committed = true;  ///< false: strict and some rows were rejected, so nothing was stored
};

/// Imports values from CSV text (header: indicator, area, period, value[, source]) in ONE
/// transaction. A row with a problem is skipped and reported in `rejected` with its line;
/// with `strict`, a rejected row rolls the whole import back (committed false, counts as they
/// would have been). Fatal errors (bad CSV, a bad header) throw Error{Invalid} and leave the
/// database as it was. Importing the same file again
/// changes nothing (every row Unchanged). `name` is the file name for messages.
IndicatorImportResult import_values(const Session& s, std::istream& in, const std::string& name,
                                    bool strict);

}  // namespace lpg
