// SPDX-License-Identifier: MIT
#include "render/members.hpp"

namespace lpg::render {

namespace {
Cell date_or_null(const std::optional<std::string>& iso) {
  return iso ? Cell{DateCell{*iso}} : Cell{};
}
}  // namespace

Table members_table(const std::vector<Membership>& members) {
  Table table({{"id", ""},
               {"member", ""},
               {"organisation", ""},
               {"sector", ""},
               {"kind", ""},
               {"core_category", "category"},
               {"role", ""},
               {"can_host", "host"},
               {"from", ""},
               {"to", ""}});
  for (const auto& m : members) {
    table.add({m.id, m.member_name, m.person_id ? text_or_null(m.organisation) : Cell{},
               text_or_null(m.sector), m.kind, text_or_null(m.core_category), text_or_null(m.role),
               m.can_host, DateCell{m.from_date}, date_or_null(m.to_date)});
  }
  return table;
}

Table member_contacts_table(const std::vector<Membership>& members) {
  Table table({{"id", ""},
               {"group", ""},
               {"role", ""},
               {"member", ""},
               {"organisation", ""},
               {"email", ""},
               {"phone", ""},
               {"kind", ""},
               {"core_category", "category"},
               {"from", ""},
               {"to", ""}});
  for (const auto& m : members) {
    table.add({m.id, m.group_name, text_or_null(m.role), m.member_name,
               m.person_id ? text_or_null(m.organisation) : Cell{}, text_or_null(m.email),
               text_or_null(m.phone), m.kind, text_or_null(m.core_category), DateCell{m.from_date},
               date_or_null(m.to_date)});
  }
  return table;
}

Record member_record(const Membership& m) {
  Record r;
  r.add("id", m.id)
      .add("group", m.group_name)
      .add("member", m.member_name)
      .add("member_type", m.person_id ? "person" : "organisation", "member type")
      .add("organisation", text_or_null(m.organisation))
      .add("email", text_or_null(m.email))
      .add("phone", text_or_null(m.phone))
      .add("kind", m.kind)
      .add("core_category", text_or_null(m.core_category), "category")
      .add("role", text_or_null(m.role))
      .add("can_host", m.can_host, "can host")
      .add("from", DateCell{m.from_date})
      .add("to", date_or_null(m.to_date))
      .add("note", text_or_null(m.note));
  return r;
}

}  // namespace lpg::render
