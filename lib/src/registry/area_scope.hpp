// SPDX-License-Identifier: MIT
#pragma once
// Moved to area/area_scope.hpp (issue 18); this name stays while other folders include it.
#include "area/area_scope.hpp"
