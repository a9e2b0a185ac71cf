// SPDX-License-Identifier: MIT
#pragma once
// The term dates meetings and minutes need, read from the terms tables when they exist.

#include <lpg/dates.hpp>
#include <lpg/session.hpp>

#include <optional>

namespace lpg::meetings {

/// The last day of the term holding `day` (inclusive), if term dates cover it.
std::optional<Date> term_end_containing(const Session& s, Date day);

}  // namespace lpg::meetings
