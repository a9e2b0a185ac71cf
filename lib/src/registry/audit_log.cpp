// SPDX-License-Identifier: MIT
#include <lpg/audit_log.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"
#include "registry/naming.hpp"

namespace lpg {

namespace {

// The entity names a log can hold: the database's own tables.
std::string checked_entity(const Session& s, const std::string& entity) {
  std::string wanted = ascii_lower(trim(entity));
  if (wanted == "group") return "grp";
  SQLite::Statement q(db::conn(s.store),
                      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                      "'sqlite_%' ORDER BY name");
  std::vector<std::string> tables;
  while (q.executeStep()) tables.push_back(q.getColumn(0).getString());
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
  db::ReadTx tx(s.store);
  std::string entity = query.entity ? checked_entity(s, *query.entity) : "";
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id, at, os_user, command, action, entity, entity_id, detail "
                      "FROM audit_log WHERE (?1 = '' OR entity = ?1) AND (?2 IS NULL OR "
                      "entity_id = ?2) AND (?3 = '' OR at >= ?3) ORDER BY id DESC LIMIT ?4");
  q.bind(1, entity);
  if (query.id) q.bind(2, *query.id);
  q.bind(3, query.since ? start_of(s, *query.since) : std::string());
  q.bind(4, query.limit == 0 ? std::int64_t{-1} : query.limit);
  std::vector<AuditEntry> out;
  while (q.executeStep()) {
    AuditEntry e;
    e.id = q.getColumn(0).getInt64();
    e.at = q.getColumn(1).getString();
    e.os_user = q.getColumn(2).getString();
    e.command = q.getColumn(3).getString();
    e.action = q.getColumn(4).getString();
    e.entity = q.getColumn(5).getString();
    e.entity_id = registry::opt_int(q.getColumn(6));
    e.detail = q.getColumn(7).getString();
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace lpg
