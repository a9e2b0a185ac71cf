// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/grants.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"

namespace lpg {

Period parse_year(std::string_view text) {
  Period p = Period::parse(text);
  if (p.kind != PeriodKind::AcademicYear && p.kind != PeriodKind::FinancialYear) {
    throw Error(ErrorKind::Invalid,
                fmt::format("\"{}\" is a {}, not a year", text, to_string(p.kind)),
                "years are academic (2026/27, September to August) or financial (FY2026/27, "
                "April to March)");
  }
  return p;
}

namespace {

std::vector<std::string> priority_indicators(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT i.name FROM priority_indicator pi JOIN indicator i ON "
                      "i.id = pi.indicator_id WHERE pi.priority_id = ? ORDER BY i.name_key");
  q.bind(1, static_cast<int64_t>(id));
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

std::vector<Priority> query_priorities(const Session& s, const std::string& where,
                                       std::optional<std::int64_t> a, std::optional<std::int64_t> b,
                                       std::optional<std::string> c) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT p.id, g.name, p.year, p.text FROM priority p JOIN grp g ON "
                      "g.id = p.group_id " +
                          where + " ORDER BY g.name_key, p.year_start, p.id");
  if (a) q.bind(1, static_cast<int64_t>(*a));
  if (b) q.bind(2, static_cast<int64_t>(*b));
  if (c) q.bind(3, *c);
  std::vector<Priority> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(),
                   q.getColumn(1).getString(),
                   q.getColumn(2).getString(),
                   q.getColumn(3).getString(),
                   {}});
  }
  for (auto& p : out) p.indicators = priority_indicators(s, p.id);
  return out;
}

Priority priority_by_id(const Session& s, std::int64_t id) {
  auto found = query_priorities(s, "WHERE p.id = ?1", id, std::nullopt, std::nullopt);
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
  db::WriteTx tx(s.store);
  SQLite::Statement q(db::conn(s.store),
                      "INSERT INTO priority (group_id, year, year_start, text, created_at) "
                      "VALUES (?, ?, ?, ?, ?)");
  q.bind(1, static_cast<int64_t>(group.v));
  q.bind(2, y.to_string());
  q.bind(3, format_date(y.start(s.config.year_start)));
  q.bind(4, t);
  q.bind(5, s.clock.utc_stamp());
  q.exec();
  std::int64_t id = db::last_id(s.store);
  for (std::int64_t indicator : indicators) {
    SQLite::Statement link(db::conn(s.store),
                           "INSERT OR IGNORE INTO priority_indicator VALUES (?, ?)");
    link.bind(1, static_cast<int64_t>(id));
    link.bind(2, static_cast<int64_t>(indicator));
    link.exec();
  }
  db::audit(s, "add", "priority", id, fmt::format("{}: {}", y.to_string(), t));
  tx.commit();
  return priority_by_id(s, id);
}

std::vector<Priority> list_priorities(const Session& s, std::optional<GroupId> group,
                                      std::optional<Period> year) {
  db::ReadTx tx(s.store);
  std::optional<std::int64_t> g;
  if (group) g = group->v;
  std::optional<std::string> y;
  if (year) y = year->to_string();
  return query_priorities(s,
                          "WHERE (?1 IS NULL OR p.group_id = ?1) AND (?3 IS NULL OR p.year = ?3)",
                          g, std::nullopt, y);
}

Priority remove_priority(const Session& s, std::int64_t id) {
  db::WriteTx tx(s.store);
  Priority p = priority_by_id(s, id);
  SQLite::Statement grants(db::conn(s.store),
                           "SELECT count(*) FROM grant_award WHERE priority_id = ?");
  grants.bind(1, static_cast<int64_t>(id));
  grants.executeStep();
  if (auto n = grants.getColumn(0).getInt64(); n > 0) {
    throw Error(ErrorKind::Conflict,
                fmt::format("priority #{} has {} grant{} linked to it", id, n, n == 1 ? "" : "s"),
                "unlink them first with 'lpg grant edit ID --no-priority'");
  }
  SQLite::Statement del(db::conn(s.store), "DELETE FROM priority WHERE id = ?");
  del.bind(1, static_cast<int64_t>(id));
  del.exec();
  db::audit(s, "remove", "priority", id, fmt::format("{}: {}", p.year, p.text));
  tx.commit();
  return p;
}

}  // namespace lpg
