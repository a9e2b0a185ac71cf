// SPDX-License-Identifier: MIT
#include "group/group_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "area/area_scope.hpp"

namespace lpg::group_store {

namespace {

std::vector<GroupLink> links(db::Connection& c, std::int64_t id, bool upward) {
  db::Statement q(c, upward ? "SELECT g.id, g.name, g.kind FROM group_reports_to r JOIN grp g "
                              "ON g.id = r.parent_id WHERE r.group_id = ? ORDER BY g.name_key"
                            : "SELECT g.id, g.name, g.kind FROM group_reports_to r JOIN grp g "
                              "ON g.id = r.group_id WHERE r.parent_id = ? ORDER BY g.name_key");
  q.bind(1, id);
  std::vector<GroupLink> out;
  while (q.step()) out.push_back({{q.column(0).int64()}, q.column(1).text(), q.column(2).text()});
  return out;
}

std::optional<std::int64_t> area_of(const Group& g) {
  if (g.area_id) return g.area_id->v;
  return std::nullopt;
}

std::int64_t exec(db::Connection& c, const char* sql, std::int64_t id) {
  db::Statement q(c, sql);
  q.bind(1, id);
  return q.exec();
}

}  // namespace

Group load(db::Connection& c, std::int64_t id) {
  db::Statement q(c,
                  "SELECT g.id, g.name, g.kind, g.area_id, a.name, g.cadence, g.quorum, "
                  "g.description, g.archived_at, g.created_at FROM grp g "
                  "LEFT JOIN area a ON a.id = g.area_id WHERE g.id = ?");
  q.bind(1, id);
  if (!q.step()) throw Error(ErrorKind::NotFound, fmt::format("group #{} not found", id));
  Group g;
  g.id = {q.column(0).int64()};
  g.name = q.column(1).text();
  g.kind = q.column(2).text();
  if (auto area = q.column(3).opt_int64()) g.area_id = AreaId{*area};
  g.area_name = q.column(4).opt_text();
  g.cadence = q.column(5).opt_text();
  g.quorum = q.column(6).opt_text();
  g.description = q.column(7).text();
  g.archived_at = q.column(8).opt_text();
  g.created_at = q.column(9).text();
  g.reports_to = links(c, g.id.v, true);
  g.reported_by = links(c, g.id.v, false);
  return g;
}

std::optional<std::pair<std::int64_t, std::string>> by_name_key(db::Connection& c,
                                                                const std::string& key,
                                                                std::int64_t except) {
  db::Statement q(c, "SELECT id, name FROM grp WHERE name_key = ? AND id <> ?");
  q.bind(1, key);
  q.bind(2, except);
  if (!q.step()) return std::nullopt;
  return std::make_pair(q.column(0).int64(), q.column(1).text());
}

bool exists(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "SELECT 1 FROM grp WHERE id = ?");
  q.bind(1, id);
  return q.step();
}

std::string quorum_rule(db::Connection& c, std::int64_t id) {
  db::Statement rule(c, "SELECT coalesce(quorum, '') FROM grp WHERE id = ?");
  rule.bind(1, id);
  return rule.step() ? rule.column(0).text() : "";
}

std::optional<std::string> archived_name(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "SELECT name, archived_at FROM grp WHERE id = ?");
  q.bind(1, id);
  if (q.step() && !q.column(1).is_null()) return q.column(0).text();
  return std::nullopt;
}

std::optional<std::string> kind_of(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "SELECT kind FROM grp WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return q.column(0).text();
}

std::int64_t max_id(db::Connection& c) {
  return db::query_int64(c, "SELECT coalesce(max(id), 0) FROM grp");
}

std::vector<std::int64_t> ids(db::Connection& c, const std::string& kind,
                              std::optional<std::int64_t> area, bool archived) {
  db::Statement q(c,
                  "SELECT id FROM grp WHERE (?1 = '' OR kind = ?1) AND "
                  "(CAST(?2 AS BIGINT) IS NULL OR area_id IN " +
                      registry::within_area_sql("CAST(?2 AS BIGINT)") +
                      ") AND (?3 = 1 OR archived_at IS NULL) ORDER BY name_key, id");
  q.bind(1, kind);
  q.bind(2, area);
  q.bind(3, archived ? 1 : 0);
  std::vector<std::int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

std::vector<std::pair<std::int64_t, std::string>> after_cadences(db::Connection& c) {
  db::Statement q(c, "SELECT id, cadence FROM grp WHERE cadence LIKE 'after %' ORDER BY id");
  std::vector<std::pair<std::int64_t, std::string>> out;
  while (q.step()) out.emplace_back(q.column(0).int64(), q.column(1).text());
  return out;
}

std::vector<Node> nodes(db::Connection& c, std::optional<std::int64_t> root) {
  db::Statement q(c,
                  "SELECT id, name, name_key, kind FROM grp WHERE archived_at IS NULL OR id = ?");
  q.bind(1, root.value_or(0));
  std::vector<Node> out;
  while (q.step()) {
    out.push_back(
        {q.column(0).int64(), q.column(1).text(), q.column(2).text(), q.column(3).text()});
  }
  return out;
}

std::vector<std::pair<std::int64_t, std::int64_t>> lines(db::Connection& c) {
  db::Statement q(c, "SELECT group_id, parent_id FROM group_reports_to");
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  while (q.step()) out.emplace_back(q.column(0).int64(), q.column(1).int64());
  return out;
}

std::vector<std::int64_t> parents(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "SELECT parent_id FROM group_reports_to WHERE group_id = ?");
  q.bind(1, id);
  std::vector<std::int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

std::int64_t insert(db::Connection& c, const Group& g) {
  db::Statement q(c,
                  "INSERT INTO grp (name, name_key, kind, area_id, cadence, quorum, "
                  "description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  q.bind(1, g.name);
  q.bind(2, fold_key(g.name));
  q.bind(3, g.kind);
  q.bind(4, area_of(g));
  q.bind(5, g.cadence);
  q.bind(6, g.quorum);
  q.bind(7, g.description);
  q.bind(8, g.created_at);
  return q.exec_id();
}

void update(db::Connection& c, const Group& g) {
  db::Statement q(c,
                  "UPDATE grp SET name = ?, name_key = ?, kind = ?, area_id = ?, "
                  "cadence = ?, quorum = ?, description = ? WHERE id = ?");
  q.bind(1, g.name);
  q.bind(2, fold_key(g.name));
  q.bind(3, g.kind);
  q.bind(4, area_of(g));
  q.bind(5, g.cadence);
  q.bind(6, g.quorum);
  q.bind(7, g.description);
  q.bind(8, g.id.v);
  q.exec();
}

void set_cadence(db::Connection& c, std::int64_t id, const std::optional<std::string>& cadence) {
  db::Statement q(c, "UPDATE grp SET cadence = ? WHERE id = ?");
  q.bind(1, cadence);
  q.bind(2, id);
  q.exec();
}

void set_archived(db::Connection& c, std::int64_t id, const std::optional<std::string>& at) {
  db::Statement q(c, "UPDATE grp SET archived_at = ? WHERE id = ?");
  q.bind(1, at);
  q.bind(2, id);
  q.exec();
}

void remove(db::Connection& c, std::int64_t id) {
  exec(c, "DELETE FROM group_reports_to WHERE group_id = ?1 OR parent_id = ?1", id);
  exec(c, "DELETE FROM grp WHERE id = ?", id);
}

bool add_line(db::Connection& c, std::int64_t group, std::int64_t parent) {
  db::Statement q(c,
                  "INSERT INTO group_reports_to (group_id, parent_id) VALUES (?, ?) "
                  "ON CONFLICT DO NOTHING");
  q.bind(1, group);
  q.bind(2, parent);
  return q.exec() > 0;
}

bool remove_line(db::Connection& c, std::int64_t group, std::int64_t parent) {
  db::Statement q(c, "DELETE FROM group_reports_to WHERE group_id = ? AND parent_id = ?");
  q.bind(1, group);
  q.bind(2, parent);
  return q.exec() > 0;
}

namespace {

constexpr const char* kRefSelect = "SELECT id, name FROM grp ";

template <class T>
refs::Candidates ref_rows(db::Connection& c, const char* where, const T& value) {
  return refs::query_candidates(c, std::string(kRefSelect) + where, value);
}

}  // namespace

refs::Candidates ref_by_id(db::Connection& c, std::int64_t id) {
  return ref_rows(c, "WHERE id = ?", id);
}

refs::Candidates ref_by_key(db::Connection& c, const std::string& key) {
  return ref_rows(c, "WHERE name_key = ? ORDER BY id", key);
}

std::vector<std::string> hint_names(db::Connection& c) {
  return db::query_texts(c, "SELECT name FROM grp WHERE name <> '' LIMIT 20000");
}

std::vector<std::string> names(db::Connection& c) {
  return db::query_texts(c, "SELECT name FROM grp");
}

}  // namespace lpg::group_store
