// SPDX-License-Identifier: MIT
// The seam's text work that needs no database: placeholders as PostgreSQL's $N, and database
// URLs without their passwords.
#include <lpg/database_url.hpp>
#include <lpg/errors.hpp>

#include <doctest/doctest.h>

#include "db/placeholders.hpp"

using namespace lpg;
using db::to_dollar_placeholders;

TEST_CASE("placeholders: ? and ?N and :name become $N, numbered as SQLite numbers them") {
  auto p = to_dollar_placeholders("SELECT ?, ?, ?5, ?, :a, ?2, :b, :a");
  CHECK(p.sql == "SELECT $1, $2, $5, $6, $7, $2, $8, $7");
  CHECK(p.count == 8);
  REQUIRE(p.names.size() == 2);
  CHECK(p.names[0] == std::pair<std::string, int>(":a", 7));
  CHECK(p.names[1] == std::pair<std::string, int>(":b", 8));
}

TEST_CASE("placeholders: literals, quoted names, comments and :: casts are left alone") {
  auto p = to_dollar_placeholders(
      "SELECT '?', 'it''s ?1 :x', \"col?\", \"a\"\"?\" -- ? :y\n"
      "/* ?3 :z */ FROM t WHERE a = ? AND b::text = :c AND c = x'3f'");
  CHECK(p.sql ==
        "SELECT '?', 'it''s ?1 :x', \"col?\", \"a\"\"?\" -- ? :y\n"
        "/* ?3 :z */ FROM t WHERE a = $1 AND b::text = $2 AND c = x'3f'");
  CHECK(p.count == 2);
  CHECK(to_dollar_placeholders("SELECT 1").count == 0);
  CHECK(to_dollar_placeholders("SELECT 'unterminated ?").sql == "SELECT 'unterminated ?");
  CHECK(to_dollar_placeholders("SELECT ? /* open").sql == "SELECT $1 /* open");
  CHECK(to_dollar_placeholders("a:1 ?").sql == "a:1 $1");  // :1 is no name
}

TEST_CASE("placeholders: ?0 and numbers beyond SQLite's limit are refused") {
  CHECK_THROWS_AS(to_dollar_placeholders("SELECT ?0"), Error);
  CHECK_THROWS_AS(to_dollar_placeholders("SELECT ?32767"), Error);
  CHECK_THROWS_AS(to_dollar_placeholders("SELECT ?123456789012"), Error);
  CHECK(to_dollar_placeholders("SELECT ?32766").count == 32766);
}

TEST_CASE("database url: a PostgreSQL URL is told from a file path") {
  CHECK(is_postgres_url("postgresql://db.example.gov.uk/lpg"));
  CHECK(is_postgres_url("postgres:///lpg"));
  CHECK(is_postgres_url("postgresql://"));
  CHECK_FALSE(is_postgres_url("/home/officer/.local/share/lpg/lpg.db"));
  CHECK_FALSE(is_postgres_url("lpg.db"));
  CHECK_FALSE(is_postgres_url(":memory:"));
  CHECK_FALSE(is_postgres_url("host=db dbname=lpg"));
}

TEST_CASE("database url: every way of writing a password is redacted") {
  CHECK(redact_database_url("postgresql://officer:s3cret@db.example.gov.uk:5432/lpg") ==
        "postgresql://officer:***@db.example.gov.uk:5432/lpg");
  CHECK(redact_database_url("postgres://officer@db/lpg?sslmode=verify-full") ==
        "postgres://officer@db/lpg?sslmode=verify-full");
  CHECK(redact_database_url("postgresql://db/lpg?user=a&password=s3cret&sslmode=require") ==
        "postgresql://db/lpg?user=a&password=***&sslmode=require");
  CHECK(redact_database_url("postgresql://a:p%40ss@h1:5432,h2:5433/lpg") ==
        "postgresql://a:***@h1:5432,h2:5433/lpg");
  // Unencoded @ and ? in a password (and in an Azure-style user name).
  CHECK(redact_database_url("postgresql://a:p?w@db/lpg?sslmode=require") ==
        "postgresql://a:***@db/lpg?sslmode=require");
  CHECK(redact_database_url("postgresql://admin@server:pa@ss@db.example/lpg") ==
        "postgresql://admin@server:***@db.example/lpg");
  CHECK(redact_database_url("host=db password='it\\'s a secret' dbname=lpg") ==
        "host=db password=*** dbname=lpg");
  CHECK(redact_database_url("host=db password=s3cret dbname=lpg") ==
        "host=db password=*** dbname=lpg");
  CHECK(redact_database_url("/var/lib/lpg/lpg.db") == "/var/lib/lpg/lpg.db");
  CHECK(redact_database_url("postgresql:///lpg?host=/run/postgresql") ==
        "postgresql:///lpg?host=/run/postgresql");
}

TEST_CASE("database url: the password itself, for scrubbing messages") {
  CHECK(database_url_password("postgresql://a:p%40ss%2Fword@db/lpg") == "p@ss/word");
  CHECK(database_url_password("postgresql://db/lpg?password=x%20y") == "x y");
  CHECK(database_url_password("host=db password='it\\'s' dbname=lpg") == "it's");
  CHECK(database_url_password("postgresql://a@db/lpg").empty());
  CHECK(database_url_password("lpg.db").empty());
}
