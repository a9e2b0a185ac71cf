// SPDX-License-Identifier: MIT
// lpg term day [DATE]: what the calendar says about one day, as scheduling sees it.
#include <lpg/terms.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_term_day(CLI::App& sub) {
  auto day = std::make_shared<std::string>();
  sub.add_option("date", *day, "The day (YYYY-MM-DD); default today");
  sub.footer(
      "kind is one of: school day, weekend, half term, closure, holiday (between terms), or\n"
      "uncharted (no terms stored for that academic year). next_school_day is the first\n"
      "school day on or after the date, empty when the stored calendar has none.");
  return [day](Context& ctx) {
    Session s = ctx.read_session();
    Date date = day->empty() ? s.clock.today() : parse_date(*day);
    Calendar calendar = load_calendar(s);
    const Term* term = calendar.term_containing(date);
    const Closure* closure = calendar.closure_on(date);
    auto next = calendar.next_school_day(date);
    render::Record record;
    record.add("date", render::date_cell(date))
        .add("kind", std::string(to_string(calendar.classify(date))))
        .add("term", term != nullptr ? render::Cell{term->label()} : render::Cell{})
        .add("closure", closure != nullptr ? render::Cell{closure->note} : render::Cell{})
        .add("next_school_day", next ? render::date_cell(*next) : render::Cell{},
             "next school day");
    ctx.print(record);
  };
}

}  // namespace lpg::cli
