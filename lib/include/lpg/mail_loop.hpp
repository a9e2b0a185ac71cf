// SPDX-License-Identifier: MIT
#pragma once
// The mail loop (issue 17): invitations that stay true, replies that record themselves, and
// minutes that reach the officer. lpg writes messages into an outbox folder for `sendmail -t`
// and reads the replies people's calendars send back; it never talks to a mail server itself.

#include <lpg/mailbox.hpp>
#include <lpg/meetings.hpp>
#include <lpg/reports.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace lpg {

// ---- invitations -------------------------------------------------------------------------

/// One message the outbox holds or would hold.
struct OutboxMessage {
  Meeting meeting;
  Mailbox to;
  std::int64_t person_id = 0;  ///< 0: an organisation's own address
  std::string method;          ///< REQUEST or CANCEL
  int sequence = 0;            ///< the meeting's SEQUENCE the message carries
  std::string reason;          ///< why it is due: "invited", "changed since sequence 0", ...
  bool whole_meeting = true;   ///< CANCEL: the meeting is cancelled (else: only uninvited)
  std::size_t reminder = 0;    ///< REQUEST: its meeting's index in OutboxPlan::reminders
  Recipient recipient;         ///< REQUEST: the invitee, with their open actions
  std::string file;            ///< its file name once written; "" on a dry run
};

/// What is due and not yet sent, judged against every message recorded in the outbox:
/// - a REQUEST to each current invitee (as `report reminders` lists them) of a meeting in the
///   scope's period who has had none, or whose last message was a CANCEL;
/// - an updated REQUEST to each invitee whose last REQUEST carried a lower SEQUENCE (the
///   meeting was moved, or its venue, host or agenda changed), in the period or later;
/// - a CANCEL (STATUS:CANCELLED) to each address whose last message was a REQUEST, when the
///   meeting has been cancelled;
/// - a CANCEL (without STATUS: the meeting stands for the others) to each address whose last
///   message was a REQUEST but who is no longer invited (left the group, lost their address).
/// Meetings already started are left alone. In time order, then by address.
struct OutboxPlan {
  std::vector<Reminder> reminders;  ///< the meetings the REQUESTs point into
  std::vector<OutboxMessage> messages;
};
OutboxPlan plan_invitations(const Session& s, const ReportScope& scope);

/// Writes each planned message into `dir` (created 0700 when missing) and records it, one at a
/// time: a row is inserted, the file written to a temporary name, synced and renamed into
/// place, the folder synced, and only then the row committed. A full disk, an I/O error or an
/// interrupt stops the run with the messages before it recorded and the failing one neither
/// recorded nor left in `dir`. Returns the messages written, with their file names
/// ("2027-01-14-m12-request-s2-o345.eml": unique by the outbox row id). Throws Error{Config}
/// when reminders.organizer is not set, Error{CantCreate|Io}, Error{Interrupted}.
std::vector<OutboxMessage> write_invitations(const Session& s, OutboxPlan& plan,
                                             const std::string& dir);

// ---- replies -----------------------------------------------------------------------------

/// What reading one message did.
struct ReplyOutcome {
  std::string source;   ///< the file read
  std::string outcome;  ///< recorded, unchanged, older, stale, cancelled, unknown-meeting,
                        ///< unknown-sender, not-invited, no-answer, not-a-reply, not-imip,
                        ///< unreadable
  std::string detail;   ///< in words, for people
  std::int64_t meeting_id = 0;
  std::string email;     ///< the ATTENDEE who answered
  std::string partstat;  ///< ACCEPTED, DECLINED, TENTATIVE, DELEGATED
  std::string answer;    ///< expected, apologies, tentative, delegated
  int sequence = 0;
  bool repeated = false;  ///< this message was read before, with the same outcome
};

/// Reads iMIP replies (RFC 6047: a text/calendar METHOD:REPLY part) from each path: a message
/// file, a Maildir (its new/ and cur/, never tmp/; messages are read, not moved) or a folder of
/// message files. Each reply is matched to a meeting by UID and to a person (or organisation)
/// by the ATTENDEE's address, and recorded as their latest answer unless it is older than the
/// one held (DTSTAMP) or answers an invitation older than the last one sent to them (SEQUENCE).
/// Nothing is guessed: anything else is reported and not recorded. Reading the same message
/// again changes no answer; each message's outcome is remembered (by a digest of its bytes)
/// so that `repeated` marks a message read before with the same outcome. `dry_run` records
/// nothing. One transaction. Files in name order.
/// Throws Error{NotFound} for a path that does not exist.
std::vector<ReplyOutcome> read_replies(const Session& s, const std::vector<std::string>& paths,
                                       bool dry_run);

/// A meeting's invitees with their answers, for `meeting show` and `report reminders`.
struct ReplyLine {
  std::string name;
  std::string email;
  std::string answer;  ///< expected, apologies, tentative, delegated, or "" for no reply
};
/// Everyone a meeting's invitations went to (the outbox's latest REQUEST to each address) and
/// everyone who answered, by name then address.
std::vector<ReplyLine> meeting_replies(const Session& s, MeetingId meeting);

/// The recorded answer of `email` to `meeting`: expected, apologies, tentative, delegated or "".
std::string reply_answer(const Session& s, MeetingId meeting, const std::string& email);

// ---- minutes to the officer --------------------------------------------------------------

struct MinutesMail {
  std::string file;  ///< the file name written into the folder
  Mailbox to;        ///< minutes.officer
  std::string submitted_on;
};

/// Writes the current minutes of a meeting as one e-mail to minutes.officer, from
/// reminders.organizer: multipart/alternative with the Markdown rendered (CommonMark, raw HTML
/// left out) to text/html and to text/plain, and, with `attach_markdown`, the Markdown itself
/// as "minutes-<date>.md". Records the submission (minutes submit) in the transaction that
/// commits only once the file is written and renamed into `dir`. Throws Error{Config} when
/// minutes.officer or reminders.organizer is not set, Error{NotFound} without minutes, what
/// submit_minutes throws, Error{CantCreate|Io}.
MinutesMail write_minutes_mail(const Session& s, MeetingId meeting, const std::string& dir,
                               bool attach_markdown);

/// CommonMark to HTML (raw HTML and unsafe links left out) and to plain text.
std::string markdown_html(const std::string& markdown);
std::string markdown_text(const std::string& markdown);

}  // namespace lpg
