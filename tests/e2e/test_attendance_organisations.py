#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Attendance by organisation (issue 15): Kent's members are expected to "attend or be
represented at every meeting", so for an organisation a meeting is attended when anyone of it
was present or it was represented, and the rate is over meetings, not over person records."""
import sys

from kent import add_core_members, add_county, lcpg
from lpgtest import Scenario

t = Scenario(sys.argv[1], "attendance-orgs")
t.now("2026-11-30T09:00")
add_county(t)
THANET, DOVER = lcpg("Thanet"), lcpg("Dover")

# The case: a council at its only meeting; one councillor came, an officer sent
# apologies.
council = add_core_members(t, "Thanet", ["district council"])["district council"]
t.run("person", "add", "Cllr Ann Ray", "--org", council)
t.run("person", "add", "Ben Officer", "--org", council)
t.run("meeting", "schedule", THANET, "--at", "2026-10-07 10:00")
t.run("meeting", "attend", f"{THANET}@2026-10-07", "Cllr Ann Ray", "--present")
t.run("meeting", "attend", f"{THANET}@2026-10-07", "Ben Officer", "--apologies")


def line(rows, name):
    return next((r for r in rows if r["name"] == name), {})


rows = t.json("report", "attendance", "--by", "organisation", "--group", THANET)
got = line(rows, council)
t.check("a council present at its only meeting attended it: 1 meeting, 100%",
        (got.get("recorded"), got.get("present"), got.get("apologies"), got.get("rate"))
        == (1, 1, 0, 100.0), got)
people = t.json("report", "attendance", "--group", THANET)
t.check("by member still counts each person's record",
        {r["name"]: r["rate"] for r in people} == {"Cllr Ann Ray": 100.0, "Ben Officer": 0.0},
        people)

# Dover, over two meetings: the rate is over meetings.
orgs = add_core_members(t, "Dover", ["district council", "police", "NHS/CCG"])
for name, org in [("Cllr Cy Dale", "district council"), ("Di Officer", "district council"),
                  ("Insp Ed Fox", "police"), ("Sgt Flo Gray", "police"),
                  ("Gus Nurse", "NHS/CCG"), ("Hal Doctor", "NHS/CCG")]:
    t.run("person", "add", name, "--org", orgs[org])
t.run("meeting", "schedule", DOVER, "--at", "2026-10-14 10:00")
t.run("meeting", "schedule", DOVER, "--at", "2026-11-18 10:00")
first, second = f"{DOVER}@2026-10-14", f"{DOVER}@2026-11-18"
t.run("meeting", "attend", first, "Cllr Cy Dale", "--present")
t.run("meeting", "attend", first, "Di Officer", "--absent")
t.run("meeting", "attend", first, "Insp Ed Fox", "--represented-by", "Sgt Flo Gray")
t.run("meeting", "attend", first, "Gus Nurse", "Hal Doctor", "--apologies")
t.run("meeting", "attend", second, "Di Officer", "--absent")
t.run("meeting", "attend", second, "Insp Ed Fox", "--present")
t.run("meeting", "attend", second, "Sgt Flo Gray", "--present")
t.run("meeting", "attend", second, "Gus Nurse", "--apologies")
t.run("meeting", "attend", second, "Hal Doctor", "--present")

rows = t.json("report", "attendance", "--by", "organisation", "--group", DOVER)
want = {
    orgs["district council"]: (2, 1, 0, 0, 1, 50.0),  # there at the first, not the second
    orgs["police"]: (2, 1, 1, 0, 0, 100.0),  # represented, then two officers: one meeting
    orgs["NHS/CCG"]: (2, 1, 0, 1, 0, 50.0),  # apologies from both, then one came
}
for org, expected in want.items():
    got = line(rows, org)
    t.check(f"{org}: recorded, present, represented, apologies, absent, rate over meetings",
            tuple(got.get(k) for k in ("recorded", "present", "represented", "apologies",
                                       "absent", "rate")) == expected, got)

sectors = t.json("report", "attendance", "--by", "sector", "--area", "Kent")
police = line(sectors, "Police")
t.check("by sector adds up organisations' meetings (Dover's police: 2 meetings, both attended)",
        (police.get("recorded"), police.get("rate")) == (2, 100.0), sectors)
council_sector = line(sectors, "District council")
t.check("district councils: Thanet 1 of 1 and Dover 1 of 2 meetings",
        (council_sector.get("recorded"), council_sector.get("present"),
         council_sector.get("rate")) == (3, 2, 66.7), sectors)

# Worcestershire's termly groups are made of settings: a day nursery that sends two
# practitioners to the autumn meeting, one of whom is held up, attended it.
t.run("area", "add", "Worcestershire", "--code", "E10000034")
W = "Bromsgrove Early Years Partnership"
t.run("group", "add", W, "--kind", "partnership", "--area", "Worcestershire", "--cadence", "termly")
t.run("org", "add", "Rainbow Day Nursery", "--sector", "day-nursery", "--area", "Worcestershire")
t.run("org", "add", "Acorns Pre-school", "--sector", "pre-school", "--area", "Worcestershire")
for org in ["Rainbow Day Nursery", "Acorns Pre-school"]:
    t.run("member", "add", W, "--org", org, "--from", "2026-09-01")
t.run("person", "add", "Ivy Keys", "--org", "Rainbow Day Nursery")
t.run("person", "add", "Jon Lane", "--org", "Rainbow Day Nursery")
t.run("person", "add", "Kit Moss", "--org", "Acorns Pre-school")
t.run("meeting", "schedule", W, "--at", "2026-10-15 18:30")
t.run("meeting", "attend", f"{W}@2026-10-15", "Ivy Keys", "--present")
t.run("meeting", "attend", f"{W}@2026-10-15", "Jon Lane", "Kit Moss", "--absent")
rows = t.json("report", "attendance", "--by", "sector", "--area", "Worcestershire")
t.check("a termly group's sectors: the day nursery attended its meeting, the pre-school did not",
        {r["name"]: (r["recorded"], r["rate"]) for r in rows}
        == {"Day nursery": (1, 100.0), "Pre-school": (1, 0.0)}, rows)

below = t.json("report", "attendance", "--by", "organisation", "--area", "Kent", "--below", "60%")
t.check("--below keeps the organisations under 60% of meetings",
        sorted(r["name"] for r in below) == sorted([orgs["district council"], orgs["NHS/CCG"]]),
        below)
t.finish()
