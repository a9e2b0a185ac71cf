// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/sectors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

namespace lpg {

const std::vector<Sector>& sectors() {
  // A new sector: one line here. Slugs are stored, so never rename one.
  static const std::vector<Sector> all = {
      {"day-nursery", "Day nursery", true},
      {"pre-school", "Pre-school", true},
      {"nursery-school", "Nursery school (LA maintained)", true},
      {"school", "School (reception class)", true},
      {"childrens-centre", "Children's centre", true},
      {"childminder", "Childminder", true},
      {"district-council", "District council"},
      {"county-council", "County council"},
      {"health", "Health/NHS"},
      {"public-health", "Public health"},
      {"police", "Police"},
      {"housing", "Housing"},
      {"social-care", "Social care"},
      {"early-help", "Early help"},
      {"voluntary", "Voluntary and community sector"},
      {"further-education", "Further education"},
      {"education", "Education"},
      {"commissioning", "Children's commissioning"},
      {"community-safety", "Community safety partnership"},
      {"other", "Other"},
  };
  return all;
}

const Sector* find_sector(std::string_view slug) {
  for (const auto& sector : sectors()) {
    if (sector.slug == slug) return &sector;
  }
  return nullptr;
}

const Sector& parse_sector(std::string_view text) {
  std::string wanted = ascii_lower(trim(text));
  std::vector<std::string> slugs;
  for (const auto& sector : sectors()) {
    if (wanted == sector.slug || wanted == ascii_lower(sector.name)) return sector;
    slugs.push_back(sector.slug);
  }
  std::string hint = "choose one of:";
  for (const auto& slug : slugs) hint += (slug == slugs.front() ? " " : ", ") + slug;
  if (auto near = nearest(wanted, slugs)) hint = fmt::format("did you mean {}? {}", *near, hint);
  throw Error(ErrorKind::Invalid, fmt::format("unknown sector \"{}\"", text), hint);
}

}  // namespace lpg
