#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The mail loop (issue 17), end to end with real parsers (Python's email, python3-icalendar).

A year of cron Mondays runs `lpg mail invitations --within 21d`: every meeting's invitation goes
to each invitee exactly once; a moved meeting sends one update with a higher SEQUENCE; a
cancelled meeting sends CANCEL to exactly those invited; a member who left gets a CANCEL; a
second run on the same day writes nothing. Replies formatted as Outlook, Google Calendar and
Thunderbird send them (tests/data/imip) are recorded, reported when unsure, and read twice
change nothing. The minutes e-mail opens in Python's email parser with both parts."""
import base64
import email
import email.policy
import json
import os
import shutil
import sqlite3
import sys
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lpgtest import Scenario  # noqa: E402

try:
    import icalendar
except ImportError:
    print("SKIPPED: python3-icalendar is not installed")
    sys.exit(77)

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "imip")
GROUP = "Northbrook Early Years Group"
ORGANIZER = "earlyyears@example.gov.uk"
PEOPLE = [("Priya Patel", "priya@example.org"), ("Tom Baker", "tom@example.org"),
          ("Jo Smith", "jo@example.org")]

s = Scenario(sys.argv[1], "mail-loop")
s.config(f'[reminders]\norganizer = "Early Years Team <{ORGANIZER}>"\n'
         '[minutes]\nofficer = "Sam Officer <officer@example.gov.uk>"\n')
OUT = s.path("outbox")


def db():
    return sqlite3.connect(f"file:{s.env['LPG_DB']}?mode=ro", uri=True)


def uids():
    with db() as c:
        return dict(c.execute("SELECT id, uid FROM meeting"))


def parse(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    defects = list(msg.defects) + [d for p in msg.walk() for d in p.defects]
    cal = None
    for part in msg.walk():
        if part.get_content_type() == "text/calendar":
            cal = icalendar.Calendar.from_ical(part.get_content())
    return msg, defects, cal


def run_cron(day):
    """One Monday: the cron line. Returns the parsed messages it wrote."""
    s.now(f"{day.isoformat()}T07:00")
    before = set(os.listdir(OUT)) if os.path.isdir(OUT) else set()
    s.run("mail", "invitations", "--out", OUT, "--within", "21d")
    new = sorted(set(os.listdir(OUT)) - before)
    out = []
    for name in new:
        msg, defects, cal = parse(os.path.join(OUT, name))
        event = cal.walk("VEVENT")[0]
        attendees = [str(a).lower().replace("mailto:", "") for a in
                     (event.get("ATTENDEE") if isinstance(event.get("ATTENDEE"), list)
                      else [event.get("ATTENDEE")])]
        out.append({"file": name, "defects": defects, "method": str(cal["METHOD"]),
                    "uid": str(event["UID"]), "seq": int(event.get("SEQUENCE", 0)),
                    "status": str(event.get("STATUS", "")), "to": attendees,
                    "header_to": str(msg["To"]), "day": day})
    return out


# ---- set-up: a group of three with addresses (and one without), a year of meetings ------
s.run("group", "add", GROUP, "--kind", "hub")
for name, address in PEOPLE:
    s.run("person", "add", name, "--email", address)
    s.run("member", "add", GROUP, "--person", address, "--from", "2026-09-01")
s.run("person", "add", "Ben Green")  # no address: listed by reminders, never mailed
s.run("member", "add", GROUP, "--person", "Ben Green", "--from", "2026-09-01")
s.run("meeting", "schedule", GROUP, "--every", "4w", "--from", "2026-09-09", "--until",
      "2027-07-21", "--time", "18:30", "--venue", "Northbrook Library")
meetings = {m["id"]: m for m in s.json("meeting", "list", "--group", GROUP)}
UID = uids()
by_uid = {u: i for i, u in UID.items()}
M2, M3, M4 = sorted(meetings)[1:4]  # 2026-10-07, 2026-11-04, 2026-12-02
s.check("a year of 12 meetings", len(meetings) == 12, len(meetings))

# ---- the year: every Monday, with a move, a cancellation, a leaver and a newcomer --------
sent = []
day = date(2026, 9, 7)
while day <= date(2027, 7, 26):
    batch = run_cron(day)
    sent += batch
    if day == date(2026, 9, 21):
        again = run_cron(day)
        s.check("the same day again writes nothing", again == [], again)
        s.now("2026-09-22T10:00")
        s.run("meeting", "move", str(M2), "--to", "2026-10-08 18:30")
        dry = s.json("mail", "invitations", "--dry-run", "--within", "21d")
        s.check("dry run lists the three updates",
                sorted(m["to"] for m in dry) == sorted(a for _, a in PEOPLE)
                and all(m["method"] == "REQUEST" and m["sequence"] == 1 for m in dry), dry)
        s.check("dry run writes nothing", len(os.listdir(OUT)) == len(sent))
    if day == date(2026, 10, 19):
        s.now("2026-10-20T10:00")
        s.run("meeting", "cancel", str(M3), "--reason", "Hall flooded")
    if day == date(2026, 11, 16):
        s.now("2026-11-24T10:00")
        s.run("member", "end", GROUP, "--person", "tom@example.org", "--on", "2026-12-01")
    if day == date(2026, 12, 28):
        s.now("2026-12-28T10:00")
        s.run("person", "add", "Aisha Khan", "--email", "aisha@example.org")
        s.run("member", "add", GROUP, "--person", "aisha@example.org", "--from", "2027-01-01")
    day += timedelta(days=7)

s.check("every message parses without defects", all(not m["defects"] for m in sent),
        [m["file"] for m in sent if m["defects"]][:3])
s.check("every message has one ATTENDEE, the To address",
        all(len(m["to"]) == 1 and m["to"][0] in m["header_to"] for m in sent))
requests = [m for m in sent if m["method"] == "REQUEST"]
cancels = [m for m in sent if m["method"] == "CANCEL"]


def members_on(meeting_day):
    who = ["priya@example.org", "jo@example.org"]
    if meeting_day < "2026-12-01":
        who.append("tom@example.org")
    if meeting_day >= "2027-01-01":
        who.append("aisha@example.org")
    return sorted(who)


expected = {}
for mid, m in meetings.items():
    if mid == M3:
        continue
    for address in members_on(m["date"] if mid != M2 else "2026-10-08"):
        expected[(UID[mid], address)] = 2 if mid == M2 else 1
expected[(UID[M3], "priya@example.org")] = 1  # invited before the cancellation
expected[(UID[M3], "jo@example.org")] = 1
expected[(UID[M3], "tom@example.org")] = 1
expected[(UID[M4], "tom@example.org")] = 1  # invited before he left
got = {}
for m in requests:
    got[(m["uid"], m["to"][0])] = got.get((m["uid"], m["to"][0]), 0) + 1
s.check("a year of meetings: each invitation sent once (the moved one twice)", got == expected,
        sorted(set(got.items()) ^ set(expected.items()))[:6])
moved = sorted((m["seq"], m["day"]) for m in requests if m["uid"] == UID[M2])
s.check("the move sends one update, with a higher SEQUENCE, to each of the three",
        [q for q, _ in moved] == [0, 0, 0, 1, 1, 1], moved)
m3 = [m for m in cancels if m["uid"] == UID[M3]]
s.check("the cancellation goes to exactly those invited",
        sorted(m["to"][0] for m in m3) == sorted(a for _, a in PEOPLE), m3)
s.check("... as METHOD:CANCEL with STATUS:CANCELLED and the higher SEQUENCE",
        all(m["status"] == "CANCELLED" and m["seq"] == 1 for m in m3), m3)
leaver = [m for m in cancels if m["uid"] != UID[M3]]
s.check("the leaver gets a CANCEL for the meeting they were invited to, and no one else",
        [(m["uid"], m["to"][0]) for m in leaver] == [(UID[M4], "tom@example.org")], leaver)
s.check("... without STATUS (the meeting stands for the others)",
        all(m["status"] == "" for m in leaver), leaver)
s.check("every invitation went out within 21 days of its meeting",
        all(0 <= (date.fromisoformat(meetings[by_uid[m["uid"]]]["date"]) - m["day"]).days <= 21
            for m in requests if m["uid"] != UID[M2]))
with db() as c:
    rows = c.execute("SELECT count(*) FROM mail_outbox").fetchone()[0]
s.check("one outbox row a file written", rows == len(sent) == len(os.listdir(OUT)),
        (rows, len(sent)))

# ---- replies, from the three clients' fixtures --------------------------------------------


def fill(name, **values):
    text = open(os.path.join(FIXTURES, name), encoding="utf-8", newline="").read()
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", str(value))
    while "@@BASE64-BEGIN@@" in text:
        head, rest = text.split("@@BASE64-BEGIN@@", 1)
        body, tail = rest.split("@@BASE64-END@@", 1)
        raw = body.strip("\r\n").replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
        b64 = base64.b64encode(raw.encode()).decode()
        text = head + "\n".join(b64[i:i + 76] for i in range(0, len(b64), 76)) + tail
    return text


def reply(name, who, uid, seq, stamp, **extra):
    person = dict((a, n) for n, a in PEOPLE + [("Aisha Khan", "aisha@example.org")]).get(
        who, "Stranger")
    return fill(name, UID=uid, SEQUENCE=seq, EMAIL=who, NAME=person, ORGANIZER=ORGANIZER,
                DTSTAMP=stamp, **extra)


s.now("2026-09-29T09:00")
maildir = s.path("Maildir")
for sub in ("new", "cur", "tmp"):
    os.makedirs(os.path.join(maildir, sub))
letters = {
    "cur/1700000001.a:2,S": reply("outlook-accepted.eml", "priya@example.org", UID[M2], 0,
                                  "20260922T080000Z"),  # answers the first version: stale
    "cur/1700000002.b:2,S": reply("outlook-accepted.eml", "priya@example.org", UID[M2], 1,
                                  "20260928T080000Z"),
    "cur/1700000003.c:2,S": reply("google-tentative.eml", "tom@example.org", UID[M2], 1,
                                  "20260928T090000Z"),
    "new/1700000004.d": reply("thunderbird-declined.eml", "jo@example.org", UID[M2], 1,
                              "20260928T100000Z"),
    "new/1700000005.e": reply("thunderbird-delegated.eml", "tom@example.org", UID[M2], 1,
                              "20260928T110000Z", DELEGATE="deputy@example.org"),
    "new/1700000006.f": reply("google-accepted.eml", "jo@example.org", "no-such-uid@google.com",
                              0, "20260928T120000Z"),
    "new/1700000007.g": reply("outlook-declined.eml", "stranger@example.net", UID[M2], 1,
                              "20260928T130000Z"),
    "new/1700000008.h": open(os.path.join(FIXTURES, "plain-message.eml")).read(),
    "tmp/1700000009.i": reply("google-accepted.eml", "jo@example.org", UID[M2], 1,
                              "20260929T000000Z"),  # still being delivered: never read
}
for name, text in letters.items():
    with open(os.path.join(maildir, name), "w", newline="") as f:
        f.write(text)
loose = s.write("priya-later.eml", reply("google-accepted.eml", "priya@example.org", UID[M2], 1,
                                         "20260927T080000Z"))  # older than her Outlook reply
dry = s.json("mail", "replies", "--dry-run", maildir)
shown = s.json("meeting", "show", str(M2)).get("replies", [])
s.check("dry run: nothing recorded (all three invited, no reply)",
        len(shown) == 3 and all(r["answer"] == "no reply" for r in shown), shown)
outcomes = s.json("mail", "replies", maildir, loose)
got = {os.path.basename(o["source"]): (o["outcome"], o["answer"]) for o in outcomes}
want = {
    "1700000001.a:2,S": ("stale", "expected"),
    "1700000002.b:2,S": ("recorded", "expected"),
    "1700000003.c:2,S": ("recorded", "tentative"),
    "1700000004.d": ("recorded", "apologies"),
    "1700000005.e": ("recorded", "delegated"),
    "1700000006.f": ("unknown-meeting", "expected"),
    "1700000007.g": ("unknown-sender", "apologies"),
    "1700000008.h": ("not-imip", None),
    "priya-later.eml": ("older", "expected"),
}
s.check("replies: recorded or reported, one line a message, tmp/ never read", got == want,
        sorted(set(got.items()) ^ set(want.items())))
s.check("the dry run said the same", [o["outcome"] for o in dry] ==
        [o["outcome"] for o in outcomes if not o["source"].endswith("priya-later.eml")])
answers = {r["email"]: r["answer"] for r in s.json("meeting", "show", str(M2))["replies"]}
s.check("meeting show: expected, apologies, delegated",
        answers == {"priya@example.org": "expected", "jo@example.org": "apologies",
                    "tom@example.org": "delegated"}, answers)


def replies_dump():
    with db() as c:
        return list(c.execute("SELECT * FROM meeting_reply ORDER BY meeting_id, email"))


before = replies_dump()
again = s.json("mail", "replies", "--all", maildir, loose)
s.check("read twice: nothing changes", replies_dump() == before)
s.check("read twice: nothing recorded again, the answers held are unchanged",
        [o["outcome"] for o in again].count("unchanged") == 3
        and "recorded" not in [o["outcome"] for o in again], [o["outcome"] for o in again])
quiet = s.json("mail", "replies", maildir, loose)
s.check("read again: nothing new to say, nothing listed (quiet for cron)", quiet == [], quiet)
table = s.run("meeting", "show", str(M2)).stdout.decode()
s.check("meeting show lists the replies", "replies" in table and "apologies" in table, table)
noreply = s.json("report", "reminders", "--within", "21d", "--no-reply")
left = [r["name"] for m in noreply if m["meeting_id"] == M2 for r in m["recipients"]]
s.check("report reminders --no-reply: only those who did not answer (Ben has no address)",
        left == ["Ben Green"], noreply)

# ---- minutes to the officer --------------------------------------------------------------
s.now("2026-09-14T09:00")
M1 = sorted(meetings)[0]
s.write("minutes.md", "# Minutes\n\nPresent: *Priya*, Jo.\n\n1. Transition\n2. Funding: see "
        "[the guidance](https://example.gov.uk/eyfs)\n\n<script>alert(1)</script>\n")
s.run("minutes", "add", str(M1), "--file", "minutes.md")
officer_out = s.path("officer")
rec = s.json("mail", "minutes", str(M1), "--out", officer_out, "--attach-markdown")
msg, defects, _ = parse(os.path.join(officer_out, rec["file"]))
plain = msg.get_body(preferencelist=("plain",))
html = msg.get_body(preferencelist=("html",))
s.check("minutes e-mail: no defects, to the officer", not defects
        and "officer@example.gov.uk" in str(msg["To"]), (defects, msg["To"]))
s.check("minutes e-mail: a plain text and an HTML part",
        plain is not None and html is not None and "Transition" in plain.get_content()
        and "<h1>Minutes</h1>" in html.get_content(), msg.get_content_type())
s.check("minutes e-mail: raw HTML left out", "<script>" not in html.get_content())
attached = [p for p in msg.iter_attachments()]
s.check("minutes e-mail: the Markdown attached",
        len(attached) == 1 and attached[0].get_filename() == "minutes-2026-09-09.md"
        and "# Minutes" in attached[0].get_content(), [a.get_filename() for a in attached])
state = s.json("minutes", "list", "--group", GROUP)
s.check("the submission is recorded", any(m["meeting"] == M1 and m["submitted"] == "2026-09-14"
                                          for m in state), state[:1])

# ---- personal data: subject access shows it, forgetting removes it ------------------------
mail = s.json("person", "export", "jo@example.org")["mail"]
s.check("person export lists the messages sent to Jo and her reply",
        any(m["what"] == "sent REQUEST" and m["meeting_id"] == M2 for m in mail)
        and any(m["what"] == "sent CANCEL" and m["meeting_id"] == M3 for m in mail)
        and any(m["what"] == "replied DECLINED" and m["meeting_id"] == M2 for m in mail), mail)
s.run("person", "forget", "jo@example.org", "--yes")
with db() as c:
    left = c.execute("SELECT (SELECT count(*) FROM mail_outbox WHERE email = 'jo@example.org')"
                     " + (SELECT count(*) FROM meeting_reply WHERE email = 'jo@example.org')"
                     ).fetchone()[0]
s.check("person forget removes her address from the outbox and her replies", left == 0, left)
s.finish()
