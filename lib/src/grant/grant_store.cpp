// SPDX-License-Identifier: MIT
// The owner of grant_award and grant_status: every row written, and read into a Grant.
#include "grant/grant_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/grants.hpp>
#include <lpg/money.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <type_traits>

#include "area/area_scope.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "grant/grant_rules.hpp"

namespace lpg {

namespace {

constexpr const char* kSelect = R"sql(
  SELECT ga.id, g.name, coalesce(a.name, ''), o.name, o.sector, ga.project, ga.amount_pence,
         ga.awarded_on, ga.priority_id, coalesce(p.text, ''), ga.status
    FROM grant_award ga JOIN grp g ON g.id = ga.group_id
    JOIN organisation o ON o.id = ga.org_id
    LEFT JOIN area a ON a.id = g.area_id
    LEFT JOIN priority p ON p.id = ga.priority_id
)sql";

// The awarding group's area: --area and the areas inside it (area/area_scope.hpp).
const std::string kFilter =
    " WHERE (CAST(?1 AS BIGINT) IS NULL OR ga.group_id = ?1)"
    " AND (CAST(?2 AS TEXT) IS NULL OR ga.status = ?2)"
    " AND (CAST(?3 AS TEXT) IS NULL OR ga.awarded_on BETWEEN ?3 AND ?4)"
    " AND (CAST(?5 AS BIGINT) IS NULL OR g.area_id IN " +
    registry::within_area_sql("?5") + ")";

Grant read_row(db::Statement& q) {
  Grant g;
  g.id = q.column(0).int64();
  g.group = q.column(1).text();
  g.area = q.column(2).text();
  g.recipient = q.column(3).text();
  g.sector = q.column(4).text();
  g.project = q.column(5).text();
  g.amount_pence = q.column(6).int64();
  g.awarded_on = q.column(7).text();
  g.priority_id = q.column(8).opt_int64();
  g.priority = q.column(9).text();
  g.status = q.column(10).text();
  return g;
}

void check_priority(const Session& s, std::int64_t priority, std::int64_t group) {
  db::Statement q(db::connection(s.store), "SELECT group_id FROM priority WHERE id = ?");
  q.bind(1, priority);
  if (!q.step()) {
    throw Error(ErrorKind::NotFound, fmt::format("priority #{} not found", priority),
                "see 'lpg priority list'");
  }
  if (q.column(0).int64() != group) {
    throw Error(ErrorKind::Invalid, fmt::format("priority #{} belongs to another group", priority),
                "see 'lpg priority list --group GROUP'");
  }
}

void add_history(const Session& s, std::int64_t id, const std::string& status, Date on) {
  db::Statement q(db::connection(s.store),
                  "INSERT INTO grant_status (grant_id, status, on_date) VALUES (?, ?, ?)");
  q.bind(1, id);
  q.bind(2, status);
  q.bind(3, format_date(on));
  q.exec();
}

void bind_filter(db::Statement& q, const GrantFilter& f, YearStart rule) {
  if (f.group) q.bind(1, f.group->v);
  if (f.status) q.bind(2, grant::checked_status(*f.status));
  if (f.year) q.bind(3, format_date(f.year->start(rule)));
  if (f.year) q.bind(4, format_date(f.year->end(rule)));
  if (f.area) q.bind(5, f.area->v);
}

}  // namespace

Grant get_grant(const Session& s, std::int64_t id) {
  db::Statement q(db::connection(s.store), std::string(kSelect) + " WHERE ga.id = ?");
  q.bind(1, id);
  if (!q.step()) {
    throw Error(ErrorKind::NotFound, fmt::format("grant #{} not found", id),
                "see 'lpg grant list'");
  }
  Grant g = read_row(q);
  db::Statement h(db::connection(s.store),
                  "SELECT status, on_date FROM grant_status WHERE grant_id = ? ORDER BY id");
  h.bind(1, id);
  while (h.step()) g.history.push_back({h.column(0).text(), h.column(1).text()});
  return g;
}

Grant add_grant(const Session& s, const GrantInput& in) {
  std::int64_t pence = parse_pence(in.amount);
  std::string status = grant::checked_status(in.status);
  std::string project = grant::checked_project(in.project);
  db::Connection& c = db::connection(s.store);
  std::int64_t id = db::with_write_tx(c, [&] {
    if (in.priority) check_priority(s, *in.priority, in.group.v);
    db::Statement q(c,
                    "INSERT INTO grant_award (group_id, org_id, project, amount_pence, "
                    "awarded_on, priority_id, status, created_at, updated_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?) RETURNING id");
    q.bind(1, in.group.v);
    q.bind(2, in.recipient.v);
    q.bind(3, project);
    q.bind(4, pence);
    q.bind(5, format_date(in.awarded));
    q.bind(6, in.priority);
    q.bind(7, status);
    q.bind(8, s.clock.utc_stamp());
    q.bind(9, s.clock.utc_stamp());
    std::int64_t added = q.exec_id();
    add_history(s, added, status, in.awarded);
    db::audit(s, "add", "grant_award", added, fmt::format("{} {}", project, format_pence(pence)));
    return added;
  });
  return get_grant(s, id);
}

std::vector<Grant> list_grants(const Session& s, const GrantFilter& f) {
  db::ReadTx tx(db::connection(s.store));
  db::Statement q(db::connection(s.store),
                  std::string(kSelect) + kFilter + " ORDER BY ga.awarded_on, ga.id");
  bind_filter(q, f, s.config.year_start);
  std::vector<Grant> out;
  while (q.step()) out.push_back(read_row(q));
  return out;
}

namespace {

// Changes the columns `ch` names, one UPDATE each; the names of those changed.
std::vector<std::string> apply_changes(const Session& s, std::int64_t id, const GrantChanges& ch) {
  db::Connection& c = db::connection(s.store);
  std::vector<std::string> changed;
  auto set = [&](const char* column, const auto& value) {
    db::Statement q(
        c, fmt::format("UPDATE grant_award SET {} = ?, updated_at = ? WHERE id = ?", column));
    q.bind(1, value);
    q.bind(2, s.clock.utc_stamp());
    q.bind(3, id);
    q.exec();
    changed.emplace_back(column);
  };
  if (ch.amount) set("amount_pence", parse_pence(*ch.amount));
  if (ch.project) set("project", grant::checked_project(*ch.project));
  if (ch.recipient) set("org_id", ch.recipient->v);
  if (ch.awarded) set("awarded_on", format_date(*ch.awarded));
  if (ch.priority && *ch.priority) {
    db::Statement g(c, "SELECT group_id FROM grant_award WHERE id = ?");
    g.bind(1, id);
    g.step();
    check_priority(s, **ch.priority, g.column(0).int64());
    set("priority_id", **ch.priority);
  } else if (ch.priority) {
    set("priority_id", nullptr);
  }
  return changed;
}

}  // namespace

Grant edit_grant(const Session& s, std::int64_t id, const GrantChanges& ch) {
  db::with_write_tx(db::connection(s.store), [&] {
    get_grant(s, id);  // Error{NotFound} before anything else
    std::vector<std::string> changed = apply_changes(s, id, ch);
    if (changed.empty()) {
      throw Error(ErrorKind::Usage, "nothing to change", "see 'lpg grant edit --help'");
    }
    db::audit(s, "edit", "grant_award", id, fmt::format("{}", fmt::join(changed, ", ")));
  });
  return get_grant(s, id);
}

Grant set_grant_status(const Session& s, std::int64_t id, const std::string& raw, Date on) {
  std::string status = grant::checked_status(raw);
  db::Connection& c = db::connection(s.store);
  db::with_write_tx(c, [&] {
    Grant g = get_grant(s, id);
    grant::check_status_change(g, status, on);
    db::Statement q(c, "UPDATE grant_award SET status = ?, updated_at = ? WHERE id = ?");
    q.bind(1, status);
    q.bind(2, s.clock.utc_stamp());
    q.bind(3, id);
    q.exec();
    add_history(s, id, status, on);
    db::audit(s, "status", "grant_award", id, fmt::format("{} -> {}", g.status, status));
  });
  return get_grant(s, id);
}

std::vector<GrantTotal> grant_totals(const Session& s, const GrantFilter& f) {
  // Sums are SQLite integer sums of whole pence: exact, no rounding anywhere.
  static const std::vector<std::pair<const char*, const char*>> groupings = {
      {"group", "g.name"},
      {"area", "coalesce(a.name, '(no area)')"},
      {"sector", "o.sector"},
      {"priority", "coalesce('#' || p.id || ' ' || p.text, '(no priority)')"},
      {"all", "'all grants'"}};
  db::ReadTx tx(db::connection(s.store));
  std::vector<GrantTotal> out;
  for (const auto& [by, expr] : groupings) {
    db::Statement q(db::connection(s.store),
                    fmt::format("SELECT {0}, count(*), sum(ga.amount_pence) FROM grant_award "
                                "ga JOIN grp g ON g.id = ga.group_id JOIN organisation o ON "
                                "o.id = ga.org_id LEFT JOIN area a ON a.id = g.area_id "
                                "LEFT JOIN priority p ON p.id = ga.priority_id {1} AND "
                                "ga.status IN ('awarded', 'paid', 'reported') GROUP BY 1 "
                                "ORDER BY 1",
                                expr, kFilter));
    bind_filter(q, f, s.config.year_start);
    while (q.step()) {
      out.push_back({by, q.column(0).text(), q.column(1).int64(), q.column(2).int64()});
    }
  }
  return out;
}

namespace grant {

std::int64_t count_for_priority(const Session& s, std::int64_t priority_id) {
  db::Statement q(db::connection(s.store),
                  "SELECT count(*) FROM grant_award WHERE priority_id = ?");
  q.bind(1, priority_id);
  q.step();
  return q.column(0).int64();
}

}  // namespace grant

}  // namespace lpg
