// SPDX-License-Identifier: MIT
// Cancelling a meeting and setting its place: the rules; the rows are meeting_store's.
#include <lpg/errors.hpp>
#include <lpg/meetings.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/audit.hpp"
#include "db/store_impl.hpp"
#include "meeting/meeting_fields.hpp"
#include "meeting/meeting_store.hpp"

namespace lpg {

using meetings::touch;

Meeting cancel_meeting(const Session& s, MeetingId id, const std::string& reason) {
  db::WriteTx tx(db::connection(s.store));
  Meeting m = get_meeting(s, id);
  if (m.status == "cancelled") {
    throw Error(ErrorKind::Conflict, fmt::format("meeting {} is already cancelled", m.id));
  }
  if (trim(reason).empty()) {
    throw Error(ErrorKind::Usage, "a cancellation needs a reason", "give --reason TEXT");
  }
  meetings::check_cancel_reason(trim(reason));
  meetings::store_cancel(s, m.id, trim(reason));
  touch(s, m.id);
  db::audit(s, "cancel", "meeting", m.id, trim(reason));
  tx.commit();
  return get_meeting(s, id);
}

Meeting set_meeting_place(const Session& s, MeetingId id, const std::optional<std::string>& venue,
                          std::optional<OrgId> host) {
  if (venue) meetings::check_venue(trim(*venue));
  db::WriteTx tx(db::connection(s.store));
  Meeting m = get_meeting(s, id);
  std::optional<std::string> text;
  if (venue && !trim(*venue).empty()) text = trim(*venue);
  meetings::store_place(s, m.id, text, host ? std::optional(host->v) : std::nullopt);
  touch(s, m.id);
  db::audit(s, "edit", "meeting", m.id, "place");
  tx.commit();
  return get_meeting(s, id);
}

}  // namespace lpg
