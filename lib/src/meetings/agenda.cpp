// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/meetings.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"

namespace lpg {

namespace {

int item_count(const Session& s, MeetingId meeting) {
  SQLite::Statement q(db::conn(s.store), "SELECT count(*) FROM agenda_item WHERE meeting_id = ?");
  q.bind(1, static_cast<int64_t>(meeting.v));
  q.executeStep();
  return q.getColumn(0).getInt();
}

// Positions are unique (and at least 1), so a block moves out of the way by a large offset
// first and then back into place.
void shift(const Session& s, MeetingId meeting, int from, int by) {
  constexpr int kAway = 1000000;
  auto& db = db::conn(s.store);
  SQLite::Statement away(db,
                         "UPDATE agenda_item SET position = position + ? "
                         "WHERE meeting_id = ? AND position >= ?");
  away.bind(1, kAway + by);
  away.bind(2, static_cast<int64_t>(meeting.v));
  away.bind(3, from);
  away.exec();
  SQLite::Statement back(db,
                         "UPDATE agenda_item SET position = position - ? "
                         "WHERE meeting_id = ? AND position > ?");
  back.bind(1, kAway);
  back.bind(2, static_cast<int64_t>(meeting.v));
  back.bind(3, kAway / 2);
  back.exec();
}

}  // namespace

AgendaItem add_agenda_item(const Session& s, MeetingId meeting, const std::string& title,
                           const std::string& detail, std::optional<int> position) {
  db::WriteTx tx(s.store);
  get_meeting(s, meeting);
  if (trim(title).empty()) throw Error(ErrorKind::Invalid, "an agenda item needs a title");
  check_line(trim(title), "agenda title");
  check_text(detail, "detail");
  int count = item_count(s, meeting);
  int at = position.value_or(count + 1);
  if (at < 1 || at > count + 1) {
    throw Error(ErrorKind::Invalid,
                fmt::format("position {} is outside the agenda (1 to {})", at, count + 1));
  }
  shift(s, meeting, at, 1);
  SQLite::Statement insert(db::conn(s.store),
                           "INSERT INTO agenda_item (meeting_id, position, title, detail) "
                           "VALUES (?, ?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(meeting.v));
  insert.bind(2, at);
  insert.bind(3, trim(title));
  insert.bind(4, detail);
  insert.exec();
  AgendaItem item{db::last_id(s.store), at, trim(title), detail};
  meetings::touch(s, meeting.v);  // calendars carry the agenda: they must see the change
  db::audit(s, "add", "agenda_item", item.id, fmt::format("meeting {} item {}", meeting.v, at));
  tx.commit();
  return item;
}

std::vector<AgendaItem> agenda(const Session& s, MeetingId meeting) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT id, position, title, detail FROM agenda_item WHERE meeting_id = ? "
                      "ORDER BY position");
  q.bind(1, static_cast<int64_t>(meeting.v));
  std::vector<AgendaItem> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt(), q.getColumn(2).getString(),
                   q.getColumn(3).getString()});
  }
  return out;
}

void remove_agenda_item(const Session& s, MeetingId meeting, int position) {
  db::WriteTx tx(s.store);
  SQLite::Statement del(db::conn(s.store),
                        "DELETE FROM agenda_item WHERE meeting_id = ? AND position = ?");
  del.bind(1, static_cast<int64_t>(meeting.v));
  del.bind(2, position);
  if (del.exec() == 0) {
    throw Error(ErrorKind::NotFound,
                fmt::format("meeting {} has no agenda item {}", meeting.v, position),
                "see 'lpg meeting agenda list MEETING'");
  }
  shift(s, meeting, position + 1, -1);
  meetings::touch(s, meeting.v);
  db::audit(s, "remove", "agenda_item", meeting.v, fmt::format("item {}", position));
  tx.commit();
}

}  // namespace lpg
