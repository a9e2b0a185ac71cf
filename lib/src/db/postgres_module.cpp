// SPDX-License-Identifier: MIT
// Built into lpg-postgres.so only (see CMakeLists.txt), never into the program.
#include "db/postgres_module.hpp"

extern "C" __attribute__((visibility("default"))) lpg::db::Connection* lpg_postgres_connect(
    const lpg::db::PostgresOptions& options) {
  return lpg::db::connect_postgres(options).release();
}
