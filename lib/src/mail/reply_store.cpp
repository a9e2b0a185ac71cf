// SPDX-License-Identifier: MIT
#include "mail/reply_store.hpp"

#include <lpg/text.hpp>

#include "db/store_impl.hpp"
#include "person/person_store.hpp"

namespace lpg {

namespace mail {

namespace {

std::optional<std::int64_t> lookup(const Session& s, const char* sql, const std::string& value) {
  db::Statement q(db::connection(s.store), sql);
  q.bind(1, value);
  if (!q.step()) return std::nullopt;
  return q.column(0).is_null() ? 0 : q.column(0).int64();
}

}  // namespace

std::string answer_of(const std::string& partstat) {
  if (partstat == "ACCEPTED") return "expected";
  if (partstat == "DECLINED") return "apologies";
  if (partstat == "TENTATIVE") return "tentative";
  if (partstat == "DELEGATED") return "delegated";
  return "";
}

std::optional<std::int64_t> who_is(const Session& s, const std::string& email) {
  if (auto p = person_store::id_by_email(db::connection(s.store), email)) return p;
  if (lookup(s, "SELECT 0 FROM organisation WHERE email = ?", email)) return 0;
  return std::nullopt;
}

std::optional<HeldReply> held_reply(const Session& s, std::int64_t meeting_id,
                                    const std::string& email) {
  db::Statement q(db::connection(s.store),
                  "SELECT partstat, dtstamp, sequence FROM meeting_reply "
                  "WHERE meeting_id = ? AND email = ?");
  q.bind(1, meeting_id);
  q.bind(2, email);
  if (!q.step()) return std::nullopt;
  return HeldReply{q.column(0).text(), q.column(1).text(), q.column(2).int32()};
}

void store_reply(const Session& s, const ReplyOutcome& o, std::int64_t person,
                 const std::string& dtstamp, const std::string& message_id) {
  db::Statement u(db::connection(s.store),
                  "INSERT INTO meeting_reply (meeting_id, email, person_id, partstat, "
                  "sequence, dtstamp, message_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (meeting_id, email) DO UPDATE SET person_id = excluded.person_id, "
                  "partstat = excluded.partstat, sequence = excluded.sequence, "
                  "dtstamp = excluded.dtstamp, message_id = excluded.message_id, "
                  "recorded_at = excluded.recorded_at");
  u.bind(1, o.meeting_id);
  u.bind(2, o.email);
  if (person != 0) u.bind(3, person);
  u.bind(4, o.partstat);
  u.bind(5, o.sequence);
  u.bind(6, dtstamp);
  u.bind(7, message_id);
  u.bind(8, s.clock.utc_stamp());
  u.exec();
}

std::optional<std::string> seen_outcome(const Session& s, const std::string& digest) {
  db::Statement q(db::connection(s.store), "SELECT outcome FROM mail_seen WHERE digest = ?");
  q.bind(1, digest);
  if (!q.step()) return std::nullopt;
  return q.column(0).text();
}

void remember_seen(const Session& s, const std::string& digest, const std::string& outcome) {
  db::Statement u(db::connection(s.store),
                  "INSERT INTO mail_seen (digest, outcome, seen_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (digest) DO UPDATE SET outcome = excluded.outcome, "
                  "seen_at = excluded.seen_at");
  u.bind(1, digest);
  u.bind(2, outcome);
  u.bind(3, s.clock.utc_stamp());
  u.exec();
}

void forget_replies_of(const Session& s, std::int64_t person_id) {
  db::Statement drop(db::connection(s.store), "DELETE FROM meeting_reply WHERE person_id = ?");
  drop.bind(1, person_id);
  drop.exec();
}

std::vector<PersonExport::Mail> mail_export_of(const Session& s, std::int64_t person) {
  db::Statement q(db::connection(s.store), R"sql(
    SELECT o.meeting_id, g.name, 'sent ' || o.method, o.sequence, o.email, o.written_at
      FROM mail_outbox o JOIN meeting m ON m.id = o.meeting_id JOIN grp g ON g.id = m.group_id
     WHERE o.person_id = ?1
    UNION ALL
    SELECT r.meeting_id, g.name, 'replied ' || r.partstat, r.sequence, r.email, r.recorded_at
      FROM meeting_reply r JOIN meeting m ON m.id = r.meeting_id JOIN grp g ON g.id = m.group_id
     WHERE r.person_id = ?1
     ORDER BY 6, 1)sql");
  q.bind(1, person);
  std::vector<PersonExport::Mail> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text(), q.column(3).int32(),
                   q.column(4).text(), q.column(5).text()});
  }
  return out;
}

}  // namespace mail

std::vector<ReplyLine> meeting_replies(const Session& s, MeetingId meeting) {
  db::Statement q(db::connection(s.store), R"sql(
    WITH invited AS (
      SELECT email, person_id FROM mail_outbox o
       WHERE meeting_id = ?1 AND method = 'REQUEST'
         AND id = (SELECT max(id) FROM mail_outbox i
                    WHERE i.meeting_id = o.meeting_id AND i.email = o.email)
      UNION ALL SELECT email, person_id FROM meeting_reply WHERE meeting_id = ?1),
    who AS (SELECT email, max(person_id) AS person_id FROM invited GROUP BY email)
    SELECT coalesce(p.name, (SELECT name FROM organisation o WHERE o.email = w.email LIMIT 1), ''),
           w.email, coalesce(r.partstat, '')
      FROM who w LEFT JOIN person p ON p.id = w.person_id AND p.erased_at IS NULL
      LEFT JOIN meeting_reply r ON r.meeting_id = ?1 AND r.email = w.email
     ORDER BY 1, 2)sql");
  q.bind(1, meeting.v);
  std::vector<ReplyLine> out;
  while (q.step()) {
    out.push_back({q.column(0).text(), q.column(1).text(), mail::answer_of(q.column(2).text())});
  }
  return out;
}

std::string reply_answer(const Session& s, MeetingId meeting, const std::string& email) {
  db::Statement q(db::connection(s.store),
                  "SELECT partstat FROM meeting_reply WHERE meeting_id = ? AND email = ?");
  q.bind(1, meeting.v);
  q.bind(2, ascii_lower(email));
  return q.step() ? mail::answer_of(q.column(0).text()) : "";
}

}  // namespace lpg
