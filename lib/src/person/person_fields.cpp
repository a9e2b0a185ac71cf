// SPDX-License-Identifier: MIT
#include "person/person_fields.hpp"

#include <lpg/contact.hpp>
#include <lpg/errors.hpp>

#include <fmt/format.h>

namespace lpg::person_fields {

namespace {

using columns::Cell;
using columns::optional_cell;
using fields::FieldShape;
using Stored = std::optional<std::string>;

std::string email(std::string_view text) { return normalise_email(text); }
std::string phone(std::string_view text) { return normalise_phone(text); }

Cell name_cell(const Person& p) { return p.name; }
Cell email_cell(const Person& p) { return optional_cell(p.email); }
Cell phone_cell(const Person& p) { return optional_cell(p.phone); }
Cell org_cell(const Person& p) { return columns::id_cell(p.org_id); }
Cell job_title_cell(const Person& p) { return optional_cell(p.job_title); }
Cell note_cell(const Person& p) { return p.note; }

Stored name_of(const Person& p) { return p.name; }
Stored email_of(const Person& p) { return p.email; }
Stored phone_of(const Person& p) { return p.phone; }
Stored org_of(const Person& p) {
  return p.org_id ? Stored(fmt::format("#{}", *p.org_id)) : std::nullopt;
}
Stored job_title_of(const Person& p) { return p.job_title; }
Stored note_of(const Person& p) { return p.note; }

// A field's option in person add and person edit.
FieldOption typed(const char* option, const char* help, const char* value_name,
                  FieldOption::Kind kind, const char* edit_help = nullptr) {
  return {option, help, value_name, kind, edit_help};
}

}  // namespace

const std::array<Field, 6>& all() {
  using enum FieldOption::Kind;
  static const std::array<Field, 6> fields = {{
      {Key::Name, "name", "name", "name", FieldShape::Name, &PersonInput::name, nullptr, false,
       name_cell, name_of, typed("name", "The person's name", "NAME", Name, "New name")},
      {Key::Email, "email", "email", "email", FieldShape::Line, &PersonInput::email, email, false,
       email_cell, email_of,
       typed("email", "Email address (unique to one person)", "EMAIL", Clearable)},
      {Key::Phone, "phone", "phone", "phone", FieldShape::Line, &PersonInput::phone, phone, false,
       phone_cell, phone_of, typed("phone", "Telephone number", "PHONE", Clearable)},
      {Key::Org, "org", "organisation", "org_id", FieldShape::Line, &PersonInput::org, nullptr,
       false, org_cell, org_of, typed("org", "The organisation they work for", "ORG", Clearable)},
      {Key::JobTitle, "job_title", "job_title", "job_title", FieldShape::Line,
       &PersonInput::job_title, nullptr, false, job_title_cell, job_title_of,
       typed("job-title", "Job title", "TEXT", Clearable)},
      {Key::Note, "note", "note", "note", FieldShape::Text, &PersonInput::note, nullptr, true,
       note_cell, note_of, typed("note", "A free-text note", "TEXT", Plain)},
  }};
  return fields;
}

const Field& of(Key key) {
  for (const auto& f : all()) {
    if (f.key == key) return f;
  }
  throw Error(ErrorKind::Internal, "no such person field");
}

std::string normalised(const Field& f, std::string_view text) {
  return f.normalise == nullptr ? std::string(text) : f.normalise(text);
}

}  // namespace lpg::person_fields

namespace lpg {

// export people: the id, the fields, and the organisation's name after its "#id".
const columns::Columns<Person>& person_csv_columns() {
  static const columns::Columns<Person> out = [] {
    columns::Columns<Person> c{
        {person_fields::kIdColumn, [](const Person& p) -> columns::Cell { return p.id; }}};
    for (const auto& f : person_fields::all()) {
      c.push_back({f.csv, f.write});
      if (f.key != person_fields::Key::Org) continue;
      c.push_back({person_fields::kOrgNameColumn,
                   [](const Person& p) { return columns::optional_cell(p.org); }});
    }
    return c;
  }();
  return out;
}

// person add and person edit: each declared field's option.
const InputOptions<PersonInput>& person_input_options() {
  static const InputOptions<PersonInput> out = [] {
    InputOptions<PersonInput> o;
    for (const auto& f : person_fields::all()) o.push_back({f.option, f.input});
    return o;
  }();
  return out;
}

}  // namespace lpg
