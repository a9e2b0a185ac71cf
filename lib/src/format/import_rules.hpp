// SPDX-License-Identifier: MIT
#pragma once
// Import rules: how the columns of one publisher's CSV become lpg's fields. Built in for
// Ofsted and GIAS (share/import/*.toml, embedded), read from a council's own TOML file, or
// made from --map.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lpg::import {

enum class Encoding { Auto, Utf8, Windows1252 };
enum class DateOrder { Iso, DayMonthYear };

/// Rows whose field is (or, with `unless`, is not) one of `values` are skipped, not imported.
struct SkipRule {
  std::string field;
  std::vector<std::string> values;  ///< compared case-insensitively
  bool unless = false;
};

struct Rules {
  std::string name;  ///< "ofsted", "gias", or the council's name for its file
  bool builtin = false;
  Encoding encoding = Encoding::Auto;
  DateOrder dates = DateOrder::Iso;
  std::string redacted = "REDACTED";  ///< a cell with this text is withheld, not data
  /// The field that identifies a row ("id") and its register scheme; an empty scheme means
  /// lpg's own id (a file lpg exported), falling back to the identifier columns.
  std::string identity = "id";
  std::string scheme;
  /// field -> the header names it may have, in order of preference.
  std::vector<std::pair<std::string, std::vector<std::string>>> columns;
  /// The fields without which a file is not this publisher's: each entry is one field or
  /// alternatives ("id|ofsted_urn"), at least one of which the header must have. Checked by
  /// the organisation import before anything is read (TOML: required = ["id", "type"]).
  std::vector<std::vector<std::string>> required;
  std::map<std::string, std::string> types;     ///< header_key(type[/subtype]) -> sector slug
  std::map<std::string, std::string> statuses;  ///< header_key(status) -> open|closed|suspended
  std::map<std::string, std::string> postcode_areas;  ///< postcode prefix -> area reference
  std::vector<SkipRule> skip;
  /// A file lpg exported: a cell "'=..." is a neutralised formula (see --raw); read it back
  /// without the quote, so that a round trip changes nothing.
  bool lpg_format = false;
};

/// The rules of `--source NAME` (ofsted, gias), embedded in the binary. Throws Error{Invalid}.
Rules builtin_rules(std::string_view name, const std::vector<std::string>& fields);
/// Rules read from a TOML file. Throws Error{Io} or Error{Invalid} naming file:line.
Rules load_rules(const std::string& path, const std::vector<std::string>& fields);
Rules parse_rules(std::string_view text, const std::string& name,
                  const std::vector<std::string>& fields);
/// Rules whose columns are lpg's own field names (what `lpg export` writes).
Rules default_rules(const std::vector<std::string>& fields);
/// Replaces the columns with those of "--map 'Column=field,Column=field'". Throws
/// Error{Invalid} for an unknown field or a pair without "=".
void apply_map(Rules& rules, std::string_view map, const std::vector<std::string>& fields);

/// How headers and values compare: ASCII lower case, "_" read as a space, spaces trimmed and
/// collapsed. "Registered_Person_Name" and "registered person name" are the same.
std::string header_key(std::string_view text);
/// header_key(text) into `out`, reusing its storage.
void header_key(std::string_view text, std::string& out);
/// header_key(text) == key, without a copy.
bool is_header_key(std::string_view text, std::string_view key);

}  // namespace lpg::import
