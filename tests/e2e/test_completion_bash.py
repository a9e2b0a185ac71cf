#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""completions/lpg.bash in a real bash: COMPREPLY holds subcommands, options and stored names.

usage: test_completion_bash.py LPG
Builds a database with `lpg init` and sqlite3 INSERTs (group add lives on another branch), then
sets COMP_WORDS/COMP_CWORD as bash would and calls the completion function.
"""
import os
import shlex
import subprocess
import sys
import tempfile

LPG = os.path.abspath(sys.argv[1])
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SCRIPT = os.path.join(ROOT, "completions", "lpg.bash")
GROUPS = [("Bicester Early Years", "partnership"), ("Banbury Hub", "hub"), ("Oxford Board", "board")]


def make_env(tmp):
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": tmp, "LC_ALL": "C.UTF-8",
            "LPG_DB": os.path.join(tmp, "lpg.db"), "LPG_CONFIG": os.path.join(tmp, "lpg.toml"),
            "XDG_CONFIG_HOME": os.path.join(tmp, ".config"),
            "XDG_DATA_HOME": os.path.join(tmp, ".local", "share")}


def make_db(env):
    subprocess.run([LPG, "init"], env=env, check=True, capture_output=True)
    values = ", ".join(f"('{n}', '{n.lower()}', '{k}', 'x')" for n, k in GROUPS)
    subprocess.run(["sqlite3", env["LPG_DB"],
                    f"INSERT INTO grp (name, name_key, kind, created_at) VALUES {values}"],
                   check=True)


def complete(env, words):
    """COMPREPLY for a command line given as bash's COMP_WORDS (the last is being completed)."""
    script = (f"source {shlex.quote(SCRIPT)}\n"
              f"COMP_WORDS=({' '.join(shlex.quote(w) for w in [LPG] + words)})\n"
              f"COMP_CWORD={len(words)}\n"
              "_lpg\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    r = subprocess.run(["bash", "--norc", "--noprofile", "-c", script], env=env,
                       capture_output=True, text=True, timeout=60)
    if r.returncode != 0 or r.stderr:
        sys.exit(f"bash failed for {words}: {r.stderr}")
    return [line for line in r.stdout.splitlines() if line]


def expect(env, words, must, must_not=()):
    got = complete(env, words)
    missing = [w for w in must if w not in got]
    unwanted = [w for w in must_not if w in got]
    if missing or unwanted:
        sys.exit(f"completing {words}: COMPREPLY={got}\n  missing {missing}\n  unwanted {unwanted}")


def main():
    with tempfile.TemporaryDirectory(prefix="lpg-compl-") as tmp:
        env = make_env(tmp)
        make_db(env)
        expect(env, [""], ["init", "help", "config", "db"], ["__complete", "__commands"])
        expect(env, ["db", "b"], ["backup"], ["info"])
        expect(env, ["db", "backup", "--f"], ["--force", "--format"])
        expect(env, ["--format", ""], ["table", "csv", "json"])
        expect(env, ["help", "db", ""], ["info", "check", "backup"])
        # Names with spaces come back escaped for the command line, or bare inside a quote.
        expect(env, ["group", "show", "--group", ""],
               ["Bicester\\ Early\\ Years", "Banbury\\ Hub", "Oxford\\ Board"])
        expect(env, ["group", "show", "--group", "b"], ["Bicester\\ Early\\ Years", "Banbury\\ Hub"],
               ["Oxford\\ Board"])
        expect(env, ["group", "show", "--group", '"bic'], ["Bicester Early Years"])
        expect(env, ["group", "show", "--group", "Bicester\\ E"], ["Bicester\\ Early\\ Years"])
        # bash splits --group=Bic at '='; the script joins it and completes the name alone.
        expect(env, ["group", "add", "X", "--reports-to", "=", "ox"], ["Oxford\\ Board"])
        # No database: nothing, silently (bash then falls back to file names).
        env["LPG_DB"] = os.path.join(tmp, "none.db")
        expect(env, ["group", "show", "--group", ""], [], ["Banbury\\ Hub"])
        if os.path.exists(env["LPG_DB"]):
            sys.exit("completion created a database")


main()
