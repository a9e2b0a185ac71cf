#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The current schema, written out: share/schema.sql.

Runs `lpg init` in a scratch directory, so that the binary applies every migration in
share/migrations/ to an empty SQLite database (as it does for a user), then writes the
schema that results: each table, sorted by name, followed by its indexes and triggers, sorted
by name. The migrations stay the truth; this file is for reading a table whole.

  schema.py LPG                 print the schema
  schema.py LPG --write FILE    write it to FILE
  schema.py LPG --check FILE    exit 1, with a diff, when FILE differs from it
"""
import difflib
import os
import sqlite3
import subprocess
import sys
import tempfile

HINT = "regenerate it: scripts/schema.py build/lpg --write share/schema.sql"


def current_schema(lpg):
    with tempfile.TemporaryDirectory(prefix="lpg-schema-") as tmp:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": tmp, "LC_ALL": "C",
               "TZ": "UTC", "LPG_CONFIG": os.path.join(tmp, "lpg.toml"),
               "LPG_DB": os.path.join(tmp, "lpg.db")}
        subprocess.run([lpg, "init"], env=env, check=True, stdout=subprocess.DEVNULL)
        db = sqlite3.connect(env["LPG_DB"])
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                              "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").fetchall()
        finally:
            db.close()
    order = {"table": 0, "index": 1, "trigger": 2, "view": 3}
    rows.sort(key=lambda r: (r[2], order.get(r[0], 9), r[1]))
    out = [f"-- lpg's schema at version {version}, made by applying share/migrations/ to an "
           "empty database.",
           f"-- Generated: do not edit; {HINT}", ""]
    for _, _, _, sql in rows:
        out.append(sql.strip() + ";")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] not in ("--write", "--check")):
        sys.stderr.write(__doc__)
        return 64
    text = current_schema(argv[1])
    if len(argv) == 2:
        sys.stdout.write(text)
        return 0
    path = argv[3]
    if argv[2] == "--write":
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return 0
    try:
        with open(path, encoding="utf-8") as f:
            committed = f.read()
    except FileNotFoundError:
        committed = ""
    if committed == text:
        return 0
    sys.stdout.writelines(difflib.unified_diff(committed.splitlines(True), text.splitlines(True),
                                               path, "the migrations"))
    print(f"{path} is not the schema the migrations make; {HINT}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
