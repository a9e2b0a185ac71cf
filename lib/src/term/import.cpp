// SPDX-License-Identifier: MIT
// lpg term import: read a file of term dates, check the calendar it would make, store it all.
#include <lpg/errors.hpp>
#include <lpg/terms.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "term/terms_internal.hpp"

namespace lpg {

namespace {

using terms::ImportFile;

std::ifstream open_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error(ErrorKind::Io, fmt::format("cannot import {}: it is a directory", path));
  }
  std::ifstream in(path, std::ios::binary);
  if (in) return in;
  int err = errno;
  ErrorKind kind = err == ENOENT   ? ErrorKind::NotFound
                   : err == EACCES ? ErrorKind::Permission
                                   : ErrorKind::Io;
  throw Error(kind, fmt::format("cannot open {}: {}", path, std::strerror(err)));
}

ImportFile read_file(const std::string& path, ImportFormat format, YearStart year_start) {
  if (format == ImportFormat::Auto) {
    std::string ext = ascii_lower(std::filesystem::path(path).extension().string());
    if (ext == ".csv") format = ImportFormat::Csv;
    if (ext == ".toml") format = ImportFormat::Toml;
    if (format == ImportFormat::Auto) {
      throw Error(ErrorKind::Usage, fmt::format("cannot tell the format of {} from its name", path),
                  "give --as csv or --as toml");
    }
  }
  std::ifstream in = open_file(path);
  if (format == ImportFormat::Csv) return terms::parse_csv(in, path, year_start);
  return terms::parse_toml(read_limited(in, kMaxWholeFileBytes, path), path, year_start);
}

// One term the import adds or changes. `id` is the stored id, or a negative placeholder for a
// term not stored yet (so that the checks can tell terms apart before they have ids).
struct Change {
  TermId id;
  TermInput input;
  std::size_t line = 0;
};

// The calendar the import would make must be in order: each term of the file is checked
// against every other term, stored or from the file, as they would all stand afterwards.
void check_result(const ImportFile& file, const std::vector<Term>& after,
                  const std::vector<Change>& changes) {
  for (const auto& c : changes) {
    if (auto clash = terms::order_conflict(after, c.input, c.id)) {
      throw Error(ErrorKind::Conflict,
                  fmt::format("{}:{}: {} ({}) {}", file.name, c.line, terms::label_of(c.input),
                              terms::shown(c.input.dates), *clash),
                  "terms run autumn, spring, summer without overlapping; nothing was imported");
    }
  }
}

// Writes the changes one at a time in an order in which no intermediate calendar overlaps or
// runs out of order (the triggers of migration 0003 refuse such a state). Both the stored and
// the final calendar are in order, and so such an order always exists: a term can be held up
// only by terms further along in the direction it moves.
void write_changes(const Session& s, std::vector<Term> now, std::vector<Change> pending,
                   const std::string& file_name) {
  while (!pending.empty()) {
    auto ready = std::find_if(pending.begin(), pending.end(), [&](const Change& c) {
      return !terms::order_conflict(now, c.input, c.id).has_value();
    });
    if (ready == pending.end()) {
      throw Error(ErrorKind::Internal, "cannot find an order in which to store the terms");
    }
    Term term{ready->id, ready->input.year, ready->input.name, ready->input.dates,
              ready->input.half_term};
    std::string detail = terms::audit_detail(ready->input) + ", from " + file_name;
    if (ready->id.v > 0) {
      terms::update_term(s, ready->id, ready->input);
      db::audit(s, "edit", "term", ready->id.v, detail);
      std::erase_if(now, [&](const Term& t) { return t.id == ready->id; });
    } else {
      term.id = terms::insert_term(s, ready->input);
      db::audit(s, "add", "term", term.id.v, detail);
    }
    now.push_back(term);
    pending.erase(ready);
  }
}

const char* status_of(bool stored, bool same) {
  return !stored ? "added" : same ? "unchanged" : "updated";
}

void count(TermImportResult& result, std::size_t line,
           std::vector<std::pair<std::size_t, ImportedItem>>& items, ImportedItem item) {
  if (item.status == "added") ++result.added;
  if (item.status == "updated") ++result.updated;
  if (item.status == "unchanged") ++result.unchanged;
  items.emplace_back(line, std::move(item));
}

// Closures are keyed by day: a stored day with another note is updated, never duplicated.
void import_closures(const Session& s, const ImportFile& file, TermImportResult& result,
                     std::vector<std::pair<std::size_t, ImportedItem>>& items) {
  std::map<std::string, std::string> notes;  // stored closures: day -> note
  for (const auto& c : terms::load_closures(s.store)) notes[format_date(c.day)] = c.note;
  for (const auto& row : file.closures) {
    std::string day = format_date(row.closure.day);
    auto it = notes.find(day);
    bool stored_already = it != notes.end();
    bool same = stored_already && it->second == row.closure.note;
    if (stored_already && !same) {
      std::int64_t id = terms::update_closure_note(s.store, row.closure.day, row.closure.note);
      db::audit(s, "edit", "closure", id,
                fmt::format("{} note \"{}\", from {}", day, row.closure.note, file.name));
    } else if (!stored_already) {
      std::int64_t id = terms::insert_closure(s, row.closure);
      db::audit(s, "add", "closure", id,
                fmt::format("{} \"{}\", from {}", day, row.closure.note, file.name));
    }
    count(result, row.line, items,
          {"closure", row.closure.year.name(), day, status_of(stored_already, same)});
  }
}

}  // namespace

TermImportResult import_calendar(const Session& s, const std::string& path, ImportFormat format) {
  ImportFile file = read_file(path, format, s.config.year_start);
  TermImportResult result;
  std::vector<std::pair<std::size_t, ImportedItem>> items;
  db::WriteTx tx(db::connection(s.store));
  std::vector<Term> stored = terms::load_terms(s.store);
  std::vector<Term> after = stored;
  std::vector<Change> changes;
  for (const auto& row : file.terms) {
    const TermInput& in = row.input;
    auto it = std::find_if(after.begin(), after.end(),
                           [&](const Term& t) { return t.year == in.year && t.name == in.name; });
    bool stored_already = it != after.end();
    bool same = stored_already && it->dates == in.dates && it->half_term == in.half_term;
    count(
        result, row.line, items,
        {"term", in.year.name(), std::string(to_string(in.name)), status_of(stored_already, same)});
    if (same) continue;
    TermId id = stored_already ? it->id : TermId{-static_cast<std::int64_t>(changes.size() + 1)};
    if (!stored_already) it = after.insert(after.end(), Term{id, in.year, in.name, {}, {}});
    it->dates = in.dates;
    it->half_term = in.half_term;
    changes.push_back({id, in, row.line});
  }
  check_result(file, after, changes);
  write_changes(s, stored, changes, file.name);

  import_closures(s, file, result, items);
  tx.commit();
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [line, item] : items) result.items.push_back(std::move(item));
  return result;
}

}  // namespace lpg
