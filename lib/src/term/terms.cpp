// SPDX-License-Identifier: MIT
// The terms service: reading the calendar, resolving references, adding and removing terms.
#include <lpg/errors.hpp>
#include <lpg/refs.hpp>
#include <lpg/terms.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "term/terms_internal.hpp"

namespace lpg {

namespace {

const char* const kImportHint = "import term dates with 'lpg term import FILE'";

std::optional<Term> copy_of(const Term* term) {
  return term != nullptr ? std::optional<Term>(*term) : std::nullopt;
}

std::string next_hint(const Calendar& calendar, Date today) {
  if (const Term* next = calendar.next_term_after(today)) {
    return fmt::format("the next term is {}, starting {}", next->label(),
                       format_date(next->dates.start));
  }
  return fmt::format("no later term is stored; {}", kImportHint);
}

[[noreturn]] void no_such_term(const std::string& label) {
  throw Error(ErrorKind::NotFound, fmt::format("term {} not found", label), "see 'lpg term list'");
}

// The stored term; call inside a transaction.
Term stored_term(const Store& store, AcademicYear year, TermName name) {
  for (auto& t : terms::load_terms(store)) {
    if (t.year == year && t.name == name) return t;
  }
  no_such_term(fmt::format("{} {}", year.name(), to_string(name)));
}

// "2026/27 autumn", "autumn 2026/27", "autumn 2026": the year and the term's name.
std::optional<std::pair<AcademicYear, TermName>> split_ref(const std::string& text) {
  auto space = text.find(' ');
  if (space == std::string::npos) return std::nullopt;
  std::string a = trim(text.substr(0, space));
  std::string b = trim(text.substr(space + 1));
  if (a.find('/') != std::string::npos)
    return std::pair{parse_academic_year(a), parse_term_name(b)};
  if (b.find('/') != std::string::npos)
    return std::pair{parse_academic_year(b), parse_term_name(a)};
  if (b.size() == 4 && b.find_first_not_of("0123456789") == std::string::npos) {
    TermName name = parse_term_name(a);
    int calendar_year = std::stoi(b);
    if (calendar_year < 1901) throw Error(ErrorKind::Invalid, "invalid year '" + b + "'");
    return std::pair{AcademicYear{name == TermName::Autumn ? calendar_year : calendar_year - 1},
                     name};
  }
  return std::nullopt;
}

}  // namespace

Calendar load_calendar(const Session& s) {
  db::ReadTx tx(db::connection(s.store));
  return Calendar(terms::load_terms(s.store), terms::load_closures(s.store), s.config.year_start);
}

std::vector<Term> list_terms(const Session& s, std::optional<AcademicYear> year) {
  db::ReadTx tx(db::connection(s.store));
  std::vector<Term> out;
  for (auto& t : terms::load_terms(s.store)) {
    if (!year || t.year == *year) out.push_back(std::move(t));
  }
  return out;
}

std::vector<Term> terms_of_year(const Session& s, AcademicYear year) { return list_terms(s, year); }

std::optional<Term> term_containing(const Session& s, Date day) {
  return copy_of(load_calendar(s).term_containing(day));
}

std::optional<Term> current_term(const Session& s) { return term_containing(s, s.clock.today()); }

std::optional<Term> next_term(const Session& s) {
  return copy_of(load_calendar(s).next_term_after(s.clock.today()));
}

bool is_school_day(const Session& s, Date day) { return load_calendar(s).is_school_day(day); }

std::optional<Date> next_school_day(const Session& s, Date day) {
  return load_calendar(s).next_school_day(day);
}

Term get_term(const Session& s, AcademicYear year, TermName name) {
  db::ReadTx tx(db::connection(s.store));
  return stored_term(s.store, year, name);
}

Term find_term(const Session& s, std::string_view ref) {
  std::string text = ascii_lower(trim(ref));
  for (auto& ch : text) ch = ch == '\t' ? ' ' : ch;
  while (text.find("  ") != std::string::npos) text.erase(text.find("  "), 1);
  Date today = s.clock.today();
  if (text == "current" || text == "next") {
    Calendar calendar = load_calendar(s);
    const Term* t =
        text == "current" ? calendar.term_containing(today) : calendar.next_term_after(today);
    if (t != nullptr) return *t;
    throw Error(
        ErrorKind::NotFound,
        fmt::format("no {} term on {}", text == "current" ? "current" : "next", format_date(today)),
        next_hint(calendar, today));
  }
  // Only "#12": "2026" and the like are years.
  if (auto id = text.starts_with('#') ? id_reference(text) : std::nullopt) {
    for (auto& t : list_terms(s)) {
      if (t.id.v == *id) return t;
    }
    no_such_term(text);
  }
  if (auto parts = split_ref(text)) return get_term(s, parts->first, parts->second);
  throw Error(ErrorKind::Invalid, fmt::format("cannot read '{}' as a term", ref),
              "name a term as \"2026/27 autumn\", \"autumn 2026\", \"current\" or \"next\"");
}

Term add_term(const Session& s, const TermInput& in) {
  check_term(in, s.config.year_start);
  db::WriteTx tx(db::connection(s.store));
  auto stored = terms::load_terms(s.store);
  for (const auto& t : stored) {
    if (t.year == in.year && t.name == in.name) {
      throw Error(ErrorKind::Conflict,
                  fmt::format("term {} already exists ({})", t.label(), terms::shown(t.dates)),
                  fmt::format("remove it first ('lpg term remove {} {}'), or import a file to "
                              "update it in place",
                              t.year.name(), to_string(t.name)));
    }
  }
  if (auto clash = terms::order_conflict(stored, in)) {
    throw Error(ErrorKind::Conflict,
                fmt::format("{} ({}) {}", terms::label_of(in), terms::shown(in.dates), *clash),
                "terms run autumn, spring, summer without overlapping; see 'lpg term list'");
  }
  TermId id = terms::insert_term(s, in);
  db::audit(s, "add", "term", id.v, terms::audit_detail(in));
  tx.commit();
  return {id, in.year, in.name, in.dates, in.half_term};
}

Term remove_term(const Session& s, AcademicYear year, TermName name) {
  db::WriteTx tx(db::connection(s.store));
  Term term = stored_term(s.store, year, name);
  if (auto meetings = terms::meetings_of_term(s, term); meetings > 0) {
    throw Error(
        ErrorKind::Conflict,
        fmt::format("term {} has {} meeting{}", term.label(), meetings, meetings == 1 ? "" : "s"),
        "move or remove its meetings first");
  }
  terms::delete_term(s.store, term.id);
  db::audit(s, "remove", "term", term.id.v,
            terms::audit_detail({term.year, term.name, term.dates, term.half_term}));
  tx.commit();
  return term;
}

}  // namespace lpg
