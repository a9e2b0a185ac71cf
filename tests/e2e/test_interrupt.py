#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""SIGINT and SIGTERM during a write: the transaction rolls back, lpg says
`lpg: interrupted; nothing was saved` and exits 130 (SIGINT) or 143 (SIGTERM), promptly, and
the database is exactly as before (db check passes, same rows, same bytes of data). Then the
same for `lpg import orgs` of a 150,000-provider register, first into an empty database and
again with --on-missing flag-closed."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

from harness import INTERRUPTED, Lpg, cleanup, expect, tempdir

LPG = sys.argv[1]


def interrupt(lpg, sig, args, after=0.5, label=""):
    before = lpg.rows()
    proc = lpg.start(*args)
    time.sleep(after)
    expect(proc.poll() is None, f"{label}: finished before the signal; make it longer")
    sent = time.monotonic()
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    took = time.monotonic() - sent
    code = 130 if sig == signal.SIGINT else 143
    expect(proc.returncode == code, f"{label}: exit {proc.returncode}, expected {code}: {err}")
    expect(err == INTERRUPTED, f"{label}: stderr {err!r}")
    expect(out == "", f"{label}: stdout {out!r}")
    expect(took < 2.0, f"{label}: took {took:.2f}s to stop")
    lpg.check()
    expect(lpg.rows() == before, f"{label}: {lpg.rows()} rows, expected {before}")
    print(f"{label}: exit {code} {took * 1000:.0f} ms after {signal.Signals(sig).name}, "
          f"rows still {before}")


GEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench",
                   "gen_ofsted.py")


def org_state(lpg):
    """Organisations, closed ones, identifiers and the indexes on them."""
    with sqlite3.connect(f"file:{lpg.db}?mode=ro", uri=True) as db:
        counts = db.execute("SELECT (SELECT count(*) FROM organisation), (SELECT count(*) FROM "
                            "organisation WHERE status = 'closed'), (SELECT count(*) FROM "
                            "org_identifier)").fetchone()
        indexes = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN "
            "('organisation', 'org_identifier') ORDER BY name")]
    return counts, indexes


def interrupt_import(lpg, tmp):
    """Ctrl-C in a first import (rows read on a second thread, indexes set aside until the end)
    and SIGTERM in a re-import that closes missing providers: rolled back, indexes intact."""
    register = os.path.join(tmp, "ofsted.csv")
    smaller = os.path.join(tmp, "ofsted-smaller.csv")
    with open(register, "w") as f:
        subprocess.run([sys.executable, GEN, "150000"], stdout=f, check=True)
    with open(register) as f, open(smaller, "w") as out:
        out.writelines(line for n, line in enumerate(f) if n < 100003)
    empty = org_state(lpg)
    interrupt(lpg, signal.SIGINT, ("import", "orgs", register, "--source", "ofsted"), after=0.4,
              label="SIGINT in a first import of 150,000 providers")
    expect(org_state(lpg) == empty, f"first import: {org_state(lpg)}, expected {empty}")
    lpg.ok("import", "orgs", smaller, "--source", "ofsted")
    before = org_state(lpg)
    interrupt(lpg, signal.SIGTERM,
              ("import", "orgs", register, "--source", "ofsted", "--on-missing", "flag-closed"),
              after=0.4, label="SIGTERM in a re-import with flag-closed")
    expect(org_state(lpg) == before, f"re-import: {org_state(lpg)}, expected {before}")
    print(f"imports: organisations, identifiers and indexes as before: {before}")


def main():
    tmp = tempdir("interrupt")
    try:
        lpg = Lpg(LPG, tmp)
        lpg.ok("__selftest-slow-write", 25)
        expect(lpg.rows() == 25, "setup wrote 25 rows")
        slow = ("__selftest-slow-write", 100000, "--pause-ms", 1)
        busy = ("__selftest-slow-write", 1000000)
        interrupt(lpg, signal.SIGINT, slow, label="SIGINT between rows")
        interrupt(lpg, signal.SIGTERM, slow, label="SIGTERM between rows")
        interrupt(lpg, signal.SIGINT, busy, label="SIGINT inside SQLite")
        # Waiting for another writer's lock: the signal must not wait out the busy timeout.
        holder = sqlite3.connect(lpg.db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        interrupt(lpg, signal.SIGINT, ("__selftest-slow-write", 5), label="SIGINT waiting for a lock")
        holder.execute("ROLLBACK")
        holder.close()
        with sqlite3.connect(lpg.db) as db:
            expect(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check")
        expect(lpg.rows() == 25, "rows at the end")
        interrupt_import(lpg, tmp)
    finally:
        cleanup(tmp)


main()
