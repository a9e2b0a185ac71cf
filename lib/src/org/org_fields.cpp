// SPDX-License-Identifier: MIT
#include "org/org_fields.hpp"

#include <lpg/contact.hpp>
#include <lpg/dates.hpp>
#include <lpg/errors.hpp>
#include <lpg/postcode.hpp>
#include <lpg/sectors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "db/store_impl.hpp"
#include "org/org_rows.hpp"
#include "org/org_store.hpp"

namespace lpg::org_fields {

using fields::FieldShape;
using import::Value;

namespace {

std::optional<Value> sector(std::string_view text, From) { return parse_sector(text).slug; }

std::optional<Value> postcode(std::string_view text, From from) {
  auto code =
      normalise_postcode(text, from == From::Register ? Redacted::AsMissing : Redacted::Refuse);
  if (!code) return std::nullopt;
  return std::move(*code);
}

std::optional<Value> phone(std::string_view text, From) { return normalise_phone(text); }
std::optional<Value> email(std::string_view text, From) { return normalise_email(text); }
std::optional<Value> website(std::string_view text, From) { return normalise_website(text); }

std::optional<Value> funded(std::string_view text, From) {
  std::string word = ascii_lower(text);
  if (word == "yes" || word == "y" || word == "true" || word == "1") return std::int64_t{1};
  if (word == "no" || word == "n" || word == "false" || word == "0") return std::int64_t{0};
  throw Error(ErrorKind::Invalid, fmt::format("invalid funded \"{}\"", text), "expected yes or no");
}

std::optional<Value> places(std::string_view text, From) {
  if (text.empty() || text.size() > 6 ||
      text.find_first_not_of("0123456789") != std::string_view::npos) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid number of funded places \"{}\"", text),
                "expected a whole number, 0 or more");
  }
  return std::stoll(std::string(text));
}

std::optional<Value> status(std::string_view text, From) { return registry::parse_status(text); }

// Where an organisation came from, as lpg export orgs writes it: a register, or a CSV file
// read with lpg's columns or a council's rules (csv:NAME).
std::optional<Value> source(std::string_view text, From) {
  if (text == "ofsted" || text == "gias" || text == "csv" ||
      (text.starts_with("csv:") && text.size() > 4)) {
    return std::string(text);
  }
  throw Error(ErrorKind::Invalid, fmt::format("invalid source \"{}\"", text),
              "expected ofsted, gias, csv or csv:NAME, as lpg export orgs writes it; blank for "
              "one added by hand");
}

// When it was archived: a UTC timestamp as lpg writes it, kept as it is.
std::optional<Value> archived_at(std::string_view text, From) {
  return parse_utc_stamp_at(text, "archived_at");
}

// Each field's cell in lpg export orgs.
using columns::Cell;
using columns::optional_cell;
Cell name_cell(const Org& o) { return o.name; }
Cell sector_cell(const Org& o) { return o.sector; }
Cell source_type_cell(const Org& o) { return optional_cell(o.source_type); }
Cell address_cell(const Org& o) { return optional_cell(o.address); }
Cell town_cell(const Org& o) { return optional_cell(o.town); }
Cell postcode_cell(const Org& o) { return optional_cell(o.postcode); }
Cell area_cell(const Org& o) { return optional_cell(o.area); }
Cell phone_cell(const Org& o) { return optional_cell(o.phone); }
Cell email_cell(const Org& o) { return optional_cell(o.email); }
Cell website_cell(const Org& o) { return optional_cell(o.website); }
Cell funded_cell(const Org& o) { return optional_cell(o.offers_funded); }
Cell places_cell(const Org& o) { return optional_cell(o.funded_places); }
Cell status_cell(const Org& o) { return o.status; }
Cell status_since_cell(const Org& o) { return optional_cell(o.status_since); }
Cell note_cell(const Org& o) { return o.note; }
Cell source_cell(const Org& o) { return optional_cell(o.source); }
Cell archived_cell(const Org& o) { return optional_cell(o.archived_at); }

Cell identifier_cell(const Org& o, std::string_view scheme) {
  for (const auto& i : o.identifiers) {
    if (i.scheme == scheme) return i.value;
  }
  return {};
}
template <std::size_t I>
Cell scheme_cell(const Org& o) {
  return identifier_cell(o, schemes()[I].scheme);
}

// A field's option in org add and org edit.
InputOption<OrgInput> typed(const char* option, const char* help, const char* value_name,
                            FieldOption::Kind kind, FieldText OrgInput::*input,
                            const char* edit_help = nullptr) {
  return {{option, help, value_name, kind, edit_help}, input};
}

}  // namespace

const std::array<Scheme, 3>& schemes() {
  static const std::array<Scheme, 3> out = {{
      {"ofsted-urn", "ofsted_urn", "Ofsted URN", &OrgInput::ofsted_urn, scheme_cell<0>,
       "Ofsted unique reference number (EY123456)", "URN"},
      {"dfe-urn", "dfe_urn", "DfE URN", &OrgInput::dfe_urn, scheme_cell<1>,
       "DfE unique reference number of a school (123456)", "URN"},
      {"la-ref", "la_ref", "local authority reference", &OrgInput::la_ref, scheme_cell<2>,
       "The local authority's own reference", "REF"},
  }};
  return out;
}

const Scheme* scheme_of_column(std::string_view column) {
  for (const auto& s : schemes()) {
    if (column == s.column) return &s;
  }
  return nullptr;
}

const std::array<Field, import::kColumnCount>& all() {
  using enum import::Col;
  using enum FieldOption::Kind;
  // The area is named by the user (and exported by name, which the import reads as a
  // reference to it) and stored as the id of an area: the caller resolves it. The status date
  // is a date as the source writes it: the caller parses it.
  static const std::array<Field, import::kColumnCount> fields = {{
      {kName, "name", "name", FieldShape::Name, nullptr, name_cell,
       typed("name", "The organisation's name", "NAME", Name, &OrgInput::name, "New name")},
      {kSector, "sector", "sector", FieldShape::Line, sector, sector_cell,
       typed("sector", "Sector: a slug or name (see 'lpg org add --help')", "SECTOR", Required,
             &OrgInput::sector)},
      {kSourceType, "source_type", "source_type", FieldShape::Line, nullptr, source_type_cell, {}},
      {kAddress, "address", "address", FieldShape::Address, nullptr, address_cell,
       typed("address", "Street address", "TEXT", Clearable, &OrgInput::address)},
      {kTown, "town", "town", FieldShape::Line, nullptr, town_cell,
       typed("town", "Town", "TEXT", Clearable, &OrgInput::town)},
      {kPostcode, "postcode", "postcode", FieldShape::Line, postcode, postcode_cell,
       typed("postcode", "UK postcode", "POSTCODE", Clearable, &OrgInput::postcode)},
      {kAreaId, "area", "area_id", FieldShape::Line, nullptr, area_cell,
       typed("area", "Area (district or locality)", "AREA", Clearable, &OrgInput::area)},
      {kPhone, "phone", "phone", FieldShape::Line, phone, phone_cell,
       typed("phone", "Telephone number", "PHONE", Clearable, &OrgInput::phone)},
      {kEmail, "email", "email", FieldShape::Line, email, email_cell,
       typed("email", "Email address", "EMAIL", Clearable, &OrgInput::email)},
      {kWebsite, "website", "website", FieldShape::Line, website, website_cell,
       typed("website", "Web address", "URL", Clearable, &OrgInput::website)},
      {kFunded, "funded", "offers_funded", FieldShape::Line, funded, funded_cell,
       typed("funded", "Offers funded early education: yes or no", "yes|no", Clearable,
             &OrgInput::funded)},
      {kPlaces, "funded_places", "funded_places", FieldShape::Line, places, places_cell,
       typed("funded-places", "Number of funded places", "N", Clearable, &OrgInput::funded_places)},
      {kStatus, "status", "status", FieldShape::Line, status, status_cell,
       typed("status", "open, closed or suspended", "STATUS", Plain, &OrgInput::status)},
      {kStatusSince, "status_since", "status_since", FieldShape::Line, nullptr, status_since_cell,
       typed("status-since", "Date of the status (default: today when it changes)", "DATE",
             Clearable, &OrgInput::status_since)},
      {kNote, "note", "note", FieldShape::Text, nullptr, note_cell,
       typed("note", "A free-text note", "TEXT", Plain, &OrgInput::note)},
      {kSource, "source", "source", FieldShape::Line, source, source_cell, {}},
      {kArchivedAt, "archived_at", "archived_at", FieldShape::Line, archived_at, archived_cell, {}},
  }};
  return fields;
}

std::optional<Value> value_of(import::Col col, std::string_view text, From from) {
  const Field& f = of(col);
  fields::check_shape(text, f.name, f.shape);
  return normalised(col, text, from);
}

std::optional<Value> normalised(import::Col col, std::string_view text, From from) {
  const Field& f = of(col);
  if (f.normalise == nullptr) return Value(std::string(text));
  return f.normalise(text, from);
}

}  // namespace lpg::org_fields

namespace lpg {

// lpg export orgs: the id, and the declared fields with the identifiers after the source type.
const columns::Columns<Org>& org_csv_columns() {
  static const columns::Columns<Org> out = [] {
    columns::Columns<Org> c{
        {org_fields::kIdColumn, [](const Org& o) -> columns::Cell { return o.id; }}};
    for (const auto& f : org_fields::all()) {
      c.push_back({f.name, f.write});
      if (f.col != import::kSourceType) continue;
      for (const auto& s : org_fields::schemes()) c.push_back({s.column, s.write});
    }
    return c;
  }();
  return out;
}

// org add and org edit: the declared fields' options, with the identifiers' after the sector
// (where the export puts their columns, after the source type, which is not typed).
const InputOptions<OrgInput>& org_input_options() {
  static const InputOptions<OrgInput> out = [] {
    InputOptions<OrgInput> o;
    for (const auto& f : org_fields::all()) {
      if (f.typed.option.name != nullptr) o.push_back(f.typed);
      if (f.col != import::kSourceType) continue;
      for (const auto& s : org_fields::schemes()) {
        o.push_back({{s.scheme, s.help, s.value_name, FieldOption::Kind::Clearable}, s.input});
      }
    }
    return o;
  }();
  return out;
}

}  // namespace lpg

namespace lpg::import {

// The column names, from the one declaration.
const std::array<const char*, kColumnCount> kOrgColumnNames = [] {
  std::array<const char*, kColumnCount> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = org_fields::all()[i].column;
  return out;
}();

}  // namespace lpg::import

namespace lpg::registry {

namespace {

// The sql value of a declared field's normalised text.
SqlValue sql_value(const std::optional<import::Value>& v) {
  if (!v) return {};
  if (const auto* n = std::get_if<std::int64_t>(&*v)) return *n;
  return std::get<std::string>(*v);
}

// One declared field as typed: checked and normalised as its declaration says; clearing gives
// `cleared`.
void declared(OrgChanges& c, const FieldText& field, import::Col col, SqlValue cleared = {}) {
  if (!field.given()) return;
  const org_fields::Field& f = org_fields::of(col);
  auto text = text_of(field, f.name, f.shape);
  c.columns.push_back(
      {f.column,
       text ? sql_value(org_fields::value_of(col, *text, org_fields::From::Typed)) : cleared});
  c.changed.emplace_back(f.name);
}

void required_fields(OrgChanges& c, const OrgInput& in) {
  if (in.name.given()) {
    const auto& f = org_fields::of(import::kName);
    auto name = text_of(in.name, f.name, f.shape);
    if (!name) throw Error(ErrorKind::Invalid, "an organisation needs a name");
    c.columns.push_back({f.column, *name});
    c.columns.push_back({"name_key", fold_key(*name)});
    c.changed.emplace_back("name");
  }
  if (in.sector.given()) {
    if (!text_of(in.sector, org_fields::of(import::kSector).name)) {
      throw Error(ErrorKind::Invalid, "an organisation needs a sector",
                  "see 'lpg org add --help' for the sectors");
    }
    declared(c, in.sector, import::kSector);
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
    const auto& f = org_fields::of(import::kStatusSince);
    auto text = text_of(in.status_since, f.name, f.shape);
    c.columns.push_back(
        {f.column,
         text ? SqlValue{format_date(parse_date_at(*text, "--status-since"))} : SqlValue{}});
    c.changed.emplace_back(f.name);
  } else if (changes) {
    c.columns.push_back({"status_since", format_date(s.clock.today())});
  }
}

void identifier_fields(OrgChanges& c, const OrgInput& in) {
  for (const auto& s : org_fields::schemes()) {
    const FieldText& field = in.*s.input;
    if (!field.given()) continue;
    auto text = text_of(field, s.scheme);
    c.identifiers.emplace_back(
        s.scheme, text ? std::optional(normalise_identifier(s.scheme, *text)) : std::nullopt);
    c.changed.emplace_back(s.scheme);
  }
}

}  // namespace

OrgChanges parse_org_input(const Session& s, const OrgInput& in,
                           const std::optional<std::string>& current_status) {
  OrgChanges c;
  required_fields(c, in);
  identifier_fields(c, in);
  declared(c, in.address, import::kAddress);
  declared(c, in.town, import::kTown);
  declared(c, in.postcode, import::kPostcode);
  if (in.area.given()) {  // named by the user, stored as the area's id
    const auto& f = org_fields::of(import::kAreaId);
    auto text = text_of(in.area, f.name, f.shape);
    c.columns.push_back({f.column, text ? SqlValue{find_area(s, *text).v} : SqlValue{}});
    c.changed.emplace_back(f.name);
  }
  declared(c, in.phone, import::kPhone);
  declared(c, in.email, import::kEmail);
  declared(c, in.website, import::kWebsite);
  declared(c, in.funded, import::kFunded);
  declared(c, in.funded_places, import::kPlaces);
  status_fields(s, c, in, current_status);
  declared(c, in.note, import::kNote, std::string());
  return c;
}

namespace {

std::string scheme_name(const std::string& scheme) {
  for (const auto& s : org_fields::schemes()) {
    if (scheme == s.scheme) return s.label;
  }
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
