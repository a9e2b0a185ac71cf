#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Calendar export through a real parser (Debian's python3-icalendar): stable UIDs, SEQUENCE
on change, cancellation, British Summer Time, escaping, folding, and feeds that stay
byte-identical when nothing changed."""
import os
import sys
from datetime import datetime, timezone

from lpgtest import Scenario

try:
    import icalendar
except ImportError:
    print("skipped: python3-icalendar is not installed")
    sys.exit(77)

t = Scenario(sys.argv[1], "ical")
G = "Bicester LCPG"
t.run("group", "add", G, "--kind", "partnership")
t.run("group", "add", "Zoë's Hub", "--kind", "hub")
venue = "Room 2; Town Hall, Market Square, Bicester \\ upstairs"
for at in ["2026-10-22 18:30", "2026-11-05 18:30", "2027-03-25 18:30", "2027-04-01 18:30"]:
    t.run("meeting", "schedule", G, "--at", at, "--venue", venue)
t.run("meeting", "schedule", "Zoë's Hub", "--at", "2027-01-12 15:45")
long_item = "Transition from pre-school to reception: sharing the EYFS profile, " * 3
t.run("meeting", "agenda", "add", "1", long_item.strip())
t.run("meeting", "agenda", "add", "1", "Café budget, Zoë's report; next steps")


def parse(path):
    with open(path, "rb") as f:
        data = f.read()
    return data, icalendar.Calendar.from_ical(data)


out = t.path("lpg.ics")
t.run("meeting", "export", "--ics", out)
raw, cal = parse(out)
events = [c for c in cal.walk("VEVENT")]
t.check("five events", len(events) == 5)
lines = raw.split(b"\r\n")
t.check("CRLF line ends throughout", raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""))
t.check("lines folded at 75 octets", all(len(line) <= 75 for line in lines), max(map(len, lines)))
t.check("folding keeps UTF-8 whole", raw.decode("utf-8") is not None)

starts = {str(e["UID"]): e.decoded("DTSTART") for e in events}
utc = sorted(v.astimezone(timezone.utc).replace(tzinfo=None) for v in starts.values())
expected = [datetime(2026, 10, 22, 17, 30), datetime(2026, 11, 5, 18, 30),
            datetime(2027, 1, 12, 15, 45), datetime(2027, 3, 25, 18, 30),
            datetime(2027, 4, 1, 17, 30)]
t.check("British Summer Time right on both sides of each change", utc == expected, utc)
first = next(e for e in events if e.decoded("DTSTART").astimezone(timezone.utc).month == 10)
t.check("LOCATION unescapes to the venue", str(first["LOCATION"]) == venue, first["LOCATION"])
t.check("DESCRIPTION holds the agenda", "Café budget, Zoë's report; next steps" in str(first["DESCRIPTION"]))
t.check("90 minutes long", first.decoded("DTEND") - first.decoded("DTSTART") == (first.decoded("DTEND") - first.decoded("DTSTART")).__class__(minutes=90))
t.check("CONFIRMED", all(str(e["STATUS"]) == "CONFIRMED" for e in events))

t.run("meeting", "export", "--ics", out)
raw2, _ = parse(out)
t.check("re-export with no change is byte-identical", raw == raw2)

uid_first = str(first["UID"])
sequence_before = int(first["SEQUENCE"])
t.now("2026-09-02T10:00")
t.run("meeting", "move", "1", "--to", "2026-10-21 18:00")
t.run("meeting", "cancel", "2", "--reason", "Half the members at a conference")
t.run("meeting", "export", "--ics", out)
_, cal3 = parse(out)
events3 = {str(e["UID"]): e for e in cal3.walk("VEVENT")}
t.check("the same UIDs after changes", set(events3) == set(starts))
moved = events3[uid_first]
t.check("a moved meeting keeps its UID, its SEQUENCE one higher",
        int(moved["SEQUENCE"]) == sequence_before + 1 and moved.decoded("DTSTART").astimezone(timezone.utc) == datetime(2026, 10, 21, 17, 0, tzinfo=timezone.utc))
cancelled = [e for e in events3.values() if str(e["STATUS"]) == "CANCELLED"]
t.check("a cancelled meeting says so", len(cancelled) == 1 and "conference" in str(cancelled[0]["DESCRIPTION"]))
stamp = moved.decoded("DTSTAMP").astimezone(timezone.utc)
# LPG_NOW is London time: 10:00 BST is 09:00 UTC.
t.check("DTSTAMP moves with the change", stamp == datetime(2026, 9, 2, 9, 0, tzinfo=timezone.utc), stamp)

# A uid from an imported calendar is TEXT: its commas and semicolons are escaped, and one
# that tries to start a property of its own (a line break) never gets in.
t.write("other.csv", "uid,group,date,start\n\"a,b;c@other.example\",Zoë's Hub,2027-02-09,15:45\n")
t.run("import", "meetings", t.path("other.csv"), "--strict")
evil = t.write("evil.csv", "uid,group,date,start\n"
               "\"x@y\r\nATTENDEE:mailto:evil@example.org\",Zoë's Hub,2027-02-16,15:45\n")
r = t.run("import", "meetings", evil, "--strict", ok=False)
t.check("a uid with a line break is refused (exit 65)",
        r.returncode == 65 and b"uid: control character U+000D" in r.stderr, r.stderr)
t.run("meeting", "export", "--ics", out)
raw, cal = parse(out)
uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
t.check("an imported uid with , and ; reads back whole", "a,b;c@other.example" in uids, uids)
t.check("and no property was injected", b"evil@example.org" not in raw)

feed = t.path("feed")
rows = t.json("meeting", "feed", feed)
names = sorted(os.path.basename(r["file"]) for r in rows)
t.check("a feed file per group and all.ics", names == ["all.ics", "bicester-lcpg.ics", "zo-s-hub.ics"], names)
mtimes = {n: os.stat(os.path.join(feed, n)).st_mtime_ns for n in names}
rows = t.json("meeting", "feed", feed)
t.check("rewriting an unchanged feed changes nothing", not any(r["changed"] for r in rows))
t.check("and leaves the files untouched", mtimes == {n: os.stat(os.path.join(feed, n)).st_mtime_ns for n in names})
_, all_cal = parse(os.path.join(feed, "all.ics"))
t.check("all.ics holds every meeting", len(list(all_cal.walk("VEVENT"))) == 6)
t.run("meeting", "agenda", "add", "3", "Budget")
rows = {os.path.basename(r["file"]): r["changed"] for r in t.json("meeting", "feed", feed)}
t.check("an agenda change rewrites that group's feed only",
        rows == {"all.ics": True, "bicester-lcpg.ics": True, "zo-s-hub.ics": False}, rows)
t.finish()
