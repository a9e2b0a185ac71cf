#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The full cycle of a meeting: schedule, attend, minutes, actions, approval at the next
meeting, submission; what is owed as the clock moves; actions carried twice; encodings; and
every refusal of the minutes and actions issue, each leaving the data as it was."""
import sys

from lpgtest import Scenario

t = Scenario(sys.argv[1], "cycle")
t.config('[minutes]\nofficer = "Early Years Team <earlyyears@example.gov.uk>"\ndeadline = "14d"\n')
G = "Bicester LCPG"
t.run("group", "add", G, "--kind", "partnership")
t.run("group", "add", "Banbury Hub", "--kind", "hub")
t.run("person", "add", "Sam Patel", "--email", "sam@example.org")
t.run("person", "add", "Jo Bloggs", "--email", "jo@example.org")
t.run("member", "add", G, "--person", "Sam Patel", "--role", "chair", "--from", "2026-09-01")
t.run("member", "add", G, "--person", "Jo Bloggs", "--from", "2026-09-01")
for at in ["2026-10-08 18:30", "2026-11-19 18:30", "2027-01-14 18:30"]:
    t.run("meeting", "schedule", G, "--at", at)
t.run("meeting", "schedule", "Banbury Hub", "--at", "2026-10-20 10:00")
t.run("meeting", "schedule", G, "--at", "2026-12-03 18:30")
t.run("meeting", "cancel", "5", "--reason", "Clashes with the board")
m1, m2, m3, hub = "1", "2", "3", "4"

# Before the first meeting: no minutes can be recorded.
minutes = t.write("minutes.md", "# Minutes\n\nWelcome. Sam chaired.\n")
unchanged = [["minutes", "list", "--format", "csv"], ["action", "list", "--format", "csv"]]
t.refused("minutes for a meeting not yet held", ["minutes", "add", m1, "--file", minutes], 65,
          "has not happened yet", unchanged)

t.now("2026-10-09T09:00")
t.run("meeting", "attend", m1, "Sam Patel", "--present")
t.run("meeting", "attend", m1, "Jo Bloggs", "--apologies")
t.run("minutes", "add", m1, "--file", minutes, "--by", "Jo Bloggs")
t.check("nothing owed the day after", t.json("minutes", "list", "--owed") == [])
a = t.json("action", "add", m1, "Circulate the transition pack", "--owner", "Sam Patel",
           "--due", "2026-11-01")
t.check("action recorded open", a["status"] == "open" and a["owner"] == "Sam Patel")

# Refusals on minutes and actions.
t.refused("minutes for a cancelled meeting", ["minutes", "add", "5", "--file", minutes], 65,
          "was cancelled", unchanged)
t.refused("minutes twice", ["minutes", "add", m1, "--file", minutes], 65, "already has minutes",
          unchanged)
t.refused("an empty file", ["minutes", "edit", m1, "--file", t.write("empty.md", " \n\n")], 65,
          "the minutes are empty", unchanged)
t.refused("a binary file", ["minutes", "edit", m1, "--file", t.write("x.bin", b"PK\x03\x04\x00\x00")],
          65, "binary", unchanged)
t.refused("a terminal escape in the minutes",
          ["minutes", "edit", m1, "--file", t.write("esc.md", "Minutes\n\x1b]0;owned\x07 text\n")],
          65, "minutes: control character U+001B at line 2", unchanged)
t.refused("a file over 5 MB", ["minutes", "edit", m1, "--file", t.write("big.md", "x" * (5 * 1024 * 1024 + 1))],
          65, "at most 5 MB", unchanged)
t.refused("an action due before its meeting",
          ["action", "add", m1, "Too early", "--owner", "Sam Patel", "--due", "2026-10-01"], 65,
          "before the meeting", unchanged)
t.refused("an owner who does not exist",
          ["action", "add", m1, "Nobody", "--owner", "Nobody Atall"], 66,
          "no person or organisation", unchanged)
t.refused("an action from a future meeting",
          ["action", "add", m3, "Later", "--owner", "Sam Patel"], 65, "scheduled", unchanged)

# Windows-1252 minutes are converted, not mangled.
t.run("minutes", "edit", m1, "--file", t.write("cp1252.txt", "Zo\xeb\x92s caf\xe9 \x96 notes\r\n".encode("latin-1")))
shown = t.run("minutes", "show", m1, "--format", "text").stdout.decode()
t.check("Windows-1252 converted to UTF-8", "Zoë’s café – notes" in shown, shown)
history = t.json("minutes", "history", m1)
t.check("both versions kept", [v["version"] for v in history] == [1, 2])
t.check("conversion recorded", history[1]["converted"] == "from Windows-1252")
md = t.run("minutes", "show", m1).stdout.decode()
t.check("markdown header names the group and attendance",
        md.startswith(f"# {G} — 8 Oct 2026") and "**Apologies:** Jo Bloggs" in md, md)

# Past the 14-day deadline without submission: owed.
t.now("2026-10-30T09:00")
owed = t.json("minutes", "list", "--owed")
t.check("not submitted after 14 days", [(o["meeting"], o["owed"]) for o in owed] == [(1, "not submitted")], owed)
t.check("the action is not overdue before its due date", t.json("action", "list", "--overdue") == [])
t.run("minutes", "submit", m1, "--on", "2026-10-30")
t.check("submitted to the configured officer",
        t.json("minutes", "show", m1)["submitted_to"] == "Early Years Team <earlyyears@example.gov.uk>")
t.check("nothing owed once submitted", t.json("minutes", "list", "--owed") == [])

# After the next meeting: approval is owed, and can only be given by a later meeting.
t.now("2026-11-20T09:00")
t.check("the action is overdue after its due date", [a["id"] for a in t.json("action", "list", "--overdue")] == [1])
owed = t.json("minutes", "list", "--owed", "--group", G)
t.check("approval owed once the next meeting has been held", [(o["meeting"], o["owed"]) for o in owed] == [(1, "not approved")], owed)
unchanged.append(["minutes", "show", m1, "--format", "json"])
t.refused("approval at another group's meeting", ["minutes", "approve", m1, "--at", hub], 65,
          "approved by their own group", unchanged)
t.refused("approval at a meeting not yet held", ["minutes", "approve", m1, "--at", m3], 65,
          "has not happened yet", unchanged)
t.run("minutes", "add", m2, "-", stdin=b"Second meeting.\n")
t.refused("approval at an earlier meeting", ["minutes", "approve", m2, "--at", m1], 65,
          "is not after", unchanged)
approved = t.json("minutes", "approve", m1, "--at", m2)
t.check("approved at the next meeting", approved["approved_at"] == 2 and approved["approved_on"] == "2026-11-19")

# Carry the action forward twice; it keeps its history and lands on each agenda.
t.run("action", "carry", "1", "--to", m2)
t.refused("carrying backwards", ["action", "carry", "1", "--to", m1], 65, "not a later", unchanged)
t.run("action", "carry", "1", "--to", m3)
shown = t.json("action", "show", "1")
t.check("carried twice, history kept", shown["carried_to"] == "meeting 2 (2026-11-19), meeting 3 (2027-01-14)", shown)
agenda = t.json("meeting", "agenda", "list", m3)
t.check("on the next agenda", agenda and agenda[0]["title"].startswith("Action 1 (from 2026-10-08)"), agenda)

# The owner leaves: the action stays in the open list, marked orphaned.
t.run("member", "end", G, "--person", "Sam Patel", "--on", "2026-11-20")
open_actions = t.json("action", "list", "--open")
t.check("orphaned action still listed", [(a["id"], a["orphaned"]) for a in open_actions] == [(1, True)], open_actions)
t.run("action", "done", "1", "--note", "Sent by email")
t.check("done leaves the open list", t.json("action", "list", "--open") == [])
t.refused("done twice", ["action", "done", "1"], 65, "was done on", unchanged)

# End-of-term deadlines: owed only once the term containing the meeting has ended.
t.config('[minutes]\nofficer = "EY <ey@example.gov.uk>"\ndeadline = "end-of-term"\n')
t.run("term", "add", "2026/27", "autumn", "--start", "2026-09-03", "--end", "2026-12-18")
t.now("2026-12-18T17:00")
t.check("not owed on the last day of term", all(o["meeting"] != 2 or "not submitted" not in o["owed"] for o in t.json("minutes", "list", "--owed")))
t.now("2026-12-19T09:00")
owed = {o["meeting"]: o["owed"] for o in t.json("minutes", "list", "--owed", "--group", G)}
t.check("owed the day after the term ends", owed.get(2) == "not submitted", owed)
t.check("due is the end of term", {o["meeting"]: o["due"] for o in t.json("minutes", "list")}[2] == "2026-12-18")

t.finish()
