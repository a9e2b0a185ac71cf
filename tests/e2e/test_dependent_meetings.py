#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Meetings planned relative to others (issue 15). Kent's twelve LCPGs meet two weeks after
the countywide board, and the chairs group between the LCPGs and the next board. When the
board's February meeting moves from 18 February to 16 March, the districts' 4 March meetings
would come 12 days before the board they follow: `meeting move` names them on stderr,
`--follow` moves them (and the chairs group after them) in one transaction, report compliance
flags any left out of step, and an import that moves the board warns."""
import sys

from kent import BOARD, CHAIRS, DISTRICTS, add_county, lcpg
from lpgtest import Scenario

t = Scenario(sys.argv[1], "dependent")
t.now("2026-11-30T09:00")
add_county(t)
t.run("group", "add", CHAIRS, "--kind", "chairs", "--area", "Kent", "--reports-to", BOARD)
for day in ["2026-12-17", "2027-02-18", "2027-04-22", "2027-06-17"]:
    t.run("meeting", "schedule", BOARD, "--at", f"{day} 10:00")
for d in DISTRICTS:
    t.run("meeting", "schedule", lcpg(d), "--after", BOARD, "--weeks", "2", "--year", "2026/27",
          "--time", "14:00")
t.run("meeting", "schedule", CHAIRS, "--between", lcpg("Dover"), BOARD, "--year", "2026/27",
      "--time", "16:00")


def day_of(group, month):
    """The group's meeting day in a month ("2027-03")."""
    days = [m["date"] for m in t.json("meeting", "list", "--group", group)
            if m["date"].startswith(month) and m["status"] != "cancelled"]
    return days[0] if len(days) == 1 else days


t.check("each district meets two weeks after the board: 4 March",
        all(day_of(lcpg(d), "2027-03") == "2027-03-04" for d in DISTRICTS))
t.check("the chairs group meets between Dover's meeting and the next board",
        day_of(CHAIRS, "2027-03") == "2027-03-29")  # midway is Sunday the 28th

# The move, without --follow: exit 0, nothing else moves, every dependent is named.
r = t.run("meeting", "move", f"{BOARD}@2027-02-18", "--to", "2027-03-16 10:00")
err = r.stderr.decode()
t.check("moving the board names the 14 meetings planned relative to it (12 districts, and the "
        "chairs group before and after it)",
        "lpg: warning: 14 meetings are planned relative to this one:" in err, err)
t.check("the chairs group's January meeting, before the board's, keeps its place",
        f"  {CHAIRS} on 2027-01-25, between {lcpg('Dover')} on 2026-12-31 and {BOARD} on "
        f"2027-03-16: keeps its place\n" in err, err)
t.check("each district's is named with where it stands and where --follow takes it",
        all(f"  {lcpg(d)} on 2027-03-04, 2 weeks after {BOARD} on 2027-03-16: now 12 days before "
            f"it; --follow moves it to 2027-03-30 14:00" in err for d in DISTRICTS), err)
t.check("the chairs group keeps its place until Dover's moves",
        f"  {CHAIRS} on 2027-03-29, between {lcpg('Dover')} on 2027-03-04 and {BOARD} on "
        f"2027-04-22: keeps its place; --follow, moving the others, moves it to 2027-04-12 16:00"
        in err, err)
t.check("the hint offers --follow", "hint: give --follow" in err, err)
t.check("without --follow no district meeting moved",
        all(day_of(lcpg(d), "2027-03") == "2027-03-04" for d in DISTRICTS))

# Report compliance flags the districts' meetings out of step, and only those.
rows = t.json("report", "compliance", "--from", "2027-03-01", "--to", "2027-04-30")
flagged = {r["group"]: r for r in rows if r.get("out_of_step")}
t.check("compliance flags each district's March meeting as out of step",
        set(flagged) == {lcpg(d) for d in DISTRICTS}, sorted(flagged))
t.check("the gap says what the meeting no longer keeps",
        "meeting of 2027-03-04 no longer 2 weeks after " + BOARD + " on 2027-03-16 (12 days "
        "before it)" in flagged.get(lcpg("Dover"), {}).get("gaps", ""), flagged.get(lcpg("Dover")))

# --follow that cannot be done moves nothing: Dover's meeting the day before the board's
# leaves no day between them for the chairs group.
before = t.dump()
r = t.run("meeting", "move", f"{lcpg('Dover')}@2027-03-04", "--to", "2027-04-21 14:00",
          "--follow", ok=False)
t.check("a follow with no day for the chairs group: exit 65, naming it",
        r.returncode == 65 and f"{CHAIRS} on 2027-03-29 cannot follow: no day between" in
        r.stderr.decode(), r.stderr.decode())
t.check("... and nothing moved", t.dump() == before)

# Put it right: the board's meeting again, with --follow, takes every district along, and the
# chairs group after Dover's.
seq_before = t.json("meeting", "show", f"{lcpg('Ashford')}@2027-03-04")["sequence"]
r = t.run("meeting", "move", f"{BOARD}@2027-03-16", "--to", "2027-03-16 11:00", "--follow")
err = r.stderr.decode()
t.check("--follow moves every district meeting two weeks after the board's new day",
        all(day_of(lcpg(d), "2027-03") == "2027-03-30" for d in DISTRICTS), err)
t.check("... and the chairs group between Dover's new day and the next board",
        day_of(CHAIRS, "2027-04") == "2027-04-12", err)
t.check("... saying so, not warning",
        "lpg: 14 meetings are planned relative to this one, and followed it where it had to:" in err
        and "warning" not in err, err)
show = t.json("meeting", "show", f"{lcpg('Ashford')}@2027-03-30")
t.check("a followed meeting keeps its time and its calendar event (sequence bumped)",
        show["time"] == "14:00" and show["sequence"] == seq_before + 1, show)
rows = t.json("report", "compliance", "--from", "2027-03-01", "--to", "2027-04-30")
t.check("nothing out of step after following", all(r.get("out_of_step") == 0 for r in rows),
        [r["gaps"] for r in rows if r.get("out_of_step")])
log = t.run("log", "--format", "json").stdout.decode()
t.check("the audit log says which move each followed", "(follows meeting" in log)

# A district moved by hand out of its place is warned about, and flagged.
r = t.run("meeting", "move", f"{lcpg('Swale')}@2027-03-30", "--to", "2027-03-15 14:00")
t.check("moving a district's meeting before the board it follows warns about it",
        f"lpg: warning: this meeting was planned 2 weeks after {BOARD} on 2027-03-16; it now "
        f"comes 1 day before it" in r.stderr.decode(), r.stderr.decode())

# An import that moves the board's June meeting names the districts left out of step.
export = t.run("export", "meetings", "--group", BOARD, "--format", "csv").stdout.decode()
edited = export.replace("2027-06-17", "2027-06-24")
t.write("board.csv", edited)
r = t.run("import", "meetings", "board.csv")
err = r.stderr.decode()
t.check("import meetings names the district meetings its date change leaves out of step",
        r.returncode == 0 and all(
            f"board.csv: {lcpg(d)} on 2027-07-01 (2 weeks after {BOARD} on 2027-06-24) now comes "
            f"7 days after it" in err for d in DISTRICTS), err)
t.check("... and moves none of them",
        all(day_of(lcpg(d), "2027-07") == "2027-07-01" for d in DISTRICTS))
t.finish()
