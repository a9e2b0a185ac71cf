#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Importing a file again changes nothing (what cron does unattended must never hurt anyone).

For every list lpg imports, lpg's own export read back into the same database, with its
history (a role handed on, a member who left, a deputy, a done action), reports 0 added and
0 updated, writes no audit entry and leaves the whole database as it was. Before, `import
members` read an exported past stint as the member's current membership and ended it, and
every list but organisations wrote an audit entry for an import that changed nothing; `import
people` added every person of a list without emails again on each run, and `import meetings`
and `import actions` every row of a hand-made list without uid or id, and `import orgs` every
row of a spreadsheet without identifiers.

Then a membership list that does change something: a new role is applied (it was ignored),
from the row's `from` when that is later than the membership began, else from today."""
import sys

from lpgtest import Scenario

t = Scenario(sys.argv[1], "import-again")
t.now("2025-09-01T09:00")
t.run("area", "add", "Cherwell")
t.run("org", "add", "Acorn Nursery", "--sector", "day-nursery", "--area", "Cherwell",
      "--ofsted-urn", "EY123456")
t.run("org", "add", "Old Mill Pre-school", "--sector", "pre-school")
t.run("person", "add", "Sam Patel", "--org", "Acorn Nursery", "--email", "sam@example.org",
      "--phone", "01865 123456")
t.run("person", "add", "Jo Reed", "--email", "jo@example.org")
t.run("person", "add", "Ann Lee")
t.run("group", "add", "Board", "--kind", "board")
t.run("group", "add", "Hub", "--kind", "hub", "--area", "Cherwell", "--reports-to", "Board")
t.run("member", "add", "Hub", "--person", "Sam Patel", "--role", "chair", "--from", "2025-09-01")
t.run("member", "add", "Hub", "--person", "Jo Reed", "--core", "health", "--from", "2025-09-01")
t.run("member", "add", "Hub", "--person", "Ann Lee", "--from", "2025-09-01")
t.run("member", "add", "Hub", "--org", "Old Mill Pre-school", "--from", "2025-09-01")
t.run("meeting", "schedule", "Hub", "--at", "2025-10-01 10:00")
t.run("meeting", "schedule", "Hub", "--at", "2025-12-01 10:00")
t.now("2026-02-01T09:00")
t.run("member", "edit", "Hub", "--person", "Sam Patel", "--role", "", "--from", "2026-01-15")
t.run("member", "edit", "Hub", "--person", "Jo Reed", "--role", "chair", "--from", "2026-01-15")
t.run("member", "end", "Hub", "--person", "Ann Lee", "--on", "2026-01-20")
t.run("meeting", "attend", "1", "Sam Patel", "--present")
t.run("meeting", "attend", "1", "Jo Reed", "--apologies")
t.run("meeting", "attend", "1", "Ann Lee", "--represented-by", "Sam Patel")
t.run("action", "add", "1", "Write to schools", "--owner", "Jo Reed", "--due", "2025-11-01")
t.run("action", "add", "1", "Book the hall", "--owner", "org:Old Mill Pre-school")
t.run("action", "done", "1", "--note", "sent")
t.check("the story has a role handed on and a member who left",
        len(t.json("member", "list", "Hub", "--all")) == 6)

IMPORTS = [("orgs", ["orgs", "FILE", "--source", "csv"]), ("people", ["people", "FILE"]),
           ("groups", ["groups", "FILE"]), ("members", ["members", "Hub", "FILE"]),
           ("meetings", ["meetings", "FILE"]), ("attendance", ["attendance", "FILE"]),
           ("actions", ["actions", "FILE"])]
for noun, args in IMPORTS:
    path = t.write(f"{noun}.csv", t.run("export", noun).stdout)
    before = t.dump()
    summary = t.json("import", *[path if a == "FILE" else a for a in args])
    t.check(f"import {noun} of its own export: 0 added, 0 updated",
            summary["added"] == 0 and summary["updated"] == 0 and summary["rejected"] == 0,
            summary)
    t.check(f"import {noun} of its own export: the database (audit log too) unchanged",
            t.dump() == before)

# A council's contact list has no emails: imported every week, it must not add its people
# again each time (it did). A namesake at another organisation is someone else; a name two
# people here could be is refused, asking for the email.
t.write("contacts.csv", "name,phone,organisation\nPat Green,01865 111222,Acorn Nursery\n"
        "Lee Brown,,\n")
first = t.json("import", "people", t.path("contacts.csv"))
before = t.dump()
again = t.json("import", "people", t.path("contacts.csv"))
t.check("a contact list without emails, imported again: 0 added, 0 updated",
        first["added"] == 2 and again["added"] == 0 and again["updated"] == 0, (first, again))
t.check("... and the database unchanged", t.dump() == before)
t.write("moved.csv", "name,organisation\nPat Green,Old Mill Pre-school\n")
moved = t.json("import", "people", t.path("moved.csv"))
t.check("a namesake at another organisation is added beside them", moved["added"] == 1, moved)
before = t.dump()
t.write("which.csv", "name,phone\nPat Green,01865 999999\n")
r = t.run("import", "people", t.path("which.csv"), "--strict", ok=False)
t.check("a name two people here could be: exit 65, asking for the email",
        r.returncode == 65 and b"is the name of 2 people here; give the email" in r.stderr,
        r.stderr)
t.check("... and nothing stored", t.dump() == before)

# A council's spreadsheet of settings without identifiers (the id column blank): imported
# again it adds nothing (it added every setting again). Two of one name in different towns
# are two; a row that could be either is refused, asking for an identifier.
t.write("settings.csv", "id,name,sector,town\n,Little Acorns,day-nursery,Bicester\n"
        ",Little Acorns,pre-school,Kidlington\n,Willow Club,childminder,\n")
first = t.json("import", "orgs", t.path("settings.csv"), "--source", "csv")
before = t.dump()
again = t.json("import", "orgs", t.path("settings.csv"), "--source", "csv")
t.check("a settings list without identifiers imported again: 0 added, 0 updated",
        first["added"] == 3 and again["added"] == 0 and again["updated"] == 0, (first, again))
t.check("... and the database unchanged", t.dump() == before)
t.write("which-org.csv", "id,name,sector,phone\n,Little Acorns,day-nursery,01865 000111\n")
r = t.run("import", "orgs", t.path("which-org.csv"), "--source", "csv", "--strict", ok=False)
t.check("import orgs: a name two settings here could be is refused (exit 65)",
        r.returncode == 65 and b"is the name of 2 organisations here" in r.stderr, r.stderr)
t.check("... and nothing stored", t.dump() == before)

# Hand-made lists of meetings and actions carry no uid or id: imported again, the same
# meeting (the group's, at that start) and the same action (the meeting's, of that text).
t.write("plan.csv", "group,date,start,venue\nHub,2026-03-04,10:00,Library\n")
t.write("todo.csv", "meeting,text,owner\n2,Chase the survey,person:Jo Reed\n")
for name, noun in [("plan.csv", "meetings"), ("todo.csv", "actions")]:
    first = t.json("import", noun, t.path(name))
    before = t.dump()
    again = t.json("import", noun, t.path(name))
    t.check(f"a hand-made {noun} list imported again: 0 added, 0 updated",
            first["added"] == 1 and again["added"] == 0 and again["updated"] == 0,
            (first, again))
    t.check(f"... and the database unchanged", t.dump() == before)
# Two of them there: the row is ambiguous, refused, nothing stored.
t.write("twice.csv", "uid,group,date,start\nu-1@example.org,Hub,2026-03-18,10:00\n"
        "u-2@example.org,Hub,2026-03-18,10:00\n")
t.run("import", "meetings", t.path("twice.csv"))
t.run("action", "add", "2", "Chase the survey", "--owner", "Sam Patel")
for name, text, noun, want in [
        ("which-meeting.csv", "group,date,start\nHub,2026-03-18,10:00\n", "meetings",
         b"Hub has 2 meetings at 2026-03-18 10:00; give the uid"),
        ("which-action.csv", "meeting,text,owner\n2,Chase the survey,person:Jo Reed\n",
         "actions", b"has 2 actions \"Chase the survey\"; give the id")]:
    before = t.dump()
    t.write(name, text)
    r = t.run("import", noun, t.path(name), "--strict", ok=False)
    t.check(f"import {noun}: a row two could be is refused (exit 65)",
            r.returncode == 65 and want in r.stderr, r.stderr)
    t.check("... and nothing stored", t.dump() == before)

# A membership list that changes roles: Jo Reed is vice-chair from today (no from), Sam Patel
# coordinator from 2026-01-25 (after his membership of 2026-01-15 began).
log = len(t.json("log", "--limit", "0"))
t.write("roles.csv", "person,role,from\nJo Reed,vice-chair,\nSam Patel,coordinator,2026-01-25\n")
summary = t.json("import", "members", "Hub", t.path("roles.csv"))
t.check("a changed role counts as updated", summary["updated"] == 2, summary)
now = {m["member"]: m for m in t.json("member", "list", "Hub")}
t.check("Jo Reed is vice-chair from today", now["Jo Reed"]["role"] == "vice-chair" and
        now["Jo Reed"]["from"] == "2026-02-01", now["Jo Reed"])
t.check("Sam Patel is coordinator from the row's from",
        now["Sam Patel"]["role"] == "coordinator" and now["Sam Patel"]["from"] == "2026-01-25",
        now["Sam Patel"])
past = [m for m in t.json("member", "list", "Hub", "--all")
        if m["member"] == "Jo Reed" and m["role"] == "chair"]
t.check("Jo Reed's time as chair is history, ended today",
        len(past) == 1 and past[0]["to"] == "2026-02-01", past)
t.check("the import that changed something is in the log", len(t.json("log", "--limit", "0")) > log)

before = t.dump()
t.write("unknown.csv", "person,role\nJo Reed,treasurer\n")
r = t.run("import", "members", "Hub", t.path("unknown.csv"), "--strict", ok=False)
t.check("an unknown role in a file: exit 65", r.returncode == 65, r.stderr)
t.check("an unknown role in a file: named", b"treasurer" in r.stderr, r.stderr)
t.check("an unknown role in a file: nothing stored", t.dump() == before)

t.finish()
