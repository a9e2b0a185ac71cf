// SPDX-License-Identifier: MIT
// libical, kept to this file. It reads what calendar programs really send: folded lines,
// quoted parameters, "MAILTO:" in capitals, Windows time zone names, X- properties.
#include <lpg/text.hpp>

#include <libical/ical.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "mail/reader_module.hpp"

namespace lpg::mail {

namespace {

struct FreeComponent {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

// "MAILTO:Jo%2BSmith@Example.org" -> "jo+smith@example.org" (RFC 6068 percent-decoding).
std::string address_of(const char* uri) {
  std::string value = uri != nullptr ? uri : "";
  if (ascii_lower(value.substr(0, 7)) != "mailto:") return "";
  std::string out;
  for (std::size_t i = 7; i < value.size(); ++i) {
    if (value[i] == '%' && i + 2 < value.size() && std::isxdigit(value[i + 1]) != 0 &&
        std::isxdigit(value[i + 2]) != 0) {
      out += static_cast<char>(std::stoi(value.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += value[i];
    }
  }
  return ascii_lower(trim(out));
}

std::string partstat_of(icalproperty* attendee) {
  icalparameter* p = icalproperty_get_first_parameter(attendee, ICAL_PARTSTAT_PARAMETER);
  if (p == nullptr) return "";
  switch (icalparameter_get_partstat(p)) {
    case ICAL_PARTSTAT_ACCEPTED:
      return "ACCEPTED";
    case ICAL_PARTSTAT_DECLINED:
      return "DECLINED";
    case ICAL_PARTSTAT_TENTATIVE:
      return "TENTATIVE";
    case ICAL_PARTSTAT_DELEGATED:
      return "DELEGATED";
    case ICAL_PARTSTAT_NEEDSACTION:
      return "NEEDS-ACTION";
    default:
      return "OTHER";
  }
}

icalcomponent* first_event(icalcomponent* root) {
  if (icalcomponent_isa(root) == ICAL_VEVENT_COMPONENT) return root;
  return icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
}

}  // namespace

std::optional<ImipEvent> library::read_imip(const std::string& text) {
  icalerror_set_errors_are_fatal(0);
  std::unique_ptr<icalcomponent, FreeComponent> root(icalparser_parse_string(text.c_str()));
  if (!root) return std::nullopt;
  icalcomponent* event = first_event(root.get());
  if (event == nullptr) return std::nullopt;
  ImipEvent out;
  if (icalproperty* m = icalcomponent_get_first_property(root.get(), ICAL_METHOD_PROPERTY)) {
    const char* value = icalproperty_get_value_as_string(m);
    for (const char* ch = value; ch != nullptr && *ch != '\0'; ++ch) {
      out.method += static_cast<char>(std::toupper(static_cast<unsigned char>(*ch)));
    }
  }
  const char* uid = icalcomponent_get_uid(event);
  out.uid = uid != nullptr ? trim(uid) : "";
  if (icalproperty* seq = icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY)) {
    out.sequence = std::max(0, icalproperty_get_sequence(seq));
  }
  if (icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY) != nullptr) {
    icaltimetype stamp =
        icaltime_convert_to_zone(icalcomponent_get_dtstamp(event), icaltimezone_get_utc_timezone());
    if (!icaltime_is_null_time(stamp)) out.dtstamp = icaltime_as_ical_string(stamp);
  }
  for (icalproperty* a = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY);
       a != nullptr; a = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
    out.attendees.push_back({address_of(icalproperty_get_attendee(a)), partstat_of(a)});
  }
  return out;
}

}  // namespace lpg::mail
