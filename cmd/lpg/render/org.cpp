// SPDX-License-Identifier: MIT
#include "render/org.hpp"

#include <map>

namespace lpg::render {

namespace {

Cell opt_date(const std::optional<Date>& day) { return day ? date_cell(*day) : Cell{}; }

// Values per scheme, joined: an import may give an organisation two URNs in one scheme.
std::map<std::string, std::string> by_scheme(const std::vector<OrgIdentifier>& ids) {
  std::map<std::string, std::string> out;
  for (const auto& id : ids) {
    std::string& values = out[id.scheme];
    values += (values.empty() ? "" : ", ") + id.value;
  }
  return out;
}

Cell text_or_null(const std::map<std::string, std::string>& m, const std::string& key) {
  auto it = m.find(key);
  return it == m.end() ? Cell{} : Cell{it->second};
}

}  // namespace

Record org_record(const Org& org) {
  auto ids = by_scheme(org.identifiers);
  Record r;
  r.add("id", org.id)
      .add("name", org.name)
      .add("sector", org.sector)
      .add("sector_name", org.sector_name, "sector name")
      .add("setting", org.setting, "early years setting")
      .add("ofsted_urn", text_or_null(ids, "ofsted-urn"), "Ofsted URN")
      .add("dfe_urn", text_or_null(ids, "dfe-urn"), "DfE URN")
      .add("la_ref", text_or_null(ids, "la-ref"), "LA reference");
  for (const auto& [scheme, values] : ids) {
    if (scheme != "ofsted-urn" && scheme != "dfe-urn" && scheme != "la-ref") {
      std::string key = scheme;
      for (char& ch : key) ch = ch == '-' ? '_' : ch;
      r.add(key, values, scheme);
    }
  }
  r.add("address", optional_cell(org.address))
      .add("town", optional_cell(org.town))
      .add("postcode", optional_cell(org.postcode))
      .add("area", optional_cell(org.area))
      .add("phone", optional_cell(org.phone))
      .add("email", optional_cell(org.email))
      .add("website", optional_cell(org.website))
      .add("offers_funded", optional_cell(org.offers_funded), "funded")
      .add("funded_places", optional_cell(org.funded_places), "funded places")
      .add("status", org.status)
      .add("status_since", opt_date(org.status_since), "status since")
      .add("note", org.note)
      .add("source_type", optional_cell(org.source_type), "source type")
      .add("source", optional_cell(org.source))
      .add("archived_at", optional_cell(org.archived_at), "archived")
      .add("created_at", optional_cell(org.created_at), "created")
      .add("updated_at", optional_cell(org.updated_at), "updated");
  return r;
}

Table org_table(const std::vector<Org>& orgs, bool archived) {
  std::vector<Column> columns = {{"id", ""},       {"name", ""}, {"sector", ""}, {"town", ""},
                                 {"postcode", ""}, {"area", ""}, {"status", ""}};
  if (archived) columns.push_back({"archived_at", "archived"});
  Table t(columns);
  for (const auto& o : orgs) {
    std::vector<Cell> row = {o.id,
                             o.name,
                             o.sector,
                             optional_cell(o.town),
                             optional_cell(o.postcode),
                             optional_cell(o.area),
                             o.status};
    if (archived) row.push_back(optional_cell(o.archived_at));
    t.add(std::move(row));
  }
  return t;
}

Table membership_table(const std::vector<OrgMembership>& memberships) {
  Table t({{"group", ""},
           {"kind", ""},
           {"core_category", "core category"},
           {"role", ""},
           {"from", ""},
           {"to", ""},
           {"current", ""}});
  for (const auto& m : memberships) {
    t.add({m.group, m.kind, optional_cell(m.core_category), optional_cell(m.role),
           date_cell(m.from), opt_date(m.to), m.current});
  }
  return t;
}

Record person_record(const Person& p) {
  Record r;
  r.add("id", p.id)
      .add("name", p.name)
      .add("email", optional_cell(p.email))
      .add("phone", optional_cell(p.phone))
      .add("org_id", optional_cell(p.org_id), "organisation id")
      .add("organisation", optional_cell(p.org))
      .add("job_title", optional_cell(p.job_title), "job title")
      .add("note", p.note)
      .add("created_at", optional_cell(p.created_at), "created")
      .add("updated_at", optional_cell(p.updated_at), "updated");
  return r;
}

Table person_table(const std::vector<Person>& people) {
  Table t({{"id", ""},
           {"name", ""},
           {"email", ""},
           {"phone", ""},
           {"organisation", ""},
           {"job_title", "job title"}});
  for (const auto& p : people) {
    t.add({p.id, p.name, optional_cell(p.email), optional_cell(p.phone), optional_cell(p.org),
           optional_cell(p.job_title)});
  }
  return t;
}

}  // namespace lpg::render
