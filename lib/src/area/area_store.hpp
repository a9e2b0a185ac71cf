// SPDX-License-Identifier: MIT
#pragma once
// The owner of table area: every statement that writes it, and the reading of its rows into
// Area. area add, edit, remove, list and show call it. Inside the caller's transaction;
// nothing here audits.

#include <lpg/areas.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/ref_candidate.hpp"
#include "db/sql.hpp"

namespace lpg::area_store {

/// The area with this id; Error{NotFound} when there is none.
Area load(db::Connection& c, std::int64_t id);
/// Every area, by name.
std::vector<Area> list(db::Connection& c);
/// The areas directly within `parent`, by name.
std::vector<Area> children(db::Connection& c, std::int64_t parent);

/// Another area (not `except`) with this name_key, or this code in any case: id and name.
std::optional<std::pair<std::int64_t, std::string>> by_name_key(db::Connection& c,
                                                                const std::string& key,
                                                                std::int64_t except);
std::optional<std::pair<std::int64_t, std::string>> by_code(db::Connection& c,
                                                            const std::string& code,
                                                            std::int64_t except);

/// For find_area: the areas with this id, with this code (any case), with this name_key (by
/// id), each labelled "name (code)".
refs::Candidates ref_by_id(db::Connection& c, std::int64_t id);
refs::Candidates ref_by_code(db::Connection& c, const std::string& code);
refs::Candidates ref_by_key(db::Connection& c, const std::string& key);
/// Up to 20,000 names, none empty: what "did you mean" chooses from.
std::vector<std::string> hint_names(db::Connection& c);
/// Every name, for shell completion.
std::vector<std::string> names(db::Connection& c);

/// The groups, organisations and areas in area `id`.
AreaUse use_of(db::Connection& c, std::int64_t id);

/// Inserts the area's name (name_key from it), code, parent and created_at; its id.
std::int64_t insert(db::Connection& c, const Area& a);
/// Stores name, code and parent of `a.id`.
void update(db::Connection& c, const Area& a);
void remove(db::Connection& c, std::int64_t id);

}  // namespace lpg::area_store
