// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/privacy.hpp>

namespace lpg::privacy {

/// Erases person `id` inside the caller's write transaction (see forget_person). Throws
/// Error{Conflict} when they were erased already.
Forgotten erase_person(const Session& s, std::int64_t id);

}  // namespace lpg::privacy
