// SPDX-License-Identifier: MIT
#include "registry/group_rules.hpp"

#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <map>

#include "db/store_impl.hpp"
#include "registry/naming.hpp"

namespace lpg {

std::vector<std::string> group_kinds(const Config& config) {
  std::vector<std::string> kinds = {"partnership", "hub",          "board",
                                    "chairs",      "safeguarding", "subgroup"};
  for (const auto& extra : config.extra_group_kinds) {
    std::string kind = ascii_lower(trim(extra));
    if (!kind.empty() && std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      kinds.push_back(kind);
    }
  }
  return kinds;
}

std::string parse_quorum(std::string_view text) {
  std::string t = trim(text);
  auto bad = [&]() -> Error {
    return Error(ErrorKind::Invalid, fmt::format("quorum \"{}\" is not understood", text),
                 "give a number of members (5) or a fraction of the current core members (1/2)");
  };
  auto number = [&](std::string_view digits) {
    std::string d = trim(digits);
    if (d.empty() || d.size() > 4 || d.find_first_not_of("0123456789") != std::string::npos) {
      throw bad();
    }
    int n = std::stoi(d);
    if (n < 1) throw bad();
    return n;
  };
  std::size_t slash = t.find('/');
  if (slash == std::string::npos) return std::to_string(number(t));
  int top = number(std::string_view(t).substr(0, slash));
  int bottom = number(std::string_view(t).substr(slash + 1));
  if (top > bottom) {
    throw Error(ErrorKind::Invalid, fmt::format("quorum \"{}\" is more than all the members", text),
                "a fraction quorum is at most 1/1 (every core member)");
  }
  return fmt::format("{}/{}", top, bottom);
}

namespace registry {

using registry::in_quotes;

namespace {

std::vector<GroupLink> links(const Session& s, GroupId id, bool upward) {
  SQLite::Statement q(db::conn(s.store),
                      upward ? "SELECT g.id, g.name, g.kind FROM group_reports_to r JOIN grp g "
                               "ON g.id = r.parent_id WHERE r.group_id = ? ORDER BY g.name_key"
                             : "SELECT g.id, g.name, g.kind FROM group_reports_to r JOIN grp g "
                               "ON g.id = r.group_id WHERE r.parent_id = ? ORDER BY g.name_key");
  q.bind(1, id.v);
  std::vector<GroupLink> out;
  while (q.executeStep()) {
    out.push_back(
        {{q.getColumn(0).getInt64()}, q.getColumn(1).getString(), q.getColumn(2).getString()});
  }
  return out;
}

}  // namespace

Group load_group(const Session& s, GroupId id) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT g.id, g.name, g.kind, g.area_id, a.name, g.cadence, g.quorum, "
                      "g.description, g.archived_at, g.created_at FROM grp g "
                      "LEFT JOIN area a ON a.id = g.area_id WHERE g.id = ?");
  q.bind(1, id.v);
  if (!q.executeStep()) throw Error(ErrorKind::NotFound, fmt::format("group #{} not found", id.v));
  Group g;
  g.id = {q.getColumn(0).getInt64()};
  g.name = q.getColumn(1).getString();
  g.kind = q.getColumn(2).getString();
  if (auto area = opt_int(q.getColumn(3))) g.area_id = AreaId{*area};
  g.area_name = opt_text(q.getColumn(4));
  g.cadence = opt_text(q.getColumn(5));
  g.quorum = opt_text(q.getColumn(6));
  g.description = q.getColumn(7).getString();
  g.archived_at = opt_text(q.getColumn(8));
  g.created_at = q.getColumn(9).getString();
  g.reports_to = links(s, g.id, true);
  g.reported_by = links(s, g.id, false);
  return g;
}

void check_group_name_free(const Session& s, const std::string& name, std::int64_t except) {
  SQLite::Statement q(db::conn(s.store), "SELECT id, name FROM grp WHERE name_key = ? AND id <> ?");
  q.bind(1, fold_key(name));
  q.bind(2, except);
  if (q.executeStep()) {
    throw Error(ErrorKind::Conflict,
                fmt::format("a group named {} already exists: {} (#{})", in_quotes(name),
                            in_quotes(q.getColumn(1).getString()), q.getColumn(0).getInt64()),
                "group names must differ by more than upper and lower case");
  }
}

std::string checked_kind(const Config& config, std::string_view kind) {
  std::vector<std::string> kinds = group_kinds(config);
  std::string wanted = ascii_lower(trim(kind));
  for (const auto& k : kinds) {
    if (k == wanted) return k;
  }
  throw Error(ErrorKind::Invalid, fmt::format("group kind \"{}\" is not known", kind),
              fmt::format("choose one of: {} (more with groups.extra_kinds in the configuration)",
                          joined(kinds)));
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
    SQLite::Statement q(db::conn(s.store), "SELECT id FROM grp WHERE name_key = ?");
    q.bind(1, fold_key(next.after));
    if (!q.executeStep()) break;
    g = load_group(s, {q.getColumn(0).getInt64()});
  }
  return to_string(c);
}

namespace {

// A path from `from` up its reporting lines to `to`, both included; empty when none.
std::vector<GroupId> path_up(const Session& s, GroupId from, GroupId to) {
  std::map<std::int64_t, std::int64_t> came_from{{from.v, 0}};
  std::vector<std::int64_t> stack{from.v};
  SQLite::Statement q(db::conn(s.store),
                      "SELECT parent_id FROM group_reports_to WHERE group_id = ?");
  while (!stack.empty()) {
    std::int64_t at = stack.back();
    stack.pop_back();
    if (at == to.v) {
      std::vector<GroupId> path;
      for (std::int64_t n = at; n != 0; n = came_from[n]) path.insert(path.begin(), GroupId{n});
      return path;
    }
    q.reset();
    q.bind(1, at);
    while (q.executeStep()) {
      std::int64_t parent = q.getColumn(0).getInt64();
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
  SQLite::Statement insert(db::conn(s.store),
                           "INSERT OR IGNORE INTO group_reports_to (group_id, parent_id) "
                           "VALUES (?, ?)");
  insert.bind(1, group.v);
  insert.bind(2, parent.v);
  return insert.exec() > 0;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

}  // namespace registry
}  // namespace lpg
