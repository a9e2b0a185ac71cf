// SPDX-License-Identifier: MIT
#include "render/tree.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace lpg::render {

namespace {

using Json = nlohmann::ordered_json;

void add_rows(Table& table, const TreeNode& node, const std::string& lead, const std::string& stem,
              const Style& style) {
  std::vector<Cell> row = node.cells;
  row.resize(table.columns.size());
  row[0] = lead + text_of(row[0], style);
  table.add(std::move(row));
  for (std::size_t i = 0; i < node.children.size(); ++i) {
    bool last = i + 1 == node.children.size();
    add_rows(table, node.children[i], stem + (last ? "└── " : "├── "),
             stem + (last ? "    " : "│   "), style);
  }
}

Json json_of(const Tree& tree, const TreeNode& node) {
  // The cells as table.cpp writes them in JSON, then the children nested.
  Json object = Json::object();
  for (std::size_t i = 0; i < tree.columns.size() && i < node.cells.size(); ++i) {
    const Cell& cell = node.cells[i];
    Json value;
    if (const auto* text = std::get_if<std::string>(&cell)) value = *text;
    if (const auto* number = std::get_if<std::int64_t>(&cell)) value = *number;
    if (const auto* real = std::get_if<double>(&cell)) value = *real;
    if (const auto* yes = std::get_if<bool>(&cell)) value = *yes;
    if (const auto* day = std::get_if<DateCell>(&cell)) value = day->iso;
    object[tree.columns[i].key] = value;
  }
  Json children = Json::array();
  for (const auto& child : node.children) children.push_back(json_of(tree, child));
  object[tree.children_key] = std::move(children);
  return object;
}

}  // namespace

void print(std::ostream& out, const Tree& tree, Format format, const Style& style) {
  if (format == Format::Json) {
    Json roots = Json::array();
    for (const auto& root : tree.roots) roots.push_back(json_of(tree, root));
    out << roots.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    return;
  }
  Table table(tree.columns);
  for (const auto& root : tree.roots) add_rows(table, root, "", "", style);
  print(out, table, format, style);
}

}  // namespace lpg::render
