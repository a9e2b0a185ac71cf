// SPDX-License-Identifier: MIT
#pragma once
// Reading the audit log that every change writes: `lpg log`.

#include <lpg/dates.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  ///< UTC timestamp, 2026-11-30T09:00:00Z
  std::string os_user;
  std::string command;  ///< the command line as run
  std::string action;   ///< add, edit, remove, archive, ...
  std::string entity;   ///< the table: area, grp, organisation, person, membership, ...
  std::optional<std::int64_t> entity_id;
  std::string detail;
};

struct AuditQuery {
  std::optional<std::string> entity;  ///< a table name; "group" means grp
  std::optional<std::int64_t> id;     ///< needs entity
  std::optional<Date> since;          ///< from local midnight of this day
  std::int64_t limit = 50;            ///< 0: no limit
};

/// Audit entries, newest first. Throws Error{Invalid} for an entity that is no lpg table (with
/// a did-you-mean hint), an id without an entity, or a negative limit.
std::vector<AuditEntry> read_audit_log(const Session& session, const AuditQuery& query);

}  // namespace lpg
