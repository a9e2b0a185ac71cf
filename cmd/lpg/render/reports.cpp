// SPDX-License-Identifier: MIT
#include "render/reports.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/dashboard_html.hpp"
#include "render/meetings.hpp"

namespace lpg::render {

namespace {

using Json = nlohmann::ordered_json;

std::string actions_text(const std::vector<ActionItem>& actions) {
  std::string text;
  for (const auto& a : actions) {
    text += (text.empty() ? "" : "; ") + a.text + (a.due.empty() ? "" : " (due " + a.due + ")");
  }
  return text;
}

std::string owed_text(const std::vector<MinutesStatus>& owed) {
  std::string text;
  for (const auto& m : owed) {
    std::string what;
    for (const auto& o : m.owed) what += (what.empty() ? "" : ", ") + o;
    text += (text.empty() ? "" : "; ") + format_date(date_of(m.meeting.starts)) + ": " + what;
  }
  return text;
}

Json actions_json(const std::vector<ActionItem>& actions) {
  Json out = Json::array();
  for (const auto& a : actions) {
    out.push_back({{"id", a.id},
                   {"text", a.text},
                   {"owner", a.owner},
                   {"due", a.due.empty() ? Json() : Json(a.due)},
                   {"overdue", a.overdue}});
  }
  return out;
}

}  // namespace

Table reminders_table(const std::vector<Reminder>& list) {
  Table t({{"meeting_id", "id"},
           {"group", ""},
           {"date", ""},
           {"time", ""},
           {"place", ""},
           {"name", ""},
           {"organisation", ""},
           {"email", ""},
           {"open_actions", "their open actions"},
           {"minutes_owed", "minutes owed"}});
  for (const auto& r : list) {
    const std::string owed = owed_text(r.minutes_owed);  // the same on each recipient's line
    auto row = [&](Cell name, Cell org, Cell email, Cell actions) {
      t.add({r.meeting.id, r.meeting.group_name, date_cell(date_of(r.meeting.starts)),
             clock_time(r.meeting.starts), r.place, std::move(name), std::move(org),
             std::move(email), std::move(actions), owed});
    };
    if (r.recipients.empty()) row({}, {}, {}, {});
    for (const auto& who : r.recipients) {
      row(who.name, who.organisation, who.email, actions_text(who.open_actions));
    }
  }
  return t;
}

std::string reminders_json(const std::vector<Reminder>& list) {
  Json out = Json::array();
  for (const auto& r : list) {
    Json people = Json::array();
    for (const auto& who : r.recipients) {
      people.push_back({{"name", who.name},
                        {"organisation", who.organisation},
                        {"email", who.email.empty() ? Json() : Json(who.email)},
                        {"open_actions", actions_json(who.open_actions)}});
    }
    Json owed = Json::array();
    for (const auto& m : r.minutes_owed) {
      owed.push_back({{"meeting_id", m.meeting.id},
                      {"date", format_date(date_of(m.meeting.starts))},
                      {"due", m.due},
                      {"owed", m.owed}});
    }
    out.push_back({{"meeting_id", r.meeting.id},
                   {"uid", r.meeting.uid},
                   {"group", r.meeting.group_name},
                   {"date", format_date(date_of(r.meeting.starts))},
                   {"time", clock_time(r.meeting.starts)},
                   {"duration", format_duration(r.meeting.duration)},
                   {"place", r.place},
                   {"recipients", people},
                   {"open_actions", actions_json(r.open_actions)},
                   {"minutes_owed", owed}});
  }
  return out.dump(2) + "\n";
}

Record composition_record(const Composition& c) {
  Record r;
  r.add("scope", c.scope);
  r.add("counting", c.basis == CompositionBasis::Members ? "member organisations" : "attendees");
  r.add("as_of", c.as_of);
  r.add("total", c.total);
  r.add("settings_represented", c.settings_represented);
  r.add("settings_total", c.settings_total);
  r.add("coverage_percent", c.coverage_percent);
  std::string sectors;
  for (const auto& slug : c.coverage_sectors) sectors += (sectors.empty() ? "" : ", ") + slug;
  r.add("coverage_sectors", sectors);
  return r;
}

Table composition_table(const Composition& c) {
  Table t({{"sector", ""}, {"name", ""}, {"setting", ""}, {"count", ""}, {"percent", ""}});
  for (const auto& s : c.sectors) t.add({s.sector, s.name, s.setting, s.count, s.percent});
  return t;
}

Table attendance_table(const std::vector<AttendanceLine>& lines, AttendanceBy by) {
  std::vector<Column> cols;
  cols.push_back({by == AttendanceBy::Sector ? "sector" : "id", ""});
  cols.push_back({"name", ""});
  if (by == AttendanceBy::Member) cols.push_back({"organisation", ""});
  if (by == AttendanceBy::Member || by == AttendanceBy::Organisation)
    cols.push_back({"sector", ""});
  for (const char* key : {"recorded", "present", "represented", "apologies", "absent", "rate"})
    cols.push_back({key, ""});
  Table t(std::move(cols));
  for (const auto& l : lines) {
    std::vector<Cell> row;
    if (by == AttendanceBy::Sector) {
      row.emplace_back(l.sector);
    } else {
      row.emplace_back(l.id);
    }
    row.emplace_back(l.name);
    if (by == AttendanceBy::Member) row.emplace_back(l.organisation);
    if (by == AttendanceBy::Member || by == AttendanceBy::Organisation) row.emplace_back(l.sector);
    for (std::int64_t v : {l.recorded, l.present, l.represented, l.apologies, l.absent})
      row.emplace_back(v);
    row.emplace_back(l.rate);
    t.add(std::move(row));
  }
  return t;
}

Table compliance_table(const std::vector<ComplianceLine>& lines) {
  Table t({{"group_id", "id"},
           {"group", ""},
           {"period", ""},
           {"cadence", ""},
           {"held", ""},
           {"expected", ""},
           {"minutes_rule", "minutes"},
           {"minutes_due", ""},
           {"minutes_on_time", ""},
           {"chair", ""},
           {"safeguarding_lead", "safeguarding"},
           {"missing_roles", "missing roles"},
           {"unfilled", "unfilled categories"},
           {"overdue_actions", "overdue"},
           {"out_of_step", "out of step"},
           {"gaps", ""}});
  for (const auto& l : lines) {
    std::string unfilled, gaps, roles;
    for (const auto& u : l.unfilled) unfilled += (unfilled.empty() ? "" : ", ") + u;
    for (const auto& r : l.missing_roles) roles += (roles.empty() ? "" : ", ") + r;
    for (const auto& g : l.gaps) gaps += (gaps.empty() ? "" : "; ") + g;
    t.add({l.group_id, l.group, l.period, l.cadence, l.held, optional_cell(l.expected),
           l.minutes_rule, l.minutes_due, l.minutes_on_time, l.chair, l.safeguarding_lead, roles,
           unfilled, l.overdue_actions, static_cast<std::int64_t>(l.out_of_step.size()), gaps});
  }
  return t;
}

Table directory_table(const std::vector<DirectoryEntry>& entries) {
  Table t({{"id", ""},
           {"name", ""},
           {"sector", ""},
           {"address", ""},
           {"phone", ""},
           {"email", ""},
           {"funded_places", "funded places"},
           {"groups", ""}});
  for (const auto& e : entries) {
    t.add({e.org_id, e.name, e.sector, e.address, e.phone, e.email, optional_cell(e.funded_places),
           e.groups});
  }
  return t;
}

}  // namespace lpg::render
