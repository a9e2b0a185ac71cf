// SPDX-License-Identifier: MIT
// Term dates from TOML: [[year]] tables holding [[year.term]] tables and a closures array.
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>
#include <toml++/toml.h>

#include <initializer_list>

#include "core/text_check.hpp"
#include "term/terms_internal.hpp"

namespace lpg::terms {

namespace {

std::size_t line_of(const toml::node& node) { return node.source().begin.line; }

void only_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
               const std::string& name, std::string_view where) {
  for (const auto& [key_node, node] : table) {
    // A copy: clang 14 cannot capture a structured binding in the lambda below.
    const std::string key(key_node.str());
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      at_line(name, line_of(node), [&] {
        throw Error(ErrorKind::Invalid, fmt::format("unknown key '{}' in {}", key, where),
                    fmt::format("the keys are: {}", fmt::join(allowed, ", ")));
      });
    }
  }
}

const toml::node& required(const toml::table& table, std::string_view key, std::string_view where) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    throw Error(ErrorKind::Invalid, fmt::format("{} has no '{}'", where, key));
  }
  return *node;
}

std::string text_of(const toml::node& node, std::string_view what) {
  auto s = node.value_exact<std::string>();
  if (!s) throw Error(ErrorKind::Invalid, fmt::format("{} must be a string", what));
  check_line(*s, what);
  return *s;
}

// A TOML date (2026-09-03), or the same as a string ("2026-09-03").
Date date_of(const toml::node& node, std::string_view what) {
  if (auto d = node.value_exact<toml::date>()) {
    return parse_date(fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day), what);
  }
  if (auto s = node.value_exact<std::string>()) return parse_date(*s, what);
  throw Error(ErrorKind::Invalid, fmt::format("{} must be a date such as 2026-09-03", what));
}

TermInput term_of(const toml::table& t, AcademicYear year, const ImportFile& file) {
  const std::string& name = file.name;
  only_keys(t, {"name", "start", "end", "half_term"}, name, "a term");
  auto at = [&](const toml::node& node, auto body) { return at_line(name, line_of(node), body); };
  TermInput in;
  in.year = year;
  in.name = at(t, [&] { return parse_term_name(text_of(required(t, "name", "a term"), "name")); });
  const toml::node& start = *at(t, [&] { return &required(t, "start", "a term"); });
  const toml::node& end = *at(t, [&] { return &required(t, "end", "a term"); });
  in.dates.start = at(start, [&] { return date_of(start, "start date"); });
  in.dates.end = at(end, [&] { return date_of(end, "end date"); });
  at(t, [&] {
    check_term(in, file.year_start);
  });  // the term's own dates first, reported at its table
  if (const toml::node* half = t.get("half_term")) {
    const toml::array* pair = half->as_array();
    at(*half, [&] {
      if (pair == nullptr || pair->size() != 2) {
        throw Error(ErrorKind::Invalid, "half_term must be two dates, [START, END]");
      }
      in.half_term = DateRange{date_of(*pair->get(0), "half term start date"),
                               date_of(*pair->get(1), "half term end date")};
      check_term(in, file.year_start);
    });
  }
  return in;
}

Closure closure_of(const toml::node& node, AcademicYear year, const std::string& name) {
  return at_line(name, line_of(node), [&] {
    if (const toml::table* t = node.as_table()) {
      only_keys(*t, {"date", "note"}, name, "a closure");
      std::string note;
      if (const toml::node* n = t->get("note")) note = text_of(*n, "note");
      return Closure{date_of(required(*t, "date", "a closure"), "closure date"), year, note};
    }
    return Closure{date_of(node, "closure date"), year, {}};
  });
}

void read_year(ImportFile& file, const toml::table& y) {
  const std::string& name = file.name;
  only_keys(y, {"name", "term", "closures"}, name, "a year");
  AcademicYear year = at_line(name, line_of(y), [&] {
    return parse_academic_year(text_of(required(y, "name", "a year"), "the year's name"));
  });
  if (const toml::node* terms = y.get("term")) {
    const toml::array* list = terms->as_array();
    if (list == nullptr || !list->is_array_of_tables()) {
      at_line(name, line_of(*terms),
              [] { throw Error(ErrorKind::Invalid, "term must be [[year.term]] tables"); });
    }
    for (const auto& t : *list) {
      TermInput in = term_of(*t.as_table(), year, file);
      at_line(name, line_of(t), [&] { check_unique(file, in, line_of(t)); });
      file.terms.push_back({in, line_of(t)});
    }
  }
  if (const toml::node* closures = y.get("closures")) {
    const toml::array* list = closures->as_array();
    if (list == nullptr) {
      at_line(name, line_of(*closures),
              [] { throw Error(ErrorKind::Invalid, "closures must be an array of dates"); });
    }
    for (const auto& c : *list) {
      Closure closure = closure_of(c, year, name);
      at_line(name, line_of(c), [&] { check_unique(file, closure, line_of(c)); });
      file.closures.push_back({closure, line_of(c)});
    }
  }
}

}  // namespace

ImportFile parse_toml(const std::string& text, const std::string& name, YearStart year_start) {
  toml::table root;
  try {
    root = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    throw Error(ErrorKind::Invalid, fmt::format("{}:{}:{}: {}", name, e.source().begin.line,
                                                e.source().begin.column, e.description()));
  }
  ImportFile file{name, year_start, {}, {}};
  only_keys(root, {"year"}, name, "the file");
  const toml::array* years = root["year"].as_array();
  if (years == nullptr || !years->is_array_of_tables()) {
    throw Error(ErrorKind::Invalid, fmt::format("{}: no [[year]] tables", name),
                "see 'lpg term import --help' for the format");
  }
  for (const auto& y : *years) read_year(file, *y.as_table());
  return file;
}

}  // namespace lpg::terms
