// SPDX-License-Identifier: MIT
// Reminder lists: the meetings coming up, who to invite, what they still owe. Built for cron:
// a fixed order, nothing but data.
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/reports.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"
#include "report/owed.hpp"
#include "report/scope_sql.hpp"

namespace lpg {

namespace {

std::vector<Meeting> upcoming(const Session& s, const ReportScope& scope) {
  std::string sql = std::string(reports::kScopeCte) + meetings::kSelectMeeting +
                    " WHERE m.status <> 'cancelled' AND m.starts_at >= ?3 AND m.starts_at < ?4"
                    " AND m.starts_at > ?5 AND m.group_id IN (SELECT id FROM scope_grp)"
                    " ORDER BY m.starts_at, g.name_key, m.id";
  db::Statement q(db::connection(s.store), sql);
  reports::bind_scope(q, scope);
  q.bind(3, reports::start_bound(scope.from));
  q.bind(4, reports::end_bound(scope.to));
  q.bind(5, format_local_time(s.clock.local_now()));
  std::vector<Meeting> out;
  while (q.step()) {
    check_interrupted();
    out.push_back(meetings::read_meeting(q, s.clock.local_now()));
  }
  return out;
}

// People who are current members on the day, people of current member organisations, and
// member organisations with no people (their own address); closed or archived member
// organisations are not invited. One row a person. Written without a shared CTE on purpose:
// over a materialised CTE SQLite builds Bloom filters by scanning whole tables, every time.
constexpr const char* kRecipients = R"sql(
  SELECT p.id, p.name, coalesce(o.name, ''), coalesce(p.email, ''), p.org_id, p.name_key
    FROM membership ms JOIN person p ON p.id = ms.person_id
    LEFT JOIN organisation o ON o.id = p.org_id
   WHERE ms.group_id = ?1 AND ms.from_date <= ?2 AND (ms.to_date IS NULL OR ms.to_date > ?2)
     AND p.erased_at IS NULL
  UNION
  SELECT p.id, p.name, o.name, coalesce(p.email, ''), o.id, p.name_key
    FROM membership ms JOIN organisation o ON o.id = ms.org_id
    JOIN person p ON p.org_id = o.id
   WHERE ms.group_id = ?1 AND ms.from_date <= ?2 AND (ms.to_date IS NULL OR ms.to_date > ?2)
     AND p.erased_at IS NULL AND o.status <> 'closed' AND o.archived_at IS NULL
  UNION
  SELECT 0, o.name, o.name, coalesce(o.email, ''), o.id, o.name_key
    FROM membership ms JOIN organisation o ON o.id = ms.org_id
   WHERE ms.group_id = ?1 AND ms.from_date <= ?2 AND (ms.to_date IS NULL OR ms.to_date > ?2)
     AND o.status <> 'closed' AND o.archived_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM person p WHERE p.org_id = o.id AND p.erased_at IS NULL)
  ORDER BY 6, 4, 1
)sql";

// The group's open actions with their owners, as list_actions gives them (due first, undated
// last), with the owner's ids to share them out among recipients.
constexpr const char* kOpenActions =
    "SELECT a.id, a.meeting_id, substr(m.starts_at, 1, 10), a.text, coalesce(p.name, o.name), "
    "CASE WHEN a.owner_person_id IS NULL THEN 'organisation' ELSE 'person' END, "
    "coalesce(a.due, ''), a.due < ?2, coalesce(a.owner_person_id, 0), "
    "coalesce(a.owner_org_id, 0) "
    "FROM meeting m JOIN action a ON a.meeting_id = m.id "
    "LEFT JOIN person p ON p.id = a.owner_person_id "
    "LEFT JOIN organisation o ON o.id = a.owner_org_id "
    "WHERE m.group_id = ?1 AND a.status = 'open' ORDER BY a.due IS NULL, a.due, a.id";

struct Owned {
  ActionItem action;
  std::int64_t person_id;  // 0 when owned by an organisation
  std::int64_t org_id;     // 0 when owned by a person
};

// The statements run for every meeting, prepared once: preparing them again for each of
// thousands of meetings costs more than running them.
class Queries {
 public:
  explicit Queries(const Session& s)
      : recipients_(db::connection(s.store), kRecipients),
        actions_(db::connection(s.store), kOpenActions),
        owed_(s),
        today_(format_date(s.clock.today())) {}

  std::vector<Owned> open_actions(const Meeting& m) {
    actions_.reset();
    actions_.bind(1, m.group_id);
    actions_.bind(2, today_);
    std::vector<Owned> out;
    while (actions_.step()) {
      Owned o{{}, actions_.column(8).int64(), actions_.column(9).int64()};
      ActionItem& a = o.action;
      a.id = actions_.column(0).int64();
      a.meeting_id = actions_.column(1).int64();
      a.group_id = m.group_id;
      a.group_name = m.group_name;
      a.meeting_date = actions_.column(2).text();
      a.text = actions_.column(3).text();
      a.owner = actions_.column(4).text();
      a.owner_type = actions_.column(5).text();
      a.due = actions_.column(6).text();
      a.status = "open";
      a.overdue = actions_.column(7).int32() != 0;
      out.push_back(std::move(o));
    }
    return out;
  }

  std::vector<Recipient> recipients(const Meeting& m, const std::vector<Owned>& owned) {
    recipients_.reset();
    recipients_.bind(1, m.group_id);
    recipients_.bind(2, format_date(date_of(m.starts)));
    std::vector<Recipient> out;
    while (recipients_.step()) {
      Recipient who;
      who.person_id = recipients_.column(0).int64();
      who.name = recipients_.column(1).text();
      who.organisation = recipients_.column(2).text();
      who.email = recipients_.column(3).text();
      std::int64_t org = recipients_.column(4).is_null() ? 0 : recipients_.column(4).int64();
      for (const auto& o : owned) {
        if ((who.person_id != 0 && o.person_id == who.person_id) || (org != 0 && o.org_id == org))
          who.open_actions.push_back(o.action);
      }
      out.push_back(std::move(who));
    }
    return out;
  }

  reports::OwedMinutes& owed() { return owed_; }

 private:
  db::Statement recipients_;
  db::Statement actions_;
  reports::OwedMinutes owed_;
  std::string today_;
};

}  // namespace

std::vector<Reminder> reminders(const Session& s, const ReportScope& scope) {
  db::ReadTx tx(s.store);
  Queries queries(s);
  std::vector<Reminder> out;
  std::optional<std::int64_t> owed_group;
  std::vector<MinutesStatus> owed;
  for (auto& m : upcoming(s, scope)) {
    check_interrupted();
    Reminder r;
    r.meeting = std::move(m);
    r.place = r.meeting.location();
    std::vector<Owned> owned = queries.open_actions(r.meeting);
    for (const auto& o : owned) r.open_actions.push_back(o.action);
    if (owed_group != r.meeting.group_id) {  // a group's meetings often come together
      owed = queries.owed().of(r.meeting.group_id);
      owed_group = r.meeting.group_id;
    }
    r.minutes_owed = owed;
    r.recipients = queries.recipients(r.meeting, owned);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace lpg
