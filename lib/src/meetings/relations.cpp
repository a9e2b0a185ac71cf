// SPDX-License-Identifier: MIT
#include "meetings/relations.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"

namespace lpg::meetings {

namespace {

// A meeting as relations see it: its group, its start (a planned move applied), its status.
struct Point {
  std::int64_t id = 0;
  std::int64_t group_id = 0;
  std::string group;
  LocalTime starts;
  bool cancelled = false;
  Date day() const { return date_of(starts); }
};

Point point(const Session& s, std::int64_t id, const Moves& moves) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT m.group_id, g.name, m.starts_at, m.status FROM meeting m "
                      "JOIN grp g ON g.id = m.group_id WHERE m.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) throw Error(ErrorKind::NotFound, fmt::format("meeting {} not found", id));
  Point p{id, q.getColumn(0).getInt64(), q.getColumn(1).getString(),
          parse_local_time(q.getColumn(2).getString()), q.getColumn(3).getString() == "cancelled"};
  if (auto it = moves.find(id); it != moves.end()) p.starts = it->second;
  return p;
}

Date plus_days(Date d, std::int64_t n) { return Date{date::sys_days{d} + date::days{n}}; }

std::int64_t days_from(Date a, Date b) { return (date::sys_days{b} - date::sys_days{a}).count(); }

std::string count_of(std::int64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string meeting_text(const Point& p) {
  return fmt::format("{} on {}", p.group, format_date(p.day()));
}

// "12 days before it", "on the same day as it", "3 days after it".
std::string offset_text(std::int64_t days, const std::string& it) {
  if (days == 0) return "on the same day as " + it;
  return fmt::format("{} {} {}", count_of(days < 0 ? -days : days, "day", "days"),
                     days < 0 ? "before" : "after", it);
}

std::optional<Point> second_of(const Session& s, const Relation& r, const Moves& moves) {
  if (!r.second_id) return std::nullopt;
  Point second = point(s, *r.second_id, moves);
  if (second.cancelled) return std::nullopt;
  return second;
}

}  // namespace

void store_relation(const Session& s, const Relation& r) {
  SQLite::Statement q(db::conn(s.store),
                      "INSERT INTO meeting_relation (meeting_id, kind, first_id, second_id, weeks) "
                      "VALUES (?, ?, ?, ?, ?)");
  q.bind(1, static_cast<int64_t>(r.meeting_id));
  q.bind(2, r.kind);
  q.bind(3, static_cast<int64_t>(r.first_id));
  if (r.second_id) q.bind(4, static_cast<int64_t>(*r.second_id));
  if (r.weeks) q.bind(5, *r.weeks);
  q.exec();
}

std::optional<Relation> relation_of(const Session& s, std::int64_t meeting) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT kind, first_id, second_id, weeks FROM meeting_relation "
                      "WHERE meeting_id = ?");
  q.bind(1, static_cast<int64_t>(meeting));
  if (!q.executeStep()) return std::nullopt;
  Relation r{meeting, q.getColumn(0).getString(), q.getColumn(1).getInt64(), std::nullopt,
             std::nullopt};
  if (!q.getColumn(2).isNull()) r.second_id = q.getColumn(2).getInt64();
  if (!q.getColumn(3).isNull()) r.weeks = q.getColumn(3).getInt();
  return r;
}

std::vector<std::int64_t> dependents_of(const Session& s, std::int64_t meeting) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT r.meeting_id FROM meeting_relation r JOIN meeting m ON m.id = "
                      "r.meeting_id WHERE (r.first_id = ?1 OR r.second_id = ?1) AND m.status <> "
                      "'cancelled' ORDER BY r.meeting_id");
  q.bind(1, static_cast<int64_t>(meeting));
  std::vector<std::int64_t> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

void relate_from_key(const Session& s, std::int64_t meeting, const std::string& key) {
  bool after = key.rfind("after:", 0) == 0;
  bool between = key.rfind("between:", 0) == 0;
  if ((!after && !between) || relation_of(s, meeting)) return;
  SQLite::Statement q(db::conn(s.store), "SELECT id FROM meeting WHERE uid = ? AND id <> ?");
  q.bind(1, key.substr(after ? 6 : 8));
  q.bind(2, static_cast<int64_t>(meeting));
  if (!q.executeStep()) return;  // the meeting it followed is not in this database
  Relation r{meeting, after ? "after" : "between", q.getColumn(0).getInt64(), std::nullopt,
             std::nullopt};
  if (after) {
    auto days = days_from(point(s, r.first_id, {}).day(), point(s, meeting, {}).day());
    r.weeks = static_cast<int>(std::max<std::int64_t>(0, days / 7));
  }
  store_relation(s, r);
}

Standing standing(const Session& s, const Relation& r, const Moves& moves) {
  Point self = point(s, r.meeting_id, moves);
  Point first = point(s, r.first_id, moves);
  Standing out;
  std::int64_t since = days_from(first.day(), self.day());
  if (r.kind == "after") {
    std::int64_t weeks = r.weeks.value_or(0);
    out.relation =
        fmt::format("{} after {}", count_of(weeks, "week", "weeks"), meeting_text(first));
    out.kept = first.cancelled || (since >= 7 * weeks && since <= 7 * weeks + 6);
    if (!out.kept) out.now = offset_text(since, "it");
    return out;
  }
  std::optional<Point> second = second_of(s, r, moves);
  out.relation = second
                     ? fmt::format("between {} and {}", meeting_text(first), meeting_text(*second))
                     : "after " + meeting_text(first);
  if (first.cancelled) return out;
  if (since <= 0) {
    out.kept = false;
    out.now = offset_text(since, "the meeting of " + first.group);
  } else if (second && days_from(second->day(), self.day()) >= 0) {
    out.kept = false;
    out.now = offset_text(days_from(second->day(), self.day()), "the meeting of " + second->group);
  }
  return out;
}

std::optional<Date> day_to_keep(const Session& s, const Relation& r, const Moves& moves,
                                std::string& why) {
  Point self = point(s, r.meeting_id, moves);
  Point first = point(s, r.first_id, moves);
  Date want = plus_days(first.day(), 1);
  Date last = plus_days(first.day(), 14);  // a "between" whose second meeting is not known
  if (r.kind == "after") {
    want = plus_days(first.day(), 7 * static_cast<std::int64_t>(r.weeks.value_or(0)));
    last = plus_days(want, 6);
  } else if (std::optional<Point> second = second_of(s, r, moves)) {
    std::int64_t gap = days_from(first.day(), second->day());
    want = plus_days(first.day(), gap / 2);
    last = plus_days(second->day(), -1);
    if (gap < 2) {
      why = fmt::format("no day between {} and {}", meeting_text(first), meeting_text(*second));
      return std::nullopt;
    }
  }
  for (Date d = want; days_from(d, last) >= 0; d = plus_days(d, 1)) {
    if (!closed_day_reason(s, d, false) && !clash(s, self.group_id, d, self.id)) return d;
  }
  why = fmt::format("no open day from {} to {}", format_date(want), format_date(last));
  return std::nullopt;
}

}  // namespace lpg::meetings
