// SPDX-License-Identifier: MIT
#pragma once
// The SQL every report shares: which groups a scope covers, and period bounds as text.

#include <lpg/reports.hpp>

#include <string>

#include "db/sql.hpp"

namespace lpg::reports {

/// A WITH clause defining scope_grp(id): the groups of ?1 (a group id or NULL) within ?2 (an
/// area id or NULL, counting the areas inside it). Bind with bind_scope().
extern const std::string kScopeCte;

/// Binds ?1 and ?2 of kScopeCte.
void bind_scope(db::Statement& q, const ReportScope& scope);

/// "2026-12-18": the first instant of the day, as meeting.starts_at compares.
std::string start_bound(Date day);
/// The first instant after `day`: starts_at < this keeps the whole of the last day.
std::string end_bound(Date day);

/// ',day-nursery,pre-school,...,': the setting sectors, for instr(?, ',' || sector || ',')
/// (SqlDialect::instr).
std::string setting_list();

/// sectors() position of a slug, for ordering (unknown slugs last).
int sector_rank(const std::string& slug);

}  // namespace lpg::reports
