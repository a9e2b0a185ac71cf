// SPDX-License-Identifier: MIT
// lpg's registry in Popolo's JSON serialisation. The shapes follow the Popolo JSON schemas
// (copies in tests/data/popolo/); where lpg has more than Popolo models (a group reporting to
// several bodies, an organisation as a member) the spec's own patterns are used: memberships
// with a `member` object of "@type" Organization.
#include <lpg/config.hpp>
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/members.hpp>
#include <lpg/output.hpp>
#include <lpg/popolo.hpp>
#include <lpg/refs.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "format/popolo_data.hpp"

namespace lpg {

namespace {

// Keys in the order written: id and name first, as a person reading the file expects.
using json = nlohmann::ordered_json;
using popolo::MeetingRow;
using popolo::MemberRow;
using popolo::Registry;

std::string group_id(std::int64_t id) { return fmt::format("lpg:group/{}", id); }
std::string org_id(std::int64_t id) { return fmt::format("lpg:org/{}", id); }
std::string person_id(std::int64_t id) { return fmt::format("lpg:person/{}", id); }
std::string area_id(std::int64_t id) { return fmt::format("lpg:area/{}", id); }

// A website stored before lpg checked them (javascript:, a quote) is not published.
bool published_website(const std::string& site) {
  try {
    return normalise_website(site) == site;
  } catch (const Error&) {
    return false;
  }
}

std::string role_post_id(std::int64_t group, const std::string& role) {
  return fmt::format("lpg:group/{}/post/{}", group, role);
}
std::string category_post_id(std::int64_t group, const std::string& category) {
  // "early help" -> "early-help": the one slug lpg makes names with (lpg/output.hpp).
  return fmt::format("lpg:group/{}/post/core/{}", group, slug(category, 1000));
}

std::string role_label(const std::string& role) {
  static const std::map<std::string, std::string> labels = {
      {"chair", "Chair"},
      {"vice-chair", "Vice-chair"},
      {"coordinator", "Co-ordinator"},
      {"safeguarding-lead", "Safeguarding lead"},
      {"hwb-link", "Health and wellbeing board link"},
      {"champion", "Hub champion"},
      {"la-link", "Local authority link"}};
  auto it = labels.find(role);
  return it == labels.end() ? role : it->second;
}

std::string group_classification(const std::string& kind) {
  static const std::map<std::string, std::string> names = {{"partnership", "partnership group"},
                                                           {"chairs", "chairs group"},
                                                           {"safeguarding", "safeguarding group"},
                                                           {"board", "board"},
                                                           {"hub", "hub"},
                                                           {"subgroup", "subgroup"}};
  auto it = names.find(kind);
  return it == names.end() ? kind : it->second;
}

json area_json(const popolo::AreaRow& a) {
  json j = {{"id", area_id(a.id)}, {"name", a.name}};
  if (a.code) j["identifier"] = *a.code;
  if (a.parent_id) j["parent_id"] = area_id(*a.parent_id);
  return j;
}

json group_json(const Group& g, const std::set<std::int64_t>& kept) {
  json j = {
      {"id", group_id(g.id.v)}, {"name", g.name}, {"classification", group_classification(g.kind)}};
  // Popolo has one parent; the first body by name. Every line is also a membership.
  for (const auto& p : g.reports_to) {
    if (kept.count(p.id.v) == 0) continue;
    j["parent_id"] = group_id(p.id.v);
    break;
  }
  if (g.area_id) j["area_id"] = area_id(g.area_id->v);
  if (!g.description.empty()) j["description"] = g.description;
  j["created_at"] = g.created_at;
  return j;
}

json org_json(const Org& o, const std::map<std::string, std::int64_t>& areas) {
  json j = {{"id", org_id(o.id)}, {"name", o.name}, {"classification", o.sector_name}};
  json ids = json::array();
  for (const auto& i : o.identifiers)
    ids.push_back({{"scheme", i.scheme}, {"identifier", i.value}});
  if (!ids.empty()) j["identifiers"] = ids;
  // An organisation outside the selected area has no area object to point at.
  auto area = o.area ? areas.find(*o.area) : areas.end();
  if (area != areas.end()) j["area_id"] = area_id(area->second);
  if (o.status == "closed" && o.status_since) j["dissolution_date"] = format_date(*o.status_since);
  json contact = json::array();
  std::string address;
  for (const auto& part : {o.address, o.town, o.postcode}) {
    if (part) address += (address.empty() ? "" : ", ") + *part;
  }
  if (!address.empty()) contact.push_back({{"type", "address"}, {"value", address}});
  if (o.phone) contact.push_back({{"type", "voice"}, {"value", *o.phone}});
  if (o.email) contact.push_back({{"type", "email"}, {"value", *o.email}});
  if (o.website && published_website(*o.website)) {
    contact.push_back({{"type", "url"}, {"value", *o.website}});
  }
  if (!contact.empty()) j["contact_details"] = contact;
  if (o.created_at) j["created_at"] = *o.created_at;
  if (o.updated_at) j["updated_at"] = *o.updated_at;
  return j;
}

json person_json(const Person& p) {
  json j = {{"id", person_id(p.id)}, {"name", p.name}};
  json contact = json::array();
  if (p.email) {
    j["email"] = *p.email;
    contact.push_back({{"type", "email"}, {"value", *p.email}});
  }
  if (p.phone) contact.push_back({{"type", "voice"}, {"value", *p.phone}});
  if (!contact.empty()) j["contact_details"] = contact;
  return j;
}

// The posts of one group: the roles one member holds at a time, any other role a member has
// held, and the core categories of its kind (from the configuration) or in use.
void add_posts(json& posts, const Session& s, const Group& g, const std::vector<MemberRow>& ms) {
  std::vector<std::string> roles;
  std::vector<std::string> categories;
  auto add_once = [](std::vector<std::string>& list, const std::string& v) {
    if (!v.empty() && std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
  };
  for (const auto& r : member_roles()) {
    if (single_holder_role(r)) add_once(roles, r);
  }
  auto it = s.config.core_categories.find(g.kind);
  if (it != s.config.core_categories.end()) {
    for (const auto& c : it->second) add_once(categories, c);
  }
  for (const auto& m : ms) {
    if (m.group_id != g.id.v) continue;
    add_once(roles, m.role);
    add_once(categories, m.core_category);
  }
  for (const auto& r : roles) {
    posts.push_back({{"id", role_post_id(g.id.v, r)},
                     {"label", fmt::format("{} of {}", role_label(r), g.name)},
                     {"role", role_label(r)},
                     {"organization_id", group_id(g.id.v)}});
  }
  for (const auto& c : categories) {
    posts.push_back({{"id", category_post_id(g.id.v, c)},
                     {"label", fmt::format("Core member of {} ({})", g.name, c)},
                     {"role", "Core member"},
                     {"organization_id", group_id(g.id.v)}});
  }
}

json member_json(const MemberRow& m, const std::map<std::int64_t, const Person*>& people) {
  json j = {
      {"id", fmt::format("lpg:membership/{}", m.id)},
      {"label", m.kind == "core" ? (m.core_category.empty() ? std::string("core member")
                                                            : "core member: " + m.core_category)
                                 : std::string("additional member")},
      {"organization_id", group_id(m.group_id)}};
  if (m.person_id) {
    j["person_id"] = person_id(*m.person_id);
    const Person* p = people.at(*m.person_id);
    if (p->org_id) j["on_behalf_of_id"] = org_id(*p->org_id);
  } else {
    j["member"] = {{"@type", "Organization"}, {"id", org_id(*m.org_id)}};
  }
  if (!m.role.empty()) {
    j["role"] = role_label(m.role);
    j["post_id"] = role_post_id(m.group_id, m.role);
  } else if (!m.core_category.empty()) {
    j["post_id"] = category_post_id(m.group_id, m.core_category);
  }
  j["start_date"] = m.from_date;
  if (m.to_date) j["end_date"] = *m.to_date;
  return j;
}

// "2026-10-14 18:30" in the configured zone -> "2026-10-14T18:30:00+01:00".
// An instant as local time with its UTC offset: "2026-10-25T01:30:00+01:00".
std::string with_offset(const Session& s, std::chrono::sys_seconds at) {
  auto zoned = date::zoned_time<std::chrono::seconds>(s.clock.zone(), at);
  auto offset = date::floor<Minutes>(zoned.get_info().offset).count();
  char sign = offset < 0 ? '-' : '+';
  offset = offset < 0 ? -offset : offset;
  return fmt::format("{}:00{}{:02}:{:02}", date::format("%Y-%m-%dT%H:%M", zoned.get_local_time()),
                     sign, offset / 60, offset % 60);
}

json event_json(const Session& s, const MeetingRow& m, const std::string& group,
                const std::map<std::int64_t, std::string>& org_names) {
  LocalTime start = parse_local_time(m.starts_at, "meeting time");
  json j = {{"id", fmt::format("lpg:meeting/{}", m.id)},
            {"name", fmt::format("{} meeting", group)},
            {"classification", "meeting"},
            {"start_date", with_offset(s, instant_of(s.clock, start))},
            {"end_date", with_offset(s, instant_of(s.clock, start) + Minutes(m.duration_min))},
            {"organization_id", group_id(m.group_id)},
            {"status", m.status == "cancelled" ? "cancelled" : "confirmed"},
            {"identifiers", json::array({{{"scheme", "icalendar-uid"}, {"identifier", m.uid}}})}};
  if (m.venue) {
    j["location"] = *m.venue;
  } else if (m.host_org_id) {
    j["location"] = org_names.at(*m.host_org_id);
  }
  if (m.cancel_reason) j["description"] = *m.cancel_reason;
  return j;
}

}  // namespace

std::string popolo_registry(const Session& s, const PopoloOptions& options) {
  Registry r = popolo::load_registry(s, options);
  std::map<std::string, std::int64_t> area_ids;
  json areas = json::array();
  for (const auto& a : r.areas) {
    area_ids[a.name] = a.id;
    areas.push_back(area_json(a));
  }
  std::set<std::int64_t> kept_groups;
  std::map<std::int64_t, std::string> group_names, org_names;
  for (const auto& g : r.groups) {
    kept_groups.insert(g.id.v);
    group_names[g.id.v] = g.name;
  }
  json organizations = json::array();
  json posts = json::array();
  json memberships = json::array();
  for (const auto& g : r.groups) {
    organizations.push_back(group_json(g, kept_groups));
    add_posts(posts, s, g, r.members);
  }
  for (const auto& o : r.orgs) {
    org_names[o.id] = o.name;
    organizations.push_back(org_json(o, area_ids));
  }
  json persons = json::array();
  std::map<std::int64_t, const Person*> people;
  for (const auto& p : r.people) {
    people[p.id] = &p;
    persons.push_back(person_json(p));
  }
  for (const auto& m : r.members) memberships.push_back(member_json(m, people));
  for (const auto& p : r.people) {
    if (!p.org_id) continue;
    json j = {{"id", fmt::format("lpg:person/{}/organisation", p.id)},
              {"label", "works for"},
              {"person_id", person_id(p.id)},
              {"organization_id", org_id(*p.org_id)}};
    if (p.job_title) j["role"] = *p.job_title;
    memberships.push_back(j);
  }
  for (const auto& g : r.groups) {
    for (const auto& p : g.reports_to) {
      if (kept_groups.count(p.id.v) == 0) continue;
      memberships.push_back({{"id", fmt::format("lpg:group/{}/reports-to/{}", g.id.v, p.id.v)},
                             {"label", "reports to"},
                             {"role", "reports to"},
                             {"member", {{"@type", "Organization"}, {"id", group_id(g.id.v)}}},
                             {"organization_id", group_id(p.id.v)}});
    }
  }
  json events = json::array();
  for (const auto& m : r.meetings) {
    events.push_back(event_json(s, m, group_names.at(m.group_id), org_names));
  }
  json doc = {{"areas", areas}, {"organizations", organizations}, {"persons", persons},
              {"posts", posts}, {"memberships", memberships},     {"events", events}};
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace lpg
