// SPDX-License-Identifier: MIT
#include "area/area_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "area/area_scope.hpp"
#include "db/store_impl.hpp"

namespace lpg::area_store {

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.name, a.code, a.parent_id, p.name, a.created_at FROM area a "
    "LEFT JOIN area p ON p.id = a.parent_id ";

Area area_of(db::Statement& q) {
  Area a;
  a.id = {q.column(0).int64()};
  a.name = q.column(1).text();
  a.code = q.column(2).opt_text();
  if (auto parent = q.column(3).opt_int64()) a.parent_id = AreaId{*parent};
  a.parent_name = q.column(4).opt_text();
  a.created_at = q.column(5).text();
  return a;
}

std::vector<Area> all(db::Statement& q) {
  std::vector<Area> out;
  while (q.step()) out.push_back(area_of(q));
  return out;
}

std::optional<std::pair<std::int64_t, std::string>> first(db::Statement& q) {
  if (!q.step()) return std::nullopt;
  return std::make_pair(q.column(0).int64(), q.column(1).text());
}

std::optional<std::int64_t> parent_of(const Area& a) {
  if (a.parent_id) return a.parent_id->v;
  return std::nullopt;
}

}  // namespace

Area load(db::Connection& c, std::int64_t id) {
  db::Statement q(c, std::string(kSelect) + "WHERE a.id = ?");
  q.bind(1, id);
  if (!q.step()) throw Error(ErrorKind::NotFound, fmt::format("area #{} not found", id));
  return area_of(q);
}

std::vector<Area> list(db::Connection& c) {
  db::Statement q(c, std::string(kSelect) + "ORDER BY a.name_key, a.id");
  return all(q);
}

std::vector<Area> children(db::Connection& c, std::int64_t parent) {
  db::Statement q(c, std::string(kSelect) + "WHERE a.parent_id = ? ORDER BY a.name_key, a.id");
  q.bind(1, parent);
  return all(q);
}

std::optional<std::pair<std::int64_t, std::string>> by_name_key(db::Connection& c,
                                                                const std::string& key,
                                                                std::int64_t except) {
  db::Statement q(c, "SELECT id, name FROM area WHERE name_key = ? AND id <> ?");
  q.bind(1, key);
  q.bind(2, except);
  return first(q);
}

std::optional<std::pair<std::int64_t, std::string>> by_code(db::Connection& c,
                                                            const std::string& code,
                                                            std::int64_t except) {
  db::Statement q(c, "SELECT id, name FROM area WHERE code = ? COLLATE NOCASE AND id <> ?");
  q.bind(1, code);
  q.bind(2, except);
  return first(q);
}

AreaUse use_of(db::Connection& c, std::int64_t id) {
  auto count = [&](const char* sql) {
    db::Statement q(c, sql);
    q.bind(1, id);
    q.step();
    return q.column(0).int64();
  };
  return {count("SELECT count(*) FROM grp WHERE area_id = ?"),
          count("SELECT count(*) FROM organisation WHERE area_id = ?"),
          count("SELECT count(*) FROM area WHERE parent_id = ?")};
}

std::int64_t insert(db::Connection& c, const Area& a) {
  db::Statement q(c,
                  "INSERT INTO area (name, name_key, code, parent_id, created_at) "
                  "VALUES (?, ?, ?, ?, ?) RETURNING id");
  q.bind(1, a.name);
  q.bind(2, fold_key(a.name));
  q.bind(3, a.code);
  q.bind(4, parent_of(a));
  q.bind(5, a.created_at);
  return q.exec_id();
}

void update(db::Connection& c, const Area& a) {
  db::Statement q(c,
                  "UPDATE area SET name = ?, name_key = ?, code = ?, parent_id = ? WHERE id = ?");
  q.bind(1, a.name);
  q.bind(2, fold_key(a.name));
  q.bind(3, a.code);
  q.bind(4, parent_of(a));
  q.bind(5, a.id.v);
  q.exec();
}

void remove(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "DELETE FROM area WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

namespace {

constexpr const char* kRefSelect =
    "SELECT id, name || coalesce(' (' || code || ')', '') FROM area ";

template <class T>
refs::Candidates ref_rows(db::Connection& c, const char* where, const T& value) {
  return refs::query_candidates(c, std::string(kRefSelect) + where, value);
}

}  // namespace

refs::Candidates ref_by_id(db::Connection& c, std::int64_t id) {
  return ref_rows(c, "WHERE id = ?", id);
}

refs::Candidates ref_by_code(db::Connection& c, const std::string& code) {
  return ref_rows(c, "WHERE code = ? COLLATE NOCASE", code);
}

refs::Candidates ref_by_key(db::Connection& c, const std::string& key) {
  return ref_rows(c, "WHERE name_key = ? ORDER BY id", key);
}

std::vector<std::string> hint_names(db::Connection& c) {
  return db::query_texts(c, "SELECT name FROM area WHERE name <> '' LIMIT 20000");
}

std::vector<std::string> names(db::Connection& c) {
  return db::query_texts(c, "SELECT name FROM area");
}

}  // namespace lpg::area_store

// The scope rule of area/area_scope.hpp: the recursive query over this table lives with it.
namespace lpg::registry {

std::string within_area_sql(std::string_view param) {
  // UNION (not UNION ALL) stops at an area already seen, though area edit refuses cycles.
  return fmt::format(
      "(WITH RECURSIVE within_area(id) AS (SELECT {} UNION SELECT a.id FROM area a "
      "JOIN within_area w ON a.parent_id = w.id) SELECT id FROM within_area)",
      param);
}

std::set<std::int64_t> area_and_within(const Session& s, AreaId area) {
  db::Statement q(db::connection(s.store),
                  "SELECT id FROM area WHERE id IN " + within_area_sql("CAST(? AS BIGINT)"));
  q.bind(1, area.v);
  std::set<std::int64_t> out;
  while (q.step()) out.insert(q.column(0).int64());
  return out;
}

}  // namespace lpg::registry
