#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""lpg db copy (issue 19): the demo database to PostgreSQL and back, with the same digest on
every side and identical exports; a non-empty target refused and left as it was, --force
replacing it; ids handed out after a copy follow the copied ones; no password printed.
Runs against the throwaway cluster ctest starts (skipped without it)."""
import glob
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import postgres_database, psql  # noqa: E402
from lpgtest import Scenario  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def counts(url):
    return psql(url, "SELECT string_agg(relname || '=' || n_live_tup, ',' ORDER BY relname) "
                     "FROM pg_stat_user_tables")


pg = postgres_database()
t = Scenario(sys.argv[1], "pg-copy")
demo = t.path("demo.db")
subprocess.run([os.path.join(ROOT, "scripts", "make-demo.sh"), t.lpg, demo], env=t.env,
               check=True, capture_output=True)


def copy(*args, ok=True):
    r = t.run("db", "copy", *args, "--format", "json", ok=ok)
    return json.loads(r.stdout) if r.returncode == 0 else r


there = copy(demo, pg)
t.check("the demo database goes to PostgreSQL",
        there["target"] == pg and any(x["table"] == "organisation" and x["rows"] > 0
                                      for x in there["tables"]), there)
analysed = psql(pg, "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN "
                    "('person', 'organisation', 'membership') AND last_analyze IS NOT NULL")
t.check("the copy leaves PostgreSQL its statistics (ANALYZE): reports plan for the rows",
        analysed == "3", analysed)
back = copy(pg, t.path("back.db"))
t.check("and back to a new SQLite file, with the same digest",
        back["digest"] == there["digest"] and back["tables"] == there["tables"])
t.check("the digest names every table", len(there["tables"]) >= 25, len(there["tables"]))

for what in ("orgs", "people", "groups", "members", "meetings", "attendance", "actions"):
    a = t.run("--db", demo, "export", what).stdout
    b = t.run("--db", t.path("back.db"), "export", what).stdout
    t.check(f"export {what}: identical after the round trip", a == b and len(a) > 0)
a = t.run("--db", demo, "export", "registry", "--format", "popolo").stdout
b = t.run("--db", t.path("back.db"), "export", "registry", "--format", "popolo").stdout
t.check("export registry --format popolo: identical after the round trip", a == b)

# A target that holds data is refused whole, and keeps what it held.
before = counts(pg)
r = copy(demo, pg, ok=False)
t.check("a non-empty target: exit 65, saying so and what to do",
        r.returncode == 65 and b"already holds" in r.stderr and b"--force" in r.stderr,
        f"{r.returncode} {r.stderr}")
t.check("and the target is as it was", counts(pg) == before)

# --force replaces it: an area added behind lpg's back is gone, the digest is the source's.
psql(pg, "INSERT INTO area (name, name_key, created_at) VALUES ('Extra', 'extra', '2026')")
forced = copy(demo, pg, "--force")
t.check("--force replaces what the target held", forced["digest"] == there["digest"])
t.check("the extra row is gone", psql(pg, "SELECT count(*) FROM area WHERE name = 'Extra'") == "0")

# The next id PostgreSQL hands out follows the copied ones.
top = int(psql(pg, "SELECT max(id) FROM organisation"))
new = int(psql(pg, "INSERT INTO area (name, name_key, created_at) VALUES ('New', 'new', '2026') "
                   "RETURNING id"))
areas = int(psql(pg, "SELECT max(id) FROM area WHERE name <> 'New'"))
t.check("a new row's id comes after the copied ones", new > areas, f"{new} {areas} {top}")

# db backup of a PostgreSQL database: a SQLite file with every row.
t.run("--db", pg, "db", "backup", t.path("pg-backup.db"))
a = t.run("--db", demo, "export", "members").stdout
b = t.run("--db", t.path("pg-backup.db"), "export", "members").stdout
t.check("db backup on PostgreSQL writes a SQLite file with the same data",
        a == b and oct(os.stat(t.path("pg-backup.db")).st_mode & 0o777) == "0o600")

# db info and db check on PostgreSQL: the server's size; the schema checked against the one
# this lpg makes (a dropped index is found, exit 65).
info = t.json("--db", pg, "db", "info")
t.check("db info on PostgreSQL: the URL, the schema version, a size",
        info["path"] == pg and info["size_bytes"] > 0 and info["journal_mode"] == "postgresql",
        info)
t.check("db check on PostgreSQL: ok", t.run("--db", pg, "db", "check").returncode == 0)
psql(pg, "DROP INDEX audit_log_entity")
r = t.run("--db", pg, "db", "check", ok=False)
t.check("db check finds a dropped index: exit 65",
        r.returncode == 65 and b"missing: index audit_log_entity" in r.stdout, r.stdout)

# Erasure on PostgreSQL leaves none of the person's values in any table.
person = t.json("--db", pg, "person", "list")[0]
t.run("--db", pg, "person", "forget", person["email"], "--yes")
dump = subprocess.run([sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))[-1], "--data-only",
                       "-d", pg], capture_output=True, text=True, check=True).stdout
t.check(f"person forget on PostgreSQL: neither {person['name']!r} nor their e-mail is left",
        person["name"] not in dump and person["email"] not in dump)

# Refusals: the same database twice, a source that does not exist.
r = copy(demo, demo, ok=False)
t.check("the same database as source and target: exit 64", r.returncode == 64, r.stderr)
r = copy(t.path("missing.db"), t.path("other.db"), ok=False)
t.check("a missing source: exit 66, and no target made",
        r.returncode == 66 and not os.path.exists(t.path("other.db")), r.stderr)

# A password in a URL is never printed.
secret = "lpg-test-password"
with_password = postgres_database().replace("postgresql://lpg@",
                                            f"postgresql://lpg_password:{secret}@")
r = t.run("db", "copy", demo, with_password, ok=False)
out = (r.stdout + r.stderr).decode()
t.check("a password in the target URL is not printed", secret not in out and "***" in out, out)
t.finish()
