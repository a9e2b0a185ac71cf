// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/indicators.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "registry/area_scope.hpp"

namespace lpg {

const std::vector<std::string>& indicator_units() {
  static const std::vector<std::string> units = {"percent", "count", "rate", "days"};
  return units;
}

namespace {

constexpr const char* kSelect = R"sql(
  SELECT i.id, i.name, i.outcome, i.unit, i.better, i.target, i.local_group_id,
         coalesce(g.name, ''), i.description, i.archived_at
    FROM indicator i LEFT JOIN grp g ON g.id = i.local_group_id
)sql";

Indicator read_row(SQLite::Statement& q) {
  Indicator i;
  i.id = q.getColumn(0).getInt64();
  i.name = q.getColumn(1).getString();
  i.outcome = q.getColumn(2).getString();
  i.unit = q.getColumn(3).getString();
  i.better = q.getColumn(4).getString();
  if (!q.getColumn(5).isNull()) i.target = q.getColumn(5).getDouble();
  if (!q.getColumn(6).isNull()) i.local_group_id = q.getColumn(6).getInt64();
  i.local_group = q.getColumn(7).getString();
  i.description = q.getColumn(8).getString();
  if (!q.getColumn(9).isNull()) i.archived_at = q.getColumn(9).getString();
  return i;
}

std::string checked_choice(const std::string& text, const std::vector<std::string>& choices,
                           const char* what) {
  check_line(trim(text), what);  // before the message below quotes it
  std::string slug = ascii_lower(trim(text));
  if (std::find(choices.begin(), choices.end(), slug) != choices.end()) return slug;
  std::string hint = fmt::format("{}: {}", what, fmt::join(choices, ", "));
  if (auto near = nearest(text, choices)) hint = fmt::format("did you mean {}?", *near);
  throw Error(ErrorKind::Invalid, fmt::format("unknown {} \"{}\"", what, text), hint);
}

std::string checked_text(const std::string& text, const char* what) {
  bool name = std::string_view(what) == "indicator name";
  std::string t = checked_line(text, what, name ? kNameBytes : kLineBytes);
  if (t.empty()) throw Error(ErrorKind::Invalid, fmt::format("the {} must not be empty", what));
  return t;
}

void check_name_free(const Session& s, const std::string& name, std::int64_t except) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT name FROM indicator WHERE name_key = ? AND id <> ?");
  q.bind(1, fold_key(name));
  q.bind(2, static_cast<int64_t>(except));
  if (q.executeStep()) {
    throw Error(ErrorKind::Conflict,
                fmt::format("an indicator named \"{}\" exists already", q.getColumn(0).getString()),
                "choose another name, or see 'lpg indicator list --archived'");
  }
}

void bind_optional(SQLite::Statement& q, int index, const std::optional<double>& value) {
  if (value) {
    q.bind(index, *value);
  } else {
    q.bind(index);
  }
}

std::optional<double> checked_target(const std::optional<std::string>& text,
                                     const std::string& unit) {
  if (!text || trim(*text).empty()) return std::nullopt;
  return parse_indicator_value(*text, unit, "target");
}

}  // namespace

void check_unit_range(double value, const std::string& unit, std::string_view what,
                      std::string_view raw) {
  if (unit == "percent" && (value < 0 || value > 100)) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} \"{}\" is not a percentage from 0 to 100", what, raw));
  }
  if (unit == "count" && (value < 0 || value != std::floor(value))) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} \"{}\" is not a count (a whole number, 0 or more)", what, raw));
  }
  if (unit == "days" && value < 0) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} \"{}\" is a negative number of days", what, raw));
  }
}

double parse_indicator_value(std::string_view raw, const std::string& unit, std::string_view what) {
  std::string text = trim(raw);
  // Plain decimal notation only: no exponents, hex, inf or nan from a spreadsheet.
  bool shape = !text.empty() && text.size() <= 40 &&
               text.find_first_not_of("-.0123456789") == std::string::npos &&
               text.find('-', 1) == std::string::npos &&
               std::count(text.begin(), text.end(), '.') <= 1 && text != "-" && text != "." &&
               text != "-." && text.back() != '.' && text.find("-.") == std::string::npos &&
               text.front() != '.';
  double value = 0;
  if (shape) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    shape = ec == std::errc() && end == text.data() + text.size() && std::isfinite(value);
  }
  if (!shape) {
    throw Error(ErrorKind::Invalid, fmt::format("{} \"{}\" is not a number", what, raw),
                "write a plain number such as 42 or 61.5");
  }
  if (value == 0) value = 0;  // no negative zero
  check_unit_range(value, unit, what, raw);
  return value;
}

Indicator add_indicator(const Session& s, const IndicatorInput& in) {
  std::string name = checked_text(in.name, "indicator name");
  std::string outcome = checked_text(in.outcome, "outcome");
  std::string unit = checked_choice(in.unit, indicator_units(), "unit");
  std::string better = checked_choice(in.better, {"higher", "lower"}, "direction");
  std::optional<double> target = checked_target(in.target, unit);
  check_text(trim(in.description), "description");
  db::WriteTx tx(s.store);
  check_name_free(s, name, 0);
  SQLite::Statement q(db::conn(s.store),
                      "INSERT INTO indicator (name, name_key, outcome, unit, better, target, "
                      "local_group_id, description, created_at) VALUES (?,?,?,?,?,?,?,?,?)");
  q.bind(1, name);
  q.bind(2, fold_key(name));
  q.bind(3, outcome);
  q.bind(4, unit);
  q.bind(5, better);
  bind_optional(q, 6, target);
  if (in.local_to) q.bind(7, static_cast<int64_t>(in.local_to->v));
  q.bind(8, trim(in.description));
  q.bind(9, s.clock.utc_stamp());
  q.exec();
  std::int64_t id = db::last_id(s.store);
  db::audit(s, "add", "indicator", id, name);
  tx.commit();
  return get_indicator(s, id);
}

std::int64_t find_indicator(const Session& s, std::string_view ref) {
  std::string text = trim(ref);
  SQLite::Database& c = db::conn(s.store);
  auto id = text.starts_with('#') ? id_reference(text) : std::nullopt;  // "12" may be a name
  if (id) {
    SQLite::Statement q(c, "SELECT id FROM indicator WHERE id = ?");
    q.bind(1, static_cast<int64_t>(*id));
    if (q.executeStep()) return q.getColumn(0).getInt64();
  } else {
    SQLite::Statement q(c, "SELECT id FROM indicator WHERE name_key = ?");
    q.bind(1, fold_key(text));
    if (q.executeStep()) return q.getColumn(0).getInt64();
  }
  std::vector<std::string> names;
  SQLite::Statement all(c, "SELECT name FROM indicator");
  while (all.executeStep()) names.push_back(all.getColumn(0).getString());
  std::string hint = "see 'lpg indicator list'";
  if (auto near = nearest(text, names)) {
    hint = fmt::format("did you mean {}?", shell_quote(*near, true));
  }
  throw Error(ErrorKind::NotFound, fmt::format("indicator \"{}\" not found", ref), hint);
}

Indicator get_indicator(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store), std::string(kSelect) + " WHERE i.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep())
    throw Error(ErrorKind::NotFound, fmt::format("indicator #{} not found", id));
  return read_row(q);
}

std::vector<Indicator> list_indicators(const Session& s, const IndicatorFilter& f) {
  std::string sql = std::string(kSelect) +
                    " WHERE (? OR i.archived_at IS NULL)"
                    " AND (?2 IS NULL OR i.local_group_id IS NULL OR g.area_id IN " +
                    registry::within_area_sql("?2") +
                    ") AND (?3 IS NULL OR i.local_group_id = ?3)"
                    " ORDER BY i.local_group_id IS NOT NULL, coalesce(g.name, ''), i.name_key";
  db::ReadTx tx(s.store);
  SQLite::Statement q(db::conn(s.store), sql);
  q.bind(1, f.archived ? 1 : 0);
  if (f.area) q.bind(2, static_cast<int64_t>(f.area->v));
  if (f.local_to) q.bind(3, static_cast<int64_t>(f.local_to->v));
  std::vector<Indicator> out;
  while (q.executeStep()) out.push_back(read_row(q));
  return out;
}

namespace {

// Every current value must fit a new unit before the unit changes.
void check_values_fit(const Session& s, const Indicator& i, const std::string& unit) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT value, period FROM indicator_value WHERE indicator_id = ? "
                      "ORDER BY period_start");
  q.bind(1, static_cast<int64_t>(i.id));
  while (q.executeStep()) {
    double value = q.getColumn(0).getDouble();
    try {
      check_unit_range(value, unit, "recorded value", fmt::format("{}", value));
    } catch (const Error& e) {
      throw Error(ErrorKind::Invalid,
                  fmt::format("cannot make \"{}\" a {} indicator: {} ({})", i.name, unit, e.what(),
                              q.getColumn(1).getString()));
    }
  }
}

void update_column(const Session& s, std::int64_t id, const char* column, const auto& value) {
  SQLite::Statement q(db::conn(s.store),
                      fmt::format("UPDATE indicator SET {} = ? WHERE id = ?", column));
  q.bind(1, value);
  q.bind(2, static_cast<int64_t>(id));
  q.exec();
}

}  // namespace

Indicator edit_indicator(const Session& s, std::int64_t id, const IndicatorChanges& ch) {
  if (ch.description) check_text(trim(*ch.description), "description");
  db::WriteTx tx(s.store);
  Indicator i = get_indicator(s, id);
  std::vector<std::string> changed;
  if (ch.name) {
    std::string name = checked_text(*ch.name, "indicator name");
    check_name_free(s, name, id);
    update_column(s, id, "name", name);
    update_column(s, id, "name_key", fold_key(name));
    changed.push_back("name");
  }
  if (ch.outcome) update_column(s, id, "outcome", checked_text(*ch.outcome, "outcome"));
  if (ch.outcome) changed.push_back("outcome");
  std::string unit = i.unit;
  if (ch.unit) {
    unit = checked_choice(*ch.unit, indicator_units(), "unit");
    check_values_fit(s, i, unit);
    update_column(s, id, "unit", unit);
    changed.push_back("unit");
  }
  if (ch.better)
    update_column(s, id, "better", checked_choice(*ch.better, {"higher", "lower"}, "direction"));
  if (ch.better) changed.push_back("better");
  if (ch.target || ch.unit) {
    std::optional<double> target = ch.target ? checked_target(ch.target, unit) : i.target;
    if (target) check_unit_range(*target, unit, "target", fmt::format("{}", *target));
    SQLite::Statement q(db::conn(s.store), "UPDATE indicator SET target = ? WHERE id = ?");
    bind_optional(q, 1, target);
    q.bind(2, static_cast<int64_t>(id));
    q.exec();
    if (ch.target) changed.push_back("target");
  }
  if (ch.description) update_column(s, id, "description", trim(*ch.description));
  if (ch.description) changed.push_back("description");
  if (ch.local_to) {
    SQLite::Statement q(db::conn(s.store), "UPDATE indicator SET local_group_id = ? WHERE id = ?");
    if (*ch.local_to) q.bind(1, static_cast<int64_t>((*ch.local_to)->v));
    q.bind(2, static_cast<int64_t>(id));
    q.exec();
    changed.push_back("local group");
  }
  if (changed.empty())
    throw Error(ErrorKind::Usage, "nothing to change", "see 'lpg indicator edit --help'");
  db::audit(s, "edit", "indicator", id, fmt::format("{}", fmt::join(changed, ", ")));
  tx.commit();
  return get_indicator(s, id);
}

Indicator archive_indicator(const Session& s, std::int64_t id) {
  db::WriteTx tx(s.store);
  Indicator i = get_indicator(s, id);
  if (i.archived_at) {
    throw Error(ErrorKind::Conflict, fmt::format("indicator \"{}\" is archived already", i.name));
  }
  update_column(s, id, "archived_at", s.clock.utc_stamp());
  db::audit(s, "archive", "indicator", id, i.name);
  tx.commit();
  return get_indicator(s, id);
}

}  // namespace lpg
