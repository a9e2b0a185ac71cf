// SPDX-License-Identifier: MIT
#pragma once
// The owner of grant_award and grant_status (grant/grant_store.cpp): what other nouns ask of it.

#include <lpg/session.hpp>

#include <cstdint>

namespace lpg::grant {

/// How many grants are linked to priority `priority_id`.
std::int64_t count_for_priority(const Session& s, std::int64_t priority_id);

}  // namespace lpg::grant
