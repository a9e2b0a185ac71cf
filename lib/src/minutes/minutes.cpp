// SPDX-License-Identifier: MIT
// lpg minutes add|edit|approve|submit: the rules; the rows are minutes_store's.
#include <lpg/errors.hpp>
#include <lpg/minutes.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "minutes/minutes_store.hpp"

namespace lpg {

std::string minutes_text(std::string_view bytes, std::string& converted) {
  converted.clear();
  if (bytes.size() > kMaxMinutesBytes) {
    throw Error(ErrorKind::Invalid,
                fmt::format("the minutes are {} bytes; lpg takes at most 5 MB", bytes.size()),
                "attach large documents elsewhere and keep the minutes as text");
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (bytes.find('\0') != std::string_view::npos) {
    throw Error(ErrorKind::Invalid, "the minutes look like a binary file (they hold NUL bytes)",
                "save them as plain text or Markdown (UTF-8)");
  }
  std::string text(bytes);
  if (!valid_utf8(text)) {
    text = windows1252_to_utf8(bytes);
    converted = "from Windows-1252";
  }
  std::string unix_text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    unix_text += text[i];
  }
  if (trim(unix_text).empty()) throw Error(ErrorKind::Invalid, "the minutes are empty");
  // Tabs and line breaks only: an escape sequence would reach the terminal of whoever runs
  // 'lpg minutes show'.
  check_text(unix_text, "minutes", kMaxMinutesBytes);
  return unix_text;
}

namespace {

Meeting held_meeting(const Session& s, MeetingId id, const char* what) {
  Meeting m = get_meeting(s, id);
  if (m.status == "cancelled") {
    throw Error(ErrorKind::Conflict,
                fmt::format("meeting {} was cancelled: it has no {}", m.id, what));
  }
  if (m.status == "scheduled") {
    throw Error(
        ErrorKind::Conflict,
        fmt::format("meeting {} has not happened yet ({})", m.id, format_local_time(m.starts)),
        fmt::format("{} can be recorded once the meeting has been held", what));
  }
  return m;
}

void add_version(const Session& s, MeetingId id, int version, std::string_view bytes,
                 const std::string& by) {
  check_line(by, "recorded by");
  std::string converted;
  std::string text = minutes_text(bytes, converted);
  meetings::insert_version(s, id.v, version, text, by.empty() ? db::os_user() : by, converted);
  db::audit(s, version == 1 ? "add" : "edit", "minutes", id.v, fmt::format("version {}", version),
            db::people_named(s, by));
}

}  // namespace

MinutesRecord add_minutes(const Session& s, MeetingId id, std::string_view bytes,
                          const std::string& by) {
  db::WriteTx tx(db::connection(s.store));
  held_meeting(s, id, "minutes");
  if (meetings::latest_version(s, id.v) > 0) {
    throw Error(ErrorKind::Conflict, fmt::format("meeting {} already has minutes", id.v),
                "add a new version with 'lpg minutes edit'");
  }
  meetings::insert_minutes(s, id.v);
  add_version(s, id, 1, bytes, by);
  tx.commit();
  return get_minutes(s, id);
}

MinutesRecord edit_minutes(const Session& s, MeetingId id, std::string_view bytes,
                           const std::string& by) {
  db::WriteTx tx(db::connection(s.store));
  int version = meetings::latest_version(s, id.v);
  if (version == 0) {
    throw Error(ErrorKind::NotFound, fmt::format("meeting {} has no minutes yet", id.v),
                "add them with 'lpg minutes add'");
  }
  add_version(s, id, version + 1, bytes, by);
  tx.commit();
  return get_minutes(s, id);
}

std::vector<MinutesVersion> minutes_history(const Session& s, MeetingId id) {
  return meetings::read_versions(s, id.v);
}

MinutesRecord get_minutes(const Session& s, MeetingId id) {
  MinutesRecord r{get_meeting(s, id), {}, {}, {}, {}, {}};
  auto history = minutes_history(s, id);
  if (!history.empty()) r.current = history.back();
  meetings::read_approval(s, id.v, r);
  return r;
}

MinutesRecord approve_minutes(const Session& s, MeetingId id, MeetingId at) {
  db::WriteTx tx(db::connection(s.store));
  Meeting m = get_meeting(s, id);
  if (meetings::latest_version(s, id.v) == 0) {
    throw Error(ErrorKind::NotFound, fmt::format("meeting {} has no minutes to approve", id.v));
  }
  Meeting later = held_meeting(s, at, "approvals");
  if (later.group_id != m.group_id) {
    throw Error(ErrorKind::Invalid,
                fmt::format("meeting {} is of {}, not {}: minutes are approved by their own group",
                            later.id, later.group_name, m.group_name));
  }
  if (later.starts <= m.starts) {
    throw Error(ErrorKind::Invalid,
                fmt::format("meeting {} ({}) is not after meeting {} ({})", later.id,
                            format_local_time(later.starts), m.id, format_local_time(m.starts)),
                "minutes are approved at a later meeting");
  }
  meetings::store_approved(s, id.v, at.v);
  db::audit(s, "approve", "minutes", id.v, fmt::format("at meeting {}", at.v));
  tx.commit();
  return get_minutes(s, id);
}

MinutesRecord submit_minutes(const Session& s, MeetingId id, const std::string& to,
                             std::optional<Date> on) {
  db::WriteTx tx(db::connection(s.store));
  Meeting m = get_meeting(s, id);
  if (meetings::latest_version(s, id.v) == 0) {
    throw Error(ErrorKind::NotFound, fmt::format("meeting {} has no minutes to submit", id.v),
                "add them with 'lpg minutes add'");
  }
  std::string recipient = trim(to.empty() ? display(s.config.minutes_officer) : to);
  if (recipient.empty()) {
    throw Error(ErrorKind::Usage, "who were the minutes sent to?",
                "give --to \"Name <email>\", or set minutes.officer in the configuration");
  }
  check_line(recipient, "submitted to");
  Date day = on.value_or(s.clock.today());
  if (date::sys_days{day} < date::sys_days{date_of(m.starts)}) {
    throw Error(ErrorKind::Invalid, fmt::format("{} is before the meeting ({})", format_date(day),
                                                format_date(date_of(m.starts))));
  }
  meetings::store_submitted(s, id.v, recipient, day);
  db::audit(s, "submit", "minutes", id.v, fmt::format("to {} on {}", recipient, format_date(day)),
            db::people_named(s, recipient));
  tx.commit();
  return get_minutes(s, id);
}

}  // namespace lpg
