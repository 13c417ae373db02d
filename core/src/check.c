/*
 * check.c: the ownership checker, run once the source parses.
 *
 *   items (types.c) -> signatures (lifetimes.c: E0106; like rustc, an
 *   E0106 stops here) -> each fn body lowered (lower.c) -> moves.c
 *   -> borrows.c -> lifetimes.c (regions of the signature) -> perms.c
 *   (the permissions view, from what moves.c and borrows.c computed)
 * A fn whose lowering met something not modelled is skipped entirely: its
 * `unsupported` note says why, and no error is reported inside it. A fn
 * with name or type errors (`tainted`, from typeck.c) is not borrow
 * checked, as rustc does not.
 * Each fn item is checked as soon as it is lowered (with its closures and
 * nested fns), so when the work budget runs out (limits.c) everything before
 * that point has been checked in full, and one note says where it stopped.
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

/* Check the fns lowered since `first` (lower.c calls this after each fn item). */
static void check_new_fns(BmLowerCtx *cx, uint32_t first) {
  BmDiagSink *sink = cx->sink;
  for (uint32_t i = first; i < cx->fns.len; i++) {
    BmFn *fn = cx->fns.items[i];
    if (fn->unsupported) continue;
    if (tainted_fn(fn, cx->tainted, cx->ntainted)) continue;
    if (bm_out_of_work(sink->limits)) {
      bm_lower_out_of_work(cx, fn);
      return;
    }
    uint32_t diags = sink->diags.len;
    if (cx->perms && !ts_node_is_null(fn->node)) fn->facts = bm_arena_alloc(sink->arena, sizeof *fn->facts);
    bm_check_moves(sink, fn);
    bm_check_borrows(sink, fn);
    bm_check_regions(sink, cx->prog, fn);
    if (bm_out_of_work(sink->limits)) {
      /* not checked in full: what it found is kept out, so no error is ever
       * reported from a half-done pass; the note says so */
      sink->diags.len = diags;
      sink->points.len = diags;
      bm_lower_out_of_work(cx, fn);
      return;
    }
    if (fn->facts) bm_perms_fn(cx->perms, sink, fn, diags);
  }
}

BmChecked *bm_check_program(BmDiagSink *sink, const BmMacros *macros, TSNode root,
                            const char *text, const BmRange *tainted, uint32_t ntainted,
                            BmPerms *perms) {
  BmChecked *out = bm_arena_alloc(sink->arena, sizeof *out);
  out->prog = bm_arena_alloc(sink->arena, sizeof *out->prog);
  BmProgram prog = {0};
  prog.arena = sink->arena;
  prog.text = text;
  prog.sink = sink;
  prog.limits = sink->limits;
  prog.macros = macros;
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
  cx.after_item = check_new_fns;
  cx.tainted = tainted;
  cx.ntainted = ntainted;
  cx.perms = perms;
  bm_lower_program(&cx, root);
  *out->prog = prog;
  out->fns = cx.fns.items;
  out->nfns = cx.fns.len;
  return out;
}
