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
