# SPDX-License-Identifier: MIT
"""Kent as its terms of reference set it up (shared/seeds, 'Kent Local Children's Partnership
Groups'): twelve districts, one LCPG in each with core members by category, reporting to the
countywide Children's Health and Wellbeing Board, which meets every two months; the LCPGs meet
in the weeks after it and the chairs group between them and the next board."""

DISTRICTS = ["Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham",
             "Maidstone", "Sevenoaks", "Swale", "Thanet", "Tonbridge and Malling",
             "Tunbridge Wells"]
BOARD = "Kent Children's Health and Wellbeing Board"
CHAIRS = "LCPG Chairs Group"

# The twelve core member categories of the terms of reference (lpg's default list for the
# "partnership" kind), with the body that fills each and its sector.
CORE = {
    "district council": ("District Council", "district-council"),
    "schools and FE colleges": ("Schools Partnership", "school"),
    "social care": ("Children's Social Work Services", "social-care"),
    "NHS/CCG": ("Clinical Commissioning Group", "health"),
    "early years provider": ("Early Years Setting", "pre-school"),
    "early help": ("Early Help Unit", "early-help"),
    "voluntary sector": ("Voluntary Action", "voluntary"),
    "police": ("Community Policing", "police"),
    "children's commissioning": ("Children's Commissioning", "commissioning"),
    "public health": ("Public Health", "public-health"),
    "housing": ("Housing Team", "housing"),
    "education": ("Education Service", "education"),
}


def lcpg(district):
    return f"{district} LCPG"


def add_county(t, with_groups=True):
    """Kent and its twelve districts; with_groups adds the board and the twelve LCPGs."""
    t.run("area", "add", "Kent", "--code", "E10000016")
    for d in DISTRICTS:
        t.run("area", "add", d, "--parent", "Kent")
    if not with_groups:
        return
    t.run("group", "add", BOARD, "--kind", "board", "--area", "Kent", "--cadence", "every 2m")
    for d in DISTRICTS:
        t.run("group", "add", lcpg(d), "--kind", "partnership", "--area", d, "--reports-to", BOARD,
              "--cadence", f'after "{BOARD}" +2w')


def add_core_members(t, district, categories=None, since="2026-09-01"):
    """One core member organisation for each category (all twelve by default), named after the
    district: 'Dover District Council', 'Dover Police'... Returns {category: org name}."""
    orgs = {}
    for category, (body, sector) in CORE.items():
        if categories is not None and category not in categories:
            continue
        name = f"{district} {body}"
        t.run("org", "add", name, "--sector", sector, "--area", district)
        t.run("member", "add", lcpg(district), "--org", name, "--core", category, "--from", since)
        orgs[category] = name
    return orgs
