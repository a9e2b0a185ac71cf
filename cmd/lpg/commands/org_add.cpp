// SPDX-License-Identifier: MIT
// lpg org add NAME --sector S [...]: a provider or partner body.
#include <lpg/orgs.hpp>
#include <lpg/sectors.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app.hpp"
#include "field_options.hpp"
#include "render/org.hpp"

namespace lpg::cli {

namespace {
std::string sector_footer() {
  std::string text = "Sectors (slug or name; * an early years setting):\n";
  for (const auto& s : sectors()) {
    text += fmt::format("  {:<18} {}{}\n", s.slug, s.name, s.setting ? " *" : "");
  }
  return text +
         "\nAn Ofsted or DfE URN belongs to one organisation only. Postcodes are stored as\n"
         "\"OX26 6AB\". The status starts as open; --status records --status-since (default "
         "today).";
}
}  // namespace

Action setup_org_add(CLI::App& sub) {
  auto in = std::make_shared<OrgInput>();
  field_options(sub, *in, org_input_options(), false);
  sub.footer(sector_footer());
  return [in](Context& ctx) { ctx.print(render::org_record(add_org(ctx.session(), *in))); };
}

}  // namespace lpg::cli
