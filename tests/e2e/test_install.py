#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""`cmake --install` into a temporary prefix gives a working lpg with its pages and completions.

usage: test_install.py LPG   (LPG is the built binary; its directory is the build tree)
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

LPG = os.path.abspath(sys.argv[1])
BUILD = os.path.dirname(LPG)
EXPECTED = [
    "bin/lpg",
    "share/man/man1/lpg.1", "share/man/man1/lpg-db.1", "share/man/man5/lpg.toml.5",
    "share/bash-completion/completions/lpg",
    "share/zsh/vendor-completions/_lpg",
    "share/fish/vendor_completions.d/lpg.fish",
    "share/lpg/lpg.example.toml", "share/lpg/demo",
]


def run(args, **kw):
    r = subprocess.run(args, capture_output=True, text=True, timeout=120, **kw)
    if r.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    return r.stdout


def on_terminal(command, env):
    """What `command` prints when its stdout is a terminal (script(1) gives it one)."""
    return run(["script", "-qec", command, "/dev/null"], env=env)


def check_modules(prefix, lpg):
    """The modules are installed in LIBDIR/lpg, and the installed binary loads them."""
    for module in ("lpg-postgres.so", "lpg-mail-reader.so"):
        if not glob.glob(os.path.join(prefix, "lib*", "**", "lpg", module), recursive=True):
            sys.exit(f"not installed under {prefix}/LIBDIR/lpg: {module}")
    with tempfile.TemporaryDirectory(prefix="lpg-nohost-") as nowhere:
        url = f"postgresql://lpg@/lpg?host={nowhere}&port=5432"
        r = subprocess.run([lpg, "--db", url, "org", "list"], capture_output=True, text=True,
                           timeout=60, env=dict(os.environ, HOME=prefix))
        if r.returncode != 73:  # cannot reach the server: the module loaded and tried
            sys.exit(f"installed lpg on a PostgreSQL URL: exit {r.returncode}:\n{r.stderr}")


def main():
    with tempfile.TemporaryDirectory(prefix="lpg-install-") as prefix:
        run(["cmake", "--install", BUILD, "--prefix", prefix])
        missing = [p for p in EXPECTED if not os.path.exists(os.path.join(prefix, p))]
        if missing:
            sys.exit(f"not installed under {prefix}: {missing}")
        lpg = os.path.join(prefix, "bin", "lpg")
        if not run([lpg, "--version"]).startswith("lpg "):
            sys.exit("the installed lpg does not print its version")
        check_modules(prefix, lpg)
        env = dict(os.environ, MANPAGER="cat", PAGER="cat", MANWIDTH="80", LC_ALL="C.UTF-8",
                   HOME=prefix)
        page = run(["man", "-l", os.path.join(prefix, "share/man/man1/lpg.1")], env=env)
        if "lpg - run local partnership groups" not in page or "EXIT STATUS" not in page:
            sys.exit(f"man -l lpg.1 did not render the page:\n{page[:500]}")
        if shutil.which("script") is None:
            return
        # On a terminal `lpg help db` shows lpg-db(1), found beside the installed binary...
        shown = on_terminal(f"{lpg} help db", env)
        if "lpg-db - look after the database file" not in shown.replace("\b", ""):
            sys.exit(f"installed 'lpg help db' on a terminal did not show lpg-db(1):\n{shown[:500]}")
        # ...and beside the binary in the build tree (build/man).
        shown = on_terminal(f"{LPG} help init", env)
        if "lpg-init - write a configuration" not in shown.replace("\b", ""):
            sys.exit(f"'lpg help init' on a terminal did not show lpg-init(1):\n{shown[:500]}")


main()
