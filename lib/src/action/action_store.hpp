// SPDX-License-Identifier: MIT
#pragma once
// The owner of the tables action and action_carry (issue 18): the only code that writes their
// rows and reads them into ActionItem. action add, done and carry, and import actions, call
// it. Each function runs inside the caller's transaction.

#include <lpg/actions.hpp>
#include <lpg/privacy.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "db/sql.hpp"

namespace lpg::meetings {

/// An action as stored.
struct ActionRow {
  std::int64_t meeting = 0;
  std::string text;
  std::optional<std::int64_t> person, org;
  std::optional<std::string> due, done_on;
  std::string status = "open", done_note;
  bool operator==(const ActionRow&) const = default;
};

/// The stored action, if there is one with this id.
std::optional<ActionRow> stored_action(const Session& s, std::int64_t id);
/// The ids of the meeting's actions whose text is `text`, by id.
std::vector<std::int64_t> actions_with_text(const Session& s, std::int64_t meeting,
                                            const std::string& text);

/// Adds an open action from a meeting (created now) and returns its id.
std::int64_t insert_action(const Session& s, const ActionRow& a);

/// Writes an action as an import has it: with `id`, replacing the fields of the stored one or
/// added with that id; without, added. `created_at` "" means now. Returns its id.
std::int64_t write_action(const Session& s, std::optional<std::int64_t> id, const ActionRow& a,
                          const std::string& created_at);

/// Marks it done on `on` with a note.
void store_done(const Session& s, std::int64_t id, Date on, const std::string& note);

/// Records that it was carried to `meeting` on `on`.
void insert_carry(const Session& s, std::int64_t action, std::int64_t meeting, Date on);

/// Rewrites an action's carries, as an import does; its prepared statements are kept.
class CarryWriter {
 public:
  explicit CarryWriter(const Session& s);
  /// Forgets where the action was carried.
  void clear(std::int64_t action);
  /// Records it carried to `meeting` on `on` (YYYY-MM-DD; a meeting named twice keeps the
  /// later line's day); false, storing nothing, when the meeting is not of its group.
  bool add(std::int64_t action, std::int64_t meeting, const std::string& on);

 private:
  db::Statement drop_, insert_;
};

/// How many actions a person owns (erasure's report).
std::int64_t actions_owned_by(const Session& s, std::int64_t person);

/// The actions a person owns, for a subject access export, by id.
std::vector<PersonExport::Action> actions_export_of(const Session& s, std::int64_t person);

/// Where an action was carried: "UID on YYYY-MM-DD" entries, "; " between, in meeting order.
std::string carried_text(const Session& s, std::int64_t action);

}  // namespace lpg::meetings
