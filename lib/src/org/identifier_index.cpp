// SPDX-License-Identifier: MIT
#include "org/identifier_index.hpp"

#include <lpg/errors.hpp>

#include <algorithm>
#include <cstring>

namespace lpg::import {

namespace {
constexpr char kSeparator = '\x1F';
}  // namespace

std::uint32_t IdentifierIndex::hash(std::string_view scheme, std::string_view value) {
  // FNV-1a over scheme, separator and value.
  std::uint64_t h = 14695981039346656037ULL;
  auto mix = [&](char ch) {
    h ^= static_cast<unsigned char>(ch);
    h *= 1099511628211ULL;
  };
  for (char ch : scheme) mix(ch);
  mix(kSeparator);
  for (char ch : value) mix(ch);
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}

// chars_ holds each key as two bytes of length, then scheme, separator and value.
bool IdentifierIndex::holds(const Slot& slot, std::string_view scheme,
                            std::string_view value) const {
  const auto* key = reinterpret_cast<const unsigned char*>(chars_.data() + slot.at);
  std::size_t size = key[0] | (std::size_t{key[1]} << 8);
  if (size != scheme.size() + 1 + value.size()) return false;
  const char* text = chars_.data() + slot.at + 2;
  return std::memcmp(text, scheme.data(), scheme.size()) == 0 &&
         text[scheme.size()] == kSeparator &&
         std::memcmp(text + scheme.size() + 1, value.data(), value.size()) == 0;
}

std::size_t IdentifierIndex::probe(std::uint32_t h, std::string_view scheme,
                                   std::string_view value) const {
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.at == kEmpty || (slot.hash == h && holds(slot, scheme, value))) return i;
  }
}

void IdentifierIndex::grow(std::size_t capacity) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot{});
  used_ = 0;
  std::size_t mask = capacity - 1;
  for (const Slot& slot : old) {
    if (slot.at == kEmpty || slot.id == kGone) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].at != kEmpty) i = (i + 1) & mask;
    slots_[i] = slot;
    ++used_;
  }
}

void IdentifierIndex::reserve(std::size_t n) {
  std::size_t capacity = std::max<std::size_t>(16, slots_.size());
  while (capacity * 7 < n * 10) capacity *= 2;
  if (capacity > slots_.size()) grow(capacity);
}

std::optional<std::int64_t> IdentifierIndex::find(std::string_view scheme,
                                                  std::string_view value) const {
  if (slots_.empty()) return std::nullopt;
  const Slot& slot = slots_[probe(hash(scheme, value), scheme, value)];
  if (slot.at == kEmpty || slot.id == kGone) return std::nullopt;
  return slot.id;
}

void IdentifierIndex::set(std::string_view scheme, std::string_view value, std::int64_t id) {
  if ((used_ + 1) * 10 > slots_.size() * 7) grow(std::max<std::size_t>(16, slots_.size() * 2));
  std::uint32_t h = hash(scheme, value);
  Slot& slot = slots_[probe(h, scheme, value)];
  if (slot.at == kEmpty) {
    std::size_t size = scheme.size() + 1 + value.size();
    if (size > 0xFFFF || chars_.size() + size + 2 >= kEmpty) {
      throw Error(ErrorKind::Internal, "an identifier too long, or too many, for one import");
    }
    slot = Slot{h, static_cast<std::uint32_t>(chars_.size()), id};
    chars_.append(1, static_cast<char>(size & 0xFF)).append(1, static_cast<char>(size >> 8));
    chars_.append(scheme).append(1, kSeparator).append(value);
    ++used_;
  }
  slot.id = id;
}

void IdentifierIndex::erase(std::string_view scheme, std::string_view value) {
  if (slots_.empty()) return;
  Slot& slot = slots_[probe(hash(scheme, value), scheme, value)];
  if (slot.at != kEmpty) slot.id = kGone;
}

}  // namespace lpg::import
