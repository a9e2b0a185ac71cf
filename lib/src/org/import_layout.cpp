// SPDX-License-Identifier: MIT
#include "org/import_layout.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "format/import_source.hpp"

namespace lpg::import {

namespace {

using Fields = std::vector<std::pair<std::string, std::size_t>>;

constexpr std::size_t kSearched = 30;  // the rows preamble() reads at most

bool has(const Fields& fields, const std::string& field) {
  return std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return f.first == field; });
}

std::vector<std::vector<std::string>> missing(const Fields& fields, const Rules& rules) {
  std::vector<std::vector<std::string>> out;
  for (const auto& any : rules.required) {
    if (std::none_of(any.begin(), any.end(), [&](const auto& f) { return has(fields, f); })) {
      out.push_back(any);
    }
  }
  return out;
}

// A field as the publisher heads it: the first alias the rules list.
std::string heading(const Rules& rules, const std::string& field) {
  for (const auto& [name, aliases] : rules.columns) {
    if (name == field && !aliases.empty()) return fmt::format("\"{}\"", aliases.front());
  }
  return fmt::format("\"{}\"", field);
}

// "Provider type" and "Provider name"; "id" (or "ofsted_urn", "dfe_urn") and "name".
std::string describe(const std::vector<std::vector<std::string>>& groups, const Rules& rules) {
  std::vector<std::string> parts;
  for (const auto& any : groups) {
    std::string part = heading(rules, any.front());
    for (std::size_t i = 1; i < any.size(); ++i) {
      part += fmt::format("{}{}", i == 1 ? " (or " : ", ", heading(rules, any[i]));
    }
    parts.push_back(any.size() > 1 ? part + ")" : part);
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  }
  return out;
}

std::string hint(const std::vector<csv::Row>& rows, const Layout& expected,
                 const std::vector<Layout>& others) {
  for (const auto& other : others) {
    for (const auto& row : rows) {
      if (!other.rules.required.empty() &&
          missing(fields_of(row.fields, other.rules), other.rules).empty()) {
        return fmt::format("it looks like {}: give {}; nothing was imported", other.what,
                           other.option);
      }
    }
  }
  return expected.rules.builtin
             ? "--source csv with --map or --rules reads other layouts; nothing was imported"
             : "check the column names, or give --map or --rules; nothing was imported";
}

}  // namespace

void check_layout(const std::string& path, const Layout& expected,
                  const std::vector<std::string>& anchors, const std::vector<Layout>& others) {
  const Rules& rules = expected.rules;
  auto rows = preamble(path, rules);
  for (const auto& row : rows) {
    Fields fields = fields_of(row.fields, rules);
    if (std::none_of(anchors.begin(), anchors.end(), [&](const auto& a) { return has(fields, a); }))
      continue;
    auto lacking = missing(fields, rules);
    if (lacking.empty()) return;
    throw Error(ErrorKind::Invalid,
                fmt::format("{} is not {}: its header (line {}) lacks {}", path, expected.what,
                            row.line, describe(lacking, rules)),
                hint(rows, expected, others));
  }
  if (rows.empty()) return;  // an empty file: SourceFile says so
  auto wanted = rules.required;
  if (wanted.empty()) wanted.push_back(anchors);
  throw Error(
      ErrorKind::Invalid,
      fmt::format("{} is not {}: none of its {}{} rows has {}", path, expected.what,
                  rows.size() == kSearched ? "first " : "", rows.size(), describe(wanted, rules)),
      hint(rows, expected, others));
}

}  // namespace lpg::import
