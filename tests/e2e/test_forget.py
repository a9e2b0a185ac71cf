#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""`lpg person forget`: the erased values leave the database file, the counts stay.

usage: test_forget.py LPG

Builds a small realistic database through lpg's own commands (people with emails and phones,
memberships, a past meeting with attendance and representation, an action, minutes), checks
that the person's name, email and phone are in the file's bytes, forgets them, then checks:
  - the name, email (in any case) and phone (as stored and as typed) are in none of the
    database, -wal and -shm files (an idle connection keeps those two in place);
  - the meeting's attendance count, the group's membership rows (--all), the action list and
    the other people's rows are unchanged;
  - `lpg log` has a forget entry that does not name them, and no entry names them;
  - `lpg db check` passes; a second forget exits 65.
"""
import glob
import json
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Lpg, cleanup, expect, tempdir  # noqa: E402

NAME, EMAIL, PHONE_TYPED, PHONE = "Josephine Bloggs", "Jo.Bloggs@Example.org", "01869-123-457", \
    "01869 123 457"
SECRETS = [NAME, NAME.lower(), EMAIL, EMAIL.lower(), PHONE, PHONE_TYPED, "Bloggs",
           "night shifts only"]


def file_bytes(db):
    """The bytes of the database and of every file SQLite keeps beside it."""
    return {path: open(path, "rb").read() for path in sorted(glob.glob(db + "*"))
            if not path.endswith(".bak")}


def found(db):
    return sorted({s for s in SECRETS for data in file_bytes(db).values()
                   if s.encode() in data})


def build(lpg):
    lpg.ok("group", "add", "Bicester Early Years", "--kind", "partnership")
    lpg.ok("group", "add", "Banbury Hub", "--kind", "hub")
    lpg.ok("org", "add", "Little Acorns", "--sector", "day-nursery")
    lpg.ok("person", "add", NAME, "--email", EMAIL, "--phone", PHONE_TYPED,
           "--org", "Little Acorns", "--job-title", "Nursery manager",
           "--note", "night shifts only")
    lpg.ok("person", "add", "Sam Patel", "--email", "sam@example.org", "--phone", "01295 222333")
    lpg.ok("person", "add", "Ana Silva", "--email", "ana@example.org")
    for person in (NAME, "Sam Patel", "Ana Silva"):
        lpg.ok("member", "add", "Bicester Early Years", "--person", person, "--from", "2025-09-01")
    lpg.ok("member", "add", "Banbury Hub", "--person", EMAIL.lower(), "--from", "2024-01-01",
           "--role", "chair")
    lpg.ok("member", "end", "Banbury Hub", "--person", NAME, "--on", "2025-07-31")
    lpg.ok("meeting", "schedule", "Bicester Early Years", "--at", "2026-10-08 18:30")
    lpg.ok("meeting", "attend", "1", NAME, "Ana Silva", "--present")
    lpg.ok("meeting", "attend", "1", "Sam Patel", "--represented-by", NAME.upper())
    lpg.ok("action", "add", "1", "Share the transition form", "--owner", NAME,
           "--due", "2026-12-18")
    with open(os.path.join(lpg.tmp, "minutes.md"), "w", encoding="utf-8") as f:
        f.write("Transition forms were discussed.\n")
    lpg.ok("minutes", "add", "1", "--file", "minutes.md", "--by", NAME)


def counts(lpg):
    meeting = json.loads(lpg.ok("meeting", "show", "1", "--format", "json").stdout)
    members = json.loads(lpg.ok("member", "list", "Bicester Early Years", "--all",
                                "--format", "json").stdout)
    ended = json.loads(lpg.ok("member", "list", "Banbury Hub", "--all", "--format", "json").stdout)
    actions = json.loads(lpg.ok("action", "list", "--format", "json").stdout)
    return {"attendance": len(meeting["attendance"]),
            "attending": meeting.get("members_attending"),
            "members": len(members), "ended": len(ended), "actions": len(actions)}


def main():
    tmp = tempdir("forget")
    try:
        lpg = Lpg(sys.argv[1], tmp)
        lpg.env["LPG_NOW"] = "2026-11-30T09:00"
        build(lpg)
        before = counts(lpg)
        expect(before["attendance"] == 3 and before["members"] == 3, f"setup: {before}")
        expect(set(found(lpg.db)) >= {NAME, EMAIL, PHONE_TYPED},
               f"the values must be in the file before forgetting: {found(lpg.db)}")
        others = json.loads(lpg.ok("person", "show", "Sam Patel", "--format", "json").stdout)

        refused = lpg.run("person", "forget", NAME)
        expect(refused.returncode == 64 and "--yes" in refused.stderr,
               f"forget without --yes: {refused.returncode} {refused.stderr}")
        expect(counts(lpg) == before, "a refused forget changed something")

        # Another connection, open but idle, keeps the -wal and -shm files in place after lpg
        # exits (the last connection to close deletes them), so their bytes are checked too.
        idle = sqlite3.connect(lpg.db)
        idle.execute("SELECT count(*) FROM person").fetchone()
        done = lpg.ok("person", "forget", EMAIL.upper(), "--yes", "--format", "json")
        result = json.loads(done.stdout)
        expect(result["name"] == "erased person #1", f"placeholder: {result}")
        expect(done.stderr == "", f"forget warned: {done.stderr}")

        leaks = found(lpg.db)
        scanned = [os.path.basename(p) for p in file_bytes(lpg.db)]
        expect("lpg.db-wal" in scanned, f"the -wal file should still be there: {scanned}")
        expect(not leaks, f"erased values still in {scanned}: {leaks}")
        idle.close()
        after = counts(lpg)
        expect(after == before, f"counts changed: before {before}, after {after}")
        same = json.loads(lpg.ok("person", "show", "Sam Patel", "--format", "json").stdout)
        expect(same == others, f"another person changed: {others} -> {same}")

        log = json.loads(lpg.ok("log", "--limit", "0", "--format", "json").stdout)
        forget = [e for e in log if e["action"] == "forget"]
        expect(len(forget) == 1 and forget[0]["entity_id"] == 1, f"forget entries: {forget}")
        text = json.dumps(log).lower()
        for secret in ("bloggs", EMAIL.lower(), "123 457", "123-457", "night shifts"):
            expect(secret not in text, f"the audit log still holds {secret!r}")

        lpg.check()
        again = lpg.run("person", "forget", "#1", "--yes")
        expect(again.returncode == 65, f"second forget: {again.returncode} {again.stderr}")
        expect(not found(lpg.db), "a refused second forget left values behind")
        print(f"ok: erased person #1; counts {after}; scanned {scanned}")
    finally:
        cleanup(tmp)


main()
