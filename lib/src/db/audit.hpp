// SPDX-License-Identifier: MIT
#pragma once
// The owner of audit_log and audit_person: every row written, and every rewrite of one.

#include <lpg/privacy.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/sql.hpp"

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
/// `people` (a stand-in at a meeting, whoever a free-text recorder names). Returns its id.
std::int64_t audit(const Session& session, std::string_view action, std::string_view entity,
                   std::int64_t entity_id, std::string_view detail = {},
                   const AuditPeople& people = {});

/// audit() for a command that changes many rows (an import): prepared statements, reused.
class AuditWriter {
 public:
  explicit AuditWriter(const Session& session);
  /// Appends one row, tied to the people it is about (as audit() does); its id.
  std::int64_t add(std::string_view action, std::string_view entity, std::int64_t entity_id,
                   std::string_view detail = {}, const AuditPeople& people = {});
  /// Takes back row `row` that add() wrote in this transaction, with its ties to people: for
  /// an import that puts a row back as it was (so the log does not say it changed).
  void take_back(std::int64_t row);

 private:
  Statement insert_;
  Statement link_;
  Statement link_person_;
  std::optional<Statement> drop_;  // prepared on first use
  Connection* connection_;
};

/// The people whose name or email a free-text value names, as a look-up would match it
/// (fold_key of the name, the email in any case; "Name <email>" by either part), all of them
/// when several share a name: a recorder or recipient typed as text.
AuditPeople people_named(const Session& session, std::string_view text);

class Connection;

/// Deletes audit row `id`, inside the caller's write transaction: an import taking back an
/// update it had audited, when a later row of its file replaces it (org/import_undo.cpp).
void remove_audit_row(Connection& c, std::int64_t id);

/// SQL for the ids of the audit rows about person ?1, usable as `id IN (...)`: those tied to
/// them (audit_person) and those about their person, membership or action rows.
extern const char* const kRowsAbout;

/// An audit row's text, as erasure reads and rewrites it.
struct AuditText {
  std::int64_t id = 0;
  std::string command;
  std::string detail;
  bool about = false;  ///< the row is about the person (not only written by the same run)
};

/// The rows from id `from_id` on that the runs which wrote a row about person `person_id`
/// wrote ("meeting attend 1 Jo Ann" wrote a row for each), in id order.
std::vector<AuditText> audit_runs_about(const Session& session, std::int64_t person_id,
                                        std::int64_t from_id);

/// Replaces row `row.id`'s command line and detail (erasure only: the log is append-only).
void rewrite_audit(const Session& session, const AuditText& row);

/// The audit rows about a person by identity (kRowsAbout), by id: for a subject access export.
std::vector<PersonExport::AuditRow> audit_rows_about(const Session& session, std::int64_t person);

}  // namespace lpg::db
