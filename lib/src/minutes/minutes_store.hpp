// SPDX-License-Identifier: MIT
#pragma once
// The owner of the tables minutes and minutes_version (issue 18): the only code that writes
// their rows and reads them into MinutesVersion and MinutesRecord. Each function runs inside
// the caller's transaction.

#include <lpg/minutes.hpp>
#include <lpg/privacy.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace lpg::meetings {

/// The meeting's latest minutes version; 0 when it has none.
int latest_version(const Session& s, std::int64_t meeting);

/// Starts the meeting's minutes (the row versions hang from).
void insert_minutes(const Session& s, std::int64_t meeting);

/// Stores a version of the text, recorded now.
void insert_version(const Session& s, std::int64_t meeting, int version, const std::string& text,
                    const std::string& recorded_by, const std::string& converted);

/// Every version, oldest first.
std::vector<MinutesVersion> read_versions(const Session& s, std::int64_t meeting);

/// Fills in where the minutes were approved and submitted (left as they are without minutes).
void read_approval(const Session& s, std::int64_t meeting, MinutesRecord& r);

/// Records the meeting that approved them.
void store_approved(const Session& s, std::int64_t meeting, std::int64_t at);

/// Records whom they were sent to, and when.
void store_submitted(const Session& s, std::int64_t meeting, const std::string& to, Date on);

/// Rewrites the names held as text (each version's recorder, each submission's recipient)
/// through `rewrite`, for erasure; returns the rows changed.
std::int64_t rewrite_names(const Session& s,
                           const std::function<std::string(const std::string&)>& rewrite);

/// Every minutes version with its recorder as written (free text), by meeting and version:
/// a subject access export keeps those recorded by one of the person's names.
std::vector<std::pair<PersonExport::MinutesVersion, std::string>> versions_with_recorder(
    const Session& s);

}  // namespace lpg::meetings
