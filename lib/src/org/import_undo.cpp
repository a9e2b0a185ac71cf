// SPDX-License-Identifier: MIT
#include "org/import_undo.hpp"

#include "db/audit.hpp"

namespace lpg::import {

UndoLog::UndoLog(db::Connection& c, org_store::BatchWriter& writer)
    : c_(c), writer_(writer), kept_(c) {}

void UndoLog::keep(std::int64_t id, std::int64_t audit_id) { kept_.keep(id, audit_id); }

std::optional<UndoLog::Identifiers> UndoLog::put_back(std::int64_t id) {
  auto audit_id = kept_.audit_of(id);
  if (!audit_id) return std::nullopt;
  writer_.restore(id);
  kept_.forget(id);
  db::remove_audit_row(c_, *audit_id);
  Identifiers out;
  if (auto it = identifiers_.find(id); it != identifiers_.end()) {
    out = std::move(it->second);
    identifiers_.erase(it);
  }
  return out;
}

}  // namespace lpg::import
