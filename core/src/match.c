/*
 * match.c: exhaustiveness and refutability of patterns, after inference.
 *
 *   every `match` of a body: does some value of the scrutinee's type reach
 *   no arm? E0004 "non-exhaustive patterns: `None` not covered", or "type
 *   `&A` is non-empty" for an empty match;
 *   every place that needs an irrefutable pattern (`let` without `else`,
 *   fn and closure parameters, `for`): can the pattern fail? E0005;
 *   a binding named like a unit variant of its enum type (`North =>`
 *   where `Dir::North` was meant): E0170 (rustc's deny-by-default lint).
 *
 * The algorithm is rustc's (compiler/rustc_pattern_analysis, after
 * Maranget, "Warnings for pattern matching", 2007). A pattern is a
 * constructor applied to fields (`Some(_)`: the constructor Some, one
 * field). The arms form a matrix of rows with one column per place of the
 * scrutinee; `compute` takes the first column, splits the constructors of
 * its type into groups that the column treats alike (integer ranges cut at
 * every boundary a pattern has, slice lengths up to the longest pattern),
 * and specializes the matrix by each group: the rows whose head covers it,
 * with the head replaced by its fields. When the column misses some
 * constructors, only the rows with a wildcard head go on, and the values
 * no row matches come back up as witnesses, rebuilt constructor by
 * constructor and printed as rustc prints them (`Some(_)`, `&[_, ..]`,
 * `i32::MIN..=0_i32`, `Direction::East { .. }`). Only exhaustiveness is
 * computed: unreachable arms are a warning in rustc, and borrowmap reports
 * errors.
 *
 * Silence rather than a guess (a false error on code rustc accepts is the
 * worst outcome): a body with a name or type error is not checked (rustc
 * does not check the matches of a body whose type check failed either),
 * and a match is skipped when a type involved is not fully known, a
 * pattern or a constant in it is not modelled, a type may be uninhabited
 * (rustc's rules for empty types depend on the validity of places), or
 * the patterns nest deeper or ask for more work than the limits below.
 * With BM_MATCH_DEBUG set in the environment, each give-up prints its
 * line of this file on stderr (a reading aid; nothing else is printed).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

enum {
  MAX_DEPTH = 192,        /* nesting of patterns and of `compute` */
  MAX_WORK = 200000,      /* rows built, per match */
  MAX_WITNESSES = 4096,   /* witnesses kept, per match */
  MAX_TYPE_DEPTH = 12,    /* inhabitedness of nested field types */
};

typedef unsigned __int128 U128;

/* ---- possibly infinite integers (rustc's MaybeInfiniteInt) */

/* Values of signed types are biased (v ^ 1 << (bits - 1)) so that the
 * unsigned order is the numeric order. usize and isize span to infinity:
 * `0..=usize::MAX` does not cover usize (rustc's rule, RFC 2591). */
enum { NEG_INF, FINITE, JUST_AFTER_MAX, POS_INF };

typedef struct {
  uint8_t rank;
  uint64_t lo, hi;        /* FINITE: the value (arena memory is only
                             8-aligned, so no U128 member) */
} MInt;

static U128 val(MInt a) { return ((U128)a.hi << 64) | a.lo; }
static MInt fin(U128 v) { return (MInt){FINITE, (uint64_t)v, (uint64_t)(v >> 64)}; }
static MInt inf(uint8_t rank) { return (MInt){rank, 0, 0}; }

static int mint_cmp(MInt a, MInt b) {
  if (a.rank != b.rank) return a.rank < b.rank ? -1 : 1;
  if (a.rank != FINITE || val(a) == val(b)) return 0;
  return val(a) < val(b) ? -1 : 1;
}

static MInt plus_one(MInt a) {
  if (a.rank != FINITE) return a;
  if (val(a) == ~(U128)0) return inf(JUST_AFTER_MAX);
  return fin(val(a) + 1);
}

/* ---- constructors and patterns */

typedef enum {
  K_WILD,       /* `_` or a binding: every value */
  K_OR,         /* alternatives (in the fields) */
  K_SINGLE,     /* the constructor of a struct or tuple */
  K_REF,        /* &p */
  K_VARIANT,    /* an enum variant: idx */
  K_BOOL,
  K_INT,        /* integers and chars in [lo, hi) */
  K_FLOAT,      /* floats in flo..fhi (fincl: ..=) */
  K_STR,        /* a string literal */
  K_SLICE,      /* [fixed length] or [prefix, .., suffix] */
  K_NONEXH,     /* what cannot be listed: floats, str, #[non_exhaustive] */
  K_MISSING,    /* the constructors no pattern of the column has */
} Kind;

typedef struct {
  uint8_t kind;
  bool b;                 /* BOOL */
  bool varlen;            /* SLICE: [prefix, .., suffix] */
  bool fincl;             /* FLOAT */
  uint32_t idx;           /* VARIANT: position in the enum's variants */
  uint32_t prefix, suffix;/* SLICE: the length in prefix when fixed */
  int64_t array_len;      /* SLICE: the array's length, -1 for a slice */
  MInt lo, hi;            /* INT */
  double flo, fhi;        /* FLOAT */
  const char *str;        /* STR */
  uint32_t len;
} Ctor;

typedef struct Pat Pat;
struct Pat {
  Ctor c;
  uint32_t n;             /* fields (OR: alternatives) */
  Pat **f;
  BmTy *ty;               /* witnesses: the type, for printing */
};

typedef struct {
  Pat **p;                /* one pattern per column */
  bool guard;             /* the arm has a guard: it covers nothing */
} Row;

typedef BmArray(Row) Rows;
typedef BmArray(Pat **) Wits;
typedef BmArray(Ctor) Ctors;

/* The constructors of a type (rustc's ConstructorSet). */
typedef enum {
  S_STRUCT,     /* tuples and structs: one constructor */
  S_REF,
  S_VARIANTS,
  S_BOOL,
  S_INTS,       /* one or two ranges (char: the surrogates left out) */
  S_SLICE,
  S_UNLISTABLE, /* floats, str, generic parameters, ...: only `_` covers */
  S_EMPTY,      /* `!` and enums without variants */
} SetKind;

typedef struct {
  uint8_t kind;
  uint32_t nvariants;     /* VARIANTS */
  bool nonexh;            /* VARIANTS: a #[non_exhaustive] std enum */
  int nranges;            /* INTS */
  MInt lo[2], hi[2];
  int64_t array_len;      /* SLICE */
} Set;

typedef struct {
  BmTcx *tcx;
  BmInfer *ix;
  BmArena *a;
  BmBody *body;
  uint32_t work;
  int depth;
  bool bail;              /* give up on the current match */
  Pat wild;               /* the shared wildcard of rows */
} Cx;

#define DEF(cx, id) bm_def((cx)->tcx->stdc, (cx)->tcx->local, (id))

static bool give_up_at(Cx *cx, int line) {
  if (!cx->bail && getenv("BM_MATCH_DEBUG")) fprintf(stderr, "match.c: gave up at line %d\n", line);
  cx->bail = true;
  return false;
}
#define give_up(cx) give_up_at((cx), __LINE__)

static Pat *mk(Cx *cx, Ctor c, uint32_t n, BmTy *ty) {
  Pat *p = bm_arena_alloc(cx->a, sizeof *p);
  p->c = c;
  p->n = n;
  p->f = n ? bm_arena_alloc(cx->a, n * sizeof *p->f) : NULL;
  p->ty = ty;
  for (uint32_t i = 0; i < n; i++) p->f[i] = &cx->wild;
  return p;
}

static Ctor ctor(uint8_t kind) {
  Ctor c;
  memset(&c, 0, sizeof c);
  c.kind = kind;
  c.array_len = -1;
  return c;
}

/* ---- types */

static bool known(BmTy *t) { return t && !(t->flags & (BM_TYF_ERR | BM_TYF_INFER)); }

static BmTy *resolved(Cx *cx, BmTy *t) {
  if (!t) return NULL;
  return bm_infer_resolve(cx->ix, bm_normalize(cx->ix, t));
}

static bool is_enum(Cx *cx, BmTy *t) { return t->kind == BM_TK_ADT && DEF(cx, t->def)->kind == BM_DEF_ENUM; }

/* The type of field i of a struct or variant def, in the ADT type t. */
static BmTy *field_ty(Cx *cx, BmTy *adt, BmDefId def, uint32_t i) {
  BmTy *ft = bm_field_ty(cx->tcx, def, i);
  if (!ft) return cx->tcx->err;
  return resolved(cx, bm_ty_subst(cx->tcx, ft, adt->args, adt->nargs));
}

static int prim_bits(BmPrim p) {
  switch (p) {
  case BM_PRIM_I8: case BM_PRIM_U8: return 8;
  case BM_PRIM_I16: case BM_PRIM_U16: return 16;
  case BM_PRIM_I32: case BM_PRIM_U32: return 32;
  case BM_PRIM_I64: case BM_PRIM_U64: case BM_PRIM_ISIZE: case BM_PRIM_USIZE: return 64;
  case BM_PRIM_I128: case BM_PRIM_U128: return 128;
  default: return 0;
  }
}

static bool prim_signed(BmPrim p) { return p >= BM_PRIM_I8 && p <= BM_PRIM_ISIZE; }

static U128 mask_bits(int bits) { return bits >= 128 ? ~(U128)0 : (((U128)1 << bits) - 1); }

/* Could a value of type t not exist? (`!`, an enum without variants, a
 * struct or tuple holding one.) References count as inhabited, as in
 * rustc; what nests too deep counts as possibly empty. */
static bool maybe_empty(Cx *cx, BmTy *t, int depth) {
  if (depth > MAX_TYPE_DEPTH) return true;
  switch (t->kind) {
  case BM_TK_NEVER: return true;
  case BM_TK_TUPLE:
    for (uint32_t i = 0; i < t->nargs; i++)
      if (maybe_empty(cx, t->args[i], depth + 1)) return true;
    return false;
  case BM_TK_ARRAY:
    if (t->args[1]->kind == BM_TK_CONST && t->args[1]->idx == 0) return false;
    return maybe_empty(cx, t->args[0], depth + 1);
  case BM_TK_ADT: {
    BmDef *d = DEF(cx, t->def);
    if (d->kind == BM_DEF_ENUM) {
      if (d->nitems == 0) return true;
      for (uint32_t v = 0; v < d->nitems; v++) {
        BmDefId vid = d->items[v];
        BmDef *vd = DEF(cx, vid);
        bool empty = false;
        for (uint32_t i = 0; i < vd->nfields && !empty; i++)
          empty = maybe_empty(cx, field_ty(cx, t, vid, i), depth + 1);
        if (!empty) return false;
      }
      return true;
    }
    if (d->kind == BM_DEF_UNION) return true;
    for (uint32_t i = 0; i < d->nfields; i++)
      if (maybe_empty(cx, field_ty(cx, t, t->def, i), depth + 1)) return true;
    return false;
  }
  default:
    return false;
  }
}

static bool is_lang_def(Cx *cx, BmDefId def, BmLang l) {
  BmDefId d = bm_lang(cx->tcx, l);
  return d != NONE && d == def;
}

static bool set_of(Cx *cx, BmTy *t, Set *s) {
  memset(s, 0, sizeof *s);
  s->array_len = -1;
  if (!known(t)) return give_up(cx);
  switch (t->kind) {
  case BM_TK_BOOL: s->kind = S_BOOL; return true;
  case BM_TK_CHAR:
    s->kind = S_INTS;
    s->nranges = 2;
    s->lo[0] = fin(0);
    s->hi[0] = fin(0xD800);
    s->lo[1] = fin(0xE000);
    s->hi[1] = fin(0x110000);
    return true;
  case BM_TK_INT: {
    BmPrim p = (BmPrim)t->sub;
    int bits = prim_bits(p);
    s->kind = S_INTS;
    s->nranges = 1;
    if (p == BM_PRIM_USIZE) {
      s->lo[0] = fin(0);
      s->hi[0] = inf(POS_INF);
    } else if (p == BM_PRIM_ISIZE) {
      s->lo[0] = inf(NEG_INF);
      s->hi[0] = inf(POS_INF);
    } else {
      s->lo[0] = fin(0);
      s->hi[0] = plus_one(fin(mask_bits(bits)));
    }
    return true;
  }
  case BM_TK_TUPLE:
    for (uint32_t i = 0; i < t->nargs; i++)
      if (maybe_empty(cx, t->args[i], 0)) return give_up(cx);
    s->kind = S_STRUCT;
    return true;
  case BM_TK_REF:
    s->kind = S_REF;
    return true;
  case BM_TK_ARRAY:
  case BM_TK_SLICE:
    if (maybe_empty(cx, t->args[0], 0)) return give_up(cx);
    s->kind = S_SLICE;
    if (t->kind == BM_TK_ARRAY && t->args[1]->kind == BM_TK_CONST) s->array_len = (int64_t)t->args[1]->idx;
    return true;
  case BM_TK_ADT: {
    BmDef *d = DEF(cx, t->def);
    if (d->kind == BM_DEF_UNION) return give_up(cx);
    if (d->kind == BM_DEF_STRUCT) {
      for (uint32_t i = 0; i < d->nfields; i++)
        if (maybe_empty(cx, field_ty(cx, t, t->def, i), 0)) return give_up(cx);
      s->kind = S_STRUCT;
      return true;
    }
    if (d->nitems == 0) {
      s->kind = S_EMPTY;
      return true;
    }
    for (uint32_t v = 0; v < d->nitems; v++) {
      BmDefId vid = d->items[v];
      BmDef *vd = DEF(cx, vid);
      if (vd->kind != BM_DEF_VARIANT) return give_up(cx);
      for (uint32_t i = 0; i < vd->nfields; i++) {
        BmTy *ft = field_ty(cx, t, vid, i);
        if (!known(ft) || maybe_empty(cx, ft, 0)) return give_up(cx);
      }
    }
    s->kind = S_VARIANTS;
    s->nvariants = d->nitems;
    s->nonexh = d->is_std && (d->derives & BM_ATTR_NON_EXHAUSTIVE);
    return true;
  }
  case BM_TK_NEVER:
    s->kind = S_EMPTY;
    return true;
  case BM_TK_FLOAT: case BM_TK_STR: case BM_TK_PARAM: case BM_TK_PROJ: case BM_TK_OPAQUE:
  case BM_TK_DYN: case BM_TK_CLOSURE: case BM_TK_FNDEF: case BM_TK_FNPTR: case BM_TK_PTR:
    s->kind = S_UNLISTABLE;
    return true;
  default:
    return give_up(cx);
  }
}

/* The number of fields of a constructor and their types (tys may be NULL). */
static uint32_t arity(Cx *cx, const Ctor *c, BmTy *t, BmTy **tys) {
  switch (c->kind) {
  case K_SINGLE:
    if (t->kind == BM_TK_TUPLE) {
      for (uint32_t i = 0; tys && i < t->nargs; i++) tys[i] = t->args[i];
      return t->nargs;
    }
    if (t->kind == BM_TK_ADT) {
      BmDef *d = DEF(cx, t->def);
      for (uint32_t i = 0; tys && i < d->nfields; i++) tys[i] = field_ty(cx, t, t->def, i);
      return d->nfields;
    }
    return 0;
  case K_REF:
    if (tys) tys[0] = t->args[1];
    return 1;
  case K_VARIANT: {
    BmDef *d = DEF(cx, t->def);
    if (c->idx >= d->nitems) return 0;
    BmDefId vid = d->items[c->idx];
    BmDef *vd = DEF(cx, vid);
    for (uint32_t i = 0; tys && i < vd->nfields; i++) tys[i] = field_ty(cx, t, vid, i);
    return vd->nfields;
  }
  case K_SLICE: {
    uint32_t n = c->varlen ? c->prefix + c->suffix : c->prefix;
    for (uint32_t i = 0; tys && i < n; i++) tys[i] = t->args[0];
    return n;
  }
  default:
    return 0;
  }
}

/* A slice constructor, fixed when `..` stands for nothing (rustc's Slice::new). */
static Ctor slice_ctor(int64_t array_len, bool varlen, uint32_t prefix, uint32_t suffix) {
  Ctor c = ctor(K_SLICE);
  c.array_len = array_len;
  if (varlen && array_len >= 0 && (int64_t)prefix + suffix == array_len) {
    varlen = false;
    prefix = (uint32_t)array_len;
    suffix = 0;
  }
  c.varlen = varlen;
  c.prefix = prefix;
  c.suffix = varlen ? suffix : 0;
  return c;
}

static uint32_t slice_arity(const Ctor *c) { return c->varlen ? c->prefix + c->suffix : c->prefix; }

/* Is every value of constructor c (a split constructor) covered by h? */
static bool covered_by(const Ctor *c, const Ctor *h) {
  if (h->kind == K_WILD) return true;
  if (c->kind == K_MISSING || c->kind == K_NONEXH) return false;
  if (c->kind != h->kind) return false;
  switch (c->kind) {
  case K_SINGLE: case K_REF: return true;
  case K_VARIANT: return c->idx == h->idx;
  case K_BOOL: return c->b == h->b;
  case K_INT: return mint_cmp(h->lo, c->lo) <= 0 && mint_cmp(c->hi, h->hi) <= 0;
  case K_FLOAT:
    if (!(c->flo >= h->flo)) return false;
    if (c->fhi < h->fhi) return true;
    return c->fhi == h->fhi && c->fincl == h->fincl;
  case K_STR: return c->len == h->len && memcmp(c->str, h->str, c->len) == 0;
  case K_SLICE: {
    uint32_t n = slice_arity(c);
    return h->varlen ? h->prefix + h->suffix <= n : h->prefix == n;
  }
  default: return false;
  }
}

/* ---- HIR patterns -> Pat */

static BmPat *HP(Cx *cx, BmBody *b, BmPatId id) { return bm_array_get(&b->pats, id); }
static uint32_t LISTB(BmBody *b, uint32_t i) { return *bm_array_get(&b->list, i); }

/* The value of an integer literal at an integer type, biased. */
static bool int_value(Cx *cx, const BmLit *lit, bool neg, BmPrim p, MInt *out) {
  if (lit->overflow) return give_up(cx);
  int bits = prim_bits(p);
  if (!bits) return give_up(cx);
  U128 v = ((U128)lit->hi << 64) | lit->lo;
  U128 m = mask_bits(bits);
  if (prim_signed(p)) {
    U128 lim = (U128)1 << (bits - 1);    /* |MIN| */
    if (neg ? v > lim : v >= lim) return give_up(cx);
    U128 b = (neg ? (~v + 1) : v) & m;
    *out = fin(b ^ lim);
  } else {
    if (neg || v > m) return give_up(cx);
    *out = fin(v);
  }
  return true;
}

/* `i32::MIN`, `u8::MAX`, `char::MAX` at type t. */
static bool prim_const(Cx *cx, BmPrim p, BmSym name, BmTy *t, MInt *out) {
  const char *s = bm_sym_str(cx->tcx->syms, name);
  bool is_min = strcmp(s, "MIN") == 0, is_max = strcmp(s, "MAX") == 0;
  if (!is_min && !is_max) return give_up(cx);
  if (p == BM_PRIM_CHAR) {
    if (t->kind != BM_TK_CHAR) return give_up(cx);
    *out = fin(is_min ? 0 : 0x10FFFF);
    return true;
  }
  if (t->kind != BM_TK_INT || t->sub != p) return give_up(cx);
  *out = fin(is_min ? 0 : mask_bits(prim_bits(p)));
  return true;
}

/* A literal (pattern or constant) at type t. */
static Pat *lit_pat(Cx *cx, const BmLit *lit, bool neg, BmTy *t) {
  Ctor c = ctor(K_INT);
  switch (lit->kind) {
  case BM_LIT_BOOL:
    if (t->kind != BM_TK_BOOL || neg) break;
    c.kind = K_BOOL;
    c.b = lit->lo != 0;
    return mk(cx, c, 0, t);
  case BM_LIT_INT:
    if (t->kind != BM_TK_INT) break;
    if (lit->suffix && lit->suffix != t->sub) break;
    if (!int_value(cx, lit, neg, (BmPrim)t->sub, &c.lo)) return NULL;
    c.hi = plus_one(c.lo);
    return mk(cx, c, 0, t);
  case BM_LIT_BYTE:
    if (t->kind != BM_TK_INT || t->sub != BM_PRIM_U8 || neg) break;
    c.lo = fin(lit->lo & 0xFF);
    c.hi = plus_one(c.lo);
    return mk(cx, c, 0, t);
  case BM_LIT_CHAR:
    if (t->kind != BM_TK_CHAR || neg || lit->lo > 0x10FFFF) break;
    c.lo = fin(lit->lo);
    c.hi = plus_one(c.lo);
    return mk(cx, c, 0, t);
  case BM_LIT_FLOAT:
    if (t->kind != BM_TK_FLOAT) break;
    c.kind = K_FLOAT;
    c.flo = c.fhi = neg ? -lit->f : lit->f;
    c.fincl = true;
    return mk(cx, c, 0, t);
  case BM_LIT_STR:
    if (neg) break;
    if (t->kind == BM_TK_STR) {
      c.kind = K_STR;
      c.str = lit->str;
      c.len = lit->len;
      return mk(cx, c, 0, t);
    }
    if (t->kind == BM_TK_REF && t->args[1]->kind == BM_TK_STR) {
      /* `"a"` at &str: a reference to the str, as in rustc */
      Pat *inner = lit_pat(cx, lit, false, t->args[1]);
      if (!inner) return NULL;
      Pat *r = mk(cx, ctor(K_REF), 1, t);
      r->f[0] = inner;
      return r;
    }
    break;
  default:
    break;
  }
  give_up(cx);
  return NULL;
}

typedef enum { T_FAIL, T_VARIANT, T_STRUCT, T_CONST, T_INT } Target;

static uint32_t variant_index(Cx *cx, BmDefId enum_def, BmSym name) {
  BmDef *d = DEF(cx, enum_def);
  for (uint32_t i = 0; i < d->nitems; i++)
    if (DEF(cx, d->items[i])->name == name) return i;
  return UINT32_MAX;
}

/* What a path in a pattern (or a constant) names, matched against t. */
static Target path_target(Cx *cx, const BmPath *path, BmTy *t, uint32_t *idx, BmDefId *def, MInt *val) {
  if (!path || !path->nsegs) return T_FAIL;
  BmRes r = path->res;
  BmSym last = path->segs[path->nsegs - 1].name;
  if (r.kind == BM_RES_DEF && r.rest == 0) {
    BmDef *d = DEF(cx, r.id);
    if (d->kind == BM_DEF_VARIANT) {
      if (t->kind != BM_TK_ADT || t->def != d->parent) return T_FAIL;
      *idx = variant_index(cx, d->parent, d->name);
      *def = r.id;
      return *idx == UINT32_MAX ? T_FAIL : T_VARIANT;
    }
    if (d->kind == BM_DEF_STRUCT) {
      if (t->kind != BM_TK_ADT || t->def != r.id) return T_FAIL;
      *def = r.id;
      return T_STRUCT;
    }
    if (d->kind == BM_DEF_CONST) {
      *def = r.id;
      return T_CONST;
    }
    return T_FAIL;
  }
  if (r.kind == BM_RES_PRIM && r.rest == 1) {
    return prim_const(cx, (BmPrim)r.prim, last, t, val) ? T_INT : T_FAIL;
  }
  if (r.kind == BM_RES_SELF_CTOR || (r.kind == BM_RES_SELF_TY && r.rest == 0)) {
    if (t->kind != BM_TK_ADT || DEF(cx, t->def)->kind != BM_DEF_STRUCT) return T_FAIL;
    BmTy *st = resolved(cx, bm_type_of(cx->tcx, r.id));
    if (!st || st->kind != BM_TK_ADT || st->def != t->def) return T_FAIL;
    *def = t->def;
    return T_STRUCT;
  }
  if (r.rest == 1 && (r.kind == BM_RES_SELF_TY || r.kind == BM_RES_DEF)) {
    /* `Self::A`, `Alias::A`: a variant of the enum the base names */
    BmDefId base = NONE;
    if (r.kind == BM_RES_SELF_TY || DEF(cx, r.id)->kind == BM_DEF_TYPE_ALIAS) {
      BmTy *st = resolved(cx, bm_type_of(cx->tcx, r.id));
      if (st && st->kind == BM_TK_ADT) base = st->def;
    } else if (DEF(cx, r.id)->kind == BM_DEF_ENUM) {
      base = r.id;
    } else if (DEF(cx, r.id)->kind == BM_DEF_STRUCT) {
      base = r.id;
    }
    if (base == NONE || t->kind != BM_TK_ADT || t->def != base) return T_FAIL;
    if (is_enum(cx, t)) {
      *idx = variant_index(cx, base, last);
      if (*idx != UINT32_MAX) {
        *def = DEF(cx, base)->items[*idx];
        return T_VARIANT;
      }
    }
    /* an associated constant of an inherent impl: `Tag::EMPTY` */
    BmPick pick;
    if (bm_probe_assoc(cx->ix, t, last, &pick) != BM_PROBE_FOUND || pick.def == NONE || pick.via_trait) return T_FAIL;
    if (DEF(cx, pick.def)->kind != BM_DEF_CONST) return T_FAIL;
    *def = pick.def;
    return T_CONST;
  }
  return T_FAIL;
}

static Pat *const_pat(Cx *cx, BmDefId c, BmTy *t, int depth);

/* The fields of a struct or variant `def` of ADT type t, as patterns. */
static Pat *adt_pat(Cx *cx, Target k, uint32_t idx, BmTy *t) {
  Ctor c = ctor(k == T_VARIANT ? K_VARIANT : K_SINGLE);
  c.idx = idx;
  uint32_t n = arity(cx, &c, t, NULL);
  return mk(cx, c, n, t);
}

/* A constant's value as a pattern (rustc's const_to_pat), for the few
 * forms a learner writes: literals, unit and tuple constructors, struct
 * literals, tuples, arrays, references. Anything else: silence. */
static Pat *expr_pat(Cx *cx, BmBody *b, BmExprId id, BmTy *t, int depth) {
  if (depth > MAX_DEPTH || id == NONE) return give_up(cx), NULL;
  BmExpr *e = bm_array_get(&b->exprs, id);
  switch (e->kind) {
  case BM_EX_LIT: return lit_pat(cx, &e->lit, false, t);
  case BM_EX_UNARY: {
    BmExpr *x = e->op == BM_UN_NEG && e->a != NONE ? bm_array_get(&b->exprs, e->a) : NULL;
    if (!x || x->kind != BM_EX_LIT || (x->lit.kind != BM_LIT_INT && x->lit.kind != BM_LIT_FLOAT)) break;
    return lit_pat(cx, &x->lit, true, t);
  }
  case BM_EX_PATH: {
    uint32_t idx = 0;
    BmDefId def = NONE;
    MInt v;
    Target k = path_target(cx, e->path, t, &idx, &def, &v);
    if (k == T_INT) {
      Ctor c = ctor(K_INT);
      c.lo = v;
      c.hi = plus_one(v);
      return mk(cx, c, 0, t);
    }
    if (k == T_CONST) return const_pat(cx, def, t, depth + 1);
    if ((k == T_VARIANT || k == T_STRUCT) && DEF(cx, def)->ctor == BM_CTOR_UNIT) return adt_pat(cx, k, idx, t);
    break;
  }
  case BM_EX_CALL: {
    BmExpr *callee = e->a != NONE ? bm_array_get(&b->exprs, e->a) : NULL;
    if (!callee || callee->kind != BM_EX_PATH) break;
    uint32_t idx = 0, list = e->list, n = e->nlist;
    BmDefId def = NONE;
    MInt v;
    Target k = path_target(cx, callee->path, t, &idx, &def, &v);
    if ((k != T_VARIANT && k != T_STRUCT) || DEF(cx, def)->ctor != BM_CTOR_TUPLE) break;
    Pat *p = adt_pat(cx, k, idx, t);
    if (p->n != n) break;
    BmTy **tys = bm_arena_alloc(cx->a, (n ? n : 1) * sizeof *tys);
    arity(cx, &p->c, t, tys);
    for (uint32_t i = 0; i < n; i++) {
      p->f[i] = expr_pat(cx, b, LISTB(b, list + i), tys[i], depth + 1);
      if (!p->f[i]) return NULL;
    }
    return p;
  }
  case BM_EX_STRUCT: {
    uint32_t idx = 0, first = e->list, n = e->nlist;
    BmDefId def = NONE;
    MInt v;
    Target k = path_target(cx, e->path, t, &idx, &def, &v);
    if (k != T_VARIANT && k != T_STRUCT) break;
    BmDef *vd = DEF(cx, def);
    Pat *p = adt_pat(cx, k, idx, t);
    if (p->n != n) break;
    BmTy **tys = bm_arena_alloc(cx->a, (n ? n : 1) * sizeof *tys);
    arity(cx, &p->c, t, tys);
    for (uint32_t i = 0; i < n; i++) {
      BmFieldInit fi = *bm_array_get(&b->field_inits, first + i);
      if (!fi.name && fi.index == UINT32_MAX) return give_up(cx), NULL;   /* `..base` */
      uint32_t f = UINT32_MAX;
      for (uint32_t j = 0; j < vd->nfields; j++)
        if (fi.index != UINT32_MAX ? j == fi.index : vd->fields[j].name == fi.name) f = j;
      if (f == UINT32_MAX || p->f[f] != &cx->wild) return give_up(cx), NULL;
      p->f[f] = expr_pat(cx, b, fi.value, tys[f], depth + 1);
      if (!p->f[f]) return NULL;
    }
    return p;
  }
  case BM_EX_TUPLE: {
    if (t->kind != BM_TK_TUPLE || t->nargs != e->nlist) break;
    uint32_t list = e->list;
    Pat *p = mk(cx, ctor(K_SINGLE), t->nargs, t);
    for (uint32_t i = 0; i < t->nargs; i++) {
      p->f[i] = expr_pat(cx, b, LISTB(b, list + i), t->args[i], depth + 1);
      if (!p->f[i]) return NULL;
    }
    return p;
  }
  case BM_EX_ARRAY: {
    if (t->kind != BM_TK_ARRAY || t->args[1]->kind != BM_TK_CONST || t->args[1]->idx != e->nlist) break;
    uint32_t list = e->list, n = e->nlist;
    Pat *p = mk(cx, slice_ctor((int64_t)n, false, n, 0), n, t);
    for (uint32_t i = 0; i < n; i++) {
      p->f[i] = expr_pat(cx, b, LISTB(b, list + i), t->args[0], depth + 1);
      if (!p->f[i]) return NULL;
    }
    return p;
  }
  case BM_EX_REF: {
    if (e->mut || t->kind != BM_TK_REF || t->sub) break;
    Pat *inner = expr_pat(cx, b, e->a, t->args[1], depth + 1);
    if (!inner) return NULL;
    Pat *r = mk(cx, ctor(K_REF), 1, t);
    r->f[0] = inner;
    return r;
  }
  default:
    break;
  }
  give_up(cx);
  return NULL;
}

static Pat *const_pat(Cx *cx, BmDefId c, BmTy *t, int depth) {
  BmDef *d = DEF(cx, c);
  if (depth > 16 || d->kind != BM_DEF_CONST || !d->body || d->body->root == NONE) return give_up(cx), NULL;
  BmDef *parent = d->parent != NONE ? DEF(cx, d->parent) : NULL;
  /* free constants, and those of an inherent impl without generics */
  bool inherent = parent && parent->kind == BM_DEF_IMPL && !parent->trait_ref && parent->generics.nparams == 0;
  if (parent && parent->kind != BM_DEF_MOD && parent->kind != BM_DEF_FN && !inherent) return give_up(cx), NULL;
  BmTy *ct = resolved(cx, bm_type_of(cx->tcx, c));
  if (ct != t) return give_up(cx), NULL;
  return expr_pat(cx, d->body, d->body->root, t, depth + 1);
}

static bool is_ref_pat_kind(const BmPat *p) {
  return p->kind == BM_PAT_TUPLE || p->kind == BM_PAT_TUPLE_STRUCT || p->kind == BM_PAT_STRUCT ||
         p->kind == BM_PAT_SLICE || p->kind == BM_PAT_PATH || p->kind == BM_PAT_LIT || p->kind == BM_PAT_RANGE;
}

/* A bound of a range pattern. */
static bool range_bound(Cx *cx, BmPatId id, BmTy *t, MInt *out, double *fout) {
  BmPat *p = HP(cx, cx->body, id);
  if (p->kind == BM_PAT_LIT) {
    Pat *lp = lit_pat(cx, &p->lit, p->lit_neg, t);
    if (!lp) return false;
    if (lp->c.kind == K_INT) *out = lp->c.lo;
    else if (lp->c.kind == K_FLOAT) *fout = lp->c.flo;
    else return give_up(cx);
    return true;
  }
  if (p->kind == BM_PAT_PATH) {
    uint32_t idx;
    BmDefId def;
    Target k = path_target(cx, p->path, t, &idx, &def, out);
    if (k == T_INT) return true;
    if (k == T_CONST) {
      Pat *cp = const_pat(cx, def, t, 0);
      if (!cp) return false;
      if (cp->c.kind == K_INT) *out = cp->c.lo;
      else if (cp->c.kind == K_FLOAT) *fout = cp->c.flo;
      else return give_up(cx);
      return true;
    }
  }
  return give_up(cx);
}

/* Fill the fields of p from a list of subpatterns with `..` at `rest`. */
static bool tuple_fields(Cx *cx, Pat *p, BmTy **tys, uint32_t list, uint32_t n, uint32_t rest, int depth);

static Pat *lower(Cx *cx, BmPatId id, BmTy *t, int depth);

static Pat *lower_adt(Cx *cx, BmPat *hp, BmTy *t, int depth) {
  uint32_t idx = 0;
  BmDefId def = NONE;
  MInt v;
  Target k = path_target(cx, hp->path, t, &idx, &def, &v);
  if (k == T_CONST && hp->kind == BM_PAT_PATH) {
    BmTy *ct = resolved(cx, bm_type_of(cx->tcx, def));
    if (!ct || ct->kind == BM_TK_REF) return give_up(cx), NULL;   /* peeling rules differ */
    return const_pat(cx, def, t, 0);
  }
  if (k == T_INT && hp->kind == BM_PAT_PATH) {
    Ctor c = ctor(K_INT);
    c.lo = v;
    c.hi = plus_one(v);
    return mk(cx, c, 0, t);
  }
  if (k != T_VARIANT && k != T_STRUCT) return give_up(cx), NULL;
  BmDef *vd = DEF(cx, def);
  Pat *p = adt_pat(cx, k, idx, t);
  BmTy **tys = bm_arena_alloc(cx->a, (p->n ? p->n : 1) * sizeof *tys);
  arity(cx, &p->c, t, tys);
  for (uint32_t i = 0; i < p->n; i++)
    if (!known(tys[i])) return give_up(cx), NULL;
  if (hp->kind == BM_PAT_PATH) {
    if (vd->ctor != BM_CTOR_UNIT) return give_up(cx), NULL;
    return p;
  }
  if (hp->kind == BM_PAT_TUPLE_STRUCT) {
    if (vd->ctor != BM_CTOR_TUPLE) return give_up(cx), NULL;
    return tuple_fields(cx, p, tys, hp->list, hp->nlist, hp->rest, depth) ? p : NULL;
  }
  /* STRUCT */
  uint32_t first = hp->list, n = hp->nlist;
  for (uint32_t i = 0; i < n; i++) {
    BmFieldPat fp = *bm_array_get(&cx->body->field_pats, first + i);
    uint32_t f = UINT32_MAX;
    for (uint32_t j = 0; j < vd->nfields; j++)
      if (fp.index != UINT32_MAX ? j == fp.index : vd->fields[j].name == fp.name) f = j;
    if (f == UINT32_MAX || p->f[f] != &cx->wild) return give_up(cx), NULL;
    p->f[f] = lower(cx, fp.pat, tys[f], depth + 1);
    if (!p->f[f]) return NULL;
  }
  return p;
}

static bool tuple_fields(Cx *cx, Pat *p, BmTy **tys, uint32_t list, uint32_t n, uint32_t rest, int depth) {
  uint32_t npats = rest == UINT32_MAX ? n : n - 1;
  if (rest == UINT32_MAX ? npats != p->n : npats > p->n) return give_up(cx);
  for (uint32_t i = 0, f = 0; i < n; i++) {
    if (i == rest) {
      f += p->n - npats;
      continue;
    }
    BmPatId sub = LISTB(cx->body, list + i);
    if (HP(cx, cx->body, sub)->kind == BM_PAT_REST) return give_up(cx);
    p->f[f] = lower(cx, sub, tys[f], depth + 1);
    if (!p->f[f]) return false;
    f++;
  }
  return true;
}

static bool is_rest(Cx *cx, BmPatId id) {
  BmPat *p = HP(cx, cx->body, id);
  if (p->kind == BM_PAT_REST) return true;
  return p->kind == BM_PAT_BIND && p->a != NONE && HP(cx, cx->body, p->a)->kind == BM_PAT_REST;
}

/* A HIR pattern matched against a value of type t (resolved). Match
 * ergonomics become explicit `&` patterns, as in rustc's THIR. */
static Pat *lower(Cx *cx, BmPatId id, BmTy *t, int depth) {
  if (cx->bail || id == NONE) return NULL;
  if (depth > MAX_DEPTH || ++cx->work > MAX_WORK || !known(t)) return give_up(cx), NULL;
  BmPat *hp = HP(cx, cx->body, id);
  if (is_ref_pat_kind(hp) && t->kind == BM_TK_REF && !(hp->kind == BM_PAT_LIT && hp->lit.kind == BM_LIT_STR)) {
    Pat *inner = lower(cx, id, t->args[1], depth + 1);
    if (!inner) return NULL;
    Pat *r = mk(cx, ctor(K_REF), 1, t);
    r->f[0] = inner;
    return r;
  }
  switch (hp->kind) {
  case BM_PAT_WILD:
    return mk(cx, ctor(K_WILD), 0, t);
  case BM_PAT_BIND:
    if (hp->a != NONE) {
      if (HP(cx, cx->body, hp->a)->kind == BM_PAT_REST) return give_up(cx), NULL;
      return lower(cx, hp->a, t, depth + 1);
    }
    return mk(cx, ctor(K_WILD), 0, t);
  case BM_PAT_LIT:
    return lit_pat(cx, &hp->lit, hp->lit_neg, t);
  case BM_PAT_RANGE: {
    Ctor c = ctor(K_INT);
    if (t->kind == BM_TK_FLOAT) {
      if (hp->a == NONE || hp->b == NONE) return give_up(cx), NULL;
      MInt dummy;
      c.kind = K_FLOAT;
      if (!range_bound(cx, hp->a, t, &dummy, &c.flo) || !range_bound(cx, hp->b, t, &dummy, &c.fhi)) return NULL;
      c.fincl = hp->inclusive;
      if (!(c.flo < c.fhi || (c.fincl && c.flo == c.fhi))) return give_up(cx), NULL;
      return mk(cx, c, 0, t);
    }
    if (t->kind != BM_TK_INT && t->kind != BM_TK_CHAR) return give_up(cx), NULL;
    double fd;
    c.lo = inf(NEG_INF);
    c.hi = inf(POS_INF);
    if (hp->a != NONE && !range_bound(cx, hp->a, t, &c.lo, &fd)) return NULL;
    if (hp->b != NONE) {
      if (!range_bound(cx, hp->b, t, &c.hi, &fd)) return NULL;
      if (hp->inclusive) c.hi = plus_one(c.hi);
    }
    if (mint_cmp(c.lo, c.hi) >= 0) return give_up(cx), NULL;   /* E0030/E0579 */
    return mk(cx, c, 0, t);
  }
  case BM_PAT_PATH:
  case BM_PAT_TUPLE_STRUCT:
  case BM_PAT_STRUCT:
    return lower_adt(cx, hp, t, depth);
  case BM_PAT_TUPLE: {
    if (t->kind != BM_TK_TUPLE) return give_up(cx), NULL;
    Pat *p = mk(cx, ctor(K_SINGLE), t->nargs, t);
    return tuple_fields(cx, p, t->args, hp->list, hp->nlist, hp->rest, depth) ? p : NULL;
  }
  case BM_PAT_REF: {
    if (t->kind != BM_TK_REF || (bool)t->sub != hp->mut) return give_up(cx), NULL;
    Pat *inner = lower(cx, hp->a, t->args[1], depth + 1);
    if (!inner) return NULL;
    Pat *r = mk(cx, ctor(K_REF), 1, t);
    r->f[0] = inner;
    return r;
  }
  case BM_PAT_SLICE: {
    if (t->kind != BM_TK_ARRAY && t->kind != BM_TK_SLICE) return give_up(cx), NULL;
    int64_t alen = -1;
    if (t->kind == BM_TK_ARRAY && t->args[1]->kind == BM_TK_CONST) alen = (int64_t)t->args[1]->idx;
    uint32_t list = hp->list, n = hp->nlist, rest = UINT32_MAX;
    for (uint32_t i = 0; i < n; i++) {
      if (!is_rest(cx, LISTB(cx->body, list + i))) continue;
      if (rest != UINT32_MAX) return give_up(cx), NULL;
      rest = i;
    }
    uint32_t prefix = rest == UINT32_MAX ? n : rest, suffix = rest == UINT32_MAX ? 0 : n - rest - 1;
    if (alen >= 0 && (rest == UINT32_MAX ? (int64_t)n != alen : (int64_t)(prefix + suffix) > alen))
      return give_up(cx), NULL;
    Ctor c = slice_ctor(alen, rest != UINT32_MAX, prefix, suffix);
    uint32_t na = slice_arity(&c);
    Pat *p = mk(cx, c, na, t);
    /* fields: the prefix, then the suffix; a `..` that stands for nothing
       in an array leaves wildcards between them */
    for (uint32_t i = 0; i < prefix; i++) {
      p->f[i] = lower(cx, LISTB(cx->body, list + i), t->args[0], depth + 1);
      if (!p->f[i]) return NULL;
    }
    for (uint32_t i = 0; i < suffix; i++) {
      p->f[na - suffix + i] = lower(cx, LISTB(cx->body, list + rest + 1 + i), t->args[0], depth + 1);
      if (!p->f[na - suffix + i]) return NULL;
    }
    return p;
  }
  case BM_PAT_OR: {
    Pat *p = mk(cx, ctor(K_OR), hp->nlist, t);
    uint32_t list = hp->list;
    for (uint32_t i = 0; i < p->n; i++) {
      p->f[i] = lower(cx, LISTB(cx->body, list + i), t, depth + 1);
      if (!p->f[i]) return NULL;
    }
    return p;
  }
  default:
    return give_up(cx), NULL;
  }
}

/* ---- the algorithm */

static void push_row(Cx *cx, Rows *rows, Pat **p, bool guard) {
  Row r = {p, guard};
  bm_array_push(cx->a, rows, r);
}

/* Rows with their or-pattern heads expanded, depth first. */
static void expand_or(Cx *cx, Rows *out, Pat *head, Pat **row, uint32_t ncols, bool guard, int depth) {
  if (cx->bail) return;
  if (depth > MAX_DEPTH || ++cx->work > MAX_WORK) {
    give_up(cx);
    return;
  }
  if (head->c.kind == K_OR) {
    for (uint32_t i = 0; i < head->n; i++) expand_or(cx, out, head->f[i], row, ncols, guard, depth + 1);
    return;
  }
  Pat **p = bm_arena_alloc(cx->a, ncols * sizeof *p);
  memcpy(p, row, ncols * sizeof *p);
  p[0] = head;
  push_row(cx, out, p, guard);
}

static int bound_cmp(const void *x, const void *y) {
  const MInt *a = x, *b = y;
  /* (value, delta) pairs: value first, then -1 before +1 */
  int c = mint_cmp(a[0], b[0]);
  if (c) return c;
  return mint_cmp(a[1], b[1]);
}

/* Split [lo, hi) at the boundaries of the column's ranges (rustc's
 * IntRange::split): pieces inside some range are present, others missing. */
static void split_ints(Cx *cx, MInt lo, MInt hi, Ctor **seen, uint32_t nseen, Ctors *present, Ctors *missing) {
  /* each entry: {boundary, delta as rank 0 (-1) or 3 (+1)} */
  MInt (*b)[2] = bm_arena_alloc(cx->a, (2 * nseen + 1) * sizeof *b);
  uint32_t nb = 0;
  for (uint32_t i = 0; i < nseen; i++) {
    MInt l = seen[i]->lo, h = seen[i]->hi;
    if (mint_cmp(l, lo) < 0) l = lo;
    if (mint_cmp(h, hi) > 0) h = hi;
    if (mint_cmp(l, h) >= 0) continue;
    b[nb][0] = l;
    b[nb++][1] = inf(POS_INF);     /* +1 */
    b[nb][0] = h;
    b[nb++][1] = inf(NEG_INF);     /* -1 */
  }
  qsort(b, nb, sizeof *b, bound_cmp);
  MInt prev = lo;
  int count = 0;
  for (uint32_t i = 0; i <= nb; i++) {
    MInt at = i < nb ? b[i][0] : hi;
    if (mint_cmp(prev, at) != 0) {
      Ctor c = ctor(K_INT);
      c.lo = prev;
      c.hi = at;
      if (count > 0) bm_array_push(cx->a, present, c);
      else bm_array_push(cx->a, missing, c);
    }
    prev = at;
    if (i < nb) count += b[i][1].rank == POS_INF ? 1 : -1;
  }
}

/* rustc's Slice::split: the lengths below the longest pattern one by
 * one, then one variable-length constructor for all longer ones. */
static void split_slices(Cx *cx, int64_t array_len, Ctor **seen, uint32_t nseen, Ctors *present, Ctors *missing) {
  uint32_t min_var_len = UINT32_MAX;
  BmArray(uint32_t) fixed = {0};
  Ctor max;
  uint32_t smaller = 0;   /* lengths 0..smaller are listed one by one */
  if (array_len == 0) {
    max = slice_ctor(0, false, 0, 0);
    for (uint32_t i = 0; i < nseen; i++) {
      if (seen[i]->varlen) min_var_len = seen[i]->prefix + seen[i]->suffix < min_var_len ? seen[i]->prefix + seen[i]->suffix : min_var_len;
      else if (seen[i]->prefix == 0) bm_array_push(cx->a, &fixed, 0);
    }
  } else {
    uint32_t mp = 0, ms = 0, upper = 1;
    for (uint32_t i = 0; i < nseen; i++) {
      const Ctor *s = seen[i];
      if (!s->varlen) {
        if (s->prefix + 1 > upper) upper = s->prefix + 1;
        bm_array_push(cx->a, &fixed, s->prefix);
      } else {
        if (s->prefix > mp) mp = s->prefix;
        if (s->suffix > ms) ms = s->suffix;
        if (s->prefix + s->suffix < min_var_len) min_var_len = s->prefix + s->suffix;
      }
    }
    if (upper >= mp + ms) mp += upper - (mp + ms);
    max = slice_ctor(array_len, true, mp, ms);
    if (array_len >= 0 && (int64_t)(mp + ms) >= array_len) max = slice_ctor(array_len, false, (uint32_t)array_len, 0);
    smaller = array_len >= 0 ? 0 : mp + ms;
  }
  for (uint32_t l = 0; l <= smaller; l++) {
    Ctor c = l < smaller ? slice_ctor(array_len, false, l, 0) : max;
    uint32_t n = slice_arity(&c);
    bool seen_it = min_var_len <= n;
    for (uint32_t k = 0; k < fixed.len && !seen_it; k++) seen_it = fixed.items[k] == n;
    if (seen_it) bm_array_push(cx->a, present, c);
    else bm_array_push(cx->a, missing, c);
    if (++cx->work > MAX_WORK) {
      give_up(cx);
      return;
    }
  }
}

/* The witness `c(_, .., _)` of type t. */
static Pat *wild_from_ctor(Cx *cx, const Ctor *c, BmTy *t) {
  return mk(cx, *c, arity(cx, c, t, NULL), t);
}

static void add_witness(Cx *cx, Wits *out, Pat **w) {
  if (out->len >= MAX_WITNESSES) {
    give_up(cx);
    return;
  }
  bm_array_push(cx->a, out, w);
}

/* The witnesses of non-exhaustiveness of rows (ncols columns of types
 * tys), appended to out; `top`: the column is the scrutinee itself. */
static void compute(Cx *cx, Rows *rows, BmTy **tys, uint32_t ncols, bool top, Wits *out) {
  if (cx->bail) return;
  if (++cx->depth > MAX_DEPTH || (cx->work += rows->len + 1) > MAX_WORK) {
    give_up(cx);
    return;
  }
  if (ncols == 0) {
    bool covered = false;
    for (uint32_t i = 0; i < rows->len && !covered; i++) covered = !rows->items[i].guard;
    if (!covered) add_witness(cx, out, NULL);
    cx->depth--;
    return;
  }
  /* or-patterns first: one row per alternative */
  bool any_or = false;
  for (uint32_t i = 0; i < rows->len && !any_or; i++) any_or = rows->items[i].p[0]->c.kind == K_OR;
  if (any_or) {
    Rows ex = {0};
    for (uint32_t i = 0; i < rows->len; i++)
      expand_or(cx, &ex, rows->items[i].p[0], rows->items[i].p, ncols, rows->items[i].guard, 0);
    rows = bm_arena_alloc(cx->a, sizeof *rows);
    *rows = ex;
    if (cx->bail) return;
  }
  BmTy *t = tys[0];
  Set s;
  if (!set_of(cx, t, &s)) return;
  Ctor **seen = bm_arena_alloc(cx->a, (rows->len ? rows->len : 1) * sizeof *seen);
  uint32_t nseen = 0;
  for (uint32_t i = 0; i < rows->len; i++) {
    Ctor *c = &rows->items[i].p[0]->c;
    if (c->kind == K_WILD) continue;
    bool ok = false;
    switch (s.kind) {
    case S_STRUCT: ok = c->kind == K_SINGLE; break;
    case S_REF: ok = c->kind == K_REF; break;
    case S_VARIANTS: ok = c->kind == K_VARIANT && c->idx < s.nvariants; break;
    case S_BOOL: ok = c->kind == K_BOOL; break;
    case S_INTS: ok = c->kind == K_INT; break;
    case S_SLICE: ok = c->kind == K_SLICE; break;
    case S_UNLISTABLE: ok = c->kind == K_FLOAT || c->kind == K_STR; break;
    default: ok = false; break;
    }
    if (!ok) {
      give_up(cx);
      return;
    }
    seen[nseen++] = c;
  }
  Ctors present = {0}, missing = {0};
  switch (s.kind) {
  case S_EMPTY:
    /* `match never {}`: exhaustive at the top; elsewhere rustc's rules
       depend on place validity */
    if (!top) give_up(cx);
    cx->depth--;
    return;
  case S_STRUCT:
  case S_REF:
    if (nseen) bm_array_push(cx->a, &present, ctor(s.kind == S_STRUCT ? K_SINGLE : K_REF));
    else bm_array_push(cx->a, &missing, ctor(s.kind == S_STRUCT ? K_SINGLE : K_REF));
    break;
  case S_VARIANTS:
    for (uint32_t v = 0; v < s.nvariants; v++) {
      bool has = false;
      for (uint32_t i = 0; i < nseen && !has; i++) has = seen[i]->idx == v;
      Ctor c = ctor(K_VARIANT);
      c.idx = v;
      if (has) bm_array_push(cx->a, &present, c);
      else bm_array_push(cx->a, &missing, c);
    }
    if (s.nonexh) bm_array_push(cx->a, &missing, ctor(K_NONEXH));
    break;
  case S_BOOL:
    for (int v = 0; v < 2; v++) {
      bool has = false;
      for (uint32_t i = 0; i < nseen && !has; i++) has = seen[i]->b == (v == 1);
      Ctor c = ctor(K_BOOL);
      c.b = v == 1;
      if (has) bm_array_push(cx->a, &present, c);
      else bm_array_push(cx->a, &missing, c);
    }
    break;
  case S_INTS:
    for (int r = 0; r < s.nranges; r++) split_ints(cx, s.lo[r], s.hi[r], seen, nseen, &present, &missing);
    break;
  case S_SLICE:
    split_slices(cx, s.array_len, seen, nseen, &present, &missing);
    break;
  case S_UNLISTABLE:
    for (uint32_t i = 0; i < nseen; i++) {
      bool dup = false;
      for (uint32_t k = 0; k < present.len && !dup; k++)
        dup = covered_by(seen[i], &present.items[k]) && covered_by(&present.items[k], seen[i]);
      if (!dup) bm_array_push(cx->a, &present, *seen[i]);
    }
    bm_array_push(cx->a, &missing, ctor(K_NONEXH));
    break;
  }
  if (cx->bail) return;

  if (missing.len) {
    /* Only the rows with a wildcard head go on; what they miss is missing
       with each missing constructor in front. */
    Rows spec = {0};
    for (uint32_t i = 0; i < rows->len; i++)
      if (rows->items[i].p[0]->c.kind == K_WILD) push_row(cx, &spec, rows->items[i].p + 1, rows->items[i].guard);
    Wits sub = {0};
    compute(cx, &spec, tys + 1, ncols - 1, false, &sub);
    if (cx->bail || !sub.len) {
      cx->depth--;
      return;
    }
    /* report `_` when nothing of the column was matched, below the top */
    Ctor wild = ctor(K_WILD), nonexh = ctor(K_NONEXH);
    const Ctor *report = missing.items;
    uint32_t nreport = missing.len;
    bool any_nonexh = false;
    for (uint32_t i = 0; i < missing.len; i++) any_nonexh |= missing.items[i].kind == K_NONEXH;
    if (!top && present.len == 0) {
      report = &wild;
      nreport = 1;
    } else if (any_nonexh) {
      report = &nonexh;
      nreport = 1;
    }
    for (uint32_t k = 0; k < nreport && !cx->bail; k++) {
      for (uint32_t j = 0; j < sub.len && !cx->bail; j++) {
        Pat **w = bm_arena_alloc(cx->a, ncols * sizeof *w);
        w[0] = wild_from_ctor(cx, &report[k], t);
        if (ncols > 1) memcpy(w + 1, sub.items[j], (ncols - 1) * sizeof *w);
        add_witness(cx, out, w);
      }
    }
    cx->depth--;
    return;
  }

  /* every constructor is present: specialize by each */
  for (uint32_t k = 0; k < present.len && !cx->bail; k++) {
    Ctor *c = &present.items[k];
    uint32_t a = arity(cx, c, t, NULL);
    BmTy **ntys = bm_arena_alloc(cx->a, (a + ncols) * sizeof *ntys);
    arity(cx, c, t, ntys);
    for (uint32_t i = 0; i < a; i++)
      if (!known(ntys[i])) {
        give_up(cx);
        return;
      }
    memcpy(ntys + a, tys + 1, (ncols - 1) * sizeof *ntys);
    uint32_t nc = a + ncols - 1;
    Rows spec = {0};
    for (uint32_t i = 0; i < rows->len; i++) {
      Row *r = &rows->items[i];
      Pat *h = r->p[0];
      if (!covered_by(c, &h->c)) continue;
      Pat **np = bm_arena_alloc(cx->a, (nc ? nc : 1) * sizeof *np);
      if (h->c.kind == K_WILD) {
        for (uint32_t f = 0; f < a; f++) np[f] = &cx->wild;
      } else if (h->c.kind == K_SLICE && h->c.varlen) {
        /* [p.., ..s] at a longer length: wildcards in the middle */
        uint32_t hp = h->c.prefix, hs = h->c.suffix;
        for (uint32_t f = 0; f < a; f++) np[f] = &cx->wild;
        for (uint32_t f = 0; f < hp; f++) np[f] = h->f[f];
        for (uint32_t f = 0; f < hs; f++) np[a - hs + f] = h->f[hp + f];
      } else {
        if (h->n != a) {
          give_up(cx);
          return;
        }
        for (uint32_t f = 0; f < a; f++) np[f] = h->f[f];
      }
      memcpy(np + a, r->p + 1, (ncols - 1) * sizeof *np);
      push_row(cx, &spec, np, r->guard);
    }
    Wits sub = {0};
    compute(cx, &spec, ntys, nc, false, &sub);
    for (uint32_t j = 0; j < sub.len && !cx->bail; j++) {
      Pat **w = bm_arena_alloc(cx->a, ncols * sizeof *w);
      Pat *p = mk(cx, *c, a, t);
      if (a) memcpy(p->f, sub.items[j], a * sizeof *p->f);
      w[0] = p;
      if (ncols > 1) memcpy(w + 1, sub.items[j] + a, (ncols - 1) * sizeof *w);
      add_witness(cx, out, w);
    }
  }
  cx->depth--;
}

/* ---- printing witnesses as rustc does */

typedef struct {
  BmArena *a;
  char *s;
  size_t len, cap;
} Buf;

static void put(Buf *b, const char *s) {
  size_t n = strlen(s);
  if (b->len + n + 1 > b->cap) {
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + n + 1) ncap *= 2;
    b->s = bm_arena_realloc(b->a, b->s, b->cap, ncap);
    b->cap = ncap;
  }
  memcpy(b->s + b->len, s, n + 1);
  b->len += n;
}

static const char *prim_str(BmPrim p) {
  static const char *const names[] = {"?", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16",
                                      "u32", "u64", "u128", "usize", "f32", "f64", "bool", "char", "str"};
  return p <= BM_PRIM_STR ? names[p] : "?";
}

static void put_u128(Buf *b, U128 v) {
  char buf[48];
  int i = (int)sizeof buf - 1;
  buf[i] = 0;
  do {
    buf[--i] = (char)('0' + (int)(v % 10));
    v /= 10;
  } while (v && i > 0);
  put(b, buf + i);
}

/* A finite integer at type t, as rustc prints constants: `5_u8`, `-1_i32`,
 * `i32::MIN`, `u8::MAX`. */
static void put_int(Buf *b, U128 biased, BmTy *t) {
  BmPrim p = (BmPrim)t->sub;
  int bits = prim_bits(p);
  U128 m = mask_bits(bits);
  const char *name = prim_str(p);
  char buf[32];
  if (prim_signed(p)) {
    U128 lim = (U128)1 << (bits - 1);
    U128 raw = (biased ^ lim) & m;
    if (raw == lim) {
      snprintf(buf, sizeof buf, "%s::MIN", name);
      put(b, buf);
      return;
    }
    if (raw == lim - 1) {
      snprintf(buf, sizeof buf, "%s::MAX", name);
      put(b, buf);
      return;
    }
    if (raw & lim) {
      put(b, "-");
      put_u128(b, (~raw + 1) & m);
    } else {
      put_u128(b, raw);
    }
  } else {
    if (biased == m) {
      snprintf(buf, sizeof buf, "%s::MAX", name);
      put(b, buf);
      return;
    }
    put_u128(b, biased);
  }
  put(b, "_");
  put(b, name);
}

/* A char as Rust's Debug prints it: 'a', '\0', '\u{d7ff}'. */
static void put_char(Buf *b, uint32_t c) {
  char buf[16];
  switch (c) {
  case 0: put(b, "'\\0'"); return;
  case '\t': put(b, "'\\t'"); return;
  case '\n': put(b, "'\\n'"); return;
  case '\r': put(b, "'\\r'"); return;
  case '\'': put(b, "'\\''"); return;
  case '\\': put(b, "'\\\\'"); return;
  default: break;
  }
  /* what Rust's char::escape_debug escapes, approximately: controls,
     format characters, combining marks, unassigned and private use code
     points (the ones witnesses meet: range bounds like '\u{d7ff}') */
  bool escape = c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x300 && c < 0x370) ||
                (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) ||
                (c >= 0xD7FC && c < 0xF900) || c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || (c >= 0xFFFE && c <= 0xFFFF) ||
                c >= 0xE0000;
  if (escape) {
    snprintf(buf, sizeof buf, "'\\u{%x}'", (unsigned)c);
    put(b, buf);
    return;
  }
  char u[5] = {0};
  if (c < 0x80) u[0] = (char)c;
  else if (c < 0x800) {
    u[0] = (char)(0xC0 | (c >> 6));
    u[1] = (char)(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    u[0] = (char)(0xE0 | (c >> 12));
    u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    u[2] = (char)(0x80 | (c & 0x3F));
  } else {
    u[0] = (char)(0xF0 | (c >> 18));
    u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    u[3] = (char)(0x80 | (c & 0x3F));
  }
  put(b, "'");
  put(b, u);
  put(b, "'");
}

static void put_bound(Buf *b, MInt v, BmTy *t) {
  if (t->kind == BM_TK_CHAR) put_char(b, (uint32_t)val(v));
  else put_int(b, val(v), t);
}

/* Is the finite biased value past the type's maximum (usize/isize ranges
 * reach past it)? */
static bool past_max(MInt v, BmTy *t) {
  if (v.rank != FINITE || t->kind != BM_TK_INT) return v.rank > FINITE;
  return val(v) > mask_bits(prim_bits((BmPrim)t->sub));
}

/* rustc's hoist_pat_range and the Display of PatRange. */
static void put_range(Buf *b, const Ctor *c, BmTy *t) {
  MInt lo = c->lo, hi = c->hi;
  if (lo.rank == NEG_INF && hi.rank == POS_INF) {
    put(b, "_");
    return;
  }
  if (lo.rank == FINITE && mint_cmp(plus_one(lo), hi) == 0 && !past_max(lo, t)) {
    put_bound(b, lo, t);
    return;
  }
  bool lo_fin = lo.rank == FINITE;
  if (lo_fin && past_max(lo, t)) lo = fin(mask_bits(prim_bits((BmPrim)t->sub)));   /* `usize::MAX..` */
  if (lo_fin) put_bound(b, lo, t);
  /* hi - 1, inclusive, when it is a finite value of the type */
  if (hi.rank == FINITE && val(hi) == 0) {
    put(b, "..");
    put_bound(b, hi, t);
    return;
  }
  if (hi.rank == FINITE && !past_max(fin(val(hi) - 1), t)) {
    put(b, "..=");
    put_bound(b, fin(val(hi) - 1), t);
    return;
  }
  put(b, "..");
}

static const char *sym(Cx *cx, BmSym s) { return bm_sym_str(cx->tcx->syms, s); }

/* Type names of the real std that borrowmap's declarations lack and that
 * a learner's module may reuse. */
static const char *const extra_std_names[] = {"Dir", "Command", "Error", "Component", "Kind"};

/* Is the name of this type def unique among the types rustc would list
 * (rustc prints unique names bare: its "trimmed paths")? */
static bool name_unique(Cx *cx, BmDefId def) {
  BmSym name = DEF(cx, def)->name;
  const char *s = sym(cx, name);
  for (size_t i = 0; i < sizeof extra_std_names / sizeof *extra_std_names; i++)
    if (strcmp(s, extra_std_names[i]) == 0 && !DEF(cx, def)->is_std) return false;
  const BmCrate *crates[2] = {cx->tcx->stdc, cx->tcx->local};
  for (int k = 0; k < 2; k++) {
    const BmCrate *c = crates[k];
    for (uint32_t i = 0; i < c->defs.len; i++) {
      const BmDef *d = &c->defs.items[i];
      if (c->base + i == def || d->name != name) continue;
      if (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_ENUM || d->kind == BM_DEF_UNION ||
          d->kind == BM_DEF_TRAIT || d->kind == BM_DEF_TYPE_ALIAS)
        return false;
    }
  }
  return true;
}

/* The path rustc prints for an ADT: its name when unique (`Direction`,
 * `Cow`), else its full path (`std::cmp::Ordering`, `m::Command`);
 * `full` forces the full path (rustc's with_no_trimmed_paths). */
static void put_adt_path(Cx *cx, Buf *b, BmDefId def, bool full) {
  BmDef *d = DEF(cx, def);
  if (full || !name_unique(cx, def)) {
    BmSym segs[32];
    int n = 0;
    bool ok = true;
    for (BmDefId p = d->parent; p != NONE && n < 32;) {
      BmDef *pd = DEF(cx, p);
      if (pd->kind == BM_DEF_MOD || pd->kind == BM_DEF_FN) {
        if (pd->name) segs[n++] = pd->name;
      } else {
        ok = false;
        break;
      }
      p = pd->parent;
    }
    if (ok && n < 32) {
      if (d->is_std) put(b, "std::");
      for (int i = n - 1; i >= 0; i--) {
        put(b, sym(cx, segs[i]));
        put(b, "::");
      }
    }
  }
  put(b, sym(cx, d->name));
}

static bool is_wild(const Pat *p) { return p->c.kind == K_WILD || p->c.kind == K_NONEXH || p->c.kind == K_MISSING; }

static void put_pat(Cx *cx, Buf *b, const Pat *p, int depth);

static void put_fields(Cx *cx, Buf *b, const Pat *p, const BmDef *vd, BmTy *t, bool tuple_ty, int depth) {
  if (vd && vd->ctor == BM_CTOR_NAMED) {
    put(b, " { ");
    uint32_t printed = 0;
    for (uint32_t i = 0; i < p->n; i++) {
      if (is_wild(p->f[i])) continue;
      if (printed) put(b, ", ");
      put(b, sym(cx, vd->fields[i].name));
      put(b, ": ");
      put_pat(cx, b, p->f[i], depth + 1);
      printed++;
    }
    /* std structs declared `{}` have private fields */
    bool private_fields = vd->is_std && vd->nfields == 0 && vd->kind == BM_DEF_STRUCT;
    if (printed < vd->nfields || private_fields) put(b, printed ? ", .." : "..");
    put(b, " }");
    return;
  }
  if (vd && vd->ctor == BM_CTOR_UNIT) return;
  if (p->n == 0 && vd) return;
  put(b, "(");
  for (uint32_t i = 0; i < p->n; i++) {
    if (i) put(b, ", ");
    put_pat(cx, b, p->f[i], depth + 1);
  }
  if (tuple_ty && p->n == 1) put(b, ",");
  put(b, ")");
}

static void put_pat(Cx *cx, Buf *b, const Pat *p, int depth) {
  BmTy *t = p->ty;
  if (depth > MAX_DEPTH || !t) {
    put(b, "_");
    return;
  }
  switch (p->c.kind) {
  case K_SINGLE:
    if (t->kind == BM_TK_TUPLE) {
      put_fields(cx, b, p, NULL, t, true, depth);
    } else if (t->kind == BM_TK_ADT) {
      if (is_lang_def(cx, t->def, BM_LANG_owned_box)) {
        put(b, "Box(_, _)");   /* std's Box<T, A>(Unique<T>, A) */
        return;
      }
      put_adt_path(cx, b, t->def, false);
      put_fields(cx, b, p, DEF(cx, t->def), t, false, depth);
    } else {
      put(b, "_");
    }
    return;
  case K_VARIANT: {
    BmDef *ed = DEF(cx, t->def);
    BmDef *vd = DEF(cx, ed->items[p->c.idx]);
    if (!is_lang_def(cx, t->def, BM_LANG_option) && !is_lang_def(cx, t->def, BM_LANG_result)) {
      put_adt_path(cx, b, t->def, false);
      put(b, "::");
    }
    put(b, sym(cx, vd->name));
    put_fields(cx, b, p, vd, t, false, depth);
    return;
  }
  case K_REF:
    put(b, t->sub ? "&mut " : "&");
    put_pat(cx, b, p->f[0], depth + 1);
    return;
  case K_BOOL:
    put(b, p->c.b ? "true" : "false");
    return;
  case K_INT:
    put_range(b, &p->c, t);
    return;
  case K_STR: {
    char *s = bm_arena_strndup(cx->a, p->c.str, p->c.len);
    put(b, "\"");
    put(b, s);
    put(b, "\"");
    return;
  }
  case K_SLICE: {
    put(b, "[");
    uint32_t n = p->n;
    if (!p->c.varlen) {
      for (uint32_t i = 0; i < n; i++) {
        if (i) put(b, ", ");
        put_pat(cx, b, p->f[i], depth + 1);
      }
    } else {
      uint32_t pre = p->c.prefix, first_suf = pre;
      if (p->c.array_len >= 0) {
        /* an array: `[x, ..]` rather than `[x, _, ..]` */
        while (pre > 0 && is_wild(p->f[pre - 1])) pre--;
        while (first_suf < n && is_wild(p->f[first_suf])) first_suf++;
      }
      bool any = false;
      for (uint32_t i = 0; i < pre; i++) {
        if (any) put(b, ", ");
        put_pat(cx, b, p->f[i], depth + 1);
        any = true;
      }
      put(b, any ? ", .." : "..");
      for (uint32_t i = first_suf; i < n; i++) {
        put(b, ", ");
        put_pat(cx, b, p->f[i], depth + 1);
      }
    }
    put(b, "]");
    return;
  }
  default:
    put(b, "_");
    return;
  }
}

/* "`A`", "`A` and `B`", "`A`, `B` and `C`", "`A`, `B`, `C` and 2 more". */
static const char *joined(Cx *cx, Wits *w) {
  Buf b = {cx->a, NULL, 0, 0};
  put(&b, "");
  uint32_t n = w->len, shown = n <= 3 ? n : 3;
  for (uint32_t i = 0; i < shown; i++) {
    if (i) put(&b, i + 1 == n ? " and " : ", ");
    put(&b, "`");
    put_pat(cx, &b, w->items[i][0], 0);
    put(&b, "`");
  }
  if (shown < n) {
    char more[48];
    snprintf(more, sizeof more, " and %u more", n - shown);
    put(&b, more);
  }
  return b.s;
}

/* rustc's collect_non_exhaustive_tys: the notes about `_` being needed. */
static void nonexh_notes(Cx *cx, BmDiagnostic *d, const Pat *p, BmTy **done, uint32_t *ndone, int depth) {
  if (depth > MAX_DEPTH || !p || !p->ty) return;
  BmTy *t = p->ty;
  bool note = false;
  if (p->c.kind == K_NONEXH) note = true;
  if (p->c.kind == K_INT && t->kind == BM_TK_INT && (t->sub == BM_PRIM_USIZE || t->sub == BM_PRIM_ISIZE))
    note = past_max(p->c.lo, t) || (p->c.hi.rank == FINITE && val(p->c.hi) == 0);
  if (note) {
    bool seen = false;
    for (uint32_t i = 0; i < *ndone && !seen; i++) seen = done[i] == t;
    if (!seen && *ndone < 8) {
      done[(*ndone)++] = t;
      BmDiagSink *sink = cx->tcx->sink;
      if (t->kind == BM_TK_INT && t->sub == BM_PRIM_USIZE)
        bm_diag_note(sink, d, "`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively");
      else if (t->kind == BM_TK_INT && t->sub == BM_PRIM_ISIZE)
        bm_diag_note(sink, d, "`isize::MIN` and `isize::MAX` are not treated as exhaustive, so half-open ranges are necessary to match exhaustively");
      else if (t->kind == BM_TK_STR)
        bm_diag_note(sink, d, "`&str` cannot be matched exhaustively, so a wildcard `_` is necessary");
      else if (t->kind == BM_TK_ADT && is_enum(cx, t) && DEF(cx, t->def)->is_std)
        bm_diag_note(sink, d, "`%s` is marked as non-exhaustive, so a wildcard `_` is necessary to match exhaustively",
                     bm_ty_str(cx->tcx, t));
    }
  }
  if (p->c.kind == K_OR) return;
  for (uint32_t i = 0; i < p->n; i++) nonexh_notes(cx, d, p->f[i], done, ndone, depth + 1);
}

static void witness_notes(Cx *cx, BmDiagnostic *d, Wits *w, BmTy *scrut) {
  bm_diag_note(cx->tcx->sink, d, "the matched value is of type `%s`", bm_ty_str(cx->tcx, scrut));
  BmTy *done[8];
  uint32_t ndone = 0;
  for (uint32_t i = 0; i < w->len; i++) nonexh_notes(cx, d, w->items[i][0], done, &ndone, 0);
}

/* ---- the checks */

static void reset(Cx *cx) {
  cx->work = 0;
  cx->depth = 0;
  cx->bail = false;
}

/* The witnesses of a single pattern (a `let`, a parameter) at type t. */
static bool pattern_witnesses(Cx *cx, BmPatId pid, BmTy *t, Wits *w) {
  reset(cx);
  if (!known(t)) return false;
  BmPat *hp = HP(cx, cx->body, pid);
  if (hp->kind == BM_PAT_WILD || (hp->kind == BM_PAT_BIND && hp->a == NONE)) return false;
  Pat *p = lower(cx, pid, t, 0);
  if (!p || cx->bail) return false;
  Rows rows = {0};
  Pat **row = bm_arena_alloc(cx->a, sizeof *row);
  row[0] = p;
  push_row(cx, &rows, row, false);
  BmTy *tys[1] = {t};
  compute(cx, &rows, tys, 1, true, w);
  return !cx->bail && w->len > 0;
}

/* Did inference give up on something inside this range? (Its types may
 * then be wrong: the patterns are checked here, the types are not.) */
static bool touches_incomplete(Cx *cx, BmRange r) {
  return cx->ix->incomplete && cx->ix->why_span.start < r.end && cx->ix->why_span.end > r.start;
}

static void check_match(Cx *cx, BmExprId id) {
  BmExpr *e = bm_array_get(&cx->body->exprs, id);
  if (e->a == NONE) return;
  BmTy *t = cx->ix->expr_ty[e->a];
  if (!known(t)) return;
  BmRange scrut = bm_array_get(&cx->body->exprs, e->a)->span;
  if (touches_incomplete(cx, scrut)) return;
  reset(cx);
  uint32_t narms = e->nlist, first = e->list;
  Rows rows = {0};
  bool all_guarded = narms > 0;
  for (uint32_t i = 0; i < narms; i++) {
    BmArm *arm = bm_array_get(&cx->body->arms, first + i);
    BmPat *hp = HP(cx, cx->body, arm->pat);
    bool guard = arm->guard != NONE;
    all_guarded &= guard;
    /* an unguarded catch-all: exhaustive, whatever the other arms are */
    if (!guard && (hp->kind == BM_PAT_WILD || (hp->kind == BM_PAT_BIND && hp->a == NONE))) return;
    Pat *p = lower(cx, arm->pat, t, 0);
    if (!p || cx->bail) return;
    Pat **row = bm_arena_alloc(cx->a, sizeof *row);
    row[0] = p;
    push_row(cx, &rows, row, guard);
  }
  Wits w = {0};
  BmTy *tys[1] = {t};
  compute(cx, &rows, tys, 1, true, &w);
  if (cx->bail || !w.len || !cx->tcx->sink) return;
  BmDiagSink *sink = cx->tcx->sink;
  bool non_empty_enum = is_enum(cx, t) && DEF(cx, t->def)->nitems > 0;
  if (narms == 0 && !non_empty_enum) {
    BmDiagnostic *d = bm_diag_error(sink, "E0004", scrut.start, scrut.end, "non-exhaustive patterns: type `%s` is non-empty",
                                    bm_ty_str(cx->tcx, t));
    bm_diag_note(sink, d, "the matched value is of type `%s`", bm_ty_str(cx->tcx, t));
    bm_diag_help(sink, d, "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern: `_ => todo!()`");
    return;
  }
  const char *list = joined(cx, &w);
  BmDiagnostic *d = bm_diag_error(sink, "E0004", scrut.start, scrut.end, "non-exhaustive patterns: %s not covered", list);
  bm_diag_label(sink, d, scrut.start, scrut.end, "pattern%s %s not covered", w.len == 1 ? "" : "s", list);
  witness_notes(cx, d, &w, t);
  if (all_guarded) bm_diag_note(sink, d, "match arms with guards don't count towards exhaustivity");
  if (w.len == 1) {
    Buf b = {cx->a, NULL, 0, 0};
    put(&b, "");
    put_pat(cx, &b, w.items[0][0], 0);
    bm_diag_help(sink, d, "ensure that all possible cases are being handled by adding a match arm with a wildcard "
                          "pattern or an explicit pattern: `%s => todo!()`", b.s);
  } else if (w.len < 4) {
    Buf b = {cx->a, NULL, 0, 0};
    put(&b, "");
    for (uint32_t i = 0; i < w.len; i++) {
      if (i) put(&b, " | ");
      put_pat(cx, &b, w.items[i][0], 0);
    }
    bm_diag_help(sink, d, "ensure that all possible cases are being handled by adding a match arm with a wildcard "
                          "pattern, a match arm with multiple or-patterns, or multiple match arms: `%s => todo!()`", b.s);
  } else {
    bm_diag_help(sink, d, "ensure that all possible cases are being handled by adding a match arm with a wildcard "
                          "pattern: `_ => todo!()`");
  }
}

typedef enum { IRR_LET, IRR_FN_PARAM, IRR_CLOSURE_PARAM, IRR_FOR } IrrefutableWhere;

static bool has_bindings(Cx *cx, BmPatId id, int depth) {
  if (id == NONE || depth > MAX_DEPTH) return false;
  BmPat *p = HP(cx, cx->body, id);
  switch (p->kind) {
  case BM_PAT_BIND: return true;
  case BM_PAT_REF: return has_bindings(cx, p->a, depth + 1);
  case BM_PAT_STRUCT:
    for (uint32_t i = 0; i < p->nlist; i++)
      if (has_bindings(cx, bm_array_get(&cx->body->field_pats, p->list + i)->pat, depth + 1)) return true;
    return false;
  case BM_PAT_TUPLE: case BM_PAT_TUPLE_STRUCT: case BM_PAT_SLICE: case BM_PAT_OR:
    for (uint32_t i = 0; i < p->nlist; i++)
      if (has_bindings(cx, LISTB(cx->body, p->list + i), depth + 1)) return true;
    return false;
  default: return false;
  }
}

/* `value`: the expression matched (a `let`'s initializer, a `for`'s
 * iterator), or NONE. */
static void check_irrefutable(Cx *cx, BmPatId pid, BmTy *t, IrrefutableWhere where, BmExprId value) {
  if (pid == NONE || !known(t)) return;
  BmRange at = HP(cx, cx->body, pid)->span;
  if (value != NONE && touches_incomplete(cx, bm_array_get(&cx->body->exprs, value)->span)) return;
  Wits w = {0};
  if (!pattern_witnesses(cx, pid, t, &w) || !cx->tcx->sink) return;
  BmDiagSink *sink = cx->tcx->sink;
  static const char *const what[] = {"local binding", "function argument", "closure argument", "`for` loop binding"};
  BmDiagnostic *d = bm_diag_error(sink, "E0005", at.start, at.end, "refutable pattern in %s", what[where]);
  const char *list = joined(cx, &w);
  bm_diag_label(sink, d, at.start, at.end, "pattern%s %s not covered", w.len == 1 ? "" : "s", list);
  if (where == IRR_LET) {
    bm_diag_note(sink, d, "`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant");
    bm_diag_note(sink, d, "for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html");
  }
  witness_notes(cx, d, &w, t);
  if (where == IRR_LET) {
    bool one = w.len == 1;
    if (has_bindings(cx, pid, 0))
      bm_diag_help(sink, d, "you might want to use `let...else` to handle the variant%s that %s matched", one ? "" : "s",
                   one ? "isn't" : "aren't");
    else
      bm_diag_help(sink, d, "you might want to use `if let` to ignore the variant%s that %s matched", one ? "" : "s",
                   one ? "isn't" : "aren't");
  }
}

/* E0170: `North =>` binds a new name where `Dir::North` was meant. */
static void check_binding_names(Cx *cx, BmPatId id, int depth) {
  if (id == NONE || depth > MAX_DEPTH || !cx->tcx->sink) return;
  BmPat *p = HP(cx, cx->body, id);
  switch (p->kind) {
  case BM_PAT_BIND: {
    if (p->a != NONE) {
      check_binding_names(cx, p->a, depth + 1);
      return;
    }
    if (p->mode != BM_BM_VALUE || p->mut || cx->ix->bind_mode[id] != BM_BM_VALUE) return;
    BmTy *t = cx->ix->pat_ty[id];
    for (int k = 0; t && k < 16 && t->kind == BM_TK_REF; k++) t = t->args[1];
    if (!known(t) || !is_enum(cx, t)) return;
    BmDef *ed = DEF(cx, t->def);
    for (uint32_t i = 0; i < ed->nitems; i++) {
      BmDef *vd = DEF(cx, ed->items[i]);
      if (vd->name != p->name || vd->ctor != BM_CTOR_UNIT) continue;
      Buf b = {cx->a, NULL, 0, 0};
      put(&b, "");
      put_adt_path(cx, &b, t->def, true);
      BmDiagnostic *d = bm_diag_error(cx->tcx->sink, "E0170", p->span.start, p->span.end,
                                      "pattern binding `%s` is named the same as one of the variants of the type `%s`",
                                      sym(cx, p->name), b.s);
      bm_diag_note(cx->tcx->sink, d, "`#[deny(bindings_with_variant_name)]` on by default");
      bm_diag_help(cx->tcx->sink, d, "to match on the variant, qualify the path: `%s::%s`", b.s, sym(cx, p->name));
      return;
    }
    return;
  }
  case BM_PAT_REF:
    check_binding_names(cx, p->a, depth + 1);
    return;
  case BM_PAT_STRUCT:
    for (uint32_t i = 0; i < p->nlist; i++)
      check_binding_names(cx, bm_array_get(&cx->body->field_pats, p->list + i)->pat, depth + 1);
    return;
  case BM_PAT_TUPLE: case BM_PAT_TUPLE_STRUCT: case BM_PAT_SLICE: case BM_PAT_OR:
    for (uint32_t i = 0; i < p->nlist; i++) check_binding_names(cx, LISTB(cx->body, p->list + i), depth + 1);
    return;
  default:
    return;
  }
}

/* Did an earlier pass report an error inside this body (not inside an
 * item nested in it, which has a body of its own)? rustc does not check
 * the patterns of a body whose type check failed. */
static bool body_has_errors(Cx *cx) {
  if (cx->ix->errors) return true;
  BmDiagSink *sink = cx->tcx->sink;
  if (!sink) return false;
  BmRange span = DEF(cx, cx->body->owner)->span;
  const BmCrate *c = cx->tcx->local;
  for (uint32_t i = 0; i < sink->diags.len; i++) {
    const BmDiagnostic *d = &sink->diags.items[i];
    if (d->severity != BM_SEVERITY_ERROR) continue;
    uint32_t at = d->span.start_byte;
    if (at < span.start || at >= span.end) continue;
    bool nested = false;
    for (uint32_t k = 0; k < c->bodies.len && !nested; k++) {
      BmDefId o = c->bodies.items[k]->owner;
      if (o == cx->body->owner) continue;
      BmRange s = DEF(cx, o)->span;
      nested = s.start >= span.start && s.end <= span.end && at >= s.start && at < s.end;
    }
    if (!nested) return true;
  }
  return false;
}

/* The type a `for` loop's pattern matches: <I as IntoIterator>::Item. */
static BmTy *for_item_ty(Cx *cx, BmExpr *e) {
  if (e->a == NONE) return NULL;
  BmTy *itt = cx->ix->expr_ty[e->a];
  BmDefId ii = bm_lang(cx->tcx, BM_LANG_into_iterator);
  if (!known(itt) || ii == NONE) return NULL;
  BmDefId item = bm_assoc_type_named(cx->tcx, ii, BM_SYM_Item);
  if (item == NONE) return NULL;
  BmTy *args[1] = {itt};
  BmTy *t = resolved(cx, bm_ty_mk(cx->tcx, BM_TK_PROJ, 0, item, 0, args, 1));
  return t && t->kind != BM_TK_PROJ ? t : NULL;
}

/* The type a top-level pattern matches, checked against what inference
 * recorded (a pattern's own type is the one after match ergonomics). */
static BmTy *top_ty(Cx *cx, BmPatId pid, BmTy *t) {
  if (!known(t)) return NULL;
  BmPat *p = HP(cx, cx->body, pid);
  BmTy *pt = cx->ix->pat_ty[pid];
  if (p->kind == BM_PAT_BIND) return t;
  BmTy *u = t;
  if (is_ref_pat_kind(p))
    for (int k = 0; k < 8 && u->kind == BM_TK_REF; k++) u = u->args[1];
  return pt == u ? t : NULL;
}

void bm_check_matches(BmTcx *tcx, BmInfer *ix) {
  if (!tcx || !ix || !ix->body) return;
  Cx cx;
  memset(&cx, 0, sizeof cx);
  cx.tcx = tcx;
  cx.ix = ix;
  cx.a = tcx->arena;
  cx.body = ix->body;
  cx.wild.c = ctor(K_WILD);
  BmBody *b = ix->body;
  if (body_has_errors(&cx)) return;
  BmDef *owner = DEF(&cx, b->owner);
  /* fn parameters */
  if (owner->kind == BM_DEF_FN) {
    const BmSig *sig = bm_fn_sig(tcx, b->owner);
    uint32_t k = sig && sig->has_self ? 1 : 0;
    for (uint32_t i = 0; sig && i < b->params.len && k + i < sig->nparams; i++) {
      BmPatId pid = b->params.items[i];
      check_binding_names(&cx, pid, 0);
      check_irrefutable(&cx, pid, top_ty(&cx, pid, resolved(&cx, sig->params[k + i])), IRR_FN_PARAM, NONE);
    }
  }
  for (uint32_t i = 0; i < b->stmts.len; i++) {
    BmStmt *s = bm_array_get(&b->stmts, i);
    if (s->kind != BM_ST_LET) continue;
    check_binding_names(&cx, s->pat, 0);
    if (s->els != NONE) continue;
    BmTy *t = NULL;
    if (s->type) t = resolved(&cx, bm_ty_lower(tcx, b->owner, s->type));
    if (!known(t) && s->init != NONE) t = s->type ? NULL : ix->expr_ty[s->init];
    if (!known(t)) t = ix->pat_ty[s->pat];
    check_irrefutable(&cx, s->pat, top_ty(&cx, s->pat, t), IRR_LET, s->init);
  }
  for (uint32_t i = 0; i < b->exprs.len; i++) {
    BmExpr *e = bm_array_get(&b->exprs, i);
    if (!ix->expr_ty[i]) continue;   /* never checked */
    switch (e->kind) {
    case BM_EX_MATCH:
      for (uint32_t k = 0; k < e->nlist; k++) check_binding_names(&cx, bm_array_get(&b->arms, e->list + k)->pat, 0);
      check_match(&cx, i);
      break;
    case BM_EX_LET:
      check_binding_names(&cx, e->pat, 0);
      break;
    case BM_EX_FOR:
      check_binding_names(&cx, e->pat, 0);
      check_irrefutable(&cx, e->pat, top_ty(&cx, e->pat, for_item_ty(&cx, e)), IRR_FOR, e->a);
      break;
    case BM_EX_CLOSURE: {
      if (e->index >= b->closures.len) break;
      BmClosure *c = bm_array_get(&b->closures, e->index);
      BmTy *params = ix->closures[e->index].params;
      for (uint32_t k = 0; k < c->nparams; k++) {
        BmPatId pid = bm_array_get(&b->closure_params, c->params + k)->pat;
        check_binding_names(&cx, pid, 0);
        BmTy *pt = params && params->kind == BM_TK_TUPLE && k < params->nargs ? params->args[k] : NULL;
        check_irrefutable(&cx, pid, top_ty(&cx, pid, pt), IRR_CLOSURE_PARAM, NONE);
      }
      break;
    }
    default:
      break;
    }
  }
}
