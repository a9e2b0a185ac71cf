// SPDX-License-Identifier: MIT
#include "core/digest.hpp"

#include <glib.h>

namespace lpg {

std::string sha256_hex(std::string_view bytes) {
  Sha256 sum;
  sum.update(bytes);
  return sum.hex();
}

Sha256::Sha256() : sum_(g_checksum_new(G_CHECKSUM_SHA256)) {}
Sha256::~Sha256() { g_checksum_free(sum_); }

void Sha256::update(std::string_view bytes) {
  g_checksum_update(sum_, reinterpret_cast<const guchar*>(bytes.data()),
                    static_cast<gssize>(bytes.size()));
}

Sha256::Digest Sha256::digest() {
  Digest out{};
  gsize length = out.size();
  g_checksum_get_digest(sum_, out.data(), &length);
  return out;
}

std::string Sha256::hex() { return g_checksum_get_string(sum_); }

std::string Sha256::hex_of(const Digest& digest) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(digest.size() * 2);
  for (unsigned char byte : digest) {
    out += kDigits[byte >> 4];
    out += kDigits[byte & 0x0f];
  }
  return out;
}

}  // namespace lpg
