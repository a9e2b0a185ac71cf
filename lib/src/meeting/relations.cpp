// SPDX-License-Identifier: MIT
// The owner of the table meeting_relation, and what relations read of the meetings; the rules
// are relation_rules.cpp.
#include "meeting/relations.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"

namespace lpg::meetings {

namespace {

Point point(const Session& s, std::int64_t id, const Moves& moves) {
  db::Statement q(db::connection(s.store),
                  "SELECT m.group_id, g.name, m.starts_at, m.status FROM meeting m "
                  "JOIN grp g ON g.id = m.group_id WHERE m.id = ?");
  q.bind(1, id);
  if (!q.step()) throw Error(ErrorKind::NotFound, fmt::format("meeting {} not found", id));
  Point p{id, q.column(0).int64(), q.column(1).text(), parse_local_time(q.column(2).text()),
          q.column(3).text() == "cancelled"};
  if (auto it = moves.find(id); it != moves.end()) p.starts = it->second;
  return p;
}

std::optional<Point> second_of(const Session& s, const Relation& r, const Moves& moves) {
  if (!r.second_id) return std::nullopt;
  Point second = point(s, *r.second_id, moves);
  if (second.cancelled) return std::nullopt;
  return second;
}

}  // namespace

void store_relation(const Session& s, const Relation& r) {
  db::Statement q(db::connection(s.store),
                  "INSERT INTO meeting_relation (meeting_id, kind, first_id, second_id, weeks) "
                  "VALUES (?, ?, ?, ?, ?)");
  q.bind(1, r.meeting_id);
  q.bind(2, r.kind);
  q.bind(3, r.first_id);
  q.bind(4, r.second_id);
  q.bind(5, r.weeks);
  q.exec();
}

std::optional<Relation> relation_of(const Session& s, std::int64_t meeting) {
  db::Statement q(db::connection(s.store),
                  "SELECT kind, first_id, second_id, weeks FROM meeting_relation "
                  "WHERE meeting_id = ?");
  q.bind(1, meeting);
  if (!q.step()) return std::nullopt;
  Relation r{meeting, q.column(0).text(), q.column(1).int64(), q.column(2).opt_int64(),
             std::nullopt};
  if (!q.column(3).is_null()) r.weeks = q.column(3).int32();
  return r;
}

std::vector<std::int64_t> dependents_of(const Session& s, std::int64_t meeting) {
  db::Statement q(db::connection(s.store),
                  "SELECT r.meeting_id FROM meeting_relation r JOIN meeting m ON m.id = "
                  "r.meeting_id WHERE (r.first_id = ?1 OR r.second_id = ?1) AND m.status <> "
                  "'cancelled' ORDER BY r.meeting_id");
  q.bind(1, meeting);
  std::vector<std::int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

void relate_from_key(const Session& s, std::int64_t meeting, const std::string& key) {
  bool after = key.rfind("after:", 0) == 0;
  bool between = key.rfind("between:", 0) == 0;
  if ((!after && !between) || relation_of(s, meeting)) return;
  auto first = meeting_by_uid(s, key.substr(after ? 6 : 8));
  if (!first || *first == meeting) return;  // the meeting it followed is not in this database
  Relation r{meeting, after ? "after" : "between", *first, std::nullopt, std::nullopt};
  if (after) r.weeks = weeks_after(point(s, r.first_id, {}).day(), point(s, meeting, {}).day());
  store_relation(s, r);
}

Standing standing(const Session& s, const Relation& r, const Moves& moves) {
  return standing_of(r, point(s, r.meeting_id, moves), point(s, r.first_id, moves),
                     second_of(s, r, moves));
}

std::optional<Date> day_to_keep(const Session& s, const Relation& r, const Moves& moves,
                                std::string& why) {
  Point self = point(s, r.meeting_id, moves);
  auto window = keep_window(r, point(s, r.first_id, moves), second_of(s, r, moves), why);
  if (!window) return std::nullopt;
  auto [want, last] = *window;
  for (Date d = want; date::sys_days{d} <= date::sys_days{last};
       d = Date{date::sys_days{d} + date::days{1}}) {
    if (!closed_day_reason(s, d, false) && !clash(s, self.group_id, d, self.id)) return d;
  }
  why = fmt::format("no open day from {} to {}", format_date(want), format_date(last));
  return std::nullopt;
}

}  // namespace lpg::meetings
