// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>

namespace lpg {

int exit_code(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::Usage:
      return 64;
    case ErrorKind::Invalid:
      return 65;
    case ErrorKind::Conflict:
      return 65;
    case ErrorKind::NotFound:
      return 66;
    case ErrorKind::CantCreate:
      return 73;
    case ErrorKind::Io:
      return 74;
    case ErrorKind::Busy:
      return 75;
    case ErrorKind::Permission:
      return 77;
    case ErrorKind::Config:
      return 78;
    case ErrorKind::Interrupted:
      return 130;
    case ErrorKind::Internal:
      return 70;
  }
  return 70;
}

const char* to_string(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::Usage:
      return "usage";
    case ErrorKind::Invalid:
      return "invalid";
    case ErrorKind::Conflict:
      return "conflict";
    case ErrorKind::NotFound:
      return "not found";
    case ErrorKind::CantCreate:
      return "cannot create";
    case ErrorKind::Io:
      return "i/o";
    case ErrorKind::Busy:
      return "busy";
    case ErrorKind::Permission:
      return "permission";
    case ErrorKind::Config:
      return "config";
    case ErrorKind::Interrupted:
      return "interrupted";
    case ErrorKind::Internal:
      return "internal";
  }
  return "internal";
}

}  // namespace lpg
