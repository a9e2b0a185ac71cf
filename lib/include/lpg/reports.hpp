// SPDX-License-Identifier: MIT
#pragma once
// Reports for coordinators and cron: reminders, sector composition, attendance, termly
// compliance and the settings directory. Every report reads one consistent snapshot
// (db::ReadTx), never writes, and takes the same scope: an area (with the areas inside it), a
// group, and a period.
//
// PERIODS ARE INCLUSIVE AT BOTH ENDS, BY THE MEETING'S LOCAL DATE: a meeting at 18:30 on the
// last day of a term counts in that term; one at 00:00 on the day after does not. A term
// period is the term's first to last day (half term included).

#include <lpg/actions.hpp>
#include <lpg/dates.hpp>
#include <lpg/mailbox.hpp>
#include <lpg/meetings.hpp>
#include <lpg/minutes.hpp>
#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// What the user typed for a report's scope; empty strings are "not given".
struct ScopeInput {
  std::string area, group;
  std::string term;      ///< any form find_term takes ("next", "2026/27 autumn")
  std::string from, to;  ///< ISO dates, inclusive
  std::string as_of;     ///< ISO date: the day memberships and roles are judged on
  std::string within;    ///< a duration in days ("21d"): from today (reminders)
};

/// The period a report covers when none is given.
enum class DefaultPeriod {
  Upcoming,      ///< today to today + within (reminders.within)
  AcademicYear,  ///< the academic year holding as_of (1 August to 31 July)
  Term,          ///< the term holding as_of, else the last term before it
  AsOf,          ///< the single day as_of
};

struct ReportScope {
  std::optional<AreaId> area;    ///< this area and every area inside it
  std::optional<GroupId> group;  ///< only this group
  Date from;                     ///< first day, inclusive
  Date to;                       ///< last day, inclusive
  Date as_of;                    ///< --as-of, else the end of an explicit period, else today
  std::string label;             ///< "2026/27 autumn" or "2026-09-01 to 2026-12-31"
};

/// Resolves the references and the period. Throws Error{Usage} for --term with --from/--to or
/// --within, Error{Invalid} for a bad date or a period ending before it starts, and what
/// find_area, find_group and find_term throw.
ReportScope resolve_scope(const Session& s, const ScopeInput& input, DefaultPeriod fallback);

// ---- reminders ---------------------------------------------------------------------------

/// Someone to invite: a current person member, or a person of a current member organisation
/// (an organisation with no people is its own contact).
struct Recipient {
  std::int64_t person_id = 0;  ///< 0 for an organisation's own address
  std::string name;
  std::string organisation;
  std::string email;                     ///< "" when none is held: listed, but not mailed
  std::vector<ActionItem> open_actions;  ///< theirs or their organisation's, in this group
};

struct Reminder {
  Meeting meeting;
  std::string place;                     ///< the venue, or the host's name and address
  std::vector<Recipient> recipients;     ///< by name, then email
  std::vector<ActionItem> open_actions;  ///< every open action of the group
  std::vector<MinutesStatus> minutes_owed;
};

/// Meetings not cancelled and not yet started, in the scope's period, in time order (then
/// group name), each with who to invite on the meeting's day.
std::vector<Reminder> reminders(const Session& s, const ReportScope& scope);

struct ReminderMail {
  /// [a-z0-9.-] only, at most about 100 bytes, unique per meeting and recipient by
  /// construction: "2026-12-10-m3-jo-smith-example-org.eml", or "...-jo-smith-example-org--p7.eml"
  /// when another address of the meeting gave the same name first.
  std::string file_name;
  Mailbox to;           ///< the recipient: their name (only ever a display name) and address
  std::string message;  ///< RFC 5322 text, CRLF line ends
};

/// One invitation for each recipient with an email (one an address a meeting): a plain text
/// reminder and the meeting as a text/calendar METHOD:REQUEST (the UID `meeting export --ics`
/// gives), from reminders.organizer, handed to `sink` one at a time so that thousands of them
/// never sit in memory together. Throws Error{Config} when reminders.organizer is not set. A
/// stored address that is not a valid one is left out and described in `skipped` (when
/// given; else Error{Invalid} is thrown).
void reminder_mails(const Session& s, const std::vector<Reminder>& list,
                    const std::function<void(const ReminderMail&)>& sink,
                    std::vector<std::string>* skipped = nullptr);

struct MailRun {
  std::size_t written = 0;
  std::vector<std::string> skipped;  ///< "meeting 3: address: why", one a recipient left out
};

/// Writes each reminder mail to DIR/file_name through the one output writer (DIR created
/// 0700, each file 0600, replaced whole). Throws Error{Config} as reminder_mails() does,
/// Error{CantCreate|Io|Conflict}.
MailRun write_reminder_mails(const Session& s, const std::vector<Reminder>& list,
                             const std::string& dir);

// ---- composition -------------------------------------------------------------------------

enum class CompositionBasis {
  Members,   ///< organisations that are current members (or employ a person member)
  Attendees  ///< people present or represented at one meeting
};

struct SectorCount {
  std::string sector;  ///< slug; "" for people with no organisation
  std::string name;    ///< "Day nursery"; "No organisation"
  bool setting = false;
  std::int64_t count = 0;
  double percent = 0;  ///< of the total, to one decimal place
};

struct Composition {
  std::string scope;  ///< what was counted: the group, area or meeting
  CompositionBasis basis = CompositionBasis::Members;
  std::string as_of;
  std::vector<SectorCount> sectors;  ///< largest first, then by name
  std::int64_t total = 0;
  std::int64_t settings_represented = 0;  ///< distinct settings counted
  std::int64_t settings_total = 0;        ///< settings that could have been
  double coverage_percent = 0;
  /// The sectors coverage counts, as slugs in sectors() order: the early years settings
  /// unless the caller chose some.
  std::vector<std::string> coverage_sectors;
};

/// Sector mix of current member organisations of the groups in scope on scope.as_of. Coverage:
/// member settings out of the open settings in the area (the group's area for --group), of
/// `coverage_sectors` (slugs or names; empty: every early years setting). Throws
/// Error{Invalid} for an unknown sector.
Composition composition(const Session& s, const ReportScope& scope,
                        const std::vector<std::string>& coverage_sectors);
/// Sector mix of the people present or represented at a meeting. Coverage: member settings of
/// the group on the day with someone there, out of all its member settings (of
/// `coverage_sectors`, as composition() reads them).
Composition meeting_composition(const Session& s, MeetingId meeting,
                                const std::vector<std::string>& coverage_sectors);

// ---- attendance --------------------------------------------------------------------------

enum class AttendanceBy { Member, Organisation, Sector, Group };

struct AttendanceLine {
  std::int64_t id = 0;  ///< person, organisation or group id; 0 for sectors
  std::string name;
  std::string organisation;  ///< with AttendanceBy::Member
  std::string sector;        ///< with Member and Organisation; the slug for Sector
  std::int64_t recorded = 0;
  std::int64_t present = 0;
  std::int64_t represented = 0;
  std::int64_t apologies = 0;
  std::int64_t absent = 0;
  double rate = 0;  ///< (present + represented) / recorded, in percent, one decimal
};

/// Attendance at meetings held in the period (not cancelled, started before now), from the
/// register (guests left out); present and represented count as attending; apologies are
/// counted apart, not as attending. By Member and Group, each person recorded for a meeting
/// counts once. By Organisation and Sector, each organisation counts once a meeting at which
/// any of its people was recorded, with the best status any of them had (present, then
/// represented, apologies, absent); people without an organisation count one by one. `below`
/// (percent) keeps only lines with a lower rate. Ordered by name (sectors in sectors() order).
std::vector<AttendanceLine> attendance_report(const Session& s, const ReportScope& scope,
                                              AttendanceBy by, std::optional<double> below);

// ---- compliance --------------------------------------------------------------------------

struct ComplianceLine {
  std::int64_t group_id = 0;
  std::string group;
  std::string period;  ///< the scope's label: "2026/27 autumn"
  std::string cadence;
  std::int64_t held = 0;
  std::optional<std::int64_t> expected;  ///< from the cadence; none without one
  /// The kind's minutes rule (requirements_of): "submitted", "recorded" or "none".
  std::string minutes_rule;
  std::int64_t minutes_due = 0;      ///< held meetings whose minutes were due by as_of (0: none)
  std::int64_t minutes_on_time = 0;  ///< of those, submitted (or recorded) by the due date
  bool chair = false;                ///< a chair in post (required or not)
  bool safeguarding_lead = false;    ///< a safeguarding lead in post (required or not)
  std::vector<std::string> missing_roles;  ///< roles the kind requires that no member holds
  std::vector<std::string> unfilled;       ///< core categories no current core member fills
  std::int64_t overdue_actions = 0;
  /// Meetings in the period planned relative to another body's (schedule --after, --between)
  /// that no longer keep their place, in words.
  std::vector<std::string> out_of_step;
  std::vector<std::string> gaps;  ///< every shortfall above, in words; empty: compliant
};

/// One line a group in scope that is not archived, by name. What a group must have comes from
/// its kind (requirements_of): the roles, the core categories and the minutes rule. Meetings
/// held: not cancelled, in the period, started before now. Roles and categories on
/// min(as_of, period end). Minutes on time: submitted (rule "submitted") or first recorded
/// (rule "recorded") on or before their due date (minutes.deadline); none asked with "none".
/// Overdue actions: open actions of the group's meetings past due today.
std::vector<ComplianceLine> compliance(const Session& s, const ReportScope& scope);

// ---- directory ---------------------------------------------------------------------------

struct DirectoryEntry {
  std::int64_t org_id = 0;
  std::string name;
  std::string sector;   ///< display name
  std::string address;  ///< address, town and postcode, comma-separated
  std::string phone;
  std::string email;
  std::optional<std::int64_t> funded_places;
  std::string groups;  ///< the groups in scope it belongs to, comma-separated
};

/// Open, unarchived settings (sectors().setting) that are current members of a group in scope
/// on as_of, themselves or through a person member, by name.
std::vector<DirectoryEntry> directory(const Session& s, const ReportScope& scope);

}  // namespace lpg
