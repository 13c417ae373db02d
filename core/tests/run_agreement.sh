#!/bin/sh
# Output agreement of `borrowmap run` with rustc-built programs (see
# run_agreement.py for the rules). Usage: run_agreement.sh BORROWMAP [MIN] [CACHE]
# Without rustc the test is skipped (exit 77, which ctest reports as skipped).
set -eu
here=$(dirname "$0")
bm=$1
min=${2:-0}
cache=${3:-${TMPDIR:-/tmp}/bm-run-agreement}
corpus="$here/../../../shared/corpus"
[ -d "$corpus" ] || corpus="$here/../../shared/corpus"
exec python3 "$here/run_agreement.py" --borrowmap "$bm" --min "$min" --cache "$cache" \
  "$corpus/book.jsonl" "$corpus/learner.jsonl"
