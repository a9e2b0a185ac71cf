// SPDX-License-Identifier: MIT
// Reading the audit log for `lpg log` (db/audit.cpp writes it).
#include <lpg/audit_log.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "db/store_impl.hpp"

namespace lpg {

namespace {

// The entity names a log can hold: the database's own tables.
std::string checked_entity(const Session& s, const std::string& entity) {
  std::string wanted = ascii_lower(trim(entity));
  if (wanted == "group") return "grp";
  std::vector<std::string> tables = db::connection(s.store).table_names();
  if (std::find(tables.begin(), tables.end(), wanted) != tables.end()) return wanted;
  tables.emplace_back("group");
  std::string hint = "see 'lpg db info' for the tables";
  if (auto near = nearest(wanted, tables)) hint = fmt::format("did you mean \"{}\"?", *near);
  throw Error(ErrorKind::Invalid, fmt::format("entity \"{}\" is not a table lpg keeps", entity),
              hint);
}

// The UTC timestamp of local midnight starting `day`, in the configured zone.
std::string start_of(const Session& s, Date day) {
  auto local = date::local_days{day};
  auto zoned =
      date::zoned_time<std::chrono::seconds>(s.clock.zone(), local, date::choose::earliest);
  return date::format("%Y-%m-%dT%H:%M:%SZ", zoned.get_sys_time());
}

}  // namespace

std::vector<AuditEntry> read_audit_log(const Session& s, const AuditQuery& query) {
  if (query.id && !query.entity) {
    throw Error(ErrorKind::Invalid, "--id needs --entity", "e.g. lpg log --entity grp --id 3");
  }
  if (query.limit < 0) {
    throw Error(ErrorKind::Invalid, fmt::format("--limit {} is negative", query.limit),
                "give a number of entries, or 0 for all");
  }
  db::Connection& c = db::connection(s.store);
  db::ReadTx tx(c);
  std::string entity = query.entity ? checked_entity(s, *query.entity) : "";
  db::Statement q(c,
                  "SELECT id, at, os_user, command, action, entity, entity_id, detail "
                  "FROM audit_log WHERE (CAST(?1 AS TEXT) = '' OR entity = ?1) AND "
                  "(CAST(?2 AS BIGINT) IS NULL OR entity_id = ?2) AND "
                  "(CAST(?3 AS TEXT) = '' OR at >= ?3) ORDER BY id DESC LIMIT ?4");
  q.bind(1, entity);
  if (query.id) q.bind(2, *query.id);
  q.bind(3, query.since ? start_of(s, *query.since) : std::string());
  // No limit: the largest there is (LIMIT -1 is SQLite's alone).
  q.bind(4, query.limit == 0 ? std::numeric_limits<std::int64_t>::max() : query.limit);
  std::vector<AuditEntry> out;
  while (q.step()) {
    AuditEntry e;
    e.id = q.column(0).int64();
    e.at = q.column(1).text();
    e.os_user = q.column(2).text();
    e.command = q.column(3).text();
    e.action = q.column(4).text();
    e.entity = q.column(5).text();
    e.entity_id = q.column(6).opt_int64();
    e.detail = q.column(7).text();
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace lpg
