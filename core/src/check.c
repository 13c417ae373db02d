/*
 * check.c: the ownership checker, run once the source parses.
 *
 *   items (types.c) -> signatures (lifetimes.c: E0106; like rustc, an
 *   E0106 stops here) -> each fn body lowered (lower.c) -> moves.c
 *   -> borrows.c -> lifetimes.c (regions of the signature)
 * A fn whose lowering met something not modelled is skipped entirely: its
 * `unsupported` note says why, and no error is reported inside it. A fn
 * with name or type errors (`tainted`, from typeck.c) is not borrow
 * checked, as rustc does not.
 */
#include "bm.h"

/* Is the fn (or closure body) inside one of the tainted byte ranges? */
static bool tainted_fn(const BmFn *fn, const BmRange *tainted, uint32_t ntainted) {
  uint32_t at;
  if (!ts_node_is_null(fn->node)) at = ts_node_start_byte(fn->node);
  else if (fn->nodes.len) at = fn->nodes.items[0].start;
  else return false;
  for (uint32_t i = 0; i < ntainted; i++)
    if (at >= tainted[i].start && at < tainted[i].end) return true;
  return false;
}

BmChecked *bm_check_program(BmDiagSink *sink, TSParser *parser, TSNode root, const char *text,
                            const BmRange *tainted, uint32_t ntainted) {
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
    /* like rustc, no borrow checking of a body with name or type errors */
    if (tainted_fn(fn, tainted, ntainted)) continue;
    bm_check_moves(sink, fn);
    bm_check_borrows(sink, fn);
    bm_check_regions(sink, &prog, fn);
  }
  *out->prog = prog;
  out->fns = cx.fns.items;
  out->nfns = cx.fns.len;
  return out;
}
