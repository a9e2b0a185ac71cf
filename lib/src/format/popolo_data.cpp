// SPDX-License-Identifier: MIT
#include "format/popolo_data.hpp"

#include <lpg/interrupt.hpp>
#include <lpg/refs.hpp>

#include <algorithm>
#include <map>

#include "area/area_scope.hpp"
#include "area/area_store.hpp"
#include "core/naming.hpp"
#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"

namespace lpg::popolo {

namespace {

std::vector<AreaRow> read_areas(const Session& s) {
  std::vector<AreaRow> out;
  for (auto& a : area_store::list(db::connection(s.store))) {
    out.push_back({a.id.v, std::move(a.name), std::move(a.code),
                   a.parent_id ? std::optional(a.parent_id->v) : std::nullopt});
  }
  std::sort(out.begin(), out.end(), [](const AreaRow& a, const AreaRow& b) { return a.id < b.id; });
  return out;
}

std::vector<MeetingRow> read_meetings(const Session& s) {
  std::vector<MeetingRow> out;
  for (auto& m : meetings::stored_rows(s)) {
    out.push_back({*m.id, m.group_id, m.duration_min, std::move(m.starts_at), std::move(m.status),
                   std::move(m.uid), std::move(m.venue), std::move(m.cancel_reason),
                   m.host_org_id});
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
  r.members = member_store::all_rows(db::connection(s.store));
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
