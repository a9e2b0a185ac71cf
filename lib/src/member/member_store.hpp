// SPDX-License-Identifier: MIT
#pragma once
// The owner of table membership: every statement that writes it, and the reading of its rows
// into Membership and OrgMembership. Commands, group/org/person removal and erasure call it;
// none of them speaks to the table. Inside the caller's transaction; nothing here audits.

#include <lpg/members.hpp>
#include <lpg/orgs.hpp>
#include <lpg/privacy.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "attendance/quorum_rules.hpp"
#include "db/sql.hpp"

namespace lpg::member_store {

/// The membership with this id; Error{NotFound} when there is none.
Membership by_id(db::Connection& c, std::int64_t id);

/// The member's membership of `group` current on or after `on` (to_date unset or later), the
/// earliest first; nullopt when none.
std::optional<Membership> current_of(db::Connection& c, std::int64_t group,
                                     std::optional<std::int64_t> org,
                                     std::optional<std::int64_t> person, const std::string& on);

/// A membership of `group` other than `self` holding `role` on or after `from`.
std::optional<Membership> holder_of(db::Connection& c, std::int64_t group, const std::string& role,
                                    const std::string& from, std::int64_t self);

/// What select() reads: one group's members or (no group) those of groups not archived;
/// current on `as_of` unless it is unset; holding one of `roles` when any; core only.
struct Query {
  std::optional<std::int64_t> group;
  std::optional<std::string> as_of;
  std::vector<std::string> roles;
  bool core_only = false;
};
/// Chair first, then the other roles, core before additional, then by name.
std::vector<Membership> select(db::Connection& c, const Query& query);

/// The memberships of an organisation (or, with `person`, of a person), by group name;
/// `today` decides which are current.
std::vector<OrgMembership> memberships_of(db::Connection& c, bool person, std::int64_t id,
                                          Date today);

/// For the quorum count: the group's memberships current on `day` (YYYY-MM-DD), with the
/// member's name; core before additional, organisations before people, then by name.
std::vector<meetings::Seat> seats_on(db::Connection& c, std::int64_t group, const std::string& day);

/// For host rotation: the organisations (id, name) that are current members of `group` on
/// `day` and can host, by name.
std::vector<std::pair<std::int64_t, std::string>> hosts_on(db::Connection& c, std::int64_t group,
                                                           const std::string& day);

/// How many memberships a person has (erasure's report).
std::int64_t count_of_person(db::Connection& c, std::int64_t person);

/// Whether `person`, or `org` (their organisation) when given, holds a membership of `group`
/// current on `day` (YYYY-MM-DD): whether they sit at its meetings as a member, not a guest.
bool sits_on(db::Connection& c, std::int64_t group, std::int64_t person,
             std::optional<std::int64_t> org, const std::string& day);

/// The retention rule's candidates: people not erased whose every membership ended before
/// `cutoff` and who own no open action; by the day they left, then id.
std::vector<PruneCandidate> left_before(db::Connection& c, const std::string& cutoff);

/// A membership's columns as stored, without its note and can_host: for the Popolo export.
struct Row {
  std::int64_t id = 0, group_id = 0;
  std::optional<std::int64_t> org_id, person_id;
  std::string kind, core_category, role, from_date;  ///< "" for no category or role
  std::optional<std::string> to_date;
};
/// Every membership, by id.
std::vector<Row> all_rows(db::Connection& c);

/// A person's memberships for a subject access export, by from_date.
std::vector<PersonExport::Membership> export_of_person(db::Connection& c, std::int64_t person);

/// The ids of the memberships of a group, of an organisation, by id.
std::vector<std::int64_t> ids_of_group(db::Connection& c, std::int64_t group);
std::vector<std::int64_t> ids_of_org(db::Connection& c, std::int64_t org);

/// A new membership's columns. An empty role or category is stored as NULL.
struct NewMembership {
  std::int64_t group = 0;
  std::optional<std::int64_t> org;
  std::optional<std::int64_t> person;
  bool core = false;
  std::string core_category;
  std::string role;
  bool can_host = false;
  std::string from_date;
  std::string note;
};
/// Inserts it; its id.
std::int64_t insert(db::Connection& c, const NewMembership& row);

/// A copy of membership `id` from `from_date` with `role` ("" none); the copy's id.
std::int64_t copy_with_role(db::Connection& c, std::int64_t id, const std::string& role,
                            const std::string& from_date);

void set_to_date(db::Connection& c, std::int64_t id, const std::string& day);
void set_role(db::Connection& c, std::int64_t id, const std::string& role);  ///< "" none
void set_can_host(db::Connection& c, std::int64_t id, bool can_host);
void set_note(db::Connection& c, std::int64_t id, const std::string& note);
/// Core in `category`, or (empty category) additional.
void set_core_category(db::Connection& c, std::int64_t id, const std::string& category);

/// Empties the notes of a person's memberships (erasure: free text about them).
void clear_notes_of_person(db::Connection& c, std::int64_t person);

void remove(db::Connection& c, std::int64_t id);
void remove_of_group(db::Connection& c, std::int64_t group);

}  // namespace lpg::member_store
