// SPDX-License-Identifier: MIT
// lpg person edit PERSON [...]: change the fields given; --no-X clears one.
#include <lpg/people.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "field_options.hpp"
#include "render/org.hpp"

namespace lpg::cli {

namespace {
struct PersonEditOptions {
  std::string ref;
  PersonInput in;
};
}  // namespace

Action setup_person_edit(CLI::App& sub) {
  auto o = std::make_shared<PersonEditOptions>();
  sub.add_option("person", o->ref, "The person: id (#12), email or name")->required();
  field_options(sub, o->in, person_input_options(), true);
  return [o](Context& ctx) {
    ctx.print(render::person_record(edit_person(ctx.session(), o->ref, o->in)));
  };
}

}  // namespace lpg::cli
