// SPDX-License-Identifier: MIT
#include "db/postgres_error.hpp"

#include <lpg/interrupt.hpp>

#include <fmt/format.h>

#include <pqxx/except>

#include "db/sql.hpp"

namespace lpg::db {

namespace {

std::string scrubbed(const std::string& text, const std::string& secret) {
  if (secret.empty()) return text;
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = text.find(secret); at != std::string::npos;
       at = text.find(secret, copied)) {
    out.append(text, copied, at - copied);
    out.append("***");
    copied = at + secret.size();
  }
  out.append(text, copied, std::string::npos);
  return out;
}

// The server's first line, without libpq's "ERROR:  " and the DETAIL/HINT lines after it.
std::string first_line(std::string_view text) {
  for (std::string_view prefix : {"ERROR:  ", "FATAL:  "}) {
    if (text.starts_with(prefix)) text.remove_prefix(prefix.size());
  }
  text = text.substr(0, text.find('\n'));
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  return std::string(text);
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

Error connect_error(const std::string& message, const std::string& where) {
  if (contains(message, "authentication failed") || contains(message, "no password supplied") ||
      contains(message, "pg_hba.conf") ||
      (contains(message, "role \"") && contains(message, "does not exist"))) {
    return {ErrorKind::Permission, fmt::format("{} refused the login: {}", where, message),
            "check the user name, and the password in ~/.pgpass or the service file"};
  }
  if (contains(message, "database \"") && contains(message, "does not exist")) {
    return {ErrorKind::NotFound, fmt::format("no database at {}: {}", where, message),
            "create it (createdb), or correct database.url"};
  }
  return {ErrorKind::CantCreate, fmt::format("cannot connect to {}: {}", where, message),
          "check database.url (or --db / $LPG_DB), that the server is running, and sslmode"};
}

Error by_sqlstate(const std::string& state, const std::string& message, const std::string& where) {
  auto is = [&](std::string_view code) { return state == code; };
  auto in_class = [&](std::string_view cls) { return state.starts_with(cls); };
  if (in_class("23")) return {ErrorKind::Conflict, "refused by the database: " + message};
  if (is("40001") || is("40P01")) {
    return {ErrorKind::Busy, fmt::format("{} is busy: {}", where, message), "try again"};
  }
  if (is("55P03")) {
    return {ErrorKind::Busy, fmt::format("{} is busy: another lpg is writing to it", where),
            "try again, or raise database.busy_timeout_ms"};
  }
  if (is("57014")) {
    if (interrupt_signal() != 0) return {ErrorKind::Interrupted, "interrupted; nothing was saved"};
    return {ErrorKind::Busy, fmt::format("{} cancelled the statement: {}", where, message),
            "try again; if it keeps happening, ask about the server's statement_timeout"};
  }
  if (is("25006")) {
    return {ErrorKind::Permission,
            fmt::format("cannot write to {}: it is read-only; nothing was saved", where),
            "connect to the primary server, not a standby, or ask for write access"};
  }
  if (is("42501")) {
    return {ErrorKind::Permission, fmt::format("permission denied on {}: {}", where, message),
            "ask the database's owner to grant this role access to lpg's tables"};
  }
  if (is("53100")) {
    return {ErrorKind::Io, fmt::format("disk full writing {}: nothing was saved", where),
            "ask the database's administrator to free some space"};
  }
  if (is("53300") || is("57P03")) {
    return {ErrorKind::Busy, fmt::format("{} accepts no more connections: {}", where, message),
            "try again in a moment"};
  }
  if (in_class("08") || in_class("57P")) {
    return {ErrorKind::Io,
            fmt::format("lost the connection to {}: {}; nothing was saved", where, message)};
  }
  if (is("3D000")) return connect_error(message, where);
  if (in_class("28")) return connect_error(message, where);
  if (is("25P02")) {
    return {ErrorKind::Internal,
            fmt::format("a statement failed earlier in this transaction on {}, so PostgreSQL "
                        "refuses the rest: {}",
                        where, message),
            "a statement whose failure is caught must run in its own nested db::WriteTx"};
  }
  if (in_class("22") || in_class("54")) {
    return {ErrorKind::Invalid, fmt::format("the database refused a value: {}", message)};
  }
  if (is("XX001") || is("XX002")) {
    return {ErrorKind::Invalid, fmt::format("{} is damaged: {}", where, message),
            "ask the database's administrator to check it, and restore from a backup"};
  }
  return {ErrorKind::Internal, fmt::format("database error on {}: {}", where, message)};
}

}  // namespace

Error translate_postgres(const std::exception& e, const std::string& where,
                         const std::string& secret, PgStage stage) {
  std::string message = scrubbed(first_line(e.what()), secret);
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
    return by_sqlstate(sql->sqlstate(), message, where);
  }
  if (dynamic_cast<const pqxx::serialization_failure*>(&e) != nullptr ||
      dynamic_cast<const pqxx::deadlock_detected*>(&e) != nullptr) {
    return by_sqlstate("40001", message, where);
  }
  if (dynamic_cast<const pqxx::in_doubt_error*>(&e) != nullptr ||
      dynamic_cast<const pqxx::statement_completion_unknown*>(&e) != nullptr ||
      (stage == PgStage::Commit && dynamic_cast<const pqxx::broken_connection*>(&e))) {
    return {ErrorKind::Io,
            fmt::format("lost the connection to {} while committing: the change may or may not "
                        "have been saved ({})",
                        where, message),
            "check with 'lpg log' before running the command again"};
  }
  if (dynamic_cast<const pqxx::broken_connection*>(&e) != nullptr) {
    if (stage == PgStage::Connect) return connect_error(message, where);
    return {ErrorKind::Io,
            fmt::format("lost the connection to {}: {}; nothing was saved", where, message)};
  }
  return {ErrorKind::Internal, fmt::format("database error on {}: {}", where, message)};
}

void rethrow_postgres(const std::string& where, const std::string& secret, PgStage stage) {
  try {
    throw;
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    Error error = translate_postgres(e, where, secret, stage);
    bool retry = dynamic_cast<const pqxx::serialization_failure*>(&e) != nullptr ||
                 dynamic_cast<const pqxx::deadlock_detected*>(&e) != nullptr;
    if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
      retry = retry || sql->sqlstate() == "40001" || sql->sqlstate() == "40P01";
    }
    if (retry) throw SerializationFailure(error.kind(), error.what(), error.hint());
    throw Error(error.kind(), error.what(), error.hint());
  }
}

}  // namespace lpg::db
