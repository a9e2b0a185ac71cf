#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The start-up benchmark of issue 10: `lpg group list` on a small database against the floor
# of any SQLite tool, `sqlite3 DB "select count(*) from grp"`, timed side by side in one
# hyperfine run. Target: lpg within 3x of sqlite3. Exits 1 when the target is missed.
#
# usage: bench/startup.sh [LPG]   (default build/lpg; `make bench` runs it)
set -euo pipefail
lpg=$(realpath "${1:-build/lpg}")
target=3
for tool in hyperfine sqlite3 python3; do
  command -v "$tool" >/dev/null || { echo "startup.sh: $tool is not installed" >&2; exit 69; }
done

tmp=$(mktemp -d /tmp/lpg-bench-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
# A clean environment: no user configuration, no colour, the database in the scratch folder.
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data NO_COLOR=1
export LPG_CONFIG=$tmp/lpg.toml LPG_DB=$tmp/lpg.db
unset LPG_NOW

# A small database: two areas and a few groups with reporting lines, as a district might have.
"$lpg" -q init --config "$LPG_CONFIG" >/dev/null
"$lpg" -q area add Cherwell --code E07000177 >/dev/null
"$lpg" -q area add Bicester --parent Cherwell >/dev/null
"$lpg" -q group add "Countywide Board" --kind board >/dev/null
"$lpg" -q group add "Chairs Group" --kind chairs --reports-to "Countywide Board" >/dev/null
"$lpg" -q group add "Cherwell LCPG" --kind partnership --area Cherwell \
  --cadence 'after "Countywide Board" +2w' --reports-to "Countywide Board" >/dev/null
"$lpg" -q group add "Bicester Early Years" --kind hub --area Bicester --cadence termly \
  --reports-to "Cherwell LCPG" >/dev/null
"$lpg" -q group add "Banbury Early Years" --kind hub --area Cherwell --cadence termly \
  --reports-to "Cherwell LCPG" >/dev/null
"$lpg" -q group add "Cherwell Safeguarding Group" --kind safeguarding --area Cherwell \
  --reports-to "Cherwell LCPG" >/dev/null
echo "database: $(sqlite3 "$LPG_DB" 'select count(*) from grp') groups in $LPG_DB"

hyperfine --shell=none --warmup 10 --min-runs 100 --style basic \
  --export-json "$tmp/result.json" \
  --command-name "lpg group list" "$lpg group list" \
  --command-name "sqlite3 count" "sqlite3 $LPG_DB 'select count(*) from grp'"

python3 - "$tmp/result.json" "$target" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
target = float(sys.argv[2])
lpg, floor = results["lpg group list"], results["sqlite3 count"]
ratio = lpg["mean"] / floor["mean"]
print()
for name, r in (("lpg group list", lpg), ("sqlite3 count", floor)):
    print(f"{name:15} mean {r['mean'] * 1000:7.2f} ms  (sd {r['stddev'] * 1000:.2f} ms, "
          f"median {r['median'] * 1000:.2f} ms, min {r['min'] * 1000:.2f} ms)")
verdict = "within" if ratio <= target else "OVER"
# The means decide; the ratio of the minimums says what a quiet machine would show.
print(f"ratio of minimums {lpg['min'] / floor['min']:.2f}x (for reference)")
print(f"ratio {ratio:.2f}x; target: within {target:g}x of sqlite3: {verdict} target")
sys.exit(0 if ratio <= target else 1)
PY
