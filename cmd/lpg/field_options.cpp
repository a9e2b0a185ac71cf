// SPDX-License-Identifier: MIT
#include "field_options.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace lpg::cli {

void field_option(CLI::App& sub, const FieldOption& option, FieldText& field, bool edit) {
  using Kind = FieldOption::Kind;
  std::string name = option.name;
  if (option.kind == Kind::Name && !edit) {
    sub.add_option(name, field.text, option.help)->required();
    return;
  }
  const char* help = edit && option.edit_help != nullptr ? option.edit_help : option.help;
  CLI::Option* set = sub.add_option("--" + name, field.text, help);
  set->option_text(option.value_name);
  if (option.kind == Kind::Required && !edit) set->required();
  if (option.kind != Kind::Clearable || !edit) return;
  CLI::Option* clear = sub.add_flag("--no-" + name, field.clear, "Clear the " + name);
  set->excludes(clear);
}

}  // namespace lpg::cli
