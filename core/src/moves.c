/*
 * moves.c: moves, initialisation and mutability of places.
 *
 * Computes, on one fn's CFG, the move-outs that may reach each point (a
 * forward "maybe moved / maybe uninitialised" dataflow over move sites,
 * where `let x;` counts as a move-out of x), and reports
 *   E0382 use of a (partially) moved value   E0381 use of an uninitialised one
 *   E0384 assigning twice to an immutable    E0507 moving out of a reference
 *   E0596 / E0594 mutable borrow of / assignment to an immutable place.
 * Assumes: lower.c emitted MOVE only for values of known non-Copy type, and
 * flagged guessed accesses BM_F_UNKNOWN (never reported). Errors are
 * deduplicated as rustc does: one E0382 per set of move sites and place.
 * The dataflow and the checks spend the work budget (limits.c); when it runs
 * out the fn's move errors are left out entirely (check.c says so), never
 * reported from a half-computed fixpoint.
 */
#include <stdlib.h>
#include <string.h>

#include "bm.h"

#define NONE UINT32_MAX

typedef uint64_t Word;
#define WORDS(n) (((n) + 63) / 64)

static bool bit(const Word *s, uint32_t i) { return (s[i / 64] >> (i % 64)) & 1; }
static void set_bit(Word *s, uint32_t i) { s[i / 64] |= (Word)1 << (i % 64); }
static void clear_bit(Word *s, uint32_t i) { s[i / 64] &= ~((Word)1 << (i % 64)); }

/* Reverse postorder, visiting successors last-first as rustc does, so that
 * "which error comes first" matches rustc's deduplication. */
uint32_t *bm_rpo(BmArena *a, const BmFn *fn, uint32_t *count);
uint32_t *bm_rpo(BmArena *a, const BmFn *fn, uint32_t *count) {
  uint32_t n = fn->nodes.len;
  uint32_t *order = bm_arena_alloc(a, (n + 1) * sizeof(uint32_t));
  uint8_t *state = bm_arena_alloc(a, n + 1);
  uint32_t *stack = bm_arena_alloc(a, (n + 1) * sizeof(uint32_t));
  uint8_t *next = bm_arena_alloc(a, n + 1);
  uint32_t sp = 0, post = 0;
  stack[sp++] = fn->entry;
  state[fn->entry] = 1;
  while (sp) {
    uint32_t v = stack[sp - 1];
    const BmNode *nd = &fn->nodes.items[v];
    if (next[v] < nd->nsucc) {
      uint32_t s = nd->succ[nd->nsucc - 1 - next[v]];
      next[v]++;
      if (!state[s]) {
        state[s] = 1;
        stack[sp++] = s;
      }
      continue;
    }
    order[post++] = v;
    sp--;
  }
  for (uint32_t i = 0; i < post / 2; i++) {
    uint32_t t = order[i];
    order[i] = order[post - 1 - i];
    order[post - 1 - i] = t;
  }
  *count = post;
  return order;
}

typedef struct {
  uint32_t node;           /* the MOVE node, or the `let x;` NOP */
  const BmPlace *place;
  bool uninit;
} MoveOut;

static bool ptr_deref_ref(const BmPlace *p, bool *mut) {
  for (uint32_t i = p->nproj; i-- > 0;) {
    if (p->proj[i].kind != BM_PROJ_DEREF) continue;
    if (p->proj[i].ptr == BM_PTR_REF || p->proj[i].ptr == BM_PTR_MUT) {
      *mut = p->proj[i].ptr == BM_PTR_MUT;
      return true;
    }
    if (p->proj[i].ptr != BM_PTR_BOX) return true; /* Rc/unknown: treat as borrowed */
  }
  return false;
}

/* A place as rustc's move errors name it: derefs of references are not
 * printed, nor the numeric fields of tuple structs and variants; a variant
 * payload adds " as enum variant `V`" (in *variant). NULL when the place
 * goes through another pointer. */
static const char *rustc_place(BmArena *a, const BmFn *fn, const BmPlace *p,
                               const char **variant) {
  const BmLocal *l = &fn->locals.items[p->local];
  const char *s = l->name;
  BmType *t = l->type;
  *variant = NULL;
  for (uint32_t i = 0; i < p->nproj; i++) {
    const BmProj *pj = &p->proj[i];
    if (pj->kind == BM_PROJ_INDEX) return NULL;
    if (pj->kind == BM_PROJ_DEREF) {
      if (pj->ptr != BM_PTR_REF && pj->ptr != BM_PTR_MUT) return NULL;
      t = t && t->kind == BM_TY_REF && t->nargs ? t->args[0] : NULL;
      continue;
    }
    const char *dot = strchr(pj->name, '.');
    const char *fname = dot ? dot + 1 : pj->name;
    bool numeric = fname[0] >= '0' && fname[0] <= '9';
    BmType *ft = NULL;
    if (dot) {
      *variant = bm_arena_strndup(a, pj->name, (size_t)(dot - pj->name));
      ft = t ? bm_type_variant_field(a, t, *variant, numeric ? (uint32_t)atoi(fname) : 0,
                                     numeric ? NULL : fname) : NULL;
    } else if (t && t->kind == BM_TY_TUPLE && numeric) {
      uint32_t k = (uint32_t)atoi(fname);
      ft = k < t->nargs ? t->args[k] : NULL;
    } else {
      ft = t ? bm_type_field(t, fname) : NULL;
    }
    bool tuple = t && t->kind == BM_TY_TUPLE;
    if (!numeric || tuple) s = bm_arena_printf(a, "%s.%s", s, fname);
    t = ft;
  }
  return s;
}

static bool has_index(const BmPlace *p) {
  for (uint32_t i = 0; i < p->nproj; i++)
    if (p->proj[i].kind == BM_PROJ_INDEX) return true;
  return false;
}

/* A move out of an indexed element: E0507 through Vec's Index, E0508 out
 * of an array or slice. Silent when the indexed type is not one of those. */
static void report_index_move(BmDiagSink *sink, const BmFn *fn, const BmNode *n) {
  BmArena *a = sink->arena;
  const BmPlace *p = n->place;
  const BmType *t = fn->locals.items[p->local].type;
  for (uint32_t i = 0; i < p->nproj && t; i++) {
    const BmProj *pj = &p->proj[i];
    if (pj->kind == BM_PROJ_INDEX) break;
    if (pj->kind == BM_PROJ_DEREF) {
      bool box = t->kind == BM_TY_STD && strcmp(t->name, "Box") == 0;
      t = (t->kind == BM_TY_REF || box) && t->nargs ? t->args[0] : NULL;
    } else {
      t = strchr(pj->name, '.') ? NULL : bm_type_field(t, pj->name);
    }
  }
  if (!t || bm_type_copy(n->place->type) != BM_NO) return;
  /* a binding in a pattern: rustc points at the matched expression */
  uint32_t s = n->scrut_end ? n->scrut_start : n->start, e = n->scrut_end ? n->scrut_end : n->end;
  BmDiagnostic *d;
  if (t->kind == BM_TY_STD && strcmp(t->name, "Vec") == 0) {
    d = bm_diag_error(sink, "E0507", s, e, "cannot move out of index of `%s`",
                      bm_type_str(a, t));
  } else if (t->kind == BM_TY_ARRAY && t->nargs && t->array_len) {
    const char *elem = bm_type_str(a, t->args[0]);
    if (t->array_len[0])
      d = bm_diag_error(sink, "E0508", s, e,
                        "cannot move out of type `[%s; %s]`, a non-copy array", elem, t->array_len);
    else
      d = bm_diag_error(sink, "E0508", s, e,
                        "cannot move out of type `[%s]`, a non-copy slice", elem);
  } else {
    return;
  }
  bm_diag_label(sink, d, s, e, "move occurs because value has type `%s`, which does "
                "not implement the `Copy` trait", bm_type_str(a, n->place->type));
  bm_diag_note(sink, d, "taking one element out by value would leave a hole inside the "
               "collection, which still owns all of its elements");
  bm_diag_help(sink, d, "consider borrowing here (`&`), or cloning the element");
}

/* ------------------------------------------------------------ mutability */

/* `merged[local]`: index + 1 of the E0596 already reported for a binding
 * declared without `mut`. rustc merges every further mutable borrow of the
 * same binding into that one error, whose primary span becomes the
 * binding ("not mutable") with a label at each borrow. */
static void check_mutability(BmDiagSink *sink, BmFn *fn, BmNode *n, uint32_t *merged) {
  BmArena *a = sink->arena;
  bool borrow = n->access == BM_AC_MUT;
  const BmPlace *p = n->place;
  BmLocal *l = bm_array_get(&fn->locals, p->local);
  /* a closure body assigning a variable it captures by reference: rustc's
   * E0594 at the assignment (the capture itself is not reported) */
  bool assign = n->access == BM_AC_WRITE &&
                (p->nproj > 0 || (l->captured_ref && !l->mut_decl));
  if ((!borrow && !assign) || (n->flags & (BM_F_UNKNOWN | BM_F_INDEX_MUT))) return;
  /* the capture of a variable a closure mutates: reported once, at the
   * mutation inside the closure body */
  if (n->flags & BM_F_CLOSURE) return;
  if (l->is_temp && !l->is_param) return;
  const char *ps = bm_place_str(a, fn, p);
  BmDiagnostic *d = NULL;
  /* through a `&mut`, the reference itself must be reachable uniquely:
   * one held in a local is (declared `mut` or not), one behind a `&` is
   * not (`*s.ptr += 1` with s: &S and ptr: &mut i32) */
  bool through_mut = false;
  for (uint32_t i = p->nproj; i-- > 0;) {
    const BmProj *x = &p->proj[i];
    if (x->kind != BM_PROJ_DEREF) continue;
    switch (x->ptr) {
    case BM_PTR_MUT: through_mut = true; continue;
    case BM_PTR_BOX: continue;
    case BM_PTR_REF: {
      BmPlace ptr = *p;
      ptr.nproj = i;
      const char *pn = bm_place_str(a, fn, &ptr);
      if (borrow)
        d = bm_diag_error(sink, "E0596", n->start, n->end,
                          "cannot borrow `%s` as mutable, as it is behind a `&` reference", ps);
      else
        d = bm_diag_error(sink, "E0594", n->start, n->end,
                          "cannot assign to `%s`, which is behind a `&` reference", ps);
      bm_diag_label(sink, d, n->start, n->end, "`%s` is a `&` reference, so the data it refers "
                    "to cannot be %s", pn, borrow ? "borrowed as mutable" : "written");
      bm_diag_note(sink, d, "`%s` only points at memory owned by someone else, and a shared "
                   "`&` reference gives read-only access to that region", pn);
      bm_diag_help(sink, d, "consider changing this to be a mutable reference: `&mut`");
      return;
    }
    case BM_PTR_RC: case BM_PTR_ARC: {
      const char *w = x->ptr == BM_PTR_RC ? "Rc" : "Arc";
      if (borrow)
        d = bm_diag_error(sink, "E0596", n->start, n->end,
                          "cannot borrow data in an `%s` as mutable", w);
      else
        d = bm_diag_error(sink, "E0594", n->start, n->end, "cannot assign to data in an `%s`", w);
      bm_diag_label(sink, d, n->start, n->end, "cannot %s",
                    borrow ? "borrow as mutable" : "assign");
      bm_diag_note(sink, d, "the value inside an `%s` is shared by every clone of it, so no "
                   "single owner may change it; wrap it in a `Mutex` or `RefCell` to mutate it", w);
      bm_diag_help(sink, d, "trait `DerefMut` is required to modify through a dereference, "
                   "but it is not implemented for `%s<_>`", w);
      return;
    }
    default:
      return; /* unknown pointer: say nothing */
    }
  }
  if (through_mut || l->mut_decl || l->declared_uninit) return;
  /* `x.f = ..` with x (or a part on the way) of a type we do not know: it
   * may be a `&mut` that auto-deref goes through, so we cannot tell */
  for (uint32_t i = 0; i < p->nproj; i++)
    if (p->proj[i].opaque_base) return;
  if (borrow && merged[p->local]) {
    d = bm_array_get(&sink->diags, merged[p->local] - 1);
    if (d->label_count == 1) { /* the second borrow: the error moves to the binding */
      d->span = bm_source_span(sink->src, l->start, l->end);
      bm_diag_label(sink, d, l->start, l->end, "not mutable");
    }
    bm_diag_label(sink, d, n->start, n->end, "cannot borrow as mutable");
    return;
  }
  if (borrow) {
    d = bm_diag_error(sink, "E0596", n->start, n->end,
                      "cannot borrow `%s` as mutable, as %s is not declared as mutable", ps,
                      p->nproj ? bm_arena_printf(a, "`%s`", l->name) : "it");
    if (l->end > l->start) merged[p->local] = sink->diags.len;
  } else
    d = bm_diag_error(sink, "E0594", n->start, n->end,
                      "cannot assign to `%s`, as %s is not declared as mutable", ps,
                      p->nproj ? bm_arena_printf(a, "`%s`", l->name) : "it");
  bm_diag_label(sink, d, n->start, n->end, "cannot %s", borrow ? "borrow as mutable" : "assign");
  bm_diag_note(sink, d, "`%s` owns its memory but was declared without `mut`, so that memory "
               "is read-only for the whole life of `%s`", l->name, l->name);
  bm_diag_help(sink, d, "consider changing this to be mutable: `mut %s`", l->name);
}

/* ------------------------------------------------------------ moves */

typedef struct {
  Word *set;
  const BmPlace *place;
} Reported;

void bm_check_moves(BmDiagSink *sink, BmFn *fn) {
  BmArena *a = sink->arena;
  uint32_t nn = fn->nodes.len, nl = fn->locals.len;
  /* mutability errors do not need dataflow */
  uint32_t *merged = bm_arena_alloc(a, (nl + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < nn; i++)
    if (fn->nodes.items[i].kind == BM_N_ACCESS)
      check_mutability(sink, fn, &fn->nodes.items[i], merged);

  BmArray(MoveOut) mo = {0};
  uint32_t *mo_of = bm_arena_alloc(a, (nn + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < nn; i++) {
    BmNode *n = &fn->nodes.items[i];
    mo_of[i] = NONE;
    if (n->kind == BM_N_ACCESS && n->access == BM_AC_MOVE && !(n->flags & BM_F_UNKNOWN)) {
      bool mut = false;
      if (has_index(n->place)) {
        bool seen = false;
        for (uint32_t j = 0; j < i && !seen && n->scrut_end; j++) {
          const BmNode *o = &fn->nodes.items[j];
          seen = o->kind == BM_N_ACCESS && o->access == BM_AC_MOVE &&
                 o->scrut_start == n->scrut_start && o->scrut_end == n->scrut_end;
        }
        if (!seen) report_index_move(sink, fn, n);
        continue;
      }
      if (ptr_deref_ref(n->place, &mut) && n->scrut_end) {
        /* a pattern binding moves out of a borrowed scrutinee: rustc reports
         * once per matched expression, on it */
        bool seen = false;
        for (uint32_t j = 0; j < i && !seen; j++) {
          const BmNode *o = &fn->nodes.items[j];
          seen = o->kind == BM_N_ACCESS && o->access == BM_AC_MOVE &&
                 o->scrut_start == n->scrut_start && o->scrut_end == n->scrut_end;
        }
        if (seen) continue;
        const char *variant = NULL;
        const char *ps = rustc_place(a, fn, n->place, &variant);
        if (!ps) ps = bm_place_str(a, fn, n->place);
        const char *bind = bm_arena_strndup(a, sink->src->text + n->start, n->end - n->start);
        BmDiagnostic *d = bm_diag_error(sink, "E0507", n->scrut_start, n->scrut_end,
                                        "cannot move out of `%s`%s%s%s which is behind a %s "
                                        "reference", ps, variant ? " as enum variant `" : "",
                                        variant ? variant : "", variant ? "`" : "",
                                        mut ? "mutable" : "shared");
        bm_diag_label(sink, d, n->start, n->end, "data moved here");
        bm_diag_label(sink, d, n->start, n->end,
                      "move occurs because `%s` has type `%s`, which does not implement the "
                      "`Copy` trait", bind, bm_type_str(a, n->place->type));
        bm_diag_note(sink, d, "the pattern takes `%s` out of the matched value, but that value is "
                     "only borrowed; its owner would be left with a hole", bind);
        if (n->flags & BM_F_SCRUT_DEREF)
          bm_diag_help(sink, d, "consider removing the dereference here");
        else
          bm_diag_help(sink, d, "consider borrowing here");
        continue;
      }
      const char *drop_type = NULL;
      for (uint32_t j = 0; j < n->place->nproj && !drop_type; j++)
        drop_type = n->place->proj[j].drop_type;
      if (drop_type && !ptr_deref_ref(n->place, &mut)) {
        /* moving a field out of a value whose type implements Drop: its
         * destructor needs the whole value. Once per matched expression. */
        uint32_t s0 = n->scrut_end ? n->scrut_start : n->start, e0 = n->scrut_end ? n->scrut_end : n->end;
        bool seen = false;
        for (uint32_t j = 0; j < i && !seen && n->scrut_end; j++) {
          const BmNode *o = &fn->nodes.items[j];
          seen = o->kind == BM_N_ACCESS && o->access == BM_AC_MOVE &&
                 o->scrut_start == n->scrut_start && o->scrut_end == n->scrut_end;
        }
        if (seen) continue;
        BmDiagnostic *d = bm_diag_error(sink, "E0509", s0, e0,
                                        "cannot move out of type `%s`, which implements the "
                                        "`Drop` trait", drop_type);
        bm_diag_label(sink, d, s0, e0, "cannot move out of here");
        bm_diag_label(sink, d, n->start, n->end,
                      "data moved here, because it has type `%s`, which does not implement the "
                      "`Copy` trait", bm_type_str(a, n->place->type));
        bm_diag_note(sink, d, "`%s`'s destructor runs on the whole value when it is dropped, so "
                     "no part of it can be taken out first", drop_type);
        bm_diag_help(sink, d, "consider borrowing the field, or cloning it");
        continue;
      }
      if (ptr_deref_ref(n->place, &mut)) {
        const char *ps = bm_place_str(a, fn, n->place);
        BmDiagnostic *d = bm_diag_error(sink, "E0507", n->start, n->end,
                                        "cannot move out of `%s` which is behind a %s reference",
                                        ps, mut ? "mutable" : "shared");
        bm_diag_label(sink, d, n->start, n->end,
                      "move occurs because `%s` has type `%s`, which does not implement the "
                      "`Copy` trait", ps, bm_type_str(a, n->place->type));
        bm_diag_note(sink, d, "a reference only borrows the memory it points to; taking the "
                     "value out would leave its real owner with a hole");
        bm_diag_help(sink, d, "consider borrowing here, or cloning the value");
        continue;
      }
      MoveOut m = {i, n->place, false};
      mo_of[i] = mo.len;
      bm_array_push(a, &mo, m);
    } else if (n->kind == BM_N_NOP && (n->flags & BM_F_UNINIT)) {
      MoveOut m = {i, n->place, true};
      mo_of[i] = mo.len;
      bm_array_push(a, &mo, m);
    }
  }
  uint32_t W = WORDS(mo.len > 0 ? mo.len : 1), WL = WORDS(nl);
  if ((uint64_t)nn * (W + WL) > (uint64_t)4 << 20) {
    bm_diag_unsupported(sink, fn->nodes.items[fn->entry].start, fn->nodes.items[fn->entry].end,
                        "this function is too large to analyze");
    return;
  }
  Word *in = bm_arena_alloc(a, (size_t)nn * W * sizeof(Word));
  Word *ain = bm_arena_alloc(a, (size_t)nn * WL * sizeof(Word)); /* maybe assigned */
  uint32_t cnt;
  uint32_t *rpo = bm_rpo(a, fn, &cnt);
  Word *tmp = bm_arena_alloc(a, W * sizeof(Word)), *atmp = bm_arena_alloc(a, WL * sizeof(Word));
  bool changed = true;
  int rounds = 0;
  while (changed && rounds++ < 1000) {
    changed = false;
    if (!bm_spend(sink->limits, ((uint64_t)cnt * (W + WL + mo.len / 8)) / 16 + 1)) return;
    for (uint32_t k = 0; k < cnt; k++) {
      uint32_t i = rpo[k];
      BmNode *n = &fn->nodes.items[i];
      memcpy(tmp, in + (size_t)i * W, W * sizeof(Word));
      memcpy(atmp, ain + (size_t)i * WL, WL * sizeof(Word));
      /* transfer */
      if ((n->kind == BM_N_ACCESS && (n->access == BM_AC_INIT || n->access == BM_AC_WRITE)) ||
          n->kind == BM_N_DEAD) {
        for (uint32_t m = 0; m < mo.len; m++)
          if (bit(tmp, m) && bm_place_prefix(n->place, mo.items[m].place)) clear_bit(tmp, m);
        if (n->kind != BM_N_DEAD && n->place->nproj == 0) set_bit(atmp, n->place->local);
        if (n->kind == BM_N_DEAD) clear_bit(atmp, n->place->local);
      }
      if (mo_of[i] != NONE) set_bit(tmp, mo_of[i]);
      if (n->kind == BM_N_NOP && (n->flags & BM_F_UNINIT)) clear_bit(atmp, n->place->local);
      for (uint32_t s = 0; s < n->nsucc; s++) {
        Word *d = in + (size_t)n->succ[s] * W, *ad = ain + (size_t)n->succ[s] * WL;
        for (uint32_t w = 0; w < W; w++)
          if ((d[w] | tmp[w]) != d[w]) { d[w] |= tmp[w]; changed = true; }
        for (uint32_t w = 0; w < WL; w++)
          if ((ad[w] | atmp[w]) != ad[w]) { ad[w] |= atmp[w]; changed = true; }
      }
    }
  }

  if (!changed && fn->facts) {
    /* kept for the permissions view (perms.c) */
    BmFnFacts *f = fn->facts;
    f->nmo = mo.len;
    f->mo_place = bm_arena_alloc(a, (mo.len + 1) * sizeof *f->mo_place);
    f->mo_node = bm_arena_alloc(a, (mo.len + 1) * sizeof *f->mo_node);
    f->mo_uninit = bm_arena_alloc(a, (mo.len + 1) * sizeof *f->mo_uninit);
    for (uint32_t m = 0; m < mo.len; m++) {
      f->mo_place[m] = mo.items[m].place;
      f->mo_node[m] = mo.items[m].node;
      f->mo_uninit[m] = mo.items[m].uninit;
    }
    f->WM = W;
    f->mo_in = in;
    f->moves = true;
  }
  BmArray(Reported) reported = {0};
  Word *key = bm_arena_alloc(a, W * sizeof(Word));
  /* the checks cost about cnt x (moves + reported) place comparisons */
  if (!bm_spend(sink->limits, ((uint64_t)cnt * (mo.len + 1)) / 64 + 1)) return;
  for (uint32_t k = 0; k < cnt; k++) {
    uint32_t i = rpo[k];
    BmNode *n = &fn->nodes.items[i];
    if (n->kind != BM_N_ACCESS) continue;
    Word *s = in + (size_t)i * W;
    BmLocal *l = bm_array_get(&fn->locals, n->place->local);
    /* E0384: assignment to an immutable local that may be initialised */
    if (n->access == BM_AC_WRITE && n->place->nproj == 0 && !l->mut_decl && !l->is_temp &&
        !l->captured_ref) {
      bool assigned = !l->declared_uninit || bit(ain + (size_t)i * WL, n->place->local);
      if (assigned) {
        BmDiagnostic *d;
        if (l->is_param) {
          d = bm_diag_error(sink, "E0384", n->start, n->end,
                            "cannot assign to immutable argument `%s`", l->name);
          bm_diag_label(sink, d, n->start, n->end, "cannot assign to immutable argument");
        } else {
          d = bm_diag_error(sink, "E0384", n->start, n->end,
                            "cannot assign twice to immutable variable `%s`", l->name);
          bm_diag_label(sink, d, l->start, l->end, "first assignment to `%s`", l->name);
          bm_diag_label(sink, d, n->start, n->end, "cannot assign twice to immutable variable");
        }
        bm_diag_note(sink, d, "`%s` was declared without `mut`: once it holds a value, its "
                     "memory may not be overwritten", l->name);
        bm_diag_help(sink, d, "consider making this binding mutable: `mut %s`", l->name);
      }
    }
    /* `x += 1` reads x before writing it */
    bool compound = n->access == BM_AC_WRITE && (n->flags & BM_F_COMPOUND);
    /* an assignment into an element, `a[i] = x`, writes inside the
     * array, which must hold a value (rustc: E0381 / E0382 on `a`) */
    const BmPlace *up = n->place;
    if (n->access == BM_AC_WRITE && !compound && !(n->flags & BM_F_UNKNOWN)) {
      uint32_t k = 0;
      while (k < n->place->nproj && n->place->proj[k].kind != BM_PROJ_INDEX) k++;
      if (k == n->place->nproj) continue;
      BmPlace *base = bm_arena_alloc(a, sizeof *base);
      *base = *n->place;
      base->nproj = k;
      up = base;
    } else if (n->access == BM_AC_INIT || (n->access == BM_AC_WRITE && !compound) ||
               (n->flags & BM_F_UNKNOWN)) {
      continue;
    }
    /* uses of moved or uninitialised places */
    memset(key, 0, W * sizeof(Word));
    bool any = false, real = false;
    const MoveOut *first = NULL;
    for (uint32_t m = 0; m < mo.len; m++) {
      if (!bit(s, m) || !bm_place_overlap(mo.items[m].place, up)) continue;
      set_bit(key, m);
      any = true;
      if (!mo.items[m].uninit) {
        real = true;
        if (!first || first->uninit) first = &mo.items[m];
      } else if (!first) {
        first = &mo.items[m];
      }
    }
    if (!any) continue;
    bool dup = false;
    if (!bm_spend(sink->limits, (uint64_t)reported.len * W / 16)) return;
    for (uint32_t r = 0; r < reported.len && !dup; r++) {
      if (memcmp(reported.items[r].set, key, W * sizeof(Word)) != 0) continue;
      if (bm_place_prefix(up, reported.items[r].place)) dup = true;
    }
    if (dup) continue;
    Reported rep = {bm_arena_alloc(a, W * sizeof(Word)), up};
    memcpy(rep.set, key, W * sizeof(Word));
    bm_array_push(a, &reported, rep);
    const char *ps = bm_place_str(a, fn, up);
    bool borrow = n->access == BM_AC_SHARED || n->access == BM_AC_MUT;
    if (!real) {
      bool maybe = bit(ain + (size_t)i * WL, up->local);
      BmDiagnostic *d = bm_diag_error(sink, "E0381", n->start, n->end,
                                      "used binding `%s` %s", l->name,
                                      maybe ? "is possibly-uninitialized" : "isn't initialized");
      bm_diag_label(sink, d, l->start, l->end, "binding declared here but left uninitialized");
      bm_diag_label(sink, d, n->start, n->end, "`%s` used here but it %s", l->name,
                    maybe ? "is possibly-uninitialized" : "isn't initialized");
      bm_diag_note(sink, d, "`%s` names a slot with no value in it yet%s; reading it would read "
                   "garbage", l->name, maybe ? " on some paths" : "");
      bm_diag_help(sink, d, "consider assigning a value: `let %s = ...;`", l->name);
      continue;
    }
    bool partial = first->place->nproj > up->nproj;
    /* a use through a moved prefix names the moved value (`r`, not `*r`) */
    if (first->place->nproj < up->nproj && bm_place_prefix(first->place, up) &&
        !compound)
      ps = bm_place_str(a, fn, first->place);
    BmDiagnostic *d = bm_diag_error(sink, "E0382", n->start, n->end, "%s of %smoved value: `%s`",
                                    borrow ? "borrow" : "use", partial ? "partially " : "", ps);
    const BmNode *mn = &fn->nodes.items[first->node];
    bool loop = first->node >= i || mn->start >= n->start;
    const BmLocal *ml = &fn->locals.items[first->place->local];
    if ((mn->flags & BM_F_CALL) && ml->closure) {
      const BmClosureInfo *ci = &fn->closures.items[ml->closure - 1];
      bm_diag_label(sink, d, mn->start, mn->end, "`%s` moved due to this call%s", ps,
                    loop ? ", in previous iteration of loop" : "");
      bm_diag_label(sink, d, n->start, n->end, "value used here after move");
      bm_diag_label(sink, d, ci->consumed_start, ci->consumed_end,
                    "closure cannot be invoked more than once because it moves the variable "
                    "`%s` out of its environment", ci->consumed);
      bm_diag_note(sink, d, "this value implements `FnOnce`, which causes it to be moved when "
                   "called");
      bm_diag_note(sink, d, "after its first call the closure no longer owns `%s`, so a second "
                   "call would use a value that is gone", ci->consumed);
      continue;
    }
    /* a closure in a loop moving its capture again: rustc labels it once */
    bool same = mn->start == n->start && mn->end == n->end;
    if (mn->flags & BM_F_CLOSURE) {
      bm_diag_label(sink, d, mn->start, mn->end, "value moved into closure here%s",
                    loop ? ", in previous iteration of loop" : "");
      if (mn->inner_end)
        bm_diag_label(sink, d, mn->inner_start, mn->inner_end, "%s due to use in closure",
                      same ? "use occurs" : "variable moved");
    } else {
      bm_diag_label(sink, d, mn->start, mn->end, "value %smoved here%s", partial ? "partially " : "",
                    loop ? ", in previous iteration of loop" : "");
    }
    if (!same || !(mn->flags & BM_F_CLOSURE))
      bm_diag_label(sink, d, n->start, n->end, "value %s here after %smove",
                    borrow ? "borrowed" : "used", partial ? "partial " : "");
    const char *mps = bm_place_str(a, fn, first->place);
    bm_diag_note(sink, d, "%smove occurs because `%s` has type `%s`, which does not implement "
                 "the `Copy` trait", partial ? "partial " : "", mps,
                 bm_type_str(a, first->place->type));
    bm_diag_note(sink, d, "the move handed `%s`'s memory to a new owner; `%s` still names the "
                 "old slot, which no longer owns anything", mps, l->name);
    bm_diag_help(sink, d, "consider cloning the value if the performance cost is acceptable");
  }
}
