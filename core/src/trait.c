/*
 * trait.c: impls and trait solving.
 *
 * Computes: an index of every impl (std's declarations and the snippet's)
 * by trait and by the head of its self type (Vec, i32, [T], &T...), with
 * derives of the snippet's types as impls of their own; the predicates
 * of a def (bounds, where clauses, paren-sugar Fn bounds and `Assoc = T`
 * bindings as projection predicates); whether a type implements a trait
 * (three-valued); and the normalization of associated types.
 *
 * How: a goal `T: Trait<A..>` tries the bounds in scope, the impls whose
 * head fits (each impl's parameters instantiated fresh, its trait ref
 * unified with the goal in a snapshot, its own predicates solved
 * recursively), derives, and builtin impls (Sized, Copy/Clone of
 * primitives, references, tuples and arrays, the Fn traits of closures
 * and fn items, auto traits by structure). One candidate left: its
 * unification is kept (impl selection guides inference); none: NO when
 * the goal's types are known; several: MAYBE.
 */
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

enum { MAX_SOLVE_DEPTH = 10 };

/* ---- the index */

typedef enum {
  H_NONE, H_ADT, H_INT, H_FLOAT, H_BOOL, H_CHAR, H_STR, H_NEVER, H_TUPLE, H_ARRAY, H_SLICE,
  H_REF, H_PTR, H_FNPTR, H_DYN, H_ANY,
} Head;

typedef struct {
  BmDefId impl;           /* an impl def, or NONE for a derive */
  BmDefId derive_adt;     /* a derive: the ADT */
  BmDefId trait;          /* NONE: inherent */
  uint8_t head;
  uint32_t head_def;      /* H_ADT: the def; H_INT/H_FLOAT: the prim (0: any of a family) */
  uint8_t family;         /* each-impls: BM_EACH_* */
  uint32_t next;          /* the next entry of the same trait + 1 */
} ImplEntry;

typedef struct {
  BmDefId trait;
  uint32_t nargs;
  BmTy *args[4];
  uint8_t result;         /* BmSolve + 1; 0 empty */
} CacheEntry;

enum { CACHE_SIZE = 4096, SOLVE_BUDGET = 4000 };

/* The impls of one crate, by trait (a chain per trait through `next`,
 * heads in a hash by trait id) and the inherent ones in a chain of their
 * own. std's is built once per session (bm_impl_index_new in stdlib.c);
 * an analysis builds the snippet's and looks in both. */
struct BmImplIndex {
  BmArray(ImplEntry) impls;
  uint32_t *keys, *heads; /* trait id + 1 -> first entry + 1 */
  uint32_t cap;
  uint32_t inherent_first;
};

struct BmTraitIndex {
  const BmImplIndex *std;
  BmImplIndex *local;
  CacheEntry *cache;      /* goals without variables: their answer */
  BmDefId lang[BM_LANG_COUNT];
};

static BmDef *DEF(BmTcx *tcx, BmDefId id) { return bm_def(tcx->stdc, tcx->local, id); }

BmDefId bm_lang(BmTcx *tcx, BmLang item) {
  if (tcx->tindex) return tcx->tindex->lang[item];
  return tcx->std ? bm_std_lang(tcx->std, item) : NONE;
}

bool bm_is_lang(BmTcx *tcx, BmDefId def, BmLang item) {
  return def != NONE && bm_lang(tcx, item) == def;
}

static void head_of(BmTcx *tcx, BmTy *t, uint8_t *head, uint32_t *def) {
  *def = 0;
  switch (t->kind) {
  case BM_TK_ADT: *head = H_ADT; *def = t->def; return;
  case BM_TK_INT: *head = H_INT; *def = t->sub; return;
  case BM_TK_FLOAT: *head = H_FLOAT; *def = t->sub; return;
  case BM_TK_BOOL: *head = H_BOOL; return;
  case BM_TK_CHAR: *head = H_CHAR; return;
  case BM_TK_STR: *head = H_STR; return;
  case BM_TK_NEVER: *head = H_NEVER; return;
  case BM_TK_TUPLE: *head = H_TUPLE; return;
  case BM_TK_ARRAY: *head = H_ARRAY; return;
  case BM_TK_SLICE: *head = H_SLICE; return;
  case BM_TK_REF: *head = H_REF; return;
  case BM_TK_PTR: *head = H_PTR; return;
  case BM_TK_FNPTR: *head = H_FNPTR; return;
  case BM_TK_DYN: *head = H_DYN; *def = t->def; return;
  default: *head = H_ANY; return;
  }
  (void)tcx;
}

/* The head of an impl's self type, from its syntax (no lowering: std's
 * index is built once, before any analysis has types). */
void bm_head_of_ref(const BmCrate *stdc, const BmCrate *local, const BmTypeRef *t, uint8_t *head,
                    uint32_t *def) {
  *def = 0;
  *head = H_ANY;
  if (!t) {
    *head = H_TUPLE;
    return;
  }
  switch (t->kind) {
  case BM_TR_REF: *head = H_REF; return;
  case BM_TR_PTR: *head = H_PTR; return;
  case BM_TR_TUPLE: *head = H_TUPLE; return;
  case BM_TR_ARRAY: *head = H_ARRAY; return;
  case BM_TR_SLICE: *head = H_SLICE; return;
  case BM_TR_NEVER: *head = H_NEVER; return;
  case BM_TR_FN: *head = H_FNPTR; return;
  case BM_TR_DYN:
    for (uint32_t i = 0; i < t->nbounds; i++) {
      const BmBound *b = &t->bounds[i];
      if (b->kind != BM_BOUND_TRAIT || !b->trait || b->trait->res.kind != BM_RES_DEF) continue;
      const BmDef *d = bm_def(stdc, local, b->trait->res.id);
      if (d->auto_trait) continue;
      *head = H_DYN;
      *def = b->trait->res.id;
      return;
    }
    return;
  case BM_TR_PATH: {
    if (!t->path) return;
    BmRes r = t->path->res;
    if (r.rest) return;
    if (r.kind == BM_RES_PRIM) {
      switch (r.prim) {
      case BM_PRIM_BOOL: *head = H_BOOL; return;
      case BM_PRIM_CHAR: *head = H_CHAR; return;
      case BM_PRIM_STR: *head = H_STR; return;
      case BM_PRIM_F32: case BM_PRIM_F64: *head = H_FLOAT; *def = r.prim; return;
      default: *head = H_INT; *def = r.prim; return;
      }
    }
    if (r.kind == BM_RES_DEF) {
      const BmDef *d = bm_def(stdc, local, r.id);
      if (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_ENUM || d->kind == BM_DEF_UNION) {
        *head = H_ADT;
        *def = r.id;
      }
    }
    return;
  }
  default:
    return;
  }
}

static bool head_fits(const ImplEntry *e, uint8_t h, uint32_t d);
void bm_head_of_ty(BmTy *t, uint8_t *head, uint32_t *def) { head_of(NULL, t, head, def); }
bool bm_head_fits(uint8_t ih, uint32_t idef, uint8_t h, uint32_t d) {
  ImplEntry e;
  memset(&e, 0, sizeof e);
  e.head = ih;
  e.head_def = idef;
  return head_fits(&e, h, d);
}

/* Could an impl for (head, def) apply to a type with head h2/d2? */
static bool head_fits(const ImplEntry *e, uint8_t h, uint32_t d) {
  if (e->head == H_ANY || h == H_ANY) return true;
  if (e->head != h) return false;
  if (h == H_ADT || h == H_DYN) return e->head_def == d;
  if (h == H_INT || h == H_FLOAT) {
    if (d == 0) return true; /* an integer (float) variable: any of them */
    return e->head_def == d;
  }
  return true;
}

static uint32_t *index_head(BmArena *a, BmImplIndex *ix, BmDefId trait, bool create) {
  if (!ix->cap) {
    if (!create) return NULL;
    ix->cap = 256;
    ix->keys = bm_arena_alloc(a, ix->cap * sizeof *ix->keys);
    ix->heads = bm_arena_alloc(a, ix->cap * sizeof *ix->heads);
  }
  uint32_t key = trait + 1;
  for (uint32_t i = (key * 2654435761u) & (ix->cap - 1);; i = (i + 1) & (ix->cap - 1)) {
    if (ix->keys[i] == key) return &ix->heads[i];
    if (!ix->keys[i]) {
      if (!create) return NULL;
      break;
    }
  }
  /* insert, growing at half full */
  uint32_t used = 0;
  for (uint32_t i = 0; i < ix->cap; i++) used += ix->keys[i] != 0;
  if ((used + 1) * 2 > ix->cap) {
    uint32_t ocap = ix->cap;
    uint32_t *ok = ix->keys, *oh = ix->heads;
    ix->cap *= 2;
    ix->keys = bm_arena_alloc(a, ix->cap * sizeof *ix->keys);
    ix->heads = bm_arena_alloc(a, ix->cap * sizeof *ix->heads);
    for (uint32_t i = 0; i < ocap; i++) {
      if (!ok[i]) continue;
      uint32_t j = (ok[i] * 2654435761u) & (ix->cap - 1);
      while (ix->keys[j]) j = (j + 1) & (ix->cap - 1);
      ix->keys[j] = ok[i];
      ix->heads[j] = oh[i];
    }
  }
  uint32_t i = (key * 2654435761u) & (ix->cap - 1);
  while (ix->keys[i]) i = (i + 1) & (ix->cap - 1);
  ix->keys[i] = key;
  ix->heads[i] = 0;
  return &ix->heads[i];
}

static void add_entry(BmArena *a, BmImplIndex *ix, ImplEntry e) {
  if (e.trait == NONE) {
    e.next = ix->inherent_first;
    bm_array_push(a, &ix->impls, e);
    ix->inherent_first = ix->impls.len;
    return;
  }
  uint32_t *h = index_head(a, ix, e.trait, true);
  e.next = *h;
  bm_array_push(a, &ix->impls, e);
  *h = ix->impls.len;
}

static const struct { uint16_t bit; BmLang lang; } derivable[] = {
  {BM_DERIVE_CLONE, BM_LANG_clone}, {BM_DERIVE_COPY, BM_LANG_copy}, {BM_DERIVE_DEBUG, BM_LANG_debug},
  {BM_DERIVE_DEFAULT, BM_LANG_default}, {BM_DERIVE_PARTIAL_EQ, BM_LANG_partial_eq}, {BM_DERIVE_EQ, BM_LANG_eq_trait},
  {BM_DERIVE_PARTIAL_ORD, BM_LANG_partial_ord}, {BM_DERIVE_ORD, BM_LANG_ord}, {BM_DERIVE_HASH, BM_LANG_hash},
};

BmImplIndex *bm_impl_index_new(BmArena *a, const BmCrate *stdc, const BmCrate *crate, const BmDefId *lang) {
  BmImplIndex *ix = bm_arena_alloc(a, sizeof *ix);
  for (uint32_t i = 0; i < crate->defs.len; i++) {
    const BmDef *d = &crate->defs.items[i];
    BmDefId id = crate->base + i;
    if (d->kind == BM_DEF_IMPL && d->each != BM_EACH_TEMPLATE) {
      ImplEntry e;
      memset(&e, 0, sizeof e);
      e.impl = id;
      e.derive_adt = NONE;
      e.trait = NONE;
      if (d->trait_ref) {
        if (d->trait_ref->res.kind != BM_RES_DEF) continue;
        e.trait = d->trait_ref->res.id;
      }
      bm_head_of_ref(stdc ? stdc : crate, crate, d->type, &e.head, &e.head_def);
      add_entry(a, ix, e);
    }
    if ((d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_ENUM || d->kind == BM_DEF_UNION) && d->derives) {
      for (size_t k = 0; k < sizeof derivable / sizeof *derivable; k++) {
        if (!(d->derives & derivable[k].bit)) continue;
        BmDefId tr = lang[derivable[k].lang];
        if (derivable[k].lang == BM_LANG_partial_eq && tr == NONE) tr = lang[BM_LANG_eq];
        if (tr == NONE) continue;
        ImplEntry e;
        memset(&e, 0, sizeof e);
        e.impl = NONE;
        e.derive_adt = id;
        e.trait = tr;
        e.head = H_ADT;
        e.head_def = id;
        add_entry(a, ix, e);
      }
    }
  }
  return ix;
}

/* Walking the impls of a trait (NONE: the inherent ones): the snippet's,
 * then std's. */
typedef struct {
  const BmImplIndex *ix[2];
  int which;
  uint32_t k;
} ImplIter;

static void impl_iter(BmTcx *tcx, BmDefId trait, ImplIter *it) {
  struct BmTraitIndex *ti = tcx->tindex;
  it->ix[0] = ti ? ti->local : NULL;
  it->ix[1] = ti ? ti->std : NULL;
  it->which = -1;
  it->k = 0;
  (void)trait;
}

static const ImplEntry *impl_next(ImplIter *it, BmDefId trait) {
  for (;;) {
    if (it->k) {
      const ImplEntry *e = &it->ix[it->which]->impls.items[it->k - 1];
      it->k = e->next;
      return e;
    }
    if (++it->which >= 2) return NULL;
    const BmImplIndex *ix = it->ix[it->which];
    if (!ix) continue;
    if (trait == NONE) {
      it->k = ix->inherent_first;
    } else {
      uint32_t *h = index_head(NULL, (BmImplIndex *)ix, trait, false);
      it->k = h ? *h : 0;
    }
  }
}

void bm_trait_index(BmTcx *tcx) {
  struct BmTraitIndex *ix = bm_arena_alloc(tcx->arena, sizeof *ix);
  tcx->tindex = ix;
  ix->cache = bm_arena_alloc(tcx->arena, CACHE_SIZE * sizeof *ix->cache);
  for (uint32_t l = 0; l < BM_LANG_COUNT; l++) ix->lang[l] = tcx->std ? bm_std_lang(tcx->std, (BmLang)l) : NONE;
  /* PartialEq's and Eq's lang names differ between our list and rustc's */
  if (ix->lang[BM_LANG_partial_eq] == NONE) ix->lang[BM_LANG_partial_eq] = ix->lang[BM_LANG_eq];
  ix->std = tcx->std ? bm_std_impls(tcx->std) : NULL;
  ix->local = bm_impl_index_new(tcx->arena, tcx->stdc, tcx->local, ix->lang);
}

const BmDefId *bm_impls_for(BmTcx *tcx, BmDefId trait, BmTy *self, uint32_t *n) {
  *n = 0;
  if (!tcx->tindex) return NULL;
  uint8_t h;
  uint32_t d;
  head_of(tcx, self, &h, &d);
  BmArray(BmDefId) out = {0};
  ImplIter it;
  impl_iter(tcx, trait, &it);
  for (const ImplEntry *e; (e = impl_next(&it, trait));) {
    if (e->impl == NONE || !head_fits(e, h, d)) continue;
    if (DEF(tcx, e->impl)->negative) continue;
    bm_array_push(tcx->arena, &out, e->impl);
  }
  *n = out.len;
  return out.items;
}

BmTy **bm_impl_trait_ref(BmTcx *tcx, BmDefId impl, uint32_t *n) {
  *n = 0;
  if (impl >= tcx->ndefs) return NULL;
  BmDef *d = DEF(tcx, impl);
  if (!d->trait_ref || d->trait_ref->res.kind != BM_RES_DEF) return NULL;
  void **slot = bm_def_slot(tcx, BM_SLOT_TRAIT_REF, impl);
  if (*slot) {
    const BmGenericsInfo *g = bm_generics_of(tcx, d->trait_ref->res.id);
    *n = g->count;
    return *slot;
  }
  BmTy *self = bm_type_of(tcx, impl);
  BmTy *(*saved)(void *) = tcx->fresh;
  tcx->fresh = NULL;
  BmTy **args = bm_lower_trait_ref(tcx, impl, d->trait_ref, self, n);
  tcx->fresh = saved;
  *bm_def_slot(tcx, BM_SLOT_TRAIT_REF, impl) = args;
  return args;
}

/* ---- predicates of a def */

typedef BmArray(BmPred) PredList;

static void bound_preds(BmTcx *tcx, BmDefId item, BmTy *self, const BmBound *b, uint32_t nb, PredList *out,
                        BmRange span) {
  BmTy *(*saved)(void *) = tcx->fresh;
  tcx->fresh = NULL;
  for (uint32_t i = 0; i < nb; i++) {
    if (b[i].kind != BM_BOUND_TRAIT || b[i].maybe || !b[i].trait || b[i].trait->res.kind != BM_RES_DEF) continue;
    BmDefId tr = b[i].trait->res.id;
    if (DEF(tcx, tr)->kind != BM_DEF_TRAIT) continue;
    uint32_t n;
    BmTy **args = bm_lower_trait_ref(tcx, item, b[i].trait, self, &n);
    BmPred p;
    memset(&p, 0, sizeof p);
    p.trait = tr;
    p.args = args;
    p.nargs = n;
    p.assoc = NONE;
    p.span = span;
    bm_array_push(tcx->arena, out, p);
    const BmPathSeg *seg = &b[i].trait->segs[b[i].trait->nsegs - 1];
    if (seg->paren_sugar) {
      BmDefId out_assoc = bm_assoc_type_named(tcx, tr, BM_SYM_Output);
      if (out_assoc != NONE) {
        /* Output is FnOnce's: the projection is on FnOnce with the same args */
        BmDefId owner = DEF(tcx, out_assoc)->parent;
        BmPred q = p;
        q.trait = owner;
        q.assoc = out_assoc;
        q.ty = seg->ret ? bm_ty_lower(tcx, item, seg->ret) : tcx->unit;
        if (owner != tr) {
          const BmGenericsInfo *g = bm_generics_of(tcx, owner);
          q.args = bm_arena_alloc(tcx->arena, (g->count ? g->count : 1) * sizeof *q.args);
          for (uint32_t k = 0; k < g->count; k++) q.args[k] = k < n ? args[k] : tcx->err;
          q.nargs = g->count;
        }
        bm_array_push(tcx->arena, out, q);
      }
    } else {
      for (uint32_t k = 0; k < seg->nargs; k++) {
        if (seg->args[k].kind != BM_GA_BINDING) continue;
        BmDefId a = bm_assoc_type_named(tcx, tr, seg->args[k].name);
        if (a == NONE) continue;
        BmPred q = p;
        q.assoc = a;
        q.ty = bm_ty_lower(tcx, item, seg->args[k].type);
        BmDefId owner = DEF(tcx, a)->parent;
        if (owner != tr) {
          q.trait = owner;
          const BmGenericsInfo *g = bm_generics_of(tcx, owner);
          q.args = bm_arena_alloc(tcx->arena, (g->count ? g->count : 1) * sizeof *q.args);
          q.args[0] = self;
          for (uint32_t z = 1; z < g->count; z++) q.args[z] = tcx->err;
          q.nargs = g->count;
        }
        bm_array_push(tcx->arena, out, q);
      }
    }
  }
  tcx->fresh = saved;
}

/* Supertraits of the trait predicates (T: Ord gives T: PartialOrd, Eq,
 * PartialEq), with their arguments in terms of the predicate's. */
static void elaborate(BmTcx *tcx, PredList *out) {
  for (uint32_t i = 0; i < out->len && out->len < 256; i++) {
    BmPred p = out->items[i];
    if (p.assoc != NONE) continue;
    BmDef *t = DEF(tcx, p.trait);
    for (uint32_t b = 0; b < t->nbounds; b++) {
      const BmBound *bd = &t->bounds[b];
      if (bd->kind != BM_BOUND_TRAIT || bd->maybe || !bd->trait || bd->trait->res.kind != BM_RES_DEF) continue;
      BmDefId st = bd->trait->res.id;
      bool dup = false;
      for (uint32_t k = 0; k < out->len; k++)
        if (out->items[k].trait == st && out->items[k].assoc == NONE && out->items[k].nargs && p.nargs &&
            out->items[k].args[0] == p.args[0])
          dup = true;
      if (dup) continue;
      PredList sup = {0};
      BmTy *self = bm_ty_param(tcx, p.trait, bm_generics_of(tcx, p.trait)->parent_count);
      bound_preds(tcx, p.trait, self, bd, 1, &sup, p.span);
      for (uint32_t k = 0; k < sup.len; k++) {
        BmPred q = sup.items[k];
        /* the supertrait's arguments are in the trait's terms: substitute */
        BmTy **qa = bm_arena_alloc(tcx->arena, (q.nargs ? q.nargs : 1) * sizeof *qa);
        for (uint32_t z = 0; z < q.nargs; z++) qa[z] = bm_ty_subst(tcx, q.args[z], p.args, p.nargs);
        q.args = qa;
        if (q.ty) q.ty = bm_ty_subst(tcx, q.ty, p.args, p.nargs);
        bm_array_push(tcx->arena, out, q);
      }
    }
  }
}

void bm_predicates_of(BmTcx *tcx, BmDefId def, BmPred **out, uint32_t *n) {
  *out = NULL;
  *n = 0;
  if (def == NONE || def >= tcx->ndefs) return;
  void **slot = bm_def_slot(tcx, BM_SLOT_PREDS, def);
  if (*slot) {
    PredList *pl = *slot;
    *out = pl->items;
    *n = pl->len;
    return;
  }
  PredList *pl = bm_arena_alloc(tcx->arena, sizeof *pl);
  *slot = pl;
  PredList acc = {0};
  for (BmDefId item = def; item != NONE;) {
    BmDef *d = DEF(tcx, item);
    const BmGenericsInfo *g = bm_generics_of(tcx, item);
    uint32_t base = g->parent_count + (d->kind == BM_DEF_TRAIT ? 1 : 0);
    for (uint32_t i = 0; i < d->generics.nparams; i++) {
      const BmGenericParam *gp = &d->generics.params[i];
      if (gp->kind != BM_GP_TYPE) continue;
      bound_preds(tcx, item, bm_ty_param(tcx, item, base + i), gp->bounds, gp->nbounds, &acc, gp->span);
    }
    BmTy *(*saved)(void *) = tcx->fresh;
    tcx->fresh = NULL;
    for (uint32_t i = 0; i < d->generics.npreds; i++) {
      const BmWherePred *w = &d->generics.preds[i];
      if (!w->lhs) continue;
      BmTy *lhs = bm_ty_lower(tcx, item, w->lhs);
      bound_preds(tcx, item, lhs, w->bounds, w->nbounds, &acc, w->span);
    }
    tcx->fresh = saved;
    if (d->kind == BM_DEF_TRAIT) {
      /* inside a trait: Self: Trait */
      uint32_t na;
      BmTy **args = bm_identity_args(tcx, item, &na);
      BmPred p;
      memset(&p, 0, sizeof p);
      p.trait = item;
      p.args = args;
      p.nargs = na;
      p.assoc = NONE;
      p.span = d->span;
      bm_array_push(tcx->arena, &acc, p);
    }
    if (d->kind != BM_DEF_FN && d->kind != BM_DEF_CONST && d->kind != BM_DEF_TYPE_ALIAS && d->kind != BM_DEF_ASSOC_TYPE)
      break;
    if (d->parent == NONE) break;
    BmDef *p = DEF(tcx, d->parent);
    if (p->kind != BM_DEF_IMPL && p->kind != BM_DEF_TRAIT) break;
    item = d->parent;
  }
  elaborate(tcx, &acc);
  *pl = *(PredList *)&acc;
  *out = pl->items;
  *n = pl->len;
}

/* ---- solving */

static BmSolve solve(BmInfer *ix, BmDefId trait, BmTy *const *args, uint32_t n, int depth);

static BmSolve and_solve(BmSolve a, BmSolve b) {
  if (a == BM_SOLVE_NO || b == BM_SOLVE_NO) return BM_SOLVE_NO;
  if (a == BM_SOLVE_MAYBE || b == BM_SOLVE_MAYBE) return BM_SOLVE_MAYBE;
  return BM_SOLVE_YES;
}

static BmSolve solve_lang(BmInfer *ix, BmLang l, BmTy *self, int depth) {
  BmDefId tr = bm_lang(ix->tcx, l);
  if (tr == NONE) return BM_SOLVE_MAYBE;
  BmTy *args[4] = {self, NULL, NULL, NULL};
  const BmGenericsInfo *g = bm_generics_of(ix->tcx, tr);
  uint32_t n = g->count < 4 ? g->count : 4;
  for (uint32_t i = 1; i < n; i++) args[i] = bm_infer_fresh(ix, BM_VAR_GENERAL, (BmRange){0, 0});
  return solve(ix, tr, args, n ? n : 1, depth + 1);
}

/* The nested predicates of an impl, instantiated. */
static BmSolve impl_preds(BmInfer *ix, BmDefId impl, BmTy *const *iargs, uint32_t ni, int depth) {
  BmPred *preds;
  uint32_t np;
  bm_predicates_of(ix->tcx, impl, &preds, &np);
  BmSolve res = BM_SOLVE_YES;
  for (uint32_t i = 0; i < np && res != BM_SOLVE_NO; i++) {
    BmPred *p = &preds[i];
    BmTy *buf[16];
    BmTy **pa = p->nargs <= 16 ? buf : bm_arena_alloc(ix->tcx->arena, p->nargs * sizeof *pa);
    for (uint32_t k = 0; k < p->nargs; k++) pa[k] = bm_ty_subst(ix->tcx, p->args[k], iargs, ni);
    if (p->assoc != NONE) {
      BmTy *proj = bm_ty_mk(ix->tcx, BM_TK_PROJ, 0, p->assoc, 0, pa, p->nargs);
      BmTy *nv = bm_normalize(ix, proj);
      if (nv == proj) { res = and_solve(res, BM_SOLVE_MAYBE); continue; }
      BmUnify u = bm_infer_unify(ix, nv, bm_ty_subst(ix->tcx, p->ty, iargs, ni));
      res = and_solve(res, u == BM_UNIFY_FAIL ? BM_SOLVE_NO : u == BM_UNIFY_OK ? BM_SOLVE_YES : BM_SOLVE_MAYBE);
      continue;
    }
    res = and_solve(res, bm_solve(ix, p->trait, pa, p->nargs, depth + 1));
  }
  return res;
}

static bool is_auto(BmInfer *ix, BmDefId trait) {
  return DEF(ix->tcx, trait)->auto_trait || bm_is_lang(ix->tcx, trait, BM_LANG_send) ||
         bm_is_lang(ix->tcx, trait, BM_LANG_sync);
}

static bool fn_trait(BmInfer *ix, BmDefId trait, int *which) {
  BmTcx *tcx = ix->tcx;
  if (bm_is_lang(tcx, trait, BM_LANG_fn)) { *which = 0; return true; }
  if (bm_is_lang(tcx, trait, BM_LANG_fn_mut)) { *which = 1; return true; }
  if (bm_is_lang(tcx, trait, BM_LANG_fn_once)) { *which = 2; return true; }
  return false;
}

/* The parameters tuple and result of something callable, or false. */
static bool callable_sig(BmInfer *ix, BmTy *t, BmTy **params, BmTy **ret) {
  BmTcx *tcx = ix->tcx;
  t = bm_infer_shallow(ix, t);
  if (t->kind == BM_TK_CLOSURE) {
    if (t->def != ix->owner || t->idx >= ix->body->closures.len || !ix->closures[t->idx].params) return false;
    *params = ix->closures[t->idx].params;
    *ret = ix->closures[t->idx].ret;
    return true;
  }
  if (t->kind == BM_TK_FNDEF) {
    const BmSig *sig = bm_fn_sig(tcx, (BmDefId)t->def);
    if (!sig) return false;
    BmTy *buf[32];
    uint32_t n = sig->nparams < 32 ? sig->nparams : 32;
    for (uint32_t i = 0; i < n; i++) buf[i] = bm_normalize(ix, bm_ty_subst(tcx, sig->params[i], t->args, t->nargs));
    *params = bm_ty_tuple(tcx, buf, n);
    *ret = bm_normalize(ix, bm_ty_subst(tcx, sig->ret, t->args, t->nargs));
    return true;
  }
  if (t->kind == BM_TK_FNPTR) {
    *params = bm_ty_tuple(tcx, t->args, t->nargs - 1);
    *ret = t->args[t->nargs - 1];
    return true;
  }
  if (t->kind == BM_TK_DYN && t->def != NONE) {
    int w;
    if (!fn_trait(ix, t->def, &w)) return false;
    uint32_t ntrait = (uint32_t)t->idx;
    if (ntrait < 1) return false;
    *params = t->args[0];
    *ret = t->nargs >= ntrait + 2 ? t->args[ntrait + 1] : tcx->unit;
    return true;
  }
  return false;
}

static BmSolve builtin(BmInfer *ix, BmDefId trait, BmTy *const *args, uint32_t n, int depth, bool *handled) {
  BmTcx *tcx = ix->tcx;
  BmTy *self = bm_infer_shallow(ix, args[0]);
  *handled = true;
  /* `!` (a diverging expression) implements what it is asked to */
  if (self->kind == BM_TK_NEVER) return BM_SOLVE_YES;
  if (bm_is_lang(tcx, trait, BM_LANG_sized)) {
    if (self->kind == BM_TK_STR || self->kind == BM_TK_SLICE || self->kind == BM_TK_DYN) return BM_SOLVE_NO;
    return BM_SOLVE_YES;
  }
  bool copy = bm_is_lang(tcx, trait, BM_LANG_copy), clone = bm_is_lang(tcx, trait, BM_LANG_clone);
  if (copy || clone) {
    switch (self->kind) {
    case BM_TK_INT: case BM_TK_FLOAT: case BM_TK_BOOL: case BM_TK_CHAR: case BM_TK_NEVER:
    case BM_TK_PTR: case BM_TK_FNDEF: case BM_TK_FNPTR:
      return BM_SOLVE_YES;
    case BM_TK_INFER:
      if (self->sub != BM_VAR_GENERAL) return BM_SOLVE_YES;
      return BM_SOLVE_MAYBE;
    case BM_TK_REF:
      return self->sub ? BM_SOLVE_NO : BM_SOLVE_YES;
    case BM_TK_TUPLE: {
      BmSolve r = BM_SOLVE_YES;
      for (uint32_t i = 0; i < self->nargs && r != BM_SOLVE_NO; i++)
        r = and_solve(r, solve(ix, trait, &self->args[i], 1, depth + 1));
      return r;
    }
    case BM_TK_ARRAY:
      return solve(ix, trait, &self->args[0], 1, depth + 1);
    case BM_TK_CLOSURE:
      return BM_SOLVE_MAYBE; /* depends on what it captures */
    case BM_TK_STR: case BM_TK_SLICE: case BM_TK_DYN:
      return BM_SOLVE_NO;
    default:
      break;
    }
    *handled = false;
    return BM_SOLVE_MAYBE;
  }
  /* tuples: the derivable traits by their elements */
  if (self->kind == BM_TK_TUPLE &&
      (bm_is_lang(tcx, trait, BM_LANG_debug) || bm_is_lang(tcx, trait, BM_LANG_partial_eq) ||
       bm_is_lang(tcx, trait, BM_LANG_eq_trait) || bm_is_lang(tcx, trait, BM_LANG_partial_ord) ||
       bm_is_lang(tcx, trait, BM_LANG_ord) || bm_is_lang(tcx, trait, BM_LANG_hash) ||
       bm_is_lang(tcx, trait, BM_LANG_default))) {
    BmSolve r = BM_SOLVE_YES;
    for (uint32_t i = 0; i < self->nargs && r != BM_SOLVE_NO; i++) {
      BmTy *a2[2] = {self->args[i], self->args[i]};
      const BmGenericsInfo *g = bm_generics_of(tcx, trait);
      r = and_solve(r, solve(ix, trait, a2, g->count >= 2 ? 2 : 1, depth + 1));
    }
    if (n >= 2) {
      BmUnify u = bm_infer_unify(ix, args[1], self);
      if (u == BM_UNIFY_FAIL) r = BM_SOLVE_NO;
    }
    return r;
  }
  int which;
  if (fn_trait(ix, trait, &which)) {
    BmTy *params, *ret;
    BmTy *t = self;
    /* &F where F: Fn */
    if (t->kind == BM_TK_REF) {
      BmTy *in = bm_infer_shallow(ix, t->args[1]);
      if (in->kind == BM_TK_CLOSURE || in->kind == BM_TK_FNDEF || in->kind == BM_TK_FNPTR || in->kind == BM_TK_DYN) t = in;
    }
    if (callable_sig(ix, t, &params, &ret)) {
      if (n >= 2) {
        BmUnify u = bm_infer_unify(ix, params, args[1]);
        if (u == BM_UNIFY_FAIL) return BM_SOLVE_NO;
        if (u == BM_UNIFY_MAYBE) return BM_SOLVE_MAYBE;
      }
      if (t->kind == BM_TK_DYN) {
        int have;
        fn_trait(ix, t->def, &have);
        /* dyn FnOnce is not Fn */
        return have <= which ? BM_SOLVE_YES : BM_SOLVE_NO;
      }
      return BM_SOLVE_YES;
    }
    if (self->kind == BM_TK_CLOSURE) return BM_SOLVE_MAYBE;
    *handled = false;
    return BM_SOLVE_MAYBE;
  }
  if (is_auto(ix, trait)) {
    bool send = bm_is_lang(tcx, trait, BM_LANG_send);
    switch (self->kind) {
    case BM_TK_INT: case BM_TK_FLOAT: case BM_TK_BOOL: case BM_TK_CHAR: case BM_TK_STR: case BM_TK_NEVER:
    case BM_TK_FNDEF: case BM_TK_FNPTR:
      return BM_SOLVE_YES;
    case BM_TK_INFER:
      return self->sub != BM_VAR_GENERAL ? BM_SOLVE_YES : BM_SOLVE_MAYBE;
    case BM_TK_PTR:
      return BM_SOLVE_NO;
    case BM_TK_REF: {
      /* &T: Send iff T: Sync; &mut T: Send iff T: Send; &T: Sync iff T: Sync */
      BmLang need = (send && !self->sub) ? BM_LANG_sync : (send ? BM_LANG_send : BM_LANG_sync);
      return solve_lang(ix, need, self->args[1], depth);
    }
    case BM_TK_TUPLE: case BM_TK_ARRAY: case BM_TK_SLICE: {
      BmSolve r = BM_SOLVE_YES;
      for (uint32_t i = 0; i < self->nargs && r != BM_SOLVE_NO; i++) {
        if (bm_ty_is_region(self->args[i]) || self->args[i]->kind == BM_TK_CONST) continue;
        r = and_solve(r, solve(ix, trait, &self->args[i], 1, depth + 1));
      }
      return r;
    }
    case BM_TK_DYN:
      return (self->sub & (send ? BM_DYN_SEND : BM_DYN_SYNC)) ? BM_SOLVE_YES : BM_SOLVE_NO;
    case BM_TK_CLOSURE:
      return BM_SOLVE_MAYBE;
    default:
      break;
    }
    *handled = false;
    return BM_SOLVE_MAYBE;
  }
  if (bm_is_lang(tcx, trait, BM_LANG_deref) && self->kind == BM_TK_REF) return BM_SOLVE_YES;
  *handled = false;
  return BM_SOLVE_MAYBE;
}

/* The bounds in scope (the owner's predicates). */
static BmSolve from_env(BmInfer *ix, BmDefId trait, BmTy *const *args, uint32_t n, bool *matched) {
  *matched = false;
  for (uint32_t i = 0; i < ix->nenv; i++) {
    BmPred *p = &ix->env[i];
    if (p->assoc != NONE || p->trait != trait || p->nargs != n) continue;
    uint32_t s = bm_infer_snapshot(ix);
    bool ok = true;
    for (uint32_t k = 0; k < n && ok; k++) ok = bm_infer_unify(ix, p->args[k], args[k]) != BM_UNIFY_FAIL;
    if (ok) {
      bm_infer_commit(ix, s);
      *matched = true;
      return BM_SOLVE_YES;
    }
    bm_infer_rollback(ix, s);
  }
  return BM_SOLVE_NO;
}

/* Auto traits of an ADT without an explicit impl: every field (the
 * snippet's types) or every type argument (std's, whose fields we do not
 * see) must have it. */
static BmSolve auto_structural(BmInfer *ix, BmDefId trait, BmTy *self, int depth) {
  BmTcx *tcx = ix->tcx;
  BmDef *d = DEF(tcx, self->def);
  BmSolve r = BM_SOLVE_YES;
  if (d->is_std) {
    for (uint32_t i = 0; i < self->nargs && r != BM_SOLVE_NO; i++) {
      if (bm_ty_is_region(self->args[i]) || self->args[i]->kind == BM_TK_CONST) continue;
      r = and_solve(r, solve(ix, trait, &self->args[i], 1, depth + 1));
    }
    return r;
  }
  BmDefId vars[1] = {self->def};
  const BmDefId *vs = vars;
  uint32_t nv = 1;
  if (d->kind == BM_DEF_ENUM) {
    vs = d->items;
    nv = d->nitems;
  }
  for (uint32_t v = 0; v < nv && r != BM_SOLVE_NO; v++) {
    BmDef *vd = DEF(tcx, vs[v]);
    for (uint32_t f = 0; f < vd->nfields && r != BM_SOLVE_NO; f++) {
      BmTy *ft = bm_normalize(ix, bm_ty_subst(tcx, bm_field_ty(tcx, vs[v], f), self->args, self->nargs));
      if (depth > 6) return BM_SOLVE_MAYBE;
      r = and_solve(r, solve(ix, trait, &ft, 1, depth + 1));
    }
  }
  return r;
}

static BmSolve solve(BmInfer *ix, BmDefId trait, BmTy *const *args, uint32_t n, int depth) {
  BmTcx *tcx = ix->tcx;
  if (depth > MAX_SOLVE_DEPTH || n == 0) return BM_SOLVE_MAYBE;
  if (ix->solve_budget == 0) return BM_SOLVE_MAYBE;
  ix->solve_budget--;
  if (tcx->sink && tcx->sink->limits && !bm_spend(tcx->sink->limits, 1)) return BM_SOLVE_MAYBE;
  tcx->work++;
  BmTy *self = bm_infer_shallow(ix, args[0]);
  if (self->kind == BM_TK_PROJ) self = bm_infer_shallow(ix, bm_normalize(ix, self));
  if (self->kind == BM_TK_ERR) return BM_SOLVE_MAYBE;
  for (uint32_t i = 0; i < n; i++)
    if (bm_infer_resolve(ix, args[i])->flags & BM_TYF_ERR) {
      /* an unknown argument: only the self type can tell NO */
      if (i == 0) return BM_SOLVE_MAYBE;
    }
  BmTy *goal[16];
  if (n > 16) return BM_SOLVE_MAYBE;
  memcpy(goal, args, n * sizeof *args);
  goal[0] = self;
  /* bounds in scope */
  bool matched;
  /* (a where clause may bound any type that names a parameter:
     `Option<T>: Debug`, `&'a T: Add`, and it comes before the impls) */
  if (self->kind == BM_TK_PARAM || self->kind == BM_TK_PROJ || self->kind == BM_TK_OPAQUE ||
      (bm_infer_resolve(ix, self)->flags & BM_TYF_PARAM)) {
    BmSolve e = from_env(ix, trait, goal, n, &matched);
    if (matched) return e;
  }
  if (self->kind == BM_TK_OPAQUE) {
    /* impl Trait: its bounds (and their supertraits) */
    const BmTypeRef *tr = (const BmTypeRef *)(uintptr_t)self->idx;
    for (uint32_t i = 0; tr && i < tr->nbounds; i++)
      if (tr->bounds[i].kind == BM_BOUND_TRAIT && tr->bounds[i].trait && tr->bounds[i].trait->res.kind == BM_RES_DEF) {
        BmDefId b = tr->bounds[i].trait->res.id;
        if (b == trait) return BM_SOLVE_YES;
        /* a supertrait */
        BmDef *bd = DEF(tcx, b);
        for (uint32_t k = 0; k < bd->nbounds; k++)
          if (bd->bounds[k].trait && bd->bounds[k].trait->res.kind == BM_RES_DEF && bd->bounds[k].trait->res.id == trait)
            return BM_SOLVE_YES;
      }
    if (is_auto(ix, trait)) return BM_SOLVE_MAYBE;
    return BM_SOLVE_MAYBE;
  }
  if (self->kind == BM_TK_INFER && self->sub == BM_VAR_GENERAL) return BM_SOLVE_MAYBE;
  if (self->kind == BM_TK_DYN && self->def != NONE && !is_auto(ix, trait)) {
    /* dyn Trait implements Trait and its supertraits */
    if (self->def == trait) return BM_SOLVE_YES;
    BmPred *sup;
    uint32_t nsup;
    bm_predicates_of(tcx, self->def, &sup, &nsup);
    for (uint32_t i = 0; i < nsup; i++)
      if (sup[i].assoc == NONE && sup[i].trait == trait) return BM_SOLVE_YES;
  }
  bool handled;
  BmSolve b = builtin(ix, trait, goal, n, depth, &handled);
  if (handled) return b;
  /* impls and derives */
  struct BmTraitIndex *ti = tcx->tindex;
  if (!ti || trait >= tcx->ndefs) return BM_SOLVE_MAYBE;
  ImplIter it;
  uint8_t h;
  uint32_t hd;
  head_of(tcx, self, &h, &hd);
  if (self->kind == BM_TK_INFER) {
    h = self->sub == BM_VAR_INT ? H_INT : H_FLOAT;
    hd = 0;
  }
  int candidates = 0;
  BmSolve result = BM_SOLVE_NO;
  bool have_keep = false;
  bool negative_match = false;
  const ImplEntry *keep_entry = NULL;
  impl_iter(tcx, trait, &it);
  for (const ImplEntry *e; (e = impl_next(&it, trait));) {
    if (!(e->head == H_ANY || head_fits(e, h, hd))) continue;
    /* an int variable: only impls for integer types apply */
    if (self->kind == BM_TK_INFER && e->head != (self->sub == BM_VAR_INT ? H_INT : H_FLOAT) && e->head != H_ANY) continue;
    uint32_t s = bm_infer_snapshot(ix);
    BmSolve r;
    if (e->impl == NONE) {
      /* a derive: the ADT, and each type parameter implements the trait */
      if (self->kind != BM_TK_ADT || self->def != e->derive_adt) {
        bm_infer_rollback(ix, s);
        continue;
      }
      r = BM_SOLVE_YES;
      const BmGenericsInfo *g = bm_generics_of(tcx, e->derive_adt);
      for (uint32_t i = 0; i < self->nargs && i < g->count && r != BM_SOLVE_NO; i++) {
        if (g->params[i].kind != BM_GP_TYPE) continue;
        BmTy *argsi[4] = {self->args[i], NULL, NULL, NULL};
        uint32_t na = 1;
        const BmGenericsInfo *tg = bm_generics_of(tcx, trait);
        /* PartialEq<Rhs = Self>: Rhs is the argument itself */
        while (na < tg->count && na < 4) { argsi[na] = self->args[i]; na++; }
        r = and_solve(r, solve(ix, trait, argsi, na, depth + 1));
      }
      /* the derive's trait arguments (Rhs) are Self */
      for (uint32_t i = 1; i < n && r != BM_SOLVE_NO; i++) {
        BmUnify u = bm_infer_unify(ix, goal[i], self);
        if (u == BM_UNIFY_FAIL) r = BM_SOLVE_NO;
      }
    } else {
      BmDef *id = DEF(tcx, e->impl);
      uint32_t ni;
      BmTy **iargs = bm_infer_instantiate(ix, e->impl, &ni, (BmRange){0, 0});
      uint32_t nt;
      BmTy **tref = bm_impl_trait_ref(tcx, e->impl, &nt);
      if (!tref) {
        bm_infer_rollback(ix, s);
        continue;
      }
      r = BM_SOLVE_YES;
      for (uint32_t i = 0; i < n && i < nt && r != BM_SOLVE_NO; i++) {
        BmTy *want = bm_ty_subst(tcx, tref[i], iargs, ni);
        BmUnify u = bm_infer_unify(ix, want, goal[i]);
        if (u == BM_UNIFY_FAIL) r = BM_SOLVE_NO;
        else if (u == BM_UNIFY_MAYBE) r = and_solve(r, BM_SOLVE_MAYBE);
      }
      if (r != BM_SOLVE_NO) {
        if (id->negative) {
          bm_infer_rollback(ix, s);
          negative_match = true;
          continue;
        }
        r = and_solve(r, impl_preds(ix, e->impl, iargs, ni, depth));
      }
    }
    if (r == BM_SOLVE_NO) {
      bm_infer_rollback(ix, s);
      continue;
    }
    candidates++;
    if (candidates == 1) {
      result = r;
      /* keep this one's unification unless another candidate appears */
      bm_infer_rollback(ix, s);
      keep_entry = e;
      have_keep = true;
    } else {
      bm_infer_rollback(ix, s);
      if (r == BM_SOLVE_YES && result == BM_SOLVE_YES) result = BM_SOLVE_YES;
      else result = BM_SOLVE_MAYBE;
    }
  }
  if (negative_match && is_auto(ix, trait)) return BM_SOLVE_NO;
  if (candidates == 1 && have_keep) {
    /* redo the only candidate for real, so inference learns from it */
    const ImplEntry *e = keep_entry;
    if (e->impl != NONE) {
      uint32_t ni;
      BmTy **iargs = bm_infer_instantiate(ix, e->impl, &ni, (BmRange){0, 0});
      uint32_t nt;
      BmTy **tref = bm_impl_trait_ref(tcx, e->impl, &nt);
      for (uint32_t i = 0; i < n && i < nt; i++) bm_infer_unify(ix, bm_ty_subst(tcx, tref[i], iargs, ni), goal[i]);
      BmSolve r = impl_preds(ix, e->impl, iargs, ni, depth);
      return and_solve(result, r) == BM_SOLVE_NO ? BM_SOLVE_MAYBE : and_solve(result, r);
    }
    for (uint32_t i = 1; i < n; i++) bm_infer_unify(ix, goal[i], self);
    return result;
  }
  if (candidates > 1) {
    /* several impls fit: all agree on YES only when nothing is left to infer */
    for (uint32_t i = 0; i < n; i++)
      if (!bm_infer_is_known(ix, goal[i])) return BM_SOLVE_MAYBE;
    return result;
  }
  /* no impl: auto traits by structure */
  if (is_auto(ix, trait)) {
    if (self->kind == BM_TK_ADT) return auto_structural(ix, trait, self, depth);
    if (self->kind == BM_TK_PARAM) return BM_SOLVE_NO;
    return BM_SOLVE_MAYBE;
  }
  /* nothing fits: NO only when we know the type and all its impls */
  for (uint32_t i = 0; i < n; i++)
    if (bm_infer_resolve(ix, goal[i])->flags & (BM_TYF_ERR | BM_TYF_PROJ)) return BM_SOLVE_MAYBE;
  if (self->kind == BM_TK_INFER) return BM_SOLVE_MAYBE;
  if (self->kind == BM_TK_CLOSURE) return BM_SOLVE_MAYBE;
  /* (no impl unified with the goal's variables either, so they cannot help) */
  return BM_SOLVE_NO;
}

/* Could an integer (float) variable implement `trait`: has it an impl for
 * some integer (float) type, a blanket impl, or a derive-free builtin?
 * (Method probing on `5.cmp(&10)` must not take Iterator's cmp.) */
bool bm_trait_may_hold_for_number(BmTcx *tcx, BmDefId trait, bool is_float) {
  if (!tcx->tindex || trait >= tcx->ndefs) return true;
  if (bm_is_lang(tcx, trait, BM_LANG_copy) || bm_is_lang(tcx, trait, BM_LANG_clone) ||
      bm_is_lang(tcx, trait, BM_LANG_sized))
    return true;
  ImplIter it;
  impl_iter(tcx, trait, &it);
  for (const ImplEntry *e; (e = impl_next(&it, trait));)
    if (e->head == H_ANY || e->head == (is_float ? H_FLOAT : H_INT)) return true;
  return false;
}

static CacheEntry *cache_slot(BmTcx *tcx, BmDefId trait, BmTy *const *args, uint32_t n) {
  uint64_t h = trait * 0x9E3779B97F4A7C15ull;
  for (uint32_t i = 0; i < n; i++) h = (h ^ (uintptr_t)args[i]) * 0x100000001B3ull;
  return &tcx->tindex->cache[(h >> 20) & (CACHE_SIZE - 1)];
}

BmSolve bm_solve(BmInfer *ix, BmDefId trait, BmTy *const *args, uint32_t nargs, int depth) {
  BmTcx *tcx = ix->tcx;
  if (depth == 0) ix->solve_budget = SOLVE_BUDGET;
  /* a goal without variables has one answer for the whole analysis
     (closures excepted: their signature is per body) */
  bool cacheable = tcx->tindex && nargs <= 4;
  BmTy *res[4];
  for (uint32_t i = 0; cacheable && i < nargs; i++) {
    res[i] = bm_infer_resolve(ix, args[i]);
    if (res[i]->flags & BM_TYF_INFER) cacheable = false;
    if (res[i]->kind == BM_TK_CLOSURE || res[i]->kind == BM_TK_OPAQUE) cacheable = false;
    /* a type naming a parameter anywhere (`Option<T>`) is answered by the
       where clauses in scope, which differ from body to body */
    if (res[i]->flags & BM_TYF_PARAM) cacheable = false;
  }
  CacheEntry *ce = NULL;
  if (cacheable) {
    ce = cache_slot(tcx, trait, res, nargs);
    if (ce->result && ce->trait == trait && ce->nargs == nargs && memcmp(ce->args, res, nargs * sizeof *res) == 0)
      return (BmSolve)(ce->result - 1);
  }
  BmSolve r = solve(ix, trait, args, nargs, depth);
  if (ce && ix->solve_budget > 0) {
    ce->trait = trait;
    ce->nargs = nargs;
    memcpy(ce->args, res, nargs * sizeof *res);
    ce->result = (uint8_t)(r + 1);
  }
  return r;
}

BmSolve bm_is_copy(BmInfer *ix, BmTy *t) {
  BmDefId c = bm_lang(ix->tcx, BM_LANG_copy);
  if (c == NONE) return BM_SOLVE_MAYBE;
  return solve(ix, c, &t, 1, 0);
}

/* ---- normalization */

/* The impl's value of an associated type, or NULL. */
static BmTy *impl_assoc_value(BmInfer *ix, BmDefId impl, BmDefId assoc, BmTy *const *iargs, uint32_t ni) {
  BmTcx *tcx = ix->tcx;
  BmDef *d = DEF(tcx, impl);
  BmSym name = DEF(tcx, assoc)->name;
  for (uint32_t i = 0; i < d->nitems; i++) {
    BmDef *it = DEF(tcx, d->items[i]);
    if (it->kind == BM_DEF_TYPE_ALIAS && it->name == name) {
      BmTy *(*saved)(void *) = tcx->fresh;
      tcx->fresh = NULL;
      BmTy *t = bm_ty_lower(tcx, d->items[i], it->type);
      tcx->fresh = saved;
      return bm_ty_subst(tcx, t, iargs, ni);
    }
  }
  return NULL;
}

/* Normalization re-enters itself through the predicates of the impls it
 * selects (see bm_normalize): at most MAX_NORMALIZE_NESTING entries deep,
 * NORMALIZE_BUDGET projection steps per outermost entry and
 * NORMALIZE_BODY_BUDGET per body (a fuzzed `t % spawn(..)` normalized for
 * 2 s and 340 MB). */
enum { MAX_NORMALIZE_NESTING = 24, NORMALIZE_BUDGET = 1024, NORMALIZE_BODY_BUDGET = 20000 };

static BmTy *normalize_proj(BmInfer *ix, BmTy *t, int depth) {
  BmTcx *tcx = ix->tcx;
  if (depth > 8) return t;
  if (ix->normalize_budget == 0 || ix->normalize_total >= NORMALIZE_BODY_BUDGET) {
    bm_infer_incomplete(ix, ix->owner != NONE ? DEF(tcx, ix->owner)->span : (BmRange){0, 0},
                        "associated types too costly to resolve");
    return t;
  }
  ix->normalize_budget--;
  ix->normalize_total++;
  BmDefId assoc = t->def;
  BmDef *ad = DEF(tcx, assoc);
  BmDefId trait = ad->parent;
  BmTy *args[16];
  uint32_t n = t->nargs < 16 ? t->nargs : 16;
  for (uint32_t i = 0; i < n; i++) args[i] = bm_infer_shallow(ix, t->args[i]);
  if (n == 0) return t;
  BmTy *self = args[0];
  if (self->kind == BM_TK_PROJ) {
    BmTy *ns = normalize_proj(ix, self, depth + 1);
    if (ns == self) return t;
    args[0] = self = bm_infer_shallow(ix, ns);
  }
  if (self->kind == BM_TK_ERR) return tcx->err;
  /* Output of callables */
  if (ad->name == BM_SYM_Output && (bm_is_lang(tcx, trait, BM_LANG_fn_once) || bm_is_lang(tcx, trait, BM_LANG_fn) ||
                                    bm_is_lang(tcx, trait, BM_LANG_fn_mut))) {
    BmTy *params, *ret;
    BmTy *s2 = self;
    if (s2->kind == BM_TK_REF) s2 = bm_infer_shallow(ix, s2->args[1]);
    if (callable_sig(ix, s2, &params, &ret)) {
      if (n >= 2) bm_infer_unify(ix, params, args[1]);
      return ret;
    }
  }
  /* Deref::Target of references */
  if (ad->name == BM_SYM_Target && bm_is_lang(tcx, trait, BM_LANG_deref) && self->kind == BM_TK_REF) return self->args[1];
  /* dyn Trait<Assoc = X> */
  if (self->kind == BM_TK_DYN && self->def != NONE) {
    uint32_t ntrait = (uint32_t)self->idx;
    for (uint32_t i = ntrait; i + 1 < self->nargs; i += 2)
      if (self->args[i]->idx == assoc) return self->args[i + 1];
  }
  /* opaque impl Trait<Assoc = X> */
  if (self->kind == BM_TK_OPAQUE) {
    const BmTypeRef *tr = (const BmTypeRef *)(uintptr_t)self->idx;
    for (uint32_t i = 0; tr && i < tr->nbounds; i++) {
      const BmPath *p = tr->bounds[i].trait;
      if (!p || !p->nsegs) continue;
      const BmPathSeg *seg = &p->segs[p->nsegs - 1];
      for (uint32_t k = 0; k < seg->nargs; k++)
        if (seg->args[k].kind == BM_GA_BINDING && seg->args[k].name == ad->name)
          return bm_ty_lower(tcx, (BmDefId)self->def, seg->args[k].type);
    }
    return t;
  }
  /* the bounds in scope: T: Iterator<Item = X> */
  if (self->kind == BM_TK_PARAM || self->kind == BM_TK_PROJ) {
    for (uint32_t i = 0; i < ix->nenv; i++) {
      BmPred *p = &ix->env[i];
      if (p->assoc != assoc || p->nargs < 1) continue;
      if (bm_infer_shallow(ix, p->args[0]) != self) continue;
      bool ok = true;
      for (uint32_t k = 1; k < p->nargs && k < n && ok; k++) ok = bm_infer_unify(ix, p->args[k], args[k]) != BM_UNIFY_FAIL;
      if (ok) return p->ty;
    }
    return t;
  }
  if (self->kind == BM_TK_INFER && self->sub == BM_VAR_GENERAL) return t;
  /* the impl */
  struct BmTraitIndex *ti = tcx->tindex;
  if (!ti || trait >= tcx->ndefs) return t;
  uint8_t h;
  uint32_t hd;
  head_of(tcx, self, &h, &hd);
  if (self->kind == BM_TK_INFER) { h = self->sub == BM_VAR_INT ? H_INT : H_FLOAT; hd = 0; }
  int candidates = 0;
  const ImplEntry *only = NULL;
  ImplIter it;
  impl_iter(tcx, trait, &it);
  for (const ImplEntry *e; (e = impl_next(&it, trait));) {
    if (e->impl == NONE || !head_fits(e, h, hd)) continue;
    if (DEF(tcx, e->impl)->negative) continue;
    uint32_t s = bm_infer_snapshot(ix);
    uint32_t ni;
    BmTy **iargs = bm_infer_instantiate(ix, e->impl, &ni, (BmRange){0, 0});
    uint32_t nt;
    BmTy **tref = bm_impl_trait_ref(tcx, e->impl, &nt);
    bool ok = tref != NULL;
    for (uint32_t i = 0; ok && i < n && i < nt; i++)
      ok = bm_infer_unify(ix, bm_ty_subst(tcx, tref[i], iargs, ni), args[i]) != BM_UNIFY_FAIL;
    if (ok && impl_preds(ix, e->impl, iargs, ni, 1) == BM_SOLVE_NO) ok = false;
    bm_infer_rollback(ix, s);
    if (!ok) continue;
    candidates++;
    only = e;
    if (candidates > 1) break;
  }
  BmTy *found = NULL;
  if (candidates == 1) {
    /* the only impl: its unification is kept, its value is the type */
    const ImplEntry *e = only;
    uint32_t ni;
    BmTy **iargs = bm_infer_instantiate(ix, e->impl, &ni, (BmRange){0, 0});
    uint32_t nt;
    BmTy **tref = bm_impl_trait_ref(tcx, e->impl, &nt);
    for (uint32_t i = 0; i < n && i < nt; i++) bm_infer_unify(ix, bm_ty_subst(tcx, tref[i], iargs, ni), args[i]);
    impl_preds(ix, e->impl, iargs, ni, 1);
    found = impl_assoc_value(ix, e->impl, assoc, iargs, ni);
  }
  if (candidates == 1 && found) return bm_normalize(ix, found);
  return t;
}

/* A projection whose self type is still a variable (or that several impls
 * fit): a variable stands for it, and a projection predicate waits in
 * `pending` until it can be decided (infer.c's select_pending). The same
 * projection always gets the same variable. */
static BmTy *defer(BmInfer *ix, BmTy *proj) {
  for (uint32_t i = 0; i + 1 < ix->deferred.len; i += 2)
    if (ix->deferred.items[i] == proj) return ix->deferred.items[i + 1];
  if (ix->deferred.len > 4096) return proj;
  BmTy *v = bm_infer_fresh(ix, BM_VAR_GENERAL, (BmRange){0, 0});
  bm_array_push(ix->tcx->arena, &ix->deferred, proj);
  bm_array_push(ix->tcx->arena, &ix->deferred, v);
  BmPred p;
  memset(&p, 0, sizeof p);
  BmDef *ad = DEF(ix->tcx, (BmDefId)proj->def);
  p.trait = ad->parent;
  p.args = proj->args;
  p.nargs = proj->nargs;
  p.assoc = (BmDefId)proj->def;
  p.ty = v;
  bm_array_push(ix->tcx->arena, &ix->pending, p);
  return v;
}

static BmTy *normalize_deferring(BmInfer *ix, BmTy *t, int depth) {
  t = bm_infer_shallow(ix, t);
  if (!(t->flags & BM_TYF_PROJ) || depth > 32) return t;
  if (t->kind == BM_TK_PROJ) {
    /* its arguments first: <[<I as Iterator>::Item] as Join>::Output */
    bool changed = false;
    BmTy *buf[16];
    uint32_t na = t->nargs < 16 ? t->nargs : 16;
    for (uint32_t i = 0; i < na; i++) {
      buf[i] = (t->args[i]->flags & BM_TYF_PROJ) ? normalize_deferring(ix, t->args[i], depth + 1) : t->args[i];
      if (buf[i] != t->args[i]) changed = true;
    }
    if (changed && na == t->nargs) t = bm_ty_mk(ix->tcx, BM_TK_PROJ, 0, t->def, t->idx, buf, na);
    BmTy *n = normalize_proj(ix, t, 0);
    if (n != t) return normalize_deferring(ix, n, depth + 1);
    /* still a projection: defer it when inference may decide it later */
    if (!ix->no_defer && (bm_infer_resolve(ix, t)->flags & BM_TYF_INFER)) return defer(ix, bm_infer_resolve(ix, t));
    return t;
  }
  if (t->kind == BM_TK_OPAQUE) return t;
  BmTy *buf[16];
  BmTy **na = t->nargs <= 16 ? buf : bm_arena_alloc(ix->tcx->arena, t->nargs * sizeof *na);
  bool changed = false;
  for (uint32_t i = 0; i < t->nargs; i++) {
    na[i] = normalize_deferring(ix, t->args[i], depth + 1);
    if (na[i] != t->args[i]) changed = true;
  }
  if (!changed) return t;
  return bm_ty_mk(ix->tcx, t->kind, t->sub, t->def, t->idx, na, t->nargs);
}

/* Normalization re-enters itself through the predicates of the impls it
 * selects; each entry starts its own depth count, so the nesting of the
 * entries is capped here (a cycle of impls, or of a fuzzer's making,
 * would otherwise overflow the stack): past it the projection stays as
 * it is and the body is marked incomplete, so nothing is reported. */

BmTy *bm_normalize(BmInfer *ix, BmTy *t) {
  if (!t) return t;
  if (ix->normalizing >= MAX_NORMALIZE_NESTING) {
    bm_infer_incomplete(ix, ix->owner != NONE ? DEF(ix->tcx, ix->owner)->span : (BmRange){0, 0},
                        "associated types nested too deep to resolve");
    return t;
  }
  /* one budget of projection steps for each outermost normalization */
  if (ix->normalizing == 0) ix->normalize_budget = NORMALIZE_BUDGET;
  ix->normalizing++;
  BmTy *r = normalize_deferring(ix, t, 0);
  ix->normalizing--;
  return r;
}
