// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/mail.hpp>
#include <lpg/reports.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <random>
#include <tuple>

#include "db/store_impl.hpp"

using namespace lpg;

namespace {
struct Fixture {
  Store store = Store::open({":memory:", 1000, true, "test"});
  Config config;
  Clock clock = Clock::make(std::string("2026-11-30T09:00"), "Europe/London");
  Session session{store, clock, config};
  void exec(const std::string& sql) { db::conn(store).exec(sql); }
};

// Each line of a message: no more than 78 octets before its CRLF, and no bare LF.
bool lines_fit(const std::string& text) {
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find("\r\n", start);
    if (end == std::string::npos) return false;
    std::string line = text.substr(start, end - start);
    if (line.size() > 78 || line.find('\n') != std::string::npos) return false;
    start = end + 2;
  }
  return true;
}
}  // namespace

TEST_CASE("quoted-printable encodes UTF-8, '=' and trailing spaces, and breaks long lines") {
  CHECK(quoted_printable("Dear Zoë,\n") == "Dear Zo=C3=AB,\r\n");
  CHECK(quoted_printable("a=b \n") == "a=3Db=20\r\n");
  CHECK(quoted_printable("one\r\ntwo") == "one\r\ntwo\r\n");
  std::string longer = quoted_printable(std::string(200, 'x') + "\n");
  CHECK(lines_fit(longer));
  CHECK(longer.find("=\r\n") != std::string::npos);
}

TEST_CASE("header text is encoded only when it must be, in whole characters") {
  CHECK(encode_header_text("Banbury meeting") == "Banbury meeting");
  CHECK(encode_header_text("Zoë") == "=?UTF-8?B?Wm/Dqw==?=");
  std::string many;
  for (int i = 0; i < 40; ++i) many += "ë";  // 80 bytes: two words, split between characters
  std::string encoded = encode_header_text(many);
  CHECK(encoded.find("\r\n =?UTF-8?B?") != std::string::npos);
  for (std::size_t at = 0, end = 0; at < encoded.size(); at = end + 3) {
    end = encoded.find("\r\n ", at);
    if (end == std::string::npos) end = encoded.size();
    CHECK(end - at <= 75);  // RFC 2047: an encoded-word is at most 75 characters
    CHECK(encoded.compare(at, 10, "=?UTF-8?B?") == 0);
  }
}

TEST_CASE("mailboxes quote or encode their display names, and the address is the only one") {
  CHECK(mailbox_header("To", {"Jo Bloggs", "jo@x.org"}) == "\"Jo Bloggs\" <jo@x.org>");
  CHECK(mailbox_header("To", {"Smith, Jo", "jo@x.org"}) == "\"Smith, Jo\" <jo@x.org>");
  CHECK(mailbox_header("To", {"Zoë Adams", "zoe@x.org"}) ==
        "=?UTF-8?B?Wm/DqyBBZGFtcw==?= <zoe@x.org>");
  CHECK(mailbox_header("To", {"", "jo@x.org"}) == "jo@x.org");
  // Whatever the name holds, it stays inside the quotes.
  CHECK(mailbox_header("To", {"Jo <evil@x.org>, Jo", "jo@x.org"}) ==
        "\"Jo <evil@x.org>, Jo\" <jo@x.org>");
  CHECK(mailbox_header("To", {"a\"b\\c", "jo@x.org"}) == "\"a\\\"b\\\\c\" <jo@x.org>");
  // A name that looks like an encoded-word is encoded, so it reads back as typed.
  CHECK(mailbox_header("To", {"=?utf-8?b?ZXZpbA==?=", "jo@x.org"}) ==
        "=?UTF-8?B?PT91dGYtOD9iP1pYWnBiQT09Pz0=?= <jo@x.org>");
  CHECK_THROWS_AS(mailbox_header("To", {"Jo", "jo@x.org, evil@x.org"}), Error);
  CHECK_THROWS_AS(mailbox_header("To", {"Jo", "jo@x.org>\r\nBcc: evil@x.org"}), Error);
  std::string longer = "To: " + mailbox_header("To", {std::string(90, 'a'), "jo@x.org"}) + "\r\n";
  CHECK(lines_fit(longer));
}

TEST_CASE("a configured mailbox is one address or refused") {
  CHECK(parse_mailbox("Jo Bloggs <Jo@X.org>", "k").name == "Jo Bloggs");
  CHECK(parse_mailbox("Jo Bloggs <Jo@X.org>", "k").email == "jo@x.org");
  CHECK(parse_mailbox("\"Bloggs, Jo\" <jo@x.org>", "k").name == "Bloggs, Jo");
  CHECK(parse_mailbox(" jo@x.org ", "k").name.empty());
  for (const char* bad : {"Jo <jo@x.org>, Ann <ann@x.org>", "Jo <jo@x.org> x", "jo@x.org>",
                          "Jo <a@x.org, b@x.org>", "Jo <<jo@x.org>>", "Jo <jo@x.org",
                          "Jo\r\nBcc: e@x.org <jo@x.org>", "Jo <not an address>", "Jo"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_mailbox(bad, "reminders.organizer"), Error);
  }
  CHECK(display({"Jo", "jo@x.org"}) == "Jo <jo@x.org>");
}

TEST_CASE("dates are RFC 5322, in UTC") {
  auto at = date::sys_days{date::year{2026} / 11 / 30} + std::chrono::hours{9};
  CHECK(mail_date(std::chrono::sys_seconds{at}) == "Mon, 30 Nov 2026 09:00:00 +0000");
}

TEST_CASE("a message has CRLF lines within 78 octets and a boundary in every part") {
  MailMessage m;
  m.from = {"Jo Blöggs", "jo@council.example"};
  m.to = {"Zoë Adams", "zoe@example.org"};
  m.subject = "Banbury Early Years meeting, Thursday 10 December 2026 at 18:30";
  m.message_id = "reminder.1@council.example";
  m.date = std::chrono::sys_seconds{std::chrono::seconds{1796029200}};
  m.parts.push_back({"text/plain; charset=utf-8", "Dear Zoë,\n" + std::string(120, 'x'), false});
  m.parts.push_back({"text/calendar; method=REQUEST; charset=utf-8", "BEGIN:VCALENDAR\r\n", true});
  std::string text = to_rfc5322(m);
  CHECK(lines_fit(text));
  CHECK(text.find("MIME-Version: 1.0\r\n") != std::string::npos);
  CHECK(text.find("Content-Type: multipart/alternative; boundary=\"=_lpg_") != std::string::npos);
  CHECK(text.find("Content-Transfer-Encoding: base64\r\n\r\nQkVHSU46VkNBTEVOREFSDQo=\r\n") !=
        std::string::npos);
}

TEST_CASE("scopes resolve their periods, inclusive at both ends") {
  Fixture f;
  f.exec(
      "INSERT INTO term (year, name, seq, start_date, end_date, created_at, updated_at) VALUES "
      "('2026/27', 'autumn', 1, '2026-09-03', '2026-12-18', 'x', 'x')");
  ScopeInput in;
  auto year = resolve_scope(f.session, in, DefaultPeriod::AcademicYear);
  CHECK(format_date(year.from) == "2026-09-01");  // terms.academic_year_starts = "september"
  CHECK(format_date(year.to) == "2027-08-31");
  auto soon = resolve_scope(f.session, in, DefaultPeriod::Upcoming);
  CHECK(format_date(soon.to) == "2026-12-21");  // reminders.within = 21d
  auto term = resolve_scope(f.session, in, DefaultPeriod::Term);
  CHECK(term.label == "2026/27 autumn");
  in.to = "2026-10-31";
  auto range = resolve_scope(f.session, in, DefaultPeriod::AsOf);
  CHECK(format_date(range.as_of) == "2026-10-31");  // a snapshot at the end of the period
  in.from = "2026-11-01";
  CHECK_THROWS_AS(resolve_scope(f.session, in, DefaultPeriod::AsOf), Error);
  in.term = "autumn 2026";
  try {
    resolve_scope(f.session, in, DefaultPeriod::AsOf);
    FAIL("expected a usage error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
  }
}

TEST_CASE("attendance by person agrees with a direct count, whichever plan runs") {
  // Random registers over 3 groups and 30 meetings; periods that cover most meetings (the
  // all-but-excluded plan) and few (the from-meetings plan) must both match a plain count.
  Fixture f;
  f.exec(
      "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES (1, 'A', 'a', 'hub', 'x'), "
      "(2, 'B', 'b', 'hub', 'x'), (3, 'C', 'c', 'hub', 'x')");
  std::mt19937 rnd(7);
  const char* statuses[] = {"present", "apologies", "absent", "represented"};
  std::string sql;
  for (int p = 1; p <= 12; ++p) {
    sql += fmt::format(
        "INSERT INTO person (id, name, name_key, created_at, updated_at) VALUES ({0}, 'P{0}', "
        "'p{0}', 'x', 'x');",
        p);
  }
  for (int m = 1; m <= 30; ++m) {
    sql += fmt::format(
        "INSERT INTO meeting (id, group_id, starts_at, status, uid, created_at, updated_at) "
        "VALUES ({0}, {1}, '2026-{2:02}-{3:02} 18:30', '{4}', 'u{0}', 'x', 'x');",
        m, 1 + m % 3, 1 + m % 12, 1 + m % 27, m % 10 == 0 ? "cancelled" : "scheduled");
    for (int p = 1; p <= 12; ++p) {
      if (rnd() % 3 == 0) continue;
      const char* st = statuses[rnd() % 4];
      sql += fmt::format(
          "INSERT INTO attendance (meeting_id, person_id, status, represented_by, guest, "
          "recorded_at) VALUES ({}, {}, '{}', {}, {}, 'x');",
          m, p, st, std::string(st) == "represented" ? std::to_string(p % 12 + 1) : "NULL",
          rnd() % 7 == 0 ? 1 : 0);
    }
  }
  f.exec(sql);
  for (auto [from, to, group] :
       {std::tuple{"2026-01-01", "2026-12-31", 0}, std::tuple{"2026-03-01", "2026-09-30", 0},
        std::tuple{"2026-05-01", "2026-05-31", 0}, std::tuple{"2026-01-01", "2026-12-31", 2}}) {
    ReportScope scope;
    scope.from = parse_date(from);
    scope.to = parse_date(to);
    scope.as_of = f.clock.today();
    if (group != 0) scope.group = GroupId{group};
    std::map<std::int64_t, std::array<std::int64_t, 5>> expect;
    SQLite::Statement q(db::conn(f.store),
                        "SELECT a.person_id, count(*), sum(a.status = 'present'), "
                        "sum(a.status = 'represented'), sum(a.status = 'apologies'), "
                        "sum(a.status = 'absent') FROM attendance a JOIN meeting m ON m.id = "
                        "a.meeting_id WHERE a.guest = 0 AND m.status <> 'cancelled' AND "
                        "m.starts_at >= ? AND m.starts_at < ? AND (? = 0 OR m.group_id = ?) "
                        "AND m.starts_at <= '2026-11-30 09:00' "
                        "GROUP BY 1");
    q.bind(1, from);
    q.bind(2, fmt::format("{}X", to));  // after every time on the last day
    q.bind(3, group);
    q.bind(4, group);
    while (q.executeStep()) {
      auto& e = expect[q.getColumn(0).getInt64()];
      for (int i = 0; i < 5; ++i) e[i] = q.getColumn(i + 1).getInt64();
    }
    auto lines = attendance_report(f.session, scope, AttendanceBy::Member, std::nullopt);
    CHECK(lines.size() == expect.size());
    for (const auto& l : lines) {
      auto e = expect[l.id];
      CHECK(l.recorded == e[0]);
      CHECK(l.present == e[1]);
      CHECK(l.represented == e[2]);
      CHECK(l.apologies == e[3]);
      CHECK(l.absent == e[4]);
    }
    std::int64_t by_group = 0, by_member = 0;
    for (const auto& l : attendance_report(f.session, scope, AttendanceBy::Group, std::nullopt))
      by_group += l.recorded;
    for (const auto& l : lines) by_member += l.recorded;
    CHECK(by_group == by_member);
  }
}

TEST_CASE("attendance by organisation counts each organisation once a meeting, whichever plan") {
  // 12 people in 4 organisations (people 10 to 12 in none), 30 meetings, rows recorded in a
  // shuffled order (so the table is out of meeting order, as after a late sign-in sheet).
  // Expected: each organisation's best status a meeting, from a plain query.
  Fixture f;
  f.exec(
      "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES (1, 'A', 'a', 'hub', 'x'), "
      "(2, 'B', 'b', 'hub', 'x'), (3, 'C', 'c', 'hub', 'x')");
  std::string sql;
  for (int o = 1; o <= 4; ++o) {
    sql += fmt::format(
        "INSERT INTO organisation (id, name, name_key, sector, status, created_at, updated_at) "
        "VALUES ({0}, 'O{0}', 'o{0}', '{1}', 'open', 'x', 'x');",
        o, o % 2 == 0 ? "pre-school" : "police");
  }
  for (int p = 1; p <= 12; ++p) {
    sql += fmt::format(
        "INSERT INTO person (id, name, name_key, org_id, created_at, updated_at) VALUES ({0}, "
        "'P{0}', 'p{0}', {1}, 'x', 'x');",
        p, p <= 9 ? std::to_string(1 + p % 4) : "NULL");
  }
  std::mt19937 rnd(11);
  const char* statuses[] = {"present", "apologies", "absent", "represented"};
  std::vector<std::string> rows;
  for (int m = 1; m <= 30; ++m) {
    sql += fmt::format(
        "INSERT INTO meeting (id, group_id, starts_at, status, uid, created_at, updated_at) "
        "VALUES ({0}, {1}, '2026-{2:02}-{3:02} 18:30', '{4}', 'u{0}', 'x', 'x');",
        m, 1 + m % 3, 1 + m % 12, 1 + m % 27, m % 10 == 0 ? "cancelled" : "scheduled");
    for (int p = 1; p <= 12; ++p) {
      if (rnd() % 3 == 0) continue;
      const char* st = statuses[rnd() % 4];
      rows.push_back(fmt::format(
          "INSERT INTO attendance (meeting_id, person_id, status, represented_by, guest, "
          "recorded_at) VALUES ({}, {}, '{}', {}, {}, 'x');",
          m, p, st, std::string(st) == "represented" ? std::to_string(p % 12 + 1) : "NULL",
          rnd() % 7 == 0 ? 1 : 0));
    }
  }
  std::shuffle(rows.begin(), rows.end(), rnd);
  for (const auto& r : rows) sql += r;
  f.exec(sql);
  for (auto [from, to, group] :
       {std::tuple{"2026-01-01", "2026-12-31", 0}, std::tuple{"2026-03-01", "2026-09-30", 0},
        std::tuple{"2026-05-01", "2026-05-31", 0}, std::tuple{"2026-01-01", "2026-12-31", 2}}) {
    ReportScope scope;
    scope.from = parse_date(from);
    scope.to = parse_date(to);
    scope.as_of = f.clock.today();
    if (group != 0) scope.group = GroupId{group};
    std::map<std::int64_t, std::array<std::int64_t, 5>> expect;  // organisation (0: none)
    SQLite::Statement q(db::conn(f.store), R"sql(
      WITH best AS (
        SELECT coalesce(p.org_id, -p.id) AS k, min(CASE a.status WHEN 'present' THEN 0
               WHEN 'represented' THEN 1 WHEN 'apologies' THEN 2 ELSE 3 END) AS r
          FROM attendance a JOIN meeting m ON m.id = a.meeting_id
          JOIN person p ON p.id = a.person_id
         WHERE a.guest = 0 AND m.status <> 'cancelled' AND m.starts_at >= ?1
           AND m.starts_at < ?2 AND (?3 = 0 OR m.group_id = ?3)
           AND m.starts_at <= '2026-11-30 09:00'
         GROUP BY m.id, 1)
      SELECT max(k, 0), count(*), sum(r = 0), sum(r = 1), sum(r = 2), sum(r = 3) FROM best
       GROUP BY 1)sql");
    q.bind(1, from);
    q.bind(2, fmt::format("{}X", to));
    q.bind(3, group);
    while (q.executeStep()) {
      auto& e = expect[q.getColumn(0).getInt64()];
      for (int i = 0; i < 5; ++i) e[i] = q.getColumn(i + 1).getInt64();
    }
    auto lines = attendance_report(f.session, scope, AttendanceBy::Organisation, std::nullopt);
    CHECK(lines.size() == expect.size());
    std::int64_t by_org = 0, by_sector = 0;
    for (const auto& l : lines) {
      auto e = expect[l.id];
      CHECK(l.recorded == e[0]);
      CHECK(l.present == e[1]);
      CHECK(l.represented == e[2]);
      CHECK(l.apologies == e[3]);
      CHECK(l.absent == e[4]);
      by_org += l.recorded;
    }
    for (const auto& l : attendance_report(f.session, scope, AttendanceBy::Sector, std::nullopt))
      by_sector += l.recorded;
    CHECK(by_sector == by_org);
  }
}
