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
    // The columns are the people's field declaration (person_csv_columns).
    auto t = declared_table(person_csv_columns(), list_people(ctx.read_session(), {}));
    export_table(ctx, *out, t);
  };
}

}  // namespace lpg::cli
