// SPDX-License-Identifier: MIT
#pragma once
// Meetings, attendance and actions as flat rows: what `lpg export meetings|attendance|actions`
// writes and `lpg import meetings|attendance|actions` reads back. A round trip changes nothing.
//
// References to people and organisations are written as "#id" beside the name (and the email
// for people); on import the id is trusted only when the name agrees, else the email or the
// name decides, so a file exported from another database lands on the right people.

#include <lpg/columns.hpp>
#include <lpg/import.hpp>
#include <lpg/meetings.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// One meeting as exported: every stored field, the agenda folded into one text.
struct MeetingRecord {
  std::int64_t id = 0;
  std::string uid;
  std::string group;
  std::string date;            ///< YYYY-MM-DD
  std::string start;           ///< HH:MM, local time
  std::int64_t duration = 90;  ///< minutes
  std::string venue;
  std::optional<std::int64_t> host_id;
  std::string host_name;
  std::string status;  ///< scheduled, held or cancelled
  std::string cancel_reason;
  std::int64_t sequence = 0;  ///< iCalendar SEQUENCE
  std::string schedule_key;   ///< what `meeting schedule` generated it from ("" by hand)
  /// The agenda, one item a line: the title, then its detail on following lines, each
  /// starting with a tab.
  std::string agenda;
};

struct MeetingExportFilter {
  std::optional<GroupId> group;
  std::optional<Date> from, to;  ///< inclusive
  std::optional<MeetingId> meeting;
};

/// The CSV columns of a meeting, in MeetingRecord's order, with their cells: what export
/// meetings writes and import meetings reads, declared once for both (meeting_fields.cpp).
const columns::Columns<MeetingRecord>& meeting_csv_columns();
/// Their names.
const std::vector<std::string>& meeting_columns();

/// Every meeting (cancelled ones too) in time order.
std::vector<MeetingRecord> export_meetings(const Session& s, const MeetingExportFilter& filter);

/// One attendance record.
struct AttendanceRecord {
  std::int64_t meeting_id = 0;
  std::string meeting_uid, group, date;
  std::int64_t person_id = 0;
  std::string name, email;
  std::optional<std::int64_t> org_id;  ///< the person's organisation, for reading only
  std::string organisation;
  std::string status;  ///< present, apologies, absent, represented
  std::optional<std::int64_t> represented_by_id;
  std::string represented_by;  ///< the deputy's name
  bool guest = false;          ///< not a member on the day, themselves or through their org
  std::string recorded_at;     ///< UTC stamp
};

/// The CSV columns of attendance, in AttendanceRecord's order, with their cells (export and
/// import attendance), and their names.
const columns::Columns<AttendanceRecord>& attendance_csv_columns();
const std::vector<std::string>& attendance_columns();

/// Attendance in meeting order, then by name.
std::vector<AttendanceRecord> export_attendance(const Session& s,
                                                const MeetingExportFilter& filter);

/// One action.
struct ActionRecord {
  std::int64_t id = 0;
  std::int64_t meeting_id = 0;
  std::string meeting_uid, group, meeting_date, text;
  std::string owner;  ///< "person:#12" or "org:#3", as `lpg action add --owner` takes
  std::string owner_name;
  std::string due, status, done_on, done_note;
  /// Where it was carried forward: "UID on YYYY-MM-DD" entries separated by "; ".
  std::string carried;
  std::string created_at;
};

struct ActionExportFilter {
  std::optional<GroupId> group;
  bool open_only = false;
};

/// The CSV columns of an action, in ActionRecord's order, with their cells (export and import
/// actions), and their names.
const columns::Columns<ActionRecord>& action_csv_columns();
const std::vector<std::string>& action_columns();

/// Actions in id order.
std::vector<ActionRecord> export_actions(const Session& s, const ActionExportFilter& filter);

/// Imports meetings (the columns export_meetings writes). A row is matched by uid when it has
/// one, else by id; otherwise added, keeping its id and uid when they are free. Recorded
/// history is imported as it is: closed days, clashes with the group's other meetings and
/// archived groups are not checked. A row is rejected for an unknown group or host, a bad
/// date, time, duration or status, a uid held by a meeting of another group, or a schedule
/// key held by another meeting. A changed meeting has its SEQUENCE raised past both the
/// stored and the file's. Same transaction, problem and summary rules as import_people.
ImportSummary import_meetings(const Session& s, const ListImportOptions& options);

/// Imports attendance: a row is matched by (meeting, person) and replaces the status,
/// deputy and guest flag. The meeting is found by meeting_uid, else by its id; the person and
/// the deputy by reference, name and email (see above). Attendance at cancelled or future
/// meetings is imported as recorded. Rejected rows: an unknown meeting or person, a bad
/// status, a representation without a deputy, someone representing themselves.
ImportSummary import_attendance(const Session& s, const ListImportOptions& options);

/// Imports actions, matched by id (which must be of the same meeting), otherwise added with
/// the file's id when it is free. The owner is "person:REF" or "org:REF" (as `action add`
/// takes), checked against owner_name. Carried entries must name meetings of the same group;
/// importing a carry adds no agenda item (the meetings' agendas are imported with them).
/// Rejected rows: an unknown meeting or owner, empty text, a bad date or status, a done
/// action without a done date.
ImportSummary import_actions(const Session& s, const ListImportOptions& options);

}  // namespace lpg
