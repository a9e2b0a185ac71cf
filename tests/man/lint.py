#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Lints one generated man page with mandoc: any WARNING, ERROR or UNSUPP fails.

usage: lint.py PAGE   (build/man/lpg-db.1)

Noise: scdoc starts every paragraph with .PP, even straight after .SH/.SS or another .PP, and
mandoc reports each as "WARNING: skipping paragraph macro: PP empty / PP after SH / PP after
SS". It drops the macro and renders exactly as intended, so those three are ignored. STYLE
messages (lines over 80 bytes, the lower-case page title scdoc writes) are below WARNING and
not checked: scdoc output cannot avoid them.
"""
import re
import subprocess
import sys

NOISE = re.compile(r"WARNING: skipping paragraph macro: PP (empty|after SH|after SS)$")

page = sys.argv[1]
r = subprocess.run(["mandoc", "-Tlint", "-W", "warning", page], capture_output=True, text=True)
problems = [line for line in (r.stdout + r.stderr).splitlines()
            if line.strip() and not NOISE.search(line)]
if problems:
    source = re.sub(r".*/", "man/", page) + ".scd"
    sys.exit(f"mandoc finds problems in {page} (from {source}):\n" + "\n".join(problems))
