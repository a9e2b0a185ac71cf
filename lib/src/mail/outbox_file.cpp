// SPDX-License-Identifier: MIT
#include "mail/outbox_file.hpp"

#include <lpg/output.hpp>

#include <filesystem>

namespace lpg::mail {

void make_outbox(const std::string& dir) { make_output_dir(dir, FileMode::Private); }

std::string write_outbox_file(const std::string& dir, std::string_view name,
                              std::string_view text) {
  std::string path = (std::filesystem::path(dir) / name).string();
  write_output(path, text, {FileMode::Private, Target::Generated});
  return path;
}

}  // namespace lpg::mail
