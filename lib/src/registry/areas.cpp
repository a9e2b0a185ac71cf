// SPDX-License-Identifier: MIT
#include <lpg/areas.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "registry/naming.hpp"

namespace lpg {

using registry::in_quotes;
using registry::opt_int;
using registry::opt_text;

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.name, a.code, a.parent_id, p.name, a.created_at FROM area a "
    "LEFT JOIN area p ON p.id = a.parent_id ";

Area area_of(SQLite::Statement& q) {
  Area a;
  a.id = {q.getColumn(0).getInt64()};
  a.name = q.getColumn(1).getString();
  a.code = opt_text(q.getColumn(2));
  if (auto parent = opt_int(q.getColumn(3))) a.parent_id = AreaId{*parent};
  a.parent_name = opt_text(q.getColumn(4));
  a.created_at = q.getColumn(5).getString();
  return a;
}

Area load(const Session& s, AreaId id) {
  SQLite::Statement q(db::conn(s.store), std::string(kSelect) + "WHERE a.id = ?");
  q.bind(1, id.v);
  if (!q.executeStep()) throw Error(ErrorKind::NotFound, fmt::format("area #{} not found", id.v));
  return area_of(q);
}

void check_name_free(const Session& s, const std::string& name, std::int64_t except) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id, name FROM area WHERE name_key = ? AND id <> ?");
  q.bind(1, fold_key(name));
  q.bind(2, except);
  if (q.executeStep()) {
    throw Error(ErrorKind::Conflict,
                fmt::format("an area named {} already exists: {} (#{})", in_quotes(name),
                            in_quotes(q.getColumn(1).getString()), q.getColumn(0).getInt64()),
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
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id, name FROM area WHERE code = ? COLLATE NOCASE AND id <> ?");
  q.bind(1, code);
  q.bind(2, except);
  if (q.executeStep()) {
    throw Error(ErrorKind::Conflict,
                fmt::format("area code \"{}\" is already used by {} (#{})", code,
                            in_quotes(q.getColumn(1).getString()), q.getColumn(0).getInt64()));
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

AreaUse use_of(const Session& s, AreaId id) {
  auto count = [&](const char* sql) {
    SQLite::Statement q(db::conn(s.store), sql);
    q.bind(1, id.v);
    q.executeStep();
    return q.getColumn(0).getInt64();
  };
  return {count("SELECT count(*) FROM grp WHERE area_id = ?"),
          count("SELECT count(*) FROM organisation WHERE area_id = ?"),
          count("SELECT count(*) FROM area WHERE parent_id = ?")};
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
  SQLite::Statement insert(db::conn(s.store),
                           "INSERT INTO area (name, name_key, code, parent_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, name);
  insert.bind(2, fold_key(name));
  if (code) insert.bind(3, *code);
  if (parent) insert.bind(4, parent->v);
  insert.bind(5, s.clock.utc_stamp());
  insert.exec();
  Area added = load(s, {db::last_id(s.store)});
  std::string detail = "added area " + in_quotes(added.name);
  if (added.code) detail += " code " + *added.code;
  if (added.parent_name) detail += " within " + in_quotes(*added.parent_name);
  db::audit(s, "add", "area", added.id.v, detail);
  tx.commit();
  return added;
}

std::vector<Area> list_areas(const Session& s) {
  db::ReadTx tx(s.store);
  SQLite::Statement q(db::conn(s.store), std::string(kSelect) + "ORDER BY a.name_key, a.id");
  std::vector<Area> out;
  while (q.executeStep()) out.push_back(area_of(q));
  return out;
}

AreaDetail show_area(const Session& s, std::string_view ref) {
  db::ReadTx tx(s.store);
  AreaDetail d;
  d.area = load(s, find_area(s, ref));
  SQLite::Statement q(db::conn(s.store),
                      std::string(kSelect) + "WHERE a.parent_id = ? ORDER BY a.name_key, a.id");
  q.bind(1, d.area.id.v);
  while (q.executeStep()) d.children.push_back(area_of(q));
  d.use = use_of(s, d.area.id);
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

void update_row(const Session& s, const Area& a) {
  SQLite::Statement update(db::conn(s.store),
                           "UPDATE area SET name = ?, name_key = ?, code = ?, parent_id = ? "
                           "WHERE id = ?");
  update.bind(1, a.name);
  update.bind(2, fold_key(a.name));
  if (a.code) update.bind(3, *a.code);
  if (a.parent_id) update.bind(4, a.parent_id->v);
  update.bind(5, a.id.v);
  update.exec();
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
  update_row(s, now);
  db::audit(s, "edit", "area", old.id.v, detail);
  Area result = load(s, old.id);
  tx.commit();
  return result;
}

Area remove_area(const Session& s, std::string_view ref) {
  db::WriteTx tx(s.store);
  Area a = load(s, find_area(s, ref));
  AreaUse use = use_of(s, a.id);
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
  SQLite::Statement del(db::conn(s.store), "DELETE FROM area WHERE id = ?");
  del.bind(1, a.id.v);
  del.exec();
  db::audit(s, "remove", "area", a.id.v, "removed area " + in_quotes(a.name));
  tx.commit();
  return a;
}

}  // namespace lpg
