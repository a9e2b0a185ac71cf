// SPDX-License-Identifier: MIT
#pragma once
// Finding the thing a user named on the command line: by id, register identifier, email or
// name. Every command that takes a GROUP, AREA, ORG or PERSON argument goes through here, so
// that "not found" and "which one?" read the same everywhere.

#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lpg {

struct AreaId {
  std::int64_t v = 0;
};
struct GroupId {
  std::int64_t v = 0;
};
struct OrgId {
  std::int64_t v = 0;
};
struct PersonId {
  std::int64_t v = 0;
};

/// A reference is "#12" (an id only), "12" (an id when one exists, else a name), or a name
/// matched case-insensitively (Unicode case folding, spaces trimmed). Archived rows are found
/// too. Each throws Error{NotFound} naming the reference, with the nearest name as a hint.

/// Also accepts an area's code (E07000177).
AreaId find_area(const Session& session, std::string_view ref);
GroupId find_group(const Session& session, std::string_view ref);
/// Also accepts a register identifier in any scheme (EY123456, 123456) or SCHEME:VALUE.
/// Two organisations of one name: Error{Conflict} listing each with id, town and postcode.
OrgId find_org(const Session& session, std::string_view ref);
/// Also accepts an email. Two people of one name: Error{Conflict} listing each with id and
/// email, and how to choose ("#12" or the email).
PersonId find_person(const Session& session, std::string_view ref);

/// The id a reference spells, "#12" or "12" (at most 15 digits), or nullopt for anything
/// else (a name). The one reading of ids for every kind of reference, memberships and
/// meetings included.
std::optional<std::int64_t> id_reference(std::string_view ref);

/// The key lookups and unique names compare: NFKC case-folded, trimmed, inner runs of space
/// collapsed. "St Mary's " and "ST MARY’S" differ (the apostrophes differ); "Zoë" and "ZOË" match.
std::string fold_key(std::string_view name);

}  // namespace lpg
