#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Nothing is marked sent that was not written (issue 17). `lpg mail invitations` writes about
a thousand messages; it is stopped with SIGINT, killed with SIGKILL, and (in a private mount
namespace, as test_disk_full does) run into a full disk. After each: every outbox row names a
file in the folder and every message file has its row (after SIGKILL at most one file more,
never a row more), no temporary file is left, and a second run writes exactly what is left, so
that each invitee gets each invitation once. Skipped (exit 77) only when no private mount is
possible, and then only the disk-full part."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lpgtest import Scenario  # noqa: E402

LPG = os.path.abspath(sys.argv[1])
GROUP = "Big Group"
PEOPLE = 40


def build(s):
    s.config('[reminders]\norganizer = "Early Years Team <earlyyears@example.gov.uk>"\n')
    s.run("group", "add", GROUP, "--kind", "hub")
    for i in range(PEOPLE):
        s.run("person", "add", f"Person {i:02}", "--email", f"p{i:02}@example.org")
        s.run("member", "add", GROUP, "--person", f"p{i:02}@example.org", "--from", "2026-09-01")
    s.run("meeting", "schedule", GROUP, "--every", "2w", "--from", "2026-09-09", "--until",
          "2027-07-21", "--venue", "Hall")
    return len(s.json("meeting", "list")) * PEOPLE


def state(s, out):
    with sqlite3.connect(f"file:{s.env['LPG_DB']}?mode=ro", uri=True) as c:
        rows = [r[0] for r in c.execute("SELECT file FROM mail_outbox")]
        pairs = list(c.execute("SELECT meeting_id, email FROM mail_outbox"))
    names = os.listdir(out) if os.path.isdir(out) else []
    files = [n for n in names if n.endswith(".eml")]
    temps = [n for n in names if not n.endswith(".eml")]
    return rows, files, temps, pairs


def started(out, n=20, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        if os.path.isdir(out) and len(os.listdir(out)) >= n:
            return True
        time.sleep(0.01)
    return False


def stop(s, total, sig, name):
    out = s.path(f"out-{name}")
    p = subprocess.Popen([LPG, "mail", "invitations", "--out", out, "--within", "400d"],
                         env=s.env, cwd=s.tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    began = started(out)
    p.send_signal(sig)
    rc = p.wait(timeout=60)
    rows, files, temps, _ = state(s, out)
    s.check(f"{name}: stopped part-way ({len(rows)} of {total} written)",
            began and 0 < len(rows) < total, (began, len(rows)))
    want = {signal.SIGINT: 130, signal.SIGKILL: -9}[sig]
    s.check(f"{name}: exit {want}", rc == want, (rc, p.stderr.read()))
    if sig == signal.SIGKILL:  # killed mid-write, a temporary file may stay: never a .eml
        s.check(f"{name}: at most one temporary file, never named .eml",
                len(temps) <= 1 and all(t.startswith(".lpg-") for t in temps), temps)
    else:
        s.check(f"{name}: no temporary file left", temps == [], temps)
    if sig == signal.SIGKILL:
        s.check(f"{name}: every row has its file, at most one file without a row",
                set(rows) <= set(files) and len(set(files) - set(rows)) <= 1)
    else:
        s.check(f"{name}: the rows are exactly the files", sorted(rows) == sorted(files),
                (len(rows), len(files)))
    s.run("mail", "invitations", "--out", out, "--within", "400d")
    rows, files, temps, pairs = state(s, out)
    s.check(f"{name}: the next run writes the rest: each invitation once",
            len(pairs) == len(set(pairs)) == total, (len(pairs), len(set(pairs)), total))
    s.check(f"{name}: every row has its file", set(rows) <= set(files))


def reset(s):
    with sqlite3.connect(s.env["LPG_DB"]) as c:
        c.execute("DELETE FROM mail_outbox")


def disk_full():
    """In a private mount namespace: the outbox on a 64 KiB tmpfs."""
    s = Scenario(LPG, "outbox-full")
    total = build(s)
    out = s.path("small")
    os.mkdir(out)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", out], check=True)
    r = s.run("mail", "invitations", "--out", out, "--within", "400d", ok=False)
    rows, files, temps, _ = state(s, out)
    s.check("full disk: exit 74", r.returncode == 74, (r.returncode, r.stderr))
    s.check(f"full disk: stopped part-way ({len(rows)} of {total} written)",
            0 < len(rows) < total, len(rows))
    s.check("full disk: the rows are exactly the files", sorted(rows) == sorted(files))
    s.check("full disk: no half-written file left", temps == [], temps)
    subprocess.run(["mount", "-o", "remount,size=16m", out], check=True)
    s.run("mail", "invitations", "--out", out, "--within", "400d")
    rows, files, temps, pairs = state(s, out)
    s.check("full disk: with room again, each invitation once",
            len(pairs) == len(set(pairs)) == total and sorted(rows) == sorted(files))
    subprocess.run(["umount", "-l", out], check=False)
    s.finish()


def outside_disk_full():
    script = os.path.abspath(__file__)
    for unshare in (["unshare", "-m", "--propagation", "private"],
                    ["unshare", "-rm", "--propagation", "private"]):
        probe = subprocess.run(unshare + ["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", "/tmp"],
                               capture_output=True)
        if probe.returncode == 0:
            env = dict(os.environ, LPG_OUTBOX_FULL_INSIDE="1")
            return subprocess.run(unshare + [sys.executable, script, LPG], env=env).returncode
    print("SKIPPED (disk full part): no private mount namespace here")
    return 77


if os.environ.get("LPG_OUTBOX_FULL_INSIDE") == "1":
    disk_full()

s = Scenario(LPG, "outbox-stop")
total = build(s)
s.now("2026-09-01T09:00")
stop(s, total, signal.SIGINT, "SIGINT")
reset(s)
stop(s, total, signal.SIGKILL, "SIGKILL")
full = outside_disk_full()
s.check("disk full part passed (or was skipped)", full in (0, 77), full)
s.finish()
