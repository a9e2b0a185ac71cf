// SPDX-License-Identifier: MIT
// lpg action done ID [--note TEXT] [--on DATE]
#include <lpg/actions.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

namespace {
struct ActionDoneOptions {
  std::int64_t id = 0;
  std::string note, on;
};
}  // namespace

Action setup_action_done(CLI::App& sub) {
  auto o = std::make_shared<ActionDoneOptions>();
  sub.add_option("id", o->id, "The action")->required();
  sub.add_option("--note", o->note, "How it was done");
  sub.add_option("--on", o->on, "When (default today)");
  return [o](Context& ctx) {
    Session s = ctx.session();
    std::optional<Date> on;
    if (!o->on.empty()) on = parse_date_at(o->on, "--on");
    ctx.print(render::action_record(complete_action(s, o->id, o->note, on)));
  };
}

}  // namespace lpg::cli
