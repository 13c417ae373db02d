#!/bin/sh
# cli_test.sh BORROWMAP TESTS_DIR: the command line's exit codes and formats.
bm=$1
dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() { # name expected-status actual-status
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "PASS $1";
  else failed=$((failed + 1)); echo "FAIL $1: expected exit $2, got $3"; fi
}
contains() { # name file text
  if grep -qF -- "$3" "$2"; then passed=$((passed + 1)); echo "PASS $1";
  else failed=$((failed + 1)); echo "FAIL $1: no '$3' in:"; cat "$2"; fi
}

"$bm" check "$dir/cases/syntax-clean.rs" >"$tmp/out" 2>&1; check clean-exit-0 0 $?
"$bm" check "$dir/cases/syntax-missing-semicolon.rs" >"$tmp/out" 2>&1; check error-exit-1 1 $?
contains human-header "$tmp/out" "error: expected \`;\`"
contains human-arrow "$tmp/out" "--> $dir/cases/syntax-missing-semicolon.rs:4:"
contains human-caret "$tmp/out" "^"
contains human-summary "$tmp/out" "aborting due to 1 previous error"
"$bm" check --json "$dir/cases/syntax-missing-semicolon.rs" >"$tmp/out" 2>&1; check json-exit-1 1 $?
contains json-version "$tmp/out" '"version": 1'
contains json-diag "$tmp/out" '"message": "expected `;`"'
"$bm" check --json - <"$dir/cases/syntax-clean.rs" >"$tmp/out" 2>&1; check stdin-exit-0 0 $?
contains stdin-json "$tmp/out" '"diagnostics": []'
printf 'pub fn f() {}\n' >"$tmp/nomain.rs"
"$bm" check "$tmp/nomain.rs" >"$tmp/out" 2>&1; check crate-unknown-no-main-exit-0 0 $?
"$bm" check --crate-type lib "$tmp/nomain.rs" >"$tmp/out" 2>&1; check crate-lib-exit-0 0 $?
"$bm" check --crate-type bin "$tmp/nomain.rs" >"$tmp/out" 2>&1; check crate-bin-exit-1 1 $?
contains crate-bin-e0601 "$tmp/out" "error[E0601]"
"$bm" check --crate-type exe "$tmp/nomain.rs" >"$tmp/out" 2>&1; check crate-bad-exit-2 2 $?
"$bm" check "$tmp/does-not-exist.rs" >"$tmp/out" 2>&1; check missing-file-exit-2 2 $?
contains missing-file-msg "$tmp/out" "cannot open"
printf 'fn main() { \377 }' >"$tmp/bin.rs"
"$bm" check "$tmp/bin.rs" >"$tmp/out" 2>&1; check not-utf8-exit-2 2 $?
contains not-utf8-msg "$tmp/out" "not valid UTF-8"
head -c 3000000 /dev/zero | tr '\0' 'a' >"$tmp/big.rs"
"$bm" check "$tmp/big.rs" >"$tmp/out" 2>&1; check too-large-exit-2 2 $?
contains too-large-msg "$tmp/out" "too large"
"$bm" >"$tmp/out" 2>&1; check usage-exit-2 2 $?
"$bm" check --bogus x.rs >"$tmp/out" 2>&1; check bad-flag-exit-2 2 $?
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
