// SPDX-License-Identifier: MIT
// A subject access export: everything lpg holds about one person, each part read by the owner
// of its table.
#include <lpg/interrupt.hpp>
#include <lpg/privacy.hpp>
#include <lpg/refs.hpp>

#include <set>

#include "action/action_store.hpp"
#include "attendance/attendance_store.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "mail/reply_store.hpp"
#include "member/member_store.hpp"
#include "minutes/minutes_store.hpp"
#include "person/person_store.hpp"
#include "privacy/identity.hpp"

namespace lpg {

namespace {

// Minutes whose recorder, a free-text name, is one of the names they have had (compared as
// look-up compares names).
void read_minutes(const Session& s, PersonExport& e, const privacy::Needles& values) {
  std::set<std::string> keys;
  for (const auto& name : values.names) keys.insert(fold_key(name));
  for (const auto& email : values.emails) keys.insert(fold_key(email));
  for (auto& [version, recorded_by] : meetings::versions_with_recorder(s)) {
    check_interrupted();
    if (!keys.contains(fold_key(recorded_by))) continue;
    e.minutes_recorded.push_back(std::move(version));
  }
}

}  // namespace

PersonExport export_person(const Session& s, std::string_view ref) {
  db::Connection& c = db::connection(s.store);
  db::ReadTx tx(c);
  PersonExport e;
  e.id = find_person(s, ref).v;
  e.exported_at = s.clock.utc_stamp();
  person_store::read_for_export(c, e);
  e.memberships = member_store::export_of_person(c, e.id);
  // Their own rows, and the rows of the people they stood in for.
  e.attendance = meetings::attendance_export_of(s, e.id);
  e.actions = meetings::actions_export_of(s, e.id);
  read_minutes(s, e, privacy::values_of(s, e.id));
  e.mail = mail::mail_export_of(s, e.id);
  // The rows about them, by identity: never rows that only mention a namesake's name.
  e.audit_log = db::audit_rows_about(s, e.id);
  e.former_values = privacy::former_values_of(s, e.id);
  return e;
}

}  // namespace lpg
