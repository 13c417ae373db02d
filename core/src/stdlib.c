/*
 * stdlib.c: std as Rust declarations.
 *
 * The files of core/std (embedded at build time, see std_files.h) are
 * parsed once per analyzer session with the same parser and lowered to a
 * HIR crate of their own, which every analysis of the session reads and
 * never changes. Then: `#[each_int]`-style impl blocks are expanded into
 * one impl per type, the crate's names are resolved (with the
 * prelude, `prelude::rust_2021`, found after the imports), and the
 * `#[lang = "..."]` items are indexed.
 * Assumes: the declarations parse (a test checks it); a syntax error is
 * recorded and reported by bm_std_error, and the rest still loads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

struct BmStd {
  BmArena arena;
  BmArena scratch;  /* the lowering's child lists, emptied after each file */
  BmSymTab *syms;
  BmCrate crate;
  BmResolver res;
  BmDefId lang[BM_LANG_COUNT];
  BmImplIndex *impls;
  BmMethodIndex *methods;
  const char *error;
};

static const char *const lang_names[BM_LANG_COUNT] = {
#define BM_X(n, s) s,
  BM_LANG_ITEMS(BM_X)
#undef BM_X
};

/* ---- #[each_*] impl blocks
 *
 * `#[each_int] impl Add for Int { .. }` stands for twelve impls, one per
 * integer type, with `Int` (and `UInt`, `SInt`: the unsigned and signed
 * types of the same width) replaced; `#[each_int_pair]` for 144, with
 * `Int2` the second type; `#[each_float]` for f32 and f64 (`Float`);
 * `#[each_tuple] impl<T: B> Tr for (T,)` for tuples of 1 to 12 elements,
 * each element its own parameter with T's bounds. The copies are made
 * here, before names are resolved; the written block stays as a template
 * nothing else reads (BM_EACH_TEMPLATE). */

typedef struct {
  BmStd *s;
  BmSym from[4];
  BmSym to[4];
  uint32_t n;
  uint32_t arity;          /* each_tuple: the tuple's arity */
  BmSym tparams[12];       /* each_tuple: T0..T11 */
} Expand;

static const char *const int_names[12] = {"i8", "i16", "i32", "i64", "i128", "isize",
                                          "u8", "u16", "u32", "u64", "u128", "usize"};

static BmSym S(Expand *x, const char *name) { return bm_sym(x->s->syms, name, strlen(name)); }

static BmTypeRef *copy_type(Expand *x, const BmTypeRef *t, int depth);
static BmPath *copy_path(Expand *x, const BmPath *p, int depth);

static BmGenericArg *copy_args(Expand *x, const BmGenericArg *a, uint32_t n, int depth) {
  if (!n) return NULL;
  BmGenericArg *out = bm_arena_alloc(&x->s->arena, n * sizeof *out);
  for (uint32_t i = 0; i < n; i++) {
    out[i] = a[i];
    if (a[i].type) out[i].type = copy_type(x, a[i].type, depth + 1);
  }
  return out;
}

static BmPath *copy_path(Expand *x, const BmPath *p, int depth) {
  if (!p || depth > 64) return (BmPath *)p;
  BmPath *q = bm_arena_alloc(&x->s->arena, sizeof *q);
  *q = *p;
  if (p->nsegs) {
    q->segs = bm_arena_alloc(&x->s->arena, p->nsegs * sizeof *q->segs);
    for (uint32_t i = 0; i < p->nsegs; i++) {
      q->segs[i] = p->segs[i];
      q->segs[i].args = copy_args(x, p->segs[i].args, p->segs[i].nargs, depth);
      if (p->segs[i].ret) q->segs[i].ret = copy_type(x, p->segs[i].ret, depth + 1);
      if (p->nsegs == 1 || i == 0) {
        for (uint32_t k = 0; k < x->n; k++)
          if (q->segs[i].name == x->from[k]) q->segs[i].name = x->to[k];
      }
    }
  }
  if (p->qself) q->qself = copy_type(x, p->qself, depth + 1);
  if (p->qtrait) q->qtrait = copy_path(x, p->qtrait, depth + 1);
  return q;
}

static BmBound *copy_bounds(Expand *x, const BmBound *b, uint32_t n, int depth) {
  if (!n) return NULL;
  BmBound *out = bm_arena_alloc(&x->s->arena, n * sizeof *out);
  for (uint32_t i = 0; i < n; i++) {
    out[i] = b[i];
    if (b[i].trait) out[i].trait = copy_path(x, b[i].trait, depth + 1);
  }
  return out;
}

static BmTypeRef *copy_type(Expand *x, const BmTypeRef *t, int depth) {
  if (!t || depth > 64) return (BmTypeRef *)t;
  /* each_tuple: the tuple `(T,)` becomes (T0, .., Tn-1) */
  if (x->arity && t->kind == BM_TR_TUPLE && t->nelems == 1 && t->elems[0]->kind == BM_TR_PATH &&
      t->elems[0]->path && t->elems[0]->path->nsegs == 1 && t->elems[0]->path->segs[0].name == BM_SYM_T) {
    BmTypeRef *q = bm_arena_alloc(&x->s->arena, sizeof *q);
    *q = *t;
    q->nelems = x->arity;
    q->elems = bm_arena_alloc(&x->s->arena, x->arity * sizeof *q->elems);
    for (uint32_t i = 0; i < x->arity; i++) {
      BmTypeRef *e = bm_arena_alloc(&x->s->arena, sizeof *e);
      *e = *t->elems[0];
      e->path = copy_path(x, t->elems[0]->path, depth + 1);
      e->path->segs[0].name = x->tparams[i];
      q->elems[i] = e;
    }
    return q;
  }
  BmTypeRef *q = bm_arena_alloc(&x->s->arena, sizeof *q);
  *q = *t;
  if (t->path) q->path = copy_path(x, t->path, depth + 1);
  if (t->inner) q->inner = copy_type(x, t->inner, depth + 1);
  if (t->ret) q->ret = copy_type(x, t->ret, depth + 1);
  if (t->nelems) {
    q->elems = bm_arena_alloc(&x->s->arena, t->nelems * sizeof *q->elems);
    for (uint32_t i = 0; i < t->nelems; i++) q->elems[i] = copy_type(x, t->elems[i], depth + 1);
  }
  if (t->nbounds) q->bounds = copy_bounds(x, t->bounds, t->nbounds, depth + 1);
  return q;
}

static void copy_generics(Expand *x, BmGenerics *g) {
  /* each_tuple: the parameter T becomes T0..Tn-1, each with T's bounds */
  BmArray(BmGenericParam) ps = {0};
  for (uint32_t i = 0; i < g->nparams; i++) {
    BmGenericParam p = g->params[i];
    p.bounds = copy_bounds(x, p.bounds, p.nbounds, 0);
    if (p.default_type) p.default_type = copy_type(x, p.default_type, 0);
    if (p.const_type) p.const_type = copy_type(x, p.const_type, 0);
    if (x->arity && p.kind == BM_GP_TYPE && p.name == BM_SYM_T) {
      for (uint32_t k = 0; k < x->arity; k++) {
        BmGenericParam q = p;
        q.name = x->tparams[k];
        bm_array_push(&x->s->arena, &ps, q);
      }
      continue;
    }
    bm_array_push(&x->s->arena, &ps, p);
  }
  g->params = ps.items;
  g->nparams = ps.len;
  if (g->npreds) {
    BmWherePred *w = bm_arena_alloc(&x->s->arena, g->npreds * sizeof *w);
    for (uint32_t i = 0; i < g->npreds; i++) {
      w[i] = g->preds[i];
      w[i].lhs = copy_type(x, w[i].lhs, 0);
      w[i].bounds = copy_bounds(x, w[i].bounds, w[i].nbounds, 0);
    }
    g->preds = w;
  }
}

/* A copy of def `id` (an impl, or an item of one) under `parent`. */
static BmDefId copy_def(Expand *x, BmDefId id, BmDefId parent) {
  BmCrate *c = &x->s->crate;
  BmDef d = c->defs.items[id];
  d.parent = parent;
  if (d.kind == BM_DEF_IMPL) d.each = BM_EACH_NONE;
  copy_generics(x, &d.generics);
  if (d.type) d.type = copy_type(x, d.type, 0);
  if (d.trait_ref) d.trait_ref = copy_path(x, d.trait_ref, 0);
  if (d.self_type) d.self_type = copy_type(x, d.self_type, 0);
  if (d.ret) d.ret = copy_type(x, d.ret, 0);
  if (d.nparams) {
    BmTypeRef **ps = bm_arena_alloc(&x->s->arena, d.nparams * sizeof *ps);
    for (uint32_t i = 0; i < d.nparams; i++) ps[i] = copy_type(x, d.params[i], 0);
    d.params = ps;
  }
  if (d.nbounds) d.bounds = copy_bounds(x, d.bounds, d.nbounds, 0);
  BmDefId *items = d.items;
  uint32_t nitems = d.nitems;
  bm_array_push(&x->s->arena, &c->defs, d);
  BmDefId nid = c->defs.len - 1;
  if (nitems) {
    BmDefId *ni = bm_arena_alloc(&x->s->arena, nitems * sizeof *ni);
    for (uint32_t i = 0; i < nitems; i++) ni[i] = copy_def(x, items[i], nid);
    c->defs.items[nid].items = ni;
  }
  return nid;
}

static void expand_each(BmStd *s, BmDefId id) {
  BmCrate *c = &s->crate;
  uint8_t each = c->defs.items[id].each;
  Expand x;
  memset(&x, 0, sizeof x);
  x.s = s;
  if (each == BM_EACH_TUPLE) {
    for (uint32_t k = 0; k < 12; k++) {
      char name[8];
      snprintf(name, sizeof name, "T%u", k);
      x.tparams[k] = S(&x, name);
    }
    for (uint32_t arity = 1; arity <= 12; arity++) {
      x.arity = arity;
      copy_def(&x, id, c->defs.items[id].parent);
    }
  } else if (each == BM_EACH_FLOAT) {
    const char *const fl[2] = {"f32", "f64"};
    for (int i = 0; i < 2; i++) {
      x.n = 1;
      x.from[0] = BM_SYM_Float;
      x.to[0] = S(&x, fl[i]);
      copy_def(&x, id, c->defs.items[id].parent);
    }
  } else {
    int lo = each == BM_EACH_UNSIGNED ? 6 : 0, hi = each == BM_EACH_SIGNED ? 6 : 12;
    for (int i = lo; i < hi; i++) {
      int pairs = each == BM_EACH_INT_PAIR ? 12 : 1;
      for (int j = 0; j < pairs; j++) {
        x.n = 0;
        x.from[x.n] = BM_SYM_Int; x.to[x.n++] = S(&x, int_names[i]);
        x.from[x.n] = BM_SYM_UInt; x.to[x.n++] = S(&x, int_names[i % 6 + 6]);
        x.from[x.n] = BM_SYM_SInt; x.to[x.n++] = S(&x, int_names[i % 6]);
        if (each == BM_EACH_INT_PAIR) { x.from[x.n] = BM_SYM_Int2; x.to[x.n++] = S(&x, int_names[j]); }
        copy_def(&x, id, c->defs.items[id].parent);
      }
    }
  }
  c->defs.items[id].each = BM_EACH_TEMPLATE;
}

static void first_error(BmStd *s, const BmStdSource *f, TSNode n) {
  if (s->error) return;
  if (ts_node_is_error(n) || ts_node_is_missing(n)) {
    TSPoint p = ts_node_start_point(n);
    s->error = bm_arena_printf(&s->arena, "%s:%u:%u", f->path, p.row + 1, p.column + 1);
    return;
  }
  uint32_t c = ts_node_child_count(n);
  for (uint32_t i = 0; i < c && !s->error; i++) {
    TSNode k = ts_node_child(n, i);
    if (ts_node_has_error(k)) first_error(s, f, k);
  }
}

BmStd *bm_std_new_from(TSParser *parser, const BmStdSource *files, uint32_t n) {
  BmStd *volatile s = calloc(1, sizeof *s);
  if (!s) return NULL;
  bm_arena_init(&s->arena);
  bm_arena_init(&s->scratch);
  jmp_buf oom;
  s->arena.oom = &oom;
  s->scratch.oom = &oom;
  if (setjmp(oom)) {
    bm_arena_free(&s->scratch);
    bm_arena_free(&s->arena);
    free(s);
    return NULL;
  }
  s->syms = bm_symtab_new(&s->arena, NULL);
  s->crate.arena = &s->arena;
  s->crate.syms = s->syms;
  s->crate.base = 0;
  s->crate.root = NONE;
  for (uint32_t i = 0; i < n; i++) {
    TSTree *tree = ts_parser_parse_string(parser, NULL, files[i].text, files[i].length);
    if (!tree) continue;
    TSNode root = ts_tree_root_node(tree);
    if (ts_node_has_error(root)) first_error(s, &files[i], root);
    BmHirBuilder b;
    memset(&b, 0, sizeof b);
    b.arena = &s->arena;
    b.scratch = &s->scratch;
    b.syms = s->syms;
    b.parser = parser;
    b.text = files[i].text;
    b.length = files[i].length;
    b.crate = &s->crate;
    b.file = (uint16_t)(i + 1);
    b.is_std = true;
    bm_hir_lower_file(&b, root);
    bm_arena_free(&s->scratch);
    ts_tree_delete(tree);
  }
  if (s->crate.root == NONE) {
    /* no declarations at all: an empty root */
    BmDef d;
    memset(&d, 0, sizeof d);
    d.kind = BM_DEF_MOD;
    d.parent = d.module = NONE;
    d.is_std = true;
    bm_array_push(&s->arena, &s->crate.defs, d);
    s->crate.root = 0;
  }
  uint32_t ndefs = s->crate.defs.len;
  for (uint32_t i = 0; i < ndefs; i++) {
    BmDef *d = &s->crate.defs.items[i];
    if (d->kind == BM_DEF_IMPL && d->each != BM_EACH_NONE && d->each != BM_EACH_TEMPLATE) expand_each(s, i);
  }
  BmResolver *r = &s->res;
  r->arena = &s->arena;
  r->syms = s->syms;
  r->stdc = NULL;
  r->crate = &s->crate;
  r->sink = NULL;
  r->std_root = s->crate.root;
  r->prelude = NONE;
  r->edition = 2021;
  bm_resolve_imports(r);
  /* the prelude: prelude::rust_2021 */
  BmBinding p = bm_scope_lookup(r, s->crate.root, BM_SYM_prelude);
  if (p.type != NONE) {
    BmBinding e = bm_scope_lookup(r, p.type, BM_SYM_rust_2021);
    r->prelude = e.type != NONE ? e.type : p.type;
  }
  bm_resolve_paths(r);
  for (uint32_t i = 0; i < BM_LANG_COUNT; i++) s->lang[i] = NONE;
  for (uint32_t i = 0; i < s->crate.defs.len; i++) {
    BmDef *d = &s->crate.defs.items[i];
    if (!d->lang) continue;
    const char *ln = bm_sym_str(s->syms, d->lang);
    for (uint32_t k = 0; k < BM_LANG_COUNT; k++)
      if (s->lang[k] == NONE && strcmp(lang_names[k], ln) == 0) s->lang[k] = i;
  }
  BmDefId lang[BM_LANG_COUNT];
  memcpy(lang, s->lang, sizeof lang);
  if (lang[BM_LANG_partial_eq] == NONE) lang[BM_LANG_partial_eq] = lang[BM_LANG_eq];
  s->impls = bm_impl_index_new(&s->arena, NULL, &s->crate, lang);
  s->methods = bm_method_index_new(&s->arena, NULL, &s->crate);
  s->arena.oom = NULL;
  s->scratch.oom = NULL;
  return s;
}

void bm_std_delete(BmStd *s) {
  if (!s) return;
  bm_arena_free(&s->arena);
  free(s);
}

const BmCrate *bm_std_crate(const BmStd *s) { return &s->crate; }
BmSymTab *bm_std_syms(const BmStd *s) { return s->syms; }
const BmScopes *bm_std_scopes(const BmStd *s) { return s->res.scopes; }
BmDefId bm_std_lang(const BmStd *s, BmLang item) { return item < BM_LANG_COUNT ? s->lang[item] : NONE; }
BmDefId bm_std_prelude(const BmStd *s, uint16_t edition) {
  /* prelude::rust_2021 / rust_2024; v1 for 2015 and 2018 */
  BmBinding p = bm_scope_lookup(&s->res, s->crate.root, BM_SYM_prelude);
  if (p.type == NONE) return s->res.prelude;
  BmSym name = edition >= 2024 ? BM_SYM_rust_2024 : edition >= 2021 ? BM_SYM_rust_2021 : bm_sym_find(s->syms, "v1", 2);
  BmBinding e = name ? bm_scope_lookup(&s->res, p.type, name) : (BmBinding){NONE, NONE, NONE, false};
  return e.type != NONE ? e.type : s->res.prelude;
}
const char *bm_std_error(const BmStd *s) { return s->error; }
const BmImplIndex *bm_std_impls(const BmStd *s) { return s->impls; }
const BmMethodIndex *bm_std_methods(const BmStd *s) { return s->methods; }

#include "std_files.h"

BmStd *bm_std_new(TSParser *parser) {
  BmStdSource files[256];
  uint32_t n = bm_std_file_count < 256 ? bm_std_file_count : 256;
  for (uint32_t i = 0; i < n; i++) {
    files[i].path = bm_std_files[i].path;
    files[i].text = bm_std_files[i].text;
    files[i].length = bm_std_files[i].length;
  }
  return bm_std_new_from(parser, files, n);
}
