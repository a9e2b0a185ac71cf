// SPDX-License-Identifier: MIT
#pragma once
// Turning one register row into checked organisation columns.

#include <lpg/import.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "import/org_row.hpp"
#include "import/rules.hpp"
#include "import/source.hpp"

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

 private:
  std::string get(const csv::Row& row, std::string_view field) const;
  std::optional<std::string> carried(const csv::Row& row, std::string_view field) const;
  void identity(OrgRow& out, const csv::Row& row) const;
  void kind_and_status(OrgRow& out, const csv::Row& row) const;
  void contact(OrgRow& out, const csv::Row& row) const;
  std::optional<std::int64_t> area_id(const std::string& ref);

  const Session& s_;
  const Rules& rules_;
  const SourceFile& file_;
  std::string area_from_;
  std::string redacted_key_;  ///< header_key(rules.redacted)
  std::optional<std::size_t> area_column_;
  std::map<std::string, std::optional<std::int64_t>> areas_;  ///< reference -> id (cache)
  std::map<std::string, std::size_t, std::less<>> columns_;   ///< field -> column
};

}  // namespace lpg::import
