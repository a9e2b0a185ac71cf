// SPDX-License-Identifier: MIT
// lpg term next: the term that starts after today (LPG_NOW pins today).
#include <lpg/terms.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/term.hpp"

namespace lpg::cli {

Action setup_term_next(CLI::App& sub) {
  sub.footer("During a term, the one after it; between terms, the coming one.");
  return [](Context& ctx) {
    Session s = ctx.read_session();
    Term term = find_term(s, "next");
    ctx.print(render::term_record(term, load_calendar(s)));
  };
}

}  // namespace lpg::cli
