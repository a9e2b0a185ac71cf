#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The HTML settings directory, end to end, on the hand-built data of
tests/cli/report/directory-html: the page is self-contained (no scripts, links or anything
fetched), names are escaped, and headless Chromium prints it to a non-trivial PDF and takes a
screenshot that is not blank. Standard library only; skips the browser part without Chromium."""
import html.parser
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

from pixels import find_chromium, non_white

LPG = os.path.abspath(sys.argv[1])
CASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli", "report",
                    "directory-html")
failures = []


def check(name, condition):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(name)


def environment(tmp):
    return {"PATH": "/usr/bin:/bin", "HOME": tmp, "LPG_DB": os.path.join(tmp, "lpg.db"),
            "LPG_CONFIG": os.path.join(tmp, "lpg.toml"), "NO_COLOR": "1", "LC_ALL": "C.UTF-8",
            "TZ": "UTC", "LPG_NOW": "2026-11-30T09:00", "USER": "tester"}


def lpg(tmp, *args):
    r = subprocess.run([LPG, *args], env=environment(tmp), cwd=tmp, capture_output=True,
                       text=True, timeout=120)
    if r.returncode != 0:
        sys.exit(f"lpg {' '.join(args)} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    return r.stdout


def build(tmp):
    shutil.copy(os.path.join(CASE, "lpg.toml"), tmp)
    with open(os.path.join(CASE, "setup"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("!sh "):
                subprocess.run(line[4:], shell=True, cwd=tmp, check=True, env=environment(tmp))
            else:
                lpg(tmp, *shlex.split(line))


class Rows(html.parser.HTMLParser):
    """Counts table body rows and collects the tags used."""

    def __init__(self):
        super().__init__()
        self.rows = 0
        self.tags = set()
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "tbody":
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.rows += 1


def chromium_run(chromium, tmp, *args):
    profile = tempfile.mkdtemp(prefix="lpg-chromium-")
    try:
        return subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                               "--disable-quic", "--no-first-run",
                               "--disable-background-networking", "--disable-component-update",
                               "--disable-sync", f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120, cwd=tmp)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    tmp = tempfile.mkdtemp(prefix="lpg-dir-")
    try:
        build(tmp)
        # A name that needs escaping, in the group.
        lpg(tmp, "org", "add", "Tom & Jerry's <Nursery>", "--sector", "day-nursery",
            "--area", "Banbury", "--email", "tj@example.org", "--funded-places", "12")
        lpg(tmp, "member", "add", "Banbury Early Years", "--org", "Tom & Jerry's <Nursery>",
            "--from", "2026-09-01")
        out = os.path.join(tmp, "directory.html")
        lpg(tmp, "report", "directory", "--group", "Banbury Early Years", "--format", "html",
            "--out", out)
        with open(out, encoding="utf-8") as f:
            page = f.read()
        parser = Rows()
        parser.feed(page)
        check("five settings listed", parser.rows == 5)
        check("no scripts, links or remote resources",
              "script" not in parser.tags and "link" not in parser.tags and "img" not in parser.tags
              and "http:" not in page and "https:" not in page and "url(" not in page)
        check("names are escaped", "Tom &amp; Jerry&#39;s &lt;Nursery&gt;" in page
              or "Tom &amp; Jerry's &lt;Nursery&gt;" in page)
        check("print styles", "@media print" in page)
        check("agrees with the CSV", all(
            name in page for name in ("Little Acorns Pre-School", "Sunshine Day Nursery",
                                      "St Mary", "Zoë&#39;s Childminding" if "&#39;" in page
                                      else "Zoë's Childminding")))
        chromium = find_chromium()
        if chromium is None:
            print("skip: chromium is not installed; the page was checked as HTML only")
            return
        pdf = os.path.join(tmp, "out.pdf")
        r = chromium_run(chromium, tmp, f"--print-to-pdf={pdf}", "file://" + out)
        size = os.path.getsize(pdf) if os.path.exists(pdf) else 0
        print(f"     PDF of {size} bytes")
        with open(pdf, "rb") if size else open(os.devnull, "rb") as f:
            head = f.read(5)
        check("chromium printed a PDF", r.returncode == 0 and head == b"%PDF-" and size > 5000)
        shot = os.path.join(tmp, "out.png")
        r = chromium_run(chromium, tmp, f"--screenshot={shot}", "--window-size=1200,900",
                         "file://" + out)
        check("chromium wrote a screenshot", r.returncode == 0 and os.path.exists(shot))
        if os.path.exists(shot):
            inked, total = non_white(shot)
            print(f"     {inked} of {total} pixels are not white")
            check("the screenshot is not blank", inked > total // 200)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


main()
print(f"{len(failures)} failed" if failures else "all passed")
sys.exit(1 if failures else 0)
