// SPDX-License-Identifier: MIT
#include "field_options.hpp"

#include <CLI/CLI.hpp>

namespace lpg::cli {

void field_option(CLI::App& sub, const std::string& name, FieldText& field,
                  const std::string& description, bool clearable, const std::string& value_name) {
  CLI::Option* set = sub.add_option("--" + name, field.text, description);
  set->option_text(value_name);
  if (!clearable) return;
  CLI::Option* clear = sub.add_flag("--no-" + name, field.clear, "Clear the " + name);
  set->excludes(clear);
}

void org_options(CLI::App& sub, OrgInput& in, bool edit) {
  auto opt = [&](const std::string& name, FieldText& field, const std::string& description,
                 const std::string& value_name = "TEXT") {
    field_option(sub, name, field, description, edit, value_name);
  };
  CLI::Option* sector = sub.add_option("--sector", in.sector.text,
                                       "Sector: a slug or name (see 'lpg org add --help')");
  sector->option_text("SECTOR");
  if (!edit) sector->required();
  opt("ofsted-urn", in.ofsted_urn, "Ofsted unique reference number (EY123456)", "URN");
  opt("dfe-urn", in.dfe_urn, "DfE unique reference number of a school (123456)", "URN");
  opt("la-ref", in.la_ref, "The local authority's own reference", "REF");
  opt("address", in.address, "Street address");
  opt("town", in.town, "Town");
  opt("postcode", in.postcode, "UK postcode", "POSTCODE");
  opt("area", in.area, "Area (district or locality)", "AREA");
  opt("phone", in.phone, "Telephone number", "PHONE");
  opt("email", in.email, "Email address", "EMAIL");
  opt("website", in.website, "Web address", "URL");
  opt("funded", in.funded, "Offers funded early education: yes or no", "yes|no");
  opt("funded-places", in.funded_places, "Number of funded places", "N");
  sub.add_option("--status", in.status.text, "open, closed or suspended")->option_text("STATUS");
  opt("status-since", in.status_since, "Date of the status (default: today when it changes)",
      "DATE");
  sub.add_option("--note", in.note.text, "A free-text note")->option_text("TEXT");
}

void person_options(CLI::App& sub, PersonInput& in, bool edit) {
  field_option(sub, "email", in.email, "Email address (unique to one person)", edit, "EMAIL");
  field_option(sub, "phone", in.phone, "Telephone number", edit, "PHONE");
  field_option(sub, "org", in.org, "The organisation they work for", edit, "ORG");
  field_option(sub, "job-title", in.job_title, "Job title", edit, "TEXT");
  sub.add_option("--note", in.note.text, "A free-text note")->option_text("TEXT");
}

}  // namespace lpg::cli
