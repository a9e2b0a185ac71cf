// SPDX-License-Identifier: MIT
// The reporting structure as a tree, for `lpg group tree`.
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "db/store_impl.hpp"
#include "group/group_store.hpp"

namespace lpg {

namespace {

struct Node {
  std::string name;
  std::string name_key;
  std::string kind;
};

struct Graph {
  std::map<std::int64_t, Node> groups;                         // active groups (and the root)
  std::map<std::int64_t, std::vector<std::int64_t>> children;  // parent -> reporting groups
  std::set<std::int64_t> has_parent;
};

Graph read_graph(const Session& s, std::optional<std::int64_t> root) {
  Graph g;
  auto& c = db::connection(s.store);
  for (auto& n : group_store::nodes(c, root)) g.groups[n.id] = {n.name, n.name_key, n.kind};
  for (const auto& [child, parent] : group_store::lines(c)) {
    if (!g.groups.contains(child) || !g.groups.contains(parent)) continue;
    g.children[parent].push_back(child);
    g.has_parent.insert(child);
  }
  auto by_name = [&](std::int64_t a, std::int64_t b) {
    return std::tie(g.groups[a].name_key, a) < std::tie(g.groups[b].name_key, b);
  };
  for (auto& [parent, list] : g.children) std::sort(list.begin(), list.end(), by_name);
  return g;
}

// `path` holds the groups above this one, so a cycle stored behind lpg's back cannot recurse
// for ever.
GroupTreeNode build(const Graph& g, std::int64_t id, std::set<std::int64_t>& path) {
  const Node& n = g.groups.at(id);
  GroupTreeNode node{{id}, n.name, n.kind, {}};
  path.insert(id);
  if (auto it = g.children.find(id); it != g.children.end()) {
    for (std::int64_t child : it->second) {
      if (!path.contains(child)) node.children.push_back(build(g, child, path));
    }
  }
  path.erase(id);
  return node;
}

}  // namespace

std::vector<GroupTreeNode> group_tree(const Session& s, const std::optional<std::string>& root) {
  db::ReadTx tx(s.store);
  std::optional<std::int64_t> root_id;
  if (root) root_id = find_group(s, *root).v;
  Graph g = read_graph(s, root_id);
  std::vector<std::int64_t> tops;
  if (root_id) {
    tops.push_back(*root_id);
  } else {
    for (const auto& [id, node] : g.groups) {
      if (!g.has_parent.contains(id)) tops.push_back(id);
    }
    std::sort(tops.begin(), tops.end(), [&](std::int64_t a, std::int64_t b) {
      const Node& x = g.groups.at(a);
      const Node& y = g.groups.at(b);
      return std::make_tuple(x.kind != "board", x.name_key, a) <
             std::make_tuple(y.kind != "board", y.name_key, b);
    });
  }
  std::vector<GroupTreeNode> out;
  std::set<std::int64_t> path;
  for (std::int64_t id : tops) out.push_back(build(g, id, path));
  return out;
}

}  // namespace lpg
