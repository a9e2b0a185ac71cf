#!/bin/sh
# SPDX-License-Identifier: MIT
# The import benchmark (not a timed test): a 100,000-provider Ofsted register imported into
# an empty database and again (all unchanged), beside sqlite3's own .import of the same file
# into a bare table. Peak memory from /usr/bin/time -v. Targets: each import within 2x of
# sqlite3, peak memory under 64 MB.
#   bench/import.sh [BUILD_DIR] [N]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
lpg=$(cd "${1:-$here/../build}" && pwd)/lpg
n=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LPG_DB="$work/lpg.db" LPG_NOW=2026-11-30T09:00 TZ=UTC
python3 "$here/gen_ofsted.py" "$n" > "$work/ofsted.csv"
echo "file: $n providers, $(du -h "$work/ofsted.csv" | cut -f1)"

seconds() { # COMMAND...: runs it, prints "elapsed-seconds peak-KiB"
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time" || { cat "$work/time"; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                 for (i = 1; i <= n; i++) s = s * 60 + p[i]; t = s }
               /Maximum resident set size/ { m = $2 }
               END { printf "%.2f %d\n", t, m }' "$work/time"
}

tail -n +3 "$work/ofsted.csv" > "$work/bare.csv"   # .import wants the header first
set -- $(seconds sqlite3 "$work/bare.db" ".mode csv" ".import $work/bare.csv providers")
sq=$1
echo "sqlite3 .import:          ${1}s  peak ${2} KiB"
"$lpg" -q init >/dev/null 2>&1 || true
set -- $(seconds "$lpg" -q import orgs "$work/ofsted.csv" --source ofsted)
first=$1
echo "lpg import (empty db):    ${1}s  peak ${2} KiB  ($(awk "BEGIN{printf \"%.1f\", $1/$sq}")x sqlite3)"
set -- $(seconds "$lpg" -q import orgs "$work/ofsted.csv" --source ofsted)
echo "lpg import (unchanged):   ${1}s  peak ${2} KiB  ($(awk "BEGIN{printf \"%.1f\", $1/$sq}")x sqlite3)"
"$lpg" -q db info | grep -E "^(organisation|org_identifier|audit_log) " || "$lpg" db info | head -20
