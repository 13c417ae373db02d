#!/bin/sh
# run_agreement.sh BORROWMAP CORPUS_DIR MIN [CACHE] [FILE.jsonl...]: output
# agreement of `borrowmap run` with the rustc-built programs of the corpus
# files (book.jsonl and learner.jsonl by default; rules: run_agreement.py). Fails when fewer than MIN agree
# (a floor against regressions); passes with a message (SKIP) when rustc,
# python3 or the corpus is absent.
bm=$1; dir=${BM_CORPUS_DIR:-$2}; min=$3
cache=${4:-${TMPDIR:-/tmp}/bm-run-agreement}
if [ $# -ge 4 ]; then shift 4; else shift $#; fi
files=${*:-book.jsonl learner.jsonl}
# files that live in the repository (heldout) are found there whatever
# $BM_CORPUS_DIR says
first=${files%% *}
[ -f "$dir/$first" ] || [ ! -f "$2/$first" ] || dir=$2
here=$(dirname "$0")
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 0; }
paths=""
for f in $files; do
  [ -f "$dir/$f" ] || { echo "SKIP: corpus file $dir/$f not found (set BM_CORPUS_DIR)"; exit 0; }
  paths="$paths $dir/$f"
done
# shellcheck disable=SC2086
python3 "$here/run_agreement.py" --borrowmap "$bm" --min "$min" --cache "$cache" $paths
rc=$?
if [ $rc = 77 ]; then echo "SKIP: rustc not found on PATH or in ~/.cargo/bin"; exit 0; fi
exit $rc
