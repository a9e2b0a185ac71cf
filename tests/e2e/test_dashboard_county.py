#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""District dashboards against the county, like with like (issue 15). Kent's terms of
reference give each district a dashboard of the plan's indicators, and the board a countywide
one. A count (first-time entrants to youth justice) is compared with the mean of the twelve
districts, not the county total; a percentage with the county's own percentage; a count's
target is a district's and is not applied to the county total. The output says which."""
import sys

from kent import DISTRICTS, add_county
from lpgtest import Scenario

t = Scenario(sys.argv[1], "dashboard-county")
t.now("2026-11-30T09:00")
add_county(t, with_groups=False)
FTE = "First-time entrants to the youth justice system"
GLD = "Good level of development"
t.run("indicator", "add", FTE, "--outcome", "Young people are safe", "--unit", "count", "--better",
      "lower", "--target", "20")
t.run("indicator", "add", GLD, "--outcome", "Children are ready for school", "--unit", "percent",
      "--better", "higher", "--target", "70")

# Dover 30, Thanet 30, the other ten 25 each: the county total is 310, the mean 25.8.
counts = {d: 25 for d in DISTRICTS}
counts["Dover"] = counts["Thanet"] = 30
for d, n in counts.items():
    t.run("indicator", "record", FTE, "--area", d, "--period", "2025/26", "--value", str(n))
t.run("indicator", "record", FTE, "--area", "Kent", "--period", "2025/26", "--value",
      str(sum(counts.values())))
t.run("indicator", "record", GLD, "--area", "Dover", "--period", "2025/26", "--value", "64.2")
t.run("indicator", "record", GLD, "--area", "Kent", "--period", "2025/26", "--value", "66")


def line(area, name):
    return next((l for l in t.json("report", "dashboard", "--area", area) if l["indicator"] == name),
                {})


fte = line("Dover", FTE)
t.check("a district's count is compared with the mean of the county's areas, not the total",
        fte.get("county") == 25.8 and fte.get("county_basis") == "mean of 12 areas", fte)
t.check("... so 30 against a mean of 25.8 is worse (it was 'better' than the 310 total)",
        fte.get("against_county") == "worse", fte)
t.check("the district's count target applies to the district", fte.get("target_applies") is True
        and fte.get("on_target") is False, fte)
gld = line("Dover", GLD)
t.check("a percentage is compared with the county's own percentage, and says so",
        gld.get("county") == 66.0 and gld.get("county_basis") == "county value"
        and gld.get("against_county") == "worse", gld)

kent = line("Kent", FTE)
t.check("the county total is not held to a district's count target",
        kent.get("value") == 310.0 and kent.get("target_applies") is False
        and kent.get("on_target") is None, kent)
t.check("a percentage target still applies to the county", line("Kent", GLD).get("on_target")
        is False)

table = t.run("report", "dashboard", "--area", "Dover").stdout.decode()
t.check("the table says what the county figure is", "mean of 12 areas" in table
        and "county value" in table, table)
page = t.run("report", "dashboard", "--area", "Dover", "--format", "html").stdout.decode()
t.check("the HTML page says what the county figure is, and how comparisons are made",
        "mean of 12 areas" in page and "never with its total" in page)
page = t.run("report", "dashboard", "--area", "Kent", "--format", "html").stdout.decode()
t.check("the county's page says the count target is not applied to its total",
        "not applied to this total" in page)

# Too few areas with a value for the period: no comparison rather than a mean of one.
t.run("indicator", "record", FTE, "--area", "Dover", "--period", "2026/27", "--value", "12")
fte = line("Dover", FTE)
t.check("with only the district's own value for the period there is no county figure",
        fte.get("period") == "2026/27" and fte.get("county") is None
        and fte.get("against_county") is None, fte)
t.finish()
