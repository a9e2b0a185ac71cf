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

/// A web address trimmed: http:// or https:// (any case) and a host, or a bare host
/// ("www.example.org.uk/contact"), holding only the characters RFC 3986 allows as they are, less
/// quotes. Refuses any other scheme (javascript:, data:), spaces, quotes, angle brackets and a
/// host without a dot. Throws Error{Invalid}.
std::string normalise_website(std::string_view text);

}  // namespace lpg
