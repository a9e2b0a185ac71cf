// SPDX-License-Identifier: MIT
#pragma once
// What the Popolo export reads, and which of it an --area selection keeps.

#include <lpg/groups.hpp>
#include <lpg/orgs.hpp>
#include <lpg/people.hpp>
#include <lpg/popolo.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "member/member_store.hpp"

namespace lpg::popolo {

struct AreaRow {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> code;
  std::optional<std::int64_t> parent_id;
};

using MemberRow = member_store::Row;

struct MeetingRow {
  std::int64_t id = 0, group_id = 0, duration_min = 0;
  std::string starts_at, status, uid;
  std::optional<std::string> venue, cancel_reason;
  std::optional<std::int64_t> host_org_id;
};

/// The rows one export writes, each list by id, already cut down to the selection.
struct Registry {
  std::vector<AreaRow> areas;
  std::vector<Group> groups;
  std::vector<Org> orgs;
  std::vector<Person> people;  ///< never an erased person
  std::vector<MemberRow> members;
  std::vector<MeetingRow> meetings;
};

/// Reads the registry in one snapshot and keeps what `options` selects (see popolo.hpp).
Registry load_registry(const Session& s, const PopoloOptions& options);

}  // namespace lpg::popolo
