#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Hostile text in text fields: SQL and shell metacharacters and long values are stored and
printed back exactly; bytes that are not UTF-8 and control characters in names are refused
with a clear error; nothing already stored changes."""
import sys

from lpgtest import Scenario

t = Scenario(sys.argv[1], "hostile")
t.run("group", "add", "Hub", "--kind", "hub")
unchanged = [["group", "list", "--format", "csv"], ["person", "list", "--format", "csv"],
             ["org", "list", "--format", "csv"]]

sql = "Robert'); DROP TABLE person; -- $(rm -rf /) `id` \"quoted\" ; | & > <"
t.run("person", "add", sql, "--note", sql)
p = t.json("person", "show", sql)
t.check("SQL and shell metacharacters round-trip in a name", p["name"] == sql, p["name"])
t.check("the person table is still there", len(t.json("person", "list")) == 1)

long_note = "Zoë's café, St Mary's \"Tots\"; " * 3500  # about 100 KB of text
t.run("org", "add", "Long Note Nursery", "--sector", "day-nursery", "--note", long_note.strip())
org = t.json("org", "show", "Long Note Nursery")
t.check("a 100 KB note round-trips through JSON", org["note"] == long_note.strip(), len(org["note"]))

for what, args in [
        ("a person name", ["person", "add", b"Zo\xeb Ellis"]),
        ("an organisation name", ["org", "add", b"Caf\xe9 Club", "--sector", "other"]),
        ("an address", ["org", "add", "Good Name", "--sector", "other", "--address", b"1 Rue \xe9"]),
        ("a group name", ["group", "add", b"Bad\xff", "--kind", "hub"])]:
    t.refused(f"bytes that are not UTF-8 in {what}", args, 65, "invalid UTF-8", unchanged)
t.refused("a control character in a group name", ["group", "add", "Tab\there", "--kind", "hub"], 65,
          "control character", unchanged)
t.refused("an escape sequence in a group name", ["group", "add", "\x1b[31mRed", "--kind", "hub"], 65,
          "control character", unchanged)
t.finish()
