// SPDX-License-Identifier: MIT
// What the outbox owes: invitations, updates and cancellations, judged against the latest
// message recorded for each meeting and address, so a run twice over writes nothing new.
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/mail_loop.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "db/store_impl.hpp"
#include "mail/outbox_store.hpp"

namespace lpg {

namespace {

using mail::Sent;
using mail::SentMap;

OutboxMessage cancel(const Session& s, const Meeting& m, const std::string& email, const Sent& sent,
                     bool whole, std::string reason) {
  OutboxMessage out;
  out.meeting = m;
  out.to = {mail::addressee_name(s, sent.person_id, email), email};
  out.person_id = sent.person_id;
  out.method = "CANCEL";
  out.sequence = std::max(m.sequence, sent.sequence);
  out.reason = std::move(reason);
  out.whole_meeting = whole;
  return out;
}

// The messages one scheduled meeting owes: REQUESTs to its invitees, CANCELs to those who
// were sent one but are invited no longer.
void plan_meeting(const Session& s, OutboxPlan& plan, std::size_t index, bool in_period,
                  const std::map<std::string, Sent>& sent) {
  const Reminder& r = plan.reminders[index];
  std::set<std::string> invited;
  for (const auto& who : r.recipients) {
    if (who.email.empty()) continue;
    std::string email = normalise_email(who.email);
    if (!invited.insert(email).second) continue;  // one message an address
    auto last = sent.find(email);
    std::string reason;
    if (last == sent.end() || last->second.method == "CANCEL") {
      if (!in_period) continue;  // a first invitation waits until it is due
      reason = last == sent.end() ? "invited" : "invited again";
    } else if (last->second.sequence < r.meeting.sequence) {
      reason = fmt::format("changed since sequence {}", last->second.sequence);
    } else {
      continue;  // their diary already holds this version
    }
    OutboxMessage m;
    m.meeting = r.meeting;
    m.to = {who.name, email};
    m.person_id = who.person_id;
    m.method = "REQUEST";
    m.sequence = r.meeting.sequence;
    m.reason = std::move(reason);
    m.reminder = index;
    m.recipient = who;
    plan.messages.push_back(std::move(m));
  }
  for (const auto& [email, last] : sent) {
    if (last.method == "REQUEST" && invited.count(email) == 0) {
      plan.messages.push_back(cancel(s, r.meeting, email, last, false, "no longer invited"));
    }
  }
}

}  // namespace

OutboxPlan plan_invitations(const Session& s, const ReportScope& scope) {
  db::ReadTx tx(db::connection(s.store));
  SentMap sent = mail::latest_sent(s, scope, format_local_time(s.clock.local_now()));
  // Meetings already invited are kept true wherever they now fall, so the reminders are read
  // from today to the last of them; a first invitation goes only to meetings in the period.
  ReportScope wide = scope;
  wide.from = std::min(scope.from, s.clock.today());
  for (const auto& entry : sent) {
    check_interrupted();
    Meeting m = get_meeting(s, MeetingId{entry.first});
    if (m.status == "cancelled") continue;
    if (date::sys_days{date_of(m.starts)} > date::sys_days{wide.to}) wide.to = date_of(m.starts);
  }
  OutboxPlan plan;
  std::set<std::int64_t> seen;
  for (auto& r : reminders(s, wide)) {
    check_interrupted();
    auto day = date::sys_days{date_of(r.meeting.starts)};
    bool in_period = day >= date::sys_days{scope.from} && day <= date::sys_days{scope.to};
    auto it = sent.find(r.meeting.id);
    if (!in_period && it == sent.end()) continue;
    seen.insert(r.meeting.id);
    plan.reminders.push_back(std::move(r));
    static const std::map<std::string, Sent> kNone;
    plan_meeting(s, plan, plan.reminders.size() - 1, in_period,
                 it == sent.end() ? kNone : it->second);
  }
  for (const auto& [id, addresses] : sent) {  // cancelled since they were invited
    if (seen.count(id) != 0) continue;
    Meeting m = get_meeting(s, MeetingId{id});
    if (m.status != "cancelled") continue;
    for (const auto& [email, last] : addresses) {
      if (last.method == "REQUEST") {
        plan.messages.push_back(cancel(s, m, email, last, true, "meeting cancelled"));
      }
    }
  }
  std::stable_sort(plan.messages.begin(), plan.messages.end(), [](const auto& a, const auto& b) {
    return std::tie(a.meeting.starts, a.meeting.group_name, a.meeting.id, a.to.email) <
           std::tie(b.meeting.starts, b.meeting.group_name, b.meeting.id, b.to.email);
  });
  return plan;
}

}  // namespace lpg
