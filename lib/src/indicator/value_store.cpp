// SPDX-License-Identifier: MIT
// Recording indicator values, one at a time or from a CSV file, keeping corrected values.
#include <lpg/csv.hpp>
#include <lpg/errors.hpp>
#include <lpg/indicators.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <map>
#include <tuple>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "registry/area_scope.hpp"

namespace lpg {

const char* to_string(RecordOutcome outcome) noexcept {
  switch (outcome) {
    case RecordOutcome::Added:
      return "added";
    case RecordOutcome::Updated:
      return "updated";
    case RecordOutcome::Unchanged:
      return "unchanged";
  }
  return "";
}

namespace {

// One indicator's values share one kind of period, so that "latest" and "previous" mean
// something: a quarter and an academic year cannot be put in order.
void check_period_kind(const Session& s, const Indicator& i, const Period& p) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT period_kind, period FROM indicator_value WHERE indicator_id = ? "
                      "AND period_kind <> ? LIMIT 1");
  q.bind(1, static_cast<int64_t>(i.id));
  q.bind(2, to_string(p.kind));
  if (q.executeStep()) {
    throw Error(ErrorKind::Invalid,
                fmt::format("indicator \"{}\" is recorded by {} ({}), and {} is {} {}", i.name,
                            q.getColumn(0).getString(), q.getColumn(1).getString(), p.to_string(),
                            p.kind == PeriodKind::AcademicYear ? "an" : "a", to_string(p.kind)),
                "record every value of an indicator for the same kind of period");
  }
}

void insert_value(const Session& s, std::int64_t indicator, AreaId area, const Period& p,
                  double value, const std::string& source) {
  SQLite::Statement q(db::conn(s.store),
                      "INSERT INTO indicator_value (indicator_id, area_id, period, period_kind, "
                      "period_start, value, source, recorded_at) VALUES (?,?,?,?,?,?,?,?)");
  q.bind(1, static_cast<int64_t>(indicator));
  q.bind(2, static_cast<int64_t>(area.v));
  q.bind(3, p.to_string());
  q.bind(4, to_string(p.kind));
  q.bind(5, format_date(p.start(s.config.year_start)));
  q.bind(6, value);
  q.bind(7, source);
  q.bind(8, s.clock.utc_stamp());
  q.exec();
}

// Records inside the caller's transaction. An empty source keeps the stored one.
RecordOutcome record_checked(const Session& s, const Indicator& i, AreaId area, const Period& p,
                             double value, std::string source) {
  check_text(source, "source", kLineBytes);  // a citation, which a spreadsheet may wrap
  if (i.archived_at) {
    throw Error(ErrorKind::Conflict, fmt::format("indicator \"{}\" is archived", i.name));
  }
  check_period_kind(s, i, p);
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id, value, source FROM indicator_value WHERE indicator_id = ? AND "
                      "area_id = ? AND period = ? AND superseded_at IS NULL");
  q.bind(1, static_cast<int64_t>(i.id));
  q.bind(2, static_cast<int64_t>(area.v));
  q.bind(3, p.to_string());
  if (!q.executeStep()) {
    insert_value(s, i.id, area, p, value, source);
    db::audit(s, "record", "indicator_value", db::last_id(s.store),
              fmt::format("{} {}: {}", i.name, p.to_string(), value));
    return RecordOutcome::Added;
  }
  std::int64_t old_id = q.getColumn(0).getInt64();
  double old_value = q.getColumn(1).getDouble();
  if (source.empty()) source = q.getColumn(2).getString();
  if (old_value == value && source == q.getColumn(2).getString()) return RecordOutcome::Unchanged;
  SQLite::Statement old(db::conn(s.store),
                        "UPDATE indicator_value SET superseded_at = ? WHERE id = ?");
  old.bind(1, s.clock.utc_stamp());
  old.bind(2, static_cast<int64_t>(old_id));
  old.exec();
  insert_value(s, i.id, area, p, value, source);
  db::audit(s, "correct", "indicator_value", db::last_id(s.store),
            fmt::format("{} {}: {} -> {}", i.name, p.to_string(), old_value, value));
  return RecordOutcome::Updated;
}

}  // namespace

RecordOutcome record_value(const Session& s, const ValueInput& in) {
  Indicator i = get_indicator(s, in.indicator);
  Period p = Period::parse(in.period);
  double value = parse_indicator_value(in.value, i.unit);
  db::WriteTx tx(s.store);
  RecordOutcome outcome = record_checked(s, i, in.area, p, value, trim(in.source));
  tx.commit();
  return outcome;
}

std::vector<IndicatorValue> indicator_values(const Session& s, std::int64_t indicator,
                                             std::optional<AreaId> area, bool history) {
  db::ReadTx tx(s.store);
  SQLite::Statement q(
      db::conn(s.store),
      "SELECT v.id, i.name, a.name, v.period, v.period_kind, v.value, v.source, v.recorded_at, "
      "v.superseded_at FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
      "JOIN area a ON a.id = v.area_id WHERE v.indicator_id = ?1 AND (?2 IS NULL OR v.area_id "
      "IN " +
          registry::within_area_sql("?2") +
          ") AND (?3 OR v.superseded_at IS NULL) ORDER BY v.period_start DESC, a.name_key, "
          "v.superseded_at IS NOT NULL, v.id DESC");
  q.bind(1, static_cast<int64_t>(indicator));
  if (area) q.bind(2, static_cast<int64_t>(area->v));
  q.bind(3, history ? 1 : 0);
  std::vector<IndicatorValue> out;
  while (q.executeStep()) {
    IndicatorValue v;
    v.id = q.getColumn(0).getInt64();
    v.indicator = q.getColumn(1).getString();
    v.area = q.getColumn(2).getString();
    v.period = q.getColumn(3).getString();
    v.period_kind = q.getColumn(4).getString();
    v.value = q.getColumn(5).getDouble();
    v.source = q.getColumn(6).getString();
    v.recorded_at = q.getColumn(7).getString();
    if (!q.getColumn(8).isNull()) v.superseded_at = q.getColumn(8).getString();
    out.push_back(std::move(v));
  }
  return out;
}

namespace {

struct Columns {
  int indicator = -1, area = -1, period = -1, value = -1, source = -1;
};

Columns read_header(const csv::Row& header, const std::string& name) {
  Columns c;
  std::map<std::string, int*> known = {{"indicator", &c.indicator},
                                       {"area", &c.area},
                                       {"period", &c.period},
                                       {"value", &c.value},
                                       {"source", &c.source}};
  const std::string hint =
      "the first row names the columns: indicator, area, period, value "
      "and optionally source";
  for (std::size_t n = 0; n < header.fields.size(); ++n) {
    std::string key = ascii_lower(trim(header.fields[n]));
    auto it = known.find(key);
    if (it == known.end() || *it->second >= 0) {
      throw Error(ErrorKind::Invalid,
                  fmt::format("{}:{}: {} column \"{}\"", name, header.line,
                              it == known.end() ? "unknown" : "repeated", header.fields[n]),
                  hint);
    }
    *it->second = static_cast<int>(n);
  }
  for (const auto& [key, index] : known) {
    if (*index < 0 && key != "source") {
      throw Error(ErrorKind::Invalid,
                  fmt::format("{}:{}: no \"{}\" column", name, header.line, key), hint);
    }
  }
  return c;
}

// Resolves names once per import: a file of 10,000 rows names a handful of each.
struct Import {
  const Session& s;
  std::map<std::string, Indicator> indicators;
  std::map<std::string, AreaId> areas;
  std::map<std::tuple<std::int64_t, std::int64_t, std::string>, std::size_t> seen;

  const Indicator& indicator(const std::string& ref) {
    auto it = indicators.find(fold_key(ref));
    if (it == indicators.end()) {
      it = indicators.emplace(fold_key(ref), get_indicator(s, find_indicator(s, ref))).first;
    }
    return it->second;
  }
  AreaId area(const std::string& ref) {
    auto it = areas.find(fold_key(ref));
    if (it == areas.end()) it = areas.emplace(fold_key(ref), find_area(s, ref)).first;
    return it->second;
  }

  RecordOutcome row(const csv::Row& r, const Columns& c) {
    const Indicator& i = indicator(trim(r.fields[c.indicator]));
    AreaId a = area(trim(r.fields[c.area]));
    Period p = Period::parse(r.fields[c.period]);
    double value = parse_indicator_value(r.fields[c.value], i.unit);
    auto key = std::make_tuple(i.id, a.v, p.to_string());
    if (auto [it, fresh] = seen.emplace(key, r.line); !fresh) {
      throw Error(ErrorKind::Invalid,
                  fmt::format("the same indicator, area and period as line {}", it->second));
    }
    std::string source = c.source >= 0 ? trim(r.fields[c.source]) : std::string();
    return record_checked(s, i, a, p, value, source);
  }
};

}  // namespace

IndicatorImportResult import_values(const Session& s, std::istream& in, const std::string& name,
                                    bool strict) {
  csv::Reader reader(in, name);
  std::optional<csv::Row> first = reader.next();
  if (!first) {
    throw Error(ErrorKind::Invalid, fmt::format("{}: the file is empty", name),
                "the first row names the columns: indicator, area, period, value[, source]");
  }
  const csv::Row& header = *first;
  Columns columns = read_header(header, name);
  IndicatorImportResult result;
  result.header = header.fields;
  db::WriteTx tx(s.store);
  Import import{s, {}, {}, {}};
  while (std::optional<csv::Row> next = reader.next()) {
    const csv::Row& row = *next;
    try {
      if (row.fields.size() != header.fields.size()) {
        throw Error(ErrorKind::Invalid, fmt::format("{} fields where the header has {}",
                                                    row.fields.size(), header.fields.size()));
      }
      switch (import.row(row, columns)) {
        case RecordOutcome::Added:
          ++result.added;
          break;
        case RecordOutcome::Updated:
          ++result.updated;
          break;
        case RecordOutcome::Unchanged:
          ++result.unchanged;
          break;
      }
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Invalid && e.kind() != ErrorKind::NotFound &&
          e.kind() != ErrorKind::Conflict) {
        throw;
      }
      result.rejected.push_back({row.line, row.fields, e.what()});
    }
  }
  result.committed = !(strict && !result.rejected.empty());
  if (result.committed) tx.commit();
  return result;
}

}  // namespace lpg
