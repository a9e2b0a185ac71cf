// SPDX-License-Identifier: MIT
#include "db/sqlite_error.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <exception>

#include "db/active.hpp"

namespace lpg::db {

Error translate(const SQLite::Exception& e, const std::string& path) {
  std::string where = path.empty() ? "the database" : path;
  switch (e.getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return {ErrorKind::Busy, fmt::format("{} is busy: another lpg is writing to it", where),
              "try again, or raise database.busy_timeout_ms"};
    case SQLITE_READONLY:
      return {ErrorKind::Permission,
              fmt::format("cannot write to {}: it is read-only; nothing was saved", where),
              "check the permissions of the file and its directory"};
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return {ErrorKind::Permission, fmt::format("permission denied on {}: {}", where, e.what())};
    case SQLITE_CANTOPEN:
      return {ErrorKind::CantCreate, fmt::format("cannot open {}: {}", where, e.what()),
              "check the path and its permissions"};
    case SQLITE_FULL:
      return {ErrorKind::Io, fmt::format("disk full writing {}: nothing was saved", where),
              "free some space and run the command again"};
    case SQLITE_IOERR:
      return {ErrorKind::Io, fmt::format("I/O error on {}: {}", where, e.what())};
    case SQLITE_NOTADB:
      return {ErrorKind::Invalid, fmt::format("{} is not an lpg database", where),
              "check --db / $LPG_DB / database.path"};
    case SQLITE_CORRUPT:
      return {ErrorKind::Invalid, fmt::format("{} is damaged: {}", where, e.what()),
              "run 'lpg db check', and restore from a backup"};
    case SQLITE_INTERRUPT:
      return {ErrorKind::Interrupted, "interrupted; nothing was saved"};
    case SQLITE_TOOBIG:
      return {ErrorKind::Invalid, "a value is too large to store"};
    case SQLITE_CONSTRAINT:
      return {ErrorKind::Conflict, fmt::format("refused by the database: {}", e.what())};
    default:
      return {ErrorKind::Internal, fmt::format("database error on {}: {}", where, e.what())};
  }
}

}  // namespace lpg::db

namespace lpg {

Error current_exception_as_error() noexcept {
  try {
    throw;
  } catch (const Error& e) {
    return e;
  } catch (const SQLite::Exception& e) {
    return db::translate(e, db::active_path());
  } catch (const std::bad_alloc&) {
    return {ErrorKind::Internal, "out of memory"};
  } catch (const std::exception& e) {
    return {ErrorKind::Internal, e.what()};
  } catch (...) {
    return {ErrorKind::Internal, "unknown error"};
  }
}

}  // namespace lpg
