// SPDX-License-Identifier: MIT
// lpg term current: the term running today (LPG_NOW pins today); none between terms.
#include <lpg/terms.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/term.hpp"

namespace lpg::cli {

Action setup_term_current(CLI::App& sub) {
  sub.footer("Between terms there is no current term: exit 66, with the next term as a hint.");
  return [](Context& ctx) {
    Session s = ctx.read_session();
    Term term = find_term(s, "current");
    ctx.print(render::term_record(term, load_calendar(s)));
  };
}

}  // namespace lpg::cli
