// SPDX-License-Identifier: MIT
#pragma once
// Organisations: the providers and partner bodies that belong to groups. `lpg org ...`.

#include <lpg/columns.hpp>
#include <lpg/dates.hpp>
#include <lpg/field_options.hpp>
#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// What `org add` and `org edit` are given. Every field is text to be validated.
struct OrgInput {
  FieldText name, sector, ofsted_urn, dfe_urn, la_ref, address, town, postcode, area, phone, email,
      website;
  FieldText funded;         ///< yes or no
  FieldText funded_places;  ///< a whole number, 0 or more
  FieldText status;         ///< open, closed or suspended
  FieldText status_since;   ///< YYYY-MM-DD; today when the status changes without one
  FieldText note;
};

/// A register identifier: scheme "ofsted-urn", "dfe-urn" or "la-ref".
struct OrgIdentifier {
  std::string scheme;
  std::string value;
};

struct Org {
  std::int64_t id = 0;
  std::string name;
  std::string sector;       ///< slug
  std::string sector_name;  ///< display name ("Day nursery"); the slug if unknown
  bool setting = false;     ///< an early years setting (see sectors.hpp)
  std::optional<std::string> source_type, address, town, postcode, area, phone, email, website;
  std::optional<bool> offers_funded;
  std::optional<std::int64_t> funded_places;
  std::string status;  ///< open, closed, suspended
  std::optional<Date> status_since;
  std::string note;
  std::optional<std::string> source;  ///< nullopt: entered by hand
  std::optional<std::string> archived_at, created_at, updated_at;
  std::vector<OrgIdentifier> identifiers;  ///< by scheme, then value
};

/// A group an organisation is (or was) a member of, from the membership table.
struct OrgMembership {
  std::int64_t membership_id = 0;
  std::string group;
  std::string kind;  ///< core or additional
  std::optional<std::string> core_category, role;
  Date from;
  std::optional<Date> to;
  bool current = false;  ///< today is within [from, to)
};

/// A person recorded as working for an organisation.
struct OrgPerson {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> email, job_title;
};

struct OrgDetail {
  Org org;
  std::vector<OrgMembership> groups;
  std::vector<OrgPerson> people;
};

/// Adds an organisation. `name` and `sector` are required; status defaults to open. Register
/// identifiers must be free in their scheme. Throws Error{Invalid} for a bad field,
/// Error{Conflict} naming the holder of a taken identifier, Error{NotFound} for an unknown area.
Org add_org(const Session& s, const OrgInput& input);

/// Changes the given fields (and clears the cleared ones) of the organisation `ref` names. A new
/// status records status_since (today unless given). Throws as add_org, and Error{Invalid}
/// when nothing is given.
Org edit_org(const Session& s, std::string_view ref, const OrgInput& input);

/// The organisation with this id (from find_org()). Throws Error{NotFound}.
Org get_org(const Session& s, OrgId id);
/// The organisation `ref` names (see find_org()) with its groups and people.
OrgDetail show_org(const Session& s, std::string_view ref);

struct OrgFilter {
  std::vector<std::string> sectors;  ///< slugs or names; any of them
  std::optional<std::string> area;
  std::optional<std::string> status;
  std::optional<std::string> not_in_group;   ///< no current or future membership of this group
  std::optional<std::string> name_contains;  ///< case-insensitive (fold_key)
  bool archived = false;                     ///< include archived organisations
};

/// Organisations matching every filter given, by name. Throws for an unknown sector, status,
/// area or group.
std::vector<Org> list_orgs(const Session& s, const OrgFilter& filter);

/// The columns of `lpg export orgs`, in order, from the organisations' field declaration:
/// `lpg import orgs --source csv` reads each back by the same name, but source (the import
/// records its own) and archived_at.
const columns::Columns<Org>& org_csv_columns();

/// The options of `lpg org add` and `lpg org edit`, in order, from the same declaration: every
/// field but the two a register gives (source_type, source) and archived_at.
const InputOptions<OrgInput>& org_input_options();

/// Archives (hides from lists) or, with `restore`, un-archives. Throws Error{Conflict} when it
/// is already so.
Org archive_org(const Session& s, std::string_view ref, bool restore);

struct OrgRemoval {
  std::int64_t id = 0;
  std::string name;
  std::int64_t memberships_removed = 0;
  std::int64_t people_unlinked = 0;
};

/// Deletes an organisation and its identifiers. Refused with Error{Conflict}, listing counts,
/// while memberships or people refer to it, unless `force`: then the memberships are deleted
/// and the people unlinked (each audited) and the result says how many.
OrgRemoval remove_org(const Session& s, std::string_view ref, bool force);

/// The normal form of a register identifier, or Error{Invalid} naming it: an Ofsted URN is
/// two letters and six digits (EY123456, SC123456) or six or seven digits (123456, 2512345);
/// a DfE URN six digits; an la-ref any text of up to 40 characters. Spaces are removed and
/// letters upper-cased (except la-ref, only trimmed).
std::string normalise_identifier(std::string_view scheme, std::string_view value);

}  // namespace lpg
