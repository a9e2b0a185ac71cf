// SPDX-License-Identifier: MIT
// Adding, listing and showing groups. Edits, archiving and removal are in group_edit.cpp.
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>

#include <fmt/format.h>

#include "core/naming.hpp"
#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "group/group_rules.hpp"
#include "group/group_store.hpp"

namespace lpg {

using registry::in_quotes;

namespace {

// The reports-to references resolved, without repeats. A reference to the group being added
// is a cycle of one, said so before "not found" could mislead.
std::vector<GroupId> resolve_parents(const Session& s, const std::string& name,
                                     const std::vector<std::string>& refs) {
  std::vector<GroupId> out;
  for (const auto& ref : refs) {
    if (fold_key(ref) == fold_key(name)) {
      throw Error(ErrorKind::Invalid,
                  fmt::format("reporting would go round in a circle: {} -> {}", in_quotes(name),
                              in_quotes(name)),
                  "a group cannot report to itself, directly or through the groups above it");
    }
    GroupId id = find_group(s, ref);
    bool seen = false;
    for (GroupId o : out) seen = seen || o.v == id.v;
    if (!seen) out.push_back(id);
  }
  return out;
}

std::string add_detail(const Group& g) {
  std::string d = fmt::format("added group {} kind {}", in_quotes(g.name), g.kind);
  if (g.area_name) d += " area " + in_quotes(*g.area_name);
  if (g.cadence) d += " cadence " + *g.cadence;
  if (g.quorum) d += " quorum " + *g.quorum;
  std::vector<std::string> parents;
  for (const auto& p : g.reports_to) parents.push_back(in_quotes(p.name));
  if (!parents.empty()) d += " reports to " + registry::joined(parents);
  return d;
}

}  // namespace

Group add_group(const Session& s, const NewGroup& in) {
  db::WriteTx tx(s.store);
  std::string name = registry::checked_name(in.name, "group");
  registry::check_group_name_free(s, name, 0);
  std::string kind = registry::checked_kind(s.config, in.kind);
  std::optional<AreaId> area;
  if (in.area) area = find_area(s, *in.area);
  std::optional<std::string> cadence;
  if (in.cadence) cadence = registry::checked_cadence(s, *in.cadence, std::nullopt);
  check_text(in.description, "description");
  std::optional<std::string> quorum;
  if (in.quorum) quorum = parse_quorum(*in.quorum);
  std::vector<GroupId> parents = resolve_parents(s, name, in.reports_to);
  Group row;
  row.name = name;
  row.kind = kind;
  row.area_id = area;
  row.cadence = cadence;
  row.quorum = quorum;
  row.description = in.description;
  row.created_at = s.clock.utc_stamp();
  GroupId id{group_store::insert(db::connection(s.store), row)};
  for (GroupId parent : parents) registry::add_reporting_line(s, id, parent);
  Group added = registry::load_group(s, id);
  db::audit(s, "add", "grp", id.v, add_detail(added));
  tx.commit();
  return added;
}

std::vector<Group> list_groups(const Session& s, const GroupFilter& filter) {
  db::ReadTx tx(s.store);
  std::string kind = filter.kind ? registry::checked_kind(s.config, *filter.kind) : "";
  std::optional<std::int64_t> area;
  if (filter.area) area = find_area(s, *filter.area).v;
  std::vector<Group> out;
  for (std::int64_t id : group_store::ids(db::connection(s.store), kind, area, filter.archived)) {
    out.push_back(registry::load_group(s, {id}));
  }
  return out;
}

Group show_group(const Session& s, std::string_view ref) {
  db::ReadTx tx(s.store);
  return registry::load_group(s, find_group(s, ref));
}

}  // namespace lpg
