// SPDX-License-Identifier: MIT
// lpg person export PERSON [--out FILE]: everything held about a person (subject access).
#include <lpg/output.hpp>
#include <lpg/privacy.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <sstream>

#include "app.hpp"
#include "render/privacy.hpp"

namespace lpg::cli {

namespace {
struct PersonExportOptions {
  std::string person, out;
  bool force = false;
};
}  // namespace

Action setup_person_export(CLI::App& sub) {
  auto o = std::make_shared<PersonExportOptions>();
  sub.add_option("person", o->person, "The person: id (#12), email or name")->required();
  sub.add_option("--out", o->out, "Write to FILE (created mode 0600) instead of stdout")
      ->option_text("FILE");
  sub.add_flag("--force", o->force, "Replace FILE if it exists");
  sub.footer(
      "JSON (the default) holds the person, their organisation, memberships, attendance,\n"
      "actions, minutes they recorded and the audit log rows about them; --format table too.");
  return [o](Context& ctx) {
    render::Format format =
        ctx.format_name({"json", "table"}) == "json" ? render::Format::Json : render::Format::Table;
    PersonExport e = export_person(ctx.read_session(), o->person);
    std::ostringstream text;
    render::print(o->out.empty() ? ctx.out() : text, render::export_record(e),
                  render::export_sections(e), format, ctx.style(!o->out.empty()));
    if (o->out.empty()) return;
    write_output(o->out, text.str(), {FileMode::Private, Target::Named, o->force});
    ctx.note(fmt::format("wrote everything held about person #{} to {}", e.id, o->out));
  };
}

}  // namespace lpg::cli
