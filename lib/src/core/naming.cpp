// SPDX-License-Identifier: MIT
#include "core/naming.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"

namespace lpg::registry {

std::string checked_name(std::string_view text, std::string_view what) {
  std::string field = fmt::format("{} name", what);
  std::string name = checked_line(text, field, kNameBytes);
  if (name.empty()) throw Error(ErrorKind::Invalid, fmt::format("the {} name is empty", what));
  if (name.size() > 1 && name[0] == '#' && name.find_first_not_of("0123456789", 1) == name.npos) {
    throw Error(ErrorKind::Invalid, fmt::format("the {} name \"{}\" looks like an id", what, name),
                "\"#12\" always means the row with id 12, so choose another name");
  }
  return name;
}

std::string in_quotes(std::string_view name) { return fmt::format("\"{}\"", name); }

}  // namespace lpg::registry
