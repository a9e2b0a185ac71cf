// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>
#include <utf8proc.h>

#include <cstdlib>

#include "db/store_impl.hpp"

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

struct Candidate {
  std::int64_t id;
  std::string label;
};

// The rows `sql` finds with `value` (text or an id) bound to its one parameter.
template <class T>
std::vector<Candidate> query(const Session& s, const std::string& sql, const T& value) {
  db::Statement q(db::connection(s.store), sql);
  q.bind(1, value);
  std::vector<Candidate> out;
  while (q.step()) out.push_back({q.column(0).int64(), q.column(1).text()});
  return out;
}

// The rows a reference names: an id first, then the `extra` lookups, then the name.
// `table` and `label_sql` are fixed by the callers below, never user text.
std::vector<Candidate> lookup(const Session& s, const char* table, const std::string& label_sql,
                              std::string_view ref,
                              const std::vector<std::string>& extra_sql = {}) {
  bool explicit_id = ref.starts_with('#');
  auto id = id_reference(ref);
  std::string select = fmt::format("SELECT id, {} FROM {} ", label_sql, table);
  if (id) {
    auto found = query(s, select + "WHERE id = ?", *id);
    if (!found.empty() || explicit_id) return found;
  }
  std::string text = trim(ref);
  for (const auto& sql : extra_sql) {
    auto found = query(s, select + sql, text);
    if (!found.empty()) return found;
  }
  return query(s, select + "WHERE name_key = ? ORDER BY id", fold_key(text));
}

[[noreturn]] void not_found(const Session& s, const char* noun, const char* table,
                            const char* list_command, std::string_view ref) {
  std::string hint = fmt::format("see '{}'", list_command);
  db::Statement names(db::connection(s.store),
                      fmt::format("SELECT name FROM {} WHERE name <> '' LIMIT 20000", table));
  std::vector<std::string> all;
  while (names.step()) all.push_back(names.column(0).text());
  if (auto near = nearest(trim(ref), all)) {
    hint = fmt::format("did you mean {}?", shell_quote(*near, true));
  }
  throw Error(ErrorKind::NotFound, fmt::format("{} \"{}\" not found", noun, ref), hint);
}

std::int64_t one(const Session& s, const std::vector<Candidate>& found, const char* noun,
                 const char* table, const char* list_command, std::string_view ref,
                 const char* how_to_choose) {
  if (found.empty()) not_found(s, noun, table, list_command, ref);
  if (found.size() == 1) return found.front().id;
  std::string list;
  for (const auto& c : found) list += fmt::format("\n  #{}  {}", c.id, c.label);
  throw Error(ErrorKind::Conflict,
              fmt::format("\"{}\" names {} {}s:{}", ref, found.size(), noun, list),
              fmt::format("choose one by {}", how_to_choose));
}

}  // namespace

AreaId find_area(const Session& s, std::string_view ref) {
  auto found = lookup(s, "area", "name || coalesce(' (' || code || ')', '')", ref,
                      {"WHERE code = ? COLLATE NOCASE"});
  return {one(s, found, "area", "area", "lpg area list", ref, "id (#12)")};
}

GroupId find_group(const Session& s, std::string_view ref) {
  auto found = lookup(s, "grp", "name", ref);
  return {one(s, found, "group", "grp", "lpg group list", ref, "id (#12)")};
}

OrgId find_org(const Session& s, std::string_view ref) {
  if (auto colon = ref.find(':'); colon != std::string_view::npos) {
    db::Statement q(db::connection(s.store),
                    "SELECT org_id FROM org_identifier WHERE scheme = ? COLLATE NOCASE "
                    "AND value = ? COLLATE NOCASE");
    q.bind(1, trim(ref.substr(0, colon)));
    q.bind(2, trim(ref.substr(colon + 1)));
    if (q.step()) return {q.column(0).int64()};
  }
  const std::string label =
      "name || coalesce(', ' || town, '') || coalesce(' ' || postcode, '') || ' [' || sector || "
      "']'";
  auto found =
      lookup(s, "organisation", label, ref,
             {"WHERE id IN (SELECT org_id FROM org_identifier WHERE value = ? COLLATE NOCASE)"});
  return {one(s, found, "organisation", "organisation", "lpg org list", ref,
              "id (#12) or register identifier (ofsted-urn:EY123456)")};
}

PersonId find_person(const Session& s, std::string_view ref) {
  const std::string label = "name || coalesce(' <' || email || '>', '')";
  auto found = lookup(s, "person", label, ref, {"WHERE email = lower(?)"});
  return {one(s, found, "person", "person", "lpg person list", ref, "id (#12) or email")};
}

}  // namespace lpg
