// SPDX-License-Identifier: MIT
#include <lpg/db_copy.hpp>
#include <lpg/errors.hpp>
#include <lpg/maintenance.hpp>
#include <lpg/output.hpp>
#include <lpg/privacy.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "db/schema.hpp"
#include "db/schema_shape.hpp"
#include "db/sql_sqlite.hpp"
#include "db/sqlite_error.hpp"
#include "db/store_impl.hpp"

namespace lpg {

namespace fs = std::filesystem;

DatabaseInfo database_info(const Store& store) {
  db::Connection& c = db::connection(store);
  db::ReadTx tx(c);
  DatabaseInfo info;
  info.path = store.path();
  info.schema_version = store.schema_version();
  info.latest_schema_version = Store::latest_schema_version();
  if (c.dialect() == db::Dialect::Sqlite) {
    info.journal_mode = db::query_text(c, "PRAGMA journal_mode");
    std::error_code ec;
    for (const char* suffix : {"", "-wal"}) {
      auto size = fs::file_size(store.path() + suffix, ec);
      if (!ec) info.size_bytes += static_cast<std::int64_t>(size);
    }
  } else {
    // The server's write-ahead log is its own; the size is the database's on the server.
    info.journal_mode = "postgresql";
    info.size_bytes = db::query_int64(c, "SELECT pg_database_size(current_database())");
  }
  for (const std::string& name : c.table_names()) {
    // Table names come from the database, never from the user; they cannot be bound.
    info.tables.push_back(
        {name, db::query_int64(c, fmt::format("SELECT count(*) FROM \"{}\"", name))});
  }
  return info;
}

std::vector<Fault> check_database(const Store& store) {
  db::Connection& c = db::connection(store);
  std::vector<Fault> faults;
  if (c.dialect() != db::Dialect::Sqlite) {
    // PostgreSQL enforces every reference itself and checks its pages as it reads them; what
    // lpg can check is that the tables, keys and indexes are the ones this version expects:
    // the same shape as a SQLite database made by the same migrations.
    auto fresh = db::open_sqlite({":memory:"});
    db::migrate(*fresh);
    std::vector<std::string> want = db::schema_shape(*fresh);
    std::vector<std::string> have = db::schema_shape(c);
    for (const auto& line : want) {
      if (!std::binary_search(have.begin(), have.end(), line)) {
        faults.push_back({"schema", "missing: " + line});
      }
    }
    for (const auto& line : have) {
      if (!std::binary_search(want.begin(), want.end(), line)) {
        faults.push_back({"schema", "unexpected: " + line});
      }
    }
    return faults;
  }
  db::Statement integrity(c, "PRAGMA integrity_check");
  while (integrity.step()) {
    std::string line = integrity.column(0).text();
    if (line != "ok") faults.push_back({"integrity", line});
  }
  db::Statement fk(c, "PRAGMA foreign_key_check");
  while (fk.step()) {
    faults.push_back(
        {"foreign key", fmt::format("{} row {} refers to a missing row of {}", fk.column(0).text(),
                                    fk.column(1).int64(), fk.column(2).text())});
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
  if (db::connection(store).dialect() != db::Dialect::Sqlite) {
    // A PostgreSQL database is backed up as a SQLite file holding every row (lpg db copy,
    // checked table by table): one file an officer can open anywhere, or copy back.
    {
      Store copy = Store::open({out.temp_path(), 5000, true, store.command_line()});
      copy_stores(store, copy, false);
    }
    out.commit();
    return;
  }
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

// Compaction after an erasure (lpg/privacy.hpp): the old values can survive in three places:
// earlier WAL frames, freed pages and free space inside pages. secure_delete zeroes what the
// transaction frees; the checkpoint and VACUUM take care of the rest.
namespace {

// TRUNCATE waits (through the busy handler) for readers to finish, then empties the WAL.
// A reader that stays past the busy timeout leaves frames behind: reported, not thrown.
bool checkpoint(db::Connection& c) {
  db::Statement q(c, "PRAGMA wal_checkpoint(TRUNCATE)");
  return q.step() && q.column(0).int32() == 0;
}

// PostgreSQL keeps an erased row's old version in the table until VACUUM removes it; plain
// VACUUM (it blocks nobody) makes that space reusable, so the bytes go once it is reused.
// What it cannot reach: the server's WAL and its archive, replicas and base backups, which
// keep old versions until they are recycled (the administrator's retention), and VACUUM FULL,
// which rewrites tables under an exclusive lock, is the administrator's to choose.
Compaction vacuum_postgres(db::Connection& c) {
  try {
    c.exec(
        "VACUUM person, person_former, membership, attendance, audit_log, audit_person, "
        "mail_outbox, meeting_reply, minutes, minutes_version, action");
    return {true, {}};
  } catch (const Error& e) {
    return {false, e.what()};
  }
}

}  // namespace

Compaction compact_database(const Store& store) {
  if (store.path() == ":memory:") return {true, {}};
  db::Connection& c = db::connection(store);
  if (c.in_transaction()) return {false, "a transaction is still open"};
  if (c.dialect() != db::Dialect::Sqlite) return vacuum_postgres(c);
  const char* busy = "another process kept the database open";
  try {
    if (!checkpoint(c)) return {false, busy};
    // VACUUM builds the new file in a temporary database: kept in memory, so no copy of the
    // data lands in a temporary file on disk.
    c.exec("PRAGMA temp_store = MEMORY");
    c.exec("VACUUM");
    if (!checkpoint(c)) return {false, busy};
    return {true, {}};
  } catch (const Error& e) {
    return {false, e.what()};
  }
}

}  // namespace lpg
