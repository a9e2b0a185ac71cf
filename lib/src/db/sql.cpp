// SPDX-License-Identifier: MIT
#include "db/sql.hpp"

#include <lpg/interrupt.hpp>

#include <fmt/format.h>

#include <chrono>
#include <random>
#include <thread>

#include "db/sql_backend.hpp"

namespace lpg::db {

const char* to_string(Dialect dialect) noexcept {
  return dialect == Dialect::Sqlite ? "SQLite" : "PostgreSQL";
}

// ---- Value ----------------------------------------------------------------------------------

namespace {

const StatementImpl& checked(const StatementImpl* s, int index) {
  if (!s->has_row()) {
    throw Error(ErrorKind::Internal,
                fmt::format("column {} read with no current row: {}", index, s->sql()));
  }
  if (index < 0 || index >= s->column_count()) {
    throw Error(ErrorKind::Internal, fmt::format("no column {} in {}", index, s->sql()));
  }
  return *s;
}

}  // namespace

bool Value::is_null() const { return checked(statement_, index_).is_null(index_); }
std::string Value::text() const { return std::string(text_view()); }
std::string_view Value::text_view() const { return checked(statement_, index_).text(index_); }
std::int64_t Value::int64() const { return checked(statement_, index_).int64(index_); }
int Value::int32() const { return static_cast<int>(int64()); }
double Value::real() const { return checked(statement_, index_).real(index_); }

std::optional<std::string> Value::opt_text() const {
  if (is_null()) return std::nullopt;
  return text();
}

std::optional<std::int64_t> Value::opt_int64() const {
  if (is_null()) return std::nullopt;
  return int64();
}

std::optional<double> Value::opt_real() const {
  if (is_null()) return std::nullopt;
  return real();
}

// ---- Statement ------------------------------------------------------------------------------

Statement::Statement(Connection& connection, std::string_view sql)
    : impl_(connection.prepare_impl(sql)) {}
Statement::Statement(std::unique_ptr<StatementImpl> impl) : impl_(std::move(impl)) {}
Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;
Statement::~Statement() = default;

void Statement::bind(int index) { impl_->bind_null(index); }
void Statement::bind(int index, long long value) { impl_->bind_int64(index, value); }
void Statement::bind(int index, double value) { impl_->bind_double(index, value); }
void Statement::bind(int index, std::string_view value) { impl_->bind_text(index, value, true); }
void Statement::bind_nocopy(int index, std::string_view value) {
  impl_->bind_text(index, value, false);
}

int Statement::parameter_index(std::string_view name) const {
  std::string key(name.starts_with(':') ? "" : ":");
  key.append(name);
  int index = impl_->parameter_index(key);
  if (index == 0) {
    throw Error(ErrorKind::Internal, fmt::format("no parameter {} in {}", key, impl_->sql()));
  }
  return index;
}

void Statement::clear_bindings() { impl_->clear_bindings(); }
bool Statement::step() { return impl_->step(); }
int Statement::column_count() const { return impl_->column_count(); }
std::string Statement::column_name(int index) const { return impl_->column_name(index); }
void Statement::reset() { impl_->reset(); }
std::int64_t Statement::exec() { return impl_->exec(); }
const std::string& Statement::sql() const { return impl_->sql(); }

std::int64_t Statement::exec_id() {
  impl_->reset();
  if (!impl_->step() || impl_->column_count() < 1 || impl_->is_null(0)) {
    throw Error(ErrorKind::Internal, fmt::format("no id returned by {}", impl_->sql()));
  }
  std::int64_t id = impl_->int64(0);
  while (impl_->step()) {
  }
  return id;
}

// ---- Connection -----------------------------------------------------------------------------

Connection::~Connection() = default;

Statement Connection::prepare(std::string_view sql) { return Statement(prepare_impl(sql)); }

bool Connection::table_exists(std::string_view table) {
  for (const auto& name : table_names()) {
    if (name == table) return true;
  }
  return false;
}

namespace {

Statement first_row(Connection& connection, std::string_view sql) {
  Statement q = connection.prepare(sql);
  if (!q.step() || q.column_count() < 1) {
    throw Error(ErrorKind::Internal, fmt::format("no row returned by {}", sql));
  }
  return q;
}

}  // namespace

std::int64_t query_int64(Connection& connection, std::string_view sql) {
  return first_row(connection, sql).column(0).int64();
}

std::string query_text(Connection& connection, std::string_view sql) {
  return first_row(connection, sql).column(0).text();
}

std::vector<std::string> query_texts(Connection& connection, std::string_view sql) {
  Statement q(connection, sql);
  std::vector<std::string> out;
  while (q.step()) {
    if (!q.column(0).is_null()) out.push_back(q.column(0).text());
  }
  return out;
}

// ---- Transactions ---------------------------------------------------------------------------

WriteTx::WriteTx(Connection& connection) : connection_(connection) {
  check_interrupted();
  nested_ = connection_.in_transaction();
  if (nested_) {
    connection_.exec("SAVEPOINT lpg_step");
  } else {
    connection_.begin_write();
  }
}

WriteTx::~WriteTx() {
  if (done_) return;
  if (!nested_) {
    connection_.rollback();
    return;
  }
  try {
    connection_.exec("ROLLBACK TO lpg_step");
    connection_.exec("RELEASE lpg_step");
  } catch (...) {  // rolling back is all that is left to do; the outer transaction decides
  }
}

void WriteTx::commit() {
  check_interrupted();
  if (nested_) {
    connection_.exec("RELEASE lpg_step");
  } else {
    connection_.commit();
  }
  done_ = true;
}

ReadTx::ReadTx(Connection& connection) : connection_(connection) {
  owner_ = !connection_.in_transaction();
  if (owner_) connection_.begin_read();
}

ReadTx::~ReadTx() {
  if (!owner_) return;
  try {
    connection_.commit();
  } catch (...) {  // a read transaction has nothing to lose
    connection_.rollback();
  }
}

namespace detail {

void retry_pause(int attempt) {
  thread_local std::minstd_rand random(std::random_device{}());
  int ceiling = 5 << std::min(attempt, 7);  // 10, 20, 40 ... 640 ms
  std::uniform_int_distribution<int> pick(ceiling / 2, ceiling);
  std::this_thread::sleep_for(std::chrono::milliseconds(pick(random)));
}

Error gave_up(const Connection& connection, const SerializationFailure& last, int attempts) {
  return {ErrorKind::Busy,
          fmt::format("{} is busy: the change clashed with other writers {} times running ({}); "
                      "nothing was saved",
                      connection.name(), attempts, last.what()),
          "try again"};
}

}  // namespace detail

}  // namespace lpg::db
