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

#include "core/digest.hpp"
#include "db/store_impl.hpp"
#include "mail/imip.hpp"
#include "mail/outbox_store.hpp"
#include "mail/reply_store.hpp"
#include "meeting/meeting_store.hpp"

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

// The SEQUENCE of the last invitation the address was sent, or the meeting's own when it was
// invited without the outbox (a current invitee); nullopt when it was not invited at all.
std::optional<int> invited_at(const Session& s, const Meeting& m, const std::string& email) {
  if (auto last = mail::last_sent(s, m.id, email)) {
    if (last->method == "CANCEL") return std::nullopt;
    return last->sequence;
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

ReplyOutcome& report(ReplyOutcome& o, std::string outcome, std::string detail) {
  o.outcome = std::move(outcome);
  o.detail = std::move(detail);
  return o;
}

// Who answered what: the meeting by UID, the person by address, the answer checked against
// the invitation they were sent and the answer already held.
ReplyOutcome judge(const Session& s, ReplyOutcome o, const mail::ImipEvent& ev,
                   const std::string& message_id, bool dry_run) {
  auto meeting = meetings::meeting_by_uid(s, ev.uid);
  if (!meeting) return report(o, "unknown-meeting", fmt::format("no meeting has UID {}", ev.uid));
  o.meeting_id = *meeting;
  Meeting m = get_meeting(s, MeetingId{*meeting});
  if (m.status == "cancelled") return report(o, "cancelled", "the meeting was cancelled");
  auto person = mail::who_is(s, o.email);
  if (!person) return report(o, "unknown-sender", "no person or organisation has this address");
  auto sent = invited_at(s, m, o.email);
  if (!sent) return report(o, "not-invited", "this address was not invited to the meeting");
  if (ev.sequence < *sent) {
    return report(
        o, "stale",
        fmt::format("answers sequence {}; sequence {} was sent since", ev.sequence, *sent));
  }
  if (auto held = mail::held_reply(s, o.meeting_id, o.email)) {
    if (held->partstat == o.partstat && held->dtstamp == ev.dtstamp &&
        held->sequence == ev.sequence) {
      return report(o, "unchanged", "this answer is already recorded");
    }
    if (ev.sequence < held->sequence || ev.dtstamp < held->dtstamp) {
      return report(o, "older", "a later answer is already recorded");
    }
  }
  if (!dry_run) mail::store_reply(s, o, *person, ev.dtstamp, message_id);
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
  o.answer = mail::answer_of(a->partstat);
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
  std::optional<std::string> before = mail::seen_outcome(s, digest);
  o.repeated = before == outcome;
  if (dry_run || o.repeated) return;
  mail::remember_seen(s, digest, outcome);
}

}  // namespace

std::vector<ReplyOutcome> read_replies(const Session& s, const std::vector<std::string>& paths,
                                       bool dry_run) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    for (auto& f : message_files(path)) files.push_back(std::move(f));
  }
  // A dry run only reads: a snapshot, no write lock.
  db::Connection& c = db::connection(s.store);
  std::optional<db::WriteTx> write;
  std::optional<db::ReadTx> read;
  if (dry_run) {
    read.emplace(c);
  } else {
    write.emplace(c);
  }
  std::vector<ReplyOutcome> out;
  for (const auto& file : files) {
    check_interrupted();
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    out.push_back(read_one(s, file, bytes.str(), dry_run));
    remember(s, out.back(), sha256_hex(bytes.str()), dry_run);
  }
  if (write) write->commit();
  return out;
}

}  // namespace lpg
