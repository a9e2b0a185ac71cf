// SPDX-License-Identifier: MIT
// Forgetting a person: their personal data leaves every row and, once compacted, the file.
#include "privacy/erase.hpp"

#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/refs.hpp>

#include <fmt/format.h>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "privacy/redact.hpp"

namespace lpg {

namespace privacy {

namespace {

constexpr std::string_view kErased = "[erased]";

std::int64_t count(const Session& s, const char* sql, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store), sql);
  q.bind(1, static_cast<int64_t>(id));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// Rewrites one text column of a table wherever it mentions the person, row by row (by
// rowid). Returns the number of rows changed.
std::int64_t scrub_column(const Session& s, const std::string& table, const std::string& column,
                          const Needles& needles, const std::string& placeholder) {
  auto& db = db::conn(s.store);
  SQLite::Statement q(db, fmt::format("SELECT rowid, {0} FROM {1} WHERE {0} IS NOT NULL "
                                      "ORDER BY rowid",
                                      column, table));
  SQLite::Statement update(db, fmt::format("UPDATE {} SET {} = ? WHERE rowid = ?", table, column));
  std::int64_t changed = 0;
  while (q.executeStep()) {
    check_interrupted();
    std::string text = q.getColumn(1).getString();
    std::string clean = redact(text, needles, placeholder, kErased);
    if (clean == text) continue;
    update.reset();
    update.bind(1, clean);
    update.bind(2, static_cast<int64_t>(q.getColumn(0).getInt64()));
    update.exec();
    ++changed;
  }
  return changed;
}

// Audit rows that mention the person in their command line or detail: both columns at once,
// so a row counts once. Their job title and notes are looked for only in rows about them (their
// person row, memberships and actions, or rows naming them): "Manager" elsewhere is someone
// else's.
std::int64_t scrub_audit(const Session& s, const Needles& needles, std::int64_t id,
                         const std::string& placeholder, std::int64_t from_id) {
  auto& db = db::conn(s.store);
  SQLite::Statement q(db, R"sql(
    SELECT id, command, detail,
           (entity = 'person' AND entity_id = ?1)
        OR (entity = 'membership' AND entity_id IN (SELECT id FROM membership WHERE person_id = ?1))
        OR (entity = 'action' AND entity_id IN (SELECT id FROM action WHERE owner_person_id = ?1))
      FROM audit_log WHERE id >= ?2 ORDER BY id)sql");
  q.bind(1, static_cast<int64_t>(id));
  q.bind(2, static_cast<int64_t>(from_id));
  SQLite::Statement update(db, "UPDATE audit_log SET command = ?, detail = ? WHERE id = ?");
  Needles identity{needles.name, needles.email, needles.phone, {}};
  std::int64_t changed = 0;
  while (q.executeStep()) {
    check_interrupted();
    std::string command = q.getColumn(1).getString();
    std::string detail = q.getColumn(2).getString();
    bool about =
        q.getColumn(3).getInt() != 0 || mentions(command, identity) || mentions(detail, identity);
    const Needles& look_for = about ? needles : identity;
    std::string clean_command = redact(command, look_for, placeholder, kErased);
    std::string clean_detail = redact(detail, look_for, placeholder, kErased);
    if (clean_command == command && clean_detail == detail) continue;
    update.reset();
    update.bind(1, clean_command);
    update.bind(2, clean_detail);
    update.bind(3, static_cast<int64_t>(q.getColumn(0).getInt64()));
    update.exec();
    ++changed;
  }
  return changed;
}

// What to look for: identity, plus their job title, note and membership notes.
Needles needles_of(const Session& s, std::int64_t id, SQLite::Statement& person) {
  Needles n{person.getColumn(0).getString(),
            person.getColumn(1).getString(),
            person.getColumn(2).getString(),
            {}};
  n.others.push_back(person.getColumn(4).getString());
  n.others.push_back(person.getColumn(5).getString());
  SQLite::Statement notes(db::conn(s.store),
                          "SELECT note FROM membership WHERE person_id = ? AND note <> ''");
  notes.bind(1, static_cast<int64_t>(id));
  while (notes.executeStep()) n.others.push_back(notes.getColumn(0).getString());
  return n;
}

void blank_person(const Session& s, std::int64_t id, const std::string& placeholder,
                  const std::string& stamp) {
  auto& db = db::conn(s.store);
  SQLite::Statement update(db,
                           "UPDATE person SET name = ?, name_key = ?, email = NULL, phone = NULL, "
                           "job_title = NULL, note = '', erased_at = ?, updated_at = ? "
                           "WHERE id = ?");
  update.bind(1, placeholder);
  update.bind(2, fold_key(placeholder));
  update.bind(3, stamp);
  update.bind(4, stamp);
  update.bind(5, static_cast<int64_t>(id));
  update.exec();
  // A membership's note is free text about this person ("deputy for Jo"): it goes too.
  SQLite::Statement notes(db, "UPDATE membership SET note = '' WHERE person_id = ?");
  notes.bind(1, static_cast<int64_t>(id));
  notes.exec();
  // The mail loop's record of what went to their address and what they answered.
  for (const char* sql : {"DELETE FROM mail_outbox WHERE person_id = ?",
                          "DELETE FROM meeting_reply WHERE person_id = ?"}) {
    SQLite::Statement drop(db, sql);
    drop.bind(1, static_cast<int64_t>(id));
    drop.exec();
  }
}

}  // namespace

Forgotten erase_person(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT name, coalesce(email, ''), coalesce(phone, ''), erased_at, "
                      "coalesce(job_title, ''), note FROM person WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) throw Error(ErrorKind::NotFound, fmt::format("person #{} not found", id));
  if (!q.getColumn(3).isNull()) {
    throw Error(ErrorKind::Conflict,
                fmt::format("person #{} was already erased on {}", id,
                            q.getColumn(3).getString().substr(0, 10)),
                "nothing is left to erase");
  }
  Needles needles = needles_of(s, id, q);
  Forgotten f;
  f.id = id;
  f.placeholder = erased_placeholder(id);
  f.erased_at = s.clock.utc_stamp();
  blank_person(s, id, f.placeholder, f.erased_at);
  f.memberships = count(s, "SELECT count(*) FROM membership WHERE person_id = ?", id);
  f.attendance = count(s,
                       "SELECT count(*) FROM attendance WHERE person_id = ?1 OR "
                       "represented_by = ?1",
                       id);
  f.actions = count(s, "SELECT count(*) FROM action WHERE owner_person_id = ?", id);
  Needles identity{needles.name, needles.email, needles.phone, {}};
  f.minutes_scrubbed = scrub_column(s, "minutes_version", "recorded_by", identity, f.placeholder) +
                       scrub_column(s, "minutes", "submitted_to", identity, f.placeholder);
  f.audit_rows_scrubbed = scrub_audit(s, needles, id, f.placeholder, 0);
  // What was erased, never the values; the command line of this very run may name the person
  // too ("lpg person forget 'Jo Bloggs'"), so the new row is scrubbed like the others.
  db::audit(s, "forget", "person", id,
            fmt::format("erased name, email, phone, job title and note; kept {} membership(s), "
                        "{} attendance record(s), {} action(s); scrubbed {} audit row(s)",
                        f.memberships, f.attendance, f.actions, f.audit_rows_scrubbed));
  scrub_audit(s, needles, id, f.placeholder, db::last_id(s.store));
  return f;
}

}  // namespace privacy

std::string erased_placeholder(std::int64_t id) { return fmt::format("erased person #{}", id); }

Forgotten forget_person(const Session& s, std::string_view ref, bool confirmed,
                        Compaction* compaction) {
  Forgotten f;
  {
    db::WriteTx tx(s.store);
    PersonId id = find_person(s, ref);
    if (!confirmed) {
      SQLite::Statement q(db::conn(s.store),
                          "SELECT name, erased_at IS NOT NULL FROM person "
                          "WHERE id = ?");
      q.bind(1, static_cast<int64_t>(id.v));
      q.executeStep();
      if (q.getColumn(1).getInt() == 0) {
        throw Error(ErrorKind::Usage,
                    fmt::format("forgetting person #{} \"{}\" erases their name, email and phone "
                                "for good; nothing was changed",
                                id.v, q.getColumn(0).getString()),
                    "give --yes to erase them");
      }
    }
    f = privacy::erase_person(s, id.v);
    tx.commit();
  }
  Compaction c = compact_database(s.store);
  if (compaction != nullptr) *compaction = c;
  return f;
}

}  // namespace lpg
