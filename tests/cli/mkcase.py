#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Creates a CLI case and blesses its expected output from the built binary; review the diff.

usage: mkcase.py CASE_DIR 'ARGS' [--setup 'LINE' ...] [--after 'LINE' ...] [--env K=V ...]
                 [--toml FILE_TEXT] [--stdin TEXT]
"""
import argparse
import os
import subprocess
import sys

p = argparse.ArgumentParser()
p.add_argument("case")
p.add_argument("args")
p.add_argument("--setup", action="append", default=[])
p.add_argument("--after", action="append", default=[])
p.add_argument("--env", action="append", default=[])
p.add_argument("--toml")
p.add_argument("--stdin")
p.add_argument("--lpg", default=os.path.join(os.path.dirname(__file__), "../../build/lpg"))
a = p.parse_args()
os.makedirs(a.case, exist_ok=True)


def write(name, text):
    with open(os.path.join(a.case, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


write("args", a.args + "\n")
if a.setup:
    write("setup", "\n".join(a.setup) + "\n")
if a.after:
    write("after", "\n".join(a.after) + "\n")
if a.env:
    write("env", "\n".join(a.env) + "\n")
if a.toml is not None:
    write("lpg.toml", a.toml)
if a.stdin is not None:
    write("stdin", a.stdin)
for name in ("stdout", "stderr", "exit", "after.out"):
    path = os.path.join(a.case, name)
    if not os.path.exists(path):
        write(name, "")
env = dict(os.environ, LPG_BLESS="1")
runner = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run_case.py")
r = subprocess.run(["/usr/bin/python3", runner, os.path.abspath(a.lpg), os.path.abspath(a.case)],
                   env=env)
for name in ("stdout", "stderr", "after.out"):
    path = os.path.join(a.case, name)
    if os.path.exists(path) and os.path.getsize(path) == 0 and not (name == "after.out" and a.after):
        os.remove(path)
for name in ("exit",):
    path = os.path.join(a.case, name)
    with open(path) as f:
        if f.read().strip() in ("", "0"):
            os.remove(path)
print(f"== {a.case}")
for name in ("exit", "stdout", "stderr", "after.out"):
    path = os.path.join(a.case, name)
    if os.path.exists(path):
        print(f"-- {name}:")
        print(open(path, encoding="utf-8", errors="replace").read(), end="")
sys.exit(r.returncode)
