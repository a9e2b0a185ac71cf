// SPDX-License-Identifier: MIT
// lpg org remove ORG [--force]: delete an organisation for good.
#include <lpg/orgs.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct OrgRemoveOptions {
  std::string ref;
  bool force = false;
};
}  // namespace

Action setup_org_remove(CLI::App& sub) {
  auto o = std::make_shared<OrgRemoveOptions>();
  sub.add_option("org", o->ref, "The organisation: id (#12), name or URN")->required();
  sub.add_flag("--force", o->force, "Also remove its memberships and unlink its people");
  sub.footer(
      "Refused while memberships or people refer to the organisation, unless --force.\n"
      "To keep its history instead, use 'lpg org archive'.");
  return [o](Context& ctx) {
    OrgRemoval gone = remove_org(ctx.session(), o->ref, o->force);
    render::Record r;
    r.add("id", gone.id)
        .add("name", gone.name)
        .add("memberships_removed", gone.memberships_removed, "memberships removed")
        .add("people_unlinked", gone.people_unlinked, "people unlinked");
    ctx.print(r);
  };
}

}  // namespace lpg::cli
