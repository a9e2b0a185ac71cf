#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""What each kind of group must have comes from the configuration (issue 15).

report compliance asked every kind of group for a safeguarding lead and every minutes record
for submission to the officer. The seeds' groups differ: a Kent district group (partnership)
must fill four roles by its terms of reference and send its minutes on; a Worcestershire
termly group (hub) sends minutes to the officer but has no safeguarding lead; the countywide
board keeps its own minutes; the chairs group keeps none. [requirements] and
[requirements.KIND] say so, and compliance, group show and the minutes owed all follow."""
import sys

from lpgtest import Scenario

t = Scenario(sys.argv[1], "requirements")
CATEGORIES = '[core_categories]\npartnership = ["district council", "police"]\n'
t.config(CATEGORIES)
t.now("2026-09-01T09:00")
t.run("term", "add", "2026/27", "autumn", "--start", "2026-09-03", "--end", "2026-12-18")
GROUPS = {"Ashford LCPG": "partnership", "Malvern Early Years": "hub",
          "Children's Health and Wellbeing Board": "board", "LCPG Chairs Group": "chairs"}
for i, (name, kind) in enumerate(GROUPS.items()):
    t.run("group", "add", name, "--kind", kind, "--cadence", "termly")
    t.run("person", "add", f"Chair {i}", "--email", f"chair{i}@example.org")
    t.run("member", "add", name, "--person", f"chair{i}@example.org", "--role", "chair",
          "--from", "2026-09-01")
    t.run("meeting", "schedule", name, "--at", f"2026-10-{13 + i} 10:00")
t.run("org", "add", "Ashford Borough Council", "--sector", "district-council")
t.run("org", "add", "Kent Police", "--sector", "police")
t.run("member", "add", "Ashford LCPG", "--org", "Ashford Borough Council", "--core",
      "district council", "--from", "2026-09-01")
t.run("person", "add", "Ann Lead", "--email", "ann@example.org")
t.run("member", "add", "Ashford LCPG", "--person", "ann@example.org", "--role",
      "safeguarding-lead", "--from", "2026-09-01")
# Minutes: written in time for all four, submitted only for the district group and the hub.
t.now("2026-10-20T09:00")
minutes = t.write("minutes.md", "# Minutes\n\nHeld.\n")
for i, name in enumerate(list(GROUPS)[:3]):
    t.run("minutes", "add", f"{name}@2026-10-{13 + i}", "--file", minutes)
for i, name in enumerate(list(GROUPS)[:2]):
    t.run("minutes", "submit", f"{name}@2026-10-{13 + i}", "--to", "Officer <o@example.gov.uk>")
t.now("2026-12-10T09:00")


def gaps():
    return {line["group"]: line["gaps"] for line in t.json("report", "compliance")}


# The defaults are what lpg always asked: a chair, a safeguarding lead, minutes submitted.
before = gaps()
t.check("default: the hub is asked for a safeguarding lead",
        before["Malvern Early Years"] == "no safeguarding lead", before)
t.check("default: the board's unsubmitted minutes are a gap",
        "minutes on time for 0 of 1" in before["Children's Health and Wellbeing Board"], before)
t.check("default: the district group lacks a core category",
        before["Ashford LCPG"] == "core category unfilled: police", before)
t.run("member", "add", "Ashford LCPG", "--org", "Kent Police", "--core", "police", "--from",
      "2026-09-01")

t.config(CATEGORIES + """
[requirements]
roles = ["chair"]

[requirements.partnership]
roles = ["chair", "coordinator", "safeguarding-lead", "hwb-link"]

[requirements.board]
minutes = "recorded"

[requirements.chairs]
minutes = "none"
""")
after = gaps()
t.check("the hub needs only a chair now", after["Malvern Early Years"] == "", after)
t.check("the district group needs its four roles",
        after["Ashford LCPG"] == "no coordinator; no HWB link", after)
t.check("the board's minutes count when recorded in time",
        after["Children's Health and Wellbeing Board"] == "", after)
t.check("the chairs group is asked for no minutes", after["LCPG Chairs Group"] == "", after)
lines = {line["group"]: line for line in t.json("report", "compliance")}
t.check("compliance names the rule and the missing roles",
        (lines["LCPG Chairs Group"]["minutes_rule"], lines["LCPG Chairs Group"]["minutes_due"],
         lines["Ashford LCPG"]["missing_roles"]) == ("none", 0, "coordinator, hwb-link"), lines)
shown = t.json("group", "show", "Ashford LCPG")["missing"]
t.check("group show asks what compliance asks", [g["gap"] for g in shown] == ["no coordinator", "no HWB link"],
        shown)
t.check("group show of the hub: nothing missing",
        t.json("group", "show", "Malvern Early Years")["missing"] == [])
owed = {m["group"] for m in t.json("minutes", "list", "--owed")}
t.check("minutes owed follow the kinds: none of the board or the chairs group", owed == set(),
        owed)

# A kind's minutes rule asks for what it says, and no more: the board's next meeting has no
# minutes yet, so they are owed; the chairs group's are not.
t.run("meeting", "schedule", "Children's Health and Wellbeing Board", "--at", "2026-11-10 10:00")
t.run("meeting", "schedule", "LCPG Chairs Group", "--at", "2026-11-11 10:00")
owed = {(m["group"], m["owed"]) for m in t.json("minutes", "list", "--owed")}
t.check("the board owes minutes it has not written, never their submission",
        ("Children's Health and Wellbeing Board", "no minutes") in owed and
        not any(g == "LCPG Chairs Group" for g, _ in owed), owed)

# Mistakes in the configuration are refused, naming the place.
unchanged = [["group", "list", "--format", "csv"]]
for what, text, message in [
        ("a kind that does not exist", '[requirements.hubs]\nroles = ["chair"]\n',
         "bad.toml:1:1: [requirements.hubs] is not a kind of group"),
        ("an unknown role", '[requirements.hub]\nroles = ["chairman"]\n',
         "bad.toml:2:9: requirements.hub.roles names an unknown role \"chairman\""),
        ("an unknown minutes rule", '[requirements]\nminutes = "emailed"\n',
         'requirements.minutes = "emailed" is not one of: submitted, recorded, none'),
        ("an unknown key", '[requirements.hub]\ncategories = []\n',
         "unknown key 'requirements.hub.categories'")]:
    bad = t.write("bad.toml", text)
    t.refused(what, ["--config", bad, "report", "compliance"], 78, message, unchanged)
t.finish()
