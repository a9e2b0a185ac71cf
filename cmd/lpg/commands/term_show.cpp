// SPDX-License-Identifier: MIT
// lpg term show TERM...: one term with its closure days.
#include <lpg/terms.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/term.hpp"

namespace lpg::cli {

Action setup_term_show(CLI::App& sub) {
  auto words = std::make_shared<std::vector<std::string>>();
  sub.add_option("term", *words, "The term: 2026/27 autumn, autumn 2026, current or next")
      ->required();
  return [words](Context& ctx) {
    Session s = ctx.read_session();
    Term term = find_term(s, CLI::detail::join(*words, " "));
    Calendar calendar = load_calendar(s);
    render::print(ctx.out(), render::term_record(term, calendar),
                  {{"closures", render::closure_table(term, calendar)}}, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
