// SPDX-License-Identifier: MIT
// The owner of indicator_value: recording values one at a time, keeping corrected ones.
#include "indicator/value_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/indicators.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "area/area_scope.hpp"
#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"

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

namespace indicator {

struct ValueWriter::Statements {
  explicit Statements(db::Connection& c)
      : other_kind(c,
                   "SELECT period_kind, period FROM indicator_value WHERE indicator_id = ? "
                   "AND period_kind <> ? LIMIT 1"),
        current(c,
                "SELECT id, value, source FROM indicator_value WHERE indicator_id = ? AND "
                "area_id = ? AND period = ? AND superseded_at IS NULL"),
        insert(c,
               "INSERT INTO indicator_value (indicator_id, area_id, period, period_kind, "
               "period_start, value, source, recorded_at) VALUES (?,?,?,?,?,?,?,?) RETURNING id"),
        supersede(c, "UPDATE indicator_value SET superseded_at = ? WHERE id = ?") {}
  db::Statement other_kind, current, insert, supersede;
};

ValueWriter::ValueWriter(const Session& s)
    : s_(s), q_(std::make_unique<Statements>(db::connection(s.store))) {}

ValueWriter::~ValueWriter() = default;

namespace {

// One indicator's values share one kind of period, so that "latest" and "previous" mean
// something: a quarter and an academic year cannot be put in order.
void check_period_kind(db::Statement& q, const Indicator& i, const Period& p) {
  q.bind(1, i.id);
  q.bind(2, to_string(p.kind));
  if (q.step()) {
    std::string kind = q.column(0).text(), period = q.column(1).text();
    q.reset();
    throw Error(ErrorKind::Invalid,
                fmt::format("indicator \"{}\" is recorded by {} ({}), and {} is {} {}", i.name,
                            kind, period, p.to_string(),
                            p.kind == PeriodKind::AcademicYear ? "an" : "a", to_string(p.kind)),
                "record every value of an indicator for the same kind of period");
  }
}

std::int64_t insert_value(const Session& s, db::Statement& q, std::int64_t indicator, AreaId area,
                          const Period& p, double value, const std::string& source) {
  q.bind(1, indicator);
  q.bind(2, area.v);
  q.bind(3, p.to_string());
  q.bind(4, to_string(p.kind));
  q.bind(5, format_date(p.start(s.config.year_start)));
  q.bind(6, value);
  q.bind(7, source);
  q.bind(8, s.clock.utc_stamp());
  return q.exec_id();
}

}  // namespace

RecordOutcome ValueWriter::record(const Indicator& i, AreaId area, const Period& p, double value,
                                  std::string source) {
  check_text(source, "source", kLineBytes);  // a citation, which a spreadsheet may wrap
  if (i.archived_at) {
    throw Error(ErrorKind::Conflict, fmt::format("indicator \"{}\" is archived", i.name));
  }
  check_period_kind(q_->other_kind, i, p);
  db::Statement& q = q_->current;
  q.bind(1, i.id);
  q.bind(2, area.v);
  q.bind(3, p.to_string());
  if (!q.step()) {
    std::int64_t id = insert_value(s_, q_->insert, i.id, area, p, value, source);
    db::audit(s_, "record", "indicator_value", id,
              fmt::format("{} {}: {}", i.name, p.to_string(), value));
    return RecordOutcome::Added;
  }
  std::int64_t old_id = q.column(0).int64();
  double old_value = q.column(1).real();
  std::string old_source = q.column(2).text();
  q.reset();
  if (source.empty()) source = old_source;
  if (old_value == value && source == old_source) return RecordOutcome::Unchanged;
  q_->supersede.bind(1, s_.clock.utc_stamp());
  q_->supersede.bind(2, old_id);
  q_->supersede.exec();
  std::int64_t id = insert_value(s_, q_->insert, i.id, area, p, value, source);
  db::audit(s_, "correct", "indicator_value", id,
            fmt::format("{} {}: {} -> {}", i.name, p.to_string(), old_value, value));
  return RecordOutcome::Updated;
}

std::vector<std::pair<double, std::string>> recorded_values(const Session& s, std::int64_t id) {
  db::Statement q(db::connection(s.store),
                  "SELECT value, period FROM indicator_value WHERE indicator_id = ? "
                  "ORDER BY period_start");
  q.bind(1, id);
  std::vector<std::pair<double, std::string>> out;
  while (q.step()) out.emplace_back(q.column(0).real(), q.column(1).text());
  return out;
}

}  // namespace indicator

RecordOutcome record_value(const Session& s, const ValueInput& in) {
  Indicator i = get_indicator(s, in.indicator);
  Period p = Period::parse(in.period);
  double value = parse_indicator_value(in.value, i.unit);
  return db::with_write_tx(db::connection(s.store), [&] {
    indicator::ValueWriter writer(s);
    return writer.record(i, in.area, p, value, trim(in.source));
  });
}

std::vector<IndicatorValue> indicator_values(const Session& s, std::int64_t indicator,
                                             std::optional<AreaId> area, bool history) {
  db::Connection& c = db::connection(s.store);
  db::ReadTx tx(c);
  db::Statement q(
      c,
      "SELECT v.id, i.name, a.name, v.period, v.period_kind, v.value, v.source, v.recorded_at, "
      "v.superseded_at FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
      "JOIN area a ON a.id = v.area_id WHERE v.indicator_id = ?1 AND (CAST(?2 AS BIGINT) IS "
      "NULL OR v.area_id IN " +
          registry::within_area_sql("?2") +
          ") AND (CAST(?3 AS BIGINT) = 1 OR v.superseded_at IS NULL) ORDER BY v.period_start "
          "DESC, a.name_key, v.superseded_at IS NOT NULL, v.id DESC");
  q.bind(1, indicator);
  if (area) q.bind(2, area->v);
  q.bind(3, history ? 1 : 0);
  std::vector<IndicatorValue> out;
  while (q.step()) {
    IndicatorValue v;
    v.id = q.column(0).int64();
    v.indicator = q.column(1).text();
    v.area = q.column(2).text();
    v.period = q.column(3).text();
    v.period_kind = q.column(4).text();
    v.value = q.column(5).real();
    v.source = q.column(6).text();
    v.recorded_at = q.column(7).text();
    v.superseded_at = q.column(8).opt_text();
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace lpg
