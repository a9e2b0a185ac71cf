// SPDX-License-Identifier: MIT
// lpg org edit ORG [...]: change the fields given; --no-X clears one.
#include <lpg/orgs.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "field_options.hpp"
#include "render/org.hpp"

namespace lpg::cli {

namespace {
struct OrgEditOptions {
  std::string ref;
  OrgInput in;
};
}  // namespace

Action setup_org_edit(CLI::App& sub) {
  auto o = std::make_shared<OrgEditOptions>();
  sub.add_option("org", o->ref, "The organisation: id (#12), name or URN")->required();
  field_options(sub, o->in, org_input_options(), true);
  sub.footer(
      "A new --status records --status-since (default today). --no-ofsted-urn and the other\n"
      "--no-X options clear a field. Sectors: see 'lpg org add --help'.");
  return
      [o](Context& ctx) { ctx.print(render::org_record(edit_org(ctx.session(), o->ref, o->in))); };
}

}  // namespace lpg::cli
