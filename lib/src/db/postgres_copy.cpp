// SPDX-License-Identifier: MIT
// COPY table (columns) FROM STDIN in COPY's text format: a row is its values separated by
// tabs, ended by a newline, NULL written \N and \, tab, newline and carriage return escaped.
// The rows are sent as they come, in blocks, through libpq's PQputCopyData (libpqxx 6's
// tablewriter sends a line a call). The COPY stays open after write() until the connection
// is needed for something else (PgSession::settle): an import that writes its rows a few
// hundred at a time, with nothing between, makes one COPY of them, not one a few hundred.
// Rows of another table written while that COPY is open are held (up to kHoldLimit) and sent
// in a COPY of their own when it ends: an import that writes organisations and their
// identifiers in turn streams the organisations in one COPY while it reads the file, instead
// of waiting for the server at every batch.
#include "db/postgres_copy.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>
#include <libpq-fe.h>

#include <charconv>
#include <pqxx/except>

#include "db/postgres_error.hpp"

namespace lpg::db {

namespace {

constexpr std::size_t kBlock = std::size_t{1} << 18;      // 256 KiB a PQputCopyData
constexpr std::size_t kHoldLimit = std::size_t{1} << 24;  // 16 MiB held at most

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

// Starts COPY `sql` on the connection, which must be free.
void begin_copy(PgSession& session, const std::string& sql) {
  PGconn* conn = session.connection();
  if (PQsendQuery(conn, sql.c_str()) != 1) fail(session, sql, nullptr);
  PGresult* started = PQgetResult(conn);
  if (PQresultStatus(started) != PGRES_COPY_IN) {
    drain(conn);
    fail(session, sql, started);
  }
  PQclear(started);
}

// Sends `rows` (COPY text) into the COPY `sql` open on the connection.
void put_rows(PgSession& session, const std::string& sql, std::string_view rows) {
  for (std::size_t at = 0; at < rows.size(); at += kBlock) {
    std::string_view block = rows.substr(at, kBlock);
    if (PQputCopyData(session.connection(), block.data(), static_cast<int>(block.size())) != 1) {
      session.drop_copy();
      fail(session, sql, nullptr);
    }
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
    if ((open() || sent_) && (rows_ != 0 || columns_ != 0)) session_.drop_copy();
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
    sent_ = false;
    return n;
  }

 private:
  bool open() const { return serial_ != 0 && session_.copy_open() == serial_; }
  std::string& next() {
    if (columns_++ != 0) buffer_ += '\t';
    return buffer_;
  }
  // Sends the rows in the buffer; the first block starts the COPY. While another table's COPY
  // is open they are held for later instead, unless too much is held already: then that COPY
  // ends and this one starts.
  void send() {
    try {
      if (!open() && session_.copy_open() != 0 &&
          session_.held_bytes() + buffer_.size() <= kHoldLimit) {
        session_.hold_copy(sql_, buffer_);
        buffer_.clear();
        sent_ = true;
        return;
      }
      if (!open()) start();
      put_rows(session_, sql_, buffer_);
      buffer_.clear();
      sent_ = true;
    } catch (...) {
      buffer_.clear();
      columns_ = rows_ = 0;
      throw;
    }
  }
  void start() {
    session_.settle();
    begin_copy(session_, sql_);
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
  bool sent_ = false;         ///< rows sent or held since the last write()
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

void copy_whole(PgSession& session, const std::string& sql, std::string_view rows) {
  begin_copy(session, sql);
  try {
    put_rows(session, sql, rows);
  } catch (...) {
    abandon_copy(session.connection());
    throw;
  }
  end_copy(session, sql);
}

void abandon_copy(PGconn* conn) noexcept {
  if (conn != nullptr && PQputCopyEnd(conn, "lpg gave up the bulk load") == 1) drain(conn);
}

}  // namespace lpg::db
