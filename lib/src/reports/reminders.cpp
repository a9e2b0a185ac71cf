// SPDX-License-Identifier: MIT
// Reminder lists: the meetings coming up, who to invite, what they still owe. Built for cron:
// a fixed order, nothing but data.
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/reports.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "db/store_impl.hpp"
#include "meetings/meeting_rows.hpp"
#include "reports/scope_sql.hpp"

namespace lpg {

namespace {

std::vector<Meeting> upcoming(const Session& s, const ReportScope& scope) {
  std::string sql = std::string(reports::kScopeCte) + meetings::kSelectMeeting +
                    " WHERE m.status <> 'cancelled' AND m.starts_at >= ?3 AND m.starts_at < ?4"
                    " AND m.starts_at > ?5 AND m.group_id IN (SELECT id FROM scope_grp)"
                    " ORDER BY m.starts_at, g.name_key, m.id";
  SQLite::Statement q(db::conn(s.store), sql);
  reports::bind_scope(q, scope);
  q.bind(3, reports::start_bound(scope.from));
  q.bind(4, reports::end_bound(scope.to));
  q.bind(5, format_local_time(s.clock.local_now()));
  std::vector<Meeting> out;
  while (q.executeStep()) {
    check_interrupted();
    out.push_back(meetings::read_meeting(q, s.clock.local_now()));
  }
  return out;
}

// People who are current members on the day, people of current member organisations, and
// member organisations with no people (their own address); closed or archived member
// organisations are not invited. One row a person.
constexpr const char* kRecipients = R"sql(
  WITH cur AS (SELECT org_id, person_id FROM membership
                WHERE group_id = ?1 AND from_date <= ?2 AND (to_date IS NULL OR to_date > ?2))
  SELECT p.id, p.name, coalesce(o.name, ''), coalesce(p.email, ''), p.org_id, p.name_key
    FROM cur JOIN person p ON p.id = cur.person_id LEFT JOIN organisation o ON o.id = p.org_id
   WHERE p.erased_at IS NULL
  UNION
  SELECT p.id, p.name, o.name, coalesce(p.email, ''), o.id, p.name_key
    FROM cur JOIN organisation o ON o.id = cur.org_id JOIN person p ON p.org_id = o.id
   WHERE p.erased_at IS NULL AND o.status <> 'closed' AND o.archived_at IS NULL
  UNION
  SELECT 0, o.name, o.name, coalesce(o.email, ''), o.id, o.name_key
    FROM cur JOIN organisation o ON o.id = cur.org_id
   WHERE o.status <> 'closed' AND o.archived_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM person p WHERE p.org_id = o.id AND p.erased_at IS NULL)
  ORDER BY 6, 4, 1
)sql";

struct Owned {
  std::int64_t action_id;
  std::int64_t person_id;  // 0 when owned by an organisation
  std::int64_t org_id;     // 0 when owned by a person
};

std::vector<Owned> open_owners(const Session& s, std::int64_t group_id) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT a.id, coalesce(a.owner_person_id, 0), coalesce(a.owner_org_id, 0) "
                      "FROM meeting m JOIN action a ON a.meeting_id = m.id "
                      "WHERE m.group_id = ? AND a.status = 'open'");
  q.bind(1, static_cast<int64_t>(group_id));
  std::vector<Owned> out;
  while (q.executeStep()) {
    out.push_back(
        {q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()});
  }
  return out;
}

std::vector<Recipient> recipients(const Session& s, const Reminder& r) {
  std::vector<Owned> owned = open_owners(s, r.meeting.group_id);
  SQLite::Statement q(db::conn(s.store), kRecipients);
  q.bind(1, static_cast<int64_t>(r.meeting.group_id));
  q.bind(2, format_date(date_of(r.meeting.starts)));
  std::vector<Recipient> out;
  while (q.executeStep()) {
    Recipient who;
    who.person_id = q.getColumn(0).getInt64();
    who.name = q.getColumn(1).getString();
    who.organisation = q.getColumn(2).getString();
    who.email = q.getColumn(3).getString();
    std::int64_t org = q.getColumn(4).isNull() ? 0 : q.getColumn(4).getInt64();
    for (const auto& action : r.open_actions) {
      bool mine = std::any_of(owned.begin(), owned.end(), [&](const Owned& o) {
        return o.action_id == action.id && ((who.person_id != 0 && o.person_id == who.person_id) ||
                                            (org != 0 && o.org_id == org));
      });
      if (mine) who.open_actions.push_back(action);
    }
    out.push_back(std::move(who));
  }
  return out;
}

}  // namespace

std::vector<Reminder> reminders(const Session& s, const ReportScope& scope) {
  db::ReadTx tx(s.store);
  std::vector<Reminder> out;
  std::optional<std::int64_t> owed_group;
  std::vector<MinutesStatus> owed;
  for (auto& m : upcoming(s, scope)) {
    check_interrupted();
    Reminder r;
    r.meeting = std::move(m);
    r.place = r.meeting.location();
    ActionFilter af;
    af.open_only = true;
    af.group = GroupId{r.meeting.group_id};
    r.open_actions = list_actions(s, af);
    if (owed_group != r.meeting.group_id) {  // a group's meetings often come together
      MinutesFilter mf;
      mf.group = GroupId{r.meeting.group_id};
      mf.owed_only = true;
      owed = minutes_status(s, mf);
      owed_group = r.meeting.group_id;
    }
    r.minutes_owed = owed;
    r.recipients = recipients(s, r);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace lpg
