// SPDX-License-Identifier: MIT
#include "grant/grant_rules.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "core/text_check.hpp"

namespace lpg {

const std::vector<std::string>& grant_statuses() {
  static const std::vector<std::string> all = {"applied", "awarded", "paid", "reported",
                                               "withdrawn"};
  return all;
}

namespace grant {

std::string checked_status(const std::string& status) {
  check_line(trim(status), "status");  // before the message below quotes it
  std::string slug = ascii_lower(trim(status));
  const auto& all = grant_statuses();
  if (std::find(all.begin(), all.end(), slug) != all.end()) return slug;
  std::string hint = fmt::format("statuses: {}", fmt::join(all, ", "));
  if (auto near = nearest(status, all)) hint = fmt::format("did you mean {}?", *near);
  throw Error(ErrorKind::Invalid, fmt::format("unknown grant status \"{}\"", status), hint);
}

std::string checked_project(const std::string& text) {
  std::string project = trim(text);
  if (project.empty()) throw Error(ErrorKind::Invalid, "the project must not be empty");
  check_line(project, "project");
  return project;
}

void check_status_change(const Grant& g, const std::string& status, Date on) {
  const auto& all = grant_statuses();
  auto rank = [&](const std::string& st) {
    return std::find(all.begin(), all.end(), st) - all.begin();
  };
  if (status == g.status) {
    throw Error(ErrorKind::Conflict, fmt::format("grant #{} is {} already", g.id, status));
  }
  bool allowed = g.status != "withdrawn" &&
                 (status == "withdrawn" ? g.status != "reported" : rank(status) > rank(g.status));
  if (!allowed) {
    throw Error(ErrorKind::Invalid,
                fmt::format("grant #{} cannot go from {} to {}", g.id, g.status, status),
                "a grant goes applied, awarded, paid, reported, or is withdrawn before reported");
  }
  if (!g.history.empty() && format_date(on) < g.history.back().on) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} is before the grant's last change ({} on {})", format_date(on),
                            g.history.back().status, g.history.back().on));
  }
}

}  // namespace grant
}  // namespace lpg
