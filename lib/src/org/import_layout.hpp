// SPDX-License-Identifier: MIT
#pragma once
// Whether a file is the register an import was told it is. Its header must hold the rules'
// required columns: a GIAS extract given as --source ofsted has a "URN" column, but no provider
// type, and read row by row it would close every Ofsted provider. Such a file is refused whole,
// naming the missing columns and the source the header looks like.

#include <string>
#include <vector>

#include "format/import_rules.hpp"

namespace lpg::import {

/// A layout an import knows, for messages: "a gias file" read with "--source gias".
struct Layout {
  std::string what;    ///< "an ofsted file"
  std::string option;  ///< "--source ofsted"
  Rules rules;
};

/// Throws Error{Invalid} unless one of the first 30 rows of `path` is a header holding an
/// `anchors` field and every group of `expected.rules.required`. The message names the missing
/// columns; the hint names the first of `others` whose required columns a row holds. Errors
/// reading the file are left to SourceFile, which reads the same rows (nothing is thrown).
void check_layout(const std::string& path, const Layout& expected,
                  const std::vector<std::string>& anchors, const std::vector<Layout>& others);

}  // namespace lpg::import
