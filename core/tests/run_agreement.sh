#!/bin/sh
# run_agreement.sh BORROWMAP CORPUS_DIR MIN [CACHE]: output agreement of
# `borrowmap run` with the rustc-built programs of book.jsonl and
# learner.jsonl (rules: run_agreement.py). Fails when fewer than MIN agree
# (a floor against regressions); passes with a message (SKIP) when rustc,
# python3 or the corpus is absent.
bm=$1; dir=${BM_CORPUS_DIR:-$2}; min=$3
cache=${4:-${TMPDIR:-/tmp}/bm-run-agreement}
here=$(dirname "$0")
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 0; }
for f in book.jsonl learner.jsonl; do
  [ -f "$dir/$f" ] || { echo "SKIP: corpus file $dir/$f not found (set BM_CORPUS_DIR)"; exit 0; }
done
python3 "$here/run_agreement.py" --borrowmap "$bm" --min "$min" --cache "$cache" \
  "$dir/book.jsonl" "$dir/learner.jsonl"
rc=$?
if [ $rc = 77 ]; then echo "SKIP: rustc not found on PATH or in ~/.cargo/bin"; exit 0; fi
exit $rc
