#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""One owner for each table (issue 18), measured and held.

Reads the library's sources (lib/src) and finds, in their string literals, the SQL they run:
which files hold SQL at all, and which files write each table (INSERT, UPDATE, DELETE,
whatever dialect spelling). Prints both. Fails when

  * a table is written from a file not listed for it in table_owners.allow (a second writer
    crept in: call the table's owner instead), or a listed pair is no longer true (the move
    is done: delete the line, so it cannot come back);
  * more library files hold SQL than `max-sql-files` there (lower it when you move SQL out);
  * more files outside lib/src/db use SQLiteCpp directly than `max-sqlitecpp-files` (the
    storage seam, db/sql.hpp, is how table owners speak to SQLite and PostgreSQL alike).

  table_owners.py [--list]     --list prints each file with SQL and the tables it writes
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SOURCES = os.path.join(ROOT, "lib", "src")
ALLOW = os.path.join(HERE, "table_owners.allow")

STRING = re.compile(r'R"(\w*)\((.*?)\)\1"|"((?:[^"\\\n]|\\.)*)"', re.S)
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|ALTER|PRAGMA|REPLACE)\b")
WRITE = re.compile(r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|(?<!DO )UPDATE|DELETE\s+FROM)\s+"
                   r"(?:(main|temp)\.)?(\w+)")
# The storage seam itself (it runs what others give it) and its dialect tables are not owners.
SEAM = {"db/sql.hpp", "db/sql.cpp", "db/sql_sqlite.cpp", "db/sql_postgres.cpp",
        "db/postgres_statement.cpp", "db/placeholders.cpp", "db/sql_dialect.cpp",
        "db/bulk_insert.cpp", "db/postgres_copy.cpp"}


def literals(text):
    """The text of the file's string literals, adjacent ones joined as the compiler joins
    them; comments dropped first so that documentation quoting SQL is not counted."""
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    out, last_end = [], -1
    for m in STRING.finditer(text):
        body = m.group(2) if m.group(2) is not None else m.group(3)
        if out and text[last_end:m.start()].strip() == "":
            out[-1] += body
        else:
            out.append(body)
        last_end = m.end()
    return out


def census():
    sql_files, writers, sqlitecpp = set(), {}, set()
    for folder, _, names in os.walk(SOURCES):
        for name in names:
            if not name.endswith((".cpp", ".hpp")):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, SOURCES)
            if rel in SEAM:
                continue
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if "SQLite::" in text and not rel.startswith("db/"):
                sqlitecpp.add(rel)
            strings = literals(text)
            if not any(SQL.match(s) or WRITE.search(s) for s in strings):
                continue
            sql_files.add(rel)
            for s in strings:
                for m in WRITE.finditer(s):
                    if m.group(1) == "temp" or m.group(2).startswith(("lpg_", "temp_")):
                        continue  # a command's own scratch table
                    writers.setdefault(m.group(2), set()).add(rel)
    return sql_files, writers, sqlitecpp


def read_allow():
    allowed, limit = set(), {}
    with open(ALLOW, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if len(line) == 2 and line[0].startswith("max-"):
                limit[line[0]] = int(line[1])
            elif len(line) == 2:
                allowed.add((line[0], line[1]))
    return allowed, limit


def main():
    sql_files, writers, sqlitecpp = census()
    shared = {t: f for t, f in writers.items() if len(f) > 1}
    print(f"library files with SQL: {len(sql_files)}")
    print(f"tables written from more than one file: {len(shared)}")
    print(f"files outside db/ using SQLiteCpp: {len(sqlitecpp)}")
    for table, files in sorted(shared.items()):
        print(f"  {table}: {', '.join(sorted(files))}")
    if "--list" in sys.argv:
        for rel in sorted(sql_files):
            tables = sorted(t for t, f in writers.items() if rel in f)
            print(f"{rel}: {' '.join(tables) if tables else '(reads)'}")

    allowed, limit = read_allow()
    actual = {(t, f) for t, files in shared.items() for f in files}
    faults = []
    for table, path in sorted(actual - allowed):
        faults.append(f"{path} writes {table}, which is also written from "
                      f"{', '.join(sorted(shared[table] - {path}))}: call the table's owner")
    for table, path in sorted(allowed - actual):
        faults.append(f"table_owners.allow lists '{table} {path}', no longer a second writer: "
                      "delete the line")
    for key, count, advice in (
            ("max-sql-files", len(sql_files), "put the query in its table's owner or a report"),
            ("max-sqlitecpp-files", len(sqlitecpp), "use the storage seam, db/sql.hpp")):
        if key in limit and count > limit[key]:
            faults.append(f"{count} files counted for {key}, more than {limit[key]}: {advice}")
        elif key in limit and count < limit[key]:
            print(f"note: {key} is {limit[key]}; lower it to {count}")
    for fault in faults:
        print(f"FAIL {fault}")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
