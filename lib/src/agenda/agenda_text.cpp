// SPDX-License-Identifier: MIT
#include "agenda/agenda_text.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

namespace lpg::meetings {

std::string fold_agenda(const std::vector<AgendaItem>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += '\n';
    out += item.title;
    const std::string& detail = item.detail;
    std::size_t at = 0;
    while (!detail.empty() && at != std::string::npos) {
      auto end = detail.find('\n', at);
      out.append("\n\t").append(detail, at, end == std::string::npos ? end : end - at);
      at = end == std::string::npos ? end : end + 1;
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> parse_agenda(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> items;
  std::size_t at = 0;
  while (at <= text.size() && !text.empty()) {
    auto end = text.find('\n', at);
    std::string line = text.substr(at, end == std::string::npos ? end : end - at);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    at = end == std::string::npos ? text.size() + 1 : end + 1;
    if (!line.empty() && line[0] == '\t') {
      if (items.empty()) throw Error(ErrorKind::Invalid, "agenda detail before any title");
      auto& detail = items.back().second;
      if (!detail.empty()) detail.push_back('\n');
      detail.append(line, 1);
    } else if (!trim(line).empty()) {
      items.emplace_back(trim(line), "");
    }
  }
  return items;
}

}  // namespace lpg::meetings
