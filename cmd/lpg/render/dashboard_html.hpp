// SPDX-License-Identifier: MIT
#pragma once
// The dashboard as one self-contained HTML page: inline CSS (with print styles) and inline SVG
// line charts; no scripts, fonts, links or anything fetched from a network.

#include <lpg/dashboard.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace lpg::render {

/// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(std::string_view text);

/// The stylesheet rules every lpg page shares (page, headings, tables, footer); each page adds
/// its own after them.
inline constexpr const char* kPageStyle = R"css(:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; margin: 2rem; color: #1b1b1b;
       background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
p.meta { color: #505a5f; margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th { background: #f3f2f1; font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
footer { margin-top: 2rem; color: #505a5f; font-size: .85rem; }
)css";

/// A page for one area.
std::string dashboard_html(const Dashboard& d);

/// One entry of the county index: an area's dashboard and the file it was written to.
struct IndexEntry {
  const Dashboard* dashboard;
  std::string file;  ///< relative to the index
};
/// The county index page linking every area's page, with counts of better and worse.
std::string dashboard_index_html(const std::vector<IndexEntry>& entries, const std::string& date);

/// The inline SVG line chart of a trend (one circle per point). Empty for no points.
std::string trend_svg(const std::vector<TrendPoint>& trend, const std::string& label);

}  // namespace lpg::render
