// SPDX-License-Identifier: MIT
#include <lpg/dates.hpp>
#include <lpg/errors.hpp>

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace lpg {

namespace {

// Reads exactly `width` digits at `pos`; false if they are not all digits.
bool digits(std::string_view text, std::size_t pos, std::size_t width, int& out) {
  if (pos + width > text.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

std::string shown(std::string_view text) {
  return text.size() > 40 ? std::string(text.substr(0, 40)) + "..." : std::string(text);
}

[[noreturn]] void bad(std::string_view what, std::string_view text, std::string_view expected) {
  throw Error(ErrorKind::Invalid, fmt::format("invalid {} '{}'", what, shown(text)),
              fmt::format("expected {}", expected));
}

std::optional<Date> make_date(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  Date day{date::year{y}, date::month{static_cast<unsigned>(m)},
           date::day{static_cast<unsigned>(d)}};
  if (!day.ok()) return std::nullopt;
  return day;
}

// ISO 8601, YYYY-MM-DD: what lpg stores and writes.
std::optional<Date> try_date(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
      !digits(text, 5, 2, m) || !digits(text, 8, 2, d)) {
    return std::nullopt;
  }
  return make_date(y, m, d);
}

// The parts of D/M/YYYY or D-M-YYYY, day first (as tables print with date_style = "uk" and a
// UK spreadsheet saves them). False when the text does not have that shape: one or two digits,
// the same separator twice, then digits for the year.
bool day_first_parts(std::string_view text, int& d, int& m, std::string_view& year) {
  auto a = text.find_first_of("/-");
  if (a == 0 || a > 2 || a == std::string_view::npos) return false;
  char sep = text[a];
  auto b = text.find(sep, a + 1);
  if (b == std::string_view::npos || b - a - 1 < 1 || b - a - 1 > 2) return false;
  year = text.substr(b + 1);
  return digits(text, 0, a, d) && digits(text, a + 1, b - a - 1, m) && !year.empty() &&
         year.size() <= 4 && year.find_first_not_of("0123456789") == std::string_view::npos;
}

std::optional<Date> try_day_first(std::string_view text) {
  int d = 0, m = 0, y = 0;
  std::string_view year;
  if (!day_first_parts(text, d, m, year) || year.size() != 4) return std::nullopt;
  digits(year, 0, 4, y);
  return make_date(y, m, d);
}

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// "24 Sep 2026" (date_style = "long") or "24 September 2026", any case.
std::optional<Date> try_long(std::string_view text) {
  auto a = text.find(' ');
  auto b = a == std::string_view::npos ? a : text.find(' ', a + 1);
  if (a == 0 || a > 2 || b == std::string_view::npos || text.size() - b - 1 != 4) {
    return std::nullopt;
  }
  int d = 0, y = 0;
  if (!digits(text, 0, a, d) || !digits(text, b + 1, 4, y)) return std::nullopt;
  std::string name;
  for (char c : text.substr(a + 1, b - a - 1)) {
    name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
    if (name.size() >= 3 && kMonthNames[i].starts_with(name) &&
        (name.size() == 3 || name == kMonthNames[i])) {
      return make_date(y, static_cast<int>(i) + 1, d);
    }
  }
  return std::nullopt;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::optional<Date> try_any_date(std::string_view text) {
  if (auto day = try_date(text)) return day;
  if (auto day = try_day_first(text)) return day;
  return try_long(text);
}

constexpr const char* kDateForms =
    "YYYY-MM-DD or DD/MM/YYYY (day first), e.g. 2027-01-14 or 14/01/2027";

// Why `text`, which is no date, was refused: the hint for the form it looks like.
std::string date_hint(std::string_view text) {
  int d = 0, m = 0;
  std::string_view year;
  if (day_first_parts(text, d, m, year)) {
    if (year.size() == 2)
      return fmt::format("write the year in full: {:02}/{:02}/20{}", d, m, year);
    if (year.size() != 4) return "write the year in full, four digits: DD/MM/YYYY";
    return "not a date on the calendar: dates with slashes are read day first, DD/MM/YYYY";
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    return "expected a real calendar date as YYYY-MM-DD, e.g. 2027-01-14";
  }
  return fmt::format("expected {}", kDateForms);
}

std::optional<Minutes> try_time(std::string_view text) {
  int h = 0, m = 0;
  if (text.size() != 5 || text[2] != ':' || !digits(text, 0, 2, h) || !digits(text, 3, 2, m) ||
      h > 23 || m > 59) {
    return std::nullopt;
  }
  return Minutes{h * 60 + m};
}

}  // namespace

Date parse_date(std::string_view text, std::string_view what) {
  if (auto day = try_any_date(trimmed(text))) return *day;
  throw Error(ErrorKind::Invalid, fmt::format("invalid {} '{}'", what, shown(text)),
              date_hint(trimmed(text)));
}

namespace {

// `e` (a refusal of a value) with where the value was given put before it.
Error at(std::string_view where, const Error& e) {
  return Error(e.kind(), fmt::format("{}: {}", where, e.what()), e.hint());
}

}  // namespace

Date parse_date_at(std::string_view text, std::string_view where) {
  try {
    return parse_date(text);
  } catch (const Error& e) {
    throw at(where, e);
  }
}

std::string parse_utc_stamp_at(std::string_view raw, std::string_view where) {
  std::string_view text = trimmed(raw);
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  bool shaped = text.size() == 20 && digits(text, 0, 4, y) && text[4] == '-' &&
                digits(text, 5, 2, mo) && text[7] == '-' && digits(text, 8, 2, d) &&
                text[10] == 'T' && digits(text, 11, 2, h) && text[13] == ':' &&
                digits(text, 14, 2, mi) && text[16] == ':' && digits(text, 17, 2, sec) &&
                text[19] == 'Z';
  if (!shaped || !make_date(y, mo, d) || h > 23 || mi > 59 || sec > 59) {
    throw Error(ErrorKind::Invalid, fmt::format("{}: invalid timestamp '{}'", where, shown(text)),
                "expected a UTC timestamp such as 2026-11-30T09:00:00Z");
  }
  return std::string(text);
}

Minutes parse_time_of_day_at(std::string_view text, std::string_view where) {
  try {
    return parse_time_of_day(text);
  } catch (const Error& e) {
    throw at(where, e);
  }
}

Minutes parse_time_of_day(std::string_view text, std::string_view what) {
  if (auto t = try_time(text)) return *t;
  bad(what, text, "HH:MM on the 24-hour clock, e.g. 18:30");
}

// A date in any form parse_date reads, then a space (or ISO's T) and HH:MM.
LocalTime parse_local_time(std::string_view raw, std::string_view what) {
  std::string_view text = trimmed(raw);
  auto split = text.rfind(' ');
  if (split == std::string_view::npos && text.size() == 16 && text[10] == 'T') split = 10;
  if (split != std::string_view::npos) {
    auto day = try_any_date(trimmed(text.substr(0, split)));
    auto time = try_time(text.substr(split + 1));
    if (day && time) return date::local_days{*day} + *time;
    if (time) {
      std::string_view part = trimmed(text.substr(0, split));
      int d = 0, m = 0;
      std::string_view year;
      bool shaped = (part.size() == 10 && part[4] == '-' && part[7] == '-') ||
                    (day_first_parts(part, d, m, year) && year.size() == 4);
      throw Error(
          ErrorKind::Invalid, fmt::format("invalid {} '{}'", what, shown(raw)),
          shaped ? fmt::format("{} is not a date on the calendar", shown(part)) : date_hint(part));
    }
  }
  if (try_time(text)) bad(what, raw, "a date as well as a time: YYYY-MM-DD HH:MM");
  bad(what, raw, "a date and a time, e.g. \"2027-01-14 18:30\" or \"14/01/2027 18:30\"");
}

LocalTime parse_local_time_at(std::string_view text, std::string_view where) {
  try {
    return parse_local_time(text);
  } catch (const Error& e) {
    throw at(where, e);
  }
}

Minutes parse_duration(std::string_view text, std::string_view what) {
  static constexpr std::array<std::pair<char, int>, 4> kUnits = {
      {{'w', 7 * 24 * 60}, {'d', 24 * 60}, {'h', 60}, {'m', 1}}};
  std::int64_t total = 0;
  std::size_t pos = 0;
  std::size_t unit_index = 0;  // units must come largest first, each at most once
  if (text.empty()) bad(what, text, "a duration such as 90m, 1h30m, 21d or 2w");
  while (pos < text.size()) {
    std::int64_t n = 0;
    if (text[pos] < '0' || text[pos] > '9')
      bad(what, text, "a duration such as 90m, 1h30m, 21d or 2w");
    auto [end, ec] = std::from_chars(text.data() + pos, text.data() + text.size(), n);
    std::size_t used = static_cast<std::size_t>(end - (text.data() + pos));
    if (ec != std::errc{} || used == 0 || used > 6 || pos + used >= text.size()) {
      bad(what, text, "a duration such as 90m, 1h30m, 21d or 2w");
    }
    pos += used;
    char unit = text[pos++];
    while (unit_index < kUnits.size() && kUnits[unit_index].first != unit) ++unit_index;
    if (unit_index == kUnits.size()) bad(what, text, "a duration such as 90m, 1h30m, 21d or 2w");
    total += n * kUnits[unit_index++].second;
  }
  return Minutes{total};
}

Minutes parse_duration_at(std::string_view text, std::string_view where) {
  try {
    return parse_duration(text);
  } catch (const Error& e) {
    throw at(where, e);
  }
}

std::string format_date(Date day) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                     static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

std::string format_date(Date day, std::string_view style) {
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int y = static_cast<int>(day.year());
  unsigned m = static_cast<unsigned>(day.month());
  unsigned d = static_cast<unsigned>(day.day());
  if (style == "uk") return fmt::format("{:02}/{:02}/{:04}", d, m, y);
  if (style == "long") return fmt::format("{} {} {}", d, kMonths.at(m - 1), y);
  return format_date(day);
}

std::string format_local_time(LocalTime time) {
  auto day = date::floor<date::days>(time);
  auto minutes = (time - day).count();
  return fmt::format("{} {:02}:{:02}", format_date(Date{day}), minutes / 60, minutes % 60);
}

std::string format_duration(Minutes duration) {
  auto total = duration.count();
  if (total % (24 * 60) == 0 && total > 0) return fmt::format("{}d", total / (24 * 60));
  if (total < 60) return fmt::format("{}m", total);
  if (total % 60 == 0) return fmt::format("{}h", total / 60);
  return fmt::format("{}h{}m", total / 60, total % 60);
}

const date::time_zone* find_zone(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    throw Error(ErrorKind::Config, fmt::format("unknown time zone '{}'", name),
                "use a tz database name such as Europe/London (is tzdata installed?)");
  }
}

// LPG_NOW: YYYY-MM-DD, or YYYY-MM-DD[T ]HH:MM[:SS] followed by nothing (local), Z, or an
// offset +HH:MM / -HH:MM.
Clock Clock::make(const std::optional<std::string>& pinned, const std::string& zone_name) {
  if (!pinned) {
    return {date::floor<std::chrono::seconds>(std::chrono::system_clock::now()), zone_name,
            nullptr};
  }
  const date::time_zone* zone = find_zone(zone_name);
  std::string_view text = *pinned;
  const char* expected = "an ISO date or date-time, e.g. 2026-11-30T09:00 or 2026-11-30T09:00Z";
  auto day = try_date(text.substr(0, 10));
  if (!day) bad("LPG_NOW", text, expected);
  date::local_seconds local{date::local_days{*day}};
  std::string_view rest = text.substr(10);
  if (!rest.empty()) {
    int h = 0, m = 0, sec = 0;
    if ((rest[0] != 'T' && rest[0] != ' ') || !digits(rest, 1, 2, h) || rest.size() < 6 ||
        rest[3] != ':' || !digits(rest, 4, 2, m) || h > 23 || m > 59) {
      bad("LPG_NOW", text, expected);
    }
    rest = rest.substr(6);
    if (!rest.empty() && rest[0] == ':') {
      if (!digits(rest, 1, 2, sec) || sec > 59) bad("LPG_NOW", text, expected);
      rest = rest.substr(3);
    }
    local += std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{sec};
  }
  if (rest.empty()) {
    return {
        date::zoned_time<std::chrono::seconds>(zone, local, date::choose::earliest).get_sys_time(),
        zone_name, zone};
  }
  int oh = 0, om = 0;
  if (rest == "Z") {
    return {date::sys_seconds{local.time_since_epoch()}, zone_name, zone};
  }
  if ((rest[0] == '+' || rest[0] == '-') && rest.size() == 6 && rest[3] == ':' &&
      digits(rest, 1, 2, oh) && digits(rest, 4, 2, om)) {
    auto offset = std::chrono::hours{oh} + std::chrono::minutes{om};
    auto utc = date::sys_seconds{local.time_since_epoch()};
    return {rest[0] == '+' ? utc - offset : utc + offset, zone_name, zone};
  }
  bad("LPG_NOW", text, expected);
}

const date::time_zone* Clock::zone() const {
  if (zone_ == nullptr) zone_ = find_zone(zone_name_);
  return zone_;
}

std::chrono::sys_seconds instant_of(const Clock& clock, LocalTime time) {
  return date::zoned_time<std::chrono::seconds>(clock.zone(), time, date::choose::earliest)
      .get_sys_time();
}

std::optional<std::string> check_wall_clock(const Clock& clock, LocalTime time,
                                            std::string_view what) {
  date::local_info info = clock.zone()->get_info(time);
  auto hhmm = [](std::chrono::sys_seconds at, const date::time_zone* zone) {
    return date::format("%H:%M", date::zoned_time<std::chrono::seconds>(zone, at));
  };
  if (info.result == date::local_info::nonexistent) {
    // info.first ends and info.second begins at the change: the hour in between is skipped.
    auto change = info.second.begin;
    throw Error(ErrorKind::Invalid,
                fmt::format("{} {} does not exist in {}: the clocks go forward from {} to {} "
                            "that night",
                            what, format_local_time(time), clock.zone()->name(),
                            date::format("%H:%M", change + info.first.offset),
                            date::format("%H:%M", change + info.second.offset)),
                "choose a time before or after that hour");
  }
  if (info.result == date::local_info::ambiguous) {
    auto first = instant_of(clock, time);
    return fmt::format(
        "{} happens twice in {} (the clocks go back at {}): lpg takes the first, "
        "{} {} ({} UTC)",
        format_local_time(time), clock.zone()->name(),
        date::format("%H:%M", info.second.begin + info.first.offset), hhmm(first, clock.zone()),
        info.first.abbrev, date::format("%H:%M", first));
  }
  return std::nullopt;
}

LocalTime Clock::local_now() const {
  auto local = date::zoned_time<std::chrono::seconds>(zone(), now_).get_local_time();
  return date::floor<Minutes>(local);
}

std::string Clock::utc_stamp() const { return date::format("%Y-%m-%dT%H:%M:%SZ", now_); }

}  // namespace lpg
