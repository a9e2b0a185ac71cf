// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/maintenance.hpp>
#include <lpg/output.hpp>

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

namespace {

// The database's own files, by name (they may not exist yet) and by identity (a link or a
// second name): a backup over the -wal deleted committed data, over the -shm crashed lpg.
void refuse_own_files(const Store& store, const std::string& target) {
  std::error_code ec;
  fs::path wanted = fs::weakly_canonical(fs::absolute(target, ec), ec);
  fs::path db = fs::weakly_canonical(fs::absolute(store.path(), ec), ec);
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::string own = db.string() + suffix;
    if (wanted.string() == own || fs::equivalent(own, target, ec)) {
      throw Error(
          ErrorKind::Conflict,
          fmt::format("{} is the database's own {}", target,
                      *suffix == '\0' ? std::string("file") : std::string(suffix + 1) + " file"),
          "name another file for the backup");
    }
  }
}

}  // namespace

void backup_database(const Store& store, const std::string& target, bool overwrite) {
  refuse_own_files(store, target);
  // A temporary file beside the target, renamed over it only once the copy is whole and on
  // disk: a failure (a full disk) leaves the last good backup exactly as it was. SQLite cannot
  // write a database into a pipe or a device, so special files are refused (Generated).
  OutputFile out(target, {FileMode::Private, Target::Generated, overwrite});
  out.release();
  try {
    SQLite::Database copy(out.temp_path(), SQLite::OPEN_READWRITE);
    copy.exec("PRAGMA journal_mode = OFF");  // a failed copy is thrown away whole
    SQLite::Backup backup(copy, db::conn(store));
    backup.executeStep(-1);
  } catch (const SQLite::Exception& e) {
    throw db::translate(e, target);
  }
  out.commit();
}

}  // namespace lpg
