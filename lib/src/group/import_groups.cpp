// SPDX-License-Identifier: MIT
// lpg import groups: what `lpg export groups` writes, read back through the same services as
// `group add/edit/archive`, in one transaction. Parents may come after their children in the
// file, so rows are applied in dependency order rather than file order.
#include <lpg/cadence.hpp>
#include <lpg/dates.hpp>
#include <lpg/errors.hpp>
#include <lpg/group_import.hpp>
#include <lpg/groups.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "format/import_history.hpp"
#include "format/import_rows.hpp"
#include "format/import_source.hpp"
#include "group/group_fields.hpp"
#include "group/group_store.hpp"

namespace lpg {

namespace {

using namespace group_fields;  // the column keys: kName, kCadence ...

// The columns export groups writes (group/group_fields.cpp): every one is read back.
std::vector<std::string> group_columns() {
  std::vector<std::string> out;
  for (const auto& c : group_fields::all()) out.emplace_back(c.name);
  return out;
}

struct GroupRow {
  csv::Row raw;
  std::array<std::string, kCount> cell;  ///< column -> trimmed text ("" when absent)
  std::vector<std::string> parents;      ///< reports_to, split
  std::vector<std::size_t> deps;         ///< rows of this file that must come first
};

std::vector<std::string> split_parents(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(kReportsToSeparator[0], start);
    if (end == std::string::npos) end = text.size();
    std::string name = trim(std::string_view(text).substr(start, end - start));
    if (!name.empty()) out.push_back(name);
    start = end + 1;
  }
  return out;
}

// Which rows name which: a row depends on the rows whose names it reports to or meets after.
void link_rows(std::vector<GroupRow>& rows) {
  std::map<std::string, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < rows.size(); ++i) by_key[fold_key(rows[i].cell[kName])].push_back(i);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::vector<std::string> refs = rows[i].parents;
    try {
      if (!rows[i].cell[kCadence].empty()) {
        Cadence c = parse_cadence(rows[i].cell[kCadence]);
        if (!c.after.empty()) refs.push_back(c.after);
      }
    } catch (const Error&) {  // a bad cadence: the row is rejected when it is applied
    }
    for (const auto& ref : refs) {
      auto it = by_key.find(fold_key(ref));
      if (it == by_key.end()) continue;
      for (std::size_t j : it->second) {
        if (j != i) rows[i].deps.push_back(j);
      }
    }
  }
}

// The rows in an order that puts every row after the rows it depends on (file order where
// nothing says otherwise); rows left over depend on a cycle.
std::vector<std::size_t> apply_order(const std::vector<GroupRow>& rows,
                                     std::vector<std::size_t>& cyclic) {
  std::vector<std::size_t> order;
  std::vector<bool> done(rows.size(), false);
  for (bool progress = true; progress;) {
    progress = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (done[i]) continue;
      bool ready = std::all_of(rows[i].deps.begin(), rows[i].deps.end(),
                               [&](std::size_t j) { return done[j]; });
      if (!ready) continue;
      done[i] = progress = true;
      order.push_back(i);
    }
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!done[i]) cyclic.push_back(i);
  }
  return order;
}

// "A -> B -> A": the first cycle reached from row `i` through rows not yet applied.
Error cycle_error(const std::vector<GroupRow>& rows, std::size_t i,
                  const std::set<std::size_t>& left) {
  std::vector<std::size_t> path{i};
  for (;;) {
    std::size_t next = path.back();
    for (std::size_t d : rows[path.back()].deps) {
      if (left.count(d) != 0) {
        next = d;
        break;
      }
    }
    bool seen = std::find(path.begin(), path.end(), next) != path.end();
    path.push_back(next);
    if (seen) break;
  }
  // A row that only leads into a cycle names the cycle it leads into.
  auto first = std::find(path.begin(), path.end(), path.back());
  std::string names;
  for (auto j = first; j != path.end(); ++j) {
    names += (names.empty() ? "" : " -> ") + rows[*j].cell[kName];
  }
  std::string what = first == path.begin() ? "reporting cycle in the file"
                                           : "reports to a group in a reporting cycle in the file";
  return Error(ErrorKind::Invalid, fmt::format("{}: {}", what, names),
               "a group cannot report to itself, directly or in turn");
}

std::optional<std::int64_t> stored_group(const Session& s, const GroupRow& row,
                                         std::int64_t max_before) {
  const std::string& id = row.cell[kId];
  std::optional<std::int64_t> by_id, by_name;
  if (!id.empty() && id.size() < 16 && id.find_first_not_of("0123456789") == std::string::npos) {
    std::int64_t v = std::stoll(id);
    if (v <= max_before && group_store::exists(db::connection(s.store), v)) by_id = v;
  }
  auto named = group_store::by_name_key(db::connection(s.store), fold_key(row.cell[kName]));
  if (named) by_name = named->first;
  // The id wins (a renamed group) unless the name is another group's: then the id came from
  // another database, and renaming would only collide.
  return by_name ? by_name : by_id;
}

// Archives with the file's own timestamp, so a round trip keeps it.
void set_archived(const Session& s, std::int64_t id, const std::string& at) {
  group_store::set_archived(db::connection(s.store), id,
                            parse_utc_stamp_at(at, name_of(kArchivedAt)));
  db::audit(s, "archive", "grp", id, "import");
}

bool add_row(const Session& s, const GroupRow& row) {
  const auto& c = row.cell;
  NewGroup g;
  g.name = c[kName];
  g.kind = c[kKind];
  if (g.kind.empty()) throw Error(ErrorKind::Invalid, "a new group needs a kind");
  if (!c[kArea].empty()) g.area = c[kArea];
  if (!c[kCadence].empty()) g.cadence = c[kCadence];
  if (!c[kQuorum].empty()) g.quorum = c[kQuorum];
  g.reports_to = row.parents;
  g.description = c[kDescription];
  Group added = add_group(s, g);
  if (!c[kArchivedAt].empty()) set_archived(s, added.id.v, c[kArchivedAt]);
  return true;
}

// The edit that brings stored group `now` to the row; blank cells leave fields alone.
GroupEdit row_edit(const Session& s, const GroupRow& row, const Group& now) {
  const auto& c = row.cell;
  GroupEdit e;
  if (!c[kName].empty() && stored_form(kName, c[kName]) != now.name) e.name = c[kName];
  if (!c[kKind].empty() && stored_form(kKind, c[kKind]) != now.kind) e.kind = c[kKind];
  if (!c[kArea].empty() && (!now.area_id || find_area(s, c[kArea]).v != now.area_id->v)) {
    e.area = c[kArea];
  }
  if (!c[kCadence].empty() && stored_form(kCadence, c[kCadence]) != now.cadence) {
    e.cadence = c[kCadence];
  }
  if (!c[kQuorum].empty() && stored_form(kQuorum, c[kQuorum]) != now.quorum) {
    e.quorum = c[kQuorum];
  }
  if (!c[kDescription].empty() && stored_form(kDescription, c[kDescription]) != now.description) {
    e.description = c[kDescription];
  }
  if (c[kReportsTo].empty()) return e;
  std::set<std::int64_t> wanted;
  for (const auto& p : row.parents) {
    std::int64_t id = find_group(s, p).v;
    wanted.insert(id);
    bool has = std::any_of(now.reports_to.begin(), now.reports_to.end(),
                           [&](const GroupLink& l) { return l.id.v == id; });
    if (!has) e.add_reports_to.push_back(fmt::format("#{}", id));
  }
  for (const auto& l : now.reports_to) {
    if (wanted.count(l.id.v) == 0) e.remove_reports_to.push_back(fmt::format("#{}", l.id.v));
  }
  return e;
}

// Applies one row: true when it added the group, false when it matched one; `changed` says
// whether a matched group was changed.
bool apply_row(const Session& s, const GroupRow& row, std::int64_t max_before, bool& changed) {
  if (row.cell[kName].empty()) throw Error(ErrorKind::Invalid, "a row without a name");
  auto id = stored_group(s, row, max_before);
  if (!id) return add_row(s, row);
  std::string ref = fmt::format("#{}", *id);
  Group now = show_group(s, ref);
  GroupEdit e = row_edit(s, row, now);
  changed = e.name || e.kind || e.area || e.cadence || e.quorum || e.description ||
            !e.add_reports_to.empty() || !e.remove_reports_to.empty();
  if (changed) edit_group(s, ref, e);
  if (!row.cell[kArchivedAt].empty() && !now.archived_at) {
    set_archived(s, *id, row.cell[kArchivedAt]);
    changed = true;
  }
  return false;
}

std::vector<GroupRow> read_rows(import::SourceFile& file) {
  std::vector<GroupRow> rows;
  while (auto raw = file.next()) {
    check_interrupted();
    GroupRow row{*raw, {}, {}, {}};
    for (const auto& c : group_fields::all())
      row.cell[c.key] = import::cell(*raw, file.column(c.name));
    row.parents = split_parents(row.cell[kReportsTo]);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

ImportSummary import_groups(const Session& s, const ListImportOptions& o) {
  const std::vector<std::string> fields = group_columns();
  import::Rules rules = import::default_rules(fields);
  if (!o.map.empty()) import::apply_map(rules, o.map, fields);
  db::WriteTx tx(s.store);
  std::int64_t max_before = group_store::max_id(db::connection(s.store));
  import::SourceFile file(o.file, rules, {name_of(kName)});
  import::RejectsFile rejects(o.rejects_file, file.header(), s.config.csv_bom != "never");
  ImportSummary summary;
  summary.dry_run = o.dry_run;
  std::vector<GroupRow> rows = read_rows(file);
  link_rows(rows);
  std::vector<std::size_t> cyclic;
  std::vector<std::size_t> order = apply_order(rows, cyclic);
  // Problems are reported (and written to the rejects file) in file order, not apply order.
  std::vector<std::pair<std::size_t, Error>> problems;
  auto problem = [&](std::size_t i, const Error& e) {
    if (o.strict) import::reject(summary, rejects, o.file, rows[i].raw, e, true);
    problems.emplace_back(i, e);
  };
  for (std::size_t i : order) {
    check_interrupted();
    try {
      db::WriteTx step(s.store);  // a savepoint: a bad row leaves nothing of itself behind
      bool changed = false;
      bool added = apply_row(s, rows[i], max_before, changed);
      step.commit();
      ++(added ? summary.added : changed ? summary.updated : summary.unchanged);
    } catch (const Error& e) {
      if (!import::row_level(e)) throw;
      problem(i, e);
    }
  }
  std::set<std::size_t> left(cyclic.begin(), cyclic.end());
  for (std::size_t i : cyclic) problem(i, cycle_error(rows, i, left));
  std::stable_sort(problems.begin(), problems.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [i, e] : problems)
    import::reject(summary, rejects, o.file, rows[i].raw, e, false);
  rejects.commit();
  if (!o.dry_run) {
    import::audit_import(s, "grp", o.file, summary);
    tx.commit();
  }
  return summary;
}

}  // namespace lpg
