// SPDX-License-Identifier: MIT
#pragma once
// What lpg import orgs|people|members print: problems on stderr, the summary on stdout.

#include <lpg/import.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <string>

#include "app.hpp"

namespace lpg::cli {

inline void print_import_summary(Context& ctx, const std::string& file, const ImportSummary& r) {
  for (const auto& w : r.warnings) {
    // Line 0: about the file as a whole (what the rows together changed), not one row.
    ctx.warn(w.line == 0 ? fmt::format("{}: {}", file, w.message)
                         : fmt::format("{}:{}: {}", file, w.line, w.message));
  }
  for (const auto& p : r.rejects) {
    ctx.warn(fmt::format("{}:{}: rejected: {}", file, p.line, p.message));
  }
  render::Record record;
  if (!r.source.empty()) record.add("source", r.source);
  record.add("added", r.added)
      .add("updated", r.updated)
      .add("unchanged", r.unchanged)
      .add("closed", r.closed)
      .add("rejected", r.rejected)
      .add("skipped", r.skipped)
      .add("dry_run", r.dry_run);
  ctx.print(record);
  if (r.dry_run) ctx.note("dry run: nothing was stored");
}

/// The options `import people` and `import members` share. `rejects` receives --rejects and is
/// copied into `in.rejects_file` when the command runs (CLI11 needs a plain string target).
inline void add_list_import_options(CLI::App& sub, ListImportOptions& in, std::string& rejects) {
  sub.add_option("--map", in.map, "Columns: 'Column=field,...'")->option_text("MAP");
  sub.add_flag("--dry-run", in.dry_run, "Check and count, store nothing");
  sub.add_flag("--strict", in.strict, "Any bad row stops the import");
  sub.add_option("--rejects", rejects, "Write the rejected rows to this CSV file")
      ->option_text("FILE");
}

/// A list import command: `lpg import NOUN FILE` with the shared options, running `run` and
/// printing its summary. import people, groups, meetings, attendance and actions are this.
using ListImporter = ImportSummary (*)(const Session&, const ListImportOptions&);
inline Action list_import_command(CLI::App& sub, const std::string& file_help,
                                  const std::string& footer, ListImporter run) {
  struct Options {
    ListImportOptions in;
    std::string rejects;
  };
  auto o = std::make_shared<Options>();
  sub.add_option("file", o->in.file, file_help)->required();
  add_list_import_options(sub, o->in, o->rejects);
  sub.footer(footer);
  return [o, run](Context& ctx) {
    if (!o->rejects.empty()) o->in.rejects_file = o->rejects;
    print_import_summary(ctx, o->in.file, run(ctx.session(), o->in));
  };
}

/// A progress bar on stderr, only on a terminal and for files over a few megabytes: cron and
/// scripts see nothing of it.
inline std::function<void(std::uint64_t, std::uint64_t)> progress_bar(const Context& ctx) {
  if (ctx.options().quiet || ::isatty(STDERR_FILENO) == 0) return {};
  return [](std::uint64_t done, std::uint64_t total) {
    if (total < (std::uint64_t{4} << 20)) return;
    int percent = static_cast<int>(done * 100 / total);
    int bars = percent / 4;
    std::fprintf(stderr, "\r[%-25s] %3d%%", std::string(bars, '#').c_str(), percent);
    if (done >= total) std::fprintf(stderr, "\r%40s\r", "");
    std::fflush(stderr);
  };
}

}  // namespace lpg::cli
