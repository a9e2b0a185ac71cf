// SPDX-License-Identifier: MIT
// Forgetting a person: their personal data leaves every row and, once compacted, the file.
#include "privacy/erase.hpp"

#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/refs.hpp>

#include <fmt/format.h>

#include "action/action_store.hpp"
#include "attendance/attendance_store.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "mail/outbox_store.hpp"
#include "mail/reply_store.hpp"
#include "member/member_store.hpp"
#include "minutes/minutes_store.hpp"
#include "person/person_store.hpp"
#include "privacy/identity.hpp"
#include "privacy/redact.hpp"

namespace lpg {

namespace privacy {

namespace {

constexpr std::string_view kErased = "[erased]";

struct Subject {
  std::int64_t id = 0;
  Needles values;         // everything they ever had
  std::string name_with;  // what their name becomes
};

// The audit rows about them (by identity: db/audit.hpp), command line and detail, and the
// command lines of the other rows the same runs wrote ("meeting attend 1 Jo Ann" wrote a row
// for each). Rows from `from_id` on. Returns the number of rows changed.
std::int64_t scrub_audit(const Session& s, const Subject& who, std::int64_t from_id) {
  std::int64_t changed = 0;
  for (db::AuditText row : db::audit_runs_about(s, who.id, from_id)) {
    check_interrupted();
    std::string command = redact(row.command, who.values, who.name_with, kErased);
    std::string detail =
        row.about ? redact(row.detail, who.values, who.name_with, kErased) : row.detail;
    if (command == row.command && detail == row.detail) continue;
    row.command = std::move(command);
    row.detail = std::move(detail);
    db::rewrite_audit(s, row);
    ++changed;
  }
  return changed;
}

void blank_person(const Session& s, std::int64_t id, const std::string& placeholder,
                  const std::string& stamp) {
  person_store::blank(db::connection(s.store), id, placeholder, stamp);
  // A membership's note is free text about this person ("deputy for Jo"): it goes too, and
  // so does the history of their values.
  member_store::clear_notes_of_person(db::connection(s.store), id);
  forget_former_values(s, id);
  // The mail loop's record of what went to their address and what they answered.
  mail::forget_outbox_of(s, id);
  mail::forget_replies_of(s, id);
}

void refuse_erased(const Session& s, std::int64_t id) {
  auto person = person_store::standing(db::connection(s.store), id);
  if (!person) throw Error(ErrorKind::NotFound, fmt::format("person #{} not found", id));
  if (person->erased_at) {
    throw Error(
        ErrorKind::Conflict,
        fmt::format("person #{} was already erased on {}", id, person->erased_at->substr(0, 10)),
        "nothing is left to erase");
  }
}

}  // namespace

Forgotten erase_person(const Session& s, std::int64_t id) {
  refuse_erased(s, id);
  Subject who{id, values_of(s, id), {}};
  who.name_with = name_placeholder(s, id, who.values);
  Forgotten f;
  f.id = id;
  f.placeholder = erased_placeholder(id);
  f.erased_at = s.clock.utc_stamp();
  blank_person(s, id, f.placeholder, f.erased_at);
  f.memberships = member_store::count_of_person(db::connection(s.store), id);
  f.attendance = meetings::attendance_count_of(s, id);
  f.actions = meetings::actions_owned_by(s, id);
  // Minutes name their recorder and recipient as text: rewritten wherever a value of theirs is.
  Needles identity{who.values.names, who.values.emails, who.values.phones, {}};
  f.minutes_scrubbed = meetings::rewrite_names(
      s, [&](const std::string& text) { return redact(text, identity, who.name_with, kErased); });
  f.audit_rows_scrubbed = scrub_audit(s, who, 0);
  // What was erased, never the values; the command line of this very run may name the person
  // too ("lpg person forget 'Jo Bloggs'"), so the new row is scrubbed like the others.
  std::int64_t row =
      db::audit(s, "forget", "person", id,
                fmt::format("erased name, email, phone, job title and note; kept {} membership(s), "
                            "{} attendance record(s), {} action(s); scrubbed {} audit row(s)",
                            f.memberships, f.attendance, f.actions, f.audit_rows_scrubbed));
  scrub_audit(s, who, row);
  return f;
}

}  // namespace privacy

std::string erased_placeholder(std::int64_t id) { return fmt::format("erased person #{}", id); }

Forgotten forget_person(const Session& s, std::string_view ref, bool confirmed,
                        Compaction* compaction) {
  Forgotten f;
  {
    db::WriteTx tx(s.store);
    PersonId id = find_person(s, ref);
    if (!confirmed) {
      auto person = person_store::standing(db::connection(s.store), id.v);
      if (person && !person->erased_at) {
        throw Error(ErrorKind::Usage,
                    fmt::format("forgetting person #{} \"{}\" erases their name, email and phone "
                                "for good; nothing was changed",
                                id.v, person->name),
                    "give --yes to erase them");
      }
    }
    f = privacy::erase_person(s, id.v);
    tx.commit();
  }
  Compaction c = compact_database(s.store);
  if (compaction != nullptr) *compaction = c;
  return f;
}

}  // namespace lpg
