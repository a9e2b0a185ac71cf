// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace lpg {

/// What went wrong, in the terms a caller can act on. main() alone maps these to exit codes.
enum class ErrorKind {
  Usage,        ///< the command line is wrong (64)
  Invalid,      ///< the data given is wrong (65)
  Conflict,     ///< the data clashes with what is stored (65)
  NotFound,     ///< a named thing does not exist (66)
  CantCreate,   ///< a file or database could not be created (73)
  Io,           ///< reading or writing failed, disk full (74)
  Busy,         ///< the database stayed locked past the busy timeout (75)
  Permission,   ///< read-only database or permission denied (77)
  Config,       ///< the configuration is wrong (78)
  Interrupted,  ///< stopped by SIGINT (130)
  Internal,     ///< a bug (70)
};

/// The one exception type the library throws. `message` names the offending value;
/// `hint` (optional) says what to do about it.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::string hint = {})
      : std::runtime_error(std::move(message)), kind_(kind), hint_(std::move(hint)) {}

  ErrorKind kind() const noexcept { return kind_; }
  const std::string& hint() const noexcept { return hint_; }

 private:
  ErrorKind kind_;
  std::string hint_;
};

/// A write that lost a race with another officer's concurrent write (PostgreSQL's
/// serialization failures and deadlocks, kind Busy): nothing of it was kept, and the whole
/// command may simply run again. lpg's main() does, a few times, before reporting it.
class RetryableError : public Error {
 public:
  using Error::Error;
};

/// The sysexits(3) code for an error kind.
int exit_code(ErrorKind kind) noexcept;

/// Call only inside a catch block: the exception in flight as an lpg::Error. SQLite failures
/// become their kinds (busy, read-only, disk full...); anything unknown is Internal.
Error current_exception_as_error() noexcept;

/// A short name for the kind ("not found", "invalid"), for logs and JSON.
const char* to_string(ErrorKind kind) noexcept;

}  // namespace lpg
