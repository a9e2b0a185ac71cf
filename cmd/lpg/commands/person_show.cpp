// SPDX-License-Identifier: MIT
// lpg person show PERSON: contact details, organisation and memberships.
#include <lpg/people.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/org.hpp"

namespace lpg::cli {

Action setup_person_show(CLI::App& sub) {
  auto ref = std::make_shared<std::string>();
  sub.add_option("person", *ref, "The person: id (#12), email or name")->required();
  sub.footer("CSV gives the person's fields alone; JSON adds their groups.");
  return [ref](Context& ctx) {
    PersonDetail d = show_person(ctx.read_session(), *ref);
    render::print(ctx.out(), render::person_record(d.person),
                  {{"groups", render::membership_table(d.groups)}}, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
