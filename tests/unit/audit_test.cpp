// SPDX-License-Identifier: MIT
#include "db/audit.hpp"

#include <doctest/doctest.h>

#include "fixture.hpp"

using namespace lpg;

TEST_CASE("an audit row ties the people it names, and an import can take a row back") {
  test::Db t;
  t.exec(
      "INSERT INTO person (id, name, name_key, note, created_at, updated_at) VALUES "
      "(7, 'Jo Bloggs', 'jo bloggs', '', 'x', 'x'), (8, 'Sam Stand', 'sam stand', '', 'x', 'x')");
  db::WriteTx tx(t.store);
  std::int64_t row = db::audit(t.session, "edit", "person", 7, "note", {8, 0, 8});
  CHECK(t.count("SELECT count(*) FROM audit_person WHERE audit_id = " + std::to_string(row)) == 2);
  db::AuditWriter writer(t.session);
  std::int64_t kept = writer.add("import", "person", 8);
  std::int64_t undone = writer.add("import", "person", 7, "changed", {8});
  CHECK(undone > kept);
  writer.take_back(undone);
  CHECK(t.count("SELECT count(*) FROM audit_log") == 2);
  CHECK(t.count("SELECT count(*) FROM audit_person WHERE audit_id = " + std::to_string(undone)) ==
        0);
  CHECK(t.count("SELECT count(*) FROM audit_person WHERE audit_id = " + std::to_string(kept)) == 1);
  tx.commit();
}
