// SPDX-License-Identifier: MIT
// The owner of priority and priority_indicator: every row written, and read into a Priority.
#include <lpg/errors.hpp>
#include <lpg/grants.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "grant/grant_store.hpp"

namespace lpg {

namespace {

std::vector<std::string> priority_indicators(db::Connection& c, std::int64_t id) {
  db::Statement q(c,
                  "SELECT i.name FROM priority_indicator pi JOIN indicator i ON "
                  "i.id = pi.indicator_id WHERE pi.priority_id = ? ORDER BY i.name_key");
  q.bind(1, id);
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.column(0).text());
  return out;
}

// The priorities `where` picks (?1 the id or group id, ?2 the year; either may be NULL).
std::vector<Priority> query_priorities(const Session& s, const std::string& where,
                                       std::optional<std::int64_t> id,
                                       std::optional<std::string> year) {
  db::Connection& c = db::connection(s.store);
  db::Statement q(c,
                  "SELECT p.id, g.name, p.year, p.text FROM priority p JOIN grp g ON "
                  "g.id = p.group_id " +
                      where + " ORDER BY g.name_key, p.year_start, p.id");
  q.bind(1, id);
  if (where.find("?2") != std::string::npos) q.bind(2, year);
  std::vector<Priority> out;
  while (q.step()) {
    out.push_back(
        {q.column(0).int64(), q.column(1).text(), q.column(2).text(), q.column(3).text(), {}});
  }
  for (auto& p : out) p.indicators = priority_indicators(c, p.id);
  return out;
}

Priority priority_by_id(const Session& s, std::int64_t id) {
  auto found = query_priorities(s, "WHERE p.id = ?1", id, std::nullopt);
  if (found.empty()) {
    throw Error(ErrorKind::NotFound, fmt::format("priority #{} not found", id),
                "see 'lpg priority list'");
  }
  return found.front();
}

}  // namespace

Priority add_priority(const Session& s, GroupId group, std::string_view year,
                      const std::string& text, const std::vector<std::int64_t>& indicators) {
  Period y = parse_year(year);
  std::string t = trim(text);
  if (t.empty()) throw Error(ErrorKind::Invalid, "the priority's text must not be empty");
  check_line(t, "priority text");
  db::Connection& c = db::connection(s.store);
  std::int64_t id = db::with_write_tx(c, [&] {
    db::Statement q(c,
                    "INSERT INTO priority (group_id, year, year_start, text, created_at) "
                    "VALUES (?, ?, ?, ?, ?) RETURNING id");
    q.bind(1, group.v);
    q.bind(2, y.to_string());
    q.bind(3, format_date(y.start(s.config.year_start)));
    q.bind(4, t);
    q.bind(5, s.clock.utc_stamp());
    std::int64_t added = q.exec_id();
    db::Statement link(c,
                       "INSERT INTO priority_indicator (priority_id, indicator_id) VALUES (?, ?) "
                       "ON CONFLICT DO NOTHING");
    for (std::int64_t indicator : indicators) {
      link.bind(1, added);
      link.bind(2, indicator);
      link.exec();
    }
    db::audit(s, "add", "priority", added, fmt::format("{}: {}", y.to_string(), t));
    return added;
  });
  return priority_by_id(s, id);
}

std::vector<Priority> list_priorities(const Session& s, std::optional<GroupId> group,
                                      std::optional<Period> year) {
  db::ReadTx tx(db::connection(s.store));
  std::optional<std::int64_t> g;
  if (group) g = group->v;
  std::optional<std::string> y;
  if (year) y = year->to_string();
  return query_priorities(s,
                          "WHERE (CAST(?1 AS BIGINT) IS NULL OR p.group_id = ?1) "
                          "AND (CAST(?2 AS TEXT) IS NULL OR p.year = ?2)",
                          g, y);
}

Priority remove_priority(const Session& s, std::int64_t id) {
  db::Connection& c = db::connection(s.store);
  return db::with_write_tx(c, [&] {
    Priority p = priority_by_id(s, id);
    if (auto n = grant::count_for_priority(s, id); n > 0) {
      throw Error(ErrorKind::Conflict,
                  fmt::format("priority #{} has {} grant{} linked to it", id, n, n == 1 ? "" : "s"),
                  "unlink them first with 'lpg grant edit ID --no-priority'");
    }
    db::Statement del(c, "DELETE FROM priority WHERE id = ?");
    del.bind(1, id);
    del.exec();
    db::audit(s, "remove", "priority", id, fmt::format("{}: {}", p.year, p.text));
    return p;
  });
}

}  // namespace lpg
