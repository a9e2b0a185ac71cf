// SPDX-License-Identifier: MIT
// The SQLite backend: sqlite3's own statements (no copies of SQLiteCpp's Column per cell), and
// the connection from SQLiteCpp, so that lpg::Store's can be wrapped while callers move over.
#include "db/sql_sqlite.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "db/active.hpp"
#include "db/sql_backend.hpp"
#include "db/sqlite_error.hpp"

namespace lpg::db {

namespace {

[[noreturn]] void fail(sqlite3* db, int rc, const std::string& name) {
  throw translate(SQLite::Exception(db, rc & 0xff), name);
}

class SqliteStatement final : public StatementImpl {
 public:
  SqliteStatement(sqlite3* db, std::string_view sql, std::string name)
      : db_(db), sql_(sql), name_(std::move(name)) {
    int rc =
        sqlite3_prepare_v2(db_, sql_.c_str(), static_cast<int>(sql_.size() + 1), &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(db_, rc, name_);
    if (stmt_ == nullptr) throw Error(ErrorKind::Internal, "an empty SQL statement");
  }
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void bind_null(int index) override { check(sqlite3_bind_null(ready(), index)); }
  void bind_int64(int index, std::int64_t value) override {
    check(sqlite3_bind_int64(ready(), index, value));
  }
  void bind_double(int index, double value) override {
    check(sqlite3_bind_double(ready(), index, value));
  }
  void bind_text(int index, std::string_view value, bool copy) override {
    // A null data pointer would bind NULL, not the empty text.
    const char* data = value.data() != nullptr ? value.data() : "";
    check(sqlite3_bind_text64(ready(), index, data, value.size(),
                              copy ? SQLITE_TRANSIENT : SQLITE_STATIC, SQLITE_UTF8));
  }
  int parameter_index(std::string_view name) const override {
    return sqlite3_bind_parameter_index(stmt_, std::string(name).c_str());
  }
  void clear_bindings() override { sqlite3_clear_bindings(ready()); }

  bool step() override {
    if (done_) reset();
    started_ = true;
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return row_ = true;
    row_ = false;
    if (rc == SQLITE_DONE) {
      done_ = true;
      return false;
    }
    sqlite3_reset(stmt_);
    started_ = false;
    fail(db_, rc, name_);
  }
  void reset() override {
    sqlite3_reset(stmt_);  // its code repeats the last step's error, reported then
    started_ = done_ = row_ = false;
  }
  std::int64_t exec() override {
    reset();
    while (step()) {
    }
    return sqlite3_changes64(db_);
  }

  int column_count() const override { return sqlite3_column_count(stmt_); }
  std::string column_name(int index) const override {
    const char* name = sqlite3_column_name(stmt_, index);
    return name != nullptr ? name : "";
  }
  bool has_row() const override { return row_; }
  bool is_null(int index) const override {
    return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
  }
  std::string_view text(int index) const override {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
    if (data == nullptr) return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index))};
  }
  std::int64_t int64(int index) const override { return sqlite3_column_int64(stmt_, index); }
  double real(int index) const override { return sqlite3_column_double(stmt_, index); }
  const std::string& sql() const override { return sql_; }

 private:
  // Binding needs a statement that has not started; the seam resets it for the caller.
  sqlite3_stmt* ready() {
    if (started_) reset();
    return stmt_;
  }
  void check(int rc) const {
    if (rc != SQLITE_OK) fail(db_, rc, name_);
  }

  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  std::string sql_;
  std::string name_;
  bool started_ = false;
  bool done_ = false;
  bool row_ = false;
};

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(std::unique_ptr<SQLite::Database> owned, SQLite::Database& db, std::string name)
      : Connection(Dialect::Sqlite),
        owned_(std::move(owned)),
        db_(db.getHandle()),
        name_(std::move(name)) {}

  /// lpg::Store's busy handler: waits up to `ms`, but not once a signal has arrived.
  void wait_when_busy(int ms) {
    busy_timeout_ms_ = ms;
    sqlite3_busy_handler(db_, &busy_wait, &busy_timeout_ms_);
  }
  ~SqliteConnection() override { close(); }

  Dialect dialect() const noexcept override { return Dialect::Sqlite; }
  const std::string& name() const noexcept override { return name_; }

  std::unique_ptr<StatementImpl> prepare_impl(std::string_view sql) override {
    return std::make_unique<SqliteStatement>(handle(), sql, name_);
  }
  void exec(std::string_view script) override {
    char* message = nullptr;
    int rc = sqlite3_exec(handle(), std::string(script).c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);  // sqlite3_errmsg() still holds it for the translation
    if (rc != SQLITE_OK) fail(db_, rc, name_);
  }
  std::int64_t changes() const override { return sqlite3_changes64(db_); }
  bool in_transaction() const override { return sqlite3_get_autocommit(handle()) == 0; }
  void interrupt() noexcept override {
    if (db_ != nullptr) sqlite3_interrupt(db_);
  }
  void close() noexcept override {
    owned_.reset();  // a wrapped connection stays open for its owner
    db_ = nullptr;
  }

  std::vector<std::string> table_names() override {
    Statement q = prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name");
    std::vector<std::string> names;
    while (q.step()) names.push_back(q.column(0).text());
    return names;
  }
  std::vector<IndexInfo> indexes(std::string_view table) override {
    Statement q = prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY name");
    q.bind(1, table);
    std::vector<IndexInfo> out;
    while (q.step()) out.push_back({q.column(0).text(), q.column(1).text()});
    return out;
  }
  std::vector<ConstraintInfo> loose_constraints(std::string_view) override { return {}; }
  void resync_ids(std::string_view) override {}  // a rowid is always max(rowid) + 1
  void lock_table(std::string_view) override {}  // BEGIN IMMEDIATE took the whole database
  std::unique_ptr<BulkImpl> bulk_impl(
      std::string_view table, const std::vector<std::string>& columns,
      const std::vector<std::pair<std::string, std::string>>& fixed) override {
    return insert_batches(*this, table, columns, fixed);
  }

  void begin_write() override { exec("BEGIN IMMEDIATE"); }
  void begin_read() override { exec("BEGIN DEFERRED"); }
  void commit() override { exec("COMMIT"); }
  void rollback() noexcept override {
    if (db_ != nullptr) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }

 private:
  sqlite3* handle() const {
    if (db_ == nullptr) throw Error(ErrorKind::Internal, "the database connection is closed");
    return db_;
  }

  std::unique_ptr<SQLite::Database> owned_;
  sqlite3* db_;
  std::string name_;
  int busy_timeout_ms_ = 0;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const SqliteOptions& options) {
  // One connection used by one thread: SQLite's own mutexes only cost time, as in lpg::Store.
  int flags =
      SQLITE_OPEN_NOMUTEX |
      (options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  try {
    auto db = std::make_unique<SQLite::Database>(options.path, flags, options.busy_timeout_ms);
    SQLite::Database& ref = *db;
    auto connection = std::make_unique<SqliteConnection>(std::move(db), ref, options.path);
    connection->wait_when_busy(options.busy_timeout_ms);
    if (options.foreign_keys) connection->exec("PRAGMA foreign_keys = ON");
    return connection;
  } catch (const SQLite::Exception& e) {
    throw translate(e, options.path);
  }
}

std::unique_ptr<Connection> wrap_sqlite(SQLite::Database& database, std::string name) {
  return std::make_unique<SqliteConnection>(nullptr, database, std::move(name));
}

}  // namespace lpg::db
