#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A declared field is a typed field (issue 18): for organisations and people, the options of
`add` and `edit` are made from the same field declaration as the export's columns, so each
column a user can type has its option and each option its column.

Checked from outside, against what the binary prints: the options of `--help` and the header
of `lpg export`. The columns no one types are named here, each with why; a column added to a
declaration without an option, or an option added by hand in cmd/, fails this test."""
import re
import sys

from lpgtest import Scenario

LPG = sys.argv[1]

# noun: (export, columns with no option and why, column -> option where the names differ)
NOUNS = {
    "org": ("orgs", {
        "id": "lpg's own row id",
        "source_type": "a register's own type of provider",
        "source": "recorded by the import (register or csv)",
        "archived_at": "set by org archive",
    }, {}),
    "person": ("people", {
        "id": "lpg's own row id",
        "organisation_name": "written for an import into another database; --org names it",
    }, {"organisation": "org"}),
}


def options(t, *command):
    """The long options of `lpg COMMAND --help` (--help itself aside), and its positionals."""
    text = t.run(*command, "--help").stdout.decode()
    longs = set(re.findall(r"^  (?:-\w,)?--([a-z][a-z-]*)", text, re.M)) - {"help"}
    section = text.split("Positionals:\n", 1)[1].split("\n\n", 1)[0] if "Positionals:" in text else ""
    return longs, set(re.findall(r"^  ([a-z]+) ", section, re.M))


def header(t, export):
    return t.run("export", export).stdout.decode().lstrip("\ufeff").splitlines()[0].split(",")


t = Scenario(LPG, "field-options")
t.run("org", "add", "Little Acorns", "--sector", "day-nursery")
t.run("person", "add", "Jo Smith")
for noun, (export, untyped, renamed) in NOUNS.items():
    typed = [renamed.get(c, c).replace("_", "-") for c in header(t, export) if c not in untyped]
    add, add_positionals = options(t, noun, "add")
    edit, _ = options(t, noun, "edit")
    clears = {o for o in edit if o.startswith("no-")}
    edit -= clears
    t.check(f"{noun} add: NAME is the positional", add_positionals == {"name"}, add_positionals)
    t.check(f"{noun} add: an option for each typed column",
            add == set(typed) - {"name"}, f"columns {sorted(typed)}, options {sorted(add)}")
    t.check(f"{noun} edit: an option for each typed column",
            edit == set(typed), f"columns {sorted(typed)}, options {sorted(edit)}")
    t.check(f"{noun} edit: each --no-X clears a typed column",
            {c.removeprefix("no-") for c in clears} <= set(typed), sorted(clears))
    for column in untyped:
        t.check(f"{noun}: '{column}' is still a column", column in header(t, export))
t.finish()
