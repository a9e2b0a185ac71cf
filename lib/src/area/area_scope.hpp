// SPDX-License-Identifier: MIT
#pragma once
// THE scope rule for --area: "this area and the areas inside it, however deep". Every query
// that narrows to an area (group, organisation, grant, indicator lists, the reports, the
// Popolo export) uses one of these, so no command narrows differently. Defined in
// area/area_store.cpp, the owner of the table they read.

#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

// In namespace registry, where it began: the reports, indicators and exports call it so.
namespace lpg::registry {

/// A parenthesised subquery of area ids for `column IN <this>`: the area whose id the SQL
/// parameter `param` holds ("?5", "?", "CAST(? AS INTEGER)") and every area inside it.
/// With the parameter NULL it yields no rows, so write `(?5 IS NULL OR g.area_id IN ...)`
/// for an optional area.
std::string within_area_sql(std::string_view param);

/// The ids of `area` and every area inside it.
std::set<std::int64_t> area_and_within(const Session& s, AreaId area);

}  // namespace lpg::registry
