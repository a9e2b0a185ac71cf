// SPDX-License-Identifier: MIT
// The settings directory as one printable page: no scripts, no fonts or images fetched.
#include <fmt/format.h>

#include "render/dashboard_html.hpp"
#include "render/reports.hpp"

namespace lpg::render {

namespace {

// What this page adds to kPageStyle.
constexpr const char* kDirectoryStyle = R"css(
th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid #b1b4b6;
         vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.sector { display: block; color: #505a5f; font-size: .85rem; }
a { color: #1d70b8; }
@media print {
  @page { size: A4; margin: 1.2cm; }
  body { margin: 0; font-size: 10pt; }
  th { background: none; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

std::string row_html(const DirectoryEntry& e) {
  std::string email =
      e.email.empty() ? "" : fmt::format("<a href=\"mailto:{0}\">{0}</a>", html_escape(e.email));
  std::string places = e.funded_places ? std::to_string(*e.funded_places) : "";
  return fmt::format(
      "<tr><td><strong>{}</strong><span class=\"sector\">{}</span></td><td>{}</td>"
      "<td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>\n",
      html_escape(e.name), html_escape(e.sector), html_escape(e.address), html_escape(e.phone),
      email, places);
}

}  // namespace

std::string directory_html(const std::vector<DirectoryEntry>& entries, const std::string& title,
                           const std::string& as_of) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{0}</title>\n<style>\n{4}{1}</style>\n</head>\n<body>\n<h1>{0}</h1>\n"
      "<p class=\"meta\">{2} settings, as of {3}</p>\n",
      html_escape(title), kDirectoryStyle, entries.size(), html_escape(as_of), kPageStyle);
  if (entries.empty()) {
    out += "<p>No settings are members.</p>\n";
  } else {
    out +=
        "<table>\n<thead><tr><th>Setting</th><th>Address</th><th>Phone</th><th>Email</th>"
        "<th>Funded places</th></tr></thead>\n<tbody>\n";
    for (const auto& e : entries) out += row_html(e);
    out += "</tbody>\n</table>\n";
  }
  out += "<footer>Made with lpg.</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace lpg::render
