#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Builds a national-scale lpg database for the report benchmark, straight into the schema
(`lpg init` makes the schema; SQL inserts do the rest, in one transaction).

usage: gen_national.py LPG DB [--seed N]

150 areas (15 counties of 9 districts), 3,000 groups (20 an area) at a mix of cadences,
100,000 organisations, 300,000 people, ten academic years of terms (2016/17 to 2026/27) and of
meetings at each group's cadence (about 135,000), about 2 million attendance rows, minutes for
most held meetings (approved at the next), and an action for many. Deterministic for a seed.
"""
import argparse
import datetime as dt
import os
import random
import sqlite3
import subprocess

AREAS, GROUPS, ORGS, PEOPLE = 150, 3000, 100_000, 300_000
ORG_MEMBERS, PERSON_MEMBERS, RECORDED = 18, 3, 15
SECTORS = (["day-nursery"] * 29 + ["pre-school"] * 46 + ["school"] * 4 + ["childminder"] * 21 +
           ["nursery-school", "childrens-centre", "police", "health", "voluntary",
            "district-council", "social-care", "early-help", "housing", "public-health"])
CADENCES = [("termly", None)] * 4 + [("every 2m", 61)] * 3 + [("every 8w", 56)] * 2 + \
    [("3/year", 122)]
STATUSES = ["present"] * 70 + ["apologies"] * 15 + ["absent"] * 10 + ["represented"] * 5
STAMP = "2026-01-01T00:00:00Z"


def terms():
    out = []
    for y in range(2016, 2027):
        out.append((f"{y}/{(y + 1) % 100:02}", "autumn", 1, dt.date(y, 9, 3), dt.date(y, 12, 18)))
        out.append((f"{y}/{(y + 1) % 100:02}", "spring", 2, dt.date(y + 1, 1, 5),
                    dt.date(y + 1, 3, 26)))
        out.append((f"{y}/{(y + 1) % 100:02}", "summer", 3, dt.date(y + 1, 4, 12),
                    dt.date(y + 1, 7, 21)))
    return out


def weekday(day):
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def meeting_days(cadence, step, rnd, term_list):
    if cadence == "termly":
        return [weekday(start + dt.timedelta(days=21 + rnd.randrange(14)))
                for _, _, _, start, _ in term_list]
    day, end, out = dt.date(2016, 9, 5) + dt.timedelta(days=rnd.randrange(step)), \
        dt.date(2026, 12, 31), []
    while day <= end:
        out.append(weekday(day))
        day += dt.timedelta(days=step)
    return out


def registry(db, rnd):
    db.executemany("INSERT INTO area (id, name, name_key, parent_id, created_at) VALUES "
                   "(?, ?, ?, ?, ?)",
                   [(a, f"Area {a}", f"area {a}", None if a <= 15 else (a - 16) // 9 + 1, STAMP)
                    for a in range(1, AREAS + 1)])
    db.executemany("INSERT INTO organisation (id, name, name_key, sector, address, town, postcode,"
                   " area_id, phone, email, funded_places, status, created_at, updated_at) VALUES"
                   " (?, ?, ?, ?, ?, 'Town', 'OX1 1AA', ?, '01865 000000', ?, ?, ?, ?, ?)",
                   [(o, f"Setting {o}", f"setting {o}", rnd.choice(SECTORS), f"{o} High Street",
                     rnd.randrange(1, AREAS + 1), f"o{o}@example.org", rnd.randrange(60),
                     "closed" if rnd.random() < 0.03 else "open", STAMP, STAMP)
                    for o in range(1, ORGS + 1)])
    db.executemany("INSERT INTO person (id, name, name_key, email, org_id, created_at, updated_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [(p, f"Person {p}", f"person {p}", f"p{p}@example.org", (p - 1) // 3 + 1,
                     STAMP, STAMP) for p in range(1, PEOPLE + 1)])
    db.executemany("INSERT INTO term (year, name, seq, start_date, end_date, created_at, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [(y, n, s, a.isoformat(), b.isoformat(), STAMP, STAMP)
                    for y, n, s, a, b in terms()])


def groups(db, rnd):
    """Groups and their members; returns {group: (cadence, step, people who attend)}."""
    out = {}
    rows, members = [], []
    for g in range(1, GROUPS + 1):
        cadence, step = rnd.choice(CADENCES)
        area = (g - 1) // 20 + 1
        rows.append((g, f"Group {g}", f"group {g}", "partnership", area, cadence, STAMP))
        orgs = rnd.sample(range(1, ORGS + 1), ORG_MEMBERS)
        people = [(o - 1) * 3 + 1 for o in orgs]
        for i, o in enumerate(orgs):
            members.append((g, o, None, "core" if i == 0 else "additional",
                            "early years provider" if i == 0 else None, None))
        for i, role in enumerate(["chair", "safeguarding-lead", "coordinator"][:PERSON_MEMBERS]):
            p = rnd.randrange(1, PEOPLE + 1)
            people.append(p)
            members.append((g, None, p, "additional", None, role))
        out[g] = (cadence, step, list(dict.fromkeys(people)))
    db.executemany("INSERT INTO grp (id, name, name_key, kind, area_id, cadence, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO membership (group_id, org_id, person_id, kind, core_category, "
                   "role, from_date) VALUES (?, ?, ?, ?, ?, ?, '2016-01-01')", members)
    return out


def meetings(db, rnd, plan):
    term_list = terms()
    meeting_id, today = 0, dt.date(2026, 11, 30)
    for g, (cadence, step, people) in plan.items():
        rows, marks, minutes, actions = [], [], [], []
        days = meeting_days(cadence, step, rnd, term_list)
        for i, day in enumerate(days):
            meeting_id += 1
            rows.append((meeting_id, g, f"{day.isoformat()} 18:30", f"Venue {g}",
                         f"g{g}-m{meeting_id}@lpg", STAMP, STAMP))
            if day >= today:
                continue
            for p in rnd.sample(people, RECORDED):
                status = rnd.choice(STATUSES)
                deputy = (p + 1 if p < PEOPLE else p - 1) if status == "represented" else None
                marks.append((meeting_id, p, status, deputy, STAMP))
            if rnd.random() < 0.95:  # most minutes written, submitted, approved next time
                submitted = (day + dt.timedelta(days=rnd.randrange(20))).isoformat()
                held_next = i + 1 < len(days) and days[i + 1] < today
                approved = meeting_id + 1 if held_next and rnd.random() < 0.95 else None
                minutes.append((meeting_id, approved, "Officer <o@example.gov.uk>", submitted))
            if rnd.random() < 0.5:
                due = day + dt.timedelta(days=30)
                done = rnd.random() < 0.8
                actions.append((meeting_id, "Follow up", people[0], due.isoformat(),
                                "done" if done else "open", due.isoformat() if done else None,
                                STAMP))
        db.executemany("INSERT INTO meeting (id, group_id, starts_at, venue, uid, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO attendance (meeting_id, person_id, status, represented_by, "
                       "recorded_at) VALUES (?, ?, ?, ?, ?)", marks)
        db.executemany("INSERT INTO minutes (meeting_id, approved_at, submitted_to, "
                       "submitted_on) VALUES (?, ?, ?, ?)", minutes)
        db.executemany("INSERT INTO minutes_version (meeting_id, version, text, recorded_by, "
                       "recorded_at) VALUES (?, 1, 'Minutes.', 'bench', '2026-01-01T00:00:00Z')",
                       [(m[0],) for m in minutes])
        db.executemany("INSERT INTO action (meeting_id, text, owner_person_id, due, status, "
                       "done_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", actions)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("lpg")
    p.add_argument("db")
    p.add_argument("--seed", type=int, default=2026)
    a = p.parse_args()
    if os.path.exists(a.db):
        os.remove(a.db)
    env = dict(os.environ, LPG_DB=a.db, HOME=os.path.dirname(os.path.abspath(a.db)))
    env.pop("LPG_CONFIG", None)
    subprocess.run([a.lpg, "init"], env=env, check=True, capture_output=True)
    rnd = random.Random(a.seed)
    db = sqlite3.connect(a.db, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("BEGIN")
    registry(db, rnd)
    plan = groups(db, rnd)
    meetings(db, rnd, plan)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("area", "grp", "organisation", "person", "meeting", "attendance",
                        "minutes", "action")}
    db.close()
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
