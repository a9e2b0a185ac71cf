// SPDX-License-Identifier: MIT
#include "mail/outbox_file.hpp"

#include <lpg/errors.hpp>
#include <lpg/privacy.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace lpg::mail {

namespace fs = std::filesystem;

void make_outbox(const std::string& dir) {
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return;
  fs::create_directories(dir, ec);
  if (!ec) fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
  if (ec) {
    throw Error(ErrorKind::CantCreate, fmt::format("cannot create {}: {}", dir, ec.message()));
  }
}

std::string write_outbox_file(const std::string& dir, std::string_view name,
                              std::string_view text) {
  std::string path = (fs::path(dir) / name).string();
  write_private_file(path, text, true);
  // The rename is only durable once the folder is synced: before the row is committed.
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    int err = errno;
    if (fd >= 0) ::close(fd);
    ::unlink(path.c_str());
    throw Error(ErrorKind::Io, fmt::format("cannot write {}: {}", path, std::strerror(err)));
  }
  ::close(fd);
  return path;
}

}  // namespace lpg::mail
