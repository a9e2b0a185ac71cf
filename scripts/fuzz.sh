#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets in fuzz/ (clang, LPG_FUZZ=ON) and runs each for SECONDS.
#   scripts/fuzz.sh BUILD_DIR SECONDS [--if-available]
# New inputs go to BUILD_DIR/corpus/<target> (fuzz/corpus/<target> holds the seeds, and stays
# as committed); a crash is saved as BUILD_DIR/artifacts/<target>-crash-* and fails the run.
# --if-available: exit 0 with a note when clang or its fuzzer runtime is missing (make test).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$1 seconds=$2 optional=${3:-}
targets=(dates clock config text render parsers csv)

if ! command -v clang++ >/dev/null ||
  ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
  clang++ -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
  msg="fuzz: clang++ with libFuzzer not found (Debian: clang libclang-rt-14-dev)"
  if [[ $optional == --if-available ]]; then
    echo "$msg; skipping the fuzz smoke run" >&2
    exit 0
  fi
  echo "$msg" >&2
  exit 1
fi
generator=Ninja
command -v ninja >/dev/null || generator="Unix Makefiles"
cmake -S "$here" -B "$build" -G "$generator" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DLPG_FUZZ=ON >/dev/null
cmake --build "$build" --target lpg_fuzz -j "$(nproc)" >/dev/null
mkdir -p "$build/artifacts"
status=0
passed=0 failed=0
for t in "${targets[@]}"; do
  mkdir -p "$build/corpus/$t"
  log="$build/fuzz-$t.log"
  if "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/$t-" "$build/corpus/$t" "$here/fuzz/corpus/$t" \
    >"$log" 2>&1; then
    runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 || true)
    echo "fuzz: $t ok (${runs:-done} in ${seconds}s)"
    passed=$((passed + 1))
  else
    echo "fuzz: $t FAILED; see $log and $build/artifacts/" >&2
    grep -E 'ERROR|invariant|SUMMARY|uncaught' "$log" | head -5 >&2 || true
    status=1
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
