// SPDX-License-Identifier: MIT
#pragma once
// How a declared field is typed: the option `lpg <noun> add` and `lpg <noun> edit` give it, as
// the noun's field declaration (lib/src/<noun>/<noun>_fields.cpp) names it beside its column,
// check and cell. The CLI makes these options from the declaration alone, so declaring a field
// declares its option, its import column and its export column at once.

#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// One field of an add or an edit, as the user or a register file gave it. `text` unset leaves
/// the field alone; `clear` (--no-X) empties it. The service checks and normalises the text.
struct FieldText {
  std::optional<std::string> text;
  bool clear = false;
  bool given() const { return text.has_value() || clear; }
};

/// The option of one declared field: `--NAME VALUE_NAME  HELP`.
struct FieldOption {
  enum class Kind {
    Name,       ///< the required NAME positional of add; `--NAME` on edit
    Required,   ///< required by add; edit may change it, never clear it
    Plain,      ///< may be given; never cleared
    Clearable,  ///< may be given; edit also has `--no-NAME`, "Clear the NAME"
  };
  const char* name = nullptr;  ///< "ofsted-urn"; nullptr: the field is not typed
  const char* help = "";
  const char* value_name = "TEXT";
  Kind kind = Kind::Plain;
  const char* edit_help = nullptr;  ///< the help on edit, when it differs (a Name's "New name")
};

/// A typed field: its option, and the member of `Input` its text goes into.
template <class Input>
struct InputOption {
  FieldOption option;
  FieldText Input::*input = nullptr;
};

template <class Input>
using InputOptions = std::vector<InputOption<Input>>;

}  // namespace lpg
