// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/session.hpp>

#include <cstdint>
#include <string_view>

namespace lpg::db {

/// Appends to the audit log, inside the caller's write transaction: when, which OS user, the
/// command line, what was done to which row. `detail` says what, never personal data erased.
void audit(const Session& session, std::string_view action, std::string_view entity,
           std::int64_t entity_id, std::string_view detail = {});

}  // namespace lpg::db
