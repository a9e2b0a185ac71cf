// SPDX-License-Identifier: MIT
// reports::IdBatches (lib/src/report/id_batches.hpp): a query over a list of ids, kBatch ids a
// statement, on SQLite and on PostgreSQL.
#include "report/id_batches.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "db/sql.hpp"
#include "scratch.hpp"

using namespace lpg;
using lpg::test::Scratch;

namespace {

constexpr auto K = static_cast<std::int64_t>(reports::IdBatches::kBatch);

// Rows 1 to n, each named "row <id>".
void fill(db::Connection& c, std::int64_t n) {
  c.exec("CREATE TABLE b (id BIGINT NOT NULL, name TEXT NOT NULL)");
  db::Statement insert(c, "INSERT INTO b (id, name) VALUES (?, ?)");
  for (std::int64_t i = 1; i <= n; ++i) {
    insert.bind(1, static_cast<long long>(i));
    insert.bind(2, "row " + std::to_string(i));
    insert.exec();
  }
}

// The ids step() gives for `ids`, with every name checked against its id.
std::vector<std::int64_t> ids_read(db::Connection& c, const std::string& sql,
                                   std::vector<std::int64_t> ids, const char* min_name = "") {
  reports::IdBatches q(c, sql, std::move(ids));
  if (*min_name) q.statement().bind(":min", min_name);
  std::vector<std::int64_t> out;
  while (q.step()) {
    std::int64_t id = q.column(0).int64();
    CHECK(q.column(1).text() == "row " + std::to_string(id));
    out.push_back(id);
  }
  return out;
}

}  // namespace

TEST_CASE("id batches: every id's rows once, batch after batch, across a batch's end") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    fill(*c, 2 * K + 300);
    const std::string sql = "SELECT id, name FROM b WHERE id IN ({ids}) ORDER BY id";
    for (std::int64_t n : {1L, K - 1, K, K + 1, 2 * K, 2 * K + 201}) {
      std::vector<std::int64_t> ids;
      for (std::int64_t i = 1; i <= n; ++i) ids.push_back(i);
      CAPTURE(n);
      CHECK(ids_read(*c, sql, ids) == ids);
    }
    // Batches come in the order of the ids, each sorted by the SQL; ids with no row, and the
    // short last batch's spare places, add nothing.
    std::vector<std::int64_t> ids;
    for (std::int64_t i = K + 300; i >= 1; i -= 1) ids.push_back(i);  // a batch, then 300
    ids.push_back(10 * K);
    std::vector<std::int64_t> want(ids.begin(), ids.begin() + K);
    std::sort(want.begin(), want.end());
    std::vector<std::int64_t> rest(ids.begin() + K, ids.end() - 1);
    std::sort(rest.begin(), rest.end());
    want.insert(want.end(), rest.begin(), rest.end());
    CHECK(ids_read(*c, sql, ids) == want);
    CHECK(ids_read(*c, sql, {}).empty());
  });
}

TEST_CASE("id batches: the list more than once, and a named parameter bound once for all") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    fill(*c, 2 * K + 300);
    std::vector<std::int64_t> ids;
    for (std::int64_t i = 1; i <= 2 * K + 100; ++i) ids.push_back(i);
    // Two lists of the same ids: a UNION ALL gives each row twice; :min keeps names from
    // "row 2" on (text order: row 1, row 10, row 100, ... are left out).
    auto got = ids_read(*c,
                        "SELECT id, name FROM b WHERE id IN ({ids}) AND name >= :min UNION ALL "
                        "SELECT id, name FROM b WHERE id IN ({ids}) AND name >= :min ORDER BY 1",
                        ids, "row 2");
    std::vector<std::int64_t> want;
    for (std::int64_t batch : {0L, K, 2 * K}) {
      for (std::int64_t i = batch + 1; i <= std::min(batch + K, 2 * K + 100); ++i) {
        if ("row " + std::to_string(i) >= "row 2") want.insert(want.end(), {i, i});
      }
    }
    CHECK(got == want);
  });
}
