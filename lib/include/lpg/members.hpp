// SPDX-License-Identifier: MIT
#pragma once
// Memberships: an organisation or a person in a group, core or additional, with a role and
// dates. History is kept: a membership is current on [from_date, to_date), and ending one sets
// to_date instead of deleting it, so past members and past role holders stay queryable.

#include <lpg/columns.hpp>
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
/// A role in words for messages: "safeguarding lead", "HWB link", "vice-chair".
std::string role_name(const std::string& slug);
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
  std::string email;         ///< the person's, else the organisation's
  std::string phone;         ///< the person's, else the organisation's
  std::string kind;          ///< core or additional
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

/// What `member edit` changes. can_host, note and core_category are changed in place; a new
/// role is history, kept as memberships' dates keep it (see edit_member).
struct MemberChanges {
  std::optional<bool> can_host;
  std::optional<std::string> note;
  std::optional<std::string> core_category;  ///< "" makes it additional
  std::optional<std::string> role;           ///< "" drops the role
  std::optional<Date> from;                  ///< the first day of the new role (default today)
};

/// Changes a current membership, in one transaction, and returns the membership as it is now.
/// A new role from a day after the membership began ends the membership on that day and adds
/// a new one from it with the new role (everything else carried over, then `changes` applied
/// to it), so `member list --as-of` still shows who held which role when. From the
/// membership's first day, the role is corrected in place. Throws Error{Invalid} for an
/// unknown role, a day before the membership began or `from` without a role; Error{Conflict}
/// for a membership already ended, or a single-holder role held by someone else on that day
/// (naming them); Error{NotFound} as end_member.
Membership edit_member(const Session& s, const MemberRef& ref, const MemberChanges& changes);

struct MemberFilter {
  std::vector<std::string> roles;  ///< holders of any of these roles; empty: everyone
  bool core_only = false;
  std::optional<Date> as_of;  ///< default today; ignored with all
  bool all = false;           ///< past memberships too
};

/// Memberships of a group, ordered by role (chair first), then kind, category and name.
/// Throws Error{Invalid} for an unknown role.
std::vector<Membership> list_members(const Session& s, GroupId group, const MemberFilter& filter);
/// The same across every group that is not archived (a county officer writing to every
/// chair), ordered by group name first.
std::vector<Membership> list_members(const Session& s, const MemberFilter& filter);

/// The columns of `lpg export members`, in order, from the memberships' column declaration:
/// `lpg import members` reads every one back by the same name but the id.
const columns::Columns<Membership>& member_csv_columns();

/// What a group lacks on `as_of`, against what its kind requires (requirements_of): "no chair",
/// "no safeguarding lead" for each required role no current member holds, and each core
/// category of its kind that no current core member fills ("core category unfilled: police").
std::vector<std::string> group_gaps(const Session& s, GroupId group, Date as_of);

}  // namespace lpg
