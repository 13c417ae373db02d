#!/usr/bin/env bash
# npm run bench: time analyze() on generated inputs of ~100, 1,000 and 10,000
# lines, natively and in headless Chromium through the page's worker.
# Prints tables; it never fails because something is slow.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
node core/bench/gen-inputs.js build/bench
cmake -S . -B build >/dev/null
cmake --build build -j2 --target bm_speed >/dev/null
echo "## analyze() natively (gcc, $(uname -m))"
./build/bm_speed build/bench/bench-100.rs:50 build/bench/bench-1000.rs:20 build/bench/bench-10000.rs:5
echo
if [ ! -f web/dist/index.html ] || [ ! -f wasm/dist/borrowmap-core.wasm ]; then
  bash wasm/build.sh >/dev/null
  npm run --silent build:web >/dev/null
fi
echo "## analyze() in headless Chromium, through the worker"
node e2e/bench-browser.js

echo
echo "## false alarms on real compiling Rust (rustup's docs, rustc as the oracle)"
bash core/bench/doc-examples.sh build
