// SPDX-License-Identifier: MIT
// Resolving --area, --group, --term, --from/--to, --as-of and --within into one ReportScope.
#include <lpg/errors.hpp>
#include <lpg/reports.hpp>
#include <lpg/sectors.hpp>
#include <lpg/terms.hpp>

#include <fmt/format.h>

#include "area/area_scope.hpp"
#include "report/scope_sql.hpp"

namespace lpg {

namespace reports {

const std::string kScopeCte =
    "WITH RECURSIVE scope_grp(id) AS (SELECT g.id FROM grp g WHERE (CAST(?1 AS BIGINT) IS NULL "
    "OR g.id = ?1) AND (CAST(?2 AS BIGINT) IS NULL OR g.area_id IN " +
    registry::within_area_sql("?2") + ")) ";

void bind_scope(db::Statement& q, const ReportScope& scope) {
  if (scope.group) {
    q.bind(1, scope.group->v);
  } else {
    q.bind(1);
  }
  if (scope.area) {
    q.bind(2, scope.area->v);
  } else {
    q.bind(2);
  }
}

std::string start_bound(Date day) { return format_date(day); }

std::string end_bound(Date day) { return format_date(Date{date::sys_days{day} + date::days{1}}); }

std::string setting_list() {
  std::string list = ",";
  for (const auto& sector : sectors()) {
    if (sector.setting) list += sector.slug + ",";
  }
  return list;
}

int sector_rank(const std::string& slug) {
  const auto& all = sectors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].slug == slug) return static_cast<int>(i);
  }
  return static_cast<int>(all.size());
}

}  // namespace reports

namespace {

Date add_days(Date day, std::int64_t n) { return Date{date::sys_days{day} + date::days{n}}; }

// The fallback period when neither --term nor --from/--to was given.
void default_period(const Session& s, const ScopeInput& in, DefaultPeriod fallback,
                    ReportScope& r) {
  switch (fallback) {
    case DefaultPeriod::Upcoming: {
      std::string within = in.within.empty() ? s.config.reminders_within : in.within;
      auto days = date::floor<date::days>(parse_duration_at(within, "--within")).count();
      r.from = s.clock.today();
      r.to = add_days(r.from, days);
      r.label = fmt::format("{} to {}", format_date(r.from), format_date(r.to));
      return;
    }
    case DefaultPeriod::AcademicYear: {
      AcademicYear year = academic_year_of(r.as_of, s.config.year_start);
      r.from = year.first_day(s.config.year_start);
      r.to = year.last_day(s.config.year_start);
      r.label = year.name();
      return;
    }
    case DefaultPeriod::Term: {
      Calendar cal = load_calendar(s);
      const Term* term = cal.term_containing(r.as_of);
      if (term == nullptr) term = cal.previous_term_before(r.as_of);
      if (term == nullptr) {
        throw Error(ErrorKind::NotFound,
                    fmt::format("no term on or before {}", format_date(r.as_of)),
                    "load term dates with 'lpg term import', or give --from and --to");
      }
      r.from = term->dates.start;
      r.to = term->dates.end;
      r.label = term->label();
      return;
    }
    case DefaultPeriod::AsOf:
      r.from = r.to = r.as_of;
      r.label = format_date(r.as_of);
      return;
  }
}

}  // namespace

ReportScope resolve_scope(const Session& s, const ScopeInput& in, DefaultPeriod fallback) {
  ReportScope r;
  if (!in.area.empty()) r.area = find_area(s, in.area);
  if (!in.group.empty()) r.group = find_group(s, in.group);
  bool range = !in.from.empty() || !in.to.empty();
  if (!in.term.empty() && (range || !in.within.empty())) {
    throw Error(ErrorKind::Usage, "--term cannot be combined with --from, --to or --within");
  }
  if (range && !in.within.empty()) {
    throw Error(ErrorKind::Usage, "--within cannot be combined with --from or --to");
  }
  std::optional<Date> as_of;
  if (!in.as_of.empty()) as_of = parse_date_at(in.as_of, "--as-of");
  if (!in.term.empty()) {
    Term term = find_term(s, in.term);
    r.from = term.dates.start;
    r.to = term.dates.end;
    r.label = term.label();
  } else if (range) {
    r.from = in.from.empty() ? Date{date::year{1900} / 1 / 1} : parse_date_at(in.from, "--from");
    r.to = in.to.empty() ? as_of.value_or(s.clock.today()) : parse_date_at(in.to, "--to");
    if (date::sys_days{r.to} < date::sys_days{r.from}) {
      throw Error(ErrorKind::Invalid, fmt::format("--to {} is before --from {}", format_date(r.to),
                                                  format_date(r.from)));
    }
    r.label = fmt::format("{} to {}", format_date(r.from), format_date(r.to));
  }
  bool explicit_period = !in.term.empty() || range;
  r.as_of =
      as_of.value_or(explicit_period && fallback == DefaultPeriod::AsOf ? r.to : s.clock.today());
  if (!explicit_period) default_period(s, in, fallback, r);
  return r;
}

}  // namespace lpg
