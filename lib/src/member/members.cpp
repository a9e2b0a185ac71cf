// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/members.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "group/group_rules.hpp"
#include "member/member_roles.hpp"
#include "member/member_store.hpp"

namespace lpg {

namespace {

db::Connection& conn(const Session& s) { return db::connection(s.store); }

std::optional<Membership> current_of(const Session& s, GroupId group,
                                     const std::optional<OrgId>& org,
                                     const std::optional<PersonId>& person, const std::string& on) {
  std::optional<std::int64_t> org_id;
  std::optional<std::int64_t> person_id;
  if (org) org_id = org->v;
  if (person) person_id = person->v;
  return member_store::current_of(conn(s), group.v, org_id, person_id, on);
}

std::string group_kind(const Session& s, GroupId group) {
  return registry::load_group(s, group).kind;
}

// The category as the configuration spells it; any text where the kind has no list.
std::string canonical_category(const Session& s, GroupId group, const std::string& category) {
  check_line(trim(category), "core category");
  auto it = s.config.core_categories.find(group_kind(s, group));
  if (it == s.config.core_categories.end() || it->second.empty()) return trim(category);
  for (const auto& known : it->second) {
    if (fold_key(known) == fold_key(category)) return known;
  }
  std::string hint =
      fmt::format("{} groups' core categories: {}", it->first, fmt::join(it->second, ", "));
  throw Error(ErrorKind::Invalid, fmt::format("unknown core category \"{}\"", category), hint);
}

// Refuses a single-holder role another membership (not `self`) holds on or after `from`.
void check_role_free(const Session& s, GroupId group, const std::string& role,
                     const std::string& from, std::int64_t self = 0) {
  if (!single_holder_role(role)) return;
  auto found = member_store::holder_of(conn(s), group.v, role, from, self);
  if (!found) return;
  const Membership& holder = *found;
  throw Error(
      ErrorKind::Conflict,
      fmt::format("{} already has a {}: {} (since {})", holder.group_name, role, holder.member_name,
                  holder.from_date),
      fmt::format("free it first: lpg member edit {} --{} {} --no-role --from DATE (or end that "
                  "membership with lpg member end)",
                  shell_quote(holder.group_name, true), holder.person_id ? "person" : "org",
                  shell_quote(holder.member_name, true)));
}

}  // namespace

Membership add_member(const Session& s, const MemberInput& in) {
  if (in.org.has_value() == in.person.has_value()) {
    throw Error(ErrorKind::Usage, "a member is an organisation or a person",
                "give exactly one of --org and --person");
  }
  check_text(in.note, "note");
  db::WriteTx tx(s.store);
  std::string from = format_date(in.from.value_or(s.clock.today()));
  std::string role = member_rules::checked_role(in.role);
  std::string category;
  if (in.core) {
    if (trim(in.core_category).empty()) {
      throw Error(ErrorKind::Usage, "--core needs a category", "e.g. --core \"early help\"");
    }
    category = canonical_category(s, in.group, in.core_category);
  }
  if (auto existing = current_of(s, in.group, in.org, in.person, from)) {
    std::string hint =
        role != existing->role
            ? fmt::format(
                  "to change the role from a day, keeping the history: lpg member edit "
                  "#{} {} --from {}",
                  existing->id, role.empty() ? "--no-role" : "--role " + role, from)
            : "end it first with 'lpg member end', or change it with 'lpg member edit'";
    throw Error(
        ErrorKind::Conflict,
        fmt::format("{} is already a member of {} (membership #{}, since {})",
                    existing->member_name, existing->group_name, existing->id, existing->from_date),
        hint);
  }
  check_role_free(s, in.group, role, from);
  member_store::NewMembership row;
  row.group = in.group.v;
  if (in.org) row.org = in.org->v;
  if (in.person) row.person = in.person->v;
  row.core = in.core;
  row.core_category = category;
  row.role = role;
  row.can_host = in.can_host;
  row.from_date = from;
  row.note = in.note;
  Membership added = member_store::by_id(conn(s), member_store::insert(conn(s), row));
  db::audit(s, "add", "membership", added.id,
            fmt::format("{} joined {}{}", added.member_name, added.group_name,
                        role.empty() ? "" : " as " + role));
  tx.commit();
  return added;
}

namespace {

Membership resolve(const Session& s, const MemberRef& ref, const std::string& on) {
  if (ref.id) return member_store::by_id(conn(s), *ref.id);
  if (!ref.group || ref.org.has_value() == ref.person.has_value()) {
    throw Error(ErrorKind::Usage, "name the membership by id, or by group and --org or --person");
  }
  auto found = current_of(s, *ref.group, ref.org, ref.person, on);
  if (!found) {
    throw Error(ErrorKind::NotFound, "no current membership of that member in that group",
                "see 'lpg member list GROUP --all'");
  }
  return *found;
}

}  // namespace

Membership end_member(const Session& s, const MemberRef& ref, Date on) {
  db::WriteTx tx(s.store);
  std::string day = format_date(on);
  Membership m = resolve(s, ref, day);
  if (m.to_date) {
    throw Error(ErrorKind::Conflict, fmt::format("membership #{} of {} already ended on {}", m.id,
                                                 m.member_name, *m.to_date));
  }
  if (day < m.from_date) {
    throw Error(ErrorKind::Invalid, fmt::format("cannot end membership #{} on {}: it began on {}",
                                                m.id, day, m.from_date));
  }
  member_store::set_to_date(conn(s), m.id, day);
  db::audit(s, "end", "membership", m.id,
            fmt::format("{} left {} on {}", m.member_name, m.group_name, day));
  tx.commit();
  return member_store::by_id(conn(s), m.id);
}

namespace {

// The membership that holds `role` from `day`: `m` itself when the day is its first (a
// correction), else a copy of it from `day`, `m` ending that day. Inside the caller's
// transaction; audited.
Membership change_role(const Session& s, const Membership& m, const std::string& role,
                       const std::string& day) {
  if (m.to_date) {
    throw Error(ErrorKind::Conflict,
                fmt::format("membership #{} of {} ended on {}", m.id, m.member_name, *m.to_date),
                "add a new membership with 'lpg member add'");
  }
  if (day < m.from_date) {
    throw Error(ErrorKind::Invalid,
                fmt::format("cannot change the role of membership #{} from {}: it began on {}",
                            m.id, day, m.from_date),
                fmt::format("give --from {} or later", m.from_date));
  }
  auto& c = conn(s);
  std::string was = m.role.empty() ? "no role" : m.role;
  std::string now = role.empty() ? "no role" : role;
  if (day == m.from_date) {
    check_role_free(s, GroupId{m.group_id}, role, day, m.id);
    member_store::set_role(c, m.id, role);
    db::audit(s, "edit", "membership", m.id,
              fmt::format("{} in {}: {} corrected to {}", m.member_name, m.group_name, was, now));
    return member_store::by_id(c, m.id);
  }
  member_store::set_to_date(c, m.id, day);
  check_role_free(s, GroupId{m.group_id}, role, day, m.id);
  std::int64_t id = member_store::copy_with_role(c, m.id, role, day);
  db::audit(s, "end", "membership", m.id,
            fmt::format("{} left {} on {} (role change)", m.member_name, m.group_name, day));
  db::audit(s, "add", "membership", id,
            fmt::format("{} in {}: {} to {} from {}", m.member_name, m.group_name, was, now, day));
  return member_store::by_id(c, id);
}

}  // namespace

Membership edit_member(const Session& s, const MemberRef& ref, const MemberChanges& changes) {
  if (changes.note) check_text(*changes.note, "note");
  if (changes.from && !changes.role) {
    throw Error(ErrorKind::Usage, "--from dates a role change", "give --role ROLE with it");
  }
  db::WriteTx tx(s.store);
  std::string day = format_date(changes.from.value_or(s.clock.today()));
  Membership m = resolve(s, ref, day);
  if (changes.role) {
    std::string role = member_rules::checked_role(*changes.role);
    if (role != m.role) m = change_role(s, m, role, day);
  }
  auto& c = conn(s);
  if (changes.can_host) member_store::set_can_host(c, m.id, *changes.can_host);
  if (changes.note) member_store::set_note(c, m.id, *changes.note);
  if (changes.core_category) {
    bool core = !changes.core_category->empty();
    std::string category =
        core ? canonical_category(s, GroupId{m.group_id}, *changes.core_category) : "";
    member_store::set_core_category(c, m.id, category);
  }
  db::audit(s, "edit", "membership", m.id, m.member_name + " in " + m.group_name);
  tx.commit();
  return member_store::by_id(c, m.id);
}

namespace {

// One group's members, or (no group) those of every group not archived.
std::vector<Membership> select_members(const Session& s, std::optional<GroupId> group,
                                       const MemberFilter& f) {
  std::vector<std::string> roles;
  for (const auto& r : f.roles) roles.push_back(member_rules::checked_role(r));
  member_store::Query query;
  if (group) query.group = group->v;
  if (!f.all) query.as_of = format_date(f.as_of.value_or(s.clock.today()));
  query.roles = roles;
  query.core_only = f.core_only;
  db::ReadTx tx(conn(s));
  return member_store::select(conn(s), query);
}

}  // namespace

std::vector<Membership> list_members(const Session& s, GroupId group, const MemberFilter& f) {
  return select_members(s, group, f);
}

std::vector<Membership> list_members(const Session& s, const MemberFilter& f) {
  return select_members(s, std::nullopt, f);
}

std::vector<std::string> group_gaps(const Session& s, GroupId group, Date as_of) {
  MemberFilter filter;
  filter.as_of = as_of;
  auto members = list_members(s, group, filter);
  KindRequirements req = requirements_of(s.config, group_kind(s, group));
  std::vector<std::string> gaps;
  for (const auto& role : req.roles) {
    bool held = std::any_of(members.begin(), members.end(),
                            [&](const Membership& m) { return m.role == role; });
    if (!held) gaps.push_back("no " + role_name(role));
  }
  for (const auto& category : req.core_categories) {
    bool filled = std::any_of(members.begin(), members.end(), [&](const Membership& m) {
      return m.kind == "core" && m.core_category == category;
    });
    if (!filled) gaps.push_back("core category unfilled: " + category);
  }
  return gaps;
}

}  // namespace lpg
