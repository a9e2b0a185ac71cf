// SPDX-License-Identifier: MIT
// lpg person forget PERSON --yes: erase a person's personal data, keeping anonymous counts.
#include <lpg/privacy.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app.hpp"
#include "render/privacy.hpp"

namespace lpg::cli {

namespace {
struct PersonForgetOptions {
  std::string person;
  bool yes = false;
};
}  // namespace

Action setup_person_forget(CLI::App& sub) {
  auto o = std::make_shared<PersonForgetOptions>();
  sub.add_option("person", o->person, "The person: id (#12), email or name")->required();
  sub.add_flag("--yes", o->yes, "Erase them (it cannot be undone)")->required();
  sub.footer(
      "Erases name, email, phone, job title and note, and their mentions in the audit log;\n"
      "memberships, attendance and actions are kept, so reports still count them anonymously.\n"
      "Backups made earlier still hold the data.");
  return [o](Context& ctx) {
    Compaction compaction;
    Forgotten f = forget_person(ctx.session(), o->person, o->yes, &compaction);
    ctx.print(render::forgotten_record(f));
    if (!compaction.done) {
      ctx.warn(
          fmt::format("person #{} is erased, but the file was not compacted ({}); the old "
                      "values stay in its free space until the next 'lpg person forget' "
                      "or 'lpg db prune --yes'",
                      f.id, compaction.reason));
    }
  };
}

}  // namespace lpg::cli
