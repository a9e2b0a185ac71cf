// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/maintenance.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "db/sqlite_error.hpp"
#include "db/store_impl.hpp"

namespace lpg {

namespace fs = std::filesystem;

DatabaseInfo database_info(const Store& store) {
  auto& db = db::conn(store);
  db::ReadTx tx(store);
  DatabaseInfo info;
  info.path = store.path();
  info.schema_version = store.schema_version();
  info.latest_schema_version = Store::latest_schema_version();
  info.journal_mode = db.execAndGet("PRAGMA journal_mode").getString();
  std::error_code ec;
  for (const char* suffix : {"", "-wal"}) {
    auto size = fs::file_size(store.path() + suffix, ec);
    if (!ec) info.size_bytes += static_cast<std::int64_t>(size);
  }
  SQLite::Statement tables(db,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name");
  while (tables.executeStep()) {
    std::string name = tables.getColumn(0).getString();
    // Table names come from sqlite_schema, never from the user; they cannot be bound.
    auto rows = db.execAndGet(fmt::format("SELECT count(*) FROM \"{}\"", name)).getInt64();
    info.tables.push_back({name, rows});
  }
  return info;
}

std::vector<Fault> check_database(const Store& store) {
  auto& db = db::conn(store);
  std::vector<Fault> faults;
  SQLite::Statement integrity(db, "PRAGMA integrity_check");
  while (integrity.executeStep()) {
    std::string line = integrity.getColumn(0).getString();
    if (line != "ok") faults.push_back({"integrity", line});
  }
  SQLite::Statement fk(db, "PRAGMA foreign_key_check");
  while (fk.executeStep()) {
    faults.push_back(
        {"foreign key",
         fmt::format("{} row {} refers to a missing row of {}", fk.getColumn(0).getString(),
                     fk.getColumn(1).getInt64(), fk.getColumn(2).getString())});
  }
  return faults;
}

void backup_database(const Store& store, const std::string& target, bool overwrite) {
  std::error_code ec;
  if (fs::equivalent(store.path(), target, ec)) {
    throw Error(ErrorKind::Conflict, fmt::format("{} is the database itself", target),
                "name another file for the backup");
  }
  int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL);
  int fd = ::open(target.c_str(), flags, 0600);
  if (fd < 0) {
    if (errno == EEXIST) {
      throw Error(ErrorKind::Conflict, fmt::format("{} already exists", target),
                  "give --force to overwrite it, or name a new file");
    }
    throw Error(ErrorKind::CantCreate,
                fmt::format("cannot create backup {}: {}", target, std::strerror(errno)));
  }
  // --force over an existing file keeps that file's mode through O_TRUNC: make it 0600 too.
  ::fchmod(fd, 0600);
  ::close(fd);
  try {
    SQLite::Database out(target, SQLite::OPEN_READWRITE);
    SQLite::Backup backup(out, db::conn(store));
    backup.executeStep(-1);
  } catch (const SQLite::Exception& e) {
    fs::remove(target, ec);  // never leave half a backup behind
    throw db::translate(e, target);
  }
}

}  // namespace lpg
