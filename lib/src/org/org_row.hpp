// SPDX-License-Identifier: MIT
#pragma once
// One row of a register, as the columns of the organisation table it may change.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lpg::import {

/// The organisation columns an import may set, in the order of kOrgColumnNames.
enum Col : int {
  kName,
  kSector,
  kSourceType,
  kAddress,
  kTown,
  kPostcode,
  kAreaId,
  kPhone,
  kEmail,
  kWebsite,
  kFunded,
  kPlaces,
  kStatus,
  kStatusSince,
  kNote,
  kSource,
  kArchivedAt,
  kColumnCount
};
extern const std::array<const char*, kColumnCount> kOrgColumnNames;

using Value = std::variant<std::int64_t, std::string>;

/// What one row says. An unset column is one the file does not carry for this row (absent,
/// blank or redacted): it never overwrites what is stored.
struct OrgRow {
  std::array<std::optional<Value>, kColumnCount> values;
  std::optional<std::int64_t> lpg_id;  ///< the "id" of a file lpg exported
  std::vector<std::pair<std::string, std::string>> identifiers;  ///< scheme, normalised value
  std::string key;            ///< the identity, for duplicates: "ofsted-urn:EY123456"
  std::string fallback_name;  ///< for a new organisation whose name is withheld
  std::string name_key;       ///< fold_key of the name, else of fallback_name
};

}  // namespace lpg::import
