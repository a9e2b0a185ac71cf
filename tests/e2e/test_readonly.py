#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Read-only databases and permission errors: a write exits 77 with a message saying what is
read-only and that nothing was saved, and the file is byte-for-byte as before (and no -wal or
-shm is left beside it); a read of a read-only database still works.

Permissions do not stop root, so as root lpg runs as `nobody` through setpriv, on files owned
by root (or given to nobody where the user must own them). As anyone else it runs as itself.
"""
import hashlib
import json
import os
import shutil
import stat
import sys

from harness import Lpg, cleanup, expect, skip, tempdir

LPG = sys.argv[1]
ROOT = os.geteuid() == 0
NOBODY = 65534


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def make_db(tmp, name, binary):
    """A database of 5 rows in its own directory, made by the test's own user."""
    directory = os.path.join(tmp, name)
    os.mkdir(directory)
    owner = Lpg(binary, tmp, db=os.path.join(directory, "lpg.db"))
    owner.ok("__selftest-slow-write", 5)
    return owner


def as_user(owner):
    prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if ROOT else []
    return Lpg(owner.binary, owner.tmp, db=owner.db, prefix=prefix)


def give_to_user(path):
    if ROOT:
        os.chown(path, NOBODY, -1)


def refused(user, label, needle):
    before = digest(user.db)
    result = user.run("__selftest-slow-write", 3)
    expect(result.returncode == 77, f"{label}: exit {result.returncode}: {result.stderr}")
    expect(needle in result.stderr and "nothing was saved" in result.stderr,
           f"{label}: stderr {result.stderr!r}")
    expect(digest(user.db) == before, f"{label}: the database file changed")
    for suffix in ("-wal", "-shm"):
        expect(not os.path.exists(user.db + suffix), f"{label}: left {suffix} behind")
    print(f"{label}: exit 77, {result.stderr.splitlines()[0]!r}, file unchanged")


def readable(user, label):
    result = user.run("db", "info", "--format", "json")
    expect(result.returncode == 0, f"{label}: read exit {result.returncode}: {result.stderr}")
    rows = {t["table"]: t["rows"] for t in json.loads(result.stdout)["tables"]}
    expect(rows["audit_log"] == 5, f"{label}: read {rows['audit_log']} rows")
    check = user.run("db", "check")
    expect(check.returncode == 0, f"{label}: db check exit {check.returncode}: {check.stderr}")
    print(f"{label}: reads still work (db info, db check)")


def main():
    if ROOT and shutil.which("setpriv") is None:
        skip("running as root without setpriv: cannot drop to an unprivileged user")
    tmp = tempdir("readonly")
    try:
        binary = os.path.join(tmp, "lpg")  # a copy `nobody` can surely execute
        shutil.copy2(LPG, binary)
        os.chmod(binary, 0o755)

        owner = make_db(tmp, "ro-file-ro-dir", binary)
        os.chmod(owner.db, 0o444)
        os.chmod(os.path.dirname(owner.db), 0o555)
        refused(as_user(owner), "file 0444 in a 0555 directory", "the file is read-only")
        readable(as_user(owner), "file 0444 in a 0555 directory")

        owner = make_db(tmp, "rw-file-ro-dir", binary)
        give_to_user(owner.db)
        os.chmod(owner.db, 0o600)
        os.chmod(os.path.dirname(owner.db), 0o555)
        refused(as_user(owner), "writable file in a 0555 directory", "its directory")
        readable(as_user(owner), "writable file in a 0555 directory")

        owner = make_db(tmp, "ro-file-rw-dir", binary)
        give_to_user(os.path.dirname(owner.db))
        os.chmod(owner.db, 0o444)
        os.chmod(os.path.dirname(owner.db), 0o755)
        refused(as_user(owner), "file 0444 in a writable directory", "the file is read-only")

        owner = make_db(tmp, "unreadable", binary)
        os.chmod(owner.db, 0)
        os.chmod(os.path.dirname(owner.db), 0o755)
        user = as_user(owner)
        for args in (("db", "info"), ("__selftest-slow-write", 3)):
            result = user.run(*args)
            expect(result.returncode == 77 and "cannot read" in result.stderr,
                   f"file 0000, {args[0]}: exit {result.returncode}: {result.stderr}")
        print("file 0000: reads and writes exit 77, 'cannot read ...'")
    finally:
        for root, dirs, _ in os.walk(tmp):
            for d in dirs:
                os.chmod(os.path.join(root, d), stat.S_IRWXU)
        cleanup(tmp)


main()
