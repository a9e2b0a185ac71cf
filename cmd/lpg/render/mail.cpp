// SPDX-License-Identifier: MIT
#include "render/mail.hpp"

namespace lpg::render {

Table outbox_table(const std::vector<OutboxMessage>& messages) {
  Table t({{"meeting", ""},
           {"group", ""},
           {"starts", ""},
           {"method", ""},
           {"sequence", "seq"},
           {"to", ""},
           {"name", ""},
           {"reason", ""},
           {"file", ""}});
  for (const auto& m : messages) {
    t.add({m.meeting.id, m.meeting.group_name, format_local_time(m.meeting.starts), m.method,
           std::int64_t{m.sequence}, m.to.email, text_or_null(m.to.name), m.reason,
           text_or_null(m.file)});
  }
  return t;
}

Table replies_table(const std::vector<ReplyOutcome>& outcomes) {
  Table t({{"source", ""},
           {"outcome", ""},
           {"meeting", ""},
           {"email", ""},
           {"partstat", ""},
           {"answer", ""},
           {"sequence", "seq"},
           {"detail", ""}});
  for (const auto& o : outcomes) {
    t.add({o.source, o.outcome, o.meeting_id == 0 ? Cell{} : Cell{o.meeting_id},
           text_or_null(o.email), text_or_null(o.partstat), text_or_null(o.answer),
           o.partstat.empty() ? Cell{} : Cell{std::int64_t{o.sequence}}, text_or_null(o.detail)});
  }
  return t;
}

Table answers_table(const std::vector<ReplyLine>& lines) {
  Table t({{"name", ""}, {"email", ""}, {"answer", ""}});
  for (const auto& l : lines) {
    t.add({text_or_null(l.name), l.email, l.answer.empty() ? Cell{"no reply"} : Cell{l.answer}});
  }
  return t;
}

}  // namespace lpg::render
