// SPDX-License-Identifier: MIT
// lpg import attendance FILE: attendance records as `lpg export attendance` writes them,
// matched by (meeting, person). Recorded history: cancelled and future meetings are allowed.
#include <lpg/meeting_io.hpp>
#include <lpg/text.hpp>

#include "import/history.hpp"

namespace lpg {

namespace {

const std::vector<std::string> kFields = {"meeting", "meeting_uid",    "group",
                                          "date",    "person",         "name",
                                          "email",   "organisation",   "organisation_name",
                                          "status",  "represented_by", "represented_by_name",
                                          "guest",   "recorded_at"};

struct Mark {
  std::int64_t meeting = 0, person = 0;
  std::string status;
  std::optional<std::int64_t> deputy;
  std::optional<bool> guest;
};

bool yes_no(const std::string& text, std::string_view what) {
  std::string w = ascii_lower(text);
  if (w == "yes" || w == "y" || w == "true" || w == "1") return true;
  if (w == "no" || w == "n" || w == "false" || w == "0") return false;
  throw Error(ErrorKind::Invalid, fmt::format("invalid {} \"{}\"", what, text),
              "expected yes or no");
}

MeetingId meeting_of(const Session& s, const import::Get& get) {
  std::string ref = get("meeting");
  if (ref.empty() && !get("group").empty() && !get("date").empty()) {
    ref = get("group") + "@" + get("date");
  }
  return import::row_meeting(s, get("meeting_uid"), ref);
}

Mark read_mark(const Session& s, const import::Get& get) {
  Mark m;
  m.meeting = meeting_of(s, get).v;
  m.person = import::row_person(s, get("person"), get("name"), get("email"), "person").v;
  m.status = ascii_lower(get("status"));
  static const std::vector<std::string> kStatuses = {"present", "apologies", "absent",
                                                     "represented"};
  if (std::find(kStatuses.begin(), kStatuses.end(), m.status) == kStatuses.end()) {
    throw Error(ErrorKind::Invalid, fmt::format("unknown attendance \"{}\"", get("status")),
                "present, apologies, absent or represented");
  }
  if (!get("represented_by").empty() || !get("represented_by_name").empty()) {
    m.deputy =
        import::row_person(s, get("represented_by"), get("represented_by_name"), "", "deputy").v;
  }
  if ((m.status == "represented") != m.deputy.has_value()) {
    throw Error(ErrorKind::Invalid, "a representation names who represented the member",
                "status represented with a represented_by, and only then");
  }
  if (m.deputy && *m.deputy == m.person) {
    throw Error(ErrorKind::Invalid, "a person cannot represent themselves");
  }
  if (!get("guest").empty()) m.guest = yes_no(get("guest"), "guest");
  return m;
}

// Not a member on the meeting's day, themselves or through their organisation.
bool is_guest(const Session& s, const Mark& m) {
  SQLite::Statement q(db::conn(s.store), R"sql(
    SELECT 1 FROM meeting mt JOIN membership ms ON ms.group_id = mt.group_id
     WHERE mt.id = ?1 AND ms.from_date <= substr(mt.starts_at, 1, 10)
       AND (ms.to_date IS NULL OR ms.to_date > substr(mt.starts_at, 1, 10))
       AND (ms.person_id = ?2 OR ms.org_id = (SELECT org_id FROM person WHERE id = ?2)) LIMIT 1)sql");
  q.bind(1, static_cast<int64_t>(m.meeting));
  q.bind(2, static_cast<int64_t>(m.person));
  return !q.executeStep();
}

// "added", "updated" or "unchanged".
std::string store(const Session& s, const Mark& m, const std::string& recorded_at) {
  auto& db = db::conn(s.store);
  SQLite::Statement now(db,
                        "SELECT status, represented_by, guest FROM attendance "
                        "WHERE meeting_id = ? AND person_id = ?");
  now.bind(1, static_cast<int64_t>(m.meeting));
  now.bind(2, static_cast<int64_t>(m.person));
  bool guest = m.guest.value_or(false);
  if (now.executeStep()) {
    std::optional<std::int64_t> deputy;
    if (!now.getColumn(1).isNull()) deputy = now.getColumn(1).getInt64();
    bool stored_guest = now.getColumn(2).getInt() != 0;
    guest = m.guest.value_or(stored_guest);
    if (now.getColumn(0).getString() == m.status && deputy == m.deputy && guest == stored_guest) {
      return "unchanged";
    }
  } else if (!m.guest) {
    guest = is_guest(s, m);
  }
  bool exists = now.hasRow();
  SQLite::Statement upsert(db, R"sql(
    INSERT INTO attendance (meeting_id, person_id, status, represented_by, guest, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status,
      represented_by = excluded.represented_by, guest = excluded.guest,
      recorded_at = excluded.recorded_at)sql");
  upsert.bind(1, static_cast<int64_t>(m.meeting));
  upsert.bind(2, static_cast<int64_t>(m.person));
  upsert.bind(3, m.status);
  if (m.deputy) upsert.bind(4, static_cast<int64_t>(*m.deputy));
  upsert.bind(5, guest ? 1 : 0);
  upsert.bind(6, recorded_at.empty() ? s.clock.utc_stamp() : recorded_at);
  upsert.exec();
  db::audit(s, "import", "meeting", m.meeting,
            fmt::format("attendance: person {} {}", m.person, m.status),
            {m.person, m.deputy.value_or(0)});
  return exists ? "updated" : "added";
}

}  // namespace

ImportSummary import_attendance(const Session& s, const ListImportOptions& o) {
  return import::each_row(s, o, kFields, {"status"}, "attendance",
                          [&](const import::Get& get, ImportSummary& sum) {
                            Mark m = read_mark(s, get);
                            std::string done = store(s, m, get("recorded_at"));
                            if (done == "added") ++sum.added;
                            if (done == "updated") ++sum.updated;
                            if (done == "unchanged") ++sum.unchanged;
                          });
}

}  // namespace lpg
