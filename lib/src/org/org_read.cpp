// SPDX-License-Identifier: MIT
// Reading organisations: get, show and list.
#include <lpg/errors.hpp>
#include <lpg/orgs.hpp>
#include <lpg/sectors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"
#include "member/member_store.hpp"
#include "org/org_rows.hpp"
#include "org/org_store.hpp"
#include "person/person_store.hpp"

namespace lpg::registry {

std::string parse_status(std::string_view text) {
  std::string status = ascii_lower(trim(text));
  if (status == "open" || status == "closed" || status == "suspended") return status;
  throw Error(ErrorKind::Invalid, fmt::format("unknown status \"{}\"", text),
              "choose one of: open, closed, suspended");
}

std::vector<OrgMembership> memberships_of(const Session& s, bool person, std::int64_t id) {
  return member_store::memberships_of(db::connection(s.store), person, id, s.clock.today());
}

Org read_org(const Session& s, std::int64_t id) {
  return org_store::read(db::connection(s.store), id);
}

}  // namespace lpg::registry

namespace lpg {

Org get_org(const Session& s, OrgId id) {
  db::ReadTx tx(s.store);
  return registry::read_org(s, id.v);
}

OrgDetail show_org(const Session& s, std::string_view ref) {
  db::ReadTx tx(s.store);
  OrgId id = find_org(s, ref);
  return {registry::read_org(s, id.v), registry::memberships_of(s, false, id.v),
          person_store::of_org(db::connection(s.store), id.v)};
}

std::vector<Org> list_orgs(const Session& s, const OrgFilter& f) {
  db::ReadTx tx(s.store);
  org_store::Query query;
  for (const auto& text : f.sectors) query.sectors.push_back(parse_sector(text).slug);
  if (f.area) query.area = find_area(s, *f.area).v;
  if (f.status) query.status = registry::parse_status(*f.status);
  if (f.not_in_group) {
    query.not_in_group = find_group(s, *f.not_in_group).v;
    query.today = format_date(s.clock.today());
  }
  if (f.name_contains) query.name_key = fold_key(*f.name_contains);
  query.archived = f.archived;
  return org_store::list(db::connection(s.store), query);
}

}  // namespace lpg
