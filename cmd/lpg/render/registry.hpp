// SPDX-License-Identifier: MIT
#pragma once
// How areas and groups print: shared by the area and group commands, so `add`, `edit` and
// `show` agree on keys and labels.

#include <lpg/areas.hpp>
#include <lpg/groups.hpp>

#include "render/table.hpp"

namespace lpg::render {

/// A timestamp (UTC, ISO 8601) as a date cell; nullopt as an empty cell.
Cell stamp_cell(const std::optional<std::string>& stamp);

/// id, name, code, parent, created.
Record area_record(const Area& area);

/// id, name, kind, area, cadence, quorum, description, archived, created.
Record group_record(const Group& group);

/// One row per linked group: id, name, kind.
Table group_links(const std::vector<GroupLink>& links);

/// The record with its reporting lines as sections "reports_to" and "reported_by". Commands
/// may append further sections before printing.
std::vector<Section> group_sections(const Group& group);

}  // namespace lpg::render
