// SPDX-License-Identifier: MIT
#pragma once
// Inside the terms service: the SQL, and the checks shared by `term add` and `term import`.

#include <lpg/errors.hpp>
#include <lpg/terms.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace lpg::terms {

/// Every stored term, by start date.
std::vector<Term> load_terms(const Store& store);
/// Every term as completion offers it, "YEAR NAME", by start date.
std::vector<std::string> completion_labels(const Store& store);
/// Every stored closure, by day.
std::vector<Closure> load_closures(const Store& store);

TermId insert_term(const Session& s, const TermInput& in);
void update_term(const Session& s, TermId id, const TermInput& in);
void delete_term(const Store& store, TermId id);
/// Meetings that would be left without their term (0 while no meeting table exists).
std::int64_t meetings_of_term(const Session& s, const Term& term);

/// Both return the closure's id.
std::int64_t insert_closure(const Session& s, const Closure& closure);
std::int64_t update_closure_note(const Store& store, Date day, const std::string& note);

/// The stored term (other than `self`) that `in` would overlap or fall out of order with,
/// described for a message: "would overlap 2026/27 autumn (2026-09-03 to 2026-12-18)".
std::optional<std::string> order_conflict(const std::vector<Term>& terms, const TermInput& in,
                                          TermId self = {});

/// "2026-09-03 to 2026-12-18".
std::string shown(const DateRange& period);
/// "2026/27 autumn".
std::string label_of(const TermInput& in);
/// One-line description for the audit log.
std::string audit_detail(const TermInput& in);

/// One term or closure read from an import file, with the line it came from.
struct TermRow {
  TermInput input;
  std::size_t line = 0;
};
struct ClosureRow {
  Closure closure;
  std::size_t line = 0;
};
/// An import file, read and checked row by row (not yet against what is stored).
struct ImportFile {
  std::string name;      ///< as the user gave it, for messages
  YearStart year_start;  ///< when academic years begin (terms and closures must lie inside)
  std::vector<TermRow> terms;
  std::vector<ClosureRow> closures;
};

/// Read an import file. Throw Error{Invalid} "NAME:LINE: ..." for the first bad row; a
/// duplicate term or closure within the file is a bad row too.
ImportFile parse_csv(std::istream& in, const std::string& name, YearStart year_start);
ImportFile parse_toml(const std::string& text, const std::string& name, YearStart year_start);

/// Runs `body`; an lpg::Error it throws comes out prefixed "NAME:LINE: ", same kind and hint.
template <class F>
auto at_line(const std::string& name, std::size_t line, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const Error& e) {
    throw Error(e.kind(), name + ":" + std::to_string(line) + ": " + e.what(), e.hint());
  }
}

/// Refuses a term or closure already read from the same file (naming the earlier line).
void check_unique(const ImportFile& file, const TermInput& in, std::size_t line);
void check_unique(const ImportFile& file, const Closure& closure, std::size_t line);

}  // namespace lpg::terms
