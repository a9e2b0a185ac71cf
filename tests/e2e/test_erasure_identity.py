#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Erasure and subject access by identity, never by text search (issue 20).

- A person called "Hub" is forgotten: the log row that created the group "Hub" is untouched.
- Two people called Jo Smith: `person export` of one holds none of the other's email, phone or
  note; forgetting one changes none of the other's log rows.
- A person whose name, email and phone were all changed by `person edit`, who was named in
  other cases and spacings (as look-up accepts them), by a minutes recorder and recipient, and
  in a command that recorded two people at once: after `person forget`, none of the values they
  ever had is in the database file, its -wal or -shm (kept by an idle connection), or a
  backup made afterwards; the other person's rows and every count are unchanged.
"""
import glob
import json
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lpgtest import Scenario  # noqa: E402

FORMER = ["Josephine Bloggs", "josephine   BLOGGS", "JOSEPHINE bloggs", "Josie Quillfeather",
          "JOSIE  quillfeather", "jo.bloggs@old.example", "JO.BLOGGS@OLD.EXAMPLE",
          "josie.q@new.example", "01869 111 222", "01869-111-222", "07700 900 123",
          "07700900123", "Quillfeather", "Bloggs", "works nights", "Nursery manager"]


def log(t):
    return t.json("log", "--limit", "0")


def hub(t):
    t.run("group", "add", "Hub", "--kind", "hub")
    t.run("person", "add", "Hub", "--email", "hub@example.org")
    before = [e for e in log(t) if e["entity"] == "grp"]
    t.run("person", "forget", "hub@example.org", "--yes")
    after = [e for e in log(t) if e["entity"] == "grp"]
    t.check("forgetting a person called Hub leaves the group Hub's rows alone", before == after,
            after)


def namesakes(t):
    t.run("person", "add", "Jo Smith", "--email", "jo.one@example.org", "--phone", "01295 100001",
          "--note", "first jo note")
    t.run("person", "add", "Jo Smith", "--email", "jo.two@example.org", "--phone", "01295 200002",
          "--note", "second jo secret")
    for who in ("jo.one@example.org", "jo.two@example.org"):
        t.run("member", "add", "Hub", "--person", who, "--from", "2026-01-01")
    exported = t.run("person", "export", "jo.one@example.org").stdout.decode()
    for secret in ("jo.two@example.org", "01295 200002", "second jo secret"):
        t.check(f"export of one Jo Smith holds nothing of the other's ({secret})",
                secret not in exported)
    t.check("export of one Jo Smith holds their own rows", "jo.one@example.org" in exported)
    theirs = lambda: [e for e in log(t) if "jo.two" in e["command"]]  # noqa: E731
    before = theirs()
    t.run("person", "forget", "jo.one@example.org", "--yes")
    t.check("forgetting one Jo Smith changes none of the other's rows", theirs() == before,
            theirs())
    t.check("the other Jo Smith is as they were",
            t.json("person", "show", "jo.two@example.org")["name"] == "Jo Smith")


def build(t):
    t.run("org", "add", "Little Acorns", "--sector", "day-nursery")
    t.run("person", "add", "Josephine Bloggs", "--email", "JO.BLOGGS@OLD.EXAMPLE", "--phone",
          "01869-111-222", "--org", "Little Acorns", "--job-title", "Nursery manager",
          "--note", "works nights")
    t.run("person", "add", "Ann Other", "--email", "ann@example.org")
    t.run("member", "add", "Hub", "--person", "josephine   BLOGGS", "--from", "2026-01-01")
    t.run("member", "add", "Hub", "--person", "Ann Other", "--from", "2026-01-01")
    t.run("meeting", "schedule", "Hub", "--at", "2026-10-01 18:30")
    t.now("2026-11-30T09:00")
    t.run("meeting", "attend", "1", "JOSEPHINE bloggs", "Ann Other", "--present")
    t.write("m.md", "Minutes.\n")
    t.run("minutes", "add", "1", "--file", "m.md", "--by", "JOSEPHINE bloggs")
    t.run("minutes", "submit", "1", "--to", "Josephine Bloggs <jo.bloggs@old.example>")
    t.run("person", "edit", "jo.bloggs@old.example", "--name", "Josie Quillfeather", "--email",
          "josie.q@new.example", "--phone", "07700900123")
    t.run("action", "add", "1", "Share the form", "--owner", "JOSIE  quillfeather")
    t.run("meeting", "attend", "1", "Ann Other", "--represented-by", "josie quillfeather")


def files(db):
    return {p: open(p, "rb").read() for p in sorted(glob.glob(db + "*"))
            if not p.endswith(".bak")}


def left(data):
    return [v for v in FORMER if v.encode() in data or v.lower().encode() in data.lower()]


def erase(t):
    db = t.path("lpg.db")
    counts = lambda: (len(t.json("meeting", "show", "1")["attendance"]),  # noqa: E731
                      len(t.json("member", "list", "Hub", "--all")),
                      len(t.json("action", "list")))
    before = counts()
    ann = [e for e in log(t) if e["entity"] == "person" and e["entity_id"] == 5]
    t.check("the values are in the file before", left(files(db)[db]) != [], left(files(db)[db]))
    idle = sqlite3.connect(db)  # keeps -wal and -shm after lpg exits
    idle.execute("SELECT count(*) FROM person").fetchone()
    t.run("person", "forget", "josie.q@new.example", "--yes")
    for path, data in files(db).items():
        t.check(f"no former value in {os.path.basename(path)}", not left(data), left(data))
    t.check("the -wal was scanned", db + "-wal" in files(db))
    idle.close()
    t.run("db", "backup", "after.db")
    with open(t.path("after.db"), "rb") as f:
        data = f.read()
    t.check("no former value in a backup made afterwards", not left(data), left(data))
    t.check("counts unchanged", counts() == before, (before, counts()))
    t.check("Ann's own rows unchanged",
            [e for e in log(t) if e["entity"] == "person" and e["entity_id"] == 5] == ann)
    exported = json.loads(t.run("person", "export", "ann@example.org").stdout)
    t.check("Ann's export still shows her attendance", len(exported["attendance"]) == 1)
    t.check("db check", t.run("db", "check").stdout == b"ok\n")


def main():
    t = Scenario(sys.argv[1], "erasure")
    hub(t)
    namesakes(t)
    build(t)
    erase(t)
    t.finish()


main()
