// SPDX-License-Identifier: MIT
// Removing a group: refused while anything refers to it, unless forced.
#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/naming.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "group/group_rules.hpp"
#include "group/group_store.hpp"
#include "member/member_store.hpp"

namespace lpg {

using registry::in_quotes;

namespace {

std::vector<GroupId> meeting_after(const Session& s, const Group& g) {
  std::vector<GroupId> out;
  for (const auto& [id, cadence] : group_store::after_cadences(db::connection(s.store))) {
    if (id != g.id.v && fold_key(parse_cadence(cadence).after) == fold_key(g.name)) {
      out.push_back({id});
    }
  }
  return out;
}

std::string history(const RemovedGroup& r) {
  std::vector<std::string> parts;
  auto add = [&](std::int64_t n, const char* one, const char* many) {
    if (n > 0) parts.push_back(fmt::format("{} {}", n, n == 1 ? one : many));
  };
  add(r.memberships, "membership", "memberships");
  add(r.reported_by, "group reporting to it", "groups reporting to it");
  add(r.cadences, "group meeting after it", "groups meeting after it");
  std::string out = parts.empty() ? "" : parts[0];
  for (std::size_t i = 1; i < parts.size(); ++i) {
    out += (i + 1 == parts.size() ? " and " : ", ") + parts[i];
  }
  return out;
}

// Takes away everything that refers to the group, auditing each row that changes.
void clear_history(const Session& s, const Group& g, const std::vector<GroupId>& after) {
  auto& c = db::connection(s.store);
  for (std::int64_t id : member_store::ids_of_group(c, g.id.v)) {
    db::audit(s, "remove", "membership", id, "removed with group " + in_quotes(g.name));
  }
  member_store::remove_of_group(c, g.id.v);
  for (GroupId id : after) {
    group_store::set_cadence(c, id.v, std::nullopt);
    db::audit(s, "edit", "grp", id.v,
              fmt::format("cadence cleared: group {} was removed", in_quotes(g.name)));
  }
}

}  // namespace

RemovedGroup remove_group(const Session& s, std::string_view ref, bool force) {
  db::WriteTx tx(s.store);
  RemovedGroup r;
  r.group = registry::load_group(s, find_group(s, ref));
  const Group& g = r.group;
  r.memberships =
      static_cast<std::int64_t>(member_store::ids_of_group(db::connection(s.store), g.id.v).size());
  r.reported_by = static_cast<std::int64_t>(g.reported_by.size());
  r.reports_to = static_cast<std::int64_t>(g.reports_to.size());
  std::vector<GroupId> after = meeting_after(s, g);
  r.cadences = static_cast<std::int64_t>(after.size());
  std::string what = history(r);
  if (!what.empty() && !force) {
    throw Error(ErrorKind::Conflict,
                fmt::format("group {} has history: {}", in_quotes(g.name), what),
                fmt::format("archive it to keep its history (lpg group archive {}), or give "
                            "--force to remove it with all of these",
                            shell_quote(g.name, true)));
  }
  clear_history(s, g, after);
  group_store::remove(db::connection(s.store), g.id.v);
  std::string detail = "removed group " + in_quotes(g.name);
  if (!what.empty()) detail += " with " + what;
  db::audit(s, "remove", "grp", g.id.v, detail);
  tx.commit();
  return r;
}

}  // namespace lpg
