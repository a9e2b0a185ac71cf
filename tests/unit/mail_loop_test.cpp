// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/ical.hpp>
#include <lpg/mail.hpp>
#include <lpg/mail_loop.hpp>

#include <doctest/doctest.h>

#include <algorithm>

#include "fixture.hpp"
#include "mail/imip.hpp"
#include "mail/reply_store.hpp"

namespace lpg {

TEST_CASE("minutes Markdown renders to HTML without raw HTML, and to plain text") {
  std::string md =
      "# Minutes\n\nPresent: *Priya*.\n\n1. Transition\n2. See [the guidance](https://x.uk)\n\n"
      "<script>alert(1)</script>\n";
  std::string html = markdown_html(md);
  CHECK(html.find("<h1>Minutes</h1>") != std::string::npos);
  CHECK(html.find("<em>Priya</em>") != std::string::npos);
  CHECK(html.find("<script>") == std::string::npos);
  std::string text = markdown_text(md);
  CHECK(text.find("Minutes\n=======\n\nPresent: Priya.") == 0);
  CHECK(markdown_text("## Présent\n\ntext") == "Présent\n-------\n\ntext\n");
  CHECK(text.find("1. Transition\n2. See the guidance <https://x.uk>") != std::string::npos);
  CHECK(text.find('*') == std::string::npos);
}

TEST_CASE("a message with an attachment is multipart/mixed around the alternatives") {
  MailMessage m;
  m.from = {"Team", "team@example.org"};
  m.to = {"Officer", "officer@example.org"};
  m.subject = "Minutes";
  m.message_id = "minutes.1.x@example.org";
  m.parts = {{"text/plain; charset=utf-8", "hello", false},
             {"text/html; charset=utf-8", "<p>hello</p>", false}};
  m.attachments = {{"text/markdown; charset=utf-8", "minutes-2026-10-14.md", "# hello"}};
  std::string text = to_rfc5322(m);
  CHECK(text.find("Content-Type: multipart/mixed; boundary=\"=_lpg_mix_") != std::string::npos);
  CHECK(text.find("Content-Type: multipart/alternative; boundary=\"=_lpg_") != std::string::npos);
  CHECK(text.find("Content-Disposition: attachment; filename=\"minutes-2026-10-14.md\"") !=
        std::string::npos);
  m.attachments.front().file_name = "../evil name.md";
  CHECK_THROWS_AS(to_rfc5322(m), Error);
}

TEST_CASE("long subjects and message ids fold: no header line passes 78 octets") {
  MailMessage m;
  m.from = {"Team", "team@example.org"};
  m.to = {"Officer", "officer@example.org"};
  m.message_id = "cancel.1796029200.2027-01-14-m12-cancel-s3-o345@earlyyears.example.gov.uk";
  m.parts = {{"text/plain; charset=utf-8", "hello", false}};
  for (std::string subject :
       {std::string("Cancelled: Northbrook and Southbrook Early Years Partnership Group meeting, "
                    "Wednesday 13 January 2027 at 18:30"),
        std::string("Cancelled: Grŵp Blynyddoedd Cynnar Gogledd a De, dydd Mercher 13 Ionawr "
                    "2027 am 18:30")}) {
    m.subject = subject;
    std::string text = to_rfc5322(m);
    std::string head = text.substr(0, text.find("\r\n\r\n"));
    for (std::size_t at = 0; at < head.size();) {
      std::size_t end = std::min(head.find("\r\n", at), head.size());
      CHECK_MESSAGE(end - at <= 78, head.substr(at, end - at));
      at = end + 2;
    }
  }
}

TEST_CASE("CANCEL: STATUS:CANCELLED for a cancelled meeting, no STATUS to uninvite") {
  test::Db db;
  Meeting m;
  m.id = 1;
  m.group_name = "Northbrook";
  m.starts = parse_local_time("2027-01-13 18:30", "start");
  m.uid = "abc@lpg";
  m.sequence = 2;
  m.status = "scheduled";
  m.updated_at = "2026-11-30T09:00:00Z";
  IcalOptions o;
  o.method = "CANCEL";
  o.attendees = {{"Tom", "tom@example.org"}};
  o.cancel_whole_event = false;
  std::string uninvite = to_icalendar(db.session, {m}, o);
  CHECK(uninvite.find("METHOD:CANCEL") != std::string::npos);
  CHECK(uninvite.find("STATUS:") == std::string::npos);
  CHECK(uninvite.find("ATTENDEE;CN=\"Tom\";ROLE=REQ-PARTICIPANT:mailto:tom@example.org") !=
        std::string::npos);
  o.cancel_whole_event = true;
  CHECK(to_icalendar(db.session, {m}, o).find("STATUS:CANCELLED") != std::string::npos);
}

TEST_CASE("libical reads an Outlook reply: no ORGANIZER, MAILTO in capitals, a folded line") {
  std::string ics =
      "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
      "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=DECLINED;CN=Roger Wilson:MAILTO:Roger.Wil\r\n"
      " son%2Bx@Example.com\r\nUID:abc@lpg\r\nDTSTAMP:20261201T101500Z\r\nSEQUENCE:3\r\n"
      "END:VEVENT\r\nEND:VCALENDAR\r\n";
  auto ev = mail::read_imip(ics);
  REQUIRE(ev);
  CHECK(ev->method == "REPLY");
  CHECK(ev->uid == "abc@lpg");
  CHECK(ev->sequence == 3);
  CHECK(ev->dtstamp == "20261201T101500Z");
  REQUIRE(ev->attendees.size() == 1);
  CHECK(ev->attendees[0].email == "roger.wilson+x@example.com");
  CHECK(ev->attendees[0].partstat == "DECLINED");
  CHECK_FALSE(mail::read_imip("not a calendar"));
}

}  // namespace lpg

TEST_CASE("a reply's PARTSTAT is the answer people read; NEEDS-ACTION is none") {
  CHECK(lpg::mail::answer_of("ACCEPTED") == "expected");
  CHECK(lpg::mail::answer_of("DECLINED") == "apologies");
  CHECK(lpg::mail::answer_of("TENTATIVE") == "tentative");
  CHECK(lpg::mail::answer_of("DELEGATED") == "delegated");
  CHECK(lpg::mail::answer_of("NEEDS-ACTION").empty());
  CHECK(lpg::mail::answer_of("accepted").empty());  // as written, in capitals
}
