#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A full disk: the database lives on a 400 KiB tmpfs, mounted in a private mount namespace
(`unshare -m` as root, `unshare -rm` otherwise). A write far too big for it exits 74 with
"disk full ... nothing was saved", and the database passes `lpg db check` with its previous rows;
a backup onto the full disk exits 74 and leaves no half-written file. Skipped (exit 77) only
when this machine allows no private mount.
"""
import os
import subprocess
import sys

from harness import Lpg, cleanup, expect, skip, tempdir

LPG = sys.argv[1]
SIZE = "400k"


def outside():
    """Re-runs this script as root of a private mount namespace."""
    script = os.path.abspath(__file__)
    for unshare in (["unshare", "-m", "--propagation", "private"],
                    ["unshare", "-rm", "--propagation", "private"]):
        probe = subprocess.run(unshare + ["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", "/tmp"],
                               capture_output=True)
        if probe.returncode == 0:
            os.environ["LPG_DISK_FULL_INSIDE"] = "1"
            return subprocess.run(unshare + [sys.executable, script, LPG]).returncode
    skip("cannot mount a small tmpfs in a private mount namespace (unshare -m / -rm refused)")


def fill(directory, leave):
    """Fills the filesystem but for `leave` bytes."""
    st = os.statvfs(directory)
    free = st.f_bavail * st.f_frsize
    with open(os.path.join(directory, "filler"), "wb") as f:
        f.write(b"\0" * max(0, free - leave))


def inside():
    tmp = tempdir("diskfull")
    try:
        mnt = os.path.join(tmp, "small")
        os.mkdir(mnt)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", mnt], check=True)
        lpg = Lpg(LPG, tmp, db=os.path.join(mnt, "lpg.db"))
        lpg.ok("__selftest-slow-write", 20)
        result = lpg.run("__selftest-slow-write", 20000)
        expect(result.returncode == 74, f"big write: exit {result.returncode}: {result.stderr}")
        expect("disk full" in result.stderr and "nothing was saved" in result.stderr,
               f"big write: stderr {result.stderr!r}")
        lpg.check()
        expect(lpg.rows() == 20, f"big write: {lpg.rows()} rows, expected the 20 from before")
        print(f"write of 20000 rows on a {SIZE} disk: exit 74, "
              f"{result.stderr.splitlines()[0]!r}; db check ok, still 20 rows")

        fill(mnt, 16 * 1024)
        backup = os.path.join(mnt, "backup.db")
        result = lpg.run("db", "backup", backup)
        expect(result.returncode == 74, f"backup: exit {result.returncode}: {result.stderr}")
        expect("disk full" in result.stderr, f"backup: stderr {result.stderr!r}")
        expect(not os.path.exists(backup), "backup: a half-written backup was left behind")
        lpg.check()
        expect(lpg.rows() == 20, "backup: the database changed")
        print(f"backup onto the full disk: exit 74, {result.stderr.splitlines()[0]!r}; "
              "no half backup left")
        subprocess.run(["umount", "-l", mnt], check=False)
    finally:
        cleanup(tmp)
    return 0


sys.exit(inside() if os.environ.get("LPG_DISK_FULL_INSIDE") == "1" else outside())
