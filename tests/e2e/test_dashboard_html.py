#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The HTML dashboard, end to end: record and import values, correct one, write the page, check
its SVG charts have one point per recorded period, and open it in headless Chromium to check
that it renders something (a screenshot that is not blank). Standard library only."""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile

from pixels import find_chromium, non_white

LPG = sys.argv[1]
failures = []


def check(name, condition):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(name)


def lpg(tmp, *args):
    env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LPG_DB": os.path.join(tmp, "lpg.db"),
           "NO_COLOR": "1", "LC_ALL": "C.UTF-8", "TZ": "UTC", "LPG_NOW": "2026-11-30T09:00"}
    r = subprocess.run([LPG, *args], env=env, cwd=tmp, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"lpg {' '.join(args)} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    return r.stdout


def sql(tmp, statement):
    subprocess.run(["sqlite3", os.path.join(tmp, "lpg.db"), statement], check=True)


class Charts(html.parser.HTMLParser):
    """Collects each SVG chart's polyline points, circles and declared count."""

    def __init__(self):
        super().__init__()
        self.charts = []
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if tag == "svg":
            self.charts.append({"label": a.get("aria-label"), "declared": int(a["data-points"]),
                                "polyline": 0, "circles": 0})
        elif tag == "polyline":
            self.charts[-1]["polyline"] = len(a["points"].split())
        elif tag == "circle":
            self.charts[-1]["circles"] += 1


def main():
    tmp = tempfile.mkdtemp(prefix="lpg-dash-")
    try:
        lpg(tmp, "init")
        sql(tmp, "INSERT INTO area (id, name, name_key, created_at) VALUES "
                 "(1, 'Oxfordshire', 'oxfordshire', 'x');"
                 "INSERT INTO area (id, name, name_key, parent_id, created_at) VALUES "
                 "(2, 'Cherwell', 'cherwell', 1, 'x'), (3, 'West Oxfordshire', 'west oxfordshire', 1, 'x');"
                 "INSERT INTO grp (id, name, name_key, kind, area_id, created_at) VALUES "
                 "(1, 'Cherwell LCPG', 'cherwell lcpg', 'partnership', 2, 'x')")
        lpg(tmp, "indicator", "add", "Good level of development", "--outcome",
            "Children are ready for school", "--unit", "percent", "--better", "higher",
            "--target", "70")
        lpg(tmp, "indicator", "add", "Days to EHCP", "--outcome", "SEND needs are met early",
            "--unit", "days", "--better", "lower", "--local-to", "Cherwell LCPG")
        lpg(tmp, "indicator", "add", "Health & wellbeing <checks>", "--outcome",
            "Families \"thrive\" & 'cope'", "--unit", "count", "--better", "higher")
        rows = ["indicator,area,period,value,source"]
        for year, value in [(2021, 58.1), (2022, 60.0), (2023, 59.4), (2024, 61.5), (2025, 64.2)]:
            rows.append(f"Good level of development,Cherwell,{year}/{(year + 1) % 100:02},{value},DfE")
            rows.append(f"Good level of development,Oxfordshire,{year}/{(year + 1) % 100:02},{value + 2},DfE")
        for q, value in [(1, 160), (2, 152), (3, 131)]:
            rows.append(f"Days to EHCP,Cherwell,2026-Q{q},{value},SEND team")
        rows.append("Health & wellbeing <checks>,Cherwell,2026-10,12,\"Health visitors, north\"")
        with open(os.path.join(tmp, "values.csv"), "w", newline="") as f:
            f.write("\r\n".join(rows) + "\r\n")
        summary = lpg(tmp, "indicator", "import", "values.csv", "--format", "json")
        check("import adds every row", '"added": 14' in summary and '"rejected": 0' in summary)
        again = lpg(tmp, "indicator", "import", "values.csv", "--format", "json")
        check("re-import is unchanged", '"unchanged": 14' in again and '"added": 0' in again)
        lpg(tmp, "indicator", "record", "Days to EHCP", "--area", "Cherwell", "--period",
            "2026-Q3", "--value", "128")  # a correction: the chart shows the current value
        out = os.path.join(tmp, "cherwell.html")
        lpg(tmp, "report", "dashboard", "--area", "Cherwell", "--format", "html", "--out", out)
        with open(out, encoding="utf-8") as f:
            page = f.read()
        parser = Charts()
        parser.feed(page)
        charts = {c["label"]: c for c in parser.charts}
        gld = charts.get("Trend of Good level of development")
        ehcp = charts.get("Trend of Days to EHCP")
        hw = charts.get("Trend of Health & wellbeing <checks>")
        check("three charts", len(parser.charts) == 3)
        check("GLD chart has 5 points", gld and gld["polyline"] == 5 and gld["circles"] == 5
              and gld["declared"] == 5)
        check("EHCP chart has 3 points (correction replaced, not added)",
              ehcp and ehcp["polyline"] == 3 and ehcp["circles"] == 3)
        check("one-value chart has 1 point", hw and hw["circles"] == 1)
        check("no scripts, links or remote resources",
              "script" not in parser.tags and "link" not in parser.tags
              and "http:" not in page and "https:" not in page and "url(" not in page)
        check("names are escaped", "Health &amp; wellbeing &lt;checks&gt;" in page
              and "Families &quot;thrive&quot; &amp; &#39;cope&#39;" in page)
        check("print styles", "@media print" in page)
        check("direction of travel for lower-is-better",
              '<span class="better">&#9650; better</span><span class="period">from 152 days in 2026-Q2' in page)

        site = os.path.join(tmp, "site")
        lpg(tmp, "report", "dashboard", "--all-areas", "--format", "html", "--out", site)
        check("one page per area plus index",
              sorted(os.listdir(site)) == ["cherwell.html", "index.html", "oxfordshire.html",
                                           "west-oxfordshire.html"])

        chromium = find_chromium()
        if chromium is None:
            print("skip: chromium is not installed (apt-get install chromium); the page was "
                  "checked as HTML only")
        else:
            shot = os.path.join(tmp, "out.png")
            profile = tempfile.mkdtemp(prefix="lpg-chromium-")
            r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                                "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update",
                                "--disable-sync", f"--user-data-dir={profile}",
                                f"--screenshot={shot}", "--window-size=1200,900",
                                "file://" + out],
                               capture_output=True, text=True, timeout=120, cwd=tmp)
            shutil.rmtree(profile, ignore_errors=True)
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
