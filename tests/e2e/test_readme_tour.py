#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Runs the README's five-minute tour, line by line, against the built binary in a fresh
HOME: every command must succeed, so the tour in the README can never drift."""
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
    print(f"{len(lines) + 1 - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
