// SPDX-License-Identifier: MIT
#include "import/org_pipeline.hpp"

#include <lpg/errors.hpp>

#include <pthread.h>

#include "import/rows.hpp"

namespace lpg::import {

namespace {
constexpr std::size_t kBatchRows = 256;
constexpr std::size_t kMaxBatches = 4;  // some 1,000 rows in flight: a few MB at most
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

bool ParsedRows::push(std::vector<ParsedRow>&& batch) {
  std::vector<std::vector<ParsedRow>> spent;
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stop_ || batches_.size() < kMaxBatches; });
    if (stop_) return false;
    batches_.push_back(std::move(batch));
    spent.swap(spent_);
  }
  changed_.notify_all();
  return true;  // `spent` is freed here, on this thread: the writing thread has enough to do
}

void ParsedRows::read() {
  pthread_setname_np(pthread_self(), "lpg-read");  // for top -H and perf
  std::exception_ptr failure;
  try {
    std::vector<ParsedRow> batch;
    while (auto row = file_.next()) {
      ParsedRow item;
      item.skipped = parser_.skip(*row);
      if (!item.skipped) {
        try {
          item.parsed = parser_.parse(*row);
        } catch (const Error& e) {
          if (!row_level(e)) throw;
          item.problem = std::current_exception();
          item.named = parser_.identify(*row);
        }
      }
      item.row = std::move(*row);
      batch.push_back(std::move(item));
      if (batch.size() == kBatchRows) {
        batch.back().position = file_.position();
        if (!push(std::move(batch))) return;
        batch.clear();
      }
    }
    if (!batch.empty()) batch.back().position = file_.position();
    if (!batch.empty() && !push(std::move(batch))) return;
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
