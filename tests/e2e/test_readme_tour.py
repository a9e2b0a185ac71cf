#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Runs the README's five-minute tour, line by line, against the built binary in a fresh
HOME: every command must succeed, so the tour in the README can never drift. Then every line
of the README's crontab, with /var under that HOME and a fake `sendmail` (and `mail`) that
save what they are given: the mail loop must send the invitation due once, read the reply
back, and send nothing the second time. Last, the minutes-owed recipe with a `mail` that, like
mailx -E, sends nothing when the body is empty: one mail of rows when minutes are owed, none
(not a header-only CSV) when nothing is."""
import base64
import email
import email.policy
import json
import os
import re
import subprocess
import sys
import tempfile

LPG = os.path.abspath(sys.argv[1])
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
block = re.search(r"<!-- tour:begin -->\s*```sh\n(.*?)```\s*<!-- tour:end -->", readme, re.S)
if not block:
    sys.exit("README.md has no tour between <!-- tour:begin --> and <!-- tour:end -->")
lines = [l for l in block.group(1).splitlines() if l.strip() and not l.lstrip().startswith("#")]

FAKE = """#!/bin/sh
# A fake %s: saves the message it is given, as sendmail -t or mail would take it.
n=$(ls "$HOME/sent-mail" | wc -l)
cat > "$HOME/sent-mail/%s-$n.eml"
"""
FIXTURE = os.path.join(ROOT, "tests", "data", "imip", "google-accepted.eml")


def cron_lines():
    block = re.search(r"```cron\n(.*?)```", readme, re.S)
    if not block:
        sys.exit("README.md has no ```cron block")
    out = []
    for line in block.group(1).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line.split(None, 5)[5])  # the command after the five time fields
    return out


def google_reply(uid, sequence):
    """Priya accepts, as Google Calendar replies (tests/data/imip/README.md)."""
    text = open(FIXTURE, encoding="utf-8", newline="").read()
    for key, value in {"UID": uid, "SEQUENCE": sequence, "EMAIL": "priya@example.org",
                       "NAME": "Priya Patel", "ORGANIZER": "earlyyears@example.gov.uk",
                       "DTSTAMP": "20270201T100000Z"}.items():
        text = text.replace(f"@@{key}@@", str(value))
    head, rest = text.split("@@BASE64-BEGIN@@", 1)
    body, tail = rest.split("@@BASE64-END@@", 1)
    b64 = base64.b64encode(body.strip().replace("\n", "\r\n").encode()).decode()
    return head + "\n".join(b64[i:i + 76] for i in range(0, len(b64), 76)) + tail


def run_crontab(home, env):
    """Each crontab line as cron runs it (bash -c, % unescaped), twice, around a reply."""
    failed = 0
    env = dict(env, PATH=f"{home}/bin:" + env["PATH"])
    for tool in ("sendmail", "mail"):
        path = os.path.join(home, "bin", tool)
        with open(path, "w") as f:
            f.write(FAKE % (tool, tool))
        os.chmod(path, 0o755)
    for d in ("sent-mail", "var/spool/lpg/outbox", "var/spool/lpg/sent", "var/www/calendars",
              "var/backups/lpg", "Maildir/new", "Maildir/cur", "Maildir/tmp"):
        os.makedirs(os.path.join(home, d), exist_ok=True)
    lpg = lambda *a: subprocess.run(["lpg", *a], cwd=home, env=env, capture_output=True, text=True)
    config = lpg("config", "path").stdout.strip()
    with open(config) as f:  # as the README says: set reminders.organizer first
        text = f.read()
    with open(config, "w") as f:
        f.write(re.sub(r"(?m)^# organizer = .*$",
                       'organizer = "Early Years Team <earlyyears@example.gov.uk>"', text))
    spring = json.loads(lpg("meeting", "list", "--format", "json").stdout)[1]
    # A week before the spring meeting: inside the three weeks the invitations look ahead.
    env["LPG_NOW"] = subprocess.run(["date", "-d", spring["date"] + " -7 days", "+%FT07:00"],
                                    capture_output=True, text=True).stdout.strip()
    lines = [l.replace("/var/", f"{home}/var/").replace("\\%", "%") for l in cron_lines()]
    for round_ in (1, 2):
        for line in lines:
            r = subprocess.run(["bash", "-c", line], cwd=home, env=env, capture_output=True,
                               text=True)
            ok = r.returncode == 0
            print(("ok   " if ok else "FAIL ") + f"cron, run {round_}: {line}")
            if not ok:
                failed += 1
                print(r.stdout + r.stderr)
        if round_ == 1:
            sent = sorted(f for f in os.listdir(os.path.join(home, "sent-mail"))
                          if f.startswith("sendmail"))
            ok = len(sent) == 1
            print(("ok   " if ok else "FAIL ") + f"cron: sendmail was given one invitation ({sent})")
            failed += not ok
            if sent:
                with open(os.path.join(home, "sent-mail", sent[0]), "rb") as f:
                    msg = email.message_from_binary_file(f, policy=email.policy.default)
                cal = msg.get_body(preferencelist=("calendar",))
                ok = cal is not None and "METHOD:REQUEST" in cal.get_content()
                print(("ok   " if ok else "FAIL ") + "cron: it is a METHOD:REQUEST to Priya")
                failed += not ok
                uid = re.search(r"UID:(\S+)", cal.get_content()).group(1) if ok else ""
                with open(os.path.join(home, "Maildir", "new", "1.reply"), "w", newline="") as f:
                    f.write(google_reply(uid, 0))
    sent = [f for f in os.listdir(os.path.join(home, "sent-mail")) if f.startswith("sendmail")]
    ok = len(sent) == 1 and not os.listdir(os.path.join(home, "var/spool/lpg/outbox"))
    print(("ok   " if ok else "FAIL ") + "cron, run 2: nothing sent twice, the outbox is empty")
    failed += not ok
    shown = json.loads(lpg("meeting", "show", str(spring["id"]), "--format", "json").stdout)
    answers = [(r["email"], r["answer"]) for r in shown.get("replies", [])]
    ok = answers == [("priya@example.org", "expected")]
    print(("ok   " if ok else "FAIL ") + f"cron: the reply was read back ({answers})")
    return failed + (not ok)


# The README's crontab recipe for minutes owed, run as cron would with a stand-in `mail` that
# keeps what it would send and, like mailx -E, sends nothing when the body is empty.
FAKE_MAIL = """#!/bin/sh
empty_ok=1
for a in "$@"; do [ "$a" = "-E" ] && empty_ok=0; done
body=$(cat)
if [ -z "$body" ] && [ $empty_ok -eq 0 ]; then exit 0; fi
printf '%s\\n' "$body" > "$HOME/mail-$(date +%s%N).txt"
"""


def cron_line(pattern):
    cron = re.search(r"```cron\n(.*?)```", readme, re.S)
    found = [l for l in cron.group(1).splitlines() if pattern in l and not l.startswith("#")]
    if len(found) != 1:
        sys.exit(f"README.md: expected one crontab line with {pattern!r}, found {len(found)}")
    return found[0].split(None, 5)[5]  # after the five time fields


def sent(home):
    return [open(os.path.join(home, f)).read() for f in sorted(os.listdir(home))
            if f.startswith("mail-")]


def cron_minutes_recipe(home, bindir, env):
    """Returns the number of failed checks: with minutes owed (the tour's autumn meeting, past
    its deadline and not submitted) one mail of CSV rows; with nothing owed, no mail at all."""
    line = cron_line("lpg minutes list --owed")
    with open(os.path.join(bindir, "mail"), "w") as f:
        f.write(FAKE_MAIL)
    os.chmod(os.path.join(bindir, "mail"), 0o755)
    failed = 0
    r = subprocess.run(["sh", "-c", line], cwd=home, env=env, capture_output=True, text=True)
    mails = sent(home)
    ok = r.returncode == 0 and len(mails) == 1 and mails[0].startswith(
        "1,Northbrook Early Years Group,2026-10-14,") and "meeting,group" not in mails[0]
    print(("ok   " if ok else "FAIL ") + "cron: minutes owed are mailed as CSV rows: " + line)
    if not ok:
        failed += 1
        print(r.stdout + r.stderr, mails)
    with tempfile.TemporaryDirectory(prefix="lpg-cron-") as empty:
        quiet = dict(env, HOME=empty)
        subprocess.run(["lpg", "init"], cwd=empty, env=quiet, capture_output=True)
        r = subprocess.run(["sh", "-c", line], cwd=empty, env=quiet, capture_output=True, text=True)
        ok = r.returncode == 0 and sent(empty) == []
        print(("ok   " if ok else "FAIL ") + "cron: nothing owed, no mail (not a header-only CSV)")
        if not ok:
            failed += 1
            print(r.stdout + r.stderr, sent(empty))
    return failed


with tempfile.TemporaryDirectory(prefix="lpg-tour-") as home:
    os.symlink(os.path.join(ROOT, "share"), os.path.join(home, "share"))
    bindir = os.path.join(home, "bin")
    os.mkdir(bindir)
    os.symlink(LPG, os.path.join(bindir, "lpg"))
    env = {"PATH": f"{bindir}:/usr/bin:/bin", "HOME": home, "LC_ALL": "C.UTF-8",
           "NO_COLOR": "1", "LPG_NOW": "2026-11-30T09:00"}
    failed = 0
    for line in lines:
        r = subprocess.run(["bash", "-c", line], cwd=home, env=env, capture_output=True, text=True)
        ok = r.returncode == 0
        print(("ok   " if ok else "FAIL ") + line)
        if not ok:
            failed += 1
            print(r.stdout + r.stderr)
    failed += run_crontab(home, env)
    ics = os.path.join(home, "northbrook.ics")
    events = open(ics).read().count("BEGIN:VEVENT") if os.path.exists(ics) else 0
    print(("ok   " if events == 3 else "FAIL ") + f"the calendar holds the year's 3 meetings ({events})")
    failed += events != 3
    failed += cron_minutes_recipe(home, bindir, env)
    print(f"{len(lines) + 3 - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
