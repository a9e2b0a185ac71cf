// SPDX-License-Identifier: MIT
#include "mail/outbox_store.hpp"

#include <lpg/dates.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"
#include "report/scope_sql.hpp"

namespace lpg::mail {

std::string record_outbox(const Session& s, const OutboxMessage& o) {
  db::Connection& c = db::connection(s.store);
  db::Statement insert(c,
                       "INSERT INTO mail_outbox (meeting_id, email, person_id, method, "
                       "sequence, file, written_at) VALUES (?, ?, ?, ?, ?, '', ?) RETURNING id");
  insert.bind(1, o.meeting.id);
  insert.bind(2, o.to.email);
  if (o.person_id != 0) insert.bind(3, o.person_id);
  insert.bind(4, o.method);
  insert.bind(5, o.sequence);
  insert.bind(6, s.clock.utc_stamp());
  std::int64_t id = insert.exec_id();
  std::string method = o.method == "REQUEST" ? "request" : "cancel";
  std::string file = fmt::format("{}-m{}-{}-s{}-o{}.eml", format_date(date_of(o.meeting.starts)),
                                 o.meeting.id, method, o.sequence, id);
  db::Statement name(c, "UPDATE mail_outbox SET file = ? WHERE id = ?");
  name.bind(1, file);
  name.bind(2, id);
  name.exec();
  return file;
}

SentMap latest_sent(const Session& s, const ReportScope& scope, const std::string& now) {
  std::string sql = reports::kScopeCte +
                    "SELECT o.meeting_id, o.email, o.method, o.sequence, "
                    "coalesce(o.person_id, 0) FROM mail_outbox o "
                    "JOIN meeting m ON m.id = o.meeting_id "
                    "WHERE m.starts_at > ?3 AND m.group_id IN (SELECT id FROM scope_grp) "
                    "AND o.id = (SELECT max(i.id) FROM mail_outbox i "
                    "WHERE i.meeting_id = o.meeting_id AND i.email = o.email)";
  db::Statement q(db::connection(s.store), sql);
  reports::bind_scope(q, scope);
  q.bind(3, now);
  SentMap out;
  while (q.step()) {
    out[q.column(0).int64()][q.column(1).text()] = {q.column(2).text(), q.column(3).int32(),
                                                    q.column(4).int64()};
  }
  return out;
}

std::optional<Sent> last_sent(const Session& s, std::int64_t meeting_id, const std::string& email) {
  db::Statement q(db::connection(s.store),
                  "SELECT method, sequence, coalesce(person_id, 0) FROM mail_outbox "
                  "WHERE meeting_id = ? AND email = ? ORDER BY id DESC LIMIT 1");
  q.bind(1, meeting_id);
  q.bind(2, email);
  if (!q.step()) return std::nullopt;
  return Sent{q.column(0).text(), q.column(1).int32(), q.column(2).int64()};
}

std::string addressee_name(const Session& s, std::int64_t person_id, const std::string& email) {
  db::Statement q(db::connection(s.store),
                  "SELECT name FROM person WHERE id = ?1 AND erased_at IS NULL UNION ALL "
                  "SELECT name FROM organisation WHERE email = ?2 LIMIT 1");
  q.bind(1, person_id);
  q.bind(2, email);
  return q.step() ? q.column(0).text() : std::string();
}

void forget_outbox_of(const Session& s, std::int64_t person_id) {
  db::Statement drop(db::connection(s.store), "DELETE FROM mail_outbox WHERE person_id = ?");
  drop.bind(1, person_id);
  drop.exec();
}

}  // namespace lpg::mail
