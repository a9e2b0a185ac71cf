// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/privacy.hpp>

#include <doctest/doctest.h>

#include "db/store_impl.hpp"
#include "privacy/redact.hpp"

using namespace lpg;
using privacy::Needles;
using privacy::redact;

namespace {
struct Fixture {
  Store store = Store::open({":memory:", 1000, true, "lpg person forget 'Jo Bloggs' --yes"});
  Config config;
  Clock clock = Clock::make(std::string("2026-11-30T09:00"), "Europe/London");
  Session session{store, clock, config};
  void exec(const std::string& sql) { db::conn(store).exec(sql); }
  std::string text(const std::string& sql) { return db::conn(store).execAndGet(sql).getString(); }
};

std::string scrub(std::string_view text, const Needles& n) { return redact(text, n, "P", "X"); }
}  // namespace

TEST_CASE("redact finds a name whole, in any ASCII case, and as the shell quoted it") {
  Needles n{{"Jo O'Brien"}, {}, {}, {}};
  CHECK(scrub("Jo O'Brien joined North Hub", n) == "P joined North Hub");
  CHECK(scrub("--person 'jo o'\\''brien' --role chair", n) == "--person 'P' --role chair");
  CHECK(scrub("Jo O'Briens", n) == "Jo O'Briens");  // not a whole word
  Needles al{{"Al"}, {}, {}, {}};
  CHECK(scrub("Alder Nursery, Al and AL.", al) == "Alder Nursery, P and P.");
}

TEST_CASE("redact finds an email in any case and a phone by its digits") {
  Needles n{{}, {"jo@example.org"}, {"01869 123456"}, {}};
  CHECK(scrub("--email Jo@Example.ORG --phone 01869-123-456", n) == "--email X --phone X");
  CHECK(scrub("(01869) 123 456 or 01869.123456", n) == "(X or X");
  CHECK(scrub("018691234567 and 101869123456", n) == "018691234567 and 101869123456");
  Needles intl{{}, {}, {"+44 1869 123456"}, {}};
  CHECK(scrub("call +44 (1869) 123456", intl) == "call X");
}

TEST_CASE("redact matches as look-up matches: any case, any spacing, Unicode case folded") {
  Needles n{{"Zoë  Adams", "Jo Bloggs"}, {}, {}, {}};
  CHECK(scrub("person edit 'ZOË ADAMS' --phone 1", n) == "person edit 'P' --phone 1");
  CHECK(scrub("person add 'jo   bloggs' and Jo\tBloggs", n) == "person add 'P' and P");
  CHECK(scrub("Jo Bloggson", n) == "Jo Bloggson");
  Needles longest{{"Jo Bloggs", "Jo Bloggs-Smith"}, {}, {}, {}};
  CHECK(scrub("by Jo Bloggs-Smith.", longest) == "by P.");
}

TEST_CASE("redact leaves short other values alone and finds longer ones") {
  Needles n{{}, {}, {}, {"HR", "likes tea"}};
  CHECK(scrub("--job-title HR --note 'Likes tea'", n) == "--job-title HR --note 'X'");
  CHECK(privacy::mentions("she likes tea", n));
  CHECK_FALSE(privacy::mentions("HR only", n));
}

TEST_CASE("forget_person erases the fields, keeps the rows, and scrubs the audit log") {
  Fixture f;
  f.exec(
      "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES (1, 'Hub', 'hub', 'hub', "
      "'x');"
      "INSERT INTO person (id, name, name_key, email, phone, job_title, note, created_at, "
      "updated_at) VALUES (1, 'Jo Bloggs', 'jo bloggs', 'jo@x.org', '01869 123456', 'Chair', "
      "'likes tea', 'x', 'x');"
      "INSERT INTO membership (group_id, person_id, kind, from_date, note) VALUES "
      "(1, 1, 'additional', '2025-01-01', 'deputy');"
      "INSERT INTO audit_log (at, os_user, command, action, entity, entity_id, detail) VALUES "
      "('x', 'u', 'lpg person add ''Jo Bloggs'' --email JO@X.ORG --note ''likes tea''', 'add', "
      "'person', 1, ''),"
      "('x', 'u', 'lpg group add Hub', 'add', 'grp', 1, 'likes tea');");
  CHECK_THROWS_AS(forget_person(f.session, "jo@x.org", false), Error);
  CHECK(f.text("SELECT name FROM person") == "Jo Bloggs");

  Compaction c;
  Forgotten done = forget_person(f.session, "jo@x.org", true, &c);
  CHECK(c.done);
  CHECK(done.placeholder == "erased person #1");
  CHECK(done.memberships == 1);
  CHECK(done.audit_rows_scrubbed == 1);
  CHECK(f.text("SELECT name || '|' || coalesce(email, '-') || '|' || coalesce(phone, '-') || "
               "'|' || coalesce(job_title, '-') || '|' || note || '|' || "
               "(erased_at IS NOT NULL) FROM person") == "erased person #1|-|-|-||1");
  CHECK(f.text("SELECT note FROM membership") == "");
  CHECK(f.text("SELECT command FROM audit_log WHERE id = 1") ==
        "lpg person add 'erased person #1' --email [erased] --note '[erased]'");
  // Another row's text is not about them: their note is not looked for there.
  CHECK(f.text("SELECT detail FROM audit_log WHERE id = 2") == "likes tea");
  CHECK(f.text("SELECT command FROM audit_log WHERE action = 'forget'") ==
        "lpg person forget 'erased person #1' --yes");

  try {
    forget_person(f.session, "#1", true);
    FAIL("a second erasure must be refused");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Conflict);
  }
}
