#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Crash safety: SIGKILL a multi-row write at random moments (before, during and after its
transaction, and while it commits). After every kill `lpg db check` passes and the row count is
exactly the count before the write or the count after it, never in between.

LPG_STRESS_RUNS (default 20) sets the number of kills; `make stress` runs many more.
LPG_STRESS_SEED replays a run: the seed is printed first.
"""
import os
import random
import signal
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


main()
