#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Runs the README's five-minute tour, line by line, against the built binary in a fresh
HOME: every command must succeed, so the tour in the README can never drift. Then the crontab
recipe that mails the minutes owed, with and without anything owed."""
import os
import re
import subprocess
import sys
import tempfile

LPG = os.path.abspath(sys.argv[1])
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
block = re.search(r"<!-- tour:begin -->\s*```sh\n(.*?)```\s*<!-- tour:end -->", readme, re.S)
if not block:
    sys.exit("README.md has no tour between <!-- tour:begin --> and <!-- tour:end -->")
lines = [l for l in block.group(1).splitlines() if l.strip() and not l.lstrip().startswith("#")]

# The README's crontab recipe for minutes owed, run as cron would with a stand-in `mail` that
# keeps what it would send and, like mailx -E, sends nothing when the body is empty.
FAKE_MAIL = """#!/bin/sh
empty_ok=1
for a in "$@"; do [ "$a" = "-E" ] && empty_ok=0; done
body=$(cat)
if [ -z "$body" ] && [ $empty_ok -eq 0 ]; then exit 0; fi
printf '%s\\n' "$body" > "$HOME/mail-$(date +%s%N).txt"
"""


def cron_line(pattern):
    cron = re.search(r"```cron\n(.*?)```", readme, re.S)
    found = [l for l in cron.group(1).splitlines() if pattern in l and not l.startswith("#")]
    if len(found) != 1:
        sys.exit(f"README.md: expected one crontab line with {pattern!r}, found {len(found)}")
    return found[0].split(None, 5)[5]  # after the five time fields


def sent(home):
    return [open(os.path.join(home, f)).read() for f in sorted(os.listdir(home))
            if f.startswith("mail-")]


def cron_minutes_recipe(home, bindir, env):
    """Returns the number of failed checks: with minutes owed (the tour's autumn meeting, past
    its deadline and not submitted) one mail of CSV rows; with nothing owed, no mail at all."""
    line = cron_line("lpg minutes list --owed")
    with open(os.path.join(bindir, "mail"), "w") as f:
        f.write(FAKE_MAIL)
    os.chmod(os.path.join(bindir, "mail"), 0o755)
    failed = 0
    r = subprocess.run(["sh", "-c", line], cwd=home, env=env, capture_output=True, text=True)
    mails = sent(home)
    ok = r.returncode == 0 and len(mails) == 1 and mails[0].startswith(
        "1,Northbrook Early Years Group,2026-10-14,") and "meeting,group" not in mails[0]
    print(("ok   " if ok else "FAIL ") + "cron: minutes owed are mailed as CSV rows: " + line)
    if not ok:
        failed += 1
        print(r.stdout + r.stderr, mails)
    with tempfile.TemporaryDirectory(prefix="lpg-cron-") as empty:
        quiet = dict(env, HOME=empty)
        subprocess.run(["lpg", "init"], cwd=empty, env=quiet, capture_output=True)
        r = subprocess.run(["sh", "-c", line], cwd=empty, env=quiet, capture_output=True, text=True)
        ok = r.returncode == 0 and sent(empty) == []
        print(("ok   " if ok else "FAIL ") + "cron: nothing owed, no mail (not a header-only CSV)")
        if not ok:
            failed += 1
            print(r.stdout + r.stderr, sent(empty))
    return failed


with tempfile.TemporaryDirectory(prefix="lpg-tour-") as home:
    os.symlink(os.path.join(ROOT, "share"), os.path.join(home, "share"))
    bindir = os.path.join(home, "bin")
    os.mkdir(bindir)
    os.symlink(LPG, os.path.join(bindir, "lpg"))
    env = {"PATH": f"{bindir}:/usr/bin:/bin", "HOME": home, "LC_ALL": "C.UTF-8",
           "NO_COLOR": "1", "LPG_NOW": "2026-11-30T09:00"}
    failed = 0
    for line in lines:
        r = subprocess.run(["bash", "-c", line], cwd=home, env=env, capture_output=True, text=True)
        ok = r.returncode == 0
        print(("ok   " if ok else "FAIL ") + line)
        if not ok:
            failed += 1
            print(r.stdout + r.stderr)
    ics = os.path.join(home, "northbrook.ics")
    events = open(ics).read().count("BEGIN:VEVENT") if os.path.exists(ics) else 0
    print(("ok   " if events == 3 else "FAIL ") + f"the calendar holds the year's 3 meetings ({events})")
    failed += events != 3
    failed += cron_minutes_recipe(home, bindir, env)
    print(f"{len(lines) + 3 - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
