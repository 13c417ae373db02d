/*
 * infer.c: type inference of one body.
 *
 * Computes, for every expression and pattern of a body, its type; for
 * method calls, calls of paths and paths to fns and consts, the def and
 * generic arguments used; for expressions used at coercion sites and as
 * receivers, their adjustments; for binding patterns, their binding mode
 * after match ergonomics.
 *
 * How: expectations flow down, types flow up; variables are union-find
 * nodes with an undo log (method probing and impl selection try a
 * unification in a snapshot and roll it back); obligations (trait bounds
 * of the fns called, Display for `{}`, From for `?`) wait in `pending`
 * until their types are known, and guide inference when one impl fits
 * (closure signatures come from the Fn bounds of the callee). Integer and
 * float literals default to i32 and f64 at the end.
 *
 * Errors are reported only when every type involved is known: the error
 * type (what we do not model) unifies with everything and silences them,
 * and a body with something unmodelled is marked incomplete.
 */
#include <stdio.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

static BmTcx *TCX(BmInfer *ix) { return ix->tcx; }
static BmDef *DEF(BmInfer *ix, BmDefId id) { return bm_def(ix->tcx->stdc, ix->tcx->local, id); }

/* ---- variables */

static BmTy *fresh_cb(void *ctx) {
  BmInfer *ix = ctx;
  BmRange none = {0, 0};
  return bm_infer_fresh(ix, BM_VAR_GENERAL, none);
}

BmTy *bm_infer_fresh(BmInfer *ix, BmVarKind kind, BmRange origin) {
  BmVar v = {NULL, ix->vars.len, (uint8_t)kind, origin};
  bm_array_push(TCX(ix)->arena, &ix->vars, v);
  return bm_ty_var(TCX(ix), ix->vars.len - 1, kind);
}

static uint32_t find(BmInfer *ix, uint32_t v) {
  while (ix->vars.items[v].parent != v) v = ix->vars.items[v].parent;
  return v;
}

static void log_var(BmInfer *ix, uint32_t v) {
  if (!ix->snapshots) return;
  BmVar *var = &ix->vars.items[v];
  BmUndo u = {v, var->value, var->parent, var->kind};
  bm_array_push(TCX(ix)->arena, &ix->undo, u);
}

uint32_t bm_infer_snapshot(BmInfer *ix) {
  ix->snapshots++;
  return ix->undo.len;
}

void bm_infer_rollback(BmInfer *ix, uint32_t snap) {
  while (ix->undo.len > snap) {
    BmUndo u = ix->undo.items[--ix->undo.len];
    BmVar *v = &ix->vars.items[u.var];
    v->value = u.old_value;
    v->parent = u.old_parent;
    v->kind = u.old_kind;
  }
  if (ix->snapshots) ix->snapshots--;
  if (!ix->snapshots) ix->undo.len = 0;
}

void bm_infer_commit(BmInfer *ix, uint32_t snap) {
  (void)snap;
  if (ix->snapshots) ix->snapshots--;
  if (!ix->snapshots) ix->undo.len = 0;
}

BmTy *bm_infer_shallow(BmInfer *ix, BmTy *t) {
  for (int guard = 0; t && t->kind == BM_TK_INFER && guard < 64; guard++) {
    uint32_t root = find(ix, (uint32_t)t->idx);
    BmVar *v = &ix->vars.items[root];
    if (!v->value) {
      /* the root may have a different kind than the variable's type says */
      if (v->kind != t->sub || root != t->idx) return bm_ty_var(TCX(ix), root, (BmVarKind)v->kind);
      return t;
    }
    t = v->value;
  }
  return t;
}

static BmTy *resolve_deep(BmInfer *ix, BmTy *t, int depth) {
  t = bm_infer_shallow(ix, t);
  if (!(t->flags & BM_TYF_INFER)) return t;
  if (depth > 64) return TCX(ix)->err;
  BmTy *buf[16];
  BmTy **na = t->nargs <= 16 ? buf : bm_arena_alloc(TCX(ix)->arena, t->nargs * sizeof *na);
  bool changed = false;
  for (uint32_t i = 0; i < t->nargs; i++) {
    na[i] = resolve_deep(ix, t->args[i], depth + 1);
    if (na[i] != t->args[i]) changed = true;
  }
  if (!changed) return t;
  return bm_ty_mk(TCX(ix), t->kind, t->sub, t->def, t->idx, na, t->nargs);
}

BmTy *bm_infer_resolve(BmInfer *ix, BmTy *t) { return t ? resolve_deep(ix, t, 0) : t; }

bool bm_infer_is_known(BmInfer *ix, BmTy *t) {
  t = bm_infer_resolve(ix, t);
  return !(t->flags & (BM_TYF_INFER | BM_TYF_ERR));
}

static bool has_err(BmInfer *ix, BmTy *t) { return (bm_infer_resolve(ix, t)->flags & BM_TYF_ERR) != 0; }

void bm_infer_incomplete(BmInfer *ix, BmRange at, const char *why) {
  if (!ix->incomplete) {
    ix->incomplete = true;
    ix->why = why;
    ix->why_span = at;
  }
}

static bool occurs(BmInfer *ix, uint32_t root, BmTy *t, int depth) {
  t = bm_infer_shallow(ix, t);
  if (depth > 64) return true;
  if (t->kind == BM_TK_INFER) return find(ix, (uint32_t)t->idx) == root;
  if (!(t->flags & BM_TYF_INFER)) return false;
  for (uint32_t i = 0; i < t->nargs; i++)
    if (occurs(ix, root, t->args[i], depth + 1)) return true;
  return false;
}

static BmUnify bind_var(BmInfer *ix, BmTy *var, BmTy *t) {
  uint32_t root = find(ix, (uint32_t)var->idx);
  BmVar *v = &ix->vars.items[root];
  if (t->kind == BM_TK_INFER) {
    uint32_t r2 = find(ix, (uint32_t)t->idx);
    if (r2 == root) return BM_UNIFY_OK;
    BmVar *w = &ix->vars.items[r2];
    /* int/float variables absorb general ones */
    uint8_t kind = v->kind;
    if (kind == BM_VAR_GENERAL) kind = w->kind;
    else if (w->kind != BM_VAR_GENERAL && w->kind != kind) return BM_UNIFY_FAIL;
    log_var(ix, root);
    log_var(ix, r2);
    ix->vars.items[root].parent = r2;
    ix->vars.items[r2].kind = kind;
    return BM_UNIFY_OK;
  }
  if (t->kind == BM_TK_ERR) {
    log_var(ix, root);
    v->value = t;
    return BM_UNIFY_OK;
  }
  if (v->kind == BM_VAR_INT && t->kind != BM_TK_INT) return BM_UNIFY_FAIL;
  if (v->kind == BM_VAR_FLOAT && t->kind != BM_TK_FLOAT) return BM_UNIFY_FAIL;
  if (occurs(ix, root, t, 0)) return BM_UNIFY_FAIL;
  log_var(ix, root);
  v->value = t;
  return BM_UNIFY_OK;
}

static BmUnify unify(BmInfer *ix, BmTy *a, BmTy *b, int depth) {
  a = bm_infer_shallow(ix, a);
  b = bm_infer_shallow(ix, b);
  if (a == b) return BM_UNIFY_OK;
  if (depth > 64) return BM_UNIFY_MAYBE;
  if (a->kind == BM_TK_ERR || b->kind == BM_TK_ERR) return BM_UNIFY_OK;
  if (a->kind == BM_TK_INFER) return bind_var(ix, a, b);
  if (b->kind == BM_TK_INFER) return bind_var(ix, b, a);
  if (bm_ty_is_region(a) && bm_ty_is_region(b)) return BM_UNIFY_OK;
  /* projections we could not normalize: we cannot tell */
  if (a->kind == BM_TK_PROJ || b->kind == BM_TK_PROJ) {
    BmTy *na = a->kind == BM_TK_PROJ ? bm_normalize(ix, a) : a;
    BmTy *nb = b->kind == BM_TK_PROJ ? bm_normalize(ix, b) : b;
    if (na != a || nb != b) return unify(ix, na, nb, depth + 1);
    return BM_UNIFY_MAYBE;
  }
  /* an `impl Trait` result is its own type outside its fn: two of them are
     equal only when they are the same fn's, with the same arguments */
  if (a->kind == BM_TK_OPAQUE || b->kind == BM_TK_OPAQUE) {
    if (a->kind != b->kind) return BM_UNIFY_FAIL;
    if (a->def != b->def || a->idx != b->idx || a->nargs != b->nargs) return BM_UNIFY_FAIL;
  }
  if (a->kind != b->kind || a->sub != b->sub || a->def != b->def || a->nargs != b->nargs) return BM_UNIFY_FAIL;
  if (a->kind == BM_TK_PARAM || a->kind == BM_TK_CONST || a->kind == BM_TK_CLOSURE || a->kind == BM_TK_FNPTR ||
      a->kind == BM_TK_DYN) {
    if (a->idx != b->idx) {
      /* two array lengths: a const parameter is not a number */
      return BM_UNIFY_FAIL;
    }
  }
  BmUnify res = BM_UNIFY_OK;
  for (uint32_t i = 0; i < a->nargs; i++) {
    BmUnify r = unify(ix, a->args[i], b->args[i], depth + 1);
    if (r == BM_UNIFY_FAIL) return r;
    if (r == BM_UNIFY_MAYBE) res = BM_UNIFY_MAYBE;
  }
  return res;
}

BmUnify bm_infer_unify(BmInfer *ix, BmTy *a, BmTy *b) { return unify(ix, a, b, 0); }

/* Unify only if it succeeds; nothing changes otherwise. */
static BmUnify try_unify(BmInfer *ix, BmTy *a, BmTy *b) {
  uint32_t s = bm_infer_snapshot(ix);
  BmUnify r = unify(ix, a, b, 0);
  if (r == BM_UNIFY_FAIL) bm_infer_rollback(ix, s);
  else bm_infer_commit(ix, s);
  return r;
}

/* Would a and b unify? Nothing changes. */
static bool can_unify(BmInfer *ix, BmTy *a, BmTy *b) {
  uint32_t s = bm_infer_snapshot(ix);
  BmUnify r = unify(ix, a, b, 0);
  bm_infer_rollback(ix, s);
  return r != BM_UNIFY_FAIL;
}

BmTy **bm_infer_instantiate(BmInfer *ix, BmDefId def, uint32_t *n, BmRange origin) {
  const BmGenericsInfo *g = bm_generics_of(TCX(ix), def);
  BmTy **args = bm_arena_alloc(TCX(ix)->arena, (g->count ? g->count : 1) * sizeof *args);
  for (uint32_t i = 0; i < g->count; i++)
    args[i] = g->params[i].kind == BM_GP_LIFETIME ? TCX(ix)->re_erased : bm_infer_fresh(ix, BM_VAR_GENERAL, origin);
  *n = g->count;
  return args;
}

/* ---- diagnostics */

static BmDiagSink *SINK(BmInfer *ix) { return TCX(ix)->sink; }

static const char *tystr(BmInfer *ix, BmTy *t) { return bm_ty_str(TCX(ix), bm_infer_resolve(ix, t)); }

/* "expected `X`, found `Y`" in rustc's words (integer / floating-point
 * number for literals not yet typed). */
static const char *found_str(BmInfer *ix, BmTy *t) {
  t = bm_infer_resolve(ix, t);
  if (t->kind == BM_TK_INFER && t->sub == BM_VAR_INT) return "integer";
  if (t->kind == BM_TK_INFER && t->sub == BM_VAR_FLOAT) return "floating-point number";
  return bm_arena_printf(TCX(ix)->arena, "`%s`", bm_ty_str(TCX(ix), t));
}

static bool reportable(BmInfer *ix, BmTy *a, BmTy *b) {
  if (!SINK(ix)) return false;
  if (has_err(ix, a) || has_err(ix, b)) return false;
  BmTy *ra = bm_infer_resolve(ix, a), *rb = bm_infer_resolve(ix, b);
  if ((ra->flags | rb->flags) & BM_TYF_PROJ) return false;
  return true;
}

static void mismatch(BmInfer *ix, BmRange at, BmTy *expected, BmTy *found) {
  if (!reportable(ix, expected, found)) return;
  ix->errors++;
  BmDiagnostic *d = bm_diag_error(SINK(ix), "E0308", at.start, at.end, "mismatched types");
  bm_diag_label(SINK(ix), d, at.start, at.end, "expected %s, found %s", found_str(ix, expected),
                found_str(ix, found));
}

static BmDiagnostic *error(BmInfer *ix, const char *code, BmRange at, const char *fmt, ...) BM_PRINTF(4, 5);
static BmDiagnostic *error(BmInfer *ix, const char *code, BmRange at, const char *fmt, ...) {
  if (!SINK(ix)) return NULL;
  ix->errors++;
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return bm_diag_error(SINK(ix), code, at.start, at.end, "%s", buf);
}

/* ---- lang items */

static BmDefId lang(BmInfer *ix, BmLang l) { return bm_lang(TCX(ix), l); }

static BmTy *lang_adt(BmInfer *ix, BmLang l, BmTy *const *args, uint32_t n) {
  BmDefId d = lang(ix, l);
  if (d == NONE) return TCX(ix)->err;
  const BmGenericsInfo *g = bm_generics_of(TCX(ix), d);
  if (g->count != n) {
    /* fill what the declaration has beyond what we give (none expected) */
    BmTy *buf[8];
    for (uint32_t i = 0; i < g->count && i < 8; i++)
      buf[i] = i < n ? args[i] : bm_infer_fresh(ix, BM_VAR_GENERAL, (BmRange){0, 0});
    return bm_ty_adt(TCX(ix), d, buf, g->count < 8 ? g->count : 8);
  }
  return bm_ty_adt(TCX(ix), d, args, n);
}

static BmTy *string_ty(BmInfer *ix) { return lang_adt(ix, BM_LANG_string, NULL, 0); }

static bool is_adt(BmInfer *ix, BmTy *t, BmLang l) {
  t = bm_infer_shallow(ix, t);
  return t->kind == BM_TK_ADT && t->def == lang(ix, l) && t->def != NONE;
}

/* ---- coercion
 *
 * At a coercion site (let with a type, arguments, returns, struct fields,
 * array elements, arms with a known type): `!` becomes anything; &mut T
 * becomes &T; &T becomes &U when U is reached from T by deref (&String ->
 * &str, &Vec<T> -> &[T], &Box<T> -> &T); &[T; N] becomes &[T]; &T and
 * Box<T> become &dyn Trait and Box<dyn Trait>; fn items and closures
 * without captures become fn pointers. Otherwise the types unify.
 */

/* Does `t` implement the principal trait of `dyn` (and its auto traits)? */
static BmSolve implements_dyn(BmInfer *ix, BmTy *t, BmTy *dyn) {
  if (dyn->def == NONE) return BM_SOLVE_MAYBE;
  uint32_t ntrait = (uint32_t)dyn->idx;
  BmTy *args[32];
  args[0] = t;
  uint32_t n = 1;
  for (uint32_t i = 0; i < ntrait && n < 32; i++) args[n++] = dyn->args[i];
  const BmGenericsInfo *g = bm_generics_of(TCX(ix), dyn->def);
  while (n < g->count && n < 32) args[n++] = bm_infer_fresh(ix, BM_VAR_GENERAL, (BmRange){0, 0});
  return bm_solve(ix, dyn->def, args, n, 0);
}

static BmTy *structurally(BmInfer *ix, BmTy *t);

static BmUnify coerce(BmInfer *ix, BmExprId e, BmTy *from, BmTy *to) {
  /* as rustc: what is pending is decided first, so a variable standing for
     a projection is not taken for the target type */
  from = structurally(ix, from);
  to = bm_infer_shallow(ix, to);
  if (from->kind == BM_TK_REF) {
    BmTy *in = structurally(ix, from->args[1]);
    if (in != from->args[1]) from = bm_ty_ref(TCX(ix), from->args[0], in, from->sub);
  }
  BmAdjust *adj = e != NONE ? &ix->adjust[e] : NULL;
  if (from->kind == BM_TK_NEVER) {
    if (adj) adj->never_to_any = true;
    if (to->kind == BM_TK_INFER && to->sub == BM_VAR_GENERAL)
      bm_array_push(TCX(ix)->arena, &ix->diverging, (uint32_t)to->idx);
    return BM_UNIFY_OK;
  }
  if (from->kind == BM_TK_ERR || to->kind == BM_TK_ERR) return BM_UNIFY_OK;
  if (from->kind == BM_TK_INFER || to->kind == BM_TK_INFER) return unify(ix, from, to, 0);
  if (from->kind == BM_TK_REF && to->kind == BM_TK_REF) {
    if (!from->sub && to->sub) {
      /* & -> &mut never coerces: a mismatch (unless the pointees differ too,
         which unify reports just the same) */
      return BM_UNIFY_FAIL;
    }
    BmTy *target = to->args[1];
    BmTy *t = from->args[1];
    bool overloaded = false;
    for (int k = 0; k < 8 && t; k++) {
      uint32_t s = bm_infer_snapshot(ix);
      BmUnify r = unify(ix, t, target, 0);
      if (r != BM_UNIFY_FAIL) {
        bm_infer_commit(ix, s);
        if (adj && k) {
          adj->derefs = (uint8_t)(k + 1);
          adj->autoref = to->sub ? BM_AUTOREF_MUT : BM_AUTOREF_SHARED;
          adj->overloaded_deref = overloaded;
        } else if (adj && from->sub && !to->sub) {
          adj->reborrow = true;
        }
        return r;
      }
      bm_infer_rollback(ix, s);
      BmTy *tt = bm_infer_shallow(ix, t);
      BmTy *tg = bm_infer_shallow(ix, target);
      /* unsizing: [T; N] -> [T] */
      if (tt->kind == BM_TK_ARRAY && tg->kind == BM_TK_SLICE) {
        BmUnify r2 = unify(ix, tt->args[0], tg->args[0], 0);
        if (r2 != BM_UNIFY_FAIL) {
          if (adj) adj->unsize = true;
          return r2;
        }
      }
      if (tg->kind == BM_TK_DYN && k == 0) {
        BmSolve sv = implements_dyn(ix, tt, tg);
        if (sv != BM_SOLVE_NO) {
          if (adj) adj->unsize = true;
          return sv == BM_SOLVE_YES ? BM_UNIFY_OK : BM_UNIFY_MAYBE;
        }
      }
      if (tt->kind == BM_TK_INFER) return BM_UNIFY_MAYBE;
      bool ov = false;
      t = bm_autoderef_step(ix, tt, &ov);
      if (ov) overloaded = true;
    }
    return BM_UNIFY_FAIL;
  }
  if (to->kind == BM_TK_PTR && from->kind == BM_TK_REF) {
    return unify(ix, from->args[1], to->args[0], 0);
  }
  if (to->kind == BM_TK_FNPTR && (from->kind == BM_TK_FNDEF || from->kind == BM_TK_CLOSURE)) {
    BmTy *params = NULL, *ret = NULL;
    if (from->kind == BM_TK_FNDEF) {
      const BmSig *sig = bm_fn_sig(TCX(ix), (BmDefId)from->def);
      if (!sig) return BM_UNIFY_MAYBE;
      if (sig->nparams + 1 != to->nargs) return BM_UNIFY_FAIL;
      for (uint32_t i = 0; i < sig->nparams; i++) {
        BmTy *p = bm_normalize(ix, bm_ty_subst(TCX(ix), sig->params[i], from->args, from->nargs));
        if (unify(ix, p, to->args[i], 0) == BM_UNIFY_FAIL) return BM_UNIFY_FAIL;
      }
      ret = bm_normalize(ix, bm_ty_subst(TCX(ix), sig->ret, from->args, from->nargs));
      return unify(ix, ret, to->args[to->nargs - 1], 0);
    }
    if (from->def == ix->owner && from->idx < ix->body->closures.len) {
      BmClosureSig *cs = &ix->closures[from->idx];
      params = bm_infer_shallow(ix, cs->params);
      ret = cs->ret;
      if (params->kind != BM_TK_TUPLE || params->nargs + 1 != to->nargs) return BM_UNIFY_FAIL;
      for (uint32_t i = 0; i < params->nargs; i++)
        if (unify(ix, params->args[i], to->args[i], 0) == BM_UNIFY_FAIL) return BM_UNIFY_FAIL;
      return unify(ix, ret, to->args[to->nargs - 1], 0);
    }
    return BM_UNIFY_MAYBE;
  }
  /* Box<T> -> Box<dyn Trait> (and Rc, Arc) */
  if (from->kind == BM_TK_ADT && to->kind == BM_TK_ADT && from->def == to->def && from->nargs >= 1 &&
      to->nargs >= 1) {
    BmTy *tg = bm_infer_shallow(ix, to->args[0]);
    if (tg->kind == BM_TK_DYN) {
      BmTy *src = bm_infer_shallow(ix, from->args[0]);
      if (src->kind != BM_TK_DYN) {
        BmSolve sv = implements_dyn(ix, src, tg);
        if (sv != BM_SOLVE_NO) {
          if (adj) adj->unsize = true;
          return sv == BM_SOLVE_YES ? BM_UNIFY_OK : BM_UNIFY_MAYBE;
        }
        return BM_UNIFY_FAIL;
      }
    }
  }
  return unify(ix, from, to, 0);
}

/* Where rustc points at a mismatch of an expression's value: a block's
 * tail (the innermost one), else the expression. */
static BmRange value_span(BmInfer *ix, BmExprId id) {
  for (int guard = 0; guard < 64; guard++) {
    BmExpr *e = &ix->body->exprs.items[id];
    if (e->kind == BM_EX_BLOCK && e->a != NONE) { id = e->a; continue; }
    if (e->kind == BM_EX_UNSAFE && e->a != NONE) { id = e->a; continue; }
    return e->span;
  }
  return ix->body->exprs.items[id].span;
}

/* A coercion whose failure is E0308 at the expression. */
static void coerce_or_report(BmInfer *ix, BmExprId e, BmTy *from, BmTy *to) {
  if (coerce(ix, e, from, to) == BM_UNIFY_FAIL) mismatch(ix, value_span(ix, e), to, from);
}

/* ---- obligations */

static void oblige(BmInfer *ix, BmDefId trait, BmTy *const *args, uint32_t n, BmRange at, uint8_t why) {
  if (trait == NONE) return;
  BmPred p;
  memset(&p, 0, sizeof p);
  p.trait = trait;
  p.nargs = n;
  p.args = bm_arena_alloc(TCX(ix)->arena, (n ? n : 1) * sizeof *p.args);
  memcpy(p.args, args, n * sizeof *args);
  p.assoc = NONE;
  p.span = at;
  p.why = why;
  bm_array_push(TCX(ix)->arena, &ix->pending, p);
}

static void oblige_lang(BmInfer *ix, BmLang l, BmTy *self, BmRange at, uint8_t why) {
  BmDefId tr = lang(ix, l);
  if (tr == NONE) return;
  const BmGenericsInfo *g = bm_generics_of(TCX(ix), tr);
  BmTy *args[8];
  args[0] = self;
  uint32_t n = 1;
  while (n < g->count && n < 8) args[n++] = bm_infer_fresh(ix, BM_VAR_GENERAL, at);
  oblige(ix, tr, args, n, at, why);
}

/* The predicates of a def (its bounds and where clauses), instantiated. */
static void oblige_predicates(BmInfer *ix, BmDefId def, BmTy *const *args, uint32_t nargs, BmRange at,
                              uint8_t why) {
  BmPred *preds;
  uint32_t n;
  bm_predicates_of(TCX(ix), def, &preds, &n);
  for (uint32_t i = 0; i < n; i++) {
    BmPred p = preds[i];
    BmTy **pa = bm_arena_alloc(TCX(ix)->arena, (p.nargs ? p.nargs : 1) * sizeof *pa);
    for (uint32_t k = 0; k < p.nargs; k++) pa[k] = bm_ty_subst(TCX(ix), p.args[k], args, nargs);
    p.args = pa;
    if (p.ty) p.ty = bm_ty_subst(TCX(ix), p.ty, args, nargs);
    p.span = at;
    p.why = why;
    bm_array_push(TCX(ix)->arena, &ix->pending, p);
  }
}

static void report_unsatisfied(BmInfer *ix, const BmPred *p);

/* Decide what can be decided; keep the rest. Projection predicates unify
 * the normalized associated type with their value. */
static void select_pending(BmInfer *ix) {
  for (int round = 0; round < 8; round++) {
    bool progress = false;
    uint32_t w = 0;
    for (uint32_t i = 0; i < ix->pending.len; i++) {
      BmPred p = ix->pending.items[i];
      bool keep = true;
      if (p.assoc != NONE) {
        BmTy *proj = bm_ty_mk(TCX(ix), BM_TK_PROJ, 0, p.assoc, 0, p.args, p.nargs);
        bool saved = ix->no_defer;
        ix->no_defer = true;
        BmTy *n = bm_normalize(ix, proj);
        ix->no_defer = saved;
        if (n != proj && bm_infer_shallow(ix, n)->kind != BM_TK_PROJ) {
          if (unify(ix, n, p.ty, 0) == BM_UNIFY_FAIL && reportable(ix, n, p.ty)) {
            /* a bound `Assoc = T` that the impl does not meet */
            BmTy *self = bm_infer_resolve(ix, p.args[0]);
            BmDef *ad = DEF(ix, p.assoc);
            error(ix, "E0271", p.span, "type mismatch resolving `<%s as %s>::%s == %s`", bm_ty_str(TCX(ix), self),
                  bm_sym_str(TCX(ix)->syms, DEF(ix, ad->parent)->name), bm_sym_str(TCX(ix)->syms, ad->name),
                  tystr(ix, p.ty));
          }
          keep = false;
          progress = true;
        }
      } else {
        BmSolve s = bm_solve(ix, p.trait, p.args, p.nargs, 0);
        if (s == BM_SOLVE_YES) {
          keep = false;
          progress = true;
        } else if (s == BM_SOLVE_NO) {
          report_unsatisfied(ix, &p);
          keep = false;
          progress = true;
        }
      }
      if (keep) ix->pending.items[w++] = p;
    }
    ix->pending.len = w;
    if (!progress) break;
  }
}

/* A variable's type once what is pending has been decided. */
static BmTy *structurally(BmInfer *ix, BmTy *t) {
  t = bm_infer_shallow(ix, t);
  if (t->kind == BM_TK_INFER && t->sub == BM_VAR_GENERAL) {
    select_pending(ix);
    t = bm_infer_shallow(ix, t);
  }
  if (t->kind == BM_TK_PROJ) {
    BmTy *n = bm_normalize(ix, t);
    t = bm_infer_shallow(ix, n);
  }
  return t;
}

/* ---- expressions: forward declarations */

static BmTy *expr(BmInfer *ix, BmExprId id, BmTy *expected);
static BmTy *expr_coerce(BmInfer *ix, BmExprId id, BmTy *target);
static void pat(BmInfer *ix, BmPatId id, BmTy *expected, uint8_t mode);
static BmTy *block(BmInfer *ix, BmExprId id, BmTy *expected);

static BmExpr *E(BmInfer *ix, BmExprId id) { return bm_array_get(&ix->body->exprs, id); }
static BmPat *P(BmInfer *ix, BmPatId id) { return bm_array_get(&ix->body->pats, id); }
static BmExprId LIST(BmInfer *ix, uint32_t i) { return ix->body->list.items[i]; }

static BmTy *record(BmInfer *ix, BmExprId id, BmTy *t) {
  ix->expr_ty[id] = t;
  if (bm_infer_shallow(ix, t)->kind == BM_TK_NEVER) ix->diverges = true;
  return t;
}

static BmTy *expr_coerce(BmInfer *ix, BmExprId id, BmTy *target) {
  BmTy *t = expr(ix, id, target);
  coerce_or_report(ix, id, t, target);
  return target;
}

/* ---- paths in expressions */

static const BmPathSeg *last_seg(const BmPath *p) { return p && p->nsegs ? &p->segs[p->nsegs - 1] : NULL; }

/* The value a def names, instantiated (fn items, constructors, consts). */
static BmTy *def_value(BmInfer *ix, BmExprId id, BmDefId def, BmTy *const *parent, uint32_t nparent,
                       const BmPathSeg *seg, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmDef *d = DEF(ix, def);
  BmRange at = E(ix, id)->span;
  switch (d->kind) {
  case BM_DEF_FN: {
    uint32_t n;
    BmTy **args = bm_lower_seg_args(tcx, ix->owner, def, seg, parent, nparent, &n, NULL);
    ix->callee[id].def = def;
    ix->callee[id].args = args;
    ix->callee[id].nargs = n;
    oblige_predicates(ix, def, args, n, at, BM_WHY_CALL);
    return bm_ty_mk(tcx, BM_TK_FNDEF, 0, def, 0, args, n);
  }
  case BM_DEF_CONST:
  case BM_DEF_STATIC: {
    BmTy *t = bm_type_of(tcx, def);
    if (nparent) t = bm_ty_subst(tcx, t, parent, nparent);
    ix->callee[id].def = def;
    return bm_normalize(ix, t);
  }
  case BM_DEF_STRUCT:
  case BM_DEF_VARIANT: {
    BmDefId adt = d->kind == BM_DEF_VARIANT ? d->parent : def;
    uint32_t n;
    BmTy **args;
    if (nparent) {
      args = (BmTy **)parent;
      n = nparent;
    } else {
      tcx->no_defaults = true;
      args = bm_lower_seg_args(tcx, ix->owner, adt, seg, NULL, 0, &n, NULL);
      tcx->no_defaults = false;
    }
    if (d->ctor == BM_CTOR_UNIT) return bm_ty_adt(tcx, adt, args, n);
    if (d->ctor == BM_CTOR_TUPLE) return bm_ty_mk(tcx, BM_TK_FNDEF, 0, def, 0, args, n);
    /* a struct with named fields as a value: resolve.c reported it */
    return tcx->err;
  }
  default:
    (void)expected;
    return tcx->err;
  }
}

static bool std_item_may_exist(BmInfer *ix, BmTy *recv, BmSym sym, int kind);

/* `Base::name` (type-relative): an associated fn, const or variant. */
static BmTy *assoc_value(BmInfer *ix, BmExprId id, BmTy *base, BmSym name, const BmPathSeg *seg,
                         BmRange name_span, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  base = structurally(ix, base);
  if (base->kind == BM_TK_ERR) return tcx->err;
  BmPick pick;
  BmProbe pr = bm_probe_assoc(ix, base, name, &pick);
  if (pr == BM_PROBE_FOUND) {
    BmDef *d = DEF(ix, pick.def);
    if (d->kind == BM_DEF_VARIANT) return def_value(ix, id, pick.def, pick.args, pick.nargs, NULL, expected);
    BmTy *v = def_value(ix, id, pick.def, pick.args, pick.nargs, seg, expected);
    ix->callee[id].via_trait = pick.via_trait;
    return v;
  }
  if (pr == BM_PROBE_UNKNOWN || !bm_infer_is_known(ix, base) ||
      std_item_may_exist(ix, base, name, 1 /* BM_DOC_ASSOC */)) {
    bm_infer_incomplete(ix, name_span, "an associated item borrowmap does not know");
    return tcx->err;
  }
  BmTy *rb = bm_infer_resolve(ix, base);
  const char *what = "function or associated item";
  if (rb->kind == BM_TK_ADT && DEF(ix, rb->def)->kind == BM_DEF_ENUM) what = "variant or associated item";
  const char *kind = rb->kind == BM_TK_ADT ? bm_adt_descr(tcx, rb->def) : "type";
  BmDiagnostic *dg = error(ix, "E0599", name_span, "no %s named `%s` found for %s `%s` in the current scope", what,
                           bm_sym_str(tcx->syms, name), kind, bm_ty_str(tcx, rb));
  if (dg) bm_diag_label(SINK(ix), dg, name_span.start, name_span.end, "%s not found in `%s`", what, bm_ty_str(tcx, rb));
  return tcx->err;
}

/* A trait's associated fn or const named as `Trait::name` (Self unknown). */
static BmTy *trait_item_value(BmInfer *ix, BmExprId id, BmDefId trait, BmSym name, const BmPathSeg *seg,
                              const BmPathSeg *trait_seg, BmRange at) {
  BmTcx *tcx = TCX(ix);
  BmDef *t = DEF(ix, trait);
  BmDefId item = NONE;
  for (uint32_t i = 0; i < t->nitems; i++)
    if (DEF(ix, t->items[i])->name == name && DEF(ix, t->items[i])->kind != BM_DEF_ASSOC_TYPE) item = t->items[i];
  if (item == NONE) {
    bm_infer_incomplete(ix, at, "an item of a trait borrowmap does not know");
    return tcx->err;
  }
  uint32_t n;
  BmTy **targs = bm_lower_seg_args(tcx, ix->owner, trait, trait_seg, NULL, 0, &n, NULL);
  targs[0] = bm_infer_fresh(ix, BM_VAR_GENERAL, at);
  oblige(ix, trait, targs, n, at, BM_WHY_CALL);
  BmTy *v = def_value(ix, id, item, targs, n, seg, NULL);
  ix->callee[id].via_trait = true;
  return v;
}

static BmTy *path_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmPath *p = e->path;
  if (!p) return tcx->err;
  BmRes r = p->res;
  if (p->root == BM_PATH_QUALIFIED) {
    /* <T as Trait>::f, <T>::f */
    BmTy *self = p->qself ? bm_ty_lower(tcx, ix->owner, p->qself) : tcx->err;
    if (p->nsegs != 1) return tcx->err;
    if (p->qtrait && p->qtrait->res.kind == BM_RES_DEF) {
      BmDefId trait = p->qtrait->res.id;
      BmDef *t = DEF(ix, trait);
      BmDefId item = NONE;
      for (uint32_t i = 0; i < t->nitems; i++)
        if (DEF(ix, t->items[i])->name == p->segs[0].name && DEF(ix, t->items[i])->kind != BM_DEF_ASSOC_TYPE)
          item = t->items[i];
      if (item == NONE) return tcx->err;
      uint32_t n;
      BmTy **targs = bm_lower_trait_ref(tcx, ix->owner, p->qtrait, self, &n);
      oblige(ix, trait, targs, n, e->span, BM_WHY_CALL);
      BmTy *v = def_value(ix, id, item, targs, n, &p->segs[0], expected);
      ix->callee[id].via_trait = true;
      return v;
    }
    return assoc_value(ix, id, self, p->segs[0].name, &p->segs[0], p->segs[0].span, expected);
  }
  switch (r.kind) {
  case BM_RES_LOCAL: {
    BmTy *t = r.id < ix->body->pats.len ? ix->pat_ty[r.id] : NULL;
    return t ? t : tcx->err;
  }
  case BM_RES_DEF:
  case BM_RES_PRIM:
  case BM_RES_SELF_TY:
  case BM_RES_TYPE_PARAM:
  case BM_RES_SELF_CTOR:
    break;
  case BM_RES_UNKNOWN:
    bm_infer_incomplete(ix, e->span, "a name borrowmap cannot see");
    return tcx->err;
  default:
    return tcx->err;
  }
  if (r.kind == BM_RES_SELF_CTOR) {
    BmTy *self = bm_type_of(tcx, r.id);
    BmTy *st = bm_infer_shallow(ix, self);
    if (st->kind == BM_TK_ADT) {
      BmDef *sd = DEF(ix, st->def);
      if (sd->kind == BM_DEF_STRUCT && sd->ctor == BM_CTOR_TUPLE)
        return bm_ty_mk(tcx, BM_TK_FNDEF, 0, st->def, 0, st->args, st->nargs);
      if (sd->kind == BM_DEF_STRUCT && sd->ctor == BM_CTOR_UNIT) return self;
    }
    return tcx->err;
  }
  if (r.rest == 0) {
    if (r.kind != BM_RES_DEF) return tcx->err;
    return def_value(ix, id, r.id, NULL, 0, last_seg(p), expected);
  }
  if (r.rest != 1) {
    bm_infer_incomplete(ix, e->span, "this path");
    return tcx->err;
  }
  /* a type-relative path: the base type, then the associated item */
  uint32_t nbase = p->nsegs - 1;
  const BmPathSeg *bseg = &p->segs[nbase - 1];
  const BmPathSeg *iseg = &p->segs[nbase];
  BmTy *base = tcx->err;
  switch (r.kind) {
  case BM_RES_PRIM:
    base = bm_ty_int(tcx, (BmPrim)r.prim);
    break;
  case BM_RES_TYPE_PARAM: {
    const BmGenericsInfo *g = bm_generics_of(tcx, r.id);
    BmDef *od = DEF(ix, r.id);
    base = bm_ty_param(tcx, r.id, g->parent_count + (od->kind == BM_DEF_TRAIT ? 1 : 0) + r.index);
    break;
  }
  case BM_RES_SELF_TY: {
    BmDef *o = DEF(ix, r.id);
    if (o->kind == BM_DEF_TRAIT) base = bm_ty_param(tcx, r.id, bm_generics_of(tcx, r.id)->parent_count);
    else base = bm_type_of(tcx, r.id);
    break;
  }
  case BM_RES_DEF: {
    BmDef *d = DEF(ix, r.id);
    if (d->kind == BM_DEF_TRAIT) return trait_item_value(ix, id, r.id, iseg->name, iseg, bseg, e->span);
    if (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_ENUM || d->kind == BM_DEF_UNION) {
      uint32_t n;
      BmTy **args = bm_lower_seg_args(tcx, ix->owner, r.id, bseg, NULL, 0, &n, NULL);
      base = bm_ty_adt(tcx, r.id, args, n);
    } else if (d->kind == BM_DEF_TYPE_ALIAS) {
      base = bm_normalize(ix, bm_type_of(tcx, r.id));
    } else {
      return tcx->err;
    }
    break;
  }
  default:
    break;
  }
  return assoc_value(ix, id, base, iseg->name, iseg, iseg->span, expected);
}

/* ---- calls
 *
 * The callee's type decides: a fn item or constructor (its signature,
 * instantiated), a closure of this body, a fn pointer, or anything that
 * implements the Fn traits (through references and Box; a parameter with
 * an Fn bound; dyn Fn). */

static void arity_error(BmInfer *ix, BmRange at, uint32_t want, uint32_t got, bool closure) {
  error(ix, closure ? "E0057" : "E0061", at, "this %s takes %u argument%s but %u argument%s %s supplied",
        closure ? "function" : "function", want, want == 1 ? "" : "s", got, got == 1 ? "" : "s",
        got == 1 ? "was" : "were");
}

/* What the expected result says about the arguments (rustc's
 * expected_inputs_for_expected_output): the result unified with the
 * expectation in a snapshot, the parameters read off, the snapshot undone.
 * Only parameter types that came out free of variables are kept: they are
 * expectations for checking the arguments, never constraints. */
static BmTy **expected_inputs(BmInfer *ix, BmTy *const *params, uint32_t n, BmTy *ret, BmTy *expected) {
  if (!expected || !n) return NULL;
  BmTy *et = bm_infer_shallow(ix, expected);
  if (et->kind == BM_TK_INFER || et->kind == BM_TK_ERR) return NULL;
  BmTy **out = bm_arena_alloc(TCX(ix)->arena, n * sizeof *out);
  uint32_t s = bm_infer_snapshot(ix);
  bool any = false;
  if (unify(ix, ret, expected, 0) != BM_UNIFY_FAIL) {
    for (uint32_t i = 0; i < n; i++) {
      BmTy *r = bm_infer_resolve(ix, params[i]);
      if (!(r->flags & BM_TYF_INFER)) {
        out[i] = r;
        any = true;
      }
    }
  }
  bm_infer_rollback(ix, s);
  return any ? out : NULL;
}

static void check_args(BmInfer *ix, BmExprId call, uint32_t list, uint32_t nlist, BmTy *const *params,
                       uint32_t nparams, BmRange callee_span, bool closure, BmTy *const *expect) {
  if (nlist != nparams) {
    arity_error(ix, callee_span, nparams, nlist, closure);
    for (uint32_t i = 0; i < nlist; i++) expr(ix, LIST(ix, list + i), i < nparams ? params[i] : NULL);
    return;
  }
  /* closures last: their signature may depend on the other arguments */
  uint32_t nbad = 0, first_bad = 0;
  BmTy *bad_want = NULL, *bad_got = NULL;
  for (int pass = 0; pass < 2; pass++) {
    for (uint32_t i = 0; i < nlist; i++) {
      BmExprId a = LIST(ix, list + i);
      bool is_closure = E(ix, a)->kind == BM_EX_CLOSURE;
      if ((pass == 0) == is_closure) continue;
      if (pass == 1) select_pending(ix);
      BmTy *pt = bm_normalize(ix, params[i]);
      BmTy *hint = expect && expect[i] ? expect[i] : pt;
      BmTy *t = expr(ix, a, hint);
      /* as rustc: coerce to the expected input when there is one, then
         equate it with the formal parameter */
      if (hint != pt && coerce(ix, a, t, hint) != BM_UNIFY_FAIL && unify(ix, hint, pt, 0) != BM_UNIFY_FAIL) continue;
      if (coerce(ix, a, t, pt) == BM_UNIFY_FAIL && reportable(ix, pt, t)) {
        if (!nbad++) {
          first_bad = i;
          bad_want = pt;
          bad_got = t;
        }
      }
    }
  }
  /* rustc: one error per call — at the argument when one is wrong, at the
     callee ("arguments to this function are incorrect") when several are */
  if (nbad == 1) {
    mismatch(ix, value_span(ix, LIST(ix, list + first_bad)), bad_want, bad_got);
  } else if (nbad > 1 && SINK(ix)) {
    ix->errors++;
    BmDiagnostic *d = bm_diag_error(SINK(ix), "E0308", callee_span.start, callee_span.end,
                                    "arguments to this function are incorrect");
    (void)d;
  }
  (void)call;
}

static bool fn_family_def(BmInfer *ix, BmDefId tr) {
  return bm_is_lang(TCX(ix), tr, BM_LANG_fn) || bm_is_lang(TCX(ix), tr, BM_LANG_fn_mut) ||
         bm_is_lang(TCX(ix), tr, BM_LANG_fn_once);
}

/* Find a bound `F: Fn*(A..) -> R` in scope for a parameter F. */
static bool env_fn_bound(BmInfer *ix, BmTy *f, BmTy **params, BmTy **ret) {
  for (uint32_t i = 0; i < ix->nenv; i++) {
    BmPred *p = &ix->env[i];
    if (p->assoc != NONE || p->nargs < 2 || p->args[0] != f) continue;
    if (!bm_is_lang(TCX(ix), p->trait, BM_LANG_fn) && !bm_is_lang(TCX(ix), p->trait, BM_LANG_fn_mut) &&
        !bm_is_lang(TCX(ix), p->trait, BM_LANG_fn_once))
      continue;
    *params = p->args[1];
    *ret = TCX(ix)->unit;
    for (uint32_t k = 0; k < ix->nenv; k++) {
      BmPred *q = &ix->env[k];
      if (q->assoc != NONE && q->nargs >= 1 && q->args[0] == f) *ret = q->ty;
    }
    return true;
  }
  return false;
}

static BmTy *call_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmExprId callee = e->a;
  uint32_t list = e->list, nlist = e->nlist;
  BmRange cspan = E(ix, callee)->span;
  BmTy *ct = expr(ix, callee, NULL);
  BmTy *t = structurally(ix, ct);
  /* through references, Box and Deref: something callable */
  for (int k = 0; k < 6; k++) {
    if (t->kind == BM_TK_FNDEF) {
      const BmSig *sig = bm_fn_sig(tcx, (BmDefId)t->def);
      if (!sig) break;
      BmTy **params = bm_arena_alloc(tcx->arena, (sig->nparams ? sig->nparams : 1) * sizeof *params);
      for (uint32_t i = 0; i < sig->nparams; i++) params[i] = bm_ty_subst(tcx, sig->params[i], t->args, t->nargs);
      BmTy *ret = bm_normalize(ix, bm_ty_subst(tcx, sig->ret, t->args, t->nargs));
      BmTy **exp = expected_inputs(ix, params, sig->nparams, ret, expected);
      check_args(ix, id, list, nlist, params, sig->nparams, cspan, false, exp);
      if (ix->callee[callee].def != NONE) ix->callee[id] = ix->callee[callee];
      else ix->callee[id].def = (BmDefId)t->def;
      return bm_normalize(ix, ret);
    }
    if (t->kind == BM_TK_CLOSURE && t->def == ix->owner && t->idx < ix->body->closures.len) {
      BmClosureSig *cs = &ix->closures[t->idx];
      BmTy *ps = bm_infer_shallow(ix, cs->params);
      if (ps->kind != BM_TK_TUPLE) break;
      check_args(ix, id, list, nlist, ps->args, ps->nargs, cspan, true, NULL);
      return cs->ret;
    }
    if (t->kind == BM_TK_FNPTR) {
      check_args(ix, id, list, nlist, t->args, t->nargs - 1, cspan, false, NULL);
      return t->args[t->nargs - 1];
    }
    if (t->kind == BM_TK_DYN && t->def != NONE &&
        (bm_is_lang(tcx, t->def, BM_LANG_fn) || bm_is_lang(tcx, t->def, BM_LANG_fn_mut) ||
         bm_is_lang(tcx, t->def, BM_LANG_fn_once))) {
      uint32_t ntrait = (uint32_t)t->idx;
      BmTy *ps = ntrait >= 1 ? bm_infer_shallow(ix, t->args[0]) : NULL;
      if (!ps || ps->kind != BM_TK_TUPLE) break;
      BmTy *ret = t->nargs >= ntrait + 2 ? t->args[ntrait + 1] : tcx->unit;
      check_args(ix, id, list, nlist, ps->args, ps->nargs, cspan, false, NULL);
      return ret;
    }
    if (t->kind == BM_TK_OPAQUE) {
      /* impl Fn(A) -> R */
      const BmTypeRef *tr = (const BmTypeRef *)(uintptr_t)t->idx;
      const BmPathSeg *fseg = NULL;
      for (uint32_t i = 0; tr && i < tr->nbounds; i++) {
        const BmPath *bp = tr->bounds[i].trait;
        if (bp && bp->res.kind == BM_RES_DEF && fn_family_def(ix, bp->res.id) && bp->nsegs)
          fseg = &bp->segs[bp->nsegs - 1];
      }
      if (fseg && fseg->paren_sugar) {
        BmTy *ps[32];
        uint32_t np = 0;
        for (uint32_t i = 0; i < fseg->nargs && np < 32; i++)
          if (fseg->args[i].kind == BM_GA_TYPE) ps[np++] = bm_ty_lower(tcx, (BmDefId)t->def, fseg->args[i].type);
        BmTy *ret = fseg->ret ? bm_ty_lower(tcx, (BmDefId)t->def, fseg->ret) : tcx->unit;
        check_args(ix, id, list, nlist, ps, np, cspan, false, NULL);
        return ret;
      }
      break;
    }
    if (t->kind == BM_TK_PARAM) {
      BmTy *ps = NULL, *ret = NULL;
      if (t->kind == BM_TK_PARAM && env_fn_bound(ix, t, &ps, &ret)) {
        ps = bm_infer_shallow(ix, ps);
        if (ps->kind != BM_TK_TUPLE) break;
        check_args(ix, id, list, nlist, ps->args, ps->nargs, cspan, false, NULL);
        return bm_normalize(ix, ret);
      }
      break;
    }
    if (t->kind == BM_TK_ERR || t->kind == BM_TK_INFER) break;
    if (t->kind == BM_TK_REF || t->kind == BM_TK_ADT) {
      /* through &, Box, Rc and other Deref impls */
      bool ov;
      BmTy *n = bm_autoderef_step(ix, t, &ov);
      if (n) {
        t = structurally(ix, n);
        continue;
      }
    }
    if (bm_infer_is_known(ix, t) && !(t->kind == BM_TK_ADT && DEF(ix, t->def)->is_std)) {
      BmExpr *ce = E(ix, callee);
      BmDiagnostic *d;
      if (t->kind == BM_TK_ADT && ce->kind == BM_EX_PATH && ix->callee[callee].def == NONE &&
          ce->path && ce->path->res.kind == BM_RES_DEF && DEF(ix, ce->path->res.id)->kind == BM_DEF_VARIANT) {
        BmDef *vd = DEF(ix, ce->path->res.id);
        d = error(ix, "E0618", cspan, "expected function, found enum variant `%s::%s`",
                  bm_sym_str(tcx->syms, DEF(ix, vd->parent)->name), bm_sym_str(tcx->syms, vd->name));
      } else {
        d = error(ix, "E0618", cspan, "expected function, found `%s`", tystr(ix, t));
      }
      if (d) bm_diag_label(SINK(ix), d, cspan.start, cspan.end, "call expression requires function");
      for (uint32_t i = 0; i < nlist; i++) expr(ix, LIST(ix, list + i), NULL);
      return tcx->err;
    }
    break;
  }
  for (uint32_t i = 0; i < nlist; i++) expr(ix, LIST(ix, list + i), NULL);
  if (t->kind != BM_TK_ERR) bm_infer_incomplete(ix, cspan, "a call borrowmap cannot type");
  return tcx->err;
}

/* ---- method calls */

static bool known_for_e0599(BmInfer *ix, BmTy *t) {
  t = bm_infer_resolve(ix, t);
  if (t->flags & (BM_TYF_ERR | BM_TYF_PROJ)) return false;
  if (t->kind == BM_TK_INFER && t->sub == BM_VAR_GENERAL) return false;
  return true;
}

/* rustc's noun for a receiver type in E0599 */
static const char *recv_noun(BmInfer *ix, BmTy *t) {
  t = bm_infer_resolve(ix, t);
  switch (t->kind) {
  case BM_TK_ADT: return bm_adt_descr(TCX(ix), (BmDefId)t->def);
  case BM_TK_REF: return "reference";
  case BM_TK_PARAM: return "type parameter";
  case BM_TK_CLOSURE: return "closure";
  case BM_TK_FNDEF: return "fn item";
  case BM_TK_TUPLE: return t->nargs ? "tuple" : "unit type";
  case BM_TK_ARRAY: return "array";
  case BM_TK_SLICE: return "slice";
  case BM_TK_DYN: return "trait object";
  default: return "type";
  }
}

bool bm_std_method_may_exist(BmInfer *ix, BmTy *recv, BmSym name);

static BmTy *method_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmExprId recv = e->a;
  BmSym name = e->name;
  uint32_t list = e->list, nlist = e->nlist;
  BmRange nspan = e->name_span;
  BmPath *turbofish = e->path;
  BmTy *rt = expr(ix, recv, NULL);
  rt = structurally(ix, rt);
  if (rt->kind == BM_TK_ERR || (rt->kind == BM_TK_INFER && rt->sub == BM_VAR_GENERAL)) {
    if (rt->kind == BM_TK_INFER) bm_infer_incomplete(ix, nspan, "a method call on a value whose type is not known yet");
    for (uint32_t i = 0; i < nlist; i++) expr(ix, LIST(ix, list + i), NULL);
    return tcx->err;
  }
  BmPick pick;
  BmProbe pr = bm_probe_method(ix, rt, name, &pick);
  if (pr != BM_PROBE_FOUND) {
    for (uint32_t i = 0; i < nlist; i++) expr(ix, LIST(ix, list + i), NULL);
    if (pr == BM_PROBE_NOT_FOUND && known_for_e0599(ix, rt) && !bm_std_method_may_exist(ix, rt, name)) {
      BmTy *shown = bm_infer_resolve(ix, rt);
      if (shown->kind == BM_TK_INFER && shown->sub == BM_VAR_INT) {
        BmDiagnostic *d = error(ix, "E0689", nspan, "can't call method `%s` on ambiguous numeric type `{integer}`",
                                bm_sym_str(tcx->syms, name));
        (void)d;
      } else {
        BmDiagnostic *d = error(ix, "E0599", nspan, "no method named `%s` found for %s `%s` in the current scope",
                                bm_sym_str(tcx->syms, name), recv_noun(ix, shown), bm_ty_str(tcx, shown));
        if (d) bm_diag_label(SINK(ix), d, nspan.start, nspan.end, "method not found in `%s`", bm_ty_str(tcx, shown));
      }
    } else {
      bm_infer_incomplete(ix, nspan, "a method borrowmap does not know");
    }
    return tcx->err;
  }
  {
    BmDef *md = DEF(ix, pick.def);
    if (!pick.via_trait && !md->is_std && md->vis == BM_VIS_PRIVATE &&
        !bm_visible(tcx->res, md->vis, md->module, ix->scope)) {
      BmDiagnostic *d = error(ix, "E0624", nspan, "method `%s` is private", bm_sym_str(tcx->syms, name));
      if (d) bm_diag_label(SINK(ix), d, nspan.start, nspan.end, "private method");
    }
  }
  if (pick.via_trait && bm_is_lang(tcx, DEF(ix, pick.def)->parent, BM_LANG_drop)) {
    BmDiagnostic *d = error(ix, "E0040", nspan, "explicit use of destructor method");
    if (d) bm_diag_label(SINK(ix), d, nspan.start, nspan.end, "explicit destructor calls not allowed");
  }
  /* the method's own generic parameters: the turbofish, or fresh */
  uint32_t n;
  BmTy **args = bm_lower_seg_args(tcx, ix->owner, pick.def, turbofish ? &turbofish->segs[0] : NULL, pick.args,
                                  pick.nargs, &n, NULL);
  ix->callee[id].def = pick.def;
  ix->callee[id].args = args;
  ix->callee[id].nargs = n;
  ix->callee[id].via_trait = pick.via_trait;
  ix->adjust[recv].derefs = pick.derefs;
  ix->adjust[recv].autoref = pick.autoref;
  ix->adjust[recv].unsize = pick.unsize;
  ix->adjust[recv].overloaded_deref = pick.overloaded_deref;
  oblige_predicates(ix, pick.def, args, n, nspan, BM_WHY_METHOD);
  const BmSig *sig = bm_fn_sig(tcx, pick.def);
  if (!sig || !sig->has_self) return tcx->err;
  BmTy *ret = bm_normalize(ix, bm_ty_subst(tcx, sig->ret, args, n));
  BmTy **params = bm_arena_alloc(tcx->arena, (sig->nparams ? sig->nparams : 1) * sizeof *params);
  for (uint32_t i = 1; i < sig->nparams; i++) params[i - 1] = bm_ty_subst(tcx, sig->params[i], args, n);
  BmTy **exp = expected_inputs(ix, params, sig->nparams - 1, ret, expected);
  check_args(ix, id, list, nlist, params, sig->nparams - 1, nspan, false, exp);
  return bm_normalize(ix, ret);
}

/* ---- fields */

static BmTy *field_expr(BmInfer *ix, BmExprId id) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmExprId base = e->a;
  BmSym name = e->name;
  uint32_t index = e->field_index;
  BmRange nspan = e->name_span;
  BmTy *bt = expr(ix, base, NULL);
  BmTy *t = structurally(ix, bt);
  bool overloaded = false;
  for (int k = 0; k < 8 && t; k++) {
    if (t->kind == BM_TK_ERR) return tcx->err;
    if (t->kind == BM_TK_INFER) {
      if (t->sub == BM_VAR_GENERAL) {
        bm_infer_incomplete(ix, nspan, "a field of a value whose type is not known yet");
        return tcx->err;
      }
      break;
    }
    if (t->kind == BM_TK_TUPLE && index != UINT32_MAX) {
      if (index < t->nargs) {
        ix->field[id] = index;
        ix->adjust[base].derefs = (uint8_t)k;
        ix->adjust[base].overloaded_deref = overloaded;
        return t->args[index];
      }
    }
    if (t->kind == BM_TK_ADT) {
      BmDef *d = DEF(ix, t->def);
      if (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_UNION) {
        for (uint32_t f = 0; f < d->nfields; f++) {
          bool match = index != UINT32_MAX ? (d->fields[f].name == 0 && f == index) : d->fields[f].name == name;
          if (!match) continue;
          if (d->is_std && d->fields[f].vis != BM_VIS_PUB) continue;
          if (!d->is_std && !bm_visible(tcx->res, d->fields[f].vis, d->module, DEF(ix, ix->owner)->module)) {
            error(ix, "E0616", nspan, "field `%s` of %s `%s` is private", bm_sym_str(tcx->syms, name),
                  bm_adt_descr(tcx, t->def), bm_sym_str(tcx->syms, d->name));
          }
          ix->field[id] = f;
          ix->adjust[base].derefs = (uint8_t)k;
          ix->adjust[base].overloaded_deref = overloaded;
          return bm_normalize(ix, bm_ty_subst(tcx, bm_field_ty(tcx, t->def, f), t->args, t->nargs));
        }
        if (d->is_std) {
          bm_infer_incomplete(ix, nspan, "a field of a std type");
          return tcx->err;
        }
      }
    }
    bool ov = false;
    BmTy *n = bm_autoderef_step(ix, t, &ov);
    if (ov) overloaded = true;
    if (!n) break;
    t = structurally(ix, n);
  }
  /* nothing: E0609, or E0615 when it names a method */
  BmTy *shown = bm_infer_resolve(ix, bt);
  if (!known_for_e0599(ix, shown)) return tcx->err;
  BmTy *peeled = shown;
  while (peeled->kind == BM_TK_REF) peeled = bm_infer_resolve(ix, peeled->args[1]);
  if (peeled->kind == BM_TK_ADT && DEF(ix, peeled->def)->is_std) {
    bm_infer_incomplete(ix, nspan, "a field of a std type");
    return tcx->err;
  }
  BmPick pick;
  if (index == UINT32_MAX && bm_probe_method(ix, shown, name, &pick) == BM_PROBE_FOUND) {
    BmDiagnostic *d = error(ix, "E0615", nspan, "attempted to take value of method `%s` on type `%s`",
                            bm_sym_str(tcx->syms, name), bm_ty_str(tcx, shown));
    (void)d;
    return tcx->err;
  }
  if (peeled->kind == BM_TK_INT || peeled->kind == BM_TK_FLOAT || peeled->kind == BM_TK_BOOL ||
      peeled->kind == BM_TK_CHAR || (peeled->kind == BM_TK_INFER && peeled->sub != BM_VAR_GENERAL)) {
    error(ix, "E0610", nspan, "`%s` is a primitive type and therefore doesn't have fields", bm_ty_str(tcx, peeled));
    return tcx->err;
  }
  BmDiagnostic *d = error(ix, "E0609", nspan, "no field `%s` on type `%s`", bm_sym_str(tcx->syms, name),
                          bm_ty_str(tcx, shown));
  if (d) bm_diag_label(SINK(ix), d, nspan.start, nspan.end, "unknown field");
  return tcx->err;
}

/* ---- indexing: builtin for arrays and slices by usize and ranges, else
 * through Index impls, along the autoderef chain */

static bool is_range_adt(BmInfer *ix, BmTy *t) {
  t = bm_infer_shallow(ix, t);
  if (t->kind != BM_TK_ADT) return false;
  return t->def == lang(ix, BM_LANG_range) || t->def == lang(ix, BM_LANG_range_inclusive) ||
         t->def == lang(ix, BM_LANG_range_from) || t->def == lang(ix, BM_LANG_range_to) ||
         t->def == lang(ix, BM_LANG_range_to_inclusive) || t->def == lang(ix, BM_LANG_range_full);
}

static BmTy *index_expr(BmInfer *ix, BmExprId id) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmExprId base = e->a, idx = e->b;
  BmRange sp = e->span;
  BmTy *bt = expr(ix, base, NULL);
  BmTy *it = expr(ix, idx, NULL);
  BmTy *t = structurally(ix, bt);
  BmDefId index_trait = lang(ix, BM_LANG_index);
  bool overloaded = false;
  for (int k = 0; k < 8 && t; k++) {
    if (t->kind == BM_TK_ERR) return tcx->err;
    if (t->kind == BM_TK_INFER) break;
    if (t->kind == BM_TK_ARRAY || t->kind == BM_TK_SLICE) {
      BmTy *ri = structurally(ix, it);
      if (ri->kind == BM_TK_INFER && ri->sub == BM_VAR_INT) unify(ix, ri, tcx->ints[BM_PRIM_USIZE], 0);
      ri = structurally(ix, it);
      if (ri->kind == BM_TK_INT && ri->sub == BM_PRIM_USIZE) {
        ix->adjust[base].derefs = (uint8_t)k;
        ix->adjust[base].overloaded_deref = overloaded;
        return t->args[0];
      }
      if (is_range_adt(ix, ri)) {
        /* a range of usize */
        BmTy *rr = bm_infer_shallow(ix, ri);
        for (uint32_t a = 0; a < rr->nargs; a++) unify(ix, rr->args[a], tcx->ints[BM_PRIM_USIZE], 0);
        ix->adjust[base].derefs = (uint8_t)k;
        return bm_ty_slice(tcx, t->args[0]);
      }
    }
    if (index_trait != NONE && t->kind != BM_TK_REF) {
      BmTy *args[2] = {t, it};
      uint32_t s = bm_infer_snapshot(ix);
      BmSolve sv = bm_solve(ix, index_trait, args, 2, 0);
      if (sv == BM_SOLVE_YES) {
        bm_infer_commit(ix, s);
        BmDefId out = bm_assoc_type_named(tcx, index_trait, BM_SYM_Output);
        ix->adjust[base].derefs = (uint8_t)k;
        ix->adjust[base].overloaded_deref = overloaded;
        if (out == NONE) return tcx->err;
        return bm_normalize(ix, bm_ty_mk(tcx, BM_TK_PROJ, 0, out, 0, args, 2));
      }
      bm_infer_rollback(ix, s);
      if (sv == BM_SOLVE_MAYBE) {
        bm_infer_incomplete(ix, sp, "an index borrowmap cannot type");
        return tcx->err;
      }
    }
    bool ov = false;
    BmTy *n = bm_autoderef_step(ix, t, &ov);
    if (ov) overloaded = true;
    if (!n) break;
    t = structurally(ix, n);
  }
  BmTy *shown = bm_infer_resolve(ix, bt);
  if (!known_for_e0599(ix, shown) || !known_for_e0599(ix, it)) return tcx->err;
  /* indexable by something else: E0277; not indexable at all: E0608 */
  BmTy *peeled = shown;
  while (peeled->kind == BM_TK_REF) peeled = bm_infer_resolve(ix, peeled->args[1]);
  if (!known_for_e0599(ix, peeled)) return tcx->err;
  uint32_t nimpl = 0;
  if (index_trait != NONE) bm_impls_for(tcx, index_trait, peeled, &nimpl);
  if (peeled->kind == BM_TK_ARRAY || peeled->kind == BM_TK_SLICE || nimpl) {
    BmTy *shown_base = peeled->kind == BM_TK_ARRAY ? bm_ty_slice(tcx, peeled->args[0]) : peeled;
    BmDiagnostic *d = error(ix, "E0277", E(ix, idx)->span, "the type `%s` cannot be indexed by `%s`",
                            bm_ty_str(tcx, shown_base), tystr(ix, it));
    if (d) bm_diag_label(SINK(ix), d, E(ix, idx)->span.start, E(ix, idx)->span.end, "slice indices are of type `usize` or ranges of `usize`");
    return tcx->err;
  }
  if (peeled->kind == BM_TK_ADT && DEF(ix, peeled->def)->is_std) {
    bm_infer_incomplete(ix, sp, "indexing a std type");
    return tcx->err;
  }
  error(ix, "E0608", sp, "cannot index into a value of type `%s`", bm_ty_str(tcx, shown));
  return tcx->err;
}

/* ---- operators */

static bool is_numeric(BmTy *t) {
  return t->kind == BM_TK_INT || t->kind == BM_TK_FLOAT ||
         (t->kind == BM_TK_INFER && t->sub != BM_VAR_GENERAL);
}
static bool is_integral(BmTy *t) {
  return t->kind == BM_TK_INT || (t->kind == BM_TK_INFER && t->sub == BM_VAR_INT);
}

static BmLang op_lang(uint8_t op, bool assign) {
  switch (op) {
  case BM_BIN_ADD: return assign ? BM_LANG_add_assign : BM_LANG_add;
  case BM_BIN_SUB: return assign ? BM_LANG_sub_assign : BM_LANG_sub;
  case BM_BIN_MUL: return assign ? BM_LANG_mul_assign : BM_LANG_mul;
  case BM_BIN_DIV: return assign ? BM_LANG_div_assign : BM_LANG_div;
  case BM_BIN_REM: return assign ? BM_LANG_rem_assign : BM_LANG_rem;
  case BM_BIN_BITAND: return assign ? BM_LANG_bitand_assign : BM_LANG_bitand;
  case BM_BIN_BITOR: return assign ? BM_LANG_bitor_assign : BM_LANG_bitor;
  case BM_BIN_BITXOR: return assign ? BM_LANG_bitxor_assign : BM_LANG_bitxor;
  case BM_BIN_SHL: return assign ? BM_LANG_shl_assign : BM_LANG_shl;
  case BM_BIN_SHR: return assign ? BM_LANG_shr_assign : BM_LANG_shr;
  case BM_BIN_EQ: case BM_BIN_NE: return BM_LANG_eq;
  default: return BM_LANG_partial_ord;
  }
}

static const char *op_str(uint8_t op) {
  static const char *const s[] = {"+", "-", "*", "/", "%", "&&", "||", "&", "|", "^", "<<", ">>",
                                  "==", "!=", "<", "<=", ">", ">="};
  return op < sizeof s / sizeof *s ? s[op] : "?";
}

static const char *op_verb(uint8_t op) {
  switch (op) {
  case BM_BIN_ADD: return "add";
  case BM_BIN_SUB: return "subtract";
  case BM_BIN_MUL: return "multiply";
  case BM_BIN_DIV: return "divide";
  case BM_BIN_REM: return "calculate the remainder of";
  default: return NULL;
  }
}

/* rustc's wording for `lhs op rhs` without an impl (E0277, E0369). */
static const char *op_message(BmInfer *ix, uint8_t op, BmTy *lhs, BmTy *rhs) {
  const char *l = tystr(ix, lhs), *r = tystr(ix, rhs);
  BmArena *a = TCX(ix)->arena;
  switch (op) {
  case BM_BIN_ADD: return bm_arena_printf(a, "cannot add `%s` to `%s`", r, l);
  case BM_BIN_SUB: return bm_arena_printf(a, "cannot subtract `%s` from `%s`", r, l);
  case BM_BIN_MUL: return bm_arena_printf(a, "cannot multiply `%s` by `%s`", l, r);
  case BM_BIN_DIV: return bm_arena_printf(a, "cannot divide `%s` by `%s`", l, r);
  case BM_BIN_REM: return bm_arena_printf(a, "cannot calculate the remainder of `%s` divided by `%s`", l, r);
  default: return bm_arena_printf(a, "no implementation for `%s %s %s`", l, op_str(op), r);
  }
}

/* The operator trait's Output for lhs op rhs, or NULL when no impl. */
static BmTy *overloaded_op(BmInfer *ix, BmLang l, BmTy *lhs, BmTy *rhs, BmRange at, bool *maybe) {
  BmTcx *tcx = TCX(ix);
  *maybe = false;
  BmDefId tr = lang(ix, l);
  if (tr == NONE) { *maybe = true; return NULL; }
  BmTy *args[2] = {lhs, rhs};
  /* with one impl for the left type, its right type is what is expected */
  uint32_t nimpl = 0;
  const BmDefId *impls = bm_impls_for(tcx, tr, bm_infer_resolve(ix, lhs), &nimpl);
  (void)impls;
  BmSolve s = bm_solve(ix, tr, args, 2, 0);
  if (s == BM_SOLVE_NO) return NULL;
  if (s == BM_SOLVE_MAYBE) {
    oblige(ix, tr, args, 2, at, BM_WHY_NONE);
    *maybe = true;
  }
  BmDefId out = bm_assoc_type_named(tcx, tr, BM_SYM_Output);
  if (out == NONE) return tcx->unit;
  BmTy *r = bm_normalize(ix, bm_ty_mk(tcx, BM_TK_PROJ, 0, out, 0, args, 2));
  return r;
}

static BmTy *binary_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  uint8_t op = e->op;
  BmExprId a = e->a, b = e->b;
  BmRange sp = e->span;
  if (op == BM_BIN_AND || op == BM_BIN_OR) {
    expr_coerce(ix, a, tcx->boolean);
    expr_coerce(ix, b, tcx->boolean);
    return tcx->boolean;
  }
  bool cmp = op >= BM_BIN_EQ;
  BmTy *lt = expr(ix, a, NULL);
  BmTy *rl = structurally(ix, lt);
  /* a left type with one impl of the operator: its right type is what
     the right side is checked against and coerced to (`s + &t` with
     String + &str takes &String by deref) */
  if (!is_numeric(rl) && rl->kind != BM_TK_BOOL && rl->kind != BM_TK_CHAR && rl->kind != BM_TK_ERR &&
      rl->kind != BM_TK_INFER && !cmp) {
    BmDefId tr = lang(ix, op_lang(op, false));
    uint32_t nimpl = 0;
    const BmDefId *impls = tr != NONE ? bm_impls_for(tcx, tr, bm_infer_resolve(ix, lt), &nimpl) : NULL;
    uint32_t fitting = 0;
    BmTy *only_rhs = NULL;
    for (uint32_t i = 0; i < nimpl; i++) {
      uint32_t n;
      BmTy **tref = bm_impl_trait_ref(tcx, impls[i], &n);
      if (!tref || n < 2) continue;
      uint32_t ni;
      BmTy **iargs = bm_infer_instantiate(ix, impls[i], &ni, sp);
      if (!can_unify(ix, bm_ty_subst(tcx, tref[0], iargs, ni), lt)) continue;
      fitting++;
      only_rhs = bm_ty_subst(tcx, tref[1], iargs, ni);
    }
    if (fitting == 1 && only_rhs && bm_infer_is_known(ix, only_rhs)) {
      BmTy *rt = expr(ix, b, only_rhs);
      if (coerce(ix, b, rt, only_rhs) == BM_UNIFY_FAIL) {
        mismatch(ix, E(ix, b)->span, only_rhs, rt);
        return tcx->err;
      }
      bool maybe;
      BmTy *out = overloaded_op(ix, op_lang(op, false), lt, only_rhs, sp, &maybe);
      return out ? out : tcx->err;
    }
  }
  /* both sides primitive: builtin, the sides unify (shifts excepted) */
  BmTy *rt = expr(ix, b, (is_numeric(rl) || rl->kind == BM_TK_BOOL || rl->kind == BM_TK_CHAR) && op != BM_BIN_SHL && op != BM_BIN_SHR ? rl : NULL);
  BmTy *rr = structurally(ix, rt);
  rl = structurally(ix, lt);
  bool prim_l = is_numeric(rl) || rl->kind == BM_TK_BOOL || rl->kind == BM_TK_CHAR;
  bool prim_r = is_numeric(rr) || rr->kind == BM_TK_BOOL || rr->kind == BM_TK_CHAR;
  if (rl->kind == BM_TK_ERR || rr->kind == BM_TK_ERR) return cmp ? tcx->boolean : tcx->err;
  if (prim_l && prim_r) {
    BmRange opsp = e->name_span.end > e->name_span.start ? e->name_span : sp;
    if (op == BM_BIN_SHL || op == BM_BIN_SHR) {
      if (is_integral(rl) && is_integral(rr)) return lt;
    } else if (cmp || (rl->kind == BM_TK_BOOL && rr->kind == BM_TK_BOOL) ||
               (rl->kind == BM_TK_CHAR && rr->kind == BM_TK_CHAR)) {
      /* comparisons (and && of bools): the sides must be one type */
      if (!cmp && op != BM_BIN_BITAND && op != BM_BIN_BITOR && op != BM_BIN_BITXOR) {
        /* bool + bool, char - char: no such operator (below) */
      } else {
        if (unify(ix, lt, rt, 0) == BM_UNIFY_FAIL) mismatch(ix, E(ix, b)->span, lt, rt);
        return cmp ? tcx->boolean : lt;
      }
    } else if (is_numeric(rl) && is_numeric(rr)) {
      bool same_family = (is_integral(rl) && is_integral(rr)) || (!is_integral(rl) && !is_integral(rr));
      if (unify(ix, lt, rt, 0) != BM_UNIFY_FAIL) {
        if (op == BM_BIN_BITAND || op == BM_BIN_BITOR || op == BM_BIN_BITXOR) {
          if (is_integral(structurally(ix, lt))) return lt;
        } else {
          return lt;
        }
      } else {
        /* as rustc: two integer (or two float) types: a mismatch at the
           right side and no impl; an integer and a float: no impl only */
        if (same_family && reportable(ix, lt, rt)) mismatch(ix, E(ix, b)->span, lt, rt);
        if (reportable(ix, lt, rt)) error(ix, "E0277", opsp, "%s", op_message(ix, op, lt, rt));
        return tcx->err;
      }
    }
  }
  if (rl->kind == BM_TK_INFER && rl->sub == BM_VAR_GENERAL) {
    bm_infer_incomplete(ix, sp, "an operator on a value whose type is not known yet");
    return cmp ? tcx->boolean : tcx->err;
  }
  bool maybe;
  BmTy *out = overloaded_op(ix, op_lang(op, false), lt, rt, sp, &maybe);
  if (out) return cmp ? tcx->boolean : out;
  if (maybe || !bm_infer_is_known(ix, lt) || !known_for_e0599(ix, rt)) return cmp ? tcx->boolean : tcx->err;
  /* E0308 when the left type has exactly one impl (its right side is known),
     E0277 when it has some, E0369 when it has none */
  BmDefId tr = lang(ix, op_lang(op, false));
  uint32_t nimpl = 0;
  const BmDefId *impls = bm_impls_for(tcx, tr, bm_infer_resolve(ix, lt), &nimpl);
  uint32_t fitting = 0, fitting_both = 0;
  BmTy *only_rhs = NULL;
  for (uint32_t i = 0; i < nimpl; i++) {
    uint32_t n;
    BmTy **tref = bm_impl_trait_ref(tcx, impls[i], &n);
    if (!tref || n < 2) continue;
    uint32_t ni;
    BmTy **iargs = bm_infer_instantiate(ix, impls[i], &ni, sp);
    BmTy *self = bm_ty_subst(tcx, tref[0], iargs, ni);
    if (!can_unify(ix, self, lt)) continue;
    fitting++;
    only_rhs = bm_ty_subst(tcx, tref[1], iargs, ni);
    /* both sides fit, so the impl's own bounds failed (Vec<Foo> == Vec<Foo>
       with Foo not PartialEq) */
    uint32_t snap = bm_infer_snapshot(ix);
    if (unify(ix, self, lt, 0) != BM_UNIFY_FAIL && unify(ix, only_rhs, rt, 0) != BM_UNIFY_FAIL) fitting_both++;
    bm_infer_rollback(ix, snap);
  }
  BmTy *lshown = bm_infer_resolve(ix, lt);
  BmRange opsp = e->name_span.end > e->name_span.start ? e->name_span : sp;
  if (fitting_both) {
    /* rustc: E0369 when an impl exists but its bounds are not met */
    if (cmp) error(ix, "E0369", opsp, "binary operation `%s` cannot be applied to type `%s`", op_str(op), bm_ty_str(tcx, lshown));
    else error(ix, "E0369", opsp, "%s", op_message(ix, op, lt, rt));
    return cmp ? tcx->boolean : tcx->err;
  }
  if (fitting == 1 && only_rhs && bm_infer_is_known(ix, only_rhs)) {
    mismatch(ix, E(ix, b)->span, only_rhs, rt);
    return cmp ? tcx->boolean : tcx->err;
  }
  if (fitting > 0 || (is_numeric(rl) && !cmp)) {
    if (cmp) error(ix, "E0277", opsp, "can't compare `%s` with `%s`", bm_ty_str(tcx, lshown), tystr(ix, rt));
    else error(ix, "E0277", opsp, "%s", op_message(ix, op, lt, rt));
    return cmp ? tcx->boolean : tcx->err;
  }
  if (cmp)
    error(ix, "E0369", opsp, "binary operation `%s` cannot be applied to type `%s`", op_str(op), bm_ty_str(tcx, lshown));
  else
    error(ix, "E0369", opsp, "%s", op_message(ix, op, lt, rt));
  (void)expected;
  return cmp ? tcx->boolean : tcx->err;
}

static BmTy *unary_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  uint8_t op = e->op;
  BmExprId a = e->a;
  BmRange sp = e->span;
  if (op == BM_UN_DEREF) {
    BmTy *t = structurally(ix, expr(ix, a, NULL));
    if (t->kind == BM_TK_ERR) return tcx->err;
    if (t->kind == BM_TK_REF) return t->args[1];
    if (t->kind == BM_TK_PTR) return t->args[0];
    if (t->kind == BM_TK_INFER && t->sub == BM_VAR_GENERAL) {
      bm_infer_incomplete(ix, sp, "a dereference of a value whose type is not known yet");
      return tcx->err;
    }
    bool ov = false;
    BmTy *n = bm_autoderef_step(ix, t, &ov);
    if (n) {
      ix->adjust[a].overloaded_deref = ov;
      return n;
    }
    if (!known_for_e0599(ix, t)) return tcx->err;
    BmTy *rt = bm_infer_resolve(ix, t);
    if (rt->kind == BM_TK_ADT && DEF(ix, rt->def)->is_std) {
      bm_infer_incomplete(ix, sp, "a dereference of a std type");
      return tcx->err;
    }
    error(ix, "E0614", sp, "type `%s` cannot be dereferenced", bm_ty_str(tcx, rt));
    return tcx->err;
  }
  BmTy *t = expr(ix, a, expected);
  BmTy *rt = structurally(ix, t);
  if (rt->kind == BM_TK_ERR) return tcx->err;
  if (op == BM_UN_NOT && (rt->kind == BM_TK_BOOL || is_integral(rt))) return t;
  if (op == BM_UN_NEG) {
    if (rt->kind == BM_TK_FLOAT || (rt->kind == BM_TK_INFER && rt->sub != BM_VAR_GENERAL)) return t;
    if (rt->kind == BM_TK_INT) {
      if (rt->sub >= BM_PRIM_U8 && rt->sub <= BM_PRIM_USIZE) {
        BmDiagnostic *d = error(ix, "E0600", sp, "cannot apply unary operator `-` to type `%s`", tystr(ix, rt));
        if (d) bm_diag_label(SINK(ix), d, sp.start, sp.end, "cannot apply unary operator `-`");
        return tcx->err;
      }
      return t;
    }
  }
  if (rt->kind == BM_TK_INFER) {
    bm_infer_incomplete(ix, sp, "an operator on a value whose type is not known yet");
    return tcx->err;
  }
  BmLang l = op == BM_UN_NOT ? BM_LANG_not : BM_LANG_neg;
  BmDefId tr = lang(ix, l);
  if (tr != NONE) {
    BmTy *args[1] = {t};
    BmSolve s = bm_solve(ix, tr, args, 1, 0);
    if (s != BM_SOLVE_NO) {
      BmDefId out = bm_assoc_type_named(tcx, tr, BM_SYM_Output);
      if (out == NONE) return tcx->err;
      return bm_normalize(ix, bm_ty_mk(tcx, BM_TK_PROJ, 0, out, 0, args, 1));
    }
  }
  if (!known_for_e0599(ix, rt)) return tcx->err;
  BmDiagnostic *d = error(ix, "E0600", sp, "cannot apply unary operator `%s` to type `%s`",
                          op == BM_UN_NOT ? "!" : "-", tystr(ix, rt));
  if (d) bm_diag_label(SINK(ix), d, sp.start, sp.end, "cannot apply unary operator `%s`", op == BM_UN_NOT ? "!" : "-");
  return tcx->err;
}

/* A place: a local, a static, a field, an index, a deref, or (for `=`) a
 * destructuring of places; also an error or unknown path (said elsewhere). */
static bool is_place_expr(BmInfer *ix, BmExprId id) {
  BmExpr *e = E(ix, id);
  switch (e->kind) {
  case BM_EX_PATH:
    if (!e->path) return true;
    if (e->path->res.kind == BM_RES_DEF) {
      BmDef *d = DEF(ix, e->path->res.id);
      return d->kind == BM_DEF_STATIC || d->kind == BM_DEF_CONST || d->kind == BM_DEF_FN ? d->kind == BM_DEF_STATIC : true;
    }
    return true;
  case BM_EX_FIELD: case BM_EX_INDEX: case BM_EX_MISSING: case BM_EX_UNSUPPORTED: case BM_EX_MACRO:
    return true;
  case BM_EX_UNARY:
    return e->op == BM_UN_DEREF;
  case BM_EX_TUPLE: case BM_EX_ARRAY: case BM_EX_STRUCT: case BM_EX_CALL: case BM_EX_RANGE:
    return true; /* destructuring assignments (and `_`): not checked here */
  default:
    return false;
  }
}

static BmTy *compound_expr(BmInfer *ix, BmExprId id) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  uint8_t op = e->op;
  BmExprId a = e->a, b = e->b;
  BmRange sp = e->span;
  BmRange opsp = e->name_span.end > e->name_span.start ? e->name_span : sp;
  if (!is_place_expr(ix, a)) {
    error(ix, "E0067", opsp, "invalid left-hand side of assignment");
  }
  BmTy *lt = expr(ix, a, NULL);
  BmTy *rl = structurally(ix, lt);
  BmTy *rt = expr(ix, b, is_numeric(rl) && op != BM_BIN_SHL && op != BM_BIN_SHR ? rl : NULL);
  BmTy *rr = structurally(ix, rt);
  rl = structurally(ix, lt);
  if (rl->kind == BM_TK_ERR || rr->kind == BM_TK_ERR) return tcx->unit;
  if (is_numeric(rl) && is_numeric(rr)) {
    if (op == BM_BIN_SHL || op == BM_BIN_SHR) return tcx->unit;
    if (unify(ix, lt, rt, 0) == BM_UNIFY_FAIL && reportable(ix, lt, rt)) {
      /* as for binary operators: a mismatch for two integer (float) types,
         and no `op=` impl */
      bool same_family = (is_integral(rl) && is_integral(rr)) || (!is_integral(rl) && !is_integral(rr));
      if (same_family) mismatch(ix, E(ix, b)->span, lt, rt);
      error(ix, "E0277", opsp, "cannot %s-assign `%s` to `%s`", op_verb(op) ? op_verb(op) : "operate",
            tystr(ix, rt), tystr(ix, lt));
    }
    return tcx->unit;
  }
  if (rl->kind == BM_TK_BOOL && rr->kind == BM_TK_BOOL &&
      (op == BM_BIN_BITAND || op == BM_BIN_BITOR || op == BM_BIN_BITXOR))
    return tcx->unit;
  if (rl->kind == BM_TK_INFER && rl->sub == BM_VAR_GENERAL) {
    bm_infer_incomplete(ix, sp, "an operator on a value whose type is not known yet");
    return tcx->unit;
  }
  BmDefId tr = lang(ix, op_lang(op, true));
  if (tr == NONE) return tcx->unit;
  BmTy *args[2] = {lt, rt};
  BmSolve s = bm_solve(ix, tr, args, 2, 0);
  if (s != BM_SOLVE_NO) {
    if (s == BM_SOLVE_MAYBE) oblige(ix, tr, args, 2, sp, BM_WHY_NONE);
    return tcx->unit;
  }
  if (!bm_infer_is_known(ix, lt) || !known_for_e0599(ix, rt)) return tcx->unit;
  /* one impl: its right side was expected */
  uint32_t nimpl = 0;
  const BmDefId *impls = bm_impls_for(tcx, tr, bm_infer_resolve(ix, lt), &nimpl);
  uint32_t fitting = 0;
  BmTy *only_rhs = NULL;
  for (uint32_t i = 0; i < nimpl; i++) {
    uint32_t n;
    BmTy **tref = bm_impl_trait_ref(tcx, impls[i], &n);
    if (!tref || n < 2) continue;
    uint32_t ni;
    BmTy **iargs = bm_infer_instantiate(ix, impls[i], &ni, sp);
    if (!can_unify(ix, bm_ty_subst(tcx, tref[0], iargs, ni), lt)) continue;
    fitting++;
    only_rhs = bm_ty_subst(tcx, tref[1], iargs, ni);
  }
  if (fitting == 1 && only_rhs && bm_infer_is_known(ix, only_rhs)) {
    mismatch(ix, E(ix, b)->span, only_rhs, rt);
    return tcx->unit;
  }
  if (fitting > 0) {
    error(ix, "E0277", opsp, "cannot %s-assign `%s` to `%s`", op_verb(op) ? op_verb(op) : "operate", tystr(ix, rt),
          tystr(ix, lt));
    return tcx->unit;
  }
  BmDiagnostic *d = error(ix, "E0368", opsp, "binary assignment operation `%s=` cannot be applied to type `%s`",
                          op_str(op), tystr(ix, lt));
  (void)d;
  return tcx->unit;
}

static BmTy *cast_expr(BmInfer *ix, BmExprId id) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmExprId a = e->a;
  BmTy *target = bm_ty_lower(tcx, ix->owner, e->type);
  BmTy *t = expr(ix, a, NULL);
  BmTy *rt = structurally(ix, t);
  BmTy *tt = structurally(ix, target);
  /* an integer literal cast to a number keeps its own default */
  if (rt->kind == BM_TK_ERR || tt->kind == BM_TK_ERR) return target;
  if (tt->kind == BM_TK_SLICE || tt->kind == BM_TK_STR || tt->kind == BM_TK_DYN) {
    error(ix, "E0620", e->span, "cast to unsized type: `%s` as `%s`", tystr(ix, rt), tystr(ix, tt));
    return tcx->err;
  }
  bool prim_t = is_numeric(tt) || tt->kind == BM_TK_BOOL || tt->kind == BM_TK_CHAR;
  bool prim_s = is_numeric(rt) || rt->kind == BM_TK_BOOL || rt->kind == BM_TK_CHAR;
  if (prim_s && prim_t) {
    if (tt->kind == BM_TK_BOOL && rt->kind != BM_TK_BOOL) {
      error(ix, "E0054", e->span, "cannot cast `%s` as `bool`", tystr(ix, rt));
    } else if (tt->kind == BM_TK_CHAR && !(rt->kind == BM_TK_CHAR || (rt->kind == BM_TK_INT && rt->sub == BM_PRIM_U8) ||
                                           (rt->kind == BM_TK_INFER && rt->sub == BM_VAR_INT))) {
      error(ix, "E0604", e->span, "only `u8` can be cast as `char`, not `%s`", tystr(ix, rt));
    } else if ((rt->kind == BM_TK_BOOL || rt->kind == BM_TK_CHAR) && tt->kind == BM_TK_FLOAT) {
      error(ix, "E0606", e->span, "casting `%s` as `%s` is invalid", tystr(ix, rt), tystr(ix, tt));
    }
    return target;
  }
  if (prim_t && bm_infer_is_known(ix, rt) && (rt->kind == BM_TK_ADT || rt->kind == BM_TK_REF ||
                                              rt->kind == BM_TK_STR || rt->kind == BM_TK_TUPLE)) {
    if (rt->kind == BM_TK_REF) {
      BmTy *in = bm_infer_resolve(ix, rt->args[1]);
      if (is_numeric(in) || in->kind == BM_TK_BOOL || in->kind == BM_TK_CHAR) {
        BmDiagnostic *d = error(ix, "E0606", e->span, "casting `%s` as `%s` is invalid", tystr(ix, rt), tystr(ix, tt));
        (void)d;
        return target;
      }
    }
    if (rt->kind == BM_TK_ADT && DEF(ix, rt->def)->kind == BM_DEF_ENUM) {
      /* fieldless enums cast to integers */
      BmDef *ed = DEF(ix, rt->def);
      bool fieldless = true;
      for (uint32_t i = 0; i < ed->nitems; i++)
        if (DEF(ix, ed->items[i])->ctor != BM_CTOR_UNIT) fieldless = false;
      if (fieldless && is_integral(tt)) return target;
    }
    error(ix, "E0605", e->span, "non-primitive cast: `%s` as `%s`", tystr(ix, rt), tystr(ix, tt));
    return target;
  }
  /* references and pointers: unify the pointees where it helps */
  if (rt->kind == BM_TK_INFER && tt->kind != BM_TK_INFER && rt->sub == BM_VAR_GENERAL) try_unify(ix, t, target);
  return target;
}

/* ---- if, match, loops: the arms' types meet (rustc's CoerceMany) */

typedef struct {
  BmTy *target;           /* the expected type, or the first arm's */
  bool has_expected;
  bool any;               /* an arm that does not diverge was seen */
  bool failed;            /* a mismatch was reported: the result is an error
                             (rustc's error type), so nothing is said twice */
} Many;

static void many_add(BmInfer *ix, Many *m, BmExprId arm, BmTy *t, const char *what, BmRange at) {
  BmTy *rt = bm_infer_shallow(ix, t);
  if (rt->kind == BM_TK_ERR) {
    m->failed = true;
    return;
  }
  if (rt->kind == BM_TK_NEVER) {
    ix->adjust[arm].never_to_any = true;
    return;
  }
  if (!m->target) {
    m->target = t;
    m->any = true;
    return;
  }
  m->any = true;
  if (coerce(ix, arm, t, m->target) == BM_UNIFY_FAIL) {
    /* or the other way round (the first arm coerces to this one) */
    if (!m->has_expected && coerce(ix, NONE, m->target, t) != BM_UNIFY_FAIL) {
      m->target = t;
      return;
    }
    if (!reportable(ix, m->target, t)) return;
    m->failed = true;
    if (m->has_expected) {
      mismatch(ix, at, m->target, t);
      return;
    }
    ix->errors++;
    BmDiagnostic *d = bm_diag_error(SINK(ix), "E0308", at.start, at.end, "%s have incompatible types", what);
    bm_diag_label(SINK(ix), d, at.start, at.end, "expected %s, found %s", found_str(ix, m->target), found_str(ix, t));
  }
}

/* The span of an arm's value for messages: a block's tail, or the block. */
static BmRange arm_span(BmInfer *ix, BmExprId id) {
  BmExpr *e = E(ix, id);
  if (e->kind == BM_EX_BLOCK && e->a != NONE) return arm_span(ix, e->a);
  return e->span;
}

static BmTy *if_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmExprId c = e->a, t = e->b, f = e->c;
  bool saved_div = ix->diverges;
  ix->diverges = false;
  BmExpr *ce = E(ix, c);
  if (ce->kind == BM_EX_LET || (ce->kind == BM_EX_BINARY && ce->op == BM_BIN_AND)) expr(ix, c, tcx->boolean);
  else expr_coerce(ix, c, tcx->boolean);
  bool cond_div = ix->diverges;
  if (f == NONE) {
    ix->diverges = false;
    BmTy *tt = expr(ix, t, tcx->unit);
    BmTy *rt = bm_infer_shallow(ix, tt);
    if (rt->kind != BM_TK_NEVER && rt->kind != BM_TK_ERR && coerce(ix, t, tt, tcx->unit) == BM_UNIFY_FAIL &&
        reportable(ix, tcx->unit, tt)) {
      /* `if` without `else` whose block has a value */
      BmRange at = arm_span(ix, t);
      ix->errors++;
      BmDiagnostic *d = bm_diag_error(SINK(ix), expected && bm_infer_shallow(ix, expected) != tcx->unit ? "E0317" : "E0308",
                                      at.start, at.end, "%s", expected && bm_infer_shallow(ix, expected) != tcx->unit
                                                                  ? "`if` may be missing an `else` clause"
                                                                  : "mismatched types");
      bm_diag_label(SINK(ix), d, at.start, at.end, "expected `()`, found %s", found_str(ix, tt));
    }
    ix->diverges = saved_div || cond_div;
    return tcx->unit;
  }
  Many m = {expected, expected != NULL && bm_infer_shallow(ix, expected)->kind != BM_TK_INFER, false, false};
  if (m.has_expected) m.target = expected;
  else m.target = NULL;
  ix->diverges = false;
  BmTy *tt = expr(ix, t, expected);
  bool div_t = ix->diverges;
  many_add(ix, &m, t, tt, "`if` and `else`", arm_span(ix, t));
  ix->diverges = false;
  BmTy *ft = expr(ix, f, m.target ? m.target : expected);
  bool div_f = ix->diverges;
  many_add(ix, &m, f, ft, "`if` and `else`", arm_span(ix, f));
  ix->diverges = saved_div || cond_div || (div_t && div_f);
  if (m.failed) return tcx->err;
  if (!m.any) return tcx->never;
  return m.target ? m.target : tcx->unit;
}

static BmTy *match_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmExprId scrut = e->a;
  uint32_t first = e->list, n = e->nlist;
  bool saved_div = ix->diverges;
  ix->diverges = false;
  BmTy *st = expr(ix, scrut, NULL);
  bool scrut_div = ix->diverges;
  Many m = {NULL, false, false, false};
  if (expected && bm_infer_shallow(ix, expected)->kind != BM_TK_INFER) {
    m.target = expected;
    m.has_expected = true;
  }
  bool all_div = n > 0;
  for (uint32_t i = 0; i < n; i++) {
    BmArm arm = ix->body->arms.items[first + i];
    pat(ix, arm.pat, st, BM_BM_VALUE);
    if (arm.guard != NONE) {
      BmExpr *g = E(ix, arm.guard);
      if (g->kind == BM_EX_LET) expr(ix, arm.guard, tcx->boolean);
      else expr_coerce(ix, arm.guard, tcx->boolean);
    }
    ix->diverges = false;
    BmTy *at = expr(ix, arm.body, m.target ? m.target : expected);
    if (!ix->diverges) all_div = false;
    many_add(ix, &m, arm.body, at, "`match` arms", arm_span(ix, arm.body));
  }
  ix->diverges = saved_div || scrut_div || all_div;
  if (n == 0) {
    /* an empty match on an empty type diverges */
    ix->diverges = true;
    return tcx->never;
  }
  if (m.failed) return tcx->err;
  if (!m.any) return tcx->never;
  return m.target ? m.target : tcx->unit;
}

static BmLoopCx *find_loop(BmInfer *ix, BmSym label) {
  for (uint32_t i = ix->loops.len; i-- > 0;) {
    BmLoopCx *l = &ix->loops.items[i];
    if (!label || l->label == label) return l;
  }
  return NULL;
}

static BmTy *loop_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  uint8_t kind = e->kind;
  BmLoopCx lc = {e->name, kind == BM_EX_LOOP, NULL, false};
  if (kind == BM_EX_LOOP) lc.ty = expected ? expected : bm_infer_fresh(ix, BM_VAR_GENERAL, e->span);
  else lc.ty = tcx->unit;
  bool saved_div = ix->diverges;
  if (kind == BM_EX_WHILE) {
    BmExprId c = e->a, b = e->b;
    BmExpr *ce = E(ix, c);
    if (ce->kind == BM_EX_LET || (ce->kind == BM_EX_BINARY && ce->op == BM_BIN_AND)) expr(ix, c, tcx->boolean);
    else expr_coerce(ix, c, tcx->boolean);
    bm_array_push(tcx->arena, &ix->loops, lc);
    BmTy *bt = expr(ix, b, tcx->unit);
    coerce_or_report(ix, b, bt, tcx->unit);
    ix->loops.len--;
    ix->diverges = saved_div;
    return tcx->unit;
  }
  if (kind == BM_EX_FOR) {
    BmExprId it = e->a, b = e->b;
    BmPatId p = e->pat;
    BmTy *itt = expr(ix, it, NULL);
    /* <I as IntoIterator>::Item */
    BmDefId ii = lang(ix, BM_LANG_into_iterator);
    BmTy *item = tcx->err;
    BmTy *ri0 = bm_infer_shallow(ix, itt);
    BmTy *elem = ri0->kind == BM_TK_ADT && ri0->nargs == 1 ? bm_infer_shallow(ix, ri0->args[0]) : NULL;
    if (elem && elem->kind == BM_TK_INFER && elem->sub == BM_VAR_INT &&
        (bm_is_lang(tcx, ri0->def, BM_LANG_range) || bm_is_lang(tcx, ri0->def, BM_LANG_range_inclusive) ||
         bm_is_lang(tcx, ri0->def, BM_LANG_range_from))) {
      /* `for i in 0..n` with an integer variable: std's
         `impl<A: Step> Iterator for Range<A> { type Item = A; }` (and
         RangeInclusive's, RangeFrom's) through IntoIterator's blanket impl
         gives A itself, and every integer type is Step: what solving and
         normalizing would find, without trying each integer impl */
      item = ri0->args[0];
    } else if (ii != NONE) {
      BmTy *args[1] = {itt};
      BmSolve s = bm_solve(ix, ii, args, 1, 0);
      BmTy *ri = bm_infer_shallow(ix, itt);
      if (s == BM_SOLVE_MAYBE && ri->kind == BM_TK_INFER && ri->sub != BM_VAR_GENERAL)
        oblige(ix, ii, args, 1, E(ix, it)->span, BM_WHY_FOR);
      if (s == BM_SOLVE_NO && bm_infer_is_known(ix, itt)) {
        BmTy *shown = bm_infer_resolve(ix, itt);
        BmDiagnostic *d = error(ix, "E0277", E(ix, it)->span, "`%s` is not an iterator", bm_ty_str(tcx, shown));
        if (d) bm_diag_label(SINK(ix), d, E(ix, it)->span.start, E(ix, it)->span.end, "`%s` is not an iterator", bm_ty_str(tcx, shown));
      } else {
        BmDefId a = bm_assoc_type_named(tcx, ii, BM_SYM_Item);
        if (a != NONE) item = bm_normalize(ix, bm_ty_mk(tcx, BM_TK_PROJ, 0, a, 0, args, 1));
        if (bm_infer_shallow(ix, item)->kind == BM_TK_PROJ) item = tcx->err;
      }
    }
    pat(ix, p, item, BM_BM_VALUE);
    bm_array_push(tcx->arena, &ix->loops, lc);
    BmTy *bt = expr(ix, b, tcx->unit);
    coerce_or_report(ix, b, bt, tcx->unit);
    ix->loops.len--;
    ix->diverges = saved_div;
    return tcx->unit;
  }
  /* loop { } */
  BmExprId b = e->a;
  bm_array_push(tcx->arena, &ix->loops, lc);
  uint32_t li = ix->loops.len - 1;
  BmTy *bt = expr(ix, b, tcx->unit);
  coerce_or_report(ix, b, bt, tcx->unit);
  BmLoopCx done = ix->loops.items[li];
  ix->loops.len--;
  if (!done.broken) {
    ix->diverges = true;
    return tcx->never;
  }
  ix->diverges = saved_div;
  return done.ty;
}

/* ---- closures
 *
 * The signature comes from the expected type: a pending `?F: Fn*(A..)`
 * obligation on it (with its Output projection), a fn pointer, or a
 * dyn Fn; else fresh variables (or the types written). */

static bool fn_family(BmInfer *ix, BmDefId tr) {
  return bm_is_lang(TCX(ix), tr, BM_LANG_fn) || bm_is_lang(TCX(ix), tr, BM_LANG_fn_mut) ||
         bm_is_lang(TCX(ix), tr, BM_LANG_fn_once);
}

static void deduce_sig(BmInfer *ix, BmTy *expected, BmTy **params, BmTy **ret) {
  *params = NULL;
  *ret = NULL;
  if (!expected) return;
  BmTy *t = bm_infer_shallow(ix, expected);
  if (t->kind == BM_TK_FNPTR) {
    *params = bm_ty_tuple(TCX(ix), t->args, t->nargs - 1);
    *ret = t->args[t->nargs - 1];
    return;
  }
  if (t->kind == BM_TK_DYN && t->def != NONE && fn_family(ix, t->def)) {
    uint32_t ntrait = (uint32_t)t->idx;
    if (ntrait >= 1) *params = t->args[0];
    if (t->nargs >= ntrait + 2) *ret = t->args[ntrait + 1];
    return;
  }
  if (t->kind != BM_TK_INFER) return;
  uint32_t root = find(ix, (uint32_t)t->idx);
  for (uint32_t i = 0; i < ix->pending.len; i++) {
    BmPred *p = &ix->pending.items[i];
    if (p->nargs < 1) continue;
    BmTy *self = bm_infer_shallow(ix, p->args[0]);
    if (self->kind != BM_TK_INFER || find(ix, (uint32_t)self->idx) != root) continue;
    if (p->assoc == NONE && fn_family(ix, p->trait) && p->nargs >= 2) *params = p->args[1];
    if (p->assoc != NONE && DEF(ix, p->assoc)->name == BM_SYM_Output) *ret = p->ty;
  }
}

static BmTy *closure_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  uint32_t ci = e->index;
  BmClosure c = ix->body->closures.items[ci];
  BmTy *dparams, *dret;
  deduce_sig(ix, expected, &dparams, &dret);
  BmTy *ps = dparams ? bm_infer_shallow(ix, bm_normalize(ix, dparams)) : NULL;
  BmTy *pbuf[32];
  uint32_t np = c.nparams < 32 ? c.nparams : 32;
  for (uint32_t i = 0; i < np; i++) {
    BmClosureParam cp = ix->body->closure_params.items[c.params + i];
    BmTy *pt = NULL;
    if (cp.type) pt = bm_ty_lower(tcx, ix->owner, cp.type);
    BmTy *want = ps && ps->kind == BM_TK_TUPLE && i < ps->nargs ? ps->args[i] : NULL;
    if (pt && want) {
      if (unify(ix, pt, want, 0) == BM_UNIFY_FAIL && reportable(ix, pt, want)) {
        BmRange at = c.head;
        BmDiagnostic *d = error(ix, "E0631", at, "type mismatch in closure arguments");
        (void)d;
      }
    }
    if (!pt) pt = want ? want : bm_infer_fresh(ix, BM_VAR_GENERAL, c.span);
    pbuf[i] = pt;
    pat(ix, cp.pat, pt, BM_BM_VALUE);
  }
  if (ps && ps->kind == BM_TK_TUPLE && ps->nargs != np && dparams) {
    BmDiagnostic *d = error(ix, "E0593", c.head, "closure is expected to take %u argument%s, but it takes %u argument%s",
                            ps->nargs, ps->nargs == 1 ? "" : "s", np, np == 1 ? "" : "s");
    (void)d;
  }
  BmTy *params = bm_ty_tuple(tcx, pbuf, np);
  BmTy *ret = c.ret ? bm_ty_lower(tcx, ix->owner, c.ret) : (dret ? dret : bm_infer_fresh(ix, BM_VAR_GENERAL, c.span));
  ix->closures[ci].params = params;
  ix->closures[ci].ret = ret;
  BmTy *saved_ret = ix->ret;
  BmLoopStack saved_loops = ix->loops;
  ix->loops.len = 0;
  ix->loops.items = NULL;
  ix->loops.cap = 0;
  ix->ret = ret;
  bool saved_div = ix->diverges;
  ix->closures_in++;
  BmTy *bt = expr(ix, c.body, ret);
  coerce_or_report(ix, c.body, bt, ret);
  ix->closures_in--;
  ix->diverges = saved_div;
  ix->ret = saved_ret;
  ix->loops = saved_loops;
  return bm_ty_mk(tcx, BM_TK_CLOSURE, 0, ix->owner, ci, NULL, 0);
}

/* ---- struct literals */

static BmTy *struct_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmPath *p = e->path;
  uint32_t first = e->list, n = e->nlist;
  BmExprId base = e->a;
  BmRange sp = e->span;
  BmDefId variant = NONE;
  BmTy *adt = tcx->err;
  BmRes r = p ? p->res : (BmRes){0};
  if (r.kind == BM_RES_DEF && r.rest == 0) {
    BmDef *d = DEF(ix, r.id);
    if (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_UNION) {
      variant = r.id;
      uint32_t na;
      tcx->no_defaults = true;
      BmTy **args = bm_lower_seg_args(tcx, ix->owner, r.id, last_seg(p), NULL, 0, &na, NULL);
      tcx->no_defaults = false;
      adt = bm_ty_adt(tcx, r.id, args, na);
    } else if (d->kind == BM_DEF_VARIANT) {
      variant = r.id;
      uint32_t na;
      const BmPathSeg *seg = p->nsegs >= 2 ? &p->segs[p->nsegs - 2] : NULL;
      tcx->no_defaults = true;
      BmTy **args = bm_lower_seg_args(tcx, ix->owner, d->parent, seg, NULL, 0, &na, NULL);
      tcx->no_defaults = false;
      adt = bm_ty_adt(tcx, d->parent, args, na);
    } else if (d->kind == BM_DEF_TYPE_ALIAS) {
      adt = bm_normalize(ix, bm_type_of(tcx, r.id));
      BmTy *at = bm_infer_shallow(ix, adt);
      if (at->kind == BM_TK_ADT && DEF(ix, at->def)->kind == BM_DEF_STRUCT) variant = at->def;
      else if (bm_infer_is_known(ix, at) && at->kind != BM_TK_ADT && at->kind != BM_TK_PARAM) {
        error(ix, "E0071", p->segs[p->nsegs - 1].span, "expected struct, variant or union type, found `%s`", tystr(ix, at));
        for (uint32_t i = 0; i < n; i++) expr(ix, ix->body->field_inits.items[first + i].value, NULL);
        return tcx->err;
      }
    }
  } else if (r.kind == BM_RES_SELF_TY) {
    adt = bm_type_of(tcx, r.id);
    BmTy *at = bm_infer_shallow(ix, adt);
    if (at->kind == BM_TK_ADT && DEF(ix, at->def)->kind == BM_DEF_STRUCT) variant = at->def;
    if (r.rest == 1 && at->kind == BM_TK_ADT && DEF(ix, at->def)->kind == BM_DEF_ENUM) {
      BmDef *ed = DEF(ix, at->def);
      for (uint32_t i = 0; i < ed->nitems; i++)
        if (DEF(ix, ed->items[i])->name == p->segs[p->nsegs - 1].name) variant = ed->items[i];
    } else if (r.rest) {
      variant = NONE;
    }
  } else if (r.kind == BM_RES_PRIM && r.rest == 0) {
    error(ix, "E0071", p->segs[p->nsegs - 1].span, "expected struct, variant or union type, found `%s`",
          bm_ty_str(tcx, bm_ty_int(tcx, (BmPrim)r.prim)));
    for (uint32_t i = 0; i < n; i++) expr(ix, ix->body->field_inits.items[first + i].value, NULL);
    return tcx->err;
  } else if (r.kind == BM_RES_DEF && r.rest == 1 && DEF(ix, r.id)->kind == BM_DEF_TYPE_ALIAS) {
    adt = bm_normalize(ix, bm_type_of(tcx, r.id));
    BmTy *at = bm_infer_shallow(ix, adt);
    if (at->kind == BM_TK_ADT && DEF(ix, at->def)->kind == BM_DEF_ENUM) {
      BmDef *ed = DEF(ix, at->def);
      for (uint32_t i = 0; i < ed->nitems; i++)
        if (DEF(ix, ed->items[i])->name == p->segs[p->nsegs - 1].name) variant = ed->items[i];
    }
  }
  if (variant == NONE && r.kind == BM_RES_DEF && r.rest == 1 && DEF(ix, r.id)->kind == BM_DEF_ENUM &&
      !DEF(ix, r.id)->is_std) {
    /* `E::Missing { .. }` */
    BmRange at = p->segs[p->nsegs - 1].span;
    error(ix, "E0599", at, "no variant named `%s` found for enum `%s`", bm_sym_str(tcx->syms, p->segs[p->nsegs - 1].name),
          bm_sym_str(tcx->syms, DEF(ix, r.id)->name));
    for (uint32_t i = 0; i < n; i++) expr(ix, ix->body->field_inits.items[first + i].value, NULL);
    if (base != NONE) expr(ix, base, NULL);
    return tcx->err;
  }
  if (variant == NONE) {
    for (uint32_t i = 0; i < n; i++) expr(ix, ix->body->field_inits.items[first + i].value, NULL);
    if (base != NONE) expr(ix, base, NULL);
    if (r.kind == BM_RES_UNKNOWN || (r.kind != BM_RES_ERR && r.kind != BM_RES_NONE))
      bm_infer_incomplete(ix, sp, "a struct literal borrowmap cannot type");
    return adt;
  }
  if (expected) try_unify(ix, adt, expected);
  BmDef *vd = DEF(ix, variant);
  BmTy *at = bm_infer_shallow(ix, adt);
  bool *seen = bm_arena_alloc(tcx->arena, (vd->nfields ? vd->nfields : 1) * sizeof *seen);
  bool unknown_field = false;
  for (uint32_t i = 0; i < n; i++) {
    BmFieldInit fi = ix->body->field_inits.items[first + i];
    uint32_t f = UINT32_MAX;
    for (uint32_t k = 0; k < vd->nfields; k++) {
      if (fi.index != UINT32_MAX ? (vd->fields[k].name == 0 && k == fi.index) : vd->fields[k].name == fi.name) f = k;
    }
    if (f == UINT32_MAX) {
      expr(ix, fi.value, NULL);
      unknown_field = true;
      if (!vd->is_std) {
        bool variant_kind = vd->kind == BM_DEF_VARIANT;
        const char *kind = variant_kind ? "variant" : bm_adt_descr(tcx, variant);
        const char *vname = variant_kind
                                ? bm_arena_printf(tcx->arena, "%s::%s", bm_sym_str(tcx->syms, DEF(ix, vd->parent)->name),
                                                  bm_sym_str(tcx->syms, vd->name))
                                : bm_sym_str(tcx->syms, vd->name);
        BmDiagnostic *d = error(ix, variant_kind ? "E0559" : "E0560", fi.span, "%s `%s` has no field named `%s`", kind,
                                vname, bm_sym_str(tcx->syms, fi.name));
        if (d) bm_diag_label(SINK(ix), d, fi.span.start, fi.span.end, "`%s` does not have this field", vname);
      }
      continue;
    }
    if (seen[f] && !vd->is_std) {
      /* E0062: a field given twice */
      error(ix, "E0062", fi.span, "field `%s` specified more than once", bm_sym_str(tcx->syms, fi.name));
      expr(ix, fi.value, NULL);
      continue;
    }
    seen[f] = true;
    if (!vd->is_std && !bm_visible(tcx->res, vd->fields[f].vis, vd->module, DEF(ix, ix->owner)->module) &&
        vd->kind != BM_DEF_VARIANT) {
      BmDiagnostic *d = error(ix, "E0451", fi.span, "field `%s` of struct `%s` is private", bm_sym_str(tcx->syms, fi.name),
                              bm_sym_str(tcx->syms, vd->name));
      (void)d;
    }
    BmTy *ft = at->kind == BM_TK_ADT ? bm_ty_subst(tcx, bm_field_ty(tcx, variant, f), at->args, at->nargs) : tcx->err;
    expr_coerce(ix, fi.value, bm_normalize(ix, ft));
  }
  if (base != NONE) {
    expr_coerce(ix, base, adt);
  } else if (!vd->is_std && !unknown_field) {
    /* E0063: fields not given */
    char buf[512];
    size_t o = 0;
    uint32_t missing = 0;
    for (uint32_t k = 0; k < vd->nfields; k++) {
      if (seen[k]) continue;
      if (missing < 3 && o < sizeof buf - 64)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s`%s`", missing ? (missing == 1 && vd->nfields - k == 1 ? " and " : ", ") : "",
                              vd->fields[k].name ? bm_sym_str(tcx->syms, vd->fields[k].name) : "0");
      missing++;
    }
    if (missing) {
      BmRange at2 = p && p->nsegs ? (BmRange){p->segs[0].span.start, p->segs[p->nsegs - 1].span.end} : sp;
      if (missing > 3) snprintf(buf + o, sizeof buf - o, " and %u other field%s", missing - 3, missing - 3 == 1 ? "" : "s");
      error(ix, "E0063", at2, "missing field%s %s in initializer of `%s`", missing == 1 ? "" : "s", buf,
            vd->kind == BM_DEF_VARIANT ? bm_arena_printf(tcx->arena, "%s::%s", bm_sym_str(tcx->syms, DEF(ix, vd->parent)->name), bm_sym_str(tcx->syms, vd->name))
                                       : bm_sym_str(tcx->syms, vd->name));
    }
  }
  return adt;
}

/* ---- `?`: Result<T, E> -> T with From<E> for the fn's error type;
 * Option<T> -> T in a fn returning Option */

static BmTy *try_expr(BmInfer *ix, BmExprId id) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmExprId a = e->a;
  BmRange sp = e->span;
  BmTy *t = structurally(ix, expr(ix, a, NULL));
  if (t->kind == BM_TK_ERR) return tcx->err;
  BmTy *ret = structurally(ix, ix->ret);
  bool is_result = is_adt(ix, t, BM_LANG_result), is_option = is_adt(ix, t, BM_LANG_option);
  if (!is_result && !is_option) {
    if (bm_infer_is_known(ix, t) && t->kind != BM_TK_PARAM && !(t->kind == BM_TK_ADT && DEF(ix, t->def)->is_std)) {
      BmDiagnostic *d = error(ix, "E0277", sp, "the `?` operator can only be applied to values that implement `Try`");
      (void)d;
    } else {
      bm_infer_incomplete(ix, sp, "`?` on a type borrowmap does not model");
    }
    return tcx->err;
  }
  /* the fn's return type must take the residual */
  bool ret_result = is_adt(ix, ret, BM_LANG_result), ret_option = is_adt(ix, ret, BM_LANG_option);
  if (ret->kind == BM_TK_INFER) {
    /* a closure whose return type is inferred */
    if (is_result) {
      BmTy *args[2] = {bm_infer_fresh(ix, BM_VAR_GENERAL, sp), t->args[1]};
      unify(ix, ret, lang_adt(ix, BM_LANG_result, args, 2), 0);
    } else {
      BmTy *args[1] = {bm_infer_fresh(ix, BM_VAR_GENERAL, sp)};
      unify(ix, ret, lang_adt(ix, BM_LANG_option, args, 1), 0);
    }
  } else if ((is_result && !ret_result) || (is_option && !ret_option)) {
    if (bm_infer_is_known(ix, ret) && ret->kind != BM_TK_PARAM && ret->kind != BM_TK_OPAQUE &&
        !(ret->kind == BM_TK_ADT && DEF(ix, ret->def)->is_std && !ret_result && !ret_option &&
          bm_lang(tcx, BM_LANG_result) != NONE && false)) {
      BmDiagnostic *d;
      if ((is_result && ret_option) || (is_option && ret_result))
        d = error(ix, "E0277", sp, "the `?` operator can only be used on `%s`s in a function that returns `%s`",
                  is_result ? "Result" : "Option", is_result ? "Result" : "Option");
      else
        d = error(ix, "E0277", sp, "the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)");
      (void)d;
    }
    return t->args[0];
  } else if (is_result && ret_result) {
    /* `?` is From::from(e): the fn's error type implements From<E> (the
       types themselves are never unified) */
    BmTy *fe = ret->args[1], *ee = t->args[1];
    BmDefId from = lang(ix, BM_LANG_from);
    if (from != NONE) {
      BmTy *args[2] = {fe, ee};
      oblige(ix, from, args, 2, sp, BM_WHY_TRY);
    }
  }
  return t->args[0];
}

/* ---- format macros, assertions, vec! */

static BmLang fmt_trait_lang(uint8_t trait) {
  switch (trait) {
  case BM_FT_DEBUG: return BM_LANG_debug;
  case BM_FT_LOWER_HEX: return BM_LANG_lower_hex;
  case BM_FT_UPPER_HEX: return BM_LANG_upper_hex;
  case BM_FT_OCTAL: return BM_LANG_octal;
  case BM_FT_BINARY: return BM_LANG_binary;
  case BM_FT_LOWER_EXP: return BM_LANG_lower_exp;
  case BM_FT_UPPER_EXP: return BM_LANG_upper_exp;
  case BM_FT_POINTER: return BM_LANG_pointer;
  default: return BM_LANG_display;
  }
}

static BmTy *macro_expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  BmMacro m = ix->body->macros.items[e->index];
  BmRange sp = e->span;
  if (m.kind == BM_MAC_UNKNOWN) {
    bm_infer_incomplete(ix, sp, "a macro borrowmap does not know");
    return tcx->err;
  }
  /* the format arguments, and their traits */
  BmTy **argt = bm_arena_alloc(tcx->arena, (m.nargs ? m.nargs : 1) * sizeof *argt);
  BmTy *target = NULL;
  if (m.kind == BM_MAC_WRITE || m.kind == BM_MAC_WRITELN) target = expr(ix, m.target, NULL);
  if (m.kind == BM_MAC_ASSERT || m.kind == BM_MAC_DEBUG_ASSERT) expr_coerce(ix, m.target, tcx->boolean);
  if (m.kind == BM_MAC_ASSERT_EQ || m.kind == BM_MAC_ASSERT_NE || m.kind == BM_MAC_DEBUG_ASSERT_EQ ||
      m.kind == BM_MAC_DEBUG_ASSERT_NE) {
    BmTy *lt = expr(ix, m.target, NULL);
    BmTy *rt = expr(ix, m.right, lt);
    BmTy *rl = structurally(ix, lt), *rr = structurally(ix, rt);
    bool prim = (is_numeric(rl) || rl->kind == BM_TK_BOOL || rl->kind == BM_TK_CHAR) &&
                (is_numeric(rr) || rr->kind == BM_TK_BOOL || rr->kind == BM_TK_CHAR);
    if (prim) {
      if (unify(ix, lt, rt, 0) == BM_UNIFY_FAIL) mismatch(ix, E(ix, m.right)->span, lt, rt);
    } else {
      BmDefId pe = lang(ix, BM_LANG_eq);
      if (pe != NONE) {
        BmTy *args[2] = {lt, rt};
        oblige(ix, pe, args, 2, sp, BM_WHY_NONE);
      }
    }
    oblige_lang(ix, BM_LANG_debug, lt, E(ix, m.target)->span, BM_WHY_DEBUG);
    oblige_lang(ix, BM_LANG_debug, rt, E(ix, m.right)->span, BM_WHY_DEBUG);
  }
  if (m.kind == BM_MAC_DBG && m.target != NONE) {
    BmTy *t = expr(ix, m.target, expected);
    oblige_lang(ix, BM_LANG_debug, t, E(ix, m.target)->span, BM_WHY_DEBUG);
    return t;
  }
  if (m.kind == BM_MAC_MATCHES) {
    BmTy *t = expr(ix, m.target, NULL);
    pat(ix, m.pat, t, BM_BM_VALUE);
    if (m.guard != NONE) expr_coerce(ix, m.guard, tcx->boolean);
    return tcx->boolean;
  }
  if (m.kind == BM_MAC_VEC) {
    BmExpr *arr = E(ix, m.target);
    BmTy *elem = NULL;
    BmTy *et = expected ? bm_infer_shallow(ix, expected) : NULL;
    if (et && is_adt(ix, et, BM_LANG_vec) && et->nargs >= 1) elem = et->args[0];
    if (!elem) elem = bm_infer_fresh(ix, BM_VAR_GENERAL, sp);
    if (arr->kind == BM_EX_REPEAT) {
      BmExprId a = arr->a, b = arr->b;
      expr_coerce(ix, a, elem);
      expr_coerce(ix, b, tcx->ints[BM_PRIM_USIZE]);
      oblige_lang(ix, BM_LANG_clone, elem, E(ix, a)->span, BM_WHY_NONE);
    } else if (arr->kind == BM_EX_ARRAY) {
      uint32_t list = arr->list, n = arr->nlist;
      Many mm = {elem, false, false, false};
      for (uint32_t i = 0; i < n; i++) {
        BmExprId x = LIST(ix, list + i);
        BmTy *xt = expr(ix, x, mm.target);
        many_add(ix, &mm, x, xt, "`vec!` elements", E(ix, x)->span);
        if (i == 0) unify(ix, elem, xt, 0);
      }
      ix->expr_ty[m.target] = bm_ty_array(tcx, elem, bm_ty_const(tcx, n));
    }
    BmTy *args[1] = {elem};
    return lang_adt(ix, BM_LANG_vec, args, 1);
  }
  for (uint32_t i = 0; i < m.nargs; i++) {
    BmFmtArg a = ix->body->fmt_args.items[m.args + i];
    argt[i] = expr(ix, a.expr, NULL);
  }
  if (m.has_format && m.format_ok) {
    for (uint32_t i = 0; i < m.npieces; i++) {
      BmFmtPiece p = ix->body->fmt_pieces.items[m.pieces + i];
      if (p.kind != BM_FP_ARG) continue;
      if (p.arg < m.nargs) {
        BmFmtArg a = ix->body->fmt_args.items[m.args + p.arg];
        BmLang l = fmt_trait_lang(p.trait);
        if (p.trait != BM_FT_UNKNOWN)
          oblige_lang(ix, l, argt[p.arg], a.implicit ? p.span : E(ix, a.expr)->span,
                      p.trait == BM_FT_DEBUG ? BM_WHY_DEBUG : p.trait == BM_FT_DISPLAY ? BM_WHY_DISPLAY : BM_WHY_NONE);
      }
      if (p.width.kind == BM_FC_ARG && p.width.value < m.nargs) expr_coerce(ix, ix->body->fmt_args.items[m.args + p.width.value].expr, tcx->ints[BM_PRIM_USIZE]);
      if (p.precision.kind == BM_FC_ARG && p.precision.value < m.nargs) expr_coerce(ix, ix->body->fmt_args.items[m.args + p.precision.value].expr, tcx->ints[BM_PRIM_USIZE]);
    }
  }
  switch (m.kind) {
  case BM_MAC_FORMAT: return string_ty(ix);
  case BM_MAC_PANIC: case BM_MAC_TODO: case BM_MAC_UNIMPLEMENTED: case BM_MAC_UNREACHABLE:
    ix->diverges = true;
    return tcx->never;
  case BM_MAC_WRITE:
  case BM_MAC_WRITELN: {
    /* target.write_fmt(args): its result */
    BmTy *t = structurally(ix, target);
    if (t->kind == BM_TK_ERR) return tcx->err;
    BmPick pick;
    BmSym wf = bm_sym(tcx->syms, "write_fmt", 9);
    if (bm_probe_method(ix, t, wf, &pick) == BM_PROBE_FOUND) {
      ix->adjust[m.target].derefs = pick.derefs;
      ix->adjust[m.target].autoref = pick.autoref;
      const BmSig *sig = bm_fn_sig(tcx, pick.def);
      uint32_t n;
      BmTy **args = bm_lower_seg_args(tcx, ix->owner, pick.def, NULL, pick.args, pick.nargs, &n, NULL);
      if (sig) return bm_normalize(ix, bm_ty_subst(tcx, sig->ret, args, n));
    }
    bm_infer_incomplete(ix, sp, "`write!` to this destination");
    return tcx->err;
  }
  case BM_MAC_FORMAT_ARGS: {
    BmDefId a = lang(ix, BM_LANG_arguments);
    return a != NONE ? bm_ty_adt(tcx, a, NULL, 0) : tcx->err;
  }
  default:
    return tcx->unit;
  }
}

/* ---- literals */

static BmTy *lit_type(BmInfer *ix, const BmLit *lit, BmRange sp, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  switch (lit->kind) {
  case BM_LIT_INT:
    if (lit->suffix) return bm_ty_int(tcx, (BmPrim)lit->suffix);
    if (expected) {
      BmTy *et = bm_infer_shallow(ix, expected);
      if (et->kind == BM_TK_INT || et->kind == BM_TK_FLOAT) {
        /* `let x: f64 = 1;` is a mismatch; an integer type takes the literal */
        if (et->kind == BM_TK_INT) return et;
      }
    }
    return bm_infer_fresh(ix, BM_VAR_INT, sp);
  case BM_LIT_FLOAT:
    if (lit->suffix) return bm_ty_int(tcx, (BmPrim)lit->suffix);
    if (expected && bm_infer_shallow(ix, expected)->kind == BM_TK_FLOAT) return bm_infer_shallow(ix, expected);
    return bm_infer_fresh(ix, BM_VAR_FLOAT, sp);
  case BM_LIT_BOOL: return tcx->boolean;
  case BM_LIT_CHAR: return tcx->chr;
  case BM_LIT_BYTE: return tcx->ints[BM_PRIM_U8];
  case BM_LIT_STR: return bm_ty_ref(tcx, tcx->re_static, tcx->str, false);
  case BM_LIT_BYTE_STR:
    return bm_ty_ref(tcx, tcx->re_static, bm_ty_array(tcx, tcx->ints[BM_PRIM_U8], bm_ty_const(tcx, lit->len)), false);
  default:
    bm_infer_incomplete(ix, sp, "C string literals");
    return tcx->err;
  }
}

/* ---- blocks */

static void stmt(BmInfer *ix, BmStmt *s) {
  BmTcx *tcx = TCX(ix);
  switch (s->kind) {
  case BM_ST_LET: {
    BmTy *decl = s->type ? bm_ty_lower(tcx, ix->owner, s->type) : NULL;
    BmTy *t = decl;
    if (s->init != NONE) {
      if (decl) {
        expr_coerce(ix, s->init, decl);
      } else {
        t = expr(ix, s->init, NULL);
      }
    }
    if (!t) t = bm_infer_fresh(ix, BM_VAR_GENERAL, s->span);
    if (s->els != NONE) {
      bool saved = ix->diverges;
      ix->diverges = false;
      BmTy *et = expr(ix, s->els, NULL);
      BmTy *r = bm_infer_shallow(ix, et);
      if (r->kind != BM_TK_NEVER && r->kind != BM_TK_ERR && !ix->diverges && reportable(ix, tcx->never, et)) {
        BmRange at = E(ix, s->els)->span;
        ix->errors++;
        BmDiagnostic *d = bm_diag_error(SINK(ix), "E0308", at.start, at.end, "`else` clause of `let...else` does not diverge");
        (void)d;
      }
      ix->diverges = saved;
    }
    pat(ix, s->pat, t, BM_BM_VALUE);
    return;
  }
  case BM_ST_EXPR: {
    BmExpr *e = E(ix, s->init);
    bool blocklike = e->kind == BM_EX_BLOCK || e->kind == BM_EX_IF || e->kind == BM_EX_MATCH ||
                     e->kind == BM_EX_LOOP || e->kind == BM_EX_WHILE || e->kind == BM_EX_FOR ||
                     e->kind == BM_EX_UNSAFE;
    if (blocklike && !e->has_semi) {
      /* a block-like statement without `;` must be () */
      BmTy *t = expr(ix, s->init, tcx->unit);
      BmTy *r = bm_infer_shallow(ix, t);
      if (r->kind != BM_TK_NEVER && coerce(ix, s->init, t, tcx->unit) == BM_UNIFY_FAIL)
        mismatch(ix, arm_span(ix, s->init), tcx->unit, t);
    } else {
      expr(ix, s->init, NULL);
    }
    return;
  }
  default:
    return;
  }
}

static BmTy *block(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  uint32_t first = e->list, n = e->nlist;
  BmExprId tail = e->a;
  BmSym label = e->name;
  bool labeled = label != 0;
  if (labeled) {
    BmLoopCx lc = {label, true, expected ? expected : bm_infer_fresh(ix, BM_VAR_GENERAL, e->span), false};
    bm_array_push(tcx->arena, &ix->loops, lc);
  }
  bool saved_div = ix->diverges;
  bool div = false;
  BmDefId saved_scope = ix->scope;
  if (e->index != NONE) ix->scope = e->index;
  for (uint32_t i = 0; i < n; i++) {
    ix->diverges = false;
    stmt(ix, &ix->body->stmts.items[first + i]);
    if (ix->diverges) div = true;
  }
  BmTy *t;
  if (tail != NONE) {
    ix->diverges = false;
    t = expr(ix, tail, expected);
    if (ix->diverges) div = true;
  } else {
    t = div ? tcx->never : tcx->unit;
  }
  ix->scope = saved_scope;
  if (labeled) {
    BmLoopCx lc = ix->loops.items[--ix->loops.len];
    if (lc.broken) {
      coerce_or_report(ix, tail != NONE ? tail : id, t, lc.ty);
      t = lc.ty;
      div = false;
    }
  }
  ix->diverges = saved_div || div;
  return t;
}

/* ---- the dispatcher */

static BmTy *expr_inner(BmInfer *ix, BmExprId id, BmTy *expected) {
  BmTcx *tcx = TCX(ix);
  BmExpr *e = E(ix, id);
  switch (e->kind) {
  case BM_EX_MISSING: return tcx->err;
  case BM_EX_UNSUPPORTED:
    bm_infer_incomplete(ix, e->span, e->why ? e->why : "this expression");
    return tcx->err;
  case BM_EX_LIT: return lit_type(ix, &e->lit, e->span, expected);
  case BM_EX_PATH: return path_expr(ix, id, expected);
  case BM_EX_CALL: return call_expr(ix, id, expected);
  case BM_EX_METHOD: return method_expr(ix, id, expected);
  case BM_EX_FIELD: return field_expr(ix, id);
  case BM_EX_INDEX: return index_expr(ix, id);
  case BM_EX_UNARY: return unary_expr(ix, id, expected);
  case BM_EX_BINARY: return binary_expr(ix, id, expected);
  case BM_EX_ASSIGN: {
    BmExprId a = e->a, b = e->b;
    BmTy *lt = expr(ix, a, NULL);
    if (!is_place_expr(ix, a)) {
      BmDiagnostic *d = error(ix, "E0070", e->span, "invalid left-hand side of assignment");
      if (d) bm_diag_label(SINK(ix), d, E(ix, a)->span.start, E(ix, a)->span.end, "cannot assign to this expression");
      expr(ix, b, NULL);
      return tcx->unit;
    }
    expr_coerce(ix, b, lt);
    return tcx->unit;
  }
  case BM_EX_COMPOUND: return compound_expr(ix, id);
  case BM_EX_REF: {
    BmExprId a = e->a;
    bool mut = e->mut;
    BmTy *inner_exp = NULL;
    if (expected) {
      BmTy *et = bm_infer_shallow(ix, expected);
      if (et->kind == BM_TK_REF) inner_exp = et->args[1];
    }
    BmTy *t = expr(ix, a, inner_exp);
    return bm_ty_ref(tcx, NULL, t, mut);
  }
  case BM_EX_CAST: return cast_expr(ix, id);
  case BM_EX_BLOCK: return block(ix, id, expected);
  case BM_EX_UNSAFE: return expr(ix, e->a, expected);
  case BM_EX_IF: return if_expr(ix, id, expected);
  case BM_EX_LET: {
    BmExprId v = e->a;
    BmPatId p = e->pat;
    BmTy *t = expr(ix, v, NULL);
    pat(ix, p, t, BM_BM_VALUE);
    return tcx->boolean;
  }
  case BM_EX_MATCH: return match_expr(ix, id, expected);
  case BM_EX_LOOP:
  case BM_EX_WHILE:
  case BM_EX_FOR:
    return loop_expr(ix, id, expected);
  case BM_EX_BREAK: {
    BmExprId v = e->a;
    BmLoopCx *l = find_loop(ix, e->name);
    if (!l && !e->name) {
      if (ix->closures_in)
        error(ix, "E0267", e->span, "`break` inside of a closure");
      else
        error(ix, "E0268", e->span, "`break` outside of a loop or labeled block");
    }
    BmTy *vt = tcx->unit;
    if (l && v != NONE) {
      uint32_t li = (uint32_t)(l - ix->loops.items);
      BmTy *want = l->ty;
      vt = expr(ix, v, want);
      if (!ix->loops.items[li].is_loop) {
        /* `break value` in a `while`/`for`: E0571 */
        error(ix, "E0571", e->span, "`break` with value from a `%s` loop", "while");
      } else {
        coerce_or_report(ix, v, vt, want);
      }
      l = &ix->loops.items[li];
    } else if (v != NONE) {
      expr(ix, v, NULL);
    } else if (l && l->is_loop) {
      coerce(ix, NONE, tcx->unit, l->ty);
    }
    if (l) l->broken = true;
    ix->diverges = true;
    return tcx->never;
  }
  case BM_EX_CONTINUE: {
    bool in_loop = false;
    for (uint32_t i = 0; i < ix->loops.len; i++)
      if (ix->loops.items[i].is_loop || ix->loops.items[i].ty == tcx->unit) in_loop = true;
    if (!in_loop && !e->name) {
      if (ix->closures_in)
        error(ix, "E0267", e->span, "`continue` inside of a closure");
      else
        error(ix, "E0268", e->span, "`continue` outside of a loop");
    }
    ix->diverges = true;
    return tcx->never;
  }
  case BM_EX_RETURN: {
    BmExprId v = e->a;
    if (v != NONE) expr_coerce(ix, v, ix->ret);
    else if (coerce(ix, NONE, tcx->unit, ix->ret) == BM_UNIFY_FAIL && reportable(ix, ix->ret, tcx->unit)) {
      BmDiagnostic *d = error(ix, "E0069", e->span, "`return;` in a function whose return type is not `()`");
      if (d) bm_diag_label(SINK(ix), d, e->span.start, e->span.end, "return type is not `()`");
    }
    ix->diverges = true;
    return tcx->never;
  }
  case BM_EX_CLOSURE: return closure_expr(ix, id, expected);
  case BM_EX_TUPLE: {
    uint32_t list = e->list, n = e->nlist;
    BmTy *et = expected ? bm_infer_shallow(ix, expected) : NULL;
    BmTy *buf[64];
    BmTy **el = n <= 64 ? buf : bm_arena_alloc(tcx->arena, n * sizeof *el);
    for (uint32_t i = 0; i < n; i++) {
      BmTy *want = et && et->kind == BM_TK_TUPLE && et->nargs == n ? et->args[i] : NULL;
      BmExprId x = LIST(ix, list + i);
      el[i] = want ? expr_coerce(ix, x, want) : expr(ix, x, NULL);
    }
    return bm_ty_tuple(tcx, el, n);
  }
  case BM_EX_ARRAY: {
    uint32_t list = e->list, n = e->nlist;
    BmTy *et = expected ? bm_infer_shallow(ix, expected) : NULL;
    BmTy *elem = et && (et->kind == BM_TK_ARRAY || et->kind == BM_TK_SLICE) ? et->args[0] : NULL;
    Many mm = {elem, elem != NULL, false, false};
    for (uint32_t i = 0; i < n; i++) {
      BmExprId x = LIST(ix, list + i);
      BmTy *xt = expr(ix, x, mm.target);
      many_add(ix, &mm, x, xt, "array elements", E(ix, x)->span);
    }
    BmTy *el = mm.target ? mm.target : bm_infer_fresh(ix, BM_VAR_GENERAL, e->span);
    return bm_ty_array(tcx, el, bm_ty_const(tcx, n));
  }
  case BM_EX_REPEAT: {
    BmExprId a = e->a, b = e->b;
    BmTy *et = expected ? bm_infer_shallow(ix, expected) : NULL;
    BmTy *elem = et && et->kind == BM_TK_ARRAY ? et->args[0] : NULL;
    BmTy *t = elem ? expr_coerce(ix, a, elem) : expr(ix, a, NULL);
    expr_coerce(ix, b, tcx->ints[BM_PRIM_USIZE]);
    BmExpr *be = E(ix, b);
    BmTy *len = be->kind == BM_EX_LIT && be->lit.kind == BM_LIT_INT ? bm_ty_const(tcx, be->lit.lo)
                                                                     : (et && et->kind == BM_TK_ARRAY ? et->args[1] : tcx->err);
    return bm_ty_array(tcx, t, len);
  }
  case BM_EX_STRUCT: return struct_expr(ix, id, expected);
  case BM_EX_RANGE: {
    BmExprId a = e->a, b = e->b;
    bool inclusive = e->inclusive;
    BmTy *elem = NULL;
    BmTy *et = expected ? bm_infer_shallow(ix, expected) : NULL;
    if (et && et->kind == BM_TK_ADT && et->nargs == 1) elem = et->args[0];
    if (a != NONE) {
      BmTy *at = expr(ix, a, elem);
      if (!elem) elem = at;
      else coerce_or_report(ix, a, at, elem);
    }
    if (b != NONE) {
      BmTy *bt = expr(ix, b, elem);
      if (!elem) elem = bt;
      else coerce_or_report(ix, b, bt, elem);
    }
    BmLang l = a != NONE && b != NONE ? (inclusive ? BM_LANG_range_inclusive : BM_LANG_range)
             : a != NONE ? BM_LANG_range_from
             : b != NONE ? (inclusive ? BM_LANG_range_to_inclusive : BM_LANG_range_to)
             : BM_LANG_range_full;
    if (l == BM_LANG_range_full) return lang_adt(ix, l, NULL, 0);
    return lang_adt(ix, l, &elem, 1);
  }
  case BM_EX_TRY: return try_expr(ix, id);
  case BM_EX_MACRO: return macro_expr(ix, id, expected);
  default:
    return tcx->err;
  }
}

static BmTy *expr(BmInfer *ix, BmExprId id, BmTy *expected) {
  if (id == NONE) return TCX(ix)->unit;
  BmLimits *lim = TCX(ix)->sink ? TCX(ix)->sink->limits : NULL;
  if (ix->depth > BM_HIR_MAX_DEPTH * 2 || (lim && !bm_deeper(lim))) {
    bm_infer_incomplete(ix, E(ix, id)->span, BM_TOO_DEEP);
    return record(ix, id, TCX(ix)->err);
  }
  if (lim && !bm_spend(lim, 1)) {
    bm_shallower(lim);
    bm_infer_incomplete(ix, E(ix, id)->span, BM_OUT_OF_WORK);
    return record(ix, id, TCX(ix)->err);
  }
  ix->depth++;
  TCX(ix)->work++;
  BmTy *t = expr_inner(ix, id, expected);
  ix->depth--;
  if (lim) bm_shallower(lim);
  return record(ix, id, t ? t : TCX(ix)->err);
}

/* ---- patterns, with match ergonomics: a non-reference pattern against a
 * reference peels it and makes the default binding mode `ref` (or `ref
 * mut` when every peeled reference is &mut) */

static bool is_ref_pat_kind(BmPat *p) {
  return p->kind == BM_PAT_TUPLE || p->kind == BM_PAT_TUPLE_STRUCT || p->kind == BM_PAT_STRUCT ||
         p->kind == BM_PAT_SLICE || p->kind == BM_PAT_PATH || p->kind == BM_PAT_LIT || p->kind == BM_PAT_RANGE;
}

/* The ADT and variant a pattern path names, with fresh generic args. */
static BmDefId pat_variant(BmInfer *ix, BmPath *path, BmTy *expected, BmTy **adt_out) {
  BmTcx *tcx = TCX(ix);
  *adt_out = tcx->err;
  if (!path) return NONE;
  BmRes r = path->res;
  if (r.kind == BM_RES_DEF && r.rest == 0) {
    BmDef *d = DEF(ix, r.id);
    BmDefId adt = d->kind == BM_DEF_VARIANT ? d->parent : r.id;
    if (d->kind != BM_DEF_VARIANT && d->kind != BM_DEF_STRUCT && d->kind != BM_DEF_UNION) return NONE;
    const BmPathSeg *seg = d->kind == BM_DEF_VARIANT ? (path->nsegs >= 2 ? &path->segs[path->nsegs - 2] : NULL)
                                                     : last_seg(path);
    uint32_t na;
    BmTy **args = bm_lower_seg_args(tcx, ix->owner, adt, seg, NULL, 0, &na, NULL);
    *adt_out = bm_ty_adt(tcx, adt, args, na);
    (void)expected;
    return r.id;
  }
  if ((r.kind == BM_RES_SELF_TY || (r.kind == BM_RES_DEF && DEF(ix, r.id)->kind == BM_DEF_TYPE_ALIAS)) && r.rest <= 1) {
    BmTy *t = bm_normalize(ix, bm_type_of(tcx, r.id));
    BmTy *st = bm_infer_shallow(ix, t);
    if (st->kind != BM_TK_ADT) return NONE;
    *adt_out = t;
    if (r.rest == 0) return DEF(ix, st->def)->kind == BM_DEF_STRUCT ? st->def : NONE;
    BmDef *ed = DEF(ix, st->def);
    for (uint32_t i = 0; i < ed->nitems; i++)
      if (DEF(ix, ed->items[i])->name == path->segs[path->nsegs - 1].name) return ed->items[i];
  }
  return NONE;
}

static void pat_mismatch(BmInfer *ix, BmRange at, BmTy *expected, BmTy *found) {
  if (!reportable(ix, expected, found)) return;
  ix->errors++;
  BmDiagnostic *d = bm_diag_error(SINK(ix), "E0308", at.start, at.end, "mismatched types");
  bm_diag_label(SINK(ix), d, at.start, at.end, "expected %s, found %s", found_str(ix, expected), found_str(ix, found));
}

static void pat_inner(BmInfer *ix, BmPatId id, BmTy *expected, uint8_t mode);

static void pat(BmInfer *ix, BmPatId id, BmTy *expected, uint8_t mode) {
  if (id == NONE) return;
  BmLimits *lim = TCX(ix)->sink ? TCX(ix)->sink->limits : NULL;
  if (lim && !bm_deeper(lim)) {
    bm_infer_incomplete(ix, P(ix, id)->span, BM_TOO_DEEP);
    return;
  }
  pat_inner(ix, id, expected, mode);
  if (lim) bm_shallower(lim);
}

static void pat_inner(BmInfer *ix, BmPatId id, BmTy *expected, uint8_t mode) {
  BmTcx *tcx = TCX(ix);
  if (id == NONE) return;
  if (ix->depth > BM_HIR_MAX_DEPTH * 2) return;
  ix->depth++;
  BmPat *p = P(ix, id);
  BmTy *t = expected;
  /* match ergonomics */
  if (is_ref_pat_kind(p) && !(p->kind == BM_PAT_LIT && p->lit.kind == BM_LIT_STR)) {
    for (int k = 0; k < 8; k++) {
      BmTy *rt = structurally(ix, t);
      if (rt->kind != BM_TK_REF) break;
      mode = rt->sub && mode != BM_BM_REF ? BM_BM_REF_MUT : BM_BM_REF;
      t = rt->args[1];
    }
  }
  ix->pat_ty[id] = t;
  switch (p->kind) {
  case BM_PAT_WILD:
  case BM_PAT_REST:
    break;
  case BM_PAT_BIND: {
    uint8_t m = p->mode != BM_BM_VALUE ? p->mode : mode;
    ix->bind_mode[id] = m;
    BmPatId sub = p->a;
    if (m == BM_BM_REF) ix->pat_ty[id] = bm_ty_ref(tcx, NULL, t, false);
    else if (m == BM_BM_REF_MUT) ix->pat_ty[id] = bm_ty_ref(tcx, NULL, t, true);
    else ix->pat_ty[id] = t;
    if (sub != NONE) pat(ix, sub, expected, mode);
    break;
  }
  case BM_PAT_LIT: {
    BmTy *lt = lit_type(ix, &p->lit, p->span, t);
    if (p->lit.kind == BM_LIT_STR) {
      /* a string literal pattern matches &str (and str through a reference) */
      BmTy *rt = structurally(ix, t);
      if (rt->kind == BM_TK_REF && bm_infer_shallow(ix, rt->args[1])->kind == BM_TK_REF) {
        t = rt->args[1];
      }
    }
    if (unify(ix, lt, t, 0) == BM_UNIFY_FAIL) pat_mismatch(ix, p->span, t, lt);
    break;
  }
  case BM_PAT_RANGE: {
    BmPatId a = p->a, b = p->b;
    /* only char and numbers make ranges */
    BmPat *pa = a != NONE ? P(ix, a) : NULL, *pb = b != NONE ? P(ix, b) : NULL;
    bool bad = (pa && pa->kind == BM_PAT_LIT && (pa->lit.kind == BM_LIT_STR || pa->lit.kind == BM_LIT_BOOL)) ||
               (pb && pb->kind == BM_PAT_LIT && (pb->lit.kind == BM_LIT_STR || pb->lit.kind == BM_LIT_BOOL));
    if (bad) {
      error(ix, "E0029", p->span, "only `char` and numeric types are allowed in range patterns");
      break;
    }
    if (a != NONE) pat(ix, a, t, BM_BM_VALUE);
    if (b != NONE) pat(ix, b, t, BM_BM_VALUE);
    break;
  }
  case BM_PAT_PATH: {
    BmPath *path = p->path;
    BmRes r = path ? path->res : (BmRes){0};
    BmTy *vt = tcx->err;
    if (r.kind == BM_RES_DEF && r.rest == 0) {
      BmDef *d = DEF(ix, r.id);
      if (d->kind == BM_DEF_CONST || d->kind == BM_DEF_STATIC) {
        vt = bm_normalize(ix, bm_type_of(tcx, r.id));
      } else if (d->kind == BM_DEF_VARIANT || d->kind == BM_DEF_STRUCT) {
        BmTy *adt;
        pat_variant(ix, path, t, &adt);
        vt = adt;
        if (d->ctor != BM_CTOR_UNIT && SINK(ix)) {
          BmDiagnostic *dg = error(ix, "E0532", p->span, "expected unit struct, unit variant or constant, found %s `%s`",
                                   bm_def_descr(d), bm_sym_str(tcx->syms, d->name));
          (void)dg;
          vt = tcx->err;
        }
      }
    } else if (r.rest >= 1 && r.kind != BM_RES_ERR && r.kind != BM_RES_UNKNOWN) {
      BmTy *adt;
      BmDefId v = pat_variant(ix, path, t, &adt);
      if (v != NONE) vt = adt;
      else bm_infer_incomplete(ix, p->span, "this path pattern");
    } else if (r.kind == BM_RES_UNKNOWN) {
      bm_infer_incomplete(ix, p->span, "a pattern naming something borrowmap cannot see");
    }
    if (unify(ix, vt, t, 0) == BM_UNIFY_FAIL) pat_mismatch(ix, p->span, t, vt);
    break;
  }
  case BM_PAT_TUPLE: {
    uint32_t list = p->list, n = p->nlist, rest = p->rest;
    BmTy *rt = structurally(ix, t);
    uint32_t npats = rest == UINT32_MAX ? n : n - 1;
    if (rt->kind == BM_TK_INFER && rest == UINT32_MAX) {
      BmTy *buf[32];
      for (uint32_t i = 0; i < n && i < 32; i++) buf[i] = bm_infer_fresh(ix, BM_VAR_GENERAL, p->span);
      unify(ix, rt, bm_ty_tuple(tcx, buf, n < 32 ? n : 32), 0);
      rt = structurally(ix, t);
    }
    if (rt->kind != BM_TK_TUPLE) {
      if (rt->kind != BM_TK_ERR && rt->kind != BM_TK_INFER) {
        BmTy *buf[32];
        for (uint32_t i = 0; i < npats && i < 32; i++) buf[i] = bm_infer_fresh(ix, BM_VAR_GENERAL, p->span);
        pat_mismatch(ix, p->span, t, bm_ty_tuple(tcx, buf, npats < 32 ? npats : 32));
      }
      for (uint32_t i = 0; i < n; i++) pat(ix, LIST(ix, list + i), tcx->err, mode);
      break;
    }
    if ((rest == UINT32_MAX && rt->nargs != n) || (rest != UINT32_MAX && rt->nargs < npats)) {
      BmTy *buf[32];
      for (uint32_t i = 0; i < npats && i < 32; i++) buf[i] = bm_infer_fresh(ix, BM_VAR_GENERAL, p->span);
      pat_mismatch(ix, p->span, t, bm_ty_tuple(tcx, buf, npats < 32 ? npats : 32));
      for (uint32_t i = 0; i < n; i++) pat(ix, LIST(ix, list + i), tcx->err, mode);
      break;
    }
    for (uint32_t i = 0, f = 0; i < n; i++) {
      if (i == rest) {
        f += rt->nargs - npats;
        continue;
      }
      pat(ix, LIST(ix, list + i), rt->args[f++], mode);
    }
    break;
  }
  case BM_PAT_TUPLE_STRUCT:
  case BM_PAT_STRUCT: {
    BmTy *adt;
    BmDefId v = pat_variant(ix, p->path, t, &adt);
    if (v == NONE) {
      if (p->path && p->path->res.kind != BM_RES_ERR) bm_infer_incomplete(ix, p->span, "this pattern");
      if (p->kind == BM_PAT_TUPLE_STRUCT)
        for (uint32_t i = 0; i < p->nlist; i++) pat(ix, LIST(ix, p->list + i), tcx->err, mode);
      else
        for (uint32_t i = 0; i < p->nlist; i++) pat(ix, ix->body->field_pats.items[p->list + i].pat, tcx->err, mode);
      break;
    }
    if (unify(ix, adt, t, 0) == BM_UNIFY_FAIL) pat_mismatch(ix, p->span, t, adt);
    BmTy *at = structurally(ix, adt);
    BmDef *vd = DEF(ix, v);
    p = P(ix, id);
    if (p->kind == BM_PAT_TUPLE_STRUCT) {
      uint32_t list = p->list, n = p->nlist, rest = p->rest;
      uint32_t npats = rest == UINT32_MAX ? n : n - 1;
      if (vd->ctor != BM_CTOR_TUPLE) {
        for (uint32_t i = 0; i < n; i++) pat(ix, LIST(ix, list + i), tcx->err, mode);
        break;
      }
      if ((rest == UINT32_MAX && npats != vd->nfields) || (rest != UINT32_MAX && npats > vd->nfields)) {
        BmDiagnostic *d = error(ix, "E0023", p->span, "this pattern has %u field%s, but the corresponding %s has %u field%s",
                                npats, npats == 1 ? "" : "s", vd->kind == BM_DEF_VARIANT ? "tuple variant" : "tuple struct",
                                vd->nfields, vd->nfields == 1 ? "" : "s");
        (void)d;
        for (uint32_t i = 0; i < n; i++) pat(ix, LIST(ix, list + i), tcx->err, mode);
        break;
      }
      for (uint32_t i = 0, f = 0; i < n; i++) {
        if (i == rest) {
          f += vd->nfields - npats;
          continue;
        }
        BmTy *ft = at->kind == BM_TK_ADT ? bm_normalize(ix, bm_ty_subst(tcx, bm_field_ty(tcx, v, f), at->args, at->nargs)) : tcx->err;
        f++;
        pat(ix, LIST(ix, list + i), ft, mode);
      }
    } else {
      uint32_t first = p->list, n = p->nlist;
      bool has_rest = p->has_rest;
      bool *seen = bm_arena_alloc(tcx->arena, (vd->nfields ? vd->nfields : 1) * sizeof *seen);
      char ubuf[512];
      size_t uo = 0;
      uint32_t nunknown = 0;
      BmRange unknown_at = {0, 0};
      ubuf[0] = 0;
      for (uint32_t i = 0; i < n; i++) {
        BmFieldPat fp = ix->body->field_pats.items[first + i];
        uint32_t f = UINT32_MAX;
        for (uint32_t k = 0; k < vd->nfields; k++)
          if (fp.index != UINT32_MAX ? (vd->fields[k].name == 0 && k == fp.index) : vd->fields[k].name == fp.name) f = k;
        if (f == UINT32_MAX) {
          if (!vd->is_std) {
            if (!nunknown) unknown_at = fp.span;
            if (nunknown < 8 && uo < sizeof ubuf - 64)
              uo += (size_t)snprintf(ubuf + uo, sizeof ubuf - uo, "%s`%s`", nunknown ? ", " : "", bm_sym_str(tcx->syms, fp.name));
            nunknown++;
          }
          pat(ix, fp.pat, tcx->err, mode);
          continue;
        }
        seen[f] = true;
        BmTy *ft = at->kind == BM_TK_ADT ? bm_normalize(ix, bm_ty_subst(tcx, bm_field_ty(tcx, v, f), at->args, at->nargs)) : tcx->err;
        pat(ix, fp.pat, ft, mode);
      }
      if (nunknown) {
        const char *vname = vd->kind == BM_DEF_VARIANT
                                ? bm_arena_printf(tcx->arena, "%s::%s", bm_sym_str(tcx->syms, DEF(ix, vd->parent)->name),
                                                  bm_sym_str(tcx->syms, vd->name))
                                : bm_sym_str(tcx->syms, vd->name);
        error(ix, "E0026", unknown_at, "%s `%s` does not have %s named %s",
              vd->kind == BM_DEF_VARIANT ? "variant" : bm_adt_descr(tcx, v), vname,
              nunknown == 1 ? "a field" : "fields", ubuf);
      }
      if (!has_rest && !vd->is_std && vd->ctor == BM_CTOR_NAMED) {
        char buf[512];
        size_t o = 0;
        uint32_t missing = 0;
        for (uint32_t k = 0; k < vd->nfields; k++) {
          if (seen[k]) continue;
          if (o < sizeof buf - 64)
            o += (size_t)snprintf(buf + o, sizeof buf - o, "%s`%s`", missing ? ", " : "", bm_sym_str(tcx->syms, vd->fields[k].name));
          missing++;
        }
        if (missing)
          error(ix, "E0027", p->span, "pattern does not mention field%s %s", missing == 1 ? "" : "s", buf);
      }
    }
    break;
  }
  case BM_PAT_REF: {
    BmPatId a = p->a;
    bool mut = p->mut;
    BmTy *rt = structurally(ix, t);
    if (rt->kind == BM_TK_INFER) {
      BmTy *inner = bm_infer_fresh(ix, BM_VAR_GENERAL, p->span);
      unify(ix, rt, bm_ty_ref(tcx, NULL, inner, mut), 0);
      rt = structurally(ix, t);
    }
    if (rt->kind == BM_TK_REF) {
      if (mut && !rt->sub) {
        pat_mismatch(ix, p->span, t, bm_ty_ref(tcx, NULL, rt->args[1], true));
        pat(ix, a, tcx->err, BM_BM_VALUE);
      } else {
        pat(ix, a, rt->args[1], BM_BM_VALUE);
      }
    } else {
      if (rt->kind != BM_TK_ERR) pat_mismatch(ix, p->span, t, bm_ty_ref(tcx, NULL, bm_infer_fresh(ix, BM_VAR_GENERAL, p->span), mut));
      pat(ix, a, tcx->err, BM_BM_VALUE);
    }
    break;
  }
  case BM_PAT_SLICE: {
    uint32_t list = p->list, n = p->nlist;
    BmTy *rt = structurally(ix, t);
    BmTy *elem = tcx->err;
    if (rt->kind == BM_TK_ARRAY || rt->kind == BM_TK_SLICE) elem = rt->args[0];
    else if (rt->kind != BM_TK_ERR && rt->kind != BM_TK_INFER && bm_infer_is_known(ix, rt)) {
      BmDiagnostic *d = error(ix, "E0529", p->span, "expected an array or slice, found `%s`", tystr(ix, rt));
      (void)d;
    }
    for (uint32_t i = 0; i < n; i++) {
      BmPatId sp = LIST(ix, list + i);
      BmPat *sub = P(ix, sp);
      if (sub->kind == BM_PAT_REST) continue;
      if (sub->kind == BM_PAT_BIND && sub->a != NONE && P(ix, sub->a)->kind == BM_PAT_REST) {
        /* `rest @ ..`: a subslice */
        BmTy *st = rt->kind == BM_TK_ARRAY || rt->kind == BM_TK_SLICE ? bm_ty_slice(tcx, elem) : tcx->err;
        pat(ix, sp, st, mode);
        continue;
      }
      pat(ix, sp, elem, mode);
    }
    break;
  }
  case BM_PAT_OR: {
    uint32_t list = p->list, n = p->nlist;
    for (uint32_t i = 0; i < n; i++) pat(ix, LIST(ix, list + i), t, mode);
    /* the bindings of later alternatives are the first's */
    break;
  }
  case BM_PAT_UNSUPPORTED:
  default:
    bm_infer_incomplete(ix, p->span, p->why ? p->why : "this pattern");
    break;
  }
  ix->depth--;
}

/* ---- E0277 */

static const char *trait_path_str(BmInfer *ix, BmDefId trait) {
  BmDef *d = DEF(ix, trait);
  const char *name = bm_sym_str(TCX(ix)->syms, d->name);
  if (bm_is_lang(TCX(ix), trait, BM_LANG_display) || bm_is_lang(TCX(ix), trait, BM_LANG_debug))
    return bm_arena_printf(TCX(ix)->arena, "std::fmt::%s", name);
  return name;
}

static void report_unsatisfied(BmInfer *ix, const BmPred *p) {
  BmTcx *tcx = TCX(ix);
  if (!SINK(ix) || p->nargs < 1) return;
  for (uint32_t i = 0; i < p->nargs; i++)
    if (!bm_infer_is_known(ix, p->args[i]) && bm_infer_resolve(ix, p->args[i])->kind != BM_TK_INFER) return;
  BmTy *self = bm_infer_resolve(ix, p->args[0]);
  if (self->flags & (BM_TYF_ERR | BM_TYF_PROJ)) return;
  if (self->kind == BM_TK_CLOSURE) return; /* said at the closure (E0631, E0308) */
  if (self->kind == BM_TK_INFER && self->sub == BM_VAR_GENERAL) return;
  const char *st = bm_ty_str(tcx, self);
  BmRange at = p->span;
  BmDiagnostic *d;
  switch (p->why) {
  case BM_WHY_DISPLAY:
    d = error(ix, "E0277", at, "`%s` doesn't implement `std::fmt::Display`", st);
    if (d) bm_diag_label(SINK(ix), d, at.start, at.end, "`%s` cannot be formatted with the default formatter", st);
    return;
  case BM_WHY_DEBUG:
    d = error(ix, "E0277", at, "`%s` doesn't implement `Debug`", st);
    if (d) bm_diag_label(SINK(ix), d, at.start, at.end, "`%s` cannot be formatted using `{:?}`", st);
    return;
  case BM_WHY_TRY:
    d = error(ix, "E0277", at, "`?` couldn't convert the error to `%s`", st);
    return;
  case BM_WHY_FOR:
    d = error(ix, "E0277", at, "`%s` is not an iterator",
              self->kind == BM_TK_INT ? "{integer}" : self->kind == BM_TK_FLOAT ? "{float}" : st);
    return;
  default:
    break;
  }
  if (bm_is_lang(tcx, p->trait, BM_LANG_send)) {
    d = error(ix, "E0277", at, "`%s` cannot be sent between threads safely", st);
    return;
  }
  if (bm_is_lang(tcx, p->trait, BM_LANG_sync)) {
    d = error(ix, "E0277", at, "`%s` cannot be shared between threads safely", st);
    return;
  }
  if (bm_is_lang(tcx, p->trait, BM_LANG_sized)) {
    d = error(ix, "E0277", at, "the size for values of type `%s` cannot be known at compilation time", st);
    return;
  }
  if (bm_is_lang(tcx, p->trait, BM_LANG_from_iterator) && p->nargs >= 2) {
    d = error(ix, "E0277", at, "a value of type `%s` cannot be built from an iterator over elements of type `%s`", st,
              tystr(ix, p->args[1]));
    return;
  }
  if (bm_is_lang(tcx, p->trait, BM_LANG_iterator)) {
    d = error(ix, "E0277", at, "`%s` is not an iterator", st);
    return;
  }
  d = error(ix, "E0277", at, "the trait bound `%s: %s` is not satisfied", st, trait_path_str(ix, p->trait));
  if (d) bm_diag_label(SINK(ix), d, at.start, at.end, "the trait `%s` is not implemented for `%s`", trait_path_str(ix, p->trait), st);
}

/* ---- the std safety net
 *
 * A method (or associated item) we cannot find may exist in the real std
 * but not in our declarations: then silence, never E0599. The table of
 * real std 1.95 names (std_docnames.c, from its rustdoc) decides, per type
 * of the receiver's autoderef chain: a std type's page, a primitive's, or,
 * for the snippet's own types, the blanket traits every type may have
 * (Any, Borrow, Into, ToOwned, ToString...). */

#include "std_docnames.h"

/* "vec::Vec", "collections::hash_map::HashMap": a std def's module path. */
static const char *std_path(BmInfer *ix, BmDefId def) {
  BmTcx *tcx = TCX(ix);
  const char *names[16];
  int n = 0;
  for (BmDefId d = def; d != NONE && n < 16;) {
    BmDef *dd = DEF(ix, d);
    if (dd->kind == BM_DEF_MOD && dd->parent == NONE) break;
    if (dd->name) names[n++] = bm_sym_str(tcx->syms, dd->name);
    d = dd->parent;
  }
  char buf[256];
  size_t o = 0;
  buf[0] = 0;
  for (int i = n - 1; i >= 0 && o < sizeof buf - 64; i--)
    o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i == n - 1 ? "" : "::", names[i]);
  return bm_arena_strdup(tcx->arena, buf);
}

static bool doc_has(const char *page, const char *name, int kind) {
  int t = bm_std_doc_type(page, strlen(page));
  if (t < 0) return true; /* a page we do not know: it may have anything */
  return bm_std_doc_has(t, name, strlen(name), kind);
}

static const char *prim_page(BmTy *t) {
  static const char *const ints[] = {"", "primitive::i8", "primitive::i16", "primitive::i32", "primitive::i64",
                                     "primitive::i128", "primitive::isize", "primitive::u8", "primitive::u16",
                                     "primitive::u32", "primitive::u64", "primitive::u128", "primitive::usize",
                                     "primitive::f32", "primitive::f64"};
  switch (t->kind) {
  case BM_TK_INT: case BM_TK_FLOAT: return t->sub <= BM_PRIM_F64 ? ints[t->sub] : NULL;
  case BM_TK_BOOL: return "primitive::bool";
  case BM_TK_CHAR: return "primitive::char";
  case BM_TK_STR: return "primitive::str";
  case BM_TK_SLICE: return "primitive::slice";
  case BM_TK_ARRAY: return "primitive::array";
  case BM_TK_TUPLE: return t->nargs ? "primitive::tuple" : "primitive::unit";
  case BM_TK_REF: return "primitive::reference";
  case BM_TK_PTR: return "primitive::pointer";
  case BM_TK_FNPTR: return "primitive::fn";
  default: return NULL;
  }
}

/* Methods every type may get from std's blanket impls. */
static bool blanket_has(const char *name, int kind) {
  static const char *const traits[] = {"any::Any", "borrow::Borrow", "borrow::BorrowMut", "convert::Into",
                                       "convert::From", "convert::TryInto", "convert::TryFrom",
                                       "borrow::ToOwned", "string::ToString"};
  for (size_t i = 0; i < sizeof traits / sizeof *traits; i++) {
    int t = bm_std_doc_type(traits[i], strlen(traits[i]));
    if (t < 0 || bm_std_doc_has(t, name, strlen(name), kind)) return true;
  }
  return false;
}

static bool std_item_may_exist(BmInfer *ix, BmTy *recv, BmSym sym, int kind) {
  BmTcx *tcx = TCX(ix);
  const char *name = bm_sym_str(tcx->syms, sym);
  if (blanket_has(name, kind)) return true;
  BmTy *t = bm_infer_resolve(ix, recv);
  for (int k = 0; k < 10 && t; k++) {
    t = bm_infer_shallow(ix, t);
    switch (t->kind) {
    case BM_TK_ADT:
      if (DEF(ix, t->def)->is_std && doc_has(std_path(ix, (BmDefId)t->def), name, kind)) return true;
      break;
    case BM_TK_INFER: case BM_TK_ERR: case BM_TK_CLOSURE: case BM_TK_FNDEF: case BM_TK_NEVER:
    case BM_TK_PROJ: case BM_TK_OPAQUE:
      return true;
    case BM_TK_DYN:
      if (t->def == NONE || DEF(ix, t->def)->is_std) return true;
      break;
    case BM_TK_PARAM:
      break; /* its bounds' methods were looked up already */
    default: {
      const char *page = prim_page(t);
      if (page && doc_has(page, name, kind)) return true;
      if (t->kind == BM_TK_ARRAY && doc_has("primitive::slice", name, kind)) return true;
      break;
    }
    }
    bool ov;
    t = bm_autoderef_step(ix, t, &ov);
  }
  return false;
}

bool bm_std_method_may_exist(BmInfer *ix, BmTy *recv, BmSym name) {
  return std_item_may_exist(ix, recv, name, BM_DOC_METHOD);
}

/* ---- a body */

static void env_of(BmInfer *ix) {
  BmPred *preds;
  uint32_t n;
  bm_predicates_of(TCX(ix), ix->owner, &preds, &n);
  ix->env = preds;
  ix->nenv = n;
}

static void count_typed(BmInfer *ix) {
  for (uint32_t i = 0; i < ix->body->exprs.len; i++) {
    BmTy *t = ix->expr_ty[i];
    if (!t) continue;
    t = bm_infer_resolve(ix, t);
    ix->expr_ty[i] = t;
    if (t->flags & (BM_TYF_ERR | BM_TYF_INFER)) ix->untyped++;
    else ix->typed++;
  }
  for (uint32_t i = 0; i < ix->body->pats.len; i++)
    if (ix->pat_ty[i]) ix->pat_ty[i] = bm_infer_resolve(ix, ix->pat_ty[i]);
  for (uint32_t i = 0; i < ix->body->exprs.len; i++) {
    BmCallee *c = &ix->callee[i];
    for (uint32_t k = 0; k < c->nargs; k++) c->args[k] = bm_infer_resolve(ix, c->args[k]);
  }
  for (uint32_t i = 0; i < ix->body->closures.len; i++) {
    if (ix->closures[i].params) ix->closures[i].params = bm_infer_resolve(ix, ix->closures[i].params);
    if (ix->closures[i].ret) ix->closures[i].ret = bm_infer_resolve(ix, ix->closures[i].ret);
  }
}

/* Unresolved integer and float variables take i32 and f64. */
static void fallback(BmInfer *ix) {
  BmTcx *tcx = TCX(ix);
  for (uint32_t i = 0; i < ix->vars.len; i++) {
    uint32_t r = find(ix, i);
    BmVar *v = &ix->vars.items[r];
    if (v->value) continue;
    if (v->kind == BM_VAR_INT) v->value = tcx->ints[BM_PRIM_I32];
    else if (v->kind == BM_VAR_FLOAT) v->value = tcx->ints[BM_PRIM_F64];
  }
  for (uint32_t i = 0; i < ix->diverging.len; i++) {
    uint32_t id = ix->diverging.items[i];
    if (id >= ix->vars.len) continue;
    BmVar *v = &ix->vars.items[find(ix, id)];
    if (!v->value && v->kind == BM_VAR_GENERAL) v->value = tcx->unit;
  }
}

/* ---- "type annotations needed" (E0282, E0283, E0284)
 *
 * Inference ended and a `let` binding's (or a closure parameter's) type
 * still holds a variable nothing decided. rustc reports it at the binding
 * (the first in the source that holds one), with E0284 when a pending
 * projection has that variable as its self type (`"5".parse()`'s
 * `<_ as FromStr>::Err`), E0283 when a pending trait obligation does
 * (`x == 10` with `let x;`: `_: PartialEq<i32>`; obligations of format
 * macros and Sized excepted), E0282 otherwise. Said only when the body is
 * fully modelled and error-free, and no expression of it has a type we
 * could not compute: a variable left over for any other reason would be
 * ours, not the program's. */

/* The first inference variable in t (resolved), or NULL. */
static BmTy *first_var(BmTy *t, int depth) {
  if (!(t->flags & BM_TYF_INFER) || depth > 64) return NULL;
  if (t->kind == BM_TK_INFER) return t;
  for (uint32_t i = 0; i < t->nargs; i++) {
    BmTy *v = first_var(t->args[i], depth + 1);
    if (v) return v;
  }
  return NULL;
}

static void need_type_info(BmInfer *ix) {
  BmBody *b = ix->body;
  if (ix->errors || ix->incomplete || b->unsupported || !SINK(ix)) return;
  for (uint32_t i = 0; i < b->exprs.len; i++)
    if (ix->expr_ty[i] && (ix->expr_ty[i]->flags & BM_TYF_ERR)) return;
  for (uint32_t i = 0; i < b->pats.len; i++)
    if (ix->pat_ty[i] && (ix->pat_ty[i]->flags & BM_TYF_ERR)) return;
  /* the earliest binding whose type holds a variable */
  BmPatId at = NONE;
  BmTy *ty = NULL;
  bool annotated = false;
  BmExprId init = NONE;
  for (uint32_t i = 0; i < b->stmts.len; i++) {
    BmStmt *st = &b->stmts.items[i];
    if (st->kind != BM_ST_LET || st->pat == NONE || !ix->pat_ty[st->pat]) continue;
    BmTy *t = ix->pat_ty[st->pat];
    if (!first_var(t, 0)) continue;
    if (at != NONE && P(ix, at)->span.start <= P(ix, st->pat)->span.start) continue;
    at = st->pat;
    ty = t;
    annotated = st->type != NULL;
    init = st->init;
  }
  for (uint32_t i = 0; i < b->closure_params.len; i++) {
    BmPatId pp = b->closure_params.items[i].pat;
    if (pp == NONE || !ix->pat_ty[pp] || !first_var(ix->pat_ty[pp], 0)) continue;
    if (at != NONE && P(ix, at)->span.start <= P(ix, pp)->span.start) continue;
    at = pp;
    ty = ix->pat_ty[pp];
    annotated = b->closure_params.items[i].type != NULL;
    init = NONE;
  }
  if (at == NONE) return;
  BmTy *var = first_var(ty, 0);
  const char *code = "E0282";
  for (uint32_t i = 0; i < ix->pending.len; i++) {
    BmPred *p = &ix->pending.items[i];
    if (!p->nargs || bm_infer_resolve(ix, p->args[0]) != var) continue;
    if (p->assoc != NONE) {
      code = "E0284";
      break;
    }
    if (p->why != BM_WHY_DISPLAY && p->why != BM_WHY_DEBUG && p->why != BM_WHY_SIZED) code = "E0283";
  }
  BmPat *pt = P(ix, at);
  /* an annotation with `_` in it: rustc points at the initialiser */
  BmRange sp = annotated && init != NONE ? E(ix, init)->span : pt->span;
  BmDiagnostic *d;
  if (strcmp(code, "E0282") == 0 && ty->kind != BM_TK_INFER && !annotated)
    d = error(ix, code, sp, "type annotations needed for `%s`", bm_ty_str(TCX(ix), ty));
  else
    d = error(ix, code, sp, "type annotations needed");
  if (d && pt->kind == BM_PAT_BIND && !annotated)
    bm_diag_help(SINK(ix), d, "consider giving `%s` an explicit type", bm_sym_str(TCX(ix)->syms, pt->name));
}

static BmInfer *infer_body(BmTcx *tcx, BmBody *body) {
  BmInfer *ix = bm_arena_alloc(tcx->arena, sizeof *ix);
  ix->tcx = tcx;
  ix->body = body;
  ix->owner = body->owner;
  ix->scope = bm_def(tcx->stdc, tcx->local, body->owner)->module;
  uint32_t ne = body->exprs.len ? body->exprs.len : 1, np = body->pats.len ? body->pats.len : 1;
  ix->expr_ty = bm_arena_alloc(tcx->arena, ne * sizeof *ix->expr_ty);
  ix->adjust = bm_arena_alloc(tcx->arena, ne * sizeof *ix->adjust);
  ix->callee = bm_arena_alloc(tcx->arena, ne * sizeof *ix->callee);
  ix->field = bm_arena_alloc(tcx->arena, ne * sizeof *ix->field);
  for (uint32_t i = 0; i < ne; i++) {
    ix->callee[i].def = NONE;
    ix->field[i] = UINT32_MAX;
  }
  ix->pat_ty = bm_arena_alloc(tcx->arena, np * sizeof *ix->pat_ty);
  ix->bind_mode = bm_arena_alloc(tcx->arena, np);
  ix->closures = bm_arena_alloc(tcx->arena, (body->closures.len ? body->closures.len : 1) * sizeof *ix->closures);
  if (body->unsupported) bm_infer_incomplete(ix, body->why_span, body->why);
  BmTy *(*saved_fresh)(void *) = tcx->fresh;
  void *saved_ctx = tcx->fresh_ctx;
  tcx->fresh = fresh_cb;
  tcx->fresh_ctx = ix;
  env_of(ix);
  BmDef *owner = DEF(ix, body->owner);
  if (owner->kind == BM_DEF_FN) {
    const BmSig *sig = bm_fn_sig(tcx, body->owner);
    uint32_t k = 0;
    if (sig && sig->has_self && body->self_pat != NONE) {
      ix->pat_ty[body->self_pat] = sig->params[k++];
      ix->bind_mode[body->self_pat] = BM_BM_VALUE;
    } else if (sig && sig->has_self) {
      k++;
    }
    for (uint32_t i = 0; i < body->params.len; i++) {
      BmTy *pt = sig && k < sig->nparams ? sig->params[k++] : tcx->err;
      pat(ix, body->params.items[i], bm_normalize(ix, pt), BM_BM_VALUE);
    }
    ix->ret = sig ? bm_normalize(ix, sig->ret) : tcx->err;
    if (bm_infer_shallow(ix, ix->ret)->kind == BM_TK_OPAQUE) ix->ret = bm_infer_fresh(ix, BM_VAR_GENERAL, owner->span);
    BmTy *bt = expr(ix, body->root, ix->ret);
    BmExpr *root = &body->exprs.items[body->root];
    if (root->kind == BM_EX_BLOCK && root->a == NONE && owner->ret &&
        bm_infer_shallow(ix, bt) == tcx->unit && coerce(ix, body->root, bt, ix->ret) == BM_UNIFY_FAIL) {
      /* a body without a tail: rustc points at the return type */
      mismatch(ix, owner->ret->span, ix->ret, bt);
    } else {
      coerce_or_report(ix, body->root, bt, ix->ret);
    }
  } else if (owner->kind == BM_DEF_CONST || owner->kind == BM_DEF_STATIC) {
    BmTy *t = bm_normalize(ix, bm_type_of(tcx, body->owner));
    ix->ret = t;
    expr_coerce(ix, body->root, t);
  } else {
    /* an enum discriminant */
    expr(ix, body->root, NULL);
  }
  select_pending(ix);
  fallback(ix);
  select_pending(ix);
  count_typed(ix);
  need_type_info(ix);
  tcx->fresh = saved_fresh;
  tcx->fresh_ctx = saved_ctx;
  return ix;
}

/* The span of a tail expression returned by a fn body, for E0308 at it. */
BmInfer **bm_typeck_crate(BmTcx *tcx) {
  BmCrate *c = tcx->local;
  BmInfer **out = bm_arena_alloc(tcx->arena, (c->bodies.len ? c->bodies.len : 1) * sizeof *out);
  for (uint32_t i = 0; i < c->bodies.len; i++) out[i] = infer_body(tcx, c->bodies.items[i]);
  return out;
}
