// SPDX-License-Identifier: MIT
#include "render/meetings.hpp"

#include <fmt/format.h>

#include <array>

namespace lpg::render {

std::string weekday_name(Date day) {
  static constexpr std::array<const char*, 7> kNames = {"Sun", "Mon", "Tue", "Wed",
                                                        "Thu", "Fri", "Sat"};
  return kNames.at(date::weekday{date::sys_days{day}}.c_encoding());
}

std::string clock_time(LocalTime time) {
  auto minutes = (time - date::floor<date::days>(time)).count();
  return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

Table meetings_table(const std::vector<Meeting>& meetings) {
  Table table({{"id", ""},
               {"group", ""},
               {"date", ""},
               {"day", ""},
               {"time", ""},
               {"duration", ""},
               {"location", ""},
               {"status", ""}});
  for (const auto& m : meetings) {
    table.add({m.id, m.group_name, date_cell(date_of(m.starts)), weekday_name(date_of(m.starts)),
               clock_time(m.starts), format_duration(m.duration),
               m.location().empty() ? Cell{} : Cell{m.location()}, m.status});
  }
  return table;
}

Table agenda_table(const std::vector<AgendaItem>& items) {
  Table table({{"position", "#"}, {"title", ""}, {"detail", ""}});
  for (const auto& item : items) {
    table.add({std::int64_t{item.position}, item.title,
               item.detail.empty() ? Cell{} : Cell{item.detail}});
  }
  return table;
}

Table attendance_table(const std::vector<AttendanceRow>& rows) {
  Table table({{"person_id", "id"},
               {"name", ""},
               {"organisation", ""},
               {"status", ""},
               {"represented_by", "represented by"},
               {"guest", ""}});
  for (const auto& r : rows) {
    table.add({r.person_id, r.name, r.organisation.empty() ? Cell{} : Cell{r.organisation},
               r.status, r.represented_by.empty() ? Cell{} : Cell{r.represented_by}, r.guest});
  }
  return table;
}

Table plan_table(const std::vector<PlannedMeeting>& plan) {
  Table table({{"state", ""},
               {"id", ""},
               {"date", ""},
               {"day", ""},
               {"time", ""},
               {"host", ""},
               {"venue", ""},
               {"note", ""}});
  for (const auto& p : plan) {
    Date day = date_of(p.starts);
    table.add({p.state, p.id ? Cell{*p.id} : Cell{}, date_cell(day), weekday_name(day),
               clock_time(p.starts), text_or_null(p.host_name), text_or_null(p.venue),
               text_or_null(p.note)});
  }
  return table;
}

void add_quorum(Record& record, const QuorumResult& q) {
  std::string basis = "members present";
  if (q.fraction) {
    basis = q.core_members == 0   ? "no core members on " + q.day
            : q.core_members == 1 ? "1 core member on " + q.day
                                  : fmt::format("{} core members on {}", q.core_members, q.day);
  }
  bool rule = !q.rule.empty();
  record.add("quorum", rule ? Cell{q.rule} : Cell{})
      .add("quorum_of", rule ? Cell{basis} : Cell{}, "quorum of")
      .add("quorum_required", rule ? Cell{std::int64_t{q.required}} : Cell{}, "members needed")
      .add("quorum_counted", std::int64_t{q.counted}, "members counted")
      .add("members_attending", std::int64_t{q.attended}, "members attending")
      .add("quorate", q.met);
}

Table quorum_table(const QuorumResult& q) {
  Table table({{"membership_id", "id"},
               {"member", ""},
               {"type", ""},
               {"kind", ""},
               {"category", ""},
               {"counted", ""},
               {"why", ""}});
  for (const auto& m : q.members) {
    table.add(
        {m.membership_id, m.member, m.type, m.kind, text_or_null(m.category), m.counted, m.why});
  }
  return table;
}

Record meeting_record(const Meeting& m) {
  Record r;
  r.add("id", m.id)
      .add("group", m.group_name)
      .add("date", date_cell(date_of(m.starts)))
      .add("day", weekday_name(date_of(m.starts)))
      .add("time", clock_time(m.starts))
      .add("duration", format_duration(m.duration))
      .add("venue", m.venue.empty() ? Cell{} : Cell{m.venue})
      .add("host", m.host_name.empty() ? Cell{} : Cell{m.host_name})
      .add("location", m.location().empty() ? Cell{} : Cell{m.location()})
      .add("status", m.status)
      .add("cancel_reason", m.cancel_reason.empty() ? Cell{} : Cell{m.cancel_reason},
           "cancelled because")
      .add("uid", m.uid)
      .add("sequence", std::int64_t{m.sequence});
  return r;
}

}  // namespace lpg::render
