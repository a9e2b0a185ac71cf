#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""lpg export registry --format popolo: every object validates against the Popolo JSON schemas
(tests/data/popolo, through Debian's python3-jsonschema), every id a membership, post or event
names is in the document, identifiers carry their scheme, and forgotten people are absent."""
import json
import os
import sys

from lpgtest import Scenario

try:
    import jsonschema
except ImportError:
    print("skipped: python3-jsonschema is not installed")
    sys.exit(77)

SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "popolo")
STORE = {}
for name in os.listdir(SCHEMAS):
    if name.endswith(".json"):
        with open(os.path.join(SCHEMAS, name)) as f:
            schema = json.load(f)
        STORE[schema["id"]] = schema
        STORE[schema["id"].rstrip("#")] = schema


def validator(kind):
    schema = STORE[f"http://www.popoloproject.com/schemas/{kind}.json#"]
    # The schemas' $refs name popoloproject.com; the store answers them from the copies here.
    resolver = jsonschema.RefResolver.from_schema(schema, store=STORE)
    return jsonschema.Draft3Validator(schema, resolver=resolver,
                                      format_checker=jsonschema.FormatChecker())


ARRAYS = {"areas": "area", "organizations": "organization", "persons": "person",
          "posts": "post", "memberships": "membership", "events": "event"}

t = Scenario(sys.argv[1], "popolo")
t.run("area", "add", "Marlshire", "--code", "E10000999")
t.run("area", "add", "Northbrook", "--parent", "Marlshire")
t.run("area", "add", "Southbrook", "--parent", "Marlshire")
t.run("group", "add", "Countywide Board", "--kind", "board", "--area", "Marlshire")
t.run("group", "add", "Health and Wellbeing Board", "--kind", "board", "--area", "Marlshire")
t.run("group", "add", "Northbrook LCPG", "--kind", "partnership", "--area", "Northbrook",
      "--reports-to", "Countywide Board", "--reports-to", "Health and Wellbeing Board")
t.run("group", "add", "Southbrook Hub", "--kind", "hub", "--area", "Southbrook",
      "--reports-to", "Countywide Board")
t.run("org", "add", "Willow Tree Day Nursery", "--sector", "day-nursery", "--ofsted-urn",
      "EY700001", "--address", "12 Station Road", "--town", "Northbrook", "--postcode",
      "OX26 6AB", "--area", "Northbrook", "--phone", "01869 111222", "--website",
      "https://willow.example.org")
t.run("org", "add", "Northbrook Primary", "--sector", "school", "--dfe-urn", "123456",
      "--la-ref", "NB-17", "--area", "Northbrook")
t.run("org", "add", "Southbrook Pre-school", "--sector", "pre-school", "--area", "Southbrook",
      "--status", "closed", "--status-since", "2026-07-20")
t.run("person", "add", "Priya Patel", "--email", "priya@example.org", "--org",
      "Willow Tree Day Nursery", "--phone", "01865 123456", "--job-title", "Manager")
t.run("person", "add", "Forgotten Fenella", "--email", "fenella@example.org",
      "--phone", "07700 900123")
t.run("person", "add", "Sid South", "--email", "sid@example.org")
t.run("member", "add", "Northbrook LCPG", "--person", "priya@example.org", "--role", "chair",
      "--from", "2026-09-01")
t.run("member", "add", "Northbrook LCPG", "--person", "fenella@example.org", "--role",
      "safeguarding-lead", "--from", "2026-09-01")
t.run("member", "add", "Northbrook LCPG", "--org", "Northbrook Primary", "--core",
      "schools and FE colleges", "--from", "2026-09-01")
t.run("member", "add", "Northbrook LCPG", "--org", "Willow Tree Day Nursery", "--from",
      "2025-09-01")
t.run("member", "end", "Northbrook LCPG", "--org", "Willow Tree Day Nursery", "--on",
      "2026-07-31")
t.run("member", "add", "Southbrook Hub", "--person", "sid@example.org", "--role", "coordinator")
t.run("meeting", "schedule", "Northbrook LCPG", "--at", "2026-10-14 18:30", "--venue",
      "Town Hall")
t.run("meeting", "schedule", "Northbrook LCPG", "--at", "2027-01-13 18:30", "--host",
      "Willow Tree Day Nursery")
t.run("meeting", "schedule", "Southbrook Hub", "--at", "2026-11-11 10:00")
t.run("meeting", "cancel", "Southbrook Hub@2026-11-11", "--reason", "Storm")
t.run("person", "forget", "fenella@example.org", "--yes")


def check_document(label, doc):
    t.check(f"{label}: top-level arrays", sorted(doc) == sorted(ARRAYS), sorted(doc))
    errors = []
    for array, kind in ARRAYS.items():
        v = validator(kind)
        for obj in doc[array]:
            errors += [f"{array} {obj.get('id')}: {e.message}" for e in v.iter_errors(obj)]
    t.check(f"{label}: every object validates against the Popolo schemas", not errors,
            errors[:5])
    ids = {a: [o["id"] for o in doc[a]] for a in ARRAYS}
    t.check(f"{label}: ids are unique strings",
            all(isinstance(i, str) and i.startswith("lpg:") and len(set(v)) == len(v)
                for v in ids.values() for i in v))
    orgs, people, posts, areas = (set(ids[a]) for a in
                                  ("organizations", "persons", "posts", "areas"))
    bad = []
    for m in doc["memberships"]:
        if m.get("organization_id") not in orgs:
            bad.append(m)
        member = m.get("person_id") or (m.get("member") or {}).get("id")
        if member not in people | orgs:
            bad.append(m)
        if "member" in m and m["member"].get("@type") != "Organization":
            bad.append(m)
        for key, among in (("post_id", posts), ("on_behalf_of_id", orgs)):
            if key in m and m[key] not in among:
                bad.append(m)
    t.check(f"{label}: every membership names an organization and a member in the document",
            not bad, bad[:3])
    bad = [e for e in doc["events"] if e.get("organization_id") not in orgs]
    bad += [p for p in doc["posts"] if p.get("organization_id") not in orgs]
    bad += [o for o in doc["organizations"] if "parent_id" in o and o["parent_id"] not in orgs]
    bad += [o for o in doc["organizations"] + doc["areas"]
            if "area_id" in o and o["area_id"] not in areas]
    t.check(f"{label}: events, posts, parents and areas refer to objects in the document",
            not bad, bad[:3])
    schemes = [i for a in ("organizations", "events") for o in doc[a]
               for i in o.get("identifiers", [])]
    t.check(f"{label}: identifiers carry a scheme",
            schemes and all(i.get("scheme") and i.get("identifier") for i in schemes), schemes)


r = t.run("export", "registry", "--format", "popolo")
text = r.stdout.decode()
doc = json.loads(text)
check_document("whole registry", doc)
t.check("forgotten person: no name, email or phone in the export",
        not any(s in text for s in ("Fenella", "fenella", "07700", "erased person")))
by_id = {o["id"]: o for a in ARRAYS for o in doc[a]}
willow = next(o for o in doc["organizations"] if o["name"] == "Willow Tree Day Nursery")
t.check("provider: Ofsted URN as an identifier with its scheme",
        willow["identifiers"] == [{"scheme": "ofsted-urn", "identifier": "EY700001"}],
        willow.get("identifiers"))
t.check("provider: classification from the sector", willow["classification"] == "Day nursery")
t.check("provider: address, phone and website as contact details",
        {c["type"] for c in willow["contact_details"]} == {"address", "voice", "url"})
school = next(o for o in doc["organizations"] if o["name"] == "Northbrook Primary")
t.check("school: DfE URN and la-ref", sorted(i["scheme"] for i in school["identifiers"])
        == ["dfe-urn", "la-ref"])
closed = next(o for o in doc["organizations"] if o["name"] == "Southbrook Pre-school")
t.check("closed provider: dissolution date", closed.get("dissolution_date") == "2026-07-20")
lcpg = next(o for o in doc["organizations"] if o["name"] == "Northbrook LCPG")
t.check("group: classification from its kind", lcpg["classification"] == "partnership group")
t.check("group: parent_id is a body it reports to",
        by_id[lcpg["parent_id"]]["name"] in ("Countywide Board", "Health and Wellbeing Board"))
lines = [m for m in doc["memberships"] if m.get("role") == "reports to"
         and m["member"]["id"] == lcpg["id"]]
t.check("group: both reporting lines as memberships", len(lines) == 2, lines)
chair = next(m for m in doc["memberships"] if m.get("role") == "Chair")
t.check("chair: person, post and start date",
        by_id[chair["person_id"]]["name"] == "Priya Patel"
        and by_id[chair["post_id"]]["role"] == "Chair" and chair["start_date"] == "2026-09-01"
        and chair["on_behalf_of_id"] == willow["id"], chair)
ended = [m for m in doc["memberships"] if m.get("member", {}).get("id") == willow["id"]]
t.check("ended organisation membership: start and end dates",
        [(m["start_date"], m.get("end_date")) for m in ended] == [("2025-09-01", "2026-07-31")],
        ended)
core = next(m for m in doc["memberships"] if m.get("label", "").startswith("core member"))
t.check("core member: the core category's post", "schools" in by_id[core["post_id"]]["label"])
t.check("erased person's safeguarding-lead membership is left out",
        not any(m.get("role") == "Safeguarding lead" for m in doc["memberships"]))
events = {e["start_date"]: e for e in doc["events"]}
t.check("event in British Summer Time: +01:00 offset",
        events.get("2026-10-14T18:30:00+01:00", {}).get("end_date") == "2026-10-14T20:00:00+01:00",
        sorted(events))
t.check("event in winter: +00:00 offset, location the host",
        events.get("2027-01-13T18:30:00+00:00", {}).get("location") == "Willow Tree Day Nursery")
storm = events.get("2026-11-11T10:00:00+00:00", {})
t.check("cancelled meeting: status cancelled", storm.get("status") == "cancelled", storm)
t.check("events carry the iCalendar UID",
        all(e["identifiers"][0]["scheme"] == "icalendar-uid" for e in doc["events"]))
again = t.run("export", "registry").stdout.decode()
t.check("the same database exports byte-identical text", again == text)
t.run("export", "registry", "--out", "registry.json")
with open(t.path("registry.json")) as f:
    t.check("--out writes the same document", f.read() == text)

north = json.loads(t.run("export", "registry", "--area", "Northbrook").stdout)
check_document("--area Northbrook", north)
names = {o["name"] for o in north["organizations"]}
t.check("--area: the area's groups and what they involve, not other areas'",
        "Northbrook LCPG" in names and "Southbrook Hub" not in names
        and "Southbrook Pre-school" not in names and "Countywide Board" not in names, names)
t.check("--area: the groups' people only",
        [p["name"] for p in north["persons"]] == ["Priya Patel"], north["persons"])
t.check("--area: meetings of its groups only", len(north["events"]) == 2)

t.refused("--format json", ["export", "registry", "--format", "json"], 64,
          "--format json is not available", [["group", "list", "--format", "json"]])
t.refused("unknown area", ["export", "registry", "--area", "Atlantis"], 66,
          "area \"Atlantis\" not found", [["group", "list", "--format", "json"]])
t.finish()
