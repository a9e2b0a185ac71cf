// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/session.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace lpg::db {

/// Who is running lpg: $USER, else the name of the effective user id. Audit rows and the
/// default recorder of minutes both use it.
std::string os_user();

/// Appends to the audit log, inside the caller's write transaction: when, which OS user, the
/// command line, what was done to which row. `detail` says what, never personal data erased.
void audit(const Session& session, std::string_view action, std::string_view entity,
           std::int64_t entity_id, std::string_view detail = {});

/// audit() for a command that changes many rows (an import): one prepared statement, reused.
class AuditWriter {
 public:
  explicit AuditWriter(const Session& session);
  /// Appends one row; its id.
  std::int64_t add(std::string_view action, std::string_view entity, std::int64_t entity_id,
                   std::string_view detail = {});

 private:
  SQLite::Database& db_;
  SQLite::Statement insert_;
  std::string stamp_;
};

}  // namespace lpg::db
