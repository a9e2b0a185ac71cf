// SPDX-License-Identifier: MIT
// lpg person remove PERSON [--force]: delete a person's record.
#include <lpg/people.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct PersonRemoveOptions {
  std::string ref;
  bool force = false;
};
}  // namespace

Action setup_person_remove(CLI::App& sub) {
  auto o = std::make_shared<PersonRemoveOptions>();
  sub.add_option("person", o->ref, "The person: id (#12), email or name")->required();
  sub.add_flag("--force", o->force, "Also remove their memberships");
  sub.footer("Refused while memberships refer to the person, unless --force.");
  return [o](Context& ctx) {
    PersonRemoval gone = remove_person(ctx.session(), o->ref, o->force);
    render::Record r;
    r.add("id", gone.id)
        .add("name", gone.name)
        .add("memberships_removed", gone.memberships_removed, "memberships removed");
    ctx.print(r);
  };
}

}  // namespace lpg::cli
