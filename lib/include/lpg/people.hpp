// SPDX-License-Identifier: MIT
#pragma once
// People: the contacts who sit in groups, usually for an organisation. `lpg person ...`.
// Names, emails and phones are personal data: only what the user typed is kept.

#include <lpg/columns.hpp>
#include <lpg/dates.hpp>
#include <lpg/orgs.hpp>
#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// What `person add` and `person edit` are given, as text (see FieldText in orgs.hpp).
struct PersonInput {
  FieldText name, email, phone, org, job_title, note;
};

struct Person {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> email;  ///< lower case
  std::optional<std::string> phone;
  std::optional<std::int64_t> org_id;
  std::optional<std::string> org;  ///< the organisation's name
  std::optional<std::string> job_title;
  std::string note;
  std::optional<std::string> created_at, updated_at;
};

/// A group a person is (or was) a member of in their own right.
using PersonMembership = OrgMembership;

struct PersonDetail {
  Person person;
  std::vector<PersonMembership> groups;
};

/// Adds a person. The email, when given, must be free. Throws Error{Invalid} for a bad field,
/// Error{Conflict} naming the holder of the email, Error{NotFound} for an unknown --org.
Person add_person(const Session& s, const PersonInput& input);

/// Changes the given fields of the person `ref` names (see find_person). Throws as add_person,
/// and Error{Invalid} when nothing is given.
Person edit_person(const Session& s, std::string_view ref, const PersonInput& input);

PersonDetail show_person(const Session& s, std::string_view ref);

struct PersonFilter {
  std::optional<std::string> org;            ///< people of this organisation
  std::optional<std::string> name_contains;  ///< case-insensitive (fold_key)
};

/// People matching every filter given, by name; erased people are left out.
std::vector<Person> list_people(const Session& s, const PersonFilter& filter);

/// The columns of `lpg export people`, in order, from the people's field declaration: `lpg
/// import people` reads every one back by the same name.
const columns::Columns<Person>& person_csv_columns();

/// The options of `lpg person add` and `lpg person edit`, in order, from the same declaration:
/// one for each field.
const InputOptions<PersonInput>& person_input_options();

struct PersonRemoval {
  std::int64_t id = 0;
  std::string name;
  std::int64_t memberships_removed = 0;
};

/// Deletes a person. Refused with Error{Conflict}, with the count, while memberships refer to
/// them, unless `force`: then the memberships are deleted too (each audited).
PersonRemoval remove_person(const Session& s, std::string_view ref, bool force);

}  // namespace lpg
