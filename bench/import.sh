#!/bin/sh
# SPDX-License-Identifier: MIT
# The import benchmark (not a timed test): a 100,000-provider Ofsted register imported into
# an empty database and again (all unchanged), beside sqlite3's own .import of the same file
# into a bare table, each the best of three runs. Peak memory and CPU time (user + system)
# from /usr/bin/time -v: on a machine others are using, CPU time moves less than wall time.
# Targets: each import within 1.25x of sqlite3, peak memory under 64 MB.
#   bench/import.sh [LPG or BUILD_DIR] [N]   (`make bench` gives build/lpg)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
lpg=${1:-$here/../build}
[ -d "$lpg" ] && lpg=$lpg/lpg
lpg=$(cd "$(dirname "$lpg")" && pwd)/$(basename "$lpg")
n=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The configuration 'lpg init' writes goes in the work directory too, not in ~/.config.
export LPG_DB="$work/lpg.db" LPG_CONFIG="$work/lpg.toml" LPG_NOW=2026-11-30T09:00 TZ=UTC
python3 "$here/gen_ofsted.py" "$n" > "$work/ofsted.csv"
echo "file: $n providers, $(du -h "$work/ofsted.csv" | cut -f1)"

best() { # COMMAND...: the fastest of three runs, "elapsed-seconds peak-KiB cpu-seconds" (a
         # busy machine only ever slows a run down, so the minimum is the fairest figure)
  best_t= best_m= best_c=
  for run in 1 2 3; do
    [ -z "${before:-}" ] || eval "$before"
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time" || { cat "$work/time"; exit 1; }
    line=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                   for (i = 1; i <= n; i++) s = s * 60 + p[i]; t = s }
                 /Maximum resident set size/ { m = $2 }
                 /(User|System) time/ { c += $2 }
                 END { printf "%.2f %d %.2f\n", t, m, c }' "$work/time")
    t=${line%% *} rest=${line#* }
    m=${rest%% *} c=${rest#* }
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
    if [ -z "$best_c" ] || awk "BEGIN{exit !($c < $best_c)}"; then best_c=$c; fi
    if [ -z "$best_m" ] || [ "$m" -gt "$best_m" ]; then best_m=$m; fi
  done
  echo "$best_t $best_m $best_c"
}

ratio() { awk "BEGIN{if ($2 > 0) printf \"%.2f\", $1/$2; else printf \"-\"}"; }

tail -n +3 "$work/ofsted.csv" > "$work/bare.csv"   # .import wants the header first
before='rm -f "$work/bare.db"'
set -- $(best sqlite3 "$work/bare.db" ".mode csv" ".import $work/bare.csv providers")
sq=$1 sqc=$3
echo "sqlite3 .import:          ${1}s  peak ${2} KiB   cpu ${3}s   (best of 3; peak memory the highest)"
before='rm -f "$LPG_DB" "$LPG_DB-wal" "$LPG_DB-shm"; "$lpg" -q init >/dev/null 2>&1'
set -- $(best "$lpg" -q import orgs "$work/ofsted.csv" --source ofsted)
echo "lpg import (empty db):    ${1}s  peak ${2} KiB  cpu ${3}s  ($(ratio "$1" "$sq")x sqlite3; cpu $(ratio "$3" "$sqc")x)"
before=
set -- $(best "$lpg" -q import orgs "$work/ofsted.csv" --source ofsted)
echo "lpg import (unchanged):   ${1}s  peak ${2} KiB  cpu ${3}s  ($(ratio "$1" "$sq")x sqlite3; cpu $(ratio "$3" "$sqc")x)"
"$lpg" -q db info | grep -E "^(organisation|org_identifier|audit_log) " || "$lpg" db info | head -20
