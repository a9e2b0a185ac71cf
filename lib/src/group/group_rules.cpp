// SPDX-License-Identifier: MIT
#include "group/group_rules.hpp"

#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <map>

#include "core/naming.hpp"
#include "db/store_impl.hpp"
#include "group/group_store.hpp"

namespace lpg {

namespace registry {

using registry::in_quotes;

Group load_group(const Session& s, GroupId id) {
  return group_store::load(db::connection(s.store), id.v);
}

void check_group_name_free(const Session& s, const std::string& name, std::int64_t except) {
  if (auto other = group_store::by_name_key(db::connection(s.store), fold_key(name), except)) {
    throw Error(ErrorKind::Conflict,
                fmt::format("a group named {} already exists: {} (#{})", in_quotes(name),
                            in_quotes(other->second), other->first),
                "group names must differ by more than upper and lower case");
  }
}

std::string checked_cadence(const Session& s, std::string_view text, std::optional<GroupId> self) {
  Cadence c = parse_cadence(text);
  if (c.kind != CadenceKind::After) return to_string(c);
  GroupId other = find_group(s, c.after);
  Group g = load_group(s, other);
  c.after = g.name;
  std::string path = self ? in_quotes(load_group(s, *self).name) : std::string();
  // Follow the chain of `after` groups: it must never come back to this group.
  for (int depth = 0; self && depth < 10000; ++depth) {
    path += " after " + in_quotes(g.name);
    if (g.id.v == self->v) {
      throw Error(ErrorKind::Invalid,
                  fmt::format("meetings would wait on each other in a circle: {}", path),
                  "a group cannot meet after itself, directly or through other groups");
    }
    if (!g.cadence || !g.cadence->starts_with("after ")) break;
    Cadence next = parse_cadence(*g.cadence);
    auto found = group_store::by_name_key(db::connection(s.store), fold_key(next.after));
    if (!found) break;
    g = load_group(s, {found->first});
  }
  return to_string(c);
}

namespace {

// A path from `from` up its reporting lines to `to`, both included; empty when none.
std::vector<GroupId> path_up(const Session& s, GroupId from, GroupId to) {
  std::map<std::int64_t, std::int64_t> came_from{{from.v, 0}};
  std::vector<std::int64_t> stack{from.v};
  while (!stack.empty()) {
    std::int64_t at = stack.back();
    stack.pop_back();
    if (at == to.v) {
      std::vector<GroupId> path;
      for (std::int64_t n = at; n != 0; n = came_from[n]) path.insert(path.begin(), GroupId{n});
      return path;
    }
    for (std::int64_t parent : group_store::parents(db::connection(s.store), at)) {
      if (came_from.emplace(parent, at).second) stack.push_back(parent);
    }
  }
  return {};
}

}  // namespace

bool add_reporting_line(const Session& s, GroupId group, GroupId parent) {
  std::vector<GroupId> path = path_up(s, parent, group);
  if (!path.empty()) {
    std::string names = in_quotes(load_group(s, group).name);
    for (GroupId id : path) names += " -> " + in_quotes(load_group(s, id).name);
    throw Error(ErrorKind::Invalid, fmt::format("reporting would go round in a circle: {}", names),
                "a group cannot report to itself, directly or through the groups above it");
  }
  return group_store::add_line(db::connection(s.store), group.v, parent.v);
}

}  // namespace registry
}  // namespace lpg
