/*
 * ty.c: types.
 *
 * Computes: interned types (hash-consed per analysis, so equality is
 * pointer equality), the flattened generics of every def (a method's impl
 * or trait parameters first, a trait's Self at index 0), substitution of
 * parameters, type syntax -> types in the context of an item, the types
 * of fields, consts, statics, aliases and impl headers, fn signatures, and
 * printing types as rustc prints them.
 * Assumes: resolve.c has filled every path's BmRes. What cannot be lowered
 * (unknown paths, macros in type position) is the error type: it unifies
 * with everything and nothing is ever reported about it.
 */
#include <stdio.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

enum { BM_TY_MAX_DEPTH = 200 };

/* ---- per-def caches */

struct BmDefSlot {
  uint32_t key;           /* def * 8 + kind + 1, 0 empty */
  void *value;
};

void **bm_def_slot(BmTcx *tcx, BmSlotKind kind, BmDefId def) {
  uint32_t key = def * 8u + (uint32_t)kind + 1u;
  if ((tcx->nslots + 1) * 2 > tcx->slot_cap) {
    uint32_t ncap = tcx->slot_cap ? tcx->slot_cap * 2 : 1024;
    struct BmDefSlot *ns = bm_arena_alloc(tcx->arena, ncap * sizeof *ns);
    for (uint32_t i = 0; i < tcx->slot_cap; i++) {
      if (!tcx->slots[i].key) continue;
      uint32_t j = (tcx->slots[i].key * 2654435761u) & (ncap - 1);
      while (ns[j].key) j = (j + 1) & (ncap - 1);
      ns[j] = tcx->slots[i];
    }
    tcx->slots = ns;
    tcx->slot_cap = ncap;
  }
  uint32_t i = (key * 2654435761u) & (tcx->slot_cap - 1);
  while (tcx->slots[i].key && tcx->slots[i].key != key) i = (i + 1) & (tcx->slot_cap - 1);
  if (!tcx->slots[i].key) {
    tcx->slots[i].key = key;
    tcx->nslots++;
  }
  return &tcx->slots[i].value;
}

/* ---- interning */

static uint32_t ty_hash(uint8_t kind, uint8_t sub, uint32_t def, uint64_t idx, BmTy *const *args,
                        uint32_t n) {
  uint64_t h = 1469598103934665603ull;
  h = (h ^ kind) * 1099511628211ull;
  h = (h ^ sub) * 1099511628211ull;
  h = (h ^ def) * 1099511628211ull;
  h = (h ^ idx) * 1099511628211ull;
  h = (h ^ (idx >> 32)) * 1099511628211ull;
  for (uint32_t i = 0; i < n; i++) h = (h ^ (uintptr_t)args[i]) * 1099511628211ull;
  /* FNV's low bits mix poorly and the table is indexed by them: finish
   * with murmur3's avalanche so linear probing sees short runs */
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return (uint32_t)h;
}

static bool ty_same(const BmTy *t, uint8_t kind, uint8_t sub, uint32_t def, uint64_t idx,
                    BmTy *const *args, uint32_t n) {
  if (t->kind != kind || t->sub != sub || t->def != def || t->idx != idx || t->nargs != n) return false;
  for (uint32_t i = 0; i < n; i++)
    if (t->args[i] != args[i]) return false;
  return true;
}

static void intern_grow(BmTcx *tcx) {
  uint32_t ncap = tcx->cap ? tcx->cap * 2 : 1024;
  BmTy **nt = bm_arena_alloc(tcx->arena, ncap * sizeof *nt);
  for (uint32_t i = 0; i < tcx->cap; i++) {
    BmTy *t = tcx->table[i];
    if (!t) continue;
    uint32_t j = t->hash & (ncap - 1);
    while (nt[j]) j = (j + 1) & (ncap - 1);
    nt[j] = t;
  }
  tcx->table = nt;
  tcx->cap = ncap;
}

BmTy *bm_ty_mk(BmTcx *tcx, uint8_t kind, uint8_t sub, uint32_t def, uint64_t idx,
               BmTy *const *args, uint32_t nargs) {
  uint32_t h = ty_hash(kind, sub, def, idx, args, nargs);
  if ((tcx->ntable + 1) * 2 > tcx->cap) intern_grow(tcx);
  uint32_t i = h & (tcx->cap - 1);
  for (; tcx->table[i]; i = (i + 1) & (tcx->cap - 1)) {
    BmTy *t = tcx->table[i];
    if (t->hash == h && ty_same(t, kind, sub, def, idx, args, nargs)) return t;
  }
  BmTy *t = bm_arena_alloc(tcx->arena, sizeof *t);
  t->kind = kind;
  t->sub = sub;
  t->def = def;
  t->idx = idx;
  t->hash = h;
  t->nargs = nargs;
  uint16_t depth = 0;
  uint16_t flags = 0;
  if (nargs) {
    t->args = bm_arena_alloc(tcx->arena, nargs * sizeof *t->args);
    for (uint32_t k = 0; k < nargs; k++) {
      t->args[k] = args[k];
      if (args[k]->depth > depth) depth = args[k]->depth;
      flags |= args[k]->flags;
    }
  }
  if (kind == BM_TK_INFER) flags |= BM_TYF_INFER;
  if (kind == BM_TK_ERR) flags |= BM_TYF_ERR;
  if (kind == BM_TK_PARAM) flags |= BM_TYF_PARAM;
  if (kind == BM_TK_PROJ || kind == BM_TK_OPAQUE) flags |= BM_TYF_PROJ;
  t->flags = flags;
  t->depth = (uint16_t)(depth < UINT16_MAX ? depth + 1 : depth);
  tcx->table[i] = t;
  tcx->ntable++;
  return t;
}

bool bm_ty_is_region(const BmTy *t) {
  return t->kind == BM_TK_RE_STATIC || t->kind == BM_TK_RE_ERASED || t->kind == BM_TK_RE_PARAM;
}

BmTy *bm_ty_int(BmTcx *tcx, BmPrim p) {
  if (p >= BM_PRIM_I8 && p <= BM_PRIM_USIZE) return bm_ty_mk(tcx, BM_TK_INT, (uint8_t)p, 0, 0, NULL, 0);
  if (p == BM_PRIM_F32 || p == BM_PRIM_F64) return bm_ty_mk(tcx, BM_TK_FLOAT, (uint8_t)p, 0, 0, NULL, 0);
  if (p == BM_PRIM_BOOL) return bm_ty_mk(tcx, BM_TK_BOOL, 0, 0, 0, NULL, 0);
  if (p == BM_PRIM_CHAR) return bm_ty_mk(tcx, BM_TK_CHAR, 0, 0, 0, NULL, 0);
  if (p == BM_PRIM_STR) return bm_ty_mk(tcx, BM_TK_STR, 0, 0, 0, NULL, 0);
  return bm_ty_mk(tcx, BM_TK_ERR, 0, 0, 0, NULL, 0);
}

BmTy *bm_ty_ref(BmTcx *tcx, BmTy *region, BmTy *inner, bool mut) {
  BmTy *a[2] = {region ? region : bm_ty_mk(tcx, BM_TK_RE_ERASED, 0, 0, 0, NULL, 0), inner};
  return bm_ty_mk(tcx, BM_TK_REF, mut, 0, 0, a, 2);
}

BmTy *bm_ty_tuple(BmTcx *tcx, BmTy *const *elems, uint32_t n) { return bm_ty_mk(tcx, BM_TK_TUPLE, 0, 0, 0, elems, n); }
BmTy *bm_ty_adt(BmTcx *tcx, BmDefId def, BmTy *const *args, uint32_t n) {
  return bm_ty_mk(tcx, BM_TK_ADT, 0, def, 0, args, n);
}
BmTy *bm_ty_slice(BmTcx *tcx, BmTy *elem) { return bm_ty_mk(tcx, BM_TK_SLICE, 0, 0, 0, &elem, 1); }
BmTy *bm_ty_array(BmTcx *tcx, BmTy *elem, BmTy *len) {
  BmTy *a[2] = {elem, len};
  return bm_ty_mk(tcx, BM_TK_ARRAY, 0, 0, 0, a, 2);
}
BmTy *bm_ty_param(BmTcx *tcx, BmDefId owner, uint32_t idx) { return bm_ty_mk(tcx, BM_TK_PARAM, 0, owner, idx, NULL, 0); }
BmTy *bm_ty_const(BmTcx *tcx, uint64_t value) { return bm_ty_mk(tcx, BM_TK_CONST, 0, 0, value, NULL, 0); }
BmTy *bm_ty_var(BmTcx *tcx, uint32_t id, BmVarKind kind) {
  return bm_ty_mk(tcx, BM_TK_INFER, (uint8_t)kind, 0, id, NULL, 0);
}

static BmDef *DEF(BmTcx *tcx, BmDefId id) { return bm_def(tcx->stdc, tcx->local, id); }

/* ---- generics */

const BmGenericsInfo *bm_generics_of(BmTcx *tcx, BmDefId def) {
  if (def == NONE || def >= tcx->ndefs) {
    static const BmGenericsInfo empty = {NONE, 0, 0, NULL, false};
    return &empty;
  }
  void **slot = bm_def_slot(tcx, BM_SLOT_GENERICS, def);
  if (*slot) return *slot;
  BmDef *d = DEF(tcx, def);
  BmGenericsInfo *g = bm_arena_alloc(tcx->arena, sizeof *g);
  g->parent = NONE;
  *slot = g; /* against cycles */
  if (d->kind == BM_DEF_VARIANT) {
    *g = *bm_generics_of(tcx, d->parent);
    return g;
  }
  const BmGenericsInfo *pg = NULL;
  if ((d->kind == BM_DEF_FN || d->kind == BM_DEF_TYPE_ALIAS || d->kind == BM_DEF_ASSOC_TYPE ||
       d->kind == BM_DEF_CONST) && d->parent != NONE) {
    BmDef *p = DEF(tcx, d->parent);
    if (p->kind == BM_DEF_IMPL || p->kind == BM_DEF_TRAIT) {
      g->parent = d->parent;
      pg = bm_generics_of(tcx, d->parent);
    }
  }
  uint32_t own = d->generics.nparams + (d->kind == BM_DEF_TRAIT ? 1 : 0);
  g->parent_count = pg ? pg->count : 0;
  g->count = g->parent_count + own;
  g->params = bm_arena_alloc(tcx->arena, (g->count ? g->count : 1) * sizeof *g->params);
  if (pg) memcpy(g->params, pg->params, pg->count * sizeof *g->params);
  uint32_t k = g->parent_count;
  if (d->kind == BM_DEF_TRAIT) {
    g->has_self = true;
    g->params[k].owner = def;
    g->params[k].param = NULL;
    g->params[k].kind = BM_GP_TYPE;
    g->params[k].name = BM_SYM_Self;
    k++;
  }
  for (uint32_t i = 0; i < d->generics.nparams; i++, k++) {
    g->params[k].owner = def;
    g->params[k].param = &d->generics.params[i];
    g->params[k].kind = d->generics.params[i].kind;
    g->params[k].name = d->generics.params[i].name;
  }
  return g;
}

/* The flattened index of the parameter declared at `index` in `owner`'s
 * own generics. */
static uint32_t param_index(BmTcx *tcx, BmDefId owner, uint32_t index) {
  const BmGenericsInfo *g = bm_generics_of(tcx, owner);
  BmDef *d = DEF(tcx, owner);
  return g->parent_count + (d->kind == BM_DEF_TRAIT ? 1 : 0) + index;
}

BmTy **bm_identity_args(BmTcx *tcx, BmDefId def, uint32_t *n) {
  const BmGenericsInfo *g = bm_generics_of(tcx, def);
  BmTy **args = bm_arena_alloc(tcx->arena, (g->count ? g->count : 1) * sizeof *args);
  for (uint32_t i = 0; i < g->count; i++) {
    if (g->params[i].kind == BM_GP_LIFETIME)
      args[i] = bm_ty_mk(tcx, BM_TK_RE_PARAM, 0, g->params[i].owner, g->params[i].name, NULL, 0);
    else
      args[i] = bm_ty_param(tcx, g->params[i].owner, i);
  }
  *n = g->count;
  return args;
}

/* ---- substitution */

static BmTy *subst(BmTcx *tcx, BmTy *t, BmTy *const *args, uint32_t nargs, int depth) {
  if (!(t->flags & BM_TYF_PARAM) && t->kind != BM_TK_RE_PARAM) return t;
  if (depth > BM_TY_MAX_DEPTH) return tcx->err;
  if (t->kind == BM_TK_PARAM) return t->idx < nargs && args[t->idx] ? args[t->idx] : t;
  if (t->kind == BM_TK_RE_PARAM) return t;
  BmTy *buf[16];
  BmTy **na = t->nargs <= 16 ? buf : bm_arena_alloc(tcx->arena, t->nargs * sizeof *na);
  bool changed = false;
  for (uint32_t i = 0; i < t->nargs; i++) {
    na[i] = subst(tcx, t->args[i], args, nargs, depth + 1);
    if (na[i] != t->args[i]) changed = true;
  }
  if (!changed) return t;
  return bm_ty_mk(tcx, t->kind, t->sub, t->def, t->idx, na, t->nargs);
}

BmTy *bm_ty_subst(BmTcx *tcx, BmTy *t, BmTy *const *args, uint32_t nargs) {
  if (!t) return t;
  return subst(tcx, t, args, nargs, 0);
}

/* ---- lowering type syntax */

typedef struct {
  BmTcx *tcx;
  BmDefId item;           /* whose generics are in scope */
  int depth;
} Lo;

static BmTy *lower(Lo *lo, const BmTypeRef *t);

static BmTy *region_of(BmTcx *tcx, BmDefId item, BmSym lt) {
  if (!lt || lt == BM_SYM__) return tcx->re_erased;
  if (lt == BM_SYM_static) return tcx->re_static;
  return bm_ty_mk(tcx, BM_TK_RE_PARAM, 0, item, lt, NULL, 0);
}

static BmTy *fresh_or_err(BmTcx *tcx) { return tcx->fresh ? tcx->fresh(tcx->fresh_ctx) : tcx->err; }

/* The generic arguments written on a path segment, for a def's own
 * parameters (with `parent_args` for the parent's, e.g. an impl's). */
BmTy **bm_lower_seg_args(BmTcx *tcx, BmDefId item, BmDefId def, const BmPathSeg *seg,
                         BmTy *const *parent_args, uint32_t nparent, uint32_t *out_n, bool *bad_count) {
  const BmGenericsInfo *g = bm_generics_of(tcx, def);
  BmTy **args = bm_arena_alloc(tcx->arena, (g->count ? g->count : 1) * sizeof *args);
  for (uint32_t i = 0; i < g->parent_count && i < nparent; i++) args[i] = parent_args[i];
  for (uint32_t i = nparent; i < g->parent_count; i++) args[i] = fresh_or_err(tcx);
  Lo lo = {tcx, item, 0};
  uint32_t ntype = 0, nlt = 0, nconst = 0;
  uint32_t wtype = 0, wlt = 0, wconst = 0;
  if (seg) {
    for (uint32_t i = 0; i < seg->nargs; i++) {
      if (seg->args[i].kind == BM_GA_TYPE) wtype++;
      else if (seg->args[i].kind == BM_GA_LIFETIME) wlt++;
      else if (seg->args[i].kind == BM_GA_CONST) wconst++;
    }
  }
  uint32_t ti = 0, li = 0, ci = 0;
  for (uint32_t i = g->parent_count; i < g->count; i++) {
    const BmGenericInfo *p = &g->params[i];
    if (p->param == NULL) { args[i] = fresh_or_err(tcx); continue; } /* Self of a trait */
    if (p->kind == BM_GP_LIFETIME) {
      nlt++;
      BmTy *r = tcx->re_erased;
      if (seg) {
        uint32_t seen = 0;
        for (uint32_t k = 0; k < seg->nargs; k++)
          if (seg->args[k].kind == BM_GA_LIFETIME && seen++ == li) r = region_of(tcx, item, seg->args[k].name);
      }
      li++;
      args[i] = r;
      continue;
    }
    if (p->kind == BM_GP_CONST) {
      nconst++;
      BmTy *c = fresh_or_err(tcx);
      uint32_t seen = 0;
      if (seg) {
        for (uint32_t k = 0; k < seg->nargs; k++) {
          const BmGenericArg *a = &seg->args[k];
          /* a const argument may be written as a type path (N) */
          if ((a->kind == BM_GA_CONST || a->kind == BM_GA_TYPE) && seen++ == ti + ci) {
            if (a->kind == BM_GA_CONST && a->has_val) c = bm_ty_const(tcx, (uint64_t)a->const_val);
            else if (a->kind == BM_GA_TYPE) c = lower(&lo, a->type);
          }
        }
      }
      ci++;
      args[i] = c;
      continue;
    }
    ntype++;
    BmTy *t = NULL;
    if (seg) {
      uint32_t seen = 0;
      for (uint32_t k = 0; k < seg->nargs; k++)
        if (seg->args[k].kind == BM_GA_TYPE && seen++ == ti) t = lower(&lo, seg->args[k].type);
    }
    if (!t && p->param->default_type && !(tcx->no_defaults && tcx->fresh && (!seg || !seg->has_args)) &&
        (!seg || !seg->has_args || ti >= wtype)) {
      /* a default refers to earlier parameters */
      t = bm_ty_subst(tcx, bm_ty_lower(tcx, def, p->param->default_type), args, i);
    }
    if (!t) t = fresh_or_err(tcx);
    ti++;
    args[i] = t;
  }
  if (bad_count) *bad_count = seg && seg->has_args && !seg->paren_sugar && (wtype > ntype || (wlt && wlt != nlt));
  (void)wconst;
  (void)nconst;
  *out_n = g->count;
  return args;
}

/* The assoc type named `name` of trait `trait` (or its supertraits). */
static BmDefId assoc_type_named(BmTcx *tcx, BmDefId trait, BmSym name, int depth) {
  if (trait == NONE || depth > 8) return NONE;
  BmDef *t = DEF(tcx, trait);
  if (t->kind != BM_DEF_TRAIT) return NONE;
  for (uint32_t i = 0; i < t->nitems; i++) {
    BmDef *it = DEF(tcx, t->items[i]);
    if (it->kind == BM_DEF_ASSOC_TYPE && it->name == name) return t->items[i];
  }
  for (uint32_t i = 0; i < t->nbounds; i++) {
    const BmBound *b = &t->bounds[i];
    if (b->kind != BM_BOUND_TRAIT || !b->trait || b->trait->res.kind != BM_RES_DEF) continue;
    BmDefId found = assoc_type_named(tcx, b->trait->res.id, name, depth + 1);
    if (found != NONE) return found;
  }
  return NONE;
}

BmDefId bm_assoc_type_named(BmTcx *tcx, BmDefId trait, BmSym name) {
  return assoc_type_named(tcx, trait, name, 0);
}

/* A trait ref written as a bound: its def and its arguments, Self first. */
BmTy **bm_lower_trait_ref(BmTcx *tcx, BmDefId item, const BmPath *p, BmTy *self, uint32_t *n) {
  BmDefId trait = p->res.id;
  const BmPathSeg *seg = &p->segs[p->nsegs - 1];
  const BmGenericsInfo *g = bm_generics_of(tcx, trait);
  BmTy **args = bm_arena_alloc(tcx->arena, (g->count ? g->count : 1) * sizeof *args);
  if (g->count) args[0] = self;
  Lo lo = {tcx, item, 0};
  if (seg->paren_sugar) {
    /* Fn(A, B) -> C: one parameter, the tuple of inputs */
    BmTy *in[64];
    uint32_t k = 0;
    for (uint32_t i = 0; i < seg->nargs && k < 64; i++)
      if (seg->args[i].kind == BM_GA_TYPE) in[k++] = lower(&lo, seg->args[i].type);
    if (g->count > 1) args[1] = bm_ty_tuple(tcx, in, k);
    for (uint32_t i = 2; i < g->count; i++) args[i] = tcx->err;
    *n = g->count;
    return args;
  }
  uint32_t ti = 0;
  for (uint32_t i = 1; i < g->count; i++) {
    const BmGenericInfo *gp = &g->params[i];
    if (gp->kind == BM_GP_LIFETIME) {
      args[i] = tcx->re_erased;
      continue;
    }
    BmTy *t = NULL;
    uint32_t seen = 0;
    for (uint32_t k = 0; k < seg->nargs; k++)
      if (seg->args[k].kind == BM_GA_TYPE && seen++ == ti) t = lower(&lo, seg->args[k].type);
    if (!t && gp->param && gp->param->default_type) {
      /* `Add` means `Add<Self>`: defaults may name Self (index 0) */
      t = bm_ty_subst(tcx, bm_ty_lower(tcx, trait, gp->param->default_type), args, i);
    }
    if (!t) t = fresh_or_err(tcx);
    args[i] = t;
    ti++;
  }
  *n = g->count;
  return args;
}

/* `T::Name` with T a parameter (or Self): the trait of a bound on T in
 * scope of `item` that has an associated type `Name`. */
static BmTy *assoc_of_param(Lo *lo, BmTy *self, BmSym name) {
  BmTcx *tcx = lo->tcx;
  for (BmDefId item = lo->item; item != NONE;) {
    BmDef *d = DEF(tcx, item);
    /* Self in a trait: the trait's own associated types */
    if (d->kind == BM_DEF_TRAIT && self->kind == BM_TK_PARAM && self->idx == bm_generics_of(tcx, item)->parent_count) {
      BmDefId a = assoc_type_named(tcx, item, name, 0);
      if (a != NONE) {
        uint32_t n;
        BmTy **args = bm_identity_args(tcx, item, &n);
        return bm_ty_mk(tcx, BM_TK_PROJ, 0, a, 0, args, n);
      }
    }
    /* bounds on parameters and where clauses */
    for (uint32_t pi = 0; pi < d->generics.nparams; pi++) {
      const BmGenericParam *gp = &d->generics.params[pi];
      if (gp->kind != BM_GP_TYPE) continue;
      BmTy *pt = bm_ty_param(tcx, item, param_index(tcx, item, pi));
      if (pt != self) continue;
      for (uint32_t b = 0; b < gp->nbounds; b++) {
        const BmBound *bd = &gp->bounds[b];
        if (bd->kind != BM_BOUND_TRAIT || !bd->trait || bd->trait->res.kind != BM_RES_DEF) continue;
        BmDefId a = assoc_type_named(tcx, bd->trait->res.id, name, 0);
        if (a == NONE) continue;
        BmDefId atrait = DEF(tcx, a)->parent;
        uint32_t n;
        BmTy **targs;
        if (atrait == bd->trait->res.id) targs = bm_lower_trait_ref(tcx, lo->item, bd->trait, self, &n);
        else {
          const BmGenericsInfo *tg = bm_generics_of(tcx, atrait);
          n = tg->count;
          targs = bm_arena_alloc(tcx->arena, (n ? n : 1) * sizeof *targs);
          targs[0] = self;
          for (uint32_t q = 1; q < n; q++) targs[q] = tcx->err;
        }
        return bm_ty_mk(tcx, BM_TK_PROJ, 0, a, 0, targs, n);
      }
    }
    for (uint32_t wi = 0; wi < d->generics.npreds; wi++) {
      const BmWherePred *w = &d->generics.preds[wi];
      if (!w->lhs) continue;
      Lo sub = {tcx, lo->item, lo->depth + 1};
      if (lower(&sub, w->lhs) != self) continue;
      for (uint32_t b = 0; b < w->nbounds; b++) {
        const BmBound *bd = &w->bounds[b];
        if (bd->kind != BM_BOUND_TRAIT || !bd->trait || bd->trait->res.kind != BM_RES_DEF) continue;
        BmDefId a = assoc_type_named(tcx, bd->trait->res.id, name, 0);
        if (a == NONE) continue;
        uint32_t n;
        BmTy **targs = bm_lower_trait_ref(tcx, lo->item, bd->trait, self, &n);
        if (DEF(tcx, a)->parent != bd->trait->res.id) {
          const BmGenericsInfo *tg = bm_generics_of(tcx, DEF(tcx, a)->parent);
          n = tg->count;
          targs = bm_arena_alloc(tcx->arena, (n ? n : 1) * sizeof *targs);
          targs[0] = self;
          for (uint32_t q = 1; q < n; q++) targs[q] = tcx->err;
        }
        return bm_ty_mk(tcx, BM_TK_PROJ, 0, a, 0, targs, n);
      }
    }
    /* a method sees its impl's or trait's bounds too */
    if (d->kind != BM_DEF_FN && d->kind != BM_DEF_TYPE_ALIAS && d->kind != BM_DEF_CONST &&
        d->kind != BM_DEF_ASSOC_TYPE)
      break;
    if (d->parent == NONE) break;
    BmDef *p = DEF(tcx, d->parent);
    if (p->kind != BM_DEF_IMPL && p->kind != BM_DEF_TRAIT) break;
    item = d->parent;
  }
  return tcx->err;
}

/* `Self::Name` in an impl of a trait: the impl's `type Name = ...`. */
static BmTy *impl_assoc(Lo *lo, BmDefId impl, BmSym name) {
  BmTcx *tcx = lo->tcx;
  BmDef *d = DEF(tcx, impl);
  for (uint32_t i = 0; i < d->nitems; i++) {
    BmDef *it = DEF(tcx, d->items[i]);
    if (it->kind == BM_DEF_TYPE_ALIAS && it->name == name) {
      Lo sub = {tcx, d->items[i], lo->depth + 1};
      return lower(&sub, it->type);
    }
  }
  return tcx->err;
}

static BmTy *lower_path_type(Lo *lo, const BmPath *p) {
  BmTcx *tcx = lo->tcx;
  if (!p) return tcx->err;
  BmRes r = p->res;
  uint32_t base_segs = p->nsegs - r.rest;
  const BmPathSeg *seg = base_segs ? &p->segs[base_segs - 1] : NULL;
  BmTy *base;
  if (p->root == BM_PATH_QUALIFIED) {
    /* <T as Trait>::Name */
    if (!p->qtrait || p->qtrait->res.kind != BM_RES_DEF || p->nsegs != 1) return tcx->err;
    BmTy *self = lower(lo, p->qself);
    BmDefId a = assoc_type_named(tcx, p->qtrait->res.id, p->segs[0].name, 0);
    if (a == NONE) return tcx->err;
    uint32_t n;
    BmTy **targs = bm_lower_trait_ref(tcx, lo->item, p->qtrait, self, &n);
    return bm_ty_mk(tcx, BM_TK_PROJ, 0, a, 0, targs, n);
  }
  switch (r.kind) {
  case BM_RES_PRIM:
    base = bm_ty_int(tcx, (BmPrim)r.prim);
    break;
  case BM_RES_TYPE_PARAM:
    base = bm_ty_param(tcx, r.id, param_index(tcx, r.id, r.index));
    break;
  case BM_RES_SELF_TY: {
    BmDef *o = DEF(tcx, r.id);
    if (o->kind == BM_DEF_TRAIT) {
      base = bm_ty_param(tcx, r.id, bm_generics_of(tcx, r.id)->parent_count);
      if (r.rest == 1) {
        /* Self::Item in a trait */
        BmDefId a = assoc_type_named(tcx, r.id, p->segs[p->nsegs - 1].name, 0);
        if (a == NONE) return tcx->err;
        uint32_t n;
        BmTy **args = bm_identity_args(tcx, r.id, &n);
        return bm_ty_mk(tcx, BM_TK_PROJ, 0, a, 0, args, n);
      }
    } else if (o->kind == BM_DEF_IMPL) {
      if (r.rest == 1) {
        BmTy *t = impl_assoc(lo, r.id, p->segs[p->nsegs - 1].name);
        if (t != tcx->err) return t;
        return assoc_of_param(lo, bm_type_of(tcx, r.id), p->segs[p->nsegs - 1].name);
      }
      base = bm_type_of(tcx, r.id);
    } else {
      uint32_t n;
      BmTy **args = bm_identity_args(tcx, r.id, &n);
      base = bm_ty_adt(tcx, r.id, args, n);
    }
    break;
  }
  case BM_RES_DEF: {
    BmDef *d = DEF(tcx, r.id);
    switch (d->kind) {
    case BM_DEF_STRUCT:
    case BM_DEF_ENUM:
    case BM_DEF_UNION: {
      uint32_t n;
      bool bad = false;
      BmTy **args = bm_lower_seg_args(tcx, lo->item, r.id, seg, NULL, 0, &n, &bad);
      base = bm_ty_adt(tcx, r.id, args, n);
      break;
    }
    case BM_DEF_TYPE_ALIAS: {
      if (d->parent != NONE && DEF(tcx, d->parent)->kind == BM_DEF_IMPL) {
        Lo sub = {tcx, r.id, lo->depth + 1};
        base = lower(&sub, d->type);
        break;
      }
      uint32_t n;
      BmTy **args = bm_lower_seg_args(tcx, lo->item, r.id, seg, NULL, 0, &n, NULL);
      if (lo->depth > 32) return tcx->err;
      Lo sub = {tcx, r.id, lo->depth + 1};
      base = bm_ty_subst(tcx, lower(&sub, d->type), args, n);
      break;
    }
    case BM_DEF_TRAIT: {
      /* a bare trait object (`Box<Trait>`, 2015) */
      base = tcx->err;
      break;
    }
    default:
      return tcx->err;
    }
    break;
  }
  default:
    return tcx->err;
  }
  if (r.rest == 1 && (base->kind == BM_TK_PARAM)) return assoc_of_param(lo, base, p->segs[p->nsegs - 1].name);
  if (r.rest) return tcx->err; /* Type::Assoc of a concrete type: infer.c resolves it in bodies */
  return base;
}

static BmTy *lower_dyn(Lo *lo, const BmTypeRef *t) {
  BmTcx *tcx = lo->tcx;
  BmDefId principal = NONE;
  const BmPath *pp = NULL;
  uint8_t autos = 0;
  for (uint32_t i = 0; i < t->nbounds; i++) {
    const BmBound *b = &t->bounds[i];
    if (b->kind != BM_BOUND_TRAIT || !b->trait) continue;
    if (b->trait->res.kind != BM_RES_DEF) return tcx->err;
    BmDefId tr = b->trait->res.id;
    BmDef *td = DEF(tcx, tr);
    if (td->lang == bm_sym_find(tcx->syms, "send", 4)) { autos |= BM_DYN_SEND; continue; }
    if (td->lang == bm_sym_find(tcx->syms, "sync", 4)) { autos |= BM_DYN_SYNC; continue; }
    if (principal != NONE) return tcx->err;
    principal = tr;
    pp = b->trait;
  }
  if (principal == NONE) return bm_ty_mk(tcx, BM_TK_DYN, autos, NONE, 0, NULL, 0);
  uint32_t n;
  BmTy *self = tcx->err;
  BmTy **targs = bm_lower_trait_ref(tcx, lo->item, pp, self, &n);
  /* arguments without Self, then (assoc def, type) pairs for bindings */
  BmTy *args[64];
  uint32_t k = 0;
  for (uint32_t i = 1; i < n && k < 48; i++) args[k++] = targs[i];
  uint32_t ntrait = k;
  const BmPathSeg *seg = &pp->segs[pp->nsegs - 1];
  if (seg->paren_sugar) {
    BmDefId out = assoc_type_named(tcx, principal, BM_SYM_Output, 0);
    if (out != NONE) {
      args[k++] = bm_ty_const(tcx, out);
      args[k++] = seg->ret ? lower(lo, seg->ret) : tcx->unit;
    }
  } else {
    for (uint32_t i = 0; i < seg->nargs && k + 2 <= 64; i++) {
      if (seg->args[i].kind != BM_GA_BINDING) continue;
      BmDefId a = assoc_type_named(tcx, principal, seg->args[i].name, 0);
      if (a == NONE) continue;
      args[k++] = bm_ty_const(tcx, a);
      args[k++] = lower(lo, seg->args[i].type);
    }
  }
  return bm_ty_mk(tcx, BM_TK_DYN, autos, principal, ntrait, args, k);
}

static BmTy *lower(Lo *lo, const BmTypeRef *t) {
  BmTcx *tcx = lo->tcx;
  if (!t) return tcx->unit;
  if (lo->depth > BM_TY_MAX_DEPTH) return tcx->err;
  lo->depth++;
  BmTy *r = tcx->err;
  switch (t->kind) {
  case BM_TR_PATH:
    r = lower_path_type(lo, t->path);
    break;
  case BM_TR_REF:
    r = bm_ty_ref(tcx, region_of(tcx, lo->item, t->lifetime), lower(lo, t->inner), t->mut);
    break;
  case BM_TR_PTR: {
    BmTy *in = lower(lo, t->inner);
    r = bm_ty_mk(tcx, BM_TK_PTR, t->mut, 0, 0, &in, 1);
    break;
  }
  case BM_TR_TUPLE: {
    BmTy *buf[32];
    BmTy **el = t->nelems <= 32 ? buf : bm_arena_alloc(tcx->arena, t->nelems * sizeof *el);
    for (uint32_t i = 0; i < t->nelems; i++) el[i] = lower(lo, t->elems[i]);
    r = bm_ty_tuple(tcx, el, t->nelems);
    break;
  }
  case BM_TR_ARRAY: {
    BmTy *len = tcx->err;
    if (t->len.has_val) len = bm_ty_const(tcx, (uint64_t)t->len.const_val);
    else if (t->len.name) {
      /* a const parameter N */
      for (BmDefId item = lo->item; item != NONE;) {
        BmDef *d = DEF(tcx, item);
        bool found = false;
        for (uint32_t i = 0; i < d->generics.nparams; i++)
          if (d->generics.params[i].kind == BM_GP_CONST && d->generics.params[i].name == t->len.name) {
            len = bm_ty_param(tcx, item, param_index(tcx, item, i));
            found = true;
          }
        if (found || d->parent == NONE) break;
        BmDef *p = DEF(tcx, d->parent);
        if (p->kind != BM_DEF_IMPL && p->kind != BM_DEF_TRAIT) break;
        item = d->parent;
      }
    }
    r = bm_ty_array(tcx, lower(lo, t->inner), len);
    break;
  }
  case BM_TR_SLICE:
    r = bm_ty_slice(tcx, lower(lo, t->inner));
    break;
  case BM_TR_NEVER:
    r = tcx->never;
    break;
  case BM_TR_INFER:
    r = fresh_or_err(tcx);
    break;
  case BM_TR_FN: {
    BmTy *buf[33];
    uint32_t n = t->nelems < 32 ? t->nelems : 32;
    for (uint32_t i = 0; i < n; i++) buf[i] = lower(lo, t->elems[i]);
    buf[n] = t->ret ? lower(lo, t->ret) : tcx->unit;
    r = bm_ty_mk(tcx, BM_TK_FNPTR, 0, 0, n, buf, n + 1);
    break;
  }
  case BM_TR_IMPL:
    if (t->impl_param) {
      /* an `impl Trait` argument: its anonymous type parameter */
      BmDefId fn = lo->item;
      r = bm_ty_param(tcx, fn, param_index(tcx, fn, t->impl_param - 1));
    } else {
      /* return position: an opaque type, known by its bounds (trait.c) */
      r = bm_ty_mk(tcx, BM_TK_OPAQUE, 0, lo->item, (uint64_t)(uintptr_t)t, NULL, 0);
    }
    break;
  case BM_TR_DYN:
    r = lower_dyn(lo, t);
    break;
  default:
    r = tcx->err;
    break;
  }
  lo->depth--;
  return r;
}

BmTy *bm_ty_lower(BmTcx *tcx, BmDefId item, const BmTypeRef *t) {
  Lo lo = {tcx, item, 0};
  return lower(&lo, t);
}

static BmTy *type_of(BmTcx *tcx, BmDefId def) {
  void **slot = bm_def_slot(tcx, BM_SLOT_TYPE_OF, def);
  *slot = tcx->err; /* against cycles (type X = X;) */
  BmDef *d = DEF(tcx, def);
  BmTy *t = tcx->err;
  switch (d->kind) {
  case BM_DEF_STRUCT:
  case BM_DEF_ENUM:
  case BM_DEF_UNION: {
    uint32_t n;
    BmTy **args = bm_identity_args(tcx, def, &n);
    t = bm_ty_adt(tcx, def, args, n);
    break;
  }
  case BM_DEF_VARIANT:
    t = bm_type_of(tcx, d->parent);
    break;
  case BM_DEF_IMPL:
  case BM_DEF_TYPE_ALIAS:
  case BM_DEF_CONST:
  case BM_DEF_STATIC:
    t = d->type ? bm_ty_lower(tcx, def, d->type) : tcx->err;
    break;
  default:
    break;
  }
  *bm_def_slot(tcx, BM_SLOT_TYPE_OF, def) = t;
  return t;
}

/* What is cached per def is lowered without the current body's fresh
 * variables: a missing generic argument in a signature (`-> B` for a
 * generic `B`) is the error type, never a variable of whichever body
 * asked first (found by the fuzzer: another body then read a variable
 * index it does not have). */
BmTy *bm_type_of(BmTcx *tcx, BmDefId def) {
  if (def == NONE || def >= tcx->ndefs) return tcx->err;
  void **slot = bm_def_slot(tcx, BM_SLOT_TYPE_OF, def);
  if (*slot) return *slot;
  BmTy *(*saved)(void *) = tcx->fresh;
  tcx->fresh = NULL;
  BmTy *t = type_of(tcx, def);
  tcx->fresh = saved;
  return t;
}

BmTy *bm_field_ty(BmTcx *tcx, BmDefId def, uint32_t field) {
  BmDef *d = DEF(tcx, def);
  if (field >= d->nfields) return tcx->err;
  BmDefId ctx = d->kind == BM_DEF_VARIANT ? d->parent : def;
  return bm_ty_lower(tcx, ctx, d->fields[field].type);
}

static const BmSig *fn_sig(BmTcx *tcx, BmDefId fn) {
  void **slot = bm_def_slot(tcx, BM_SLOT_SIG, fn);
  BmDef *d = DEF(tcx, fn);
  BmSig *s = bm_arena_alloc(tcx->arena, sizeof *s);
  s->def = fn;
  *slot = s;
  if (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_VARIANT) {
    /* a tuple struct or tuple variant constructor */
    s->nparams = d->nfields;
    s->params = bm_arena_alloc(tcx->arena, (d->nfields ? d->nfields : 1) * sizeof *s->params);
    for (uint32_t i = 0; i < d->nfields; i++) s->params[i] = bm_field_ty(tcx, fn, i);
    s->ret = bm_type_of(tcx, fn);
    return s;
  }
  if (d->kind != BM_DEF_FN) return s;
  bool has_self = d->self_param != BM_SELF_PARAM_NONE;
  s->has_self = has_self;
  s->nparams = d->nparams + (has_self ? 1 : 0);
  s->params = bm_arena_alloc(tcx->arena, (s->nparams ? s->nparams : 1) * sizeof *s->params);
  uint32_t k = 0;
  if (has_self) {
    BmTy *self = tcx->err;
    BmDef *p = d->parent != NONE ? DEF(tcx, d->parent) : NULL;
    if (p && p->kind == BM_DEF_IMPL) self = bm_type_of(tcx, d->parent);
    else if (p && p->kind == BM_DEF_TRAIT) self = bm_ty_param(tcx, d->parent, bm_generics_of(tcx, d->parent)->parent_count);
    switch (d->self_param) {
    case BM_SELF_PARAM_VALUE: s->params[k++] = self; break;
    case BM_SELF_PARAM_REF: s->params[k++] = bm_ty_ref(tcx, NULL, self, false); break;
    case BM_SELF_PARAM_MUT: s->params[k++] = bm_ty_ref(tcx, NULL, self, true); break;
    default: s->params[k++] = bm_ty_lower(tcx, fn, d->self_type); break;
    }
  }
  for (uint32_t i = 0; i < d->nparams; i++) s->params[k++] = bm_ty_lower(tcx, fn, d->params[i]);
  s->ret = d->ret ? bm_ty_lower(tcx, fn, d->ret) : tcx->unit;
  return s;
}

const BmSig *bm_fn_sig(BmTcx *tcx, BmDefId fn) {
  if (fn == NONE || fn >= tcx->ndefs) return NULL;
  void **slot = bm_def_slot(tcx, BM_SLOT_SIG, fn);
  if (*slot) return *slot;
  BmTy *(*saved)(void *) = tcx->fresh;
  tcx->fresh = NULL;
  const BmSig *sig = fn_sig(tcx, fn);
  tcx->fresh = saved;
  return sig;
}

/* ---- printing */

typedef struct {
  BmTcx *tcx;
  char *buf;
  size_t len, cap;
} Out;

static void put(Out *o, const char *s) {
  size_t n = strlen(s);
  if (o->len + n + 1 > o->cap) {
    size_t ncap = (o->cap ? o->cap * 2 : 64);
    while (ncap < o->len + n + 1) ncap *= 2;
    o->buf = bm_arena_realloc(o->tcx->arena, o->buf, o->cap, ncap);
    o->cap = ncap;
  }
  memcpy(o->buf + o->len, s, n + 1);
  o->len += n;
}

static const char *prim_name(BmPrim p) {
  static const char *const names[] = {"?", "i8", "i16", "i32", "i64", "i128", "isize", "u8",
                                      "u16", "u32", "u64", "u128", "usize", "f32", "f64",
                                      "bool", "char", "str"};
  return p <= BM_PRIM_STR ? names[p] : "?";
}

static void print_ty(Out *o, BmTy *t, int depth);

static void print_args(Out *o, BmTy *const *args, uint32_t n, int depth, bool show_regions) {
  bool any = false;
  for (uint32_t i = 0; i < n; i++) {
    if (bm_ty_is_region(args[i]) && !show_regions) continue;
    put(o, any ? ", " : "<");
    any = true;
    print_ty(o, args[i], depth + 1);
  }
  if (any) put(o, ">");
}

static void print_ty(Out *o, BmTy *t, int depth) {
  BmTcx *tcx = o->tcx;
  if (depth > 40) { put(o, "…"); return; }
  switch (t->kind) {
  case BM_TK_ERR: put(o, "{unknown}"); break;
  case BM_TK_INFER:
    put(o, t->sub == BM_VAR_INT ? "{integer}" : t->sub == BM_VAR_FLOAT ? "{float}" : "_");
    break;
  case BM_TK_BOOL: put(o, "bool"); break;
  case BM_TK_CHAR: put(o, "char"); break;
  case BM_TK_INT: case BM_TK_FLOAT: put(o, prim_name((BmPrim)t->sub)); break;
  case BM_TK_STR: put(o, "str"); break;
  case BM_TK_NEVER: put(o, "!"); break;
  case BM_TK_TUPLE:
    put(o, "(");
    for (uint32_t i = 0; i < t->nargs; i++) {
      if (i) put(o, ", ");
      print_ty(o, t->args[i], depth + 1);
    }
    if (t->nargs == 1) put(o, ",");
    put(o, ")");
    break;
  case BM_TK_ARRAY: {
    put(o, "[");
    print_ty(o, t->args[0], depth + 1);
    put(o, "; ");
    print_ty(o, t->args[1], depth + 1);
    put(o, "]");
    break;
  }
  case BM_TK_SLICE:
    put(o, "[");
    print_ty(o, t->args[0], depth + 1);
    put(o, "]");
    break;
  case BM_TK_REF:
    /* rustc erases regions in these messages */
    put(o, "&");
    if (t->sub) put(o, "mut ");
    print_ty(o, t->args[1], depth + 1);
    break;
  case BM_TK_PTR:
    put(o, t->sub ? "*mut " : "*const ");
    print_ty(o, t->args[0], depth + 1);
    break;
  case BM_TK_ADT: {
    BmDef *d = DEF(tcx, t->def);
    put(o, bm_sym_str(tcx->syms, d->name));
    /* rustc shows lifetimes of ADTs as '_ when erased */
    bool any = false;
    for (uint32_t i = 0; i < t->nargs; i++) {
      put(o, any ? ", " : "<");
      any = true;
      if (bm_ty_is_region(t->args[i])) {
        if (t->args[i]->kind == BM_TK_RE_STATIC) put(o, "'static");
        else if (t->args[i]->kind == BM_TK_RE_PARAM) {
          put(o, "'");
          put(o, bm_sym_str(tcx->syms, (BmSym)t->args[i]->idx));
        } else put(o, "'_");
      } else {
        print_ty(o, t->args[i], depth + 1);
      }
    }
    if (any) put(o, ">");
    break;
  }
  case BM_TK_FNDEF: {
    BmDef *d = DEF(tcx, t->def);
    const BmSig *s = bm_fn_sig(tcx, t->def);
    put(o, "fn(");
    for (uint32_t i = 0; s && i < s->nparams; i++) {
      if (i) put(o, ", ");
      print_ty(o, bm_ty_subst(tcx, s->params[i], t->args, t->nargs), depth + 1);
    }
    put(o, ")");
    if (s && s->ret != tcx->unit) {
      put(o, " -> ");
      print_ty(o, bm_ty_subst(tcx, s->ret, t->args, t->nargs), depth + 1);
    }
    put(o, " {");
    put(o, bm_sym_str(tcx->syms, d->name));
    put(o, "}");
    break;
  }
  case BM_TK_FNPTR:
    put(o, "fn(");
    for (uint32_t i = 0; i + 1 < t->nargs; i++) {
      if (i) put(o, ", ");
      print_ty(o, t->args[i], depth + 1);
    }
    put(o, ")");
    if (t->args[t->nargs - 1] != tcx->unit) {
      put(o, " -> ");
      print_ty(o, t->args[t->nargs - 1], depth + 1);
    }
    break;
  case BM_TK_CLOSURE: {
    char buf[96];
    uint32_t line = 0, col = 0, eline = 0, ecol = 0;
    BmBody *b = NULL;
    BmDef *d = DEF(tcx, t->def);
    b = d->body;
    if (b && t->idx < b->closures.len && tcx->src) {
      BmRange sp = b->closures.items[t->idx].span;
      BmRange head = b->closures.items[t->idx].head;
      bm_source_position(tcx->src, sp.start, &line, &col);
      bm_source_position(tcx->src, head.end, &eline, &ecol);
    }
    snprintf(buf, sizeof buf, "{closure@src/main.rs:%u:%u: %u:%u}", line, col, eline, ecol);
    put(o, buf);
    break;
  }
  case BM_TK_PARAM: {
    const BmGenericsInfo *g = bm_generics_of(tcx, t->def);
    if (t->idx < g->count) {
      const BmGenericInfo *p = &g->params[t->idx];
      if (p->param && p->param->is_impl_trait) {
        put(o, "impl ");
        for (uint32_t i = 0; i < p->param->nbounds; i++) {
          const BmBound *b = &p->param->bounds[i];
          if (b->kind != BM_BOUND_TRAIT || !b->trait || !b->trait->nsegs) continue;
          if (i) put(o, " + ");
          put(o, bm_sym_str(tcx->syms, b->trait->segs[b->trait->nsegs - 1].name));
        }
      } else {
        put(o, bm_sym_str(tcx->syms, p->name));
      }
    } else {
      put(o, "?");
    }
    break;
  }
  case BM_TK_PROJ: {
    BmDef *a = DEF(tcx, t->def);
    BmDef *tr = DEF(tcx, a->parent);
    put(o, "<");
    if (t->nargs) print_ty(o, t->args[0], depth + 1);
    put(o, " as ");
    put(o, bm_sym_str(tcx->syms, tr->name));
    if (t->nargs > 1) print_args(o, t->args + 1, t->nargs - 1, depth, false);
    put(o, ">::");
    put(o, bm_sym_str(tcx->syms, a->name));
    break;
  }
  case BM_TK_DYN: {
    put(o, "dyn ");
    if (t->def != NONE) {
      BmDef *tr = DEF(tcx, t->def);
      put(o, bm_sym_str(tcx->syms, tr->name));
      uint32_t ntrait = (uint32_t)t->idx;
      bool sugar = tr->lang && (tr->lang == bm_sym_find(tcx->syms, "fn", 2) ||
                                tr->lang == bm_sym_find(tcx->syms, "fn_mut", 6) ||
                                tr->lang == bm_sym_find(tcx->syms, "fn_once", 7));
      if (sugar && ntrait >= 1 && t->args[0]->kind == BM_TK_TUPLE) {
        put(o, "(");
        for (uint32_t i = 0; i < t->args[0]->nargs; i++) {
          if (i) put(o, ", ");
          print_ty(o, t->args[0]->args[i], depth + 1);
        }
        put(o, ")");
        if (t->nargs >= ntrait + 2 && t->args[ntrait + 1] != tcx->unit) {
          put(o, " -> ");
          print_ty(o, t->args[ntrait + 1], depth + 1);
        }
      } else {
        bool any = false;
        for (uint32_t i = 0; i < ntrait; i++) {
          if (bm_ty_is_region(t->args[i])) continue;
          put(o, any ? ", " : "<");
          any = true;
          print_ty(o, t->args[i], depth + 1);
        }
        for (uint32_t i = ntrait; i + 1 < t->nargs; i += 2) {
          put(o, any ? ", " : "<");
          any = true;
          put(o, bm_sym_str(tcx->syms, DEF(tcx, (BmDefId)t->args[i]->idx)->name));
          put(o, " = ");
          print_ty(o, t->args[i + 1], depth + 1);
        }
        if (any) put(o, ">");
      }
    }
    if (t->sub & BM_DYN_SEND) put(o, t->def != NONE ? " + Send" : "Send");
    if (t->sub & BM_DYN_SYNC) put(o, " + Sync");
    break;
  }
  case BM_TK_OPAQUE: {
    const BmTypeRef *tr = (const BmTypeRef *)(uintptr_t)t->idx;
    put(o, "impl ");
    for (uint32_t i = 0; tr && i < tr->nbounds; i++) {
      const BmBound *b = &tr->bounds[i];
      if (b->kind != BM_BOUND_TRAIT || !b->trait || !b->trait->nsegs) continue;
      if (i) put(o, " + ");
      put(o, bm_sym_str(tcx->syms, b->trait->segs[b->trait->nsegs - 1].name));
    }
    break;
  }
  case BM_TK_CONST: {
    char buf[32];
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)t->idx);
    put(o, buf);
    break;
  }
  case BM_TK_RE_STATIC: put(o, "'static"); break;
  case BM_TK_RE_ERASED: put(o, "'_"); break;
  case BM_TK_RE_PARAM: put(o, "'"); put(o, bm_sym_str(tcx->syms, (BmSym)t->idx)); break;
  }
}

const char *bm_ty_str(BmTcx *tcx, BmTy *t) {
  Out o = {tcx, NULL, 0, 0};
  put(&o, "");
  print_ty(&o, t, 0);
  return o.buf;
}

const char *bm_adt_descr(BmTcx *tcx, BmDefId def) {
  BmDef *d = DEF(tcx, def);
  return d->kind == BM_DEF_ENUM ? "enum" : d->kind == BM_DEF_UNION ? "union" : "struct";
}
