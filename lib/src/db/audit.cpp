// SPDX-License-Identifier: MIT
#include "db/audit.hpp"

#include <lpg/interrupt.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "db/store_impl.hpp"

namespace lpg::db {

// $USER first, as the login session names the person (and as the test runner pins it, so
// golden files do not depend on who runs them); the password database when it is unset.
std::string os_user() {
  if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') return user;
  if (const passwd* pw = ::getpwuid(::geteuid()); pw != nullptr && pw->pw_name != nullptr) {
    return pw->pw_name;
  }
  return "uid " + std::to_string(::geteuid());
}

const char* const kRowsAbout = R"sql(
    SELECT audit_id FROM audit_person WHERE person_id = ?1
    UNION SELECT id FROM audit_log WHERE entity = 'person' AND entity_id = ?1
    UNION SELECT a.id FROM audit_log a JOIN membership m ON m.id = a.entity_id
           WHERE a.entity = 'membership' AND m.person_id = ?1
    UNION SELECT a.id FROM audit_log a JOIN action x ON x.id = a.entity_id
           WHERE a.entity = 'action' AND x.owner_person_id = ?1)sql";

namespace {

constexpr const char* kInsert =
    "INSERT INTO audit_log (at, os_user, command, action, entity, entity_id, detail) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";

// The person the row's entity belongs to, read while the row still exists. One statement: a
// membership or action owned by an organisation gives no one.
constexpr const char* kLink = R"sql(
  INSERT INTO audit_person (person_id, audit_id)
  SELECT p, CAST(?1 AS BIGINT) FROM (
    SELECT CAST(?3 AS BIGINT) AS p WHERE CAST(?2 AS TEXT) = 'person'
    UNION ALL SELECT person_id FROM membership WHERE ?2 = 'membership' AND id = ?3
    UNION ALL SELECT owner_person_id FROM action WHERE ?2 = 'action' AND id = ?3) AS entity
  WHERE p IS NOT NULL AND p > 0
  ON CONFLICT DO NOTHING)sql";

// The others the caller names.
constexpr const char* kLinkPerson =
    "INSERT INTO audit_person (person_id, audit_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

std::int64_t append(Statement& insert, Statement& link, Statement& link_person,
                    std::string_view action, std::string_view entity, std::int64_t entity_id,
                    std::string_view detail, const AuditPeople& people) {
  insert.bind(4, action);
  insert.bind(5, entity);
  insert.bind(6, entity_id);
  insert.bind(7, detail);
  std::int64_t row = insert.exec_id();
  link.bind(1, row);
  link.bind(2, entity);
  link.bind(3, entity_id);
  link.exec();
  for (std::int64_t person : people) {
    if (person <= 0) continue;
    link_person.bind(1, person);
    link_person.bind(2, row);
    link_person.exec();
  }
  return row;
}

// Who wrote the row: the operating-system user, and on PostgreSQL also the database role the
// connection logged in as ("jo as lpg_officer"): a team's officers may share a role, or one
// officer's cron job may use another.
std::string writer(const Session& session) {
  static const std::string user = os_user();
  Connection& c = connection(session.store);
  if (c.dialect() != Dialect::Postgres) return user;
  static const std::string role = query_text(c, "SELECT CAST(current_user AS TEXT)");
  return user + " as " + role;
}

void bind_run(Statement& insert, const Session& session) {
  insert.bind(1, session.clock.utc_stamp());
  insert.bind(2, writer(session));
  insert.bind(3, session.store.command_line());
}

}  // namespace

std::int64_t audit(const Session& session, std::string_view action, std::string_view entity,
                   std::int64_t entity_id, std::string_view detail, const AuditPeople& people) {
  Connection& c = connection(session.store);
  Statement insert(c, kInsert);
  Statement link(c, kLink);
  Statement link_person(c, kLinkPerson);
  bind_run(insert, session);
  return append(insert, link, link_person, action, entity, entity_id, detail, people);
}

AuditWriter::AuditWriter(const Session& session)
    : insert_(connection(session.store), kInsert),
      link_(connection(session.store), kLink),
      link_person_(connection(session.store), kLinkPerson),
      connection_(&connection(session.store)) {
  bind_run(insert_, session);
}

std::int64_t AuditWriter::add(std::string_view action, std::string_view entity,
                              std::int64_t entity_id, std::string_view detail,
                              const AuditPeople& people) {
  return append(insert_, link_, link_person_, action, entity, entity_id, detail, people);
}

void AuditWriter::take_back(std::int64_t row) {
  if (!drop_) drop_.emplace(*connection_, "DELETE FROM audit_log WHERE id = ?");
  drop_->bind(1, row);
  drop_->exec();
}

AuditPeople people_named(const Session& session, std::string_view text) {
  std::string whole = trim(text);
  std::string name = whole, email = ascii_lower(whole);
  if (auto lt = whole.rfind('<'); lt != std::string::npos && whole.ends_with('>')) {
    name = trim(std::string_view(whole).substr(0, lt));
    email = ascii_lower(trim(std::string_view(whole).substr(lt + 1, whole.size() - lt - 2)));
  }
  Statement q(connection(session.store),
              "SELECT id FROM person WHERE erased_at IS NULL AND "
              "(name_key = ? OR name_key = ? OR email = ?) ORDER BY id");
  q.bind(1, fold_key(whole));
  q.bind(2, fold_key(name));
  q.bind(3, email);
  AuditPeople out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

void remove_audit_row(Connection& c, std::int64_t id) {
  Statement q(c, "DELETE FROM audit_log WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

std::vector<AuditText> audit_runs_about(const Session& session, std::int64_t person_id,
                                        std::int64_t from_id) {
  Statement q(connection(session.store), fmt::format(R"sql(
    WITH about(id) AS ({}),
         runs AS (SELECT DISTINCT at, os_user, command FROM audit_log
                   WHERE id IN (SELECT id FROM about))
    SELECT a.id, a.command, a.detail, a.id IN (SELECT id FROM about)
      FROM audit_log a JOIN runs r ON r.at = a.at AND r.os_user = a.os_user
                                  AND r.command = a.command
     WHERE a.id >= ?2 ORDER BY a.id)sql",
                                                     kRowsAbout));
  q.bind(1, person_id);
  q.bind(2, from_id);
  std::vector<AuditText> out;
  while (q.step()) {
    check_interrupted();
    out.push_back(
        {q.column(0).int64(), q.column(1).text(), q.column(2).text(), q.column(3).int32() != 0});
  }
  return out;
}

void rewrite_audit(const Session& session, const AuditText& row) {
  Statement update(connection(session.store),
                   "UPDATE audit_log SET command = ?, detail = ? WHERE id = ?");
  update.bind(1, row.command);
  update.bind(2, row.detail);
  update.bind(3, row.id);
  update.exec();
}

std::vector<PersonExport::AuditRow> audit_rows_about(const Session& session, std::int64_t person) {
  Statement q(connection(session.store),
              fmt::format("SELECT id, at, os_user, command, action, entity, entity_id, "
                          "detail FROM audit_log WHERE id IN ({}) ORDER BY id",
                          kRowsAbout));
  q.bind(1, person);
  std::vector<PersonExport::AuditRow> out;
  while (q.step()) {
    check_interrupted();
    out.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text(), q.column(3).text(),
                   q.column(4).text(), q.column(5).text(), q.column(7).text(),
                   q.column(6).opt_int64()});
  }
  return out;
}

}  // namespace lpg::db
