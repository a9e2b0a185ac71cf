// SPDX-License-Identifier: MIT
// The PostgreSQL backend. One pqxx::nontransaction lives as long as the connection: the seam
// sends BEGIN, SAVEPOINT and COMMIT itself (libpqxx's transaction classes cannot nest the way
// lpg's WriteTx does), and libpq's own transaction status says where the session stands.
#include <lpg/database_url.hpp>

#include <fmt/format.h>
#include <libpq-fe.h>

#include <array>
#include <cstdlib>
#include <pqxx/pqxx>
#include <unordered_map>

#include "db/postgres_copy.hpp"
#include "db/postgres_error.hpp"
#include "db/postgres_module.hpp"
#include "db/postgres_statement.hpp"

namespace lpg::db {

namespace {

// libpqxx 6 hides the PGconn, which PQcancel and PQtransactionStatus need; a connection
// policy is its documented hook into connecting, and sees it first.
thread_local PGconn* t_connected = nullptr;

class CapturingPolicy : public pqxx::connect_direct {
 public:
  explicit CapturingPolicy(const std::string& options) : pqxx::connect_direct(options) {}
  handle do_startconnect(handle orig) override {
    handle connected = pqxx::connect_direct::do_startconnect(orig);
    t_connected = connected;
    return connected;
  }
};

using PqConnection = pqxx::basic_connection_base<CapturingPolicy>;

// The connection string with lpg's name for pg_stat_activity, unless it names one itself.
std::string with_application_name(const std::string& url) {
  if (url.find("application_name") != std::string::npos) return url;
  if (is_postgres_url(url)) {
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "fallback_application_name=lpg";
  }
  return url + (url.empty() ? "" : " ") + "fallback_application_name=lpg";
}

// The password to scrub from messages: the one written in the URL, else $PGPASSWORD.
std::string secret_of(const std::string& url) {
  std::string secret = database_url_password(url);
  if (secret.empty()) {
    if (const char* env = std::getenv("PGPASSWORD")) secret = env;
  }
  return secret;
}

std::string display_name(const std::string& url) {
  return url.empty() ? std::string("the PostgreSQL database (from PGHOST, PGDATABASE...)")
                     : redact_database_url(url);
}

class PgConnection final : public Connection, public PgSession {
 public:
  explicit PgConnection(const PostgresOptions& options)
      : Connection(Dialect::Postgres),
        name_(display_name(options.url)),
        secret_(secret_of(options.url)) {
    try {
      t_connected = nullptr;
      conn_ = std::make_unique<PqConnection>(with_application_name(options.url));
      raw_ = t_connected;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
      conn_->inhibit_reactivation(true);  // a new session would silently lose the transaction
#pragma GCC diagnostic pop
      quiet_ = std::make_unique<pqxx::quiet_errorhandler>(*conn_);
      conn_->set_client_encoding("UTF8");
      work_ = std::make_unique<pqxx::nontransaction>(*conn_, "lpg");
    } catch (...) {
      rethrow_postgres(name_, secret_, PgStage::Connect);
    }
    if (raw_ != nullptr) cancel_ = PQgetCancel(raw_);
    exec(fmt::format("SET lock_timeout = {}; SET client_min_messages = warning",
                     options.busy_timeout_ms));
  }
  ~PgConnection() override { close(); }

  Dialect dialect() const noexcept override { return Dialect::Postgres; }
  const std::string& name() const noexcept override { return name_; }

  std::unique_ptr<StatementImpl> prepare_impl(std::string_view sql) override {
    live();
    return make_postgres_statement(*this, sql);
  }
  void exec(std::string_view script) override {
    settle();
    try {
      pqxx::result r = live().exec(std::string(script));
      if (changes_rows(script)) set_changes(static_cast<std::int64_t>(r.affected_rows()));
    } catch (...) {
      rethrow_postgres(name_, secret_, PgStage::Statement);
    }
  }
  std::int64_t changes() const override { return changes_; }
  bool in_transaction() const override {
    if (raw_ == nullptr) return false;
    auto status = PQtransactionStatus(raw_);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
  }
  void interrupt() noexcept override {
    if (cancel_ == nullptr) return;
    std::array<char, 256> message{};  // PQcancel is async-signal-safe with a buffer of ours
    PQcancel(cancel_, message.data(), static_cast<int>(message.size()));
  }
  void close() noexcept override {
    drop_copy();
    if (cancel_ != nullptr) PQfreeCancel(cancel_);
    cancel_ = nullptr;
    work_.reset();
    quiet_.reset();
    conn_.reset();
    raw_ = nullptr;
  }

  std::vector<std::string> table_names() override;
  std::vector<IndexInfo> indexes(std::string_view table) override;
  std::vector<ConstraintInfo> loose_constraints(std::string_view table) override;
  void resync_ids(std::string_view table) override;
  void lock_table(std::string_view table) override {
    check_sql_name(table);  // a name, not a parameter: lpg's own names only
    // Blocks other writers (and itself), not readers, nor rows that only refer to the table.
    exec(fmt::format("LOCK TABLE {} IN SHARE ROW EXCLUSIVE MODE", table));
  }
  std::unique_ptr<BulkImpl> bulk_impl(
      std::string_view table, const std::vector<std::string>& columns,
      const std::vector<std::pair<std::string, std::string>>& fixed) override {
    live();
    return make_postgres_copy(*this, table, columns, fixed);
  }

  void begin_write() override { exec("BEGIN ISOLATION LEVEL SERIALIZABLE"); }
  void begin_read() override { exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
  void commit() override;
  void rollback() noexcept override {
    drop_copy();
    if (!in_transaction()) return;
    try {
      live().exec("ROLLBACK");
    } catch (...) {  // the server rolls back an unfinished transaction when the session ends
    }
  }

  // PgSession: what the statements need.
  std::uint64_t copy_started(std::string sql) override {
    copy_sql_ = std::move(sql);
    return copy_ = ++copies_;
  }
  std::uint64_t copy_open() const override { return copy_; }
  void hold_copy(const std::string& sql, std::string& rows) override {
    if (held_.empty() || held_.back().first != sql) held_.emplace_back(sql, std::string());
    held_.back().second += rows;
    held_bytes_ += rows.size();
    rows.clear();
  }
  std::size_t held_bytes() const override { return held_bytes_; }
  void settle() override {
    if (copy_ == 0 && held_.empty()) return;
    auto held = std::move(held_);
    held_.clear();
    held_bytes_ = 0;
    try {
      if (copy_ != 0) {
        copy_ = 0;
        end_copy(*this, copy_sql_);
      }
      for (const auto& [sql, rows] : held) copy_whole(*this, sql, rows);
    } catch (const SerializationFailure&) {
      throw;
    } catch (const Error& e) {
      throw BulkLoadFailed(e.kind(), e.what(), e.hint());
    }
  }
  void drop_copy() noexcept override {
    held_.clear();
    held_bytes_ = 0;
    if (copy_ == 0) return;
    copy_ = 0;
    abandon_copy(raw_);
  }
  pqxx::result run(const std::string& sql, const std::vector<const char*>& values) override;
  void set_changes(std::int64_t n) override { changes_ = n; }
  const std::string& where() const override { return name_; }
  const std::string& secret() const override { return secret_; }
  pg_conn* connection() override { return raw_; }

 private:
  pqxx::nontransaction& live() {
    if (work_ == nullptr) throw Error(ErrorKind::Internal, "the database connection is closed");
    return *work_;
  }

  struct Prepared {
    std::string name;  // empty until the text has run twice
    int runs = 0;
  };
  static constexpr std::size_t kMaxPrepared = 1000;

  std::string name_;
  std::string secret_;
  std::unique_ptr<PqConnection> conn_;
  std::unique_ptr<pqxx::quiet_errorhandler> quiet_;
  std::unique_ptr<pqxx::nontransaction> work_;
  PGconn* raw_ = nullptr;
  PGcancel* cancel_ = nullptr;
  std::uint64_t copy_ = 0;    ///< the number of the COPY open, 0 when none
  std::uint64_t copies_ = 0;  ///< COPYs started
  std::string copy_sql_;      ///< its statement, for messages
  std::vector<std::pair<std::string, std::string>> held_;  ///< COPYs to run next: SQL, rows
  std::size_t held_bytes_ = 0;
  std::int64_t changes_ = 0;
  std::unordered_map<std::string, Prepared> prepared_;
  int prepared_names_ = 0;
};

// A statement text run once goes as one round trip (PQexecParams). Run again, from any
// Statement, it is prepared on the server and reused: an import's per-row statements are
// parsed and planned once.
pqxx::result PgConnection::run(const std::string& sql, const std::vector<const char*>& values) {
  settle();
  auto params = pqxx::prepare::make_dynamic_params(values);
  auto found = prepared_.find(sql);
  if (found == prepared_.end() && prepared_.size() < kMaxPrepared) {
    found = prepared_.emplace(sql, Prepared{}).first;
  }
  if (found == prepared_.end() || ++found->second.runs < 2) return live().exec_params(sql, params);
  if (found->second.name.empty()) {
    std::string name = fmt::format("lpg_{}", ++prepared_names_);
    conn_->prepare(name, sql);
    found->second.name = name;
  }
  return live().exec_prepared(found->second.name, params);
}

void PgConnection::commit() {
  settle();
  if (raw_ != nullptr && PQtransactionStatus(raw_) == PQTRANS_INERROR) {
    // COMMIT would quietly roll back: say so instead of pretending to have saved.
    rollback();
    throw Error(
        ErrorKind::Internal,
        fmt::format("a statement failed in this transaction on {}; nothing was saved", name_),
        "a statement whose failure is caught must run in its own nested db::WriteTx");
  }
  try {
    live().exec("COMMIT");
  } catch (...) {
    rethrow_postgres(name_, secret_, PgStage::Commit);
  }
}

std::vector<std::string> PgConnection::table_names() {
  Statement q = prepare(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
      "AND table_type = 'BASE TABLE' AND table_name <> 'lpg_migration' ORDER BY table_name");
  std::vector<std::string> names;
  while (q.step()) names.push_back(q.column(0).text());
  return names;
}

std::vector<IndexInfo> PgConnection::indexes(std::string_view table) {
  Statement q = prepare(
      "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
      "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
      "WHERE t.relname = ? "
      "AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
      "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
      "ORDER BY i.relname");
  q.bind(1, table);
  std::vector<IndexInfo> out;
  while (q.step()) out.push_back({q.column(0).text(), q.column(1).text()});
  return out;
}

std::vector<ConstraintInfo> PgConnection::loose_constraints(std::string_view table) {
  check_sql_name(table);  // a name in the statements made here
  Statement q = prepare(
      "SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
      "JOIN pg_class t ON t.oid = c.conrelid WHERE t.relname = ? "
      "AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
      "AND (c.contype = 'f' OR (c.contype IN ('p', 'u') AND NOT EXISTS (SELECT 1 FROM "
      "pg_constraint r WHERE r.contype = 'f' AND r.conindid = c.conindid))) "
      "ORDER BY c.contype = 'f', c.conname");
  q.bind(1, table);
  std::vector<ConstraintInfo> out;
  while (q.step()) {
    std::string name = q.column(0).text();
    out.push_back(
        {name, fmt::format("ALTER TABLE {} DROP CONSTRAINT \"{}\"", table, name),
         fmt::format("ALTER TABLE {} ADD CONSTRAINT \"{}\" {}", table, name, q.column(1).text())});
  }
  return out;
}

void PgConnection::resync_ids(std::string_view table) {
  check_sql_name(table);  // a name, not a parameter: lpg's own names only
  Statement q = prepare(
      "SELECT setval(pg_get_serial_sequence(quote_ident(?1), 'id'), "
      "coalesce((SELECT max(id) FROM " +
      std::string(table) + "), 0) + 1, false)");
  q.bind(1, table);
  q.exec();
}

}  // namespace

std::unique_ptr<Connection> connect_postgres(const PostgresOptions& options) {
  return std::make_unique<PgConnection>(options);
}

}  // namespace lpg::db
