#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The bulk loads on PostgreSQL (issue 19): import orgs writes new organisations with COPY, and
a failure in the middle of it (a row the database refuses, a lost connection, SIGTERM) leaves
the database as it was: no organisation, no identifier, no audit row, and every index and
constraint the first import drops for its length is back. Runs against the throwaway cluster
ctest starts (skipped without it)."""
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import postgres_database, psql  # noqa: E402
from lpgtest import Scenario  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEN = os.path.join(ROOT, "bench", "gen_ofsted.py")

pg = postgres_database()
t = Scenario(sys.argv[1], "pg-bulk-load")


def register(name, n):
    path = t.path(name)
    with open(path, "w") as out:
        subprocess.run([sys.executable, GEN, str(n)], stdout=out, check=True)
    return path


def state(url):
    """What an import may change: the rows, and the indexes and constraints of the tables."""
    rows = psql(url, "SELECT (SELECT count(*) FROM organisation) || ' ' || "
                     "(SELECT count(*) FROM org_identifier) || ' ' || (SELECT count(*) FROM audit_log)")
    schema = psql(url, "SELECT string_agg(x, ';' ORDER BY x) FROM ("
                       "SELECT conname || ' ' || pg_get_constraintdef(oid) AS x FROM pg_constraint "
                       "WHERE conrelid IN ('organisation'::regclass, 'org_identifier'::regclass) "
                       "UNION ALL SELECT indexdef FROM pg_indexes "
                       "WHERE tablename IN ('organisation', 'org_identifier')) s")
    return rows, schema


def import_args(url, path):
    return ["--db", url, "-q", "import", "orgs", path, "--source", "ofsted"]


# A first import: every row in, ids from 1 on, the identity going on after them, and the
# indexes and constraints as they were.
small = register("small.csv", 3000)
first = postgres_database()
t.run("--db", first, "log", ok=False)  # the schema
empty = state(first)
t.run(*import_args(first, small))
rows, schema = state(first)
t.check("a first import on PostgreSQL writes every organisation and identifier",
        rows.split()[:2] == ["3000", "3000"], rows)
t.check("and leaves the indexes and constraints as they were", schema == empty[1], schema)
got = psql(first, "SELECT min(id) || '-' || max(id) FROM organisation")
t.check("ids 1 to 3000", got == "1-3000", got)
t.run("--db", first, "org", "add", "After the import", "--sector", "childminder")
got = psql(first, "SELECT id FROM organisation WHERE name = 'After the import'")
t.check("an organisation added afterwards takes the next id", got == "3001", got)
again = t.run(*import_args(first, small))
t.check("the same register again: nothing added", b"added:     0" in again.stdout, again.stdout)

# A row the database refuses in the middle of the COPY (a rule the database has and lpg does
# not know): the import fails whole.
big = register("big.csv", 30000)
refusing = postgres_database()
t.run("--db", refusing, "log", ok=False)
psql(refusing, "ALTER TABLE org_identifier ADD CONSTRAINT no_poison "
               "CHECK (value <> 'EY115000')")  # the register's row 15,001
before = state(refusing)
r = t.run(*import_args(refusing, big), ok=False)
t.check("a row refused in the middle of the COPY: the import fails (exit 65)",
        r.returncode == 65 and b"no_poison" in r.stderr, f"{r.returncode} {r.stderr}")
t.check("and the database is as it was", state(refusing) == before, state(refusing))


def interrupted(how):
    """Starts an import of the big register, and once its COPY runs, does `how` to it."""
    url = postgres_database()
    t.run("--db", url, "log", ok=False)
    before = state(url)
    p = subprocess.Popen([t.lpg, *import_args(url, big)], env=t.env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    copying = False
    deadline = time.time() + 60
    while time.time() < deadline and p.poll() is None:
        copying = psql(url, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY %' "
                            "AND datname = current_database() AND pid <> pg_backend_pid()") != "0"
        if copying:
            break
        time.sleep(0.01)
    if copying:
        how(url, p)
    out, err = p.communicate(timeout=120)
    return url, before, copying, p.returncode, err


def terminate_backend(url, p):
    psql(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
              "WHERE datname = current_database() AND pid <> pg_backend_pid()")


url, before, copying, code, err = interrupted(terminate_backend)
t.check("the connection lost during the COPY: the import fails (exit 74)",
        copying and code == 74 and b"lost the connection" in err, f"{copying} {code} {err}")
t.check("and the database is as it was", state(url) == before, state(url))

url, before, copying, code, err = interrupted(lambda url, p: p.send_signal(signal.SIGTERM))
t.check("SIGTERM during the COPY: the import stops (exit 130 + 15 = 143)",
        copying and code == 143, f"{copying} {code} {err}")
t.check("and the database is as it was", state(url) == before, state(url))

t.finish()
