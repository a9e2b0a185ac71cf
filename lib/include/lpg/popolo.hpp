// SPDX-License-Identifier: MIT
#pragma once
// The registry as Popolo JSON (http://www.popoloproject.com/specs/), a published standard for
// organisations, people and their memberships that open-data portals and other tools read.
// `lpg export registry --format popolo`.

#include <lpg/session.hpp>

#include <optional>
#include <string>

namespace lpg {

struct PopoloOptions {
  /// A reference: only the groups of this area (and the areas within it), with their members,
  /// meetings and the organisations and people they involve. nullopt: everything.
  std::optional<std::string> area;
};

/// One Popolo JSON document (UTF-8, ending in a newline) with the top-level arrays `areas`,
/// `organizations` (groups, classified by kind, with parent_id the first body they report
/// to; then organisations, classified by sector, with their register identifiers such as
/// {"scheme": "ofsted-urn"}), `persons`, `posts` (each group's roles and core categories),
/// `memberships` (group members with role, post and dates; a person's employer; each
/// reporting line) and `events` (meetings, times with their UTC offset, the iCalendar UID as
/// an identifier). Ids are stable strings: "lpg:group/12", "lpg:org/5", "lpg:person/7",
/// "lpg:membership/3", "lpg:meeting/9", "lpg:area/2". Every id a membership, post or event
/// names is in the document. People erased by `lpg person forget` are left out, with their
/// memberships. Throws Error{NotFound} for an unknown area.
std::string popolo_registry(const Session& session, const PopoloOptions& options);

}  // namespace lpg
