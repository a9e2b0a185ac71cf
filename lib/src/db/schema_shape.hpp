// SPDX-License-Identifier: MIT
#pragma once
// The shape of lpg's schema as a database holds it, written the same way for SQLite and
// PostgreSQL so that the two can be compared line by line (tests; later `lpg db check`).

#include <string>
#include <vector>

#include "db/sql.hpp"

namespace lpg::db {

/// One sorted line for each fact, in lower case:
///   table T column 3 name not null            (primary-key columns count as not null)
///   table T primary key (a, b)
///   table T unique (a, b)                      (UNIQUE constraints)
///   table T foreign key (a) references P (id) on delete cascade|no action|...
///   index I on T [unique] (a, b collate nocase) [partial]    (CREATE INDEX ones)
/// Types are left out on purpose: they are spelled differently (INTEGER and BIGINT).
std::vector<std::string> schema_shape(Connection& connection);

}  // namespace lpg::db
