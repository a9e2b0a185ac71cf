#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Crash safety: SIGKILL a multi-row write at random moments (before, during and after its
transaction, and while it commits). After every kill `lpg db check` passes and the row count is
exactly the count before the write or the count after it, never in between.

Then the same for `lpg meeting schedule` of a few hundred meetings, and for `lpg import orgs` of an Ofsted register (bench/gen_ofsted.py) with
--on-missing flag-closed, alternating a 20,000-provider file and a 25,000-provider superset:
after every kill the organisations (and the closed ones among them) are exactly as before the
import or as after it.

LPG_STRESS_RUNS (default 20) sets the number of kills; `make stress` runs many more.
LPG_STRESS_SEED replays a run: the seed is printed first.
"""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from harness import Lpg, cleanup, expect, tempdir

LPG = sys.argv[1]
RUNS = int(os.environ.get("LPG_STRESS_RUNS", "20"))
SEED = int(os.environ.get("LPG_STRESS_SEED", str(random.randrange(1 << 30))))
# Writes of several sizes: one row, a few pages, and enough to spill the cache mid-transaction.
SIZES = (1, 50, 3000)


def timed_write(lpg, rows):
    start = time.monotonic()
    lpg.ok("__selftest-slow-write", rows)
    return time.monotonic() - start


def main():
    rng = random.Random(SEED)
    print(f"seed {SEED}, {RUNS} runs (LPG_STRESS_SEED={SEED} to replay)")
    tmp = tempdir("kill")
    try:
        lpg = Lpg(LPG, tmp)
        duration = {rows: timed_write(lpg, rows) for rows in SIZES}
        count = lpg.rows()
        killed = finished = rolled_back = committed = 0
        for run in range(RUNS):
            rows = rng.choice(SIZES)
            delay = rng.uniform(0, duration[rows] * 1.2)
            proc = lpg.start("__selftest-slow-write", rows)
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            else:
                finished += 1
            proc.communicate()
            lpg.check()
            now = lpg.rows()
            expect(now in (count, count + rows),
                   f"run {run}: {now} rows after writing {rows} to {count} (seed {SEED})")
            if proc.returncode == 0:
                expect(now == count + rows, f"run {run}: exit 0 but the rows are missing")
            rolled_back += now == count
            committed += now != count
            count = now
        print(f"{RUNS} runs: {killed} killed mid-way, {finished} finished first; "
              f"{committed} writes whole, {rolled_back} rolled back, none partial; "
              f"{count} rows checked at the end")
    finally:
        cleanup(tmp)


GEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench",
                   "gen_ofsted.py")
REGISTERS = (20000, 25000)  # the first is the start of the second: same seed


def org_state(lpg):
    with sqlite3.connect(f"file:{lpg.db}?mode=ro", uri=True) as db:
        return db.execute("SELECT count(*), count(*) FILTER (WHERE status = 'closed') "
                          "FROM organisation").fetchone()


def import_args(path):
    return ("-q", "import", "orgs", path, "--source", "ofsted", "--on-missing", "flag-closed")


def imports(rng):
    tmp = tempdir("kill-import")
    try:
        lpg = Lpg(LPG, tmp)
        files = {}
        for n in REGISTERS:
            files[n] = os.path.join(tmp, f"ofsted-{n}.csv")
            with open(files[n], "wb") as f:
                subprocess.run([sys.executable, GEN, str(n), "7"], stdout=f, check=True)
        start = time.monotonic()
        lpg.ok(*import_args(files[REGISTERS[1]]))
        duration = time.monotonic() - start
        state = org_state(lpg)
        runs = max(4, RUNS // 2)
        killed = 0
        for run in range(runs):
            n = rng.choice(REGISTERS)
            after = (max(state[0], n), max(state[0], n) - n)
            proc = lpg.start(*import_args(files[n]))
            time.sleep(rng.uniform(0, duration * 1.2))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.communicate()
            lpg.check()
            now = org_state(lpg)
            expect(now in (state, after),
                   f"import run {run}: {now} (organisations, closed) after importing {n} "
                   f"onto {state}; expected one or the other (seed {SEED})")
            if proc.returncode == 0:
                expect(now == after, f"import run {run}: exit 0 but {now} is not {after}")
            state = now
        print(f"{runs} imports: {killed} killed mid-way; every state whole; "
              f"{state[0]} organisations, {state[1]} closed at the end")
    finally:
        cleanup(tmp)


def meeting_count(lpg):
    with sqlite3.connect(f"file:{lpg.db}?mode=ro", uri=True) as db:
        return db.execute("SELECT count(*) FROM meeting").fetchone()[0]


def schedules(rng):
    """A multi-row meeting schedule (every day for over two years: 974 meetings) killed at
    random moments: each group has all its meetings or none."""
    tmp = tempdir("kill-schedule")
    try:
        lpg = Lpg(LPG, tmp)
        runs = max(4, RUNS // 2)
        for g in range(runs + 1):
            lpg.ok("group", "add", f"Group {g}", "--kind", "hub")
        args = ("--every", "1d", "--from", "2026-01-01", "--until", "2028-08-31",
                "--allow-weekends", "--time", "10:00")
        start = time.monotonic()
        lpg.ok("-q", "meeting", "schedule", "Group 0", *args)
        duration = time.monotonic() - start
        per_group = meeting_count(lpg)
        count, killed = per_group, 0
        for run in range(1, runs + 1):
            proc = lpg.start("-q", "meeting", "schedule", f"Group {run}", *args)
            time.sleep(rng.uniform(0, duration * 1.2))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.communicate()
            lpg.check()
            now = meeting_count(lpg)
            expect(now in (count, count + per_group),
                   f"schedule run {run}: {now} meetings after scheduling {per_group} onto "
                   f"{count} (seed {SEED})")
            count = now
        print(f"{runs} schedules of {per_group} meetings: {killed} killed mid-way; every group "
              f"all or nothing; {count} meetings at the end")
    finally:
        cleanup(tmp)


main()
imports(random.Random(SEED))
schedules(random.Random(SEED))
