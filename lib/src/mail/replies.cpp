// SPDX-License-Identifier: MIT
// Replies record themselves: each iMIP REPLY is matched to a meeting by UID and to a person by
// the ATTENDEE's address, and kept as their latest answer. Anything unsure is reported instead.
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/mail_loop.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "db/store_impl.hpp"
#include "mail/imip.hpp"
#include "mail/reply_store.hpp"

namespace lpg {

namespace {

namespace fs = std::filesystem;

// The messages a path names: itself, a Maildir's new/ and cur/, or a folder's files.
std::vector<std::string> message_files(const std::string& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return {path};
  if (!fs::is_directory(path, ec)) {
    throw Error(ErrorKind::NotFound, fmt::format("{} not found", path),
                "give message files, a Maildir or a folder of .eml files");
  }
  std::vector<fs::path> folders;
  for (const char* sub : {"cur", "new"}) {
    if (fs::is_directory(fs::path(path) / sub, ec)) folders.push_back(fs::path(path) / sub);
  }
  if (folders.empty()) folders.emplace_back(path);
  std::vector<std::string> out;
  for (const auto& folder : folders) {
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
      if (entry.is_regular_file() && !entry.path().filename().string().starts_with(".")) {
        out.push_back(entry.path().string());
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
    return fs::path(a).filename() < fs::path(b).filename();
  });
  return out;
}

std::string answer_of(const std::string& partstat) {
  if (partstat == "ACCEPTED") return "expected";
  if (partstat == "DECLINED") return "apologies";
  if (partstat == "TENTATIVE") return "tentative";
  if (partstat == "DELEGATED") return "delegated";
  return "";
}

std::optional<std::int64_t> lookup(const Session& s, const char* sql, const std::string& value) {
  SQLite::Statement q(db::conn(s.store), sql);
  q.bind(1, value);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).isNull() ? 0 : q.getColumn(0).getInt64();
}

// The person the address is, 0 for an organisation's own address, nullopt for a stranger.
std::optional<std::int64_t> who_is(const Session& s, const std::string& email) {
  if (auto p = lookup(s, "SELECT id FROM person WHERE email = ? AND erased_at IS NULL", email)) {
    return p;
  }
  if (lookup(s, "SELECT 0 FROM organisation WHERE email = ?", email)) return 0;
  return std::nullopt;
}

// The SEQUENCE of the last invitation the address was sent, or the meeting's own when it was
// invited without the outbox (a current invitee); nullopt when it was not invited at all.
std::optional<int> invited_at(const Session& s, const Meeting& m, const std::string& email) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT method, sequence FROM mail_outbox WHERE meeting_id = ? AND "
                      "email = ? ORDER BY id DESC LIMIT 1");
  q.bind(1, static_cast<int64_t>(m.id));
  q.bind(2, email);
  if (q.executeStep()) {
    if (q.getColumn(0).getString() == "CANCEL") return std::nullopt;
    return q.getColumn(1).getInt();
  }
  Date day = date_of(m.starts);
  ReportScope scope{std::nullopt, GroupId{m.group_id}, day, day, day, ""};
  for (const auto& r : reminders(s, scope)) {
    if (r.meeting.id != m.id) continue;
    for (const auto& who : r.recipients) {
      if (ascii_lower(who.email) == email) return m.sequence;
    }
  }
  return std::nullopt;
}

// The one ATTENDEE a REPLY is from: the only one, else the one that sent the message.
const mail::ImipAttendee* replier(const mail::ImipEvent& ev, const std::string& from) {
  if (ev.attendees.size() == 1) return &ev.attendees.front();
  for (const auto& a : ev.attendees) {
    if (!from.empty() && a.email == from) return &a;
  }
  return nullptr;
}

// The first REPLY among the message's calendars, or why there is none.
std::optional<mail::ImipEvent> reply_in(const mail::ReadMessage& msg, ReplyOutcome& o) {
  std::string other;
  for (const auto& text : msg.calendars) {
    auto ev = mail::read_imip(text);
    if (ev && ev->method == "REPLY") return ev;
    if (ev && other.empty()) other = ev->method.empty() ? "no METHOD" : "METHOD:" + ev->method;
  }
  o.outcome = other.empty() ? "not-imip" : "not-a-reply";
  o.detail = other.empty() ? "no calendar in the message" : "a calendar, but " + other;
  return std::nullopt;
}

}  // namespace

namespace {

struct Held {
  std::string partstat, dtstamp;
  int sequence = 0;
};

std::optional<Held> held_reply(const Session& s, std::int64_t meeting, const std::string& email) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT partstat, dtstamp, sequence FROM meeting_reply "
                      "WHERE meeting_id = ? AND email = ?");
  q.bind(1, static_cast<int64_t>(meeting));
  q.bind(2, email);
  if (!q.executeStep()) return std::nullopt;
  return Held{q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt()};
}

void store_reply(const Session& s, const ReplyOutcome& o, std::int64_t person,
                 const std::string& dtstamp, const std::string& message_id) {
  SQLite::Statement u(
      db::conn(s.store),
      "INSERT INTO meeting_reply (meeting_id, email, person_id, partstat, "
      "sequence, dtstamp, message_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (meeting_id, email) DO UPDATE SET person_id = excluded.person_id, "
      "partstat = excluded.partstat, sequence = excluded.sequence, "
      "dtstamp = excluded.dtstamp, message_id = excluded.message_id, "
      "recorded_at = excluded.recorded_at");
  u.bind(1, static_cast<int64_t>(o.meeting_id));
  u.bind(2, o.email);
  if (person != 0) u.bind(3, static_cast<int64_t>(person));
  u.bind(4, o.partstat);
  u.bind(5, o.sequence);
  u.bind(6, dtstamp);
  u.bind(7, message_id);
  u.bind(8, s.clock.utc_stamp());
  u.exec();
}

ReplyOutcome& report(ReplyOutcome& o, std::string outcome, std::string detail) {
  o.outcome = std::move(outcome);
  o.detail = std::move(detail);
  return o;
}

// Who answered what: the meeting by UID, the person by address, the answer checked against
// the invitation they were sent and the answer already held.
ReplyOutcome judge(const Session& s, ReplyOutcome o, const mail::ImipEvent& ev,
                   const std::string& message_id, bool dry_run) {
  auto meeting = lookup(s, "SELECT id FROM meeting WHERE uid = ?", ev.uid);
  if (!meeting) return report(o, "unknown-meeting", fmt::format("no meeting has UID {}", ev.uid));
  o.meeting_id = *meeting;
  Meeting m = get_meeting(s, MeetingId{*meeting});
  if (m.status == "cancelled") return report(o, "cancelled", "the meeting was cancelled");
  auto person = who_is(s, o.email);
  if (!person) return report(o, "unknown-sender", "no person or organisation has this address");
  auto sent = invited_at(s, m, o.email);
  if (!sent) return report(o, "not-invited", "this address was not invited to the meeting");
  if (ev.sequence < *sent) {
    return report(
        o, "stale",
        fmt::format("answers sequence {}; sequence {} was sent since", ev.sequence, *sent));
  }
  if (auto held = held_reply(s, o.meeting_id, o.email)) {
    if (held->partstat == o.partstat && held->dtstamp == ev.dtstamp &&
        held->sequence == ev.sequence) {
      return report(o, "unchanged", "this answer is already recorded");
    }
    if (ev.sequence < held->sequence || ev.dtstamp < held->dtstamp) {
      return report(o, "older", "a later answer is already recorded");
    }
  }
  if (!dry_run) store_reply(s, o, *person, ev.dtstamp, message_id);
  return report(o, "recorded", "");
}

ReplyOutcome read_one(const Session& s, const std::string& source, const std::string& bytes,
                      bool dry_run) {
  ReplyOutcome o;
  o.source = source;
  auto msg = mail::read_message(bytes);
  if (!msg) return report(o, "unreadable", "not a mail message");
  auto ev = reply_in(*msg, o);
  if (!ev) return o;
  const mail::ImipAttendee* a = replier(*ev, msg->from);
  if (a == nullptr) {
    return report(o, "unknown-sender",
                  fmt::format("{} ATTENDEEs and none is the sender", ev->attendees.size()));
  }
  o.email = a->email;
  o.partstat = a->partstat;
  o.sequence = ev->sequence;
  o.answer = answer_of(a->partstat);
  if (o.answer.empty()) {
    o.partstat.clear();
    return report(o, "no-answer", "PARTSTAT=" + (a->partstat.empty() ? "none" : a->partstat));
  }
  if (ev->uid.empty()) return report(o, "unknown-meeting", "the reply has no UID");
  return judge(s, std::move(o), *ev, msg->message_id, dry_run);
}

// Marks a message read before with the same outcome ("unchanged" is what a recorded message
// gives the second time), and remembers this outcome.
void remember(const Session& s, ReplyOutcome& o, const std::string& digest, bool dry_run) {
  std::string outcome = o.outcome == "unchanged" ? "recorded" : o.outcome;
  SQLite::Statement q(db::conn(s.store), "SELECT outcome FROM mail_seen WHERE digest = ?");
  q.bind(1, digest);
  o.repeated = q.executeStep() && q.getColumn(0).getString() == outcome;
  if (dry_run || o.repeated) return;
  SQLite::Statement u(db::conn(s.store),
                      "INSERT INTO mail_seen (digest, outcome, seen_at) VALUES (?, ?, ?) "
                      "ON CONFLICT (digest) DO UPDATE SET outcome = excluded.outcome, "
                      "seen_at = excluded.seen_at");
  u.bind(1, digest);
  u.bind(2, outcome);
  u.bind(3, s.clock.utc_stamp());
  u.exec();
}

}  // namespace

std::vector<ReplyOutcome> read_replies(const Session& s, const std::vector<std::string>& paths,
                                       bool dry_run) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    for (auto& f : message_files(path)) files.push_back(std::move(f));
  }
  // A dry run only reads: a snapshot, no write lock.
  std::optional<db::WriteTx> write;
  std::optional<db::ReadTx> read;
  if (dry_run) {
    read.emplace(s.store);
  } else {
    write.emplace(s.store);
  }
  std::vector<ReplyOutcome> out;
  for (const auto& file : files) {
    check_interrupted();
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    out.push_back(read_one(s, file, bytes.str(), dry_run));
    remember(s, out.back(), mail::message_digest(bytes.str()), dry_run);
  }
  if (write) write->commit();
  return out;
}

std::vector<ReplyLine> meeting_replies(const Session& s, MeetingId meeting) {
  SQLite::Statement q(db::conn(s.store), R"sql(
    WITH invited AS (
      SELECT email, person_id FROM mail_outbox o
       WHERE meeting_id = ?1 AND method = 'REQUEST'
         AND id = (SELECT max(id) FROM mail_outbox i
                    WHERE i.meeting_id = o.meeting_id AND i.email = o.email)
      UNION ALL SELECT email, person_id FROM meeting_reply WHERE meeting_id = ?1),
    who AS (SELECT email, max(person_id) AS person_id FROM invited GROUP BY email)
    SELECT coalesce(p.name, (SELECT name FROM organisation o WHERE o.email = w.email LIMIT 1), ''),
           w.email, coalesce(r.partstat, '')
      FROM who w LEFT JOIN person p ON p.id = w.person_id AND p.erased_at IS NULL
      LEFT JOIN meeting_reply r ON r.meeting_id = ?1 AND r.email = w.email
     ORDER BY 1, 2)sql");
  q.bind(1, static_cast<int64_t>(meeting.v));
  std::vector<ReplyLine> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                   answer_of(q.getColumn(2).getString())});
  }
  return out;
}

std::string reply_answer(const Session& s, MeetingId meeting, const std::string& email) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT partstat FROM meeting_reply WHERE meeting_id = ? AND email = ?");
  q.bind(1, static_cast<int64_t>(meeting.v));
  q.bind(2, ascii_lower(email));
  return q.executeStep() ? answer_of(q.getColumn(0).getString()) : "";
}

namespace mail {

void forget_replies_of(const Session& s, std::int64_t person_id) {
  db::Statement drop(db::connection(s.store), "DELETE FROM meeting_reply WHERE person_id = ?");
  drop.bind(1, person_id);
  drop.exec();
}

}  // namespace mail

}  // namespace lpg
