// SPDX-License-Identifier: MIT
#include "org/import_pipeline.hpp"

#include <lpg/errors.hpp>

#include <pthread.h>

#include "format/import_rows.hpp"

namespace lpg::import {

namespace {
constexpr std::size_t kBatchRows = 256;
constexpr std::size_t kMaxBatches = 3;  // some 800 rows in flight: a few MB at most
}  // namespace

ParsedRows::ParsedRows(SourceFile& file, const OrgRowParser& parser)
    : file_(file), parser_(parser), thread_([this] { read(); }) {}

ParsedRows::~ParsedRows() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

bool ParsedRows::push(std::vector<ParsedRow>&& batch, std::vector<std::vector<ParsedRow>>& spent) {
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stop_ || batches_.size() < kMaxBatches; });
    if (stop_) return false;
    batches_.push_back(std::move(batch));
    for (auto& taken : spent_) spent.push_back(std::move(taken));
    spent_.clear();
  }
  changed_.notify_all();
  return true;
}

// One row into `item`, which may hold an earlier row: its strings are written over, not
// allocated again.
void ParsedRows::parse(ParsedRow& item) const {
  item.skipped = parser_.skip(item.row);
  item.problem = nullptr;
  item.named.reset();
  item.position = 0;
  if (item.skipped) {
    item.parsed.reset();
    return;
  }
  try {
    item.parsed = parser_.parse(item.row);
  } catch (const Error& e) {
    if (!row_level(e)) throw;
    item.parsed.reset();
    item.problem = std::current_exception();
    item.named = parser_.identify(item.row);
  }
}

void ParsedRows::read() {
  pthread_setname_np(pthread_self(), "lpg-read");  // for top -H and perf
  std::exception_ptr failure;
  try {
    // The batches the importer has done with come back here to be filled again.
    std::vector<std::vector<ParsedRow>> spent;
    for (bool more = true; more;) {
      std::vector<ParsedRow> batch;
      if (!spent.empty()) {
        batch = std::move(spent.back());
        spent.pop_back();
      }
      batch.resize(kBatchRows);
      std::size_t n = 0;
      while (n < kBatchRows && file_.next(batch[n].row)) parse(batch[n++]);
      more = n == kBatchRows;
      batch.resize(n);
      if (n == 0) break;
      batch.back().position = file_.position();
      if (!push(std::move(batch), spent)) return;
    }
  } catch (...) {
    failure = std::current_exception();
  }
  std::lock_guard lock(mutex_);
  failure_ = failure;
  finished_ = true;
  changed_.notify_all();
}

ParsedRow* ParsedRows::next() {
  if (taken_ == taking_.size()) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !batches_.empty() || finished_; });
    if (batches_.empty()) {
      if (failure_) std::rethrow_exception(failure_);
      return nullptr;
    }
    spent_.push_back(std::move(taking_));
    taking_ = std::move(batches_.front());
    batches_.pop_front();
    taken_ = 0;
    changed_.notify_all();
  }
  return &taking_[taken_++];
}

}  // namespace lpg::import
