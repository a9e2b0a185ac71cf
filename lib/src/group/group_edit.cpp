// SPDX-License-Identifier: MIT
// Changing, archiving and removing groups.
#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "area/area_store.hpp"
#include "core/naming.hpp"
#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "group/group_rules.hpp"
#include "group/group_store.hpp"

namespace lpg {

using registry::in_quotes;

namespace {

std::string or_none(const std::optional<std::string>& value) { return value.value_or("(none)"); }

struct AfterUser {
  GroupId id;
  Cadence cadence;
};

// Other groups whose cadence is `after` the group called `name`.
std::vector<AfterUser> groups_after(const Session& s, const std::string& name) {
  std::vector<AfterUser> out;
  for (const auto& [id, cadence] : group_store::after_cadences(db::connection(s.store))) {
    Cadence c = parse_cadence(cadence);
    if (fold_key(c.after) == fold_key(name)) out.push_back({{id}, c});
  }
  return out;
}

void set_cadence(const Session& s, GroupId id, const std::optional<std::string>& cadence,
                 const std::string& why) {
  group_store::set_cadence(db::connection(s.store), id.v, cadence);
  db::audit(s, "edit", "grp", id.v, why);
}

// Applies the plain fields of `e` to `g`, listing each change.
std::vector<std::string> apply_fields(const Session& s, Group& g, const GroupEdit& e) {
  const Group old = g;
  if (e.name) {
    g.name = registry::checked_name(*e.name, "group");
    registry::check_group_name_free(s, g.name, g.id.v);
  }
  if (e.kind) g.kind = registry::checked_kind(s.config, *e.kind);
  if (e.no_area) g.area_id.reset(), g.area_name.reset();
  if (e.area) {
    g.area_id = find_area(s, *e.area);
    g.area_name = area_store::load(db::connection(s.store), g.area_id->v).name;
  }
  if (e.no_cadence) g.cadence.reset();
  if (e.cadence) g.cadence = registry::checked_cadence(s, *e.cadence, g.id);
  if (e.no_quorum) g.quorum.reset();
  if (e.quorum) g.quorum = parse_quorum(*e.quorum);
  if (e.description) check_text(*e.description, "description");
  if (e.description) g.description = *e.description;
  std::vector<std::string> changes;
  if (g.name != old.name)
    changes.push_back(fmt::format("name {} -> {}", in_quotes(old.name), in_quotes(g.name)));
  if (g.kind != old.kind) changes.push_back(fmt::format("kind {} -> {}", old.kind, g.kind));
  if (g.area_name != old.area_name) {
    changes.push_back(fmt::format("area {} -> {}", or_none(old.area_name), or_none(g.area_name)));
  }
  if (g.cadence != old.cadence) {
    changes.push_back(fmt::format("cadence {} -> {}", or_none(old.cadence), or_none(g.cadence)));
  }
  if (g.quorum != old.quorum) {
    changes.push_back(fmt::format("quorum {} -> {}", or_none(old.quorum), or_none(g.quorum)));
  }
  if (g.description != old.description) changes.emplace_back("description changed");
  return changes;
}

// Removes then adds reporting lines, listing each change.
void apply_lines(const Session& s, const Group& g, const GroupEdit& e,
                 std::vector<std::string>& changes) {
  for (const auto& ref : e.remove_reports_to) {
    GroupId parent = find_group(s, ref);
    bool removed = group_store::remove_line(db::connection(s.store), g.id.v, parent.v);
    std::string parent_name = registry::load_group(s, parent).name;
    if (!removed) {
      throw Error(
          ErrorKind::Invalid,
          fmt::format("group {} does not report to {}", in_quotes(g.name), in_quotes(parent_name)),
          fmt::format("see: lpg group show {}", shell_quote(g.name, true)));
    }
    changes.push_back("stops reporting to " + in_quotes(parent_name));
  }
  for (const auto& ref : e.add_reports_to) {
    GroupId parent = find_group(s, ref);
    if (registry::add_reporting_line(s, g.id, parent)) {
      changes.push_back("reports to " + in_quotes(registry::load_group(s, parent).name));
    }
  }
}

}  // namespace

Group edit_group(const Session& s, std::string_view ref, const GroupEdit& e) {
  if ((e.area && e.no_area) || (e.cadence && e.no_cadence) || (e.quorum && e.no_quorum)) {
    throw Error(ErrorKind::Usage, "give a setting or its --no- form, not both");
  }
  db::WriteTx tx(s.store);
  Group g = registry::load_group(s, find_group(s, ref));
  const std::string old_name = g.name;
  std::vector<std::string> changes = apply_fields(s, g, e);
  group_store::update(db::connection(s.store), g);
  apply_lines(s, g, e, changes);
  if (changes.empty()) {
    throw Error(ErrorKind::Invalid,
                fmt::format("nothing to change for group {}", in_quotes(g.name)),
                fmt::format("see 'lpg group edit --help' for what can change"));
  }
  if (g.name != old_name) {
    for (auto& user : groups_after(s, old_name)) {
      if (user.id.v == g.id.v) continue;
      user.cadence.after = g.name;
      set_cadence(s, user.id, to_string(user.cadence),
                  fmt::format("cadence follows the rename of {} to {}", in_quotes(old_name),
                              in_quotes(g.name)));
    }
  }
  db::audit(s, "edit", "grp", g.id.v, registry::joined(changes, "; "));
  Group result = registry::load_group(s, g.id);
  tx.commit();
  return result;
}

namespace {

Group set_archived(const Session& s, std::string_view ref, bool archive) {
  db::WriteTx tx(s.store);
  Group g = registry::load_group(s, find_group(s, ref));
  if (archive && g.archived_at) {
    throw Error(ErrorKind::Conflict,
                fmt::format("group {} is already archived (since {})", in_quotes(g.name),
                            g.archived_at->substr(0, 10)),
                fmt::format("lpg group unarchive {} brings it back", shell_quote(g.name, true)));
  }
  if (!archive && !g.archived_at) {
    throw Error(ErrorKind::Conflict, fmt::format("group {} is not archived", in_quotes(g.name)));
  }
  std::optional<std::string> at;
  if (archive) at = s.clock.utc_stamp();
  group_store::set_archived(db::connection(s.store), g.id.v, at);
  db::audit(s, archive ? "archive" : "unarchive", "grp", g.id.v,
            (archive ? "archived group " : "unarchived group ") + in_quotes(g.name));
  Group result = registry::load_group(s, g.id);
  tx.commit();
  return result;
}

}  // namespace

Group archive_group(const Session& s, std::string_view ref) { return set_archived(s, ref, true); }
Group unarchive_group(const Session& s, std::string_view ref) {
  return set_archived(s, ref, false);
}

}  // namespace lpg
