#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Several lpg processes at once on one database.

1. Two and four processes creating and migrating a NEW database at the same moment all succeed.
2. Two and four writers (each running `__selftest-slow-write N` repeatedly) while a reader runs
   `lpg db info` in a loop: every write lands (final count = sum), no process fails with busy
   within the busy timeout, and the reader never sees a partial transaction (every count it
   sees is a multiple of N).
"""
import json
import os
import sys
import threading

from harness import Lpg, cleanup, expect, tempdir

LPG = sys.argv[1]
N = 7  # rows per write: an odd size, so a partial transaction cannot pass as a whole one
WRITES = 8  # writes per writer
ATTEMPTS = 10  # new databases raced for, per number of processes


def race_to_create(tmp, processes, attempt):
    lpg = Lpg(LPG, tmp, db=os.path.join(tmp, f"new-{processes}-{attempt}", "lpg.db"))
    procs = [lpg.start("__selftest-slow-write", N) for _ in range(processes)]
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        expect(proc.returncode == 0, f"{processes} creating at once: exit {proc.returncode}: {err}")
    lpg.check()
    expect(lpg.rows() == processes * N, f"{processes} creators: {lpg.rows()} rows")


def writer(lpg, failures):
    for _ in range(WRITES):
        result = lpg.run("__selftest-slow-write", N)
        if result.returncode != 0:
            failures.append(f"writer exit {result.returncode}: {result.stderr}")


def reader(lpg, done, seen, failures):
    while not done.is_set():
        result = lpg.run("db", "info", "--format", "json")
        if result.returncode != 0:
            failures.append(f"reader exit {result.returncode}: {result.stderr}")
            continue
        tables = json.loads(result.stdout)["tables"]
        seen.append(next(t["rows"] for t in tables if t["table"] == "audit_log"))


def write_while_reading(tmp, writers):
    lpg = Lpg(LPG, tmp, db=os.path.join(tmp, f"busy-{writers}.db"))
    lpg.ok("__selftest-slow-write", N)
    failures, seen, done = [], [], threading.Event()
    read = threading.Thread(target=reader, args=(lpg, done, seen, failures))
    read.start()
    threads = [threading.Thread(target=writer, args=(lpg, failures)) for _ in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    read.join()
    expect(not failures, "\n".join(failures))
    expected = N + writers * WRITES * N
    lpg.check()
    expect(lpg.rows() == expected, f"{writers} writers: {lpg.rows()} rows, expected {expected}")
    partial = [count for count in seen if count % N != 0]
    expect(not partial, f"the reader saw partial transactions: {partial}")
    expect(seen == sorted(seen), "the reader saw the count go down")
    print(f"{writers} writers x {WRITES} writes of {N} rows: {expected} rows, all landed; "
          f"reader ran {len(seen)} times, never saw a partial write")


def main():
    tmp = tempdir("concurrency")
    try:
        for processes in (2, 4):
            for attempt in range(ATTEMPTS):
                race_to_create(tmp, processes, attempt)
            print(f"{processes} processes creating a new database at once: {ATTEMPTS} of {ATTEMPTS} succeeded")
        for writers in (2, 4):
            write_while_reading(tmp, writers)
    finally:
        cleanup(tmp)


main()
