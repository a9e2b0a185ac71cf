#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Every file lpg writes goes through one writer (issue 20): replaced whole or not at all,
never through a link or a planted temporary name, never over a device, personal data 0600.

- Special files: a FIFO, a link to /proc/self/fd/1 (what /dev/stdout is) and a character
  device named by --out are written directly and stay what they were (all of them private to
  the test: nothing outside its folder is ever at risk); `db backup --force` onto one is refused and leaves it in place.
- Colliding names: jo.smith@, jo-smith@ and jo_smith@ get a message each; groups x, x 18 and
  ../../x (id 18) a feed each; areas North, North 3 and North! a dashboard each.
- Links: a link planted at a feed's, a message's, a page's, a pre-migration backup's name (or
  at the old fixed temporary names) never writes to what it points at.
- Atomic: a write that fails (a file size limit) leaves the earlier page, backup and no
  temporary file behind.
- Modes: exports of people, members, attendance, the registry, .eml files (and their folder),
  --rejects files: 0600 (0700) under umask 022; feeds stay readable for a web server.
- A 243-byte address gets its reminder like everyone else.
- db backup refuses the database's own -wal, -shm and -journal.
- CSV files start with a UTF-8 byte order mark (Excel), standard output does not; lpg reads
  its files back either way (issue 15).
"""
import glob
import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lpgtest import Scenario  # noqa: E402

BOM = b"\xef\xbb\xbf"
ROOT = os.geteuid() == 0
ORGANIZER = '[reminders]\norganizer = "Team <team@council.example>"\n'


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def leftovers(folder):
    return [n for n in os.listdir(folder) if n.startswith(".lpg-") or n.endswith((".tmp",
                                                                                  ".lpg-tmp"))]


def victim(t, name="victim.txt"):
    return t.write(name, "precious\n")


def untouched(t, path):
    with open(path, "rb") as f:
        return f.read() == b"precious\n"


def build(t):
    t.config(ORGANIZER)
    t.run("area", "add", "North")
    t.run("area", "add", "North 3")
    t.run("area", "add", "North!")
    t.run("group", "add", "x", "--kind", "hub")
    t.run("group", "add", "x 18", "--kind", "hub")
    for n in range(3, 18):
        t.run("group", "add", f"filler {n}", "--kind", "hub")
    t.run("group", "add", "../../x", "--kind", "hub")
    for name in ("x", "x 18", "../../x"):
        t.run("meeting", "schedule", name, "--at", "2026-09-10 18:30")
    t.run("org", "add", "Zoë's Nursery", "--sector", "day-nursery")
    long_local = "l" * 64
    domain = "d" * 63 + "." + "e" * 63 + "." + "f" * 46 + ".org"
    long_address = f"{long_local}@{domain}"
    assert len(long_address) == 243, len(long_address)
    people = ["jo.smith@example.org", "jo-smith@example.org", "jo_smith@example.org",
              long_address]
    for n, address in enumerate(people):
        t.run("person", "add", f"Person {n}", "--email", address)
        t.run("member", "add", "x", "--person", address, "--from", "2026-01-01")
    return people


def special_files(t):
    fifo = t.path("pipe")
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    reader.start()
    r = t.run("export", "orgs", "--out", "pipe", ok=False)
    reader.join(timeout=30)
    t.check("export --out FIFO: exit 0", r.returncode == 0, r.stderr)
    t.check("export --out FIFO: the CSV came through the pipe", got and b"Zo" in got[0], got)
    t.check("export --out FIFO: still a FIFO", stat.S_ISFIFO(os.lstat(fifo).st_mode))
    # /dev/stdout as it is made: a link to /proc/self/fd/1. A private one, so that a writer
    # that renames over links (as lpg once did) breaks nothing outside this test.
    os.symlink("/proc/self/fd/1", t.path("stdout"))
    r = t.run("export", "people", "--out", "stdout", ok=False)
    t.check("export --out a link to /proc/self/fd/1 (/dev/stdout) writes to standard output",
            r.returncode == 0 and b"jo.smith@example.org" in r.stdout, (r.returncode, r.stderr))
    t.check("the stdout link is still that link",
            os.path.islink(t.path("stdout")) and
            os.readlink(t.path("stdout")) == "/proc/self/fd/1")
    if not ROOT:
        print("(not root: no device nodes of our own; skipping the device cases)")
        return
    full = t.path("full")
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # a private /dev/full
    null = t.path("null")
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a private /dev/null
    r = t.run("export", "orgs", "--out", "full", ok=False)
    t.check("export --out a full device: refused with disk full (74)",
            r.returncode == 74 and b"disk full" in r.stderr, (r.returncode, r.stderr))
    t.check("export --out a device: still that device", stat.S_ISCHR(os.lstat(full).st_mode))
    r = t.run("export", "people", "--out", "null", ok=False)
    t.check("export --out a null device: exit 0, still a device",
            r.returncode == 0 and stat.S_ISCHR(os.lstat(null).st_mode), r.stderr)
    r = t.run("db", "backup", "--force", "null", ok=False)
    t.check("db backup --force onto a device: refused (65)", r.returncode == 65, r.stderr)
    t.check("db backup --force onto a device: the device is still there",
            os.path.exists(null) and stat.S_ISCHR(os.lstat(null).st_mode))


def collisions(t, people):
    r = t.run("report", "reminders", "--format", "eml", "--out", "mail", "--from", "2026-09-01",
              "--to", "2026-09-30", ok=False)
    t.check("reminders with a 243-byte address: exit 0", r.returncode == 0, r.stderr)
    names = sorted(os.listdir(t.path("mail")))
    t.check("one message for every address of the meeting", len(names) == len(people), names)
    tos = set()
    for name in names:
        t.check(f"{name}: at most 255 bytes", len(name.encode()) <= 255)
        with open(os.path.join(t.path("mail"), name), "rb") as f:
            head = f.read().split(b"\r\n\r\n")[0].decode()
        tos |= {a for a in people if a in head.replace("\r\n ", "")}
    t.check("every address has its own message", tos == set(people), tos)
    feed = t.run("meeting", "feed", "feed", "--format", "json", ok=False)
    files = sorted(n for n in os.listdir(t.path("feed")) if n.endswith(".ics"))
    t.check("a feed file for each group with meetings, and all.ics", len(files) == 4, files)
    names = set()
    for n in files:
        with open(os.path.join(t.path("feed"), n)) as f:
            names |= {line[len("X-WR-CALNAME:"):].strip() for line in f
                      if line.startswith("X-WR-CALNAME:")}
    t.check("each group's calendar in its own file",
            names == {"x", "x 18", "../../x", "All partnership meetings"}, (feed.stderr, names))
    t.run("report", "dashboard", "--all-areas", "--format", "html", "--out", "boards")
    pages = sorted(os.listdir(t.path("boards")))
    t.check("a dashboard page for every area, and index.html", len(pages) == 4, pages)


def links(t):
    # Names the writers used or use: the old fixed temporary names, and the outputs themselves.
    os.makedirs(t.path("feed2"))
    planted = {"feed2/x.ics.tmp": victim(t, "v1"), "feed2/x.ics": victim(t, "v2"),
               "feed2/all.ics.tmp": victim(t, "v3"),
               "page.html": victim(t, "v4"), "board.html": victim(t, "v5")}
    for name, target in planted.items():
        os.symlink(target, t.path(name))
    t.run("meeting", "feed", "feed2")
    t.run("report", "directory", "--format", "html", "--out", "page.html")
    t.run("report", "dashboard", "--area", "North", "--format", "html", "--out", "board.html")
    for name, target in planted.items():
        t.check(f"a link planted at {name} was not written through", untouched(t, target))
    t.check("feed2/x.ics is now a file of its own", not os.path.islink(t.path("feed2/x.ics")))
    os.makedirs(t.path("mail2"))
    first = sorted(os.listdir(t.path("mail")))[0]
    os.symlink(victim(t, "v6"), t.path("mail2/" + first))
    t.run("report", "reminders", "--format", "eml", "--out", "mail2", "--from", "2026-09-01",
          "--to", "2026-09-30", ok=False)
    t.check("a link planted at a message's name was not written through",
            untouched(t, t.path("v6")))
    os.symlink(victim(t, "v7"), t.path("backup-link.db"))
    t.run("db", "backup", "--force", "backup-link.db")
    t.check("db backup --force onto a link: what it pointed at is untouched",
            untouched(t, t.path("v7")))
    t.check("db backup --force onto a link: a backup of its own",
            not os.path.islink(t.path("backup-link.db")) and
            mode(t.path("backup-link.db")) == 0o600)


def pre_migration_backup(t):
    """A database one schema older (before 0016, the mail loop), with a link planted where its
    .v15.bak will go."""
    t.run("db", "backup", "old.db")
    with sqlite3.connect(t.path("old.db")) as db:
        db.executescript("DROP TABLE IF EXISTS mail_outbox; DROP TABLE IF EXISTS meeting_reply;"
                         "DROP TABLE IF EXISTS mail_seen; PRAGMA user_version = 15;")
    os.symlink(victim(t, "v8"), t.path("old.db.v15.bak"))
    r = t.run("--db", "old.db", "db", "info", ok=False)
    t.check("migrating with a link at the .bak name: exit 0", r.returncode == 0, r.stderr)
    t.check("the pre-migration backup did not write through the link", untouched(t, t.path("v8")))
    bak = t.path("old.db.v15.bak")
    t.check("the pre-migration backup is a file of its own, 0600",
            not os.path.islink(bak) and mode(bak) == 0o600)
    config_dir = t.path("home/.config/lpg")
    os.makedirs(config_dir)
    os.symlink(victim(t, "v9"), os.path.join(config_dir, "config.toml.tmp"))
    env = dict(t.env)
    del env["LPG_CONFIG"]
    env["HOME"] = t.path("home")
    env["LPG_DB"] = t.path("init.db")
    r = subprocess.run([t.lpg, "init"], env=env, cwd=t.tmp, capture_output=True)
    t.check("lpg init with a link at config.toml.tmp: exit 0", r.returncode == 0, r.stderr)
    t.check("lpg init did not write through config.toml.tmp", untouched(t, t.path("v9")))


def limited(size):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return apply


def atomic(t):
    # An idle connection keeps the -shm at its full size, so that only lpg's output meets the
    # file size limit, never SQLite's shared memory file.
    idle = sqlite3.connect(t.path("lpg.db"))
    idle.execute("SELECT count(*) FROM person").fetchone()
    t.run("report", "directory", "--format", "html", "--out", "dir.html")
    with open(t.path("dir.html"), "rb") as f:
        good = f.read()
    r = subprocess.run([t.lpg, "report", "directory", "--format", "html", "--out", "dir.html",
                        "--title", "x" * 100], env=t.env, cwd=t.tmp, capture_output=True,
                       preexec_fn=limited(512))
    t.check("a failed report directory --out: an error writing it",
            r.returncode != 0 and b"dir.html" in r.stderr, r.stderr)
    with open(t.path("dir.html"), "rb") as f:
        t.check("a failed report directory --out leaves the good page", f.read() == good)
    t.run("db", "backup", "good.db")
    with open(t.path("good.db"), "rb") as f:
        backup = f.read()
    r = subprocess.run([t.lpg, "db", "backup", "--force", "good.db"], env=t.env, cwd=t.tmp,
                       capture_output=True, preexec_fn=limited(8192))
    t.check("db backup --force that fails: an error writing it",
            r.returncode != 0 and b"good.db" in r.stderr, r.stderr)
    t.check("db backup --force that fails leaves the last good backup",
            os.path.exists(t.path("good.db")) and open(t.path("good.db"), "rb").read() == backup)
    r = subprocess.run([t.lpg, "report", "reminders", "--format", "eml", "--out", "mail3",
                        "--from", "2026-09-01", "--to", "2026-09-30"], env=t.env, cwd=t.tmp,
                       capture_output=True, preexec_fn=limited(1024))
    t.check("reminders that fail: an error writing them",
            r.returncode != 0 and b"mail3" in r.stderr, r.stderr)
    empty = [n for n in os.listdir(t.path("mail3")) if os.path.getsize(t.path("mail3/" + n)) == 0]
    t.check("reminders that fail leave no empty message", not empty, empty)
    idle.close()
    for folder in (".", "mail3", "feed", "mail"):
        t.check(f"no temporary file left in {folder}", not leftovers(t.path(folder)),
                leftovers(t.path(folder)))


def modes(t):
    os.umask(0o022)
    t.write("bad.csv", "name,email\r\nNo Address,not-an-address\r\n")
    outputs = {"people.csv": ["export", "people"], "members.csv": ["export", "members"],
               "attendance.csv": ["export", "attendance"],
               "registry.json": ["export", "registry"]}
    for name, args in outputs.items():
        t.run(*args, "--out", name)
        t.check(f"{' '.join(args)} --out: 0600", mode(t.path(name)) == 0o600, oct(mode(t.path(name))))
    t.run("import", "people", "bad.csv", "--rejects", "rejects.csv", ok=False)
    t.check("import --rejects: 0600", mode(t.path("rejects.csv")) == 0o600)
    t.check("the .eml folder: 0700", mode(t.path("mail")) == 0o700, oct(mode(t.path("mail"))))
    t.check("each .eml: 0600", all(mode(p) == 0o600 for p in glob.glob(t.path("mail/*"))))
    t.check("a feed stays readable by a web server",
            mode(t.path("feed/all.ics")) & 0o044 == 0o044, oct(mode(t.path("feed/all.ics"))))
    with open(t.path("people.csv"), "rb") as f:
        data = f.read()
    t.check("a CSV file starts with the UTF-8 byte order mark", data.startswith(BOM))
    with open(t.path("rejects.csv"), "rb") as f:
        t.check("a rejects file starts with the byte order mark", f.read().startswith(BOM))
    out = t.run("export", "people").stdout
    t.check("CSV on standard output has no byte order mark", out.startswith(b"id,"))
    r = t.run("import", "people", "people.csv", "--format", "json")
    t.check("lpg reads its CSV file back", b'"rejected": 0' in r.stdout, r.stdout)
    t.config(ORGANIZER + "[output]\ncsv_bom = \"always\"\n")
    t.check("csv_bom = always: standard output too",
            t.run("export", "people").stdout.startswith(BOM))
    t.config(ORGANIZER + "[output]\ncsv_bom = \"never\"\n")
    t.run("export", "people", "--out", "plain.csv")
    with open(t.path("plain.csv"), "rb") as f:
        t.check("csv_bom = never: files without", f.read().startswith(b"id,"))
    t.config(ORGANIZER)


def own_files(t):
    db = t.path("lpg.db")
    idle = sqlite3.connect(db)  # keeps -wal and -shm in place
    idle.execute("SELECT count(*) FROM person").fetchone()
    before = t.run("person", "list", "--format", "json").stdout
    for suffix in ("-wal", "-shm", "-journal"):
        r = t.run("db", "backup", "--force", "lpg.db" + suffix, ok=False)
        t.check(f"db backup onto the database's {suffix}: refused (65)",
                r.returncode == 65 and b"database's own" in r.stderr, (r.returncode, r.stderr))
    idle.close()
    t.check("nothing stored changed", t.run("person", "list", "--format", "json").stdout == before)
    t.check("db check", t.run("db", "check").stdout == b"ok\n")


def main():
    t = Scenario(sys.argv[1], "outputs")
    people = build(t)
    special_files(t)
    collisions(t, people)
    links(t)
    pre_migration_backup(t)
    atomic(t)
    modes(t)
    own_files(t)
    t.finish()


main()
