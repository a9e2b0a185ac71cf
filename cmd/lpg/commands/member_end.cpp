// SPDX-License-Identifier: MIT
// lpg member end (ID | GROUP --org O | GROUP --person P) --on DATE
#include <lpg/members.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/member_ref.hpp"
#include "render/members.hpp"

namespace lpg::cli {

Action setup_member_end(CLI::App& sub) {
  auto ref = add_member_ref_options(sub);
  auto on = std::make_shared<std::string>();
  sub.add_option("--on", *on, "The day the membership ends: not current from then (default today)");
  sub.footer("History is kept: 'lpg member list GROUP --all' and '--as-of DATE' still show it.");
  return [ref, on](Context& ctx) {
    Session s = ctx.session();
    Date day = on->empty() ? s.clock.today() : parse_date_at(*on, "--on");
    ctx.print(render::member_record(end_member(s, resolve_member_ref(s, *ref), day)));
  };
}

}  // namespace lpg::cli
