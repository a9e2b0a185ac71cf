// SPDX-License-Identifier: MIT
// Recording indicator values from a CSV file: the columns, the names resolved once, each row
// recorded through the value store's writer (indicator/value_store.hpp).
#include <lpg/csv.hpp>
#include <lpg/errors.hpp>
#include <lpg/indicators.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <map>
#include <tuple>

#include "db/store_impl.hpp"
#include "indicator/value_store.hpp"

namespace lpg {

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
  indicator::ValueWriter& writer;
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
    return writer.record(i, a, p, value, source);
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
  db::Connection& c = db::connection(s.store);
  db::WriteTx tx(c);
  indicator::ValueWriter writer(s);
  Import import{s, writer, {}, {}, {}};
  while (std::optional<csv::Row> next = reader.next()) {
    const csv::Row& row = *next;
    try {
      db::WriteTx row_tx(c);  // a savepoint: a row refused leaves nothing behind
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
      row_tx.commit();
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
