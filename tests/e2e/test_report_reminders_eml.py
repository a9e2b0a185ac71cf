#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Reminders as mail, end to end, on the hand-built data of tests/cli/report/reminders-eml:
every message goes through Python's email parser (policy=default) without defects, its
text/calendar part through python3-icalendar (METHOD:REQUEST, ORGANIZER, ATTENDEE = To, the UID
`lpg meeting export --ics -` gives); a moved meeting keeps its UID with a higher SEQUENCE.
Then: reports leave the database byte for byte as it was, and run while another process holds a
write transaction. Standard library and python3-icalendar only."""
import email
import email.policy
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

LPG = os.path.abspath(sys.argv[1])
CASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli", "report",
                    "reminders-eml")
failures = []

try:
    import icalendar
except ImportError:
    print("SKIPPED: python3-icalendar is not installed")
    sys.exit(77)


def check(name, condition):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(name)


def environment(tmp, now="2026-11-30T09:00"):
    return {"PATH": "/usr/bin:/bin", "HOME": tmp, "LPG_DB": os.path.join(tmp, "lpg.db"),
            "LPG_CONFIG": os.path.join(tmp, "lpg.toml"), "NO_COLOR": "1", "LC_ALL": "C.UTF-8",
            "TZ": "UTC", "LPG_NOW": now, "USER": "tester"}


def lpg(tmp, *args, now="2026-11-30T09:00", ok=True):
    r = subprocess.run([LPG, *args], env=environment(tmp, now), cwd=tmp, capture_output=True,
                       text=True, timeout=120)
    if ok and r.returncode != 0:
        sys.exit(f"lpg {' '.join(args)} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    return r


def build(tmp):
    shutil.copy(os.path.join(CASE, "lpg.toml"), tmp)
    with open(os.path.join(CASE, "setup"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("!sh "):
                subprocess.run(line[4:], shell=True, cwd=tmp, check=True,
                               env=environment(tmp))
            else:
                lpg(tmp, *shlex.split(line))


def messages(directory):
    out = {}
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), "rb") as f:
            out[name] = email.message_from_binary_file(f, policy=email.policy.default)
    return out


def check_message(name, msg, export_uids):
    defects = list(msg.defects)
    for part in msg.walk():
        defects += list(part.defects)
    check(f"{name}: no defects", not defects)
    check(f"{name}: headers", all(msg[h] for h in ("From", "To", "Subject", "Date",
                                                     "Message-ID")))
    plain = msg.get_body(preferencelist=("plain",))
    check(f"{name}: a text/plain body", plain is not None and "meets on" in plain.get_content())
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    check(f"{name}: one text/calendar part with method=REQUEST",
          len(cal) == 1 and cal[0].get_param("method") == "REQUEST")
    parsed = icalendar.Calendar.from_ical(cal[0].get_payload(decode=True))
    events = [c for c in parsed.walk("VEVENT")]
    check(f"{name}: METHOD:REQUEST", str(parsed.get("METHOD")) == "REQUEST")
    check(f"{name}: one event", len(events) == 1)
    event = events[0]
    check(f"{name}: ORGANIZER is reminders.organizer",
          str(event.get("ORGANIZER")).lower() == "mailto:jo@council.example")
    to = msg["To"].addresses[0].addr_spec
    attendees = event.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    check(f"{name}: ATTENDEE is the recipient",
          [str(a).lower() for a in attendees] == ["mailto:" + to])
    check(f"{name}: UID as the calendar export", str(event.get("UID")) in export_uids)
    return str(event.get("UID")), int(event.get("SEQUENCE"))


def export_uids(tmp):
    text = lpg(tmp, "meeting", "export", "--ics", "-").stdout
    cal = icalendar.Calendar.from_ical(text)
    return {str(e.get("UID")) for e in cal.walk("VEVENT")}


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


REPORTS = [["report", "reminders", "--format", "csv"],
           ["report", "reminders", "--format", "json"],
           ["report", "composition", "--area", "Cherwell"],
           ["report", "attendance", "--by", "sector"],
           ["report", "compliance", "--term", "2026/27 autumn"],
           ["report", "directory", "--format", "html"]]


def main():
    tmp = tempfile.mkdtemp(prefix="lpg-eml-")
    try:
        build(tmp)
        uids = export_uids(tmp)
        lpg(tmp, "report", "reminders", "--format", "eml", "--out", "mail")
        found = messages(os.path.join(tmp, "mail"))
        check("six messages (Eve has no email)", len(found) == 6)
        for name, msg in found.items():
            check_message(name, msg, uids)
        zoe = found.get("2026-12-10-m3-zoe-example-org.eml")
        check("a non-ASCII display name decodes", zoe is not None and
              str(zoe["To"]) == "Zoë Adams <zoe@example.org>")
        check("the body decodes as UTF-8", zoe is not None and
              "Dear Zoë Adams" in zoe.get_body(("plain",)).get_content())
        first_uid, first_seq = check_message("before the move", zoe, uids)

        lpg(tmp, "meeting", "move", "Banbury Early Years@2026-12-10", "--to", "2026-12-11 18:30")
        lpg(tmp, "report", "reminders", "--format", "eml", "--out", "moved")
        moved = messages(os.path.join(tmp, "moved")).get("2026-12-11-m3-zoe-example-org.eml")
        check("the moved meeting is mailed again", moved is not None)
        if moved is not None:
            uid, seq = check_message("after the move", moved, export_uids(tmp))
            check("a moved meeting keeps its UID", uid == first_uid)
            check("and has a higher SEQUENCE", seq > first_seq)

        db = os.path.join(tmp, "lpg.db")
        before = digest(db)
        for args in REPORTS:
            lpg(tmp, *args)
        check("reports leave the database unchanged", digest(db) == before)

        writer = subprocess.Popen([LPG, "__selftest-slow-write", "40", "--pause-ms", "50"],
                                  env=environment(tmp), cwd=tmp, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
        try:
            results = [lpg(tmp, *args, ok=False) for args in REPORTS]
        finally:
            writer.wait(timeout=120)
        check("reports run while another process writes",
              all(r.returncode == 0 for r in results))
        for r in results:
            if r.returncode != 0:
                print(r.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        sys.exit(f"{len(failures)} check(s) failed")


if __name__ == "__main__":
    main()
