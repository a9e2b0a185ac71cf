// SPDX-License-Identifier: MIT
#pragma once
// An action's fields, declared once: the CSV columns `export actions` writes and `import
// actions` reads (action_columns() in <lpg/meeting_io.hpp>), and the text checks that action
// add, done and the import all apply.

#include <string>

namespace lpg::meetings {

/// An action's text: one line. Throws Error{Invalid} naming "action text".
void check_action_text(const std::string& text);

/// A done note: text. Throws Error{Invalid} naming "note".
void check_done_note(const std::string& note);

}  // namespace lpg::meetings
