/*
 * perms.c: the permissions view, read off the checker's own dataflow.
 *
 * For each fn item the checker finished, and for each place a learner can
 * name in it (its variables, `*r` for a reference, the fields it borrows or
 * moves), the permissions the place has after each statement, as Aquascope
 * draws them:
 *   R  it may be read              W  it may be written
 *   O  it may be moved or dropped  F  (a reference) it may be dereferenced
 * A place starts with what its declaration gives (R and O; W with `mut`,
 * or through a `&mut`; F for a reference) and loses letters to
 *   - a move out of it or of what holds it (moves.c's maybe-moved sets),
 *   - a loan of it still in scope (borrows.c's NLL loans: a shared loan
 *     takes W and O, a mutable one R, W and O),
 *   - its end of use: a variable not used again (borrows.c's liveness)
 *     keeps nothing, except W when it is assigned again later,
 *   - a reference into a local that died while the loan was in scope
 *     loses F (the E0597 shape).
 * Where the checker reported an error at an access, the letter the access
 * needed and the place lacked is marked "missing" with the reason.
 * The state after a statement is read at the BM_F_POINT NOP lower.c puts
 * after it (BM_F_ENTRY_POINT: the fn's entry). Nothing here reads source
 * text to decide: the statement's text only labels the text table.
 * A fn whose move or borrow fixpoint did not finish gets no entry, as does
 * a closure body; the UI then draws no letters for it.
 */
#include <string.h>

#include "bm.h"

typedef uint64_t Word;

static bool bit(const Word *s, uint32_t i) { return (s[i / 64] >> (i % 64)) & 1; }
static void set_bit(Word *s, uint32_t i) { s[i / 64] |= (Word)1 << (i % 64); }

uint32_t *bm_rpo(BmArena *a, const BmFn *fn, uint32_t *count);

enum { P_R = 1, P_W = 2, P_O = 4, P_F = 8, P_ALL = 15 };
enum {
  MAX_PLACES = 48,                 /* places shown per fn */
  MAX_JSON = 384 * 1024,           /* the whole "permissions" object */
  MAX_WORK = 20 * 1000 * 1000,     /* points x places x (loans + moves) per fn */
};
static const char LETTERS[] = "RWOF";

struct BmPerms {
  BmArena *a;
  const BmSource *src;
  BmStr json;                      /* the items of "fns" */
  BmStr text;                      /* the table (bm_result_permissions_text) */
  uint32_t nfns;
  bool full;                       /* MAX_JSON reached: later fns left out */
};

typedef struct {
  const BmPlace *place;
  const char *name;
  uint32_t base;                   /* the place of its variable */
  uint8_t decl;                    /* what the declaration gives */
} Place;

typedef struct {
  BmPerms *pm;
  const BmDiagSink *sink;
  const BmFn *fn;
  const BmFnFacts *f;
  BmArray(Place) places;
  uint8_t *reach;                  /* per node */
  Word *wlater;                    /* per node: locals assigned again later */
  Word *freed;                     /* per node: loans whose local has died */
  Word *dangling;                  /* loans in scope where their local died */
  uint32_t *loan_last;             /* per loan: the last line it is in scope */
  uint32_t WV, WL;
} Fn;

static uint32_t line_of(const Fn *c, uint32_t byte) {
  uint32_t line, col;
  bm_source_position(c->pm->src, byte, &line, &col);
  return line;
}

BmPerms *bm_perms_new(BmArena *a, const BmSource *src) {
  BmPerms *p = bm_arena_alloc(a, sizeof *p);
  p->a = a;
  p->src = src;
  bm_str_init(&p->json, a);
  bm_str_init(&p->text, a);
  return p;
}

const char *bm_perms_json(BmPerms *p) {
  BmStr s;
  bm_str_init(&s, p->a);
  bm_str_puts(&s, "{\"fns\": [");
  if (p->json.len) bm_str_append(&s, p->json.buf, p->json.len);
  bm_str_puts(&s, p->nfns ? "\n ]}" : "]}");
  return s.buf;
}

const char *bm_perms_text(const BmPerms *p) { return p->text.buf ? p->text.buf : ""; }

/* ------------------------------------------------------------ places */

static bool deref_after(const BmPlace *p, uint32_t from) {
  for (uint32_t i = from; i < p->nproj; i++)
    if (p->proj[i].kind == BM_PROJ_DEREF) return true;
  return false;
}

static bool owned_by_local(const BmPlace *p) {
  for (uint32_t i = 0; i < p->nproj; i++)
    if (p->proj[i].kind == BM_PROJ_DEREF && p->proj[i].ptr != BM_PTR_BOX) return false;
  return true;
}

static bool same_place(const BmPlace *a, const BmPlace *b) {
  return a->nproj == b->nproj && bm_place_prefix(a, b);
}

static bool shown_local(const BmFn *fn, uint32_t l) {
  const BmLocal *x = &fn->locals.items[l];
  return l != fn->ret_local && l != fn->univ_local && !x->is_temp && x->name && x->name[0] != '<';
}

static int32_t find_place(const Fn *c, const BmPlace *p) {
  for (uint32_t k = 0; k < c->places.len; k++)
    if (same_place(c->places.items[k].place, p)) return (int32_t)k;
  return -1;
}

/* A field path of a shown variable (`p.x`, `p.a.b`): the places besides
 * variables and `*r` that the table lists, when the fn moves or borrows one. */
static void add_field_place(Fn *c, const BmPlace *p) {
  if (!p || p->nproj == 0 || !shown_local(c->fn, p->local)) return;
  uint32_t n = 0;
  while (n < p->nproj && p->proj[n].kind == BM_PROJ_FIELD && !strchr(p->proj[n].name, '.')) n++;
  if (n == 0 || c->places.len >= MAX_PLACES) return;
  BmPlace *q = bm_arena_alloc(c->pm->a, sizeof *q);
  *q = *p;
  q->nproj = n;
  if (find_place(c, q) >= 0) return;
  int32_t base = -1;
  for (uint32_t k = 0; k < c->places.len && base < 0; k++)
    if (c->places.items[k].place->local == p->local && c->places.items[k].place->nproj == 0) base = (int32_t)k;
  if (base < 0) return;
  const BmLocal *l = &c->fn->locals.items[p->local];
  Place pl = {q, bm_place_str(c->pm->a, c->fn, q), (uint32_t)base,
              (uint8_t)(P_R | P_O | (l->mut_decl ? P_W : 0))};
  bm_array_push(c->pm->a, &c->places, pl);
}

static void collect_places(Fn *c) {
  BmArena *a = c->pm->a;
  const BmFn *fn = c->fn;
  for (uint32_t l = 0; l < fn->locals.len && c->places.len + 2 <= MAX_PLACES; l++) {
    if (!shown_local(fn, l)) continue;
    const BmLocal *x = &fn->locals.items[l];
    bool ref = x->type && x->type->kind == BM_TY_REF;
    /* `let r;` assigned a borrow later: its type is not written, but what
       it holds is a loan */
    bool mut_ref = ref && x->type->mut_ref, held = false;
    if (!ref && (!x->type || x->type->kind == BM_TY_UNKNOWN)) {
      for (uint32_t li = 0; li < fn->loans.len; li++) {
        if (!bit(c->f->carry + (size_t)l * c->WL, li)) continue;
        held = true;
        mut_ref |= fn->loans.items[li].mut;
      }
    }
    BmPlace *p = bm_arena_alloc(a, sizeof *p);
    p->local = l;
    p->type = x->type;
    uint32_t base = c->places.len;
    Place pl = {p, x->name, base, (uint8_t)(P_R | P_O | (x->mut_decl ? P_W : 0) | (ref ? P_F : 0))};
    bm_array_push(a, &c->places, pl);
    if (held) c->places.items[base].decl |= P_F;
    if (!ref && !held) continue;
    BmPlace *d = bm_arena_alloc(a, sizeof *d);
    d->local = l;
    d->nproj = 1;
    d->proj = bm_arena_alloc(a, sizeof *d->proj);
    d->proj[0].kind = BM_PROJ_DEREF;
    d->proj[0].ptr = mut_ref ? BM_PTR_MUT : BM_PTR_REF;
    d->type = ref && x->type->nargs ? x->type->args[0] : NULL;
    Place dp = {d, bm_arena_printf(a, "*%s", x->name), base, (uint8_t)(P_R | (mut_ref ? P_W : 0))};
    bm_array_push(a, &c->places, dp);
  }
  for (uint32_t i = 0; i < fn->loans.len; i++) add_field_place(c, fn->loans.items[i].place);
  for (uint32_t m = 0; m < c->f->nmo; m++) add_field_place(c, c->f->mo_place[m]);
}

/* ------------------------------------------------------------ extra dataflow */

/* `wlater`: backward, the locals assigned as a whole before their scope
 * ends (a variable not read again keeps W while it will be written). */
static void compute_wlater(Fn *c, const uint32_t *rpo, uint32_t cnt) {
  const BmFn *fn = c->fn;
  uint32_t nn = fn->nodes.len, WV = c->WV;
  c->wlater = bm_arena_alloc(c->pm->a, (size_t)nn * WV * sizeof(Word));
  Word *tmp = bm_arena_alloc(c->pm->a, WV * sizeof(Word));
  bool changed = true;
  for (int round = 0; changed && round < 1000; round++) {
    changed = false;
    for (uint32_t k = cnt; k-- > 0;) {
      uint32_t i = rpo[k];
      const BmNode *n = &fn->nodes.items[i];
      Word *o = c->wlater + (size_t)i * WV;
      for (uint32_t s = 0; s < n->nsucc; s++) {
        const BmNode *sn = &fn->nodes.items[n->succ[s]];
        memcpy(tmp, c->wlater + (size_t)n->succ[s] * WV, WV * sizeof(Word));
        /* before its `let` (or `let x;`) or after its scope: not there */
        bool whole = sn->place && sn->place->nproj == 0;
        if (whole && (sn->kind == BM_N_DEAD || (sn->kind == BM_N_NOP && (sn->flags & BM_F_UNINIT)) ||
                      (sn->kind == BM_N_ACCESS && sn->access == BM_AC_INIT)))
          tmp[sn->place->local / 64] &= ~((Word)1 << (sn->place->local % 64));
        if (whole && sn->kind == BM_N_ACCESS && sn->access == BM_AC_WRITE) set_bit(tmp, sn->place->local);
        for (uint32_t w = 0; w < WV; w++)
          if ((o[w] | tmp[w]) != o[w]) { o[w] |= tmp[w]; changed = true; }
      }
    }
  }
}

/* `freed`: forward, loans whose borrowed local's storage has ended (and
 * not borrowed again since); `dangling`: those in scope when it ended. */
static void compute_freed(Fn *c, const uint32_t *rpo, uint32_t cnt) {
  const BmFn *fn = c->fn;
  uint32_t nn = fn->nodes.len, WL = c->WL, nloans = fn->loans.len;
  c->freed = bm_arena_alloc(c->pm->a, (size_t)nn * WL * sizeof(Word));
  c->dangling = bm_arena_alloc(c->pm->a, WL * sizeof(Word));
  Word *tmp = bm_arena_alloc(c->pm->a, WL * sizeof(Word));
  if (!nloans) return;
  for (uint32_t i = 0; i < nn; i++) {
    const BmNode *n = &fn->nodes.items[i];
    if (!c->reach[i] || n->kind != BM_N_DEAD) continue;
    for (uint32_t li = 0; li < nloans; li++) {
      const BmLoan *L = &fn->loans.items[li];
      if (L->place->local == n->place->local && owned_by_local(L->place) &&
          bit(c->f->loans_in + (size_t)i * WL, li))
        set_bit(c->dangling, li);
    }
  }
  bool changed = true;
  for (int round = 0; changed && round < 1000; round++) {
    changed = false;
    for (uint32_t k = 0; k < cnt; k++) {
      uint32_t i = rpo[k];
      const BmNode *n = &fn->nodes.items[i];
      memcpy(tmp, c->freed + (size_t)i * WL, WL * sizeof(Word));
      if (n->loan) tmp[(n->loan - 1) / 64] &= ~((Word)1 << ((n->loan - 1) % 64));
      if (n->kind == BM_N_DEAD)
        for (uint32_t li = 0; li < nloans; li++) {
          const BmLoan *L = &fn->loans.items[li];
          if (bit(c->dangling, li) && L->place->local == n->place->local) set_bit(tmp, li);
        }
      for (uint32_t s = 0; s < n->nsucc; s++) {
        Word *d = c->freed + (size_t)n->succ[s] * WL;
        for (uint32_t w = 0; w < WL; w++)
          if ((d[w] | tmp[w]) != d[w]) { d[w] |= tmp[w]; changed = true; }
      }
    }
  }
}

/* ------------------------------------------------------------ the rule */

/* The named variable that holds a loan at node i (live there if one is),
 * or NULL when only temporaries do. */
static const char *holder(const Fn *c, uint32_t i, uint32_t li) {
  const BmFn *fn = c->fn;
  const char *any = NULL;
  for (uint32_t l = 0; l < fn->locals.len; l++) {
    if (!shown_local(fn, l) || !bit(c->f->carry + (size_t)l * c->WL, li)) continue;
    if (bit(c->f->live_out + (size_t)i * c->WV, l)) return fn->locals.items[l].name;
    if (!any) any = fn->locals.items[l].name;
  }
  return any;
}

static const char *loan_reason(const Fn *c, uint32_t i, uint32_t li) {
  BmArena *a = c->pm->a;
  const BmLoan *L = &c->fn->loans.items[li];
  const char *who = holder(c, i, li);
  const char *what = bm_place_str(a, c->fn, L->place);
  uint32_t from = line_of(c, L->start), until = c->loan_last[li];
  const char *how = L->mut ? "mutably borrows" : "borrows";
  if (who)
    return bm_arena_printf(a, "`%s` %s `%s` (line %u) until line %u", who, how, what, from, until);
  return bm_arena_printf(a, "a %sborrow of `%s` (line %u) is in use until line %u",
                         L->mut ? "mutable " : "", what, from, until);
}

/* The letters place k has at node i (`before`: as the node starts, with
 * the place counted as used there), and why each letter of its
 * declaration is gone (why[letter], NULL when it is not). */
static uint8_t perms_of(const Fn *c, uint32_t i, const BmPlace *P, uint8_t decl, bool used_here,
                        const char *why[4]) {
  BmArena *a = c->pm->a;
  const BmFn *fn = c->fn;
  const BmFnFacts *f = c->f;
  const BmLocal *var = &fn->locals.items[P->local];
  uint8_t have = decl;
  for (int b = 0; b < 4; b++) why[b] = NULL;
#define LOSE(mask, text)                                                   \
  do {                                                                     \
    uint8_t m_ = (uint8_t)((mask) & have);                                 \
    if (m_) {                                                              \
      const char *t_ = (text);                                             \
      for (int b_ = 0; b_ < 4; b_++)                                       \
        if (m_ & (1 << b_)) why[b_] = t_;                                  \
      have &= (uint8_t)~m_;                                                \
    }                                                                      \
  } while (0)
  /* moves and `let x;` */
  const Word *mo = f->mo_in + (size_t)i * f->WM;
  for (uint32_t m = 0; m < f->nmo && have; m++) {
    if (!bit(mo, m)) continue;
    const BmPlace *MP = f->mo_place[m];
    if (!bm_place_overlap(MP, P)) continue;
    uint32_t at = line_of(c, fn->nodes.items[f->mo_node[m]].start);
    const char *mname = bm_place_str(a, fn, MP);
    if (MP->nproj < P->nproj) {
      LOSE(P_ALL, f->mo_uninit[m] ? bm_arena_printf(a, "`%s` has no value yet", mname)
                                  : bm_arena_printf(a, "`%s` was moved at line %u", mname, at));
    } else if (f->mo_uninit[m]) {
      LOSE(P_R | P_O | P_F, bm_arena_printf(a, "`%s` has no value yet", mname));
    } else if (MP->nproj == P->nproj) {
      /* reaching its own move again: around a loop */
      LOSE(P_R | P_O | P_F, f->mo_node[m] == i
                                ? bm_arena_printf(a, "`%s` was moved here in an earlier iteration "
                                                  "of the loop", mname)
                                : bm_arena_printf(a, "`%s` was moved at line %u", mname, at));
    } else {
      LOSE(P_R | P_O | P_F, bm_arena_printf(a, "`%s` was moved out of it at line %u", mname, at));
    }
  }
  /* loans in scope */
  const Word *lo = f->loans_in + (size_t)i * c->WL;
  for (uint32_t li = 0; li < fn->loans.len && have; li++) {
    if (!bit(lo, li)) continue;
    const BmLoan *L = &fn->loans.items[li];
    if (!bm_place_overlap(L->place, P)) continue;
    uint8_t lose;
    if (L->place->nproj > P->nproj && deref_after(L->place, P->nproj))
      lose = L->mut ? (P_R | P_O) : 0; /* a reborrow through the reference */
    else
      lose = L->mut ? P_ALL : (P_W | P_O);
    if (lose & have) LOSE(lose, loan_reason(c, i, li));
  }
  /* a reference into a local that died: it may not be followed, and
     nothing is left behind it */
  bool behind = P->nproj && P->proj[0].kind == BM_PROJ_DEREF;
  if (have & (behind ? P_ALL : P_F)) {
    const Word *fr = c->freed + (size_t)i * c->WL, *ca = f->carry + (size_t)P->local * c->WL;
    for (uint32_t li = 0; li < fn->loans.len; li++) {
      if (!bit(fr, li) || !bit(ca, li)) continue;
      const BmLoan *L = &fn->loans.items[li];
      LOSE(behind ? P_ALL : P_F, bm_arena_printf(a, "`%s` was freed while `%s` still points to it",
                                                 fn->locals.items[L->place->local].name, var->name));
      break;
    }
  }
  /* not used again */
  if (!used_here && have && !bit(f->live_out + (size_t)i * c->WV, P->local)) {
    bool again = P->nproj == 0 && var->mut_decl && bit(c->wlater + (size_t)i * c->WV, P->local);
    if (again)
      LOSE(P_R | P_O | P_F, bm_arena_printf(a, "the value in `%s` is not read again before it is "
                                            "overwritten", var->name));
    else
      LOSE(P_ALL, bm_arena_printf(a, "`%s` is not used after this point", var->name));
  }
#undef LOSE
  return have;
}

static uint8_t perms_at(const Fn *c, uint32_t i, uint32_t k, bool used_here, const char *why[4]) {
  return perms_of(c, i, c->places.items[k].place, c->places.items[k].decl, used_here, why);
}

/* What the declaration gives the place an access names, which may be
 * deeper than the listed place k it hangs off (`p.y`, `(*r)[0].a`). */
static uint8_t access_decl(const Fn *c, uint32_t k, const BmPlace *p) {
  const Place *pl = &c->places.items[k];
  uint8_t decl = pl->decl & (uint8_t)~P_F;
  for (uint32_t j = pl->place->nproj; j < p->nproj; j++)
    if (p->proj[j].kind == BM_PROJ_DEREF && p->proj[j].ptr != BM_PTR_BOX)
      decl = (uint8_t)(P_R | (p->proj[j].ptr == BM_PTR_MUT && (decl & P_W) ? P_W : 0));
  return p->nproj == pl->place->nproj ? pl->decl : decl;
}

/* ------------------------------------------------------------ output */

static void put_letters(BmStr *s, uint8_t p, const char *none) {
  if (!p) {
    bm_str_puts(s, none);
    return;
  }
  for (int b = 0; b < 4; b++)
    if (p & (1 << b)) bm_str_printf(s, "%c", LETTERS[b]);
}

static void put_pos(const Fn *c, BmStr *s, uint32_t start, uint32_t end) {
  uint32_t l, col, el, ec;
  bm_source_position(c->pm->src, start, &l, &col);
  bm_source_position(c->pm->src, end, &el, &ec);
  bm_str_printf(s, "\"line\": %u, \"col\": %u, \"end_line\": %u, \"end_col\": %u", l, col, el, ec);
}

/* The statement's first line, shortened, for the text table. */
static void put_stmt_text(const Fn *c, BmStr *s, uint32_t start, uint32_t end) {
  const char *t = c->pm->src->text;
  uint32_t e = start, n = 0;
  while (e < end && t[e] != '\n' && n < 30) {
    if (((unsigned char)t[e] & 0xC0) != 0x80) n++;
    e++;
  }
  while (e < end && ((unsigned char)t[e] & 0xC0) == 0x80) e++;
  bm_str_append(s, t + start, e - start);
  if (e < end) bm_str_puts(s, "…");
  for (; n < 31; n++) bm_str_puts(s, " ");
}

typedef struct {
  uint32_t node;                   /* the access (or DEAD) that failed */
  uint32_t place;                  /* its place's index */
  uint8_t perm;                    /* one letter */
  const char *text;
} Missing;
typedef BmArray(Missing) Missings;

/* The place the access names, or the longest listed prefix of it. */
static int32_t place_for(const Fn *c, const BmPlace *p) {
  int32_t best = -1;
  uint32_t best_len = 0;
  for (uint32_t k = 0; k < c->places.len; k++) {
    const BmPlace *q = c->places.items[k].place;
    if (bm_place_prefix(q, p) && (best < 0 || q->nproj >= best_len)) {
      best = (int32_t)k;
      best_len = q->nproj;
    }
  }
  return best;
}

static uint8_t needed(const BmNode *n) {
  if (n->kind == BM_N_DEAD) return P_O;
  switch (n->access) {
  case BM_AC_READ: case BM_AC_SHARED: return P_R;
  case BM_AC_MUT: return P_R | P_W;
  case BM_AC_MOVE: return P_R | P_O;
  case BM_AC_WRITE: return (n->flags & BM_F_COMPOUND) ? (P_R | P_W) : P_W;
  default: return 0;
  }
}

static bool code_is(const char *code, const char *const *set) {
  for (int k = 0; code && set[k]; k++)
    if (strcmp(code, set[k]) == 0) return true;
  return false;
}

/* The letters the errors of this fn say an access lacked. */
static void find_missing(Fn *c, uint32_t diag_first, Missings *out) {
  static const char *const access_codes[] = {"E0382", "E0381", "E0499", "E0502", "E0503", "E0505",
                                             "E0506", "E0596", "E0594", "E0384", NULL};
  static const char *const mut_codes[] = {"E0596", "E0594", "E0384", NULL};
  BmArena *a = c->pm->a;
  const BmFn *fn = c->fn;
  const BmDiagSink *sink = c->sink;
  for (uint32_t d = diag_first; d < sink->diags.len; d++) {
    const BmDiagnostic *dg = &sink->diags.items[d];
    bool dead = dg->code && strcmp(dg->code, "E0597") == 0;
    if (!dead && !code_is(dg->code, access_codes)) continue;
    uint32_t at = d < sink->points.len && sink->points.items[d] != BM_NO_POINT ? sink->points.items[d]
                                                                             : dg->span.start_byte;
    uint32_t node = UINT32_MAX;
    for (uint32_t i = 0; i < fn->nodes.len && node == UINT32_MAX; i++) {
      const BmNode *n = &fn->nodes.items[i];
      if (!c->reach[i]) continue;
      if (dead ? (n->kind == BM_N_DEAD && n->start == at)
               : (n->kind == BM_N_ACCESS && !(n->flags & BM_F_UNKNOWN) && n->start == dg->span.start_byte &&
                  n->end == dg->span.end_byte && needed(n)))
        node = i;
    }
    if (node == UINT32_MAX) continue;
    const BmNode *n = &fn->nodes.items[node];
    int32_t k = place_for(c, n->place);
    if (k < 0) continue;
    const char *why[4];
    uint8_t decl = access_decl(c, (uint32_t)k, n->place);
    uint8_t have = perms_of(c, node, n->place, decl, true, why);
    const Place *pl = &c->places.items[k];
    uint8_t need = needed(n) & decl;
    uint8_t miss = need & (uint8_t)~have;
    if (code_is(dg->code, mut_codes)) miss = (decl & P_W) ? 0 : P_W;
    for (int b = 0; b < 4; b++) {
      if (!(miss & (1 << b))) continue;
      Missing m = {node, (uint32_t)k, (uint8_t)(1 << b), NULL};
      if (why[b])
        m.text = bm_arena_printf(a, "`%s` lost %c here: %s", pl->name, LETTERS[b], why[b]);
      else if (pl->place->nproj && pl->place->proj[pl->place->nproj - 1].kind == BM_PROJ_DEREF)
        m.text = bm_arena_printf(a, "`%s` has no W: it is behind a shared reference", pl->name);
      else if (b == 1)
        m.text = bm_arena_printf(a, "`%s` has no W: it is not declared `mut`", pl->name);
      else
        continue;
      bm_array_push(a, out, m);
    }
  }
}

/* The innermost point whose statement holds node `node`; for one outside
 * every statement (the fn body's end), the last point lowered before it. */
static uint32_t point_of(const Fn *c, const uint32_t *pts, uint32_t npts, uint32_t node) {
  uint32_t at = c->fn->nodes.items[node].start;
  uint32_t best = UINT32_MAX, best_len = UINT32_MAX, before = UINT32_MAX;
  for (uint32_t j = 0; j < npts; j++) {
    const BmNode *p = &c->fn->nodes.items[pts[j]];
    if (pts[j] < node) before = j;
    if (!(p->flags & BM_F_POINT) || at < p->start || at >= p->end) continue;
    if (p->end - p->start < best_len) {
      best = j;
      best_len = p->end - p->start;
    }
  }
  return best != UINT32_MAX ? best : before;
}

void bm_perms_fn(BmPerms *pm, const BmDiagSink *sink, const BmFn *fn, uint32_t diag_first) {
  const BmFnFacts *f = fn->facts;
  if (!f || !f->moves || !f->borrows || ts_node_is_null(fn->node) || pm->full) return;
  BmArena *a = pm->a;
  Fn c = {0};
  c.pm = pm;
  c.sink = sink;
  c.fn = fn;
  c.f = f;
  c.WV = f->WV;
  c.WL = f->WL;
  uint32_t nn = fn->nodes.len, cnt;
  uint32_t *rpo = bm_rpo(a, fn, &cnt);
  c.reach = bm_arena_alloc(a, nn + 1);
  for (uint32_t k = 0; k < cnt; k++) c.reach[rpo[k]] = 1;
  uint32_t *pts = bm_arena_alloc(a, (nn + 1) * sizeof *pts), npts = 0;
  for (uint32_t i = 0; i < nn; i++) {
    const BmNode *n = &fn->nodes.items[i];
    if (c.reach[i] && n->kind == BM_N_NOP && (n->flags & (BM_F_POINT | BM_F_ENTRY_POINT))) pts[npts++] = i;
  }
  collect_places(&c);
  if (!npts) return;
  if ((uint64_t)npts * (c.places.len + 1) * (fn->loans.len + f->nmo + 1) > MAX_WORK) return;
  compute_wlater(&c, rpo, cnt);
  compute_freed(&c, rpo, cnt);
  c.loan_last = bm_arena_alloc(a, (fn->loans.len + 1) * sizeof *c.loan_last);
  for (uint32_t i = 0; i < nn; i++) {
    if (!c.reach[i]) continue;
    uint32_t line = 0;
    for (uint32_t li = 0; li < fn->loans.len; li++) {
      if (!bit(f->loans_in + (size_t)i * c.WL, li)) continue;
      if (!line) line = line_of(&c, fn->nodes.items[i].start);
      if (line > c.loan_last[li]) c.loan_last[li] = line;
    }
  }
  /* a loan that outlived its local: until the last use of what holds it */
  for (uint32_t i = 0; i < nn; i++) {
    const BmNode *n = &fn->nodes.items[i];
    if (!c.reach[i] || n->kind != BM_N_ACCESS || n->access == BM_AC_INIT) continue;
    for (uint32_t li = 0; li < fn->loans.len; li++) {
      if (!bit(c.dangling, li) || !bit(c.freed + (size_t)i * c.WL, li) ||
          !bit(f->carry + (size_t)n->place->local * c.WL, li))
        continue;
      uint32_t line = line_of(&c, n->start);
      if (line > c.loan_last[li]) c.loan_last[li] = line;
    }
  }
  for (uint32_t li = 0; li < fn->loans.len; li++)
    if (!c.loan_last[li]) c.loan_last[li] = line_of(&c, fn->loans.items[li].start);
  Missings missing = {0};
  find_missing(&c, diag_first, &missing);

  /* the JSON entry and the table, side by side */
  BmStr *s = &pm->json, *t = &pm->text;
  size_t json_mark = s->len, text_mark = t->len;
  uint32_t fl, fc, el, ec;
  bm_source_position(pm->src, ts_node_start_byte(fn->node), &fl, &fc);
  bm_source_position(pm->src, ts_node_end_byte(fn->node), &el, &ec);
  bm_str_puts(s, pm->nfns ? ",\n  {\"name\": " : "\n  {\"name\": ");
  bm_str_json_string(s, fn->name ? fn->name : "");
  bm_str_printf(s, ", \"line\": %u, \"end_line\": %u,\n   \"places\": [", fl, el);
  bm_str_printf(t, "fn %s (lines %u-%u)\n  places:", fn->name ? fn->name : "?", fl, el);
  for (uint32_t k = 0; k < c.places.len; k++) {
    const Place *pl = &c.places.items[k];
    const BmLocal *l = &fn->locals.items[pl->place->local];
    uint32_t line, col;
    bm_source_position(pm->src, l->start, &line, &col);
    bm_str_puts(s, k ? ", {\"name\": " : "{\"name\": ");
    bm_str_json_string(s, pl->name);
    bm_str_printf(s, ", \"line\": %u, \"col\": %u, \"base\": %u}", line, col, pl->base);
    bm_str_printf(t, " %s@%u:%u", pl->name, line, col);
  }
  bm_str_puts(s, "],\n   \"points\": [");
  bm_str_puts(t, "\n");
  uint8_t *prev = bm_arena_alloc(a, c.places.len + 1);
  uint8_t *cur = bm_arena_alloc(a, c.places.len + 1);
  const char *(*why)[4] = bm_arena_alloc(a, (c.places.len + 1) * sizeof *why);
  for (uint32_t j = 0; j < npts; j++) {
    uint32_t i = pts[j];
    const BmNode *p = &fn->nodes.items[i];
    bool entry = (p->flags & BM_F_ENTRY_POINT) != 0;
    for (uint32_t k = 0; k < c.places.len; k++) cur[k] = perms_at(&c, i, k, false, why[k]);
    bm_str_puts(s, j ? ",\n    {" : "\n    {");
    put_pos(&c, s, p->start, p->end);
    uint32_t line, col;
    bm_source_position(pm->src, p->start, &line, &col);
    bm_str_printf(t, "  %4u:%-3u ", line, col);
    if (entry) {
      bm_str_puts(s, ", \"entry\": true");
      bm_str_printf(t, "%-31s", "(entry)");
    } else {
      put_stmt_text(&c, t, p->start, p->end);
    }
    bm_str_puts(s, ", \"perms\": [");
    for (uint32_t k = 0; k < c.places.len; k++) {
      bm_str_puts(s, k ? ", \"" : "\"");
      put_letters(s, cur[k], "");
      bm_str_puts(s, "\"");
      bm_str_printf(t, " %s:", c.places.items[k].name);
      put_letters(t, cur[k], "-");
    }
    bm_str_puts(s, "]");
    bm_str_puts(t, "\n");
    /* why the letters lost since the point before went */
    bool any = false;
    for (uint32_t k = 0; k < c.places.len; k++) {
      uint8_t lost = entry ? 0 : (uint8_t)(prev[k] & ~cur[k]);
      for (int b = 0; b < 4; b++) {
        if (!(lost & (1 << b)) || !why[k][b]) continue;
        bm_str_puts(s, any ? ", [" : ", \"why\": [[");
        bm_str_printf(s, "%u, \"%c\", ", k, LETTERS[b]);
        bm_str_json_string(s, why[k][b]);
        bm_str_puts(s, "]");
        any = true;
        /* the table: the letters one cause took, on one line */
        bool first = true;
        for (int e = 0; e < b; e++) first &= !((lost & (1 << e)) && why[k][e] == why[k][b]);
        if (!first) continue;
        bm_str_puts(t, "             -");
        for (int e = b; e < 4; e++)
          if ((lost & (1 << e)) && why[k][e] == why[k][b]) bm_str_printf(t, "%c", LETTERS[e]);
        bm_str_printf(t, " %s: %s\n", c.places.items[k].name, why[k][b]);
      }
    }
    if (any) bm_str_puts(s, "]");
    any = false;
    for (uint32_t m = 0; m < missing.len; m++) {
      const Missing *x = &missing.items[m];
      if (point_of(&c, pts, npts, x->node) != j) continue;
      bm_str_puts(s, any ? ", {" : ", \"missing\": [{");
      bm_str_printf(s, "\"place\": %u, \"perm\": \"", x->place);
      put_letters(s, x->perm, "");
      bm_str_puts(s, "\", ");
      put_pos(&c, s, fn->nodes.items[x->node].start, fn->nodes.items[x->node].end);
      bm_str_puts(s, ", \"text\": ");
      bm_str_json_string(s, x->text);
      bm_str_puts(s, "}");
      any = true;
      bm_str_puts(t, "             ! ");
      put_letters(t, x->perm, "");
      bm_str_printf(t, " %s\n", x->text);
    }
    if (any) bm_str_puts(s, "]");
    bm_str_puts(s, "}");
    memcpy(prev, cur, c.places.len);
  }
  bm_str_puts(s, "]}");
  /* the view's own test: in a fn with no error, every access the checker
     knows the mode of finds the letter it needs (a benchmark's figure) */
  if (sink->diags.len == diag_first) {
    uint32_t checked = 0, lacking = 0;
    for (uint32_t i = 0; i < nn; i++) {
      const BmNode *n = &fn->nodes.items[i];
      if (!c.reach[i] || n->kind != BM_N_ACCESS || (n->flags & (BM_F_UNKNOWN | BM_F_CLOSURE))) continue;
      int32_t k = place_for(&c, n->place);
      if (k < 0) continue;
      const char *w[4];
      uint8_t decl = access_decl(&c, (uint32_t)k, n->place);
      uint8_t need = needed(n) & decl;
      if (!need) continue;
      uint8_t have = perms_of(&c, i, n->place, decl, true, w);
      checked++;
      if ((need & have) == need) continue;
      lacking++;
      uint32_t line, col;
      bm_source_position(pm->src, n->start, &line, &col);
      bm_str_printf(t, "  ? %u:%u `%s` needs ", line, col, c.places.items[k].name);
      put_letters(t, need, "-");
      bm_str_puts(t, ", has ");
      put_letters(t, have, "-");
      bm_str_puts(t, "\n");
    }
    bm_str_printf(t, "  accesses: %u checked, %u lacking\n", checked, lacking);
  }
  if (s->len > MAX_JSON) {
    /* too much to send: this fn and the rest are left out */
    s->len = json_mark;
    s->buf[s->len] = 0;
    t->len = text_mark;
    if (t->buf) t->buf[t->len] = 0;
    pm->full = true;
    return;
  }
  pm->nfns++;
}
