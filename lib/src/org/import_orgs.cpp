// SPDX-License-Identifier: MIT
// lpg import orgs: one register file, one transaction.
#include <lpg/errors.hpp>
#include <lpg/import.hpp>
#include <lpg/interrupt.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "db/audit.hpp"
#include "db/bulk_load.hpp"
#include "db/store_impl.hpp"
#include "format/import_rows.hpp"
#include "format/import_source.hpp"
#include "org/import_layout.hpp"
#include "org/import_parse.hpp"
#include "org/import_pipeline.hpp"
#include "org/import_store.hpp"
#include "org/org_fields.hpp"
#include "org/org_store.hpp"

namespace lpg {

namespace {

using import::Layout;
using import::Rules;

// A file of lpg's own columns names its organisations by its id or an identifier (their
// declared columns), and by name.
std::vector<std::string> csv_identifiers() {
  std::vector<std::string> out{org_fields::kIdColumn};
  for (const auto& s : org_fields::schemes()) out.emplace_back(s.column);
  return out;
}

Rules csv_rules() {
  Rules r = import::default_rules(import::org_fields());
  r.required = {csv_identifiers(), {org_fields::of(import::kName).name}};
  return r;
}

bool maps(const Rules& r, const std::string& field) {
  for (const auto& [name, aliases] : r.columns) {
    if (name == field) return true;
  }
  return false;
}

Rules rules_for(const OrgImportOptions& o) {
  const auto& fields = import::org_fields();
  if (o.source != "ofsted" && o.source != "gias" && o.source != "csv") {
    throw Error(ErrorKind::Invalid, fmt::format("unknown --source \"{}\"", o.source),
                "choose ofsted, gias or csv");
  }
  if (!o.map.empty() && o.source != "csv") {
    throw Error(ErrorKind::Invalid, "--map goes with --source csv",
                "the ofsted and gias rules map their own columns; copy share/import/"
                "NAME.toml and give --rules to change them");
  }
  Rules r = o.rules_file        ? import::load_rules(*o.rules_file, fields)
            : o.source == "csv" ? csv_rules()
                                : import::builtin_rules(o.source, fields);
  if (!o.map.empty()) {
    import::apply_map(r, o.map, fields);
    // Every column the map names: a file without one of them is not the file it describes.
    r.required.clear();
    for (const auto& [field, aliases] : r.columns) r.required.push_back({field});
  } else if (o.rules_file && r.required.empty()) {
    r.required.push_back({r.identity});
    if (maps(r, "name")) r.required.push_back({"name"});
  }
  return r;
}

// What organisation.source records: the register, or "csv:NAME" for a council's own rules.
std::string source_name(const OrgImportOptions& o, const Rules& r) {
  if (o.source != "csv") return o.source;
  return o.rules_file ? "csv:" + r.name : "csv";
}

// A csv file named by lpg id or, failing that, by whichever identifier column it has.
std::vector<std::string> anchors(const Rules& r) {
  if (!r.scheme.empty()) return {r.identity};
  auto out = csv_identifiers();
  out.emplace_back(org_fields::of(import::kName).name);
  return out;
}

Layout expected_layout(const OrgImportOptions& o, const Rules& r) {
  std::string what = o.rules_file     ? fmt::format("a file for the rules in {}", *o.rules_file)
                     : !o.map.empty() ? std::string("the file --map describes")
                     : r.builtin ? fmt::format("a{} {} file", r.name == "ofsted" ? "n" : "", r.name)
                                 : std::string("an organisations file with lpg's columns");
  return {what, "--source " + o.source, r};
}

// The layouts a wrong file may be, for the hint: the registers and lpg's own export.
std::vector<import::Layout> other_layouts(const OrgImportOptions& o) {
  bool own = !o.rules_file && o.map.empty();
  std::vector<import::Layout> out;
  for (const char* name : {"ofsted", "gias"}) {
    if (own && o.source == name) continue;
    out.push_back({fmt::format("a{} {} file", name == std::string("ofsted") ? "n" : "", name),
                   fmt::format("--source {}", name),
                   import::builtin_rules(name, import::org_fields())});
  }
  if (!own || o.source != "csv") {
    out.push_back({"lpg's own organisations export", "--source csv", csv_rules()});
  }
  return out;
}

// What one row of the file did to its organisation.
enum class Outcome : std::uint8_t { Left, Added, Updated, Unchanged };

struct Seen {
  std::uint32_t line = 0;  // 0: the file does not name the organisation (yet)
  Outcome outcome = Outcome::Left;
};

// The organisations the file names, by id. Ids run from 1 with few gaps, so a vector indexed by
// id takes a fraction of the memory of a hash table (and none of its hashing); an id past
// kDense, which lpg never gives, goes to a hash table.
class Named {
 public:
  void reserve(std::size_t n) { dense_.reserve(std::min(n, kDense)); }
  Seen* find(std::int64_t id) {
    if (id > 0 && static_cast<std::size_t>(id) < kDense) {
      auto at = static_cast<std::size_t>(id);
      return at < dense_.size() && dense_[at].line != 0 ? &dense_[at] : nullptr;
    }
    auto it = sparse_.find(id);
    return it == sparse_.end() ? nullptr : &it->second;
  }
  bool contains(std::int64_t id) { return find(id) != nullptr; }
  Seen& operator[](std::int64_t id) {
    if (id <= 0 || static_cast<std::size_t>(id) >= kDense) return sparse_[id];
    auto at = static_cast<std::size_t>(id);
    if (at >= dense_.size()) dense_.resize(std::max(at + 1, dense_.size() + dense_.size() / 2));
    return dense_[at];
  }

 private:
  static constexpr std::size_t kDense = std::size_t{1} << 22;
  std::vector<Seen> dense_;
  std::unordered_map<std::int64_t, Seen> sparse_;
};

std::uint32_t line_of(std::size_t line) {
  return static_cast<std::uint32_t>(
      std::min<std::size_t>(line, std::numeric_limits<std::uint32_t>::max()));
}

struct Run {
  const OrgImportOptions& o;
  import::SourceFile& file;
  import::OrgRowParser& parser;
  import::OrgStore store;
  import::RejectsFile rejects;
  ImportSummary summary;
  Named seen;             // organisations the file names
  std::int64_t rows = 0;  // rows read and not skipped

  Run(const Session& s, const OrgImportOptions& options, const Rules& rules, import::SourceFile& f,
      import::OrgRowParser& p)
      : o(options),
        file(f),
        parser(p),
        store(s, source_name(o, rules), !rules.scheme.empty(), p.carries_source()),
        rejects(o.rejects_file, file.header(), s.config.csv_bom != "never") {
    summary.source = source_name(o, rules);
    summary.dry_run = o.dry_run;
    // A register row is some 200 bytes or more: room for as many rows as that makes.
    std::size_t rows = file.size() / 200;
    store.expect(rows);
    seen.reserve(rows);
  }

  std::int64_t* counter(Outcome outcome) {
    switch (outcome) {
      case Outcome::Added:
        return &summary.added;
      case Outcome::Updated:
        return &summary.updated;
      case Outcome::Unchanged:
        return &summary.unchanged;
      case Outcome::Left:
        break;
    }
    return nullptr;
  }

  // The organisation `row` names, counted once: when an earlier row named it too, that row's
  // work is taken back and this one (the last one wins) is compared with what was stored.
  std::optional<std::int64_t> match(const import::OrgRow& row, std::size_t line) {
    auto id = store.find(row);
    if (!id) return id;
    Seen& earlier = seen[*id];
    if (earlier.line == 0) {
      earlier = Seen{line_of(line), Outcome::Left};
      return id;
    }
    std::string what = row.key.empty() ? fmt::format("organisation #{}", *id) : row.key;
    summary.warnings.push_back(
        {line, fmt::format("{} is also on line {}; the last one wins", what, earlier.line)});
    if (auto* n = counter(earlier.outcome)) --*n;
    earlier = Seen{line_of(line), Outcome::Left};
    store.revert(*id);
    return store.find(row);  // none for an organisation this import had added
  }

  void record(std::int64_t id, std::size_t line, Outcome outcome) {
    seen[id] = Seen{line_of(line), outcome};
    ++*counter(outcome);
  }

  void one(import::ParsedRow& item) {
    if (item.skipped) {
      ++summary.skipped;
      return;
    }
    ++rows;
    const csv::Row& row = item.row;
    const import::OrgRow* named = item.parsed ? &*item.parsed : item.named ? &*item.named : nullptr;
    std::optional<std::int64_t> id;
    if (named != nullptr) id = match(*named, row.line);
    if (item.problem) std::rethrow_exception(item.problem);
    import::OrgRow& parsed = *item.parsed;  // freed on the reading thread, with its batch
    parser.area(parsed, row);
    store.check_identifiers(id.value_or(0), parsed);
    if (id) {
      record(*id, row.line, store.update(*id, parsed) ? Outcome::Updated : Outcome::Unchanged);
      return;
    }
    // A register lists providers long closed (GIAS keeps every school since 1970s): one
    // closed before lpg knew it is not worth adding. A CSV file (lpg's own export, or a
    // council's list) is not a register: its closed organisations are added, closed, so that
    // an export imported into a fresh database keeps them.
    const auto* status = parsed.values[import::kStatus]
                             ? std::get_if<std::string>(&*parsed.values[import::kStatus])
                             : nullptr;
    if (o.source != "csv" && status != nullptr && *status == "closed") {
      --rows;
      ++summary.skipped;
      return;
    }
    record(store.add(parsed), row.line, Outcome::Added);
  }

  void all() {
    import::ParsedRows parsed(file, parser);
    while (import::ParsedRow* item = parsed.next()) {
      check_interrupted();
      if (o.progress && item->position != 0) o.progress(item->position, file.size());
      try {
        one(*item);
      } catch (const Error& e) {
        if (!import::row_level(e)) throw;
        import::reject(summary, rejects, o.file, item->row, e, o.strict);
      }
      // Organisations waiting to be written are read from their rows: before they go back.
      if (parsed.batch_done()) store.flush();
    }
    store.finish();
    if (o.progress) o.progress(file.size(), file.size());
  }

  // A file most of whose rows are refused is the wrong file, or read with the wrong rules:
  // the few rows left are no update of the register.
  void refuse_if_mostly_rejected() {
    if (summary.rejected == 0 || summary.rejected * 2 <= rows) return;
    const auto& first = summary.rejects.front();
    rejects.commit();
    throw Error(
        ErrorKind::Invalid,
        fmt::format("{}: {} of its {} rows were rejected (the first, on line {}: {})", o.file,
                    summary.rejected, rows, first.line, first.message),
        fmt::format("is it the right file, read with the right --source or rules? "
                    "Nothing was imported; {}",
                    o.rejects_file ? fmt::format("the rejected rows are in {}", *o.rejects_file)
                                   : std::string("--rejects FILE lists the rows")));
  }

  // --on-missing flag-closed, unless it would close more than `limit` allows: a partial
  // download, or one area's extract given for the county, leaves most providers out.
  void close_missing(const CloseLimit& limit, const char* limit_from) {
    std::int64_t open = 0;
    auto missing = store.missing([&](std::int64_t id) { return seen.contains(id); }, open);
    auto n = static_cast<std::int64_t>(missing.size());
    if (n > limit.of(open)) {
      throw Error(
          ErrorKind::Invalid,
          fmt::format("{} would close {} of the {} open {} organisations ({:.3g}%), more than the "
                      "{} allowed ({})",
                      o.file, n, open, summary.source,
                      100.0 * static_cast<double>(n) / static_cast<double>(open), limit.text,
                      limit_from),
          fmt::format("is it a partial download, or one area's extract? Nothing was imported. "
                      "If they have all closed, give --max-close {}",
                      n));
    }
    store.close(missing);
    summary.closed = n;
  }

  bool changed() const { return summary.added + summary.updated + summary.closed > 0; }
};

// Below this many organisations stored, an import is a (nearly) first load.
constexpr std::int64_t kFewRows = 1000;

}  // namespace

ImportSummary import_orgs(const Session& s, const OrgImportOptions& o) {
  Rules rules = rules_for(o);
  CloseLimit limit = o.max_close.empty()
                         ? parse_close_limit(s.config.import_max_close, "import.max_close")
                         : parse_close_limit(o.max_close, "--max-close");
  // The file is checked before the database is touched: a wrong file changes nothing at all.
  import::check_layout(o.file, expected_layout(o, rules), anchors(rules), other_layouts(o));
  import::SourceFile file(o.file, rules, anchors(rules));
  import::OrgRowParser parser(s, rules, file, o.area_from);
  db::Connection& c = db::connection(s.store);
  // A larger page cache for the length of an import: 16 MB, SQLite's default being 2. A
  // first import builds the indexes from the new rows at the end (below): 100,000 providers
  // make a 29 MB database, and in 16 MB the pages written out to the WAL during the import
  // are read back from it to build them (three times the writes, and as many reads). It gets
  // 32 MB, which holds them and keeps the process under 64 MB (55 MB for 100,000).
  db::PageCache cache(c, 16384);
  db::WriteTx tx(c);
  // The import gives the ids of the organisations it adds (import_store.cpp): no one else
  // adds one meanwhile, nor an identifier, on PostgreSQL as on SQLite.
  for (const char* table : {"organisation", "org_identifier"}) c.lock_table(table);
  // Loading a register into a (nearly) empty table is faster without the tables' indexes
  // (and on PostgreSQL the constraints a bulk load may drop), built again at the end.
  std::optional<db::LooseSchema> indexes;
  if (org_store::count(c) < kFewRows)
    indexes.emplace(c, std::vector<std::string>{"organisation", "org_identifier"});
  if (indexes && !indexes->empty()) cache.resize(32768);
  Run run(s, o, rules, file, parser);
  run.all();
  run.refuse_if_mostly_rejected();
  if (o.flag_closed)
    run.close_missing(limit, o.max_close.empty() ? "import.max_close" : "--max-close");
  if (indexes) indexes->restore();
  run.rejects.commit();
  // An import that changed nothing leaves no trace: no audit row, not a byte of the file.
  if (!o.dry_run && run.changed()) {
    std::string added = run.store.added_ids();
    db::audit(
        s, "import", "organisation", 0,
        fmt::format("{}: {} added{}, {} updated, {} unchanged, {} closed, {} rejected", o.file,
                    run.summary.added, added.empty() ? "" : " (" + added + ")", run.summary.updated,
                    run.summary.unchanged, run.summary.closed, run.summary.rejected));
    tx.commit();
  }
  return run.summary;
}

}  // namespace lpg
