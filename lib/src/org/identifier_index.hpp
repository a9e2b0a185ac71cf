// SPDX-License-Identifier: MIT
#pragma once
// Register identifiers (scheme, value) -> organisation, held in memory for the length of an
// import: a lookup per row is one probe of a flat table, where a hash table of nodes took
// three cache misses (a quarter of a re-import's time went there).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lpg::import {

class IdentifierIndex {
 public:
  /// Room for `n` identifiers in all without growing.
  void reserve(std::size_t n);
  /// The organisation holding `value` of `scheme`, if any.
  std::optional<std::int64_t> find(std::string_view scheme, std::string_view value) const;
  /// Records that organisation `id` holds `value` of `scheme` (in place of any other).
  void set(std::string_view scheme, std::string_view value, std::int64_t id);
  /// Forgets `value` of `scheme`.
  void erase(std::string_view scheme, std::string_view value);

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t at = kEmpty;  ///< where the key starts in chars_; kEmpty: an empty slot
    std::int64_t id = 0;        ///< kGone: erased
  };
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
  static constexpr std::int64_t kGone = -1;
  static std::uint32_t hash(std::string_view scheme, std::string_view value);
  bool holds(const Slot& slot, std::string_view scheme, std::string_view value) const;
  /// The slot holding the key (live or erased), or the empty slot where it would go.
  std::size_t probe(std::uint32_t h, std::string_view scheme, std::string_view value) const;
  void grow(std::size_t capacity);

  std::vector<Slot> slots_;  ///< a power of two, at most 70% used
  std::string chars_;        ///< the keys, one after another
  std::size_t used_ = 0;     ///< slots not empty, erased ones included
};

}  // namespace lpg::import
