// SPDX-License-Identifier: MIT
// The retention rule: people who left every group long ago are forgotten.
#include <lpg/interrupt.hpp>
#include <lpg/privacy.hpp>

#include "db/store_impl.hpp"
#include "member/member_store.hpp"
#include "privacy/erase.hpp"

namespace lpg {

namespace {

// N years before `today`; 29 February becomes 28 February in a year without one.
Date years_before(Date today, int years) {
  Date day = today - date::years{years};
  if (!day.ok()) day = date::year_month_day_last(day.year(), date::month_day_last(day.month()));
  return day;
}

std::vector<PruneCandidate> candidates(const Session& s, const std::string& cutoff) {
  return member_store::left_before(db::connection(s.store), cutoff);
}

}  // namespace

PruneResult prune_people(const Session& s, bool erase) {
  PruneResult r;
  r.left_years = s.config.retention_left_years;
  if (r.left_years <= 0) return r;
  r.cutoff = format_date(years_before(s.clock.today(), r.left_years));
  if (!erase) {
    db::ReadTx tx(db::connection(s.store));
    r.people = candidates(s, r.cutoff);
    return r;
  }
  {
    db::WriteTx tx(db::connection(s.store));
    r.people = candidates(s, r.cutoff);
    for (const auto& person : r.people) {
      check_interrupted();
      privacy::erase_person(s, person.id);
    }
    tx.commit();
  }
  r.erased = true;
  r.compaction = compact_database(s.store);
  return r;
}

}  // namespace lpg
