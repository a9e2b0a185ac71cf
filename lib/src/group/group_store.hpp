// SPDX-License-Identifier: MIT
#pragma once
// The owner of tables grp and group_reports_to: every statement that writes them, and the
// reading of their rows into Group and GroupLink. Group commands, group removal and
// `import groups` call it. Inside the caller's transaction; nothing here audits.

#include <lpg/groups.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/ref_candidate.hpp"
#include "db/sql.hpp"

namespace lpg::group_store {

/// The group with its reporting lines; Error{NotFound} for an unknown id.
Group load(db::Connection& c, std::int64_t id);

/// For find_group: the groups with this id, with this name_key (by id), labelled by name.
refs::Candidates ref_by_id(db::Connection& c, std::int64_t id);
refs::Candidates ref_by_key(db::Connection& c, const std::string& key);
/// Up to 20,000 names, none empty: what "did you mean" chooses from.
std::vector<std::string> hint_names(db::Connection& c);
/// Every name, for shell completion.
std::vector<std::string> names(db::Connection& c);

/// The group whose name_key is `key` (not `except`): its id and name.
std::optional<std::pair<std::int64_t, std::string>> by_name_key(db::Connection& c,
                                                                const std::string& key,
                                                                std::int64_t except = 0);
bool exists(db::Connection& c, std::int64_t id);
/// The group's quorum rule ("" when it has none or there is no such group).
std::string quorum_rule(db::Connection& c, std::int64_t id);
/// The group's name when it is archived; nullopt when it is not (or there is no such group).
std::optional<std::string> archived_name(db::Connection& c, std::int64_t id);
/// The group's kind; nullopt when there is no such group.
std::optional<std::string> kind_of(db::Connection& c, std::int64_t id);
/// The largest id given out so far (0 for none).
std::int64_t max_id(db::Connection& c);

/// Ids of groups of `kind` ("" any) in `area` or below (unset: anywhere), archived ones only
/// with `archived`; by name.
std::vector<std::int64_t> ids(db::Connection& c, const std::string& kind,
                              std::optional<std::int64_t> area, bool archived);

/// Groups (id, cadence) whose cadence is `after` another group, by id.
std::vector<std::pair<std::int64_t, std::string>> after_cadences(db::Connection& c);

/// For the tree: the groups not archived, and `root`.
struct Node {
  std::int64_t id = 0;
  std::string name;
  std::string name_key;
  std::string kind;
};
std::vector<Node> nodes(db::Connection& c, std::optional<std::int64_t> root);

/// Every reporting line: (group, parent).
std::vector<std::pair<std::int64_t, std::int64_t>> lines(db::Connection& c);
/// The groups `id` reports to directly.
std::vector<std::int64_t> parents(db::Connection& c, std::int64_t id);

/// Inserts the group's own columns (name_key from name; not its lines); its id.
std::int64_t insert(db::Connection& c, const Group& g);
/// Stores name, kind, area, cadence, quorum and description of `g.id`.
void update(db::Connection& c, const Group& g);
void set_cadence(db::Connection& c, std::int64_t id, const std::optional<std::string>& cadence);
void set_archived(db::Connection& c, std::int64_t id, const std::optional<std::string>& at);
/// Deletes the group and its reporting lines, up and down.
void remove(db::Connection& c, std::int64_t id);

/// Records that `group` reports to `parent`; false when it already did.
bool add_line(db::Connection& c, std::int64_t group, std::int64_t parent);
/// False when there was no such line.
bool remove_line(db::Connection& c, std::int64_t group, std::int64_t parent);

}  // namespace lpg::group_store
