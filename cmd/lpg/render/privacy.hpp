// SPDX-License-Identifier: MIT
#pragma once
// How the data-protection commands print: person forget, person export, db prune.

#include <lpg/privacy.hpp>

#include <vector>

#include "render/table.hpp"

namespace lpg::render {

Record forgotten_record(const Forgotten& f);
/// The person's own fields; the sections hold memberships, attendance, actions,
/// minutes_recorded and audit_log.
Record export_record(const PersonExport& e);
std::vector<Section> export_sections(const PersonExport& e);
Table prune_table(const std::vector<PruneCandidate>& people);

}  // namespace lpg::render
