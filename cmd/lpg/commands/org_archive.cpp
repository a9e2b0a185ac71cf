// SPDX-License-Identifier: MIT
// lpg org archive ORG [--undo]: hide an organisation from lists, keeping its history.
#include <lpg/orgs.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct OrgArchiveOptions {
  std::string ref;
  bool undo = false;
};
}  // namespace

Action setup_org_archive(CLI::App& sub) {
  auto o = std::make_shared<OrgArchiveOptions>();
  sub.add_option("org", o->ref, "The organisation: id (#12), name or URN")->required();
  sub.add_flag("--undo", o->undo, "Bring an archived organisation back");
  sub.footer("Archived organisations are left out of 'lpg org list' unless --archived.");
  return [o](Context& ctx) {
    Org org = archive_org(ctx.session(), o->ref, o->undo);
    render::Record r;
    r.add("id", org.id)
        .add("name", org.name)
        .add("archived_at", render::optional_cell(org.archived_at), "archived");
    ctx.print(r);
  };
}

}  // namespace lpg::cli
