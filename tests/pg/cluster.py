#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A throwaway PostgreSQL cluster for the tests (a ctest fixture; see tests/CMakeLists.txt).

    cluster.py start DIR      initdb in DIR, start a server listening only on a Unix socket in
                              DIR (no TCP at all), trust authentication, superuser `lpg`
    cluster.py stop DIR       stop it at once and delete DIR
    cluster.py createdb DIR   create a fresh, empty database and print its URL
    cluster.py url DIR        print the URL of the maintenance database (postgres)

Authentication is `trust` for every role but one: `lpg_password` logs in only with the password
`lpg-test-password` (SCRAM), for the tests that a password never reaches a message.

The server runs as an unprivileged user: as itself, or when run as root (CI) as `nobody`
through setpriv, in a DIR that user owns (PostgreSQL refuses to run as root). DIR must be
short: a Unix socket path holds at most 107 bytes (CMake passes /tmp/lpg-pg-<hash of the
build directory>). It is built for speed, not safety: fsync off, no WAL archiving, a cluster
that dies with the test run. `start` first removes a cluster a killed run left behind in DIR.

Exit 77 (ctest's skip) from `start` and `createdb` when the PostgreSQL server binaries are not
installed (Debian: the `postgresql` package, under /usr/lib/postgresql/<version>/bin).
"""
import glob
import os
import pwd
import shutil
import subprocess
import sys
import time
import uuid

SKIP = 77
SUPERUSER = "lpg"
PASSWORD_ROLE = "lpg_password"
PASSWORD = "lpg-test-password"
HBA = f"""# written by tests/pg/cluster.py: Unix socket only
local all {PASSWORD_ROLE} scram-sha-256
local all all trust
"""
PORT = 5432  # only names the socket file (.s.PGSQL.5432) in DIR: nothing listens on TCP


def bindir():
    """The newest installed server's binaries, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def as_server_user():
    """The command prefix that runs a program as the server's user, and that user's uid/gid."""
    if os.geteuid() != 0:
        return [], os.geteuid(), os.getegid()
    if shutil.which("setpriv") is None:
        sys.exit("cluster.py: running as root needs setpriv (util-linux) to drop to nobody")
    nobody = pwd.getpwnam("nobody")
    prefix = ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups"]
    return prefix, nobody.pw_uid, nobody.pw_gid


def run_as_server(prefix, args, **kw):
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(prefix + args, env=env, cwd="/", capture_output=True, text=True, **kw)


def url(directory, database="postgres"):
    return f"postgresql://{SUPERUSER}@/{database}?host={directory}&port={PORT}"


def stop(directory):
    data = os.path.join(directory, "data")
    if os.path.exists(os.path.join(data, "postmaster.pid")):
        prefix, _, _ = as_server_user()
        pg_ctl = os.path.join(bindir() or "/usr/bin", "pg_ctl")
        run_as_server(prefix, [pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"])
    shutil.rmtree(directory, ignore_errors=True)


def start(directory):
    bins = bindir()
    if bins is None:
        print("SKIPPED: no PostgreSQL server binaries (apt-get install postgresql)")
        return SKIP
    stop(directory)  # a cluster a killed run left behind
    prefix, uid, gid = as_server_user()
    os.makedirs(directory, mode=0o700)
    os.chown(directory, uid, gid)
    data = os.path.join(directory, "data")
    began = time.monotonic()
    r = run_as_server(prefix, [os.path.join(bins, "initdb"), "-D", data, "-U", SUPERUSER,
                               "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"])
    if r.returncode != 0:
        sys.exit(f"cluster.py: initdb failed:\n{r.stdout}{r.stderr}")
    hba = os.path.join(data, "pg_hba.conf")
    with open(hba, "w") as f:
        f.write(HBA)
    os.chown(hba, uid, gid)
    options = " ".join([
        "-c listen_addresses=''", f"-c unix_socket_directories={directory}", f"-p {PORT}",
        "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
        "-c max_connections=200", "-c shared_buffers=32MB", "-c log_min_messages=warning",
    ])
    r = run_as_server(prefix, [os.path.join(bins, "pg_ctl"), "-D", data, "-l",
                               os.path.join(directory, "server.log"), "-o", options, "-w",
                               "start"])
    if r.returncode != 0:
        log = open(os.path.join(directory, "server.log")).read()
        sys.exit(f"cluster.py: the server did not start:\n{r.stdout}{r.stderr}{log}")
    psql(bins, directory, f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")
    server = os.path.basename(os.path.dirname(bins))
    print(f"PostgreSQL {server} started in {time.monotonic() - began:.1f} s as uid {uid}, "
          f"socket {directory}/.s.PGSQL.{PORT}; {url(directory)}")
    return 0


def psql(bins, directory, sql):
    r = subprocess.run([os.path.join(bins, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d",
                        url(directory), "-c", sql], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"cluster.py: {sql}:\n{r.stderr}")


def createdb(directory, name=None):
    bins = bindir()
    if bins is None:
        return SKIP
    name = name or "t_" + uuid.uuid4().hex[:16]
    psql(bins, directory, f'CREATE DATABASE "{name}" TEMPLATE template0')
    print(url(directory, name))
    return 0


def main(argv):
    if len(argv) < 3 or argv[1] not in ("start", "stop", "createdb", "url"):
        sys.exit(__doc__)
    command, directory = argv[1], os.path.abspath(argv[2])
    if command == "start":
        return start(directory)
    if command == "stop":
        stop(directory)
        return 0
    if command == "createdb":
        return createdb(directory, argv[3] if len(argv) > 3 else None)
    print(url(directory))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
