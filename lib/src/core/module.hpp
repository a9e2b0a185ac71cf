// SPDX-License-Identifier: MIT
#pragma once
// Parts of lpg built as their own shared objects (lpg-postgres.so, lpg-mail-reader.so) and
// loaded only by the commands that use them. Their libraries (libpq with Kerberos and LDAP,
// GMime, libical with ICU) cost some 11 MB of memory in every process that maps them; most
// commands, the cron imports among them, never need them (issue 16).

#include <string_view>

namespace lpg {

/// The address of `symbol` in module `name` (the file lpg-NAME.so), loading the module once
/// and keeping it loaded. The module is looked for beside the running executable (the build
/// tree) and in ../LIBDIR/lpg from it (an installed lpg). Throws Error{Config} naming the
/// places looked in when the module is not there, or dlopen's reason when it will not load.
void* module_symbol(std::string_view name, const char* symbol);

}  // namespace lpg
