// SPDX-License-Identifier: MIT
#pragma once
// The one SHA-256 of the program (GLib's GChecksum): db copy's content digest and the
// fingerprint of each mail message read.

#include <string>
#include <string_view>

namespace lpg {

/// The SHA-256 of the bytes, 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace lpg
