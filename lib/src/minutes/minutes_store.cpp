// SPDX-License-Identifier: MIT
// The owner of the tables minutes and minutes_version: every INSERT and UPDATE, and the reads.
#include "minutes/minutes_store.hpp"

#include <lpg/interrupt.hpp>

#include <functional>

#include "db/store_impl.hpp"

namespace lpg::meetings {

int latest_version(const Session& s, std::int64_t meeting) {
  db::Statement q(db::connection(s.store),
                  "SELECT coalesce(max(version), 0) FROM minutes_version WHERE meeting_id = ?");
  q.bind(1, meeting);
  q.step();
  return q.column(0).int32();
}

void insert_minutes(const Session& s, std::int64_t meeting) {
  db::Statement insert(db::connection(s.store), "INSERT INTO minutes (meeting_id) VALUES (?)");
  insert.bind(1, meeting);
  insert.exec();
}

void insert_version(const Session& s, std::int64_t meeting, int version, const std::string& text,
                    const std::string& recorded_by, const std::string& converted) {
  db::Statement insert(db::connection(s.store),
                       "INSERT INTO minutes_version (meeting_id, version, text, recorded_by, "
                       "recorded_at, converted) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, meeting);
  insert.bind(2, version);
  insert.bind(3, text);
  insert.bind(4, recorded_by);
  insert.bind(5, s.clock.utc_stamp());
  insert.bind(6, converted);
  insert.exec();
}

std::vector<MinutesVersion> read_versions(const Session& s, std::int64_t meeting) {
  db::Statement q(db::connection(s.store),
                  "SELECT version, text, recorded_by, recorded_at, converted "
                  "FROM minutes_version WHERE meeting_id = ? ORDER BY version");
  q.bind(1, meeting);
  std::vector<MinutesVersion> out;
  while (q.step()) {
    out.push_back({q.column(0).int32(), q.column(1).text(), q.column(2).text(), q.column(3).text(),
                   q.column(4).text()});
  }
  return out;
}

void read_approval(const Session& s, std::int64_t meeting, MinutesRecord& r) {
  db::Statement q(db::connection(s.store),
                  "SELECT n.approved_at, substr(a.starts_at, 1, 10), "
                  "coalesce(n.submitted_to, ''), coalesce(n.submitted_on, '') FROM minutes n "
                  "LEFT JOIN meeting a ON a.id = n.approved_at WHERE n.meeting_id = ?");
  q.bind(1, meeting);
  if (!q.step()) return;
  if (!q.column(0).is_null()) {
    r.approved_at = q.column(0).int64();
    r.approved_on = q.column(1).text();
  }
  r.submitted_to = q.column(2).text();
  r.submitted_on = q.column(3).text();
}

void store_approved(const Session& s, std::int64_t meeting, std::int64_t at) {
  db::Statement u(db::connection(s.store),
                  "UPDATE minutes SET approved_at = ? WHERE meeting_id = ?");
  u.bind(1, at);
  u.bind(2, meeting);
  u.exec();
}

void store_submitted(const Session& s, std::int64_t meeting, const std::string& to, Date on) {
  db::Statement u(db::connection(s.store),
                  "UPDATE minutes SET submitted_to = ?, submitted_on = ? WHERE meeting_id = ?");
  u.bind(1, to);
  u.bind(2, format_date(on));
  u.bind(3, meeting);
  u.exec();
}

namespace {

// One free-text column of names, rewritten row by row through `rewrite`.
std::int64_t rewrite_column(db::Connection& c, const char* select, const char* update, int keys,
                            const std::function<std::string(const std::string&)>& rewrite) {
  db::Statement q(c, select);
  db::Statement u(c, update);
  std::int64_t changed = 0;
  while (q.step()) {
    check_interrupted();
    std::string text = q.column(keys).text();
    std::string clean = rewrite(text);
    if (clean == text) continue;
    u.bind(1, clean);
    for (int i = 0; i < keys; ++i) u.bind(i + 2, q.column(i).int64());
    u.exec();
    ++changed;
  }
  return changed;
}

}  // namespace

std::int64_t rewrite_names(const Session& s,
                           const std::function<std::string(const std::string&)>& rewrite) {
  db::Connection& c = db::connection(s.store);
  return rewrite_column(c,
                        "SELECT meeting_id, version, recorded_by FROM minutes_version "
                        "WHERE recorded_by IS NOT NULL ORDER BY meeting_id, version",
                        "UPDATE minutes_version SET recorded_by = ?1 "
                        "WHERE meeting_id = ?2 AND version = ?3",
                        2, rewrite) +
         rewrite_column(c,
                        "SELECT meeting_id, submitted_to FROM minutes "
                        "WHERE submitted_to IS NOT NULL ORDER BY meeting_id",
                        "UPDATE minutes SET submitted_to = ?1 WHERE meeting_id = ?2", 1, rewrite);
}

std::vector<std::pair<PersonExport::MinutesVersion, std::string>> versions_with_recorder(
    const Session& s) {
  db::Statement q(db::connection(s.store),
                  "SELECT v.meeting_id, v.version, g.name, v.recorded_at, v.recorded_by "
                  "FROM minutes_version v JOIN meeting m ON m.id = v.meeting_id "
                  "JOIN grp g ON g.id = m.group_id ORDER BY v.meeting_id, v.version");
  std::vector<std::pair<PersonExport::MinutesVersion, std::string>> out;
  while (q.step()) {
    check_interrupted();
    out.push_back(
        {{q.column(0).int64(), q.column(1).int64(), q.column(2).text(), q.column(3).text()},
         q.column(4).text()});
  }
  return out;
}

}  // namespace lpg::meetings
