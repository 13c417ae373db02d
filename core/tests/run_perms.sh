#!/bin/sh
# run_perms.sh BORROWMAP DIR: the permissions view's golden cases. Each
# DIR/NAME.rs starts with `// rustc: CODES` (the error codes rustc 1.95
# reports, in order, or `ok`); `borrowmap check --perms NAME.rs` must print
# DIR/NAME.perms exactly, `borrowmap check` must report those codes and,
# when rustc is installed, so must rustc. BM_UPDATE=1 rewrites the .perms
# files from the current output (review the diff before committing).
bm=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); dir=$2
rustc=$(command -v rustc 2>/dev/null)
[ -z "$rustc" ] && [ -x "$HOME/.cargo/bin/rustc" ] && rustc=$HOME/.cargo/bin/rustc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
codes() { grep -o '^error\[E[0-9]*\]' | sed 's/error\[\(.*\)\]/\1/' | tr '\n' ' ' | sed 's/ $//'; }
for f in "$dir"/*.rs; do
  n=${f%.rs}; name=$(basename "$n"); ok=1; why=""
  want=$(sed -n '1s|^// rustc: ||p' "$f")
  [ "$want" = ok ] && want=""
  (cd "$dir" && "$bm" check --perms "$name.rs") >"$tmp/out" 2>&1
  if [ "${BM_UPDATE:-}" = 1 ]; then cp "$tmp/out" "$n.perms"; fi
  cmp -s "$tmp/out" "$n.perms" || { ok=0; why="table differs"; }
  got=$( (cd "$dir" && "$bm" check "$name.rs") 2>&1 | codes)
  [ "$got" = "$want" ] || { ok=0; why="$why; borrowmap reports '$got', expected '$want'"; }
  if [ -n "$rustc" ]; then
    rgot=$("$rustc" --edition 2024 --emit=metadata --error-format=short -o "$tmp/meta" "$f" 2>&1 |
           sed -n 's/^[^ ]*: error\[\(E[0-9]*\)\].*/error[\1]/p' | codes)
    [ "$rgot" = "$want" ] || { ok=0; why="$why; rustc reports '$rgot'"; }
  fi
  if [ $ok = 1 ]; then echo "PASS $name"; pass=$((pass + 1)); else
    echo "FAIL $name: $why"; diff "$n.perms" "$tmp/out" | head -20; fail=$((fail + 1)); fi
done
echo "permissions goldens: $pass passed, $fail failed"
[ $fail = 0 ] && [ $pass -gt 0 ]
