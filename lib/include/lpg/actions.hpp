// SPDX-License-Identifier: MIT
#pragma once
// Actions: what a meeting asked a person or organisation to do, by when. An action can be
// carried forward to later meetings (onto their agenda), keeping its history. An action whose
// owner has left the group stays listed, marked orphaned, until someone deals with it.

#include <lpg/meetings.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lpg {

struct ActionOwner {
  std::optional<PersonId> person;
  std::optional<OrgId> org;
};

/// An --owner: a person (id, email or name) or else an organisation. Throws Error{NotFound}
/// when neither matches, Error{Conflict} when the words name both a person and an organisation.
ActionOwner find_owner(const Session& s, std::string_view ref);

struct Carry {
  std::int64_t meeting_id = 0;
  std::string meeting_date;
  std::string carried_on;
};

struct ActionItem {
  std::int64_t id = 0;
  std::int64_t meeting_id = 0;
  std::int64_t group_id = 0;
  std::string group_name;
  std::string meeting_date;
  std::string text;
  std::string owner;       ///< the owner's name
  std::string owner_type;  ///< person or organisation
  std::string due;         ///< "" when no due date
  std::string status;      ///< open or done
  std::string done_on;
  std::string done_note;
  bool overdue = false;   ///< open and past due
  bool orphaned = false;  ///< the owner is no longer a member of the group
  std::vector<Carry> carried;
};

/// Records an action from a held meeting. Throws Error{Invalid} for empty text or a due date
/// before the meeting, Error{Conflict} for a cancelled or future meeting.
ActionItem add_action(const Session& s, MeetingId meeting, const std::string& text,
                      const ActionOwner& owner, std::optional<Date> due);
ActionItem get_action(const Session& s, std::int64_t id);
/// Marks it done (default today). Throws Error{Conflict} when it is done already.
ActionItem complete_action(const Session& s, std::int64_t id, const std::string& note,
                           std::optional<Date> on);
/// Carries an open action to a later meeting of the same group and puts it on that agenda.
ActionItem carry_action(const Session& s, std::int64_t id, MeetingId to);

struct ActionFilter {
  bool open_only = false;
  bool overdue_only = false;
  std::optional<ActionOwner> owner;
  std::optional<GroupId> group;
};
/// Actions by due date (undated last), then id.
std::vector<ActionItem> list_actions(const Session& s, const ActionFilter& filter);

}  // namespace lpg
