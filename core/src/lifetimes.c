/*
 * lifetimes.c: lifetimes in signatures.
 *
 * Computes E0106 "missing lifetime specifier": a `&` without a lifetime in
 * a struct or enum field (elision never applies there), and in a fn's
 * return type when the elision rules give it no lifetime: no `&self` /
 * `&mut self`, and not exactly one lifetime among the parameters.
 * Assumes: parameter types it cannot see into (paths of unknown types,
 * which may hide a lifetime) make it silent rather than guess. Refs inside
 * `fn(..)` / `Fn(..)` types have their own elision scope and are skipped.
 * The walk over items uses a tree cursor (no recursion on user input);
 * type walks go through the depth guard (limits.c): past it a signature is
 * taken as unknown (silent). Loops over parameters and IR nodes spend the
 * work budget and stop, silent, when it is spent.
 */
#include <string.h>

#include "bm.h"

typedef struct {
  uint32_t elided;        /* `&` without lifetime, `'_` */
  uint32_t named;         /* explicit lifetimes */
  bool hidden;            /* a path type that may hide a lifetime */
  bool deep;              /* nested past the depth guard: not all counted */
} Count;

static void count_type_in(BmProgram *prog, TSNode t, Count *c, int depth);

static void count_type(BmProgram *prog, TSNode t, Count *c, int depth) {
  if (ts_node_is_null(t)) return;
  if (!bm_deeper(prog->limits)) {
    c->deep = true;
    return;
  }
  count_type_in(prog, t, c, depth);
  bm_shallower(prog->limits);
}

static void count_type_in(BmProgram *prog, TSNode t, Count *c, int depth) {
  const char *k = ts_node_type(t);
  if (strcmp(k, "function_type") == 0) return;
  if (strcmp(k, "reference_type") == 0) {
    bool has = false;
    BmNodes kt = bm_kids(prog->arena, t);
    for (uint32_t i = 0; i < kt.len; i++) {
      TSNode ch = kt.items[i];
      if (bm_node_is(ch, "lifetime")) {
        has = true;
        char *l = bm_node_text(prog->arena, prog->text, ch);
        if (strcmp(l, "'_") == 0) c->elided++;
        else c->named++;
      }
    }
    if (!has) c->elided++;
  } else if (strcmp(k, "lifetime") == 0) {
    char *l = bm_node_text(prog->arena, prog->text, t);
    if (strcmp(l, "'_") == 0) c->elided++;
    else if (strcmp(l, "'static") != 0) c->named++;
    return;
  } else if (strcmp(k, "type_identifier") == 0 || strcmp(k, "scoped_type_identifier") == 0) {
    char *name = bm_node_text(prog->arena, prog->text, t);
    const char *last = strrchr(name, ':');
    if (last) name = (char *)last + 1;
    BmItem *item = bm_program_item(prog, name);
    if (item) {
      if (item->has_lifetimes) c->elided++;
    } else if (!bm_std_type_known(name) && strcmp(name, "Self") != 0) {
      /* single capital letters are usually generic parameters */
      if (!(name[0] >= 'A' && name[0] <= 'Z' && name[1] == 0)) c->hidden = true;
    }
    return;
  } else if (strcmp(k, "generic_type") == 0) {
    BmNodes args = bm_kids(prog->arena, bm_field_name(t, "type_arguments", 14));
    TSNode ty = bm_field_name(t, "type", 4);
    bool explicit_lt = false;
    for (uint32_t i = 0; i < args.len; i++)
      if (bm_node_is(args.items[i], "lifetime")) explicit_lt = true;
    if (!explicit_lt) count_type(prog, ty, c, depth + 1);
    /* Fn(&str) -> &str sugar is a generic_type with function parameters */
    char *tn = bm_node_text(prog->arena, prog->text, ty);
    if (strcmp(tn, "Fn") == 0 || strcmp(tn, "FnMut") == 0 || strcmp(tn, "FnOnce") == 0) return;
    for (uint32_t i = 0; i < args.len; i++) count_type(prog, args.items[i], c, depth + 1);
    return;
  }
  BmNodes kt = bm_kids(prog->arena, t);
  for (uint32_t i = 0; i < kt.len; i++) count_type(prog, kt.items[i], c, depth + 1);
}

static void report_refs_in(BmDiagSink *sink, BmProgram *prog, TSNode t, const char *help, int depth);

/* Report each `&` without lifetime in a type (outside fn-pointer types). */
static void report_refs(BmDiagSink *sink, BmProgram *prog, TSNode t, const char *help, int depth) {
  if (ts_node_is_null(t) || !bm_deeper(prog->limits)) return;
  report_refs_in(sink, prog, t, help, depth);
  bm_shallower(prog->limits);
}

static void report_refs_in(BmDiagSink *sink, BmProgram *prog, TSNode t, const char *help, int depth) {
  const char *k = ts_node_type(t);
  if (strcmp(k, "function_type") == 0) return;
  if (strcmp(k, "generic_type") == 0) {
    char *tn = bm_node_text(prog->arena, prog->text, bm_field_name(t, "type", 4));
    if (strcmp(tn, "Fn") == 0 || strcmp(tn, "FnMut") == 0 || strcmp(tn, "FnOnce") == 0) return;
  }
  BmNodes kt = bm_kids(prog->arena, t);
  if (strcmp(k, "reference_type") == 0) {
    bool has = false;
    for (uint32_t i = 0; i < kt.len; i++)
      if (bm_node_is(kt.items[i], "lifetime")) has = true;
    if (!has) {
      uint32_t s = ts_node_start_byte(t);
      BmDiagnostic *d = bm_diag_error(sink, "E0106", s, s + 1, "missing lifetime specifier");
      bm_diag_label(sink, d, s, s + 1, "expected named lifetime parameter");
      bm_diag_note(sink, d, "%s", help);
      bm_diag_help(sink, d, "consider introducing a named lifetime parameter, like `'a`, and "
                   "writing `&'a`");
    }
  }
  for (uint32_t i = 0; i < kt.len; i++) report_refs(sink, prog, kt.items[i], help, depth + 1);
}

static void check_fields(BmDiagSink *sink, BmProgram *prog, TSNode item) {
  TSNode body = bm_field_name(item, "body", 4);
  if (ts_node_is_null(body)) return;
  const char *help = "a reference stored in a struct points into memory owned elsewhere; the "
                     "struct needs a lifetime parameter saying which region that is, so it "
                     "cannot outlive it";
  if (bm_node_is(item, "struct_item")) {
    report_refs(sink, prog, body, help, 0);
    return;
  }
  BmNodes kb = bm_kids(prog->arena, body);
  for (uint32_t i = 0; i < kb.len; i++) {
    TSNode v = kb.items[i];
    TSNode vb = bm_field_name(v, "body", 4);
    if (!ts_node_is_null(vb)) report_refs(sink, prog, vb, help, 0);
  }
}

static void check_fn(BmDiagSink *sink, BmProgram *prog, TSNode fn) {
  TSNode ret = bm_field_name(fn, "return_type", 11);
  if (ts_node_is_null(ret)) return;
  Count rc = {0};
  count_type(prog, ret, &rc, 0);
  if (!rc.elided || rc.deep) return;
  BmNodes params = bm_kids(prog->arena, bm_field_name(fn, "parameters", 10));
  Count in = {0};
  uint32_t nparams = 0;
  for (uint32_t i = 0; i < params.len; i++) {
    TSNode p = params.items[i];
    if (bm_node_is(p, "self_parameter")) return; /* &self: elided to self; self: silent */
    if (!bm_node_is(p, "parameter")) continue;
    TSNode pat = bm_field_name(p, "pattern", 7);
    if (bm_node_is(pat, "self")) return; /* `self: &mut T` */
    nparams++;
    count_type(prog, bm_field_name(p, "type", 4), &in, 0);
  }
  uint32_t total = in.elided + in.named;
  if (total == 1) return;
  if ((in.hidden || in.deep) && total < 2) return;
  const char *help = total == 0
      ? "this function's return type contains a borrowed value, but there is no value for it "
        "to be borrowed from"
      : "this function's return type contains a borrowed value, but the signature does not say "
        "which one of the parameters it is borrowed from";
  (void)nparams;
  report_refs(sink, prog, ret, help, 0);
}

/* Over the items the macros' walk met (every compiled fn, fn signature,
 * struct and enum, nested ones included, in source order). */
void bm_check_signatures(BmDiagSink *sink, BmProgram *prog, TSNode root) {
  (void)root;
  const BmMacros *m = prog->macros;
  for (uint32_t i = 0; m && i < m->signatures.len; i++) {
    TSNode n = m->signatures.items[i];
    BmKind k = bm_kind(n);
    if (k == BM_K_struct_item || k == BM_K_enum_item) check_fields(sink, prog, n);
    else check_fn(sink, prog, n);
  }
}

/* ------------------------------------------------------------ regions */

/* A universal region of the fn: a named lifetime ("'a", "'static") or an
 * anonymous one (an elided `&` of parameter `anon`, numbered from 1). */
typedef struct {
  const char *name;       /* "'a", or "'#k" when anonymous */
  uint32_t anon;          /* anonymous: 1 + parameter position, else 0 */
  uint32_t start, end;    /* where it is written (the `&` or the lifetime) */
} Region;

typedef struct { const char *longer, *shorter; } Outlives;

typedef struct {
  BmArena *a;
  const char *text;
  BmProgram *prog;
  BmArray(Region) decls;        /* declared lifetime parameters */
  BmArray(Outlives) bounds;     /* 'longer: 'shorter */
  bool deep;                    /* a type nested past the depth guard: its
                                   implied bounds are not all known, so say
                                   nothing about this fn */
} Regions;

static const char *lt_text(Regions *R, TSNode n) { return bm_node_text(R->a, R->text, n); }

static void add_bounds(Regions *R, const char *lt, TSNode bounds) {
  BmNodes kb = bm_kids(R->a, bounds);
  for (uint32_t i = 0; i < kb.len; i++) {
    TSNode b = kb.items[i];
    if (!bm_node_is(b, "lifetime")) continue;
    Outlives o = {lt, lt_text(R, b)};
    bm_array_push(R->a, &R->bounds, o);
  }
}

/* <'a, 'b: 'a, T> and `where 'b: 'a` of an item (fn or impl). */
static void collect_generics(Regions *R, TSNode item) {
  if (ts_node_is_null(item)) return;
  BmNodes tp = bm_kids(R->a, bm_field_name(item, "type_parameters", 15));
  for (uint32_t i = 0; i < tp.len; i++) {
    TSNode p = tp.items[i];
    if (!bm_node_is(p, "lifetime_parameter")) continue;
    TSNode name = bm_field_name(p, "name", 4);
    if (ts_node_is_null(name)) name = ts_node_named_child(p, 0);
    Region r = {lt_text(R, name), 0, ts_node_start_byte(name), ts_node_end_byte(name)};
    bm_array_push(R->a, &R->decls, r);
    add_bounds(R, r.name, bm_field_name(p, "bounds", 6));
  }
  BmNodes ki = bm_kids(R->a, item);
  for (uint32_t i = 0; i < ki.len; i++) {
    TSNode w = ki.items[i];
    if (!bm_node_is(w, "where_clause")) continue;
    BmNodes kw = bm_kids(R->a, w);
    for (uint32_t j = 0; j < kw.len; j++) {
      TSNode pred = kw.items[j];
      TSNode left = bm_field_name(pred, "left", 4);
      if (bm_node_is(pred, "where_predicate") && bm_node_is(left, "lifetime"))
        add_bounds(R, lt_text(R, left), bm_field_name(pred, "bounds", 6));
    }
  }
}

/* Does region `a` outlive region `b` by the declarations (reflexive,
 * transitive, 'static outlives all)? A breadth-first search over the
 * bounds, at most 17 steps from `a`, each bound followed once (so cycles and
 * many bounds cost O(steps x bounds), never more). */
static bool outlives(const Regions *R, const Region *a, const Region *b, const char *from, int depth) {
  (void)depth;
  const char *an = from ? from : a->name;
  if (strcmp(an, "'static") == 0 || strcmp(an, b->name) == 0) return true;
  uint32_t nb = R->bounds.len;
  if (!nb) return false;
  bool *used = bm_arena_alloc(R->a, nb);
  const char **frontier = bm_arena_alloc(R->a, (nb + 1) * sizeof(char *));
  const char **next = bm_arena_alloc(R->a, (nb + 1) * sizeof(char *));
  uint32_t nf = 0;
  frontier[nf++] = an;
  for (int step = 0; step <= 16 && nf; step++) {
    uint32_t nn = 0;
    if (!bm_spend(R->prog->limits, (uint64_t)nf * nb / 16)) return false;
    for (uint32_t f = 0; f < nf; f++)
      for (uint32_t i = 0; i < nb; i++) {
        if (used[i] || strcmp(R->bounds.items[i].longer, frontier[f]) != 0) continue;
        used[i] = true;
        const char *s = R->bounds.items[i].shorter;
        if (strcmp(s, "'static") == 0 || strcmp(s, b->name) == 0) return true;
        next[nn++] = s;
      }
    const char **t = frontier;
    frontier = next;
    next = t;
    nf = nn;
  }
  return false;
}

/* The region of a reference type node: its lifetime, or anonymous. */
static bool ref_region(Regions *R, TSNode t, uint32_t anon, Region *out) {
  if (!bm_node_is(t, "reference_type")) return false;
  out->name = bm_arena_printf(R->a, "'#%u", anon);
  out->anon = anon;
  out->start = ts_node_start_byte(t);
  out->end = out->start + 1;
  BmNodes kt = bm_kids(R->a, t);
  for (uint32_t i = 0; i < kt.len; i++) {
    TSNode c = kt.items[i];
    if (!bm_node_is(c, "lifetime")) continue;
    const char *l = lt_text(R, c);
    if (strcmp(l, "'_") != 0) {
      out->name = l;
      out->anon = 0;
      out->start = ts_node_start_byte(c);
      out->end = ts_node_end_byte(c);
    }
  }
  return true;
}

typedef struct {
  uint32_t local;
  const char *pname;       /* the parameter's name */
  TSNode type;             /* its type syntax (a null node for self) */
  Region region;
  bool eligible;           /* a `&'r T` whose T holds no references */
  bool has_vregion;        /* its value has one region (also a struct with one lifetime) */
  Region vregion;
} Param;

/* Implied bounds of a parameter type (rustc assumes its inputs well-formed):
 * in `&'x T`, every lifetime inside T outlives 'x. */
static void implied_bounds(Regions *R, TSNode t, uint32_t anon, int depth);

/* Every lifetime written in `t` outlives `outer` (a cursor walk, as deep
 * as the depth guard allows: deeper, the fn is given up anyway). */
static void lifetimes_inside(Regions *R, TSNode t, const char *outer, int depth) {
  (void)depth;
  if (ts_node_is_null(t)) return;
  TSTreeCursor cur = ts_tree_cursor_new(t);
  uint32_t level = 0, visited = 0;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cur);
    bool descend = ts_node_is_named(n);
    visited++;
    if (bm_node_is(n, "lifetime")) {
      const char *l = lt_text(R, n);
      if (strcmp(l, "'_") != 0 && strcmp(l, "'static") != 0) {
        Outlives o = {l, outer};
        bm_array_push(R->a, &R->bounds, o);
      }
      descend = false;
    }
    if (level >= BM_MAX_NESTING) {
      R->deep = true;
      descend = false;
    }
    if (descend && ts_tree_cursor_goto_first_child(&cur)) {
      level++;
      continue;
    }
    bool more = true;
    while (more && !ts_tree_cursor_goto_next_sibling(&cur)) {
      more = ts_tree_cursor_goto_parent(&cur);
      level--;
    }
    if (!more) break;
  }
  ts_tree_cursor_delete(&cur);
  if (!bm_spend(R->prog->limits, visited / 8)) R->deep = true;
}

static void implied_bounds_in(Regions *R, TSNode t, uint32_t anon, int depth);

static void implied_bounds(Regions *R, TSNode t, uint32_t anon, int depth) {
  if (ts_node_is_null(t) || R->deep) return;
  if (!bm_deeper(R->prog->limits)) {
    R->deep = true;
    return;
  }
  implied_bounds_in(R, t, anon, depth);
  bm_shallower(R->prog->limits);
}

static void implied_bounds_in(Regions *R, TSNode t, uint32_t anon, int depth) {
  Region r;
  if (ref_region(R, t, anon, &r)) {
    TSNode inner = bm_field_name(t, "type", 4);
    lifetimes_inside(R, inner, r.name, 0);
    implied_bounds(R, inner, anon + 1000, depth + 1);
    return;
  }
  BmNodes kt = bm_kids(R->a, t);
  for (uint32_t i = 0; i < kt.len; i++) implied_bounds(R, kt.items[i], anon, depth + 1);
}

/* A struct or enum without lifetime parameters whose fields hold
 * references anyway (`name: &'static str`): what is read out of it is not
 * tied to the region it is reached through, so the return check cannot
 * tell (silence). */
static bool fields_hold_refs(const BmType *t) {
  if (!t || t->kind != BM_TY_ADT || !t->item) return false;
  const BmItem *it = t->item;
  for (uint32_t i = 0; i < it->fields.len; i++)
    if (bm_type_holds_refs(it->fields.items[i].type)) return true;
  for (uint32_t v = 0; v < it->variants.len; v++)
    for (uint32_t i = 0; i < it->variants.items[v].fields.len; i++)
      if (bm_type_holds_refs(it->variants.items[v].fields.items[i].type)) return true;
  return false;
}

static const char *region_str(BmArena *a, const Region *r) {
  (void)a;
  return r->name;
}

static void report_region(BmDiagSink *sink, const Param *p, const Region *ret, uint32_t s,
                          uint32_t e, const char *what) {
  BmArena *a = sink->arena;
  bool self_param = strcmp(p->pname, "self") == 0;
  bool ret_static = strcmp(ret->name, "'static") == 0;
  if (p->region.anon && !ret->anon && !ret_static && !self_param) {
    BmDiagnostic *d = bm_diag_error(sink, "E0621", s, e,
                                    "explicit lifetime required in the type of `%s`", p->pname);
    bm_diag_label(sink, d, s, e, "lifetime `%s` required", ret->name);
    bm_diag_note(sink, d, "`%s` may borrow from a shorter region than `%s`, but the result must "
                 "live for `%s`", p->pname, ret->name, ret->name);
    if (!ts_node_is_null(p->type)) {
      const char *t = bm_node_text(a, sink->src->text, p->type);
      const char *rest = t + 1;
      while (*rest == ' ') rest++;
      bm_diag_help(sink, d, "add explicit lifetime `%s` to the type of `%s`: `&%s %s`", ret->name,
                   p->pname, ret->name, rest);
    }
    return;
  }
  const char *pn = region_str(a, &p->region), *rn = region_str(a, ret);
  if (p->region.anon && ret->anon) {
    pn = p->region.anon < ret->anon ? "'1" : "'2";
    rn = p->region.anon < ret->anon ? "'2" : "'1";
  } else if (p->region.anon) {
    pn = "'1";
  } else if (ret->anon) {
    rn = "'1";
  }
  BmDiagnostic *d = bm_diag_error(sink, NULL, s, e, "lifetime may not live long enough");
  if (!p->region.anon)
    bm_diag_label(sink, d, p->region.start, p->region.end, "lifetime `%s` defined here", pn);
  else
    bm_diag_label(sink, d, p->region.start, p->region.end,
                  "let's call the lifetime of this reference `%s`", pn);
  if (ret_static)
    ;
  else if (!ret->anon)
    bm_diag_label(sink, d, ret->start, ret->end, "lifetime `%s` defined here", rn);
  else
    bm_diag_label(sink, d, ret->start, ret->end,
                  "let's call the lifetime of this reference `%s`", rn);
  if (ret_static)
    bm_diag_label(sink, d, s, e, "returning this value requires that `%s` must outlive `'static`",
                  pn);
  else
    bm_diag_label(sink, d, s, e, "%s was supposed to return data with lifetime `%s` but it "
                  "is returning data with lifetime `%s`", what, rn, pn);
  bm_diag_note(sink, d, "the signature does not say that `%s` lives at least as long as `%s`, so "
               "the caller may free what `%s` points to while the result is still in use", pn, rn,
               p->pname);
  if (!p->region.anon && !ret->anon && !ret_static)
    bm_diag_help(sink, d, "consider adding the following bound: `%s: %s`", pn, rn);
}

/* Locals whose references reach `target` (backward over the flows), or
 * that `target`'s references reach (forward). */
static bool *reaching_dir(BmArena *a, const BmFn *fn, uint32_t target, bool forward) {
  uint32_t nl = fn->locals.len, nf = fn->flows.len;
  bm_spend(fn->limits, (nl + nf) / 16 + 1);
  uint32_t *off = bm_arena_alloc(a, (nl + 1) * sizeof(uint32_t));
  uint32_t *from = bm_arena_alloc(a, (nf + 1) * sizeof(uint32_t));
#define FL_TO(f) (forward ? fn->flows.items[f].from : fn->flows.items[f].to)
#define FL_FROM(f) (forward ? fn->flows.items[f].to : fn->flows.items[f].from)
  for (uint32_t f = 0; f < nf; f++) off[FL_TO(f) + 1]++;
  for (uint32_t l = 0; l < nl; l++) off[l + 1] += off[l];
  uint32_t *fill = bm_arena_alloc(a, (nl + 1) * sizeof(uint32_t));
  memcpy(fill, off, (nl + 1) * sizeof(uint32_t));
  for (uint32_t f = 0; f < nf; f++) from[fill[FL_TO(f)]++] = FL_FROM(f);
#undef FL_TO
#undef FL_FROM
  bool *reach = bm_arena_alloc(a, nl + 1);
  uint32_t *stack = bm_arena_alloc(a, (nl + 1) * sizeof(uint32_t)), top = 0;
  reach[target] = true;
  stack[top++] = target;
  while (top) {
    uint32_t l = stack[--top];
    for (uint32_t k = off[l]; k < off[l + 1]; k++)
      if (!reach[from[k]]) { reach[from[k]] = true; stack[top++] = from[k]; }
  }
  return reach;
}

static bool *reaching(BmArena *a, const BmFn *fn, uint32_t target) {
  return reaching_dir(a, fn, target, false);
}

/* The one reference region inside a `&mut C<&'r U>` / `&mut &'r U`
 * parameter's pointee (anonymous: numbered as implied_bounds does). */
static bool pointee_region(Regions *R, TSNode t, uint32_t anon, Region *out) {
  if (!bm_node_is(t, "reference_type")) return false;
  bool mut = false;
  for (uint32_t i = 0; i < ts_node_named_child_count(t); i++)
    if (bm_node_is(ts_node_named_child(t, i), "mutable_specifier")) mut = true;
  if (!mut) return false;
  TSNode inner = bm_field_name(t, "type", 4);
  /* exactly one `&` below, with nothing else that may hold a lifetime */
  TSNode found = {0};
  uint32_t refs = 0;
  TSNode stack[64];
  uint32_t top = 0;
  stack[top++] = inner;
  while (top) {
    TSNode n = stack[--top];
    if (bm_node_is(n, "reference_type")) {
      refs++;
      found = n;
      TSNode in2 = bm_field_name(n, "type", 4);
      if (!bm_node_is(in2, "primitive_type")) return false;
      continue;
    }
    if (bm_node_is(n, "lifetime")) return false;
    if (bm_node_is(n, "type_identifier")) {
      const char *tn = lt_text(R, n);
      if (strcmp(tn, "Vec") != 0 && strcmp(tn, "Option") != 0) return false;
    }
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
      if (top >= 64) return false;
      stack[top++] = ts_node_named_child(n, i);
    }
  }
  if (refs != 1) return false;
  return ref_region(R, found, anon + 1000, out);
}

/* ---- regions of places: a parameter's type seen through derefs and fields */

/* A struct's lifetime parameters bound to regions of the type naming it. */
typedef struct { const char *from; Region to; } Subst;
enum { MAX_SUBST = 8 };

/* The top-level struct item of that name (from the item table: O(1)). */
static TSNode find_struct(Regions *R, TSNode root, const char *name) {
  (void)root;
  const BmItem *item = bm_program_item(R->prog, name);
  TSNode none = {0};
  if (!item || item->is_enum || !item->top_level) return none;
  return item->node;
}

static Region named_region(Regions *R, const Subst *s, uint32_t ns, TSNode lt) {
  const char *l = lt_text(R, lt);
  for (uint32_t i = 0; i < ns; i++)
    if (strcmp(s[i].from, l) == 0) return s[i].to;
  Region r = {l, 0, ts_node_start_byte(lt), ts_node_end_byte(lt)};
  for (uint32_t d = 0; d < R->decls.len; d++)
    if (strcmp(R->decls.items[d].name, l) == 0) { r.start = R->decls.items[d].start; r.end = R->decls.items[d].end; }
  return r;
}

static bool has_lifetime_inside(Regions *R, TSNode t, int depth) {
  if (ts_node_is_null(t) || depth > 50) return true; /* unsure: yes */
  if (bm_node_is(t, "lifetime") || bm_node_is(t, "reference_type") || bm_node_is(t, "function_type") ||
      bm_node_is(t, "dynamic_type") || bm_node_is(t, "abstract_type") || bm_node_is(t, "bounded_type"))
    return true;
  if (bm_node_is(t, "type_identifier")) {
    BmItem *it = bm_program_item(R->prog, lt_text(R, t));
    return it && it->has_lifetimes;
  }
  BmNodes kt = bm_kids(R->a, t);
  for (uint32_t i = 0; i < kt.len; i++)
    if (has_lifetime_inside(R, kt.items[i], depth + 1)) return true;
  return false;
}

/* `S` / `S<'x, T>` naming a struct of the snippet whose lifetime parameters
 * have no bounds: the struct item and its lifetimes bound to the written
 * (or, all elided, fresh anonymous) regions. */
static bool adt_subst(Regions *R, TSNode root, TSNode t, const Subst *outer, uint32_t nouter,
                      TSNode *st, Subst *out, uint32_t *nout) {
  TSNode name = t, args = {0};
  if (bm_node_is(t, "generic_type")) {
    name = bm_field_name(t, "type", 4);
    args = bm_field_name(t, "type_arguments", 14);
  } else if (!bm_node_is(t, "type_identifier")) {
    return false;
  }
  if (!bm_node_is(name, "type_identifier")) return false;
  *st = find_struct(R, root, lt_text(R, name));
  if (ts_node_is_null(*st)) return false;
  BmNodes tp = bm_kids(R->a, bm_field_name(*st, "type_parameters", 15));
  const char *lts[MAX_SUBST];
  uint32_t n = 0;
  BmNodes ks = bm_kids(R->a, *st);
  for (uint32_t i = 0; i < ks.len; i++)
    if (bm_node_is(ks.items[i], "where_clause")) return false;
  for (uint32_t i = 0; i < tp.len; i++) {
    TSNode c = tp.items[i];
    if (!bm_node_is(c, "lifetime_parameter")) continue;
    if (!ts_node_is_null(bm_field_name(c, "bounds", 6)) || n >= MAX_SUBST) return false;
    TSNode nm = bm_field_name(c, "name", 4);
    if (ts_node_is_null(nm)) return false;
    lts[n++] = lt_text(R, nm);
  }
  TSNode given[MAX_SUBST];
  uint32_t ng = 0;
  BmNodes ka = bm_kids(R->a, args);
  for (uint32_t i = 0; i < ka.len; i++) {
    TSNode c = ka.items[i];
    if (bm_node_is(c, "lifetime")) {
      if (ng >= MAX_SUBST) return false;
      given[ng++] = c;
    } else if (has_lifetime_inside(R, c, 0)) {
      return false;
    }
  }
  if (ng && ng != n) return false;
  *nout = n;
  for (uint32_t i = 0; i < n; i++) {
    out[i].from = lts[i];
    if (ng && strcmp(lt_text(R, given[i]), "'_") != 0) {
      out[i].to = named_region(R, outer, nouter, given[i]);
    } else {
      uint32_t at = ng ? ts_node_start_byte(given[i]) : ts_node_start_byte(t);
      Region r = {bm_arena_printf(R->a, "'#@%u.%u", at, i), 1, at,
                  ng ? ts_node_end_byte(given[i]) : ts_node_end_byte(t)};
      out[i].to = r;
    }
  }
  return true;
}

/* The one region of a value of type `t`: `&'r U` with nothing in U that
 * holds a lifetime, or a struct with exactly one lifetime parameter. */
static bool value_region(Regions *R, TSNode root, TSNode t, const Subst *s, uint32_t ns, Region *out) {
  if (bm_node_is(t, "reference_type")) {
    if (has_lifetime_inside(R, bm_field_name(t, "type", 4), 0)) return false;
    uint32_t at = ts_node_start_byte(t);
    Region r = {bm_arena_printf(R->a, "'#@%u", at), 1, at, at + 1};
    BmNodes kt = bm_kids(R->a, t);
    for (uint32_t i = 0; i < kt.len; i++) {
      TSNode c = kt.items[i];
      if (bm_node_is(c, "lifetime") && strcmp(lt_text(R, c), "'_") != 0) r = named_region(R, s, ns, c);
    }
    *out = r;
    return true;
  }
  TSNode st;
  Subst sub[MAX_SUBST];
  uint32_t nsub = 0;
  if (!adt_subst(R, root, t, s, ns, &st, sub, &nsub) || nsub != 1) return false;
  *out = sub[0].to;
  return true;
}

/* The declared type of field `f` of a struct item. */
static TSNode struct_field_type(Regions *R, TSNode st, const char *f) {
  TSNode body = bm_field_name(st, "body", 4), none = {0};
  if (bm_node_is(body, "field_declaration_list")) {
    BmNodes kb = bm_kids(R->a, body);
    for (uint32_t i = 0; i < kb.len; i++) {
      TSNode fd = kb.items[i];
      TSNode nm = bm_field_name(fd, "name", 4);
      if (bm_node_is(fd, "field_declaration") && !ts_node_is_null(nm) && strcmp(lt_text(R, nm), f) == 0)
        return bm_field_name(fd, "type", 4);
    }
  } else if (bm_node_is(body, "ordered_field_declaration_list")) {
    uint32_t k = 0, want = (uint32_t)atoi(f);
    if (f[0] < '0' || f[0] > '9') return none;
    BmNodes kb = bm_kids_all(R->a, body);
    for (uint32_t i = 0; i < kb.len; i++) {
      TSNode c = kb.items[i];
      if (!ts_node_is_named(c) || bm_node_is(c, "attribute_item") || bm_node_is(c, "visibility_modifier"))
        continue;
      if (k++ == want) return c;
    }
  }
  return none;
}

/* The region of the value at place `p`, a parameter of type `ptype` with
 * derefs of references and fields of the snippet's structs. */
static bool place_type(Regions *R, TSNode root, TSNode ptype, const BmPlace *p, uint32_t from,
                       TSNode *type, Subst *s, uint32_t *nsp) {
  TSNode cur = ptype;
  uint32_t ns = 0;
  for (uint32_t i = from; i < p->nproj; i++) {
    const BmProj *pr = &p->proj[i];
    if (pr->kind == BM_PROJ_DEREF) {
      if (!bm_node_is(cur, "reference_type")) return false;
      cur = bm_field_name(cur, "type", 4);
    } else if (pr->kind == BM_PROJ_FIELD) {
      TSNode st;
      Subst s2[MAX_SUBST];
      uint32_t n2 = 0;
      if (!pr->name || strchr(pr->name, '.') || !adt_subst(R, root, cur, s, ns, &st, s2, &n2)) return false;
      cur = struct_field_type(R, st, pr->name);
      if (ts_node_is_null(cur)) return false;
      memcpy(s, s2, n2 * sizeof *s);
      ns = n2;
    } else {
      return false;
    }
  }
  *type = cur;
  *nsp = ns;
  return true;
}

static bool place_region(Regions *R, TSNode root, TSNode ptype, const BmPlace *p, Region *out) {
  TSNode cur;
  Subst s[MAX_SUBST];
  uint32_t ns = 0;
  return place_type(R, root, ptype, p, 0, &cur, s, &ns) && value_region(R, root, cur, s, ns, out);
}

/* A `&mut self` receiver of an impl of a struct with lifetimes: `self_ty`
 * is the impl's Self type (`Dict<'a>`), and places of `self` start with
 * the deref of the receiver. */
typedef struct { uint32_t local; TSNode ty; } SelfRecv;

static bool self_place_type(Regions *R, TSNode root, const SelfRecv *sr, const BmPlace *p,
                            TSNode *type, Subst *s, uint32_t *ns) {
  if (sr->local == UINT32_MAX || p->local != sr->local || p->nproj < 2 ||
      p->proj[0].kind != BM_PROJ_DEREF)
    return false;
  return place_type(R, root, sr->ty, p, 1, type, s, ns);
}

/* Report data of region `src` (parameter `pname`) stored where region
 * `dst` is required, at s..e. */
static void report_store(BmDiagSink *sink, const Region *src, const char *pname, const Region *dst,
                         bool src_first, uint32_t s, uint32_t e, const char *why) {
  BmDiagnostic *d;
  if (src->anon && !dst->anon && strcmp(dst->name, "'static") != 0 && strcmp(pname, "self") != 0) {
    d = bm_diag_error(sink, "E0621", s, e, "explicit lifetime required in the type of `%s`", pname);
    bm_diag_label(sink, d, s, e, "lifetime `%s` required", dst->name);
  } else {
    const char *pn = src->anon ? (dst->anon ? "'2" : "'1") : src->name;
    const char *tn = dst->anon ? "'1" : dst->name;
    if (src->anon && dst->anon) { pn = src_first ? "'1" : "'2"; tn = src_first ? "'2" : "'1"; }
    d = bm_diag_error(sink, NULL, s, e, "lifetime may not live long enough");
    bm_diag_label(sink, d, dst->start, dst->end, dst->anon ?
                  "let's call the lifetime of this reference `%s`" : "lifetime `%s` defined here", tn);
    bm_diag_label(sink, d, src->start, src->end, src->anon ?
                  "let's call the lifetime of this reference `%s`" : "lifetime `%s` defined here", pn);
    bm_diag_label(sink, d, s, e, "%s requires that `%s` must outlive `%s`", why, pn, tn);
    if (!src->anon && !dst->anon)
      bm_diag_help(sink, d, "consider adding the following bound: `%s: %s`", pn, tn);
  }
  bm_diag_note(sink, d, "data that lives for `%s` is stored where the signature only promises `%s`, "
               "which may be longer", src->anon ? "'_" : src->name, dst->anon ? "'_" : dst->name);
}

/* The region of the elements of a `&mut Vec<E>` / `Vec<E>` parameter. */
static bool vec_elem_region(Regions *R, TSNode root, TSNode t, Region *out) {
  if (bm_node_is(t, "reference_type")) {
    bool mut = false;
    BmNodes kt = bm_kids(R->a, t);
    for (uint32_t i = 0; i < kt.len; i++)
      if (bm_node_is(kt.items[i], "mutable_specifier")) mut = true;
    if (!mut) return false;
    t = bm_field_name(t, "type", 4);
  }
  if (!bm_node_is(t, "generic_type")) return false;
  TSNode name = bm_field_name(t, "type", 4);
  TSNode args = bm_field_name(t, "type_arguments", 14);
  if (strcmp(lt_text(R, name), "Vec") != 0 || ts_node_named_child_count(args) != 1) return false;
  return value_region(R, root, ts_node_named_child(args, 0), NULL, 0, out);
}

/* Data of a parameter stored through another (`x.push(y)` with
 * x: &mut Vec<&'r u8> or Vec<Ref<'r>>): its region must outlive 'r. */
static void check_stores(BmDiagSink *sink, Regions *R, TSNode root, const BmFn *fn,
                         const Param *params, uint32_t np) {
  for (uint32_t qi = 0; qi < np; qi++) {
    const Param *q = &params[qi];
    if (q->local == UINT32_MAX || ts_node_is_null(q->type)) continue;
    if (!bm_spend(R->prog->limits, np + 1)) return; /* the loop below is over every p */
    Region target;
    if (!pointee_region(R, q->type, qi + 1, &target)) {
      if (!vec_elem_region(R, root, q->type, &target)) continue;
    } else {
      for (uint32_t d = 0; !target.anon && d < R->decls.len; d++)
        if (strcmp(R->decls.items[d].name, target.name) == 0) {
          target.start = R->decls.items[d].start;
          target.end = R->decls.items[d].end;
        }
    }
    bool *reach = NULL;
    for (uint32_t pi = 0; pi < np; pi++) {
      const Param *p = &params[pi];
      if (pi == qi || p->local == UINT32_MAX) continue;
      const Region *src = p->eligible ? &p->region : p->has_vregion ? &p->vregion : NULL;
      if (!src || outlives(R, src, &target, NULL, 0)) continue;
      if (!reach) reach = reaching(sink->arena, fn, q->local);
      if (!reach[p->local]) continue;
      bool *fwd = reaching_dir(sink->arena, fn, p->local, true);
      /* the method call on q whose argument carries p's data */
      uint32_t s = 0, e = 0;
      for (uint32_t k = 0; k < fn->nodes.len && !e; k++) {
        const BmNode *n = &fn->nodes.items[k];
        if (n->kind != BM_N_ACCESS || !(n->flags & BM_F_RECV) || n->place->local != q->local)
          continue;
        /* its arguments are lowered just before it (two-phase borrows) */
        for (uint32_t j = k > 8 ? k - 8 : 0; j < k + 8 && j < fn->nodes.len && !e; j++) {
          const BmNode *m = &fn->nodes.items[j];
          if (m->kind == BM_N_ACCESS && fwd[m->place->local] && reach[m->place->local] &&
              m->place->local != q->local && m->start > n->start && m->end <= n->end) {
            s = n->start;
            e = n->end;
          }
        }
      }
      if (!e) continue;
      report_store(sink, src, p->pname, &target, pi < qi, s, e, "argument");
      break;
    }
  }
}

/* `self.f.push(p)` in a `&mut self` method, with field `f: Vec<E>` of the
 * Self type: the region of p's data must outlive E's. */
static void check_self_stores(BmDiagSink *sink, Regions *R, TSNode root, const BmFn *fn,
                              const Param *params, uint32_t np, const SelfRecv *sr) {
  if (sr->local == UINT32_MAX) return;
  bool *reach = NULL;
  for (uint32_t k = 0; k < fn->nodes.len; k++) {
    const BmNode *n = &fn->nodes.items[k];
    if (n->kind != BM_N_ACCESS || !(n->flags & BM_F_RECV) || n->access != BM_AC_MUT) continue;
    if (!bm_spend(R->prog->limits, np / 8 + 1)) return;
    TSNode ft;
    Subst sb[MAX_SUBST];
    uint32_t nsb = 0;
    if (!self_place_type(R, root, sr, n->place, &ft, sb, &nsb)) continue;
    if (!bm_node_is(ft, "generic_type")) continue;
    TSNode name = bm_field_name(ft, "type", 4);
    TSNode args = bm_field_name(ft, "type_arguments", 14);
    if (strcmp(lt_text(R, name), "Vec") != 0 || ts_node_named_child_count(args) != 1) continue;
    Region target;
    if (!value_region(R, root, ts_node_named_child(args, 0), sb, nsb, &target) || target.anon) continue;
    if (!reach) reach = reaching(sink->arena, fn, sr->local);
    for (uint32_t pi = 0; pi < np; pi++) {
      const Param *p = &params[pi];
      if (p->local == UINT32_MAX || p->local == sr->local || !reach[p->local]) continue;
      const Region *src = p->eligible ? &p->region : p->has_vregion ? &p->vregion : NULL;
      if (!src || outlives(R, src, &target, NULL, 0)) continue;
      bool *fwd = reaching_dir(sink->arena, fn, p->local, true);
      /* an argument of this call carrying p's data (lowered just before it) */
      bool arg = false;
      for (uint32_t j = k > 8 ? k - 8 : 0; j < k + 8 && j < fn->nodes.len && !arg; j++) {
        const BmNode *m = &fn->nodes.items[j];
        if (m->kind == BM_N_ACCESS && fwd[m->place->local] && m->place->local != sr->local &&
            m->start > n->start && m->end <= n->end)
          arg = true;
      }
      if (!arg) continue;
      report_store(sink, src, p->pname, &target, false, n->start, n->end, "argument");
      return;
    }
  }
}

/* `q.f = p` / `q.f = p.g` with q and p parameters: the region of what is
 * assigned must outlive the region the field's type requires. */
static void check_field_writes(BmDiagSink *sink, Regions *R, TSNode root, const BmFn *fn,
                               const Param *params, uint32_t np, const SelfRecv *sr) {
  for (uint32_t k = 0; k < fn->nodes.len; k++) {
    const BmNode *w = &fn->nodes.items[k];
    if (w->kind != BM_N_ACCESS || w->access != BM_AC_WRITE || !w->place->nproj ||
        w->place->proj[w->place->nproj - 1].kind != BM_PROJ_FIELD)
      continue;
    if (!bm_spend(R->prog->limits, np / 8 + 1)) return;
    const Param *q = NULL, *p = NULL;
    for (uint32_t i = 0; i < np; i++)
      if (params[i].local == w->place->local && !ts_node_is_null(params[i].type)) q = &params[i];
    bool through_self = !q && sr->local != UINT32_MAX && w->place->local == sr->local;
    if (!q && !through_self) continue;
    /* the right-hand side: a read of a place just before, ending with the write */
    const BmNode *r = NULL;
    for (uint32_t j = k; j-- > 0 && j + 4 > k;) {
      const BmNode *m = &fn->nodes.items[j];
      if (m->kind == BM_N_ACCESS && (m->access == BM_AC_READ || m->access == BM_AC_MOVE) &&
          m->end == w->end && m->start > w->start) { r = m; break; }
    }
    if (!r) continue;
    for (uint32_t i = 0; i < np; i++)
      if (params[i].local == r->place->local && !ts_node_is_null(params[i].type)) p = &params[i];
    if (!p) continue;
    Region dst, src;
    if (through_self) {
      TSNode ft;
      Subst sb[MAX_SUBST];
      uint32_t nsb = 0;
      if (!self_place_type(R, root, sr, w->place, &ft, sb, &nsb) ||
          !value_region(R, root, ft, sb, nsb, &dst) || dst.anon)
        continue;
    } else if (!place_region(R, root, q->type, w->place, &dst)) {
      continue;
    }
    if (!place_region(R, root, p->type, r->place, &src)) continue;
    if (outlives(R, &src, &dst, NULL, 0)) continue;
    report_store(sink, &src, p->pname, &dst, src.start < dst.start, w->start, w->end, "assignment");
  }
}

/* Sort locals by their start, then by index (insertion sort runs of a
 * merge sort would do; the list is the fn's parameters, already in order
 * but for patterns, so an insertion sort is near linear). */
static void sort_by_start(const BmFn *fn, uint32_t *ls, uint32_t n) {
  for (uint32_t i = 1; i < n; i++) {
    uint32_t x = ls[i], j = i;
    while (j > 0 && fn->locals.items[ls[j - 1]].start > fn->locals.items[x].start) {
      ls[j] = ls[j - 1];
      j--;
    }
    ls[j] = x;
  }
}

/* The last local (by index) of the sorted list that starts at `at`. */
static uint32_t last_at(const BmFn *fn, const uint32_t *ls, uint32_t n, uint32_t at) {
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (fn->locals.items[ls[mid]].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo && fn->locals.items[ls[lo - 1]].start == at ? ls[lo - 1] : UINT32_MAX;
}

void bm_check_regions(BmDiagSink *sink, BmProgram *prog, const BmFn *fn) {
  if (ts_node_is_null(fn->node) || fn->unsupported) return;
  TSNode rett = bm_field_name(fn->node, "return_type", 11);
  BmArena *a = sink->arena;
  Regions R = {a, prog->text, prog, {0}, {0}, false};
  collect_generics(&R, fn->node);
  collect_generics(&R, fn->impl_node);
  /* the parameters' locals by their start (the last one wins, as lower.c
   * declares a pattern's temp before its bindings) */
  BmArray(uint32_t) param_locals = {0};
  for (uint32_t l = 0; l < fn->locals.len; l++) {
    const BmLocal *lo = &fn->locals.items[l];
    if (lo->is_param && !lo->is_temp) bm_array_push(a, &param_locals, l);
  }
  sort_by_start(fn, param_locals.items, param_locals.len);
  /* parameters and their regions */
  BmArray(Param) params = {0};
  BmNodes ps = bm_kids(a, bm_field_name(fn->node, "parameters", 10));
  int self_ref = -1;
  SelfRecv sr;
  memset(&sr, 0, sizeof sr);
  sr.local = UINT32_MAX;
  bool self_mut = false;
  uint32_t lifetimes_in = 0, hidden = 0;
  for (uint32_t i = 0; i < ps.len; i++) {
    TSNode p = ps.items[i];
    Param q;
    memset(&q, 0, sizeof q);
    q.local = UINT32_MAX;
    q.region.anon = i + 1;
    q.region.name = bm_arena_printf(a, "'#%u", i + 1);
    uint32_t at;
    if (bm_node_is(p, "self_parameter")) {
      q.pname = "self";
      at = ts_node_start_byte(p);
      bool ref = false;
      BmNodes kp = bm_kids_all(a, p);
      for (uint32_t c = 0; c < kp.len; c++) {
        TSNode ch = kp.items[c];
        if (ref && bm_node_is(ch, "mutable_specifier")) self_mut = true;
        if (strcmp(ts_node_type(ch), "&") == 0) {
          ref = true;
          q.region.start = ts_node_start_byte(ch);
          q.region.end = q.region.start + 1;
        }
        if (bm_node_is(ch, "lifetime") && strcmp(lt_text(&R, ch), "'_") != 0) {
          q.region.name = lt_text(&R, ch);
          q.region.anon = 0;
          q.region.start = ts_node_start_byte(ch);
          q.region.end = ts_node_end_byte(ch);
        }
      }
      if (!ref) return; /* `self` by value: its lifetimes are the impl's, not modelled */
      /* &'x self with Self = Foo<'b>: 'b outlives 'x */
      if (!ts_node_is_null(fn->impl_node))
        lifetimes_inside(&R, bm_field_name(fn->impl_node, "type", 4), q.region.name, 0);
      self_ref = (int)params.len;
      q.eligible = true;
    } else if (bm_node_is(p, "parameter")) {
      TSNode pat = bm_field_name(p, "pattern", 7);
      if (bm_node_is(pat, "mut_pattern")) {
        uint32_t np = ts_node_named_child_count(pat);
        pat = np ? ts_node_named_child(pat, np - 1) : pat;
      }
      q.type = bm_field_name(p, "type", 4);
      Count c = {0};
      count_type(prog, q.type, &c, 0);
      lifetimes_in += c.elided + c.named;
      if (c.hidden) hidden++;
      if (c.deep) R.deep = true;
      implied_bounds(&R, q.type, i + 1, 0);
      if (!bm_node_is(pat, "identifier")) { bm_array_push(a, &params, q); continue; }
      if (bm_node_is(pat, "self")) return;
      q.pname = bm_node_text(a, prog->text, pat);
      at = ts_node_start_byte(pat);
      q.eligible = ref_region(&R, q.type, i + 1, &q.region) && !c.hidden;
    } else {
      continue;
    }
    q.local = last_at(fn, param_locals.items, param_locals.len, at);
    if (q.local == UINT32_MAX) q.eligible = false;
    if (self_mut && q.local != UINT32_MAX && sr.local == UINT32_MAX && bm_node_is(p, "self_parameter") &&
        bm_node_is(fn->impl_node, "impl_item") &&
        ts_node_is_null(bm_field_name(fn->impl_node, "trait", 5))) {
      sr.local = q.local;
      sr.ty = bm_field_name(fn->impl_node, "type", 4);
    }
    if (q.eligible) {
      const BmType *t = fn->locals.items[q.local].type;
      if (!t || t->kind != BM_TY_REF || !t->nargs || bm_type_holds_refs(t->args[0]) ||
          fields_hold_refs(t->args[0]))
        q.eligible = false;
    }
    bm_array_push(a, &params, q);
  }
  if (R.deep) return; /* nested past the guard: its bounds are not all known */
  /* labels name where a lifetime is declared */
  for (uint32_t i = 0; i < params.len; i++) {
    Param *p = &params.items[i];
    for (uint32_t d = 0; !p->region.anon && d < R.decls.len; d++)
      if (strcmp(R.decls.items[d].name, p->region.name) == 0) {
        p->region.start = R.decls.items[d].start;
        p->region.end = R.decls.items[d].end;
      }
  }
  TSNode root = ts_tree_root_node(fn->node.tree);
  for (uint32_t i = 0; i < params.len; i++) {
    Param *p = &params.items[i];
    if (p->local != UINT32_MAX && !ts_node_is_null(p->type))
      p->has_vregion = value_region(&R, root, p->type, NULL, 0, &p->vregion);
  }
  check_stores(sink, &R, root, fn, params.items, params.len);
  check_field_writes(sink, &R, root, fn, params.items, params.len, &sr);
  check_self_stores(sink, &R, root, fn, params.items, params.len, &sr);
  /* the return type's region: written, or by elision */
  Region ret;
  if (!fn->returns.len || !ref_region(&R, rett, 100000, &ret)) return;
  if (ret.anon) {
    if (self_ref >= 0) {
      ret = params.items[self_ref].region;
      if (!params.items[self_ref].eligible) return;
    } else if (lifetimes_in == 1 && !hidden) {
      return; /* the only input lifetime: nothing to compare */
    } else {
      return; /* E0106's business */
    }
  } else if (strcmp(ret.name, "'static") != 0) {
    bool declared = false;
    for (uint32_t i = 0; i < R.decls.len; i++)
      if (strcmp(R.decls.items[i].name, ret.name) == 0) { declared = true; ret.start = R.decls.items[i].start; ret.end = R.decls.items[i].end; }
    if (!declared) return;
  }
  bool *reach = reaching(a, fn, fn->ret_local);
  for (uint32_t i = 0; i < params.len; i++) {
    const Param *p = &params.items[i];
    if (!p->eligible || outlives(&R, &p->region, &ret, NULL, 0)) continue;
    if (!bm_spend(prog->limits, fn->nodes.len / 16 + 1)) return;
    /* the first place where the parameter's data enters the returned value */
    uint32_t s = 0, e = 0;
    for (uint32_t k = 0; k < fn->nodes.len && !e; k++) {
      const BmNode *n = &fn->nodes.items[k];
      if (n->kind != BM_N_ACCESS) continue;
      if (n->use == p->local + 1 && n->def && reach[n->def - 1]) { s = n->start; e = n->end; }
      if (n->loan) {
        const BmLoan *L = &fn->loans.items[n->loan - 1];
        if (L->place->local == p->local && L->place->nproj && L->place->proj[0].kind == BM_PROJ_DEREF &&
            reach[L->carrier]) { s = L->start; e = L->end; }
      }
    }
    if (!e) continue;
    report_region(sink, p, &ret, s, e, self_ref >= 0 ? "method" : "function");
  }
}
