#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes a realistic Ofsted-format register of N providers (default 100000) to stdout:
title rows, the management-information header, a mix of provider types with 40% childminders
(REDACTED addresses), quoted names with commas, UTF-8 with a BOM and CRLF line ends.

usage: gen_ofsted.py [N] [SEED] > ofsted.csv
"""
import random
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
LAS = ["Oxfordshire", "Buckinghamshire", "Northamptonshire", "West Berkshire", "Swindon",
       "Gloucestershire", "Warwickshire", "Wiltshire"]
TOWNS = ["Bicester", "Banbury", "Witney", "Thame", "Didcot", "Abingdon", "Wantage", "Henley"]
STREETS = ["High Street", "Church Lane", "Mill Road", "Station Road", "Park Avenue", "The Green"]
WORDS = ["Little", "Acorns", "Rainbow", "Sunshine", "Busy", "Bees", "Tots", "Oak", "Tree",
         "Stars", "Ducklings", "Meadow", "Kids", "Ark", "Bright", "Horizons"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
HEADER = ("Web link,Provider URN,Provider type,Provider subtype,Individual register "
          "combinations,Provider name,Provider address line 1,Provider address line 2,"
          "Provider address line 3,Provider town,Provider postcode,Local authority,Region,"
          "Provider status,Registration status,Registration date,Places including estimates,"
          "Most recent full: inspection date,Most recent full: overall effectiveness")


def postcode():
    return "OX%d %d%s%s" % (rng.randint(1, 49), rng.randint(1, 9), rng.choice(INWARD),
                             rng.choice(INWARD))


def row(i):
    urn = "EY%06d" % (100000 + i)
    kind = rng.random()
    la = rng.choice(LAS)
    date = "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1995, 2025))
    insp = "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025))
    grade = rng.choice(["Outstanding", "Good", "Requires improvement", "Inadequate"])
    if kind < 0.4:
        cells = [urn, "Childminder", "", "EYR, CCR, VCR", "REDACTED", "REDACTED", "REDACTED",
                 "REDACTED", "REDACTED", "REDACTED", la, "South East", "Active", "Active", date,
                 str(rng.randint(3, 8)), insp, grade]
    else:
        sub = rng.choice(["Full day care", "Sessional day care", "Out-of-school day care"])
        name = " ".join(rng.sample(WORDS, 3)) + rng.choice([" Nursery", " Pre-school",
                                                             " Club", ", Ltd"])
        cells = [urn, "Childcare on non-domestic premises", sub, "EYR, CCR", name,
                 "%d %s" % (rng.randint(1, 200), rng.choice(STREETS)), "", "",
                 rng.choice(TOWNS), postcode(), la, "South East", "Active", "Active", date,
                 str(rng.randint(10, 120)), insp, grade]
    link = "https://reports.ofsted.gov.uk/provider/16/" + urn
    return ",".join([link] + ['"%s"' % c if "," in c else c for c in cells])


out = sys.stdout.buffer
out.write(b"\xef\xbb\xbf")
lines = ["Childcare providers and inspections as at 31 August 2026", "", HEADER]
lines += (row(i) for i in range(N))
for line in lines:
    out.write((line + "\r\n").encode("utf-8"))
