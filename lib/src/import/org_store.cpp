// SPDX-License-Identifier: MIT
#include "import/org_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/refs.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <vector>

#include "db/store_impl.hpp"

namespace lpg::import {

namespace {

// Binds without a copy: `v` outlives the statement's step in every caller.
void bind(SQLite::Statement& q, int i, const std::optional<Value>& v) {
  if (!v) {
    q.bind(i);
  } else if (const auto* n = std::get_if<std::int64_t>(&*v)) {
    q.bind(i, static_cast<int64_t>(*n));
  } else {
    q.bindNoCopy(i, std::get<std::string>(*v));
  }
}

std::optional<Value> stored(SQLite::Statement& q, int i) {
  const auto& c = q.getColumn(i);
  if (c.isNull()) return std::nullopt;
  if (c.isInteger()) return Value{static_cast<std::int64_t>(c.getInt64())};
  return Value{c.getString()};
}

std::string all_columns() {
  std::string out;
  for (const char* c : kOrgColumnNames) out += fmt::format("{}, ", c);
  return out;
}

}  // namespace

OrgStore::OrgStore(const Session& s, std::string source, bool claim)
    : s_(s),
      source_(std::move(source)),
      claim_(claim),
      stamp_(s.clock.utc_stamp()),
      today_(format_date(s.clock.today())),
      audit_(s),
      by_id_(db::conn(s.store), "SELECT name_key FROM organisation WHERE id = ?"),
      select_(db::conn(s.store),
              fmt::format("SELECT {}id FROM organisation WHERE id = ?", all_columns())),
      insert_(db::conn(s.store),
              fmt::format("INSERT INTO organisation ({}name_key, created_at, updated_at) VALUES "
                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          all_columns())),
      drop_identifier_(
          db::conn(s.store),
          "DELETE FROM org_identifier WHERE org_id = ? AND scheme = ? RETURNING value"),
      add_identifier_(db::conn(s.store),
                      "INSERT INTO org_identifier (org_id, scheme, value) VALUES (?, ?, ?)") {
  // Every identifier in memory (about 80 bytes each; England has some 150,000 providers and
  // schools): a hash lookup per row instead of a query.
  SQLite::Statement all(db::conn(s.store), "SELECT scheme, value, org_id FROM org_identifier");
  while (all.executeStep()) {
    holder_of_[all.getColumn(0).getText()][all.getColumn(1).getText()] =
        all.getColumn(2).getInt64();
  }
}

std::optional<std::int64_t> OrgStore::find(const OrgRow& row) {
  // Each identifier is looked up once per row: check_identifiers() and update() use holders_.
  holders_.clear();
  std::optional<std::int64_t> found;
  for (const auto& [scheme, value] : row.identifiers) {
    const auto& held = holder_of_[scheme];
    auto it = held.find(value);
    holders_.push_back(it == held.end() ? std::nullopt : std::optional(it->second));
    if (!found) found = holders_.back();
  }
  if (found) return found;
  // An organisation this import added (ids from first_added_ on) is never the file's id.
  if (!row.lpg_id || (first_added_ && *row.lpg_id >= *first_added_)) return std::nullopt;
  // An id is only this database's: a file exported elsewhere (or before a restore) may name
  // another organisation by it. Trust it when the name agrees, or the row has no name.
  by_id_.reset();
  by_id_.bind(1, static_cast<int64_t>(*row.lpg_id));
  if (!by_id_.executeStep()) return std::nullopt;
  const auto* name = row.values[kName] ? std::get_if<std::string>(&*row.values[kName]) : nullptr;
  if (name != nullptr && row.name_key != by_id_.getColumn(0).getString()) return std::nullopt;
  return *row.lpg_id;
}

void OrgStore::check_identifiers(std::int64_t id, const OrgRow& row) {
  for (std::size_t i = 0; i < row.identifiers.size(); ++i) {
    if (holders_.at(i) && *holders_[i] != id) {
      throw Error(ErrorKind::Conflict,
                  fmt::format("{} {} already belongs to organisation #{}", row.identifiers[i].first,
                              row.identifiers[i].second, *holders_[i]));
    }
  }
}

void OrgStore::set_identifiers(std::int64_t id, const OrgRow& row, bool fresh) {
  for (std::size_t i = 0; i < row.identifiers.size(); ++i) {
    if (holders_.at(i) == id) continue;  // it has this one already
    const auto& [scheme, value] = row.identifiers[i];
    if (!fresh) {
      drop_identifier_.reset();
      drop_identifier_.bind(1, static_cast<int64_t>(id));
      drop_identifier_.bindNoCopy(2, scheme);
      while (drop_identifier_.executeStep()) {
        holder_of_[scheme].erase(drop_identifier_.getColumn(0).getText());
      }
    }
    add_identifier_.reset();
    add_identifier_.bind(1, static_cast<int64_t>(id));
    add_identifier_.bindNoCopy(2, scheme);
    add_identifier_.bindNoCopy(3, value);
    add_identifier_.exec();
    holder_of_[scheme][value] = id;
  }
}

std::int64_t OrgStore::add(const OrgRow& row) {
  auto values = row.values;
  if (!values[kSector]) {
    throw Error(ErrorKind::Invalid, "no sector for a new organisation",
                "map a type or sector column");
  }
  if (!values[kName]) values[kName] = row.fallback_name;
  if (!values[kStatus]) values[kStatus] = std::string("open");
  if (!values[kNote]) values[kNote] = std::string();
  if (!values[kStatusSince] && std::get<std::string>(*values[kStatus]) != "open") {
    values[kStatusSince] = today_;
  }
  values[kSource] = source_;
  insert_.reset();
  for (int i = 0; i < kColumnCount; ++i) bind(insert_, i + 1, values[i]);
  insert_.bindNoCopy(kColumnCount + 1, row.name_key);
  insert_.bind(kColumnCount + 2, stamp_);
  insert_.bind(kColumnCount + 3, stamp_);
  insert_.exec();
  std::int64_t id = db::last_id(s_.store);
  set_identifiers(id, row, true);
  // No audit row each: the import's own row names the ids it added, which run on from one
  // another (SQLite gives max(id) + 1, and the import holds the write lock).
  if (!first_added_) first_added_ = id;
  last_added_ = id;
  return id;
}

SQLite::Statement& OrgStore::update_statement(std::uint32_t mask) {
  auto it = updates_.find(mask);
  if (it != updates_.end()) return it->second;
  std::string sets;
  for (int i = 0; i < kColumnCount; ++i) {
    if ((mask & (1U << i)) != 0) sets += fmt::format("{} = ?, ", kOrgColumnNames[i]);
  }
  if ((mask & (1U << kName)) != 0) sets += "name_key = ?, ";
  std::string sql = fmt::format("UPDATE organisation SET {}updated_at = ? WHERE id = ?", sets);
  return updates_.emplace(mask, SQLite::Statement(db::conn(s_.store), sql)).first->second;
}

bool OrgStore::update(std::int64_t id, OrgRow& row) {
  select_.reset();
  select_.bind(1, static_cast<int64_t>(id));
  select_.executeStep();
  std::array<std::optional<Value>, kColumnCount> now;
  for (int i = 0; i < kColumnCount; ++i) now[i] = stored(select_, i);
  auto& v = row.values;
  // The sector follows the register's type only when the type changes: a coordinator's own
  // choice of sector survives weekly imports of an unchanged register.
  if (v[kSourceType] && v[kSourceType] == now[kSourceType] && v[kSector]) v[kSector].reset();
  if (v[kStatus] == now[kStatus]) {
    v[kStatusSince].reset();
  } else if (v[kStatus] && !v[kStatusSince]) {
    v[kStatusSince] = today_;
  }
  if (claim_) v[kSource] = source_;
  std::uint32_t mask = 0;
  std::vector<std::string> changed;
  for (int i = 0; i < kColumnCount; ++i) {
    if (v[i] && v[i] != now[i]) {
      mask |= 1U << i;
      changed.emplace_back(i == kAreaId ? "area" : kOrgColumnNames[i]);
    }
  }
  bool identifiers_changed = false;
  for (std::size_t i = 0; i < row.identifiers.size(); ++i) {
    if (holders_.at(i) != id) {
      identifiers_changed = true;
      changed.push_back(row.identifiers[i].first);
    }
  }
  if (mask == 0 && !identifiers_changed) return false;
  if (mask != 0) {
    auto& q = update_statement(mask);
    q.reset();
    int n = 1;
    for (int i = 0; i < kColumnCount; ++i) {
      if ((mask & (1U << i)) != 0) bind(q, n++, v[i]);
    }
    if ((mask & (1U << kName)) != 0) q.bindNoCopy(n++, row.name_key);
    q.bind(n++, stamp_);
    q.bind(n, static_cast<int64_t>(id));
    q.exec();
  }
  if (identifiers_changed) set_identifiers(id, row, false);
  audit_.add("import", "organisation", id,
             fmt::format("updated from {}: {}", source_, fmt::join(changed, ", ")));
  return true;
}

std::string OrgStore::added_ids() const {
  if (!first_added_) return "";
  return *first_added_ == last_added_ ? fmt::format("#{}", last_added_)
                                      : fmt::format("#{}-#{}", *first_added_, last_added_);
}

std::int64_t OrgStore::close_missing(const std::unordered_map<std::int64_t, std::size_t>& seen) {
  SQLite::Statement q(db::conn(s_.store),
                      "SELECT id FROM organisation WHERE source = ? AND status <> 'closed' "
                      "AND archived_at IS NULL ORDER BY id");
  q.bind(1, source_);
  std::vector<std::int64_t> missing;
  while (q.executeStep()) {
    if (!seen.contains(q.getColumn(0).getInt64())) missing.push_back(q.getColumn(0).getInt64());
  }
  SQLite::Statement close(db::conn(s_.store),
                          "UPDATE organisation SET status = 'closed', status_since = ?, "
                          "updated_at = ? WHERE id = ?");
  for (auto id : missing) {
    check_interrupted();
    close.reset();
    close.bind(1, today_);
    close.bind(2, stamp_);
    close.bind(3, static_cast<int64_t>(id));
    close.exec();
    audit_.add("import", "organisation", id, fmt::format("closed: not in the {} file", source_));
  }
  return static_cast<std::int64_t>(missing.size());
}

}  // namespace lpg::import
