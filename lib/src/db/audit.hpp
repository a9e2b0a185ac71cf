// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/session.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lpg::db {

/// Who is running lpg: $USER, else the name of the effective user id. Audit rows and the
/// default recorder of minutes both use it.
std::string os_user();

/// People an audit row is about, beyond those its entity names (0s are skipped).
using AuditPeople = std::vector<std::int64_t>;

/// Appends to the audit log, inside the caller's write transaction: when, which OS user, the
/// command line, what was done to which row. `detail` says what, never personal data erased.
/// The row is tied (table audit_person) to the people it is about, which is how `person forget`
/// and `person export` find it: the person of a person, membership or action row, and
/// `people` (a stand-in at a meeting, whoever a free-text recorder names).
void audit(const Session& session, std::string_view action, std::string_view entity,
           std::int64_t entity_id, std::string_view detail = {}, const AuditPeople& people = {});

/// audit() for a command that changes many rows (an import): prepared statements, reused.
class AuditWriter {
 public:
  explicit AuditWriter(const Session& session);
  /// Appends one row, tied to the people it is about (as audit() does); its id.
  std::int64_t add(std::string_view action, std::string_view entity, std::int64_t entity_id,
                   std::string_view detail = {}, const AuditPeople& people = {});

 private:
  const Store* store_;
  SQLite::Statement insert_;
  SQLite::Statement link_;
  std::string stamp_;
};

/// The people whose name or email a free-text value names, as a look-up would match it
/// (fold_key of the name, the email in any case; "Name <email>" by either part), all of them
/// when several share a name: a recorder or recipient typed as text.
AuditPeople people_named(const Session& session, std::string_view text);

class Connection;

/// Deletes audit row `id`, inside the caller's write transaction: an import taking back an
/// update it had audited, when a later row of its file replaces it (org/import_undo.cpp).
void remove_audit_row(Connection& c, std::int64_t id);

}  // namespace lpg::db
