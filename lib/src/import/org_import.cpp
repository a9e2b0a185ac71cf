// SPDX-License-Identifier: MIT
// lpg import orgs: one register file, one transaction.
#include <lpg/errors.hpp>
#include <lpg/import.hpp>
#include <lpg/interrupt.hpp>

#include <fmt/format.h>

#include <unordered_map>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "import/org_parse.hpp"
#include "import/org_pipeline.hpp"
#include "import/org_store.hpp"
#include "import/rows.hpp"
#include "import/source.hpp"

namespace lpg {

namespace {

using import::Rules;

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
            : o.source == "csv" ? import::default_rules(fields)
                                : import::builtin_rules(o.source, fields);
  if (!o.map.empty()) import::apply_map(r, o.map, fields);
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
  return {"id", "ofsted_urn", "dfe_urn", "la_ref", "name"};
}

struct Run {
  const Session& s;
  const OrgImportOptions& o;
  Rules rules;
  import::SourceFile file;
  import::OrgRowParser parser;
  import::OrgStore store;
  import::RejectsFile rejects;
  ImportSummary summary;
  std::unordered_map<std::int64_t, std::size_t> seen;  // organisation -> line it was on

  Run(const Session& session, const OrgImportOptions& options, Rules r)
      : s(session),
        o(options),
        rules(std::move(r)),
        file(o.file, rules, anchors(rules)),
        parser(s, rules, file, o.area_from),
        store(s, source_name(o, rules), !rules.scheme.empty()),
        rejects(o.rejects_file, file.header(), s.config.csv_bom != "never") {
    summary.source = source_name(o, rules);
    summary.dry_run = o.dry_run;
  }

  // Records that the file names organisation `id` on `line`; a second row for it (a duplicate
  // identifier) wins, with a warning naming both lines.
  void saw(std::int64_t id, const import::OrgRow& row, std::size_t line) {
    auto [it, fresh] = seen.emplace(id, line);
    if (fresh) return;
    std::string what = row.key.empty() ? fmt::format("organisation #{}", id) : row.key;
    summary.warnings.push_back(
        {line, fmt::format("{} is also on line {}; the last one wins", what, it->second)});
    it->second = line;
  }

  void one(import::ParsedRow& item) {
    if (item.skipped) {
      ++summary.skipped;
      return;
    }
    if (item.problem) std::rethrow_exception(item.problem);
    const csv::Row& row = item.row;
    import::OrgRow& parsed = *item.parsed;  // freed on the reading thread, with its batch
    parser.area(parsed, row);
    auto id = store.find(parsed);
    store.check_identifiers(id.value_or(0), parsed);
    if (!id) {
      // A register lists providers long closed (GIAS keeps every school since 1970s): one
      // closed before lpg knew it is not worth adding.
      const auto* status = parsed.values[import::kStatus]
                               ? std::get_if<std::string>(&*parsed.values[import::kStatus])
                               : nullptr;
      if (status != nullptr && *status == "closed") {
        ++summary.skipped;
        return;
      }
      saw(store.add(parsed), parsed, row.line);
      ++summary.added;
    } else {
      saw(*id, parsed, row.line);
      ++(store.update(*id, parsed) ? summary.updated : summary.unchanged);
    }
  }

  void all() {
    import::ParsedRows rows(file, parser);
    while (import::ParsedRow* item = rows.next()) {
      check_interrupted();
      if (o.progress && item->position != 0) o.progress(item->position, file.size());
      try {
        one(*item);
      } catch (const Error& e) {
        if (!import::row_level(e)) throw;
        import::reject(summary, rejects, o.file, item->row, e, o.strict);
      }
    }
    if (o.progress) o.progress(file.size(), file.size());
    if (o.flag_closed) summary.closed = store.close_missing(seen);
  }
};

// A larger page cache for the length of an import: the indexes of 100,000 new rows no longer
// fit SQLite's default 2 MB. 16 MB keeps the whole process well under 64 MB.
class BigCache {
 public:
  explicit BigCache(const Store& store) : db_(db::conn(store)) {
    db_.exec("PRAGMA cache_size = -16384");
  }
  ~BigCache() {
    try {
      db_.exec("PRAGMA cache_size = -2000");
    } catch (...) {  // only a cache size
    }
  }
  BigCache(const BigCache&) = delete;
  BigCache& operator=(const BigCache&) = delete;

 private:
  SQLite::Database& db_;
};

// Loading a register into a (nearly) empty table is faster without the tables' indexes,
// built again at the end: one sort each instead of 100,000 scattered inserts. It all happens
// inside the import's transaction, so a failed or dry run gets the indexes back on rollback.
class DeferredIndexes {
 public:
  explicit DeferredIndexes(const Store& store) : db_(db::conn(store)) {
    if (db_.execAndGet("SELECT count(*) FROM organisation").getInt64() >= kFewRows) return;
    SQLite::Statement q(db_,
                        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT "
                        "NULL AND tbl_name IN ('organisation', 'org_identifier') ORDER BY name");
    while (q.executeStep()) indexes_.emplace_back(q.getColumn(0).getString(), q.getColumn(1));
    // Names from lpg's own schema, not from the user: quoted all the same.
    for (const auto& [name, sql] : indexes_) db_.exec(fmt::format("DROP INDEX \"{}\"", name));
  }
  /// Builds the indexes again; before the commit.
  void rebuild() {
    for (const auto& [name, sql] : indexes_) db_.exec(sql);
    indexes_.clear();
  }

 private:
  static constexpr std::int64_t kFewRows = 1000;
  SQLite::Database& db_;
  std::vector<std::pair<std::string, std::string>> indexes_;
};

}  // namespace

ImportSummary import_orgs(const Session& s, const OrgImportOptions& o) {
  Rules rules = rules_for(o);
  BigCache cache(s.store);
  db::WriteTx tx(s.store);
  DeferredIndexes indexes(s.store);
  Run run(s, o, std::move(rules));
  run.all();
  indexes.rebuild();
  run.rejects.commit();
  if (!o.dry_run) {
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
