/*
 * method.c: method calls and associated items.
 *
 * Computes, for `recv.name(..)`, the method called and how the receiver
 * is adjusted: the receiver's autoderef chain (references, Box, Deref
 * impls, then [T; N] -> [T]); at each step by value, then `&`, then
 * `&mut`; at each of those inherent methods before trait methods — the
 * order rustc probes in. For `Type::name`, the associated fn, const or
 * variant. Candidates come from an index of associated items by name
 * (std's and the snippet's), so a call looks only at methods of that
 * name.
 * Assumes: trait.c's index is built.
 */
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

/* Associated items (fns and consts of impls without a trait, and of
 * traits) of one crate by name: a chain per name. std's is built once
 * per session; an analysis builds the snippet's and looks in both. */
struct BmMethodIndex {
  uint32_t *keys;         /* symbol */
  uint32_t *heads;        /* first + 1 */
  uint32_t cap;
  BmArray(BmDefId) items;
  BmArray(uint32_t) next;
  BmArray(uint8_t) head;      /* per item: its impl's self type head (any for traits) */
  BmArray(uint32_t) head_def;
};

static uint32_t hsym(uint32_t s) { return (s * 2654435761u) >> 7; }

static uint32_t *slot(const struct BmMethodIndex *mi, BmSym name, bool create) {
  if (!mi || !mi->cap) return NULL;
  for (uint32_t i = hsym(name) & (mi->cap - 1);; i = (i + 1) & (mi->cap - 1)) {
    if (mi->keys[i] == name) return &mi->heads[i];
    if (!mi->keys[i]) {
      if (!create) return NULL;
      mi->keys[i] = name;
      return &mi->heads[i];
    }
  }
}

BmMethodIndex *bm_method_index_new(BmArena *a, const BmCrate *stdc, const BmCrate *crate) {
  struct BmMethodIndex *mi = bm_arena_alloc(a, sizeof *mi);
  uint32_t count = 0;
  for (uint32_t i = 0; i < crate->defs.len; i++) {
    const BmDef *d = &crate->defs.items[i];
    if ((d->kind == BM_DEF_FN || d->kind == BM_DEF_CONST) && d->name) count++;
  }
  mi->cap = 64;
  while (mi->cap < count * 2) mi->cap *= 2;
  mi->keys = bm_arena_alloc(a, mi->cap * sizeof *mi->keys);
  mi->heads = bm_arena_alloc(a, mi->cap * sizeof *mi->heads);
  for (uint32_t i = 0; i < crate->defs.len; i++) {
    const BmDef *d = &crate->defs.items[i];
    if (d->kind != BM_DEF_FN && d->kind != BM_DEF_CONST) continue;
    if (d->parent == NONE || !d->name) continue;
    const BmDef *p = bm_def(stdc ? stdc : crate, crate, d->parent);
    if (p->kind != BM_DEF_IMPL && p->kind != BM_DEF_TRAIT) continue;
    if (p->kind == BM_DEF_IMPL && p->each == BM_EACH_TEMPLATE) continue;
    /* trait impls' methods are found through the trait's declaration */
    if (p->kind == BM_DEF_IMPL && p->trait_ref) continue;
    uint32_t *h = slot(mi, d->name, true);
    bm_array_push(a, &mi->items, crate->base + i);
    bm_array_push(a, &mi->next, *h);
    uint8_t hd = 0; /* H_NONE: a trait's item, any type */
    uint32_t hdef = 0;
    if (p->kind == BM_DEF_IMPL) bm_head_of_ref(stdc ? stdc : crate, crate, p->type, &hd, &hdef);
    bm_array_push(a, &mi->head, hd);
    bm_array_push(a, &mi->head_def, hdef);
    *h = mi->items.len;
  }
  return mi;
}

/* The candidates named `name`: the snippet's, then std's. */
typedef struct {
  const struct BmMethodIndex *mi[2];
  int which;
  uint32_t k;
  bool filter;            /* skip impls whose head is not (h, hd) */
  BmTcx *tcx;
  uint8_t h;
  uint32_t hd;
} NameIter;

static void name_iter(BmTcx *tcx, BmSym name, NameIter *it) {
  if (!tcx->mindex) tcx->mindex = bm_method_index_new(tcx->arena, tcx->stdc, tcx->local);
  it->mi[0] = tcx->mindex;
  it->mi[1] = tcx->std ? bm_std_methods(tcx->std) : NULL;
  it->which = -1;
  it->k = 0;
  it->filter = false;
  it->tcx = tcx;
  (void)name;
}

static BmDefId name_next(NameIter *it, BmSym name) {
  for (;;) {
    if (it->k) {
      const struct BmMethodIndex *mi = it->mi[it->which];
      uint32_t k = it->k - 1;
      BmDefId d = mi->items.items[k];
      it->k = mi->next.items[k];
      /* an inherent method of an impl whose self type cannot be the step's */
      if (it->filter && mi->head.items[k] && !bm_head_fits(mi->head.items[k], mi->head_def.items[k], it->h, it->hd) &&
          bm_def(it->tcx->stdc, it->tcx->local, d)->self_param != BM_SELF_PARAM_TYPED)
        continue;
      return d;
    }
    if (++it->which >= 2) return NONE;
    uint32_t *h = slot(it->mi[it->which], name, false);
    it->k = h ? *h : 0;
  }
}

static bool name_exists(BmTcx *tcx, BmSym name) {
  NameIter it;
  name_iter(tcx, name, &it);
  return name_next(&it, name) != NONE;
}

static BmDef *DEF(BmTcx *tcx, BmDefId id) { return bm_def(tcx->stdc, tcx->local, id); }

/* ---- autoderef */

BmTy *bm_autoderef_step(BmInfer *ix, BmTy *t, bool *overloaded) {
  BmTcx *tcx = ix->tcx;
  *overloaded = false;
  t = bm_infer_shallow(ix, t);
  if (t->kind == BM_TK_REF) return t->args[1];
  if (t->kind == BM_TK_ADT && t->def == bm_lang(tcx, BM_LANG_owned_box) && t->nargs >= 1) return t->args[0];
  if (t->kind == BM_TK_INFER || t->kind == BM_TK_ERR || t->kind == BM_TK_PTR) return NULL;
  BmDefId deref = bm_lang(tcx, BM_LANG_deref);
  if (deref == NONE) return NULL;
  uint32_t s = bm_infer_snapshot(ix);
  BmSolve r = bm_solve(ix, deref, &t, 1, 0);
  if (r == BM_SOLVE_NO) {
    bm_infer_rollback(ix, s);
    return NULL;
  }
  bm_infer_commit(ix, s);
  BmDefId target = bm_assoc_type_named(tcx, deref, BM_SYM_Target);
  if (target == NONE) return NULL;
  BmTy *proj = bm_ty_mk(tcx, BM_TK_PROJ, 0, target, 0, &t, 1);
  BmTy *n = bm_infer_shallow(ix, bm_normalize(ix, proj));
  if (n == proj || n->kind == BM_TK_PROJ) return NULL;
  *overloaded = true;
  return n;
}

/* ---- probing */

typedef struct {
  BmTy *ty;
  bool overloaded;        /* reached through a Deref impl */
  bool unsize;
} Step;

enum { MAX_STEPS = 12 };

/* The receiver's autoderef chain, computed a step at a time as the probe
 * needs it: most calls find their method at the first step, and the next
 * one can cost a Deref solve. */
typedef struct {
  Step steps[MAX_STEPS];
  uint32_t n;
  BmTy *next;             /* the type of the next step, NULL at the end */
  bool ov;                /* an overloaded Deref was used so far */
  bool done;
  bool unknown;           /* the chain ends at a type not known */
} Chain;

static void chain_init(Chain *c, BmTy *recv) {
  c->n = 0;
  c->next = recv;
  c->ov = false;
  c->done = false;
  c->unknown = false;
}

/* Make step i exist if the chain has one; false when it ends before. */
static bool chain_step(BmInfer *ix, Chain *c, uint32_t i) {
  while (c->n <= i && !c->done) {
    if (!c->next || c->n >= MAX_STEPS) {
      /* [T; N] -> [T] at the end */
      c->done = true;
      if (c->n && c->n < MAX_STEPS && c->steps[c->n - 1].ty->kind == BM_TK_ARRAY) {
        c->steps[c->n].ty = bm_ty_slice(ix->tcx, c->steps[c->n - 1].ty->args[0]);
        c->steps[c->n].overloaded = c->steps[c->n - 1].overloaded;
        c->steps[c->n].unsize = true;
        c->n++;
      }
      break;
    }
    BmTy *t = bm_infer_shallow(ix, c->next);
    if (t->kind == BM_TK_PROJ) t = bm_infer_shallow(ix, bm_normalize(ix, t));
    c->steps[c->n].ty = t;
    c->steps[c->n].overloaded = c->ov;
    c->steps[c->n].unsize = false;
    c->n++;
    if ((t->kind == BM_TK_INFER && t->sub == BM_VAR_GENERAL) || t->kind == BM_TK_ERR) {
      c->unknown = true;
      c->done = true;
      break;
    }
    bool o2;
    c->next = bm_autoderef_step(ix, t, &o2);
    if (o2) c->ov = true;
  }
  return i < c->n;
}

/* Is the whole chain's end unknown (computing the rest of it)? */
static bool chain_unknown(BmInfer *ix, Chain *c) {
  while (chain_step(ix, c, c->n)) {}
  return c->unknown;
}

/* Does the method `m`'s receiver accept `adjusted`? Fills args (the
 * impl's or trait's parameters) on success; the unification is kept. */
static BmSolve receiver_fits(BmInfer *ix, BmDefId m, BmTy *adjusted, BmTy *step, BmTy ***args_out, uint32_t *nargs_out) {
  BmTcx *tcx = ix->tcx;
  BmDef *d = DEF(tcx, m);
  if (d->kind != BM_DEF_FN || d->self_param == BM_SELF_PARAM_NONE) return BM_SOLVE_NO;
  BmDefId parent = d->parent;
  BmDef *p = DEF(tcx, parent);
  uint32_t ni;
  BmTy **iargs = bm_infer_instantiate(ix, parent, &ni, (BmRange){0, 0});
  const BmSig *sig = bm_fn_sig(tcx, m);
  if (!sig || !sig->nparams) return BM_SOLVE_NO;
  /* the receiver in terms of the parent's parameters (the method's own
     do not appear in a receiver type) */
  BmTy *recv = bm_ty_subst(tcx, sig->params[0], iargs, ni);
  recv = bm_normalize(ix, recv);
  BmUnify u = bm_infer_unify(ix, recv, adjusted);
  if (u == BM_UNIFY_FAIL) return BM_SOLVE_NO;
  BmSolve r = u == BM_UNIFY_OK ? BM_SOLVE_YES : BM_SOLVE_MAYBE;
  if (p->kind == BM_DEF_IMPL && p->each != BM_EACH_NONE) {
    BmTy *st = bm_infer_shallow(ix, iargs[0]);
    bool fits;
    if (p->each == BM_EACH_FLOAT) fits = st->kind == BM_TK_FLOAT || (st->kind == BM_TK_INFER && st->sub == BM_VAR_FLOAT);
    else if (p->each == BM_EACH_SIGNED) fits = (st->kind == BM_TK_INT && st->sub <= BM_PRIM_ISIZE) || (st->kind == BM_TK_INFER && st->sub == BM_VAR_INT);
    else if (p->each == BM_EACH_UNSIGNED) fits = (st->kind == BM_TK_INT && st->sub >= BM_PRIM_U8) || (st->kind == BM_TK_INFER && st->sub == BM_VAR_INT);
    else fits = st->kind == BM_TK_INT || (st->kind == BM_TK_INFER && st->sub == BM_VAR_INT);
    if (!fits) return BM_SOLVE_NO;
    /* `{integer}.pow()` is E0689 in rustc: an ambiguous numeric type */
    if (st->kind == BM_TK_INFER) return BM_SOLVE_NO;
  }
  if (p->kind == BM_DEF_TRAIT) {
    /* Self must implement the trait */
    BmSolve s = bm_solve(ix, parent, iargs, ni, 0);
    if (s == BM_SOLVE_NO) return BM_SOLVE_NO;
    BmTy *self = bm_infer_shallow(ix, iargs[0]);
    if (s == BM_SOLVE_MAYBE && self->kind == BM_TK_INFER && self->sub != BM_VAR_GENERAL &&
        !bm_trait_may_hold_for_number(tcx, parent, self->sub == BM_VAR_FLOAT))
      return BM_SOLVE_NO;
    if (s == BM_SOLVE_MAYBE) r = BM_SOLVE_MAYBE;
  } else if (p->kind == BM_DEF_IMPL) {
    /* the impl's own bounds (impl<T: Display> S<T> { .. }) */
    BmPred *preds;
    uint32_t np;
    bm_predicates_of(tcx, parent, &preds, &np);
    for (uint32_t i = 0; i < np; i++) {
      if (preds[i].assoc != NONE) continue;
      BmTy *buf[16];
      uint32_t na = preds[i].nargs < 16 ? preds[i].nargs : 16;
      for (uint32_t k = 0; k < na; k++) buf[k] = bm_ty_subst(tcx, preds[i].args[k], iargs, ni);
      BmSolve s = bm_solve(ix, preds[i].trait, buf, na, 1);
      if (s == BM_SOLVE_NO) return BM_SOLVE_NO;
    }
  }
  (void)step;
  *args_out = iargs;
  *nargs_out = ni;
  return r;
}

/* A trait's methods are candidates only where the trait is in scope: its
 * name resolves to it from the code being checked (imported, declared
 * there, or in the prelude). */
static bool trait_in_scope(BmInfer *ix, BmDefId trait) {
  BmTcx *tcx = ix->tcx;
  BmDef *t = DEF(tcx, trait);
  if (!t->name) return true;
  if (ix->scope == NONE) return true;
  if (bm_resolve_type_name(tcx->res, ix->scope, t->name) == trait) return true;
  /* traits of the snippet itself are in scope in the module that declares them */
  return false;
}

static BmProbe probe(BmInfer *ix, BmTy *recv, BmSym name, BmPick *out, bool all_traits);

BmProbe bm_probe_method(BmInfer *ix, BmTy *recv, BmSym name, BmPick *out) {
  BmProbe r = probe(ix, recv, name, out, false);
  if (r != BM_PROBE_NOT_FOUND) return r;
  /* a method of a trait that is not in scope: rustc rejects it (E0599
     with a hint to import the trait), but we might be wrong about what is
     in scope, so say nothing */
  BmPick other;
  uint32_t s = bm_infer_snapshot(ix);
  BmProbe r2 = probe(ix, recv, name, &other, true);
  bm_infer_rollback(ix, s);
  return r2 == BM_PROBE_FOUND ? BM_PROBE_UNKNOWN : r;
}

static BmProbe probe(BmInfer *ix, BmTy *recv, BmSym name, BmPick *out, bool all_traits) {
  BmTcx *tcx = ix->tcx;
  memset(out, 0, sizeof *out);
  out->def = NONE;
  Chain chain;
  chain_init(&chain, recv);
  Step *steps = chain.steps;
  if (!name_exists(tcx, name)) return chain_unknown(ix, &chain) ? BM_PROBE_UNKNOWN : BM_PROBE_NOT_FOUND;
  for (uint32_t si = 0; chain_step(ix, &chain, si); si++) {
    BmTy *u = steps[si].ty;
    if (u->kind == BM_TK_INFER && u->sub == BM_VAR_GENERAL) return BM_PROBE_UNKNOWN;
    if (u->kind == BM_TK_ERR) return BM_PROBE_UNKNOWN;
    for (int ar = 0; ar < 3; ar++) {
      BmTy *adjusted = ar == 0 ? u : bm_ty_ref(tcx, NULL, u, ar == 2);
      for (int pass = 0; pass < 2; pass++) { /* inherent, then traits */
        /* a parameter, an associated type we cannot normalize or an
           `impl Trait` has no inherent methods: only its bounds' (a
           projection would otherwise unify with any inherent impl's Self) */
        if (pass == 0 && (u->kind == BM_TK_PARAM || u->kind == BM_TK_PROJ || u->kind == BM_TK_OPAQUE)) continue;
        NameIter it;
        name_iter(tcx, name, &it);
        if (pass == 0) {
          /* an inherent method's Self is the step type itself (&self and
             &mut self receivers are autoref'd from it; typed receivers
             like self: Box<Self> are rare enough to not filter) */
          it.filter = true;
          bm_head_of_ty(u, &it.h, &it.hd);
        }
        for (BmDefId m; (m = name_next(&it, name)) != NONE;) {
          BmDef *md = DEF(tcx, m);
          if (md->kind != BM_DEF_FN || md->self_param == BM_SELF_PARAM_NONE) continue;
          /* `self` by value needs a sized receiver: `[u32]`, `str` and
             `dyn Tr` go on to their autoref'd step (`<&[u32]>::try_into`) */
          if (ar == 0 && md->self_param == BM_SELF_PARAM_VALUE &&
              (u->kind == BM_TK_SLICE || u->kind == BM_TK_STR || u->kind == BM_TK_DYN))
            continue;
          bool is_trait = DEF(tcx, md->parent)->kind == BM_DEF_TRAIT;
          if ((pass == 1) != is_trait) continue;
          if (is_trait && !all_traits && !trait_in_scope(ix, md->parent)) continue;
          uint32_t snap = bm_infer_snapshot(ix);
          BmTy **args;
          uint32_t na;
          BmSolve r = receiver_fits(ix, m, adjusted, u, &args, &na);
          if (r == BM_SOLVE_NO) {
            bm_infer_rollback(ix, snap);
            continue;
          }
          bm_infer_commit(ix, snap);
          out->def = m;
          out->args = args;
          out->nargs = na;
          out->derefs = (uint8_t)(steps[si].unsize ? si - 1 : si);
          out->autoref = (uint8_t)ar;
          out->unsize = steps[si].unsize;
          out->via_trait = is_trait;
          out->overloaded_deref = steps[si].overloaded;
          return BM_PROBE_FOUND;
        }
      }
    }
  }
  return chain_unknown(ix, &chain) ? BM_PROBE_UNKNOWN : BM_PROBE_NOT_FOUND;
}

BmProbe bm_probe_assoc(BmInfer *ix, BmTy *base, BmSym name, BmPick *out) {
  BmTcx *tcx = ix->tcx;
  memset(out, 0, sizeof *out);
  out->def = NONE;
  base = bm_infer_shallow(ix, base);
  if (base->kind == BM_TK_INFER && base->sub == BM_VAR_GENERAL) return BM_PROBE_UNKNOWN;
  /* enum variants first (rustc: a variant shadows an associated item) */
  if (base->kind == BM_TK_ADT && DEF(tcx, base->def)->kind == BM_DEF_ENUM) {
    BmDef *ed = DEF(tcx, base->def);
    for (uint32_t i = 0; i < ed->nitems; i++) {
      if (DEF(tcx, ed->items[i])->name != name) continue;
      out->def = ed->items[i];
      out->args = base->args;
      out->nargs = base->nargs;
      return BM_PROBE_FOUND;
    }
  }
  if (!name_exists(tcx, name)) return BM_PROBE_NOT_FOUND;
  for (int pass = 0; pass < 2; pass++) {
    NameIter it;
    name_iter(tcx, name, &it);
    for (BmDefId m; (m = name_next(&it, name)) != NONE;) {
      BmDef *md = DEF(tcx, m);
      BmDefId parent = md->parent;
      BmDef *p = DEF(tcx, parent);
      bool is_trait = p->kind == BM_DEF_TRAIT;
      if ((pass == 1) != is_trait) continue;
      uint32_t snap = bm_infer_snapshot(ix);
      uint32_t ni;
      BmTy **iargs = bm_infer_instantiate(ix, parent, &ni, (BmRange){0, 0});
      BmSolve r;
      if (is_trait) {
        iargs[0] = base;
        r = bm_solve(ix, parent, iargs, ni, 0);
      } else {
        BmTy *self = bm_ty_subst(tcx, bm_type_of(tcx, parent), iargs, ni);
        BmUnify u = bm_infer_unify(ix, self, base);
        r = u == BM_UNIFY_FAIL ? BM_SOLVE_NO : BM_SOLVE_YES;
        if (r != BM_SOLVE_NO && p->each != BM_EACH_NONE) {
          BmTy *st = bm_infer_shallow(ix, iargs[0]);
          bool fits = p->each == BM_EACH_FLOAT ? st->kind == BM_TK_FLOAT
                    : p->each == BM_EACH_SIGNED ? (st->kind == BM_TK_INT && st->sub <= BM_PRIM_ISIZE)
                    : p->each == BM_EACH_UNSIGNED ? (st->kind == BM_TK_INT && st->sub >= BM_PRIM_U8)
                    : st->kind == BM_TK_INT;
          if (!fits) r = BM_SOLVE_NO;
        }
      }
      if (r == BM_SOLVE_NO) {
        bm_infer_rollback(ix, snap);
        continue;
      }
      bm_infer_commit(ix, snap);
      out->def = m;
      out->args = iargs;
      out->nargs = ni;
      out->via_trait = is_trait;
      return BM_PROBE_FOUND;
    }
  }
  if (base->kind == BM_TK_ERR) return BM_PROBE_UNKNOWN;
  return BM_PROBE_NOT_FOUND;
}
