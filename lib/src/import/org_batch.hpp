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
  using Identifiers = std::vector<std::pair<std::string, std::string>>;

  /// `stamp` is created_at and updated_at of every row.
  InsertBatch(SQLite::Database& db, std::string stamp);

  /// Queues organisation `id`, whose every column `row` sets as it is to be stored, with the
  /// row's identifiers; writes the queue when it is full. The row is read where it is, so it
  /// must stay as it is until flush(): the import flushes before it gives back the rows.
  void add(std::int64_t id, const OrgRow& row);
  /// Takes organisation `id` out of the queue: its identifiers, or nullopt when it was not
  /// queued (written already, or never added).
  std::optional<Identifiers> drop(std::int64_t id);
  /// Writes what is queued: before anything reads the organisations back.
  void flush();

 private:
  static constexpr std::size_t kRows = 64;
  struct Queued {
    std::int64_t id;
    const OrgRow* row;
  };
  /// An INSERT of some rows, and which of its parameters are bound to NULL.
  struct Insert {
    Insert(SQLite::Database& db, std::size_t rows, const std::string& stamp);
    SQLite::Statement q;
    std::vector<bool> null;  ///< by parameter number
  };
  void write_rows(Insert& insert, std::size_t from, std::size_t count);
  void write_identifiers(SQLite::Statement& q, std::size_t count);

  std::string stamp_;
  Insert rows_, row_;                           // kRows at a time, and one
  SQLite::Statement identifiers_, identifier_;  // likewise
  std::vector<Queued> queued_;
  std::vector<std::pair<std::int64_t, const std::pair<std::string, std::string>*>> ids_;
};

}  // namespace lpg::import
