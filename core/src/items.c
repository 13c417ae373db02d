/*
 * items.c: the well-formedness of the snippet's items (not of expressions).
 *
 * Computes, after names (resolve.c), the trait index (trait.c) and the
 * bodies' types (infer.c), the checks rustc makes on items:
 *   trait impls against their trait: E0046 E0407 E0437 E0438 E0050 E0185
 *     E0186 E0053 E0201 E0449
 *   coherence: E0117 E0119 E0120 E0184 E0204 E0207 E0592
 *   types: E0072 (and the E0391 drop-query cycles rustc reports with it),
 *     E0391 (type alias and constant cycles), E0107, E0124
 *   names: E0428 E0252 E0255 E0403 E0261 E0262 E0415
 *   a binary's `fn main` (bm_check_main, when the crate type is known):
 *     E0601 E0580 E0131 E0752
 * each at rustc's primary span with its wording. Not modelled: E0195
 * (early-bound lifetimes of a method against its trait's), E0049, E0210,
 * E0254/E0260 (extern crates), E0323-E0325 (an item of the wrong kind).
 *
 * Assumes: every path has its BmRes, the trait index is built. Only what
 * is certain is reported: a path that resolved to BM_RES_ERR or UNKNOWN, a
 * type holding the error type, a projection we cannot normalize, a std
 * trait whose items our declarations may not list completely, all mean
 * "we do not know" and the check stays silent. std's items are never
 * checked.
 */
#include <stdio.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

typedef struct {
  BmTcx *tcx;
  BmDiagSink *sink;
  BmCrate *crate;
  BmInfer **bodies;       /* per crate->bodies, from infer.c (may be NULL) */
  const char *text;
  uint32_t len;
  uint8_t *incoherent;    /* per def: a trait with a coherence error (E0117
                             E0119 E0120): rustc checks none of its impls' items */
  /* the lifetimes declared on lt_item and the items around it, hashed
     (lifetime_declared; an item with 30,000 lifetimes is 30,000 lookups) */
  BmDefId lt_item;
  BmSym *lt_slot;
  uint32_t lt_cap;
} Cx;

static BmDef *DEF(Cx *cx, BmDefId id) { return bm_def(cx->tcx->stdc, cx->crate, id); }
static const char *S(Cx *cx, BmSym s) { return bm_sym_str(cx->tcx->syms, s); }
static bool is_local(Cx *cx, BmDefId id) { return id != NONE && id >= cx->crate->base; }
static BmDefId first_local(Cx *cx) { return cx->crate->base; }
static BmDefId end_local(Cx *cx) { return cx->crate->base + cx->crate->defs.len; }
static const char *plural(uint32_t n) { return n == 1 ? "" : "s"; }

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* [start, end) without trailing blanks and one `;`. */
static BmRange trim_end(Cx *cx, uint32_t start, uint32_t end) {
  if (end > cx->len) end = cx->len;
  while (end > start && is_space(cx->text[end - 1])) end--;
  if (end > start && cx->text[end - 1] == ';') {
    end--;
    while (end > start && is_space(cx->text[end - 1])) end--;
  }
  BmRange r = {start, end};
  return r;
}

static uint32_t where_end(const BmGenerics *g) {
  uint32_t e = 0;
  for (uint32_t i = 0; i < g->npreds; i++)
    if (g->preds[i].span.end > e) e = g->preds[i].span.end;
  return e;
}

static uint32_t max_u32(uint32_t a, uint32_t b) { return a > b ? a : b; }

/* rustc's def_span: the head of an item, as its errors point at it. */
static BmRange def_span(Cx *cx, const BmDef *d) {
  BmRange r = d->span;
  switch (d->kind) {
  case BM_DEF_FN: {
    /* the signature, where clause included */
    uint32_t end = d->span.end;
    if (d->body && d->body->root != NONE && d->body->root < d->body->exprs.len)
      end = d->body->exprs.items[d->body->root].span.start;
    return trim_end(cx, d->span.start, end);
  }
  case BM_DEF_STRUCT:
    if (d->ctor == BM_CTOR_UNIT) return d->span;
    /* fall through */
  case BM_DEF_ENUM: case BM_DEF_UNION: case BM_DEF_TRAIT: case BM_DEF_MOD:
    if (d->name_span.end > d->span.start) r.end = max_u32(d->name_span.end, d->generics.span.end);
    return r;
  case BM_DEF_IMPL: {
    uint32_t end = d->type ? d->type->span.end : d->span.end;
    if (d->trait_ref) end = max_u32(end, d->trait_ref->span.end);
    end = max_u32(end, where_end(&d->generics));
    r.end = end;
    return r;
  }
  default:
    return trim_end(cx, d->span.start, d->span.end);
  }
}

/* The identifier of a path segment (its span may cover `<...>`). */
static BmRange seg_ident(Cx *cx, const BmPathSeg *seg) {
  BmRange r = seg->span;
  size_t n = seg->name ? strlen(S(cx, seg->name)) : 0;
  if (n && r.start + n <= r.end) r.end = r.start + (uint32_t)n;
  return r;
}

/* The name of a generic parameter (`T` of `T: Bound`, `'a` of `'a: 'b`). */
static BmRange param_name_span(Cx *cx, const BmGenericParam *p) {
  BmRange r = p->span;
  size_t n = strlen(S(cx, p->name)) + (p->kind == BM_GP_LIFETIME ? 1 : 0);
  if (r.start + n <= r.end) r.end = r.start + (uint32_t)n;
  return r;
}

/* ---- an inference context for item-level questions (no body) */

static BmInfer *item_infer(Cx *cx, BmDefId owner, const BmPred *extra, uint32_t nextra) {
  BmTcx *tcx = cx->tcx;
  BmInfer *ix = bm_arena_alloc(tcx->arena, sizeof *ix);
  BmBody *empty = bm_arena_alloc(tcx->arena, sizeof *empty);
  empty->owner = owner;
  empty->self_pat = NONE;
  empty->root = NONE;
  ix->tcx = tcx;
  ix->body = empty;
  ix->owner = owner;
  ix->scope = owner != NONE ? DEF(cx, owner)->module : cx->crate->root;
  BmPred *preds = NULL;
  uint32_t n = 0;
  if (owner != NONE) bm_predicates_of(tcx, owner, &preds, &n);
  if (nextra) {
    BmPred *all = bm_arena_alloc(tcx->arena, (n + nextra) * sizeof *all);
    if (n) memcpy(all, preds, n * sizeof *all);
    memcpy(all + n, extra, nextra * sizeof *all);
    preds = all;
    n += nextra;
  }
  ix->env = preds;
  ix->nenv = n;
  return ix;
}

static bool ty_unknown(const BmTy *t) {
  return !t || (t->flags & (BM_TYF_ERR | BM_TYF_INFER | BM_TYF_PROJ)) != 0;
}

/* ================================================================ names */

/* ---- E0124: a field declared twice */

static void check_fields(Cx *cx, const BmDef *d) {
  for (uint32_t i = 0; i < d->nfields; i++) {
    BmSym name = d->fields[i].name;
    if (!name) continue;
    for (uint32_t j = 0; j < i; j++) {
      if (d->fields[j].name != name) continue;
      BmRange sp = d->fields[i].span, first = d->fields[j].span;
      BmDiagnostic *e = bm_diag_error(cx->sink, "E0124", sp.start, sp.end, "field `%s` is already declared",
                                      S(cx, name));
      bm_diag_label(cx->sink, e, sp.start, sp.end, "field already declared");
      bm_diag_label(cx->sink, e, first.start, first.end, "`%s` first declared here", S(cx, name));
      break;
    }
  }
}

/* ---- E0403 (a generic parameter named twice), E0262 ('static as a name) */

static bool shadows_parent(Cx *cx, const BmDef *d) {
  return d->kind == BM_DEF_FN || d->kind == BM_DEF_CONST || d->kind == BM_DEF_TYPE_ALIAS ||
         d->kind == BM_DEF_ASSOC_TYPE;
  (void)cx;
}

static void report_e0403(Cx *cx, const BmGenericParam *p, const BmGenericParam *first) {
  BmRange sp = param_name_span(cx, p), fs = param_name_span(cx, first);
  const char *q = p->kind == BM_GP_LIFETIME ? "'" : "";
  BmDiagnostic *e = bm_diag_error(cx->sink, "E0403", sp.start, sp.end,
                                  "the name `%s%s` is already used for a generic parameter in this item's "
                                  "generic parameters",
                                  q, S(cx, p->name));
  bm_diag_label(cx->sink, e, sp.start, sp.end, "already used");
  bm_diag_label(cx->sink, e, fs.start, fs.end, "first use of `%s%s`", q, S(cx, p->name));
}

/* The first type or lifetime parameter of each name, hashed by (name,
 * is-a-lifetime): slot holds 1 + its index, 0 = empty. */
typedef struct {
  uint32_t *slot;
  uint32_t cap;
} ParamIndex;

static uint32_t *param_slot(ParamIndex *ix, const BmGenericParam *params, const BmGenericParam *p) {
  bool lt = p->kind == BM_GP_LIFETIME;
  uint32_t i = ((uint32_t)p->name * 2u + lt) * 2654435761u & (ix->cap - 1);
  while (ix->slot[i]) {
    const BmGenericParam *q = &params[ix->slot[i] - 1];
    if (q->name == p->name && (q->kind == BM_GP_LIFETIME) == lt) break;
    i = (i + 1) & (ix->cap - 1);
  }
  return &ix->slot[i];
}

static void check_generic_names(Cx *cx, const BmDef *d) {
  const BmGenerics *g = &d->generics;
  ParamIndex seen = {NULL, 16};
  while (seen.cap < g->nparams * 2) seen.cap *= 2;
  seen.slot = bm_arena_alloc(cx->tcx->arena, seen.cap * sizeof *seen.slot);
  for (uint32_t i = 0; i < g->nparams; i++) {
    const BmGenericParam *p = &g->params[i];
    if (p->is_impl_trait || !p->name || p->kind == BM_GP_CONST) continue;
    bool lt = p->kind == BM_GP_LIFETIME;
    if (lt && p->name == BM_SYM_static) {
      BmRange sp = param_name_span(cx, p);
      BmDiagnostic *e = bm_diag_error(cx->sink, "E0262", sp.start, sp.end,
                                      "invalid lifetime parameter name: `'static`");
      bm_diag_label(cx->sink, e, sp.start, sp.end, "'static is a reserved lifetime name");
      continue;
    }
    bool dup = false;
    uint32_t *first = param_slot(&seen, g->params, p);
    if (*first) {
      report_e0403(cx, p, &g->params[*first - 1]);
      dup = true;
    } else {
      *first = i + 1;
    }
    /* a method's type parameter named like its impl's or trait's (a
       lifetime shadowing one is E0496, not modelled) */
    if (dup || lt || !shadows_parent(cx, d) || d->parent == NONE) continue;
    const BmDef *pd = DEF(cx, d->parent);
    if (pd->kind != BM_DEF_IMPL && pd->kind != BM_DEF_TRAIT) continue;
    for (uint32_t j = 0; j < pd->generics.nparams; j++) {
      const BmGenericParam *q = &pd->generics.params[j];
      if (q->is_impl_trait || q->name != p->name || q->kind != BM_GP_TYPE) continue;
      report_e0403(cx, p, q);
      break;
    }
  }
}

/* ---- E0449: `pub` where visibility is not permitted */

static void check_no_vis(Cx *cx, const BmDef *d) {
  if (d->vis_span.end <= d->vis_span.start) return;
  bm_diag_error(cx->sink, "E0449", d->vis_span.start, d->vis_span.end, "visibility qualifiers are not permitted here");
}

/* ---- E0415: a parameter name bound twice */

static void collect_binds(Cx *cx, BmBody *b, BmPatId id, BmPatId *out, uint32_t *n, uint32_t cap, bool *has_or,
                          int depth) {
  if (id == NONE || id >= b->pats.len || depth > 64) return;
  BmPat *p = &b->pats.items[id];
  switch (p->kind) {
  case BM_PAT_BIND:
    if (*n < cap) out[(*n)++] = id;
    collect_binds(cx, b, p->a, out, n, cap, has_or, depth + 1);
    break;
  case BM_PAT_REF:
    collect_binds(cx, b, p->a, out, n, cap, has_or, depth + 1);
    break;
  case BM_PAT_TUPLE: case BM_PAT_TUPLE_STRUCT: case BM_PAT_SLICE:
    for (uint32_t i = 0; i < p->nlist; i++)
      collect_binds(cx, b, b->list.items[p->list + i], out, n, cap, has_or, depth + 1);
    break;
  case BM_PAT_STRUCT:
    for (uint32_t i = 0; i < p->nlist; i++)
      collect_binds(cx, b, b->field_pats.items[p->list + i].pat, out, n, cap, has_or, depth + 1);
    break;
  case BM_PAT_OR: case BM_PAT_UNSUPPORTED:
    *has_or = true;
    break;
  default:
    break;
  }
}

static void check_param_names(Cx *cx, const BmDef *d) {
  BmBody *b = d->body;
  if (!b) return;
  BmPatId binds[128];
  uint32_t n = 0;
  bool has_or = false;
  for (uint32_t i = 0; i < b->params.len; i++) collect_binds(cx, b, b->params.items[i], binds, &n, 128, &has_or, 0);
  if (has_or || n >= 128) return;
  for (uint32_t i = 0; i < n; i++) {
    BmPat *p = &b->pats.items[binds[i]];
    if (!p->name || p->name == BM_SYM__) continue;
    for (uint32_t j = 0; j < i; j++) {
      if (b->pats.items[binds[j]].name != p->name) continue;
      /* the binding's name (a `ref mut x` pattern spans its modifiers) */
      BmRange sp = p->span;
      size_t len = strlen(S(cx, p->name));
      if (p->mode == BM_BM_VALUE && !p->mut && p->a == NONE && sp.start + len <= sp.end) sp.end = sp.start + (uint32_t)len;
      BmDiagnostic *e = bm_diag_error(cx->sink, "E0415", sp.start, sp.end,
                                      "identifier `%s` is bound more than once in this parameter list",
                                      S(cx, p->name));
      bm_diag_label(cx->sink, e, sp.start, sp.end, "used as parameter more than once");
      break;
    }
  }
}

/* ---- E0428 E0252 E0255: one name defined twice in a namespace of a module */

static uint8_t ns_of(const BmDef *d) {
  switch (d->kind) {
  case BM_DEF_MOD: case BM_DEF_ENUM: case BM_DEF_UNION: case BM_DEF_TRAIT:
  case BM_DEF_TYPE_ALIAS: case BM_DEF_ASSOC_TYPE:
    return BM_NS_TYPE;
  case BM_DEF_STRUCT: case BM_DEF_VARIANT:
    return d->ctor == BM_CTOR_NAMED ? BM_NS_TYPE : BM_NS_TYPE | BM_NS_VALUE;
  case BM_DEF_FN: case BM_DEF_CONST: case BM_DEF_STATIC:
    return BM_NS_VALUE;
  default:
    return 0;
  }
}

/* How rustc names what a binding is in its namespace. */
static const char *ns_kind(Cx *cx, uint8_t ns, BmDefId def) {
  if (ns == BM_NS_VALUE) return "value";
  if (ns == BM_NS_MACRO) return "macro";
  const BmDef *d = DEF(cx, def);
  if (d->kind == BM_DEF_MOD) return "module";
  if (d->kind == BM_DEF_TRAIT) return "trait";
  return "type";
}

typedef struct {
  BmSym name;
  uint8_t ns;
  BmDefId def;            /* the item or the USE */
  BmDefId target;         /* what the name means there (the import's target) */
  bool is_import;
} Binding;

static void report_clash(Cx *cx, const Binding *old, const Binding *new) {
  const BmDef *od = DEF(cx, old->def), *nd = DEF(cx, new->def);
  const char *code = old->is_import ? (new->is_import ? "E0252" : "E0255") : (new->is_import ? "E0255" : "E0428");
  BmRange sp = new->is_import ? nd->span : def_span(cx, nd);
  BmRange osp = old->is_import ? od->span : def_span(cx, od);
  const char *name = S(cx, new->name);
  BmDiagnostic *e = bm_diag_error(cx->sink, code, sp.start, sp.end, "the name `%s` is defined multiple times", name);
  bm_diag_label(cx->sink, e, sp.start, sp.end, "`%s` %s here", name, new->is_import ? "reimported" : "redefined");
  bm_diag_label(cx->sink, e, osp.start, osp.end, "previous %s of the %s `%s` here",
                old->is_import ? "import" : "definition", ns_kind(cx, old->ns, old->target), name);
  bm_diag_note(cx->sink, e, "`%s` must be defined only once in the %s namespace of this %s", name,
               old->ns == BM_NS_VALUE ? "value" : old->ns == BM_NS_MACRO ? "macro" : "type",
               DEF(cx, od->module)->kind == BM_DEF_MOD && DEF(cx, od->module)->name == 0 &&
                       DEF(cx, od->module)->parent != NONE
                   ? "block"
                   : "module");
}

/* The first binding of each (name, namespace) of one scope, hashed: a
 * module of 10,000 items costs 10,000 lookups, not 50 million compares. */
typedef struct {
  uint32_t *slot;         /* 1 + index into the caller's array, 0 = empty */
  uint32_t cap;
} NameIndex;

static uint32_t name_hash(BmSym name, uint8_t ns) { return ((uint32_t)name * 4u + ns) * 2654435761u; }

static void name_index_init(Cx *cx, NameIndex *ix, uint32_t n) {
  ix->cap = 16;
  while (ix->cap < n * 2) ix->cap *= 2;
  ix->slot = bm_arena_alloc(cx->tcx->arena, ix->cap * sizeof *ix->slot);
}

/* The slot of (name, ns): holding its first binding's index + 1, or 0. */
static uint32_t *name_index_find(NameIndex *ix, BmSym name, uint8_t ns, const Binding *items) {
  uint32_t i = name_hash(name, ns) & (ix->cap - 1);
  while (ix->slot[i] && !(items[ix->slot[i] - 1].name == name && items[ix->slot[i] - 1].ns == ns))
    i = (i + 1) & (ix->cap - 1);
  return &ix->slot[i];
}

static void check_module_names(Cx *cx, const BmDef *m) {
  BmArray(Binding) seen = {0};
  BmArena *a = cx->tcx->arena;
  NameIndex index;
  /* at most 3 bindings per item (an import's type, value and macro) */
  name_index_init(cx, &index, m->nitems * 3);
  for (uint32_t i = 0; i < m->nitems; i++) {
    BmDefId id = m->items[i];
    const BmDef *d = DEF(cx, id);
    if (!d->name || d->name == BM_SYM__) continue;
    Binding mine[3];
    uint32_t nmine = 0;
    if (d->kind == BM_DEF_USE) {
      BmBinding b = bm_import_binding(cx->tcx->res, id);
      if (b.dummy) continue;
      BmDefId per[3] = {b.type, b.value, b.macro};
      uint8_t nss[3] = {BM_NS_TYPE, BM_NS_VALUE, BM_NS_MACRO};
      for (int k = 0; k < 3; k++)
        if (per[k] != NONE) mine[nmine++] = (Binding){d->name, nss[k], id, per[k], true};
    } else {
      uint8_t ns = ns_of(d);
      if (ns & BM_NS_TYPE) mine[nmine++] = (Binding){d->name, BM_NS_TYPE, id, id, false};
      if (ns & BM_NS_VALUE) mine[nmine++] = (Binding){d->name, BM_NS_VALUE, id, id, false};
    }
    bool reported = false;
    for (uint32_t k = 0; k < nmine; k++) {
      uint32_t *slot = name_index_find(&index, mine[k].name, mine[k].ns, seen.items);
      if (*slot) {
        if (!reported) report_clash(cx, &seen.items[*slot - 1], &mine[k]);
        reported = true;
        continue;
      }
      bm_array_push(a, &seen, mine[k]);
      *slot = seen.len;
    }
  }
}

/* An enum's variants and a trait's items have one namespace each too: the
 * first earlier member whose namespaces meet this one's. */
static void check_member_names(Cx *cx, const BmDef *owner) {
  /* each member indexed under each namespace it is in */
  Binding *firsts = bm_arena_alloc(cx->tcx->arena, (owner->nitems * 2 + 1) * sizeof *firsts);
  uint32_t nfirsts = 0;
  NameIndex index;
  name_index_init(cx, &index, owner->nitems * 2);
  for (uint32_t i = 0; i < owner->nitems; i++) {
    const BmDef *d = DEF(cx, owner->items[i]);
    if (!d->name) continue;
    uint8_t ns = d->kind == BM_DEF_VARIANT ? BM_NS_TYPE : ns_of(d);
    /* the earliest clashing member, over both namespaces */
    const Binding *old = NULL;
    uint8_t nss[2] = {BM_NS_TYPE, BM_NS_VALUE};
    for (int k = 0; k < 2; k++) {
      if (!(ns & nss[k])) continue;
      uint32_t *slot = name_index_find(&index, d->name, nss[k], firsts);
      /* (`target` holds the member's position) */
      if (*slot && (!old || firsts[*slot - 1].target < old->target)) old = &firsts[*slot - 1];
    }
    if (old) {
      const BmDef *o = DEF(cx, old->def);
      uint8_t ons = o->kind == BM_DEF_VARIANT ? BM_NS_TYPE : ns_of(o);
      Binding was = {o->name, (uint8_t)(ns & ons & BM_NS_TYPE ? BM_NS_TYPE : BM_NS_VALUE), old->def,
                     old->def, false};
      Binding new = {d->name, was.ns, owner->items[i], owner->items[i], false};
      report_clash(cx, &was, &new);
    }
    for (int k = 0; k < 2; k++) {
      if (!(ns & nss[k])) continue;
      uint32_t *slot = name_index_find(&index, d->name, nss[k], firsts);
      if (*slot) continue;
      firsts[nfirsts] = (Binding){d->name, nss[k], owner->items[i], i, false};
      *slot = ++nfirsts;
    }
  }
}

/* ---- the walk over the type syntax of an item (and a body's) */

typedef enum { POS_TYPE, POS_TRAIT, POS_QTRAIT, POS_EXPR, POS_METHOD } PathPos;

typedef struct Walker Walker;
struct Walker {
  Cx *cx;
  BmDefId item;           /* whose generics are in scope */
  int hr;                 /* inside `for<'a>`: its lifetimes are bound there */
  int depth;
  void (*on_path)(Walker *w, const BmPath *p, PathPos pos);
  void (*on_lifetime)(Walker *w, BmSym name, BmRange span);
};

static void walk_type(Walker *w, const BmTypeRef *t);
static void walk_path(Walker *w, const BmPath *p, PathPos pos);

static void lifetime_at(Walker *w, BmSym name, BmRange sp) {
  if (!name || name == BM_SYM_static || name == BM_SYM__ || w->hr || !w->on_lifetime) return;
  w->on_lifetime(w, name, sp);
}

static void walk_bounds(Walker *w, const BmBound *bs, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    const BmBound *b = &bs[i];
    if (b->kind == BM_BOUND_LIFETIME) {
      lifetime_at(w, b->lifetime, b->span);
      continue;
    }
    if (b->higher_ranked) w->hr++;
    walk_path(w, b->trait, POS_TRAIT);
    if (b->higher_ranked) w->hr--;
  }
}

static void walk_args(Walker *w, const BmPathSeg *seg) {
  for (uint32_t i = 0; i < seg->nargs; i++) {
    const BmGenericArg *a = &seg->args[i];
    if (a->kind == BM_GA_LIFETIME) lifetime_at(w, a->name, a->span);
    else if (a->kind == BM_GA_TYPE || a->kind == BM_GA_BINDING) walk_type(w, a->type);
  }
  if (seg->ret) walk_type(w, seg->ret);
}

static void walk_path(Walker *w, const BmPath *p, PathPos pos) {
  if (!p || w->depth > 64) return;
  w->depth++;
  if (w->on_path) w->on_path(w, p, pos);
  if (p->root == BM_PATH_QUALIFIED) {
    walk_type(w, p->qself);
    walk_path(w, p->qtrait, POS_QTRAIT);
  }
  for (uint32_t i = 0; i < p->nsegs; i++) walk_args(w, &p->segs[i]);
  w->depth--;
}

static void walk_type(Walker *w, const BmTypeRef *t) {
  if (!t || w->depth > 64) return;
  Cx *cx = w->cx;
  w->depth++;
  switch (t->kind) {
  case BM_TR_PATH:
    walk_path(w, t->path, POS_TYPE);
    break;
  case BM_TR_REF:
    if (t->lifetime) {
      /* `&'a T`: the lifetime follows the `&` */
      uint32_t s = t->span.start;
      while (s < t->span.end && s < cx->len && cx->text[s] != '\'') s++;
      BmRange sp = {s, s + 1 + (uint32_t)strlen(S(cx, t->lifetime))};
      lifetime_at(w, t->lifetime, sp);
    }
    walk_type(w, t->inner);
    break;
  case BM_TR_PTR: case BM_TR_SLICE: case BM_TR_ARRAY:
    walk_type(w, t->inner);
    break;
  case BM_TR_TUPLE:
    for (uint32_t i = 0; i < t->nelems; i++) walk_type(w, t->elems[i]);
    break;
  case BM_TR_FN: {
    bool hr = t->higher_ranked;
    if (hr) w->hr++;
    for (uint32_t i = 0; i < t->nelems; i++) walk_type(w, t->elems[i]);
    walk_type(w, t->ret);
    if (hr) w->hr--;
    break;
  }
  case BM_TR_IMPL: case BM_TR_DYN:
    walk_bounds(w, t->bounds, t->nbounds);
    break;
  default:
    break;
  }
  w->depth--;
}

static void walk_generics(Walker *w, const BmGenerics *g) {
  Cx *cx = w->cx;
  for (uint32_t i = 0; i < g->nparams; i++) {
    const BmGenericParam *p = &g->params[i];
    if (p->is_impl_trait) continue; /* its bounds are the `impl Trait` type's, walked there */
    walk_bounds(w, p->bounds, p->nbounds);
    walk_type(w, p->default_type);
    walk_type(w, p->const_type);
  }
  for (uint32_t i = 0; i < g->npreds; i++) {
    const BmWherePred *p = &g->preds[i];
    bool hr = p->higher_ranked;
    if (hr) w->hr++;
    if (p->lhs) walk_type(w, p->lhs);
    else if (p->lifetime) {
      BmRange sp = {p->span.start, p->span.start + 1 + (uint32_t)strlen(S(cx, p->lifetime))};
      lifetime_at(w, p->lifetime, sp);
    }
    walk_bounds(w, p->bounds, p->nbounds);
    if (hr) w->hr--;
  }
}

/* The type syntax of an item's signature (not its body). */
static void walk_def(Walker *w, const BmDef *d) {
  walk_generics(w, &d->generics);
  switch (d->kind) {
  case BM_DEF_STRUCT: case BM_DEF_UNION: case BM_DEF_VARIANT:
    for (uint32_t i = 0; i < d->nfields; i++) walk_type(w, d->fields[i].type);
    break;
  case BM_DEF_FN:
    walk_type(w, d->self_type);
    for (uint32_t i = 0; i < d->nparams; i++) walk_type(w, d->params[i]);
    walk_type(w, d->ret);
    break;
  case BM_DEF_TYPE_ALIAS: case BM_DEF_CONST: case BM_DEF_STATIC:
    walk_type(w, d->type);
    break;
  case BM_DEF_ASSOC_TYPE:
    walk_bounds(w, d->bounds, d->nbounds);
    walk_type(w, d->type);
    break;
  case BM_DEF_TRAIT:
    walk_bounds(w, d->bounds, d->nbounds);
    break;
  case BM_DEF_IMPL:
    walk_path(w, d->trait_ref, POS_TRAIT);
    walk_type(w, d->type);
    break;
  default:
    break;
  }
}

/* The type syntax written in a body: annotations, casts, closure types,
 * and the generic arguments of its paths. */
static void walk_body(Walker *w, const BmBody *b) {
  for (uint32_t i = 0; i < b->stmts.len; i++)
    if (b->stmts.items[i].kind == BM_ST_LET) walk_type(w, b->stmts.items[i].type);
  for (uint32_t i = 0; i < b->exprs.len; i++) {
    const BmExpr *e = &b->exprs.items[i];
    if (e->from_macro) continue;
    if (e->kind == BM_EX_CAST) walk_type(w, e->type);
    else if (e->kind == BM_EX_PATH || e->kind == BM_EX_STRUCT) walk_path(w, e->path, POS_EXPR);
    else if (e->kind == BM_EX_METHOD) walk_path(w, e->path, POS_METHOD);
  }
  for (uint32_t i = 0; i < b->pats.len; i++) {
    const BmPat *p = &b->pats.items[i];
    if (p->kind == BM_PAT_PATH || p->kind == BM_PAT_TUPLE_STRUCT || p->kind == BM_PAT_STRUCT) walk_path(w, p->path, POS_EXPR);
  }
  for (uint32_t i = 0; i < b->closure_params.len; i++) walk_type(w, b->closure_params.items[i].type);
  for (uint32_t i = 0; i < b->closures.len; i++) walk_type(w, b->closures.items[i].ret);
}

/* ---- E0261: a lifetime used where none of that name is declared */

static BmSym *lt_slot(Cx *cx, BmSym name) {
  uint32_t i = (uint32_t)name * 2654435761u & (cx->lt_cap - 1);
  while (cx->lt_slot[i] && cx->lt_slot[i] != name) i = (i + 1) & (cx->lt_cap - 1);
  return &cx->lt_slot[i];
}

/* The lifetime parameters of `item` and everything around it: an impl's
   or trait's lifetimes are its methods' too; an outer fn's are E0401 (not
   modelled): silence. */
static void lt_declared_index(Cx *cx, BmDefId item) {
  uint32_t n = 0;
  BmDefId it = item;
  for (int guard = 0; it != NONE && guard < 64; guard++) {
    n += DEF(cx, it)->generics.nparams;
    it = DEF(cx, it)->parent;
  }
  cx->lt_item = item;
  cx->lt_cap = 16;
  while (cx->lt_cap < n * 2) cx->lt_cap *= 2;
  cx->lt_slot = bm_arena_alloc(cx->tcx->arena, cx->lt_cap * sizeof *cx->lt_slot);
  it = item;
  for (int guard = 0; it != NONE && guard < 64; guard++) {
    const BmDef *d = DEF(cx, it);
    for (uint32_t i = 0; i < d->generics.nparams; i++)
      if (d->generics.params[i].kind == BM_GP_LIFETIME && d->generics.params[i].name)
        *lt_slot(cx, d->generics.params[i].name) = d->generics.params[i].name;
    it = d->parent;
  }
}

/* (A lifetime under a for<...> binder never gets here: the walker counts
 * the binders it is inside, from the HIR's higher_ranked flags.) */
static bool lifetime_declared(Cx *cx, BmDefId item, BmSym name) {
  if (!cx->lt_slot || cx->lt_item != item) lt_declared_index(cx, item);
  return *lt_slot(cx, name) != 0;
}

static void on_lifetime_e0261(Walker *w, BmSym name, BmRange sp) {
  Cx *cx = w->cx;
  if (lifetime_declared(cx, w->item, name)) return;
  BmDiagnostic *e = bm_diag_error(cx->sink, "E0261", sp.start, sp.end, "use of undeclared lifetime name `'%s`",
                                  S(cx, name));
  bm_diag_label(cx->sink, e, sp.start, sp.end, "undeclared lifetime");
}

/* The type syntax of every local item's signature, then of every body
 * (a variant's discriminant body only when `variant_bodies`). */
static void walk_crate(Cx *cx, Walker *w, bool variant_bodies) {
  for (BmDefId id = first_local(cx); id < end_local(cx); id++) {
    const BmDef *d = DEF(cx, id);
    if (d->kind == BM_DEF_USE || d->kind == BM_DEF_MOD) continue;
    /* a variant's fields see its enum's generics */
    w->item = d->kind == BM_DEF_VARIANT ? d->parent : id;
    walk_def(w, d);
  }
  for (uint32_t i = 0; i < cx->crate->bodies.len; i++) {
    const BmBody *b = cx->crate->bodies.items[i];
    w->item = b->owner;
    if (!variant_bodies && DEF(cx, b->owner)->kind == BM_DEF_VARIANT) continue;
    walk_body(w, b);
  }
}

static void check_lifetimes(Cx *cx) {
  Walker w;
  memset(&w, 0, sizeof w);
  w.cx = cx;
  w.on_lifetime = on_lifetime_e0261;
  walk_crate(cx, &w, false);
}

static void check_names(Cx *cx) {
  for (BmDefId id = first_local(cx); id < end_local(cx); id++) {
    const BmDef *d = DEF(cx, id);
    switch (d->kind) {
    case BM_DEF_MOD:
      check_module_names(cx, d);
      break;
    case BM_DEF_ENUM: case BM_DEF_TRAIT:
      check_member_names(cx, d);
      break;
    case BM_DEF_STRUCT: case BM_DEF_UNION: case BM_DEF_VARIANT:
      check_fields(cx, d);
      break;
    case BM_DEF_FN:
      check_param_names(cx, d);
      break;
    default:
      break;
    }
    if (d->kind != BM_DEF_USE && d->kind != BM_DEF_MOD) check_generic_names(cx, d);
    /* visibility on trait items, trait impl items and variants */
    if (d->kind == BM_DEF_VARIANT) check_no_vis(cx, d);
    else if (d->parent != NONE && (d->kind == BM_DEF_FN || d->kind == BM_DEF_CONST || d->kind == BM_DEF_TYPE_ALIAS ||
                                   d->kind == BM_DEF_ASSOC_TYPE)) {
      const BmDef *p = DEF(cx, d->parent);
      if (p->kind == BM_DEF_TRAIT || (p->kind == BM_DEF_IMPL && p->trait_ref)) check_no_vis(cx, d);
    }
  }
  check_lifetimes(cx);
}

/* ================================================================ trait impls */

/* What an impl of a std trait must and may define. Our declarations list
 * every method of a trait as a signature, provided or not, and may not
 * list them all: for these traits the real lists are known. `all` NULL:
 * the complete list is not known (E0407 and friends stay silent). */
typedef struct {
  const char *module, *trait;
  const char *required;   /* in std's order, separated by spaces */
  const char *all;
} StdTraitItems;

static const StdTraitItems std_traits[] = {
  {"fmt", "Display", "fmt", "fmt"}, {"fmt", "Debug", "fmt", "fmt"}, {"fmt", "Octal", "fmt", "fmt"},
  {"fmt", "Binary", "fmt", "fmt"}, {"fmt", "LowerHex", "fmt", "fmt"}, {"fmt", "UpperHex", "fmt", "fmt"},
  {"fmt", "LowerExp", "fmt", "fmt"}, {"fmt", "UpperExp", "fmt", "fmt"}, {"fmt", "Pointer", "fmt", "fmt"},
  {"fmt", "Write", "write_str", "write_str write_char write_fmt"},
  {"clone", "Clone", "clone", "clone clone_from"},
  {"default", "Default", "default", "default"},
  {"ops", "Drop", "drop", "drop"},
  {"cmp", "PartialEq", "eq", "eq ne"},
  {"cmp", "Eq", "", NULL},
  {"cmp", "PartialOrd", "partial_cmp", NULL},
  {"cmp", "Ord", "cmp", "cmp max min clamp"},
  {"hash", "Hash", "hash", "hash hash_slice"},
  {"hash", "Hasher", "finish write", NULL},
  {"iter", "Iterator", "Item next", NULL},
  {"iter", "IntoIterator", "Item IntoIter into_iter", "Item IntoIter into_iter"},
  {"iter", "DoubleEndedIterator", "next_back", NULL},
  {"iter", "ExactSizeIterator", "", "len is_empty"},
  {"iter", "FusedIterator", "", ""},
  {"iter", "FromIterator", "from_iter", "from_iter"},
  {"iter", "Extend", "extend", NULL},
  {"iter", "Sum", "sum", "sum"},
  {"iter", "Product", "product", "product"},
  {"convert", "From", "from", "from"}, {"convert", "Into", "into", "into"},
  {"convert", "TryFrom", "Error try_from", "Error try_from"},
  {"convert", "TryInto", "Error try_into", "Error try_into"},
  {"convert", "AsRef", "as_ref", "as_ref"}, {"convert", "AsMut", "as_mut", "as_mut"},
  {"str", "FromStr", "Err from_str", "Err from_str"},
  {"string", "ToString", "to_string", "to_string"},
  {"borrow", "Borrow", "borrow", "borrow"}, {"borrow", "BorrowMut", "borrow_mut", "borrow_mut"},
  {"borrow", "ToOwned", "Owned to_owned", "Owned to_owned clone_into"},
  {"error", "Error", "", NULL},
  {"ops", "Deref", "Target deref", "Target deref"}, {"ops", "DerefMut", "deref_mut", "deref_mut"},
  {"ops", "Index", "Output index", "Output index"}, {"ops", "IndexMut", "index_mut", "index_mut"},
  {"ops", "Add", "Output add", "Output add"}, {"ops", "Sub", "Output sub", "Output sub"},
  {"ops", "Mul", "Output mul", "Output mul"}, {"ops", "Div", "Output div", "Output div"},
  {"ops", "Rem", "Output rem", "Output rem"}, {"ops", "Neg", "Output neg", "Output neg"},
  {"ops", "Not", "Output not", "Output not"}, {"ops", "BitAnd", "Output bitand", "Output bitand"},
  {"ops", "BitOr", "Output bitor", "Output bitor"}, {"ops", "BitXor", "Output bitxor", "Output bitxor"},
  {"ops", "Shl", "Output shl", "Output shl"}, {"ops", "Shr", "Output shr", "Output shr"},
  {"ops", "AddAssign", "add_assign", "add_assign"}, {"ops", "SubAssign", "sub_assign", "sub_assign"},
  {"ops", "MulAssign", "mul_assign", "mul_assign"}, {"ops", "DivAssign", "div_assign", "div_assign"},
  {"ops", "RemAssign", "rem_assign", "rem_assign"},
  {"ops", "BitAndAssign", "bitand_assign", "bitand_assign"},
  {"ops", "BitOrAssign", "bitor_assign", "bitor_assign"},
  {"ops", "BitXorAssign", "bitxor_assign", "bitxor_assign"},
  {"ops", "ShlAssign", "shl_assign", "shl_assign"}, {"ops", "ShrAssign", "shr_assign", "shr_assign"},
  {"marker", "Copy", "", ""}, {"marker", "Send", "", ""}, {"marker", "Sync", "", ""},
  {"marker", "Unpin", "", ""},
  {"io", "Write", "write flush", NULL}, {"io", "Read", "read", NULL},
  {"io", "BufRead", "fill_buf consume", NULL},
  {"future", "Future", "Output poll", "Output poll"},
};

static const StdTraitItems *std_trait_items(Cx *cx, const BmDef *t) {
  if (!t->is_std || !t->name || t->module == NONE) return NULL;
  const char *name = S(cx, t->name), *mod = S(cx, DEF(cx, t->module)->name);
  for (size_t i = 0; i < sizeof std_traits / sizeof *std_traits; i++)
    if (strcmp(std_traits[i].trait, name) == 0 && strcmp(std_traits[i].module, mod) == 0) return &std_traits[i];
  return NULL;
}

/* Is `name` a word of the space-separated list? */
static bool in_list(const char *list, const char *name) {
  size_t n = strlen(name);
  for (const char *p = list; p && *p;) {
    while (*p == ' ') p++;
    const char *e = p;
    while (*e && *e != ' ') e++;
    if ((size_t)(e - p) == n && memcmp(p, name, n) == 0) return true;
    p = e;
  }
  return false;
}

static const BmDef *impl_item_named(Cx *cx, const BmDef *impl, BmSym name) {
  for (uint32_t i = 0; i < impl->nitems; i++) {
    const BmDef *it = DEF(cx, impl->items[i]);
    if (it->name == name) return it;
  }
  return NULL;
}

static BmDefId trait_item_named(Cx *cx, const BmDef *trait, BmSym name) {
  for (uint32_t i = 0; i < trait->nitems; i++)
    if (DEF(cx, trait->items[i])->name == name) return trait->items[i];
  return NONE;
}

static bool trait_item_required(const BmDef *it) {
  switch (it->kind) {
  case BM_DEF_FN: case BM_DEF_CONST: return !it->has_body;
  case BM_DEF_ASSOC_TYPE: return it->type == NULL;
  default: return false;
  }
}

/* E0407 E0437 E0438: an impl item the trait does not have */
static void check_extra_items(Cx *cx, const BmDef *impl, const BmDef *trait, const StdTraitItems *st) {
  if (trait->is_std && (!st || !st->all)) return;
  /* a trait whose module has items made by macros may have some inside */
  if (!trait->is_std && trait->module != NONE && DEF(cx, trait->module)->unsupported) return;
  for (uint32_t i = 0; i < impl->nitems; i++) {
    const BmDef *it = DEF(cx, impl->items[i]);
    if (!it->name) continue;
    const char *name = S(cx, it->name);
    bool member = trait->is_std ? in_list(st->all, name) : trait_item_named(cx, trait, it->name) != NONE;
    if (member) continue;
    const char *code, *what;
    switch (it->kind) {
    case BM_DEF_FN: code = "E0407"; what = "method"; break;
    case BM_DEF_TYPE_ALIAS: code = "E0437"; what = "type"; break;
    case BM_DEF_CONST: code = "E0438"; what = "const"; break;
    default: continue;
    }
    BmRange sp = trim_end(cx, it->span.start, it->span.end);
    sp.end = it->span.end;
    BmDiagnostic *e = bm_diag_error(cx->sink, code, sp.start, sp.end, "%s `%s` is not a member of trait `%s`", what,
                                    name, S(cx, trait->name));
    bm_diag_label(cx->sink, e, sp.start, sp.end, "not a member of trait `%s`", S(cx, trait->name));
  }
}

/* E0046: trait items without a default the impl does not define */
static void check_missing_items(Cx *cx, const BmDef *impl, const BmDef *trait, const StdTraitItems *st) {
  if (trait->is_std && !st) return;
  /* items made by a macro in the impl: we cannot see them */
  if (impl->module != NONE && DEF(cx, impl->module)->unsupported) return;
  const char *missing[64];
  BmRange from[64];
  uint32_t n = 0;
  if (trait->is_std) {
    char word[64];
    for (const char *p = st->required; *p && n < 64;) {
      while (*p == ' ') p++;
      const char *e = p;
      while (*e && *e != ' ') e++;
      size_t len = (size_t)(e - p);
      if (len && len < sizeof word) {
        memcpy(word, p, len);
        word[len] = 0;
        BmSym sym = bm_sym_find(cx->tcx->syms, word, len);
        if (!sym || !impl_item_named(cx, impl, sym)) {
          missing[n] = bm_arena_strdup(cx->tcx->arena, word);
          from[n].start = from[n].end = 0;
          n++;
        }
      }
      p = e;
    }
  } else {
    for (uint32_t i = 0; i < trait->nitems && n < 64; i++) {
      const BmDef *it = DEF(cx, trait->items[i]);
      if (!it->name || !trait_item_required(it) || impl_item_named(cx, impl, it->name)) continue;
      missing[n] = S(cx, it->name);
      from[n] = trim_end(cx, it->span.start, it->span.end);
      from[n].end = it->span.end;
      n++;
    }
  }
  if (!n) return;
  BmStr list;
  bm_str_init(&list, cx->tcx->arena);
  for (uint32_t i = 0; i < n; i++) bm_str_printf(&list, "%s`%s`", i ? ", " : "", missing[i]);
  BmRange sp = def_span(cx, impl);
  BmDiagnostic *e = bm_diag_error(cx->sink, "E0046", sp.start, sp.end, "not all trait items implemented, missing: %s",
                                  list.buf);
  bm_diag_label(cx->sink, e, sp.start, sp.end, "missing %s in implementation", list.buf);
  for (uint32_t i = 0; i < n; i++)
    if (from[i].end > from[i].start) bm_diag_label(cx->sink, e, from[i].start, from[i].end, "`%s` from trait", missing[i]);
}

/* The text between a fn's parentheses, trimmed: rustc's span of its
 * parameters. False when there are none. */
static bool params_span(Cx *cx, const BmDef *fn, BmRange *out) {
  uint32_t i = fn->name_span.end, end = fn->span.end < cx->len ? fn->span.end : cx->len;
  int angle = 0;
  for (; i < end; i++) {
    char c = cx->text[i];
    if (c == '<') angle++;
    else if (c == '>' && angle > 0 && cx->text[i - 1] != '-') angle--;
    else if (c == '(' && angle == 0) break;
  }
  if (i >= end) return false;
  uint32_t open = i;
  int depth = 0;
  for (; i < end; i++) {
    char c = cx->text[i];
    if (c == '(' || c == '[' || c == '{') depth++;
    else if ((c == ')' || c == ']' || c == '}') && --depth == 0) break;
  }
  if (i >= end) return false;
  uint32_t s = open + 1, e = i;
  while (s < e && is_space(cx->text[s])) s++;
  while (e > s && (is_space(cx->text[e - 1]) || cx->text[e - 1] == ',')) e--;
  if (e <= s) return false;
  out->start = s;
  out->end = e;
  return true;
}

static const char *self_descr(Cx *cx, const BmDef *fn) {
  switch (fn->self_param) {
  case BM_SELF_PARAM_VALUE: return "self";
  case BM_SELF_PARAM_REF: return "&self";
  case BM_SELF_PARAM_MUT: return "&mut self";
  case BM_SELF_PARAM_TYPED:
    if (fn->self_type) {
      BmRange r = fn->self_type->span;
      if (r.end <= cx->len && r.end > r.start)
        return bm_arena_printf(cx->tcx->arena, "self: %.*s", (int)(r.end - r.start), cx->text + r.start);
    }
    return "self";
  default: return "";
  }
}

/* The first difference between a trait's and an impl's type, regions
 * aside: DIFF with the innermost pair (*ea expected, *eb found). */
typedef enum { CMP_EQUAL, CMP_DIFF, CMP_UNKNOWN } CmpResult;
typedef enum { DIFF_SORTS, DIFF_MUT, DIFF_ARRAY_LEN } DiffKind;

static CmpResult ty_compare(BmTy *a, BmTy *b, BmTy **ea, BmTy **eb, DiffKind *kind, int depth) {
  if (a == b) return CMP_EQUAL;
  if (depth > 64) return CMP_UNKNOWN;
  if (bm_ty_is_region(a) && bm_ty_is_region(b)) return CMP_EQUAL;
  if ((a->flags | b->flags) & (BM_TYF_ERR | BM_TYF_INFER | BM_TYF_PROJ)) {
    /* unknown parts: compare only what is around them */
    if (a->kind == BM_TK_ERR || b->kind == BM_TK_ERR || a->kind == BM_TK_INFER || b->kind == BM_TK_INFER ||
        a->kind == BM_TK_PROJ || b->kind == BM_TK_PROJ || a->kind == BM_TK_OPAQUE || b->kind == BM_TK_OPAQUE)
      return CMP_UNKNOWN;
  }
  if (a->kind == BM_TK_OPAQUE || b->kind == BM_TK_OPAQUE || a->kind == BM_TK_CLOSURE || b->kind == BM_TK_CLOSURE)
    return CMP_UNKNOWN;
  /* a type parameter against anything else: rustc's wording differs */
  if (a->kind == BM_TK_PARAM || b->kind == BM_TK_PARAM) return CMP_UNKNOWN;
  *ea = a;
  *eb = b;
  *kind = DIFF_SORTS;
  if (a->kind != b->kind) return CMP_DIFF;
  switch (a->kind) {
  case BM_TK_INT: case BM_TK_FLOAT:
    return a->sub == b->sub ? CMP_EQUAL : CMP_DIFF;
  case BM_TK_BOOL: case BM_TK_CHAR: case BM_TK_STR: case BM_TK_NEVER:
    return CMP_EQUAL;
  case BM_TK_REF: case BM_TK_PTR:
    if (a->sub != b->sub) {
      *kind = DIFF_MUT;
      return CMP_DIFF;
    }
    return ty_compare(a->args[a->kind == BM_TK_REF ? 1 : 0], b->args[b->kind == BM_TK_REF ? 1 : 0], ea, eb, kind,
                      depth + 1);
  case BM_TK_ADT:
    if (a->def != b->def) return CMP_DIFF;
    break;
  case BM_TK_DYN:
    if (a->def != b->def) return CMP_DIFF;
    if (a->sub != b->sub || a->nargs != b->nargs || a->idx != b->idx) return CMP_UNKNOWN;
    break;
  case BM_TK_TUPLE: case BM_TK_FNPTR:
    if (a->nargs != b->nargs) return CMP_UNKNOWN;
    break;
  case BM_TK_ARRAY: {
    CmpResult r = ty_compare(a->args[0], b->args[0], ea, eb, kind, depth + 1);
    if (r != CMP_EQUAL) return r;
    if (a->args[1] == b->args[1]) return CMP_EQUAL;
    if (a->args[1]->kind == BM_TK_CONST && b->args[1]->kind == BM_TK_CONST) {
      *ea = a;
      *eb = b;
      *kind = DIFF_ARRAY_LEN;
      return CMP_DIFF;
    }
    return CMP_UNKNOWN;
  }
  case BM_TK_SLICE:
    break;
  default:
    return CMP_UNKNOWN;
  }
  if (a->nargs != b->nargs) return CMP_UNKNOWN;
  for (uint32_t i = 0; i < a->nargs; i++) {
    CmpResult r = ty_compare(a->args[i], b->args[i], ea, eb, kind, depth + 1);
    if (r != CMP_EQUAL) return r;
  }
  return CMP_EQUAL;
}

static uint32_t own_type_params(const BmDef *fn) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < fn->generics.nparams; i++)
    if (fn->generics.params[i].kind != BM_GP_LIFETIME) n++;
  return n;
}

/* E0053: a method's signature is not the trait's (with the impl's Self and
 * trait arguments), regions aside. */
static void check_method_types(Cx *cx, BmDefId impl_id, BmDefId ifn_id, BmDefId tfn_id) {
  BmTcx *tcx = cx->tcx;
  const BmDef *ifn = DEF(cx, ifn_id), *tfn = DEF(cx, tfn_id);
  if (own_type_params(ifn) || own_type_params(tfn) || ifn->unsupported || tfn->unsupported) return;
  if (ifn->self_param == BM_SELF_PARAM_TYPED || tfn->self_param == BM_SELF_PARAM_TYPED) return;
  const BmSig *is = bm_fn_sig(tcx, ifn_id), *ts = bm_fn_sig(tcx, tfn_id);
  if (!is || !ts || is->nparams != ts->nparams) return;
  uint32_t nt;
  BmTy **tref = bm_impl_trait_ref(tcx, impl_id, &nt);
  if (!tref) return;
  /* the trait method's generics: the trait's (Self first), then its own lifetimes */
  const BmGenericsInfo *g = bm_generics_of(tcx, tfn_id);
  BmTy **args = bm_arena_alloc(tcx->arena, (g->count ? g->count : 1) * sizeof *args);
  for (uint32_t i = 0; i < g->count; i++) {
    if (i < g->parent_count) {
      if (i >= nt) return;
      args[i] = tref[i];
    } else {
      args[i] = tcx->re_erased;
    }
  }
  for (uint32_t i = 0; i < nt; i++)
    if (ty_unknown(tref[i]) && !bm_ty_is_region(tref[i])) return;
  BmInfer *ix = item_infer(cx, ifn_id, NULL, 0);
  for (uint32_t k = 0; k <= is->nparams; k++) {
    bool ret = k == is->nparams;
    BmTy *want = bm_normalize(ix, bm_ty_subst(tcx, ret ? ts->ret : ts->params[k], args, g->count));
    BmTy *have = bm_normalize(ix, ret ? is->ret : is->params[k]);
    BmTy *ea = NULL, *eb = NULL;
    DiffKind kind = DIFF_SORTS;
    CmpResult r = ty_compare(want, have, &ea, &eb, &kind, 0);
    if (r == CMP_UNKNOWN) return;
    if (r == CMP_EQUAL) continue;
    BmRange sp;
    bool has_self = ifn->self_param != BM_SELF_PARAM_NONE;
    if (kind == DIFF_ARRAY_LEN) sp = def_span(cx, ifn);
    else if (ret) sp = ifn->ret ? ifn->ret->span : def_span(cx, ifn);
    else if (has_self && k == 0) {
      if (!ifn->body || ifn->body->self_pat == NONE) return;
      sp = ifn->body->pats.items[ifn->body->self_pat].span;
    } else {
      uint32_t pi = k - (has_self ? 1 : 0);
      if (pi >= ifn->nparams || !ifn->params[pi]) return;
      sp = ifn->params[pi]->span;
    }
    BmDiagnostic *e = bm_diag_error(cx->sink, "E0053", sp.start, sp.end, "method `%s` has an incompatible type for trait",
                                    S(cx, ifn->name));
    if (kind == DIFF_MUT) bm_diag_label(cx->sink, e, sp.start, sp.end, "types differ in mutability");
    else if (kind == DIFF_ARRAY_LEN)
      bm_diag_label(cx->sink, e, sp.start, sp.end, "expected an array with a size of %llu, found one with a size of %llu",
                    (unsigned long long)ea->args[1]->idx, (unsigned long long)eb->args[1]->idx);
    else bm_diag_label(cx->sink, e, sp.start, sp.end, "expected `%s`, found `%s`", bm_ty_str(tcx, ea), bm_ty_str(tcx, eb));
    return;
  }
}

/* E0185 E0186 E0050, then E0053: a method against the trait's declaration */
static void check_method(Cx *cx, BmDefId impl_id, const BmDef *trait, BmDefId ifn_id, BmDefId tfn_id) {
  const BmDef *ifn = DEF(cx, ifn_id), *tfn = DEF(cx, tfn_id);
  bool is = ifn->self_param != BM_SELF_PARAM_NONE, ts = tfn->self_param != BM_SELF_PARAM_NONE;
  const char *name = S(cx, ifn->name);
  BmRange isp = def_span(cx, ifn);
  BmRange tsp = tfn->is_std ? (BmRange){0, 0} : def_span(cx, tfn);
  if (is && !ts) {
    const char *sd = self_descr(cx, ifn);
    BmDiagnostic *e = bm_diag_error(cx->sink, "E0185", isp.start, isp.end,
                                    "method `%s` has a `%s` declaration in the impl, but not in the trait", name, sd);
    bm_diag_label(cx->sink, e, isp.start, isp.end, "`%s` used in impl", sd);
    if (tsp.end > tsp.start) bm_diag_label(cx->sink, e, tsp.start, tsp.end, "trait method declared without `%s`", sd);
    return;
  }
  if (!is && ts) {
    const char *sd = self_descr(cx, tfn);
    BmDiagnostic *e = bm_diag_error(cx->sink, "E0186", isp.start, isp.end,
                                    "method `%s` has a `%s` declaration in the trait, but not in the impl", name, sd);
    bm_diag_label(cx->sink, e, isp.start, isp.end, "expected `%s` in impl", sd);
    if (tsp.end > tsp.start) bm_diag_label(cx->sink, e, tsp.start, tsp.end, "`%s` used in trait", sd);
    return;
  }
  if (ifn->unsupported || tfn->unsupported) return;
  uint32_t ni = ifn->nparams + is, nt = tfn->nparams + ts;
  if (ni != nt) {
    BmRange sp;
    if (!params_span(cx, ifn, &sp)) sp = isp;
    BmDiagnostic *e = bm_diag_error(cx->sink, "E0050", sp.start, sp.end,
                                    "method `%s` has %u parameter%s but the declaration in trait `%s::%s` has %u", name,
                                    ni, plural(ni), S(cx, trait->name), S(cx, tfn->name), nt);
    bm_diag_label(cx->sink, e, sp.start, sp.end, "expected %u parameter%s, found %u", nt, plural(nt), ni);
    BmRange tp;
    if (!tfn->is_std) {
      if (!params_span(cx, tfn, &tp)) tp = tsp;
      bm_diag_label(cx->sink, e, tp.start, tp.end, "trait requires %u parameter%s", nt, plural(nt));
    }
    return;
  }
  check_method_types(cx, impl_id, ifn_id, tfn_id);
}

/* E0201: an impl defining the same item twice */
static void check_impl_duplicates(Cx *cx, const BmDef *impl, const BmDef *trait) {
  for (uint32_t i = 0; i < impl->nitems; i++) {
    const BmDef *it = DEF(cx, impl->items[i]);
    if (!it->name) continue;
    for (uint32_t j = 0; j < i; j++) {
      const BmDef *o = DEF(cx, impl->items[j]);
      if (o->name != it->name || (o->kind == BM_DEF_TYPE_ALIAS) != (it->kind == BM_DEF_TYPE_ALIAS)) continue;
      BmDiagnostic *e = bm_diag_error(cx->sink, "E0201", it->span.start, it->span.end,
                                      "duplicate definitions with name `%s`:", S(cx, it->name));
      bm_diag_label(cx->sink, e, it->span.start, it->span.end, "duplicate definition");
      bm_diag_label(cx->sink, e, o->span.start, o->span.end, "previous definition here");
      BmDefId ti = trait ? trait_item_named(cx, trait, it->name) : NONE;
      if (ti != NONE && !trait->is_std) {
        const BmDef *td = DEF(cx, ti);
        bm_diag_label(cx->sink, e, td->span.start, td->span.end, "item in trait");
      }
      break;
    }
  }
}

static void check_trait_impl(Cx *cx, BmDefId impl_id, const BmDef *impl) {
  if (!impl->trait_ref || impl->trait_ref->res.kind != BM_RES_DEF || impl->negative) return;
  const BmDef *trait = DEF(cx, impl->trait_ref->res.id);
  if (trait->kind != BM_DEF_TRAIT) return;
  const StdTraitItems *st = std_trait_items(cx, trait);
  check_impl_duplicates(cx, impl, trait);
  check_extra_items(cx, impl, trait, st);
  if (cx->incoherent[impl->trait_ref->res.id]) return;
  check_missing_items(cx, impl, trait, st);
  for (uint32_t i = 0; i < impl->nitems; i++) {
    const BmDef *it = DEF(cx, impl->items[i]);
    if (it->kind != BM_DEF_FN || !it->name) continue;
    BmDefId t = trait_item_named(cx, trait, it->name);
    if (t == NONE || DEF(cx, t)->kind != BM_DEF_FN) continue;
    check_method(cx, impl_id, trait, impl->items[i], t);
  }
}

static void check_trait_impls(Cx *cx) {
  for (BmDefId id = first_local(cx); id < end_local(cx); id++) {
    const BmDef *d = DEF(cx, id);
    if (d->kind == BM_DEF_IMPL) check_trait_impl(cx, id, d);
  }
}

/* ================================================================ coherence */

static bool is_std_named(Cx *cx, BmDefId def, const char *module, const char *name) {
  const BmDef *d = DEF(cx, def);
  if (!d->is_std || !d->name || strcmp(S(cx, d->name), name) != 0) return false;
  return module == NULL || (d->module != NONE && strcmp(S(cx, DEF(cx, d->module)->name), module) == 0);
}

/* &T, &mut T, Box<T> and Pin<T> are "fundamental": local when T is. */
static BmTy *fundamental_inner(Cx *cx, BmTy *t) {
  if (t->kind == BM_TK_REF) return t->args[1];
  if (t->kind == BM_TK_ADT && t->nargs >= 1 &&
      (bm_is_lang(cx->tcx, t->def, BM_LANG_owned_box) || is_std_named(cx, t->def, "pin", "Pin")))
    return t->args[0];
  return NULL;
}

static bool ty_is_local(Cx *cx, BmTy *t) {
  for (int guard = 0; t && guard < 32; guard++) {
    if (t->kind == BM_TK_ADT) {
      if (is_local(cx, t->def)) return true;
    } else if (t->kind == BM_TK_DYN) {
      return t->def != NONE && is_local(cx, t->def);
    }
    t = fundamental_inner(cx, t);
  }
  return false;
}

/* A type parameter not under a local or foreign non-fundamental type. */
static bool has_uncovered_param(Cx *cx, BmTy *t) {
  for (int guard = 0; t && guard < 32; guard++) {
    if (t->kind == BM_TK_PARAM) return true;
    t = fundamental_inner(cx, t);
  }
  return false;
}

static bool ty_is_primitive(const BmTy *t) {
  return t->kind == BM_TK_INT || t->kind == BM_TK_FLOAT || t->kind == BM_TK_BOOL || t->kind == BM_TK_CHAR ||
         t->kind == BM_TK_STR || t->kind == BM_TK_NEVER;
}

/* E0117: an impl of a foreign trait where no type is local (the orphan
 * rule); uncovered type parameters are E0210 (not modelled). */
static bool check_orphan(Cx *cx, const BmDef *impl, BmTy **tref, uint32_t nt) {
  BmDefId trait = impl->trait_ref->res.id;
  if (is_local(cx, trait)) return false;
  for (uint32_t i = 0; i < nt; i++) {
    if (bm_ty_is_region(tref[i])) continue;
    if (ty_unknown(tref[i]) || (tref[i]->flags & BM_TYF_PROJ)) return false;
    if (ty_is_local(cx, tref[i]) || has_uncovered_param(cx, tref[i])) return false;
  }
  BmTy *self = tref[0];
  BmRange sp = def_span(cx, impl);
  cx->incoherent[trait] = 1;
  const char *what = self->kind == BM_TK_ADT ? "types defined outside of the crate"
                     : ty_is_primitive(self) ? "primitive types"
                                             : "arbitrary types";
  BmDiagnostic *e = bm_diag_error(cx->sink, "E0117", sp.start, sp.end,
                                  "only traits defined in the current crate can be implemented for %s", what);
  BmRange ts = impl->type->span;
  if (self->kind == BM_TK_TUPLE)
    bm_diag_label(cx->sink, e, ts.start, ts.end, "this is not defined in the current crate because tuples are always foreign");
  else if (self->kind == BM_TK_SLICE)
    bm_diag_label(cx->sink, e, ts.start, ts.end, "this is not defined in the current crate because slices are always foreign");
  else if (self->kind == BM_TK_ARRAY)
    bm_diag_label(cx->sink, e, ts.start, ts.end, "this is not defined in the current crate because arrays are always foreign");
  else if (self->kind == BM_TK_ADT)
    bm_diag_label(cx->sink, e, ts.start, ts.end, "`%s` is not defined in the current crate", S(cx, DEF(cx, self->def)->name));
  else
    bm_diag_label(cx->sink, e, ts.start, ts.end, "`%s` is not defined in the current crate", bm_ty_str(cx->tcx, self));
  bm_diag_note(cx->sink, e, "impl doesn't have any local type before any uncovered type parameters");
  bm_diag_note(cx->sink, e, "define and implement a trait or new type instead");
  return true;
}

/* Is the ADT `adt` (local) Copy by a derive or a local impl? Where from. */
static bool local_drop_impl(Cx *cx, BmDefId adt, BmDefId *impl_out) {
  BmDefId drop = bm_lang(cx->tcx, BM_LANG_drop);
  if (drop == NONE) return false;
  for (BmDefId id = first_local(cx); id < end_local(cx); id++) {
    const BmDef *d = DEF(cx, id);
    if (d->kind != BM_DEF_IMPL || !d->trait_ref || d->trait_ref->res.kind != BM_RES_DEF || d->trait_ref->res.id != drop)
      continue;
    BmTy *self = bm_type_of(cx->tcx, id);
    if (self->kind == BM_TK_ADT && self->def == adt) {
      if (impl_out) *impl_out = id;
      return true;
    }
  }
  return false;
}

/* E0204 E0184: a Copy impl (or derive) whose type has a non-Copy field or
 * a destructor. `self` is the impl's self type (args for the fields),
 * `ix` has the impl's bounds. */
static void check_copy(Cx *cx, BmInfer *ix, BmTy *self, BmRange at) {
  BmTcx *tcx = cx->tcx;
  const BmDef *adt = DEF(cx, self->def);
  BmDefId vars[1] = {self->def};
  const BmDefId *vs = vars;
  uint32_t nv = 1;
  if (adt->kind == BM_DEF_ENUM) {
    vs = adt->items;
    nv = adt->nitems;
  }
  BmRange bad[32];
  uint32_t nbad = 0;
  for (uint32_t v = 0; v < nv; v++) {
    const BmDef *vd = DEF(cx, vs[v]);
    for (uint32_t f = 0; f < vd->nfields; f++) {
      BmTy *ft = bm_ty_subst(tcx, bm_field_ty(tcx, vs[v], f), self->args, self->nargs);
      if (ft->flags & BM_TYF_ERR) return;
      BmTy *nt = bm_normalize(ix, ft);
      BmDefId copy = bm_lang(tcx, BM_LANG_copy);
      BmSolve c = copy == NONE ? BM_SOLVE_MAYBE : bm_solve(ix, copy, &nt, 1, 0);
      if (c == BM_SOLVE_MAYBE) return;
      if (c == BM_SOLVE_NO && nbad < 32) bad[nbad++] = vd->fields[f].span;
    }
  }
  if (nbad) {
    BmDiagnostic *e = bm_diag_error(cx->sink, "E0204", at.start, at.end, "the trait `Copy` cannot be implemented for this type");
    for (uint32_t i = 0; i < nbad; i++) bm_diag_label(cx->sink, e, bad[i].start, bad[i].end, "this field does not implement `Copy`");
    return;
  }
  if (local_drop_impl(cx, self->def, NULL)) {
    BmDiagnostic *e = bm_diag_error(cx->sink, "E0184", at.start, at.end,
                                    "the trait `Copy` cannot be implemented for this type; the type has a destructor");
    bm_diag_label(cx->sink, e, at.start, at.end, "`Copy` not allowed on types with destructors");
  }
}

/* The predicates a derive adds: each type parameter implements the trait. */
static BmPred *derive_preds(Cx *cx, BmDefId adt, BmDefId trait, uint32_t *n) {
  BmTcx *tcx = cx->tcx;
  const BmGenericsInfo *g = bm_generics_of(tcx, adt);
  const BmGenericsInfo *tg = bm_generics_of(tcx, trait);
  BmPred *ps = bm_arena_alloc(tcx->arena, (g->count ? g->count : 1) * sizeof *ps);
  *n = 0;
  for (uint32_t i = 0; i < g->count; i++) {
    if (g->params[i].kind != BM_GP_TYPE) continue;
    BmPred *p = &ps[(*n)++];
    memset(p, 0, sizeof *p);
    p->trait = trait;
    p->nargs = tg->count;
    p->args = bm_arena_alloc(tcx->arena, (tg->count ? tg->count : 1) * sizeof *p->args);
    /* PartialEq<Rhs = Self>: Rhs is the parameter itself */
    for (uint32_t k = 0; k < tg->count; k++) p->args[k] = bm_ty_param(tcx, adt, i);
    p->assoc = NONE;
  }
  return ps;
}

static void check_derived_copy(Cx *cx, BmDefId id, const BmDef *d) {
  if (!(d->derives & BM_DERIVE_COPY) || !d->derive_spans) return;
  BmDefId copy = bm_lang(cx->tcx, BM_LANG_copy);
  if (copy == NONE) return;
  uint32_t np;
  BmPred *ps = derive_preds(cx, id, copy, &np);
  BmInfer *ix = item_infer(cx, id, ps, np);
  check_copy(cx, ix, bm_type_of(cx->tcx, id), d->name_span);
}

/* E0207: a type or const parameter of an impl that neither its self type
 * nor its trait names (outside projections). */
static void mark_params(BmTy *t, BmDefId impl, uint8_t *seen, uint32_t n, int depth) {
  if (!t || depth > 64 || !(t->flags & BM_TYF_PARAM)) return;
  if (t->kind == BM_TK_PARAM) {
    if (t->def == impl && t->idx < n) seen[t->idx] = 1;
    return;
  }
  if (t->kind == BM_TK_PROJ || t->kind == BM_TK_OPAQUE) return;
  for (uint32_t i = 0; i < t->nargs; i++) mark_params(t->args[i], impl, seen, n, depth + 1);
}

static bool bounds_bind(const BmBound *bs, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    const BmPath *p = bs[i].trait;
    if (!p || !p->nsegs) continue;
    const BmPathSeg *seg = &p->segs[p->nsegs - 1];
    if (seg->paren_sugar) return true;
    for (uint32_t k = 0; k < seg->nargs; k++)
      if (seg->args[k].kind == BM_GA_BINDING) return true;
  }
  return false;
}

static void check_unconstrained(Cx *cx, BmDefId id, const BmDef *impl, BmTy *self, BmTy **tref, uint32_t nt) {
  const BmGenerics *g = &impl->generics;
  if (!g->nparams) return;
  /* `where U: Iterator<Item = T>` can constrain T: not modelled, silence */
  for (uint32_t i = 0; i < g->nparams; i++)
    if (bounds_bind(g->params[i].bounds, g->params[i].nbounds)) return;
  for (uint32_t i = 0; i < g->npreds; i++)
    if (bounds_bind(g->preds[i].bounds, g->preds[i].nbounds)) return;
  if (ty_unknown(self) && (self->flags & (BM_TYF_ERR | BM_TYF_INFER))) return;
  for (uint32_t i = 0; i < nt; i++)
    if (tref[i]->flags & (BM_TYF_ERR | BM_TYF_INFER)) return;
  uint8_t seen[64] = {0};
  if (g->nparams > 64) return;
  mark_params(self, id, seen, 64, 0);
  for (uint32_t i = 1; i < nt; i++) mark_params(tref[i], id, seen, 64, 0);
  for (uint32_t i = 0; i < g->nparams; i++) {
    const BmGenericParam *p = &g->params[i];
    if (p->kind == BM_GP_LIFETIME || seen[i]) continue;
    BmRange sp = p->span;
    if (p->kind == BM_GP_TYPE) {
      sp = param_name_span(cx, p);
    } else {
      /* `const N: usize`: the name after `const` */
      uint32_t at = p->span.start + 5;
      while (at < p->span.end && is_space(cx->text[at])) at++;
      sp.start = at;
      sp.end = at + (uint32_t)strlen(S(cx, p->name));
      if (sp.end > p->span.end) sp = p->span;
    }
    const char *kind = p->kind == BM_GP_TYPE ? "type" : "const";
    BmDiagnostic *e = bm_diag_error(cx->sink, "E0207", sp.start, sp.end,
                                    "the %s parameter `%s` is not constrained by the impl trait, self type, or predicates",
                                    kind, S(cx, p->name));
    bm_diag_label(cx->sink, e, sp.start, sp.end, "unconstrained %s parameter", kind);
  }
}

/* ---- E0119: two impls of a trait that overlap on a type we can name */

static bool preds_hold(BmInfer *ix, const BmPred *ps, uint32_t n, BmTy *const *args, uint32_t nargs) {
  BmTcx *tcx = ix->tcx;
  for (uint32_t i = 0; i < n; i++) {
    const BmPred *p = &ps[i];
    if (p->assoc != NONE) return false;
    BmTy *buf[16];
    if (p->nargs > 16) return false;
    for (uint32_t k = 0; k < p->nargs; k++) buf[k] = bm_ty_subst(tcx, p->args[k], args, nargs);
    if (bm_solve(ix, p->trait, buf, p->nargs, 0) != BM_SOLVE_YES) return false;
  }
  return true;
}

/* One side of an overlap: an impl, or a derive (impl == NONE) of `trait` for `adt`. */
typedef struct {
  BmDefId impl, adt, trait;
} ImplSide;

static bool side_trait_ref(Cx *cx, BmInfer *ix, const ImplSide *s, BmTy ***out, uint32_t *n, BmTy ***iargs,
                           uint32_t *ni) {
  BmTcx *tcx = cx->tcx;
  if (s->impl != NONE) {
    uint32_t nt;
    BmTy **tref = bm_impl_trait_ref(tcx, s->impl, &nt);
    if (!tref) return false;
    *iargs = bm_infer_instantiate(ix, s->impl, ni, (BmRange){0, 0});
    BmTy **r = bm_arena_alloc(tcx->arena, (nt ? nt : 1) * sizeof *r);
    for (uint32_t i = 0; i < nt; i++) {
      if (tref[i]->flags & (BM_TYF_ERR | BM_TYF_PROJ)) return false;
      r[i] = bm_ty_subst(tcx, tref[i], *iargs, *ni);
    }
    *out = r;
    *n = nt;
    return true;
  }
  *iargs = bm_infer_instantiate(ix, s->adt, ni, (BmRange){0, 0});
  BmTy *self = bm_ty_subst(tcx, bm_type_of(tcx, s->adt), *iargs, *ni);
  const BmGenericsInfo *tg = bm_generics_of(tcx, s->trait);
  BmTy **r = bm_arena_alloc(tcx->arena, (tg->count ? tg->count : 1) * sizeof *r);
  for (uint32_t i = 0; i < tg->count; i++) r[i] = self; /* Rhs = Self */
  *out = r;
  *n = tg->count;
  return true;
}

static bool side_preds_hold(Cx *cx, BmInfer *ix, const ImplSide *s, BmTy **iargs, uint32_t ni) {
  BmPred *ps;
  uint32_t np;
  if (s->impl != NONE) bm_predicates_of(cx->tcx, s->impl, &ps, &np);
  else ps = derive_preds(cx, s->adt, s->trait, &np);
  return preds_hold(ix, ps, np, iargs, ni);
}

/* Do the two impls certainly apply to one type? Its trait ref, printed. */
static bool overlap(Cx *cx, const ImplSide *a, const ImplSide *b, BmTy ***tref_out, uint32_t *n_out) {
  BmInfer *ix = item_infer(cx, NONE, NULL, 0);
  BmTy **ta, **tb, **ia, **ib;
  uint32_t na, nb, nia, nib;
  if (!side_trait_ref(cx, ix, a, &ta, &na, &ia, &nia) || !side_trait_ref(cx, ix, b, &tb, &nb, &ib, &nib)) return false;
  if (na != nb) return false;
  for (uint32_t i = 0; i < na; i++)
    if (bm_infer_unify(ix, ta[i], tb[i]) != BM_UNIFY_OK) return false;
  BmTy **res = bm_arena_alloc(cx->tcx->arena, (na ? na : 1) * sizeof *res);
  for (uint32_t i = 0; i < na; i++) {
    res[i] = bm_infer_resolve(ix, ta[i]);
    if (!bm_ty_is_region(res[i]) && (res[i]->flags & (BM_TYF_INFER | BM_TYF_ERR | BM_TYF_PROJ))) return false;
  }
  if (!side_preds_hold(cx, ix, a, ia, nia) || !side_preds_hold(cx, ix, b, ib, nib)) return false;
  *tref_out = res;
  *n_out = na;
  return true;
}

/* `Trait<A, B>` with the arguments that differ from their defaults. */
static const char *trait_ref_str(Cx *cx, BmDefId trait, BmTy **args, uint32_t n) {
  BmTcx *tcx = cx->tcx;
  const BmGenericsInfo *g = bm_generics_of(tcx, trait);
  BmStr s;
  bm_str_init(&s, tcx->arena);
  bm_str_puts(&s, S(cx, DEF(cx, trait)->name));
  /* the last argument that is not its default (`PartialEq` is `PartialEq<Self>`) */
  uint32_t last = 1;
  for (uint32_t i = 1; i < n && i < g->count; i++) {
    if (bm_ty_is_region(args[i])) continue;
    const BmGenericParam *p = g->params[i].param;
    BmTy *def = p && p->default_type ? bm_ty_subst(tcx, bm_ty_lower(tcx, trait, p->default_type), args, i) : NULL;
    if (def != args[i]) last = i + 1;
  }
  bool any = false;
  for (uint32_t i = 1; i < last; i++) {
    if (bm_ty_is_region(args[i])) continue;
    bm_str_puts(&s, any ? ", " : "<");
    any = true;
    bm_str_puts(&s, bm_ty_str(tcx, args[i]));
  }
  if (any) bm_str_puts(&s, ">");
  return s.buf;
}

static void report_overlap(Cx *cx, BmDefId trait, BmTy **tref, uint32_t n, BmRange at, BmRange first, bool first_std) {
  cx->incoherent[trait] = 1;
  const char *tr = trait_ref_str(cx, trait, tref, n);
  const char *ty = bm_ty_str(cx->tcx, tref[0]);
  BmDiagnostic *e = bm_diag_error(cx->sink, "E0119", at.start, at.end, "conflicting implementations of trait `%s` for type `%s`",
                                  tr, ty);
  bm_diag_label(cx->sink, e, at.start, at.end, "conflicting implementation for `%s`", ty);
  if (first_std) bm_diag_note(cx->sink, e, "conflicting implementation in crate `std`");
  else bm_diag_label(cx->sink, e, first.start, first.end, "first implementation here");
}

static bool usable_impl(Cx *cx, BmDefId id, BmDefId trait) {
  const BmDef *d = DEF(cx, id);
  return d->kind == BM_DEF_IMPL && !d->negative && d->trait_ref && d->trait_ref->res.kind == BM_RES_DEF &&
         d->trait_ref->res.id == trait && d->each == BM_EACH_NONE;
}

static void check_overlaps(Cx *cx, BmDefId id, const BmDef *impl) {
  BmDefId trait = impl->trait_ref->res.id;
  BmTcx *tcx = cx->tcx;
  ImplSide me = {id, NONE, trait};
  BmTy **tref;
  uint32_t n;
  /* an earlier impl of the snippet */
  for (BmDefId o = first_local(cx); o < id; o++) {
    if (!usable_impl(cx, o, trait)) continue;
    ImplSide other = {o, NONE, trait};
    if (overlap(cx, &other, &me, &tref, &n)) {
      report_overlap(cx, trait, tref, n, def_span(cx, impl), def_span(cx, DEF(cx, o)), false);
      return;
    }
  }
  /* a blanket impl of std (impl<T: Display> ToString for T) */
  if (!is_local(cx, trait)) {
    uint32_t ni;
    const BmDefId *impls = bm_impls_for(tcx, trait, tcx->err, &ni);
    for (uint32_t i = 0; i < ni; i++) {
      BmDefId o = impls[i];
      if (is_local(cx, o) || !usable_impl(cx, o, trait)) continue;
      if (bm_type_of(tcx, o)->kind != BM_TK_PARAM) continue;
      ImplSide other = {o, NONE, trait};
      if (overlap(cx, &other, &me, &tref, &n)) {
        report_overlap(cx, trait, tref, n, def_span(cx, impl), (BmRange){0, 0}, true);
        return;
      }
    }
  }
}

/* A derive and an impl of the same trait for the same type: the derive's
 * impl comes after (rustc expands it later). */
static void check_derive_overlaps(Cx *cx, BmDefId adt, const BmDef *d) {
  static const struct { uint16_t bit; BmLang lang; } derivable[] = {
    {BM_DERIVE_CLONE, BM_LANG_clone}, {BM_DERIVE_COPY, BM_LANG_copy}, {BM_DERIVE_DEBUG, BM_LANG_debug},
    {BM_DERIVE_DEFAULT, BM_LANG_default}, {BM_DERIVE_PARTIAL_EQ, BM_LANG_partial_eq},
    {BM_DERIVE_EQ, BM_LANG_eq_trait}, {BM_DERIVE_PARTIAL_ORD, BM_LANG_partial_ord}, {BM_DERIVE_ORD, BM_LANG_ord},
    {BM_DERIVE_HASH, BM_LANG_hash},
  };
  if (!d->derives || !d->derive_spans) return;
  for (size_t k = 0; k < sizeof derivable / sizeof *derivable; k++) {
    if (!(d->derives & derivable[k].bit)) continue;
    BmDefId trait = bm_lang(cx->tcx, derivable[k].lang);
    if (trait == NONE) continue;
    uint32_t bitpos = 0;
    while (!((1u << bitpos) & derivable[k].bit)) bitpos++;
    ImplSide der = {NONE, adt, trait};
    for (BmDefId o = first_local(cx); o < end_local(cx); o++) {
      if (!usable_impl(cx, o, trait)) continue;
      ImplSide other = {o, NONE, trait};
      BmTy **tref;
      uint32_t n;
      if (overlap(cx, &other, &der, &tref, &n)) {
        report_overlap(cx, trait, tref, n, d->derive_spans[bitpos], def_span(cx, DEF(cx, o)), false);
        break;
      }
    }
  }
}

/* ---- E0592: an inherent impl defining a name twice (for one type) */

static bool same_inherent_type(Cx *cx, BmDefId a, BmDefId b) {
  if (a == b) return true;
  const BmDef *da = DEF(cx, a), *db = DEF(cx, b);
  for (uint32_t i = 0; i < da->generics.nparams; i++)
    if (da->generics.params[i].kind != BM_GP_LIFETIME) return false;
  for (uint32_t i = 0; i < db->generics.nparams; i++)
    if (db->generics.params[i].kind != BM_GP_LIFETIME) return false;
  if (da->generics.nparams || db->generics.nparams) return false;
  BmTy *ta = bm_type_of(cx->tcx, a), *tb = bm_type_of(cx->tcx, b);
  return ta == tb && !ty_unknown(ta);
}

static void check_inherent_duplicates(Cx *cx, BmDefId id, const BmDef *impl) {
  for (uint32_t i = 0; i < impl->nitems; i++) {
    const BmDef *it = DEF(cx, impl->items[i]);
    if (!it->name || (it->kind != BM_DEF_FN && it->kind != BM_DEF_CONST)) continue;
    /* the same block: the later one; an earlier block: the earlier one */
    const BmDef *other = NULL;
    bool later = false;
    for (uint32_t j = 0; j < i && !other; j++) {
      const BmDef *o = DEF(cx, impl->items[j]);
      if (o->name == it->name && (o->kind == BM_DEF_FN || o->kind == BM_DEF_CONST)) other = o;
    }
    for (BmDefId o = first_local(cx); o < id && !other; o++) {
      const BmDef *od = DEF(cx, o);
      if (od->kind != BM_DEF_IMPL || od->trait_ref || !same_inherent_type(cx, o, id)) continue;
      for (uint32_t j = 0; j < od->nitems; j++) {
        const BmDef *oi = DEF(cx, od->items[j]);
        if (oi->name == it->name && (oi->kind == BM_DEF_FN || oi->kind == BM_DEF_CONST)) {
          other = oi;
          later = true;
          break;
        }
      }
    }
    if (!other) continue;
    const BmDef *prim = later ? other : it, *sec = later ? it : other;
    BmRange ps = def_span(cx, prim), ss = def_span(cx, sec);
    BmDiagnostic *e = bm_diag_error(cx->sink, "E0592", ps.start, ps.end, "duplicate definitions with name `%s`",
                                    S(cx, it->name));
    bm_diag_label(cx->sink, e, ps.start, ps.end, "duplicate definitions for `%s`", S(cx, it->name));
    bm_diag_label(cx->sink, e, ss.start, ss.end, "other definition for `%s`", S(cx, it->name));
  }
}

static void check_coherence(Cx *cx) {
  BmTcx *tcx = cx->tcx;
  BmDefId drop = bm_lang(tcx, BM_LANG_drop), copy = bm_lang(tcx, BM_LANG_copy);
  for (BmDefId id = first_local(cx); id < end_local(cx); id++) {
    const BmDef *d = DEF(cx, id);
    if (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_ENUM || d->kind == BM_DEF_UNION) {
      check_derived_copy(cx, id, d);
      check_derive_overlaps(cx, id, d);
      continue;
    }
    if (d->kind != BM_DEF_IMPL || !d->type) continue;
    BmTy *self = bm_type_of(tcx, id);
    if (!d->trait_ref) {
      check_unconstrained(cx, id, d, self, NULL, 0);
      check_inherent_duplicates(cx, id, d);
      continue;
    }
    if (d->trait_ref->res.kind != BM_RES_DEF || DEF(cx, d->trait_ref->res.id)->kind != BM_DEF_TRAIT) continue;
    BmDefId trait = d->trait_ref->res.id;
    uint32_t nt;
    BmTy **tref = bm_impl_trait_ref(tcx, id, &nt);
    if (!tref || !nt || (self->flags & BM_TYF_ERR)) continue;
    bool orphan = !d->negative && check_orphan(cx, d, tref, nt);
    if (trait == drop && !d->negative) {
      bool local_adt = self->kind == BM_TK_ADT && is_local(cx, self->def);
      if (!local_adt && !ty_unknown(self) && self->kind != BM_TK_PARAM) {
        BmRange ts = d->type->span;
        cx->incoherent[trait] = 1;
        BmDiagnostic *e = bm_diag_error(cx->sink, "E0120", ts.start, ts.end,
                                        "the `Drop` trait may only be implemented for local structs, enums, and unions");
        bm_diag_label(cx->sink, e, ts.start, ts.end, "must be a struct, enum, or union in the current crate");
      }
    }
    if (trait == copy && !d->negative && self->kind == BM_TK_ADT && is_local(cx, self->def))
      check_copy(cx, item_infer(cx, id, NULL, 0), self, d->type->span);
    check_unconstrained(cx, id, d, self, tref, nt);
    if (!orphan && !d->negative && d->each == BM_EACH_NONE) check_overlaps(cx, id, d);
  }
}

/* ================================================================ types */

/* ---- which generic arguments an ADT holds by value (rustc's params_in_repr) */

/* std types with private fields that hold their type parameters inline */
static const char *const std_inline[] = {"Cell", "RefCell", "UnsafeCell", "OnceCell", "Mutex", "RwLock", "OnceLock",
                                         "ManuallyDrop", "MaybeUninit", "Pin", "LazyCell", "LazyLock"};

typedef struct {
  uint64_t *repr;         /* per def: bit i set when argument i is held by value */
  uint8_t *repr_state;    /* 0 not computed, 1 computing, 2 done */
} ReprCache;

static uint64_t params_in_repr(Cx *cx, ReprCache *rc, BmDefId adt);

static void repr_ty(Cx *cx, ReprCache *rc, BmTy *t, BmDefId owner, uint64_t *bits, int depth) {
  if (!t || depth > 32) return;
  switch (t->kind) {
  case BM_TK_ADT: {
    uint64_t inner = params_in_repr(cx, rc, t->def);
    for (uint32_t i = 0; i < t->nargs && i < 64; i++)
      if (inner & (1ull << i)) repr_ty(cx, rc, t->args[i], owner, bits, depth + 1);
    break;
  }
  case BM_TK_ARRAY:
    repr_ty(cx, rc, t->args[0], owner, bits, depth + 1);
    break;
  case BM_TK_TUPLE:
    for (uint32_t i = 0; i < t->nargs; i++) repr_ty(cx, rc, t->args[i], owner, bits, depth + 1);
    break;
  case BM_TK_PARAM:
    if (t->def == owner && t->idx < 64) *bits |= 1ull << t->idx;
    break;
  default:
    break;
  }
}

static uint64_t params_in_repr(Cx *cx, ReprCache *rc, BmDefId adt) {
  if (adt >= cx->tcx->ndefs) return 0;
  if (rc->repr_state[adt] == 2) return rc->repr[adt];
  if (rc->repr_state[adt] == 1) return 0;
  rc->repr_state[adt] = 1;
  const BmDef *d = DEF(cx, adt);
  uint64_t bits = 0;
  bool private_fields = d->is_std && d->kind == BM_DEF_STRUCT && d->ctor == BM_CTOR_NAMED && d->nfields == 0;
  if (private_fields) {
    const char *name = S(cx, d->name);
    for (size_t i = 0; i < sizeof std_inline / sizeof *std_inline; i++)
      if (strcmp(std_inline[i], name) == 0) {
        const BmGenericsInfo *g = bm_generics_of(cx->tcx, adt);
        for (uint32_t k = 0; k < g->count && k < 64; k++)
          if (g->params[k].kind == BM_GP_TYPE) bits |= 1ull << k;
      }
  } else {
    BmDefId vars[1] = {adt};
    const BmDefId *vs = vars;
    uint32_t nv = 1;
    if (d->kind == BM_DEF_ENUM) {
      vs = d->items;
      nv = d->nitems;
    }
    for (uint32_t v = 0; v < nv; v++) {
      const BmDef *vd = DEF(cx, vs[v]);
      for (uint32_t f = 0; f < vd->nfields; f++) repr_ty(cx, rc, bm_field_ty(cx->tcx, vs[v], f), adt, &bits, 0);
    }
  }
  rc->repr[adt] = bits;
  rc->repr_state[adt] = 2;
  return bits;
}

/* ---- E0072: a type that contains itself by value (rustc's representability) */

typedef struct {
  BmDefId adt;
  BmDefId variant;        /* the variant (or the struct) of the field being checked */
  uint32_t field;
} ReprFrame;

typedef struct {
  ReprCache rc;
  uint8_t *state;         /* per def: 0 unvisited, 1 on the stack, 2 representable, 3 infinite */
  BmArray(ReprFrame) stack;
  BmArray(BmDefId) cycle_heads;   /* the first ADT of each reported cycle */
  BmArray(uint32_t) cycle_first;  /* where each cycle's ADTs start in cycle_adts */
  BmArray(BmDefId) cycle_adts;
} Repr;

/* The type syntax in `t` naming `needle` by value (find_item_ty_spans). */
static void find_ty_spans(Cx *cx, Repr *r, const BmTypeRef *t, BmDefId needle, BmRange *out, uint32_t *n, int depth) {
  if (!t || depth > 32 || *n >= 16) return;
  if (t->kind == BM_TR_ARRAY) {
    find_ty_spans(cx, r, t->inner, needle, out, n, depth + 1);
    return;
  }
  if (t->kind == BM_TR_TUPLE) {
    for (uint32_t i = 0; i < t->nelems; i++) find_ty_spans(cx, r, t->elems[i], needle, out, n, depth + 1);
    return;
  }
  if (t->kind != BM_TR_PATH || !t->path || t->path->res.kind != BM_RES_DEF || t->path->res.rest) return;
  BmDefId def = t->path->res.id;
  const BmDef *d = DEF(cx, def);
  if (d->kind != BM_DEF_STRUCT && d->kind != BM_DEF_ENUM && d->kind != BM_DEF_UNION) return;
  bool check_params = true;
  if (is_local(cx, def)) {
    if (def == needle && *n < 16) out[(*n)++] = t->span;
    check_params = r->state[def] == 2;
  }
  if (!check_params) return;
  const BmPathSeg *seg = &t->path->segs[t->path->nsegs - 1];
  uint64_t bits = params_in_repr(cx, &r->rc, def);
  /* the k-th type or const argument written is the k-th such parameter
     (lifetimes may be elided) */
  const BmGenericsInfo *g = bm_generics_of(cx->tcx, def);
  uint32_t param = 0;
  for (uint32_t i = 0; i < seg->nargs; i++) {
    uint8_t k = seg->args[i].kind;
    if (k != BM_GA_TYPE && k != BM_GA_CONST) continue;
    while (param < g->count && g->params[param].kind == BM_GP_LIFETIME) param++;
    if (param >= g->count || param >= 64) break;
    if (k == BM_GA_TYPE && (bits & (1ull << param))) find_ty_spans(cx, r, seg->args[i].type, needle, out, n, depth + 1);
    param++;
  }
}

static const char *def_path_name(Cx *cx, BmDefId id) { return S(cx, DEF(cx, id)->name); }

static void report_cycle(Cx *cx, Repr *r, uint32_t from) {
  uint32_t n = r->stack.len - from;
  ReprFrame *fr = bm_arena_alloc(cx->tcx->arena, n * sizeof *fr);
  memcpy(fr, r->stack.items + from, n * sizeof *fr);
  /* rotate: the item declared first leads */
  uint32_t lead = 0;
  for (uint32_t i = 1; i < n; i++)
    if (DEF(cx, fr[i].adt)->span.start < DEF(cx, fr[lead].adt)->span.start) lead = i;
  ReprFrame *rot = bm_arena_alloc(cx->tcx->arena, n * sizeof *rot);
  for (uint32_t i = 0; i < n; i++) rot[i] = fr[(lead + i) % n];
  BmStr names;
  bm_str_init(&names, cx->tcx->arena);
  for (uint32_t i = 0; i < n; i++) {
    bm_str_printf(&names, "`%s`", def_path_name(cx, rot[i].adt));
    if (i == 4 && n > 5) {
      bm_str_printf(&names, " and %u more", n - 5);
      break;
    }
    if (n > 1 && i + 2 < n) bm_str_puts(&names, ", ");
    else if (n > 1 && i + 2 == n) bm_str_puts(&names, " and ");
  }
  BmRange head = def_span(cx, DEF(cx, rot[0].adt));
  BmDiagnostic *e = bm_diag_error(cx->sink, "E0072", head.start, head.end, "recursive type%s %s %s infinite size",
                                  plural(n), names.buf, n == 1 ? "has" : "have");
  uint32_t shown = n < 5 ? n : 5;
  for (uint32_t i = 1; i < shown; i++) {
    BmRange sp = def_span(cx, DEF(cx, rot[i].adt));
    bm_diag_label(cx->sink, e, sp.start, sp.end, "recursive type `%s`", def_path_name(cx, rot[i].adt));
  }
  for (uint32_t i = 0; i < shown; i++) {
    const BmDef *vd = DEF(cx, rot[i].variant);
    if (rot[i].field >= vd->nfields) continue;
    const BmTypeRef *ft = vd->fields[rot[i].field].type;
    BmRange spans[16];
    uint32_t ns = 0;
    find_ty_spans(cx, r, ft, rot[(i + 1) % n].adt, spans, &ns, 0);
    if (!ns && ft) spans[ns++] = ft->span;
    for (uint32_t k = 0; k < ns; k++) bm_diag_label(cx->sink, e, spans[k].start, spans[k].end, "recursive without indirection");
  }
  bm_diag_help(cx->sink, e, "insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle");
  bm_array_push(cx->tcx->arena, &r->cycle_heads, rot[0].adt);
  bm_array_push(cx->tcx->arena, &r->cycle_first, r->cycle_adts.len);
  for (uint32_t i = 0; i < n; i++) {
    r->state[rot[i].adt] = 3;
    bm_array_push(cx->tcx->arena, &r->cycle_adts, rot[i].adt);
  }
}

static bool representable_adt(Cx *cx, Repr *r, BmDefId adt, int depth);

static bool representable_ty(Cx *cx, Repr *r, BmTy *t, int depth) {
  if (!t || depth > 64) return true;
  switch (t->kind) {
  case BM_TK_ADT: {
    if (is_local(cx, t->def) && !representable_adt(cx, r, t->def, depth + 1)) return false;
    uint64_t bits = params_in_repr(cx, &r->rc, t->def);
    for (uint32_t i = 0; i < t->nargs && i < 64; i++)
      if ((bits & (1ull << i)) && !representable_ty(cx, r, t->args[i], depth + 1)) return false;
    return true;
  }
  case BM_TK_ARRAY:
    return representable_ty(cx, r, t->args[0], depth + 1);
  case BM_TK_TUPLE:
    for (uint32_t i = 0; i < t->nargs; i++)
      if (!representable_ty(cx, r, t->args[i], depth + 1)) return false;
    return true;
  default:
    return true;
  }
}

static bool representable_adt(Cx *cx, Repr *r, BmDefId adt, int depth) {
  switch (r->state[adt]) {
  case 2: return true;
  case 3: return false;
  case 1:
    for (uint32_t i = 0; i < r->stack.len; i++)
      if (r->stack.items[i].adt == adt) {
        report_cycle(cx, r, i);
        break;
      }
    return false;
  default:
    break;
  }
  if (depth > 64) return true;
  r->state[adt] = 1;
  const BmDef *d = DEF(cx, adt);
  BmDefId vars[1] = {adt};
  const BmDefId *vs = vars;
  uint32_t nv = 1;
  if (d->kind == BM_DEF_ENUM) {
    vs = d->items;
    nv = d->nitems;
  }
  ReprFrame f = {adt, adt, 0};
  bm_array_push(cx->tcx->arena, &r->stack, f);
  uint32_t me = r->stack.len - 1;
  bool ok = true;
  for (uint32_t v = 0; v < nv && ok; v++) {
    const BmDef *vd = DEF(cx, vs[v]);
    for (uint32_t k = 0; k < vd->nfields && ok; k++) {
      r->stack.items[me].variant = vs[v];
      r->stack.items[me].field = k;
      ok = representable_ty(cx, r, bm_field_ty(cx->tcx, vs[v], k), depth + 1);
    }
  }
  r->stack.len = me;
  if (r->state[adt] == 1) r->state[adt] = ok ? 2 : 3;
  return ok;
}

/* ---- the E0391s rustc reports beside an E0072: the drop queries of the
 * infinite type cycle as well. Which ones appear depends on the bodies: a
 * local or temporary holding the type by value asks whether it needs drop
 * (and the body is not borrow checked after that error); otherwise a body
 * returning it, or holding it in a Vec or Box, asks its drop-check
 * constraints. Each is reported once per type. */

static bool in_cycle(Repr *r, uint32_t c, BmDefId adt) {
  uint32_t end = c + 1 < r->cycle_first.len ? r->cycle_first.items[c + 1] : r->cycle_adts.len;
  for (uint32_t i = r->cycle_first.items[c]; i < end; i++)
    if (r->cycle_adts.items[i] == adt) return true;
  return false;
}

/* Does a value of type t hold the cycle's types structurally (needs drop)
 * or at all but behind references (drop-check)? */
static bool holds_cycle(Cx *cx, Repr *r, uint32_t c, BmTy *t, bool dropck, int depth) {
  if (!t || depth > 16) return false;
  switch (t->kind) {
  case BM_TK_ADT: {
    if (in_cycle(r, c, t->def)) return true;
    const BmDef *d = DEF(cx, t->def);
    if (dropck) {
      for (uint32_t i = 0; i < t->nargs; i++)
        if (!bm_ty_is_region(t->args[i]) && holds_cycle(cx, r, c, t->args[i], dropck, depth + 1)) return true;
    } else {
      uint64_t bits = params_in_repr(cx, &r->rc, t->def);
      for (uint32_t i = 0; i < t->nargs && i < 64; i++)
        if ((bits & (1ull << i)) && holds_cycle(cx, r, c, t->args[i], dropck, depth + 1)) return true;
    }
    if (!d->is_std) {
      BmDefId vars[1] = {t->def};
      const BmDefId *vs = vars;
      uint32_t nv = 1;
      if (d->kind == BM_DEF_ENUM) {
        vs = d->items;
        nv = d->nitems;
      }
      for (uint32_t v = 0; v < nv; v++) {
        const BmDef *vd = DEF(cx, vs[v]);
        for (uint32_t f = 0; f < vd->nfields; f++) {
          BmTy *ft = bm_ty_subst(cx->tcx, bm_field_ty(cx->tcx, vs[v], f), t->args, t->nargs);
          if (holds_cycle(cx, r, c, ft, dropck, depth + 1)) return true;
        }
      }
    }
    return false;
  }
  case BM_TK_ARRAY: case BM_TK_SLICE:
    return holds_cycle(cx, r, c, t->args[0], dropck, depth + 1);
  case BM_TK_TUPLE:
    for (uint32_t i = 0; i < t->nargs; i++)
      if (holds_cycle(cx, r, c, t->args[i], dropck, depth + 1)) return true;
    return false;
  default:
    return false;
  }
}

/* The expressions whose value goes straight to the return place. */
static void mark_returned(const BmBody *b, BmExprId e, uint8_t *ret, int depth) {
  if (e == NONE || e >= b->exprs.len || depth > 32) return;
  ret[e] = 1;
  const BmExpr *x = &b->exprs.items[e];
  if (x->kind == BM_EX_BLOCK) mark_returned(b, x->a, ret, depth + 1);
  else if (x->kind == BM_EX_IF) {
    mark_returned(b, x->b, ret, depth + 1);
    mark_returned(b, x->c, ret, depth + 1);
  } else if (x->kind == BM_EX_MATCH) {
    for (uint32_t i = 0; i < x->nlist; i++) mark_returned(b, b->arms.items[x->list + i].body, ret, depth + 1);
  }
}

static void check_drop_cycles(Cx *cx, Repr *r) {
  if (!cx->bodies) return;
  BmTcx *tcx = cx->tcx;
  for (uint32_t c = 0; c < r->cycle_heads.len; c++) {
    BmRange at = def_span(cx, DEF(cx, r->cycle_heads.items[c]));
    const char *name = def_path_name(cx, r->cycle_heads.items[c]);
    bool needs_drop = false, dropck = false;
    for (uint32_t bi = 0; bi < cx->crate->bodies.len; bi++) {
      const BmBody *b = cx->crate->bodies.items[bi];
      BmInfer *ix = cx->bodies[bi];
      if (!ix || DEF(cx, b->owner)->kind != BM_DEF_FN) continue;
      uint8_t *ret = bm_arena_alloc(tcx->arena, b->exprs.len ? b->exprs.len : 1);
      mark_returned(b, b->root, ret, 0);
      for (uint32_t i = 0; i < b->exprs.len; i++) {
        const BmExpr *x = &b->exprs.items[i];
        if (x->kind == BM_EX_RETURN) mark_returned(b, x->a, ret, 0);
        /* `&Nil`: a constant promoted to a static, never dropped */
        if (x->kind == BM_EX_REF && x->a != NONE && x->a < b->exprs.len && b->exprs.items[x->a].kind == BM_EX_PATH)
          ret[x->a] = 1;
      }
      bool here = false;
      for (uint32_t i = 0; i < b->pats.len && !here; i++)
        if (b->pats.items[i].kind == BM_PAT_BIND && ix->pat_ty[i] && holds_cycle(cx, r, c, ix->pat_ty[i], false, 0)) here = true;
      for (uint32_t i = 0; i < b->exprs.len && !here; i++)
        if (!ret[i] && ix->expr_ty[i] && holds_cycle(cx, r, c, ix->expr_ty[i], false, 0)) here = true;
      if (here) {
        needs_drop = true;
        continue;
      }
      /* borrow checked: the drop-check constraints of its locals and result */
      const BmSig *sig = bm_fn_sig(tcx, b->owner);
      if (sig && holds_cycle(cx, r, c, sig->ret, true, 0)) dropck = true;
      for (uint32_t i = 0; i < b->pats.len && !dropck; i++)
        if (b->pats.items[i].kind == BM_PAT_BIND && ix->pat_ty[i] && holds_cycle(cx, r, c, ix->pat_ty[i], true, 0)) dropck = true;
    }
    if (dropck) {
      BmDiagnostic *e = bm_diag_error(cx->sink, "E0391", at.start, at.end,
                                      "cycle detected when computing drop-check constraints for `%s`", name);
      bm_diag_note(cx->sink, e, "...which immediately requires computing drop-check constraints for `%s` again", name);
    }
    if (needs_drop) {
      BmDiagnostic *e = bm_diag_error(cx->sink, "E0391", at.start, at.end, "cycle detected when computing when `%s` needs drop",
                                      name);
      bm_diag_note(cx->sink, e, "...which immediately requires computing when `%s` needs drop again", name);
    }
  }
}

static void check_representable(Cx *cx) {
  BmArena *a = cx->tcx->arena;
  Repr r;
  memset(&r, 0, sizeof r);
  uint32_t n = cx->tcx->ndefs ? cx->tcx->ndefs : 1;
  r.rc.repr = bm_arena_alloc(a, n * sizeof *r.rc.repr);
  r.rc.repr_state = bm_arena_alloc(a, n);
  r.state = bm_arena_alloc(a, n);
  for (BmDefId id = first_local(cx); id < end_local(cx); id++) {
    const BmDef *d = DEF(cx, id);
    if (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_ENUM || d->kind == BM_DEF_UNION) {
      r.stack.len = 0;
      representable_adt(cx, &r, id, 0);
    }
  }
  check_drop_cycles(cx, &r);
}

/* ---- E0391: a type alias that expands to itself */

typedef struct {
  BmDefId alias;
  BmRange at;             /* the path in it being expanded */
} AliasFrame;

typedef struct {
  uint8_t *state;         /* 0 unvisited, 1 expanding, 2 done */
  AliasFrame stack[64];
  uint32_t depth;
} AliasWalk;

static bool is_free_alias(Cx *cx, BmDefId id) {
  const BmDef *d = DEF(cx, id);
  if (d->kind != BM_DEF_TYPE_ALIAS || !is_local(cx, id)) return false;
  return d->parent == NONE || (DEF(cx, d->parent)->kind != BM_DEF_IMPL && DEF(cx, d->parent)->kind != BM_DEF_TRAIT);
}

static void expand_alias(Cx *cx, AliasWalk *w, BmDefId alias);

static void expand_type(Cx *cx, AliasWalk *w, const BmTypeRef *t, int depth);

static void expand_path(Cx *cx, AliasWalk *w, const BmPath *p, const BmTypeRef *t, int depth) {
  if (!p || depth > 32) return;
  if (p->res.kind == BM_RES_DEF && !p->res.rest && is_free_alias(cx, p->res.id)) {
    w->stack[w->depth - 1].at = t ? t->span : p->span;
    expand_alias(cx, w, p->res.id);
  }
  if (p->root == BM_PATH_QUALIFIED) expand_type(cx, w, p->qself, depth + 1);
  for (uint32_t i = 0; i < p->nsegs; i++) {
    const BmPathSeg *seg = &p->segs[i];
    for (uint32_t k = 0; k < seg->nargs; k++)
      if (seg->args[k].kind == BM_GA_TYPE || seg->args[k].kind == BM_GA_BINDING) expand_type(cx, w, seg->args[k].type, depth + 1);
    if (seg->ret) expand_type(cx, w, seg->ret, depth + 1);
  }
}

static void expand_type(Cx *cx, AliasWalk *w, const BmTypeRef *t, int depth) {
  if (!t || depth > 32) return;
  switch (t->kind) {
  case BM_TR_PATH: expand_path(cx, w, t->path, t, depth + 1); break;
  case BM_TR_REF: case BM_TR_PTR: case BM_TR_SLICE: case BM_TR_ARRAY: expand_type(cx, w, t->inner, depth + 1); break;
  case BM_TR_TUPLE: case BM_TR_FN:
    for (uint32_t i = 0; i < t->nelems; i++) expand_type(cx, w, t->elems[i], depth + 1);
    expand_type(cx, w, t->ret, depth + 1);
    break;
  case BM_TR_IMPL: case BM_TR_DYN:
    for (uint32_t i = 0; i < t->nbounds; i++) expand_path(cx, w, t->bounds[i].trait, NULL, depth + 1);
    break;
  default: break;
  }
}

static void expand_alias(Cx *cx, AliasWalk *w, BmDefId alias) {
  if (w->state[alias] == 2) return;
  if (w->state[alias] == 1) {
    for (uint32_t i = 0; i < w->depth; i++) {
      if (w->stack[i].alias != alias) continue;
      BmRange at = w->stack[i].at;
      BmDiagnostic *e = bm_diag_error(cx->sink, "E0391", at.start, at.end, "cycle detected when expanding type alias `%s`",
                                      def_path_name(cx, alias));
      for (uint32_t k = i + 1; k < w->depth; k++) {
        BmRange sp = w->stack[k].at;
        bm_diag_label(cx->sink, e, sp.start, sp.end, "...which requires expanding type alias `%s`...",
                      def_path_name(cx, w->stack[k].alias));
      }
      bm_diag_note(cx->sink, e, "type aliases cannot be recursive");
      bm_diag_help(cx->sink, e, "consider using a struct, enum, or union instead to break the cycle");
      for (uint32_t k = i; k < w->depth; k++) w->state[w->stack[k].alias] = 2;
      break;
    }
    return;
  }
  if (w->depth >= 64) return;
  w->state[alias] = 1;
  w->stack[w->depth].alias = alias;
  w->stack[w->depth].at = DEF(cx, alias)->span;
  w->depth++;
  expand_type(cx, w, DEF(cx, alias)->type, 0);
  w->depth--;
  w->state[alias] = 2;
}

static void check_alias_cycles(Cx *cx) {
  AliasWalk w;
  memset(&w, 0, sizeof w);
  w.state = bm_arena_alloc(cx->tcx->arena, cx->tcx->ndefs ? cx->tcx->ndefs : 1);
  for (BmDefId id = first_local(cx); id < end_local(cx); id++)
    if (is_free_alias(cx, id)) expand_alias(cx, &w, id);
}

/* ---- E0391: constants whose values need each other */

static bool is_free_const(Cx *cx, BmDefId id) {
  const BmDef *d = DEF(cx, id);
  return d->kind == BM_DEF_CONST && is_local(cx, id) && d->body && d->parent != NONE &&
         DEF(cx, d->parent)->kind == BM_DEF_MOD;
}

/* `const X: T = Y;`: its value is just another constant */
static bool const_is_trivial(Cx *cx, const BmDef *d) {
  const BmBody *b = d->body;
  if (!b || b->root == NONE || b->root >= b->exprs.len) return false;
  const BmExpr *e = &b->exprs.items[b->root];
  return e->kind == BM_EX_PATH && e->path && e->path->res.kind == BM_RES_DEF && !e->path->res.rest &&
         is_free_const(cx, e->path->res.id);
}

typedef struct {
  uint8_t *state;         /* 0 unvisited, 1 evaluating, 2 done */
  BmDefId stack[64];
  uint32_t depth;
  bool reported;
} ConstWalk;

static void eval_const(Cx *cx, ConstWalk *w, BmDefId c) {
  if (w->state[c] == 2) return;
  if (w->state[c] == 1) {
    uint32_t from = 0;
    while (from < w->depth && w->stack[from] != c) from++;
    /* entered from a constant outside the cycle: which one rustc names is
       not certain */
    if (from != 0 || w->reported) return;
    w->reported = true;
    bool trivial = true;
    for (uint32_t i = from; i < w->depth; i++) trivial = trivial && const_is_trivial(cx, DEF(cx, w->stack[i]));
    const BmDef *d = DEF(cx, c);
    BmRange sp = {d->span.start, d->type ? d->type->span.end : d->name_span.end};
    const char *name = S(cx, d->name);
    BmDiagnostic *e = trivial ? bm_diag_error(cx->sink, "E0391", sp.start, sp.end,
                                              "cycle detected when checking if `%s` is a trivial const", name)
                              : bm_diag_error(cx->sink, "E0391", sp.start, sp.end,
                                              "cycle detected when simplifying constant for the type system `%s`", name);
    for (uint32_t i = from + 1; i < w->depth; i++) {
      const BmDef *o = DEF(cx, w->stack[i]);
      bm_diag_note(cx->sink, e, "...which requires the value of `%s`...", S(cx, o->name));
    }
    bm_diag_note(cx->sink, e, "...which again requires the value of `%s`, completing the cycle", name);
    return;
  }
  if (w->depth >= 64) return;
  w->state[c] = 1;
  w->stack[w->depth++] = c;
  const BmBody *b = DEF(cx, c)->body;
  for (uint32_t i = 0; i < b->exprs.len; i++) {
    const BmExpr *e = &b->exprs.items[i];
    if ((e->kind == BM_EX_PATH) && e->path && e->path->res.kind == BM_RES_DEF && !e->path->res.rest &&
        is_free_const(cx, e->path->res.id))
      eval_const(cx, w, e->path->res.id);
  }
  w->depth--;
  w->state[c] = 2;
}

static void check_const_cycles(Cx *cx) {
  ConstWalk w;
  memset(&w, 0, sizeof w);
  w.state = bm_arena_alloc(cx->tcx->arena, cx->tcx->ndefs ? cx->tcx->ndefs : 1);
  for (BmDefId id = first_local(cx); id < end_local(cx); id++) {
    if (!is_free_const(cx, id) || w.state[id]) continue;
    w.reported = false;
    eval_const(cx, &w, id);
  }
}

/* ---- E0107: the number of generic arguments on a path */

/* std types whose real declaration has a defaulted parameter ours leave
 * out (an allocator, a hasher): more arguments may be right there. */
static const char *const std_hidden_params[] = {
  "Vec", "VecDeque", "LinkedList", "BinaryHeap", "BTreeMap", "BTreeSet", "HashMap", "HashSet", "Box", "Rc", "Arc",
  "Weak", "IntoIter", "Drain", "Splice", "ExtractIf", "IntoKeys", "IntoValues", "Entry", "OccupiedEntry",
  "VacantEntry", "Cursor", "CursorMut", "PeekMut", "UniqueRc", "UniqueArc", "LazyCell", "LazyLock",
};

static bool std_hidden(Cx *cx, const BmDef *d) {
  if (!d->is_std || !d->name) return false;
  const char *name = S(cx, d->name);
  for (size_t i = 0; i < sizeof std_hidden_params / sizeof *std_hidden_params; i++)
    if (strcmp(std_hidden_params[i], name) == 0) return true;
  return false;
}

static const char *generic_descr(const BmDef *d) {
  switch (d->kind) {
  case BM_DEF_STRUCT: return "struct";
  case BM_DEF_ENUM: case BM_DEF_VARIANT: return "enum";
  case BM_DEF_UNION: return "union";
  case BM_DEF_TYPE_ALIAS: return "type alias";
  case BM_DEF_TRAIT: return "trait";
  case BM_DEF_FN: return "function";
  default: return "item";
  }
}

static BmRange args_span(const BmPathSeg *seg, bool lifetimes) {
  BmRange r = {0, 0};
  for (uint32_t i = 0; i < seg->nargs; i++) {
    const BmGenericArg *a = &seg->args[i];
    bool lt = a->kind == BM_GA_LIFETIME;
    if (a->kind == BM_GA_BINDING || lt != lifetimes) continue;
    if (!r.end) r.start = a->span.start;
    r.end = a->span.end;
  }
  return r;
}

static void report_count(Cx *cx, const BmDef *d, const BmPathSeg *seg, const char *quant, uint32_t want, uint32_t have,
                         bool lifetimes, bool missing) {
  BmRange at = seg_ident(cx, seg);
  const char *kind = lifetimes ? "lifetime" : "generic";
  BmDiagnostic *e = bm_diag_error(cx->sink, "E0107", at.start, at.end,
                                  "%s takes %s%u %s argument%s but %u %s argument%s %s supplied", generic_descr(d), quant,
                                  want, kind, plural(want), have, kind, plural(have), have == 1 ? "was" : "were");
  bm_diag_label(cx->sink, e, at.start, at.end, "expected %s%u %s argument%s", quant, want, kind, plural(want));
  BmRange sup = args_span(seg, lifetimes);
  if (missing && have && sup.end > sup.start)
    bm_diag_label(cx->sink, e, sup.start, sup.end, "supplied %u %s argument%s", have, kind, plural(have));
}

static void check_seg_count(Cx *cx, BmDefId def, const BmPathSeg *seg, PathPos pos) {
  const BmDef *d = DEF(cx, def);
  if (d->kind == BM_DEF_VARIANT) d = DEF(cx, d->parent);
  if (seg->paren_sugar) return;
  uint32_t wl = 0, wt = 0;
  for (uint32_t i = 0; i < seg->nargs; i++) {
    uint8_t k = seg->args[i].kind;
    if (k == BM_GA_LIFETIME) wl++;
    else if (k == BM_GA_TYPE || k == BM_GA_CONST) wt++;
  }
  uint32_t nl = 0, nt = 0, nreq = 0;
  for (uint32_t i = 0; i < d->generics.nparams; i++) {
    const BmGenericParam *p = &d->generics.params[i];
    if (p->kind == BM_GP_LIFETIME) nl++;
    else if (!p->is_impl_trait) {
      nt++;
      if (!p->default_type && !p->const_default) nreq++;
    }
  }
  bool hidden = std_hidden(cx, d);
  bool fn = d->kind == BM_DEF_FN;
  /* lifetimes: none written is elision (or E0106, elsewhere); std's
     declarations may not carry every lifetime parameter */
  if (wl && wl != nl && !d->is_std && !fn) report_count(cx, d, seg, "", nl, wl, true, wl < nl);
  bool missing_ok = pos == POS_EXPR || pos == POS_QTRAIT;
  if (!seg->has_args) {
    if (missing_ok || !nreq) return;
    BmRange at = seg_ident(cx, seg);
    const char *quant = nt > nreq || hidden ? "at least " : "";
    BmDiagnostic *e = bm_diag_error(cx->sink, "E0107", at.start, at.end, "missing generics for %s `%s`", generic_descr(d),
                                    S(cx, d->name));
    bm_diag_label(cx->sink, e, at.start, at.end, "expected %s%u generic argument%s", quant, nreq, plural(nreq));
    return;
  }
  if (wt < nreq && !missing_ok) {
    report_count(cx, d, seg, nt > nreq || hidden ? "at least " : "", nreq, wt, false, true);
    return;
  }
  if (wt > nt && !hidden) report_count(cx, d, seg, nt > nreq ? "at most " : "", nt, wt, false, false);
}

static bool fn_has_impl_trait(const BmDef *d) {
  for (uint32_t i = 0; i < d->generics.nparams; i++)
    if (d->generics.params[i].is_impl_trait) return true;
  return false;
}

static void on_path_e0107(Walker *w, const BmPath *p, PathPos pos) {
  Cx *cx = w->cx;
  if (pos == POS_METHOD || p->res.kind != BM_RES_DEF || !p->nsegs || p->res.rest >= p->nsegs) return;
  uint32_t si = p->nsegs - 1 - p->res.rest;
  BmDefId def = p->res.id;
  const BmDef *d = DEF(cx, def);
  switch (d->kind) {
  case BM_DEF_STRUCT: case BM_DEF_ENUM: case BM_DEF_UNION: case BM_DEF_TRAIT:
    break;
  case BM_DEF_TYPE_ALIAS:
    if (!is_free_alias(cx, def) && !d->is_std) return;
    if (d->parent != NONE && (DEF(cx, d->parent)->kind == BM_DEF_IMPL || DEF(cx, d->parent)->kind == BM_DEF_TRAIT)) return;
    break;
  case BM_DEF_VARIANT: {
    /* `Enum::<T>::Variant` or `Variant::<T>`: one of the two may have them */
    if (pos != POS_EXPR) return;
    const BmPathSeg *vs = &p->segs[si];
    const BmPathSeg *es = si > 0 ? &p->segs[si - 1] : NULL;
    if (vs->has_args && es && es->has_args) return;
    const BmPathSeg *seg = vs->has_args ? vs : es && es->has_args ? es : NULL;
    if (seg) check_seg_count(cx, def, seg, pos);
    return;
  }
  case BM_DEF_FN:
    if (pos != POS_EXPR || fn_has_impl_trait(d)) return;
    if (d->parent != NONE && DEF(cx, d->parent)->kind != BM_DEF_MOD) return;
    break;
  default:
    return;
  }
  check_seg_count(cx, def, &p->segs[si], pos);
}

static void check_generic_counts(Cx *cx) {
  Walker w;
  memset(&w, 0, sizeof w);
  w.cx = cx;
  w.on_path = on_path_e0107;
  walk_crate(cx, &w, true);
}

static void check_types(Cx *cx) {
  check_representable(cx);
  check_alias_cycles(cx);
  check_const_cycles(cx);
  check_generic_counts(cx);
}

/* ================================================================ entry */

void bm_check_items(BmTcx *tcx, BmInfer **bodies) {
  if (!tcx->sink || !tcx->local || !tcx->src) return;
  Cx cx;
  memset(&cx, 0, sizeof cx);
  cx.tcx = tcx;
  cx.sink = tcx->sink;
  cx.crate = tcx->local;
  cx.bodies = bodies;
  cx.text = tcx->src->text;
  cx.len = tcx->src->length;
  cx.incoherent = bm_arena_alloc(tcx->arena, tcx->ndefs ? tcx->ndefs : 1);
  check_names(&cx);
  check_coherence(&cx);
  check_trait_impls(&cx);
  check_types(&cx);
}

/* ================================================================ `fn main` */

void bm_check_main(BmTcx *tcx) {
  if (!tcx || !tcx->sink || !tcx->local || !tcx->src || !tcx->res) return;
  Cx cx;
  memset(&cx, 0, sizeof cx);
  cx.tcx = tcx;
  cx.sink = tcx->sink;
  cx.crate = tcx->local;
  cx.text = tcx->src->text;
  cx.len = tcx->src->length;
  BmDefId root = cx.crate->root;
  if (root == NONE) return;
  const BmDef *r = DEF(&cx, root);
  /* items made by macros, or a glob import, may bring a `main` */
  if (r->unsupported) return;
  for (uint32_t i = 0; i < r->nitems; i++)
    if (DEF(&cx, r->items[i])->kind == BM_DEF_USE && DEF(&cx, r->items[i])->is_glob) return;
  BmBinding b = bm_scope_lookup(tcx->res, root, BM_SYM_main);
  if (b.dummy) return;
  if (b.value == NONE || DEF(&cx, b.value)->kind != BM_DEF_FN) {
    /* at the end of the last item */
    uint32_t end = 0;
    for (uint32_t i = 0; i < r->nitems; i++) end = max_u32(end, DEF(&cx, r->items[i])->span.end);
    if (!end) return;
    BmDiagnostic *e = bm_diag_error(cx.sink, "E0601", end, end, "`main` function not found in crate `main`");
    bm_diag_label(cx.sink, e, end, end, "consider adding a `main` function to `src/main.rs`");
    if (b.value != NONE && is_local(&cx, b.value)) {
      BmRange sp = DEF(&cx, b.value)->span;
      bm_diag_label(cx.sink, e, sp.start, sp.end, "non-function item at `crate::main` is found");
    }
    return;
  }
  if (!is_local(&cx, b.value)) return;
  const BmDef *m = DEF(&cx, b.value);
  BmRange sp = def_span(&cx, m);
  bool generic = false;
  for (uint32_t i = 0; i < m->generics.nparams; i++)
    if (!m->generics.params[i].is_impl_trait) generic = true;
  if (generic && m->generics.span.end > m->generics.span.start) {
    BmRange g = m->generics.span;
    BmDiagnostic *e = bm_diag_error(cx.sink, "E0131", g.start, g.end,
                                    "`main` function is not allowed to have generic parameters");
    bm_diag_label(cx.sink, e, g.start, g.end, "`main` cannot have generic parameters");
    return;
  }
  if (m->is_async) {
    BmDiagnostic *e = bm_diag_error(cx.sink, "E0752", sp.start, sp.end, "`main` function is not allowed to be `async`");
    bm_diag_label(cx.sink, e, sp.start, sp.end, "`main` function is not allowed to be `async`");
    return;
  }
  /* a return type rustc rejects first (E0277, Termination) is not checked */
  if ((m->nparams || m->self_param != BM_SELF_PARAM_NONE) && !m->ret) {
    BmDiagnostic *e = bm_diag_error(cx.sink, "E0580", sp.start, sp.end, "`main` function has wrong type");
    bm_diag_label(cx.sink, e, sp.start, sp.end, "incorrect number of function parameters");
    bm_diag_note(cx.sink, e, "expected signature `fn()`");
  }
}
