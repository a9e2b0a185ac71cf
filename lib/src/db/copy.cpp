// SPDX-License-Identifier: MIT
// lpg db copy: every table, generically, through the storage seam. The two schemas are twins
// (share/migrations/README.md), so a table's columns and references are read from the
// database itself (db/schema_shape) and the rows go across as text, which each store turns
// into the column's own type (SQLite by affinity, PostgreSQL from the INSERT's target).
#include <lpg/database_url.hpp>
#include <lpg/db_copy.hpp>
#include <lpg/errors.hpp>
#include <lpg/store.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "core/digest.hpp"
#include "db/bulk_load.hpp"
#include "db/schema_shape.hpp"
#include "db/store_impl.hpp"

namespace lpg {

namespace {

struct TableShape {
  std::vector<std::string> columns;        // in the table's own order
  std::set<std::string> parents;           // tables it references (not itself)
  std::optional<std::string> self_column;  // a column referencing its own table's id
};

using Shapes = std::map<std::string, TableShape>;

// From schema_shape's lines: "table T column N name ..." and
// "table T foreign key (a) references P (id) on delete ...".
Shapes read_shapes(db::Connection& c) {
  Shapes shapes;
  std::map<std::string, std::map<int, std::string>> numbered;
  for (const auto& line : db::schema_shape(c)) {
    std::istringstream words(line);
    std::string kind, table, what;
    words >> kind >> table >> what;
    if (kind != "table") continue;
    shapes[table];
    if (what == "column") {
      int n = 0;
      std::string name;
      words >> n >> name;
      numbered[table][n] = name;
    } else if (what == "foreign") {
      std::string key, from, references, parent;
      words >> key >> from >> references >> parent;
      if (parent == table) {
        shapes[table].self_column = from.substr(1, from.size() - 2);  // "(parent_id)"
      } else {
        shapes[table].parents.insert(parent);
      }
    }
  }
  for (auto& [table, columns] : numbered) {
    for (auto& [n, name] : columns) shapes[table].columns.push_back(name);
  }
  return shapes;
}

// Parents before children, so that every reference holds as each row goes in.
std::vector<std::string> copy_order(const Shapes& shapes) {
  std::vector<std::string> order;
  std::set<std::string> placed;
  while (placed.size() < shapes.size()) {
    std::size_t before = placed.size();
    for (const auto& [table, shape] : shapes) {
      if (placed.count(table)) continue;
      bool ready = std::all_of(shape.parents.begin(), shape.parents.end(),
                               [&](const std::string& p) { return placed.count(p) != 0; });
      if (!ready) continue;
      order.push_back(table);
      placed.insert(table);
    }
    if (placed.size() == before) {
      throw Error(ErrorKind::Internal, "the tables' references go round in a circle");
    }
  }
  return order;
}

using Row = std::vector<std::optional<std::string>>;

std::string column_list(const TableShape& shape) {
  return fmt::format("{}", fmt::join(shape.columns, ", "));
}

std::string select_all(const std::string& table, const TableShape& shape) {
  return fmt::format("SELECT {} FROM {}", column_list(shape), table);
}

Row read_row(db::Statement& q, std::size_t width) {
  Row row;
  row.reserve(width);
  for (std::size_t i = 0; i < width; ++i) {
    db::Value v = q.column(static_cast<int>(i));
    row.push_back(v.is_null() ? std::nullopt : std::optional<std::string>(v.text()));
  }
  return row;
}

// A table that references itself (an area inside an area): a row goes in once the row it
// names is in, whatever the ids' order.
std::vector<Row> parents_first(std::vector<Row> rows, const TableShape& shape) {
  auto self = std::find(shape.columns.begin(), shape.columns.end(), *shape.self_column);
  auto id = std::find(shape.columns.begin(), shape.columns.end(), "id");
  if (self == shape.columns.end() || id == shape.columns.end()) return rows;
  std::size_t s = self - shape.columns.begin(), i = id - shape.columns.begin();
  std::vector<Row> ordered;
  std::set<std::string> in;
  while (!rows.empty()) {
    auto ready = std::stable_partition(rows.begin(), rows.end(),
                                       [&](const Row& r) { return !r[s] || in.count(*r[s]) != 0; });
    if (ready == rows.begin()) break;  // a loop of references: let the database refuse it
    for (auto r = rows.begin(); r != ready; ++r) {
      in.insert(r->at(i).value_or(""));
      ordered.push_back(std::move(*r));
    }
    rows.erase(rows.begin(), ready);
  }
  for (auto& r : rows) ordered.push_back(std::move(r));
  return ordered;
}

// The rows go in by bulk loads (COPY on PostgreSQL), some thousands at a time: each is read
// into memory, where the load reads it until write().
constexpr std::size_t kChunk = 4096;

std::int64_t put_rows(db::BulkInsert& bulk, const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    for (const auto& value : row) bulk.add(value);
    bulk.end_row();
  }
  return bulk.write();
}

std::int64_t copy_table(db::Connection& from, db::Connection& to, const std::string& table,
                        const TableShape& shape) {
  // Rows a trigger made as the parents went in (person_former) are copied as they were.
  to.exec(fmt::format("DELETE FROM {}", table));
  db::BulkInsert bulk(to, table, shape.columns);
  db::Statement q = from.prepare(select_all(table, shape));
  std::vector<Row> rows;
  std::int64_t n = 0;
  if (shape.self_column) {
    while (q.step()) rows.push_back(read_row(q, shape.columns.size()));
    n = put_rows(bulk, parents_first(std::move(rows), shape));
  } else {
    while (q.step()) {
      rows.push_back(read_row(q, shape.columns.size()));
      if (rows.size() < kChunk) continue;
      n += put_rows(bulk, rows);
      rows.clear();
    }
    n += put_rows(bulk, rows);
  }
  if (std::find(shape.columns.begin(), shape.columns.end(), "id") != shape.columns.end()) {
    to.resync_ids(table);
  }
  return n;
}

// ---- The digest: the same rows give the same digest on either store ----------------------

// A REAL comes back as "70.0" from SQLite and "70" from PostgreSQL: numbers written with a
// point or an exponent are compared as the shortest text of their double.
std::string canonical(const std::string& text) {
  if (text.find_first_of(".eE") == std::string::npos) return text;
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return text;
  return fmt::format("{}", value);
}

TableDigest digest_table(db::Connection& c, const std::string& table, const TableShape& shape) {
  db::Statement q = c.prepare(select_all(table, shape));
  // A row's digest is kept as its 32 bytes (2.1 million attendance rows: 67 MB), and the
  // table's is the SHA-256 of their hex, sorted, given a row at a time.
  std::vector<Sha256::Digest> rows;
  std::string line;
  while (q.step()) {
    line.clear();
    for (const auto& value : read_row(q, shape.columns.size())) {
      line += value ? "\x01" + canonical(*value) : std::string("\x00", 1);
      line += '\x1f';
    }
    Sha256 row;
    row.update(line);
    rows.push_back(row.digest());
  }
  std::sort(rows.begin(), rows.end());  // the order rows come back in is no part of the data
  Sha256 all;
  for (const auto& r : rows) all.update(Sha256::hex_of(r));
  return {table, static_cast<std::int64_t>(rows.size()), all.hex()};
}

std::vector<TableDigest> digests(db::Connection& c, const Shapes& shapes) {
  db::ReadTx snapshot(c);
  std::vector<TableDigest> out;
  for (const auto& [table, shape] : shapes) out.push_back(digest_table(c, table, shape));
  return out;
}

std::string overall(const std::vector<TableDigest>& tables) {
  std::string all;
  for (const auto& t : tables) all += fmt::format("{} {} {}\n", t.table, t.rows, t.digest);
  return sha256_hex(all);
}

// "12 rows in 3 tables (area, grp, ...)": what a non-empty target holds.
std::string rows_held(db::Connection& c, const Shapes& shapes) {
  std::int64_t total = 0;
  std::vector<std::string> tables;
  for (const auto& [table, shape] : shapes) {
    std::int64_t n = db::query_int64(c, fmt::format("SELECT count(*) FROM {}", table));
    if (n > 0) tables.push_back(table);
    total += n;
  }
  if (total == 0) return "";
  std::string names = tables[0] + (tables.size() > 1 ? ", " + tables[1] : "");
  return fmt::format("{} row{} in {} table{} ({}{})", total, total == 1 ? "" : "s", tables.size(),
                     tables.size() == 1 ? "" : "s", names, tables.size() > 2 ? ", ..." : "");
}

void refuse_same(const std::string& source, const std::string& target) {
  bool same = source == target;
  if (!same && !is_postgres_url(source) && !is_postgres_url(target)) {
    std::error_code ec;
    same = std::filesystem::equivalent(source, target, ec);
  }
  if (same) {
    throw Error(ErrorKind::Usage,
                fmt::format("{} is both the source and the target", redact_database_url(source)),
                "name another database as the target");
  }
}

}  // namespace

std::vector<TableDigest> table_digests(const std::string& database, int busy_timeout_ms) {
  Store store = Store::open({database, busy_timeout_ms, false, "lpg db copy"});
  db::Connection& c = db::connection(store);
  return digests(c, read_shapes(c));
}

CopyResult copy_database(const CopyOptions& options) {
  refuse_same(options.source, options.target);
  Store source =
      Store::open({options.source, options.busy_timeout_ms, false, options.command_line});
  Store target = Store::open({options.target, options.busy_timeout_ms, true, options.command_line});
  return copy_stores(source, target, options.force);
}

CopyResult copy_stores(const Store& source, const Store& target, bool force) {
  db::Connection& from = db::connection(source);
  db::Connection& to = db::connection(target);
  Shapes shapes = read_shapes(from);
  if (read_shapes(to).size() != shapes.size()) {
    throw Error(ErrorKind::Internal, "the two databases' tables differ after migrating");
  }
  std::vector<std::string> order = copy_order(shapes);

  db::ReadTx snapshot(from);
  db::with_write_tx(to, [&] {
    std::string held = rows_held(to, shapes);
    if (!held.empty() && !force) {
      throw Error(ErrorKind::Conflict,
                  fmt::format("{} already holds {}; nothing was copied", target.path(), held),
                  "copy into an empty database, or give --force to replace what it holds");
    }
    for (auto t = order.rbegin(); t != order.rend(); ++t) {
      to.exec(fmt::format("DELETE FROM {}", *t));
    }
    db::LooseSchema loose(to, order);
    for (const auto& table : order) copy_table(from, to, table, shapes.at(table));
    loose.restore();
  });

  // PostgreSQL plans from statistics that autovacuum gathers in its own time: until then a
  // report over the copy would plan for empty tables.
  if (to.dialect() == db::Dialect::Postgres) to.exec("ANALYZE");

  CopyResult result{source.path(), target.path(), digests(from, shapes), ""};
  std::vector<TableDigest> copied = digests(to, shapes);
  for (std::size_t i = 0; i < copied.size(); ++i) {
    const TableDigest& a = result.tables[i];
    const TableDigest& b = copied[i];
    if (a.rows != b.rows || a.digest != b.digest) {
      throw Error(ErrorKind::Internal,
                  fmt::format("the copy of table {} differs: {} rows in {}, {} in {}", a.table,
                              a.rows, source.path(), b.rows, target.path()),
                  "please report this; the target holds the copy as made");
    }
  }
  result.digest = overall(result.tables);
  return result;
}

}  // namespace lpg
