// SPDX-License-Identifier: MIT
// The owner of the table agenda_item: every INSERT, UPDATE and DELETE of it, and its reads.
#include "agenda/agenda_store.hpp"

#include "db/store_impl.hpp"

namespace lpg::meetings {

std::vector<AgendaItem> read_agenda(const Session& s, std::int64_t meeting) {
  db::Statement q(db::connection(s.store),
                  "SELECT id, position, title, detail FROM agenda_item WHERE meeting_id = ? "
                  "ORDER BY position");
  q.bind(1, meeting);
  std::vector<AgendaItem> out;
  while (q.step()) {
    out.push_back(
        {q.column(0).int64(), q.column(1).int32(), q.column(2).text(), q.column(3).text()});
  }
  return out;
}

int agenda_size(const Session& s, std::int64_t meeting) {
  db::Statement q(db::connection(s.store), "SELECT count(*) FROM agenda_item WHERE meeting_id = ?");
  q.bind(1, meeting);
  q.step();
  return q.column(0).int32();
}

// Positions are unique (and at least 1), so a block moves out of the way by a large offset
// first and then back into place.
void shift_items(const Session& s, std::int64_t meeting, int from, int by) {
  constexpr int kAway = 1000000;
  db::Connection& c = db::connection(s.store);
  db::Statement away(c,
                     "UPDATE agenda_item SET position = position + ? "
                     "WHERE meeting_id = ? AND position >= ?");
  away.bind(1, kAway + by);
  away.bind(2, meeting);
  away.bind(3, from);
  away.exec();
  db::Statement back(c,
                     "UPDATE agenda_item SET position = position - ? "
                     "WHERE meeting_id = ? AND position > ?");
  back.bind(1, kAway);
  back.bind(2, meeting);
  back.bind(3, kAway / 2);
  back.exec();
}

std::int64_t insert_item(const Session& s, std::int64_t meeting, int position,
                         const std::string& title, const std::string& detail) {
  db::Statement insert(db::connection(s.store),
                       "INSERT INTO agenda_item (meeting_id, position, title, detail) "
                       "VALUES (?, ?, ?, ?) RETURNING id");
  insert.bind(1, meeting);
  insert.bind(2, position);
  insert.bind(3, title);
  insert.bind(4, detail);
  return insert.exec_id();
}

bool delete_item(const Session& s, std::int64_t meeting, int position) {
  db::Statement del(db::connection(s.store),
                    "DELETE FROM agenda_item WHERE meeting_id = ? AND position = ?");
  del.bind(1, meeting);
  del.bind(2, position);
  return del.exec() > 0;
}

void replace_agenda(const Session& s, std::int64_t meeting,
                    const std::vector<std::pair<std::string, std::string>>& items) {
  db::Connection& c = db::connection(s.store);
  db::Statement drop(c, "DELETE FROM agenda_item WHERE meeting_id = ?");
  drop.bind(1, meeting);
  drop.exec();
  db::Statement insert(c,
                       "INSERT INTO agenda_item (meeting_id, position, title, detail) "
                       "VALUES (?, ?, ?, ?)");
  int position = 0;
  for (const auto& [title, detail] : items) {
    insert.bind(1, meeting);
    insert.bind(2, ++position);
    insert.bind(3, title);
    insert.bind(4, detail);
    insert.exec();
  }
}

}  // namespace lpg::meetings
