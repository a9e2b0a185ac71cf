// SPDX-License-Identifier: MIT
#include "org/import_parse.hpp"

#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/orgs.hpp>
#include <lpg/postcode.hpp>
#include <lpg/refs.hpp>
#include <lpg/sectors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "format/import_rows.hpp"
#include "org/org_fields.hpp"

namespace lpg::import {

// lpg's own columns by their declared names (org/org_fields.cpp), in OrgRowParser::Field
// order, with the columns only a register has.
const std::vector<std::string>& org_fields() {
  static const std::vector<std::string> fields = [] {
    auto of = [](Col col) -> std::string { return org_fields::of(col).name; };
    const auto& ids = org_fields::schemes();
    std::vector<std::string> f{org_fields::kIdColumn, of(kName), of(kSector), "type"};
    f.insert(f.end(), {"subtype", of(kSourceType), of(kAddress), "address1", "address2"});
    f.insert(f.end(), {"address3", of(kTown), of(kPostcode), of(kAreaId), "la_code"});
    f.insert(f.end(), {"la_name", of(kPhone), of(kEmail), of(kWebsite), of(kFunded)});
    f.insert(f.end(), {of(kPlaces), of(kStatus), "status_date", of(kStatusSince)});
    f.insert(f.end(), {"close_date", of(kNote), ids[0].column, ids[1].column, ids[2].column});
    f.insert(f.end(), {of(kSource), of(kArchivedAt)});
    return f;
  }();
  return fields;
}

namespace {

using org_fields::From;

// The organisation column a field of the file fills, if it fills one as it is.
std::optional<Col> column_of(std::string_view field) {
  for (const auto& f : org_fields::all()) {
    if (field == f.name) return f.col;
  }
  return std::nullopt;
}

// A field's value as its declaration makes it (org/org_fields.cpp), from a register's text
// that carried() has checked for the field's shape.
std::optional<Value> declared(Col col, std::string_view text) {
  return org_fields::normalised(col, text, From::Register);
}

}  // namespace

OrgRowParser::Field OrgRowParser::field_of(std::string_view name) {
  const auto& fields = org_fields();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i] == name) return static_cast<Field>(i);
  }
  throw Error(ErrorKind::Internal, fmt::format("no organisation field \"{}\"", name));
}

OrgRowParser::OrgRowParser(const Session& s, const Rules& rules, const SourceFile& file,
                           const std::string& area_from)
    : s_(s),
      rules_(rules),
      area_from_(area_from),
      redacted_key_(header_key(rules.redacted)),
      identity_(field_of(rules.identity)) {
  static_assert(static_cast<std::size_t>(Field::kCount) == 30, "Field follows org_fields()");
  for (std::size_t i = 0; i < at_.size(); ++i) {
    at_[i] = file.column(org_fields()[i]);
    auto col = column_of(org_fields()[i]);
    shape_[i] = col ? org_fields::of(*col).shape : fields::FieldShape::Line;
  }
  for (Field line : {Field::kAddress1, Field::kAddress2, Field::kAddress3}) {
    shape_[static_cast<std::size_t>(line)] = org_fields::of(kAddress).shape;
  }
  auto has = [&](Field f) { return at_[static_cast<std::size_t>(f)].has_value(); };
  if (area_from_.rfind("column:", 0) == 0) {
    area_column_ = file.header_column(area_from_.substr(7));
    if (!area_column_) {
      throw Error(ErrorKind::Invalid, fmt::format("--area-from {}: the file has no column \"{}\"",
                                                  area_from_, area_from_.substr(7)));
    }
  } else if (area_from_ == "la" && !has(Field::kLaCode) && !has(Field::kLaName)) {
    throw Error(ErrorKind::Invalid, "--area-from la: the file has no local authority column");
  } else if (area_from_ == "postcode" && rules_.postcode_areas.empty()) {
    throw Error(ErrorKind::Invalid, "--area-from postcode needs [postcode_areas] in the rules",
                "give --rules FILE with a table of postcode prefixes: \"OX26\" = \"Bicester\"");
  } else if (!area_from_.empty() && area_from_ != "la" && area_from_ != "postcode") {
    throw Error(ErrorKind::Invalid, fmt::format("invalid --area-from \"{}\"", area_from_),
                "choose la, postcode or column:NAME");
  }
}

// The trimmed cell, viewed in place: a register row is read without copying its cells.
std::string_view OrgRowParser::get(const csv::Row& row, Field field) const {
  const auto& at = at_[static_cast<std::size_t>(field)];
  if (!at || *at >= row.fields.size()) return {};
  return trim_view(row.fields[*at]);
}

std::optional<std::string_view> OrgRowParser::carried(const csv::Row& row, Field field) const {
  std::string_view text = get(row, field);
  if (text.empty() || redacted(text)) return std::nullopt;
  // The same rules as 'lpg org add': the declared field's shape (shape_).
  auto i = static_cast<std::size_t>(field);
  fields::check_shape(text, org_fields()[i], shape_[i]);
  return text;
}

bool OrgRowParser::skip(const csv::Row& row) const {
  if (rules_.skip.empty()) return false;
  return skipped(rules_, [&](const std::string& f) { return std::string(get(row, field_of(f))); });
}

void OrgRowParser::identity(OrgRow& out, const csv::Row& row) const {
  std::string_view id = get(row, identity_);
  if (!by_lpg_id()) {
    if (id.empty()) throw Error(ErrorKind::Invalid, "no identifier: the row has no URN");
    std::string value = normalise_identifier(rules_.scheme, id);
    out.key = rules_.scheme + ":" + value;
    out.identifiers.emplace_back(rules_.scheme, std::move(value));
  } else if (!id.empty()) {
    out.lpg_id = id_reference(id);
    if (!out.lpg_id) {
      throw Error(ErrorKind::Invalid, fmt::format("invalid id \"{}\"", id), "expected #12 or 12");
    }
    out.key = fmt::format("#{}", *out.lpg_id);
  }
  for (Field field : {Field::kOfstedUrn, Field::kDfeUrn, Field::kLaRef}) {
    auto text = carried(row, field);
    if (!text) continue;
    const char* scheme =
        org_fields::scheme_of_column(org_fields()[static_cast<std::size_t>(field)])->scheme;
    std::string value = normalise_identifier(scheme, *text);
    if (out.key.empty()) out.key = std::string(scheme) + ":" + value;
    if (scheme != rules_.scheme) out.identifiers.emplace_back(scheme, std::move(value));
  }
  out.fallback_name = id;
}

// [types] and [statuses] are keyed by header_key(): each lookup builds one into key_.
const std::string* OrgRowParser::lookup(const std::map<std::string, std::string>& map,
                                        std::string_view text) const {
  header_key(text, key_);
  auto found = map.find(key_);
  return found == map.end() ? nullptr : &found->second;
}

// The sector of a type (and subtype), as [types] says; nullptr for one it does not list. A
// register has a handful of types, so the answers are kept as the file's own text gives them.
const std::string* OrgRowParser::sector_of(std::string_view type,
                                           std::optional<std::string_view> subtype) const {
  std::string_view sub = subtype.value_or(std::string_view());
  for (const auto& m : sectors_) {
    if (m.type == type && m.subtype == sub && m.has_subtype == subtype.has_value()) return m.sector;
  }
  const std::string* sector = nullptr;
  if (subtype) sector = lookup(rules_.types, std::string(type).append("/").append(*subtype));
  if (sector == nullptr) sector = lookup(rules_.types, type);
  if (sector == nullptr) sector = lookup(rules_.types, "*");
  if (sectors_.size() < kMemo) {
    sectors_.push_back({std::string(type), std::string(sub), subtype.has_value(), sector});
  }
  return sector;
}

const std::string* OrgRowParser::status_of(std::string_view status) const {
  for (const auto& [text, found] : statuses_) {
    if (text == status) return found;
  }
  const std::string* found = lookup(rules_.statuses, status);
  if (statuses_.size() < kMemo) statuses_.emplace_back(std::string(status), found);
  return found;
}

// True when the row gives no name (a blank or REDACTED cell): the organisation is then named
// from its type and identifier.
bool OrgRowParser::withheld(const csv::Row& row, Field field) const {
  std::string_view text = get(row, field);
  return text.empty() || redacted(text);
}

// The rules' "REDACTED" (as a header_key, so "Redacted" and "_REDACTED" too). A trimmed cell
// that starts with neither its first letter nor "_" is not it: most cells, seen at once.
bool OrgRowParser::redacted(std::string_view text) const {
  if (rules_.redacted.empty()) return false;
  if (text.empty() || redacted_key_.empty()) return is_header_key(text, redacted_key_);
  char first = text[0] >= 'A' && text[0] <= 'Z' ? static_cast<char>(text[0] - 'A' + 'a') : text[0];
  if (first != redacted_key_[0] && first != '_') return false;
  return is_header_key(text, redacted_key_);
}

void OrgRowParser::kind_and_status(OrgRow& out, const csv::Row& row) const {
  if (auto sector = carried(row, Field::kSector)) {
    out.values[kSector] = declared(kSector, *sector);
  }
  if (auto source_type = carried(row, Field::kSourceType)) {
    out.values[kSourceType] = std::string(*source_type);
  }
  if (auto type = carried(row, Field::kType)) {
    auto subtype = carried(row, Field::kSubtype);
    const std::string* sector = sector_of(*type, subtype);
    if (sector == nullptr) {
      throw Error(ErrorKind::Invalid, fmt::format("unknown type \"{}\"", *type),
                  "add it to [types] in the rules file");
    }
    out.values[kSector] = *sector;
    out.values[kSourceType] =
        subtype ? std::string(*type).append(" (").append(*subtype).append(")") : std::string(*type);
    if (withheld(row, Field::kName)) out.fallback_name.insert(0, std::string(*type).append(" "));
  }
  if (auto status = carried(row, Field::kStatus)) {
    const std::string* found = status_of(*status);
    if (found == nullptr) {
      throw Error(ErrorKind::Invalid, fmt::format("unknown status \"{}\"", *status),
                  "add it to [statuses] in the rules file");
    }
    out.values[kStatus] = *found;
    std::optional<std::string> since;
    if (*found == "closed") {
      since = parse_rule_date(std::string(get(row, Field::kCloseDate)), rules_.dates, "close_date");
    }
    if (!since) {
      since =
          parse_rule_date(std::string(get(row, Field::kStatusDate)), rules_.dates, "status_date");
    }
    if (!since) {
      since = parse_rule_date(std::string(get(row, Field::kStatusSince)), DateOrder::Iso,
                              "status_since");
    }
    if (since) out.values[kStatusSince] = std::move(*since);
  }
}

void OrgRowParser::contact(OrgRow& out, const csv::Row& row) const {
  if (auto name = carried(row, Field::kName)) out.values[kName] = std::string(*name);
  if (auto address = carried(row, Field::kAddress)) {
    out.values[kAddress] = std::string(*address);
  } else {
    std::string joined;
    for (Field line : {Field::kAddress1, Field::kAddress2, Field::kAddress3}) {
      if (auto part = carried(row, line)) joined.append(joined.empty() ? "" : ", ").append(*part);
    }
    fields::check_shape(joined, "address", org_fields::of(kAddress).shape);
    if (!joined.empty()) out.values[kAddress] = std::move(joined);
  }
  if (auto town = carried(row, Field::kTown)) out.values[kTown] = std::string(*town);
  if (auto postcode = carried(row, Field::kPostcode)) {
    if (auto p = declared(kPostcode, *postcode)) out.values[kPostcode] = std::move(*p);
  }
  if (auto phone = carried(row, Field::kPhone)) out.values[kPhone] = declared(kPhone, *phone);
  if (auto email = carried(row, Field::kEmail)) out.values[kEmail] = declared(kEmail, *email);
  if (auto web = carried(row, Field::kWebsite)) out.values[kWebsite] = declared(kWebsite, *web);
  if (auto funded = carried(row, Field::kFunded)) out.values[kFunded] = declared(kFunded, *funded);
  if (auto n = carried(row, Field::kFundedPlaces)) out.values[kPlaces] = declared(kPlaces, *n);
  if (auto note = carried(row, Field::kNote)) out.values[kNote] = std::string(*note);
  // What lpg export orgs writes of where it came from and whether it was archived.
  if (auto source = carried(row, Field::kSource)) out.values[kSource] = declared(kSource, *source);
  if (auto at = carried(row, Field::kArchivedAt))
    out.values[kArchivedAt] = declared(kArchivedAt, *at);
}

std::optional<std::int64_t> OrgRowParser::area_id(const std::string& ref) {
  auto cached = areas_.find(ref);
  if (cached != areas_.end()) return cached->second;
  std::optional<std::int64_t> id;
  try {
    id = find_area(s_, ref).v;
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::NotFound) throw;
  }
  areas_[ref] = id;
  return id;
}

void OrgRowParser::area(OrgRow& out, const csv::Row& row) {
  std::vector<std::string> refs;
  if (area_from_.empty()) {
    if (auto a = carried(row, Field::kArea)) refs.emplace_back(*a);
  } else if (area_column_) {
    if (auto a = cell(row, area_column_); !a.empty()) refs.push_back(a);
  } else if (area_from_ == "la") {
    for (Field f : {Field::kLaCode, Field::kLaName}) {
      if (auto a = carried(row, f)) refs.emplace_back(*a);
    }
  } else if (const auto* postcode = std::get_if<std::string>(&*out.values[kPostcode]);
             out.values[kPostcode] && postcode != nullptr) {
    // The longest prefix of the outward code listed: "OX26", then "OX2", then "OX".
    std::string outward = postcode->substr(0, postcode->find(' '));
    for (auto n = outward.size(); n > 0 && refs.empty(); --n) {
      auto it = rules_.postcode_areas.find(outward.substr(0, n));
      if (it != rules_.postcode_areas.end()) refs.push_back(it->second);
    }
    if (refs.empty()) return;
  }
  if (refs.empty()) return;
  for (const auto& ref : refs) {
    if (auto id = area_id(ref)) {
      out.values[kAreaId] = *id;
      return;
    }
  }
  // In the words find_area() uses for an area typed to a command.
  throw Error(ErrorKind::NotFound, fmt::format("area \"{}\" not found", refs.back()),
              "add it with 'lpg area add', or give its code");
}

OrgRow OrgRowParser::parse(const csv::Row& row) const {
  OrgRow out;
  identity(out, row);
  kind_and_status(out, row);
  contact(out, row);
  // Folding is the costliest step of a name: done here, on the reading thread.
  const auto* name = out.values[kName] ? std::get_if<std::string>(&*out.values[kName]) : nullptr;
  out.name_key = fold_key(name != nullptr ? *name : out.fallback_name);
  return out;
}

std::optional<OrgRow> OrgRowParser::identify(const csv::Row& row) const {
  try {
    OrgRow out;
    identity(out, row);
    if (auto name = carried(row, Field::kName)) out.values[kName] = std::string(*name);
    const auto* name = out.values[kName] ? std::get_if<std::string>(&*out.values[kName]) : nullptr;
    out.name_key = fold_key(name != nullptr ? *name : out.fallback_name);
    return out;
  } catch (const Error& e) {
    if (!row_level(e)) throw;
    return std::nullopt;
  }
}

}  // namespace lpg::import
