// SPDX-License-Identifier: MIT
#pragma once
// Contact details of people and organisations, checked and written one way.

#include <string>
#include <string_view>

namespace lpg {

/// The address trimmed and lower-cased, after a sensible syntax check: one "@", a local part
/// of printable ASCII without spaces or quotes (at most 64 characters), a domain of dotted
/// labels (letters, digits, hyphens) ending in a top-level domain of two or more letters.
/// Throws Error{Invalid} naming the text.
std::string normalise_email(std::string_view text);

/// A UK telephone number tidied lightly: brackets, dots, dashes and runs of space become one
/// space, a "+44 (0)" prefix loses its "(0)". Accepts 10 or 11 digits starting with 0, or +44
/// followed by 9 or 10 digits. Throws Error{Invalid} naming the text.
std::string normalise_phone(std::string_view text);

/// A web address trimmed; refuses one with spaces or without a dot in its host.
/// Throws Error{Invalid}.
std::string normalise_website(std::string_view text);

}  // namespace lpg
