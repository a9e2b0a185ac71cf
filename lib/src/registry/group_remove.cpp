// SPDX-License-Identifier: MIT
// Removing a group: refused while anything refers to it, unless forced.
#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "member/member_store.hpp"
#include "registry/group_rules.hpp"
#include "registry/naming.hpp"

namespace lpg {

using registry::in_quotes;

namespace {

std::int64_t count(const Session& s, const char* sql, GroupId id) {
  SQLite::Statement q(db::conn(s.store), sql);
  q.bind(1, id.v);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::vector<GroupId> meeting_after(const Session& s, const Group& g) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id, cadence FROM grp WHERE cadence LIKE 'after %' AND id <> ?");
  q.bind(1, g.id.v);
  std::vector<GroupId> out;
  while (q.executeStep()) {
    if (fold_key(parse_cadence(q.getColumn(1).getString()).after) == fold_key(g.name)) {
      out.push_back({q.getColumn(0).getInt64()});
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

void exec(const Session& s, const char* sql, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store), sql);
  q.bind(1, id);
  q.exec();
}

// Takes away everything that refers to the group, auditing each row that changes.
void clear_history(const Session& s, const Group& g, const std::vector<GroupId>& after) {
  auto& c = db::connection(s.store);
  for (std::int64_t id : member_store::ids_of_group(c, g.id.v)) {
    db::audit(s, "remove", "membership", id, "removed with group " + in_quotes(g.name));
  }
  member_store::remove_of_group(c, g.id.v);
  exec(s, "DELETE FROM group_reports_to WHERE group_id = ?1 OR parent_id = ?1", g.id.v);
  for (GroupId id : after) {
    exec(s, "UPDATE grp SET cadence = NULL WHERE id = ?", id.v);
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
  r.memberships = count(s, "SELECT count(*) FROM membership WHERE group_id = ?", g.id);
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
  exec(s, "DELETE FROM grp WHERE id = ?", g.id.v);
  std::string detail = "removed group " + in_quotes(g.name);
  if (!what.empty()) detail += " with " + what;
  db::audit(s, "remove", "grp", g.id.v, detail);
  tx.commit();
  return r;
}

}  // namespace lpg
