// SPDX-License-Identifier: MIT
#pragma once
// The one SHA-256 of the program (GLib's GChecksum): db copy's content digest and the
// fingerprint of each mail message read.

#include <array>
#include <string>
#include <string_view>

struct _GChecksum;  // GLib's GChecksum

namespace lpg {

/// The SHA-256 of the bytes, 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

/// A SHA-256 of bytes given a piece at a time.
class Sha256 {
 public:
  using Digest = std::array<unsigned char, 32>;
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(std::string_view bytes);
  /// The digest of what was given; no more may be given after.
  Digest digest();
  std::string hex();

  /// The 64 lower-case hex digits of a digest.
  static std::string hex_of(const Digest& digest);

 private:
  ::_GChecksum* sum_;
};

}  // namespace lpg
