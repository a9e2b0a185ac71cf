// SPDX-License-Identifier: MIT
// lpg person list [--org ORG] [--name-contains TEXT]: people by name.
#include <lpg/people.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/org.hpp"

namespace lpg::cli {

Action setup_person_list(CLI::App& sub) {
  auto f = std::make_shared<PersonFilter>();
  sub.add_option("--org", f->org, "Only people of this organisation")->option_text("ORG");
  sub.add_option("--name-contains", f->name_contains, "Only names containing TEXT (any case)")
      ->option_text("TEXT");
  return
      [f](Context& ctx) { ctx.print(render::person_table(list_people(ctx.read_session(), *f))); };
}

}  // namespace lpg::cli
