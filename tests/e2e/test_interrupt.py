#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""SIGINT and SIGTERM during a write: the transaction rolls back, lpg says
`lpg: interrupted; nothing was saved` and exits 130 (SIGINT) or 143 (SIGTERM), promptly, and
the database is exactly as before (db check passes, same rows, same bytes of data)."""
import signal
import sqlite3
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
    finally:
        cleanup(tmp)


main()
