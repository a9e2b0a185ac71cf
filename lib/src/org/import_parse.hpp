// SPDX-License-Identifier: MIT
#pragma once
// Turning one register row into checked organisation columns.

#include <lpg/import.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/field_text.hpp"
#include "format/import_rules.hpp"
#include "format/import_source.hpp"
#include "org/org_row.hpp"

namespace lpg::import {

/// Every field an organisations file may map.
const std::vector<std::string>& org_fields();

class OrgRowParser {
 public:
  /// Checks --area-from against the header. Throws Error{Invalid}.
  OrgRowParser(const Session& s, const Rules& rules, const SourceFile& file,
               const std::string& area_from);

  /// True when the rules' skip list leaves the row out.
  bool skip(const csv::Row& row) const;
  /// The row's columns, checked and normalised, all but the area. Throws Error (row-level)
  /// for a bad value. Touches no database: an import runs it on a second thread.
  OrgRow parse(const csv::Row& row) const;
  /// For a row parse() refused: its identifiers and name alone, which say what organisation it
  /// is (listed, so not closed; named twice, so a duplicate). nullopt when they are bad too.
  std::optional<OrgRow> identify(const csv::Row& row) const;
  /// Sets the row's area from the file's area, local authority or postcode, as --area-from
  /// says. Throws Error{NotFound} (row-level) for an area lpg does not know.
  void area(OrgRow& out, const csv::Row& row);
  /// True when rows are matched by lpg's own id (a file lpg exported) rather than a register.
  bool by_lpg_id() const { return rules_.scheme.empty(); }
  /// True when the file has a source column (as lpg export orgs writes): its rows say where
  /// their organisations came from, a blank cell that one was added by hand.
  bool carries_source() const { return at_[static_cast<std::size_t>(Field::kSource)].has_value(); }

 private:
  /// The fields of org_fields(), in its order.
  enum class Field : std::uint8_t {
    kId,
    kName,
    kSector,
    kType,
    kSubtype,
    kSourceType,
    kAddress,
    kAddress1,
    kAddress2,
    kAddress3,
    kTown,
    kPostcode,
    kArea,
    kLaCode,
    kLaName,
    kPhone,
    kEmail,
    kWebsite,
    kFunded,
    kFundedPlaces,
    kStatus,
    kStatusDate,
    kStatusSince,
    kCloseDate,
    kNote,
    kOfstedUrn,
    kDfeUrn,
    kLaRef,
    kSource,
    kArchivedAt,
    kCount
  };
  static Field field_of(std::string_view name);
  std::string_view get(const csv::Row& row, Field field) const;
  std::optional<std::string_view> carried(const csv::Row& row, Field field) const;
  void identity(OrgRow& out, const csv::Row& row) const;
  const std::string* lookup(const std::map<std::string, std::string>& map,
                            std::string_view text) const;
  const std::string* sector_of(std::string_view type,
                               std::optional<std::string_view> subtype) const;
  const std::string* status_of(std::string_view status) const;
  bool withheld(const csv::Row& row, Field field) const;
  bool redacted(std::string_view text) const;
  void kind_and_status(OrgRow& out, const csv::Row& row) const;
  void contact(OrgRow& out, const csv::Row& row) const;
  std::optional<std::int64_t> area_id(const std::string& ref);

  const Session& s_;
  const Rules& rules_;
  std::string area_from_;
  std::string redacted_key_;  ///< header_key(rules.redacted)
  Field identity_;            ///< rules.identity
  std::optional<std::size_t> area_column_;
  std::map<std::string, std::optional<std::int64_t>> areas_;  ///< reference -> id (cache)
  /// field -> its column in the file, if it has one
  std::array<std::optional<std::size_t>, static_cast<std::size_t>(Field::kCount)> at_;
  /// field -> the shape its text must have: the declared one of the column it fills
  std::array<fields::FieldShape, static_cast<std::size_t>(Field::kCount)> shape_;
  // Lookups remembered (parse() runs on one thread): a header_key() being looked up, and the
  // answers for the first kMemo types and statuses as the file spells them.
  static constexpr std::size_t kMemo = 64;
  struct SectorOf {
    std::string type, subtype;
    bool has_subtype;
    const std::string* sector;
  };
  mutable std::string key_;
  mutable std::vector<SectorOf> sectors_;
  mutable std::vector<std::pair<std::string, const std::string*>> statuses_;
};

}  // namespace lpg::import
