// SPDX-License-Identifier: MIT
#include "db/postgres_statement.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <pqxx/pqxx>

#include "db/placeholders.hpp"
#include "db/postgres_error.hpp"

namespace lpg::db {

namespace {

constexpr pqxx::oid kBoolOid = 16;

// What SQLite's sqlite3_column_int64 gives for text: the integer, a REAL truncated, else 0.
std::int64_t parse_int64(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && end == text.data() + text.size()) return value;
  double real = 0;
  auto parsed = std::from_chars(text.data(), text.data() + text.size(), real);
  if (parsed.ec != std::errc() || std::isnan(real)) return 0;
  if (real >= 9.2e18) return std::numeric_limits<std::int64_t>::max();
  if (real <= -9.2e18) return std::numeric_limits<std::int64_t>::min();
  return static_cast<std::int64_t>(real);
}

double parse_real(std::string_view text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() ? value : 0.0;
}

class PgStatement final : public StatementImpl {
 public:
  PgStatement(PgSession& session, std::string_view sql)
      : session_(session),
        sql_(sql),
        rewritten_(to_dollar_placeholders(sql)),
        values_(static_cast<std::size_t>(rewritten_.count)),
        changes_(changes_rows(sql)) {}

  void bind_null(int index) override { slot(index).reset(); }
  void bind_int64(int index, std::int64_t value) override { slot(index) = std::to_string(value); }
  void bind_double(int index, double value) override {
    slot(index) = fmt::format("{}", value);  // shortest text that reads back the same double
  }
  void bind_text(int index, std::string_view value, bool) override {
    if (value.find('\0') != std::string_view::npos) {
      throw Error(ErrorKind::Invalid, "a text value holds a NUL byte, which cannot be stored");
    }
    slot(index) = std::string(value);
  }
  int parameter_index(std::string_view name) const override {
    for (const auto& [known, number] : rewritten_.names) {
      if (known == name) return number;
    }
    return 0;
  }
  void clear_bindings() override {
    for (auto& value : values_) value.reset();
    restart();
  }

  bool step() override {
    if (!ran_ || done_) run();
    if (row_ + 1 < static_cast<long>(result_.size())) {
      ++row_;
      return true;
    }
    row_ = static_cast<long>(result_.size());
    done_ = true;
    return false;
  }
  void reset() override { restart(); }
  std::int64_t exec() override {
    run();
    done_ = true;
    row_ = static_cast<long>(result_.size());
    return static_cast<std::int64_t>(result_.affected_rows());
  }

  int column_count() const override { return ran_ ? static_cast<int>(result_.columns()) : 0; }
  std::string column_name(int index) const override {
    return ran_ ? result_.column_name(static_cast<pqxx::row::size_type>(index)) : "";
  }
  bool has_row() const override { return ran_ && row_ >= 0 && row_ < long(result_.size()); }
  bool is_null(int index) const override { return field(index).is_null(); }
  std::string_view text(int index) const override {
    pqxx::field f = field(index);
    if (result_.column_type(index) == kBoolOid && !f.is_null()) {
      return f.c_str()[0] == 't' ? "1" : "0";  // as SQLite gives a comparison's result
    }
    return {f.c_str(), f.size()};
  }
  std::int64_t int64(int index) const override {
    if (is_null(index)) return 0;
    return parse_int64(text(index));
  }
  double real(int index) const override {
    if (is_null(index)) return 0.0;
    return parse_real(text(index));
  }
  const std::string& sql() const override { return sql_; }

 private:
  std::optional<std::string>& slot(int index) {
    if (index < 1 || index > rewritten_.count) {
      throw Error(ErrorKind::Internal, fmt::format("no parameter {} in {}", index, sql_));
    }
    restart();  // binding starts the statement over, as the SQLite backend does
    return values_[static_cast<std::size_t>(index - 1)];
  }
  pqxx::field field(int index) const {
    return result_[static_cast<pqxx::result::size_type>(row_)]
                  [static_cast<pqxx::row::size_type>(index)];
  }
  void restart() {
    ran_ = done_ = false;
    row_ = -1;
    result_ = pqxx::result();
  }
  void run() {
    std::vector<const char*> pointers;
    pointers.reserve(values_.size());
    for (const auto& value : values_) pointers.push_back(value ? value->c_str() : nullptr);
    try {
      result_ = session_.run(rewritten_.sql, pointers);
    } catch (...) {
      restart();
      rethrow_postgres(session_.where(), session_.secret(), PgStage::Statement);
    }
    ran_ = true;
    done_ = false;
    row_ = -1;
    if (changes_) session_.set_changes(static_cast<std::int64_t>(result_.affected_rows()));
  }

  PgSession& session_;
  std::string sql_;
  Placeholders rewritten_;
  std::vector<std::optional<std::string>> values_;
  pqxx::result result_;
  bool changes_;  // an INSERT, UPDATE or DELETE: its row count is the connection's changes()
  long row_ = -1;
  bool ran_ = false;
  bool done_ = false;
};

}  // namespace

bool changes_rows(std::string_view sql) {
  std::size_t start = sql.find_first_not_of(" \t\r\n(");
  if (start == std::string_view::npos) return false;
  std::string word;
  for (std::size_t i = start; i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i]));
       ++i) {
    word += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i])));
  }
  return word == "INSERT" || word == "UPDATE" || word == "DELETE" || word == "MERGE";
}

std::unique_ptr<StatementImpl> make_postgres_statement(PgSession& session, std::string_view sql) {
  return std::make_unique<PgStatement>(session, sql);
}

}  // namespace lpg::db
