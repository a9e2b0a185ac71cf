// SPDX-License-Identifier: MIT
// lpg meeting agenda add|list|remove: the rules; the rows are agenda_store's.
#include <lpg/errors.hpp>
#include <lpg/meetings.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "agenda/agenda_store.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "meeting/meeting_fields.hpp"
#include "meeting/meeting_store.hpp"

namespace lpg {

AgendaItem add_agenda_item(const Session& s, MeetingId meeting, const std::string& title,
                           const std::string& detail, std::optional<int> position) {
  db::WriteTx tx(db::connection(s.store));
  get_meeting(s, meeting);
  if (trim(title).empty()) throw Error(ErrorKind::Invalid, "an agenda item needs a title");
  meetings::check_agenda_item(trim(title), detail);
  int count = meetings::agenda_size(s, meeting.v);
  int at = position.value_or(count + 1);
  if (at < 1 || at > count + 1) {
    throw Error(ErrorKind::Invalid,
                fmt::format("position {} is outside the agenda (1 to {})", at, count + 1));
  }
  meetings::shift_items(s, meeting.v, at, 1);
  AgendaItem item{meetings::insert_item(s, meeting.v, at, trim(title), detail), at, trim(title),
                  detail};
  meetings::touch(s, meeting.v);  // calendars carry the agenda: they must see the change
  db::audit(s, "add", "agenda_item", item.id, fmt::format("meeting {} item {}", meeting.v, at));
  tx.commit();
  return item;
}

std::vector<AgendaItem> agenda(const Session& s, MeetingId meeting) {
  return meetings::read_agenda(s, meeting.v);
}

void remove_agenda_item(const Session& s, MeetingId meeting, int position) {
  db::WriteTx tx(db::connection(s.store));
  if (!meetings::delete_item(s, meeting.v, position)) {
    throw Error(ErrorKind::NotFound,
                fmt::format("meeting {} has no agenda item {}", meeting.v, position),
                "see 'lpg meeting agenda list MEETING'");
  }
  meetings::shift_items(s, meeting.v, position + 1, -1);
  meetings::touch(s, meeting.v);
  db::audit(s, "remove", "agenda_item", meeting.v, fmt::format("item {}", position));
  tx.commit();
}

}  // namespace lpg
