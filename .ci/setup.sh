#!/usr/bin/env bash
# Install what a fresh Debian 12 machine lacks for borrowmap, then the npm
# packages pinned in package-lock.json. Safe to run again: it only installs
# what is missing. Needs root (or sudo) for apt-get.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

need=()
command -v cmake >/dev/null || need+=(cmake)
command -v cc >/dev/null || need+=(build-essential)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v emcc >/dev/null || need+=(emscripten)
# the fuzz smoke (core/tests/fuzz.sh): clang and its libFuzzer/sanitizer runtimes
command -v clang >/dev/null || need+=(clang)
clang_rt=$(ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null | head -1)
[ -n "$clang_rt" ] || [ "$(uname -m)" != x86_64 ] || need+=(libclang-rt-dev)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} with apt-get"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Install the versions pinned in package-lock.json, only when node_modules is
# missing or older than the lock file. Not `npm ci`: the registry reachable
# here serves only this platform's builds of rollup's and esbuild's optional
# native packages, so the lock cannot list the other platforms' builds, and
# npm 11's `ci` refuses a lock without them. `install --no-save` installs the
# locked versions and never rewrites package.json or the lock.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm install (locked versions)"
  # Playwright must never download a browser here: it drives Debian's chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save --no-audit --no-fund --loglevel=error
fi
