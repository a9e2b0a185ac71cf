// SPDX-License-Identifier: MIT
#include "core/digest.hpp"

#include <glib.h>

namespace lpg {

std::string sha256_hex(std::string_view bytes) {
  GChecksum* sum = g_checksum_new(G_CHECKSUM_SHA256);
  g_checksum_update(sum, reinterpret_cast<const guchar*>(bytes.data()),
                    static_cast<gssize>(bytes.size()));
  std::string hex = g_checksum_get_string(sum);
  g_checksum_free(sum);
  return hex;
}

}  // namespace lpg
