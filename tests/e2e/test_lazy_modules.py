#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Only the commands that need them load libpq, GMime and libical (issue 16's memory figure).

Mapping those libraries (with Kerberos, LDAP, TLS and ICU behind them) cost every lpg process
some 11 MB, the cron import among them. They now sit in two modules loaded on first use:
lpg-postgres.so for a PostgreSQL database, lpg-mail-reader.so for `lpg mail replies`. The
dynamic loader's own record (LD_DEBUG=files) says which shared objects a run loaded."""
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lpgtest import Scenario  # noqa: E402

HEAVY = ("lpg-postgres.so", "libpq.so", "libpqxx", "libkrb5", "libldap", "libssl",
         "lpg-mail-reader.so", "libgmime", "libical", "libicu", "libgnutls", "libgpgme")
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
REGISTER = ("Provider URN,Provider type,Provider name,Local authority,Postcode\n"
            "EY100001,Childcare on non-domestic premises,Acorn Nursery,Oxfordshire,OX16 1AA\n"
            "EY100002,Childminder,Jo Minder,Oxfordshire,OX16 2BB\n")


def loaded(t, *args):
    """The shared objects one run of lpg loaded, and the run."""
    t.env["LD_DEBUG"] = "files"
    try:
        r = t.run(*args, ok=False)
    finally:
        del t.env["LD_DEBUG"]
    names = re.findall(r"file=(\S+)\s+\[0\];\s+(?:needed|dynamically loaded)",
                       r.stderr.decode(errors="replace"))
    return {os.path.basename(n) for n in names}, r


def heavy(names):
    return sorted(n for n in names if any(h in n for h in HEAVY))


t = Scenario(sys.argv[1], "lazy-modules")
if os.environ.get("LPG_TEST_STORE") == "postgres":
    t.env["LPG_DB"] = t.path("lpg.db")  # this story is about what a SQLite run loads
t.write("ofsted.csv", REGISTER)
for args in (["--version"], ["import", "orgs", "ofsted.csv", "--source", "ofsted"], ["org", "list"],
             ["report", "reminders", "--format", "csv"], ["meeting", "list"]):
    names, r = loaded(t, *args)
    t.check(f"lpg {' '.join(args)}: runs", r.returncode == 0, r.stderr.decode()[-400:])
    t.check(f"lpg {' '.join(args)}: loads no PostgreSQL or mail-reading library",
            not heavy(names), heavy(names))
    t.check(f"lpg {' '.join(args)}: the loader's record was read", "libsqlite3.so.0" in names,
            sorted(names))

names, r = loaded(t, "mail", "replies", os.path.join(DATA, "imip", "plain-message.eml"),
                  "--dry-run")
t.check("mail replies: reads the message", r.returncode == 0, r.stderr.decode()[-400:])
t.check("mail replies: loads lpg-mail-reader.so with GMime and libical",
        {"lpg-mail-reader.so"} <= names and any("libgmime" in n for n in names)
        and any("libical" in n for n in names), heavy(names))
t.check("mail replies: loads no PostgreSQL library", not any("libpq" in n for n in names),
        heavy(names))

nowhere = tempfile.mkdtemp(prefix="lpg-nohost-")
url = f"postgresql://lpg@/lpg?host={nowhere}&port=5432"
names, r = loaded(t, "--db", url, "org", "list")
t.check("a PostgreSQL URL loads lpg-postgres.so and libpq",
        "lpg-postgres.so" in names and any("libpq.so" in n for n in names), heavy(names))
t.check("a PostgreSQL URL with no server: exit 73 (cannot reach), not a missing module",
        r.returncode == 73, f"{r.returncode}: {r.stderr.decode()}")

# A binary copied away from its modules says what is missing and where it looked.
alone = tempfile.mkdtemp(prefix="lpg-alone-")
shutil.copy(t.lpg, alone)
t.lpg = os.path.join(alone, "lpg")
r = t.run("--db", url, "org", "list", ok=False)
stderr = r.stderr.decode()
t.check("lpg without its modules: exit 78", r.returncode == 78, f"{r.returncode}: {stderr}")
t.check("lpg without its modules: names the module and where it looked",
        "lpg-postgres.so is not installed" in stderr and alone in stderr, stderr)
r = t.run("org", "list", ok=False)
t.check("lpg without its modules: SQLite commands still work", r.returncode == 0, r.stderr)
shutil.rmtree(alone)
shutil.rmtree(nowhere)
t.finish()
