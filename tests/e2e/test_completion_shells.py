#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The zsh and fish completion scripts parse (zsh -n, fish -n), and fish completes through them.

usage: test_completion_shells.py LPG
"""
import os
import shutil
import subprocess
import sys

LPG = os.path.abspath(sys.argv[1])
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
COMPLETIONS = os.path.join(ROOT, "completions")

for shell, script in (("bash", "lpg.bash"), ("zsh", "_lpg"), ("fish", "lpg.fish")):
    if shutil.which(shell) is None:
        sys.exit(f"{shell} is not installed (it is in share/debian-packages.txt)")
    r = subprocess.run([shell, "-n", os.path.join(COMPLETIONS, script)], capture_output=True,
                       text=True)
    if r.returncode != 0:
        sys.exit(f"{shell} -n completions/{script} failed:\n{r.stdout}{r.stderr}")

# fish can run completion without a terminal: `complete -C LINE` prints the candidates.
env = dict(os.environ, PATH=os.path.dirname(LPG) + os.pathsep + os.environ.get("PATH", ""))
r = subprocess.run(["fish", "--no-config", "-c",
                    f"source {os.path.join(COMPLETIONS, 'lpg.fish')}; complete -C'lpg db b'"],
                   env=env, capture_output=True, text=True, timeout=60)
if r.stdout.split() != ["backup"]:
    sys.exit(f"fish: completing 'lpg db b' gave {r.stdout!r} {r.stderr!r}, expected 'backup'")
