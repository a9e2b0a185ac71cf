// SPDX-License-Identifier: MIT
#pragma once
// A query over a list of ids, run a batch of ids at a time: one round trip for thousands of
// rows, where a statement an id costs a round trip each (on PostgreSQL, seconds over the
// whole country).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "db/sql.hpp"

namespace lpg::reports {

/// `sql` with "{ids}" where the list goes, as often as needed: `x IN ({ids})`. The list's
/// places are named (:id1, :id2, ...); any other parameter must be named too (:today), bound
/// once on statement(). step() goes through the rows of every batch in turn: the rows of a
/// batch in the order the SQL gives, the batches in the order of `ids`.
class IdBatches {
 public:
  static constexpr std::size_t kBatch = 2000;  ///< ids a statement

  IdBatches(db::Connection& c, std::string_view sql, std::vector<std::int64_t> ids);

  db::Statement& statement() { return q_; }
  bool step();
  db::Value column(int index) const { return q_.column(index); }

 private:
  bool next_batch();

  std::vector<std::int64_t> ids_;
  std::size_t at_ = 0;  // the first id of the next batch
  bool running_ = false;
  db::Statement q_;
  std::vector<int> places_;  // the parameter index of :id1, :id2, ...
};

}  // namespace lpg::reports
