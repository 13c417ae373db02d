#!/usr/bin/env bash
# core/tests/fuzz.sh [SECONDS]: the seeded fuzz run. Builds the libFuzzer
# target (core/tests/fuzz.c) with clang, AddressSanitizer and UBSan in
# build-fuzz/, seeds it with every corpus program (../shared/corpus), every
# held-out program, golden and timeline case and fuzz regression
# (core/tests), and fuzzes for SECONDS (default 60) with the Rust token
# dictionary (core/tests/fuzz.dict). Exits non-zero on any finding: crash,
# leak, UB, timeout or a broken result (fuzz.c's checks); the input is kept
# in build-fuzz/findings/ and belongs in core/tests/fuzz-regressions/ once
# fixed. Ends with libFuzzer's final stats: executions (stat::number_of_
# executed_units), coverage (cov: edges, ft: features) and corpus size.
# The corpus it grows is kept in build-fuzz/fuzz-corpus/ for the next run.
set -euo pipefail
secs=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
build=${BM_FUZZ_BUILD:-build-fuzz}
cc=${BM_FUZZ_CC:-clang}
command -v "$cc" >/dev/null || { echo "fuzz.sh: $cc not found (bash .ci/setup.sh installs clang)" >&2; exit 2; }
cmake -S . -B "$build" -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBM_FUZZ=ON -DBM_SANITIZE=ON >/dev/null
cmake --build "$build" -j2 --target bm_fuzz >/dev/null
seeds="$build/fuzz-seeds"
rm -rf "$seeds"
node core/tests/fuzz-seeds.mjs "$seeds" ../shared/corpus core/tests
mkdir -p "$build/fuzz-corpus" "$build/findings"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
echo "fuzz.sh: fuzzing for ${secs}s (ASan+UBSan, seeds in $seeds)"
status=0
"$build/bm_fuzz" -max_total_time="$secs" -dict=core/tests/fuzz.dict -timeout=20 \
  -max_len=16384 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="$build/findings/" "$build/fuzz-corpus" "$seeds" \
  >"$build/fuzz.log" 2>&1 || status=$?
grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|stat::|SUMMARY|ERROR|==[0-9]+==|Test unit written|fuzz: check" "$build/fuzz.log" | tail -40
echo "fuzz.sh: corpus $(ls "$build/fuzz-corpus" | wc -l) inputs; log $build/fuzz.log"
if [ "$status" -ne 0 ]; then
  echo "fuzz.sh: FINDING (libFuzzer exit $status); inputs in $build/findings/:" >&2
  ls "$build/findings" >&2 || true
  exit 1
fi
echo "fuzz.sh: no finding in ${secs}s"
