// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>
#include <utf8proc.h>

#include <cstdlib>

#include "area/area_store.hpp"
#include "db/store_impl.hpp"
#include "group/group_store.hpp"
#include "org/org_store.hpp"
#include "person/person_store.hpp"

namespace lpg {

std::optional<std::int64_t> id_reference(std::string_view ref) {
  std::string_view digits = ref.starts_with('#') ? ref.substr(1) : ref;
  if (digits.empty() || digits.size() > 15 ||
      digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return std::stoll(std::string(digits));
}

namespace {

// Lowers A-Z (when `lower`), collapses runs of spaces, tabs and line breaks into one space and
// trims them from both ends.
std::string collapse(std::string_view text, bool lower) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    bool space = ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : lower && ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string fold_key(std::string_view name) {
  // Fold first, then trim and collapse: NFKC turns no-break and other Unicode spaces into ' ',
  // so collapsing before folding left "a\u00A0 b" as "a  b", a different key from "a b".
  bool ascii = std::all_of(name.begin(), name.end(),
                           [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  // NFKC leaves ASCII as it is and case folding lowers A-Z: the same key in one pass without
  // utf8proc's allocations, for the 100,000 names of a register import.
  utf8proc_uint8_t* nfkc = !ascii && valid_utf8(name)
                               ? utf8proc_NFKC_Casefold(reinterpret_cast<const utf8proc_uint8_t*>(
                                     std::string(name).c_str()))
                               : nullptr;
  if (nfkc == nullptr) return collapse(name, true);
  std::string out = collapse(reinterpret_cast<char*>(nfkc), false);
  std::free(nfkc);
  return out;
}

namespace {

using refs::Candidates;
using Lookup = Candidates (*)(db::Connection&, const std::string&);

// How a table's owner answers a reference (core/ref_candidate.hpp).
struct RefSource {
  const char* noun;
  const char* list_command;
  Candidates (*by_id)(db::Connection&, std::int64_t);
  std::vector<Lookup> extra;  // codes, emails, identifiers: tried in order before the name
  Lookup by_key;
  std::vector<std::string> (*hint_names)(db::Connection&);
};

// The rows a reference names: an id first, then the `extra` lookups, then the name.
Candidates lookup(const Session& s, const RefSource& source, std::string_view ref) {
  db::Connection& c = db::connection(s.store);
  bool explicit_id = ref.starts_with('#');
  auto id = id_reference(ref);
  if (id) {
    auto found = source.by_id(c, *id);
    if (!found.empty() || explicit_id) return found;
  }
  std::string text = trim(ref);
  for (const auto& extra : source.extra) {
    auto found = extra(c, text);
    if (!found.empty()) return found;
  }
  return source.by_key(c, fold_key(text));
}

[[noreturn]] void not_found(const Session& s, const RefSource& source, std::string_view ref) {
  std::string hint = fmt::format("see '{}'", source.list_command);
  if (auto near = nearest(trim(ref), source.hint_names(db::connection(s.store)))) {
    hint = fmt::format("did you mean {}?", shell_quote(*near, true));
  }
  throw Error(ErrorKind::NotFound, fmt::format("{} \"{}\" not found", source.noun, ref), hint);
}

std::int64_t one(const Session& s, const RefSource& source, std::string_view ref,
                 const char* how_to_choose) {
  Candidates found = lookup(s, source, ref);
  if (found.empty()) not_found(s, source, ref);
  if (found.size() == 1) return found.front().id;
  std::string list;
  for (const auto& c : found) list += fmt::format("\n  #{}  {}", c.id, c.label);
  throw Error(ErrorKind::Conflict,
              fmt::format("\"{}\" names {} {}s:{}", ref, found.size(), source.noun, list),
              fmt::format("choose one by {}", how_to_choose));
}

}  // namespace

AreaId find_area(const Session& s, std::string_view ref) {
  static const RefSource source{"area",
                                "lpg area list",
                                area_store::ref_by_id,
                                {area_store::ref_by_code},
                                area_store::ref_by_key,
                                area_store::hint_names};
  return {one(s, source, ref, "id (#12)")};
}

GroupId find_group(const Session& s, std::string_view ref) {
  static const RefSource source{"group", "lpg group list",        group_store::ref_by_id,
                                {},      group_store::ref_by_key, group_store::hint_names};
  return {one(s, source, ref, "id (#12)")};
}

OrgId find_org(const Session& s, std::string_view ref) {
  if (auto colon = ref.find(':'); colon != std::string_view::npos) {
    if (auto id = org_store::by_identifier_any_case(
            db::connection(s.store), trim(ref.substr(0, colon)), trim(ref.substr(colon + 1)))) {
      return {*id};
    }
  }
  static const RefSource source{"organisation",        "lpg org list",
                                org_store::ref_by_id,  {org_store::ref_by_identifier},
                                org_store::ref_by_key, org_store::hint_names};
  return {one(s, source, ref, "id (#12) or register identifier (ofsted-urn:EY123456)")};
}

PersonId find_person(const Session& s, std::string_view ref) {
  static const RefSource source{"person",
                                "lpg person list",
                                person_store::ref_by_id,
                                {person_store::ref_by_email},
                                person_store::ref_by_key,
                                person_store::hint_names};
  return {one(s, source, ref, "id (#12) or email")};
}

}  // namespace lpg
