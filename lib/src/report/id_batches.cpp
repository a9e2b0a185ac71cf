// SPDX-License-Identifier: MIT
#include "report/id_batches.hpp"

#include <lpg/interrupt.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg::reports {

namespace {

std::string with_places(std::string_view sql, std::size_t count) {
  std::string places;
  for (std::size_t i = 1; i <= count; ++i) places += fmt::format("{}:id{}", i > 1 ? ", " : "", i);
  std::string out(sql);
  for (std::size_t at = out.find("{ids}"); at != std::string::npos; at = out.find("{ids}", at)) {
    out.replace(at, 5, places);
    at += places.size();
  }
  return out;
}

}  // namespace

IdBatches::IdBatches(db::Connection& c, std::string_view sql, std::vector<std::int64_t> ids)
    : ids_(std::move(ids)),
      q_(c, with_places(sql, std::clamp<std::size_t>(ids_.size(), 1, kBatch))) {
  // The places are numbered in the order they first appear, so one after another: look up
  // the first and the last only (a lookup is a search through every name).
  std::size_t n = std::clamp<std::size_t>(ids_.size(), 1, kBatch);
  int first = q_.parameter_index(":id1");
  bool consecutive = q_.parameter_index(fmt::format(":id{}", n)) == first + static_cast<int>(n) - 1;
  for (std::size_t i = 1; i <= n; ++i) {
    places_.push_back(consecutive ? first + static_cast<int>(i) - 1
                                  : q_.parameter_index(fmt::format(":id{}", i)));
  }
}

// Binds the next batch; the places a short last batch leaves over are NULL: `x IN (..., NULL)`
// matches nothing more.
bool IdBatches::next_batch() {
  if (at_ >= ids_.size()) return false;
  check_interrupted();
  q_.reset();
  for (std::size_t i = 0; i < places_.size(); ++i) {
    if (at_ + i < ids_.size()) {
      q_.bind(places_[i], static_cast<long long>(ids_[at_ + i]));
    } else {
      q_.bind(places_[i]);
    }
  }
  at_ += places_.size();
  return true;
}

bool IdBatches::step() {
  for (;;) {
    if (running_ && q_.step()) return true;
    running_ = next_batch();
    if (!running_) return false;
  }
}

}  // namespace lpg::reports
