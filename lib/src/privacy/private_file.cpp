// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/privacy.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace lpg {

namespace fs = std::filesystem;

namespace {

void write_all(int fd, std::string_view text, const std::string& path) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      throw Error(ErrorKind::Io, fmt::format("cannot write {}: {}", path, std::strerror(errno)));
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::fsync(fd) != 0) {
    throw Error(ErrorKind::Io, fmt::format("cannot write {}: {}", path, std::strerror(errno)));
  }
}

}  // namespace

void write_private_file(const std::string& path, std::string_view text, bool overwrite) {
  std::error_code ec;
  if (!overwrite && fs::exists(fs::symlink_status(path, ec))) {
    throw Error(ErrorKind::Conflict, fmt::format("{} already exists", path),
                "give --force to replace it, or name a new file");
  }
  fs::path dir = fs::path(path).parent_path();
  std::string temp = (dir.empty() ? fs::path(".") : dir).string() + "/.lpg-export-XXXXXX";
  // mkstemp creates the file 0600: the data is never readable by others, not even briefly.
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    throw Error(ErrorKind::CantCreate,
                fmt::format("cannot create {}: {}", path, std::strerror(errno)));
  }
  try {
    ::fchmod(fd, 0600);
    write_all(fd, text, path);
    ::close(fd);
    fd = -1;
    if (::rename(temp.c_str(), path.c_str()) != 0) {
      throw Error(ErrorKind::CantCreate,
                  fmt::format("cannot create {}: {}", path, std::strerror(errno)));
    }
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
}

}  // namespace lpg
