// SPDX-License-Identifier: MIT
#pragma once
// Yearly priorities of a group (linked to the indicators that measure them) and the grants a
// group awards to organisations for local projects. Amounts are whole pence.

#include <lpg/period.hpp>
#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

struct Priority {
  std::int64_t id = 0;
  std::string group;
  std::string year;  ///< 2026/27 or FY2026/27
  std::string text;
  std::vector<std::string> indicators;  ///< names, in name order
};

/// Parses a year for priorities and grants: an academic (2026/27) or financial (FY2026/27)
/// year. Throws Error{Invalid} for anything else, months and quarters included.
Period parse_year(std::string_view text);

/// Adds a priority for a group's year. Throws Error{Invalid} for empty text or a bad year.
Priority add_priority(const Session& s, GroupId group, std::string_view year,
                      const std::string& text, const std::vector<std::int64_t>& indicators);
std::vector<Priority> list_priorities(const Session& s, std::optional<GroupId> group,
                                      std::optional<Period> year);
/// Removes a priority. Error{NotFound}; Error{Conflict} when grants are linked to it.
Priority remove_priority(const Session& s, std::int64_t id);

/// applied, awarded, paid, reported, withdrawn: the order a grant moves through.
const std::vector<std::string>& grant_statuses();

struct GrantStatusChange {
  std::string status;
  std::string on;  ///< ISO date
};

struct Grant {
  std::int64_t id = 0;
  std::string group;
  std::string area;  ///< the group's area; empty when it has none
  std::string recipient;
  std::string sector;
  std::string project;
  std::int64_t amount_pence = 0;
  std::string awarded_on;  ///< ISO date
  std::optional<std::int64_t> priority_id;
  std::string priority;  ///< the priority's text
  std::string status;
  std::vector<GrantStatusChange> history;  ///< oldest first
};

struct GrantInput {
  GroupId group;
  OrgId recipient;
  std::string project;
  std::string amount;  ///< as typed: "2500", "2,500.00", "£2500.50"
  Date awarded;
  std::optional<std::int64_t> priority;
  std::string status = "awarded";
};

/// Adds a grant. Throws Error{Invalid} for a bad amount or status, an empty project, or a
/// priority of another group; Error{NotFound} for an unknown priority.
Grant add_grant(const Session& s, const GrantInput& input);
Grant get_grant(const Session& s, std::int64_t id);

struct GrantFilter {
  std::optional<GroupId> group;
  std::optional<std::string> status;
  std::optional<Period> year;  ///< awarded within the year
  std::optional<AreaId> area;  ///< the awarding group's area
};
std::vector<Grant> list_grants(const Session& s, const GrantFilter& filter);

struct GrantChanges {
  std::optional<OrgId> recipient;
  std::optional<std::string> project, amount;
  std::optional<Date> awarded;
  std::optional<std::optional<std::int64_t>> priority;  ///< nullopt inside: unlink
};
Grant edit_grant(const Session& s, std::int64_t id, const GrantChanges& changes);

/// Moves a grant to a new status on a date, keeping the history. Statuses go forward
/// (applied, awarded, paid, reported); withdrawn from any but reported; nothing after
/// withdrawn. Throws Error{Invalid} for an unknown status, a backward move or a date before
/// the last change; Error{Conflict} when the grant has that status already.
Grant set_grant_status(const Session& s, std::int64_t id, const std::string& status, Date on);

/// One line of the grants report: totals by group, area, sector or priority.
struct GrantTotal {
  std::string by;  ///< group, area, sector, priority or all
  std::string name;
  std::int64_t count = 0;
  std::int64_t total_pence = 0;
};

/// Totals of the grants that count as money given (awarded, paid and reported; applied and
/// withdrawn ones are left out), summed in whole pence, grouped four ways and then overall.
std::vector<GrantTotal> grant_totals(const Session& s, const GrantFilter& filter);

}  // namespace lpg
