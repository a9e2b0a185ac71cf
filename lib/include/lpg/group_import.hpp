// SPDX-License-Identifier: MIT
#pragma once
// Importing groups and their reporting lines: `lpg import groups FILE`, reading back what
// `lpg export groups` writes.

#include <lpg/import.hpp>
#include <lpg/session.hpp>

namespace lpg {

/// Imports groups in ONE transaction. Columns (as `lpg export groups` writes them): id, name,
/// kind, area, cadence, quorum, reports_to (names separated by "; "), description,
/// archived_at. A row is matched by id, then by name; otherwise the group is added. An id
/// matches only a group stored before this import began, and a name held by another group
/// wins over the id: ids from another database then never rename a group. Blank cells never clear
/// what is stored; a non-blank reports_to is the whole list. Rows are applied parents first,
/// wherever they stand in the file; rows whose reporting lines (or `after` cadences) form a cycle
/// are rejected. Problems as for import_people(): rows rejected with their line, fatal with
/// `strict`; dry_run stores nothing.
ImportSummary import_groups(const Session& s, const ListImportOptions& options);

}  // namespace lpg
