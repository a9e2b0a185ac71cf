// SPDX-License-Identifier: MIT
// Reminder lists: the meetings coming up, who to invite, what they still owe. Built for cron:
// a fixed order, nothing but data.
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/reports.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"
#include "report/id_batches.hpp"
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

// For each of the meetings {ids}: people who are current members on the meeting's day,
// then current member organisations (closed or archived ones are not invited) with each of
// their people, or with no one (a row of the organisation's own address) when it has none.
// A person may come twice (a member and one of a member organisation's people): see
// invitees().
constexpr const char* kRecipients = R"sql(
  SELECT m.id, p.id, p.name, coalesce(o.name, ''), coalesce(p.email, ''),
         coalesce(p.org_id, 0), p.name_key
    FROM meeting m JOIN membership ms ON ms.group_id = m.group_id
    JOIN person p ON p.id = ms.person_id
    LEFT JOIN organisation o ON o.id = p.org_id
   WHERE m.id IN ({ids}) AND ms.from_date <= substr(m.starts_at, 1, 10)
     AND (ms.to_date IS NULL OR ms.to_date > substr(m.starts_at, 1, 10)) AND p.erased_at IS NULL
  UNION ALL
  SELECT m.id, coalesce(p.id, 0), coalesce(p.name, o.name), o.name,
         CASE WHEN p.id IS NULL THEN coalesce(o.email, '') ELSE coalesce(p.email, '') END, o.id,
         coalesce(p.name_key, o.name_key)
    FROM meeting m JOIN membership ms ON ms.group_id = m.group_id
    JOIN organisation o ON o.id = ms.org_id
    LEFT JOIN person p ON p.org_id = o.id AND p.erased_at IS NULL
   WHERE m.id IN ({ids}) AND ms.from_date <= substr(m.starts_at, 1, 10)
     AND (ms.to_date IS NULL OR ms.to_date > substr(m.starts_at, 1, 10))
     AND o.status <> 'closed' AND o.archived_at IS NULL
)sql";

// The open actions of the groups {ids} with their owners, as list_actions gives them (due
// first, undated last), with the owner's ids to share them out among recipients.
constexpr const char* kOpenActions =
    "SELECT m.group_id, a.id, a.meeting_id, substr(m.starts_at, 1, 10), a.text, "
    "coalesce(p.name, o.name), "
    "CASE WHEN a.owner_person_id IS NULL THEN 'organisation' ELSE 'person' END, "
    "coalesce(a.due, ''), a.due < :today, coalesce(a.owner_person_id, 0), "
    "coalesce(a.owner_org_id, 0), g.name "
    "FROM meeting m JOIN grp g ON g.id = m.group_id JOIN action a ON a.meeting_id = m.id "
    "LEFT JOIN person p ON p.id = a.owner_person_id "
    "LEFT JOIN organisation o ON o.id = a.owner_org_id "
    "WHERE m.group_id IN ({ids}) AND a.status = 'open' "
    "ORDER BY m.group_id, a.due IS NULL, a.due, a.id";

struct Owned {
  ActionItem action;
  std::int64_t person_id;  // 0 when owned by an organisation
  std::int64_t org_id;     // 0 when owned by a person
};

template <class T>
using ById = std::unordered_map<std::int64_t, std::vector<T>>;

std::vector<std::int64_t> groups_of(const std::vector<Meeting>& meetings) {
  std::vector<std::int64_t> out;
  for (const auto& m : meetings) out.push_back(m.group_id);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The open actions of every group of `meetings`, by group. Set-based: a statement for each of
// thousands of meetings costs a round trip each on PostgreSQL.
ById<Owned> open_actions(const Session& s, const std::vector<Meeting>& meetings) {
  reports::IdBatches q(db::connection(s.store), kOpenActions, groups_of(meetings));
  q.statement().bind(":today", format_date(s.clock.today()));
  ById<Owned> out;
  while (q.step()) {
    Owned o{{}, q.column(9).int64(), q.column(10).int64()};
    ActionItem& a = o.action;
    a.id = q.column(1).int64();
    a.meeting_id = q.column(2).int64();
    a.group_id = q.column(0).int64();
    a.group_name = q.column(11).text();
    a.meeting_date = q.column(3).text();
    a.text = q.column(4).text();
    a.owner = q.column(5).text();
    a.owner_type = q.column(6).text();
    a.due = q.column(7).text();
    a.status = "open";
    a.overdue = q.column(8).int32() != 0;
    out[a.group_id].push_back(std::move(o));
  }
  return out;
}

struct Invitee {
  std::string name_key;
  Recipient who;
  std::int64_t org_id;  // 0: none

  auto key() const {
    return std::tie(name_key, who.email, who.person_id, who.name, who.organisation, org_id);
  }
};

// Who to invite to each of `meetings`, by meeting: each meeting's by name, email and id, each
// once. Sorted and made unique here, not by the database: a UNION and ORDER BY over the whole
// country's invitations spilled to disk on PostgreSQL.
ById<Invitee> invitees(const Session& s, const std::vector<Meeting>& meetings) {
  std::vector<std::int64_t> ids;
  for (const auto& m : meetings) ids.push_back(m.id);
  reports::IdBatches q(db::connection(s.store), kRecipients, std::move(ids));
  ById<Invitee> out;
  while (q.step()) {
    Invitee i{q.column(6).text(), {}, q.column(5).int64()};
    i.who.person_id = q.column(1).int64();
    i.who.name = q.column(2).text();
    i.who.organisation = q.column(3).text();
    i.who.email = q.column(4).text();
    out[q.column(0).int64()].push_back(std::move(i));
  }
  for (auto& [meeting, list] : out) {
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return a.key() < b.key(); });
    list.erase(std::unique(list.begin(), list.end(),
                           [](const auto& a, const auto& b) { return a.key() == b.key(); }),
               list.end());
  }
  return out;
}

// The recipients of a meeting, each with their share of the group's open actions: their own,
// or their organisation's.
std::vector<Recipient> recipients(std::vector<Invitee>& invited, const std::vector<Owned>& owned) {
  std::vector<Recipient> out;
  for (auto& [name_key, who, org] : invited) {
    for (const auto& o : owned) {
      if ((who.person_id != 0 && o.person_id == who.person_id) || (org != 0 && o.org_id == org))
        who.open_actions.push_back(o.action);
    }
    out.push_back(std::move(who));
  }
  return out;
}

}  // namespace

// Four statements however many meetings: the meetings, then their groups' open actions and
// minutes owed and their recipients, each for all of them at once (a statement a meeting was
// a round trip each on PostgreSQL).
std::vector<Reminder> reminders(const Session& s, const ReportScope& scope) {
  db::ReadTx tx(s.store);
  std::vector<Meeting> meetings = upcoming(s, scope);
  ById<Owned> actions = open_actions(s, meetings);
  ById<MinutesStatus> owed = reports::owed_minutes(s, groups_of(meetings));
  ById<Invitee> invited = invitees(s, meetings);
  std::vector<Reminder> out;
  for (auto& m : meetings) {
    check_interrupted();
    Reminder r;
    r.meeting = std::move(m);
    r.place = r.meeting.location();
    const std::vector<Owned>& owned = actions[r.meeting.group_id];
    for (const auto& o : owned) r.open_actions.push_back(o.action);
    r.minutes_owed = owed[r.meeting.group_id];
    r.recipients = recipients(invited[r.meeting.id], owned);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace lpg
