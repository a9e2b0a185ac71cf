// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>

#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <ctime>
#include <mutex>

#include "db/active.hpp"
#include "db/sql.hpp"

namespace lpg {

namespace {

// Only lock-free atomics may be touched from a signal handler.
std::atomic<int> g_signal{0};
std::atomic<sqlite3*> g_connection{nullptr};
std::atomic<lpg::db::Connection*> g_seam{nullptr};
static_assert(std::atomic<lpg::db::Connection*>::is_always_lock_free);
static_assert(std::atomic<int>::is_always_lock_free);
static_assert(std::atomic<sqlite3*>::is_always_lock_free);

std::mutex g_path_mutex;
std::string g_path;  // guarded by g_path_mutex; never read by the handler

extern "C" void on_signal(int sig) {
  if (g_signal.load() != 0) {
    // A second signal: the user insists. Die of it; SQLite's journal keeps the file whole.
    std::signal(sig, SIG_DFL);
    std::raise(sig);
    return;
  }
  g_signal.store(sig);
  // sqlite3_interrupt() is documented as safe to call from another thread or a signal handler.
  if (sqlite3* connection = g_connection.load()) sqlite3_interrupt(connection);
  // A PostgreSQL connection's interrupt() sends a cancel request (PQcancel: signal-safe).
  if (lpg::db::Connection* connection = g_seam.load()) connection->interrupt();
}

}  // namespace

void install_interrupt_handlers() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

void check_interrupted() {
  if (g_signal.load() != 0) {
    throw Error(ErrorKind::Interrupted, "interrupted; nothing was saved");
  }
}

int interrupt_signal() noexcept { return g_signal.load(); }

void reset_interrupt() noexcept { g_signal.store(0); }

namespace db {

void register_connection(sqlite3* handle, const std::string& path) {
  std::lock_guard lock(g_path_mutex);
  g_path = path;
  g_connection.store(handle);
}

void unregister_connection(sqlite3* handle) noexcept {
  // The path stays: an error is reported after the command's Store has closed.
  sqlite3* expected = handle;
  g_connection.compare_exchange_strong(expected, nullptr);
}

void register_connection(Connection* connection, const std::string& path) {
  // On SQLite the seam is over the handle registered above; interrupting that is enough.
  if (connection == nullptr || connection->dialect() == Dialect::Sqlite) return;
  std::lock_guard lock(g_path_mutex);
  g_path = path;
  g_seam.store(connection);
}

void unregister_connection(Connection* connection) noexcept {
  Connection* expected = connection;
  g_seam.compare_exchange_strong(expected, nullptr);
}

std::string active_path() {
  std::lock_guard lock(g_path_mutex);
  return g_path;
}

int busy_wait(void* arg, int attempts) {
  // SQLite's own back-off: short sleeps first, then 100 ms at a time.
  static constexpr int kDelays[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
  constexpr int kCount = static_cast<int>(sizeof kDelays / sizeof kDelays[0]);
  if (g_signal.load() != 0) return 0;
  int timeout = *static_cast<const int*>(arg);
  int waited = 0;
  for (int i = 0; i < attempts && i < kCount; ++i) waited += kDelays[i];
  if (attempts > kCount) waited += (attempts - kCount) * kDelays[kCount - 1];
  int delay = attempts < kCount ? kDelays[attempts] : kDelays[kCount - 1];
  if (waited >= timeout) return 0;
  if (waited + delay > timeout) delay = timeout - waited;
  timespec pause{delay / 1000, static_cast<long>(delay % 1000) * 1000000L};
  ::nanosleep(&pause, nullptr);  // a signal cuts the sleep short; the next call sees the flag
  return g_signal.load() == 0 ? 1 : 0;
}

}  // namespace db
}  // namespace lpg
