// SPDX-License-Identifier: MIT
#pragma once
// Trees (the reporting structure of groups): indented with box-drawing lines in a table,
// nested objects in JSON. CSV has no nesting, so commands give their own flat table for it.

#include <iosfwd>
#include <vector>

#include "render/table.hpp"

namespace lpg::render {

struct TreeNode {
  std::vector<Cell> cells;  ///< one per column of the Tree
  std::vector<TreeNode> children;
};

struct Tree {
  std::vector<Column> columns;  ///< the first column is drawn indented
  std::string children_key = "children";
  std::vector<TreeNode> roots;
};

/// Table: one row per node, the first column prefixed with "├── ", "└── " and "│   " to
/// show the nesting. JSON: an array of objects keyed by column, children nested under
/// children_key. Csv is not a tree format: print a flat Table instead.
void print(std::ostream& out, const Tree& tree, Format format, const Style& style);

}  // namespace lpg::render
