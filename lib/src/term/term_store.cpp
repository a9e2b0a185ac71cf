// SPDX-License-Identifier: MIT
// The owner of the tables term and closure (issue 18): all their SQL.
#include <lpg/errors.hpp>

#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"
#include "term/terms_internal.hpp"

namespace lpg::terms {

namespace {

std::optional<Date> date_column(const db::Value& column) {
  if (column.is_null()) return std::nullopt;
  return parse_date(column.text(), "stored date");
}

void bind_term(db::Statement& q, const TermInput& in) {
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

std::vector<std::string> completion_labels(const Store& store) {
  return db::query_texts(db::connection(store),
                         "SELECT year || ' ' || name FROM term ORDER BY start_date");
}

std::vector<Term> load_terms(const Store& store) {
  db::Statement q(db::connection(store),
                  "SELECT id, year, name, start_date, end_date, half_term_start, "
                  "half_term_end FROM term ORDER BY start_date");
  std::vector<Term> out;
  while (q.step()) {
    Term t;
    t.id = {q.column(0).int64()};
    t.year = parse_academic_year(q.column(1).text());
    t.name = parse_term_name(q.column(2).text());
    t.dates = {*date_column(q.column(3)), *date_column(q.column(4))};
    auto hs = date_column(q.column(5));
    auto he = date_column(q.column(6));
    if (hs && he) t.half_term = DateRange{*hs, *he};
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<Closure> load_closures(const Store& store) {
  db::Statement q(db::connection(store), "SELECT day, year, note FROM closure ORDER BY day");
  std::vector<Closure> out;
  while (q.step()) {
    out.push_back(
        {*date_column(q.column(0)), parse_academic_year(q.column(1).text()), q.column(2).text()});
  }
  return out;
}

TermId insert_term(const Session& s, const TermInput& in) {
  db::Statement q(db::connection(s.store),
                  "INSERT INTO term (start_date, end_date, half_term_start, half_term_end, "
                  "year, name, seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "RETURNING id");
  bind_term(q, in);
  q.bind(5, in.year.name());
  q.bind(6, std::string(to_string(in.name)));
  q.bind(7, static_cast<int>(in.name));
  q.bind(8, s.clock.utc_stamp());
  q.bind(9, s.clock.utc_stamp());
  return {q.exec_id()};
}

void update_term(const Session& s, TermId id, const TermInput& in) {
  db::Statement q(db::connection(s.store),
                  "UPDATE term SET start_date = ?, end_date = ?, half_term_start = ?, "
                  "half_term_end = ?, updated_at = ? WHERE id = ?");
  bind_term(q, in);
  q.bind(5, s.clock.utc_stamp());
  q.bind(6, id.v);
  q.exec();
}

void delete_term(const Store& store, TermId id) {
  db::Statement q(db::connection(store), "DELETE FROM term WHERE id = ?");
  q.bind(1, id.v);
  q.exec();
}

// Meetings planned in a term's dates hold the term in place: termly schedules were made from
// it, and removing it would leave them unexplained.
std::int64_t meetings_of_term(const Session& s, const Term& term) {
  return meetings::live_meeting_count(s, term.dates.start, term.dates.end);
}

std::int64_t insert_closure(const Session& s, const Closure& c) {
  db::Statement q(db::connection(s.store),
                  "INSERT INTO closure (year, day, note, created_at) VALUES (?, ?, ?, ?) "
                  "RETURNING id");
  q.bind(1, c.year.name());
  q.bind(2, format_date(c.day));
  q.bind(3, c.note);
  q.bind(4, s.clock.utc_stamp());
  return q.exec_id();
}

std::int64_t update_closure_note(const Store& store, Date day, const std::string& note) {
  db::Statement q(db::connection(store), "UPDATE closure SET note = ? WHERE day = ? RETURNING id");
  q.bind(1, note);
  q.bind(2, format_date(day));
  if (!q.step()) throw Error(ErrorKind::Internal, "closure " + format_date(day) + " vanished");
  return q.column(0).int64();
}

}  // namespace lpg::terms
