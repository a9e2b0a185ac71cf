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
import struct
import subprocess
import sys
import tempfile
import zlib

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


def png_pixels(path):
    """Decodes an 8-bit RGB/RGBA non-interlaced PNG: (width, height, rows of bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), f"unexpected PNG depth {depth} colour {colour}"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        filt, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = prev[i]
            upleft = prev[i - channels] if i >= channels else 0
            if filt == 1:
                line[i] = (line[i] + left) & 0xFF
            elif filt == 2:
                line[i] = (line[i] + up) & 0xFF
            elif filt == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif filt == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else upleft)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def non_white(path):
    width, height, channels, rows = png_pixels(path)
    count = 0
    for row in rows:
        for x in range(0, width * channels, channels):
            if row[x] < 240 or row[x + 1] < 240 or row[x + 2] < 240:
                count += 1
    return count, width * height


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name, path="/usr/bin:/bin:/usr/local/bin")
        if path:
            return path
    return None


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
        chromium = shutil.which("chromium", path="/usr/bin:/bin:/usr/local/bin") or \
            shutil.which("chromium-browser", path="/usr/bin:/bin:/usr/local/bin")
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
