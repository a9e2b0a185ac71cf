// SPDX-License-Identifier: MIT
// lpg import actions FILE: actions as `lpg export actions` writes them, matched by id.
#include <lpg/actions.hpp>
#include <lpg/meeting_io.hpp>
#include <lpg/text.hpp>

#include "action/action_fields.hpp"
#include "action/action_store.hpp"
#include "format/import_history.hpp"

namespace lpg {

namespace {

using meetings::ActionRow;

ActionOwner owner_of(const Session& s, const std::string& ref, const std::string& name) {
  if (ref.starts_with("person:"))
    return {import::row_person(s, ref.substr(7), name, "", "owner"), {}};
  if (ref.starts_with("org:")) return {{}, import::row_org(s, ref.substr(4), name, "owner")};
  return find_owner(s, ref.empty() ? name : ref);
}

// The row laid over `a` (the stored action, or a blank one for a new action), checked.
ActionRow merged(const Session& s, const import::Get& get, ActionRow a, bool is_new) {
  if (!get("text").empty()) a.text = get("text");
  if (a.text.empty()) throw Error(ErrorKind::Invalid, "an action needs some text");
  meetings::check_action_text(a.text);  // the rules of 'lpg action add'
  if (!get("owner").empty() || !get("owner_name").empty()) {
    ActionOwner owner = owner_of(s, get("owner"), get("owner_name"));
    a.person = owner.person ? std::optional(owner.person->v) : std::nullopt;
    a.org = owner.org ? std::optional(owner.org->v) : std::nullopt;
  } else if (is_new) {
    throw Error(ErrorKind::Invalid, "an action needs an owner", "owner person:REF or org:REF");
  }
  if (!get("due").empty()) a.due = import::checked_date(get("due"), "due");
  if (!get("status").empty()) {
    a.status = ascii_lower(get("status"));
    if (a.status != "open" && a.status != "done") {
      throw Error(ErrorKind::Invalid, fmt::format("invalid status \"{}\"", get("status")),
                  "open or done");
    }
    if (a.status == "open") a.done_on.reset();
  }
  if (!get("done_on").empty()) a.done_on = import::checked_date(get("done_on"), "done_on");
  if (!get("done_note").empty()) a.done_note = get("done_note");
  meetings::check_done_note(a.done_note);
  if ((a.status == "done") != a.done_on.has_value()) {
    throw Error(ErrorKind::Invalid, a.status == "done" ? "a done action needs a done_on date"
                                                       : "an open action has no done_on date");
  }
  return a;
}

// Replaces the action's carries with "UID on DATE; ..." when that differs from what is stored.
bool store_carries(const Session& s, meetings::CarryWriter& writer, std::int64_t id,
                   const std::string& text) {
  if (text.empty() || text == meetings::carried_text(s, id)) return false;
  writer.clear(id);
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
    if (!writer.add(id, to.v, import::checked_date(trim(entry.substr(on + 4)), "carried"))) {
      throw Error(ErrorKind::Invalid, fmt::format("meeting {} is not of the action's group",
                                                  trim(entry.substr(0, on))));
    }
  }
  return true;
}

// A row without an id (a hand-made list, not lpg's export) is the meeting's action of the
// same text, so that importing the list again adds nothing; two such make it ambiguous.
std::optional<std::int64_t> by_text(const Session& s, std::int64_t meeting,
                                    const std::string& text) {
  auto ids = meetings::actions_with_text(s, meeting, text);
  if (ids.size() > 1) {
    throw Error(ErrorKind::Conflict,
                fmt::format("meeting {} has {} actions \"{}\"; give the id of the one meant",
                            meeting, ids.size(), text));
  }
  if (ids.empty()) return std::nullopt;
  return ids.front();
}

}  // namespace

ImportSummary import_actions(const Session& s, const ListImportOptions& o) {
  meetings::CarryWriter carries(s);
  return import::each_row(
      s, o, action_columns(), {"text"}, "action", [&](const import::Get& get, ImportSummary& sum) {
        std::string ref = get("meeting");
        if (ref.empty() && !get("group").empty() && !get("meeting_date").empty()) {
          ref = get("group") + "@" + get("meeting_date");
        }
        std::int64_t meeting = import::row_meeting(s, get("meeting_uid"), ref).v;
        std::optional<std::int64_t> id;
        if (!get("id").empty()) id = import::checked_int(get("id"), 1, INT64_MAX, "id");
        if (!id && !get("text").empty()) id = by_text(s, meeting, get("text"));
        std::optional<ActionRow> now = id ? meetings::stored_action(s, *id) : std::nullopt;
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
        std::int64_t key =
            changed ? meetings::write_action(s, id, a,
                                             import::checked_stamp(get("created_at"), "created_at"))
                    : *id;
        changed = store_carries(s, carries, key, get("carried")) || changed;
        if (changed) db::audit(s, "import", "action", key, now ? "updated" : "added");
        ++(!now ? sum.added : changed ? sum.updated : sum.unchanged);
      });
}

}  // namespace lpg
