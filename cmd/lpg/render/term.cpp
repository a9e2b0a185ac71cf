// SPDX-License-Identifier: MIT
#include "render/term.hpp"

namespace lpg::render {

namespace {

std::vector<Cell> cells_of(const Term& t, const Calendar& calendar) {
  return {t.year.name(),
          std::string(to_string(t.name)),
          date_cell(t.dates.start),
          date_cell(t.dates.end),
          t.half_term ? date_cell(t.half_term->start) : Cell{},
          t.half_term ? date_cell(t.half_term->end) : Cell{},
          calendar.school_days(t)};
}

const std::vector<Column>& columns() {
  static const std::vector<Column> cols = {{"year", ""},
                                           {"term", ""},
                                           {"start", ""},
                                           {"end", ""},
                                           {"half_term_start", "half term starts"},
                                           {"half_term_end", "half term ends"},
                                           {"school_days", "school days"}};
  return cols;
}

}  // namespace

Table term_table(const std::vector<Term>& terms, const Calendar& calendar) {
  Table table(columns());
  for (const auto& t : terms) table.add(cells_of(t, calendar));
  return table;
}

Record term_record(const Term& term, const Calendar& calendar) {
  Record record;
  auto cells = cells_of(term, calendar);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    record.add(columns()[i].key, cells[i], columns()[i].label);
  }
  return record;
}

Table closure_table(const Term& term, const Calendar& calendar) {
  Table table({{"date", ""}, {"note", ""}});
  for (const auto& c : calendar.closures()) {
    if (term.contains(c.day)) table.add({date_cell(c.day), c.note});
  }
  return table;
}

}  // namespace lpg::render
