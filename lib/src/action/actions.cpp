// SPDX-License-Identifier: MIT
// lpg action add|done|carry: the rules; the rows are action_store's.
#include <lpg/actions.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "action/action_fields.hpp"
#include "action/action_store.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"

namespace lpg {

ActionOwner find_owner(const Session& s, std::string_view ref) {
  // "person:REF" and "org:REF" say which kind is meant.
  if (ref.starts_with("person:")) return {find_person(s, ref.substr(7)), std::nullopt};
  if (ref.starts_with("org:")) return {std::nullopt, find_org(s, ref.substr(4))};
  std::optional<PersonId> person;
  std::optional<OrgId> org;
  try {
    person = find_person(s, ref);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::NotFound) throw;
  }
  try {
    org = find_org(s, ref);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::NotFound) throw;
  }
  if (!person && !org) {
    throw Error(ErrorKind::NotFound, fmt::format("no person or organisation \"{}\"", ref),
                "see 'lpg person list' and 'lpg org list'");
  }
  if (person && org) {
    throw Error(ErrorKind::Conflict,
                fmt::format("\"{}\" names both a person and an organisation", ref),
                "say which: --owner \"person:REF\" or --owner \"org:REF\"");
  }
  return {person, org};
}

ActionItem add_action(const Session& s, MeetingId meeting, const std::string& text,
                      const ActionOwner& owner, std::optional<Date> due) {
  meetings::check_action_text(trim(text));
  db::WriteTx tx(db::connection(s.store));
  Meeting m = get_meeting(s, meeting);
  if (m.status != "held") {
    throw Error(
        ErrorKind::Conflict,
        fmt::format("meeting {} is {}: actions come from meetings that were held", m.id, m.status));
  }
  if (trim(text).empty()) throw Error(ErrorKind::Invalid, "an action needs some text");
  if (due && date::sys_days{*due} < date::sys_days{date_of(m.starts)}) {
    throw Error(ErrorKind::Invalid, fmt::format("due date {} is before the meeting ({})",
                                                format_date(*due), format_date(date_of(m.starts))));
  }
  meetings::ActionRow row;
  row.meeting = m.id;
  row.text = trim(text);
  if (owner.person) row.person = owner.person->v;
  if (owner.org) row.org = owner.org->v;
  if (due) row.due = format_date(*due);
  auto id = meetings::insert_action(s, row);
  db::audit(s, "add", "action", id, fmt::format("from meeting {}", m.id));
  tx.commit();
  return get_action(s, id);
}

ActionItem complete_action(const Session& s, std::int64_t id, const std::string& note,
                           std::optional<Date> on) {
  meetings::check_done_note(trim(note));
  db::WriteTx tx(db::connection(s.store));
  ActionItem a = get_action(s, id);
  if (a.status == "done") {
    throw Error(ErrorKind::Conflict, fmt::format("action {} was done on {}", id, a.done_on));
  }
  meetings::store_done(s, id, on.value_or(s.clock.today()), trim(note));
  db::audit(s, "done", "action", id);
  tx.commit();
  return get_action(s, id);
}

ActionItem carry_action(const Session& s, std::int64_t id, MeetingId to) {
  db::WriteTx tx(db::connection(s.store));
  ActionItem a = get_action(s, id);
  Meeting target = get_meeting(s, to);
  if (a.status == "done") throw Error(ErrorKind::Conflict, fmt::format("action {} is done", id));
  if (target.group_id != a.group_id) {
    throw Error(ErrorKind::Invalid, fmt::format("meeting {} is of {}, not {}", target.id,
                                                target.group_name, a.group_name));
  }
  std::string last = a.carried.empty() ? a.meeting_date : a.carried.back().meeting_date;
  if (format_date(date_of(target.starts)) <= last || target.status == "cancelled") {
    throw Error(ErrorKind::Invalid,
                fmt::format("meeting {} ({}) is not a later live meeting than {}", target.id,
                            format_date(date_of(target.starts)), last),
                "carry actions forward to the group's next meeting");
  }
  meetings::insert_carry(s, id, target.id, s.clock.today());
  add_agenda_item(s, to, fmt::format("Action {} (from {}): {}", id, a.meeting_date, a.text),
                  "owner: " + a.owner, std::nullopt);
  db::audit(s, "carry", "action", id, fmt::format("to meeting {}", target.id));
  tx.commit();
  return get_action(s, id);
}

}  // namespace lpg
