#!/usr/bin/env bash
# doc-examples.sh: real compiling Rust, as a false-alarm benchmark.
#   bash core/bench/doc-examples.sh [BUILD_DIR]
# Extracts the Rust code blocks of the locally installed rustup docs (Rust
# by Example, and std's collections, vec, string, option, result and iter
# pages; a block without `fn main` is wrapped in one, as rustdoc does),
# asks rustc (the oracle) which compile, and runs `borrowmap check` on
# them: every error we report on a program rustc accepts is a false alarm
# and is listed. Also prints detection on the blocks rustc rejects.
# Prints figures; never fails because of them. Skips without rustc or docs.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
rustc=$(command -v rustc || true)
[ -z "$rustc" ] && [ -x "$HOME/.cargo/bin/rustc" ] && rustc=$HOME/.cargo/bin/rustc
[ -n "$rustc" ] || { echo "doc-examples: SKIP (no rustc)"; exit 0; }
docs=$("$rustc" --print sysroot)/share/doc/rust/html
[ -d "$docs/rust-by-example" ] || { echo "doc-examples: SKIP (no rustup docs in $docs)"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/core/bench/doc-examples-extract.py" "$docs/rust-by-example" "$work/rbe" >/dev/null
for d in collections vec string option result iter; do
  python3 "$root/core/bench/doc-examples-extract.py" "$docs/std/$d" "$work/std" >/dev/null
done
verdict() { # FILE: FILE.ok when rustc compiles it, else FILE.err
  local f=$1
  if "$rustc" --edition 2021 --crate-type bin --emit=metadata -o "$f.rmeta" "$f" >/dev/null 2>&1; then
    : >"${f%.rs}.ok"
  else
    : >"${f%.rs}.err"
  fi
  rm -f "$f.rmeta"
}
export -f verdict
export rustc
ls "$work"/rbe/*.rs "$work"/std/*.rs | xargs -P 2 -I{} bash -c 'verdict {}'
for set in rbe std; do
  acc=0 fa=0 rej=0 det=0
  for f in "$work/$set"/*.rs; do
    b=${f%.rs}
    out=$("$build/borrowmap" check "$f" 2>&1)
    has=$(printf '%s\n' "$out" | grep -c '^error' || true)
    if [ -f "$b.ok" ]; then
      acc=$((acc + 1))
      if [ "$has" -gt 0 ]; then
        fa=$((fa + 1))
        echo "  false alarm: $set/$(basename "$f"): $(printf '%s\n' "$out" | grep -m1 '^error')"
      fi
    else
      rej=$((rej + 1))
      [ "$has" -gt 0 ] && det=$((det + 1))
    fi
  done
  name=$([ $set = rbe ] && echo "Rust by Example" || echo "std docs (collections vec string option result iter)")
  echo "$name: $acc compile, $fa with an error from us (false alarms); $rej rejected, $det detected"
done
