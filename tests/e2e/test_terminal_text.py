#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Stored and typed text reaches the terminal escaped, through one function (issues 15, 20).

A carriage return and a tab in a stored address (text fields may hold them) used to reach
tables raw and garble them; an import warning printed a file name's escape sequence raw. Now a
table shows \\r and \\t, a record too, a warning shows \\x1B, and every table row stays one
line with no control character but the line end. A hint's command quotes stored names for the
shell with single quotes: pasted, it runs no $(...) a name holds.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lpgtest import Scenario  # noqa: E402


def raw_controls(data):
    return [b for b in data if b < 0x20 and b != 0x0A]


def main():
    t = Scenario(sys.argv[1], "terminal")
    t.run("org", "add", "Acorns", "--sector", "day-nursery", "--address",
          "1 High St\r2\tRear\r\nBanbury")
    t.run("group", "add", "Hub", "--kind", "hub")
    t.run("member", "add", "Hub", "--org", "Acorns")
    table = t.run("report", "directory", "--group", "Hub").stdout
    t.check("a table shows no raw control character", not raw_controls(table), table)
    t.check("a table shows the CR and tab escaped", b"1 High St\\r2\\tRear Banbury" in table,
            table)
    t.check("a table row stays one line", len(table.splitlines()) == 2, table)
    record = t.run("org", "show", "Acorns").stdout
    t.check("a record shows no raw CR or tab", not raw_controls(record), record)
    t.check("a record shows them escaped", b"1 High St\\r2\\tRear" in record, record)
    name = "bad\x1b[31m.csv"
    t.write(name, "name,email\r\nA,not-an-address\r\n")
    r = t.run("import", "people", name, ok=False)
    t.check("an import warning shows the file name's escape escaped",
            b"bad\\x1B[31m.csv:2:" in r.stderr and b"\x1b" not in r.stderr, r.stderr)
    # A hint's command pasted into a shell runs nothing a stored name holds.
    evil = "Hub $(touch pwned) `touch pwned2`"
    t.run("group", "add", evil, "--kind", "hub")
    t.run("group", "archive", evil)
    r = t.run("group", "archive", evil, ok=False)
    hint = r.stderr.decode().split("hint: ", 1)[-1].strip()
    command = hint[hint.find("lpg "):hint.rfind(" brings it back")]
    if command.count("'") % 2 == 1:  # the hint quoted the whole command: 'lpg ... "name"'
        command = command[:-1]
    os.makedirs(t.path("bin"))
    os.symlink(t.lpg, t.path("bin/lpg"))
    t.check("the hint names the command", command.startswith("lpg group unarchive "), hint)
    done = subprocess.run(["/bin/sh", "-c", command], cwd=t.tmp, env=dict(
        t.env, PATH=t.path("bin") + ":" + t.env["PATH"]), capture_output=True)
    t.check("the pasted hint runs", done.returncode == 0, done.stderr)
    t.check("the pasted hint expands nothing",
            not os.path.exists(t.path("pwned")) and not os.path.exists(t.path("pwned2")))
    t.check("the pasted hint unarchived that very group",
            any(g["name"] == evil for g in t.json("group", "list")))
    t.finish()


main()
