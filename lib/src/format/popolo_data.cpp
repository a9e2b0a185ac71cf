// SPDX-License-Identifier: MIT
#include "format/popolo_data.hpp"

#include <lpg/interrupt.hpp>
#include <lpg/refs.hpp>

#include <algorithm>
#include <map>

#include "area/area_scope.hpp"
#include "core/naming.hpp"
#include "db/store_impl.hpp"

namespace lpg::popolo {

namespace {

std::vector<AreaRow> read_areas(const Session& s) {
  db::Statement q(db::connection(s.store),
                  "SELECT id, name, code, parent_id FROM area ORDER BY id");
  std::vector<AreaRow> out;
  while (q.step()) {
    out.push_back(
        {q.column(0).int64(), q.column(1).text(), q.column(2).opt_text(), q.column(3).opt_int64()});
  }
  return out;
}

std::vector<MemberRow> read_members(const Session& s) {
  db::Statement q(db::connection(s.store),
                  "SELECT id, group_id, org_id, person_id, kind, coalesce(core_category, ''), "
                  "coalesce(role, ''), from_date, to_date FROM membership ORDER BY id");
  std::vector<MemberRow> out;
  while (q.step()) {
    check_interrupted();
    out.push_back({q.column(0).int64(), q.column(1).int64(), q.column(2).opt_int64(),
                   q.column(3).opt_int64(), q.column(4).text(), q.column(5).text(),
                   q.column(6).text(), q.column(7).text(), q.column(8).opt_text()});
  }
  return out;
}

std::vector<MeetingRow> read_meetings(const Session& s) {
  db::Statement q(db::connection(s.store),
                  "SELECT id, group_id, duration_min, starts_at, status, uid, venue, "
                  "cancel_reason, host_org_id FROM meeting ORDER BY id");
  std::vector<MeetingRow> out;
  while (q.step()) {
    check_interrupted();
    out.push_back({q.column(0).int64(), q.column(1).int64(), q.column(2).int64(),
                   q.column(3).text(), q.column(4).text(), q.column(5).text(),
                   q.column(6).opt_text(), q.column(7).opt_text(), q.column(8).opt_int64()});
  }
  return out;
}

template <class T, class Keep>
void keep_only(std::vector<T>& rows, Keep keep) {
  rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const T& r) { return !keep(r); }),
             rows.end());
}

// Cuts `r` down to the groups of `within` and what they involve: their members, meetings and
// hosts, the people who are members or work for a kept organisation, and those people's
// employers, so that every id the document names is in it.
void select_area(Registry& r, const std::set<std::int64_t>& within) {
  std::map<std::string, std::int64_t> area_ids;
  for (const auto& a : r.areas) area_ids[a.name] = a.id;
  auto in_area = [&](const std::optional<std::string>& name) {
    return name && within.count(area_ids[*name]) != 0;
  };
  keep_only(r.groups, [&](const Group& g) { return g.area_id && within.count(g.area_id->v); });
  std::set<std::int64_t> groups, orgs, people;
  for (const auto& g : r.groups) groups.insert(g.id.v);
  keep_only(r.members, [&](const MemberRow& m) { return groups.count(m.group_id) != 0; });
  keep_only(r.meetings, [&](const MeetingRow& m) { return groups.count(m.group_id) != 0; });
  for (const auto& o : r.orgs) {
    if (in_area(o.area)) orgs.insert(o.id);
  }
  for (const auto& m : r.members) {
    if (m.person_id) people.insert(*m.person_id);
    if (m.org_id) orgs.insert(*m.org_id);
  }
  for (const auto& m : r.meetings) {
    if (m.host_org_id) orgs.insert(*m.host_org_id);
  }
  for (const auto& p : r.people) {
    if (p.org_id && orgs.count(*p.org_id) != 0) people.insert(p.id);
  }
  keep_only(r.people, [&](const Person& p) { return people.count(p.id) != 0; });
  for (const auto& p : r.people) {
    if (p.org_id) orgs.insert(*p.org_id);
  }
  keep_only(r.orgs, [&](const Org& o) { return orgs.count(o.id) != 0; });
  keep_only(r.areas, [&](const AreaRow& a) { return within.count(a.id) != 0; });
}

}  // namespace

Registry load_registry(const Session& s, const PopoloOptions& options) {
  db::ReadTx snapshot(db::connection(s.store));
  Registry r;
  r.areas = read_areas(s);
  GroupFilter all_groups;
  all_groups.archived = true;
  r.groups = list_groups(s, all_groups);
  OrgFilter all_orgs;
  all_orgs.archived = true;
  r.orgs = list_orgs(s, all_orgs);
  r.people = list_people(s, {});  // erased people are left out here
  r.members = read_members(s);
  r.meetings = read_meetings(s);
  auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
  std::sort(r.orgs.begin(), r.orgs.end(), by_id);
  std::sort(r.people.begin(), r.people.end(), by_id);
  std::sort(r.groups.begin(), r.groups.end(),
            [](const Group& a, const Group& b) { return a.id.v < b.id.v; });
  std::set<std::int64_t> people;
  for (const auto& p : r.people) people.insert(p.id);
  keep_only(r.members,
            [&](const MemberRow& m) { return !m.person_id || people.count(*m.person_id); });
  if (options.area) select_area(r, registry::area_and_within(s, find_area(s, *options.area)));
  return r;
}

}  // namespace lpg::popolo
