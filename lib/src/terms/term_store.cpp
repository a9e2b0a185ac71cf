// SPDX-License-Identifier: MIT
// All SQL of the academic calendar.
#include <lpg/errors.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"
#include "terms/terms_internal.hpp"

namespace lpg::terms {

namespace {

std::optional<Date> date_column(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return parse_date(column.getString(), "stored date");
}

void bind_term(SQLite::Statement& q, const TermInput& in) {
  q.bind(1, format_date(in.dates.start));
  q.bind(2, format_date(in.dates.end));
  if (in.half_term) {
    q.bind(3, format_date(in.half_term->start));
    q.bind(4, format_date(in.half_term->end));
  } else {
    q.bind(3);
    q.bind(4);
  }
}

}  // namespace

std::vector<Term> load_terms(const Store& store) {
  SQLite::Statement q(db::conn(store),
                      "SELECT id, year, name, start_date, end_date, half_term_start, "
                      "half_term_end FROM term ORDER BY start_date");
  std::vector<Term> out;
  while (q.executeStep()) {
    Term t;
    t.id = {q.getColumn(0).getInt64()};
    t.year = parse_academic_year(q.getColumn(1).getString());
    t.name = parse_term_name(q.getColumn(2).getString());
    t.dates = {*date_column(q.getColumn(3)), *date_column(q.getColumn(4))};
    auto hs = date_column(q.getColumn(5));
    auto he = date_column(q.getColumn(6));
    if (hs && he) t.half_term = DateRange{*hs, *he};
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<Closure> load_closures(const Store& store) {
  SQLite::Statement q(db::conn(store), "SELECT day, year, note FROM closure ORDER BY day");
  std::vector<Closure> out;
  while (q.executeStep()) {
    out.push_back({*date_column(q.getColumn(0)), parse_academic_year(q.getColumn(1).getString()),
                   q.getColumn(2).getString()});
  }
  return out;
}

TermId insert_term(const Session& s, const TermInput& in) {
  SQLite::Statement q(
      db::conn(s.store),
      "INSERT INTO term (start_date, end_date, half_term_start, half_term_end, "
      "year, name, seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bind_term(q, in);
  q.bind(5, in.year.name());
  q.bind(6, std::string(to_string(in.name)));
  q.bind(7, static_cast<int>(in.name));
  q.bind(8, s.clock.utc_stamp());
  q.bind(9, s.clock.utc_stamp());
  q.exec();
  return {db::last_id(s.store)};
}

void update_term(const Session& s, TermId id, const TermInput& in) {
  SQLite::Statement q(db::conn(s.store),
                      "UPDATE term SET start_date = ?, end_date = ?, half_term_start = ?, "
                      "half_term_end = ?, updated_at = ? WHERE id = ?");
  bind_term(q, in);
  q.bind(5, s.clock.utc_stamp());
  q.bind(6, static_cast<int64_t>(id.v));
  q.exec();
}

void delete_term(const Store& store, TermId id) {
  SQLite::Statement q(db::conn(store), "DELETE FROM term WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id.v));
  q.exec();
}

// Meetings planned in a term's dates hold the term in place: termly schedules were made from
// it, and removing it would leave them unexplained.
std::int64_t meetings_of_term(const Store& store, const Term& term) {
  SQLite::Statement q(db::conn(store),
                      "SELECT count(*) FROM meeting WHERE status <> 'cancelled' "
                      "AND substr(starts_at, 1, 10) BETWEEN ? AND ?");
  q.bind(1, format_date(term.dates.start));
  q.bind(2, format_date(term.dates.end));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::int64_t insert_closure(const Session& s, const Closure& c) {
  SQLite::Statement q(db::conn(s.store),
                      "INSERT INTO closure (year, day, note, created_at) VALUES (?, ?, ?, ?)");
  q.bind(1, c.year.name());
  q.bind(2, format_date(c.day));
  q.bind(3, c.note);
  q.bind(4, s.clock.utc_stamp());
  q.exec();
  return db::last_id(s.store);
}

std::int64_t update_closure_note(const Store& store, Date day, const std::string& note) {
  SQLite::Statement q(db::conn(store), "UPDATE closure SET note = ? WHERE day = ? RETURNING id");
  q.bind(1, note);
  q.bind(2, format_date(day));
  if (!q.executeStep())
    throw Error(ErrorKind::Internal, "closure " + format_date(day) + " vanished");
  return q.getColumn(0).getInt64();
}

std::optional<std::string> order_conflict(const std::vector<Term>& terms, const TermInput& in,
                                          TermId self) {
  auto key = [](AcademicYear y, TermName n) { return y.start * 10 + static_cast<int>(n); };
  for (const auto& t : terms) {
    if (t.id == self) continue;
    bool before = key(t.year, t.name) < key(in.year, in.name);
    bool clash = before ? !(t.dates.end < in.dates.start) : !(in.dates.end < t.dates.start);
    if (!clash) continue;
    bool overlap = !(t.dates.end < in.dates.start) && !(in.dates.end < t.dates.start);
    const char* how = overlap ? "would overlap" : before ? "would come before" : "would come after";
    return fmt::format("{} {} ({})", how, t.label(), shown(t.dates));
  }
  return std::nullopt;
}

std::string shown(const DateRange& p) {
  return fmt::format("{} to {}", format_date(p.start), format_date(p.end));
}

std::string label_of(const TermInput& in) {
  return fmt::format("{} {}", in.year.name(), to_string(in.name));
}

std::string audit_detail(const TermInput& in) {
  std::string detail = fmt::format("{} {}", label_of(in), shown(in.dates));
  if (in.half_term) detail += fmt::format(", half term {}", shown(*in.half_term));
  return detail;
}

}  // namespace lpg::terms
