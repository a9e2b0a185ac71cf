// SPDX-License-Identifier: MIT
#pragma once
// What the list importers (people, members, meetings, attendance, actions) share: the row loop
// (one transaction, a savepoint a row, problems as for import orgs) and the references the
// history importers resolve.

#include <lpg/errors.hpp>
#include <lpg/import.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/meetings.hpp>

#include <fmt/format.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "format/import_rows.hpp"
#include "format/import_source.hpp"

namespace lpg::import {

/// A row's cells by field name (trimmed; "" when the column is absent).
using Get = std::function<std::string(std::string_view)>;

/// Audits one "import" entry for `entity` when the import changed anything: an import that
/// changed nothing (a cron job reading the same file again) leaves no trace, as import orgs.
void audit_import(const Session& s, const char* entity, const std::string& file,
                  const ImportSummary& summary);

/// Runs `one(get, summary)` on each row of the file in one transaction, each row in its own
/// savepoint, then `after(summary)` (if given) in the same transaction, with every row in
/// place. Row-level errors reject the row (fatal with strict); others abort the import.
/// Audits it (audit_import) unless dry_run, which stores nothing.
template <class One>
ImportSummary each_row(const Session& s, const ListImportOptions& o,
                       const std::vector<std::string>& fields,
                       const std::vector<std::string>& anchors, const char* entity, One one,
                       const std::function<void(ImportSummary&)>& after = {}) {
  Rules rules = default_rules(fields);
  if (!o.map.empty()) apply_map(rules, o.map, fields);
  db::Connection& c = db::connection(s.store);
  db::WriteTx tx(c);
  SourceFile file(o.file, rules, anchors);
  RejectsFile rejects(o.rejects_file, file.header(), s.config.csv_bom != "never");
  ImportSummary summary;
  summary.dry_run = o.dry_run;
  while (auto row = file.next()) {
    check_interrupted();
    Get get = [&](std::string_view field) { return cell(*row, file.column(field)); };
    try {
      db::WriteTx step(c);  // a bad row leaves nothing of itself behind
      one(get, summary);
      step.commit();
    } catch (const Error& e) {
      if (!row_level(e)) throw;
      reject(summary, rejects, o.file, *row, e, o.strict);
    }
  }
  if (after) after(summary);
  rejects.commit();
  if (!o.dry_run) {
    audit_import(s, entity, o.file, summary);
    tx.commit();
  }
  return summary;
}

/// The meeting a row names: by uid when given (Error{NotFound} if unknown), else by id or
/// GROUP@DATE through find_meeting.
MeetingId row_meeting(const Session& s, const std::string& uid, const std::string& ref);

/// A person named by a reference ("#12", an email or a name) together with the name and email
/// the row gives. An id whose person has another name is from another database: then the
/// email, else the name, decides. Throws Error{NotFound} or Error{Conflict}.
PersonId row_person(const Session& s, const std::string& ref, const std::string& name,
                    const std::string& email, std::string_view what);

/// The same for an organisation: "#3" (checked against `name`), a name or register id.
OrgId row_org(const Session& s, const std::string& ref, const std::string& name,
              std::string_view what);

/// "2026-11-30": the date, checked. Throws as parse_date_at(), `where` the date's column.
std::string checked_date(const std::string& text, std::string_view where);
/// A timestamp cell as lpg exports them ("2026-11-30T09:00:00Z"), checked; "" when blank (the
/// import's own time is recorded then). Throws as parse_utc_stamp_at().
std::string checked_stamp(const std::string& text, std::string_view where);

/// A whole number in [lo, hi], or Error{Invalid} naming `what`.
std::int64_t checked_int(const std::string& text, std::int64_t lo, std::int64_t hi,
                         std::string_view what);

}  // namespace lpg::import
