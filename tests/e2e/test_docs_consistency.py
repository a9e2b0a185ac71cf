#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Every command is documented and tested: reads the command table through `lpg __commands`.

usage: test_docs_consistency.py LPG

Checks, naming exactly what to add when one fails:
  - each command noun (the first word: group, db, init) has man/lpg-<noun>.1.scd, and lpg.1.scd
    refers to it as *lpg-<noun>*(1);
  - a command of two or more words (db backup) has a subsection "## backup" (the words after
    the noun) in its noun's page, and each of its options and positionals appears in that
    subsection; a one-word command (init) documents them anywhere in its page;
  - each global option appears in man/lpg.1.scd, and each configuration key (lpg config show)
    in man/lpg.toml.5.scd;
  - each command, hidden ones too, is run by the `args` of at least one tests/cli case.
Hidden commands (__complete, __commands) need no page.
"""
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

LPG = os.path.abspath(sys.argv[1])
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
MAN = os.path.join(ROOT, "man")
CLI = os.path.join(ROOT, "tests", "cli")


def run_json(*args):
    with tempfile.TemporaryDirectory(prefix="lpg-docs-") as tmp:
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LC_ALL": "C.UTF-8",
               "LPG_DB": os.path.join(tmp, "lpg.db")}
        r = subprocess.run([LPG, *args, "--format", "json"], env=env, capture_output=True,
                           text=True, timeout=60)
    if r.returncode != 0:
        sys.exit(f"lpg {' '.join(args)} failed: {r.stderr}")
    return json.loads(r.stdout)


def read_page(name):
    path = os.path.join(MAN, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return f.read()


def mentions(text, word):
    """`word` (an option such as --force, or a positional name) appears as a whole word."""
    flags = 0 if word.startswith("-") else re.IGNORECASE
    return re.search(r"(?<![A-Za-z0-9-])" + re.escape(word) + r"(?![A-Za-z0-9-])", text,
                     flags) is not None


def subsection(text, title):
    """The text under the scdoc heading '## title', up to the next heading; None if absent."""
    m = re.search(r"^## " + re.escape(title) + r"[ \t]*$", text, re.MULTILINE)
    if m is None:
        return None
    rest = text[m.end():]
    end = re.search(r"^#{1,2} ", rest, re.MULTILINE)
    return rest[:end.start()] if end else rest


def check_command(row, problems):
    words = row["command"].split()[1:]
    noun, rest = words[0], " ".join(words[1:])
    page_name = f"lpg-{noun}.1.scd"
    page = read_page(page_name)
    if page is None:
        problems.append(f"man/{page_name} is missing: write the page for 'lpg {noun}' "
                        f"(copy man/lpg-db.1.scd)")
        return
    if not row["leaf"]:
        return
    where, text = f"man/{page_name}", page
    if rest:
        text = subsection(page, rest)
        where = f"man/{page_name}, section '## {rest}'"
        if text is None:
            problems.append(f"man/{page_name} has no section for 'lpg {noun} {rest}': add a "
                            f"line '## {rest}' under '# COMMANDS' describing it")
            return
    for option in row["options"].split():
        if not mentions(text, option):
            problems.append(f"{where} does not document option {option} of '{row['command']}'")
    for positional in row["positionals"].split():
        if not mentions(text, positional):
            problems.append(f"{where} does not document argument '{positional}' of "
                            f"'{row['command']}' (write it as _{positional}_)")


def check_overview(rows, problems):
    overview = read_page("lpg.1.scd") or ""
    for option in rows[0]["options"].split():
        if not mentions(overview, option):
            problems.append(f"man/lpg.1.scd does not document global option {option} "
                            f"(under '# GLOBAL OPTIONS')")
    nouns = sorted({r["command"].split()[1] for r in rows[1:] if not r["hidden"]})
    for noun in nouns:
        if f"*lpg-{noun}*(1)" not in overview:
            problems.append(f"man/lpg.1.scd does not refer to *lpg-{noun}*(1): add it under "
                            f"'# COMMANDS' and '# SEE ALSO'")
    toml_page = read_page("lpg.toml.5.scd") or ""
    for setting in run_json("config", "show"):
        if setting["key"] == "file":
            continue
        section, _, key = setting["key"].partition(".")
        if f"*[{section}]*" not in toml_page or f"*{key}* = _" not in toml_page:
            problems.append(f"man/lpg.toml.5.scd does not document {setting['key']} "
                            f"(a '*{key}* = _type_' entry under *[{section}]*)")


def case_commands(global_valued):
    """Each tests/cli case's args, as the command words it runs (global options skipped)."""
    for dirpath, _, files in os.walk(CLI):
        if "args" not in files:
            continue
        with open(os.path.join(dirpath, "args"), encoding="utf-8") as f:
            tokens = shlex.split(f.read())
        words, skip = [], False
        for token in tokens:
            if skip:
                skip = False
            elif token.startswith("-"):
                skip = token in global_valued
            else:
                words.append(token)
        yield words


def check_cases(rows, problems):
    global_valued = set(rows[0]["value_options"].split())
    used = list(case_commands(global_valued))
    for row in rows[1:]:
        if not row["leaf"]:
            continue
        words = row["command"].split()[1:]
        if not any(w[:len(words)] == words for w in used):
            problems.append(f"no tests/cli case runs '{row['command']}': add one with "
                            f"tests/cli/mkcase.py tests/cli/{words[0]}/<case> "
                            f"'{' '.join(words)} ...'")


def main():
    rows = run_json("__commands")
    if rows[0]["command"] != "lpg":
        sys.exit(f"lpg __commands: the first row should be 'lpg', not {rows[0]['command']!r}")
    problems = []
    for row in rows[1:]:
        if not row["hidden"]:
            check_command(row, problems)
    check_overview(rows, problems)
    check_cases(rows, problems)
    if problems:
        sys.exit("documentation and tests are out of step with the command table:\n  "
                 + "\n  ".join(problems))


main()
