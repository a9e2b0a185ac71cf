// SPDX-License-Identifier: MIT
// lpg import people: a contact list, through the same services as `person add/edit`, in one
// transaction. (lpg import members, its twin: member/import_members.cpp.)
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/import.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/members.hpp>
#include <lpg/people.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "format/import_history.hpp"
#include "format/import_rows.hpp"
#include "format/import_source.hpp"
#include "person/person_fields.hpp"
#include "person/person_store.hpp"

namespace lpg {

namespace {

using person_fields::Key;

// The columns export people writes (person/person_fields.cpp): every one is read back.
std::vector<std::string> person_columns() {
  std::vector<std::string> out;
  for (const auto& c : person_csv_columns()) out.emplace_back(c.name);
  return out;
}

const char* column(Key key) { return person_fields::of(key).csv; }

// An id names the same person only when the email agrees too (another county's export of
// its own Jo Smith must not overwrite ours); when neither holds an email, the name decides.
bool same_person(const Session& s, PersonId id, const std::string& name, const std::string& email) {
  Person p = show_person(s, fmt::format("#{}", id.v)).person;
  std::string given = email.empty() ? std::string() : normalise_email(email);
  if (given != p.email.value_or("")) return false;
  return !given.empty() || name.empty() || fold_key(name) == fold_key(p.name);
}

// A row with neither id nor email is the one person of its name here, so that a contact list
// without addresses, imported every week, does not add everyone again each time. Namesakes at
// another organisation than the row's are other people (the row's is added beside them);
// two or more that could be the row's make it ambiguous: refused, naming what would decide.
std::optional<PersonId> by_name(const Session& s, const std::string& name,
                                std::optional<std::int64_t> org_id) {
  db::Connection& c = db::connection(s.store);
  std::vector<std::int64_t> same;
  for (const auto& candidate : person_store::ref_by_key(c, fold_key(name))) {
    std::optional<std::int64_t> works_at = person_store::org_of(c, candidate.id);
    if (!org_id || !works_at || *works_at == *org_id) same.push_back(candidate.id);
  }
  if (same.size() > 1) {
    throw Error(ErrorKind::Conflict,
                fmt::format("\"{}\" is the name of {} people here; give the email (or lpg's #id) "
                            "of the one meant",
                            name, same.size()));
  }
  if (same.empty()) return std::nullopt;
  return PersonId{same.front()};
}

FieldText changed(const std::string& text, const std::optional<std::string>& now) {
  FieldText f;
  if (!text.empty() && (!now || *now != text)) f.text = text;
  return f;
}

// The row's fields (but the organisation, which names a row) for a new person: as written.
void new_person(PersonInput& in, const import::Get& get) {
  for (const auto& f : person_fields::all()) {
    if (f.key == Key::Org) continue;
    if (auto text = get(f.csv); !text.empty()) (in.*f.input).text = std::move(text);
  }
}

// The fields that differ from what `now` holds, compared as stored (normalised as the
// declaration says: "Ann@Example.org" is ann@example.org); true when one does.
bool changed_fields(PersonInput& in, const import::Get& get, const Person& now) {
  bool any = false;
  for (const auto& f : person_fields::all()) {
    if (f.key == Key::Org) continue;
    std::string text = get(f.csv);
    if (!text.empty() && f.normalise != nullptr) text = person_fields::normalised(f, text);
    in.*f.input = changed(text, f.stored(now));
    any = any || (in.*f.input).given();
  }
  return any;
}

}  // namespace

ImportSummary import_people(const Session& s, const ListImportOptions& o) {
  return import::each_row(
      s, o, person_columns(), {column(Key::Name), column(Key::Email)}, "person",
      [&](auto get, ImportSummary& sum) {
        const std::string lpg_id = get(person_fields::kIdColumn);
        const std::string name = get(column(Key::Name)), email = get(column(Key::Email));
        std::optional<PersonId> id;
        std::string ref = lpg_id;
        if (!ref.empty() && ref[0] != '#') ref = "#" + ref;
        if (ref.empty()) ref = email;
        if (!ref.empty()) {
          try {
            id = find_person(s, ref);
          } catch (const Error& e) {
            if (e.kind() != ErrorKind::NotFound) throw;
          }
        }
        // An id from another database (a file exported elsewhere) may name someone else here:
        // trust it only when the email agrees, else match by email, else the row is new.
        if (id && !lpg_id.empty() && !same_person(s, *id, name, email)) {
          id.reset();
          try {
            if (!email.empty()) id = find_person(s, email);
          } catch (const Error& e) {
            if (e.kind() != ErrorKind::NotFound) throw;
          }
        }
        PersonInput in;
        // An organisation's #id from another database names another one here: the row's
        // organisation_name (as export people writes it) decides then.
        std::string org = get(column(Key::Org));
        std::optional<std::int64_t> org_id;
        if (!org.empty()) {
          org_id = import::row_org(s, org, get(person_fields::kOrgNameColumn), column(Key::Org)).v;
          org = fmt::format("#{}", *org_id);
        }
        if (!id && email.empty() && !name.empty()) id = by_name(s, name, org_id);
        if (!id) {
          new_person(in, get);
          if (!org.empty()) in.org.text = org;
          add_person(s, in);
          ++sum.added;
          return;
        }
        const std::string person_ref = fmt::format("#{}", id.value().v);
        Person now = show_person(s, person_ref).person;
        bool any = changed_fields(in, get, now);
        if (!org.empty() && (!now.org_id || find_org(s, org).v != *now.org_id)) {
          in.org.text = org;
          any = true;
        }
        if (!any) {
          ++sum.unchanged;
          return;
        }
        edit_person(s, person_ref, in);
        ++sum.updated;
      });
}

}  // namespace lpg
