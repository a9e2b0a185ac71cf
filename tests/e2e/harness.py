# SPDX-License-Identifier: MIT
"""Shared helpers for the reliability scenarios in tests/e2e (not a test itself).

Each scenario runs the real binary (sys.argv[1]) in a fresh temporary directory with its own
HOME, XDG directories and LPG_DB, as tests/cli/run_case.py does. Exit code 77 tells ctest that a
scenario was skipped (SKIP_RETURN_CODE), for the few that need mounts or another user.
"""
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

SKIP = 77
INTERRUPTED = "lpg: interrupted; nothing was saved\n"


def skip(reason):
    print(f"SKIPPED: {reason}")
    sys.exit(SKIP)


def make_env(tmp, db=None):
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(tmp, "home"),
        "XDG_CONFIG_HOME": os.path.join(tmp, "home", ".config"),
        "XDG_DATA_HOME": os.path.join(tmp, "home", ".local", "share"),
        "LPG_DB": db or os.path.join(tmp, "lpg.db"),
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "NO_COLOR": "1",
        "USER": "tester",
        # Sanitizer builds: a leak report must not turn a killed process into a failure.
        "ASAN_OPTIONS": os.environ.get("ASAN_OPTIONS", "detect_leaks=0"),
    }


class Lpg:
    """The binary under test, bound to one temporary directory and database."""

    def __init__(self, binary, tmp, db=None, prefix=None):
        self.binary = os.path.abspath(binary)
        self.tmp = tmp
        self.env = make_env(tmp, db)
        self.db = self.env["LPG_DB"]
        self.prefix = prefix or []  # e.g. setpriv ... to run as another user

    def argv(self, *args):
        return self.prefix + [self.binary] + [str(a) for a in args]

    def run(self, *args, timeout=120):
        return subprocess.run(self.argv(*args), cwd=self.tmp, env=self.env, capture_output=True,
                              text=True, timeout=timeout)

    def ok(self, *args):
        result = self.run(*args)
        if result.returncode != 0:
            raise AssertionError(f"lpg {' '.join(map(str, args))} exited {result.returncode}:\n"
                                 f"{result.stdout}{result.stderr}")
        return result

    def start(self, *args):
        return subprocess.Popen(self.argv(*args), cwd=self.tmp, env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def check(self):
        """`lpg db check` must pass."""
        result = self.run("db", "check")
        assert result.returncode == 0 and result.stdout == "ok\n", \
            f"db check failed ({result.returncode}):\n{result.stdout}{result.stderr}"

    def rows(self):
        """Rows in the audit log, where __selftest-slow-write writes, read by SQLite directly."""
        with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True) as db:
            return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def tempdir(name):
    tmp = tempfile.mkdtemp(prefix=f"lpg-{name}-")
    os.chmod(tmp, 0o755)
    return tmp


def cleanup(tmp):
    shutil.rmtree(tmp, ignore_errors=True)


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


CLUSTER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pg", "cluster.py")


def postgres_database():
    """The URL of a fresh, empty database in the throwaway PostgreSQL cluster that ctest starts
    for tests named test_pg_*.py (tests/pg/cluster.py; LPG_TEST_PG_URL names its maintenance
    database). Skips the scenario (exit 77) when there is no cluster: the postgresql package is
    not installed, or the script was run outside ctest."""
    url = os.environ.get("LPG_TEST_PG_URL", "")
    host = re.search(r"[?&]host=([^&]+)", url)
    if not host:
        skip("no PostgreSQL test cluster (install postgresql, and run through ctest)")
    r = subprocess.run([sys.executable, CLUSTER, "createdb", host.group(1)], capture_output=True,
                       text=True)
    if r.returncode == SKIP:
        skip("no PostgreSQL server binaries")
    if r.returncode != 0:
        sys.exit(f"cannot create a PostgreSQL database: {r.stderr}")
    return r.stdout.strip()


def psql(url, sql):
    """Runs `sql` through the cluster's own psql on database `url`; its output, unaligned."""
    binary = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))[-1]
    r = subprocess.run([binary, "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d", url,
                        "-c", sql], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"psql {sql!r}: {r.stderr}")
    return r.stdout.strip()

