// SPDX-License-Identifier: MIT
#pragma once
// Memberships: an organisation or a person in a group, core or additional, with a role and
// dates. History is kept: a membership is current on [from_date, to_date), and ending one sets
// to_date instead of deleting it, so past members and past role holders stay queryable.

#include <lpg/dates.hpp>
#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// The roles lpg knows, as slugs: chair, vice-chair, coordinator, safeguarding-lead, hwb-link,
/// champion, la-link.
const std::vector<std::string>& member_roles();
/// Roles at most one current member of a group may hold.
bool single_holder_role(const std::string& role);

struct MemberInput {
  GroupId group;
  std::optional<OrgId> org;  ///< exactly one of org and person
  std::optional<PersonId> person;
  bool core = false;
  std::string core_category;  ///< with core: one of the group kind's categories
  std::string role;           ///< empty: no role
  bool can_host = false;      ///< may host meetings (host rotation)
  std::optional<Date> from;   ///< default: today
  std::string note;
};

struct Membership {
  std::int64_t id = 0;
  std::int64_t group_id = 0;
  std::string group_name;
  std::optional<std::int64_t> org_id;
  std::optional<std::int64_t> person_id;
  std::string member_name;   ///< the organisation's or the person's name
  std::string organisation;  ///< the person's organisation, or the organisation itself
  std::string sector;        ///< the organisation's sector slug, if any
  std::string email;
  std::string kind;  ///< core or additional
  std::string core_category;
  std::string role;
  bool can_host = false;
  std::string from_date;
  std::optional<std::string> to_date;
  std::string note;
};

/// Adds a membership. Throws Error{Conflict} when the member is already current in the group,
/// or a single-holder role is held (naming the holder); Error{Invalid} for an unknown role or
/// core category, or a start date before... nothing: any date is allowed.
Membership add_member(const Session& s, const MemberInput& input);

/// Which membership: by id, or the current one of an org or person in a group.
struct MemberRef {
  std::optional<std::int64_t> id;
  std::optional<GroupId> group;
  std::optional<OrgId> org;
  std::optional<PersonId> person;
};

/// Ends a current membership on `on` (it is no longer current from that day).
/// Throws Error{NotFound} when there is no such current membership, Error{Invalid} when `on`
/// is before the membership began.
Membership end_member(const Session& s, const MemberRef& ref, Date on);

/// Changes what does not rewrite history: can-host, the note and the core category.
struct MemberChanges {
  std::optional<bool> can_host;
  std::optional<std::string> note;
  std::optional<std::string> core_category;  ///< "" makes it additional
};
Membership edit_member(const Session& s, const MemberRef& ref, const MemberChanges& changes);

struct MemberFilter {
  std::optional<std::string> role;
  bool core_only = false;
  std::optional<Date> as_of;  ///< default today; ignored with all
  bool all = false;           ///< past memberships too
};

/// Memberships of a group, ordered by role (chair first), then kind, category and name.
std::vector<Membership> list_members(const Session& s, GroupId group, const MemberFilter& filter);

/// What a group lacks on `as_of`: "no chair", "no safeguarding lead", and each core category
/// of its kind that no current core member fills ("core category unfilled: police").
std::vector<std::string> group_gaps(const Session& s, GroupId group, Date as_of);

}  // namespace lpg
