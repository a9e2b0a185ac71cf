// SPDX-License-Identifier: MIT
// lpg person add NAME [--email E] [--phone P] [--org ORG] [--job-title T] [--note T].
#include <lpg/people.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "field_options.hpp"
#include "render/org.hpp"

namespace lpg::cli {

Action setup_person_add(CLI::App& sub) {
  auto in = std::make_shared<PersonInput>();
  field_options(sub, *in, person_input_options(), false);
  sub.footer(
      "An email address belongs to one person only and is stored in lower case. Phone\n"
      "numbers are UK numbers (01869 123456, 07700 900123, +44 1869 123456).");
  return [in](Context& ctx) { ctx.print(render::person_record(add_person(ctx.session(), *in))); };
}

}  // namespace lpg::cli
