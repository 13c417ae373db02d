#!/bin/sh
# No program rustc accepts is drawn with a dangling or conflicting
# reference: `borrowmap timeline-stats` over the corpora (those present) and
# the held-out sets fails, naming the program, when one is.
#   timeline_clean.sh BORROWMAP CORPUS_DIR TESTS_DIR
bm=$1 corpus=$2 tests=$3
set --
for f in "$corpus/book.jsonl" "$corpus/learner.jsonl" "$corpus/types.jsonl" "$corpus/rustc-ui.jsonl" \
         "$tests/heldout/heldout.jsonl" "$tests/heldout2/heldout2.jsonl"; do
  [ -f "$f" ] && set -- "$@" "$f"
done
exec "$bm" timeline-stats "$@"
