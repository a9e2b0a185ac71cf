// SPDX-License-Identifier: MIT
#pragma once
// Who a row is about, by identity: the audit rows tied to a person (table audit_person, and
// the person, membership and action rows that name them), and every value they have had.
// Erasure and subject access use these, never a search of all text for a name.

#include <lpg/privacy.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "privacy/redact.hpp"

namespace lpg::privacy {

/// Every value person `id` has had: the history kept in person_former, today's values, the
/// notes of their memberships, and the values their own `person add|edit` command lines gave
/// (rows written before the history was kept).
Needles values_of(const Session& s, std::int64_t id);

/// The name an erased person's rows show: their placeholder ("erased person #12"), or
/// "[erased]" when another person has one of their names, so that no row about the
/// namesake comes to blame them.
std::string name_placeholder(const Session& s, std::int64_t id, const Needles& values);

/// Forgets the history of person `id`'s values (table person_former, which this file owns;
/// triggers on person fill it).
void forget_former_values(const Session& s, std::int64_t id);

/// Every value held for them in person_former, by field and value: for a subject access export.
std::vector<PersonExport::FormerValue> former_values_of(const Session& s, std::int64_t id);

}  // namespace lpg::privacy
