#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Every manual page agrees with --help, command by command (issue 15).

usage: test_man_help.py LPG

For each command in the command table (lpg __commands), reads `lpg COMMAND --help` (its
positionals, which of them are optional, its options, which of them are REQUIRED and which are
flags) and the command's synopsis lines in man/lpg-NOUN.1.scd (those under # SYNOPSIS, and the
first lines of its '## VERB' section), and reports each disagreement:

  - an option or positional the page names that the command does not have;
  - an option of the command its section never mentions, or one it defines (a line starting
    *--option*) that the command does not have;
  - a required option or positional missing from a synopsis line, or shown optional there
    ([...]);
  - an optional option or positional shown as required (outside [...] and outside a
    ( A | B ) choice).

In a synopsis, [...] is optional, ( A | B ) a choice of one, _name_ a positional or an
option's value, and [_options_] or [_scope_] stand for optional options. Global options
(lpg(1)) may appear anywhere.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

LPG = os.path.abspath(sys.argv[1])
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
MAN = os.path.join(ROOT, "man")
PLACEHOLDERS = {"options", "scope"}


def run(*args):
    with tempfile.TemporaryDirectory(prefix="lpg-manhelp-") as tmp:
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LC_ALL": "C.UTF-8",
               "LPG_DB": os.path.join(tmp, "lpg.db")}
        return subprocess.run([LPG, *args], env=env, capture_output=True, text=True, timeout=60)


class Help:
    """What `lpg COMMAND --help` says."""

    def __init__(self, words):
        text = run(*words, "--help").stdout
        usage = next(line for line in text.splitlines() if line.startswith("Usage:"))
        after = usage.split("[OPTIONS]", 1)[1].split()
        # name -> required; "[date]" and "[command...]" are optional.
        self.positionals = {w.strip("[].") : not w.startswith("[") for w in after}
        self.options = {}  # every spelling -> (required, how many values it takes)
        section = None
        for line in text.splitlines():
            if line and not line.startswith(" "):
                section = line.rstrip(":")
                continue
            if section != "Options" or not line.startswith("  -"):
                continue
            opts = re.split(r"\s{2,}", line.strip(), maxsplit=1)[0]
            names, _, rest = opts.partition(" ")
            # A flag shows no value name: nothing, or only REQUIRED, Excludes: or Needs:.
            first = rest.split()[0] if rest else ""
            values = 0 if first in ("", "REQUIRED", "Excludes:", "Needs:") else \
                int(m.group(1)) if (m := re.search(r" x (\d+)", rest)) else 1
            for name in names.split(","):
                self.options[name] = ("REQUIRED" in rest.split(), values)
        self.options.pop("-h", None)
        self.options.pop("--help", None)


def page_sections(text):
    """{'# SYNOPSIS': body, '## add': body, ...}."""
    out, title, body = {}, None, []
    for line in text.splitlines():
        if re.match(r"^#{1,2} ", line):
            if title:
                out[title] = body
            title, body = line.strip(), []
        elif title:
            body.append(line)
    if title:
        out[title] = body
    return out


def synopsis_lines(sections, command, rest):
    """The synopsis lines of `command` (e.g. 'lpg org add'): under # SYNOPSIS, and the lines
    opening its ## section."""
    prefix = f"*{command}*"
    lines = [l for l in sections.get("# SYNOPSIS", []) if l == prefix or
             l.startswith(prefix + " ")]
    body = sections.get(f"## {rest}", []) if rest else []
    for line in body:
        if line == prefix or line.startswith(prefix + " "):
            lines.append(line)
        elif line.strip():
            break
    return lines


def words_of(line):
    """Each whitespace-separated word as (core, opens, closes): the brackets and choices it
    opens before its core and closes after it."""
    for raw in line.split():
        raw = raw[:-3] if raw.endswith("...") else raw
        opens = ""
        while raw and raw[0] in "[(":
            opens, raw = opens + raw[0], raw[1:]
        closes = ""
        while raw and raw[-1] in "])":
            closes, raw = raw[-1] + closes, raw[:-1]
        core = raw[:-3] if raw.endswith("...") else raw
        yield core, opens, closes


def read_line(line, command, help, problems, where):
    """What one synopsis line shows: {option: (optional, in a choice)} and the same for
    positionals."""
    rest = line[len(command) + 2:]
    stack = []  # open brackets: '[' or '('
    seen_options, seen_positionals = {}, {}
    value_due = 0
    for core, opens, closes in words_of(rest):
        stack.extend(opens)
        optional = "[" in stack
        choice = "(" in stack
        if core.startswith("*-"):
            name = core.strip("*")
            if name in help.options:
                seen_options[name] = (optional, choice)
                value_due = 0 if closes else help.options[name][1]
            elif name not in GLOBAL:
                problems.append(f"{where}: '{command}' has no option {name}")
                value_due = 0 if closes else 1
        elif core in ("|", ""):
            value_due = 0
        elif value_due:
            value_due -= 1  # the option's value: _date_, *csv*|*toml*, ofsted|gias|csv
        elif core.startswith("_") and core.endswith("_"):
            name = core.strip("_")
            if name in help.positionals:
                seen_positionals[name] = (optional, choice)
            elif not (name in PLACEHOLDERS and optional):
                problems.append(f"{where}: '{command}' has no argument _{name}_")
        for ch in closes:
            if stack:
                stack.pop()
    return seen_options, seen_positionals


def check_lines(lines, command, help, problems, where):
    """Required things are required on every line. An optional thing may be shown as required
    only on some lines: the forms of a command (meeting attend PEOPLE or --from SHEET)."""
    read = [read_line(line, command, help, problems, where) for line in lines]

    def judge(kind, name, required, shown_on):
        shown_as_required = [s is not None and not s[0] and not s[1] for s in shown_on]
        if required:
            for s in shown_on:
                if s is None or s[0] or s[1]:
                    problems.append(f"{where}: required {kind} of '{command}' is "
                                    f"{'missing' if s is None else 'shown as optional'}")
        elif all(shown_as_required):
            problems.append(f"{where}: optional {kind} of '{command}' is shown as required")

    for name, (required, _) in help.options.items():
        if name.startswith("--") or f"--{name.lstrip('-')}" not in help.options:
            judge(f"option {name}", name, required, [o.get(name) for o, _ in read])
    for name, required in help.positionals.items():
        judge(f"argument _{name}_", name, required, [p.get(name) for _, p in read])


def mentions(text, word):
    return re.search(r"(?<![A-Za-z0-9-])" + re.escape(word) + r"(?![A-Za-z0-9-])", text)


def check_command(row, problems):
    command = row["command"]
    words = command.split()[1:]
    noun, rest = words[0], " ".join(words[1:])
    path = os.path.join(MAN, f"lpg-{noun}.1.scd")
    if not os.path.exists(path):
        problems.append(f"man/lpg-{noun}.1.scd is missing")
        return
    with open(path, encoding="utf-8") as f:
        sections = page_sections(f.read())
    help = Help(words)
    where = f"man/lpg-{noun}.1.scd"
    lines = synopsis_lines(sections, command, rest)
    if not lines:
        problems.append(f"{where}: no synopsis line for '{command}' (*{command}* ...)")
    if lines:
        check_lines(lines, command, help, problems, where)
    body = "\n".join(sections.get(f"## {rest}", [])) if rest else \
        "\n".join(l for b in sections.values() for l in b)
    for name in help.options:
        if name.startswith("--") and not mentions(body, name):
            problems.append(f"{where}: '{command}' option {name} is not documented")
    body_lines = body.splitlines()
    for i, line in enumerate(body_lines):
        # A definition: a term line starting *--option*, its text on the next line, indented.
        if not line.startswith("*--") or i + 1 >= len(body_lines) or \
                not body_lines[i + 1].startswith("\t"):
            continue
        for name in re.findall(r"\*(--[a-z][a-z-]*)\*", line):
            if name not in help.options and name not in GLOBAL:
                problems.append(f"{where}: documents {name}, which '{command}' does not have")


rows = json.loads(run("__commands", "--format", "json").stdout)
GLOBAL = set(rows[0]["options"].split()) | {"--help", "--version"}
problems = []
count = 0
for row in rows[1:]:
    if row["leaf"] and not row["hidden"]:
        check_command(row, problems)
        count += 1
for p in problems:
    print("FAIL " + p)
print(f"{count} commands checked against --help, {len(problems)} disagreements")
sys.exit(1 if problems else 0)
