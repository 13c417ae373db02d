/*
 * items.c: the well-formedness of the snippet's items (not of expressions).
 *
 * Computes, after names (resolve.c), the trait index (trait.c) and the
 * bodies' types (infer.c), the checks rustc makes on items:
 *   trait impls against their trait: E0046 E0407 E0437 E0438 E0050 E0185
 *     E0186 E0053 E0201 E0449
 *   coherence: E0117 E0119 E0120 E0184 E0204 E0207 E0592
 *   types: E0072 (and the E0391 drop-query cycles rustc reports with it),
 *     E0391 (type alias cycles), E0107, E0124
 *   names: E0428 E0252 E0255 E0403 E0261 E0262 E0415
 * each at rustc's primary span with its wording.
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

static bool text_starts(Cx *cx, uint32_t at, const char *word) {
  size_t n = strlen(word);
  return at + n <= cx->len && memcmp(cx->text + at, word, n) == 0;
}

/* Does the text at `at` begin with the keyword `word` (not a longer name)? */
static bool starts_keyword(Cx *cx, uint32_t at, const char *word) {
  size_t n = strlen(word);
  if (!text_starts(cx, at, word)) return false;
  if (at + n >= cx->len) return true;
  char c = cx->text[at + n];
  return !(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
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

static void check_generic_names(Cx *cx, const BmDef *d) {
  const BmGenerics *g = &d->generics;
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
    for (uint32_t j = 0; j < i && !dup; j++) {
      const BmGenericParam *q = &g->params[j];
      if (q->is_impl_trait || q->name != p->name || q->kind == BM_GP_CONST) continue;
      if ((q->kind == BM_GP_LIFETIME) != lt) continue;
      report_e0403(cx, p, q);
      dup = true;
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
  uint32_t at = d->span.start;
  if (!starts_keyword(cx, at, "pub")) return;
  uint32_t end = at + 3, i = end;
  while (i < cx->len && is_space(cx->text[i])) i++;
  if (i < cx->len && cx->text[i] == '(') {
    int depth = 0;
    for (; i < cx->len; i++) {
      if (cx->text[i] == '(') depth++;
      else if (cx->text[i] == ')' && --depth == 0) { end = i + 1; break; }
    }
  }
  bm_diag_error(cx->sink, "E0449", at, end, "visibility qualifiers are not permitted here");
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

static void check_module_names(Cx *cx, const BmDef *m) {
  BmArray(Binding) seen = {0};
  BmArena *a = cx->tcx->arena;
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
      const Binding *old = NULL;
      for (uint32_t s = 0; s < seen.len && !old; s++)
        if (seen.items[s].name == mine[k].name && seen.items[s].ns == mine[k].ns) old = &seen.items[s];
      if (old) {
        if (!reported) report_clash(cx, old, &mine[k]);
        reported = true;
        continue;
      }
      bm_array_push(a, &seen, mine[k]);
    }
  }
}

/* An enum's variants and a trait's items have one namespace each too. */
static void check_member_names(Cx *cx, const BmDef *owner) {
  for (uint32_t i = 0; i < owner->nitems; i++) {
    const BmDef *d = DEF(cx, owner->items[i]);
    if (!d->name) continue;
    uint8_t ns = d->kind == BM_DEF_VARIANT ? BM_NS_TYPE : ns_of(d);
    for (uint32_t j = 0; j < i; j++) {
      const BmDef *o = DEF(cx, owner->items[j]);
      if (o->name != d->name) continue;
      uint8_t ons = o->kind == BM_DEF_VARIANT ? BM_NS_TYPE : ns_of(o);
      if (!(ns & ons)) continue;
      Binding old = {o->name, (uint8_t)(ns & ons & BM_NS_TYPE ? BM_NS_TYPE : BM_NS_VALUE), owner->items[j],
                     owner->items[j], false};
      Binding new = {d->name, old.ns, owner->items[i], owner->items[i], false};
      report_clash(cx, &old, &new);
      break;
    }
  }
}

/* ---- the walk over the type syntax of an item (and a body's) */

typedef enum { POS_TYPE, POS_TRAIT, POS_EXPR, POS_METHOD } PathPos;

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
    walk_path(w, p->qtrait, POS_TRAIT);
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
    bool hr = starts_keyword(cx, t->span.start, "for");
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
    bool hr = starts_keyword(cx, p->span.start, "for");
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

static bool lifetime_declared(Cx *cx, BmDefId item, BmSym name) {
  /* the item and everything around it: an impl's or trait's lifetimes are
     its methods' too; an outer fn's are E0401 (not modelled): silence */
  for (int guard = 0; item != NONE && guard < 64; guard++) {
    const BmDef *d = DEF(cx, item);
    for (uint32_t i = 0; i < d->generics.nparams; i++)
      if (d->generics.params[i].kind == BM_GP_LIFETIME && d->generics.params[i].name == name) return true;
    item = d->parent;
  }
  return false;
}

static void on_lifetime_e0261(Walker *w, BmSym name, BmRange sp) {
  Cx *cx = w->cx;
  if (lifetime_declared(cx, w->item, name)) return;
  BmDiagnostic *e = bm_diag_error(cx->sink, "E0261", sp.start, sp.end, "use of undeclared lifetime name `'%s`",
                                  S(cx, name));
  bm_diag_label(cx->sink, e, sp.start, sp.end, "undeclared lifetime");
}

static void check_lifetimes(Cx *cx) {
  Walker w;
  memset(&w, 0, sizeof w);
  w.cx = cx;
  w.on_lifetime = on_lifetime_e0261;
  for (BmDefId id = first_local(cx); id < end_local(cx); id++) {
    const BmDef *d = DEF(cx, id);
    if (d->kind == BM_DEF_USE || d->kind == BM_DEF_MOD) continue;
    /* a variant's fields see its enum's generics */
    w.item = d->kind == BM_DEF_VARIANT ? d->parent : id;
    walk_def(&w, d);
  }
  for (uint32_t i = 0; i < cx->crate->bodies.len; i++) {
    const BmBody *b = cx->crate->bodies.items[i];
    w.item = b->owner;
    if (DEF(cx, b->owner)->kind == BM_DEF_VARIANT) continue;
    walk_body(&w, b);
  }
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
  check_names(&cx);
}
