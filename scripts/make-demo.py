#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Builds the demo database through the real lpg commands: a fictional county (Marlshire)
with five areas, district partnership groups and early years groups, about 80 providers of
every sector, people, a year of meetings with attendance, minutes and actions, indicators and
grants. Every name, address and number here is invented.

usage: make-demo.py LPG DB
"""
import json
import os
import random
import subprocess
import sys

LPG, DB = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
HERE = os.path.dirname(os.path.abspath(__file__))
SHARE = os.path.join(HERE, "..", "share", "demo")
rng = random.Random(2026)  # the same demo every time
ENV = dict(os.environ, LPG_DB=DB, LPG_NOW="2026-12-01T09:00", NO_COLOR="1")
ENV["LPG_CONFIG"] = os.path.join(os.path.dirname(DB), "config.toml")


def lpg(*args, stdin=None):
    r = subprocess.run([LPG, *args], env=ENV, input=stdin, capture_output=True)
    if r.returncode != 0:
        sys.exit(f"make-demo: lpg {' '.join(args)}: {r.stderr.decode()}")
    return r.stdout


def lpg_json(*args):
    return json.loads(lpg(*args, "--format", "json"))


AREAS = [("Northbrook", "E07000901", "NB"), ("Eastmere", "E07000902", "EM"),
         ("Westford", "E07000903", "WF"), ("Southgate", "E07000904", "SG"),
         ("Marlbury City", "E06000905", "MB")]
TOWNS = {"Northbrook": "Northbrook", "Eastmere": "Eastmere on Sea", "Westford": "Westford",
         "Southgate": "Southgate", "Marlbury City": "Marlbury"}
SECTORS = (["day-nursery"] * 18 + ["pre-school"] * 22 + ["childminder"] * 14 + ["school"] * 8 +
           ["nursery-school"] * 3 + ["childrens-centre"] * 4)
PARTNERS = [("Northbrook District Council", "district-council", "district council"),
            ("Marlshire County Council", "county-council", "education"),
            ("Marlshire Constabulary", "police", "police"),
            ("Marlshire Community Health NHS Trust", "health", "NHS/CCG"),
            ("Marlshire Public Health", "public-health", "public health"),
            ("Marlshire Children's Social Care", "social-care", "social care"),
            ("Marlshire Early Help", "early-help", "early help"),
            ("Marlshire Homes", "housing", "housing"),
            ("Marlbury College", "further-education", "schools and FE colleges"),
            ("Marlshire Voluntary Action", "voluntary", "voluntary sector"),
            ("Marlshire Children's Commissioning", "commissioning", "children's commissioning")]
FIRST = ["Amira", "Ben", "Chloe", "Dev", "Ellie", "Femi", "Grace", "Harry", "Isla", "Jack",
         "Kiran", "Lily", "Mo", "Niamh", "Owen", "Priya", "Rhys", "Sian", "Tom", "Zoë"]
LAST = ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal",
        "Jones", "Khan", "Lewis", "Morgan", "Nowak", "O'Brien", "Patel", "Roberts", "Singh"]
NAMES = {"day-nursery": "{} Day Nursery", "pre-school": "{} Pre-school",
         "childminder": "{} Childminding", "school": "{} Primary School",
         "nursery-school": "{} Nursery School", "childrens-centre": "{} Children's Centre"}
PLACES = ["Acorns", "Bluebells", "Little Owls", "Rainbow", "St Mary's", "Willow Tree",
          "Busy Bees", "Oak Lane", "Riverside", "Meadow View", "Sunflowers", "Hilltop",
          "Ladybird", "Honeypot", "Brook Street", "Church Lane", "Old School House",
          "Kingfisher", "Foxes", "Puddle Ducks", "Saint Anne's", "Ysgol Fach"]


def postcode(prefix):
    return f"{prefix}{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def main():
    os.makedirs(os.path.dirname(DB), exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(DB + suffix):
            os.remove(DB + suffix)
    lpg("init", "--force", "--config", ENV["LPG_CONFIG"])
    with open(ENV["LPG_CONFIG"], "a") as f:
        f.write("")
    lpg("term", "import", os.path.join(SHARE, "terms.toml"))
    lpg("area", "add", "Marlshire", "--code", "E10000999")
    for name, code, _ in AREAS:
        lpg("area", "add", name, "--code", code, "--parent", "Marlshire")

    lpg("group", "add", "Marlshire Children's Board", "--kind", "board", "--area", "Marlshire",
        "--cadence", "every 2m")
    lpg("group", "add", "Marlshire Health and Wellbeing Board", "--kind", "board",
        "--area", "Marlshire", "--cadence", "every 2m")
    lpg("group", "add", "LCPG Chairs Group", "--kind", "chairs", "--reports-to",
        "Marlshire Children's Board", "--cadence", "every 2m")
    for name, _, _ in AREAS:
        lpg("group", "add", f"{name} LCPG", "--kind", "partnership", "--area", name,
            "--cadence", 'after "Marlshire Children\'s Board" +2w', "--quorum", "1/2",
            "--reports-to", "Marlshire Children's Board",
            "--reports-to", "Marlshire Health and Wellbeing Board")
        lpg("group", "add", f"{name} Early Years Group", "--kind", "hub", "--area", name,
            "--cadence", "termly", "--reports-to", f"{name} LCPG")

    orgs = {}  # area -> [(name, sector)]
    used = set()
    for i, sector in enumerate(SECTORS):
        area, code, prefix = AREAS[i % len(AREAS)]
        while True:
            base = rng.choice(PLACES) if sector != "childminder" else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            name = NAMES[sector].format(base)
            if sector != "childminder":
                name = f"{name}, {TOWNS[area]}" if name in used else name
            if name not in used:
                break
        used.add(name)
        args = ["org", "add", name, "--sector", sector, "--area", area, "--town", TOWNS[area],
                "--postcode", postcode(prefix), "--status", "open"]
        if sector in ("school", "nursery-school"):
            args += ["--dfe-urn", str(120000 + i)]
        else:
            args += ["--ofsted-urn", f"EY{500000 + i}"]
        if sector != "childminder":
            args += ["--address", f"{rng.randint(1, 120)} {rng.choice(['High Street', 'Station Road', 'Church Lane', 'Mill Road'])}",
                     "--phone", f"01{rng.randint(200, 999)} {rng.randint(100000, 999999)}"]
        args += ["--funded", "yes", "--funded-places", str(rng.choice([6, 12, 16, 24, 30, 40]))]
        lpg(*args)
        orgs.setdefault(area, []).append((name, sector))
    for name, sector, _ in PARTNERS:
        lpg("org", "add", name, "--sector", sector, "--area", "Marlshire", "--town", "Marlbury",
            "--postcode", postcode("MB"))

    people = []
    for i in range(45):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}"
        email = name.lower().replace(" ", ".").replace("'", "").replace("ë", "e") + "@example.org"
        area = AREAS[i % len(AREAS)][0]
        org = orgs[area][i % len(orgs[area])][0] if i < 30 else PARTNERS[i % len(PARTNERS)][0]
        lpg("person", "add", name, "--email", email, "--org", org, "--phone",
            f"07700 900{i:03d}")
        people.append((name, email, area, org))

    # Memberships: settings in each early years group (all can host); partners as core members
    # of every LCPG; people in roles.
    for area, _, _ in AREAS:
        eyg = f"{area} Early Years Group"
        for name, sector in orgs[area]:
            lpg("member", "add", eyg, "--org", name, "--from", "2026-09-01",
                *(["--can-host"] if sector != "childminder" else []))
        lcpg = f"{area} LCPG"
        for name, sector, category in PARTNERS[:9 + (area == "Marlbury City")]:
            lpg("member", "add", lcpg, "--org", name, "--core", category, "--from", "2026-04-01")
        lpg("member", "add", lcpg, "--org", orgs[area][0][0], "--core", "early years provider",
            "--from", "2026-04-01")
        local = [p for p in people if p[2] == area]
        lpg("member", "add", lcpg, "--person", local[0][1], "--role", "chair", "--from", "2026-04-01")
        lpg("member", "add", lcpg, "--person", local[1][1], "--role", "coordinator", "--from", "2026-04-01")
        if area != "Westford":  # Westford has no safeguarding lead: the reports say so
            lpg("member", "add", lcpg, "--person", local[2][1], "--role", "safeguarding-lead",
                "--from", "2026-04-01")
        lpg("member", "add", eyg, "--person", local[3][1], "--role", "champion", "--from", "2026-09-01")

    # A year of meetings.
    lpg("meeting", "schedule", "Marlshire Children's Board", "--every", "2m", "--from", "2026-09-08",
        "--until", "2027-07-20", "--time", "10:00", "--venue", "County Hall, Marlbury")
    for area, _, _ in AREAS:
        lpg("meeting", "schedule", f"{area} LCPG", "--after", "Marlshire Children's Board",
            "--weeks", "2", "--year", "2026/27", "--until", "2027-07-01", "--time", "14:00",
            "--host", PARTNERS[0][0] if area == "Northbrook" else PARTNERS[1][0])
        lpg("meeting", "schedule", f"{area} Early Years Group", "--termly", "--year", "2026/27",
            "--week", "6", "--weekday", "wed", "--time", "18:30", "--host", "rotate")
    lpg("meeting", "schedule", "LCPG Chairs Group", "--between", "Northbrook LCPG",
        "Marlshire Children's Board", "--year", "2026/27", "--time", "12:30",
        "--venue", "County Hall, Marlbury")

    # What happened at the meetings already held: attendance, minutes, actions.
    for m in lpg_json("meeting", "list"):
        if m["status"] != "held":
            continue
        members = lpg_json("member", "list", m["group"])
        attendees = [p for p in people if any(x["member"] == p[0] or x["member"] == p[3] for x in members)]
        for k, person in enumerate(attendees):
            status = "--present" if k % 5 else "--apologies"
            lpg("meeting", "attend", str(m["id"]), person[1], status)
        if m["group"].endswith("Early Years Group"):
            continue
        minutes = (f"# {m['group']}\n\n1. Welcome and apologies.\n2. Dashboard: the group "
                   f"reviewed school readiness figures.\n3. Transition: settings shared "
                   f"the summer term plan.\n")
        lpg("minutes", "add", str(m["id"]), "-", "--by", attendees[0][0] if attendees else "clerk",
            stdin=minutes.encode())
        if attendees:
            lpg("action", "add", str(m["id"]), "Circulate the transition pack to all settings",
                "--owner", attendees[0][1], "--due", "2026-12-15")

    # Minutes go to the county officer, and each meeting approves the last one's.
    held = [m for m in lpg_json("meeting", "list") if m["status"] == "held"
            and not m["group"].endswith("Early Years Group")]
    last = {}
    for m in held:
        if m["group"] in last:
            previous = last[m["group"]]
            lpg("minutes", "approve", str(previous["id"]), "--at", str(m["id"]))
            lpg("minutes", "submit", str(previous["id"]), "--to",
                "Early Years Team <earlyyears@marlshire.example.gov.uk>", "--on", m["date"])
        last[m["group"]] = m

    # Indicators, priorities and grants.
    lpg("indicator", "add", "Good level of development", "--outcome", "Children are ready for school",
        "--unit", "percent", "--better", "higher", "--target", "70")
    lpg("indicator", "add", "Funded two-year-old take-up", "--outcome", "Children are ready for school",
        "--unit", "percent", "--better", "higher", "--target", "80")
    lpg("indicator", "add", "Days to first early help contact", "--outcome",
        "Families get help early", "--unit", "days", "--better", "lower", "--target", "10")
    for area, _, _ in AREAS + [("Marlshire", "", "")]:
        for year, base in (("2023/24", 62), ("2024/25", 64), ("2025/26", 66)):
            lpg("indicator", "record", "Good level of development", "--area", area, "--period",
                year, "--value", f"{base + rng.uniform(-4, 4):.1f}")
            lpg("indicator", "record", "Funded two-year-old take-up", "--area", area,
                "--period", year, "--value", f"{base + 10 + rng.uniform(-6, 6):.1f}")
            lpg("indicator", "record", "Days to first early help contact", "--area", area,
                "--period", year, "--value", str(rng.randint(8, 20)))
    for number, (area, _, _) in enumerate(AREAS, start=1):
        lpg("priority", "add", f"{area} LCPG", "--year", "2026/27",
            "Raise the good level of development", "--indicator", "Good level of development")
        lpg("grant", "add", f"{area} LCPG", "--to", orgs[area][1][0], "--project",
            "Story sacks for home learning", "--amount", f"{rng.randint(5, 30) * 100}.00",
            "--awarded", "2026-10-15", "--priority", str(number))


main()
