// SPDX-License-Identifier: MIT
// lpg export orgs: every organisation, in the columns `lpg import orgs` reads back.
#include <lpg/orgs.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

namespace {

std::optional<std::string> identifier(const Org& org, std::string_view scheme) {
  for (const auto& i : org.identifiers) {
    if (i.scheme == scheme) return i.value;
  }
  return std::nullopt;
}

}  // namespace

Action setup_export_orgs(CLI::App& sub) {
  auto out = std::make_shared<std::string>();
  add_out_option(sub, *out);
  sub.footer("Archived organisations too. 'lpg import orgs FILE' reads the CSV back by id.");
  return [out](Context& ctx) {
    OrgFilter all;
    all.archived = true;
    render::Table t(
        {{"id", ""},         {"name", ""},         {"sector", ""}, {"source_type", ""},
         {"ofsted_urn", ""}, {"dfe_urn", ""},      {"la_ref", ""}, {"address", ""},
         {"town", ""},       {"postcode", ""},     {"area", ""},   {"phone", ""},
         {"email", ""},      {"website", ""},      {"funded", ""}, {"funded_places", ""},
         {"status", ""},     {"status_since", ""}, {"note", ""},   {"source", ""},
         {"archived_at", ""}});
    for (const auto& o : list_orgs(ctx.read_session(), all)) {
      t.add({o.id,
             o.name,
             o.sector,
             render::optional_cell(o.source_type),
             render::optional_cell(identifier(o, "ofsted-urn")),
             render::optional_cell(identifier(o, "dfe-urn")),
             render::optional_cell(identifier(o, "la-ref")),
             render::optional_cell(o.address),
             render::optional_cell(o.town),
             render::optional_cell(o.postcode),
             render::optional_cell(o.area),
             render::optional_cell(o.phone),
             render::optional_cell(o.email),
             render::optional_cell(o.website),
             render::optional_cell(o.offers_funded),
             render::optional_cell(o.funded_places),
             o.status,
             o.status_since ? render::date_cell(*o.status_since) : render::Cell{},
             o.note,
             render::optional_cell(o.source),
             render::optional_cell(o.archived_at)});
    }
    export_table(ctx, *out, t);
  };
}

}  // namespace lpg::cli
