#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""lpg on a PostgreSQL database (issue 19): where the URL comes from, that no password is ever
printed, that the schema is made and numbered as on SQLite, and that a database newer than
the binary is refused. Runs against the throwaway cluster ctest starts (skipped without it)."""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import postgres_database, psql  # noqa: E402
from lpgtest import Scenario  # noqa: E402


def with_password(url, user, password):
    return url.replace("postgresql://lpg@", f"postgresql://{user}:{password}@")


url = postgres_database()
t = Scenario(sys.argv[1], "pg-store")
MIGRATIONS = os.path.join(os.path.dirname(__file__), "..", "..", "share", "migrations")
latest = max(int(name[:4]) for name in os.listdir(MIGRATIONS) if re.match(r"\d{4}_.*\.sql$", name))

# --db takes the URL; the first command makes the schema, numbered as on SQLite.
def setting(*args):
    rows = t.json(*args, "config", "show")
    return next((r["origin"], r["value"]) for r in rows if r["key"].startswith("database.")
                and r["key"] != "database.busy_timeout_ms" and r["origin"] != "default")


got = setting("--db", url)
t.check("config show names the URL from --db", got == ("--db", f'"{url}"'), got)
t.run("--db", url, "log", ok=False)
version = psql(url, "SELECT max(version) FROM lpg_migration")
t.check(f"the migrations ran on PostgreSQL up to {latest}", version == str(latest), version)
tables = psql(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                   "AND tablename IN ('organisation', 'meeting', 'membership', 'mail_outbox')")
t.check("the tables are there", tables == "4", tables)

# $LPG_DB and database.url take it too; --db wins over both, $LPG_DB over the file.
t.env["LPG_DB"] = url
got = setting()
t.check("$LPG_DB takes a URL", got == ("$LPG_DB", f'"{url}"'), got)
del t.env["LPG_DB"]
other = postgres_database()
t.config(f'[database]\nurl = "{other}"\n')
got = setting()
t.check("database.url in the file", got[1] == f'"{other}"', got)
t.run("log", ok=False)
t.check("a command opens the database the file names (its schema is made)",
        psql(other, "SELECT max(version) FROM lpg_migration") == str(latest))

# A password never shows: not in config show, not in a refusal, not in a warning.
secret = "s3cret-Pa55"
leaky = with_password(url, "lpg_password", secret)
t.config(f'[database]\nurl = "{leaky}"\n')
r = t.run("config", "show", ok=False)
out = (r.stdout + r.stderr).decode()
t.check("config show prints *** for a password in database.url",
        secret not in out and "lpg_password:***@" in out, out)
t.check("a password in the configuration file is warned about",
        "password" in r.stderr.decode() and ".pgpass" in r.stderr.decode(), r.stderr.decode())
r = t.run("log", ok=False)
out = (r.stdout + r.stderr).decode()
t.check("a wrong password: refused, exit 77, and the password is not in the message",
        r.returncode == 77 and secret not in out, f"{r.returncode} {out}")
r = t.run("--db", leaky, "config", "show", ok=False)
t.check("--db with a password: config show prints ***", secret not in
        (r.stdout + r.stderr).decode(), (r.stdout + r.stderr).decode())
t.config("")

# lpg init --db URL records it as database.url and makes the tables; with a password in it,
# init refuses rather than write the password into the file.
fresh = postgres_database()
t.env["LPG_CONFIG"] = t.path("init.toml")
r = t.run("--db", fresh + "&application_name=lpg", "init", ok=False)
t.check("init --db URL: exit 0, the URL recorded as database.url",
        r.returncode == 0 and f'url = "{fresh}&application_name=lpg"' in open(t.path("init.toml")).read(),
        r.stderr.decode())
t.check("and the tables made", psql(fresh, "SELECT max(version) FROM lpg_migration") == str(latest))
os.remove(t.path("init.toml"))
r = t.run("--db", with_password(fresh, "lpg_password", secret), "init", ok=False)
t.check("init --db with a password: exit 78, nothing written, the password not printed",
        r.returncode == 78 and not os.path.exists(t.path("init.toml")) and
        secret.encode() not in r.stderr, f"{r.returncode} {r.stderr}")
t.env["LPG_CONFIG"] = t.path("lpg.toml")

# A URL that is not PostgreSQL's in database.url is a configuration error, at once.
t.config('[database]\nurl = "mysql://db.example.org/lpg"\n')
r = t.run("config", "show", ok=False)
t.check("database.url must be postgresql://: exit 78",
        r.returncode == 78 and b"not a postgresql:// URL" in r.stderr, r.stderr.decode())
t.config("")

# No server there: exit 73, saying which (without a password).
gone = re.sub(r"host=[^&]+", "host=/nonexistent", leaky)
r = t.run("--db", gone, "log", ok=False)
t.check("an unreachable server: exit 73, no password",
        r.returncode == 73 and secret not in r.stderr.decode(), f"{r.returncode} {r.stderr}")

# The audit log records the operating-system user and the database role, and never a
# password given on the command line (the server trusts `lpg`, so any password logs in).
audited = postgres_database()
t.env["USER"] = "jo"
t.run("--db", with_password(audited, "lpg", "hunter2-pw"), "area", "add", "Kent")
t.run("--db=" + with_password(audited, "lpg", "hunter2-pw"), "area", "add", "Medway")
rows = t.json("--db", audited, "log")
t.check("the audit log names the OS user and the database role",
        [r["os_user"] for r in rows] == ["jo as lpg", "jo as lpg"], rows)
t.check("and keeps no password from the command line",
        all("hunter2" not in r["command"] and "lpg:***@" in r["command"] for r in rows), rows)
t.check("no password anywhere in the database",
        psql(audited, "SELECT count(*) FROM audit_log WHERE command LIKE '%hunter2%'") == "0")

# libpq's own conventions fill in what the URL leaves out: PGHOST and PGUSER, a service file.
host = re.search(r"host=([^&]+)", url).group(1)
name = re.search(r"@/([^?]+)", url).group(1)
env = dict(t.env, PGHOST=host, PGUSER="lpg", PGPORT="5432")
r = subprocess.run([t.lpg, "--db", f"postgresql:///{name}", "area", "add", "From PGHOST"],
                   env=env, capture_output=True)
t.check("postgresql:///NAME with PGHOST and PGUSER", r.returncode == 0, r.stderr)
with open(t.path(".pg_service.conf"), "w") as f:
    f.write(f"[county]\nhost={host}\nport=5432\nuser=lpg\ndbname={name}\n")
areas = t.json("--db", "postgresql://?service=county", "area", "list")
t.check("a libpq service file (~/.pg_service.conf)",
        "From PGHOST" in [a["name"] for a in areas], areas)

# A database newer than this binary is refused, and left as it was.
psql(url, "INSERT INTO lpg_migration (version, name, applied_at) "
          "VALUES (99, '0099_future.sql', '2030-01-01T00:00:00Z')")
r = t.run("--db", url, "log", ok=False)
t.check("a newer schema is refused: exit 65",
        r.returncode == 65 and b"schema version 99, newer than this lpg knows" in r.stderr,
        f"{r.returncode} {r.stderr}")
t.check("and left as it was", psql(url, "SELECT max(version) FROM lpg_migration") == "99")
t.finish()
