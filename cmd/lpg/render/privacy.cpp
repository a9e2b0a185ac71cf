// SPDX-License-Identifier: MIT
#include "render/privacy.hpp"

namespace lpg::render {

namespace {

// Columns whose table header is the key itself.
std::vector<Column> keys(std::initializer_list<const char*> names) {
  std::vector<Column> out;
  for (const char* name : names) out.push_back({name, ""});
  return out;
}

Cell day(const std::optional<std::string>& iso) { return iso ? Cell{DateCell{*iso}} : Cell{}; }

Table memberships(const PersonExport& e) {
  Table t(keys({"id", "group", "kind", "core_category", "role", "from_date", "to_date", "note"}));
  for (const auto& m : e.memberships) {
    t.add({m.id, m.group, m.kind, optional_cell(m.core_category), optional_cell(m.role),
           DateCell{m.from_date}, day(m.to_date), m.note});
  }
  return t;
}

Table attendance(const PersonExport& e) {
  Table t(keys({"meeting_id", "group", "date", "status", "represented_by", "representing"}));
  for (const auto& a : e.attendance) {
    t.add({a.meeting_id, a.group, DateCell{a.date}, a.status, optional_cell(a.represented_by),
           optional_cell(a.representing)});
  }
  return t;
}

Table actions(const PersonExport& e) {
  Table t(keys({"id", "meeting_id", "group", "text", "status", "due", "done_on"}));
  for (const auto& a : e.actions) {
    t.add({a.id, a.meeting_id, a.group, a.text, a.status, day(a.due), day(a.done_on)});
  }
  return t;
}

Table minutes(const PersonExport& e) {
  Table t(keys({"meeting_id", "group", "version", "recorded_at"}));
  for (const auto& m : e.minutes_recorded) t.add({m.meeting_id, m.group, m.version, m.recorded_at});
  return t;
}

Table mail(const PersonExport& e) {
  Table t(keys({"meeting_id", "group", "what", "sequence", "address", "at"}));
  for (const auto& m : e.mail) {
    t.add({m.meeting_id, m.group, m.what, std::int64_t{m.sequence}, m.address, m.at});
  }
  return t;
}

Table audit(const PersonExport& e) {
  Table t(keys({"id", "at", "os_user", "command", "action", "entity", "entity_id", "detail"}));
  for (const auto& a : e.audit_log) {
    t.add({a.id, a.at, a.os_user, a.command, a.action, a.entity, optional_cell(a.entity_id),
           a.detail});
  }
  return t;
}

Table former(const PersonExport& e) {
  Table t(keys({"field", "value"}));
  for (const auto& v : e.former_values) t.add({v.field, v.value});
  return t;
}

}  // namespace

Record forgotten_record(const Forgotten& f) {
  Record r;
  r.add("id", f.id)
      .add("name", f.placeholder)
      .add("erased_at", f.erased_at, "erased at")
      .add("memberships_kept", f.memberships, "memberships kept")
      .add("attendance_kept", f.attendance, "attendance kept")
      .add("actions_kept", f.actions, "actions kept")
      .add("audit_rows_scrubbed", f.audit_rows_scrubbed, "audit rows scrubbed")
      .add("minutes_scrubbed", f.minutes_scrubbed, "minutes scrubbed");
  return r;
}

Record export_record(const PersonExport& e) {
  Record r;
  r.add("id", e.id)
      .add("name", e.name)
      .add("email", optional_cell(e.email))
      .add("phone", optional_cell(e.phone))
      .add("job_title", optional_cell(e.job_title), "job title")
      .add("note", e.note)
      .add("org_id", optional_cell(e.org_id), "organisation id")
      .add("organisation", optional_cell(e.org))
      .add("organisation_sector", optional_cell(e.org_sector), "organisation sector")
      .add("created_at", e.created_at, "created at")
      .add("updated_at", e.updated_at, "updated at")
      .add("erased_at", optional_cell(e.erased_at), "erased at")
      .add("exported_at", e.exported_at, "exported at");
  return r;
}

std::vector<Section> export_sections(const PersonExport& e) {
  return {{"memberships", memberships(e)},
          {"attendance", attendance(e)},
          {"actions", actions(e)},
          {"minutes_recorded", minutes(e)},
          {"mail", mail(e)},
          {"audit_log", audit(e)},
          {"values_held", former(e)}};
}

Table prune_table(const std::vector<PruneCandidate>& people) {
  Table t({{"id", ""}, {"name", ""}, {"last_left", "last left"}});
  for (const auto& p : people) t.add({p.id, p.name, DateCell{p.last_left}});
  return t;
}

}  // namespace lpg::render
