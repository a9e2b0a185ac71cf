// SPDX-License-Identifier: MIT
// lpg import members: a membership list, through the same services as `member
// add/edit/end`, in one transaction. (lpg import people, its twin: person/import_people.cpp.)
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

const std::vector<std::string> kMemberFields = {
    "group", "organisation", "person", "member", "kind", "core_category",
    "role",  "can_host",     "from",   "to",     "note"};

}  // namespace

namespace {

bool yes(const std::string& text) {
  std::string w = ascii_lower(text);
  if (w == "yes" || w == "y" || w == "true" || w == "1") return true;
  if (w.empty() || w == "no" || w == "n" || w == "false" || w == "0") return false;
  throw Error(ErrorKind::Invalid, fmt::format("invalid can_host \"{}\"", text),
              "expected yes or no");
}

}  // namespace

ImportSummary import_members(const Session& s, std::string_view group, const ListImportOptions& o) {
  GroupId g = find_group(s, group);
  return import::each_row(
      s, o, kMemberFields, {"organisation", "person"}, "membership",
      [&](auto get, ImportSummary& sum) {
        // A file of every group's members (lpg export members): only this group's rows.
        if (!get("group").empty() && find_group(s, get("group")).v != g.v) {
          ++sum.skipped;
          return;
        }
        MemberRef ref{std::nullopt, g, std::nullopt, std::nullopt};
        if (!get("organisation").empty() && !get("person").empty()) {
          throw Error(ErrorKind::Invalid, "a row names both an organisation and a person");
        }
        // An #id from another database names someone else here: the member column (the name,
        // as export members writes it) decides then.
        if (!get("organisation").empty()) {
          ref.org = import::row_org(s, get("organisation"), get("member"), "organisation");
        } else if (!get("person").empty()) {
          ref.person = import::row_person(s, get("person"), get("member"), "", "person");
        } else {
          throw Error(ErrorKind::Invalid, "a row names neither an organisation nor a person");
        }
        std::optional<Membership> current;
        for (const auto& m : list_members(s, g, {})) {
          if ((ref.org && m.org_id == ref.org->v) || (ref.person && m.person_id == ref.person->v)) {
            current = m;
          }
        }
        std::string to = get("to");
        if (!current) {
          MemberInput in;
          in.group = g;
          in.org = ref.org;
          in.person = ref.person;
          std::string kind = ascii_lower(get("kind"));
          in.core = kind == "core" || (kind.empty() && !get("core_category").empty());
          in.core_category = get("core_category");
          in.role = get("role");
          in.can_host = yes(get("can_host"));
          if (!get("from").empty()) in.from = parse_date(get("from"), "from date");
          in.note = get("note");
          add_member(s, in);
          ++sum.added;
          return;
        }
        MemberChanges c;
        if (!get("can_host").empty() && yes(get("can_host")) != current->can_host) {
          c.can_host = yes(get("can_host"));
        }
        if (!get("note").empty() && get("note") != current->note) c.note = get("note");
        if (!get("core_category").empty() && get("core_category") != current->core_category) {
          c.core_category = get("core_category");
        }
        bool any = c.can_host || c.note || c.core_category;
        if (any) edit_member(s, ref, c);
        if (!to.empty()) {
          end_member(s, ref, parse_date(to, "to date"));
          any = true;
        }
        ++(any ? sum.updated : sum.unchanged);
      });
}

}  // namespace lpg
