// SPDX-License-Identifier: MIT
#pragma once
// A deliberately long write for the reliability tests (interrupts, SIGKILL, full disk,
// concurrent writers): `lpg __selftest-slow-write N`, a hidden command.

#include <lpg/session.hpp>

#include <cstdint>

namespace lpg {

/// Appends `rows` records (action "selftest") to the audit log in ONE write transaction,
/// calling check_interrupted() before each and sleeping `pause_ms` after each. Either all rows
/// land or none do. Returns the number written. Throws Error{Invalid} for rows < 1 or
/// pause_ms < 0, Error{Interrupted} on SIGINT/SIGTERM, and the database's errors (busy,
/// read-only, disk full) as their kinds.
std::int64_t selftest_slow_write(const Session& session, std::int64_t rows, int pause_ms);

}  // namespace lpg
