// SPDX-License-Identifier: MIT
// BulkInsert (db/sql.hpp), and the bulk load by batches of INSERTs that SQLite uses: a
// statement of many rows prepared once and run again, and one of a single row for the rest.
// Also what a bulk load does to its tables meanwhile (db/bulk_load.hpp).
#include <lpg/errors.hpp>

#include <fmt/format.h>

#include <variant>

#include "db/bulk_load.hpp"
#include "db/sql.hpp"
#include "db/sql_backend.hpp"

namespace lpg::db {

void check_sql_name(std::string_view name) {
  if (name.empty() ||
      name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_0123456789") != std::string_view::npos) {
    throw Error(ErrorKind::Internal, fmt::format("not one of lpg's SQL names: {}", name));
  }
}

namespace {

// "INSERT INTO t (a, b, c) VALUES (?, ?, ?), (?, ?, ?)": `rows` rows.
std::string insert_sql(std::string_view table, const std::vector<std::string>& columns,
                       const std::vector<std::pair<std::string, std::string>>& fixed,
                       std::size_t rows) {
  check_sql_name(table);
  std::string names, one = "(";
  for (const auto& c : columns) {
    check_sql_name(c);
    names += (names.empty() ? "" : ", ") + c;
    one += one.size() == 1 ? "?" : ", ?";
  }
  for (const auto& [c, value] : fixed) {
    check_sql_name(c);
    names += (names.empty() ? "" : ", ") + c;
    one += one.size() == 1 ? "?" : ", ?";
  }
  one += ")";
  std::string sql = fmt::format("INSERT INTO {} ({}) VALUES {}", table, names, one);
  for (std::size_t i = 1; i < rows; ++i) sql += ", " + one;
  return sql;
}

using Cell = std::variant<std::nullptr_t, std::int64_t, std::string_view>;

class InsertBatches final : public BulkImpl {
 public:
  InsertBatches(Connection& c, std::string_view table, const std::vector<std::string>& columns,
                const std::vector<std::pair<std::string, std::string>>& fixed)
      : width_(columns.size()),
        fixed_(fixed),
        many_(c, insert_sql(table, columns, fixed, kRows)),
        one_(c, insert_sql(table, columns, fixed, 1)) {
    cells_.reserve(kRows * width_);
    // A reset keeps what is bound: the fixed values are bound once.
    for (std::size_t r = 0; r < kRows; ++r) bind_fixed(many_, r);
    bind_fixed(one_, 0);
    null_many_.assign(kRows * (width_ + fixed_.size()) + 1, false);
    null_one_.assign(width_ + fixed_.size() + 1, false);
  }

  void null() override { cells_.emplace_back(nullptr); }
  void int64(std::int64_t value) override { cells_.emplace_back(value); }
  void text(std::string_view value) override { cells_.emplace_back(value); }
  void end_row() override {
    if (cells_.size() != (rows_ + 1) * width_) {
      throw Error(ErrorKind::Internal, fmt::format("a bulk row of {} values for {} columns",
                                                   cells_.size() % width_, width_));
    }
    if (++rows_ == kRows) {
      run(many_, null_many_, kRows);
      written_ += static_cast<std::int64_t>(kRows);
    }
  }
  std::int64_t write() override {
    // The rows of no full batch go one at a time, through their own statement.
    std::vector<Cell> rest;
    rest.swap(cells_);
    std::size_t rows = rows_;
    for (std::size_t r = 0; r < rows; ++r) {
      cells_.assign(rest.begin() + static_cast<std::ptrdiff_t>(r * width_),
                    rest.begin() + static_cast<std::ptrdiff_t>((r + 1) * width_));
      run(one_, null_one_, 1);
      ++written_;
    }
    cells_.clear();
    rows_ = 0;
    std::int64_t n = written_;
    written_ = 0;
    return n;
  }

 private:
  static constexpr std::size_t kRows = 64;

  void bind_fixed(Statement& q, std::size_t row) {
    std::size_t stride = width_ + fixed_.size();
    for (std::size_t i = 0; i < fixed_.size(); ++i) {
      q.bind_nocopy(static_cast<int>(row * stride + width_ + i + 1), fixed_[i].second);
    }
  }
  // Binds without copies. Binding is a good part of a row's cost, so a NULL still bound from
  // the last rows is left as it is.
  void run(Statement& q, std::vector<bool>& null, std::size_t rows) {
    q.reset();
    std::size_t stride = width_ + fixed_.size();
    for (std::size_t r = 0; r < rows; ++r) {
      for (std::size_t i = 0; i < width_; ++i) {
        const Cell& cell = cells_[r * width_ + i];
        std::size_t n = r * stride + i + 1;
        int at = static_cast<int>(n);
        bool is_null = std::holds_alternative<std::nullptr_t>(cell);
        if (is_null) {
          if (!null[n]) q.bind(at);
        } else if (const auto* v = std::get_if<std::int64_t>(&cell)) {
          q.bind(at, static_cast<long long>(*v));
        } else {
          q.bind_nocopy(at, std::get<std::string_view>(cell));
        }
        null[n] = is_null;
      }
    }
    q.exec();
    cells_.clear();
    rows_ = 0;
  }

  std::size_t width_;
  std::vector<std::pair<std::string, std::string>> fixed_;
  Statement many_, one_;
  std::vector<bool> null_many_, null_one_;  ///< by parameter number: NULL bound there now
  std::vector<Cell> cells_;                 ///< the rows not written, column by column
  std::size_t rows_ = 0;
  std::int64_t written_ = 0;
};

}  // namespace

std::unique_ptr<BulkImpl> insert_batches(
    Connection& connection, std::string_view table, const std::vector<std::string>& columns,
    const std::vector<std::pair<std::string, std::string>>& fixed) {
  return std::make_unique<InsertBatches>(connection, table, columns, fixed);
}

namespace {

// The kind stays; what changes is that no caller takes it for one row's fault.
template <class Step>
auto failing_whole(Step&& step) -> decltype(step()) {
  try {
    return step();
  } catch (const SerializationFailure&) {
    throw;
  } catch (const BulkLoadFailed&) {
    throw;
  } catch (const Error& e) {
    throw BulkLoadFailed(e.kind(), e.what(), e.hint());
  }
}

}  // namespace

BulkInsert::BulkInsert(Connection& connection, std::string_view table,
                       std::vector<std::string> columns,
                       std::vector<std::pair<std::string, std::string>> fixed)
    : impl_(connection.bulk_impl(table, columns, fixed)) {}
BulkInsert::BulkInsert(BulkInsert&&) noexcept = default;
BulkInsert& BulkInsert::operator=(BulkInsert&&) noexcept = default;
BulkInsert::~BulkInsert() = default;

void BulkInsert::add(std::nullptr_t) { impl_->null(); }
void BulkInsert::add(std::int64_t value) { impl_->int64(value); }
void BulkInsert::end_row() {
  failing_whole([&] { impl_->end_row(); });  // may write rows
  ++pending_;
}

void BulkInsert::add(std::string_view value) {
  failing_whole([&] { impl_->text(value); });  // a NUL byte: the row is half given
}

std::int64_t BulkInsert::write() {
  pending_ = 0;
  return failing_whole([&] { return impl_->write(); });
}

LooseSchema::LooseSchema(Connection& c, const std::vector<std::string>& tables) : c_(c) {
  std::vector<ConstraintInfo> references, keys;
  for (const auto& table : tables) {
    for (auto& index : c_.indexes(table)) indexes_.push_back(std::move(index));
    for (auto& k : c_.loose_constraints(table)) {
      (k.add.find(" FOREIGN KEY ") != std::string::npos ? references : keys)
          .push_back(std::move(k));
    }
  }
  // Made again keys first, references last; dropped the other way round.
  constraints_ = std::move(keys);
  for (auto& r : references) constraints_.push_back(std::move(r));
  for (auto k = constraints_.rbegin(); k != constraints_.rend(); ++k) c_.exec(k->drop);
  // Names from lpg's own schema, not from the user: quoted all the same.
  for (const auto& index : indexes_) c_.exec(fmt::format("DROP INDEX \"{}\"", index.name));
}

void LooseSchema::restore() {
  for (const auto& index : indexes_) c_.exec(index.sql);
  for (const auto& k : constraints_) c_.exec(k.add);
  indexes_.clear();
  constraints_.clear();
}

PageCache::PageCache(Connection& c, int kib) : c_(c) { resize(kib); }

PageCache::~PageCache() {
  try {
    resize(2000);
  } catch (...) {  // only a cache size
  }
}

void PageCache::resize(int kib) {
  if (c_.dialect() == Dialect::Sqlite) c_.exec(fmt::format("PRAGMA cache_size = -{}", kib));
}

}  // namespace lpg::db
