// SPDX-License-Identifier: MIT
#include "import/org_parse.hpp"

#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/orgs.hpp>
#include <lpg/postcode.hpp>
#include <lpg/refs.hpp>
#include <lpg/sectors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"
#include "import/rows.hpp"

namespace lpg::import {

const std::array<const char*, kColumnCount> kOrgColumnNames = {
    "name",    "sector",       "source_type", "address", "town",          "postcode",
    "area_id", "phone",        "email",       "website", "offers_funded", "funded_places",
    "status",  "status_since", "note",        "source"};

const std::vector<std::string>& org_fields() {
  static const std::vector<std::string> fields = {
      "id",      "name",          "sector",   "type",        "subtype",      "source_type",
      "address", "address1",      "address2", "address3",    "town",         "postcode",
      "area",    "la_code",       "la_name",  "phone",       "email",        "website",
      "funded",  "funded_places", "status",   "status_date", "status_since", "close_date",
      "note",    "ofsted_urn",    "dfe_urn",  "la_ref"};
  return fields;
}

namespace {

const std::pair<const char*, const char*> kSchemes[] = {
    {"ofsted_urn", "ofsted-urn"}, {"dfe_urn", "dfe-urn"}, {"la_ref", "la-ref"}};

std::int64_t yes_no(const std::string& text) {
  std::string word = ascii_lower(text);
  if (word == "yes" || word == "y" || word == "true" || word == "1") return 1;
  if (word == "no" || word == "n" || word == "false" || word == "0") return 0;
  throw Error(ErrorKind::Invalid, fmt::format("invalid funded \"{}\"", text), "expected yes or no");
}

std::int64_t places(const std::string& text) {
  if (text.empty() || text.size() > 6 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid funded places \"{}\"", text),
                "expected a whole number, 0 or more");
  }
  return std::stoll(text);
}

}  // namespace

OrgRowParser::OrgRowParser(const Session& s, const Rules& rules, const SourceFile& file,
                           const std::string& area_from)
    : s_(s),
      rules_(rules),
      file_(file),
      area_from_(area_from),
      redacted_key_(header_key(rules.redacted)) {
  for (const auto& field : org_fields()) {
    if (auto at = file.column(field)) columns_[field] = *at;
  }
  if (area_from_.rfind("column:", 0) == 0) {
    area_column_ = file.header_column(area_from_.substr(7));
    if (!area_column_) {
      throw Error(ErrorKind::Invalid, fmt::format("--area-from {}: the file has no column \"{}\"",
                                                  area_from_, area_from_.substr(7)));
    }
  } else if (area_from_ == "la" && !columns_.contains("la_code") && !columns_.contains("la_name")) {
    throw Error(ErrorKind::Invalid, "--area-from la: the file has no local authority column");
  } else if (area_from_ == "postcode" && rules_.postcode_areas.empty()) {
    throw Error(ErrorKind::Invalid, "--area-from postcode needs [postcode_areas] in the rules",
                "give --rules FILE with a table of postcode prefixes: \"OX26\" = \"Bicester\"");
  } else if (!area_from_.empty() && area_from_ != "la" && area_from_ != "postcode") {
    throw Error(ErrorKind::Invalid, fmt::format("invalid --area-from \"{}\"", area_from_),
                "choose la, postcode or column:NAME");
  }
}

std::string OrgRowParser::get(const csv::Row& row, std::string_view field) const {
  auto it = columns_.find(field);
  return it == columns_.end() ? std::string() : cell(row, it->second);
}

std::optional<std::string> OrgRowParser::carried(const csv::Row& row,
                                                 std::string_view field) const {
  std::string text = get(row, field);
  if (text.empty() || (!rules_.redacted.empty() && is_header_key(text, redacted_key_)))
    return std::nullopt;
  // The same rules as 'lpg org add': names are short, addresses and notes may run over lines.
  if (field == "name") {
    check_line(text, field, kNameBytes);
  } else if (field == "note") {
    check_text(text, field, kTextBytes);
  } else if (field.starts_with("address")) {
    check_text(text, field, kLineBytes);
  } else {
    check_line(text, field, kLineBytes);
  }
  return text;
}

bool OrgRowParser::skip(const csv::Row& row) const {
  return skipped(rules_, [&](const std::string& f) { return get(row, f); });
}

void OrgRowParser::identity(OrgRow& out, const csv::Row& row) const {
  std::string id = get(row, rules_.identity);
  if (!by_lpg_id()) {
    if (id.empty()) throw Error(ErrorKind::Invalid, "no identifier: the row has no URN");
    std::string value = normalise_identifier(rules_.scheme, id);
    out.identifiers.emplace_back(rules_.scheme, value);
    out.key = rules_.scheme + ":" + value;
  } else if (!id.empty()) {
    out.lpg_id = id_reference(id);
    if (!out.lpg_id) {
      throw Error(ErrorKind::Invalid, fmt::format("invalid id \"{}\"", id), "expected #12 or 12");
    }
    out.key = fmt::format("#{}", *out.lpg_id);
  }
  for (const auto& [field, scheme] : kSchemes) {
    auto text = carried(row, field);
    if (!text) continue;
    std::string value = normalise_identifier(scheme, *text);
    if (out.key.empty()) out.key = std::string(scheme) + ":" + value;
    if (scheme != rules_.scheme) out.identifiers.emplace_back(scheme, value);
  }
  out.fallback_name = id;
}

void OrgRowParser::kind_and_status(OrgRow& out, const csv::Row& row) const {
  if (auto sector = carried(row, "sector")) out.values[kSector] = parse_sector(*sector).slug;
  if (auto source_type = carried(row, "source_type")) out.values[kSourceType] = *source_type;
  if (auto type = carried(row, "type")) {
    auto subtype = carried(row, "subtype");
    auto found =
        subtype ? rules_.types.find(header_key(*type + "/" + *subtype)) : rules_.types.end();
    if (found == rules_.types.end()) found = rules_.types.find(header_key(*type));
    if (found == rules_.types.end()) found = rules_.types.find("*");
    if (found == rules_.types.end()) {
      throw Error(ErrorKind::Invalid, fmt::format("unknown type \"{}\"", *type),
                  "add it to [types] in the rules file");
    }
    out.values[kSector] = found->second;
    out.values[kSourceType] = subtype ? fmt::format("{} ({})", *type, *subtype) : *type;
    out.fallback_name = fmt::format("{} {}", *type, out.fallback_name);
  }
  if (auto status = carried(row, "status")) {
    auto found = rules_.statuses.find(header_key(*status));
    if (found == rules_.statuses.end()) {
      throw Error(ErrorKind::Invalid, fmt::format("unknown status \"{}\"", *status),
                  "add it to [statuses] in the rules file");
    }
    out.values[kStatus] = found->second;
    std::optional<std::string> since;
    if (found->second == "closed")
      since = parse_rule_date(get(row, "close_date"), rules_.dates, "close date");
    if (!since) since = parse_rule_date(get(row, "status_date"), rules_.dates, "status date");
    if (!since) since = parse_rule_date(get(row, "status_since"), DateOrder::Iso, "status_since");
    if (since) out.values[kStatusSince] = *since;
  }
}

void OrgRowParser::contact(OrgRow& out, const csv::Row& row) const {
  if (auto name = carried(row, "name")) out.values[kName] = *name;
  if (auto address = carried(row, "address")) {
    out.values[kAddress] = *address;
  } else {
    std::string joined;
    for (const char* line : {"address1", "address2", "address3"}) {
      if (auto part = carried(row, line)) joined += (joined.empty() ? "" : ", ") + *part;
    }
    check_text(joined, "address", kLineBytes);
    if (!joined.empty()) out.values[kAddress] = joined;
  }
  if (auto town = carried(row, "town")) out.values[kTown] = *town;
  if (auto postcode = carried(row, "postcode")) {
    if (auto p = normalise_postcode(*postcode, Redacted::AsMissing)) out.values[kPostcode] = *p;
  }
  if (auto phone = carried(row, "phone")) out.values[kPhone] = normalise_phone(*phone);
  if (auto email = carried(row, "email")) out.values[kEmail] = normalise_email(*email);
  if (auto web = carried(row, "website")) out.values[kWebsite] = normalise_website(*web);
  if (auto funded = carried(row, "funded")) out.values[kFunded] = yes_no(*funded);
  if (auto n = carried(row, "funded_places")) out.values[kPlaces] = places(*n);
  if (auto note = carried(row, "note")) out.values[kNote] = *note;
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
    if (auto a = carried(row, "area")) refs.push_back(*a);
  } else if (area_column_) {
    if (auto a = cell(row, area_column_); !a.empty()) refs.push_back(a);
  } else if (area_from_ == "la") {
    for (const char* f : {"la_code", "la_name"}) {
      if (auto a = carried(row, f)) refs.push_back(*a);
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
  throw Error(ErrorKind::NotFound, fmt::format("unknown area \"{}\"", refs.back()),
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
    if (auto name = carried(row, "name")) out.values[kName] = *name;
    const auto* name = out.values[kName] ? std::get_if<std::string>(&*out.values[kName]) : nullptr;
    out.name_key = fold_key(name != nullptr ? *name : out.fallback_name);
    return out;
  } catch (const Error& e) {
    if (!row_level(e)) throw;
    return std::nullopt;
  }
}

}  // namespace lpg::import
