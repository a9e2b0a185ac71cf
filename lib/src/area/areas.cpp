// SPDX-License-Identifier: MIT
#include <lpg/areas.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "area/area_store.hpp"
#include "core/naming.hpp"
#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"

namespace lpg {

using registry::in_quotes;

namespace {

db::Connection& conn(const Session& s) { return db::connection(s.store); }

Area load(const Session& s, AreaId id) { return area_store::load(conn(s), id.v); }

void check_name_free(const Session& s, const std::string& name, std::int64_t except) {
  if (auto other = area_store::by_name_key(conn(s), fold_key(name), except)) {
    throw Error(ErrorKind::Conflict,
                fmt::format("an area named {} already exists: {} (#{})", in_quotes(name),
                            in_quotes(other->second), other->first),
                "area names must differ by more than upper and lower case");
  }
}

std::string checked_code(std::string_view text) {
  check_line(trim(text), "area code");  // before the message below quotes it
  std::string code = trim(text);
  if (code.empty() || code.size() > 32 ||
      code.find_first_not_of(
          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_./") !=
          std::string::npos) {
    throw Error(ErrorKind::Invalid, fmt::format("area code \"{}\" is not valid", text),
                "a code is 1 to 32 letters, digits, '-', '_', '.' or '/', e.g. E07000177");
  }
  return code;
}

void check_code_free(const Session& s, const std::string& code, std::int64_t except) {
  if (auto other = area_store::by_code(conn(s), code, except)) {
    throw Error(ErrorKind::Conflict, fmt::format("area code \"{}\" is already used by {} (#{})",
                                                 code, in_quotes(other->second), other->first));
  }
}

// Refuses a parent that lies (at any depth) within the area itself.
void check_no_cycle(const Session& s, const Area& self, AreaId parent) {
  std::string path = in_quotes(self.name);
  std::optional<AreaId> at = parent;
  for (int depth = 0; at && depth < 10000; ++depth) {
    Area a = load(s, *at);
    path += " -> " + in_quotes(a.name);
    if (a.id.v == self.id.v) {
      throw Error(ErrorKind::Invalid,
                  fmt::format("areas would lie within each other in a circle: {}", path),
                  "an area cannot lie within itself or within an area inside it");
    }
    at = a.parent_id;
  }
}

std::string or_none(const std::optional<std::string>& text) {
  return text ? *text : std::string("(none)");
}

std::string plural(std::int64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

Area add_area(const Session& s, const NewArea& in) {
  db::WriteTx tx(s.store);
  std::string name = registry::checked_name(in.name, "area");
  check_name_free(s, name, 0);
  std::optional<std::string> code;
  if (in.code) {
    code = checked_code(*in.code);
    check_code_free(s, *code, 0);
  }
  std::optional<AreaId> parent;
  if (in.parent) parent = find_area(s, *in.parent);
  Area row;
  row.name = name;
  row.code = code;
  row.parent_id = parent;
  row.created_at = s.clock.utc_stamp();
  Area added = load(s, {area_store::insert(conn(s), row)});
  std::string detail = "added area " + in_quotes(added.name);
  if (added.code) detail += " code " + *added.code;
  if (added.parent_name) detail += " within " + in_quotes(*added.parent_name);
  db::audit(s, "add", "area", added.id.v, detail);
  tx.commit();
  return added;
}

std::vector<Area> list_areas(const Session& s) {
  db::ReadTx tx(s.store);
  return area_store::list(conn(s));
}

AreaDetail show_area(const Session& s, std::string_view ref) {
  db::ReadTx tx(s.store);
  AreaDetail d;
  d.area = load(s, find_area(s, ref));
  d.children = area_store::children(conn(s), d.area.id.v);
  d.use = area_store::use_of(conn(s), d.area.id.v);
  return d;
}

namespace {

// What differs between two versions of an area, for the audit detail; empty when nothing.
std::string changes_between(const Session& s, const Area& old, const Area& now) {
  std::vector<std::string> changes;
  changes.reserve(3);
  if (now.name != old.name) {
    changes.push_back(fmt::format("name {} -> {}", in_quotes(old.name), in_quotes(now.name)));
  }
  if (now.code != old.code) {
    changes.push_back(fmt::format("code {} -> {}", or_none(old.code), or_none(now.code)));
  }
  auto parent_v = [](const Area& a) { return a.parent_id ? a.parent_id->v : 0; };
  if (parent_v(now) != parent_v(old)) {
    std::string to = now.parent_id ? in_quotes(load(s, *now.parent_id).name) : "(none)";
    changes.push_back(fmt::format("within {} -> {}",
                                  old.parent_name ? in_quotes(*old.parent_name) : "(none)", to));
  }
  std::string detail;
  for (const auto& c : changes) detail += (detail.empty() ? "" : "; ") + c;
  return detail;
}

}  // namespace

Area edit_area(const Session& s, std::string_view ref, const AreaEdit& e) {
  if ((e.parent && e.no_parent) || (e.code && e.no_code)) {
    throw Error(ErrorKind::Usage, "give a setting or its --no- form, not both");
  }
  db::WriteTx tx(s.store);
  const Area old = load(s, find_area(s, ref));
  Area now = old;
  if (e.name) {
    now.name = registry::checked_name(*e.name, "area");
    check_name_free(s, now.name, old.id.v);
  }
  if (e.no_code || (e.code && trim(*e.code).empty())) {
    now.code.reset();
  } else if (e.code) {
    now.code = checked_code(*e.code);
    check_code_free(s, *now.code, old.id.v);
  }
  if (e.no_parent) now.parent_id.reset();
  if (e.parent) {
    now.parent_id = find_area(s, *e.parent);
    check_no_cycle(s, old, *now.parent_id);
  }
  std::string detail = changes_between(s, old, now);
  if (detail.empty()) {
    throw Error(ErrorKind::Invalid,
                fmt::format("nothing to change for area {}", in_quotes(old.name)),
                "give --name, --code, --no-code, --parent or --no-parent with a new value");
  }
  area_store::update(conn(s), now);
  db::audit(s, "edit", "area", old.id.v, detail);
  Area result = load(s, old.id);
  tx.commit();
  return result;
}

Area remove_area(const Session& s, std::string_view ref) {
  db::WriteTx tx(s.store);
  Area a = load(s, find_area(s, ref));
  AreaUse use = area_store::use_of(conn(s), a.id.v);
  if (use.total() > 0) {
    std::vector<std::string> parts;
    parts.reserve(3);
    if (use.groups > 0) parts.push_back(plural(use.groups, "group", "groups"));
    if (use.organisations > 0) {
      parts.push_back(plural(use.organisations, "organisation", "organisations"));
    }
    if (use.child_areas > 0) parts.push_back(plural(use.child_areas, "child area", "child areas"));
    std::string list = parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i) {
      list += (i + 1 == parts.size() ? " and " : ", ") + parts[i];
    }
    throw Error(ErrorKind::Conflict, fmt::format("area {} is used by {}", in_quotes(a.name), list),
                fmt::format("move them to another area first (see: lpg area show {}), then "
                            "remove it; or keep it, since an unused area costs nothing",
                            shell_quote(a.name, true)));
  }
  area_store::remove(conn(s), a.id.v);
  db::audit(s, "remove", "area", a.id.v, "removed area " + in_quotes(a.name));
  tx.commit();
  return a;
}

}  // namespace lpg
