#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The quorum as committees count it (issue 15), on Kent's district groups: a member
organisation is present when any of its people is present or it is represented; a person
counts once however many memberships apply; N/M is over the core members current on the day;
a plain N counts members present. `meeting show` says who counted and why."""
import sys

from kent import add_core_members, add_county, lcpg
from lpgtest import Scenario

t = Scenario(sys.argv[1], "quorum")
t.now("2026-11-30T09:00")
add_county(t)
DOVER = lcpg("Dover")
t.run("group", "edit", DOVER, "--quorum", "1/2")
orgs = add_core_members(t, "Dover", ["district council", "police", "NHS/CCG",
                                     "schools and FE colleges"])
council, police = orgs["district council"], orgs["police"]
# A fifth core member who left before the meeting, and one who joins after it: not counted.
t.run("org", "add", "Dover Housing Team", "--sector", "housing", "--area", "Dover")
t.run("member", "add", DOVER, "--org", "Dover Housing Team", "--core", "housing", "--from",
      "2026-09-01")
t.run("member", "end", DOVER, "--org", "Dover Housing Team", "--on", "2026-10-01")
t.run("org", "add", "Dover Public Health", "--sector", "public-health", "--area", "Dover")
t.run("member", "add", DOVER, "--org", "Dover Public Health", "--core", "public health",
      "--from", "2026-12-01")
# The chair and the co-ordinator are members in their own right and belong to none of them.
t.run("person", "add", "Alex Chair", "--email", "alex@example.org")
t.run("person", "add", "Bea Coordinator", "--email", "bea@example.org")
t.run("member", "add", DOVER, "--person", "alex@example.org", "--role", "chair", "--from",
      "2026-09-01")
t.run("member", "add", DOVER, "--person", "bea@example.org", "--role", "coordinator", "--from",
      "2026-09-01")
t.run("meeting", "schedule", DOVER, "--at", "2026-11-04 10:00")
M = f"{DOVER}@2026-11-04"


def show():
    return t.json("meeting", "show", M)


def why(q, member):
    return next((m for m in q.get("members", []) if m["member"] == member), {})


# The example: chair and co-ordinator attend, no core member does.
t.run("meeting", "attend", M, "alex@example.org", "bea@example.org", "--present")
q = show()
t.check("1/2 of the core members current on the day: 4 of them, 2 needed",
        q.get("quorum_of") == "4 core members on 2026-11-04" and q["quorum_required"] == 2, q)
t.check("chair and co-ordinator alone: nobody counted, not quorate",
        q.get("quorum_counted") == 0 and q["quorate"] is False, q)
t.check("both attending as members", q["members_attending"] == 2, q)
t.check("the chair's membership says why it does not count",
        why(q, "Alex Chair").get("why") == "additional member: 1/2 counts core members only", q)
t.check("the members table lists only memberships current on the day",
        {m["member"] for m in q.get("members", [])} == set(orgs.values()) | {"Alex Chair", "Bea Coordinator"})

# A council present at the meeting: one councillor came, an officer sent apologies.
t.run("person", "add", "Cllr Dee Evans", "--org", council)
t.run("person", "add", "Eli Officer", "--org", council)
t.run("meeting", "attend", M, "Cllr Dee Evans", "--present")
t.run("meeting", "attend", M, "Eli Officer", "--apologies")
q = show()
t.check("the council is present when one of its people is", why(q, council).get("counted") is True
        and why(q, council).get("why") == "Cllr Dee Evans present", why(q, council))
t.check("one core member counted: not yet quorate", q.get("quorum_counted") == 1 and not q["quorate"])

# The police are represented: an inspector sent a sergeant in her place.
t.run("person", "add", "Insp Fay Green", "--org", police)
t.run("person", "add", "Sgt Gil Hart", "--org", police)
t.run("meeting", "attend", M, "Insp Fay Green", "--represented-by", "Sgt Gil Hart")
q = show()
t.check("a represented organisation is present",
        why(q, police).get("why") == "Insp Fay Green represented by Sgt Gil Hart", why(q, police))
t.check("two of four core members: quorate", q.get("quorum_counted") == 2 and q["quorate"] is True, q)
t.check("an absent core member says so",
        why(q, orgs["NHS/CCG"]).get("why") == "no one present or represented", q)

table = t.run("meeting", "show", M).stdout.decode()
t.check("the table says what the quorum is of and who counted",
        "quorum of:         4 core members on 2026-11-04" in table
        and "members counted:   2" in table and "Cllr Dee Evans present" in table, table)

# A plain N counts members present, each person once: the council's officer who is also a
# member in her own right stands for one member, not two.
G = lcpg("Thanet")
t.run("group", "edit", G, "--quorum", "2")
t.run("org", "add", "Thanet District Council", "--sector", "district-council", "--area", "Thanet")
t.run("person", "add", "Hana Iqbal", "--org", "Thanet District Council")
t.run("person", "add", "Ivo James", "--org", "Thanet District Council")
t.run("member", "add", G, "--org", "Thanet District Council", "--core", "district council",
      "--from", "2026-09-01")
t.run("member", "add", G, "--person", "Hana Iqbal", "--role", "safeguarding-lead", "--from",
      "2026-09-01")
t.run("meeting", "schedule", G, "--at", "2026-11-05 10:00")
T = f"{G}@2026-11-05"
t.run("meeting", "attend", T, "Hana Iqbal", "--present")
q = t.json("meeting", "show", T)
t.check("a person who is a member and whose council is a member counts once",
        q.get("quorum_of") == "members present" and q.get("quorum_counted") == 1
        and q["members_attending"] == 1 and q["quorate"] is False, q)
second = [m for m in q.get("members", []) if not m["counted"]]
t.check("the membership she could not also fill says she was counted once",
        len(second) == 1 and "Hana Iqbal present, counted once, for" in second[0]["why"], q)
t.run("meeting", "attend", T, "Ivo James", "--present")
q = t.json("meeting", "show", T)
t.check("a colleague present makes the second member: quorate",
        q.get("quorum_counted") == 2 and q["quorate"] is True, q)
t.finish()
