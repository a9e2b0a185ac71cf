// SPDX-License-Identifier: MIT
// Term arithmetic and how terms are named in messages: no SQL (terms_internal.hpp).
#include <fmt/format.h>

#include "term/terms_internal.hpp"

namespace lpg::terms {

std::optional<std::string> order_conflict(const std::vector<Term>& terms, const TermInput& in,
                                          TermId self) {
  auto key = [](AcademicYear y, TermName n) { return y.start * 10 + static_cast<int>(n); };
  for (const auto& t : terms) {
    if (t.id == self) continue;
    bool before = key(t.year, t.name) < key(in.year, in.name);
    bool clash = before ? !(t.dates.end < in.dates.start) : !(in.dates.end < t.dates.start);
    if (!clash) continue;
    bool overlap = !(t.dates.end < in.dates.start) && !(in.dates.end < t.dates.start);
    const char* how = overlap ? "would overlap" : before ? "would come before" : "would come after";
    return fmt::format("{} {} ({})", how, t.label(), shown(t.dates));
  }
  return std::nullopt;
}

std::string shown(const DateRange& p) {
  return fmt::format("{} to {}", format_date(p.start), format_date(p.end));
}

std::string label_of(const TermInput& in) {
  return fmt::format("{} {}", in.year.name(), to_string(in.name));
}

std::string audit_detail(const TermInput& in) {
  std::string detail = fmt::format("{} {}", label_of(in), shown(in.dates));
  if (in.half_term) detail += fmt::format(", half term {}", shown(*in.half_term));
  return detail;
}

}  // namespace lpg::terms
