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
  /// The row's columns, checked and normalised. Throws Error (row-level) for a bad value.
  OrgRow parse(const csv::Row& row);
  /// True when rows are matched by lpg's own id (a file lpg exported) rather than a register.
  bool by_lpg_id() const { return rules_.scheme.empty(); }

 private:
  std::string get(const csv::Row& row, std::string_view field) const;
  std::optional<std::string> carried(const csv::Row& row, std::string_view field) const;
  void identity(OrgRow& out, const csv::Row& row);
  void kind_and_status(OrgRow& out, const csv::Row& row);
  void contact(OrgRow& out, const csv::Row& row);
  void area(OrgRow& out, const csv::Row& row);
  std::optional<std::int64_t> area_id(const std::string& ref);

  const Session& s_;
  const Rules& rules_;
  const SourceFile& file_;
  std::string area_from_;
  std::optional<std::size_t> area_column_;
  std::map<std::string, std::optional<std::int64_t>> areas_;  ///< reference -> id (cache)
  std::map<std::string, std::size_t> columns_;                ///< field -> column
};

}  // namespace lpg::import
