// SPDX-License-Identifier: MIT
// lpg export people: every contact, in the columns `lpg import people` reads back.
#include <lpg/people.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

Action setup_export_people(CLI::App& sub) {
  auto out = std::make_shared<std::string>();
  add_out_option(sub, *out);
  sub.footer("Erased people are left out. 'lpg import people FILE' reads the CSV back.");
  return [out](Context& ctx) {
    render::Table t({{"id", ""},
                     {"name", ""},
                     {"email", ""},
                     {"phone", ""},
                     {"organisation", ""},
                     {"organisation_name", ""},
                     {"job_title", ""},
                     {"note", ""}});
    for (const auto& p : list_people(ctx.read_session(), {})) {
      t.add({p.id, p.name, render::optional_cell(p.email), render::optional_cell(p.phone),
             id_cell(p.org_id), render::optional_cell(p.org), render::optional_cell(p.job_title),
             p.note});
    }
    export_table(ctx, *out, t);
  };
}

}  // namespace lpg::cli
