/*
 * typeck.c: the typed front end of one analysis.
 *
 *   the snippet's tree -> HIR (hir.c) -> names (resolve.c, against std's
 *   tables) -> impl index (trait.c) -> every body typed (infer.c)
 *
 * The snippet's defs get ids after std's, and its symbol table chains to
 * the session's, so one id space and one name space serve both crates.
 * Everything lives in the analysis's arena; std is only read.
 */
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

BmTyped *bm_typeck_program(BmArena *arena, BmArena *scratch, BmDiagSink *sink, const BmSource *src,
                           const BmStd *std, TSParser *parser, const BmMacros *macros, TSNode root,
                           uint16_t edition) {
  BmTyped *out = bm_arena_alloc(arena, sizeof *out);
  const BmCrate *stdc = bm_std_crate(std);
  BmSymTab *syms = bm_symtab_new(arena, bm_std_syms(std));
  BmCrate *crate = bm_arena_alloc(arena, sizeof *crate);
  crate->arena = arena;
  crate->syms = syms;
  crate->base = stdc->base + stdc->defs.len;
  crate->root = NONE;
  BmHirBuilder b;
  memset(&b, 0, sizeof b);
  b.arena = arena;
  b.scratch = scratch;
  b.syms = syms;
  b.parser = parser;
  b.text = src->text;
  b.length = src->length;
  b.sink = sink;
  b.macros = macros;
  b.crate = crate;
  bm_hir_lower_file(&b, root);
  if (scratch) bm_arena_free(scratch);
  out->crate = crate;

  BmResolver *r = bm_arena_alloc(arena, sizeof *r);
  r->arena = arena;
  r->syms = syms;
  r->stdc = stdc;
  r->std_scopes = bm_std_scopes(std);
  r->crate = crate;
  r->sink = sink;
  r->std_root = stdc->root;
  r->prelude = bm_std_prelude(std, edition);
  r->edition = edition;
  uint32_t before = sink ? sink->diags.len : 0;
  bm_resolve_crate(r);
  out->res = r;
  out->resolve_errors = sink ? sink->diags.len - before : 0;

  BmTcx *tcx = bm_arena_alloc(arena, sizeof *tcx);
  tcx->arena = arena;
  tcx->sink = sink;
  tcx->src = src;
  tcx->res = r;
  tcx->stdc = stdc;
  tcx->local = crate;
  tcx->syms = syms;
  tcx->std = std;
  tcx->edition = edition;
  tcx->ndefs = crate->base + crate->defs.len;
  tcx->err = bm_ty_mk(tcx, BM_TK_ERR, 0, 0, 0, NULL, 0);
  tcx->unit = bm_ty_mk(tcx, BM_TK_TUPLE, 0, 0, 0, NULL, 0);
  tcx->never = bm_ty_mk(tcx, BM_TK_NEVER, 0, 0, 0, NULL, 0);
  tcx->boolean = bm_ty_mk(tcx, BM_TK_BOOL, 0, 0, 0, NULL, 0);
  tcx->chr = bm_ty_mk(tcx, BM_TK_CHAR, 0, 0, 0, NULL, 0);
  tcx->str = bm_ty_mk(tcx, BM_TK_STR, 0, 0, 0, NULL, 0);
  tcx->re_erased = bm_ty_mk(tcx, BM_TK_RE_ERASED, 0, 0, 0, NULL, 0);
  tcx->re_static = bm_ty_mk(tcx, BM_TK_RE_STATIC, 0, 0, 0, NULL, 0);
  for (int p = BM_PRIM_I8; p <= BM_PRIM_STR; p++) tcx->ints[p] = bm_ty_int(tcx, (BmPrim)p);
  out->tcx = tcx;
  bm_trait_index(tcx);

  before = sink ? sink->diags.len : 0;
  out->bodies = bm_typeck_crate(tcx);
  for (uint32_t i = 0; i < crate->bodies.len; i++) bm_check_matches(tcx, out->bodies[i]);
  bm_check_items(tcx, out->bodies);
  out->type_errors = sink ? sink->diags.len - before : 0;
  for (uint32_t i = 0; i < crate->bodies.len; i++) {
    out->typed += out->bodies[i]->typed;
    out->untyped += out->bodies[i]->untyped;
  }
  return out;
}

BmInfer *bm_typed_body(const BmTyped *t, BmDefId def) {
  for (uint32_t i = 0; i < t->crate->bodies.len; i++)
    if (t->crate->bodies.items[i]->owner == def) return t->bodies[i];
  return NULL;
}
