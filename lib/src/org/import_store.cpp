// SPDX-License-Identifier: MIT
#include "org/import_store.hpp"

#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <vector>

#include "db/store_impl.hpp"

namespace lpg::import {

namespace {

// v equals what column c holds, without copying it out: most of a re-import is rows unchanged.
// Each column holds one type (INTEGER or TEXT), which is the type of what the row gives it.
bool same(const std::optional<Value>& v, const db::Value& c) {
  if (c.is_null()) return !v;
  if (!v) return false;
  if (const auto* n = std::get_if<std::int64_t>(&*v)) return c.int64() == *n;
  return c.text_view() == std::get<std::string>(*v);
}

}  // namespace

OrgStore::OrgStore(const Session& s, std::string source, bool claim, bool rows_say_source)
    : s_(s),
      source_(std::move(source)),
      claim_(claim),
      rows_say_source_(rows_say_source),
      stamp_(s.clock.utc_stamp()),
      today_(format_date(s.clock.today())),
      audit_(s),
      c_(db::connection(s.store)),
      stored_(c_),
      writer_(c_, stamp_),
      undo_(c_, writer_) {
  // Ids are given here, as SQLite would (the largest plus one; the import holds the write
  // lock), so that an organisation added and taken back can be added again under its id,
  // and a new one keeps the id a file of lpg's gives it (new_id()).
  next_id_ = first_added_ = writer_.next_id();
  // Every identifier in memory (about 80 bytes each; England has some 150,000 providers and
  // schools): a hash lookup per row instead of a query.
  org_store::load_identifiers(c_, holder_of_);
}

void OrgStore::expect(std::size_t rows) { holder_of_.reserve(rows); }

std::optional<std::int64_t> OrgStore::find(const OrgRow& row) {
  // Each identifier is looked up once per row: check_identifiers() and update() use holders_.
  holders_.clear();
  std::optional<std::int64_t> found;
  for (const auto& [scheme, value] : row.identifiers) {
    holders_.push_back(holder_of_.find(scheme, value));
    if (!found) found = holders_.back();
  }
  if (found) return found;
  // An organisation this import added (ids from first_added_ on) is never the file's id.
  // An id is only this database's: a file exported elsewhere (or before a restore) may name
  // another organisation by it. Trust it when the name agrees, or the row has no name.
  if (row.lpg_id && *row.lpg_id < first_added_) {
    auto key = stored_.name_key(*row.lpg_id);
    const auto* name = row.values[kName] ? std::get_if<std::string>(&*row.values[kName]) : nullptr;
    if (key && (name == nullptr || row.name_key == *key)) return *row.lpg_id;
  }
  // A register's row has an identifier: one not held is a new provider, whatever its name.
  if (!row.identifiers.empty()) return std::nullopt;
  return by_name(row);
}

namespace {

// The row's text in column `col`, "" when blank.
std::string text_in(const OrgRow& row, Col col) {
  const auto* text = row.values[col] ? std::get_if<std::string>(&*row.values[col]) : nullptr;
  return text != nullptr ? *text : std::string();
}

// Whether the stored text and the row's could be the same place: equal, or one is blank.
bool agrees(std::optional<std::string> stored, const std::string& given) {
  return given.empty() || !stored || stored->empty() || *stored == given;
}

}  // namespace

// A council's spreadsheet without identifiers, imported again, must not add its settings
// again: a row with none is the organisation of its name stored before this import, where
// postcode and town do not say otherwise. Two such make the row ambiguous.
std::optional<std::int64_t> OrgStore::by_name(const OrgRow& row) {
  if (row.name_key.empty() || first_added_ <= 1) return std::nullopt;  // nothing stored before
  std::vector<std::int64_t> same;
  for (const auto& c : org_store::ref_by_key(db::connection(s_.store), row.name_key)) {
    if (c.id >= first_added_) continue;
    const db::Statement& stored = stored_.row(c.id);
    if (agrees(stored.column(kPostcode).opt_text(), text_in(row, kPostcode)) &&
        agrees(stored.column(kTown).opt_text(), text_in(row, kTown))) {
      same.push_back(c.id);
    }
  }
  if (same.size() > 1) {
    throw Error(ErrorKind::Conflict,
                fmt::format("\"{}\" is the name of {} organisations here; give an identifier "
                            "(ofsted_urn, dfe_urn or la_ref), a postcode or lpg's id to say which",
                            text_in(row, kName), same.size()));
  }
  if (same.empty()) return std::nullopt;
  return same.front();
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

void OrgStore::set_identifiers(std::int64_t id, const OrgRow& row, UndoLog::Identifiers* undo) {
  for (std::size_t i = 0; i < row.identifiers.size(); ++i) {
    if (holders_.at(i) == id) continue;  // it has this one already
    const auto& [scheme, value] = row.identifiers[i];
    if (undo != nullptr) {  // an organisation has one identifier of each scheme
      for (auto& old : writer_.drop_identifier(id, scheme)) {
        holder_of_.erase(scheme, old);
        undo->took.emplace_back(scheme, std::move(old));
      }
      undo->gave.emplace_back(scheme, value);
    }
    writer_.add_identifier(id, scheme, value);
    holder_of_.set(scheme, value, id);
  }
}

void OrgStore::unset_identifier(const std::string& scheme, const std::string& value) {
  writer_.unset_identifier(scheme, value);
  holder_of_.erase(scheme, value);
}

std::int64_t OrgStore::add(OrgRow& row) {
  auto& values = row.values;
  if (!values[kSector]) {
    throw Error(ErrorKind::Invalid, "no sector for a new organisation",
                "map a type or sector column");
  }
  if (!values[kName]) values[kName] = std::move(row.fallback_name);
  if (!values[kStatus]) values[kStatus] = std::string("open");
  if (!values[kNote]) values[kNote] = std::string();
  if (!values[kStatusSince] && std::get<std::string>(*values[kStatus]) != "open") {
    values[kStatusSince] = today_;
  }
  // A file that says where each organisation came from (lpg's export) is believed: a blank
  // cell is one added by hand, as it was where the file came from.
  if (!rows_say_source_) values[kSource] = source_;
  std::int64_t id = new_id(row);
  mark(id, true);
  for (const auto& [scheme, value] : row.identifiers) holder_of_.set(scheme, value, id);
  writer_.add(id, row);
  // No audit row each: the import's own row names the ids it added.
  return id;
}

bool OrgStore::given(std::int64_t id) const {
  std::int64_t at = id - first_added_;
  return at >= 0 && static_cast<std::size_t>(at) < given_.size() &&
         given_[static_cast<std::size_t>(at)];
}

void OrgStore::mark(std::int64_t id, bool given) {
  auto at = static_cast<std::size_t>(id - first_added_);
  if (at >= given_.size()) given_.resize(at + 1);
  given_[at] = given;
}

std::int64_t OrgStore::new_id(const OrgRow& row) {
  // The file's own id (lpg export orgs) when no organisation here has had it: above every id
  // stored before the import, and not given by it. So a database exported and imported into
  // a fresh one keeps its ids, by which its other exports name organisations.
  if (row.lpg_id && *row.lpg_id >= first_added_ && *row.lpg_id - first_added_ < kIdsAhead &&
      !given(*row.lpg_id)) {
    return *row.lpg_id;
  }
  while (!holes_.empty()) {  // the id of an organisation added and taken back: ids stay one run
    std::int64_t id = holes_.back();
    holes_.pop_back();
    if (!given(id)) return id;
  }
  while (given(next_id_)) ++next_id_;
  return next_id_++;
}

void OrgStore::flush() { writer_.flush(); }

void OrgStore::finish() {
  writer_.finish();
  stored_.finish();
}

bool OrgStore::update(std::int64_t id, OrgRow& row) {
  const db::Statement& now = stored_.row(id);
  auto& v = row.values;
  // The sector follows the register's type only when the type changes: a coordinator's own
  // choice of sector survives weekly imports of an unchanged register.
  if (v[kSourceType] && same(v[kSourceType], now.column(kSourceType)) && v[kSector]) {
    v[kSector].reset();
  }
  if (same(v[kStatus], now.column(kStatus))) {
    v[kStatusSince].reset();
  } else if (v[kStatus] && !v[kStatusSince]) {
    v[kStatusSince] = today_;
  }
  if (claim_) v[kSource] = source_;
  // An archived_at archives one not archived yet; one archived keeps its own time.
  if (!now.column(kArchivedAt).is_null()) v[kArchivedAt].reset();
  std::uint32_t mask = 0;
  std::vector<std::string> changed;
  for (int i = 0; i < kColumnCount; ++i) {
    if (v[i] && !same(v[i], now.column(i))) {
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
  undo_.keep(id, audit_.add("import", "organisation", id,
                            fmt::format("updated from {}: {}", source_, fmt::join(changed, ", "))));
  if (mask != 0) writer_.update(id, mask, row);
  if (identifiers_changed) set_identifiers(id, row, &undo_.identifiers(id));
  return true;
}

void OrgStore::revert(std::int64_t id) {
  if (auto identifiers = undo_.put_back(id)) {
    put_back(*identifiers, id);
  } else if (given(id)) {
    take_out(id);
  }
}

// The identifiers an update of `id` gave and took, given back and taken again.
void OrgStore::put_back(const UndoLog::Identifiers& identifiers, std::int64_t id) {
  for (const auto& [scheme, value] : identifiers.gave) unset_identifier(scheme, value);
  for (const auto& [scheme, value] : identifiers.took) {
    writer_.add_identifier(id, scheme, value);
    holder_of_.set(scheme, value, id);
  }
}

void OrgStore::take_out(std::int64_t id) {
  holes_.push_back(id);
  mark(id, false);
  if (auto queued = writer_.drop_queued(id)) {
    for (const auto& [scheme, value] : *queued) holder_of_.erase(scheme, value);
    return;
  }
  for (const auto& [scheme, value] : writer_.remove(id)) holder_of_.erase(scheme, value);
}

std::string OrgStore::added_ids() const {
  // Runs of ids, "#12-#340", leaving out those taken back and not taken again.
  std::vector<std::string> runs;
  for (std::size_t at = 0; at < given_.size();) {
    if (!given_[at]) {
      ++at;
      continue;
    }
    std::size_t to = at;
    while (to + 1 < given_.size() && given_[to + 1]) ++to;
    std::int64_t from = first_added_ + static_cast<std::int64_t>(at);
    std::int64_t last = first_added_ + static_cast<std::int64_t>(to);
    runs.push_back(from == last ? fmt::format("#{}", from) : fmt::format("#{}-#{}", from, last));
    at = to + 1;
  }
  return fmt::format("{}", fmt::join(runs, ", "));
}

std::vector<std::int64_t> OrgStore::missing(const std::function<bool(std::int64_t)>& listed,
                                            std::int64_t& open) {
  finish();
  std::vector<std::int64_t> out;
  open = 0;
  for (std::int64_t id : org_store::open_of_source(c_, source_)) {
    ++open;
    if (!listed(id)) out.push_back(id);
  }
  return out;
}

void OrgStore::close(const std::vector<std::int64_t>& ids) {
  for (auto id : ids) {
    check_interrupted();
    writer_.close(id, today_);
    audit_.add("import", "organisation", id, fmt::format("closed: not in the {} file", source_));
  }
}

}  // namespace lpg::import
