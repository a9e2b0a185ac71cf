// SPDX-License-Identifier: MIT
#include "import/org_batch.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lpg::import {

namespace {

// "INSERT INTO table (columns) VALUES (?, ?), (?, ?)": `rows` rows of `width` parameters.
std::string insert_sql(const std::string& head, std::size_t width, std::size_t rows) {
  std::string one = "(?";
  for (std::size_t i = 1; i < width; ++i) one += ", ?";
  one += ")";
  std::string sql = head + " VALUES " + one;
  for (std::size_t i = 1; i < rows; ++i) sql += ", " + one;
  return sql;
}

std::string organisation_head() {
  std::string head = "INSERT INTO organisation (id";
  for (const char* c : kOrgColumnNames) head += fmt::format(", {}", c);
  return head + ", name_key, created_at, updated_at)";
}

constexpr std::size_t kRowWidth = kColumnCount + 4;  // id, the columns, name_key, two stamps
const std::string kIdentifierHead = "INSERT INTO org_identifier (org_id, scheme, value)";

}  // namespace

InsertBatch::Insert::Insert(SQLite::Database& db, std::size_t rows, const std::string& stamp)
    : q(db, insert_sql(organisation_head(), kRowWidth, rows)), null(rows * kRowWidth + 1, false) {
  // The same stamps for every row: bound once, since a reset keeps what is bound.
  for (std::size_t r = 0; r < rows; ++r) {
    int last = static_cast<int>((r + 1) * kRowWidth);
    q.bindNoCopy(last - 1, stamp);
    q.bindNoCopy(last, stamp);
  }
}

InsertBatch::InsertBatch(SQLite::Database& db, std::string stamp)
    : stamp_(std::move(stamp)),
      rows_(db, kRows, stamp_),
      row_(db, 1, stamp_),
      identifiers_(db, insert_sql(kIdentifierHead, 3, kRows)),
      identifier_(db, insert_sql(kIdentifierHead, 3, 1)) {
  queued_.reserve(kRows);
  ids_.reserve(kRows * 2);
}

void InsertBatch::add(std::int64_t id, const OrgRow& row) {
  queued_.push_back({id, &row});
  if (queued_.size() == kRows) flush();
}

std::optional<InsertBatch::Identifiers> InsertBatch::drop(std::int64_t id) {
  auto at =
      std::find_if(queued_.begin(), queued_.end(), [&](const Queued& q) { return q.id == id; });
  if (at == queued_.end()) return std::nullopt;
  Identifiers ids = at->row->identifiers;
  queued_.erase(at);
  return ids;
}

// Binds without copies: the rows outlive each statement's step. Binding is a good part of a
// row's cost, so a NULL still bound from the last rows is left as it is.
void InsertBatch::write_rows(Insert& insert, std::size_t from, std::size_t count) {
  auto& q = insert.q;
  q.reset();
  int n = 1;
  for (std::size_t r = from; r < from + count; ++r) {
    const OrgRow& row = *queued_[r].row;
    q.bind(n++, static_cast<int64_t>(queued_[r].id));
    for (const auto& v : row.values) {
      bool null = !v.has_value();
      if (null && !insert.null[n]) {
        q.bind(n);
      } else if (!null) {
        if (const auto* i = std::get_if<std::int64_t>(&*v)) {
          q.bind(n, static_cast<int64_t>(*i));
        } else {
          q.bindNoCopy(n, std::get<std::string>(*v));
        }
      }
      insert.null[n++] = null;
    }
    q.bindNoCopy(n, row.name_key);
    n += 3;  // and the stamps, bound once
  }
  q.exec();
}

void InsertBatch::write_identifiers(SQLite::Statement& q, std::size_t count) {
  q.reset();
  int n = 1;
  for (std::size_t i = 0; i < count; ++i) {
    q.bind(n++, static_cast<int64_t>(ids_[i].first));
    q.bindNoCopy(n++, ids_[i].second->first);
    q.bindNoCopy(n++, ids_[i].second->second);
  }
  q.exec();
  ids_.erase(ids_.begin(), ids_.begin() + static_cast<std::ptrdiff_t>(count));
}

void InsertBatch::flush() {
  // The organisations before their identifiers, which refer to them.
  std::size_t r = 0;
  for (; r + kRows <= queued_.size(); r += kRows) write_rows(rows_, r, kRows);
  for (; r < queued_.size(); ++r) write_rows(row_, r, 1);
  for (const auto& q : queued_) {
    for (const auto& id : q.row->identifiers) ids_.emplace_back(q.id, &id);
  }
  queued_.clear();
  while (ids_.size() >= kRows) write_identifiers(identifiers_, kRows);
  while (!ids_.empty()) write_identifiers(identifier_, 1);
}

}  // namespace lpg::import
