// SPDX-License-Identifier: MIT
#pragma once
// Options that fill the library's OrgInput and PersonInput, shared by add and edit.

#include <lpg/orgs.hpp>
#include <lpg/people.hpp>

#include <string>

namespace CLI {
class App;
}

namespace lpg::cli {

/// Declares `--NAME VALUE` filling `field.text`; with `clearable`, also `--no-NAME`
/// setting `field.clear` (the two exclude each other).
void field_option(CLI::App& sub, const std::string& name, FieldText& field,
                  const std::string& description, bool clearable, const std::string& value_name);

/// Every OrgInput option but the name. `edit`: the --no-X options and an optional --sector.
void org_options(CLI::App& sub, OrgInput& in, bool edit);

/// Every PersonInput option but the name.
void person_options(CLI::App& sub, PersonInput& in, bool edit);

}  // namespace lpg::cli
