// SPDX-License-Identifier: MIT
#pragma once
// The academic calendar: what "termly", "this term" and "a school day" mean everywhere in lpg.
//
// An academic year is named "2026/27" and begins as academic_year.hpp says (1 September by
// default, or 1 August). It has up to three terms, autumn, spring and summer, each with an optional
// half-term break, and may list closure days (INSET days, bank holidays) on which schools shut
// although a term is running.
//
// EVERY PERIOD IS INCLUSIVE AT BOTH ENDS: a term from 2026-09-03 to 2026-12-18 contains
// 2026-09-03 and 2026-12-18; a half term from 2026-10-26 to 2026-10-30 contains both days.
//
// Terms never overlap, and their dates run in the order of their years and names (autumn,
// spring, summer); every term lies inside its academic year. The database enforces this too.

#include <lpg/academic_year.hpp>
#include <lpg/dates.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lpg {

enum class TermName { Autumn = 1, Spring = 2, Summer = 3 };

/// "autumn", "spring", "summer".
std::string_view to_string(TermName name);
/// A term name, case-insensitive. Throws Error{Invalid} "unknown term 'winter'" with a hint.
TermName parse_term_name(std::string_view text);

/// Days from `start` to `end`, both included.
struct DateRange {
  Date start;
  Date end;

  bool contains(Date day) const { return start <= day && day <= end; }
  friend bool operator==(const DateRange&, const DateRange&) = default;
};

struct TermId {
  std::int64_t v = 0;
  friend bool operator==(const TermId&, const TermId&) = default;
};

struct Term {
  TermId id;
  AcademicYear year;
  TermName name = TermName::Autumn;
  DateRange dates;                     ///< first and last day of term, inclusive
  std::optional<DateRange> half_term;  ///< inside `dates`, inclusive

  /// "2026/27 autumn": the form every message and reference uses.
  std::string label() const;
  /// Inside the term (half term included).
  bool contains(Date day) const { return dates.contains(day); }
  bool in_half_term(Date day) const { return half_term && half_term->contains(day); }
};

struct Closure {
  Date day;
  AcademicYear year;
  std::string note;  ///< "INSET day", "May Day bank holiday"; may be empty
};

/// Why a day is or is not a school day, in the order Calendar::classify checks.
enum class DayKind {
  Uncharted,  ///< no terms are stored for the day's academic year: the calendar cannot say
  Holiday,    ///< between terms (or before the first / after the last term of a stored year)
  HalfTerm,   ///< inside a term, in its half-term break
  Closure,    ///< inside a term, a closure day
  Weekend,    ///< inside a term, a Saturday or Sunday
  SchoolDay,  ///< inside a term, and none of the above
};
/// "uncharted", "holiday", "half term", "closure", "weekend", "school day".
std::string_view to_string(DayKind kind);

/// A snapshot of the whole calendar in memory, so that scheduling can test many days without a
/// query each. Terms are kept in date order. Plain value; cheap to copy for a few years.
class Calendar {
 public:
  Calendar() = default;
  /// Takes terms in any order (sorted here), closures, and when academic years begin (to tell
  /// a holiday from a year with no stored terms). Does not re-check the invariants.
  Calendar(std::vector<Term> terms, std::vector<Closure> closures, YearStart year_start);

  const std::vector<Term>& terms() const { return terms_; }
  const std::vector<Closure>& closures() const { return closures_; }

  /// The term containing `day` (inclusive at both ends), or nullptr. Points into this Calendar.
  const Term* term_containing(Date day) const;
  /// The first term starting strictly after `day`, or nullptr.
  const Term* next_term_after(Date day) const;
  /// The last term ending strictly before `day`, or nullptr ("last term", for reports).
  const Term* previous_term_before(Date day) const;
  /// The terms of one academic year, autumn first (0 to 3 of them).
  std::vector<const Term*> terms_of(AcademicYear year) const;
  /// The closure on `day`, or nullptr.
  const Closure* closure_on(Date day) const;

  /// Why `day` is or is not a school day (see DayKind).
  DayKind classify(Date day) const;
  /// In a term, not in its half term, not a closure, not a Saturday or Sunday.
  bool is_school_day(Date day) const { return classify(day) == DayKind::SchoolDay; }
  /// The first school day on or after `day`, or nullopt when no stored term has one (the
  /// calendar has run out: term dates for later years are not loaded). It passes over an
  /// academic year with no stored terms: check classify() for DayKind::Uncharted first when
  /// that matters.
  std::optional<Date> next_school_day(Date day) const;
  /// School days in a term (its length for reports and scheduling).
  std::int64_t school_days(const Term& term) const;

 private:
  std::vector<Term> terms_;
  std::vector<Closure> closures_;  // sorted by day
  YearStart year_start_;
};

/// The whole stored calendar. Reads in one snapshot.
Calendar load_calendar(const Session& session);

/// Every term, in date order; only those of `year` when given.
std::vector<Term> list_terms(const Session& session, std::optional<AcademicYear> year = {});
/// The terms of `year`, autumn first (empty when none are stored).
std::vector<Term> terms_of_year(const Session& session, AcademicYear year);
/// The term containing `day`, or nullopt.
std::optional<Term> term_containing(const Session& session, Date day);
/// The term containing session.clock.today(), or nullopt between terms.
std::optional<Term> current_term(const Session& session);
/// The first term starting after session.clock.today(), or nullopt.
std::optional<Term> next_term(const Session& session);
/// Whether `day` is a school day (see Calendar::is_school_day).
bool is_school_day(const Session& session, Date day);
/// The first school day on or after `day` (see Calendar::next_school_day).
std::optional<Date> next_school_day(const Session& session, Date day);

/// Resolves what a user typed for a term, case-insensitively:
///   "2026/27 autumn", "autumn 2026/27"   the term of that academic year;
///   "autumn 2026", "spring 2027"         by the calendar year the term falls in (autumn 2026
///                                        is 2026/27 autumn; spring and summer 2027 are 2026/27);
///   "current", "next"                    as current_term() and next_term();
///   "#12"                                by id.
/// Throws Error{Invalid} for text of none of these forms (naming it), Error{NotFound} when the
/// term is not stored (for "current" between terms, the hint names the next term).
Term find_term(const Session& session, std::string_view ref);
/// The term `year` `name`. Throws Error{NotFound} as find_term does.
Term get_term(const Session& session, AcademicYear year, TermName name);

/// What `lpg term add` stores.
struct TermInput {
  AcademicYear year;
  TermName name = TermName::Autumn;
  DateRange dates;
  std::optional<DateRange> half_term;
};

/// Checks one term on its own: dates in order, half term inside the term, the term inside its
/// academic year as `year_start` bounds it. Throws Error{Invalid} naming the term and the
/// offending dates.
void check_term(const TermInput& input, YearStart year_start);

/// Adds a term. Throws Error{Invalid} as check_term does, Error{Conflict} when the term exists
/// already, or when it would overlap or fall out of order with a stored term (naming it).
/// Audited.
Term add_term(const Session& session, const TermInput& input);

/// Removes a term (its year's closures stay). Throws Error{NotFound}, and Error{Conflict} when
/// meetings refer to it. Audited. Returns the term as it was.
Term remove_term(const Session& session, AcademicYear year, TermName name);

enum class ImportFormat { Auto, Csv, Toml };

/// What an import did to one term or closure.
struct ImportedItem {
  std::string kind;    ///< "term" or "closure"
  std::string year;    ///< "2026/27"
  std::string what;    ///< the term name, or the closure's ISO date
  std::string status;  ///< "added", "updated" or "unchanged"
};

struct TermImportResult {
  std::vector<ImportedItem> items;  ///< in file order
  int added = 0;
  int updated = 0;
  int unchanged = 0;
};

/// Imports term dates and closures from a file, in one transaction: any bad row, or a
/// resulting calendar that overlaps or runs out of order, throws Error{Invalid|Conflict}
/// "FILE:LINE: ..." and stores nothing. A term already stored (same year and name) or a closure
/// on a stored day is updated in place, so importing the same file twice changes nothing.
/// Terms and closures not in the file are kept.
///
/// `format` Auto chooses by the extension (.csv, .toml; else Error{Usage}).
/// CSV: a header row naming the columns year,term,start,end,half_term_start,half_term_end and
/// optionally note, in any order. `term` is autumn, spring or summer, or `closure` for closure
/// days from `start` to `end` (end may be empty for one day; `note` applies to each).
/// TOML:  [[year]] name = "2026/27"; closures = [2027-01-04, {date = 2027-05-03, note = "..."}]
///        [[year.term]] name = "autumn"; start = 2026-09-03; end = 2026-12-18;
///                      half_term = [2026-10-26, 2026-10-30]
/// Audited (one entry per change).
TermImportResult import_calendar(const Session& session, const std::string& path,
                                 ImportFormat format = ImportFormat::Auto);

}  // namespace lpg
