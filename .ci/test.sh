#!/usr/bin/env bash
# Install what is missing, build everything and run every test:
#   the C core under ctest (plain, then with AddressSanitizer + UBSan),
#   a 60 s seeded fuzz run of the core (libFuzzer + ASan + UBSan; any
#   finding fails it), the wasm wrapper (with the trap sweep), the lessons
#   and the web modules under node's test runner, and the built page in
#   headless Chromium with Playwright.
# Prints one line per suite and a final "N passed, N failed" line.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash .ci/setup.sh || { echo "test: setup failed"; exit 1; }

passed=0
failed=0
failures=()
suite() { # name command...
  local name=$1
  shift
  echo
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "=== $name: ok"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "=== $name: FAILED"
  fi
}

native() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null &&
    cmake --build build -j2 >/dev/null &&
    ctest --test-dir build --output-on-failure
}
sanitized() {
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DBM_SANITIZE=ON >/dev/null &&
    cmake --build build-asan -j2 >/dev/null &&
    ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build-asan --output-on-failure
}
node_tests() {
  local dirs=(wasm/test)
  [ -d web/test ] && dirs+=(web/test)
  [ -d lessons/test ] && dirs+=(lessons/test)
  node --test "${dirs[@]}"
}

suite "core (native)" native
suite "core (ASan+UBSan)" sanitized
suite "core fuzz smoke (libFuzzer, ${BM_FUZZ_SECONDS:-60} s)" bash core/tests/fuzz.sh "${BM_FUZZ_SECONDS:-60}"
suite "wasm build" bash wasm/build.sh
suite "web build" npm run --silent build:web
suite "node tests (wasm, web, lessons)" node_tests
suite "end-to-end (Playwright, headless Chromium)" npm run --silent test:e2e

echo
[ ${#failures[@]} -eq 0 ] || echo "failed suites: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
