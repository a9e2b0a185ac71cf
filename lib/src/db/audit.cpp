// SPDX-License-Identifier: MIT
#include "db/audit.hpp"

#include <lpg/refs.hpp>
#include <lpg/text.hpp>

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

namespace {

constexpr const char* kInsert =
    "INSERT INTO audit_log (at, os_user, command, action, entity, entity_id, detail) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";

// The person the row's entity belongs to, read while the row still exists; then the others.
// One statement: a membership or action owned by an organisation gives no one.
constexpr const char* kLink = R"sql(
  INSERT OR IGNORE INTO audit_person (person_id, audit_id)
  SELECT p, ?1 FROM (
    SELECT ?3 AS p WHERE ?2 = 'person'
    UNION ALL SELECT person_id FROM membership WHERE ?2 = 'membership' AND id = ?3
    UNION ALL SELECT owner_person_id FROM action WHERE ?2 = 'action' AND id = ?3
    UNION ALL SELECT value FROM json_each(?4))
  WHERE p IS NOT NULL AND p > 0)sql";

std::string json_ids(const AuditPeople& people) {
  std::string out = "[";
  for (std::int64_t id : people) {
    if (out.size() > 1) out += ',';
    out += std::to_string(id);
  }
  return out + "]";
}

void link(SQLite::Statement& q, std::int64_t row, std::string_view entity, std::int64_t entity_id,
          const AuditPeople& people) {
  q.reset();
  q.bind(1, static_cast<int64_t>(row));
  q.bind(2, std::string(entity));
  q.bind(3, static_cast<int64_t>(entity_id));
  q.bind(4, json_ids(people));
  q.exec();
}

}  // namespace

void audit(const Session& session, std::string_view action, std::string_view entity,
           std::int64_t entity_id, std::string_view detail, const AuditPeople& people) {
  static const std::string user = os_user();
  SQLite::Statement insert(conn(session.store), kInsert);
  insert.bind(1, session.clock.utc_stamp());
  insert.bind(2, user);
  insert.bind(3, session.store.command_line());
  insert.bind(4, std::string(action));
  insert.bind(5, std::string(entity));
  insert.bind(6, static_cast<int64_t>(entity_id));
  insert.bind(7, std::string(detail));
  insert.exec();
  SQLite::Statement q(conn(session.store), kLink);
  link(q, last_id(session.store), entity, entity_id, people);
}

AuditWriter::AuditWriter(const Session& session)
    : store_(&session.store),
      insert_(conn(session.store), kInsert),
      link_(conn(session.store), kLink),
      stamp_(session.clock.utc_stamp()) {
  insert_.bind(1, stamp_);
  insert_.bind(2, os_user());
  insert_.bind(3, session.store.command_line());
}

std::int64_t AuditWriter::add(std::string_view action, std::string_view entity,
                              std::int64_t entity_id, std::string_view detail,
                              const AuditPeople& people) {
  insert_.reset();
  insert_.bind(4, std::string(action));
  insert_.bind(5, std::string(entity));
  insert_.bind(6, static_cast<int64_t>(entity_id));
  insert_.bind(7, std::string(detail));
  insert_.exec();
  std::int64_t row = last_id(*store_);
  link(link_, row, entity, entity_id, people);
  return row;
}

AuditPeople people_named(const Session& session, std::string_view text) {
  std::string whole = trim(text);
  std::string name = whole, email = ascii_lower(whole);
  if (auto lt = whole.rfind('<'); lt != std::string::npos && whole.ends_with('>')) {
    name = trim(std::string_view(whole).substr(0, lt));
    email = ascii_lower(trim(std::string_view(whole).substr(lt + 1, whole.size() - lt - 2)));
  }
  SQLite::Statement q(conn(session.store),
                      "SELECT id FROM person WHERE erased_at IS NULL AND "
                      "(name_key = ? OR name_key = ? OR email = ?) ORDER BY id");
  q.bind(1, fold_key(whole));
  q.bind(2, fold_key(name));
  q.bind(3, email);
  AuditPeople out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

void remove_audit_row(Connection& c, std::int64_t id) {
  Statement q(c, "DELETE FROM audit_log WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

}  // namespace lpg::db
