// SPDX-License-Identifier: MIT
#include <lpg/complete.hpp>
#include <lpg/refs.hpp>

#include <algorithm>
#include <array>

#include "area/area_store.hpp"
#include "db/store_impl.hpp"
#include "group/group_store.hpp"
#include "meeting/meeting_store.hpp"
#include "org/org_store.hpp"
#include "person/person_store.hpp"
#include "term/terms_internal.hpp"

namespace lpg {

namespace {

// Where the names of each kind come from: the owner of the table that holds them.
struct Source {
  std::string_view kind;
  std::string_view table;
  std::vector<std::string> (*names)(const Session&);  // the names as the user types them
};

const std::array<Source, 6> kSources = {{
    {"group", "grp", [](const Session& s) { return group_store::names(db::connection(s.store)); }},
    {"area", "area", [](const Session& s) { return area_store::names(db::connection(s.store)); }},
    {"org", "organisation",
     [](const Session& s) { return org_store::names(db::connection(s.store)); }},
    {"person", "person",
     [](const Session& s) { return person_store::names(db::connection(s.store)); }},
    {"term", "term", [](const Session& s) { return terms::completion_labels(s.store); }},
    // A meeting by GROUP@DATE, the form people type, newest first.
    {"meeting", "meeting", meetings::completion_labels},
}};

const Source* source_for(db::Connection& c, std::string_view kind) {
  for (const auto& source : kSources) {
    if (source.kind == kind && c.table_exists(source.table)) return &source;
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> complete_values(const Session& session, std::string_view kind,
                                         std::string_view prefix) {
  try {
    db::Connection& c = db::connection(session.store);
    db::ReadTx tx(c);
    const Source* source = source_for(c, kind);
    if (source == nullptr) return {};
    std::string folded = prefix.empty() ? std::string() : fold_key(prefix);
    std::vector<std::pair<std::string, std::string>> found;  // (key, name): sorted by key
    for (std::string& name : source->names(session)) {
      std::string key = fold_key(name);
      if (key.starts_with(folded)) found.emplace_back(std::move(key), std::move(name));
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> names;
    for (auto& [key, name] : found) {
      if (names.empty() || names.back() != name) names.push_back(std::move(name));
    }
    return names;
  } catch (...) {  // completion stays silent: a broken database is for other commands to report
    return {};
  }
}

}  // namespace lpg
