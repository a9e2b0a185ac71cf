// SPDX-License-Identifier: MIT
#include "render/dashboard_html.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lpg::render {

namespace {

// What this page adds to kPageStyle.
constexpr const char* kDashboardStyle = R"css(
th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid #b1b4b6;
         vertical-align: middle; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.outcome, .period { display: block; color: #505a5f; font-size: .85rem; }
.better { color: #00703c; font-weight: 600; }
.worse { color: #d4351c; font-weight: 600; }
.same { color: #505a5f; font-weight: 600; }
.tag { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; }
.tag.met { background: #cce2d8; color: #005a30; }
.tag.missed { background: #f6d7d2; color: #942514; }
svg.trend { display: block; }
svg.trend polyline { fill: none; stroke: #1d70b8; stroke-width: 2; }
svg.trend circle { fill: #1d70b8; }
.none { color: #6f777b; }
ul.areas li { margin: .4rem 0; }
@media print {
  body { margin: 1cm; font-size: 10pt; }
  th { background: none; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

std::string number(double v) { return fmt::format("{}", v); }

std::string value_text(double v, const std::string& unit) {
  if (unit == "percent") return number(v) + "%";
  if (unit == "days") return number(v) + (v == 1 ? " day" : " days");
  return number(v);
}

std::string travel_html(Travel t, const std::string& word_better, const std::string& word_worse) {
  switch (t) {
    case Travel::Better:
      return "<span class=\"better\">&#9650; " + word_better + "</span>";
    case Travel::Worse:
      return "<span class=\"worse\">&#9660; " + word_worse + "</span>";
    case Travel::Same:
      return "<span class=\"same\">&#9644; same</span>";
    case Travel::None:
      break;
  }
  return "<span class=\"none\">&ndash;</span>";
}

std::string page(const std::string& title, const std::string& body) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n{}{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
      html_escape(title), kPageStyle, kDashboardStyle, body);
}

std::string row_html(const DashboardLine& l) {
  const Indicator& i = l.indicator;
  std::string name =
      "<strong>" + html_escape(i.name) + "</strong><span class=\"outcome\">" +
      html_escape(i.outcome) +
      (i.local_group.empty() ? "" : " &middot; local to " + html_escape(i.local_group)) + "</span>";
  std::string latest = "<span class=\"none\">no value yet</span>";
  if (l.latest) {
    latest = html_escape(value_text(l.latest->value, i.unit)) + "<span class=\"period\">" +
             html_escape(l.latest->period) + "</span>";
  }
  std::string target = "<span class=\"none\">&ndash;</span>";
  if (i.target) {
    target = html_escape(value_text(*i.target, i.unit));
    if (!l.target_applies) {
      target += " <span class=\"period\">for one area, not applied to this total</span>";
    } else if (l.on_target) {
      target += *l.on_target ? " <span class=\"tag met\">met</span>"
                             : " <span class=\"tag missed\">not met</span>";
    }
  }
  std::string travel = travel_html(l.travel, "better", "worse");
  if (l.previous) {
    travel += "<span class=\"period\">from " + html_escape(value_text(l.previous->value, i.unit)) +
              " in " + html_escape(l.previous->period) + "</span>";
  }
  std::string county = "<span class=\"none\">&ndash;</span>";
  if (l.county) {
    county = html_escape(value_text(*l.county, i.unit)) + "<span class=\"period\">" +
             html_escape(l.county_basis) + " &middot; " +
             travel_html(l.against_county, "area better", "area worse") + "</span>";
  }
  return fmt::format(
      "<tr>\n<td>{}</td>\n<td class=\"num\">{}</td>\n<td class=\"num\">{}</td>\n<td>{}</td>\n"
      "<td class=\"num\">{}</td>\n<td>{}</td>\n</tr>\n",
      name, latest, target, travel, county, trend_svg(l.trend, i.name));
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string trend_svg(const std::vector<TrendPoint>& trend, const std::string& label) {
  if (trend.empty()) return "<span class=\"none\">&ndash;</span>";
  constexpr double kWidth = 160, kHeight = 44, kPad = 5;
  auto [lo, hi] = std::minmax_element(
      trend.begin(), trend.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
  double span = hi->value - lo->value;
  std::string points, circles;
  for (std::size_t n = 0; n < trend.size(); ++n) {
    double x = trend.size() == 1 ? kWidth / 2
                                 : kPad + (kWidth - 2 * kPad) * static_cast<double>(n) /
                                              static_cast<double>(trend.size() - 1);
    double y = span > 0
                   ? kHeight - kPad - (kHeight - 2 * kPad) * (trend[n].value - lo->value) / span
                   : kHeight / 2;
    points += fmt::format("{}{:.1f},{:.1f}", n == 0 ? "" : " ", x, y);
    circles +=
        fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"2.5\"><title>{}: {}</title></circle>",
                    x, y, html_escape(trend[n].period), number(trend[n].value));
  }
  return fmt::format(
      "<svg class=\"trend\" width=\"{}\" height=\"{}\" "
      "viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" data-points=\"{}\">"
      "<polyline points=\"{}\"/>{}</svg>",
      kWidth, kHeight, kWidth, kHeight, html_escape("Trend of " + label), trend.size(), points,
      circles);
}

std::string dashboard_html(const Dashboard& d) {
  std::string body = "<h1>" + html_escape(d.area) + " dashboard</h1>\n<p class=\"meta\">";
  if (!d.county.empty()) body += "Compared with " + html_escape(d.county) + " &middot; ";
  if (d.year) body += "Values up to " + html_escape(*d.year) + " &middot; ";
  body += "Produced " + html_escape(d.generated_on) + "</p>\n";
  if (d.lines.empty()) {
    body += "<p>No indicators for this area yet.</p>\n";
  } else {
    body +=
        "<table>\n<thead><tr><th>Indicator</th><th>Latest</th><th>Target</th>"
        "<th>Direction of travel</th><th>" +
        (d.county.empty() ? std::string("County") : html_escape(d.county)) +
        "</th><th>Trend</th></tr></thead>\n<tbody>\n";
    for (const auto& l : d.lines) body += row_html(l);
    body += "</tbody>\n</table>\n";
  }
  body +=
      "<footer>Direction of travel compares the latest value with the previous recorded "
      "period; &#9650; is better and &#9660; worse, whichever way the indicator counts as "
      "better. Percentages, rates and days are compared with the county's own figure; a count "
      "with the mean of the county's areas, never with its total. A count's target is for one "
      "area, and is not applied to a total.</footer>\n";
  return page(d.area + " dashboard", body);
}

std::string dashboard_index_html(const std::vector<IndexEntry>& entries, const std::string& date) {
  std::string body = "<h1>Area dashboards</h1>\n<p class=\"meta\">Produced " + html_escape(date) +
                     "</p>\n<ul class=\"areas\">\n";
  for (const auto& e : entries) {
    int better = 0, worse = 0;
    for (const auto& l : e.dashboard->lines) {
      better += l.travel == Travel::Better;
      worse += l.travel == Travel::Worse;
    }
    body += fmt::format(
        "<li><a href=\"{}\">{}</a> &middot; {} indicator{} &middot; <span class=\"better\">{} "
        "better</span> &middot; <span class=\"worse\">{} worse</span></li>\n",
        html_escape(e.file), html_escape(e.dashboard->area), e.dashboard->lines.size(),
        e.dashboard->lines.size() == 1 ? "" : "s", better, worse);
  }
  body += "</ul>\n";
  return page("Area dashboards", body);
}

}  // namespace lpg::render
