// SPDX-License-Identifier: MIT
#pragma once
// Importing provider registers (Ofsted, GIAS, a council's own CSV), contact lists and
// membership lists. `lpg import orgs|people|members`.

#include <lpg/session.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// How many organisations one import may close (--on-missing flag-closed): a number, or a share
/// of the source's open organisations. A register changes by well under 1% a week, so more
/// than a few per cent missing is a partial or wrong file, not closures.
struct CloseLimit {
  std::string text = "5%";  ///< as written: "12" or "5%"
  std::int64_t count = -1;  ///< at most this many; -1 when `percent` says
  double percent = 5;       ///< at most this share of the open organisations
  /// The most that may close when `open` organisations are open.
  std::int64_t of(std::int64_t open) const;
};

/// Parses "N" (a number of organisations) or "P%" (a percentage, 0 to 100, "0.5%" too).
/// Throws Error{Invalid} naming `what` (an option or a configuration key).
CloseLimit parse_close_limit(std::string_view text, std::string_view what);

/// What `lpg import orgs` is asked to do.
struct OrgImportOptions {
  std::string file;
  std::string source = "csv";             ///< ofsted, gias (built-in rules) or csv
  std::optional<std::string> rules_file;  ///< a TOML rules file; replaces the built-in rules
  std::string map;                        ///< "Column=field,Column=field" (csv only)
  std::string area_from;                  ///< "", la, postcode, column:NAME
  bool flag_closed = false;  ///< close organisations of this source missing from the file
  /// How many flag_closed may close ("N" or "P%"); empty: the configuration's import.max_close.
  std::string max_close;
  bool dry_run = false;                     ///< check and count, store nothing
  bool strict = false;                      ///< any row-level problem is fatal
  std::optional<std::string> rejects_file;  ///< CSV of the rejected rows, to fix and re-import
  /// Called now and then with bytes read so far and the file's size (for a progress bar).
  std::function<void(std::uint64_t, std::uint64_t)> progress;
};

/// A row that was not imported, or a warning about one.
struct ImportProblem {
  std::size_t line = 0;  ///< the physical line of the file the row starts on; 0: the file
  std::string message;
};

struct ImportSummary {
  std::string source;  ///< as stored in organisation.source: ofsted, gias, csv, csv:NAME
  std::int64_t added = 0, updated = 0, unchanged = 0, closed = 0, rejected = 0, skipped = 0;
  std::vector<ImportProblem> rejects;   ///< row-level problems (rows skipped)
  std::vector<ImportProblem> warnings;  ///< duplicates and other things worth knowing
  bool dry_run = false;
};

/// Imports a register of organisations in ONE transaction, upserting by register identifier:
/// new identifiers are added, changed fields updated one by one (fields the file does not
/// carry, and blank or REDACTED cells, never overwrite what is stored), unchanged rows are
/// left alone. With flag_closed, organisations of this source missing from the file are
/// marked closed today (one whose row is rejected is not missing); nothing is ever deleted.
/// A duplicate identifier: the last row wins (what the earlier one did is taken back), with
/// a warning naming both lines. added, updated and unchanged count organisations, each once;
/// an import that changes nothing writes nothing, not even its audit row.
/// Throws Error{Invalid} for a file that is not the expected CSV (no header, a column the
/// rules require missing, a file cut off part-way), for a file more than half of whose rows
/// are rejected, for closures beyond max_close (or import.max_close), for a bad rules file,
/// --map or max_close, and with strict for the first row-level problem; Error{Io} when the
/// file cannot be read or the rejects file written. A throw leaves the database exactly as
/// it was.
ImportSummary import_orgs(const Session& s, const OrgImportOptions& options);

/// What `lpg import people` and `lpg import members` are asked to do.
struct ListImportOptions {
  std::string file;
  std::string map;  ///< "Column=field,..."; by default the headers are lpg's field names
  bool dry_run = false;
  bool strict = false;
  std::optional<std::string> rejects_file;
};

/// Imports contacts: columns name, email, phone, organisation (a reference: #id, name or
/// URN), job_title, note; `id` when present (as export writes it). A person is matched by id,
/// else by email; otherwise added. Same rules as import_orgs.
ImportSummary import_people(const Session& s, const ListImportOptions& options);

/// Imports the members of `group`: columns organisation or person (references), kind
/// (core/additional), core_category, role, can_host, from, to, note. A member already current
/// in the group is updated (category, can-host, note), otherwise added from `from` (default
/// today). Same rules as import_orgs.
ImportSummary import_members(const Session& s, std::string_view group,
                             const ListImportOptions& options);

}  // namespace lpg
