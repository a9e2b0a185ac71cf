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
#include "member/member_fields.hpp"
#include "member/member_roles.hpp"

namespace lpg {

namespace {

using namespace member_fields;  // the column keys: kGroup, kOrganisation ...

// The columns export members writes (member/member_fields.cpp) that the import reads back.
std::vector<std::string> member_columns() {
  std::vector<std::string> out;
  for (const auto& c : member_fields::all()) {
    if (c.imported) out.emplace_back(c.name);
  }
  return out;
}

// The kind column: core or additional (any case), or blank (core when a category is given).
std::string checked_kind(const std::string& text) {
  std::string kind = ascii_lower(text);
  if (!kind.empty() && kind != "core" && kind != "additional") {
    throw Error(ErrorKind::Invalid,
                fmt::format("{}: \"{}\" is neither core nor additional", name_of(kKind), text));
  }
  return kind;
}

bool same_member(const Membership& m, const MemberRef& ref) {
  return (ref.org && m.org_id == ref.org->v) || (ref.person && m.person_id == ref.person->v);
}

// The membership a row stands for: this member's that began on the row's `from` (an export
// lists every stint, a past one, and the one a role change began, each from its own day),
// else the member's current one. `current` says whether it is the current one.
std::optional<Membership> matching(const Session& s, GroupId g, const MemberRef& ref,
                                   const std::optional<Date>& from, bool& current) {
  std::optional<Membership> now;
  for (const auto& m : list_members(s, g, {})) {
    if (same_member(m, ref)) now = m;
  }
  if (from) {
    MemberFilter all;
    all.all = true;
    for (const auto& m : list_members(s, g, all)) {
      if (same_member(m, ref) && m.from_date == format_date(*from)) {
        current = now && now->id == m.id;
        return m;
      }
    }
  }
  current = now.has_value();
  return now;
}

// What a row changes in a current membership: its non-blank cells that differ. A new role
// begins on the row's `from` when that is after the membership began (an export's row of a
// role change), else today; on the membership's own first day it corrects it in place.
MemberChanges changes_of(const Membership& m, const std::function<std::string(Key)>& cell,
                         const std::optional<Date>& from) {
  MemberChanges c;
  if (!cell(kCanHost).empty() && can_host(cell(kCanHost)) != m.can_host) {
    c.can_host = can_host(cell(kCanHost));
  }
  if (!cell(kNote).empty() && cell(kNote) != m.note) c.note = cell(kNote);
  if (!cell(kCoreCategory).empty() && cell(kCoreCategory) != m.core_category) {
    c.core_category = cell(kCoreCategory);
  }
  if (!cell(kRole).empty()) {
    std::string role = member_rules::checked_role(cell(kRole));
    if (role != m.role) {
      c.role = role;
      if (from && format_date(*from) >= m.from_date) c.from = from;
    }
  }
  return c;
}

}  // namespace

ImportSummary import_members(const Session& s, std::string_view group, const ListImportOptions& o) {
  GroupId g = find_group(s, group);
  return import::each_row(
      s, o, member_columns(), {name_of(kOrganisation), name_of(kPerson)}, "membership",
      [&](auto get, ImportSummary& sum) {
        auto cell = [&](Key key) { return get(name_of(key)); };
        // A file of every group's members (lpg export members): only this group's rows.
        if (!cell(kGroup).empty() && find_group(s, cell(kGroup)).v != g.v) {
          ++sum.skipped;
          return;
        }
        MemberRef ref{std::nullopt, g, std::nullopt, std::nullopt};
        if (!cell(kOrganisation).empty() && !cell(kPerson).empty()) {
          throw Error(ErrorKind::Invalid, "a row names both an organisation and a person");
        }
        // An #id from another database names someone else here: the member column (the name,
        // as export members writes it) decides then.
        if (!cell(kOrganisation).empty()) {
          ref.org = import::row_org(s, cell(kOrganisation), cell(kMember), name_of(kOrganisation));
        } else if (!cell(kPerson).empty()) {
          ref.person = import::row_person(s, cell(kPerson), cell(kMember), "", name_of(kPerson));
        } else {
          throw Error(ErrorKind::Invalid, "a row names neither an organisation nor a person");
        }
        std::optional<Date> from;
        if (!cell(kFrom).empty()) from = parse_date_at(cell(kFrom), name_of(kFrom));
        bool is_current = false;
        std::optional<Membership> match = matching(s, g, ref, from, is_current);
        std::string to = cell(kTo);
        if (match && !is_current) {
          ++sum.unchanged;  // a past stint this database holds: history, which a file leaves
          return;
        }
        if (!match) {
          MemberInput in;
          in.group = g;
          in.org = ref.org;
          in.person = ref.person;
          std::string kind = checked_kind(cell(kKind));
          if (kind == "core" && cell(kCoreCategory).empty()) {  // not add_member's "--core ..."
            throw Error(ErrorKind::Invalid,
                        fmt::format("{}: a core member needs one", name_of(kCoreCategory)));
          }
          in.core = kind == "core" || (kind.empty() && !cell(kCoreCategory).empty());
          in.core_category = cell(kCoreCategory);
          in.role = cell(kRole);
          in.can_host = can_host(cell(kCanHost));
          if (from) in.from = from;
          in.note = cell(kNote);
          add_member(s, in);
          // A membership that has ended (a past one, as export members writes it) ends here too.
          if (!to.empty()) end_member(s, ref, parse_date_at(to, name_of(kTo)));
          ++sum.added;
          return;
        }
        MemberChanges c = changes_of(*match, cell, from);
        bool any = c.can_host || c.note || c.core_category || c.role;
        if (any) edit_member(s, ref, c);
        if (!to.empty()) {
          end_member(s, ref, parse_date_at(to, name_of(kTo)));
          any = true;
        }
        ++(any ? sum.updated : sum.unchanged);
      });
}

}  // namespace lpg
