// SPDX-License-Identifier: MIT
#pragma once
// Areas: the districts, localities and city areas that groups and organisations belong to.
// `lpg area add|list|show|edit|remove`.

#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

struct Area {
  AreaId id;
  std::string name;
  std::optional<std::string> code;         ///< ONS or council code (E07000177)
  std::optional<AreaId> parent_id;         ///< the area this one lies within
  std::optional<std::string> parent_name;  ///< the parent's name, when there is one
  std::string created_at;                  ///< UTC timestamp
};

/// What uses an area: the reasons remove_area() refuses.
struct AreaUse {
  std::int64_t groups = 0;
  std::int64_t organisations = 0;
  std::int64_t child_areas = 0;
  std::int64_t total() const { return groups + organisations + child_areas; }
};

/// An area with what lies within it and what uses it, for `lpg area show`.
struct AreaDetail {
  Area area;
  std::vector<Area> children;  ///< areas whose parent this is, by name
  AreaUse use;
};

struct NewArea {
  std::string name;
  std::optional<std::string> code;
  std::optional<std::string> parent;  ///< a reference (name, code or #id), as the user wrote it
};

/// Adds an area. Names are unique by fold_key(), codes case-insensitively. Throws
/// Error{Invalid} for an empty or malformed name or code, Error{Conflict} for a name or code
/// already in use, Error{NotFound} for an unknown parent.
Area add_area(const Session& session, const NewArea& area);

/// Every area, by name.
std::vector<Area> list_areas(const Session& session);

/// One area by reference (name, code or #id). Throws Error{NotFound}.
AreaDetail show_area(const Session& session, std::string_view ref);

/// A change to an area; fields left empty stay as they are.
struct AreaEdit {
  std::optional<std::string> name;
  std::optional<std::string> code;  ///< "" clears the code
  bool no_code = false;
  std::optional<std::string> parent;  ///< a reference
  bool no_parent = false;             ///< clears the parent (wins over nothing; not with parent)
};

/// Changes an area. Throws as add_area(), Error{Invalid} when nothing would change, and
/// Error{Invalid} when the new parent lies within this area (naming the path).
Area edit_area(const Session& session, std::string_view ref, const AreaEdit& edit);

/// Removes an unused area and returns it. Throws Error{Conflict} saying what uses it (groups,
/// organisations, child areas) and what to do; areas have no --force, so nothing is lost.
Area remove_area(const Session& session, std::string_view ref);

}  // namespace lpg
