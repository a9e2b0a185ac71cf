#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the demo database from share/demo/demo.lpg (lpg command lines), fresh each time.
set -euo pipefail
lpg=$1 db=$2
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
export LPG_DB=$db LPG_CONFIG=/dev/null/none NO_COLOR=1
unset LPG_CONFIG
"$lpg" --db "$db" init --config "$(dirname "$db")/config.toml" --force >/dev/null
while IFS= read -r line; do
  [[ -z $line || $line == \#* ]] && continue
  eval "\"\$lpg\" --config \"$(dirname "$db")/config.toml\" --db \"\$db\" $line" >/dev/null
done <"$here/share/demo/demo.lpg"
