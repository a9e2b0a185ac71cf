// SPDX-License-Identifier: MIT
#include "format/import_history.hpp"

#include <lpg/dates.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <charconv>

#include "meeting/meeting_store.hpp"
#include "org/org_store.hpp"
#include "person/person_store.hpp"

namespace lpg::import {

void audit_import(const Session& s, const char* entity, const std::string& file,
                  const ImportSummary& summary) {
  if (summary.added + summary.updated + summary.closed == 0) return;
  db::audit(s, "import", entity, 0,
            fmt::format("{}: {} added, {} updated, {} unchanged, {} rejected", file, summary.added,
                        summary.updated, summary.unchanged, summary.rejected));
}

MeetingId row_meeting(const Session& s, const std::string& uid, const std::string& ref) {
  if (!uid.empty()) {
    if (auto id = meetings::meeting_by_uid(s, uid)) return {*id};
    throw Error(ErrorKind::NotFound, fmt::format("no meeting with uid {}", uid),
                "import the meetings first: lpg import meetings FILE");
  }
  if (ref.empty()) throw Error(ErrorKind::Invalid, "a row names no meeting");
  try {
    return find_meeting(s, ref);
  } catch (const Error& e) {
    // find_meeting calls a word that is not a reference a usage error; in a file it is data.
    if (e.kind() != ErrorKind::Usage) throw;
    throw Error(ErrorKind::Invalid, e.what(), e.hint());
  }
}

namespace {

// The stored names of people and organisations, from their owners; nullopt for no such row.
std::optional<std::string> person_name(const Session& s, std::int64_t id) {
  auto person = person_store::standing(db::connection(s.store), id);
  if (person) return person->name;
  return std::nullopt;
}

std::optional<std::string> org_name(const Session& s, std::int64_t id) {
  return org_store::name_of(db::connection(s.store), id);
}

using StoredName = std::optional<std::string> (*)(const Session&, std::int64_t);

// True when `ref` is "#id" of a row whose name is not `name`: an id from another database.
bool foreign_id(const Session& s, StoredName stored_name, const std::string& ref,
                const std::string& name) {
  if (ref.empty() || ref[0] != '#' || name.empty()) return false;
  auto id = id_reference(ref);
  std::optional<std::string> stored = id ? stored_name(s, *id) : std::nullopt;
  return !stored || fold_key(*stored) != fold_key(name);
}

}  // namespace

PersonId row_person(const Session& s, const std::string& ref, const std::string& name,
                    const std::string& email, std::string_view what) {
  if (ref.empty() && email.empty() && name.empty()) {
    throw Error(ErrorKind::Invalid, fmt::format("a row names no {}", what));
  }
  if (!ref.empty() && !foreign_id(s, person_name, ref, name)) return find_person(s, ref);
  if (!email.empty()) return find_person(s, email);
  if (!name.empty()) return find_person(s, name);
  return find_person(s, ref);
}

OrgId row_org(const Session& s, const std::string& ref, const std::string& name,
              std::string_view what) {
  if (ref.empty() && name.empty()) {
    throw Error(ErrorKind::Invalid, fmt::format("a row names no {}", what));
  }
  if (!ref.empty() && !foreign_id(s, org_name, ref, name)) return find_org(s, ref);
  return find_org(s, name.empty() ? ref : name);
}

std::string checked_date(const std::string& text, std::string_view where) {
  return format_date(parse_date_at(text, where));
}

std::string checked_stamp(const std::string& text, std::string_view where) {
  return text.empty() ? text : parse_utc_stamp_at(text, where);
}

std::int64_t checked_int(const std::string& text, std::int64_t lo, std::int64_t hi,
                         std::string_view what) {
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || n < lo || n > hi) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid {} \"{}\"", what, text),
                fmt::format("expected a whole number from {} to {}", lo, hi));
  }
  return n;
}

}  // namespace lpg::import
