// SPDX-License-Identifier: MIT
#pragma once
// How terms look in every `lpg term` command: one shape for list, show, current and next.

#include <lpg/terms.hpp>

#include "render/table.hpp"

namespace lpg::render {

/// year, term, start, end, half_term_start, half_term_end, school_days.
Table term_table(const std::vector<Term>& terms, const Calendar& calendar);
/// The same fields as term_table for one term.
Record term_record(const Term& term, const Calendar& calendar);
/// The closures inside a term: date, note.
Table closure_table(const Term& term, const Calendar& calendar);

}  // namespace lpg::render
