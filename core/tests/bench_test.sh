#!/bin/sh
# bench_test.sh BORROWMAP DEFAULT_CORPUS_DIR MAX_FALSE_ALARMS_PCT FILE.jsonl...
# Runs `borrowmap bench` over corpus files found in $BM_CORPUS_DIR or the
# default directory; passes with a message when the corpus is absent.
bm=$1; default=$2; dir=${BM_CORPUS_DIR:-$2}; max=$3; shift 3
# files that live in the repository (heldout) are found there whatever
# $BM_CORPUS_DIR says
[ -f "$dir/$1" ] || [ ! -f "$default/$1" ] || dir=$default
for f in "$@"; do
  if [ ! -f "$dir/$f" ]; then
    echo "SKIP: corpus file $dir/$f not found (set BM_CORPUS_DIR)"
    exit 0
  fi
done
cd "$dir" || exit 0
exec "$bm" bench -q --max-false-alarms "$max" "$@"
