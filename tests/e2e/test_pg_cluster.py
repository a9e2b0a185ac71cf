#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The throwaway PostgreSQL cluster the tests of the second store run against (issue 19):
what tests/pg/cluster.py promises, checked through the server itself, so that a test relying
on it (a fresh database each, nothing on the network, no root) can trust it.

ctest starts the cluster once for every test that needs it (the `postgres` fixture) and
deletes it after the last; a test named test_pg_*.py gets it, and a fresh database from
harness.postgres_database(). Skipped (77) without the postgresql package.
"""
import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import expect, postgres_database  # noqa: E402


def psql(url, sql):
    binary = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))[-1]
    r = subprocess.run([binary, "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d", url,
                        "-c", sql], capture_output=True, text=True)
    expect(r.returncode == 0, f"psql {sql!r}: {r.stderr}")
    return r.stdout.strip()


def main():
    first = postgres_database()
    second = postgres_database()
    expect(first != second, f"the same database twice: {first}")
    for url in (first, second):
        tables = psql(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        expect(tables == "0", f"{url} is not empty: {tables} tables")
    psql(first, "CREATE TABLE mine (n BIGINT); INSERT INTO mine VALUES (1)")
    expect(psql(second, "SELECT to_regclass('mine') IS NULL") == "t",
           "a table made in one fresh database shows in another")
    print(f"two fresh databases, empty and apart: {first}, {second}")

    expect(psql(first, "SHOW listen_addresses") == "", "the server listens on TCP")
    socket_dir = psql(first, "SHOW unix_socket_directories")
    expect(socket_dir.startswith("/tmp/"), f"socket in {socket_dir}")
    print(f"nothing on the network: only a Unix socket in {socket_dir}")

    data = psql(first, "SHOW data_directory")
    with open(os.path.join(data, "postmaster.pid")) as f:
        pid = int(f.readline())
    with open(f"/proc/{pid}/status") as f:
        uid = next(int(line.split()[1]) for line in f if line.startswith("Uid:"))
    expect(uid != 0, "the server runs as root")
    expect(uid == os.geteuid() or os.geteuid() == 0, f"the server runs as uid {uid}")
    print(f"the server runs as uid {uid}, from {data}")

    expect(":" not in first.split("@")[0].removeprefix("postgresql://"),
           f"a password in the URL {first}")
    print("ok")


if __name__ == "__main__":
    main()
