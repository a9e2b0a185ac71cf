// SPDX-License-Identifier: MIT
#pragma once
// SIGINT and SIGTERM during a command: the open transaction rolls back and nothing is saved.
// The handler only sets a flag and asks SQLite to stop the statement it is running; long loops
// in the library call check_interrupted() so that they stop too.

namespace lpg {

/// Installs the SIGINT and SIGTERM handlers. The first signal sets the flag and interrupts the
/// open database's running statement; a second one ends the process at once (still safe: SQLite
/// rolls back an unfinished transaction the next time the database is opened). Call once, early.
void install_interrupt_handlers();

/// Throws Error{Interrupted} once SIGINT or SIGTERM has arrived. Loops over many rows call it
/// once per row; WriteTx calls it before committing, so an interrupted command saves nothing.
void check_interrupted();

/// The signal that arrived (SIGINT or SIGTERM), or 0 when none has.
int interrupt_signal() noexcept;

/// Forgets an interrupt. For tests only.
void reset_interrupt() noexcept;

}  // namespace lpg
