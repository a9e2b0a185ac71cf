// SPDX-License-Identifier: MIT
// The one output writer (issue 20): four earlier helpers wrote through fixed temporary names
// (a planted symbolic link redirected them), truncated targets before writing (a failure left
// half a page), renamed over devices and fsync-ed in one case of four.
#include <lpg/errors.hpp>
#include <lpg/output.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace lpg {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(ErrorKind kind, std::string_view what, const std::string& path, int error) {
  std::string why = error == ENOSPC || error == EDQUOT ? "disk full" : std::strerror(error);
  throw Error(kind, fmt::format("cannot {} {}: {}", what, path, why));
}

std::string folder_of(const std::string& path) {
  fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

void sync_folder(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the rename happened; durability of the name is best effort here
  ::fsync(fd);
  ::close(fd);
}

std::string random_name() {
  unsigned char bytes[8] = {};
  if (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) {
    throw Error(ErrorKind::Io, "cannot make a temporary file name: no random numbers");
  }
  std::string out = ".lpg-";
  for (unsigned char b : bytes) out += fmt::format("{:02x}", b);
  return out + ".tmp";
}

bool special(mode_t mode) { return S_ISFIFO(mode) || S_ISCHR(mode) || S_ISSOCK(mode); }

// What is at `path` now decides how it is written: true for a special file written directly.
bool written_directly(const std::string& path, const WriteOptions& o) {
  struct stat link {};
  if (::lstat(path.c_str(), &link) != 0) {
    if (errno == ENOENT) return false;
    fail(ErrorKind::CantCreate, "write", path, errno);
  }
  struct stat target {};
  bool resolves = ::stat(path.c_str(), &target) == 0;
  if (S_ISDIR(link.st_mode) || (resolves && S_ISDIR(target.st_mode))) {
    throw Error(ErrorKind::Conflict, fmt::format("{} is a folder", path), "name a file");
  }
  bool named_special = o.target == Target::Named && resolves && special(target.st_mode);
  if (named_special) return true;  // a pipe or /dev/stdout: nothing there to replace
  if (!o.replace) {
    throw Error(ErrorKind::Conflict, fmt::format("{} already exists", path),
                "give --force to replace it, or name a new file");
  }
  if (S_ISREG(link.st_mode) || S_ISLNK(link.st_mode)) return false;  // a link is replaced
  throw Error(
      ErrorKind::Conflict,
      fmt::format("{} is not a regular file; lpg neither writes over it nor removes it", path),
      "name a regular file");
}

bool holds(const std::string& path, std::string_view bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
              static_cast<std::size_t>(st.st_size) == bytes.size();
  std::string old(same ? bytes.size() : 0, '\0');
  std::size_t got = 0;
  while (same && got < old.size()) {
    ssize_t n = ::read(fd, old.data() + got, old.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) same = false;
    got += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  ::close(fd);
  return same && old == bytes;
}

}  // namespace

OutputFile::OutputFile(std::string path, const WriteOptions& o) : path_(std::move(path)) {
  if (written_directly(path_, o)) {
    direct_ = true;
    temp_ = path_;
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) fail(ErrorKind::CantCreate, "write", path_, errno);
    return;
  }
  mode_t mode = o.mode == FileMode::Private ? 0600 : 0666;
  for (int attempt = 0; fd_ < 0; ++attempt) {
    temp_ = (fs::path(folder_of(path_)) / random_name()).string();
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd_ < 0 && (errno != EEXIST || attempt > 8)) {
      fail(ErrorKind::CantCreate, "create", path_, errno);
    }
  }
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!done_ && !direct_) ::unlink(temp_.c_str());
}

void OutputFile::write(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(ErrorKind::Io, "write", path_, errno);
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

void OutputFile::release() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

void OutputFile::commit() {
  if (fd_ < 0 && !direct_) fd_ = ::open(temp_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (!direct_ && (fd_ < 0 || ::fsync(fd_) != 0)) fail(ErrorKind::Io, "write", path_, errno);
  if (fd_ >= 0 && ::close(fd_) != 0 && !direct_) {
    fd_ = -1;
    fail(ErrorKind::Io, "write", path_, errno);
  }
  fd_ = -1;
  if (!direct_) {
    if (::rename(temp_.c_str(), path_.c_str()) != 0) fail(ErrorKind::Io, "write", path_, errno);
    sync_folder(folder_of(path_));
  }
  done_ = true;
}

bool write_output(const std::string& path, std::string_view bytes, const WriteOptions& o) {
  if (o.skip_unchanged && holds(path, bytes)) return false;
  OutputFile file(path, o);
  file.write(bytes);
  file.commit();
  return true;
}

void make_output_dir(const std::string& dir, FileMode mode) {
  fs::path path(dir);
  std::vector<fs::path> missing;
  std::error_code ec;
  for (fs::path p = path; !p.empty() && !fs::exists(fs::symlink_status(p, ec));
       p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), mode == FileMode::Private ? 0700 : 0777) != 0 && errno != EEXIST) {
      fail(ErrorKind::CantCreate, "create folder", it->string(), errno);
    }
  }
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) fail(ErrorKind::CantCreate, "create folder", dir, errno);
  if (!S_ISDIR(st.st_mode)) {
    throw Error(ErrorKind::CantCreate, fmt::format("cannot create folder {}: a file is there", dir),
                "name a folder");
  }
}

std::string slug(std::string_view text, std::size_t max_bytes) {
  std::string out;
  for (char ch : text) {
    bool keep = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (ch >= 'A' && ch <= 'Z') {
      out += static_cast<char>(ch - 'A' + 'a');
    } else if (keep) {
      out += ch;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  if (out.size() > max_bytes) {
    std::size_t cut = out.rfind('-', max_bytes);
    out.resize(cut != std::string::npos && cut >= max_bytes / 2 ? cut : max_bytes);
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string UniqueNames::take(std::string_view text, std::string_view id) {
  std::string name = slug(text);
  if (name.empty() || taken_.contains(name)) {
    name = fmt::format("{}--{}", name.empty() ? "id" : name, id);
  }
  taken_.insert(name);
  return name;
}

}  // namespace lpg
