// SPDX-License-Identifier: MIT
// Attendance by organisation: one count an organisation a meeting, attended when anyone of it
// was there. The rows are folded a meeting at a time. Over most of the database the table is
// read once in its own order and each person's organisation comes from a map read once (the
// person_org index): looking each one up in the person table, or reading attendance in
// meeting order, reads the tables at random and takes several times longer.
#include "report/attendance_orgs.hpp"

#include <lpg/interrupt.hpp>

#include <algorithm>
#include <tuple>

#include "db/store_impl.hpp"
#include "report/scope_sql.hpp"

namespace lpg::reports {

namespace {

// Status rank: the best status any of an organisation's people had at a meeting wins.
int rank_of(const std::string& status) {
  if (status == "present") return 0;
  if (status == "represented") return 1;
  if (status == "apologies") return 2;
  return 3;
}

// The meetings a report counts: held (not cancelled, started by ?5) in the period and scope.
constexpr const char* kCountedMeetings =
    "m.starts_at >= ?3 AND m.starts_at < ?4 AND m.starts_at <= ?5 AND m.status <> 'cancelled' "
    "AND m.group_id IN (SELECT id FROM scope_grp)";

void bind_counted(db::Statement& q, const Session& s, const ReportScope& scope) {
  bind_scope(q, scope);
  q.bind(3, start_bound(scope.from));
  q.bind(4, end_bound(scope.to));
  q.bind(5, format_local_time(s.clock.local_now()));
}

// Folds the rows of one meeting (key, rank) into the totals.
class Folder {
 public:
  explicit Folder(OrgMeetingTotals& totals) : totals_(totals) {}
  void add(std::int64_t meeting, std::int64_t key, int rank) {
    if (meeting != meeting_) flush();
    meeting_ = meeting;
    rows_.emplace_back(key, rank);
  }
  void flush() {
    std::sort(rows_.begin(), rows_.end());
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      if (i > 0 && rows_[i].first == rows_[i - 1].first) continue;  // the best is first
      OrgMeetingCount& c = totals_[rows_[i].first];
      ++c.recorded;
      ++c.by_rank[static_cast<std::size_t>(rows_[i].second)];
    }
    rows_.clear();
  }

 private:
  OrgMeetingTotals& totals_;
  std::int64_t meeting_ = -1;
  std::vector<std::pair<std::int64_t, int>> rows_;
};

// From the counted meetings (few of them): the person table joined for each row.
void from_meetings(const Session& s, const ReportScope& scope, Folder& fold) {
  db::Statement q(db::connection(s.store),
                  kScopeCte +
                      "SELECT a.meeting_id, coalesce(p.org_id, -p.id), a.status FROM meeting "
                      "m CROSS JOIN attendance a JOIN person p ON p.id = a.person_id WHERE "
                      "a.meeting_id = m.id AND " +
                      kCountedMeetings + " AND a.guest = 0 ORDER BY a.meeting_id");
  bind_counted(q, s, scope);
  while (q.step()) {
    check_interrupted();
    fold.add(q.column(0).int64(), q.column(1).int64(), rank_of(q.column(2).text()));
  }
}

// Over most of the database: ids are rowids, dense enough to index flat tables, so the
// meetings counted are a bit each and each person's organisation one number each.
struct Lookup {
  std::vector<bool> counted;
  std::vector<std::int64_t> org_of;  // 0: none

  Lookup(const Session& s, const ReportScope& scope) {
    db::Connection& db = db::connection(s.store);
    db::Statement m(db, kScopeCte + "SELECT m.id FROM meeting m WHERE " + kCountedMeetings);
    bind_counted(m, s, scope);
    while (m.step()) set(counted, m.column(0).int64(), true);
    db::Statement p(db, "SELECT id, org_id FROM person WHERE org_id IS NOT NULL");
    while (p.step()) set(org_of, p.column(0).int64(), p.column(1).int64());
  }
  template <class V, class T>
  static void set(V& flat, std::int64_t id, T value) {
    auto at = static_cast<std::size_t>(id);
    if (at >= flat.size()) flat.resize(at + 1);
    flat[at] = value;
  }
  bool counts(std::int64_t meeting) const {
    auto at = static_cast<std::size_t>(meeting);
    return at < counted.size() && counted[at];
  }
  std::int64_t key(std::int64_t person) const {
    auto at = static_cast<std::size_t>(person);
    return at < org_of.size() && org_of[at] != 0 ? org_of[at] : -person;
  }
};

struct Row {
  std::int64_t meeting = 0, key = 0;
  int rank = 0;
};

// Every row in table order (one sequential read), meetings not counted skipped. Stops and
// returns false when `each` does.
template <class Each>
bool each_row(const Session& s, const Lookup& look, Each each) {
  db::Statement q(db::connection(s.store),
                  "SELECT meeting_id, person_id, status FROM attendance WHERE guest = 0");
  for (std::int64_t i = 0; q.step(); ++i) {
    if (i % 4096 == 0) check_interrupted();
    std::int64_t meeting = q.column(0).int64();
    if (!look.counts(meeting)) continue;
    if (!each(Row{meeting, look.key(q.column(1).int64()), rank_of(q.column(2).text())})) {
      return false;
    }
  }
  return true;
}

// Attendance is recorded a meeting at a time, so the table is nearly always in meeting order
// and is folded as it is read. A sheet recorded later for an old meeting breaks the order:
// then every row is read again, kept and sorted.
OrgMeetingTotals from_all(const Session& s, const ReportScope& scope) {
  Lookup look(s, scope);
  OrgMeetingTotals totals;
  {
    Folder fold(totals);
    std::int64_t last = 0;
    bool in_order = each_row(s, look, [&](const Row& r) {
      if (r.meeting < last) return false;
      last = r.meeting;
      fold.add(r.meeting, r.key, r.rank);
      return true;
    });
    if (in_order) {
      fold.flush();
      return totals;
    }
  }
  totals.clear();
  std::vector<Row> rows;
  each_row(s, look, [&](const Row& r) {
    rows.push_back(r);
    return true;
  });
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.meeting, a.key, a.rank) < std::tie(b.meeting, b.key, b.rank);
  });
  Folder fold(totals);
  for (const Row& r : rows) fold.add(r.meeting, r.key, r.rank);
  fold.flush();
  return totals;
}

}  // namespace

OrgMeetingTotals organisation_meetings(const Session& s, const ReportScope& scope,
                                       bool most_meetings) {
  if (most_meetings) return from_all(s, scope);
  OrgMeetingTotals totals;
  Folder fold(totals);
  from_meetings(s, scope, fold);
  fold.flush();
  return totals;
}

}  // namespace lpg::reports
