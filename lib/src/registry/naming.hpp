// SPDX-License-Identifier: MIT
#pragma once
// Moved to core/naming.hpp (issue 18); this name stays while other folders include it.
#include "core/naming.hpp"
