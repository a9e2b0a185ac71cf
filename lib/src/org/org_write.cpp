// SPDX-License-Identifier: MIT
// Changing organisations: add, edit, archive, remove.
#include <lpg/errors.hpp>
#include <lpg/orgs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "member/member_store.hpp"
#include "org/org_fields.hpp"
#include "org/org_rows.hpp"
#include "org/org_store.hpp"
#include "person/person_store.hpp"

namespace lpg {

using registry::OrgChanges;

namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::string counted(std::int64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string shown(std::string_view text) {
  return text.size() > 40 ? std::string(text.substr(0, 40)) + "..." : std::string(text);
}

}  // namespace

std::string normalise_identifier(std::string_view scheme, std::string_view value) {
  std::string text;
  for (char ch : trim(value)) {
    if (ch != ' ') text += ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
  }
  auto all_digits = [](std::string_view t) {
    return t.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (scheme == "ofsted-urn") {
    bool lettered = text.size() == 8 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' &&
                    text[1] <= 'Z' && all_digits(std::string_view(text).substr(2));
    bool numeric = (text.size() == 6 || text.size() == 7) && all_digits(text);
    if (lettered || numeric) return text;
    throw Error(ErrorKind::Invalid, fmt::format("invalid Ofsted URN \"{}\"", shown(value)),
                "expected two letters and six digits (EY123456, SC123456) or six or seven "
                "digits (123456, 2512345)");
  }
  if (scheme == "dfe-urn") {
    if (text.size() == 6 && all_digits(text)) return text;
    throw Error(ErrorKind::Invalid, fmt::format("invalid DfE URN \"{}\"", shown(value)),
                "expected six digits, e.g. 123456");
  }
  if (scheme == "la-ref") {
    std::string ref = trim(value);
    if (!ref.empty() && ref.size() <= 40) return ref;
    throw Error(ErrorKind::Invalid,
                fmt::format("invalid local authority reference \"{}\"", shown(value)),
                "expected 1 to 40 characters");
  }
  throw Error(ErrorKind::Invalid, fmt::format("unknown identifier scheme \"{}\"", scheme),
              "choose one of: ofsted-urn, dfe-urn, la-ref");
}

Org add_org(const Session& s, const OrgInput& in) {
  if (!registry::text_of(in.name, "name", registry::FieldShape::Name))
    throw Error(ErrorKind::Invalid, "an organisation needs a name");
  db::WriteTx tx(s.store);
  OrgChanges c = registry::parse_org_input(s, in, std::nullopt);
  std::string stamp = s.clock.utc_stamp();
  c.columns.push_back({"created_at", stamp});
  c.columns.push_back({"updated_at", stamp});
  std::int64_t id = org_store::insert(db::connection(s.store), c.columns);
  registry::apply_identifiers(s, id, c);
  db::audit(s, "add", "organisation", id,
            *registry::text_of(in.name, "name", registry::FieldShape::Name));
  Org org = registry::read_org(s, id);
  tx.commit();
  return org;
}

Org edit_org(const Session& s, std::string_view ref, const OrgInput& in) {
  db::WriteTx tx(s.store);
  OrgId id = find_org(s, ref);
  Org before = registry::read_org(s, id.v);
  OrgChanges c = registry::parse_org_input(s, in, before.status);
  if (c.changed.empty()) {
    throw Error(ErrorKind::Invalid, "nothing to change",
                "give the fields to change; see 'lpg org edit --help'");
  }
  c.columns.push_back({"updated_at", s.clock.utc_stamp()});
  org_store::update(db::connection(s.store), id.v, c.columns);
  registry::apply_identifiers(s, id.v, c);
  db::audit(s, "edit", "organisation", id.v, "changed " + joined(c.changed));
  Org org = registry::read_org(s, id.v);
  tx.commit();
  return org;
}

Org archive_org(const Session& s, std::string_view ref, bool restore) {
  db::WriteTx tx(s.store);
  OrgId id = find_org(s, ref);
  Org org = registry::read_org(s, id.v);
  if (org.archived_at.has_value() != restore) {
    throw Error(ErrorKind::Conflict,
                fmt::format("organisation \"{}\" (#{}) is {}", org.name, org.id,
                            restore ? "not archived" : "already archived"));
  }
  std::string stamp = s.clock.utc_stamp();
  registry::SqlValue archived_at;
  if (!restore) archived_at = stamp;
  org_store::update(db::connection(s.store), id.v,
                    {{"archived_at", archived_at}, {"updated_at", stamp}});
  db::audit(s, restore ? "restore" : "archive", "organisation", id.v, org.name);
  org = registry::read_org(s, id.v);
  tx.commit();
  return org;
}

namespace {

// --force: the memberships go and the people stay, without an organisation; each audited.
void release_references(const Session& s, const Org& org, const std::vector<std::int64_t>& members,
                        const std::vector<std::int64_t>& people) {
  std::string why = fmt::format("with organisation #{}", org.id);
  for (auto m : members) {
    member_store::remove(db::connection(s.store), m);
    db::audit(s, "remove", "membership", m, "removed " + why);
  }
  for (auto p : people) {
    person_store::unlink_org(db::connection(s.store), p, s.clock.utc_stamp());
    db::audit(s, "edit", "person", p, "unlinked: removed " + why);
  }
}

}  // namespace

OrgRemoval remove_org(const Session& s, std::string_view ref, bool force) {
  db::WriteTx tx(s.store);
  Org org = registry::read_org(s, find_org(s, ref).v);
  auto members = member_store::ids_of_org(db::connection(s.store), org.id);
  auto people = person_store::ids_of_org(db::connection(s.store), org.id);
  if (!force && (!members.empty() || !people.empty())) {
    std::vector<std::string> refs;
    if (!members.empty()) refs.push_back(counted(members.size(), "membership", "memberships"));
    if (!people.empty()) refs.push_back(counted(people.size(), "person", "people"));
    std::string what = refs.size() == 2 ? refs[0] + " and " + refs[1] : refs[0];
    throw Error(
        ErrorKind::Conflict,
        fmt::format("organisation \"{}\" (#{}) is still referenced by {}", org.name, org.id, what),
        "give --force to remove its memberships and unlink its people, or keep it "
        "with 'lpg org archive'");
  }
  release_references(s, org, members, people);
  org_store::remove(db::connection(s.store), org.id);
  db::audit(s, "remove", "organisation", org.id, org.name);
  tx.commit();
  return {org.id, org.name, static_cast<std::int64_t>(members.size()),
          static_cast<std::int64_t>(people.size())};
}

}  // namespace lpg
