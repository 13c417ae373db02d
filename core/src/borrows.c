/*
 * borrows.c: non-lexical lifetimes on one fn's CFG.
 *
 * Computes
 *   carries   which loans each local may hold (a loan starts in the temp of
 *             its borrow and follows the flows lower.c recorded; location-
 *             insensitive, like NLL's region inference)
 *   liveness  backward: the locals that may still be used at each point
 *             (`ret` and the `'static`/caller sink `univ` are used at exit)
 *   in scope  forward: loans created and not yet dead, where a loan is live
 *             while some local carrying it is live (NLL's rule)
 * and reports, at each access, a conflict with a loan in scope:
 *   E0499 E0502 (borrows), E0503 (use), E0505 (move), E0506 (assignment),
 * and at each scope end a loan still live on the dying local:
 *   E0597, or E0515 when the loan reaches the return value, or E0716 for a
 *   temporary; E0373 (decided while lowering) for closures given to a thread.
 * Assumes: lower.c records a flow only between values whose types can hold
 * references, so an unknown value never keeps a loan alive.
 * Each fixpoint round and the checks spend the work budget (limits.c); when
 * it runs out the fn's borrow errors are left out entirely (check.c says
 * so), never reported from a half-computed fixpoint.
 */
#include <string.h>

#include "bm.h"

typedef uint64_t Word;
#define WORDS(n) (((n) + 63) / 64)

static bool bit(const Word *s, uint32_t i) { return (s[i / 64] >> (i % 64)) & 1; }
static void set_bit(Word *s, uint32_t i) { s[i / 64] |= (Word)1 << (i % 64); }

uint32_t *bm_rpo(BmArena *a, const BmFn *fn, uint32_t *count);

/* Local used at a node (for liveness), or UINT32_MAX. */
static void node_uses(const BmFn *fn, const BmNode *n, uint32_t out[3], uint32_t *k) {
  *k = 0;
  if (n->kind == BM_N_ACCESS) {
    bool whole_def = (n->access == BM_AC_INIT || n->access == BM_AC_WRITE) && n->place->nproj == 0;
    if (!whole_def) out[(*k)++] = n->place->local;
  }
  if (n->use) out[(*k)++] = n->use - 1;
  if (n->kind == BM_N_EXIT) {
    out[(*k)++] = fn->ret_local;
    out[(*k)++] = fn->univ_local;
  }
}

static bool deref_after(const BmPlace *loan, uint32_t from) {
  for (uint32_t i = from; i < loan->nproj; i++)
    if (loan->proj[i].kind == BM_PROJ_DEREF) return true;
  return false;
}

/* The loan's data belongs to the local itself (no deref of a reference). */
static bool owned_by_local(const BmPlace *p) {
  for (uint32_t i = 0; i < p->nproj; i++)
    if (p->proj[i].kind == BM_PROJ_DEREF && p->proj[i].ptr != BM_PTR_BOX) return false;
  return true;
}

typedef struct {
  BmDiagSink *sink;
  BmFn *fn;
  Word *carry;     /* per local: loans it may carry */
  uint32_t WL;     /* words per loan set */
} Ctx;

/* The first node after `from` that uses a local carrying `loan`. */
static const BmNode *later_use(Ctx *c, uint32_t from, uint32_t loan) {
  BmArena *a = c->sink->arena;
  uint32_t nn = c->fn->nodes.len;
  if (!bm_spend(c->sink->limits, nn / 16 + 1)) return NULL;
  uint8_t *seen = bm_arena_alloc(a, nn);
  uint32_t *q = bm_arena_alloc(a, nn * sizeof(uint32_t));
  uint32_t h = 0, t = 0;
  const BmNode *f = &c->fn->nodes.items[from];
  for (uint32_t s = 0; s < f->nsucc; s++)
    if (!seen[f->succ[s]]) { seen[f->succ[s]] = 1; q[t++] = f->succ[s]; }
  while (h < t) {
    uint32_t i = q[h++];
    const BmNode *n = &c->fn->nodes.items[i];
    uint32_t uses[3], k;
    node_uses(c->fn, n, uses, &k);
    for (uint32_t j = 0; j < k; j++) {
      BmLocal *l = bm_array_get(&c->fn->locals, uses[j]);
      if (n->kind != BM_N_EXIT && bit(c->carry + (size_t)uses[j] * c->WL, loan) && !l->universal &&
          (n->kind != BM_N_USE || n->end > n->start || true))
        return n;
    }
    for (uint32_t s = 0; s < n->nsucc; s++)
      if (!seen[n->succ[s]]) { seen[n->succ[s]] = 1; q[t++] = n->succ[s]; }
  }
  return NULL;
}

static void label_later(Ctx *c, BmDiagnostic *d, uint32_t from, uint32_t loan, const char *what) {
  const BmNode *u = later_use(c, from, loan);
  if (u) bm_diag_label(c->sink, d, u->start, u->end, "%s", what);
}

static void report_conflict(Ctx *c, uint32_t at, const BmNode *n, uint32_t li) {
  BmArena *a = c->sink->arena;
  BmLoan *L = &c->fn->loans.items[li];
  const char *ps = bm_place_str(a, c->fn, n->place);
  const char *ls = bm_place_str(a, c->fn, L->place);
  BmDiagSink *s = c->sink;
  BmDiagnostic *d;
  const char *where = L->mut ? "mutable" : "immutable";
  switch (n->access) {
  case BM_AC_MUT:
    if (L->mut) {
      d = bm_diag_error(s, "E0499", n->start, n->end,
                        "cannot borrow `%s` as mutable more than once at a time", ps);
      bm_diag_label(s, d, L->start, L->end, "first mutable borrow occurs here");
      bm_diag_label(s, d, n->start, n->end, "second mutable borrow occurs here");
      label_later(c, d, at, li, "first borrow later used here");
    } else {
      d = bm_diag_error(s, "E0502", n->start, n->end,
                        "cannot borrow `%s` as mutable because it is also borrowed as immutable", ps);
      bm_diag_label(s, d, L->start, L->end, "immutable borrow occurs here");
      bm_diag_label(s, d, n->start, n->end, "mutable borrow occurs here");
      label_later(c, d, at, li, "immutable borrow later used here");
    }
    break;
  case BM_AC_SHARED:
    d = bm_diag_error(s, "E0502", n->start, n->end,
                      "cannot borrow `%s` as immutable because it is also borrowed as mutable", ps);
    bm_diag_label(s, d, L->start, L->end, "mutable borrow occurs here");
    bm_diag_label(s, d, n->start, n->end, "immutable borrow occurs here");
    label_later(c, d, at, li, "mutable borrow later used here");
    break;
  case BM_AC_READ:
    d = bm_diag_error(s, "E0503", n->start, n->end, "cannot use `%s` because it was mutably borrowed", ps);
    bm_diag_label(s, d, L->start, L->end, "`%s` is borrowed here", ls);
    bm_diag_label(s, d, n->start, n->end, "use of borrowed `%s`", ls);
    label_later(c, d, at, li, "borrow later used here");
    break;
  case BM_AC_MOVE:
    d = bm_diag_error(s, "E0505", n->start, n->end, "cannot move out of `%s` because it is borrowed", ps);
    bm_diag_label(s, d, L->start, L->end, "borrow of `%s` occurs here", ls);
    bm_diag_label(s, d, n->start, n->end, "move out of `%s` occurs here", ps);
    label_later(c, d, at, li, "borrow later used here");
    break;
  default: /* WRITE */
    d = bm_diag_error(s, "E0506", n->start, n->end, "cannot assign to `%s` because it is borrowed", ps);
    bm_diag_label(s, d, L->start, L->end, "`%s` is borrowed here", ls);
    bm_diag_label(s, d, n->start, n->end, "`%s` is assigned to here but it was already borrowed", ps);
    label_later(c, d, at, li, "borrow later used here");
    break;
  }
  bm_diag_note(s, d, "`%s` is %s borrowed from line %u until the last use of that borrow; "
               "while that region is live, %s", ls, where,
               bm_source_span(s->src, L->start, L->end).line,
               L->mut ? "nobody else may touch the memory the `&mut` points into"
                      : "the memory it points into must not change or move");
}

static void report_dead(Ctx *c, uint32_t at, const BmNode *n, uint32_t li) {
  BmArena *a = c->sink->arena;
  BmDiagSink *s = c->sink;
  BmFn *fn = c->fn;
  BmLoan *L = &fn->loans.items[li];
  BmLocal *l = bm_array_get(&fn->locals, n->place->local);
  const char *ls = bm_place_str(a, fn, L->place);
  BmDiagnostic *d;
  if (bit(c->carry + (size_t)fn->ret_local * c->WL, li)) {
    const BmReturn *r = NULL;
    for (uint32_t i = 0; i < fn->returns.len; i++) {
      const BmReturn *x = &fn->returns.items[i];
      if (x->carrier != UINT32_MAX && bit(c->carry + (size_t)x->carrier * c->WL, li)) { r = x; break; }
    }
    if (!r) return;
    const BmNode *ln = &fn->nodes.items[L->node];
    if ((ln->flags & BM_F_CLOSURE) && !l->is_value_temp) {
      /* a closure borrowing a local is returned: rustc's E0373, on the
       * closure's parameter list `|..|` */
      uint32_t hs = L->start, he = L->end;
      for (uint32_t k = 0; k < fn->closures.len; k++) {
        const BmClosureInfo *ci = &fn->closures.items[k];
        if (ci->start == L->start && ci->end == L->end && ci->params_end > ci->params_start) {
          hs = ci->params_start;
          he = ci->params_end;
          break;
        }
      }
      d = bm_diag_error(s, "E0373", hs, he, "closure may outlive the current function, but it "
                        "borrows `%s`, which is owned by the current function", l->name);
      bm_diag_label(s, d, hs, he, "may outlive borrowed value `%s`", l->name);
      bm_diag_label(s, d, ln->inner_start, ln->inner_end, "`%s` is borrowed here", l->name);
      bm_diag_note(s, d, "closure is returned here (line %u): `%s` lives in this function's "
                   "stack frame, which is freed when the function returns",
                   bm_source_span(s->src, r->start, r->end).line, l->name);
      bm_diag_help(s, d, "to force the closure to take ownership of `%s` (and any other "
                   "referenced variables), use the `move` keyword", l->name);
      return;
    }
    /* a non-move closure's capture by reference lives in the enclosing
       fn, not in the closure's frame: returning a shared borrow of it is
       fine (a unique one escaping an FnMut body is an error: kept) */
    if (l->captured_ref && !L->mut) return;
    const char *what = l->is_value_temp ? "temporary value" :
                       l->is_param ? "function parameter" : "local variable";
    bool direct = r->start == L->start && r->end == L->end;
    if (l->is_value_temp)
      d = bm_diag_error(s, "E0515", r->start, r->end, "cannot return value referencing temporary value");
    else if (direct)
      d = bm_diag_error(s, "E0515", r->start, r->end, "cannot return reference to %s `%s`", what, l->name);
    else
      d = bm_diag_error(s, "E0515", r->start, r->end, "cannot return value referencing %s `%s`",
                        what, l->name);
    bm_diag_label(s, d, r->start, r->end, "returns a %s data owned by the current function",
                  direct ? "reference to" : "value referencing");
    if (!direct) bm_diag_label(s, d, L->start, L->end, "`%s` is borrowed here", ls);
    bm_diag_note(s, d, "`%s` lives in this function's stack frame, which is freed when the "
                 "function returns; the returned reference would point into freed memory", l->name);
    return;
  }
  if (l->is_value_temp) {
    d = bm_diag_error(s, "E0716", l->start, l->end, "temporary value dropped while borrowed");
    bm_diag_label(s, d, l->start, l->end, "creates a temporary value which is freed while still in use");
    bm_diag_label(s, d, n->start, n->end, "temporary value is freed at the end of this statement");
    label_later(c, d, at, li, "borrow later used here");
    bm_diag_note(s, d, "the temporary lives only until the end of its statement; the borrow "
                 "points into it after that");
    bm_diag_help(s, d, "consider using a `let` binding to create a longer lived value");
    return;
  }
  d = bm_diag_error(s, "E0597", L->start, L->end, "`%s` does not live long enough", l->name);
  bm_diag_label(s, d, L->start, L->end, "borrowed value does not live long enough");
  bm_diag_label(s, d, n->start, n->end, "`%s` dropped here while still borrowed", l->name);
  bm_diag_point(s, d, n->start); /* the error happens at the drop */
  if (bit(c->carry + (size_t)fn->univ_local * c->WL, li))
    bm_diag_note(s, d, "the borrow must outlive this function (a `'static` or caller's "
                 "lifetime), but `%s` is freed at the end of its scope", l->name);
  else
    label_later(c, d, at, li, "borrow later used here");
  bm_diag_note(s, d, "`%s`'s memory is freed at the end of its block (line %u), but a reference "
               "into it is still used after that", l->name,
               bm_source_span(s->src, n->start, n->end).line);
}

void bm_check_borrows(BmDiagSink *sink, BmFn *fn) {
  BmArena *a = sink->arena;
  uint32_t nn = fn->nodes.len, nl = fn->locals.len, nloans = fn->loans.len;
  /* E0373 / E0277 / E0507 decided while lowering */
  for (uint32_t i = 0; i < fn->pending.len; i++) {
    BmPending *p = &fn->pending.items[i];
    BmDiagnostic *d = bm_diag_error(sink, p->code, p->start, p->end, "%s", p->message);
    if (p->label) bm_diag_label(sink, d, p->label_start, p->label_end, "%s", p->label);
    if (p->note) bm_diag_note(sink, d, "%s", p->note);
    if (p->help) bm_diag_help(sink, d, "%s", p->help);
  }
  if (!nloans && !fn->facts) return;
  uint32_t WL = WORDS(nloans ? nloans : 1), WV = WORDS(nl);
  if ((uint64_t)nn * (WL * 2 + WV) + (uint64_t)nl * WL > (uint64_t)4 << 20) {
    bm_diag_unsupported(sink, fn->nodes.items[fn->entry].start, fn->nodes.items[fn->entry].end,
                        "this function is too large to analyze");
    return;
  }
  Ctx c = {sink, fn, bm_arena_alloc(a, (size_t)nl * WL * sizeof(Word)), WL};
  for (uint32_t i = 0; i < nloans; i++) set_bit(c.carry + (size_t)fn->loans.items[i].carrier * WL, i);
  bool changed = true;
  while (changed) {
    changed = false;
    if (!bm_spend(sink->limits, ((uint64_t)fn->flows.len * WL) / 16 + 1)) return;
    for (uint32_t f = 0; f < fn->flows.len; f++) {
      Word *from = c.carry + (size_t)fn->flows.items[f].from * WL;
      Word *to = c.carry + (size_t)fn->flows.items[f].to * WL;
      for (uint32_t w = 0; w < WL; w++)
        if ((to[w] | from[w]) != to[w]) { to[w] |= from[w]; changed = true; }
    }
  }
  uint32_t cnt;
  uint32_t *rpo = bm_rpo(a, fn, &cnt);
  /* liveness: backward, live_out per node */
  Word *lout = bm_arena_alloc(a, (size_t)nn * WV * sizeof(Word));
  Word *lin = bm_arena_alloc(a, WV * sizeof(Word));
  changed = true;
  while (changed) {
    changed = false;
    if (!bm_spend(sink->limits, ((uint64_t)cnt * WV) / 8 + 1)) return;
    for (uint32_t k = cnt; k-- > 0;) {
      uint32_t i = rpo[k];
      BmNode *n = &fn->nodes.items[i];
      Word *o = lout + (size_t)i * WV;
      for (uint32_t s = 0; s < n->nsucc; s++) {
        uint32_t sc = n->succ[s];
        BmNode *sn = &fn->nodes.items[sc];
        /* live_in(succ) = uses ∪ (live_out(succ) − def) */
        memcpy(lin, lout + (size_t)sc * WV, WV * sizeof(Word));
        if (sn->def) lin[(sn->def - 1) / 64] &= ~((Word)1 << ((sn->def - 1) % 64));
        uint32_t u[3], ku;
        node_uses(fn, sn, u, &ku);
        for (uint32_t j = 0; j < ku; j++) set_bit(lin, u[j]);
        for (uint32_t w = 0; w < WV; w++)
          if ((o[w] | lin[w]) != o[w]) { o[w] |= lin[w]; changed = true; }
      }
      if (n->kind == BM_N_EXIT) {
        /* nothing after exit */
      }
    }
  }
  /* loans live after each node */
  if (!bm_spend(sink->limits, ((uint64_t)nn * nl / 64) * WL / 16 + 1)) return;
  Word *llive = bm_arena_alloc(a, (size_t)nn * WL * sizeof(Word));
  for (uint32_t i = 0; i < nn; i++) {
    Word *o = lout + (size_t)i * WV, *ll = llive + (size_t)i * WL;
    for (uint32_t v = 0; v < nl; v++)
      if (bit(o, v))
        for (uint32_t w = 0; w < WL; w++) ll[w] |= c.carry[(size_t)v * WL + w];
    /* a loan returned on some path outlives the call, so its region holds
     * every point of the body (NLL: 'loan: 'return), not only the
     * points before the return: live wherever it is in scope */
    for (uint32_t w = 0; w < WL; w++) ll[w] |= c.carry[(size_t)fn->ret_local * WL + w];
  }
  /* loans in scope: forward */
  Word *in = bm_arena_alloc(a, (size_t)nn * WL * sizeof(Word));
  Word *tmp = bm_arena_alloc(a, WL * sizeof(Word));
  changed = true;
  while (changed) {
    changed = false;
    if (!bm_spend(sink->limits, ((uint64_t)cnt * (WL + nloans / 16)) / 8 + 1)) return;
    for (uint32_t k = 0; k < cnt; k++) {
      uint32_t i = rpo[k];
      BmNode *n = &fn->nodes.items[i];
      memcpy(tmp, in + (size_t)i * WL, WL * sizeof(Word));
      if (n->loan) set_bit(tmp, n->loan - 1);
      /* kills: a dead local's loans; writes kill reborrows through the local */
      if (n->kind == BM_N_DEAD ||
          (n->kind == BM_N_ACCESS && (n->access == BM_AC_WRITE || n->access == BM_AC_INIT) &&
           n->place->nproj == 0)) {
        for (uint32_t li = 0; li < nloans; li++) {
          const BmPlace *lp = fn->loans.items[li].place;
          if (lp->local != n->place->local) continue;
          if (n->kind == BM_N_DEAD || deref_after(lp, 0)) tmp[li / 64] &= ~((Word)1 << (li % 64));
        }
      }
      Word *ll = llive + (size_t)i * WL;
      for (uint32_t w = 0; w < WL; w++) tmp[w] &= ll[w];
      for (uint32_t s = 0; s < n->nsucc; s++) {
        Word *d = in + (size_t)n->succ[s] * WL;
        for (uint32_t w = 0; w < WL; w++)
          if ((d[w] | tmp[w]) != d[w]) { d[w] |= tmp[w]; changed = true; }
      }
    }
  }
  if (fn->facts) {
    /* kept for the permissions view (perms.c) */
    fn->facts->WV = WV;
    fn->facts->WL = WL;
    fn->facts->live_out = lout;
    fn->facts->loans_in = in;
    fn->facts->carry = c.carry;
    fn->facts->borrows = true;
  }
  /* checks */
  if (!bm_spend(sink->limits, ((uint64_t)cnt * nloans) / 64 + 1)) return;
  uint8_t *dead_reported = bm_arena_alloc(a, nloans + 1);
  for (uint32_t k = 0; k < cnt; k++) {
    uint32_t i = rpo[k];
    BmNode *n = &fn->nodes.items[i];
    Word *s = in + (size_t)i * WL;
    if (n->kind == BM_N_DEAD) {
      for (uint32_t li = 0; li < nloans; li++) {
        BmLoan *L = &fn->loans.items[li];
        if (!bit(s, li) || L->place->local != n->place->local || !owned_by_local(L->place)) continue;
        if (L->reported || dead_reported[li]) continue;
        dead_reported[li] = 1;
        report_dead(&c, i, n, li);
        break;
      }
      continue;
    }
    if (n->kind != BM_N_ACCESS || (n->flags & BM_F_UNKNOWN) || n->access == BM_AC_INIT) continue;
    if (n->flags & BM_F_INDEX_MUT) continue; /* checked at its IndexMut borrow */
    for (uint32_t li = 0; li < nloans; li++) {
      if (!bit(s, li)) continue;
      BmLoan *L = &fn->loans.items[li];
      if (!bm_place_overlap(L->place, n->place)) continue;
      if (n->access == BM_AC_SHARED || n->access == BM_AC_READ) {
        if (!L->mut) continue;
      }
      if (n->access == BM_AC_WRITE && L->place->nproj > n->place->nproj &&
          deref_after(L->place, n->place->nproj))
        continue;
      /* reading a reference while its referent is reborrowed is fine */
      if ((n->access == BM_AC_READ || n->access == BM_AC_SHARED) &&
          L->place->nproj > n->place->nproj && deref_after(L->place, n->place->nproj) && !L->mut)
        continue;
      report_conflict(&c, i, n, li);
      break;
    }
  }
}
