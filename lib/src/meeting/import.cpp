// SPDX-License-Identifier: MIT
// lpg import meetings FILE: meetings as `lpg export meetings` writes them, matched by uid.
// Recorded history goes in as it is: no closed-day or clash rules (see meeting_io.hpp).
#include <lpg/meeting_io.hpp>
#include <lpg/text.hpp>

#include <set>

#include "agenda/agenda_store.hpp"
#include "agenda/agenda_text.hpp"
#include "core/text_check.hpp"
#include "format/import_history.hpp"
#include "meeting/meeting_fields.hpp"
#include "meeting/meeting_store.hpp"
#include "meeting/relations.hpp"

namespace lpg {

namespace {

// A row read and checked; optional fields are nullopt when their cell is blank.
struct CsvRow {
  std::int64_t group = 0;
  std::string group_name, starts_at;
  std::optional<std::int64_t> duration, host, sequence;
  std::optional<std::string> venue, status, cancel_reason, schedule_key, agenda;
};

std::optional<std::string> given(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional(text);
}

std::string checked_start(const std::string& date, const std::string& start) {
  if (start.empty()) throw Error(ErrorKind::Invalid, "a meeting needs a start time");
  Minutes at = parse_time_of_day_at(start, "start");
  return format_local_time(date::local_days{parse_date(date)} + at);
}

CsvRow read_row(const Session& s, const import::Get& get) {
  CsvRow r;
  if (get("group").empty()) throw Error(ErrorKind::Invalid, "a row names no group");
  r.group = find_group(s, get("group")).v;
  r.group_name = get("group");
  if (get("date").empty()) throw Error(ErrorKind::Invalid, "a meeting needs a date");
  r.starts_at = checked_start(import::checked_date(get("date"), "date"), get("start"));
  check_wall_clock(s.clock, parse_local_time(r.starts_at), "start");  // the first when twice
  if (!get("duration").empty())
    r.duration = import::checked_int(get("duration"), 1, 1440, "duration");
  if (!get("host").empty() || !get("host_name").empty()) {
    r.host = import::row_org(s, get("host"), get("host_name"), "host").v;
  }
  if (!get("sequence").empty()) {
    r.sequence = import::checked_int(get("sequence"), 0, 1000000000, "sequence");
  }
  r.status = meetings::stored_status(get("status"));
  // The text rules of 'lpg meeting schedule', 'cancel' and 'agenda add'.
  r.cancel_reason = given(get("cancel_reason"));
  if (r.cancel_reason) meetings::check_cancel_reason(*r.cancel_reason);
  if (r.cancel_reason && r.status && *r.status != "cancelled") {
    throw Error(ErrorKind::Invalid, "a cancel_reason for a meeting that is not cancelled");
  }
  r.venue = given(get("venue"));
  if (r.venue) meetings::check_venue(*r.venue);
  r.schedule_key = given(get("schedule_key"));
  if (r.schedule_key) check_line(*r.schedule_key, "schedule_key");
  r.agenda = given(get("agenda"));
  if (r.agenda) {  // checked before anything is stored
    for (const auto& [title, detail] : meetings::parse_agenda(*r.agenda)) {
      meetings::check_agenda_item(title, detail);
    }
  }
  return r;
}

void check_schedule_key(const Session& s, const CsvRow& r, std::int64_t except) {
  if (!r.schedule_key) return;
  if (auto other = meetings::meeting_by_key(s, r.group, *r.schedule_key, except)) {
    throw Error(ErrorKind::Conflict,
                fmt::format("schedule key \"{}\" is held by meeting {}", *r.schedule_key, *other));
  }
}

void add_meeting(const Session& s, const CsvRow& r, std::optional<std::int64_t> id,
                 const std::string& uid) {
  check_schedule_key(s, r, 0);
  meetings::MeetingRow row;
  row.id = id;
  row.group_id = r.group;
  row.starts_at = r.starts_at;
  row.duration_min = r.duration.value_or(90);
  row.venue = r.venue;
  row.host_org_id = r.host;
  row.status = r.status.value_or("scheduled");
  row.cancel_reason = r.cancel_reason;
  row.uid = uid;
  row.sequence = r.sequence.value_or(0);
  row.schedule_key = r.schedule_key;
  std::int64_t added = meetings::insert_meeting(s, row);
  if (r.agenda) meetings::replace_agenda(s, added, meetings::parse_agenda(*r.agenda));
  if (r.schedule_key) meetings::relate_from_key(s, added, *r.schedule_key);
  db::audit(s, "import", "meeting", added, "added");
}

// Applies the row's non-blank cells; true when anything changed.
bool update_meeting(const Session& s, const CsvRow& r, const Meeting& now) {
  if (now.group_id != r.group) {
    throw Error(ErrorKind::Conflict, fmt::format("meeting {} ({}) is of {}, not {}", now.id,
                                                 now.uid, now.group_name, r.group_name));
  }
  check_schedule_key(s, r, now.id);
  std::int64_t id = now.id;
  using Column = meetings::MeetingColumn;
  bool changed =
      meetings::set_if_changed(s, id, Column::StartsAt, std::optional<std::string>(r.starts_at));
  auto set = [&](Column column, const auto& value) {
    if (value) changed = meetings::set_if_changed(s, id, column, value) || changed;
  };
  set(Column::Duration, r.duration);
  set(Column::Venue, r.venue);
  set(Column::Host, r.host);
  set(Column::Status, r.status);
  set(Column::CancelReason, r.cancel_reason);
  set(Column::ScheduleKey, r.schedule_key);
  if (r.status && *r.status != "cancelled") {
    changed = meetings::set_if_changed(s, id, Column::CancelReason, std::optional<std::string>()) ||
              changed;
  }
  if (r.agenda && *r.agenda != meetings::fold_agenda(meetings::read_agenda(s, id))) {
    meetings::replace_agenda(s, id, meetings::parse_agenda(*r.agenda));
    changed = true;
  }
  // A calendar's SEQUENCE never goes back; a change moves it past both versions.
  std::int64_t sequence =
      std::max<std::int64_t>(now.sequence + (changed ? 1 : 0), r.sequence.value_or(0));
  if (!changed && sequence == now.sequence) return false;
  meetings::set_if_changed(s, id, Column::Sequence, std::optional(sequence));
  meetings::set_if_changed(s, id, Column::UpdatedAt, std::optional(s.clock.utc_stamp()));
  db::audit(s, "import", "meeting", id, "updated");
  return true;
}

// The meetings planned relative to those whose date the file changed, when they no longer
// keep their place: warnings, since an import never moves a meeting the file does not name.
void name_out_of_step(const Session& s, const std::set<std::int64_t>& moved, ImportSummary& sum) {
  for (std::int64_t id : moved) {
    for (const auto& d : out_of_step_dependents(s, MeetingId{id})) {
      sum.warnings.push_back(
          {0, fmt::format("{} on {} ({}) now comes {}; see 'lpg meeting move --follow'",
                          d.meeting.group_name, format_date(date_of(d.meeting.starts)), d.relation,
                          d.now)});
    }
  }
}

// A row without a uid (a hand-made list, not lpg's export) is the group's meeting at its
// start, so that importing the list again adds nothing; two there make it ambiguous.
std::optional<std::int64_t> by_start(const Session& s, const CsvRow& r) {
  auto ids = meetings::meetings_starting(s, r.group, r.starts_at);
  if (ids.size() > 1) {
    throw Error(ErrorKind::Conflict,
                fmt::format("{} has {} meetings at {}; give the uid of the one meant", r.group_name,
                            ids.size(), r.starts_at));
  }
  if (ids.empty()) return std::nullopt;
  return ids.front();
}

}  // namespace

ImportSummary import_meetings(const Session& s, const ListImportOptions& o) {
  std::set<std::int64_t> moved;
  auto after = [&](ImportSummary& sum) { name_out_of_step(s, moved, sum); };
  return import::each_row(
      s, o, meeting_columns(), {"uid", "date"}, "meeting",
      [&](const import::Get& get, ImportSummary& sum) {
        CsvRow r = read_row(s, get);
        // A uid goes into every calendar and invitation lpg writes: one line, as any other.
        std::string uid = get("uid");
        if (!uid.empty()) check_line(uid, "uid");
        std::optional<std::int64_t> id;
        if (!get("id").empty()) id = import::checked_int(get("id"), 1, INT64_MAX, "id");
        std::optional<std::int64_t> match;
        if (!uid.empty()) {
          match = meetings::meeting_by_uid(s, uid);
        } else if (id && !meetings::meeting_id_free(s, *id)) {
          match = id;
        } else {
          match = by_start(s, r);
        }
        if (!match) {
          add_meeting(s, r, id, uid);
          ++sum.added;
          return;
        }
        Meeting now = get_meeting(s, MeetingId{*match});
        bool updated = update_meeting(s, r, now);
        ++(updated ? sum.updated : sum.unchanged);
        if (format_local_time(now.starts) != r.starts_at) moved.insert(now.id);
      },
      after);
}

}  // namespace lpg
