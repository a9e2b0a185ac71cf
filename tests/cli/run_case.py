#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Runs one end-to-end case against the real lpg binary.

A case is a directory tests/cli/<command>/<case>/ holding:
  args        the command line under test (shell words, without the leading `lpg`)
  setup       optional: lpg command lines run first, one per line; each must exit 0
              (`!sh CMD` lines run a shell command instead)
  lpg.toml    optional: the configuration file ($LPG_CONFIG points at it)
  env         optional: KEY=VALUE lines added to the environment (KEY= unsets)
  stdin       optional: fed to the command under test
  files/      optional: copied into the temporary directory (the working directory)
  exit        expected exit code (default 0)
  stdout      expected standard output (default empty)
  stderr      expected standard error (default empty)
  after       optional: lpg command lines run afterwards (lines starting `!sqlite3 SQL`
              query the database, `!sh CMD` runs a shell command in the temporary directory);
              their outputs, concatenated, must equal `after.out`.
              Use it to show that a refused command changed nothing.

Each case runs in a fresh temporary directory with its own HOME, XDG_* dirs, LPG_DB,
TZ=UTC, LC_ALL=C.UTF-8, NO_COLOR=1 and LPG_NOW=2026-11-30T09:00. The temporary directory in any
output is replaced with {TMP}, and random meeting UIDs with {UID}. LPG_BLESS=1 rewrites the expected files from what ran.

With LPG_TEST_STORE=postgres (ctest's cli-pg/<case>, issue 19) the same case runs on a fresh
database of the throwaway PostgreSQL cluster (LPG_TEST_PG_URL), the URL shown as
{TMP}/lpg.db so that the same expected files hold (and the audit log's "tester as lpg", the
database role PostgreSQL adds, as "tester"). A case about the SQLite file itself (it
queries it with SQLite-only SQL or sqlite3 commands, names a database file, or is a `db`
command) or listed in tests/cli/postgres-skip.txt exits 77: skipped. A `!sqlite3 SQL` or
`!sh sqlite3 lpg.db "SQL"` line whose SQL means the same on both runs through psql there,
printing as sqlite3 does (fields joined by |, no header); after it the identity columns
are set past the largest id, as SQLite's rowid is, in case it inserted explicit ids.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

LPG, CASE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
BLESS = os.environ.get("LPG_BLESS") == "1"
ON_POSTGRES = os.environ.get("LPG_TEST_STORE") == "postgres"
SKIP = 77


def read(name, default=None):
    path = os.path.join(CASE, name)
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def make_env(tmp):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(tmp, "home"),
        "XDG_CONFIG_HOME": os.path.join(tmp, "home", ".config"),
        "XDG_DATA_HOME": os.path.join(tmp, "home", ".local", "share"),
        "LPG_DB": os.path.join(tmp, "lpg.db"),
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "NO_COLOR": "1",
        "LPG_NOW": "2026-11-30T09:00",
        "USER": "tester",
    }
    if os.path.exists(os.path.join(CASE, "lpg.toml")):
        env["LPG_CONFIG"] = os.path.join(tmp, "lpg.toml")
    for line in (read("env") or "").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        value = value.replace("{TMP}", tmp)
        if value:
            env[key] = value
        else:
            env.pop(key, None)
    return env


def run(tmp, env, words, stdin=None):
    return subprocess.run([LPG] + words, cwd=tmp, env=env, input=stdin, capture_output=True,
                          timeout=120)


UID = re.compile(r"[0-9a-f]{32}@lpg")


PG_URL = None  # the case's PostgreSQL database, when it runs there


def normalise(data, tmp):
    text = data.decode("utf-8", errors="surrogateescape")
    if PG_URL:
        text = text.replace(PG_URL, os.path.join(tmp, "lpg.db"))
        # The audit log names the database role on PostgreSQL ("tester as lpg"), by design
        # (tests/e2e/test_pg_store.py checks it); the expected files hold the SQLite form.
        text = text.replace("tester as lpg", "tester")
    text = text.replace(os.path.realpath(tmp), "{TMP}").replace(tmp, "{TMP}")
    return UID.sub("{UID}", text)  # meeting UIDs are random by design


def words_of(line, tmp):
    return [w.replace("{TMP}", tmp) for w in shlex.split(line)]


def command_lines(text):
    return [l for l in (text or "").splitlines() if l.strip() and not l.lstrip().startswith("#")]


# SQL that sqlite3 runs but PostgreSQL does not, or runs differently ("x" is a name there).
SQLITE_ONLY_SQL = re.compile(r'\b(pragma|sqlite_\w+|rowid|indexed\s+by|glob)\b|"|\b(typeof|'
                             r'group_concat|julianday|strftime|datetime|printf|total)\s*\(', re.I)

# After SQL that may have inserted explicit ids: each identity column starts past the largest.
RESYNC_IDS = """DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES' LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), '
                   'coalesce((SELECT max(%I) FROM %I), 0) + 1, false)',
                   r.table_name, r.column_name, r.column_name, r.table_name);
  END LOOP; END $$"""


def portable_sql(line):
    """The SQL of a line that only runs SQL on the case's database, when it means the same on
    PostgreSQL: `!sqlite3 SQL` or `!sh sqlite3 lpg.db "SQL"`. Else None."""
    sql = None
    if line.startswith("!sqlite3 "):
        sql = line[len("!sqlite3 "):]
    elif line.startswith("!sh "):
        try:
            words = shlex.split(line[len("!sh "):])
        except ValueError:
            return None
        if len(words) == 3 and words[:2] == ["sqlite3", "lpg.db"]:
            sql = words[2]
    return sql if sql is not None and not SQLITE_ONLY_SQL.search(sql) else None


def psql(env, sql):
    return subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1",
                           "-d", PG_URL, "-c", sql], env=env, capture_output=True, timeout=60)


def run_line(tmp, env, line):
    if PG_URL and portable_sql(line) is not None:
        r = psql(env, portable_sql(line))
        if r.returncode == 0:
            psql(env, RESYNC_IDS).check_returncode()
        return r
    if line.startswith("!sqlite3 "):
        return subprocess.run(["sqlite3", env["LPG_DB"], line[len("!sqlite3 "):]],
                              capture_output=True, timeout=60)
    if line.startswith("!sh "):
        return subprocess.run(["bash", "-c", line[len("!sh "):]], cwd=tmp, env=env,
                              capture_output=True, timeout=60)
    return run(tmp, env, words_of(line, tmp))


def run_after(tmp, env):
    out = []
    for line in command_lines(read("after")):
        r = run_line(tmp, env, line)
        out.append(f"$ {line}\n" + normalise(r.stdout, tmp) + normalise(r.stderr, tmp))
        if r.returncode:
            out.append(f"[exit {r.returncode}]\n")
    return "".join(out)


def compare(name, expected, actual, failures):
    if expected == actual:
        return
    if BLESS:
        with open(os.path.join(CASE, name), "w", encoding="utf-8", newline="") as f:
            f.write(actual)
        return
    failures.append(f"--- {name}: expected\n{expected}\n--- {name}: actual\n{actual}")


def sqlite_only():
    """Whether the case is about the SQLite file itself, or listed as not for PostgreSQL."""
    name = os.path.relpath(CASE, os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "postgres-skip.txt"),
              encoding="utf-8") as f:
        listed = {line.split("#", 1)[0].strip() for line in f}
    if name in listed or name.split("/")[0] in listed:
        return True
    lines = [l for n in ("setup", "after") for l in command_lines(read(n))
             if portable_sql(l) is None]
    text = "\n".join(lines + [read(n) or "" for n in ("args", "env")])
    return ("sqlite3" in text or "lpg.db" in text or "--db" in text or "LPG_DB" in text or
            (read("args") or "").split()[:1] == ["db"])


def postgres_database():
    url = os.environ.get("LPG_TEST_PG_URL", "")
    host = re.search(r"[?&]host=([^&]+)", url)
    if not host:
        sys.exit(SKIP)
    cluster = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pg", "cluster.py")
    r = subprocess.run([sys.executable, cluster, "createdb", host.group(1)], capture_output=True,
                       text=True)
    if r.returncode != 0:
        sys.exit(r.returncode if r.returncode == SKIP else f"createdb: {r.stderr}")
    return r.stdout.strip()


def main():
    global PG_URL
    if ON_POSTGRES:
        if sqlite_only():
            sys.exit(SKIP)
        PG_URL = postgres_database()
    # A fixed-length path under /tmp keeps aligned tables aligned after {TMP} replaces it.
    tmp = tempfile.mkdtemp(prefix="lpg-case-", dir="/tmp")
    try:
        files = os.path.join(CASE, "files")
        if os.path.isdir(files):
            shutil.copytree(files, tmp, dirs_exist_ok=True)
        if os.path.exists(os.path.join(CASE, "lpg.toml")):
            shutil.copy(os.path.join(CASE, "lpg.toml"), os.path.join(tmp, "lpg.toml"))
        env = make_env(tmp)
        if PG_URL:
            env["LPG_DB"] = PG_URL
        for line in command_lines(read("setup")):
            r = run_line(tmp, env, line)
            if r.returncode != 0:
                sys.exit(f"setup failed: {line}\n{r.stdout.decode()}{r.stderr.decode()}")
        stdin = read("stdin")
        r = run(tmp, env, words_of((read("args") or "").strip(), tmp),
                stdin.encode() if stdin is not None else None)
        failures = []
        compare("exit", (read("exit") or "0").strip() + "\n", f"{r.returncode}\n", failures)
        compare("stdout", read("stdout", ""), normalise(r.stdout, tmp), failures)
        compare("stderr", read("stderr", ""), normalise(r.stderr, tmp), failures)
        if read("after") is not None:
            compare("after.out", read("after.out", ""), run_after(tmp, env), failures)
        if failures:
            print("\n".join(failures))
            sys.exit(1)
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", tmp], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


main()
