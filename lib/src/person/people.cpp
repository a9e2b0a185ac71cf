// SPDX-License-Identifier: MIT
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/people.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "member/member_store.hpp"
#include "org/org_fields.hpp"
#include "org/org_rows.hpp"
#include "person/person_fields.hpp"
#include "person/person_store.hpp"

namespace lpg {

using registry::Assign;
using registry::SqlValue;
using registry::text_of;

namespace {

db::Connection& conn(const Session& s) { return db::connection(s.store); }

Person read_person(const Session& s, std::int64_t id) { return person_store::read(conn(s), id); }

// Another person already using the address is refused by name, before SQLite's UNIQUE would.
void check_email_free(const Session& s, const std::string& email, std::int64_t self) {
  auto found = person_store::email_holder(conn(s), email, self);
  if (!found) return;
  std::int64_t holder = found->first;
  throw Error(ErrorKind::Conflict,
              fmt::format("email {} is already used by \"{}\" (#{})", email, found->second, holder),
              fmt::format("see 'lpg person show #{}'", holder));
}

// A declared field's checked text as stored: normalised as declared, the organisation found,
// an email free.
SqlValue stored(const Session& s, const person_fields::Field& f, const std::string& text,
                std::int64_t self) {
  if (f.key == person_fields::Key::Org) return find_org(s, text).v;
  std::string value = person_fields::normalised(f, text);
  if (f.key == person_fields::Key::Email) check_email_free(s, value, self);
  return value;
}

// Every field given, in the declaration's order (person/person_fields.cpp).
std::vector<Assign> parse_person(const Session& s, const PersonInput& in, std::int64_t self,
                                 std::vector<std::string>& changed) {
  std::vector<Assign> out;
  for (const auto& f : person_fields::all()) {
    const FieldText& given = in.*f.input;
    if (!given.given()) continue;
    auto text = text_of(given, f.name, f.shape);
    if (f.key == person_fields::Key::Name && !text) {
      throw Error(ErrorKind::Invalid, "a person needs a name");
    }
    SqlValue cleared = f.cleared_empty ? SqlValue{std::string()} : SqlValue{};
    out.push_back({f.column, text ? stored(s, f, *text, self) : cleared});
    if (f.key == person_fields::Key::Name) out.push_back({"name_key", fold_key(*text)});
    changed.emplace_back(f.name);
  }
  return out;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

Person add_person(const Session& s, const PersonInput& in) {
  const auto& name = person_fields::of(person_fields::Key::Name);
  if (!text_of(in.name, name.name, name.shape))
    throw Error(ErrorKind::Invalid, "a person needs a name");
  db::WriteTx tx(s.store);
  std::vector<std::string> changed;
  auto columns = parse_person(s, in, 0, changed);
  std::string stamp = s.clock.utc_stamp();
  columns.push_back({"created_at", stamp});
  columns.push_back({"updated_at", stamp});
  std::int64_t id = person_store::insert(conn(s), columns);
  db::audit(s, "add", "person", id, "with " + joined(changed));  // no personal data in the log
  Person person = read_person(s, id);
  tx.commit();
  return person;
}

Person edit_person(const Session& s, std::string_view ref, const PersonInput& in) {
  db::WriteTx tx(s.store);
  PersonId id = find_person(s, ref);
  std::vector<std::string> changed;
  auto columns = parse_person(s, in, id.v, changed);
  if (changed.empty()) {
    throw Error(ErrorKind::Invalid, "nothing to change",
                "give the fields to change; see 'lpg person edit --help'");
  }
  columns.push_back({"updated_at", s.clock.utc_stamp()});
  person_store::update(conn(s), id.v, columns);
  db::audit(s, "edit", "person", id.v, "changed " + joined(changed));
  Person person = read_person(s, id.v);
  tx.commit();
  return person;
}

PersonDetail show_person(const Session& s, std::string_view ref) {
  db::ReadTx tx(s.store);
  PersonId id = find_person(s, ref);
  return {read_person(s, id.v), registry::memberships_of(s, true, id.v)};
}

std::vector<Person> list_people(const Session& s, const PersonFilter& f) {
  db::ReadTx tx(s.store);
  std::optional<std::int64_t> org;
  if (f.org) org = find_org(s, *f.org).v;
  std::optional<std::string> name_key;
  if (f.name_contains) name_key = fold_key(*f.name_contains);
  return person_store::list(conn(s), org, name_key);
}

PersonRemoval remove_person(const Session& s, std::string_view ref, bool force) {
  db::WriteTx tx(s.store);
  Person person = read_person(s, find_person(s, ref).v);
  auto memberships = registry::memberships_of(s, true, person.id);
  if (!force && !memberships.empty()) {
    std::string groups;
    for (const auto& m : memberships) groups += (groups.empty() ? "" : ", ") + m.group;
    throw Error(ErrorKind::Conflict,
                fmt::format("person \"{}\" (#{}) still has {} {}: {}", person.name, person.id,
                            memberships.size(),
                            memberships.size() == 1 ? "membership" : "memberships", groups),
                "give --force to remove the memberships too");
  }
  for (const auto& m : memberships) {
    member_store::remove(conn(s), m.membership_id);
    db::audit(s, "remove", "membership", m.membership_id,
              fmt::format("removed with person #{}", person.id), {person.id});
  }
  person_store::remove(conn(s), person.id);
  db::audit(s, "remove", "person", person.id);
  tx.commit();
  return {person.id, person.name, static_cast<std::int64_t>(memberships.size())};
}

}  // namespace lpg
