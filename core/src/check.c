/*
 * check.c: the ownership checker, run once the source parses.
 *
 *   items (types.c) -> signatures (lifetimes.c: E0106; like rustc, an
 *   E0106 stops here) -> each fn body lowered (lower.c) -> moves.c
 *   -> borrows.c -> lifetimes.c (regions of the signature)
 * A fn whose lowering met something not modelled is skipped entirely: its
 * `unsupported` note says why, and no error is reported inside it.
 */
#include "bm.h"

BmChecked *bm_check_program(BmDiagSink *sink, TSParser *parser, TSNode root, const char *text) {
  BmChecked *out = bm_arena_alloc(sink->arena, sizeof *out);
  out->prog = bm_arena_alloc(sink->arena, sizeof *out->prog);
  BmProgram prog = {0};
  prog.arena = sink->arena;
  prog.text = text;
  bm_program_collect(&prog, root);
  uint32_t before = sink->diags.len;
  bm_check_signatures(sink, &prog, root);
  /* rustc stops before borrow checking when a signature lacks a lifetime */
  if (sink->diags.len > before) {
    *out->prog = prog;
    return out;
  }
  BmLowerCtx cx = {0};
  cx.prog = &prog;
  cx.sink = sink;
  cx.parser = parser;
  bm_lower_program(&cx, root);
  for (uint32_t i = 0; i < cx.fns.len; i++) {
    BmFn *fn = cx.fns.items[i];
    if (fn->unsupported) continue;
    bm_check_moves(sink, fn);
    bm_check_borrows(sink, fn);
    bm_check_regions(sink, &prog, fn);
  }
  *out->prog = prog;
  out->fns = cx.fns.items;
  out->nfns = cx.fns.len;
  return out;
}
