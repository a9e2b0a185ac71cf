#!/bin/bash
# SPDX-License-Identifier: MIT
# The second store's benchmarks (issue 19; not timed tests), on a throwaway PostgreSQL cluster
# this script starts and deletes (tests/pg/cluster.py), side by side in one run with
# PostgreSQL's own work:
#   * import: a 100,000-provider Ofsted register into an empty database, and again unchanged,
#     beside psql's \copy of the same file into a bare table. Target: within 2x of \copy.
#   * reports: each report over the national database (bench/gen_national.py, copied into
#     PostgreSQL with lpg db copy) beside one plain scan of the attendance table by psql.
#     Target: within 5x of the scan.
# Each figure is the best of three runs (a busy machine only slows a run down). Beside each
# report's wall time, the CPU time of lpg itself (user + system): the rest is the server's
# work and the waits between the two.
#
# usage: bench/postgres.sh [LPG [N]]   (defaults: build/lpg, 100000 providers)
#        LPG_BENCH=import or LPG_BENCH=reports runs only that half.
# Exit status 1 when a figure misses its target; 77 when PostgreSQL is not installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lpg=$(realpath "${1:-$here/../build/lpg}")
n=${2:-100000}
cluster=$here/../tests/pg/cluster.py
work=$(mktemp -d)
pgdir=/tmp/lpg-bench-pg-$$
psql=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort | tail -1)
[ -n "$psql" ] || { echo "PostgreSQL is not installed (Debian: postgresql)"; exit 77; }
trap '/usr/bin/python3 "$cluster" stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
/usr/bin/python3 "$cluster" start "$pgdir" >/dev/null
export HOME="$work" LPG_NOW=2026-11-30T09:00 TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8
unset LPG_CONFIG LPG_DB
fresh() { /usr/bin/python3 "$cluster" createdb "$pgdir"; }

# "SECONDS KB CPU" of one run; the best of three with `before` run ahead of each (the best
# wall time with its own CPU time; the largest peak memory).
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || {
    echo "failed: $*" >&2; cat "$work/err" >&2; exit 1; }
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$work/time"
}
best() {
  local best_s="" best_kb=0 best_cpu="" s kb cpu
  for _ in 1 2 3; do
    [ -z "${before:-}" ] || eval "$before"
    read -r s kb cpu < <(measure "$@")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; best_cpu=$cpu; fi
    [ "$kb" -gt "$best_kb" ] && best_kb=$kb
  done
  echo "$best_s $best_kb $best_cpu"
}
ratio() { awk "BEGIN{printf \"%.2f\", $1 / ($2 > 0.01 ? $2 : 0.01)}"; }
status=0
verdict() { if awk "BEGIN{exit !($1 > $2)}"; then status=1; echo FAIL; else echo ok; fi; }

# ---- Import ------------------------------------------------------------------------------
if [ "${LPG_BENCH:-import}" = import ]; then
/usr/bin/python3 "$here/gen_ofsted.py" "$n" > "$work/ofsted.csv"
tail -n +3 "$work/ofsted.csv" > "$work/bare.csv"   # \copy wants the header first
columns=$(head -1 "$work/bare.csv" | awk -F, '{for (i = 1; i <= NF; i++) printf "%sc%d text", (i > 1 ? ", " : ""), i}')
bare=$(fresh)
before="\"$psql\" -X -q -d \"$bare\" -c 'DROP TABLE IF EXISTS providers; CREATE TABLE providers ($columns)'"
read -r cp cpkb _ < <(best "$psql" -X -q -d "$bare" -c "\\copy providers FROM '$work/bare.csv' CSV HEADER")
echo "file: $n providers; psql \\copy into a bare table: ${cp}s, peak $((cpkb / 1024)) MB"
# The database of each run is named in $work/url, written by `before`.
before='db=$(fresh); echo "$db" > "$work/url"; "$lpg" --db "$db" org list >/dev/null'
read -r s kb _ < <(best bash -c '"$0" --db "$(cat "$1")" -q import orgs "$2" --source ofsted' \
                 "$lpg" "$work/url" "$work/ofsted.csv")
r=$(ratio "$s" "$cp")
echo "lpg import orgs (empty database):  ${s}s  ${r}x \\copy  peak $((kb / 1024)) MB  $(verdict "$r" 2)"
first=$s
# PostgreSQL's own floor for that load: psql \copy of the very rows lpg stored into a fresh
# lpg schema, with the indexes and constraints lpg defers dropped first and restored after
# (the end state must have them: a key, two references, three indexes).
"$psql" -X -q -d "$(cat "$work/url")" \
  -c "\\copy organisation TO '$work/org.copy'" -c "\\copy org_identifier TO '$work/ident.copy'"
floor_sql() {  # the script for database $1: drop, \copy, restore, in one transaction
  local q="$psql -X -q -A -t -d $1"
  local tables="'organisation', 'org_identifier'"
  local indexes="SELECT i.indexrelid::regclass, pg_get_indexdef(i.indexrelid) FROM pg_index i
    WHERE i.indrelid::regclass::text IN ($tables)
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
  local constraints="SELECT c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)
    FROM pg_constraint c WHERE c.conrelid::regclass::text IN ($tables) AND (c.contype = 'f'
      OR (c.contype IN ('p', 'u') AND NOT EXISTS (SELECT 1 FROM pg_constraint r
          WHERE r.contype = 'f' AND r.conindid = c.conindid))) ORDER BY c.contype = 'f'"
  echo "BEGIN;"
  $q -F ' ' -c "$constraints" | tac | awk '{print "ALTER TABLE " $1 " DROP CONSTRAINT " $2 ";"}'
  $q -F ' ' -c "$indexes" | awk '{print "DROP INDEX " $1 ";"}'
  echo "\\copy organisation FROM '$work/org.copy'"
  echo "\\copy org_identifier FROM '$work/ident.copy'"
  $q -F '|' -c "$indexes" | cut -d'|' -f2- | sed 's/$/;/'
  $q -F '|' -c "$constraints" | awk -F'|' '{print "ALTER TABLE " $1 " ADD CONSTRAINT " $2 " " $3 ";"}'
  echo "COMMIT;"
}
before='db=$(fresh); echo "$db" > "$work/floor-url"; "$lpg" --db "$db" org list >/dev/null;
        floor_sql "$db" > "$work/floor.sql"'
read -r fl _ < <(best bash -c '"$0" -X -q -v ON_ERROR_STOP=1 -d "$(cat "$1")" -f "$2"' \
                 "$psql" "$work/floor-url" "$work/floor.sql")
echo "  PostgreSQL's own floor: psql \\copy of lpg's rows into lpg's tables, indexes and keys" \
     "deferred as lpg does: ${fl}s ($(ratio "$fl" "$cp")x \\copy); lpg is $(ratio "$first" "$fl")x that"
before=
read -r s kb _ < <(best bash -c '"$0" --db "$(cat "$1")" -q import orgs "$2" --source ofsted' \
                 "$lpg" "$work/url" "$work/ofsted.csv")
r=$(ratio "$s" "$cp")
echo "lpg import orgs (unchanged):       ${s}s  ${r}x \\copy  peak $((kb / 1024)) MB  $(verdict "$r" 2)"
fi
[ "${LPG_BENCH:-reports}" = reports ] || exit $status

# ---- Reports -----------------------------------------------------------------------------
national=$here/../build/bench/national.db
if [ ! -f "$national" ]; then
  mkdir -p "$(dirname "$national")"
  /usr/bin/python3 "$here/gen_national.py" "$lpg" "$national"
fi
db=$(fresh)
"$lpg" -q db copy "$national" "$db" > /dev/null
# A database in use has been vacuumed and analysed by autovacuum; right after the copy the
# reports would race it (the statistics missing, the visibility map empty, and autovacuum
# working the same two cores).
"$psql" -X -q -d "$db" -c "VACUUM ANALYZE"
read -r base _ < <(best "$psql" -X -q -A -t -d "$db" -c "SELECT count(*), sum(length(status)) FROM attendance")
echo "baseline: psql scanning attendance once: ${base}s"
printf '%-58s %7s %6s %8s %7s\n' "report (on PostgreSQL)" "seconds" "ratio" "lpg cpu" "max MB"
while IFS= read -r args; do
  [ -z "$args" ] && continue
  eval "set -- $args"
  read -r s kb cpu < <(best "$lpg" --db "$db" "$@")
  r=$(ratio "$s" "$base")
  printf '%-58s %7s %6s %8s %7s  %s\n' "lpg $args" "$s" "$r" "$cpu" "$((kb / 1024))" \
    "$(verdict "$r" 5)"
done <<'EOF'
report reminders --format csv
report composition
report attendance --format csv
report attendance --by organisation --format csv
report attendance --by sector
report attendance --by group
report compliance --format csv
report directory --format csv
EOF
exit $status
