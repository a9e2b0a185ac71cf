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

InsertBatch::InsertBatch(SQLite::Database& db, std::string stamp)
    : stamp_(std::move(stamp)),
      rows_(db, insert_sql(organisation_head(), kRowWidth, kRows)),
      row_(db, insert_sql(organisation_head(), kRowWidth, 1)),
      identifiers_(db, insert_sql(kIdentifierHead, 3, kRows)),
      identifier_(db, insert_sql(kIdentifierHead, 3, 1)) {
  queued_.reserve(kRows);
}

void InsertBatch::add(std::int64_t id, Values&& values, std::string&& name_key,
                      const Identifiers& ids) {
  queued_.push_back({id, std::move(values), std::move(name_key)});
  for (const auto& [scheme, value] : ids) queued_ids_.push_back({id, scheme, value});
  if (queued_.size() == kRows) flush();
}

std::optional<InsertBatch::Identifiers> InsertBatch::drop(std::int64_t id) {
  auto row = std::find_if(queued_.begin(), queued_.end(), [&](const Row& r) { return r.id == id; });
  if (row == queued_.end()) return std::nullopt;
  queued_.erase(row);
  Identifiers ids;
  for (const auto& i : queued_ids_) {
    if (i.org_id == id) ids.emplace_back(i.scheme, i.value);
  }
  std::erase_if(queued_ids_, [&](const Identifier& i) { return i.org_id == id; });
  return ids;
}

// Binds without copies: the queue outlives each statement's step.
void InsertBatch::write_rows(SQLite::Statement& q, std::size_t from, std::size_t count) {
  q.reset();
  int n = 1;
  for (std::size_t r = from; r < from + count; ++r) {
    const Row& row = queued_[r];
    q.bind(n++, static_cast<int64_t>(row.id));
    for (const auto& v : row.values) {
      if (!v) {
        q.bind(n++);
      } else if (const auto* i = std::get_if<std::int64_t>(&*v)) {
        q.bind(n++, static_cast<int64_t>(*i));
      } else {
        q.bindNoCopy(n++, std::get<std::string>(*v));
      }
    }
    q.bindNoCopy(n++, row.name_key);
    q.bindNoCopy(n++, stamp_);
    q.bindNoCopy(n++, stamp_);
  }
  q.exec();
}

void InsertBatch::write_identifiers(SQLite::Statement& q, std::size_t from, std::size_t count) {
  q.reset();
  int n = 1;
  for (std::size_t r = from; r < from + count; ++r) {
    q.bind(n++, static_cast<int64_t>(queued_ids_[r].org_id));
    q.bindNoCopy(n++, queued_ids_[r].scheme);
    q.bindNoCopy(n++, queued_ids_[r].value);
  }
  q.exec();
}

void InsertBatch::flush() {
  // The organisations before their identifiers, which refer to them.
  std::size_t r = 0;
  for (; r + kRows <= queued_.size(); r += kRows) write_rows(rows_, r, kRows);
  for (; r < queued_.size(); ++r) write_rows(row_, r, 1);
  std::size_t i = 0;
  for (; i + kRows <= queued_ids_.size(); i += kRows) write_identifiers(identifiers_, i, kRows);
  for (; i < queued_ids_.size(); ++i) write_identifiers(identifier_, i, 1);
  queued_.clear();
  queued_ids_.clear();
}

}  // namespace lpg::import
