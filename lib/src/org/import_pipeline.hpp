// SPDX-License-Identifier: MIT
#pragma once
// Register rows read, decoded and checked on a second thread while the importing thread
// writes them: reading a row costs about half as much as storing it, so a 100,000-provider
// import takes the time of the writing alone. The second thread never touches the database.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "org/import_parse.hpp"

namespace lpg::import {

/// One row of the file as the reading thread left it.
struct ParsedRow {
  csv::Row row;
  bool skipped = false;          ///< the rules' skip list leaves it out
  std::optional<OrgRow> parsed;  ///< the checked columns (no area yet: that needs the database)
  std::exception_ptr problem;    ///< a row-level Error instead of `parsed`
  std::optional<OrgRow> named;   ///< with a problem: what parser.identify() made of the row
  std::uint64_t position = 0;    ///< bytes of the file read so far
};

class ParsedRows {
 public:
  /// Starts reading `file` with `parser` on a second thread.
  ParsedRows(SourceFile& file, const OrgRowParser& parser);
  /// Stops the reading thread (an import that failed or was interrupted) and waits for it.
  ~ParsedRows();
  ParsedRows(const ParsedRows&) = delete;
  ParsedRows& operator=(const ParsedRows&) = delete;

  /// The next row in file order, or nullptr at the end; valid, with the rest of its batch,
  /// until next() is called after batch_done() (the reading thread then frees the rows, or
  /// fills them again, so the writing one need not). Rethrows what stopped the reading (a file
  /// cut off, an unreadable file) once the rows before it have been taken.
  ParsedRow* next();
  /// True when the row next() gave is the last of its batch: the rows of the batch (all valid
  /// until now) go back to the reading thread at the next call.
  bool batch_done() const { return taken_ == taking_.size(); }

 private:
  void read();
  void parse(ParsedRow& item) const;
  bool push(std::vector<ParsedRow>&& batch, std::vector<std::vector<ParsedRow>>& spent);

  SourceFile& file_;
  const OrgRowParser& parser_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<ParsedRow>> batches_;  ///< at most kMaxBatches waiting
  std::vector<ParsedRow> taking_;               ///< the batch next() takes from
  std::vector<std::vector<ParsedRow>> spent_;   ///< taken batches, for the reader to fill again
  std::size_t taken_ = 0;
  bool finished_ = false;  ///< the reader pushed its last batch
  bool stop_ = false;      ///< the importer gave up
  std::exception_ptr failure_;
  std::thread thread_;
};

}  // namespace lpg::import
