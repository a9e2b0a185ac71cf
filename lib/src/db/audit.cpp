// SPDX-License-Identifier: MIT
#include "db/audit.hpp"

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

void audit(const Session& session, std::string_view action, std::string_view entity,
           std::int64_t entity_id, std::string_view detail) {
  static const std::string user = os_user();
  SQLite::Statement insert(conn(session.store),
                           "INSERT INTO audit_log (at, os_user, command, action, entity, "
                           "entity_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, session.clock.utc_stamp());
  insert.bind(2, user);
  insert.bind(3, session.store.command_line());
  insert.bind(4, std::string(action));
  insert.bind(5, std::string(entity));
  insert.bind(6, static_cast<int64_t>(entity_id));
  insert.bind(7, std::string(detail));
  insert.exec();
}

AuditWriter::AuditWriter(const Session& session)
    : db_(conn(session.store)),
      insert_(db_,
              "INSERT INTO audit_log (at, os_user, command, action, entity, entity_id, detail) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"),
      stamp_(session.clock.utc_stamp()) {
  insert_.bind(1, stamp_);
  insert_.bind(2, os_user());
  insert_.bind(3, session.store.command_line());
}

std::int64_t AuditWriter::add(std::string_view action, std::string_view entity,
                              std::int64_t entity_id, std::string_view detail) {
  insert_.reset();
  insert_.bind(4, std::string(action));
  insert_.bind(5, std::string(entity));
  insert_.bind(6, static_cast<int64_t>(entity_id));
  insert_.bind(7, std::string(detail));
  insert_.exec();
  return db_.getLastInsertRowid();
}

}  // namespace lpg::db
