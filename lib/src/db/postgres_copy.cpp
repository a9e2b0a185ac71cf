// SPDX-License-Identifier: MIT
// COPY table (columns) FROM STDIN in COPY's text format: a row is its values separated by
// tabs, ended by a newline, NULL written \N and \, tab, newline and carriage return escaped.
// The rows are sent as they come, in blocks, through libpq's PQputCopyData (libpqxx 6's
// tablewriter sends a line a call). The COPY stays open after write() until the connection
// is needed for something else (PgSession::settle): an import that writes its rows a few
// hundred at a time, with nothing between, makes one COPY of them, not one a few hundred.
#include "db/postgres_copy.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>
#include <libpq-fe.h>

#include <charconv>
#include <pqxx/except>

#include "db/postgres_error.hpp"

namespace lpg::db {

namespace {

constexpr std::size_t kBlock = std::size_t{1} << 18;  // 256 KiB a PQputCopyData

std::string copy_sql(std::string_view table, const std::vector<std::string>& columns,
                     const std::vector<std::pair<std::string, std::string>>& fixed) {
  check_sql_name(table);
  std::string names;
  for (const auto& c : columns) {
    check_sql_name(c);
    names += (names.empty() ? "" : ", ") + c;
  }
  for (const auto& [c, value] : fixed) {
    check_sql_name(c);
    names += (names.empty() ? "" : ", ") + c;
  }
  return fmt::format("COPY {} ({}) FROM STDIN", table, names);
}

void escape_into(std::string& out, std::string_view value) {
  if (value.find('\0') != std::string_view::npos) {
    throw Error(ErrorKind::Invalid, "a text value holds a NUL byte, which cannot be stored");
  }
  std::size_t from = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char* escaped = nullptr;
    switch (value[i]) {
      case '\\':
        escaped = "\\\\";
        break;
      case '\t':
        escaped = "\\t";
        break;
      case '\n':
        escaped = "\\n";
        break;
      case '\r':
        escaped = "\\r";
        break;
      default:
        continue;
    }
    out.append(value.substr(from, i - from));
    out.append(escaped);
    from = i + 1;
  }
  out.append(value.substr(from));
}

void drain(PGconn* conn) {
  while (PGresult* more = PQgetResult(conn)) PQclear(more);
}

// Throws the lpg::Error for `result` (taken and freed), or for the connection's last error.
[[noreturn]] void fail(PgSession& session, const std::string& sql, PGresult* result) {
  PGconn* conn = session.connection();
  std::string message = result != nullptr ? PQresultErrorMessage(result) : "";
  if (message.empty() && conn != nullptr) message = PQerrorMessage(conn);
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string sqlstate = state != nullptr ? state : "";
  PQclear(result);
  try {
    if (conn == nullptr || PQstatus(conn) == CONNECTION_BAD) {
      throw pqxx::broken_connection(message);
    }
    throw pqxx::sql_error(message, sql, sqlstate.empty() ? nullptr : sqlstate.c_str());
  } catch (...) {
    rethrow_postgres(session.where(), session.secret(), PgStage::Statement);
  }
}

class PgCopy final : public BulkImpl {
 public:
  PgCopy(PgSession& session, std::string_view table, const std::vector<std::string>& columns,
         const std::vector<std::pair<std::string, std::string>>& fixed)
      : session_(session), sql_(copy_sql(table, columns, fixed)), width_(columns.size()) {
    for (const auto& [column, value] : fixed) {
      suffix_ += '\t';
      escape_into(suffix_, value);
    }
    suffix_ += '\n';
    buffer_.reserve(kBlock + 4096);
  }
  // Rows sent and not written (an exception on the way): the COPY is given up. Once
  // written, it is left to end when the connection is next needed.
  ~PgCopy() override {
    if (open() && (rows_ != 0 || columns_ != 0)) session_.drop_copy();
  }

  void null() override { next().append("\\N"); }
  void int64(std::int64_t value) override {
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    next().append(digits, end);
  }
  void text(std::string_view value) override { escape_into(next(), value); }
  void end_row() override {
    if (columns_ != width_) {
      throw Error(ErrorKind::Internal,
                  fmt::format("a bulk row of {} values for {} columns", columns_, width_));
    }
    columns_ = 0;
    buffer_.append(suffix_);
    ++rows_;
    if (buffer_.size() >= kBlock) send();
  }
  std::int64_t write() override {
    auto n = static_cast<std::int64_t>(rows_);
    if (n == 0) return 0;
    send();
    rows_ = 0;
    return n;
  }

 private:
  bool open() const { return serial_ != 0 && session_.copy_open() == serial_; }
  std::string& next() {
    if (columns_++ != 0) buffer_ += '\t';
    return buffer_;
  }
  // Sends the rows held; the first block starts the COPY, ending another table's.
  void send() {
    try {
      if (!open()) start();
      PGconn* conn = session_.connection();
      if (!buffer_.empty() &&
          PQputCopyData(conn, buffer_.data(), static_cast<int>(buffer_.size())) != 1) {
        session_.drop_copy();
        fail(session_, sql_, nullptr);
      }
      buffer_.clear();
    } catch (...) {
      buffer_.clear();
      columns_ = rows_ = 0;
      throw;
    }
  }
  void start() {
    session_.settle();
    PGconn* conn = session_.connection();
    if (PQsendQuery(conn, sql_.c_str()) != 1) fail(session_, sql_, nullptr);
    PGresult* started = PQgetResult(conn);
    if (PQresultStatus(started) != PGRES_COPY_IN) {
      drain(conn);
      fail(session_, sql_, started);
    }
    PQclear(started);
    serial_ = session_.copy_started(sql_);
  }

  PgSession& session_;
  std::string sql_;
  std::size_t width_;
  std::string suffix_;  ///< the fixed columns' values and the newline, ending every row
  std::string buffer_;  ///< rows not sent yet
  std::size_t columns_ = 0;
  std::size_t rows_ = 0;      ///< rows added since the last write()
  std::uint64_t serial_ = 0;  ///< the session's number for this load's COPY
};

}  // namespace

std::unique_ptr<BulkImpl> make_postgres_copy(
    PgSession& session, std::string_view table, const std::vector<std::string>& columns,
    const std::vector<std::pair<std::string, std::string>>& fixed) {
  return std::make_unique<PgCopy>(session, table, columns, fixed);
}

void end_copy(PgSession& session, const std::string& sql) {
  PGconn* conn = session.connection();
  if (PQputCopyEnd(conn, nullptr) != 1) fail(session, sql, nullptr);
  PGresult* result = PQgetResult(conn);
  drain(conn);
  if (PQresultStatus(result) != PGRES_COMMAND_OK) fail(session, sql, result);
  std::int64_t n = 0;
  std::string_view tuples = PQcmdTuples(result);
  std::from_chars(tuples.data(), tuples.data() + tuples.size(), n);
  PQclear(result);
  session.set_changes(n);
}

void abandon_copy(PGconn* conn) noexcept {
  if (conn != nullptr && PQputCopyEnd(conn, "lpg gave up the bulk load") == 1) drain(conn);
}

}  // namespace lpg::db
