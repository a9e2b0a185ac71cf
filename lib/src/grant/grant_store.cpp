// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/grants.hpp>
#include <lpg/money.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <type_traits>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "registry/area_scope.hpp"

namespace lpg {

const std::vector<std::string>& grant_statuses() {
  static const std::vector<std::string> all = {"applied", "awarded", "paid", "reported",
                                               "withdrawn"};
  return all;
}

namespace {

constexpr const char* kSelect = R"sql(
  SELECT ga.id, g.name, coalesce(a.name, ''), o.name, o.sector, ga.project, ga.amount_pence,
         ga.awarded_on, ga.priority_id, coalesce(p.text, ''), ga.status
    FROM grant_award ga JOIN grp g ON g.id = ga.group_id
    JOIN organisation o ON o.id = ga.org_id
    LEFT JOIN area a ON a.id = g.area_id
    LEFT JOIN priority p ON p.id = ga.priority_id
)sql";

// The awarding group's area: --area and the areas inside it (registry/area_scope.hpp).
const std::string kFilter =
    " WHERE (?1 IS NULL OR ga.group_id = ?1) AND (?2 IS NULL OR ga.status = ?2)"
    " AND (?3 IS NULL OR ga.awarded_on BETWEEN ?3 AND ?4)"
    " AND (?5 IS NULL OR g.area_id IN " +
    registry::within_area_sql("?5") + ")";

Grant read_row(SQLite::Statement& q) {
  Grant g;
  g.id = q.getColumn(0).getInt64();
  g.group = q.getColumn(1).getString();
  g.area = q.getColumn(2).getString();
  g.recipient = q.getColumn(3).getString();
  g.sector = q.getColumn(4).getString();
  g.project = q.getColumn(5).getString();
  g.amount_pence = q.getColumn(6).getInt64();
  g.awarded_on = q.getColumn(7).getString();
  if (!q.getColumn(8).isNull()) g.priority_id = q.getColumn(8).getInt64();
  g.priority = q.getColumn(9).getString();
  g.status = q.getColumn(10).getString();
  return g;
}

std::string checked_status(const std::string& status) {
  check_line(trim(status), "status");  // before the message below quotes it
  std::string slug = ascii_lower(trim(status));
  const auto& all = grant_statuses();
  if (std::find(all.begin(), all.end(), slug) != all.end()) return slug;
  std::string hint = fmt::format("statuses: {}", fmt::join(all, ", "));
  if (auto near = nearest(status, all)) hint = fmt::format("did you mean {}?", *near);
  throw Error(ErrorKind::Invalid, fmt::format("unknown grant status \"{}\"", status), hint);
}

void check_priority(const Session& s, std::int64_t priority, std::int64_t group) {
  SQLite::Statement q(db::conn(s.store), "SELECT group_id FROM priority WHERE id = ?");
  q.bind(1, static_cast<int64_t>(priority));
  if (!q.executeStep()) {
    throw Error(ErrorKind::NotFound, fmt::format("priority #{} not found", priority),
                "see 'lpg priority list'");
  }
  if (q.getColumn(0).getInt64() != group) {
    throw Error(ErrorKind::Invalid, fmt::format("priority #{} belongs to another group", priority),
                "see 'lpg priority list --group GROUP'");
  }
}

void add_history(const Session& s, std::int64_t id, const std::string& status, Date on) {
  SQLite::Statement q(db::conn(s.store),
                      "INSERT INTO grant_status (grant_id, status, on_date) VALUES (?, ?, ?)");
  q.bind(1, static_cast<int64_t>(id));
  q.bind(2, status);
  q.bind(3, format_date(on));
  q.exec();
}

void bind_filter(SQLite::Statement& q, const GrantFilter& f, YearStart rule) {
  if (f.group) q.bind(1, static_cast<int64_t>(f.group->v));
  if (f.status) q.bind(2, checked_status(*f.status));
  if (f.year) q.bind(3, format_date(f.year->start(rule)));
  if (f.year) q.bind(4, format_date(f.year->end(rule)));
  if (f.area) q.bind(5, static_cast<int64_t>(f.area->v));
}

}  // namespace

Grant get_grant(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store), std::string(kSelect) + " WHERE ga.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) {
    throw Error(ErrorKind::NotFound, fmt::format("grant #{} not found", id),
                "see 'lpg grant list'");
  }
  Grant g = read_row(q);
  SQLite::Statement h(db::conn(s.store),
                      "SELECT status, on_date FROM grant_status WHERE grant_id = ? ORDER BY id");
  h.bind(1, static_cast<int64_t>(id));
  while (h.executeStep())
    g.history.push_back({h.getColumn(0).getString(), h.getColumn(1).getString()});
  return g;
}

Grant add_grant(const Session& s, const GrantInput& in) {
  std::int64_t pence = parse_pence(in.amount);
  std::string status = checked_status(in.status);
  std::string project = trim(in.project);
  if (project.empty()) throw Error(ErrorKind::Invalid, "the project must not be empty");
  check_line(project, "project");
  db::WriteTx tx(s.store);
  if (in.priority) check_priority(s, *in.priority, in.group.v);
  SQLite::Statement q(db::conn(s.store),
                      "INSERT INTO grant_award (group_id, org_id, project, amount_pence, "
                      "awarded_on, priority_id, status, created_at, updated_at) "
                      "VALUES (?,?,?,?,?,?,?,?,?)");
  q.bind(1, static_cast<int64_t>(in.group.v));
  q.bind(2, static_cast<int64_t>(in.recipient.v));
  q.bind(3, project);
  q.bind(4, static_cast<int64_t>(pence));
  q.bind(5, format_date(in.awarded));
  if (in.priority) q.bind(6, static_cast<int64_t>(*in.priority));
  q.bind(7, status);
  q.bind(8, s.clock.utc_stamp());
  q.bind(9, s.clock.utc_stamp());
  q.exec();
  std::int64_t id = db::last_id(s.store);
  add_history(s, id, status, in.awarded);
  db::audit(s, "add", "grant_award", id, fmt::format("{} {}", project, format_pence(pence)));
  tx.commit();
  return get_grant(s, id);
}

std::vector<Grant> list_grants(const Session& s, const GrantFilter& f) {
  db::ReadTx tx(s.store);
  SQLite::Statement q(db::conn(s.store),
                      std::string(kSelect) + kFilter + " ORDER BY ga.awarded_on, ga.id");
  bind_filter(q, f, s.config.year_start);
  std::vector<Grant> out;
  while (q.executeStep()) out.push_back(read_row(q));
  return out;
}

Grant edit_grant(const Session& s, std::int64_t id, const GrantChanges& ch) {
  db::WriteTx tx(s.store);
  Grant before = get_grant(s, id);
  std::vector<std::string> changed;
  auto set = [&](const char* column, const auto& value) {
    SQLite::Statement q(
        db::conn(s.store),
        fmt::format("UPDATE grant_award SET {} = ?, updated_at = ? WHERE id = ?", column));
    if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::nullptr_t>) {
      q.bind(1);
    } else {
      q.bind(1, value);
    }
    q.bind(2, s.clock.utc_stamp());
    q.bind(3, static_cast<int64_t>(id));
    q.exec();
    changed.emplace_back(column);
  };
  if (ch.amount) set("amount_pence", static_cast<int64_t>(parse_pence(*ch.amount)));
  if (ch.project) {
    std::string project = trim(*ch.project);
    if (project.empty()) throw Error(ErrorKind::Invalid, "the project must not be empty");
    check_line(project, "project");
    set("project", project);
  }
  if (ch.recipient) set("org_id", static_cast<int64_t>(ch.recipient->v));
  if (ch.awarded) set("awarded_on", format_date(*ch.awarded));
  if (ch.priority && *ch.priority) {
    SQLite::Statement g(db::conn(s.store), "SELECT group_id FROM grant_award WHERE id = ?");
    g.bind(1, static_cast<int64_t>(id));
    g.executeStep();
    check_priority(s, **ch.priority, g.getColumn(0).getInt64());
    set("priority_id", static_cast<int64_t>(**ch.priority));
  } else if (ch.priority) {
    set("priority_id", nullptr);
  }
  if (changed.empty()) {
    throw Error(ErrorKind::Usage, "nothing to change", "see 'lpg grant edit --help'");
  }
  db::audit(s, "edit", "grant_award", id, fmt::format("{}", fmt::join(changed, ", ")));
  tx.commit();
  return get_grant(s, id);
}

Grant set_grant_status(const Session& s, std::int64_t id, const std::string& raw, Date on) {
  std::string status = checked_status(raw);
  db::WriteTx tx(s.store);
  Grant g = get_grant(s, id);
  const auto& all = grant_statuses();
  auto rank = [&](const std::string& st) {
    return std::find(all.begin(), all.end(), st) - all.begin();
  };
  if (status == g.status) {
    throw Error(ErrorKind::Conflict, fmt::format("grant #{} is {} already", id, status));
  }
  bool allowed = g.status != "withdrawn" &&
                 (status == "withdrawn" ? g.status != "reported" : rank(status) > rank(g.status));
  if (!allowed) {
    throw Error(ErrorKind::Invalid,
                fmt::format("grant #{} cannot go from {} to {}", id, g.status, status),
                "a grant goes applied, awarded, paid, reported, or is withdrawn before reported");
  }
  if (!g.history.empty() && format_date(on) < g.history.back().on) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} is before the grant's last change ({} on {})", format_date(on),
                            g.history.back().status, g.history.back().on));
  }
  SQLite::Statement q(db::conn(s.store),
                      "UPDATE grant_award SET status = ?, updated_at = ? WHERE id = ?");
  q.bind(1, status);
  q.bind(2, s.clock.utc_stamp());
  q.bind(3, static_cast<int64_t>(id));
  q.exec();
  add_history(s, id, status, on);
  db::audit(s, "status", "grant_award", id, fmt::format("{} -> {}", g.status, status));
  tx.commit();
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
  db::ReadTx tx(s.store);
  std::vector<GrantTotal> out;
  for (const auto& [by, expr] : groupings) {
    SQLite::Statement q(db::conn(s.store),
                        fmt::format("SELECT {0}, count(*), sum(ga.amount_pence) FROM grant_award "
                                    "ga JOIN grp g ON g.id = ga.group_id JOIN organisation o ON "
                                    "o.id = ga.org_id LEFT JOIN area a ON a.id = g.area_id "
                                    "LEFT JOIN priority p ON p.id = ga.priority_id {1} AND "
                                    "ga.status IN ('awarded', 'paid', 'reported') GROUP BY 1 "
                                    "ORDER BY 1",
                                    expr, kFilter));
    bind_filter(q, f, s.config.year_start);
    while (q.executeStep()) {
      out.push_back(
          {by, q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()});
    }
  }
  return out;
}

}  // namespace lpg
