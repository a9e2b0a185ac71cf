// SPDX-License-Identifier: MIT
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/people.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "member/member_store.hpp"
#include "registry/org_fields.hpp"
#include "registry/org_rows.hpp"

namespace lpg {

using registry::Assign;
using registry::SqlValue;
using registry::text_of;

namespace {

constexpr const char* kPersonSelect =
    "SELECT p.id, p.name, p.email, p.phone, p.org_id, o.name, p.job_title, p.note, "
    "p.created_at, p.updated_at FROM person p LEFT JOIN organisation o ON o.id = p.org_id ";

Person person_from_row(SQLite::Statement& q) {
  Person p;
  p.id = q.getColumn(0).getInt64();
  p.name = q.getColumn(1).getString();
  p.email = registry::opt_text(q, 2);
  p.phone = registry::opt_text(q, 3);
  if (!q.getColumn(4).isNull()) p.org_id = q.getColumn(4).getInt64();
  p.org = registry::opt_text(q, 5);
  p.job_title = registry::opt_text(q, 6);
  p.note = q.getColumn(7).getString();
  p.created_at = registry::opt_text(q, 8);
  p.updated_at = registry::opt_text(q, 9);
  return p;
}

Person read_person(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store), std::string(kPersonSelect) + "WHERE p.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) throw Error(ErrorKind::NotFound, fmt::format("person #{} not found", id));
  return person_from_row(q);
}

// Another person already using the address is refused by name, before SQLite's UNIQUE would.
void check_email_free(const Session& s, const std::string& email, std::int64_t self) {
  SQLite::Statement q(db::conn(s.store), "SELECT id, name FROM person WHERE email = ? AND id <> ?");
  q.bind(1, email);
  q.bind(2, static_cast<int64_t>(self));
  if (!q.executeStep()) return;
  std::int64_t holder = q.getColumn(0).getInt64();
  throw Error(ErrorKind::Conflict,
              fmt::format("email {} is already used by \"{}\" (#{})", email,
                          q.getColumn(1).getString(), holder),
              fmt::format("see 'lpg person show #{}'", holder));
}

template <class Normalise>
void field(std::vector<Assign>& out, std::vector<std::string>& changed, const FieldText& f,
           const char* name, const char* column, Normalise normalise, SqlValue cleared = {},
           registry::FieldShape shape = registry::FieldShape::Line) {
  if (!f.given()) return;
  auto text = text_of(f, name, shape);
  out.push_back({column, text ? SqlValue{normalise(*text)} : cleared});
  changed.emplace_back(name);
}

std::vector<Assign> parse_person(const Session& s, const PersonInput& in, std::int64_t self,
                                 std::vector<std::string>& changed) {
  std::vector<Assign> out;
  if (in.name.given()) {
    auto name = text_of(in.name, "name", registry::FieldShape::Name);
    if (!name) throw Error(ErrorKind::Invalid, "a person needs a name");
    out.push_back({"name", *name});
    out.push_back({"name_key", fold_key(*name)});
    changed.emplace_back("name");
  }
  field(out, changed, in.email, "email", "email", [&](const std::string& t) {
    std::string email = normalise_email(t);
    check_email_free(s, email, self);
    return email;
  });
  field(out, changed, in.phone, "phone", "phone",
        [](const std::string& t) { return normalise_phone(t); });
  field(out, changed, in.org, "org", "org_id",
        [&](const std::string& t) { return find_org(s, t).v; });
  field(out, changed, in.job_title, "job_title", "job_title",
        [](const std::string& t) { return t; });
  field(
      out, changed, in.note, "note", "note", [](const std::string& t) { return t; }, std::string(),
      registry::FieldShape::Text);
  return out;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

Person add_person(const Session& s, const PersonInput& in) {
  if (!text_of(in.name, "name", registry::FieldShape::Name))
    throw Error(ErrorKind::Invalid, "a person needs a name");
  db::WriteTx tx(s.store);
  std::vector<std::string> changed;
  auto columns = parse_person(s, in, 0, changed);
  std::string stamp = s.clock.utc_stamp();
  columns.push_back({"created_at", stamp});
  columns.push_back({"updated_at", stamp});
  std::string names, marks;
  for (const auto& a : columns) {
    names += (names.empty() ? "" : ", ") + a.column;
    marks += marks.empty() ? "?" : ", ?";
  }
  SQLite::Statement insert(db::conn(s.store),
                           fmt::format("INSERT INTO person ({}) VALUES ({})", names, marks));
  for (std::size_t i = 0; i < columns.size(); ++i) {
    registry::bind_value(insert, static_cast<int>(i + 1), columns[i].value);
  }
  insert.exec();
  std::int64_t id = db::last_id(s.store);
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
  std::string sets;
  for (const auto& a : columns) sets += (sets.empty() ? "" : ", ") + a.column + " = ?";
  SQLite::Statement update(db::conn(s.store),
                           fmt::format("UPDATE person SET {} WHERE id = ?", sets));
  int i = 1;
  for (const auto& a : columns) registry::bind_value(update, i++, a.value);
  update.bind(i, static_cast<int64_t>(id.v));
  update.exec();
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
  std::string where = "WHERE p.erased_at IS NULL";
  std::vector<SqlValue> binds;
  if (f.org) {
    where += " AND p.org_id = ?";
    binds.emplace_back(find_org(s, *f.org).v);
  }
  if (f.name_contains) {
    where += " AND instr(p.name_key, ?) > 0";
    binds.emplace_back(fold_key(*f.name_contains));
  }
  SQLite::Statement q(db::conn(s.store), kPersonSelect + where + " ORDER BY p.name_key, p.id");
  for (std::size_t i = 0; i < binds.size(); ++i) {
    registry::bind_value(q, static_cast<int>(i + 1), binds[i]);
  }
  std::vector<Person> out;
  while (q.executeStep()) out.push_back(person_from_row(q));
  return out;
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
  auto& db = db::conn(s.store);
  for (const auto& m : memberships) {
    member_store::remove(db::connection(s.store), m.membership_id);
    db::audit(s, "remove", "membership", m.membership_id,
              fmt::format("removed with person #{}", person.id), {person.id});
  }
  SQLite::Statement drop(db, "DELETE FROM person WHERE id = ?");
  drop.bind(1, static_cast<int64_t>(person.id));
  drop.exec();
  db::audit(s, "remove", "person", person.id);
  tx.commit();
  return {person.id, person.name, static_cast<std::int64_t>(memberships.size())};
}

}  // namespace lpg
