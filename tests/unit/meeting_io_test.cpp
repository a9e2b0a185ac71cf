// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/meeting_io.hpp>

#include <doctest/doctest.h>

#include <fstream>

#include "agenda/agenda_store.hpp"
#include "agenda/agenda_text.hpp"
#include "fixture.hpp"

using namespace lpg;

namespace {

struct Fixture : test::Db {
  Fixture() {
    exec(
        "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES "
        "(1, 'Bicester EY', 'bicester ey', 'partnership', 'x');"
        "INSERT INTO meeting (id, group_id, starts_at, uid, created_at, updated_at) VALUES "
        "(1, 1, '2026-10-14 18:30', 'one@lpg', 'x', 'x');"
        "INSERT INTO agenda_item (meeting_id, position, title, detail) VALUES "
        "(1, 1, 'Welcome', ''), (1, 2, 'Transition', 'Summer plans\n\nsecond line');");
  }
};

std::string write_file(const std::string& name, const std::string& text) {
  std::string path = "/tmp/lpg-meeting-io-" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("an agenda folds into one cell and reads back, multi-line details too") {
  Fixture f;
  std::string text = meetings::fold_agenda(meetings::read_agenda(f.session, 1));
  CHECK(text == "Welcome\nTransition\n\tSummer plans\n\t\n\tsecond line");
  auto items = meetings::parse_agenda(text);
  REQUIRE(items.size() == 2);
  CHECK(items[1].first == "Transition");
  CHECK(items[1].second == "Summer plans\n\nsecond line");
  CHECK_THROWS_AS(meetings::parse_agenda("\tdetail first"), Error);
}

TEST_CASE("import meetings: unchanged by uid, and a changed agenda bumps the sequence") {
  Fixture f;
  ListImportOptions o;
  o.file = write_file("m.csv",
                      "uid,group,date,start,agenda\r\n"
                      "one@lpg,Bicester EY,2026-10-14,18:30,\"Welcome\nTransition\n"
                      "\tSummer plans\n\t\n\tsecond line\"\r\n");
  ImportSummary r = import_meetings(f.session, o);
  CHECK(r.unchanged == 1);
  o.file = write_file("m.csv",
                      "uid,group,date,start,agenda\r\n"
                      "one@lpg,Bicester EY,2026-10-14,18:30,Welcome\r\n");
  r = import_meetings(f.session, o);
  CHECK(r.updated == 1);
  CHECK(f.count("SELECT count(*) FROM agenda_item") == 1);
  CHECK(f.count("SELECT sequence FROM meeting WHERE id = 1") == 1);
}

TEST_CASE("import meetings --dry-run stores nothing") {
  Fixture f;
  ListImportOptions o;
  o.dry_run = true;
  o.file = write_file("d.csv", "uid,group,date,start\r\nnew@lpg,Bicester EY,2027-01-13,18:30\r\n");
  ImportSummary r = import_meetings(f.session, o);
  CHECK(r.added == 1);
  CHECK(f.count("SELECT count(*) FROM meeting") == 1);
}
