// SPDX-License-Identifier: MIT
// lpg org show ORG: every field, register identifiers, groups and people.
#include <lpg/orgs.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/org.hpp"

namespace lpg::cli {

Action setup_org_show(CLI::App& sub) {
  auto ref = std::make_shared<std::string>();
  sub.add_option("org", *ref, "The organisation: id (#12), name or URN")->required();
  sub.footer("CSV gives the organisation's fields alone; JSON adds groups and people.");
  return [ref](Context& ctx) {
    OrgDetail d = show_org(ctx.read_session(), *ref);
    render::Table people({{"id", ""}, {"name", ""}, {"email", ""}, {"job_title", "job title"}});
    for (const auto& p : d.people) {
      people.add(
          {p.id, p.name, render::optional_cell(p.email), render::optional_cell(p.job_title)});
    }
    render::print(ctx.out(), render::org_record(d.org),
                  {{"groups", render::membership_table(d.groups)}, {"people", people}},
                  ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
