// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/config.hpp>
#include <lpg/dates.hpp>
#include <lpg/store.hpp>

namespace lpg {

/// What every service needs for one command: the database, "now", and the configuration.
/// Borrowed references; the caller owns all three for the length of the command.
struct Session {
  const Store& store;
  const Clock& clock;
  const Config& config;
};

}  // namespace lpg
