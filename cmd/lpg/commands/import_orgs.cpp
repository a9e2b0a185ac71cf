// SPDX-License-Identifier: MIT
// lpg import orgs FILE --source ofsted|gias|csv: keep the organisation list current.
#include <lpg/import.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/import_summary.hpp"

namespace lpg::cli {

namespace {
struct ImportOrgsOptions {
  OrgImportOptions in;
  std::string on_missing = "keep";
  std::string rules, rejects;
};
}  // namespace

Action setup_import_orgs(CLI::App& sub) {
  auto o = std::make_shared<ImportOrgsOptions>();
  sub.add_option("file", o->in.file, "The register file (CSV)")->required();
  sub.add_option("--source", o->in.source, "Whose file: ofsted, gias or csv (default csv)")
      ->check(CLI::IsMember({"ofsted", "gias", "csv"}))
      ->option_text("ofsted|gias|csv");
  sub.add_option("--rules", o->rules, "A TOML rules file (a copy of share/import/NAME.toml)")
      ->option_text("FILE");
  sub.add_option("--map", o->in.map, "Columns of a csv file: 'Column=field,...'")
      ->option_text("MAP");
  sub.add_option("--area-from", o->in.area_from, "Set the area from la, postcode or column:NAME")
      ->option_text("la|postcode|column:NAME");
  sub.add_option("--on-missing", o->on_missing,
                 "Organisations of this source missing from the file: keep or flag-closed")
      ->check(CLI::IsMember({"keep", "flag-closed"}))
      ->option_text("keep|flag-closed");
  sub.add_option("--max-close", o->in.max_close,
                 "flag-closed may close at most N organisations, or P% of those open "
                 "(default: import.max_close, 5%)")
      ->option_text("N|P%");
  sub.add_flag("--dry-run", o->in.dry_run, "Check and count, store nothing");
  sub.add_flag("--strict", o->in.strict, "Any bad row stops the import");
  sub.add_option("--rejects", o->rejects, "Write the rejected rows to this CSV file")
      ->option_text("FILE");
  sub.footer(
      "One transaction: an error leaves the database as it was. Rows are matched by register\n"
      "identifier (Ofsted URN, DfE URN) or, for a file lpg exported, by id. Only the fields the\n"
      "file carries change; blank and REDACTED cells never overwrite what is stored. A file\n"
      "without the source's required columns, one most of whose rows are rejected, and one\n"
      "that would close more than --max-close allows are refused whole.\n"
      "Fields for --map: id, name, sector, type, subtype, address, address1-3, town, postcode,\n"
      "area, la_code, la_name, phone, email, website, funded, funded_places, status,\n"
      "status_date, close_date, note, ofsted_urn, dfe_urn, la_ref, source, archived_at.\n"
      "See lpg-import(1).");
  return [o](Context& ctx) {
    if (!o->rules.empty()) o->in.rules_file = o->rules;
    if (!o->rejects.empty()) o->in.rejects_file = o->rejects;
    o->in.flag_closed = o->on_missing == "flag-closed";
    o->in.progress = progress_bar(ctx);
    print_import_summary(ctx, o->in.file, import_orgs(ctx.session(), o->in));
  };
}

}  // namespace lpg::cli
