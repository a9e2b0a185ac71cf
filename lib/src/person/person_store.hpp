// SPDX-License-Identifier: MIT
#pragma once
// The owner of table person: every statement that writes it, and the reading of its rows into
// Person. person add, edit and remove, org remove --force and person forget call it. Inside
// the caller's transaction; nothing here audits.

#include <lpg/people.hpp>
#include <lpg/privacy.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/field_text.hpp"
#include "core/ref_candidate.hpp"
#include "db/sql.hpp"

namespace lpg::person_store {

/// The person with this id; Error{NotFound} when there is none.
Person read(db::Connection& c, std::int64_t id);

/// A person's stored name and when they were erased (nullopt: not erased).
struct Standing {
  std::string name;
  std::optional<std::string> erased_at;
};
/// Nullopt when there is no person with this id.
std::optional<Standing> standing(db::Connection& c, std::int64_t id);
/// The organisation person `id` works for; nullopt when none (or no such person).
std::optional<std::int64_t> org_of(db::Connection& c, std::int64_t id);
/// The person not erased whose stored (lower-case) email is `email`, if any.
std::optional<std::int64_t> id_by_email(db::Connection& c, const std::string& email);

/// For find_person: the people with this id, with this email (lowered), with this name_key
/// (by id); labelled "name <email>".
refs::Candidates ref_by_id(db::Connection& c, std::int64_t id);
refs::Candidates ref_by_email(db::Connection& c, const std::string& email);
refs::Candidates ref_by_key(db::Connection& c, const std::string& key);
/// Up to 20,000 names, none empty: what "did you mean" chooses from.
std::vector<std::string> hint_names(db::Connection& c);
/// The names of the people not erased, for shell completion.
std::vector<std::string> names(db::Connection& c);

/// A subject access export's person fields (e.id says whom), erased or not.
void read_for_export(db::Connection& c, PersonExport& e);

/// People not erased, of organisation `org` if given, whose folded name contains `name_key`
/// if given; by name.
std::vector<Person> list(db::Connection& c, std::optional<std::int64_t> org,
                         const std::optional<std::string>& name_key);

/// Another person (not `self`) with this email: id and name.
std::optional<std::pair<std::int64_t, std::string>> email_holder(db::Connection& c,
                                                                 const std::string& email,
                                                                 std::int64_t self);

/// The people of an organisation not erased, by name: for org show.
std::vector<OrgPerson> of_org(db::Connection& c, std::int64_t org);

/// The ids of the people of an organisation, by id.
std::vector<std::int64_t> ids_of_org(db::Connection& c, std::int64_t org);

/// Inserts a person with these columns (checked by the caller); its id.
std::int64_t insert(db::Connection& c, const std::vector<fields::Assign>& columns);
/// Sets these columns of person `id`.
void update(db::Connection& c, std::int64_t id, const std::vector<fields::Assign>& columns);
/// The person no longer belongs to an organisation.
void unlink_org(db::Connection& c, std::int64_t id, const std::string& stamp);
/// Erasure: the name becomes `placeholder`, email, phone, job title and note go.
void blank(db::Connection& c, std::int64_t id, const std::string& placeholder,
           const std::string& stamp);
void remove(db::Connection& c, std::int64_t id);

}  // namespace lpg::person_store
