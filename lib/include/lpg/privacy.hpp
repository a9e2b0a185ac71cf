// SPDX-License-Identifier: MIT
#pragma once
// Data protection: erasing a person (`lpg person forget`), a subject access export
// (`lpg person export`) and the retention rule (`lpg db prune`). Personal data here means a
// person's name, email, phone, job title and note; rows that point at the person (memberships,
// attendance, actions) are kept so that counts in reports still hold, anonymously.

#include <lpg/dates.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lpg {

/// What forgetting one person did.
struct Forgotten {
  std::int64_t id = 0;
  std::string placeholder;  ///< the name now stored: "erased person #12"
  std::string erased_at;    ///< UTC stamp
  std::int64_t memberships = 0, attendance = 0, actions = 0;  ///< rows kept, now anonymous
  std::int64_t audit_rows_scrubbed = 0;  ///< earlier audit rows their values were removed from
  std::int64_t minutes_scrubbed = 0;     ///< minutes versions and submissions naming them
};

/// How compacting the file after an erasure went.
struct Compaction {
  bool done = false;   ///< the WAL was truncated and the file vacuumed
  std::string reason;  ///< why not, when !done
};

/// The name an erased person keeps, so reports still count them: "erased person #12".
std::string erased_placeholder(std::int64_t id);

/// Erases the personal data of the person `ref` names (see find_person), in one transaction:
/// name (replaced by erased_placeholder), email, phone, job title, note, the notes of their
/// own memberships and the history of their values; sets erased_at; removes every value they
/// ever had (matched as look-up matches: any case, any spacing) from the audit rows about them
/// by identity (command and detail) and from the command lines of the runs that wrote those
/// rows, and from minutes_version.recorded_by and minutes.submitted_to. Rows about other
/// people are never touched, whatever their text holds. Their name becomes their placeholder,
/// or "[erased]" when another person has the same name (so no row comes to blame the wrong
/// one). The erasure is audited (which fields, never the values). Then compact_database().
///
/// Throws Error{NotFound} for an unknown person, Error{Conflict} (65) for one already erased,
/// and Error{Usage} (64) naming the person when `confirmed` is false: erasure cannot be undone.
Forgotten forget_person(const Session& s, std::string_view ref, bool confirmed,
                        Compaction* compaction = nullptr);

/// Makes erased bytes leave the file: a WAL checkpoint (TRUNCATE), VACUUM (temporary data in
/// memory) and a second checkpoint. Must run outside any transaction. Never throws for a
/// busy database or an interrupt: it reports them in Compaction::reason, since the erasure it
/// follows is already committed. Does nothing, successfully, for ":memory:".
Compaction compact_database(const Store& store);

/// Everything lpg holds about one person, for a subject access request. Plain text fields;
/// the CLI renders them as JSON.
struct PersonExport {
  struct Membership {
    std::int64_t id = 0;
    std::string group, kind;
    std::optional<std::string> core_category, role, to_date;
    std::string from_date, note;
  };
  struct Attendance {
    std::int64_t meeting_id = 0;
    std::string group, date, status;
    std::optional<std::string> represented_by;  ///< who stood in for them
    std::optional<std::string> representing;    ///< whom they stood in for
  };
  struct Action {
    std::int64_t id = 0, meeting_id = 0;
    std::string group, text, status;
    std::optional<std::string> due, done_on;
  };
  struct MinutesVersion {
    std::int64_t meeting_id = 0, version = 0;
    std::string group, recorded_at;
  };
  /// A message the mail loop wrote to them, or a reply of theirs it read (lpg-mail(1)).
  struct Mail {
    std::int64_t meeting_id = 0;
    std::string group;
    std::string what;  ///< "sent REQUEST", "sent CANCEL", "replied ACCEPTED", ...
    int sequence = 0;
    std::string address;  ///< the address it went to or came from
    std::string at;       ///< when it was written or recorded
  };
  struct AuditRow {
    std::int64_t id = 0;
    std::string at, os_user, command, action, entity, detail;
    std::optional<std::int64_t> entity_id;
  };

  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> email, phone, job_title, erased_at;
  std::string note, created_at, updated_at;
  std::optional<std::int64_t> org_id;
  std::optional<std::string> org, org_sector;
  std::string exported_at;  ///< UTC stamp of this export
  std::vector<Membership> memberships;
  std::vector<Attendance> attendance;
  std::vector<Action> actions;
  struct FormerValue {
    std::string field;  ///< name, email, phone, job_title or note
    std::string value;
  };

  std::vector<MinutesVersion> minutes_recorded;  ///< recorded_by one of their names
  std::vector<Mail> mail;  ///< invitations and cancellations sent, replies read, in time order
  /// The audit rows about the person by identity: tied to them when written (the person,
  /// their memberships, their actions, their attendance and stand-ins, minutes naming them).
  /// Never rows that only mention someone of the same name.
  std::vector<AuditRow> audit_log;
  /// Every value lpg has held for them, today's and earlier ones (a name before an edit).
  std::vector<FormerValue> former_values;
};

/// Reads everything about the person `ref` names. Throws Error{NotFound}.
PersonExport export_person(const Session& s, std::string_view ref);

/// One person the retention rule would erase.
struct PruneCandidate {
  std::int64_t id = 0;
  std::string name;
  std::string last_left;  ///< the latest to_date of their memberships
};

struct PruneResult {
  int left_years = 0;  ///< the rule: 0 means off, and nothing was looked at
  std::string cutoff;  ///< people whose last membership ended before this day
  std::vector<PruneCandidate> people;
  bool erased = false;  ///< people were forgotten (not a dry run)
  Compaction compaction;
};

/// The retention rule `retention.left_years` = N: people (not yet erased) whose memberships
/// have all ended, the latest more than N years before today, and who own no open action.
/// People who never had a membership are left alone. With `erase`, forgets each of them as
/// forget_person does, in one transaction, then compacts once (even when nobody qualified).
PruneResult prune_people(const Session& s, bool erase);

}  // namespace lpg
