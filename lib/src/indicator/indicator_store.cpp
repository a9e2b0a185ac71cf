// SPDX-License-Identifier: MIT
// The owner of indicator: every row written, and read into an Indicator.
#include <lpg/errors.hpp>
#include <lpg/indicators.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "area/area_scope.hpp"
#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "indicator/indicator_rules.hpp"
#include "indicator/value_store.hpp"

namespace lpg {

namespace {

constexpr const char* kSelect = R"sql(
  SELECT i.id, i.name, i.outcome, i.unit, i.better, i.target, i.local_group_id,
         coalesce(g.name, ''), i.description, i.archived_at
    FROM indicator i LEFT JOIN grp g ON g.id = i.local_group_id
)sql";

Indicator read_row(db::Statement& q) {
  Indicator i;
  i.id = q.column(0).int64();
  i.name = q.column(1).text();
  i.outcome = q.column(2).text();
  i.unit = q.column(3).text();
  i.better = q.column(4).text();
  i.target = q.column(5).opt_real();
  i.local_group_id = q.column(6).opt_int64();
  i.local_group = q.column(7).text();
  i.description = q.column(8).text();
  i.archived_at = q.column(9).opt_text();
  return i;
}

void check_name_free(const Session& s, const std::string& name, std::int64_t except) {
  db::Statement q(db::connection(s.store),
                  "SELECT name FROM indicator WHERE name_key = ? AND id <> ?");
  q.bind(1, fold_key(name));
  q.bind(2, except);
  if (q.step()) {
    throw Error(ErrorKind::Conflict,
                fmt::format("an indicator named \"{}\" exists already", q.column(0).text()),
                "choose another name, or see 'lpg indicator list --archived'");
  }
}

}  // namespace

Indicator add_indicator(const Session& s, const IndicatorInput& in) {
  std::string name = indicator::checked_text(in.name, "indicator name");
  std::string outcome = indicator::checked_text(in.outcome, "outcome");
  std::string unit = indicator::checked_choice(in.unit, indicator_units(), "unit");
  std::string better = indicator::checked_choice(in.better, indicator::directions(), "direction");
  std::optional<double> target = indicator::checked_target(in.target, unit);
  check_text(trim(in.description), "description");
  db::Connection& c = db::connection(s.store);
  std::int64_t id = db::with_write_tx(c, [&] {
    check_name_free(s, name, 0);
    db::Statement q(
        c,
        "INSERT INTO indicator (name, name_key, outcome, unit, better, target, "
        "local_group_id, description, created_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id");
    q.bind(1, name);
    q.bind(2, fold_key(name));
    q.bind(3, outcome);
    q.bind(4, unit);
    q.bind(5, better);
    q.bind(6, target);
    if (in.local_to) q.bind(7, in.local_to->v);
    q.bind(8, trim(in.description));
    q.bind(9, s.clock.utc_stamp());
    std::int64_t added = q.exec_id();
    db::audit(s, "add", "indicator", added, name);
    return added;
  });
  return get_indicator(s, id);
}

std::int64_t find_indicator(const Session& s, std::string_view ref) {
  std::string text = trim(ref);
  db::Connection& c = db::connection(s.store);
  auto id = text.starts_with('#') ? id_reference(text) : std::nullopt;  // "12" may be a name
  if (id) {
    db::Statement q(c, "SELECT id FROM indicator WHERE id = ?");
    q.bind(1, *id);
    if (q.step()) return q.column(0).int64();
  } else {
    db::Statement q(c, "SELECT id FROM indicator WHERE name_key = ?");
    q.bind(1, fold_key(text));
    if (q.step()) return q.column(0).int64();
  }
  std::vector<std::string> names;
  db::Statement all(c, "SELECT name FROM indicator");
  while (all.step()) names.push_back(all.column(0).text());
  std::string hint = "see 'lpg indicator list'";
  if (auto near = nearest(text, names)) {
    hint = fmt::format("did you mean {}?", shell_quote(*near, true));
  }
  throw Error(ErrorKind::NotFound, fmt::format("indicator \"{}\" not found", ref), hint);
}

Indicator get_indicator(const Session& s, std::int64_t id) {
  db::Statement q(db::connection(s.store), std::string(kSelect) + " WHERE i.id = ?");
  q.bind(1, id);
  if (!q.step()) throw Error(ErrorKind::NotFound, fmt::format("indicator #{} not found", id));
  return read_row(q);
}

std::vector<Indicator> list_indicators(const Session& s, const IndicatorFilter& f) {
  std::string sql =
      std::string(kSelect) +
      " WHERE (CAST(?1 AS BIGINT) = 1 OR i.archived_at IS NULL)"
      " AND (CAST(?2 AS BIGINT) IS NULL OR i.local_group_id IS NULL OR g.area_id IN " +
      registry::within_area_sql("?2") +
      ") AND (CAST(?3 AS BIGINT) IS NULL OR i.local_group_id = ?3)"
      " ORDER BY i.local_group_id IS NOT NULL, coalesce(g.name, ''), i.name_key";
  db::ReadTx tx(db::connection(s.store));
  db::Statement q(db::connection(s.store), sql);
  q.bind(1, f.archived ? 1 : 0);
  if (f.area) q.bind(2, f.area->v);
  if (f.local_to) q.bind(3, f.local_to->v);
  std::vector<Indicator> out;
  while (q.step()) out.push_back(read_row(q));
  return out;
}

namespace {

// Every current value must fit a new unit before the unit changes.
void check_values_fit(const Session& s, const Indicator& i, const std::string& unit) {
  for (const auto& [value, period] : indicator::recorded_values(s, i.id)) {
    try {
      check_unit_range(value, unit, "recorded value", fmt::format("{}", value));
    } catch (const Error& e) {
      throw Error(ErrorKind::Invalid, fmt::format("cannot make \"{}\" a {} indicator: {} ({})",
                                                  i.name, unit, e.what(), period));
    }
  }
}

void update_column(const Session& s, std::int64_t id, const char* column, const auto& value) {
  db::Statement q(db::connection(s.store),
                  fmt::format("UPDATE indicator SET {} = ? WHERE id = ?", column));
  q.bind(1, value);
  q.bind(2, id);
  q.exec();
}

}  // namespace

namespace {

// Changes the fields `ch` names on indicator `i`; the names of those changed.
std::vector<std::string> apply_changes(const Session& s, const Indicator& i,
                                       const IndicatorChanges& ch) {
  const std::int64_t id = i.id;
  std::vector<std::string> changed;
  if (ch.name) {
    std::string name = indicator::checked_text(*ch.name, "indicator name");
    check_name_free(s, name, id);
    update_column(s, id, "name", name);
    update_column(s, id, "name_key", fold_key(name));
    changed.push_back("name");
  }
  if (ch.outcome) update_column(s, id, "outcome", indicator::checked_text(*ch.outcome, "outcome"));
  if (ch.outcome) changed.push_back("outcome");
  std::string unit = i.unit;
  if (ch.unit) {
    unit = indicator::checked_choice(*ch.unit, indicator_units(), "unit");
    check_values_fit(s, i, unit);
    update_column(s, id, "unit", unit);
    changed.push_back("unit");
  }
  if (ch.better) {
    update_column(s, id, "better",
                  indicator::checked_choice(*ch.better, indicator::directions(), "direction"));
    changed.push_back("better");
  }
  if (ch.target || ch.unit) {
    std::optional<double> target =
        ch.target ? indicator::checked_target(ch.target, unit) : i.target;
    if (target) check_unit_range(*target, unit, "target", fmt::format("{}", *target));
    update_column(s, id, "target", target);
    if (ch.target) changed.push_back("target");
  }
  if (ch.description) update_column(s, id, "description", trim(*ch.description));
  if (ch.description) changed.push_back("description");
  if (ch.local_to) {
    std::optional<std::int64_t> group;
    if (*ch.local_to) group = (*ch.local_to)->v;
    update_column(s, id, "local_group_id", group);
    changed.push_back("local group");
  }
  return changed;
}

}  // namespace

Indicator edit_indicator(const Session& s, std::int64_t id, const IndicatorChanges& ch) {
  if (ch.description) check_text(trim(*ch.description), "description");
  db::with_write_tx(db::connection(s.store), [&] {
    std::vector<std::string> changed = apply_changes(s, get_indicator(s, id), ch);
    if (changed.empty()) {
      throw Error(ErrorKind::Usage, "nothing to change", "see 'lpg indicator edit --help'");
    }
    db::audit(s, "edit", "indicator", id, fmt::format("{}", fmt::join(changed, ", ")));
  });
  return get_indicator(s, id);
}

Indicator archive_indicator(const Session& s, std::int64_t id) {
  db::with_write_tx(db::connection(s.store), [&] {
    Indicator i = get_indicator(s, id);
    if (i.archived_at) {
      throw Error(ErrorKind::Conflict, fmt::format("indicator \"{}\" is archived already", i.name));
    }
    update_column(s, id, "archived_at", s.clock.utc_stamp());
    db::audit(s, "archive", "indicator", id, i.name);
  });
  return get_indicator(s, id);
}

}  // namespace lpg
