// SPDX-License-Identifier: MIT
#include "format/import_rules.hpp"

#include <lpg/errors.hpp>
#include <lpg/sectors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/text_check.hpp"
#include "db/embedded.hpp"

namespace lpg::import {

std::string header_key(std::string_view text) {
  std::string out;
  header_key(text, out);
  return out;
}

void header_key(std::string_view text, std::string& out) {
  out.clear();
  bool space = false;
  for (char ch : trim_view(text)) {
    if (ch == '_' || ch == ' ' || ch == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
}

bool is_header_key(std::string_view text, std::string_view key) {
  // header_key(text) == key, without building the key: called for every cell of a register.
  std::size_t n = 0;
  bool space = false;
  auto next = [&](char ch) { return n < key.size() && key[n++] == ch; };
  for (char ch : trim_view(text)) {
    if (ch == '_' || ch == ' ' || ch == '\t') {
      space = n > 0;
      continue;
    }
    if (space && !next(' ')) return false;
    space = false;
    if (!next((ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch)) return false;
  }
  return n == key.size();
}

namespace {

[[noreturn]] void bad(const std::string& name, const toml::node& node, const std::string& what) {
  throw Error(ErrorKind::Invalid, fmt::format("{}:{}: {}", name, node.source().begin.line, what),
              "see lpg-import(1) for the rules file");
}

std::string text(const std::string& name, const toml::node& node, std::string_view what) {
  auto s = node.value_exact<std::string>();
  if (!s) bad(name, node, fmt::format("{} must be text", what));
  // Every rules value is one line: a name, a column header, a word to match.
  try {
    check_line(*s, what);
  } catch (const Error& e) {
    bad(name, node, e.what());
  }
  return *s;
}

std::vector<std::string> texts(const std::string& name, const toml::node& node,
                               std::string_view what) {
  std::vector<std::string> out;
  if (const auto* list = node.as_array()) {
    for (const auto& item : *list) out.push_back(text(name, item, what));
  } else {
    out.push_back(text(name, node, what));
  }
  return out;
}

void check_field(const std::string& name, const toml::node& node, const std::string& field,
                 const std::vector<std::string>& fields) {
  if (std::find(fields.begin(), fields.end(), field) != fields.end()) return;
  bad(name, node, fmt::format("unknown field \"{}\" (fields: {})", field, fmt::join(fields, ", ")));
}

void read_header(Rules& r, const toml::table& root, const std::string& name) {
  for (const auto& [key, node] : root) {
    std::string k(key.str());
    if (k == "name") {
      r.name = text(name, node, "name");
    } else if (k == "encoding") {
      std::string e = ascii_lower(text(name, node, "encoding"));
      if (e == "auto") {
        r.encoding = Encoding::Auto;
      } else if (e == "utf-8") {
        r.encoding = Encoding::Utf8;
      } else if (e == "windows-1252") {
        r.encoding = Encoding::Windows1252;
      } else {
        bad(name, node, "encoding must be auto, utf-8 or windows-1252");
      }
    } else if (k == "date_format") {
      std::string f = text(name, node, "date_format");
      if (f != "YYYY-MM-DD" && f != "DD/MM/YYYY" && f != "DD-MM-YYYY") {
        bad(name, node, "date_format must be YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY");
      }
      r.dates = f == "YYYY-MM-DD" ? DateOrder::Iso : DateOrder::DayMonthYear;
    } else if (k == "redacted") {
      r.redacted = text(name, node, "redacted");
    } else if (k != "identity" && k != "columns" && k != "types" && k != "statuses" &&
               k != "postcode_areas" && k != "skip" && k != "required") {
      bad(name, node, fmt::format("unknown key \"{}\"", k));
    }
  }
}

std::map<std::string, std::string> value_map(const toml::table& root, const char* key,
                                             const std::string& name, bool sectors) {
  std::map<std::string, std::string> out;
  const toml::table* t = root[key].as_table();
  if (t == nullptr) return out;
  for (const auto& [k, node] : *t) {
    std::string value = text(name, node, key);
    if (sectors) {
      try {
        value = parse_sector(value).slug;
      } catch (const Error& e) {
        bad(name, node, e.what());
      }
    } else if (std::string_view(key) == "statuses" && value != "open" && value != "closed" &&
               value != "suspended") {
      bad(name, node, "a status must be open, closed or suspended");
    }
    out[std::string(key) == "postcode_areas" ? std::string(k.str()) : header_key(k.str())] = value;
  }
  return out;
}

void read_skips(Rules& r, const toml::table& root, const std::string& name,
                const std::vector<std::string>& fields) {
  const toml::array* skips = root["skip"].as_array();
  if (skips == nullptr) return;
  for (const auto& item : *skips) {
    const toml::table* t = item.as_table();
    if (t == nullptr) bad(name, item, "each [[skip]] is a table");
    SkipRule rule;
    const toml::node* field = t->get("field");
    if (field == nullptr) bad(name, item, "a [[skip]] needs field");
    rule.field = text(name, *field, "field");
    check_field(name, *field, rule.field, fields);
    const toml::node* values = t->get("equals");
    if (values == nullptr) {
      values = t->get("unless");
      rule.unless = true;
    }
    if (values == nullptr) bad(name, item, "a [[skip]] needs equals or unless");
    for (const auto& v : texts(name, *values, "a skip value")) rule.values.push_back(header_key(v));
    r.skip.push_back(std::move(rule));
  }
}

// required = ["id", "type|subtype"]: each a field of [columns], or alternatives.
void read_required(Rules& r, const toml::table& root, const std::string& name,
                   const std::vector<std::string>& fields) {
  const toml::node* node = root.get("required");
  if (node == nullptr) return;
  for (const auto& entry : texts(name, *node, "a required field")) {
    std::vector<std::string> any;
    std::string_view rest = entry;
    while (!rest.empty() || any.empty()) {
      auto bar = rest.find('|');
      std::string field = trim(rest.substr(0, bar));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      check_field(name, *node, field, fields);
      bool mapped = std::any_of(r.columns.begin(), r.columns.end(),
                                [&](const auto& c) { return c.first == field; });
      if (!mapped) bad(name, *node, fmt::format("required \"{}\" is not in [columns]", field));
      any.push_back(field);
    }
    r.required.push_back(std::move(any));
  }
}

}  // namespace

Rules parse_rules(std::string_view source, const std::string& name,
                  const std::vector<std::string>& fields) {
  toml::table root;
  try {
    root = toml::parse(source, name);
  } catch (const toml::parse_error& e) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{}:{}: {}", name, e.source().begin.line, e.description()));
  }
  Rules r;
  r.name = name;
  read_header(r, root, name);
  if (const toml::table* id = root["identity"].as_table()) {
    if (const toml::node* f = id->get("field")) r.identity = text(name, *f, "identity.field");
    if (const toml::node* s = id->get("scheme")) r.scheme = text(name, *s, "identity.scheme");
    if (!r.scheme.empty() && r.scheme != "ofsted-urn" && r.scheme != "dfe-urn" &&
        r.scheme != "la-ref") {
      bad(name, *id, "identity.scheme must be ofsted-urn, dfe-urn or la-ref");
    }
  }
  if (const toml::table* cols = root["columns"].as_table()) {
    for (const auto& [k, node] : *cols) {
      check_field(name, node, std::string(k.str()), fields);
      r.columns.emplace_back(std::string(k.str()), texts(name, node, "a column name"));
    }
  }
  r.types = value_map(root, "types", name, true);
  r.statuses = value_map(root, "statuses", name, false);
  r.postcode_areas = value_map(root, "postcode_areas", name, false);
  read_skips(r, root, name, fields);
  read_required(r, root, name, fields);
  if (r.columns.empty()) {
    throw Error(ErrorKind::Invalid, fmt::format("{}: the rules map no [columns]", name));
  }
  return r;
}

Rules builtin_rules(std::string_view name, const std::vector<std::string>& fields) {
  for (const auto& rules : embedded::import_rules()) {
    if (rules.name != name) continue;
    Rules r = parse_rules(rules.text, std::string(name) + ".toml", fields);
    r.builtin = true;
    return r;
  }
  throw Error(ErrorKind::Invalid, fmt::format("no built-in import rules named \"{}\"", name),
              "choose ofsted, gias or csv");
}

Rules load_rules(const std::string& path, const std::vector<std::string>& fields) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::Io, fmt::format("cannot read the rules file {}", path));
  return parse_rules(read_limited(in, kMaxWholeFileBytes, "the rules file " + path), path, fields);
}

Rules default_rules(const std::vector<std::string>& fields) {
  Rules r;
  r.name = "csv";
  r.lpg_format = true;
  for (const auto& f : fields) r.columns.emplace_back(f, std::vector<std::string>{f});
  for (const char* s : {"open", "closed", "suspended"}) r.statuses[s] = s;
  return r;
}

void apply_map(Rules& rules, std::string_view map, const std::vector<std::string>& fields) {
  rules.columns.clear();
  std::string_view rest = map;
  while (!rest.empty()) {
    auto comma = rest.find(',');
    std::string_view pair = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    auto eq = pair.rfind('=');
    if (eq == std::string_view::npos) {
      throw Error(ErrorKind::Invalid, fmt::format("--map: \"{}\" has no '='", pair),
                  "write --map 'Column name=field,Other column=field'");
    }
    std::string column = trim(pair.substr(0, eq));
    std::string field = trim(pair.substr(eq + 1));
    if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
      throw Error(ErrorKind::Invalid, fmt::format("--map: unknown field \"{}\"", field),
                  fmt::format("fields: {}", fmt::join(fields, ", ")));
    }
    rules.columns.emplace_back(field, std::vector<std::string>{column});
  }
}

}  // namespace lpg::import
