// SPDX-License-Identifier: MIT
#pragma once
// Moved to org/org_rows.hpp (issue 18); this name stays while other folders include it.
#include "org/org_rows.hpp"
