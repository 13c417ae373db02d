#!/usr/bin/env bash
# Install what is missing, build the core to WebAssembly and the page, and
# serve the playground on http://127.0.0.1:4173/ (Ctrl-C stops it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash .ci/setup.sh
bash wasm/build.sh >/dev/null
npm run --silent build:web >/dev/null
echo
echo "borrowmap is ready: open http://127.0.0.1:4173/ in your browser (Ctrl-C stops the server)"
echo
exec npm run --silent serve
