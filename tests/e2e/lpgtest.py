# SPDX-License-Identifier: MIT
"""A small harness for scenario tests: a fresh temporary database per Scenario, `lpg` runs
with a pinned clock, and checks that print what they tried."""
import json
import os
import subprocess
import sys
import tempfile


class Scenario:
    def __init__(self, lpg, name):
        self.lpg = os.path.abspath(lpg)
        self.name = name
        self.tmp = tempfile.mkdtemp(prefix=f"lpg-{name}-", dir="/tmp")
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.tmp,
            "LPG_DB": os.path.join(self.tmp, "lpg.db"),
            "LPG_CONFIG": os.path.join(self.tmp, "lpg.toml"),
            "TZ": "UTC",
            "LC_ALL": "C.UTF-8",
            "NO_COLOR": "1",
            "LPG_NOW": "2026-09-01T09:00",
        }
        if os.environ.get("LPG_TEST_STORE") == "postgres":
            # The same story on the second store (issue 19): ctest runs the scenarios listed
            # in tests/CMakeLists.txt again as e2e-pg/<name>, each on a fresh PostgreSQL
            # database of the throwaway cluster.
            from harness import postgres_database
            self.env["LPG_DB"] = postgres_database()
        with open(self.env["LPG_CONFIG"], "w") as f:
            f.write("")
        self.failures = []
        self.checks = 0

    def config(self, text):
        with open(self.env["LPG_CONFIG"], "w") as f:
            f.write(text)

    def now(self, when):
        self.env["LPG_NOW"] = when

    def run(self, *args, stdin=None, ok=True):
        r = subprocess.run([self.lpg, *args], env=self.env, cwd=self.tmp, input=stdin,
                           capture_output=True)
        if ok and r.returncode != 0:
            sys.exit(f"lpg {' '.join(args)} failed ({r.returncode}):\n{r.stderr.decode()}")
        return r

    def json(self, *args):
        return json.loads(self.run(*args, "--format", "json").stdout)

    def path(self, name):
        return os.path.join(self.tmp, name)

    def write(self, name, data):
        with open(self.path(name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return self.path(name)

    def dump(self):
        """The whole database as text, to compare before and after a refusal: `sqlite3 .dump`,
        or `pg_dump` when the scenario runs on PostgreSQL."""
        db = self.env["LPG_DB"]
        if db.startswith("postgresql:"):
            import glob
            command = [sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))[-1], "-d", db]
        else:
            command = ["sqlite3", db, ".dump"]
        out = subprocess.run(command, capture_output=True, check=True).stdout
        # pg_dump fences its output with a random key each run (\restrict KEY ... \unrestrict).
        return b"\n".join(line for line in out.split(b"\n")
                           if not line.startswith((b"\\restrict ", b"\\unrestrict ")))

    def check(self, what, condition, detail=""):
        self.checks += 1
        print(("ok   " if condition else "FAIL ") + what + ("" if condition else f"  {detail}"))
        if not condition:
            self.failures.append(what)

    def refused(self, what, args, code, message, unchanged):
        """Runs a command that must be refused: exit code, message, and `unchanged` (a list of
        lpg command lines) printing the same before and after."""
        before = [self.run(*u).stdout for u in unchanged]
        r = self.run(*args, ok=False)
        self.check(f"{what}: exit {code}", r.returncode == code, f"got {r.returncode}")
        stderr = r.stderr.decode(errors="replace")
        self.check(f"{what}: says '{message}'", message in stderr, stderr)
        after = [self.run(*u).stdout for u in unchanged]
        self.check(f"{what}: nothing changed", before == after)

    def finish(self):
        print(f"{self.checks - len(self.failures)} passed, {len(self.failures)} failed")
        subprocess.run(["rm", "-rf", self.tmp])
        sys.exit(1 if self.failures else 0)
