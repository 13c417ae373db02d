#!/bin/sh
# rustc_check.sh CASES_DIR: re-check every golden case's `// expect:` header
# against the real rustc (error codes and primary line:col). `syntax` and
# `unsupported` lines are ignored; cases expecting only syntax errors are
# skipped. A case whose first line says `// crate: lib` is compiled as a lib.
# Skips (passes) with a message when rustc is not installed.
dir=$1
rustc=$(command -v rustc 2>/dev/null)
[ -z "$rustc" ] && [ -x "$HOME/.cargo/bin/rustc" ] && rustc=$HOME/.cargo/bin/rustc
if [ -z "$rustc" ]; then
  echo "SKIP: rustc not found on PATH or in ~/.cargo/bin"
  exit 0
fi
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
for f in "$dir"/*.rs; do
  if grep -q '^// expect: syntax' "$f"; then continue; fi
  want=$(sed -n -e 's|^// expect: \(E[0-9]*\) \([0-9]*:[0-9]*\).*|\1 \2|p' \
               -e 's|^// expect: \(lifetime\) \([0-9]*:[0-9]*\).*|\1 \2|p' "$f" | sort)
  ct=bin
  grep -q '^// crate: lib' "$f" && ct=lib
  "$rustc" --edition 2024 --crate-type $ct --emit=metadata -o "$tmp/x.rmeta" \
    --error-format=json "$f" 2>"$tmp/err.json" >/dev/null
  got=$(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    try: d = json.loads(line)
    except ValueError: continue
    if d.get("level") != "error" or d["message"].startswith("aborting"): continue
    code = (d.get("code") or {}).get("code") or (
        "lifetime" if d["message"].startswith("lifetime may not") else "null")
    sp = [s for s in d["spans"] if s["is_primary"]]
    if not sp: continue
    s = sp[0]
    # a span inside a macro (std'"'"'s `vec!` too): its use site in the case
    while s.get("expansion") and s["file_name"] != sys.argv[2]:
        s = s["expansion"]["span"]
    print(code, "%d:%d" % (s["line_start"], s["column_start"]))
' "$tmp/err.json" "$f" | sort)
  if [ "$want" = "$got" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $(basename "$f")"
    echo "  expected: $(echo $want)"
    echo "  rustc:    $(echo $got)"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
