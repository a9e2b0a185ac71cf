// SPDX-License-Identifier: MIT
#pragma once
// Moved to format/import_source.hpp (issue 18); this name stays while other folders include it.
#include "format/import_source.hpp"
