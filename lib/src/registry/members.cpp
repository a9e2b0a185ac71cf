// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/members.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"

namespace lpg {

const std::vector<std::string>& member_roles() {
  static const std::vector<std::string> roles = {
      "chair", "vice-chair", "coordinator", "safeguarding-lead", "hwb-link", "champion", "la-link"};
  return roles;
}

std::string role_name(const std::string& slug) {
  if (slug == "safeguarding-lead") return "safeguarding lead";
  if (slug == "hwb-link") return "HWB link";
  if (slug == "la-link") return "LA link";
  return slug;
}

bool single_holder_role(const std::string& role) {
  return role == "chair" || role == "vice-chair" || role == "coordinator" ||
         role == "safeguarding-lead";
}

namespace {

// Everything a Membership shows, joined once; callers add WHERE and ORDER BY.
constexpr const char* kSelect = R"sql(
  SELECT m.id, m.group_id, g.name, m.org_id, m.person_id,
         coalesce(o.name, p.name), coalesce(o.name, po.name, ''),
         coalesce(o.sector, po.sector, ''), coalesce(p.email, o.email, ''),
         coalesce(p.phone, o.phone, ''), m.kind, coalesce(m.core_category, ''), coalesce(m.role, ''), m.can_host,
         m.from_date, m.to_date, m.note
    FROM membership m
    JOIN grp g ON g.id = m.group_id
    LEFT JOIN organisation o ON o.id = m.org_id
    LEFT JOIN person p ON p.id = m.person_id
    LEFT JOIN organisation po ON po.id = p.org_id
)sql";

// Chair first, then the other roles in member_roles() order, then members without a role.
constexpr const char* kOrder = R"sql(
  CASE m.role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'coordinator' THEN 2
           WHEN 'safeguarding-lead' THEN 3 WHEN 'hwb-link' THEN 4 WHEN 'champion' THEN 5
           WHEN 'la-link' THEN 6 ELSE 7 END,
           m.kind DESC, m.core_category, coalesce(o.name, p.name), m.from_date, m.id
)sql";

Membership read_row(SQLite::Statement& q) {
  Membership m;
  m.id = q.getColumn(0).getInt64();
  m.group_id = q.getColumn(1).getInt64();
  m.group_name = q.getColumn(2).getString();
  if (!q.getColumn(3).isNull()) m.org_id = q.getColumn(3).getInt64();
  if (!q.getColumn(4).isNull()) m.person_id = q.getColumn(4).getInt64();
  m.member_name = q.getColumn(5).getString();
  m.organisation = q.getColumn(6).getString();
  m.sector = q.getColumn(7).getString();
  m.email = q.getColumn(8).getString();
  m.phone = q.getColumn(9).getString();
  m.kind = q.getColumn(10).getString();
  m.core_category = q.getColumn(11).getString();
  m.role = q.getColumn(12).getString();
  m.can_host = q.getColumn(13).getInt() != 0;
  m.from_date = q.getColumn(14).getString();
  if (!q.getColumn(15).isNull()) m.to_date = q.getColumn(15).getString();
  m.note = q.getColumn(16).getString();
  return m;
}

Membership by_id(const Session& s, std::int64_t id) {
  SQLite::Statement q(db::conn(s.store), std::string(kSelect) + " WHERE m.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) {
    throw Error(ErrorKind::NotFound, fmt::format("membership #{} not found", id));
  }
  return read_row(q);
}

std::string group_kind(const Session& s, GroupId group) {
  SQLite::Statement q(db::conn(s.store), "SELECT kind FROM grp WHERE id = ?");
  q.bind(1, static_cast<int64_t>(group.v));
  if (!q.executeStep()) throw Error(ErrorKind::NotFound, "group not found");
  return q.getColumn(0).getString();
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

std::string checked_role(const std::string& role) {
  if (role.empty()) return role;
  check_line(trim(role), "role");  // before the message below quotes it
  std::string slug = ascii_lower(trim(role));
  std::replace(slug.begin(), slug.end(), ' ', '-');
  if (std::find(member_roles().begin(), member_roles().end(), slug) != member_roles().end()) {
    return slug;
  }
  std::string hint = fmt::format("roles: {}", fmt::join(member_roles(), ", "));
  if (auto near = nearest(role, member_roles())) hint = fmt::format("did you mean {}?", *near);
  throw Error(ErrorKind::Invalid, fmt::format("unknown role \"{}\"", role), hint);
}

// A current membership of the same member overlapping [from, ∞).
std::optional<Membership> current_of(const Session& s, GroupId group,
                                     const std::optional<OrgId>& org,
                                     const std::optional<PersonId>& person, const std::string& on) {
  SQLite::Statement q(db::conn(s.store),
                      std::string(kSelect) +
                          " WHERE m.group_id = ? AND m.org_id IS ? AND m.person_id IS ? "
                          "AND (m.to_date IS NULL OR m.to_date > ?) ORDER BY m.from_date");
  q.bind(1, static_cast<int64_t>(group.v));
  if (org) q.bind(2, static_cast<int64_t>(org->v));
  if (person) q.bind(3, static_cast<int64_t>(person->v));
  q.bind(4, on);
  if (q.executeStep()) return read_row(q);
  return std::nullopt;
}

// Refuses a single-holder role another membership (not `self`) holds on or after `from`.
void check_role_free(const Session& s, GroupId group, const std::string& role,
                     const std::string& from, std::int64_t self = 0) {
  if (!single_holder_role(role)) return;
  SQLite::Statement q(db::conn(s.store), std::string(kSelect) +
                                             " WHERE m.group_id = ? AND m.role = ? "
                                             "AND (m.to_date IS NULL OR m.to_date > ?) "
                                             "AND m.id <> ?");
  q.bind(1, static_cast<int64_t>(group.v));
  q.bind(2, role);
  q.bind(3, from);
  q.bind(4, static_cast<int64_t>(self));
  if (!q.executeStep()) return;
  Membership holder = read_row(q);
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
  std::string role = checked_role(in.role);
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
  SQLite::Statement insert(db::conn(s.store),
                           "INSERT INTO membership (group_id, org_id, person_id, kind, "
                           "core_category, role, can_host, from_date, note) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(in.group.v));
  if (in.org) insert.bind(2, static_cast<int64_t>(in.org->v));
  if (in.person) insert.bind(3, static_cast<int64_t>(in.person->v));
  insert.bind(4, in.core ? "core" : "additional");
  if (in.core) insert.bind(5, category);
  if (!role.empty()) insert.bind(6, role);
  insert.bind(7, in.can_host ? 1 : 0);
  insert.bind(8, from);
  insert.bind(9, in.note);
  insert.exec();
  Membership added = by_id(s, db::last_id(s.store));
  db::audit(s, "add", "membership", added.id,
            fmt::format("{} joined {}{}", added.member_name, added.group_name,
                        role.empty() ? "" : " as " + role));
  tx.commit();
  return added;
}

namespace {

Membership resolve(const Session& s, const MemberRef& ref, const std::string& on) {
  if (ref.id) return by_id(s, *ref.id);
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
  SQLite::Statement update(db::conn(s.store), "UPDATE membership SET to_date = ? WHERE id = ?");
  update.bind(1, day);
  update.bind(2, static_cast<int64_t>(m.id));
  update.exec();
  db::audit(s, "end", "membership", m.id,
            fmt::format("{} left {} on {}", m.member_name, m.group_name, day));
  tx.commit();
  return by_id(s, m.id);
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
  auto& db = db::conn(s.store);
  std::string was = m.role.empty() ? "no role" : m.role;
  std::string now = role.empty() ? "no role" : role;
  if (day == m.from_date) {
    check_role_free(s, GroupId{m.group_id}, role, day, m.id);
    SQLite::Statement u(db, "UPDATE membership SET role = ? WHERE id = ?");
    if (!role.empty()) u.bind(1, role);
    u.bind(2, static_cast<int64_t>(m.id));
    u.exec();
    db::audit(s, "edit", "membership", m.id,
              fmt::format("{} in {}: {} corrected to {}", m.member_name, m.group_name, was, now));
    return by_id(s, m.id);
  }
  SQLite::Statement end(db, "UPDATE membership SET to_date = ? WHERE id = ?");
  end.bind(1, day);
  end.bind(2, static_cast<int64_t>(m.id));
  end.exec();
  check_role_free(s, GroupId{m.group_id}, role, day, m.id);
  SQLite::Statement copy(db,
                         "INSERT INTO membership (group_id, org_id, person_id, kind, "
                         "core_category, role, can_host, from_date, note) SELECT group_id, "
                         "org_id, person_id, kind, core_category, ?, can_host, ?, note "
                         "FROM membership WHERE id = ?");
  if (!role.empty()) copy.bind(1, role);
  copy.bind(2, day);
  copy.bind(3, static_cast<int64_t>(m.id));
  copy.exec();
  std::int64_t id = db::last_id(s.store);
  db::audit(s, "end", "membership", m.id,
            fmt::format("{} left {} on {} (role change)", m.member_name, m.group_name, day));
  db::audit(s, "add", "membership", id,
            fmt::format("{} in {}: {} to {} from {}", m.member_name, m.group_name, was, now, day));
  return by_id(s, id);
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
    std::string role = checked_role(*changes.role);
    if (role != m.role) m = change_role(s, m, role, day);
  }
  auto& db = db::conn(s.store);
  if (changes.can_host) {
    SQLite::Statement u(db, "UPDATE membership SET can_host = ? WHERE id = ?");
    u.bind(1, *changes.can_host ? 1 : 0);
    u.bind(2, static_cast<int64_t>(m.id));
    u.exec();
  }
  if (changes.note) {
    SQLite::Statement u(db, "UPDATE membership SET note = ? WHERE id = ?");
    u.bind(1, *changes.note);
    u.bind(2, static_cast<int64_t>(m.id));
    u.exec();
  }
  if (changes.core_category) {
    bool core = !changes.core_category->empty();
    std::string category =
        core ? canonical_category(s, GroupId{m.group_id}, *changes.core_category) : "";
    SQLite::Statement u(db, "UPDATE membership SET kind = ?, core_category = ? WHERE id = ?");
    u.bind(1, core ? "core" : "additional");
    if (core) u.bind(2, category);
    u.bind(3, static_cast<int64_t>(m.id));
    u.exec();
  }
  db::audit(s, "edit", "membership", m.id, m.member_name + " in " + m.group_name);
  tx.commit();
  return by_id(s, m.id);
}

namespace {

// One group's members, or (no group) those of every group not archived.
std::vector<Membership> select_members(const Session& s, std::optional<GroupId> group,
                                       const MemberFilter& f) {
  std::vector<std::string> roles;
  for (const auto& r : f.roles) roles.push_back(checked_role(r));
  db::ReadTx tx(s.store);
  std::string sql =
      std::string(kSelect) + (group ? " WHERE m.group_id = ?1" : " WHERE g.archived_at IS NULL");
  if (!f.all) sql += " AND m.from_date <= ?2 AND (m.to_date IS NULL OR m.to_date > ?2)";
  if (!roles.empty()) {
    sql += " AND m.role IN (?3";
    for (std::size_t i = 1; i < roles.size(); ++i) sql += fmt::format(", ?{}", i + 3);
    sql += ")";
  }
  if (f.core_only) sql += " AND m.kind = 'core'";
  sql += group ? std::string(" ORDER BY ") + kOrder
               : std::string(" ORDER BY g.name_key, g.id, ") + kOrder;
  SQLite::Statement q(db::conn(s.store), sql);
  if (group) q.bind(1, static_cast<int64_t>(group->v));
  if (!f.all) q.bind(2, format_date(f.as_of.value_or(s.clock.today())));
  for (std::size_t i = 0; i < roles.size(); ++i) q.bind(static_cast<int>(i) + 3, roles[i]);
  std::vector<Membership> out;
  while (q.executeStep()) out.push_back(read_row(q));
  return out;
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
