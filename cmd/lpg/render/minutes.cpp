// SPDX-License-Identifier: MIT
#include "render/minutes.hpp"

#include <fmt/format.h>

#include <ostream>

#include "render/meetings.hpp"

namespace lpg::render {

namespace {
Cell date_or_null(const std::string& iso) { return iso.empty() ? Cell{} : Cell{DateCell{iso}}; }

std::string names_with(const std::vector<AttendanceRow>& rows, const std::string& status) {
  std::string out;
  for (const auto& r : rows) {
    if (r.status != status) continue;
    std::string name = r.name + (r.guest ? " (guest)" : "");
    if (status == "represented") name += " by " + r.represented_by;
    out += (out.empty() ? "" : ", ") + name;
  }
  return out.empty() ? "none" : out;
}
}  // namespace

Record minutes_record(const MinutesRecord& r) {
  Record rec;
  rec.add("meeting", r.meeting.id)
      .add("group", r.meeting.group_name)
      .add("date", date_cell(date_of(r.meeting.starts)))
      .add("version", r.current ? Cell{std::int64_t{r.current->version}} : Cell{})
      .add("recorded_by", r.current ? Cell{r.current->recorded_by} : Cell{}, "recorded by")
      .add("recorded_at", r.current ? Cell{r.current->recorded_at} : Cell{}, "recorded at")
      .add("converted", r.current ? text_or_null(r.current->converted) : Cell{})
      .add("approved_at", r.approved_at ? Cell{*r.approved_at} : Cell{}, "approved at meeting")
      .add("approved_on", date_or_null(r.approved_on), "approved on")
      .add("submitted_to", text_or_null(r.submitted_to), "submitted to")
      .add("submitted_on", date_or_null(r.submitted_on), "submitted on");
  return rec;
}

void print_minutes_document(std::ostream& out, const MinutesRecord& r,
                            const std::vector<AttendanceRow>& attendance, bool markdown) {
  const Meeting& m = r.meeting;
  std::string day = format_date(date_of(m.starts), "long");
  std::string bullet = markdown ? "- " : "";
  auto field = [&](const char* label, const std::string& value) {
    out << bullet << (markdown ? fmt::format("**{}:** ", label) : fmt::format("{}: ", label))
        << value << '\n';
  };
  out << (markdown ? "# " : "") << m.group_name << " — " << day << "\n\n";
  field("Time", clock_time(m.starts) + ", " + format_duration(m.duration));
  field("Where", m.location().empty() ? "not recorded" : m.location());
  field("Present", names_with(attendance, "present"));
  field("Represented", names_with(attendance, "represented"));
  field("Apologies", names_with(attendance, "apologies"));
  if (r.current) field("Version", std::to_string(r.current->version));
  out << '\n' << (markdown ? "---" : "----") << "\n\n";
  out << (r.current ? r.current->text : std::string("(no minutes yet)"));
  if (r.current && !r.current->text.ends_with('\n')) out << '\n';
}

Table actions_table(const std::vector<ActionItem>& actions) {
  Table table({{"id", ""},
               {"group", ""},
               {"meeting_date", "meeting"},
               {"text", "action"},
               {"owner", ""},
               {"due", ""},
               {"status", ""},
               {"overdue", ""},
               {"orphaned", ""}});
  for (const auto& a : actions) {
    table.add({a.id, a.group_name, DateCell{a.meeting_date}, a.text, a.owner, date_or_null(a.due),
               a.status, a.overdue, a.orphaned});
  }
  return table;
}

Record action_record(const ActionItem& a) {
  std::string carried;
  for (const auto& c : a.carried) {
    carried += (carried.empty() ? "" : ", ") +
               fmt::format("meeting {} ({})", c.meeting_id, c.meeting_date);
  }
  Record r;
  r.add("id", a.id)
      .add("group", a.group_name)
      .add("meeting", a.meeting_id)
      .add("meeting_date", DateCell{a.meeting_date}, "meeting date")
      .add("text", a.text, "action")
      .add("owner", a.owner)
      .add("owner_type", a.owner_type, "owner type")
      .add("due", date_or_null(a.due))
      .add("status", a.status)
      .add("done_on", date_or_null(a.done_on), "done on")
      .add("done_note", text_or_null(a.done_note), "note")
      .add("overdue", a.overdue)
      .add("orphaned", a.orphaned)
      .add("carried_to", text_or_null(carried), "carried to");
  return r;
}

}  // namespace lpg::render
