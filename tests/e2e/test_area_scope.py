#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""One scope rule for --area (issue 15): "this area and the areas inside it". Kent's twelve
districts each have an LCPG with a member setting, a grant, a local indicator, a meeting held
and one coming; Dover has a locality, Deal, with its own hub; Medway, beside Kent and not in
it, has the same. Every command that takes --area (read from the command table, so a new one
cannot be missed) either narrows by the rule, checked here for Kent, Dover and Deal, or names
one area, listed here."""
import json
import sys

from kent import DISTRICTS, add_county, lcpg
from lpgtest import Scenario

t = Scenario(sys.argv[1], "area-scope")
t.now("2026-11-30T09:00")
add_county(t, with_groups=False)
t.run("area", "add", "Deal", "--parent", "Dover")
t.run("area", "add", "Medway", "--code", "E06000035")
t.run("indicator", "add", "Children in good level of development", "--outcome",
      "Best start in life", "--unit", "percent", "--better", "higher")

# Each place: a group, a member setting with a contact, a held meeting with attendance, one
# coming up, a grant, a local indicator, and a value of the countywide one.
PLACES = {d: lcpg(d) for d in DISTRICTS}
PLACES["Deal"] = "Deal Early Years Hub"
PLACES["Medway"] = "Medway Partnership"
for area, group in PLACES.items():
    t.run("group", "add", group, "--kind", "hub" if area == "Deal" else "partnership", "--area", area)
    setting = f"{area} Pre-school"
    t.run("org", "add", setting, "--sector", "pre-school", "--area", area)
    t.run("member", "add", group, "--org", setting, "--from", "2026-09-01")
    t.run("person", "add", f"{area} Lead", "--org", setting, "--email",
          f"lead@{area.lower().replace(' ', '-')}.example.org")
    t.run("meeting", "schedule", group, "--at", "2026-11-04 10:00")
    t.run("meeting", "schedule", group, "--at", "2026-12-09 10:00")
    t.run("meeting", "attend", f"{group}@2026-11-04", f"{area} Lead", "--present")
    t.run("grant", "add", group, "--to", setting, "--project", f"{area} play sessions",
          "--amount", "1000", "--awarded", "2026-10-01")
    t.run("indicator", "add", f"{area} local measure", "--outcome", "Best start in life",
          "--unit", "count", "--better", "lower", "--local-to", group)
    t.run("indicator", "record", "Children in good level of development", "--area", area,
          "--period", "2025/26", "--value", "70")

KENT = set(DISTRICTS) | {"Deal"}
SCOPES = {"Kent": KENT, "Dover": {"Dover", "Deal"}, "Deal": {"Deal"}, "Medway": {"Medway"}}
AREA_OF = {group: area for area, group in PLACES.items()}


def rows(*args):
    return json.loads(t.run(*args, "--format", "json").stdout)


def areas_of_groups(names):
    return {AREA_OF[n] for n in names}


# What each narrowing command shows for --area A, as the set of areas it covers.
NARROWS = {
    "group list": lambda a: {r["area"] for r in rows("group", "list", "--area", a)},
    "org list": lambda a: {r["area"] for r in rows("org", "list", "--area", a)},
    "indicator list": lambda a: areas_of_groups(
        r["local_to"] for r in rows("indicator", "list", "--area", a) if r["local_to"]),
    "indicator show": lambda a: {v["area"] for v in rows(
        "indicator", "show", "Children in good level of development", "--area", a)["values"]},
    "grant list": lambda a: areas_of_groups(r["group"] for r in rows("grant", "list", "--area", a)),
    "report grants": lambda a: {r["name"] for r in rows("report", "grants", "--area", a)
                                if r["by"] == "area"},
    "report reminders": lambda a: areas_of_groups(
        r["group"] for r in rows("report", "reminders", "--within", "30d", "--area", a)),
    "report composition": lambda a: {
        o["area"] for o in rows("org", "list") if o["name"].endswith("Pre-school")
    } if rows("report", "composition", "--area", a)["total"] == len(SCOPES[a]) else set(),
    "report attendance": lambda a: areas_of_groups(
        r["name"] for r in rows("report", "attendance", "--by", "group", "--area", a)),
    "report compliance": lambda a: areas_of_groups(
        r["group"] for r in rows("report", "compliance", "--from", "2026-09-01", "--to",
                                 "2026-11-30", "--area", a)),
    "report directory": lambda a: areas_of_groups(
        r["groups"] for r in rows("report", "directory", "--area", a)),
    "mail invitations": lambda a: areas_of_groups(
        r["group"] for r in rows("mail", "invitations", "--dry-run", "--within", "30d", "--area", a)),
    "export registry": lambda a: areas_of_groups(
        o["name"] for o in json.loads(t.run("export", "registry", "--area", a).stdout)["organizations"]
        if o["name"] in AREA_OF),
}
# Composition reports counts, not names: the right count for the scope is the check.
NARROWS["report composition"] = lambda a: SCOPES[a] if rows(
    "report", "composition", "--area", a)["total"] == len(SCOPES[a]) else {"wrong count"}

# Commands where --area names one area: the area a group serves, an organisation is in, a
# value is for, or whose dashboard is drawn.
NAMES_ONE = {"group add", "group edit", "org add", "org edit", "indicator record",
             "report dashboard"}

commands = rows("__commands")
with_area = {r["command"][4:] for r in commands if "--area" in r["options"].split()}
t.check("every command with --area is either checked here or names one area",
        with_area == set(NARROWS) | NAMES_ONE,
        f"not covered: {sorted(with_area - set(NARROWS) - NAMES_ONE)}; "
        f"gone: {sorted(set(NARROWS) | NAMES_ONE - with_area)}")

for command, shows in sorted(NARROWS.items()):
    for area, expected in SCOPES.items():
        got = shows(area)
        t.check(f"{command} --area {area}: this area and the areas inside it", got == expected,
                f"got {sorted(got)}")

# The dashboard is one area's page: Dover's shows its own LCPG's local indicator, not Deal's.
dash = rows("report", "dashboard", "--area", "Dover")
names = {line["indicator"] for line in dash}
t.check("report dashboard --area Dover: Dover's indicators, not the locality's",
        "Dover local measure" in names and "Deal local measure" not in names, names)

# The refusal is the same everywhere: an unknown area, exit 66, naming it.
for command in sorted(NARROWS):
    args = command.split() + {"indicator show": ["Children in good level of development"],
                              "mail invitations": ["--dry-run"]}.get(command, [])
    r = t.run(*args, "--area", "Kent County", ok=False)
    t.check(f"{command} --area with an unknown area: exit 66",
            r.returncode == 66 and b'area "Kent County" not found' in r.stderr,
            f"{r.returncode} {r.stderr.decode()}")
t.finish()
