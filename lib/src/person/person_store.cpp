// SPDX-License-Identifier: MIT
#include "person/person_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

namespace lpg::person_store {

namespace {

constexpr const char* kPersonSelect =
    "SELECT p.id, p.name, p.email, p.phone, p.org_id, o.name, p.job_title, p.note, "
    "p.created_at, p.updated_at FROM person p LEFT JOIN organisation o ON o.id = p.org_id ";

Person person_from_row(db::Statement& q) {
  Person p;
  p.id = q.column(0).int64();
  p.name = q.column(1).text();
  p.email = q.column(2).opt_text();
  p.phone = q.column(3).opt_text();
  p.org_id = q.column(4).opt_int64();
  p.org = q.column(5).opt_text();
  p.job_title = q.column(6).opt_text();
  p.note = q.column(7).text();
  p.created_at = q.column(8).opt_text();
  p.updated_at = q.column(9).opt_text();
  return p;
}

}  // namespace

Person read(db::Connection& c, std::int64_t id) {
  db::Statement q(c, std::string(kPersonSelect) + "WHERE p.id = ?");
  q.bind(1, id);
  if (!q.step()) throw Error(ErrorKind::NotFound, fmt::format("person #{} not found", id));
  return person_from_row(q);
}

std::optional<Standing> standing(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "SELECT name, erased_at FROM person WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return Standing{q.column(0).text(), q.column(1).opt_text()};
}

std::optional<std::int64_t> org_of(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "SELECT org_id FROM person WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return q.column(0).opt_int64();
}

std::optional<std::int64_t> id_by_email(db::Connection& c, const std::string& email) {
  db::Statement q(c, "SELECT id FROM person WHERE email = ? AND erased_at IS NULL");
  q.bind(1, email);
  if (!q.step()) return std::nullopt;
  return q.column(0).int64();
}

void read_for_export(db::Connection& c, PersonExport& e) {
  db::Statement q(c,
                  "SELECT p.name, p.email, p.phone, p.job_title, p.note, p.org_id, o.name, "
                  "o.sector, p.erased_at, p.created_at, p.updated_at FROM person p "
                  "LEFT JOIN organisation o ON o.id = p.org_id WHERE p.id = ?");
  q.bind(1, e.id);
  q.step();
  e.name = q.column(0).text();
  e.email = q.column(1).opt_text();
  e.phone = q.column(2).opt_text();
  e.job_title = q.column(3).opt_text();
  e.note = q.column(4).text();
  e.org_id = q.column(5).opt_int64();
  e.org = q.column(6).opt_text();
  e.org_sector = q.column(7).opt_text();
  e.erased_at = q.column(8).opt_text();
  e.created_at = q.column(9).text();
  e.updated_at = q.column(10).text();
}

std::vector<Person> list(db::Connection& c, std::optional<std::int64_t> org,
                         const std::optional<std::string>& name_key) {
  std::string where = "WHERE p.erased_at IS NULL";
  if (org) where += " AND p.org_id = ?";
  if (name_key) where += " AND " + c.sql().instr("p.name_key", "?") + " > 0";
  db::Statement q(c, kPersonSelect + where + " ORDER BY p.name_key, p.id");
  int next = 1;
  if (org) q.bind(next++, *org);
  if (name_key) q.bind(next++, *name_key);
  std::vector<Person> out;
  while (q.step()) out.push_back(person_from_row(q));
  return out;
}

std::optional<std::pair<std::int64_t, std::string>> email_holder(db::Connection& c,
                                                                 const std::string& email,
                                                                 std::int64_t self) {
  db::Statement q(c, "SELECT id, name FROM person WHERE email = ? AND id <> ?");
  q.bind(1, email);
  q.bind(2, self);
  if (!q.step()) return std::nullopt;
  return std::make_pair(q.column(0).int64(), q.column(1).text());
}

std::vector<OrgPerson> of_org(db::Connection& c, std::int64_t org) {
  db::Statement q(c,
                  "SELECT id, name, email, job_title FROM person WHERE org_id = ? "
                  "AND erased_at IS NULL ORDER BY name_key, id");
  q.bind(1, org);
  std::vector<OrgPerson> out;
  while (q.step()) {
    out.push_back(
        {q.column(0).int64(), q.column(1).text(), q.column(2).opt_text(), q.column(3).opt_text()});
  }
  return out;
}

std::vector<std::int64_t> ids_of_org(db::Connection& c, std::int64_t org) {
  db::Statement q(c, "SELECT id FROM person WHERE org_id = ? ORDER BY id");
  q.bind(1, org);
  std::vector<std::int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

std::int64_t insert(db::Connection& c, const std::vector<fields::Assign>& columns) {
  std::string names, marks;
  for (const auto& a : columns) {
    names += (names.empty() ? "" : ", ") + a.column;
    marks += marks.empty() ? "?" : ", ?";
  }
  db::Statement q(c, fmt::format("INSERT INTO person ({}) VALUES ({}) RETURNING id", names, marks));
  for (std::size_t i = 0; i < columns.size(); ++i) {
    fields::bind_value(q, static_cast<int>(i + 1), columns[i].value);
  }
  return q.exec_id();
}

void update(db::Connection& c, std::int64_t id, const std::vector<fields::Assign>& columns) {
  std::string sets;
  for (const auto& a : columns) sets += (sets.empty() ? "" : ", ") + a.column + " = ?";
  db::Statement q(c, fmt::format("UPDATE person SET {} WHERE id = ?", sets));
  int i = 1;
  for (const auto& a : columns) fields::bind_value(q, i++, a.value);
  q.bind(i, id);
  q.exec();
}

void unlink_org(db::Connection& c, std::int64_t id, const std::string& stamp) {
  db::Statement q(c, "UPDATE person SET org_id = NULL, updated_at = ? WHERE id = ?");
  q.bind(1, stamp);
  q.bind(2, id);
  q.exec();
}

void blank(db::Connection& c, std::int64_t id, const std::string& placeholder,
           const std::string& stamp) {
  db::Statement q(c,
                  "UPDATE person SET name = ?, name_key = ?, email = NULL, phone = NULL, "
                  "job_title = NULL, note = '', erased_at = ?, updated_at = ? WHERE id = ?");
  q.bind(1, placeholder);
  q.bind(2, fold_key(placeholder));
  q.bind(3, stamp);
  q.bind(4, stamp);
  q.bind(5, id);
  q.exec();
}

void remove(db::Connection& c, std::int64_t id) {
  db::Statement q(c, "DELETE FROM person WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

namespace {

constexpr const char* kRefSelect =
    "SELECT id, name || coalesce(' <' || email || '>', '') FROM person ";

template <class T>
refs::Candidates ref_rows(db::Connection& c, const char* where, const T& value) {
  return refs::query_candidates(c, std::string(kRefSelect) + where, value);
}

}  // namespace

refs::Candidates ref_by_id(db::Connection& c, std::int64_t id) {
  return ref_rows(c, "WHERE id = ?", id);
}

refs::Candidates ref_by_key(db::Connection& c, const std::string& key) {
  return ref_rows(c, "WHERE name_key = ? ORDER BY id", key);
}

std::vector<std::string> hint_names(db::Connection& c) {
  return db::query_texts(c, "SELECT name FROM person WHERE name <> '' LIMIT 20000");
}

refs::Candidates ref_by_email(db::Connection& c, const std::string& email) {
  return ref_rows(c, "WHERE email = lower(?)", email);
}

std::vector<std::string> names(db::Connection& c) {
  return db::query_texts(c, "SELECT name FROM person WHERE erased_at IS NULL");
}

}  // namespace lpg::person_store
