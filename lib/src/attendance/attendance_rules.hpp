// SPDX-License-Identifier: MIT
#pragma once
// The rules of an attendance mark, for meeting attend, sign-in sheets and import attendance
// alike. No SQL here.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lpg::meetings {

/// present, apologies, absent, represented.
const std::vector<std::string>& attendance_statuses();

/// Throws Error{Invalid} for an unknown status, naming it `as_written`.
void check_status(const std::string& status, std::string_view as_written);

/// Throws Error{Invalid} for a representation without a deputy or a deputy without one (with
/// `representation_hint`), or someone representing themselves.
void check_deputy(const std::string& status, std::optional<std::int64_t> deputy,
                  std::int64_t person, std::string_view representation_hint = {});

}  // namespace lpg::meetings
