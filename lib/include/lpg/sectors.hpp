// SPDX-License-Identifier: MIT
#pragma once
// The sectors an organisation can belong to: a fixed list, extended by adding a line in
// lib/src/registry/sectors.cpp. Organisations store the slug.

#include <string>
#include <string_view>
#include <vector>

namespace lpg {

struct Sector {
  std::string slug;  ///< stored and shown in CSV/JSON: "day-nursery"
  std::string name;  ///< for people: "Day nursery"
  /// An early years setting (day nursery, pre-school, nursery school, reception class,
  /// children's centre, childminder): what sector-mix reports count as providers.
  bool setting = false;
};

/// Every sector, in the order lists and help show them.
const std::vector<Sector>& sectors();

/// The sector named by its slug or display name, case-insensitively ("Pre-school",
/// "PRE-SCHOOL", "pre-school"). Throws Error{Invalid} naming the text, listing the slugs,
/// with the nearest slug as a did-you-mean.
const Sector& parse_sector(std::string_view text);

/// The sector with this slug, or nullptr (a slug stored by an older or newer lpg).
const Sector* find_sector(std::string_view slug);

}  // namespace lpg
