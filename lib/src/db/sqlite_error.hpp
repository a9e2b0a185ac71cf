// SPDX-License-Identifier: MIT
#pragma once
// The one boundary where SQLite's errors become lpg::Error kinds.

#include <lpg/errors.hpp>

#include <SQLiteCpp/Exception.h>

#include <string>

namespace lpg::db {

/// The lpg::Error for a SQLite failure on the database at `path`.
Error translate(const SQLite::Exception& e, const std::string& path);

}  // namespace lpg::db
