#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Dates as people see them and files as spreadsheets save them (issue 15).

A co-ordinator with date_style = "uk" reads 14/10/2026 in every table, so she types it back that
way: every date option, GROUP@DATE and the dates of every imported file go through one parser
that reads ISO always and DD/MM/YYYY day first. An export opened and saved again in Excel comes
back with DD/MM/YYYY dates and rows of only commas: the imports take the dates and skip the
blank rows (never a rejection), as every CSV reader does."""
import csv
import io
import sys

from lpgtest import Scenario

t = Scenario(sys.argv[1], "spreadsheet")
t.config('[output]\ndate_style = "uk"\n')
t.now("2026-11-30T09:00")
G = "Bicester LCPG"

# Options in the style the tables print.
t.run("term", "add", "2026/27", "autumn", "--start", "03/09/2026", "--end", "18 Dec 2026",
      "--half-term", "26/10/2026:30/10/2026")
term = t.json("term", "list")[0]
t.check("term add reads DD/MM/YYYY and '18 Dec 2026'",
        (term["start"], term["end"], term["half_term_start"]) ==
        ("2026-09-03", "2026-12-18", "2026-10-26"), term)
t.run("group", "add", G, "--kind", "partnership")
t.run("org", "add", "Little Acorns", "--sector", "pre-school", "--status-since", "1/9/2026")
t.run("person", "add", "Sam Patel", "--email", "sam@example.org")
t.run("person", "add", "Jo Bloggs", "--email", "jo@example.org")
t.run("member", "add", G, "--person", "Sam Patel", "--role", "chair", "--from", "01/09/2026")
t.run("member", "add", G, "--person", "Jo Bloggs", "--from", "01-09-2026")
members = t.json("member", "list", G)
t.check("member add --from in UK form", {m["from"] for m in members} == {"2026-09-01"}, members)
t.run("meeting", "schedule", G, "--at", "14/10/2026 18:30")
table = t.run("meeting", "list").stdout.decode()
t.check("the table prints the UK style", "14/10/2026" in table, table)
shown = t.json("meeting", "show", f"{G}@14/10/2026")
t.check("GROUP@DD/MM/YYYY names the meeting", shown["date"] == "2026-10-14", shown)
t.run("meeting", "attend", f"{G}@14/10/2026", "Sam Patel", "--present")
action = t.json("action", "add", f"{G}@14/10/2026", "Send the pack", "--owner", "Sam Patel",
                "--due", "31/01/2027")
t.check("action add --due in UK form", action["due"] == "2027-01-31", action)
listed = t.json("meeting", "list", "--from", "01/10/2026", "--to", "31 Oct 2026")
t.check("meeting list --from/--to in UK and long form", len(listed) == 1, listed)
t.run("grant", "add", G, "--to", "Little Acorns", "--project", "Books", "--amount", "500",
      "--awarded", "02/11/2026")
t.check("grant add --awarded in UK form",
        t.json("grant", "list")[0]["awarded"] == "2026-11-02")

unchanged = [["export", "actions", "--format", "csv"], ["meeting", "list", "--format", "csv"]]
t.refused("a month-first date", ["action", "add", "1", "Later", "--owner", "Sam Patel", "--due",
                                 "01/31/2027"], 65, "read day first", unchanged)
t.refused("a two-digit year", ["action", "add", "1", "Later", "--owner", "Sam Patel", "--due",
                               "31/01/27"], 65, "write the year in full: 31/01/2027", unchanged)
t.refused("a time without a date", ["meeting", "schedule", G, "--at", "18:30"], 65,
          "a date as well as a time", unchanged)


def excel(text, date_columns, blank_rows=True):
    """The file as Excel saves it again: ISO dates become DD/MM/YYYY, and blank rows (here one
    after the header, one in the middle and two at the end) are rows of commas."""
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    for row in rows[1:]:
        for name in date_columns:
            i = header.index(name)
            if row[i]:
                y, m, d = row[i].split("-")
                row[i] = f"{d}/{m}/{y}"
    blank = [""] * len(header)
    if blank_rows:
        rows = [header, blank] + rows[1:2] + [blank] + rows[2:] + [blank, blank]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def imported(what, path, **expect):
    r = t.json("import", what, path)
    t.check(f"import {what} of the Excel file: nothing rejected", r["rejected"] == 0, r)
    for key, value in expect.items():
        t.check(f"import {what}: {key} {value}", r[key] == value, r)


# Meetings: a second meeting added in Excel, the first moved to 19:00.
text = t.run("export", "meetings", "--format", "csv").stdout.decode()
text += ",,,,,,,,,,,,,\r\n"
rows = list(csv.reader(io.StringIO(text)))
rows[1][rows[0].index("start")] = "19:00"
rows.append(["", "", G, "2027-01-21", "18:30", "90"] + [""] * (len(rows[0]) - 6))
edited = io.StringIO()
csv.writer(edited).writerows(rows)
imported("meetings", t.write("meetings.csv", excel(edited.getvalue(), ["date"])),
         added=1, updated=1)
starts = sorted((m["date"], m["time"]) for m in t.json("meeting", "list"))
t.check("meetings stored on the right days",
        starts == [("2026-10-14", "19:00"), ("2027-01-21", "18:30")], starts)

# Attendance, matched by group and date (the id columns emptied, as a hand-made sheet has).
text = t.run("export", "attendance", "--format", "csv").stdout.decode()
rows = list(csv.reader(io.StringIO(text)))
for row in rows[1:]:
    row[0] = row[1] = ""
rows.append(["", "", G, "2026-10-14", "", "Jo Bloggs", "jo@example.org", "", "", "apologies",
             "", "", "no", ""])
edited = io.StringIO()
csv.writer(edited).writerows(rows)
imported("attendance", t.write("attendance.csv", excel(edited.getvalue(), ["date"])), added=1)
marks = {a["name"]: a["status"] for a in t.json("export", "attendance")}
t.check("attendance by GROUP@DD/MM/YYYY", marks == {"Sam Patel": "present",
                                                    "Jo Bloggs": "apologies"}, marks)

# Actions: the due date changed in Excel.
text = t.run("export", "actions", "--format", "csv").stdout.decode()
rows = list(csv.reader(io.StringIO(text)))
rows[1][rows[0].index("due")] = "2027-02-28"
edited = io.StringIO()
csv.writer(edited).writerows(rows)
imported("actions", t.write("actions.csv", excel(edited.getvalue(), ["meeting_date", "due"])),
         updated=1)
t.check("the action's new due date", t.json("action", "list")[0]["due"] == "2027-02-28")

t.refused("an import row with a month-first date",
          ["import", "actions", "--strict", t.write("us.csv", excel(
              "id,meeting,text,owner,due\n,1,New,Sam Patel,2027-03-15\n", []).replace(
              "2027-03-15", "03/15/2027"))], 65, "due: invalid date '03/15/2027'", unchanged)

# Blank rows in every other reader: none rejected, none refused.
sheet = t.write("sign-in.csv", "name,email,status\r\n,,\r\nSam Patel,sam@example.org,present\r\n"
                ",,\r\nJo Bloggs,jo@example.org,apologies\r\n,,\r\n,,\r\n")
t.run("meeting", "schedule", G, "--at", "25/11/2026 18:30")
signed = t.run("meeting", "attend", f"{G}@25/11/2026", "--from", sheet, ok=False)
t.check("a sign-in sheet with blank rows is read", signed.returncode == 0, signed.stderr)
got = {a["name"]: a["status"] for a in t.json("export", "attendance", "--meeting",
                                              f"{G}@25 November 2026")}
t.check("the sign-in sheet's two people", got == {"Sam Patel": "present",
                                                  "Jo Bloggs": "apologies"}, got)
terms = t.write("terms.csv", "year,term,start,end,half_term_start,half_term_end\r\n,,,,,\r\n"
                "2026/27,spring,04/01/2027,26/03/2027,15/02/2027,19/02/2027\r\n,,,,,\r\n")
r = t.run("term", "import", terms, ok=False)
t.check("term import: blank rows skipped, DD/MM/YYYY read", r.returncode == 0, r.stderr)
t.check("term import stored spring", [x["term"] for x in t.json("term", "list")] ==
        ["autumn", "spring"])
t.run("indicator", "add", "Good level of development", "--outcome", "School readiness",
      "--unit", "percent", "--better", "higher")
t.run("area", "add", "Cherwell")
values = t.write("values.csv", "indicator,area,period,value\r\n,,,\r\n"
                 "Good level of development,Cherwell,2026/27,68.5\r\n,,,\r\n")
r = t.json("indicator", "import", values)
t.check("indicator import: blank rows are not rejected", r["rejected"] == 0 and r["added"] == 1, r)
people = t.write("people.csv", "name,email\r\n,\r\nAnn Jones,ann@example.org\r\n,\r\n")
imported("people", people, added=1)
t.finish()
