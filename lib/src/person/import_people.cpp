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

namespace lpg {

namespace {

const std::vector<std::string> kPersonFields = {
    "id", "name", "email", "phone", "organisation", "organisation_name", "job_title", "note"};

// An id names the same person only when the email agrees too (another county's export of
// its own Jo Smith must not overwrite ours); when neither holds an email, the name decides.
bool same_person(const Session& s, PersonId id, const std::string& name, const std::string& email) {
  Person p = show_person(s, fmt::format("#{}", id.v)).person;
  std::string given = email.empty() ? std::string() : normalise_email(email);
  if (given != p.email.value_or("")) return false;
  return !given.empty() || name.empty() || fold_key(name) == fold_key(p.name);
}

FieldText changed(const std::string& text, const std::optional<std::string>& now) {
  FieldText f;
  if (!text.empty() && (!now || *now != text)) f.text = text;
  return f;
}

}  // namespace

ImportSummary import_people(const Session& s, const ListImportOptions& o) {
  return import::each_row(
      s, o, kPersonFields, {"name", "email"}, "person", [&](auto get, ImportSummary& sum) {
        std::optional<PersonId> id;
        std::string ref = get("id");
        if (!ref.empty() && ref[0] != '#') ref = "#" + ref;
        if (ref.empty()) ref = get("email");
        if (!ref.empty()) {
          try {
            id = find_person(s, ref);
          } catch (const Error& e) {
            if (e.kind() != ErrorKind::NotFound) throw;
          }
        }
        // An id from another database (a file exported elsewhere) may name someone else here:
        // trust it only when the email agrees, else match by email, else the row is new.
        if (id && !get("id").empty() && !same_person(s, *id, get("name"), get("email"))) {
          id.reset();
          try {
            if (!get("email").empty()) id = find_person(s, get("email"));
          } catch (const Error& e) {
            if (e.kind() != ErrorKind::NotFound) throw;
          }
        }
        PersonInput in;
        // An organisation's #id from another database names another one here: the row's
        // organisation_name (as export people writes it) decides then.
        std::string org = get("organisation");
        if (!org.empty()) {
          org = fmt::format("#{}",
                            import::row_org(s, org, get("organisation_name"), "organisation").v);
        }
        if (!id) {
          for (auto [field, name] : {std::pair{&in.name, "name"},
                                     {&in.email, "email"},
                                     {&in.phone, "phone"},
                                     {&in.job_title, "job_title"},
                                     {&in.note, "note"}}) {
            if (!get(name).empty()) field->text = get(name);
          }
          if (!org.empty()) in.org.text = org;
          add_person(s, in);
          ++sum.added;
          return;
        }
        const std::string person_ref = fmt::format("#{}", id.value().v);
        Person now = show_person(s, person_ref).person;
        in.name = changed(get("name"), now.name);
        // Compared as stored: "01865 123456" and "01865123456" are the same number.
        if (!get("email").empty()) in.email = changed(normalise_email(get("email")), now.email);
        if (!get("phone").empty()) in.phone = changed(normalise_phone(get("phone")), now.phone);
        in.job_title = changed(get("job_title"), now.job_title);
        in.note = changed(get("note"), now.note);
        if (!org.empty() && (!now.org_id || find_org(s, org).v != *now.org_id)) in.org.text = org;
        bool any = in.name.given() || in.email.given() || in.phone.given() ||
                   in.job_title.given() || in.note.given() || in.org.given();
        if (!any) {
          ++sum.unchanged;
          return;
        }
        edit_person(s, person_ref, in);
        ++sum.updated;
      });
}

}  // namespace lpg
