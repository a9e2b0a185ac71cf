// SPDX-License-Identifier: MIT
#include "org/org_fields.hpp"

#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/postcode.hpp>
#include <lpg/sectors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "db/store_impl.hpp"
#include "org/org_rows.hpp"
#include "org/org_store.hpp"

namespace lpg::registry {

void bind_value(SQLite::Statement& q, int index, const SqlValue& value) {
  if (const auto* n = std::get_if<std::int64_t>(&value)) {
    q.bind(index, static_cast<int64_t>(*n));
  } else if (const auto* t = std::get_if<std::string>(&value)) {
    q.bind(index, *t);
  } else {
    q.bind(index);
  }
}

namespace {

std::int64_t parse_yes_no(std::string_view text) {
  std::string word = ascii_lower(trim(text));
  if (word == "yes" || word == "y" || word == "true") return 1;
  if (word == "no" || word == "n" || word == "false") return 0;
  throw Error(ErrorKind::Invalid, fmt::format("invalid --funded \"{}\"", text),
              "expected yes or no");
}

std::int64_t parse_places(std::string_view text) {
  std::string digits = trim(text);
  if (digits.empty() || digits.size() > 6 ||
      digits.find_first_not_of("0123456789") != std::string::npos) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid number of funded places \"{}\"", text),
                "expected a whole number, 0 or more");
  }
  return std::stoll(digits);
}

// Puts one text field through `normalise` (identity when null); clearing gives `cleared`.
template <class Normalise>
void text_field(OrgChanges& c, const FieldText& field, const char* name, const char* column,
                Normalise normalise, SqlValue cleared = {}, FieldShape shape = FieldShape::Line) {
  if (!field.given()) return;
  auto text = text_of(field, name, shape);
  c.columns.push_back({column, text ? SqlValue{normalise(*text)} : cleared});
  c.changed.emplace_back(name);
}

void required_fields(OrgChanges& c, const OrgInput& in) {
  if (in.name.given()) {
    auto name = text_of(in.name, "name", FieldShape::Name);
    if (!name) throw Error(ErrorKind::Invalid, "an organisation needs a name");
    c.columns.push_back({"name", *name});
    c.columns.push_back({"name_key", fold_key(*name)});
    c.changed.emplace_back("name");
  }
  if (in.sector.given()) {
    auto sector = text_of(in.sector, "sector");
    if (!sector) {
      throw Error(ErrorKind::Invalid, "an organisation needs a sector",
                  "see 'lpg org add --help' for the sectors");
    }
    c.columns.push_back({"sector", parse_sector(*sector).slug});
    c.changed.emplace_back("sector");
  }
}

void status_fields(const Session& s, OrgChanges& c, const OrgInput& in,
                   const std::optional<std::string>& current) {
  bool changes = false;
  if (in.status.given()) {
    auto text = text_of(in.status, "status");
    std::string status = parse_status(text.value_or(""));
    changes = !current || status != *current;
    if (changes) c.columns.push_back({"status", status});
    c.changed.emplace_back("status");
  }
  if (in.status_since.given()) {
    text_field(c, in.status_since, "status_since", "status_since",
               [](const std::string& t) { return format_date(parse_date(t, "--status-since")); });
  } else if (changes) {
    c.columns.push_back({"status_since", format_date(s.clock.today())});
  }
}

void identifier_fields(OrgChanges& c, const OrgInput& in) {
  const std::pair<const char*, const FieldText*> schemes[] = {
      {"ofsted-urn", &in.ofsted_urn}, {"dfe-urn", &in.dfe_urn}, {"la-ref", &in.la_ref}};
  for (const auto& [scheme, field] : schemes) {
    if (!field->given()) continue;
    auto text = text_of(*field, scheme);
    c.identifiers.emplace_back(
        scheme, text ? std::optional(normalise_identifier(scheme, *text)) : std::nullopt);
    c.changed.emplace_back(scheme);
  }
}

}  // namespace

OrgChanges parse_org_input(const Session& s, const OrgInput& in,
                           const std::optional<std::string>& current_status) {
  OrgChanges c;
  auto same = [](const std::string& t) { return t; };
  required_fields(c, in);
  identifier_fields(c, in);
  text_field(c, in.address, "address", "address", same, {}, FieldShape::Address);
  text_field(c, in.town, "town", "town", same);
  text_field(c, in.postcode, "postcode", "postcode",
             [](const std::string& t) { return *normalise_postcode(t); });
  text_field(c, in.area, "area", "area_id",
             [&](const std::string& t) { return find_area(s, t).v; });
  text_field(c, in.phone, "phone", "phone",
             [](const std::string& t) { return normalise_phone(t); });
  text_field(c, in.email, "email", "email",
             [](const std::string& t) { return normalise_email(t); });
  text_field(c, in.website, "website", "website",
             [](const std::string& t) { return normalise_website(t); });
  text_field(c, in.funded, "funded", "offers_funded",
             [](const std::string& t) { return parse_yes_no(t); });
  text_field(c, in.funded_places, "funded_places", "funded_places",
             [](const std::string& t) { return parse_places(t); });
  status_fields(s, c, in, current_status);
  text_field(c, in.note, "note", "note", same, std::string(), FieldShape::Text);
  return c;
}

namespace {

std::string scheme_name(const std::string& scheme) {
  if (scheme == "ofsted-urn") return "Ofsted URN";
  if (scheme == "dfe-urn") return "DfE URN";
  if (scheme == "la-ref") return "local authority reference";
  return scheme;
}

}  // namespace

void apply_identifiers(const Session& s, std::int64_t org_id, const OrgChanges& changes) {
  auto& c = db::connection(s.store);
  for (const auto& [scheme, value] : changes.identifiers) {
    auto holder = value ? org_store::identifier_holder(c, scheme, *value) : std::nullopt;
    if (holder && holder->first != org_id) {
      throw Error(ErrorKind::Conflict,
                  fmt::format("{} {} already belongs to \"{}\" (#{})", scheme_name(scheme), *value,
                              holder->second, holder->first),
                  fmt::format("see 'lpg org show #{}'", holder->first));
    }
    org_store::set_identifier(c, org_id, scheme, value);
  }
}

}  // namespace lpg::registry
