// SPDX-License-Identifier: MIT
#include <lpg/database_url.hpp>
#include <lpg/errors.hpp>
#include <lpg/output.hpp>
#include <lpg/store.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "db/embedded.hpp"
#include "db/schema.hpp"
#include "db/sql_postgres.hpp"
#include "db/sqlite_error.hpp"
#include "db/store_impl.hpp"

namespace lpg {

namespace fs = std::filesystem;

namespace {

// A new database holds personal data: its directory is 0700 and the file 0600 from birth,
// never chmod-ed after the fact.
void create_file(const std::string& path) {
  fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) {
    std::error_code ec;
    bool created = fs::create_directories(parent, ec);
    if (ec) {
      throw Error(ErrorKind::CantCreate,
                  fmt::format("cannot create directory {} for the database: {}", parent.string(),
                              ec.message()),
                  "choose another place with --db or $LPG_DB");
    }
    // Only a directory lpg made itself: chmod-ing an existing one (`--db /tmp/x.db`, or
    // `--db ~/lpg.db`) would lock everyone else out of /tmp or the home directory.
    if (created) ::chmod(parent.c_str(), 0700);
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST) {
    throw Error(ErrorKind::CantCreate,
                fmt::format("cannot create database {}: {}", path, std::strerror(errno)),
                "choose another place with --db or $LPG_DB");
  }
  if (fd >= 0) ::close(fd);
}

bool holds_data(SQLite::Database& db) {
  SQLite::Statement q(db,
                      "SELECT name FROM sqlite_schema WHERE type = 'table' "
                      "AND name NOT LIKE 'sqlite_%'");
  while (q.executeStep()) {
    SQLite::Statement count(
        db, fmt::format("SELECT EXISTS (SELECT 1 FROM \"{}\")", q.getColumn(0).getString()));
    if (count.executeStep() && count.getColumn(0).getInt() != 0) return true;
  }
  return false;
}

// Through the one output writer: a link planted at the name is replaced, never written
// through; an older backup of that name is replaced whole, 0600, once the copy is on disk.
void backup_before_migration(SQLite::Database& db, const std::string& path, int from) {
  std::string target = fmt::format("{}.v{}.bak", path, from);
  try {
    OutputFile out(target, {FileMode::Private, Target::Generated});
    out.release();
    {
      SQLite::Database copy(out.temp_path(), SQLite::OPEN_READWRITE);
      copy.exec("PRAGMA journal_mode = OFF");
      SQLite::Backup backup(copy, db);
      backup.executeStep(-1);
    }
    out.commit();
  } catch (const Error& e) {
    throw Error(ErrorKind::Io,
                fmt::format("cannot write the pre-migration backup {}: {}", target, e.what()),
                "free some space or fix the directory's permissions, then run lpg again");
  }
}

// The migrations themselves are db::migrate's, as on PostgreSQL (one transaction, a newer
// schema refused); a database that already holds data is backed up first.
void migrate(Store::Impl& impl, const std::string& path) {
  int current = db::schema_version(*impl.seam);
  if (current > 0 && current < Store::latest_schema_version() && path != ":memory:" &&
      holds_data(*impl.sqlite)) {
    backup_before_migration(*impl.sqlite, path, current);
  }
  db::migrate(*impl.seam);
}

// Switching to WAL needs the file to itself, and SQLite does not call the busy handler for it:
// several processes opening a new database at once failed with "database is locked". Retry with
// the busy handler's back-off until the busy timeout; a database already in WAL needs no switch.
void enable_wal(Store::Impl& impl) {
  for (int attempt = 0;; ++attempt) {
    try {
      if (impl.sqlite->execAndGet("PRAGMA journal_mode").getString() == "wal") return;
      impl.sqlite->exec("PRAGMA journal_mode = WAL");
      return;
    } catch (const SQLite::Exception& e) {
      if (e.getErrorCode() != SQLITE_BUSY || db::busy_wait(&impl.busy_timeout_ms, attempt) == 0) {
        throw;
      }
    }
  }
}

enum class Access { ReadWrite, ReadOnly, Immutable };

bool writable(const std::string& path) {
  return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0;
}

// Says plainly what the permissions forbid, before SQLite reports it obscurely half-way in.
// A command that writes (`create`) is refused up front; one that reads opens read-only.
Access access_to(const std::string& path, bool create) {
  if (::faccessat(AT_FDCWD, path.c_str(), R_OK, AT_EACCESS) != 0) {
    throw Error(ErrorKind::Permission,
                fmt::format("cannot read {}: {}", path, std::strerror(errno)),
                "check the owner and mode of the file (ls -l)");
  }
  fs::path parent = fs::path(path).parent_path();
  std::string dir = parent.empty() ? std::string(".") : parent.string();
  bool file_ok = writable(path);
  bool dir_ok = writable(dir);
  if (file_ok && dir_ok) return Access::ReadWrite;
  if (create) {
    throw Error(ErrorKind::Permission,
                fmt::format("cannot write to {}: {} read-only for this user; nothing was saved",
                            path, file_ok ? "its directory " + dir + " is" : "the file is"),
                "check the owner and mode of the file and its directory (ls -ld)");
  }
  // WAL needs its -shm and -wal files beside the database. In a directory nobody may write,
  // no writer can exist, so with no -wal left over the file alone is the whole database.
  std::error_code ec;
  if (!dir_ok && !fs::exists(path + "-wal", ec)) return Access::Immutable;
  return Access::ReadOnly;
}

std::string file_uri(const std::string& path, const char* query) {
  std::string uri = "file:";
  for (char ch : path) {
    if (ch == '%' || ch == '?' || ch == '#') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(ch));
    } else {
      uri += ch;
    }
  }
  return uri + query;
}

std::unique_ptr<Store::Impl> open_connection(const std::string& path, Access access,
                                             int busy_timeout_ms) {
  // One connection per process, used by one thread: SQLite's own mutexes only cost time (an
  // import steps 400,000 statements). sqlite3_interrupt() needs no mutex.
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (access) {
    case Access::ReadWrite:
      return std::make_unique<Store::Impl>(path, flags | SQLite::OPEN_READWRITE, busy_timeout_ms);
    case Access::ReadOnly:
      return std::make_unique<Store::Impl>(path, flags | SQLite::OPEN_READONLY, busy_timeout_ms);
    case Access::Immutable:
      return std::make_unique<Store::Impl>(path, flags | SQLite::OPEN_READONLY | SQLITE_OPEN_URI,
                                           busy_timeout_ms, file_uri(path, "?immutable=1"));
  }
  return nullptr;
}

// PostgreSQL: libpq finds the server, user and password (PGHOST, ~/.pgpass, service files);
// the migrations run as on SQLite, and a database newer than this binary is refused.
std::unique_ptr<Store::Impl> open_postgres(const StoreOptions& options) {
  auto connection = db::open_postgres({options.path, options.busy_timeout_ms});
  db::migrate(*connection);
  auto impl = std::make_unique<Store::Impl>(
      std::move(connection), redact_database_url(options.path), options.busy_timeout_ms);
  impl->command_line = options.command_line;
  return impl;
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const StoreOptions& options) {
  if (is_postgres_url(options.path)) return Store(open_postgres(options));
  const std::string& path = options.path;
  bool memory = path == ":memory:";
  if (!memory) {
    std::error_code ec;
    bool exists = fs::exists(path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) {
      // A directory on the way that this user may not search: not "no database".
      throw Error(ErrorKind::Permission,
                  fmt::format("cannot reach the database {}: {}", path, ec.message()),
                  "check the permissions of the directories on its path (ls -ld)");
    }
    if (!exists && !options.create) {
      throw Error(ErrorKind::NotFound, fmt::format("no database at {}", path),
                  "create one with 'lpg init', or point --db / $LPG_DB at yours");
    }
    if (exists && fs::is_directory(path, ec)) {
      throw Error(ErrorKind::CantCreate, fmt::format("{} is a directory, not a database", path));
    }
    if (!exists) create_file(path);
  }
  try {
    auto impl = open_connection(path, memory ? Access::ReadWrite : access_to(path, options.create),
                                options.busy_timeout_ms);
    impl->command_line = options.command_line;
    auto& db = *impl->sqlite;
    db.exec("PRAGMA secure_delete = ON");  // erased personal data leaves the file too
    if (!memory) {
      // WAL lets reports read while another process writes. A read-only file cannot switch.
      if (sqlite3_db_readonly(db.getHandle(), "main") == 0) enable_wal(*impl);
      db.exec("PRAGMA synchronous = NORMAL");
    }
    migrate(*impl, path);
    db.exec("PRAGMA foreign_keys = ON");
    return Store(std::move(impl));
  } catch (const SQLite::Exception& e) {
    throw db::translate(e, path);
  }
}

const std::string& Store::path() const { return impl_->path; }
const std::string& Store::command_line() const { return impl_->command_line; }
int Store::schema_version() const { return db::schema_version(*impl_->seam); }

int Store::latest_schema_version() { return db::latest_schema_version(); }

namespace db {
SQLite::Database& conn(const Store& store) {
  if (!store.impl().sqlite) {
    throw Error(
        ErrorKind::Config,
        fmt::format("this command does not work on a PostgreSQL database yet ({})", store.path()),
        "use a SQLite database for it; the README's \"A team on one database\" lists "
        "what works on PostgreSQL");
  }
  return *store.impl().sqlite;
}

WriteTx::WriteTx(const Store& store) : WriteTx(connection(store)) {}
ReadTx::ReadTx(const Store& store) : ReadTx(connection(store)) {}
}  // namespace db

}  // namespace lpg
