#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Southampton's launch event (shared/seeds: "the event was held on a Saturday. To encourage
participation..."): one name, --allow-closed, keeps a meeting on a closed day in `meeting
schedule` and `meeting move` alike, and a Saturday asked for with --at and moved to Monday says
so on stderr (issue 15)."""
import sys

from lpgtest import Scenario

t = Scenario(sys.argv[1], "launch")
t.now("2026-09-01T09:00")
G = "Southampton Early Years and Childcare Partnership"
t.run("area", "add", "Southampton", "--code", "E06000045")
t.run("group", "add", G, "--kind", "partnership", "--area", "Southampton")

# Asked for a Saturday without the flag: planned for Monday, exit 0, and stderr says so.
r = t.run("meeting", "schedule", G, "--at", "2026-10-03 10:00", "--dry-run", ok=False)
err = r.stderr.decode()
t.check("a Saturday --at moved to Monday exits 0", r.returncode == 0, r.returncode)
t.check("... and says so on stderr, with the way to keep the day",
        "lpg: warning: the meeting cannot be on 2026-10-03 (a Saturday): it is planned for Mon "
        "2026-10-05 instead" in err and "hint: give --allow-closed to keep the day" in err, err)
t.check("... as the plan's note says", "moved from 2026-10-03 (a Saturday)" in r.stdout.decode())

# --allow-closed keeps the launch on its Saturday.
r = t.run("meeting", "schedule", G, "--at", "2026-10-03 10:00", "--duration", "5h", "--venue",
          "Partners in Excellence, Southampton Guildhall", "--allow-closed")
t.check("--allow-closed keeps the Saturday, quietly", r.stderr == b"", r.stderr.decode())
launch = t.json("meeting", "list", "--group", G)
t.check("the launch event is on Saturday 3 October",
        [(m["date"], m["day"]) for m in launch] == [("2026-10-03", "Sat")], launch)

# The same name moves a meeting onto a Sunday; without it the move is refused.
t.run("meeting", "schedule", G, "--at", "2026-11-12 18:30")
t.refused("a move onto a Sunday without --allow-closed",
          ["meeting", "move", f"{G}@2026-11-12", "--to", "2026-11-15 10:00"], 65,
          "2026-11-15 is closed to meetings: a Sunday",
          [["meeting", "list", "--format", "csv"]])
t.run("meeting", "move", f"{G}@2026-11-12", "--to", "2026-11-15 10:00", "--allow-closed")
t.check("--allow-closed moves it onto the Sunday",
        any(m["date"] == "2026-11-15" for m in t.json("meeting", "list", "--group", G)))

# The old spelling still works, and help shows only the one name.
r = t.run("meeting", "schedule", G, "--at", "2027-01-16 10:00", "--allow-weekends")
t.check("--allow-weekends still keeps a Saturday",
        any(m["date"] == "2027-01-16" for m in t.json("meeting", "list", "--group", G)))
helptext = t.run("meeting", "schedule", "--help").stdout.decode()
t.check("help shows --allow-closed and not the old name",
        "--allow-closed" in helptext and "--allow-weekends" not in helptext, helptext)
t.finish()
