#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A stored name is only ever a display name, the stored address the only address (issue 20).

People whose names hold what a mail header would read as addresses (`Jo Smith
<attacker@evil.example>, Jo`, imported from a contact CSV), quotes, backslashes and something
that looks like an RFC 2047 encoded-word get reminder mail: Python's email parser
(policy=default) must find exactly one address in To, the stored one, with the name read back
exactly as stored; the invitation's ATTENDEE must be that one address, its CN the name. Then
`reminders.organizer` is refused at start-up (exit 78) unless it is one valid address, and
`meeting export --ics` and `meeting feed` carry it as ORGANIZER (issue 15)."""
import email
import email.policy
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lpgtest import Scenario  # noqa: E402

try:
    import icalendar
except ImportError:
    print("SKIPPED: python3-icalendar is not installed")
    sys.exit(77)

ORGANIZER = 'organizer = "Partnership Team <team@council.example>"\n'
HOSTILE = {
    "jo@example.org": "Jo Smith <attacker@evil.example>, Jo",
    "ann@example.org": '"Ann" <ann2@evil.example>',
    "bo@example.org": "Bo \\ Smith \"the second\"",
    "cy@example.org": "=?utf-8?b?ZXZlQGV2aWwuZXhhbXBsZQ==?=",
    "di@example.org": "Dì Ōta, <x@evil.example> Bcc: y@evil.example",
}


def build(t):
    t.config("[reminders]\n" + ORGANIZER)
    t.run("group", "add", "Banbury Hub", "--kind", "hub")
    rows = ["name,email"] + ['"{}",{}'.format(n.replace('"', '""'), e)
                             for e, n in HOSTILE.items()]
    t.write("people.csv", "\r\n".join(rows) + "\r\n")
    t.run("import", "people", "people.csv")
    for address in HOSTILE:
        t.run("member", "add", "Banbury Hub", "--person", address, "--from", "2026-09-01")
    t.run("meeting", "schedule", "Banbury Hub", "--at", "2026-09-10 18:30")


def attendees(event):
    found = event.get("ATTENDEE")
    return found if isinstance(found, list) else [found]


def check_mail(t):
    t.run("report", "reminders", "--format", "eml", "--out", "mail")
    names = sorted(os.listdir(t.path("mail")))
    t.check("one message a person", len(names) == len(HOSTILE), names)
    seen = set()
    for name in names:
        with open(os.path.join(t.path("mail"), name), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        to = msg["To"].addresses
        t.check(f"{name}: exactly one address in To", len(to) == 1, msg["To"])
        address = to[0].addr_spec
        seen.add(address)
        t.check(f"{name}: the stored address", address in HOSTILE, address)
        # Whitespace compared loosely: Python's email (3.11) keeps the folding whitespace
        # between two encoded-words, which RFC 2047 6.2 says a reader drops.
        t.check(f"{name}: the stored name, read back as stored",
                to[0].display_name.split() == HOSTILE.get(address, "").split(),
                to[0].display_name)
        t.check(f"{name}: no Cc or Bcc", msg["Cc"] is None and msg["Bcc"] is None)
        t.check(f"{name}: From is the organizer",
                [a.addr_spec for a in msg["From"].addresses] == ["team@council.example"])
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0]
        event = icalendar.Calendar.from_ical(cal.get_payload(decode=True)).walk("VEVENT")[0]
        people = attendees(event)
        t.check(f"{name}: one ATTENDEE, the stored address",
                [str(a) for a in people] == ["mailto:" + address], people)
        t.check(f"{name}: its CN is the name without quotes",
                str(people[0].params.get("CN")) == HOSTILE.get(address, "").replace('"', ""),
                people[0].params.get("CN"))
    t.check("every stored address got its message, no other", seen == set(HOSTILE), seen)


def check_organizer(t):
    text = t.run("meeting", "export", "--ics", "-").stdout
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    organizer = event.get("ORGANIZER")
    t.check("meeting export --ics: ORGANIZER is reminders.organizer",
            str(organizer) == "mailto:team@council.example", organizer)
    t.check("meeting export --ics: its CN", str(organizer.params.get("CN")) == "Partnership Team")
    t.run("meeting", "feed", "feed")
    for name in ("banbury-hub.ics", "all.ics"):
        with open(t.path(os.path.join("feed", name)), "rb") as f:
            event = icalendar.Calendar.from_ical(f.read()).walk("VEVENT")[0]
        t.check(f"meeting feed {name}: ORGANIZER",
                str(event.get("ORGANIZER")) == "mailto:team@council.example")


def check_refused(t):
    for bad in ['"Jo <jo@council.example>, Eve <eve@evil.example>"',
                '"Jo <jo@council.example"',
                '"Jo <jo@council.example> eve@evil.example"',
                '"Team <not an address>"',
                '"Team"']:
        t.config("[reminders]\norganizer = " + bad + "\n")
        r = t.run("group", "list", ok=False)
        err = r.stderr.decode()
        t.check(f"organizer = {bad}: exit 78", r.returncode == 78, (r.returncode, err))
        t.check(f"organizer = {bad}: names the file, line and key",
                "lpg.toml:2:" in err and "reminders.organizer" in err, err)
    t.config("[reminders]\n" + ORGANIZER)


def main():
    t = Scenario(sys.argv[1], "mailbox")
    build(t)
    check_mail(t)
    check_organizer(t)
    check_refused(t)
    t.finish()


main()
