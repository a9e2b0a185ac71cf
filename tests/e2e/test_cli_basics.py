#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Checks of the command line whose full output changes as commands are added, so they assert
on the parts that matter rather than on a golden file."""
import os
import subprocess
import sys
import tempfile

LPG = sys.argv[1]


def run(*args):
    with tempfile.TemporaryDirectory() as tmp:
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LPG_DB": os.path.join(tmp, "lpg.db"),
               "NO_COLOR": "1", "LC_ALL": "C.UTF-8"}
        return subprocess.run([LPG, *args], env=env, capture_output=True, text=True)


failures = []


def check(name, condition):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(name)


r = run()
check("no command: exit 64", r.returncode == 64)
check("no command: help on stderr", "Usage: lpg [OPTIONS] SUBCOMMAND" in r.stderr)
check("no command: says a command is needed", r.stderr.endswith("lpg: error: 'lpg' needs a command\n"))
check("no command: nothing on stdout", r.stdout == "")

r = run("--help")
check("--help: exit 0 on stdout", r.returncode == 0 and "Subcommands:" in r.stdout)
check("--help: hidden commands stay hidden", "__" not in r.stdout)

r = run("help")
check("help alone: the top-level help", r.returncode == 0 and "Subcommands:" in r.stdout)

print(f"{len(failures)} failed" if failures else "all passed")
sys.exit(1 if failures else 0)
