// SPDX-License-Identifier: MIT
#include "core/module.hpp"

#include <lpg/errors.hpp>

#include <dlfcn.h>
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#ifndef LPG_MODULE_RELDIR
#define LPG_MODULE_RELDIR "lib/lpg"
#endif

namespace lpg {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> module_dirs() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  fs::path dir = exe.parent_path();
  return {dir, (dir.parent_path() / LPG_MODULE_RELDIR).lexically_normal()};
}

void* load(const std::string& file) {
  std::vector<fs::path> dirs = module_dirs();
  std::string looked;
  for (const fs::path& dir : dirs) {
    fs::path path = dir / file;
    looked += (looked.empty() ? "" : ", ") + path.string();
    std::error_code ec;
    if (!fs::exists(path, ec)) continue;
    // RTLD_NOW: a module that does not match this binary fails here, not halfway through a
    // command; RTLD_LOCAL: its libraries' symbols stay its own.
    if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) return handle;
    throw Error(ErrorKind::Config, fmt::format("cannot load {}: {}", path.string(), dlerror()),
                "reinstall lpg: this module belongs to the same build as the lpg binary");
  }
  throw Error(ErrorKind::Config, fmt::format("lpg's module {} is not installed", file),
              fmt::format("looked in {}; reinstall lpg (cmake --install) so that it sits in "
                          "../{} beside the binary",
                          looked.empty() ? "no place (/proc/self/exe unreadable)" : looked,
                          LPG_MODULE_RELDIR));
}

}  // namespace

void* module_symbol(std::string_view name, const char* symbol) {
  static std::mutex mutex;
  static std::map<std::string, void*, std::less<>> loaded;
  std::lock_guard lock(mutex);
  auto it = loaded.find(name);
  if (it == loaded.end()) {
    std::string file = fmt::format("lpg-{}.so", name);
    it = loaded.emplace(std::string(name), load(file)).first;
  }
  void* address = dlsym(it->second, symbol);
  if (address == nullptr) {
    throw Error(ErrorKind::Config,
                fmt::format("lpg's module lpg-{}.so has no entry point {}", name, symbol),
                "reinstall lpg: the module is from another build than the binary");
  }
  return address;
}

}  // namespace lpg
