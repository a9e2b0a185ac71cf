// SPDX-License-Identifier: MIT
#pragma once
// Groups: partnership groups, hubs, boards, chairs groups, and who reports to whom.
// `lpg group add|list|show|edit|archive|unarchive|remove|tree`.

#include <lpg/columns.hpp>
#include <lpg/config.hpp>
#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// Another group, named: an entry in a reports-to or reported-by list.
struct GroupLink {
  GroupId id;
  std::string name;
  std::string kind;
};

struct Group {
  GroupId id;
  std::string name;
  std::string kind;
  std::optional<AreaId> area_id;
  std::optional<std::string> area_name;
  std::optional<std::string> cadence;  ///< canonical (see cadence.hpp)
  std::optional<std::string> quorum;   ///< "5" members or "1/2" of current core members
  std::string description;
  std::optional<std::string> archived_at;  ///< UTC timestamp; nullopt while active
  std::string created_at;                  ///< UTC timestamp
  std::vector<GroupLink> reports_to;       ///< the bodies this group reports to, by name
  std::vector<GroupLink> reported_by;      ///< the groups that report to this one, by name
};

/// The kinds a group may have: partnership, hub, board, chairs, safeguarding, subgroup, then
/// the configuration's groups.extra_kinds.
std::vector<std::string> group_kinds(const Config& config);

/// A quorum in canonical form: "5" (members) or "1/2" (of current core members).
/// Throws Error{Invalid} for anything else, or a fraction above 1.
std::string parse_quorum(std::string_view text);

struct NewGroup {
  std::string name;
  std::string kind;
  std::optional<std::string> area;      ///< a reference
  std::optional<std::string> cadence;   ///< as the user wrote it
  std::vector<std::string> reports_to;  ///< references
  std::optional<std::string> quorum;
  std::string description;
};

/// Adds a group and its reporting lines. Names are unique by fold_key(). Throws
/// Error{Invalid} for a bad name, kind, cadence or quorum, Error{Conflict} for a name in use,
/// Error{NotFound} for an unknown area, reports-to group or `after` group.
Group add_group(const Session& session, const NewGroup& group);

struct GroupFilter {
  std::optional<std::string> kind;
  std::optional<std::string> area;  ///< a reference
  bool archived = false;            ///< include archived groups
};

/// Groups by name (with their reporting lines), active ones only unless filter.archived.
/// Throws Error{Invalid} for an unknown kind, Error{NotFound} for an unknown area.
std::vector<Group> list_groups(const Session& session, const GroupFilter& filter);

/// The columns of `lpg export groups`, in order, from the groups' column declaration: `lpg
/// import groups` reads every one back by the same name.
const columns::Columns<Group>& group_csv_columns();

/// One group by reference, with its reporting lines. Throws Error{NotFound}.
Group show_group(const Session& session, std::string_view ref);

/// A change to a group; fields left empty stay as they are.
struct GroupEdit {
  std::optional<std::string> name;
  std::optional<std::string> kind;
  std::optional<std::string> area;
  bool no_area = false;
  std::optional<std::string> cadence;
  bool no_cadence = false;
  std::optional<std::string> quorum;
  bool no_quorum = false;
  std::optional<std::string> description;
  std::vector<std::string> add_reports_to;     ///< references to start reporting to
  std::vector<std::string> remove_reports_to;  ///< references to stop reporting to
};

/// Changes a group. A new name is carried into other groups' `after` cadences. Throws as
/// add_group(), Error{Invalid} for a reporting cycle (naming the path) or when nothing would
/// change, Error{Invalid} when asked to stop reporting to a group it does not report to.
Group edit_group(const Session& session, std::string_view ref, const GroupEdit& edit);

/// Archives (hides from lists, keeps history) or brings back a group. Throws
/// Error{Conflict} when it is already archived (or already active).
Group archive_group(const Session& session, std::string_view ref);
Group unarchive_group(const Session& session, std::string_view ref);

/// What remove_group() took with it.
struct RemovedGroup {
  Group group;
  std::int64_t memberships = 0;
  std::int64_t reported_by = 0;  ///< other groups' lines reporting to it
  std::int64_t reports_to = 0;   ///< its own lines
  std::int64_t cadences = 0;     ///< other groups' `after` cadences cleared
};

/// Removes a group. One with history (memberships, groups reporting to it, or groups meeting
/// `after` it) is refused with Error{Conflict} counting them, unless `force`, which removes
/// those memberships and reporting lines too and clears those cadences.
RemovedGroup remove_group(const Session& session, std::string_view ref, bool force);

/// One group in the reporting tree, with the groups that report to it.
struct GroupTreeNode {
  GroupId id;
  std::string name;
  std::string kind;
  std::vector<GroupTreeNode> children;
};

/// The reporting structure of active groups: the groups that report to no active group at the
/// top (boards first, then by name), each with the groups reporting to it beneath. A group that
/// reports to two bodies appears under both. With `root`, that group's subtree alone.
std::vector<GroupTreeNode> group_tree(const Session& session,
                                      const std::optional<std::string>& root);

}  // namespace lpg
