#!/usr/bin/env bash
# Build the WebAssembly module with Debian's Emscripten and copy it to
# wasm/dist/ (borrowmap-core.mjs + borrowmap-core.wasm), where
# wasm/analyzer.js and the web bundle pick it up.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if ! command -v emcmake >/dev/null; then
  echo "wasm/build.sh: emcmake not found; install Debian's emscripten package (apt-get install emscripten)" >&2
  exit 2
fi
# Debian's Emscripten runs its JS optimizer with node and needs the system
# node modules (acorn, terser) on NODE_PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-wasm -j2 --target borrowmap-core
mkdir -p wasm/dist
cp build-wasm/wasm/borrowmap-core.mjs build-wasm/wasm/borrowmap-core.wasm wasm/dist/
ls -l wasm/dist/
