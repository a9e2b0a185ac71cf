#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Each noun's fields are declared once (issue 18): `lpg export NOUN` writes the declared
columns and `lpg import NOUN` reads the same ones through the same checks as add and edit.

Two things follow, checked here for each noun:
- a round trip drifts nowhere: export, import into a fresh database, export again, and the
  files (CSV and JSON) are the same to the byte;
- a value `add` or `edit` refuses, a file cannot slip in: `import --strict` refuses it with the
  same reason and exit code, and nothing is stored."""
import subprocess
import sys

from lpgtest import Scenario

LPG = sys.argv[1]


def scenario(name):
    t = Scenario(LPG, name)
    t.now("2026-11-30T09:00")
    return t


def error_line(stderr):
    """The reason of a refusal: its first line without "lpg: error: " (or the warning
    indicator import gives for each row before it refuses the file) and "FILE:LINE: "."""
    lines = stderr.decode(errors="replace").splitlines()
    line = lines[0] if lines else "(nothing: accepted)"
    line = line.removeprefix("lpg: error: ").removeprefix("lpg: warning: ")
    return line.removeprefix("bad.csv:2: ")


def roundtrip(t, noun, importer, prepare_fresh):
    """export NOUN from t's database, import the CSV into a fresh one (readied by
    prepare_fresh) with `importer` (one command, or a list of them: the file goes last), export
    again: the CSV and the JSON must be the same to the byte."""
    first_csv = t.run("export", noun).stdout
    first_json = t.run("export", noun, "--format", "json").stdout
    fresh = scenario(f"{noun}-fresh")
    prepare_fresh(fresh)
    fresh.write(f"{noun}.csv", first_csv)
    for command in importer if isinstance(importer[0], list) else [importer]:
        fresh.run(*command, f"{noun}.csv", "--strict")
    again_csv = fresh.run("export", noun).stdout
    again_json = fresh.run("export", noun, "--format", "json").stdout
    t.check(f"export {noun} -> import into a fresh database -> export: the same CSV",
            first_csv == again_csv,
            f"\n{first_csv.decode()}\n--- became\n{again_csv.decode()}")
    t.check(f"... and the same JSON", first_json == again_json,
            f"\n{first_json.decode()}\n--- became\n{again_json.decode()}")
    subprocess.run(["rm", "-rf", fresh.tmp])


def parity(t, what, typed, header, row, importer, unchanged, where=None):
    """`typed` (an add or edit) is refused; so is the same value in a file read by
    `importer --strict`: the same reason, the same exit code, and `unchanged` prints the
    same before and after both. `where` (OPTION, COLUMN): a rule that does not name its field
    (a date) says where instead, the option by hand and the column in a file: "--from: ..."
    and "bad.csv:2: from: ..."."""
    before = [t.run(*u).stdout for u in unchanged]
    by_hand = t.run(*typed, ok=False)
    t.write("bad.csv", header + "\n" + row + "\n")
    by_file = t.run(*importer, "bad.csv", "--strict", ok=False)
    after = [t.run(*u).stdout for u in unchanged]
    t.check(f"{what}: refused by hand (exit {by_hand.returncode})", by_hand.returncode != 0,
            by_hand.stdout.decode())
    if by_hand.returncode == 0:
        return
    hand, file = error_line(by_hand.stderr), error_line(by_file.stderr)
    if where:
        option, column = (f"{w}: " for w in where)
        t.check(f"{what}: by hand, names {option}", hand.startswith(option), hand)
        t.check(f"{what}: in a file, names {column}", file.startswith(column), file)
        hand, file = hand.removeprefix(option), file.removeprefix(column)
    t.check(f"{what}: the import says the same ('{hand}')", hand == file, f"import: '{file}'")
    t.check(f"{what}: the same exit code", by_hand.returncode == by_file.returncode,
            f"{by_hand.returncode} by hand, {by_file.returncode} by import")
    t.check(f"{what}: nothing stored", before == after)


# --- organisations -----------------------------------------------------------------------

ORGS = "\n".join([
    "id,name,sector,source_type,ofsted_urn,dfe_urn,la_ref,address,town,postcode,area,"
    "phone,email,website,funded,funded_places,status,status_since,note",
    ',Acorn Pre-school,pre-school,Sessional day care,EY111111,,LA-1,"Unit 2, The Old Mill",'
    "Bicester,ox26 6ab,Cherwell,01869 111222,Office@Acorn.example.org,acorn.example.org,yes,"
    '12,open,,"=cmd|x, and ""quoted"""',
    ",Beech Primary School,school,,,123456,,Church Lane,Kidlington,OX5 1AB,,,,,no,0,open,"
    '2026-07-31,"two\nlines"',
    ",Cedar Childminding,childminder,,EY222222,,,,,,,,,,,,suspended,2026-10-01,",
    ",Damson Day Nursery,day-nursery,,EY333333,,,,,,,,,,,,closed,2026-08-31,",
]) + "\n"


# A closed organisation survives the round trip: import orgs skips a closed one it does not
# know only in a register (Ofsted, GIAS), never in a CSV file such as lpg's own export.


def orgs_setup(t):
    t.run("area", "add", "Cherwell", "--code", "E07000177")


t = scenario("fields")
orgs_setup(t)
t.write("orgs.csv", ORGS)
t.run("import", "orgs", "orgs.csv", "--source", "csv", "--strict")
closed = [line for line in t.run("export", "orgs").stdout.decode().splitlines()
          if "Damson Day Nursery" in line]
t.check("import orgs --source csv adds a closed organisation, closed, with its date",
        len(closed) == 1 and ",closed,2026-08-31," in closed[0], closed)
roundtrip(t, "orgs", ["import", "orgs"], orgs_setup)

# A whole register of organisations round-trips too: one from Ofsted keeps its source (so the
# next Ofsted import with --on-missing flag-closed still sees it), one added by hand keeps
# none, an archived one comes back archived, and each keeps its id, by which the other exports
# name it: here a person at the second of two organisations of the same name.
OFSTED = "\n".join([
    "Provider URN,Provider type,Provider subtype,Provider name,Provider town,"
    "Provider postcode,Registration status,Registration date",
    "EY444444,Childcare on non-domestic premises,Full day care,Elm Day Nursery,Witney,"
    "OX28 1AA,Active,01/09/2010",
]) + "\n"
w = scenario("orgs-whole")
orgs_setup(w)
w.write("orgs.csv", ORGS)
w.run("import", "orgs", "orgs.csv", "--source", "csv", "--strict")
w.write("ofsted.csv", OFSTED)
w.run("import", "orgs", "ofsted.csv", "--source", "ofsted", "--strict")
w.run("org", "add", "Aardvark Nursery", "--sector", "day-nursery")
w.run("org", "add", "Acorn Pre-school", "--sector", "pre-school", "--town", "Banbury")
w.run("org", "archive", "Cedar Childminding")
w.run("person", "add", "Dee Long", "--org", "#7")
roundtrip(w, "orgs", ["import", "orgs"], orgs_setup)
whole_orgs = w.run("export", "orgs").stdout


def with_whole_orgs(t):
    orgs_setup(t)
    t.write("orgs.csv", whole_orgs)
    t.run("import", "orgs", "orgs.csv", "--strict")


roundtrip(w, "people", ["import", "people"], with_whole_orgs)
# Their values are checked as add and edit check theirs: what lpg writes, or refused.
for column, bad, reason in [
        ("source", "Ofsted!", 'invalid source "Ofsted!"'),
        ("archived_at", "yesterday", "archived_at: invalid timestamp 'yesterday'"),
        ("archived_at", "2026-13-01T10:00:00Z",
         "archived_at: invalid timestamp '2026-13-01T10:00:00Z'")]:
    before = w.run("export", "orgs").stdout
    w.write("bad.csv", f"id,name,sector,{column}\n,New Org,day-nursery,{bad}\n")
    r = w.run("import", "orgs", "bad.csv", "--strict", ok=False)
    w.check(f"import orgs --strict refuses {column} {bad!r}: exit 65, '{reason}'",
            r.returncode == 65 and error_line(r.stderr) == reason, r.stderr.decode())
    w.check(f"... and stores nothing", w.run("export", "orgs").stdout == before)
# An archived_at archives one not archived yet; the one archived keeps its own time.
w.write("archive.csv", "id,name,archived_at\n1,Acorn Pre-school,2026-12-01T10:00:00Z\n"
        "3,Cedar Childminding,2026-12-01T10:00:00Z\n")
w.run("import", "orgs", "archive.csv", "--strict")
archived = {o["id"]: o["archived_at"] for o in w.json("export", "orgs")}
w.check("import orgs archives an organisation with the file's archived_at",
        archived[1] == "2026-12-01T10:00:00Z", archived)
w.check("... and leaves one archived already as it was",
        archived[3] == "2026-11-30T09:00:00Z", archived)
subprocess.run(["rm", "-rf", w.tmp])

ORG_BAD = [  # field, add/edit option, a value the declaration refuses
    ("name", "--name", "a\x01b"),
    ("sector", "--sector", "bakery"),
    ("address", "--address", "a\x07b"),
    ("town", "--town", "a\tb"),
    ("postcode", "--postcode", "XX"),
    ("phone", "--phone", "abc"),
    ("email", "--email", "bad@"),
    ("website", "--website", "not a site"),
    ("funded", "--funded", "maybe"),
    ("funded_places", "--funded-places", "-1"),
    ("status", "--status", "bogus"),
    ("ofsted_urn", "--ofsted-urn", "123"),
    ("dfe_urn", "--dfe-urn", "abc"),
    ("note", "--note", "a\x1bb"),
]
ORG_BAD += [("area", "--area", "Nowhere")]  # "area ... not found", exit 66, either way
for field, option, bad in ORG_BAD:
    quoted = '"' + bad.replace('"', '""') + '"'
    if field == "name":
        add = ["org", "add", bad, "--sector", "day-nursery"]
        header, row = "id,name,sector", f",{quoted},day-nursery"
    elif field == "sector":
        add = ["org", "add", "New Org", "--sector", bad]
        header, row = "id,name,sector", f",New Org,{quoted}"
    else:
        add = ["org", "add", "New Org", "--sector", "day-nursery", option, bad]
        header, row = f"id,name,sector,{field}", f",New Org,day-nursery,{quoted}"
    parity(t, f"org add {option}", add, header, row, ["import", "orgs"],
           [["export", "orgs"]])
    # The same value on an organisation that exists, by edit and by its exported id.
    edit = ["org", "edit", "Acorn Pre-school", option, bad]
    if field == "name":
        header, row = "id,name", f"1,{quoted}"
    else:
        header, row = f"id,name,{field}", f"1,Acorn Pre-school,{quoted}"
    parity(t, f"org edit {option}", edit, header, row, ["import", "orgs"],
           [["export", "orgs"]])
parity(t, "org add --status-since", ["org", "add", "New Org", "--sector", "day-nursery",
                                     "--status", "closed", "--status-since", "2026-02-30"],
       "id,name,sector,status,status_since", ",New Org,day-nursery,closed,2026-02-30",
       ["import", "orgs"], [["export", "orgs"]], where=("--status-since", "status_since"))


# --- people ------------------------------------------------------------------------------

def people_setup(t):
    orgs_setup(t)
    t.write("orgs.csv", ORGS)
    t.run("import", "orgs", "orgs.csv", "--source", "csv", "--strict")


PEOPLE = "\n".join([
    "id,name,email,phone,organisation,organisation_name,job_title,note",
    ',Ann Jones,Ann@Example.org,01869 123456,#1,Acorn Pre-school,Manager,"=SUM(1), ""quoted"""',
    ',Bea Khan,,+44 1865 123456,,,,"two\nlines"',
    ",Cal Reed,cal@example.org,,,Beech Primary School,Head,",
]) + "\n"
t.write("people.csv", PEOPLE)
t.run("import", "people", "people.csv", "--strict")
roundtrip(t, "people", ["import", "people"], people_setup)

# (An email another person holds is no refusal in a file: the import reads it as naming that
# person, whom the row then updates.)
PERSON_BAD = [  # field, CSV column, add/edit option, a value the declaration refuses
    ("name", "name", "--name", "a\x01b"),
    ("email", "email", "--email", "bad@"),
    ("phone", "phone", "--phone", "abc"),
    ("job title", "job_title", "--job-title", "a\tb"),
    ("note", "note", "--note", "a\x1bb"),
]
for what, column, option, bad in PERSON_BAD:
    quoted = '"' + bad.replace('"', '""') + '"'
    add = ["person", "add", "New Person", option, bad]
    header, row = f"name,{column}", f"New Person,{quoted}"
    if column == "name":
        add = ["person", "add", bad]
        header, row = "name", quoted
    parity(t, f"person add ({what})", add, header, row, ["import", "people"],
           [["export", "people"]])
    edit = ["person", "edit", "Ann Jones", option, bad]
    header, row = f"id,email,{column}", f"1,ann@example.org,{quoted}"
    if column == "email":
        edit = ["person", "edit", "Bea Khan", option, bad]
        header, row = "id,name,email", f"2,Bea Khan,{quoted}"
    parity(t, f"person edit ({what})", edit, header, row, ["import", "people"],
           [["export", "people"]])

# --- groups ------------------------------------------------------------------------------

def groups_setup(t):
    orgs_setup(t)


# Names in id order are in name order, so a fresh database gives each group the same id; a
# child comes before its parent in the file, which the import orders.
GROUPS = "\n".join([
    "id,name,kind,area,cadence,quorum,reports_to,description,archived_at",
    ",Bicester EY,partnership,Cherwell,Every 8 weeks,1/2,County Board; Chairs,"
    '"=HYPERLINK(1), ""quoted""",',
    ",Chairs,chairs,,\"after \"\"County Board\"\" +2w\",3,County Board,,",
    ",County Board,board,,termly,,,\"two\nlines\",",
    ",Old Hub,hub,,,,,,2026-10-01T09:00:00Z",
]) + "\n"
t.write("groups.csv", GROUPS)
t.run("import", "groups", "groups.csv", "--strict")
roundtrip(t, "groups", ["import", "groups"], groups_setup)

GROUP_BAD = [  # column, add/edit option, a value add_group and edit_group refuse
    ("name", "--name", "a\x01b"),
    ("kind", "--kind", "club"),
    ("cadence", "--cadence", "sometimes"),
    ("quorum", "--quorum", "3/2"),
    ("description", "--description", "a\x1bb"),
    ("reports_to", "--reports-to", "Bicester EY"),  # a cycle: the board would report to a child
]
for column, option, bad in GROUP_BAD:
    quoted = '"' + bad.replace('"', '""') + '"'
    if column == "name":
        add = ["group", "add", bad, "--kind", "hub"]
        header, row = "name,kind", f"{quoted},hub"
    elif column == "kind":
        add = ["group", "add", "New Hub", "--kind", bad]
        header, row = "name,kind", f"New Hub,{quoted}"
    else:
        add = ["group", "add", "New Hub", "--kind", "hub", option, bad]
        header, row = f"name,kind,{column}", f"New Hub,hub,{quoted}"
    if column != "reports_to":  # a new group reporting to one that exists is no cycle
        parity(t, f"group add {option}", add, header, row, ["import", "groups"],
               [["export", "groups"]])
    edit = ["group", "edit", "County Board", option, bad]
    header, row = f"id,name,{column}", f"3,County Board,{quoted}"
    if column == "name":
        header, row = "id,name", f"3,{quoted}"
    parity(t, f"group edit {option}", edit, header, row, ["import", "groups"],
           [["export", "groups"]])

# --- members -----------------------------------------------------------------------------

def members_setup(t):
    people_setup(t)
    t.write("people.csv", PEOPLE)
    t.run("import", "people", "people.csv", "--strict")
    t.write("groups.csv", GROUPS)
    t.run("import", "groups", "groups.csv", "--strict")


# By hand, so that the history is what the commands make of it: Ann chaired Bicester EY
# until October (that membership ended, a new one carries on without the role); Beech left
# in November. Added in the order export members lists them (by group, the chair first, then
# kind and name), so that a fresh database, adding them in the file's order, numbers them alike.
t.now("2026-09-01T09:00")
t.run("member", "add", "Bicester EY", "--person", "Ann Jones", "--role", "chair",
      "--note", '=A1, "q"')
t.run("member", "add", "Bicester EY", "--org", "Acorn Pre-school", "--can-host")
t.run("member", "edit", "Bicester EY", "--person", "Ann Jones", "--no-role", "--from",
      "2026-10-15")
t.run("member", "add", "Bicester EY", "--org", "Beech Primary School", "--note", "two\nlines")
t.run("member", "end", "Bicester EY", "--org", "Beech Primary School", "--on", "2026-11-01")
t.run("member", "add", "County Board", "--person", "Cal Reed", "--role", "chair")
t.now("2026-11-30T09:00")
roundtrip(t, "members", [["import", "members", "Bicester EY"],
                         ["import", "members", "County Board"]], members_setup)

MEMBER_BAD = [  # column, member add option, a value add_member refuses
    ("role", "--role", "bogus"),
    ("note", "--note", "a\x1bb"),
]
# (A bad can_host has no typed twin, --can-host being a flag.)
for column, option, bad in MEMBER_BAD:
    quoted = '"' + bad.replace('"', '""') + '"'
    add = ["member", "add", "County Board", "--org", "Acorn Pre-school", option, bad]
    parity(t, f"member add {option}", add, f"organisation,{column}", f"#1,{quoted}",
           ["import", "members", "County Board"], [["export", "members"]])
add = ["member", "add", "County Board", "--org", "Acorn Pre-school", "--from", "2026-02-30"]
parity(t, "member add --from", add, "organisation,from", "#1,2026-02-30",
       ["import", "members", "County Board"], [["export", "members"]], where=("--from", "from"))
add = ["member", "add", "Bicester EY", "--org", "Cedar Childminding", "--core", "nope"]
parity(t, "member add --core CATEGORY", add, "organisation,kind,core_category",
       "#2,core,nope", ["import", "members", "Bicester EY"], [["export", "members"]])

# --- meetings, attendance and actions -----------------------------------------------------

def history_setup(t):
    members_setup(t)


t.now("2026-10-01T09:00")
t.run("meeting", "schedule", "Bicester EY", "--at", "2026-10-14 18:30", "--host",
      "Acorn Pre-school")
t.run("meeting", "schedule", "Bicester EY", "--at", "2026-11-11 18:30", "--venue",
      "=Town Hall, Room 2", "--duration", "2h")
t.run("meeting", "schedule", "County Board", "--at", "2027-01-13 10:00")
t.run("meeting", "cancel", "County Board@2027-01-13", "--reason", "Snow, \"again\"")
t.run("meeting", "agenda", "add", "Bicester EY@2026-10-14", "Welcome")
t.run("meeting", "agenda", "add", "Bicester EY@2026-10-14", "Transition", "--detail",
      "Summer plans\nshared")
t.now("2026-11-30T09:00")
t.run("meeting", "attend", "Bicester EY@2026-10-14", "Ann Jones", "--present")
t.run("meeting", "attend", "Bicester EY@2026-10-14", "Bea Khan", "--present")
t.run("meeting", "attend", "Bicester EY@2026-11-11", "Ann Jones", "--represented-by",
      "Bea Khan")
t.run("action", "add", "Bicester EY@2026-10-14", "=Send the pack", "--owner", "Ann Jones",
      "--due", "2026-12-31")
t.run("action", "add", "Bicester EY@2026-10-14", "Book the hall", "--owner",
      "org:Acorn Pre-school")
t.run("action", "done", "2", "--on", "2026-11-01", "--note", "booked, \"at last\"")
t.run("action", "carry", "1", "--to", "Bicester EY@2026-11-11")

roundtrip(t, "meetings", ["import", "meetings"], history_setup)


def with_meetings(t):
    history_setup(t)
    t.write("meetings.csv", first_meetings)
    t.run("import", "meetings", "meetings.csv", "--strict")


first_meetings = t.run("export", "meetings").stdout
roundtrip(t, "attendance", ["import", "attendance"], with_meetings)
roundtrip(t, "actions", ["import", "actions"], with_meetings)

# A venue and an action's text that schedule and action add refuse, refused by the imports.
parity(t, "meeting schedule --venue", ["meeting", "schedule", "Bicester EY", "--at",
                                       "2027-02-10 18:30", "--venue", "a\x07b"],
       "group,date,start,venue", 'Bicester EY,2027-02-10,18:30,"a\x07b"',
       ["import", "meetings"], [["export", "meetings"]])
parity(t, "action add TEXT", ["action", "add", "Bicester EY@2026-10-14", "a\x07b", "--owner",
                              "Ann Jones"],
       "meeting_uid,group,meeting_date,text,owner",
       f'{t.json("meeting", "show", "Bicester EY@2026-10-14")["uid"]},Bicester EY,2026-10-14,'
       '"a\x07b",person:#1',
       ["import", "actions"], [["export", "actions"]])
parity(t, "action add --due", ["action", "add", "Bicester EY@2026-10-14", "Later", "--owner",
                               "Ann Jones", "--due", "12/31/2026"],
       "meeting_uid,group,meeting_date,text,owner,due",
       f'{t.json("meeting", "show", "Bicester EY@2026-10-14")["uid"]},Bicester EY,2026-10-14,'
       'Later,person:#1,12/31/2026',
       ["import", "actions"], [["export", "actions"]], where=("--due", "due"))

# --- indicator values (no export to round-trip: indicator import and record share a check) -

t.run("indicator", "add", "Take-up", "--outcome", "Early education", "--unit", "percent",
      "--better", "higher")
t.run("indicator", "record", "Take-up", "--area", "Cherwell", "--period", "2026-Q3",
      "--value", "71")
VALUE_BAD = [  # column, option, a value indicator record refuses
    ("value", "--value", "171"),
    ("value", "--value", "lots"),
    ("period", "--period", "2026-Q5"),
    ("period", "--period", "2026-10"),  # a month, where the values so far are quarters
    ("source", "--source", "a\x07b"),
]
for column, option, bad in VALUE_BAD:
    cells = {"indicator": "Take-up", "area": "Cherwell", "period": "2026-Q4", "value": "72",
             "source": "LA"}
    cells[column] = bad
    record = ["indicator", "record", "Take-up", "--area", "Cherwell"]
    for name in ("period", "value", "source"):
        record += [f"--{name}", cells[name]]
    quoted = ['"' + v.replace('"', '""') + '"' for v in cells.values()]
    parity(t, f"indicator record {option} {bad!r}", record, ",".join(cells),
           ",".join(quoted), ["indicator", "import"],
           [["indicator", "show", "Take-up", "--history"]])

t.finish()
