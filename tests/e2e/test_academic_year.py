#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""One academic year for the whole program (issue 15).

`term add 2026/2027` was accepted while `meeting schedule --year 2026/2027` was refused, and
the terms counted a year from 1 August while scheduling, indicator periods and grant years
counted it from 1 September. Now every --year reads both spellings, and one rule
(terms.academic_year_starts, "september" by default, or "august") decides where a year begins
for terms, scheduling windows, the reports' default period and grant years alike."""
import datetime
import subprocess
import sys

from lpgtest import Scenario


def county(t):
    t.now("2026-08-10T09:00")
    t.run("area", "add", "Cherwell")
    t.run("group", "add", "Countywide Board", "--kind", "board")
    t.run("group", "add", "Cherwell LCPG", "--kind", "partnership", "--area", "Cherwell")
    t.run("org", "add", "Banbury Young Carers", "--sector", "voluntary")
    t.run("person", "add", "Sam Patel", "--email", "sam@example.org")
    t.run("member", "add", "Cherwell LCPG", "--person", "Sam Patel", "--from", "2026-01-01")


# Both spellings everywhere a year is typed.
t = Scenario(sys.argv[1], "academic-year")
county(t)
t.run("term", "add", "2026/2027", "autumn", "--start", "2026-09-03", "--end", "2026-12-18")
t.run("term", "add", "2026/27", "spring", "--start", "2027-01-04", "--end", "2027-03-26")
t.check("term list --year 2026/2027", len(t.json("term", "list", "--year", "2026/2027")) == 2)
r = t.run("meeting", "schedule", "Countywide Board", "--termly", "--year", "2026/2027",
          "--week", "3", "--weekday", "tue", "--time", "10:00", ok=False)
t.check("meeting schedule --termly --year 2026/2027", r.returncode == 0, r.stderr)
r = t.run("meeting", "schedule", "Cherwell LCPG", "--after", "Countywide Board", "--weeks", "2",
          "--year", "2026/2027", ok=False)
t.check("meeting schedule --after --year 2026/2027", r.returncode == 0, r.stderr)
t.check("two follow-on meetings",
        len(t.json("meeting", "list", "--group", "Cherwell LCPG")) == 2)
t.run("priority", "add", "Cherwell LCPG", "School readiness", "--year", "2026/2027")
t.check("priority add --year 2026/2027 is 2026/27",
        [p["year"] for p in t.json("priority", "list", "--year", "2026/2027")] == ["2026/27"])
t.run("grant", "add", "Cherwell LCPG", "--to", "Banbury Young Carers", "--project", "Cafe",
      "--amount", "300", "--awarded", "2026-10-01")
t.check("grant list --year 2026/2027", len(t.json("grant", "list", "--year", "2026/2027")) == 1)
t.run("indicator", "add", "GLD", "--outcome", "School readiness", "--unit", "percent",
      "--better", "higher")
t.run("indicator", "record", "GLD", "--area", "Cherwell", "--period", "2026/2027", "--value",
      "68")
t.check("indicator record --period 2026/2027 is 2026/27",
        t.json("indicator", "show", "GLD")["values"][0]["period"] == "2026/27")
t.refused("a year that does not follow", ["meeting", "schedule", "Countywide Board", "--termly",
                                          "--year", "2026/2028"], 65,
          "invalid academic year '2026/2028'", [["meeting", "list", "--format", "csv"]])


def one_rule(t, starts, first, last):
    """Every feature draws the year's line on the same day: `first` is the first day of
    2026/27 and `last` its last day."""
    what = f"academic_year_starts = {starts}: "
    # Recorded as history (an import), since 1 August 2026 is a Saturday.
    t.run("import", "meetings", t.write("m.csv", f"group,date,start\nCountywide Board,{first},"
                                        f"10:00\nCountywide Board,{last},10:00\n"
                                        f"Cherwell LCPG,{first},18:00\n"))
    t.now(f"{last}T20:00")
    t.run("meeting", "attend", f"Cherwell LCPG@{first}", "Sam Patel", "--present")
    # Scheduling: --after --year follows the board's meetings of the year, both ends included.
    plan = t.json("meeting", "schedule", "Cherwell LCPG", "--after", "Countywide Board",
                  "--weeks", "1", "--year", "2026/27", "--dry-run")
    t.check(what + "--after --year takes the board's first and last meetings of the year",
            len(plan) == 2, plan)
    # Reports: on the year's last day the default period is the year now ending.
    rows = t.json("report", "attendance")
    t.check(what + "report attendance on the last day covers the year's first meeting",
            len(rows) == 1 and rows[0]["recorded"] == 1, rows)
    # Grants: awarded on the first and the last day are in 2026/27, the day before is not.
    for day in (first, last):
        t.run("grant", "add", "Cherwell LCPG", "--to", "Banbury Young Carers", "--project",
              f"On {day}", "--amount", "10", "--awarded", day)
    t.run("grant", "add", "Cherwell LCPG", "--to", "Banbury Young Carers", "--project",
          "The year before", "--amount", "10", "--awarded", before(first))
    got = sorted(g["project"] for g in t.json("grant", "list", "--year", "2026/27"))
    t.check(what + "grant list --year has the first and last days only",
            got == sorted([f"On {first}", f"On {last}"]), got)
    # Terms: a term may start on the year's first day, not the day before.
    r = t.run("term", "add", "2026/27", "autumn", "--start", before(first), "--end",
              "2026-12-18", ok=False)
    t.check(what + "a term starting the day before the year is refused", r.returncode == 65
            and b"is not inside academic year 2026/27" in r.stderr, r.stderr)
    t.run("term", "add", "2026/27", "autumn", "--start", first, "--end", "2026-12-18")
    day = t.json("term", "day", before(first))
    t.check(what + "the day before is in the year before (uncharted)",
            day["kind"] == "uncharted", day)


def before(iso):
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()


sep = Scenario(sys.argv[1], "academic-year-september")
county(sep)
one_rule(sep, "september (default)", "2026-09-01", "2027-08-31")
aug = Scenario(sys.argv[1], "academic-year-august")
aug.config('[terms]\nacademic_year_starts = "august"\n')
county(aug)
one_rule(aug, "august", "2026-08-01", "2027-07-31")
aug.refused("an unknown month", ["--config", aug.write("bad.toml", '[terms]\nacademic_year_starts'
                                                       ' = "january"\n'), "term", "list"], 78,
            'academic_year_starts = "january" is not one of: august, september', [])

code = 0
for s in (t, sep, aug):
    print(f"{s.name}: {s.checks - len(s.failures)} passed, {len(s.failures)} failed")
    code |= bool(s.failures)
    subprocess.run(["rm", "-rf", s.tmp])
sys.exit(code)
