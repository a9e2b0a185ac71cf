#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Real commands at once: two processes recording attendance, one importing a register and one
scheduling meetings, while another runs reports. Every write lands (nobody fails with "database
is locked" inside the busy timeout) and every report sees whole commands only."""
import os
import subprocess
import sys
import threading

from lpgtest import Scenario

GEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "gen_ofsted.py")
t = Scenario(sys.argv[1], "concurrent")
t.now("2026-12-01T09:00")
t.run("group", "add", "Hub", "--kind", "hub")
PEOPLE = 40
for i in range(PEOPLE):
    t.run("person", "add", f"Person {i}", "--email", f"p{i}@example.org")
    t.run("member", "add", "Hub", "--person", f"p{i}@example.org", "--from", "2026-09-01")
for day in range(1, 21):
    t.run("meeting", "schedule", "Hub", "--at", f"2026-11-{day:02d} 10:00", "--allow-weekends")
with open(t.path("ofsted.csv"), "wb") as f:
    subprocess.run([sys.executable, GEN, "3000", "7"], stdout=f, check=True)

failures = []
done = threading.Event()


def run(*args):
    r = t.run(*args, ok=False)
    if r.returncode != 0:
        failures.append(f"lpg {' '.join(args)}: exit {r.returncode}: {r.stderr.decode()}")


def attender(first):
    for meeting in range(first, 21, 2):
        run("meeting", "attend", str(meeting), *[f"p{i}@example.org" for i in range(PEOPLE)],
            "--present")


def importer():
    run("-q", "import", "orgs", t.path("ofsted.csv"), "--source", "ofsted")


def scheduler():
    for g in range(5):
        run("group", "add", f"Board {g}", "--kind", "board")
        run("-q", "meeting", "schedule", f"Board {g}", "--every", "1w", "--from", "2027-01-04",
            "--until", "2027-12-31", "--allow-weekends")


seen = []


def reporter():
    while not done.is_set():
        r = t.run("report", "attendance", "--by", "group", "--from", "2026-11-01", "--to",
                  "2026-11-30", "--format", "csv", ok=False)
        if r.returncode != 0:
            failures.append(f"report: exit {r.returncode}: {r.stderr.decode()}")
        else:
            seen.append(r.stdout.decode())


writers = [threading.Thread(target=attender, args=(1,)), threading.Thread(target=attender, args=(2,)),
           threading.Thread(target=importer), threading.Thread(target=scheduler)]
read = threading.Thread(target=reporter)
read.start()
for w in writers:
    w.start()
for w in writers:
    w.join()
done.set()
read.join()

t.check("no command failed (none saw 'database is locked')", not failures, "\n".join(failures[:5]))
rows = t.json("meeting", "show", "20")["attendance"]
t.check("every attendance landed", len(rows) == PEOPLE, len(rows))
total = sum(len(t.json("meeting", "show", str(m))["attendance"]) for m in range(1, 21))
t.check("all 20 meetings fully recorded", total == 20 * PEOPLE, total)
t.check("the import landed whole", len(t.json("org", "list")) == 3000)
boards = [m for m in t.json("meeting", "list") if m["group"].startswith("Board")]
t.check("every schedule landed whole", len(boards) == 5 * 52, len(boards))
t.check(f"reports ran alongside ({len(seen)} times)", len(seen) > 0)
# Attendance is recorded a meeting at a time: a report may see 0 to 20 meetings' worth, but
# never part of one meeting's 40 people.
def recorded(report):  # the "recorded" column of each group row
    return [int(line.split(",")[2]) for line in report.strip().splitlines()[1:]]


partial = [s for s in seen if any(n % PEOPLE for n in recorded(s))]
t.check("no report saw part of a command", not partial, partial[:1])
t.finish()
