// SPDX-License-Identifier: MIT
#pragma once
// The options of an add or an edit, made from the noun's field declaration (InputOptions, from
// org_input_options() or person_input_options()): this file names no field.

#include <lpg/field_options.hpp>

namespace CLI {
class App;
}

namespace lpg::cli {

/// Declares one field's option filling `field`: on add, a Name is the required NAME
/// positional and a Required option is required; on edit, a Name is `--NAME` and a Clearable
/// one also has `--no-NAME` setting `field.clear` (the two exclude each other).
void field_option(CLI::App& sub, const FieldOption& option, FieldText& field, bool edit);

/// Every declared option, in order, filling `in`.
template <class Input>
void field_options(CLI::App& sub, Input& in, const InputOptions<Input>& options, bool edit) {
  for (const auto& o : options) field_option(sub, o.option, in.*o.input, edit);
}

}  // namespace lpg::cli
