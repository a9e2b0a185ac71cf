// SPDX-License-Identifier: MIT
#pragma once
// A mail address as lpg holds it: a display name and one address, kept apart from the moment
// they are read to the moment a header or calendar line is written. They are never joined
// into "Name <email>" and split again, so nothing in a name can ever become an address.

#include <string>
#include <string_view>

namespace lpg {

struct Mailbox {
  std::string name;   ///< the display name, any UTF-8 text; only ever shown, never parsed
  std::string email;  ///< the one address, as normalise_email() gives it; "" when unset
  bool empty() const { return email.empty(); }
};

/// Reads a configured address (reminders.organizer): "Name <email>", "\"Name\" <email>" or a
/// bare "email". Refuses, with Error{Invalid} naming `what`, anything else: an invalid
/// address, a second address, a name holding '<', '>' or a control character, text after '>'.
Mailbox parse_mailbox(std::string_view text, std::string_view what);

/// The RFC 5322 mailbox for a From or To header, folded so that no line passes 78 octets when
/// it follows `field` ("To"): the display name as a quoted-string when it is printable ASCII
/// (quotes and backslashes escaped), else as RFC 2047 encoded-words; a name holding "=?"
/// (which a reader would decode) is always encoded. Then the address in angle brackets, the
/// only address. An empty name gives the bare address. Throws Error{Invalid} when `email` is
/// not a valid address.
std::string mailbox_header(std::string_view field, const Mailbox& who);

/// "Name <email>" (or the address alone) for people to read: messages and `config show`.
/// Never parse it back; keep the Mailbox.
std::string display(const Mailbox& who);

}  // namespace lpg
