// SPDX-License-Identifier: MIT
// lpg import actions FILE: actions as `lpg export actions` writes them, matched by id.
#include <lpg/actions.hpp>
#include <lpg/meeting_io.hpp>
#include <lpg/text.hpp>

#include "core/text_check.hpp"
#include "import/history.hpp"

namespace lpg {

namespace {

const std::vector<std::string> kFields = {
    "id",         "meeting", "meeting_uid", "group",   "meeting_date", "text",    "owner",
    "owner_name", "due",     "status",      "done_on", "done_note",    "carried", "created_at"};

// An action as stored; a row's non-blank cells are laid over the stored one.
struct ActionRow {
  std::int64_t meeting = 0;
  std::string text;
  std::optional<std::int64_t> person, org;
  std::optional<std::string> due, done_on;
  std::string status = "open", done_note;
  bool operator==(const ActionRow&) const = default;
};

ActionOwner owner_of(const Session& s, const std::string& ref, const std::string& name) {
  if (ref.starts_with("person:"))
    return {import::row_person(s, ref.substr(7), name, "", "owner"), {}};
  if (ref.starts_with("org:")) return {{}, import::row_org(s, ref.substr(4), name, "owner")};
  return find_owner(s, ref.empty() ? name : ref);
}

std::optional<ActionRow> stored(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT meeting_id, text, owner_person_id, owner_org_id, due, status, "
                      "done_on, done_note FROM action WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) return std::nullopt;
  ActionRow a;
  a.meeting = q.getColumn(0).getInt64();
  a.text = q.getColumn(1).getString();
  if (!q.getColumn(2).isNull()) a.person = q.getColumn(2).getInt64();
  if (!q.getColumn(3).isNull()) a.org = q.getColumn(3).getInt64();
  if (!q.getColumn(4).isNull()) a.due = q.getColumn(4).getString();
  a.status = q.getColumn(5).getString();
  if (!q.getColumn(6).isNull()) a.done_on = q.getColumn(6).getString();
  a.done_note = q.getColumn(7).getString();
  return a;
}

// The row laid over `a` (the stored action, or a blank one for a new action), checked.
ActionRow merged(const Session& s, const import::Get& get, ActionRow a, bool is_new) {
  if (!get("text").empty()) a.text = get("text");
  if (a.text.empty()) throw Error(ErrorKind::Invalid, "an action needs some text");
  check_line(a.text, "action text");  // the rules of 'lpg action add'
  if (!get("owner").empty() || !get("owner_name").empty()) {
    ActionOwner owner = owner_of(s, get("owner"), get("owner_name"));
    a.person = owner.person ? std::optional(owner.person->v) : std::nullopt;
    a.org = owner.org ? std::optional(owner.org->v) : std::nullopt;
  } else if (is_new) {
    throw Error(ErrorKind::Invalid, "an action needs an owner", "owner person:REF or org:REF");
  }
  if (!get("due").empty()) a.due = import::checked_date(get("due"), "due date");
  if (!get("status").empty()) {
    a.status = ascii_lower(get("status"));
    if (a.status != "open" && a.status != "done") {
      throw Error(ErrorKind::Invalid, fmt::format("invalid status \"{}\"", get("status")),
                  "open or done");
    }
    if (a.status == "open") a.done_on.reset();
  }
  if (!get("done_on").empty()) a.done_on = import::checked_date(get("done_on"), "done date");
  if (!get("done_note").empty()) a.done_note = get("done_note");
  check_text(a.done_note, "note");
  if ((a.status == "done") != a.done_on.has_value()) {
    throw Error(ErrorKind::Invalid, a.status == "done" ? "a done action needs a done_on date"
                                                       : "an open action has no done_on date");
  }
  return a;
}

void write(const Session& s, std::optional<std::int64_t> id, const ActionRow& a,
           const std::string& created_at) {
  SQLite::Statement q(db::conn(s.store), R"sql(
    INSERT INTO action (id, meeting_id, text, owner_person_id, owner_org_id, due, status,
                        done_on, done_note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET text = excluded.text,
      owner_person_id = excluded.owner_person_id, owner_org_id = excluded.owner_org_id,
      due = excluded.due, status = excluded.status, done_on = excluded.done_on,
      done_note = excluded.done_note)sql");
  if (id) q.bind(1, static_cast<int64_t>(*id));
  q.bind(2, static_cast<int64_t>(a.meeting));
  q.bind(3, a.text);
  if (a.person) q.bind(4, static_cast<int64_t>(*a.person));
  if (a.org) q.bind(5, static_cast<int64_t>(*a.org));
  if (a.due) q.bind(6, *a.due);
  q.bind(7, a.status);
  if (a.done_on) q.bind(8, *a.done_on);
  q.bind(9, a.done_note);
  q.bind(10, created_at.empty() ? s.clock.utc_stamp() : created_at);
  q.exec();
}

// Replaces the action's carries with "UID on DATE; ..." when that differs from what is stored.
bool store_carries(const Session& s, std::int64_t id, const std::string& text) {
  if (text.empty() || text == import::carried_text(s, id)) return false;
  auto& db = db::conn(s.store);
  SQLite::Statement drop(db, "DELETE FROM action_carry WHERE action_id = ?");
  drop.bind(1, static_cast<int64_t>(id));
  drop.exec();
  SQLite::Statement insert(
      db,
      "INSERT OR REPLACE INTO action_carry (action_id, meeting_id, carried_on) "
      "SELECT ?1, ?2, ?3 WHERE (SELECT group_id FROM meeting WHERE id = ?2) = "
      "(SELECT m.group_id FROM action a JOIN meeting m ON m.id = a.meeting_id "
      "WHERE a.id = ?1)");
  std::size_t at = 0;
  while (at < text.size()) {
    auto end = text.find(';', at);
    std::string entry = text.substr(at, end == std::string::npos ? end : end - at);
    at = end == std::string::npos ? text.size() : end + 1;
    auto on = entry.rfind(" on ");
    if (on == std::string::npos) {
      throw Error(ErrorKind::Invalid, fmt::format("invalid carried entry \"{}\"", trim(entry)),
                  "expected UID on YYYY-MM-DD");
    }
    MeetingId to = import::row_meeting(s, trim(entry.substr(0, on)), "");
    insert.reset();
    insert.bind(1, static_cast<int64_t>(id));
    insert.bind(2, static_cast<int64_t>(to.v));
    insert.bind(3, import::checked_date(trim(entry.substr(on + 4)), "carried date"));
    if (insert.exec() == 0) {
      throw Error(ErrorKind::Invalid, fmt::format("meeting {} is not of the action's group",
                                                  trim(entry.substr(0, on))));
    }
  }
  return true;
}

}  // namespace

ImportSummary import_actions(const Session& s, const ListImportOptions& o) {
  return import::each_row(
      s, o, kFields, {"text"}, "action", [&](const import::Get& get, ImportSummary& sum) {
        std::string ref = get("meeting");
        if (ref.empty() && !get("group").empty() && !get("meeting_date").empty()) {
          ref = get("group") + "@" + get("meeting_date");
        }
        std::int64_t meeting = import::row_meeting(s, get("meeting_uid"), ref).v;
        std::optional<std::int64_t> id;
        if (!get("id").empty()) id = import::checked_int(get("id"), 1, INT64_MAX, "id");
        std::optional<ActionRow> now = id ? stored(s, *id) : std::nullopt;
        if (now && now->meeting != meeting) {
          throw Error(
              ErrorKind::Conflict,
              fmt::format("action {} is from meeting {}, not {}", *id, now->meeting, meeting),
              "leave out the id to add the action as a new one");
        }
        ActionRow blank;
        blank.meeting = meeting;
        ActionRow a = merged(s, get, now.value_or(blank), !now);
        bool changed = !now || !(a == *now);
        if (changed) write(s, id, a, get("created_at"));
        std::int64_t key = id.value_or(db::last_id(s.store));
        changed = store_carries(s, key, get("carried")) || changed;
        if (changed) db::audit(s, "import", "action", key, now ? "updated" : "added");
        ++(!now ? sum.added : changed ? sum.updated : sum.unchanged);
      });
}

}  // namespace lpg
