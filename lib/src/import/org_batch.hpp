// SPDX-License-Identifier: MIT
#pragma once
// New organisations and their identifiers, written many rows to a statement. Preparing,
// starting and finishing a statement is most of the cost of inserting one row, so a register
// import inserts kRows at a time.

#include <SQLiteCpp/SQLiteCpp.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "import/org_row.hpp"

namespace lpg::import {

class InsertBatch {
 public:
  using Values = std::array<std::optional<Value>, kColumnCount>;
  using Identifiers = std::vector<std::pair<std::string, std::string>>;

  /// `stamp` is created_at and updated_at of every row.
  InsertBatch(SQLite::Database& db, std::string stamp);

  /// Queues organisation `id` (every column set as it is to be stored) with its identifiers;
  /// writes the queue when it is full.
  void add(std::int64_t id, Values&& values, std::string&& name_key, const Identifiers& ids);
  /// Takes organisation `id` out of the queue: its identifiers, or nullopt when it was not
  /// queued (written already, or never added).
  std::optional<Identifiers> drop(std::int64_t id);
  /// Writes what is queued: before anything reads the organisations back.
  void flush();

 private:
  static constexpr std::size_t kRows = 64;
  struct Row {
    std::int64_t id;
    Values values;
    std::string name_key;
  };
  struct Identifier {
    std::int64_t org_id;
    std::string scheme, value;
  };
  void write_rows(SQLite::Statement& q, std::size_t from, std::size_t count);
  void write_identifiers(SQLite::Statement& q, std::size_t from, std::size_t count);

  std::string stamp_;
  SQLite::Statement rows_, row_, identifiers_, identifier_;  // kRows at a time, and one
  std::vector<Row> queued_;
  std::vector<Identifier> queued_ids_;
};

}  // namespace lpg::import
