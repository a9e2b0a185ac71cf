// SPDX-License-Identifier: MIT
#pragma once
// Dates, wall-clock times, durations and "now". Meetings are stored as local wall-clock times
// in the configured zone (Europe/London); conversion to UTC goes through the tz database.

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace lpg {

using Date = date::year_month_day;
/// A wall-clock time to the minute, in the configured time zone.
using LocalTime = date::local_time<std::chrono::minutes>;
using Minutes = std::chrono::minutes;

/// THE date-input parser: every date lpg reads from a person or a file goes through it.
/// Reads ISO 8601 (2027-01-14) always, and the other styles lpg prints: DD/MM/YYYY
/// (output.date_style = "uk", and how a UK spreadsheet saves dates; also D/M/YYYY and
/// DD-MM-YYYY) and "14 Jan 2027" (date_style = "long"; the month's name in full or its first
/// three letters, any case). Dates with slashes are always read day first: lpg never reads
/// MM/DD/YYYY, so 01/02/2027 is 1 February. Spaces around the text are ignored.
/// Throws Error{Invalid} naming `what` and the text ("2027-02-30"), with a hint for the form
/// the text looks like (a two-digit year, an impossible day).
Date parse_date(std::string_view text, std::string_view what = "date");
/// parse_date() for a date given at `where`: a command's option ("--from") or a file's column
/// ("from", which the import puts after "FILE:LINE: "). Every such date is refused in the same
/// words, "WHERE: invalid date 'TEXT'", with parse_date()'s hint.
Date parse_date_at(std::string_view text, std::string_view where);
/// Parses HH:MM (24-hour). Throws Error{Invalid}.
Minutes parse_time_of_day(std::string_view text, std::string_view what = "time");
/// parse_time_of_day() for a time given at `where`, as parse_date_at(): "WHERE: invalid time
/// 'TEXT'".
Minutes parse_time_of_day_at(std::string_view text, std::string_view where);
/// Parses a date as parse_date() reads it, a space, and HH:MM ("2027-01-14 18:30",
/// "14/01/2027 18:30"), or ISO's "2027-01-14T18:30". A time without a date is refused.
LocalTime parse_local_time(std::string_view text, std::string_view what = "date and time");
/// parse_local_time() for a value given at `where`, as parse_date_at(): "WHERE: invalid date and
/// time 'TEXT'".
LocalTime parse_local_time_at(std::string_view text, std::string_view where);
/// Parses a duration: "90m", "2h", "1h30m", "21d", "2w". Throws Error{Invalid}.
Minutes parse_duration(std::string_view text, std::string_view what = "duration");
/// parse_duration() for a duration given at `where`: "WHERE: invalid duration 'TEXT'".
Minutes parse_duration_at(std::string_view text, std::string_view where);

/// A UTC timestamp as lpg writes one ("2026-11-30T09:00:00Z": an archive time in an export),
/// checked to be a real moment and returned as given. Throws Error{Invalid}: "WHERE: invalid
/// timestamp 'TEXT'", as parse_date_at().
std::string parse_utc_stamp_at(std::string_view text, std::string_view where);

/// ISO 8601: 2026-11-30.
std::string format_date(Date day);
/// In a display style: "iso" (2026-11-30), "uk" (30/11/2026), "long" (30 Nov 2026).
std::string format_date(Date day, std::string_view style);
/// "2027-01-14 18:30".
std::string format_local_time(LocalTime time);
/// "90m", "2h", "1h30m".
std::string format_duration(Minutes duration);

inline Date date_of(LocalTime time) { return Date{date::floor<date::days>(time)}; }

/// "Now", fixed for a whole command. LPG_NOW pins it so tests and cron rehearsals are
/// deterministic.
class Clock {
 public:
  /// The system clock, or LPG_NOW when `pinned` is given: an ISO date or date-time, local to
  /// `zone` unless it ends in Z or carries an offset. Throws Error{Invalid} for a bad LPG_NOW
  /// and Error{Config} for an unknown zone.
  static Clock make(const std::optional<std::string>& pinned, const std::string& zone);

  std::chrono::sys_seconds now() const { return now_; }
  LocalTime local_now() const;
  Date today() const { return date_of(local_now()); }
  /// "2026-11-30T09:00:00Z", for audit records.
  std::string utc_stamp() const;
  /// The configured zone, looked up on first use: finding it reads the tz database's
  /// directory, which would otherwise triple the start-up time of commands that never ask.
  const date::time_zone* zone() const;

 private:
  Clock(std::chrono::sys_seconds now, std::string zone_name, const date::time_zone* zone)
      : now_(now), zone_name_(std::move(zone_name)), zone_(zone) {}
  std::chrono::sys_seconds now_;
  std::string zone_name_;
  mutable const date::time_zone* zone_;
};

/// The instant a wall-clock time names in the clock's zone: the first of two when the clocks go
/// back (01:30 on the last Sunday of October is 01:30 BST).
std::chrono::sys_seconds instant_of(const Clock& clock, LocalTime time);

/// Checks a wall-clock time a meeting is given. One that does not exist (the hour the clocks
/// go forward: 2027-03-28 01:30 in Europe/London) is refused with Error{Invalid} naming `what`;
/// one that happens twice (the hour the clocks go back) gives a note saying the first is meant,
/// as instant_of() takes it; any other gives nullopt.
std::optional<std::string> check_wall_clock(const Clock& clock, LocalTime time,
                                            std::string_view what);

/// The zone named in the configuration. Throws Error{Config} when the tz database lacks it.
const date::time_zone* find_zone(const std::string& name);

}  // namespace lpg
