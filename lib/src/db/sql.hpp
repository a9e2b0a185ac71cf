// SPDX-License-Identifier: MIT
#pragma once
// The storage seam: the only way table owners speak to a database, SQLite or PostgreSQL.
// Internal to the library (lib/src); no public header includes it. Issue 19.
//
// ---- Converting a caller from SQLiteCpp (mechanical) -------------------------------------
//   SQLite::Database& db = db::conn(store)     db::Connection& c = <the store's connection>
//   SQLite::Statement q(db, sql)               db::Statement q(c, sql)   (or c.prepare(sql))
//   q.bind(i, x) / q.bind(i)                   q.bind(i, x) / q.bind(i)  (NULL), same types,
//                                              plus std::optional<T> (nullopt binds NULL)
//   q.bind(":name", x)                         q.bind(":name", x)
//   q.bindNoCopy(i, s)                         q.bind_nocopy(i, s)   (s must outlive the run)
//   q.executeStep()                            q.step()
//   q.exec()                                   q.exec()             (returns rows changed)
//   q.reset() / q.clearBindings()              q.reset() / q.clear_bindings()
//   q.getColumn(i)  (SQLite::Column)           q.column(i)          (db::Value)
//   .isNull() .getString() .getText()          .is_null() .text() .text_view()
//   .getInt64() .getInt() .getDouble()         .int64() .int32() .real()
//   registry::opt_text(col) / opt_int(col)     col.opt_text() / col.opt_int64()
//   db.exec(script)                            c.exec(script)       (no parameters)
//   db.execAndGet(sql).getInt64()/getString()  db::query_int64(c, sql) / db::query_text(c, sql)
//   db.getChanges()                            c.changes()
//   q.exec(); id = db::last_id(store)          add " RETURNING id" to the INSERT; id = q.exec_id()
//   db::WriteTx tx(store); ...; tx.commit()    db::WriteTx tx(c); ...; tx.commit()  (same rules)
//   db::ReadTx tx(store)                       db::ReadTx tx(c)
//   catch (const SQLite::Exception&)           catch (const lpg::Error&): the seam throws only
//                                              lpg::Error, already translated (kinds below)
// A command's outermost transaction should become db::with_write_tx(c, [&] { ... }): on
// PostgreSQL that re-runs the whole unit of work after a serialization failure (see below).
// While callers move over, db::wrap_sqlite(db, path) (db/sql_sqlite.hpp) puts the seam over
// lpg::Store's own SQLite::Database: old and new code share one connection and transaction.
// Column values are valid until the statement steps again, resets or dies, as with SQLiteCpp.
//
// ---- SQL: written once, in SQLite's dialect, portable to PostgreSQL -----------------------
// Placeholders are `?`, `?N` and `:name` (numbered as SQLite numbers them). On PostgreSQL the
// seam rewrites them to $N, outside string literals, quoted identifiers and comments, and
// changes nothing else. So every query must mean the same on both. The rules, one for each
// SQLite-only construct found in lib/src (and share/migrations) when the seam was written,
// with [where it was found] (folder names as before issue 18 moved them):
//
//  date(x, '+14 days'), date(x, '+' || :n || ' days')  [reports/owed.cpp]
//      -> c.sql().add_days("x", ":n")   (a date 'YYYY-MM-DD' as TEXT on both);
//         c.sql().days_between(a, b) for julianday(b) - julianday(a) on dates.
//         "now", datetime('now'), strftime: never in SQL; bind the Clock's value.
//  INSERT OR IGNORE INTO t ...  [indicators/priorities.cpp, registry/group_rules.cpp]
//                                -> INSERT INTO t ... ON CONFLICT DO NOTHING (both; note it
//         ignores only uniqueness conflicts, as it should: OR IGNORE also hid CHECK failures).
//         With INSERT ... SELECT, end the SELECT with WHERE true (SQLite's parser needs it).
//  INSERT OR REPLACE INTO t ...  [import/action_import.cpp]
//                                -> INSERT INTO t ... ON CONFLICT (key) DO UPDATE SET
//         col = excluded.col, ...  (REPLACE deleted the old row; this updates it in place)
//  ON CONFLICT (...) DO UPDATE SET x = excluded.x: the same on both, keep it
//         [meetings/attendance.cpp, import/attendance_import.cpp, import/action_import.cpp].
//  last_insert_rowid(), db::last_id [some 20 files] -> INSERT ... RETURNING id, q.exec_id().
//         DELETE/UPDATE ... RETURNING col: the same on both (SQLite >= 3.35).
//  Explicit ids [import/action_import.cpp; and db copy]: INSERT the id, then
//         c.resync_ids("table") before commit, or the PostgreSQL identity later hands out an
//         id already taken. Ids are not consecutive on PostgreSQL under concurrent writers
//         (import/org_store.cpp assumes a run of ids, and group_import.cpp max(id) + 1).
//  COLLATE NOCASE [registry/areas.cpp, registry/refs.cpp]: keep it, in queries and indexes.
//         The PostgreSQL schema defines a collation `nocase` (ICU, case-insensitive), so
//         `code = ? COLLATE NOCASE` and the unique index on (code COLLATE NOCASE) mean the
//         same. It may not be used with LIKE on PostgreSQL.
//  LIKE [registry/group_edit.cpp, group_remove.cpp, privacy/export.cpp]: SQLite's is ASCII
//         case-insensitive, PostgreSQL's is case-sensitive, and PostgreSQL takes \ as the
//         escape character by default. Use LIKE only on text whose case is known (canonical
//         slugs: cadence LIKE 'after %'); else lower(x) LIKE lower(?). A pattern from user
//         input: c.sql().like_pattern(text) and write LIKE ? ESCAPE '\'.
//  GLOB: not in queries (migrations only; the PostgreSQL twin uses ~ with a regular expression).
//  instr(hay, needle)  [registry/org_read.cpp, people.cpp, reports/composition.cpp,
//         directory.cpp, scope_sql.hpp]  -> c.sql().instr("hay", "needle")  (strpos)
//  group_concat(x, sep)  [report/directory.cpp] -> c.sql().group_concat("x", "sep", "order")
//         over a subquery already sorted by "order" (SQLite keeps its rows' order; PostgreSQL
//         is told with ORDER BY inside string_agg).
//  printf / format               -> || and substr; format numbers in C++.
//  total(x)                      -> coalesce(sum(x), 0); round(x, n) on REAL: round in C++.
//  max(a, b) / min(a, b) scalar  -> CASE WHEN a > b THEN a ELSE b END (greatest/least are
//         PostgreSQL only). max(x) / min(x) as aggregates are the same on both.
//  x IS ?  (NULL-safe equality) [registry/members.cpp] -> x IS NOT DISTINCT FROM ?
//         (SQLite >= 3.39)
//  ?1 IS NULL OR col = ?1 [indicators/*.cpp, registry/audit_log.cpp, reports/composition.cpp,
//         scope.cpp], SELECT ?, coalesce(?, ?): PostgreSQL must know each parameter's
//         type from where it stands; where nothing says it, CAST it:
//         CAST(?1 AS BIGINT) IS NULL OR col = ?1 (TEXT, BIGINT, DOUBLE PRECISION).
//  A gap in ?N numbers (a WHERE of optional filters with fixed ?1..?4, some left out)
//         [meeting_store.cpp, action_store.cpp, member_store.cpp, fixed]: SQLite ignores an
//         unused number, PostgreSQL cannot type it ("could not determine data type of
//         parameter $2"). Number each filter as it is appended, and bind in the same order.
//  CAST(? AS INTEGER) [registry/org_read.cpp, refs.cpp] -> CAST(? AS BIGINT): PostgreSQL's
//         INTEGER is 32 bits.
//  x::type                       -> CAST(x AS type)  (:: is not rewritten, and not SQLite)
//  Booleans: EXISTS (...), a = b, x IS NULL as a result column come back as 1/0 on both
//         (Value turns PostgreSQL's t/f into 1/0). In SQL do not add or compare booleans with
//         numbers: sum(CASE WHEN cond THEN 1 ELSE 0 END) or count(*) FILTER (WHERE cond),
//         not sum(cond) [meetings/attendance.cpp, reports/compliance.cpp]. Flags are INTEGER
//         0/1 columns on both. ORDER BY x IS NULL, x sorts the same on both.
//  a || b: on PostgreSQL one side must be TEXT ('#' || id is fine, id || id is not).
//  ORDER BY a column that may be NULL: say NULLS FIRST or NULLS LAST (SQLite sorts NULLs
//         first ascending, PostgreSQL last). Text sorts bytewise on both (COLLATE "C").
//  GROUP BY: every selected column not aggregated must be grouped, or the grouped table's
//         primary key (SQLite picks an arbitrary row's value; PostgreSQL refuses).
//  WHERE and HAVING cannot name a SELECT alias on PostgreSQL; repeat the expression.
//  x / 0 is NULL on SQLite and an error on PostgreSQL: x / nullif(y, 0).
//  UNION arms must agree on column types on PostgreSQL ('' and NULL, not '' and 0).
//  Strings in single quotes only ("x" is an identifier on PostgreSQL).
//  Compare like with like: bind TEXT for TEXT columns and integers for INTEGER columns
//         (SQLite converts '5' = 5 by affinity; PostgreSQL refuses text = bigint).
//  rowid [privacy/erase.cpp]     -> the table's primary key (PostgreSQL has no rowid).
//  sqlite_schema [registry/audit_log.cpp, complete/complete.cpp, import/org_import.cpp, db/]
//                                -> c.table_names(), c.table_exists(name), c.indexes(table).
//  PRAGMA user_version           -> db::schema_version(c) (db/schema.hpp).
//  other PRAGMAs (cache_size: db::PageCache [db/bulk_load.hpp],
//         journal_mode, wal_checkpoint, secure_delete, integrity_check, foreign_key_check,
//         temp_store [db/, privacy/compact.cpp]), VACUUM [privacy/compact.cpp]: SQLite only,
//         behind if (c.dialect() == db::Dialect::Sqlite). PostgreSQL has foreign keys always on,
//         lock_timeout for the busy timeout (set by open_postgres), and no in-transaction
//         VACUUM; what `db check`, `db compact` and erasure mean there is for issue 19.
//  WITHOUT ROWID, STRICT, AUTOINCREMENT, RAISE() in triggers: schema only; see
//         share/migrations/README.md for how a migration gets its PostgreSQL twin.
//  typeof(), random(), hex(), zeroblob(), json_*(): not used; SQLite only.
//
// ---- Behaviour that differs and matters ----------------------------------------------------
//  * On PostgreSQL a failed statement spoils the whole transaction ("current transaction is
//    aborted"). A statement whose failure the caller catches and gets past must run inside
//    its own nested db::WriteTx (a savepoint), as the import row loops already do.
//  * PostgreSQL reads a statement's whole result at the first step(); SQLite streams it. So on
//    PostgreSQL a mistake in the SQL shows at the first step() or exec(), not at prepare, and
//    column_count() is 0 until then.
//  * A ReadTx is READ ONLY on PostgreSQL: never write inside one (SQLite would let it).
//  * Destroy statements before their connection.
//  * Write transactions on PostgreSQL are SERIALIZABLE (see WriteTx); a serialization
//    failure or deadlock throws db::SerializationFailure (kind Busy). with_write_tx retries.

#include <lpg/errors.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace lpg {
class Store;
}

namespace lpg::db {

enum class Dialect { Sqlite, Postgres };

/// "SQLite" or "PostgreSQL".
const char* to_string(Dialect dialect) noexcept;

class StatementImpl;  // one backend's statement (db/sql_backend.hpp)
class BulkImpl;       // one backend's bulk load (db/sql_backend.hpp)
class Connection;

/// A serialization failure or deadlock on PostgreSQL: the unit of work can simply run again.
/// with_write_tx() retries it; anything else reports it as Busy.
class SerializationFailure : public RetryableError {
 public:
  using RetryableError::RetryableError;
};

/// A bulk load's rows refused by the database (a constraint, a bad value, the connection
/// lost while they went in): the fault of no one input row, so never a row to reject and go
/// on from; the whole unit of work fails. Thrown by BulkInsert, and on PostgreSQL by the
/// statement that ended a COPY left open.
class BulkLoadFailed : public Error {
 public:
  using Error::Error;
};

/// One column of the statement's current row. A view: valid until the statement steps again,
/// resets or is destroyed. Reading NULL gives "" / 0 / 0.0, as SQLiteCpp does.
class Value {
 public:
  bool is_null() const;
  std::string text() const;
  /// The text without a copy, valid as long as the Value.
  std::string_view text_view() const;
  std::int64_t int64() const;
  int int32() const;
  double real() const;
  std::optional<std::string> opt_text() const;
  std::optional<std::int64_t> opt_int64() const;
  std::optional<double> opt_real() const;

 private:
  friend class Statement;
  Value(const StatementImpl* statement, int index) : statement_(statement), index_(index) {}
  const StatementImpl* statement_;
  int index_;
};

/// A prepared statement. Parameters are numbered from 1; unbound ones are NULL; bindings stay
/// across reset(). Every failure throws lpg::Error (translated for the backend).
class Statement {
 public:
  Statement(Connection& connection, std::string_view sql);
  explicit Statement(std::unique_ptr<StatementImpl> impl);
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  void bind(int index);  ///< NULL
  void bind(int index, std::nullptr_t) { bind(index); }
  void bind(int index, int value) { bind(index, static_cast<long long>(value)); }
  void bind(int index, unsigned value) { bind(index, static_cast<long long>(value)); }
  void bind(int index, long value) { bind(index, static_cast<long long>(value)); }
  void bind(int index, long long value);
  void bind(int index, double value);
  void bind(int index, std::string_view value);
  void bind(int index, const std::string& value) { bind(index, std::string_view(value)); }
  void bind(int index, const char* value) { bind(index, std::string_view(value)); }
  template <class T>
  void bind(int index, const std::optional<T>& value) {
    if (value) {
      bind(index, *value);
    } else {
      bind(index);
    }
  }
  /// Binds `value` without copying it: it must stay alive and unchanged until the statement
  /// has run (step() returned false, or exec() returned) or is bound again.
  void bind_nocopy(int index, std::string_view value);
  /// Binds by name: ":today" (the colon may be left off). Error{Internal} if the SQL has none.
  template <class... T>
  void bind(std::string_view name, T&&... value) {
    bind(parameter_index(name), std::forward<T>(value)...);
  }
  int parameter_index(std::string_view name) const;
  void clear_bindings();

  /// Runs the statement to its next row: true while there is one. After false, the next call
  /// runs it again from the start (with the same bindings).
  bool step();
  /// Column `index` (from 0) of the current row.
  Value column(int index) const { return {impl_.get(), index}; }
  int column_count() const;
  std::string column_name(int index) const;
  /// Back to before the first step; bindings are kept.
  void reset();
  /// Runs the statement to the end (from the start) and returns the rows it changed.
  std::int64_t exec();
  /// Runs an INSERT ... RETURNING id (from the start) and returns that id.
  std::int64_t exec_id();
  const std::string& sql() const;

 private:
  std::unique_ptr<StatementImpl> impl_;
};

/// The dialect helpers: each returns a fragment of SQL, built from fragments (column names,
/// placeholders such as "?2" or ":days", never user values).
class SqlDialect {
 public:
  explicit SqlDialect(Dialect dialect) : dialect_(dialect) {}
  /// The date `days` days after `date` (TEXT 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM'), as TEXT
  /// 'YYYY-MM-DD'. `days` may be negative.
  std::string add_days(std::string_view date, std::string_view days) const;
  /// Whole days from date `from` to date `to` (negative when `to` is earlier).
  std::string days_between(std::string_view from, std::string_view to) const;
  /// 1-based position of `needle` in `haystack`, 0 when absent.
  std::string instr(std::string_view haystack, std::string_view needle) const;
  /// The aggregate joining the non-NULL values of `expr` with `separator`, as TEXT, in the
  /// order of `order_by`. SQLite 3.40 has no ORDER BY inside an aggregate: it joins rows in
  /// the order they come, so feed it from a subquery sorted by `order_by`.
  std::string group_concat(std::string_view expr, std::string_view separator,
                           std::string_view order_by) const;
  /// `text` made a LIKE pattern that matches only itself, for LIKE ? ESCAPE '\'.
  static std::string like_pattern(std::string_view text);

 private:
  Dialect dialect_;
};

/// An index as the database holds it (for rebuilding, and for comparing schemas).
struct IndexInfo {
  std::string name;
  std::string sql;  ///< the CREATE INDEX statement, in the database's own dialect
};

/// A constraint a bulk load may drop and add back after (Connection::loose_constraints).
struct ConstraintInfo {
  std::string name;
  std::string drop;  ///< the statement that drops it
  std::string add;   ///< the statement that adds it back, as it was
};

/// One open database connection, used by one thread at a time.
class Connection {
 public:
  virtual ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  virtual Dialect dialect() const noexcept = 0;
  const SqlDialect& sql() const noexcept { return sql_; }
  /// What error messages call this database: the file, or the URL without its password.
  virtual const std::string& name() const noexcept = 0;

  Statement prepare(std::string_view sql);
  virtual std::unique_ptr<StatementImpl> prepare_impl(std::string_view sql) = 0;
  /// Runs one or more statements separated by ';', with no parameters.
  virtual void exec(std::string_view script) = 0;
  /// Rows changed by the last INSERT, UPDATE or DELETE run on this connection.
  virtual std::int64_t changes() const = 0;
  /// True inside a transaction (a WriteTx or ReadTx, or one the caller began).
  virtual bool in_transaction() const = 0;
  /// Stops the statement running now (it fails with Error{Interrupted} when a signal has been
  /// recorded). Async-signal-safe: a signal handler or another thread may call it.
  virtual void interrupt() noexcept = 0;
  /// Closes the connection; any later use throws. The destructor closes too.
  virtual void close() noexcept = 0;

  /// The tables lpg made (no internal ones), sorted by name.
  virtual std::vector<std::string> table_names() = 0;
  bool table_exists(std::string_view table);
  /// The indexes created with CREATE INDEX on `table` (not those behind a PRIMARY KEY or
  /// UNIQUE constraint), sorted by name.
  virtual std::vector<IndexInfo> indexes(std::string_view table) = 0;
  /// The constraints of `table` that a bulk load into it may drop, to add them back at the
  /// end (each checked once over all rows rather than row by row): its primary key and
  /// unique constraints that no reference points to, then its references to other tables; in
  /// the order to add them back. None on SQLite, where they are part of the table.
  virtual std::vector<ConstraintInfo> loose_constraints(std::string_view table) = 0;
  /// After rows were inserted with explicit ids: the next generated id follows the largest.
  virtual void resync_ids(std::string_view table) = 0;
  /// Until the transaction ends no other connection writes `table` (they wait, up to their
  /// busy timeout): for ids given by the writer rather than the table. Call it first in the
  /// write transaction. SQLite's write transaction holds the whole database already.
  virtual void lock_table(std::string_view table) = 0;
  /// The backend's BulkInsert (below); callers construct a BulkInsert.
  virtual std::unique_ptr<BulkImpl> bulk_impl(
      std::string_view table, const std::vector<std::string>& columns,
      const std::vector<std::pair<std::string, std::string>>& fixed) = 0;

  // The transaction verbs the guards below use; callers use the guards.
  virtual void begin_write() = 0;
  virtual void begin_read() = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;

 protected:
  explicit Connection(Dialect dialect) : sql_(dialect) {}

 private:
  SqlDialect sql_;
};

/// Many new rows of one table, written the fastest way each store has: on PostgreSQL a
/// COPY ... FROM STDIN a write() (one statement, no per-row parsing, planning or round trip),
/// on SQLite prepared INSERTs of many rows at a time. A row is its values in `columns`' order,
/// then end_row(); `fixed` gives the columns that take the same value in every row (bound or
/// encoded once). Rows go in inside the caller's transaction, as INSERTs would, with the
/// table's defaults, constraints and triggers; a failure (Conflict for a constraint, as an
/// INSERT's) spoils the whole write(), and on PostgreSQL the transaction: let it roll back.
/// From the first add() until write() returns, the connection runs nothing else (PostgreSQL
/// streams the rows as they come); a text is read where it is, and must stay unchanged until
/// then. After write() the rows are in the table for whatever runs next on the connection; on
/// PostgreSQL the COPY stays open until then (so writes with nothing between make one COPY),
/// and a row it refuses may be reported by that next statement, or the commit, instead.
/// Rows not written when it is destroyed are dropped. Table and column names are lpg's own,
/// never from input.
class BulkInsert {
 public:
  BulkInsert(Connection& connection, std::string_view table, std::vector<std::string> columns,
             std::vector<std::pair<std::string, std::string>> fixed = {});
  BulkInsert(BulkInsert&&) noexcept;
  BulkInsert& operator=(BulkInsert&&) noexcept;
  ~BulkInsert();

  void add(std::nullptr_t);  ///< the next column's value: NULL
  void add(std::int64_t value);
  void add(std::string_view value);
  void add(const std::string& value) { add(std::string_view(value)); }
  void add(const char* value) { add(std::string_view(value)); }
  template <class T>
  void add(const std::optional<T>& value) {
    if (value) {
      add(*value);
    } else {
      add(nullptr);
    }
  }
  /// Ends a row; Error{Internal} unless it had a value for each column.
  void end_row();
  /// Rows added and not yet written.
  std::size_t pending() const noexcept { return pending_; }
  /// Writes the rows added since the last write(): then they are in the table, and the
  /// connection is free again. Returns how many.
  std::int64_t write();

 private:
  std::unique_ptr<BulkImpl> impl_;
  std::size_t pending_ = 0;
};

/// The first column of the first row of `sql` (no parameters); Error{Internal} if no row.
std::int64_t query_int64(Connection& connection, std::string_view sql);
std::string query_text(Connection& connection, std::string_view sql);
/// The first column of every row of `sql` (no parameters) as text, NULLs left out.
std::vector<std::string> query_texts(Connection& connection, std::string_view sql);

/// One write: rolls back unless commit() is called. Outside a transaction it begins one:
/// BEGIN IMMEDIATE on SQLite (the write lock up front, waiting up to the busy timeout), and on
/// PostgreSQL a SERIALIZABLE transaction, the one isolation level that, like SQLite's single
/// writer, makes each write behave as if it ran alone (lpg's check-then-write code, such as
/// "is this name taken?" or "the next minutes version", stays correct without row locks); its
/// price is that a conflict with a concurrent writer fails with SerializationFailure, which
/// with_write_tx() retries. Inside a transaction it is a savepoint (lpg_step): this step can
/// be undone alone, and the outer transaction decides what is kept. A SIGINT or SIGTERM
/// recorded before begin or commit throws Error{Interrupted} instead.
class WriteTx {
 public:
  explicit WriteTx(Connection& connection);
  /// On the store's connection (db/store_impl.hpp): for code not yet given a Connection.
  explicit WriteTx(const Store& store);
  ~WriteTx();
  WriteTx(const WriteTx&) = delete;
  WriteTx& operator=(const WriteTx&) = delete;
  void commit();
  bool nested() const noexcept { return nested_; }

 private:
  Connection& connection_;
  bool nested_ = false;
  bool done_ = false;
};

/// A consistent snapshot for a report (BEGIN DEFERRED on SQLite; REPEATABLE READ, READ ONLY
/// on PostgreSQL, which never fails to serialize). Inside a transaction it adds nothing.
class ReadTx {
 public:
  explicit ReadTx(Connection& connection);
  explicit ReadTx(const Store& store);
  ~ReadTx();
  ReadTx(const ReadTx&) = delete;
  ReadTx& operator=(const ReadTx&) = delete;

 private:
  Connection& connection_;
  bool owner_ = false;
};

/// How often with_write_tx runs a unit of work that keeps failing to serialize.
inline constexpr int kWriteAttempts = 8;

namespace detail {
/// Sleeps before attempt `attempt` (1, 2, ...): a few ms, doubling, with jitter.
void retry_pause(int attempt);
/// The Error{Busy} reported when every attempt failed.
Error gave_up(const Connection& connection, const SerializationFailure& last, int attempts);
}  // namespace detail

/// Runs `work` in a WriteTx and commits, returning what `work` returns. At the outermost level
/// a SerializationFailure (from a statement or the commit) rolls back and runs `work` again,
/// up to kWriteAttempts times, then throws Error{Busy}. Nested inside a transaction it is a
/// savepoint and does not retry: the failure goes up to the outermost with_write_tx, which
/// re-runs everything. So `work` may run more than once: it must only read and write the
/// database and its own locals (print, write files or send mail after it returns).
template <class Work>
std::invoke_result_t<Work&> with_write_tx(Connection& connection, Work&& work) {
  using Result = std::invoke_result_t<Work&>;
  const bool outermost = !connection.in_transaction();
  for (int attempt = 1;; ++attempt) {
    try {
      WriteTx tx(connection);
      if constexpr (std::is_void_v<Result>) {
        work();
        tx.commit();
        return;
      } else {
        Result result = work();
        tx.commit();
        return result;
      }
    } catch (const SerializationFailure& failure) {
      if (!outermost) throw;
      if (attempt >= kWriteAttempts) throw detail::gave_up(connection, failure, attempt);
      detail::retry_pause(attempt);
    }
  }
}

}  // namespace lpg::db
