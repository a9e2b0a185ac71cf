// SPDX-License-Identifier: MIT
#include "db/schema_shape.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

namespace lpg::db {

namespace {

std::string lower(std::string text) {
  std::erase(text, '"');
  for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return text;
}

std::vector<std::string> rows(Connection& c, const std::string& sql, const std::string& table) {
  Statement q = c.prepare(sql);
  q.bind(1, table);
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.column(0).text());
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  return fmt::format("{}", fmt::join(parts, ", "));
}

// ---- SQLite: its pragma table functions ------------------------------------------------------

void sqlite_table(Connection& c, const std::string& t, std::vector<std::string>& out) {
  Statement cols =
      c.prepare("SELECT name, \"notnull\" OR pk > 0 FROM pragma_table_info(?) ORDER BY cid");
  cols.bind(1, t);
  for (int n = 1; cols.step(); ++n) {
    out.push_back(fmt::format("table {} column {} {} {}", t, n, lower(cols.column(0).text()),
                              cols.column(1).int64() != 0 ? "not null" : "null"));
  }
  auto pk = rows(c, "SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk", t);
  if (!pk.empty()) out.push_back(fmt::format("table {} primary key ({})", t, joined(pk)));
  for (const auto& u :
       rows(c, "SELECT name FROM pragma_index_list(?) WHERE origin = 'u' ORDER BY name", t)) {
    auto columns = rows(c, "SELECT name FROM pragma_index_info(?) ORDER BY seqno", u);
    out.push_back(fmt::format("table {} unique ({})", t, joined(columns)));
  }
  Statement fk = c.prepare(
      "SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?) "
      "ORDER BY id, seq");
  fk.bind(1, t);
  std::map<std::int64_t, std::vector<std::string>> keys;  // id: from, to, table, on delete
  while (fk.step()) {
    auto& k = keys[fk.column(0).int64()];
    if (k.empty()) k = {"", "", fk.column(1).text(), lower(fk.column(4).text())};
    k[0] += (k[0].empty() ? "" : ", ") + lower(fk.column(2).text());
    k[1] += (k[1].empty() ? "" : ", ") + lower(fk.column(3).text());
  }
  for (const auto& [id, k] : keys) {
    out.push_back(fmt::format("table {} foreign key ({}) references {} ({}) on delete {}", t, k[0],
                              k[2], k[1], k[3]));
  }
}

void sqlite_indexes(Connection& c, const std::string& t, std::vector<std::string>& out) {
  Statement list =
      c.prepare("SELECT name, \"unique\", partial FROM pragma_index_list(?) WHERE origin = 'c'");
  list.bind(1, t);
  while (list.step()) {
    std::string name = list.column(0).text();
    Statement cols =
        c.prepare("SELECT name, coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno");
    cols.bind(1, name);
    std::vector<std::string> parts;
    while (cols.step()) {
      std::string coll = lower(cols.column(1).text());
      parts.push_back(lower(cols.column(0).text()) + (coll == "binary" ? "" : " collate " + coll));
    }
    out.push_back(fmt::format("index {} on {}{} ({}){}", name, t,
                              list.column(1).int64() != 0 ? " unique" : "", joined(parts),
                              list.column(2).int64() != 0 ? " partial" : ""));
  }
}

// ---- PostgreSQL: its catalogues ----------------------------------------------------------------

constexpr const char* kInSchema =
    "t.relname = ?1 AND t.relnamespace = "
    "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())";

std::string pg_columns_of(const char* array, const char* relation) {
  return fmt::format(
      "(SELECT string_agg(CAST(a.attname AS TEXT), ', ' ORDER BY k.n) "
      "FROM unnest({}) WITH ORDINALITY AS k(attnum, n) "
      "JOIN pg_attribute a ON a.attrelid = {} AND a.attnum = k.attnum)",
      array, relation);
}

void postgres_table(Connection& c, const std::string& t, std::vector<std::string>& out) {
  Statement cols = c.prepare(
      "SELECT column_name, is_nullable = 'NO' FROM information_schema.columns "
      "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position");
  cols.bind(1, t);
  for (int n = 1; cols.step(); ++n) {
    out.push_back(fmt::format("table {} column {} {} {}", t, n, lower(cols.column(0).text()),
                              cols.column(1).int64() != 0 ? "not null" : "null"));
  }
  Statement keys = c.prepare(fmt::format(
      "SELECT c.contype, {}, r.relname, {}, c.confdeltype FROM pg_constraint c "
      "JOIN pg_class t ON t.oid = c.conrelid LEFT JOIN pg_class r ON r.oid = c.confrelid "
      "WHERE c.contype IN ('p', 'u', 'f') AND {}",
      pg_columns_of("c.conkey", "c.conrelid"), pg_columns_of("c.confkey", "c.confrelid"),
      kInSchema));
  keys.bind(1, t);
  static const std::map<std::string, std::string> kOnDelete = {{"a", "no action"},
                                                               {"r", "restrict"},
                                                               {"c", "cascade"},
                                                               {"n", "set null"},
                                                               {"d", "set default"}};
  while (keys.step()) {
    std::string type = keys.column(0).text();
    std::string columns = lower(keys.column(1).text());
    if (type == "p") out.push_back(fmt::format("table {} primary key ({})", t, columns));
    if (type == "u") out.push_back(fmt::format("table {} unique ({})", t, columns));
    if (type == "f") {
      auto action = kOnDelete.find(keys.column(4).text());
      out.push_back(fmt::format("table {} foreign key ({}) references {} ({}) on delete {}", t,
                                columns, keys.column(2).text(), lower(keys.column(3).text()),
                                action == kOnDelete.end() ? "?" : action->second));
    }
  }
}

// A key `md5(value)` stands for the column: where a value may be longer than PostgreSQL's
// index rows allow (2.7 kB), its index holds the digest and SQLite's the value itself
// (migration 0017, person_former).
std::string undigested(const std::string& keys) {
  static const std::regex kDigest(R"(md5\((\w+)\)( collate \w+)?)");
  return std::regex_replace(keys, kDigest, "$1");
}

void postgres_indexes(Connection& c, const std::string& t, std::vector<std::string>& out) {
  Statement list = c.prepare(fmt::format(
      // A key's collation is named when it is not its column's own (COLLATE nocase).
      "SELECT i.relname, x.indisunique, x.indpred IS NOT NULL, "
      "(SELECT string_agg(pg_get_indexdef(x.indexrelid, k, false) || coalesce(("
      "   SELECT ' collate ' || CAST(co.collname AS TEXT) FROM pg_collation co "
      "   WHERE co.oid = x.indcollation[k - 1] AND co.oid <> coalesce(("
      "     SELECT a.attcollation FROM pg_attribute a "
      "     WHERE a.attrelid = x.indrelid AND a.attnum = x.indkey[k - 1]), 0)), ''), "
      "   ', ' ORDER BY k) "
      " FROM generate_series(1, CAST(x.indnkeyatts AS INTEGER)) AS k) "
      "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
      "JOIN pg_class t ON t.oid = x.indrelid WHERE {} "
      "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)",
      kInSchema));
  list.bind(1, t);
  while (list.step()) {
    out.push_back(fmt::format("index {} on {}{} ({}){}", list.column(0).text(), t,
                              list.column(1).int64() != 0 ? " unique" : "",
                              undigested(lower(list.column(3).text())),
                              list.column(2).int64() != 0 ? " partial" : ""));
  }
}

}  // namespace

std::vector<std::string> schema_shape(Connection& connection) {
  std::vector<std::string> out;
  bool sqlite = connection.dialect() == Dialect::Sqlite;
  for (const auto& table : connection.table_names()) {
    if (sqlite) {
      sqlite_table(connection, table, out);
      sqlite_indexes(connection, table, out);
    } else {
      postgres_table(connection, table, out);
      postgres_indexes(connection, table, out);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace lpg::db
