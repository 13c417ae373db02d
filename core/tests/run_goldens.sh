#!/bin/sh
# run_goldens.sh BORROWMAP DIR: each DIR/NAME.rs is run with `borrowmap run`
# and its stdout, exit status and (when DIR/NAME.stderr exists) stderr are
# compared with DIR/NAME.stdout, NAME.exit and NAME.stderr. The expectations
# were made with rustc 1.95 (stderr: the thread id left out); when rustc is
# installed, each program's stdout and exit status are re-checked with it
# (not for exit 2: a program borrowmap does not run, or stops at a limit).
bm=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); dir=$2
rustc=$(command -v rustc 2>/dev/null)
[ -z "$rustc" ] && [ -x "$HOME/.cargo/bin/rustc" ] && rustc=$HOME/.cargo/bin/rustc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for f in "$dir"/*.rs; do
  n=${f%.rs}; name=$(basename "$n")
  ok=1; why=""
  (cd "$dir" && "$bm" run "$name.rs") >"$tmp/out" 2>"$tmp/err"; code=$?
  cmp -s "$tmp/out" "$n.stdout" || { ok=0; why="stdout differs"; }
  [ "$code" = "$(cat "$n.exit")" ] || { ok=0; why="$why; exit $code, expected $(cat "$n.exit")"; }
  if [ -f "$n.stderr" ]; then cmp -s "$tmp/err" "$n.stderr" || { ok=0; why="$why; stderr differs"; }; fi
  # exit 2 (not run, or stopped at a limit): nothing for rustc to confirm
  if [ "$(cat "$n.exit")" != 2 ] && [ -n "$rustc" ] && "$rustc" --edition 2024 -A warnings -o "$tmp/bin" "$f" 2>/dev/null; then
    (cd "$tmp" && env -u RUST_BACKTRACE ./bin >"$tmp/rout" 2>/dev/null); rcode=$?
    cmp -s "$tmp/rout" "$n.stdout" && [ "$rcode" = "$(cat "$n.exit")" ] || { ok=0; why="$why; the expectation disagrees with rustc"; }
  fi
  if [ $ok = 1 ]; then echo "PASS $name"; pass=$((pass + 1)); else
    echo "FAIL $name: $why"; diff "$tmp/out" "$n.stdout" | head -10; fail=$((fail + 1)); fi
done
echo "run goldens: $pass passed, $fail failed"
[ $fail = 0 ]
