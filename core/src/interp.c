/*
 * interp.c: the interpreter. Runs `fn main` of a typed crate.
 *
 *   frames: one value slot per pattern of the body (a binding is its BIND
 *   pattern, as resolve.c names locals), so a closure's parameters and
 *   locals are slots of the body that holds it;
 *   places: a pointer to a value cell (a slot, a field, an element, a
 *   box's contents); a reference is a pointer to a place;
 *   values: BmVal (bm.h), self-describing, copied when read from a place
 *   (aggregates copied, references and Rc shared) -- a move leaves the
 *   source dead (the checker guarantees it is not read again), a copy is a
 *   copy, so one rule serves both;
 *   calls: user fns and methods run their bodies; a trait method is found
 *   for the receiver's runtime type (static dispatch: the impl of its
 *   type, or the trait's default); std's fns and methods are recognised by
 *   their def (the declaration in core/std) and run natively (interp_std.c).
 *
 * It reads the HIR and infer.c's tables (expression types for literals,
 * callees, fields, binding modes, receiver adjustments), never source text
 * (except the text of an expression for `assert!` and `dbg!` output, as
 * rustc's stringify! does).
 *
 * Limits, said when reached: BM_RUN_STEP_BUDGET expressions evaluated,
 * BM_RUN_MAX_CALLS calls active, BM_RUN_MAX_BYTES of memory, and the
 * analysis' depth guard (limits.c) for the C stack. Anything not modelled
 * stops the run with a reason at that point; nothing is invented.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

typedef BmFrame Frame;

typedef struct { BmInfer *ix; uint8_t *moves; } MoveCache;


enum { CTL_NONE, CTL_BREAK, CTL_CONTINUE, CTL_RETURN, CTL_STOP };

typedef struct {
  BmDefId trait, impl;
  uint8_t head;           /* BmValKind of the self type's values, or ADT */
  uint32_t def;           /* ADT: the struct or enum def; INT/FLOAT: the prim */
} ImplEntry;

struct BmInterp {
  BmArena *a;
  const BmSource *src;
  BmTyped *t;
  BmTcx *tcx;
  BmRunOutput *out;
  Frame *fr;
  uint8_t ctl;
  BmSym label;            /* BREAK / CONTINUE: the label, or 0 */
  BmVal carry;            /* BREAK, RETURN: the value */
  uint32_t calls;
  BmLimits lim;
  BmDefId some, none, ok, err, option, result;
  BmArray(ImplEntry) impls;
  BmArray(BmVal *) consts; /* per def index of the local crate: evaluated consts */
  BmTy *call_ty;          /* the type of the call being made (std reads it) */
  bool track_drops;       /* drops are observable: a user Drop impl, or an Rc was made */
  BmArray(MoveCache) move_caches;
  uint32_t cur_at;        /* the expression being evaluated (where a limit is met) */
  BmDefId drop_trait;
  BmTrace *tr;            /* the diagram's trace (trace.c), or NULL */
  uint32_t depth;         /* frames active (main: 1) */
  uint64_t step_budget;   /* BM_RUN_STEP_BUDGET, or the trace's smaller one */
};


static BmVal eval(BmInterp *I, BmExprId e);
static void stop(BmInterp *I, uint8_t status, uint32_t at, const char *reason);
static BmVal *place(BmInterp *I, BmExprId e);
static bool match_pat(BmInterp *I, BmPatId p, BmVal *v);
static BmVal call_fn(BmInterp *I, BmDefId fn, BmVal *args, uint32_t nargs, uint32_t at);

/* ---- values */

BmVal bm_iv_unit(void) { return (BmVal){.kind = BM_V_TUPLE}; }

BmVal bm_iv_int(BmPrim p, __int128 v) {
  BmVal r = {.kind = BM_V_INT, .prim = (uint8_t)p};
  r.u.i = v;
  return r;
}

BmVal bm_iv_bool(bool b) {
  BmVal r = {.kind = BM_V_BOOL};
  r.u.b = b;
  return r;
}

BmArena *bm_interp_arena(BmInterp *I) { return I->a; }

BmVal bm_iv_str(BmInterp *I, const char *p, uint32_t len) {
  BmVStr *s = bm_arena_alloc(I->a, sizeof *s);
  s->p = bm_arena_alloc(I->a, len + 1);
  if (len) memcpy(s->p, p, len);
  s->len = s->cap = len;
  return (BmVal){.kind = BM_V_STR, .u.s = s};
}

void bm_iv_str_append(BmInterp *I, BmVStr *s, const char *p, uint32_t n) {
  if ((uint64_t)s->len + n > BM_RUN_MAX_BYTES / 2) {
    stop(I, BM_RUN_LIMIT, BM_NO_POINT, "the run stopped: the program uses more memory than the interpreter allows");
    return;
  }
  if (s->len + n > s->cap) {
    /* amortized doubling with a minimum of 8 bytes, as Rust's RawVec<u8> */
    uint32_t nc = s->cap * 2 > s->len + n ? s->cap * 2 : s->len + n;
    if (nc < 8) nc = 8;
    if (!s->cap && s->len) {
      /* a view of another string's bytes (a &str slice): copy them out */
      char *np = bm_arena_alloc(I->a, nc + 1);
      memcpy(np, s->p, s->len);
      s->p = np;
    } else {
      s->p = bm_arena_realloc(I->a, s->p, s->cap + 1, nc + 1);
    }
    s->cap = nc;
  }
  memcpy(s->p + s->len, p, n);
  s->len += n;
}

BmVal bm_iv_agg(BmInterp *I, uint8_t kind, uint32_t n) {
  BmAgg *g = bm_arena_alloc(I->a, sizeof *g);
  g->n = g->cap = n;
  g->items = n ? bm_arena_alloc(I->a, n * sizeof(BmVal)) : NULL;
  return (BmVal){.kind = kind, .u.agg = g};
}

BmVal *bm_iv_alloc_cell(BmInterp *I, BmVal v) {
  BmVal *c = bm_arena_alloc(I->a, sizeof *c);
  *c = v;
  return c;
}

BmVal bm_iv_ref(BmInterp *I, BmVal *pl) {
  (void)I;
  return (BmVal){.kind = BM_V_REF, .u.ptr = pl};
}

void bm_iv_push(BmInterp *I, BmAgg *g, BmVal v) {
  if (g->n == g->cap) {
    uint32_t nc = g->cap ? g->cap * 2 : 4;
    BmVal *old = g->items;
    g->items = bm_arena_realloc(I->a, g->items, g->cap * sizeof(BmVal), nc * sizeof(BmVal));
    g->cap = nc;
    if (I->tr && old && old != g->items) bm_trace_realloc(I->tr, g, old, g->n);
  }
  g->items[g->n++] = v;
}

static BmVal variant(BmInterp *I, BmDefId def, BmVal *v) {
  BmVal r = bm_iv_agg(I, BM_V_ADT, v ? 1 : 0);
  r.def = def;
  if (v) r.u.agg->items[0] = *v;
  return r;
}

BmVal bm_iv_some(BmInterp *I, BmVal v) { return variant(I, I->some, &v); }
BmVal bm_iv_none(BmInterp *I) { return variant(I, I->none, NULL); }
BmVal bm_iv_ok(BmInterp *I, BmVal v) { return variant(I, I->ok, &v); }
BmVal bm_iv_err(BmInterp *I, BmVal v) { return variant(I, I->err, &v); }
bool bm_iv_is_some(BmInterp *I, const BmVal *v) { return v->kind == BM_V_ADT && v->def == I->some; }
bool bm_iv_is_ok(BmInterp *I, const BmVal *v) { return v->kind == BM_V_ADT && v->def == I->ok; }

/* The depth guard for recursion over values (a list of a million boxes):
 * false (and the run stopped) when it is too deep. */
bool bm_interp_deeper(BmInterp *I) {
  if (bm_deeper(&I->lim)) return true;
  stop(I, BM_RUN_LIMIT, BM_NO_POINT, "the run stopped: a value nests deeper than the interpreter's stack allows");
  return false;
}
void bm_interp_shallower(BmInterp *I) { bm_shallower(&I->lim); }

static BmVal copy_inner(BmInterp *I, const BmVal *v);

BmVal bm_iv_copy(BmInterp *I, const BmVal *v) {
  if (v->kind < BM_V_STR || v->kind == BM_V_REF || v->kind == BM_V_RC) return *v;
  if (!bm_interp_deeper(I)) return *v;
  BmVal r = copy_inner(I, v);
  bm_interp_shallower(I);
  return r;
}

static BmVal copy_inner(BmInterp *I, const BmVal *v) {
  BmVal r = *v;
  switch (v->kind) {
  case BM_V_STR:
    /* a view (a &str slice) is a pointer: copying it copies the pointer */
    if (!v->u.s->cap && v->u.s->len) return r;
    return bm_iv_str(I, v->u.s->p, v->u.s->len);
  case BM_V_TUPLE: case BM_V_ARRAY: case BM_V_VEC: case BM_V_ADT: case BM_V_RANGE: case BM_V_MAP:
    if (!v->u.agg) return r;
    r.u.agg = bm_arena_alloc(I->a, sizeof *r.u.agg);
    r.u.agg->n = r.u.agg->cap = v->u.agg->n;
    r.u.agg->items = v->u.agg->n ? bm_arena_alloc(I->a, v->u.agg->n * sizeof(BmVal)) : NULL;
    for (uint32_t i = 0; i < v->u.agg->n; i++) r.u.agg->items[i] = bm_iv_copy(I, &v->u.agg->items[i]);
    return r;
  case BM_V_BOX: r.u.ptr = bm_iv_alloc_cell(I, bm_iv_copy(I, v->u.ptr)); return r;
  case BM_V_CELL: r.u.rc = bm_arena_alloc(I->a, sizeof *r.u.rc); *r.u.rc = *v->u.rc;
    r.u.rc->value = bm_iv_copy(I, &v->u.rc->value);
    r.u.rc->borrow = 0;  /* a new cell: the guards point at the old one */
    return r;
  default: return r;
  }
}

BmVal *bm_iv_deref_all(BmVal *v) {
  for (int k = 0; k < 64; k++) {
    if (v->kind == BM_V_REF || v->kind == BM_V_BOX) v = v->u.ptr;
    else if (v->kind == BM_V_RC) v = &v->u.rc->value;
    else break;
  }
  return v;
}

/* One deref step (a `*` or an autoderef): &, Box and Rc lead on; String and
 * Vec deref to themselves as str and slices. */
static BmVal *deref1(BmVal *v) {
  if (v->kind == BM_V_REF || v->kind == BM_V_BOX) return v->u.ptr;
  if (v->kind == BM_V_RC) return &v->u.rc->value;
  return v;
}

/* ---- stopping */
static bool step(BmInterp *I, uint32_t at);

bool bm_interp_stopped(const BmInterp *I) { return I->ctl == CTL_STOP; }

static void stop(BmInterp *I, uint8_t status, uint32_t at, const char *reason) {
  if (I->ctl == CTL_STOP) return;
  if (at == BM_NO_POINT) at = I->cur_at;
  I->ctl = CTL_STOP;
  I->out->status = status;
  I->out->reason = reason;
  I->out->reason_byte = at;
}

void bm_interp_panic(BmInterp *I, uint32_t at, const char *fmt, ...) {
  if (I->ctl == CTL_STOP) return;
  va_list ap;
  va_start(ap, fmt);
  char *msg = bm_arena_vprintf(I->a, fmt, ap);
  va_end(ap);
  uint32_t line = 1, col = 1;
  bm_source_position(I->src, at, &line, &col);
  /* rustc 1.95 starts the report with an empty line (and names the thread's
     id, which varies from run to run and is left out here) */
  bm_str_printf(&I->out->err, "\nthread 'main' panicked at src/main.rs:%u:%u:\n%s\n", line, col, msg);
  /* rustc prints the note only for the first panic of a process */
  bm_str_puts(&I->out->err, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
  I->out->exit_code = 101;
  stop(I, BM_RUN_PANIC, at, msg);
}

void bm_interp_unsupported(BmInterp *I, uint32_t at, const char *fmt, ...) {
  if (I->ctl == CTL_STOP) return;
  va_list ap;
  va_start(ap, fmt);
  char *msg = bm_arena_vprintf(I->a, fmt, ap);
  va_end(ap);
  stop(I, BM_RUN_UNSUPPORTED, at, msg);
}

static bool step(BmInterp *I, uint32_t at) {
  if (I->ctl == CTL_STOP) return false;
  if (++I->out->steps > I->step_budget) {
    stop(I, BM_RUN_LIMIT, at,
         bm_arena_printf(I->a, "the run stopped after %llu steps (its step budget): the program may loop forever",
                         (unsigned long long)I->step_budget));
    return false;
  }
  if ((I->out->steps & 1023) == 0 && I->a->total > BM_RUN_MAX_BYTES) {
    stop(I, BM_RUN_LIMIT, at, "the run stopped: the program uses more memory than the interpreter allows");
    return false;
  }
  return true;
}

/* ---- defs and impls */

const BmDef *bm_interp_def(BmInterp *I, BmDefId def) { return bm_def(I->tcx->stdc, I->t->crate, def); }
#define DEF(I, id) bm_def((I)->tcx->stdc, (I)->t->crate, (id))
#define E(I, id) bm_array_get(&(I)->fr->body->exprs, (id))
#define P(I, id) bm_array_get(&(I)->fr->body->pats, (id))
#define SYM(I, s) bm_sym_str((I)->tcx->syms, (s))

const char *bm_interp_def_name(BmInterp *I, BmDefId def) { return SYM(I, DEF(I, def)->name); }
BmTy *bm_interp_call_ty(BmInterp *I) { return I->call_ty; }
BmTcx *bm_interp_tcx(BmInterp *I) { return I->tcx; }
const char *bm_interp_field_name(BmInterp *I, BmDefId def, uint32_t i) {
  const BmDef *d = DEF(I, def);
  return i < d->nfields ? SYM(I, d->fields[i].name) : "";
}

uint32_t bm_interp_variant_index(BmInterp *I, BmDefId v) {
  const BmDef *d = DEF(I, v);
  if (d->kind != BM_DEF_VARIANT) return 0;
  const BmDef *en = DEF(I, d->parent);
  for (uint32_t i = 0; i < en->nitems; i++)
    if (en->items[i] == v) return i;
  return 0;
}

/* The head of a value's type for impl lookup: ADT (with the struct or enum
 * def), or the value's kind (INT/FLOAT with the prim). */
static void value_head(BmInterp *I, const BmVal *v, uint8_t *head, uint32_t *def) {
  *head = v->kind;
  *def = 0;
  if (v->kind == BM_V_ADT) {
    const BmDef *d = DEF(I, v->def);
    *def = d->kind == BM_DEF_VARIANT ? d->parent : v->def;
  } else if (v->kind == BM_V_INT || v->kind == BM_V_FLOAT) {
    *def = v->prim;
  }
}

static void index_impls(BmInterp *I) {
  BmCrate *c = I->t->crate;
  for (uint32_t i = 0; i < c->defs.len; i++) {
    BmDef *d = &c->defs.items[i];
    if (d->kind != BM_DEF_IMPL) continue;
    ImplEntry en = {NONE, c->base + i, 0, 0};
    if (d->trait_ref && d->trait_ref->res.kind == BM_RES_DEF) en.trait = d->trait_ref->res.id;
    BmTy *self = bm_type_of(I->tcx, c->base + i);
    if (!self) continue;
    if (self->kind == BM_TK_ADT && bm_is_lang(I->tcx, self->def, BM_LANG_string)) en.head = BM_V_STR;
    else if (self->kind == BM_TK_ADT && bm_is_lang(I->tcx, self->def, BM_LANG_vec)) en.head = BM_V_VEC;
    else if (self->kind == BM_TK_ADT && bm_is_lang(I->tcx, self->def, BM_LANG_hashmap)) en.head = BM_V_MAP;
    else if (self->kind == BM_TK_ADT) { en.head = BM_V_ADT; en.def = self->def; }
    else if (self->kind == BM_TK_ARRAY || self->kind == BM_TK_SLICE) en.head = BM_V_ARRAY;
    else if (self->kind == BM_TK_INT) { en.head = BM_V_INT; en.def = self->sub; }
    else if (self->kind == BM_TK_FLOAT) { en.head = BM_V_FLOAT; en.def = self->sub; }
    else if (self->kind == BM_TK_BOOL) en.head = BM_V_BOOL;
    else if (self->kind == BM_TK_CHAR) en.head = BM_V_CHAR;
    else if (self->kind == BM_TK_STR) en.head = BM_V_STR;
    else if (self->kind == BM_TK_TUPLE) en.head = BM_V_TUPLE;
    else continue;  /* impls for references, generics...: not dispatched */
    bm_array_push(I->a, &I->impls, en);
  }
}

/* The method `name` of the user impl of `trait` (NONE: inherent) for the
 * runtime type of v; NONE when there is none. */
static BmDefId impl_method(BmInterp *I, BmDefId trait, const BmVal *v, BmSym name) {
  uint8_t head;
  uint32_t def;
  value_head(I, v, &head, &def);
  for (uint32_t i = 0; i < I->impls.len; i++) {
    ImplEntry *en = &I->impls.items[i];
    if (en->trait != trait || en->def != def) continue;
    if (en->head != head && !(en->head == BM_V_ARRAY && head == BM_V_VEC)) continue;
    const BmDef *im = DEF(I, en->impl);
    for (uint32_t k = 0; k < im->nitems; k++) {
      const BmDef *m = DEF(I, im->items[k]);
      if (m->kind == BM_DEF_FN && m->name == name && m->has_body) return im->items[k];
    }
  }
  return NONE;
}

/* The same for a type (an associated fn without a receiver: `T::default()`). */
static BmDefId impl_method_for_ty(BmInterp *I, BmDefId trait, BmTy *t, BmSym name) {
  if (!t) return NONE;
  BmVal probe = {.kind = BM_V_TUPLE};
  if (t->kind == BM_TK_ADT) {
    if (bm_is_lang(I->tcx, t->def, BM_LANG_string)) probe.kind = BM_V_STR;
    else if (bm_is_lang(I->tcx, t->def, BM_LANG_vec)) probe.kind = BM_V_VEC;
    else { probe.kind = BM_V_ADT; probe.def = t->def; }
  } else if (t->kind == BM_TK_INT || t->kind == BM_TK_FLOAT) {
    probe.kind = t->kind == BM_TK_INT ? BM_V_INT : BM_V_FLOAT;
    probe.prim = t->sub;
  } else if (t->kind == BM_TK_BOOL) probe.kind = BM_V_BOOL;
  else if (t->kind == BM_TK_CHAR) probe.kind = BM_V_CHAR;
  else if (t->kind != BM_TK_TUPLE) return NONE;
  return impl_method(I, trait, &probe, name);
}

BmDefId bm_interp_user_impl(BmInterp *I, BmLang trait, const BmVal *v, BmSym method) {
  BmDefId t = bm_lang(I->tcx, trait);
  if (t == NONE) return NONE;
  return impl_method(I, t, bm_iv_deref_all((BmVal *)v), method);
}

/* One deref step that may run a user `Deref` impl (`*my_box`, deref
 * coercions): the place it leads to. */
static BmVal *deref_step(BmInterp *I, BmVal *v, uint32_t at);
static bool needs_drop(BmInterp *I, const BmVal *v, int depth);
static void drop_place(BmInterp *I, BmVal *v, uint32_t at);
static void drop_binds(BmInterp *I, BmPatId pat, uint32_t at);

/* ---- calls */

static Frame *frame_new(BmInterp *I, BmDefId owner, BmBody *body) {
  Frame *f = bm_arena_alloc(I->a, sizeof *f);
  f->body = body;
  f->ix = bm_typed_body(I->t, owner);
  f->slots = bm_arena_alloc(I->a, (body->pats.len ? body->pats.len : 1) * sizeof(BmVal));
  for (uint32_t i = 0; i < I->move_caches.len; i++)
    if (I->move_caches.items[i].ix == f->ix) f->moves = I->move_caches.items[i].moves;
  if (!f->moves) {
    f->moves = bm_arena_alloc(I->a, body->pats.len ? body->pats.len : 1);
    MoveCache mc = {f->ix, f->moves};
    bm_array_push(I->a, &I->move_caches, mc);
  }
  return f;
}

/* Does reading local `pat` by value move it (its type is surely not Copy)?
 * Then the value is handed over instead of copied. */
static bool moves_out(BmInterp *I, BmPatId pat) {
  Frame *f = I->fr;
  if (!f->moves || !f->ix || pat >= f->body->pats.len) return false;
  if (!f->moves[pat]) {
    BmTy *t = f->ix->pat_ty[pat];
    /* only owned aggregates: a `&mut` is reborrowed, not moved, and
       copying a pointer costs nothing anyway */
    bool owned = t && (t->kind == BM_TK_ADT || t->kind == BM_TK_TUPLE || t->kind == BM_TK_ARRAY);
    f->moves[pat] = owned && !(t->flags & (BM_TYF_ERR | BM_TYF_INFER)) && bm_is_copy(f->ix, t) == BM_SOLVE_NO ? 2 : 1;
  }
  return f->moves[pat] == 2;
}

static BmVal call_fn(BmInterp *I, BmDefId fn, BmVal *args, uint32_t nargs, uint32_t at) {
  const BmDef *d = DEF(I, fn);
  if (d->is_std) {
    BmVal out = bm_iv_unit();
    BmVal *self = NULL;
    if (d->self_param != BM_SELF_PARAM_NONE && nargs) {
      self = &args[0];
      if ((d->self_param == BM_SELF_PARAM_REF || d->self_param == BM_SELF_PARAM_MUT) && self->kind == BM_V_REF)
        self = self->u.ptr;
      args++;
      nargs--;
    }
    if (!bm_std_call(I, fn, self, args, nargs, &out, at) && I->ctl != CTL_STOP)
      bm_interp_unsupported(I, at, "the std function `%s` is not modelled by the interpreter", SYM(I, d->name));
    return out;
  }
  if (!d->body || d->kind != BM_DEF_FN) {
    bm_interp_unsupported(I, at, "a call to `%s`, which has no body the interpreter can run", SYM(I, d->name));
    return bm_iv_unit();
  }
  if (I->calls >= BM_RUN_MAX_CALLS) {
    stop(I, BM_RUN_LIMIT, at,
         bm_arena_printf(I->a, "the run stopped: more than %u calls were active at once (the interpreter's "
                         "recursion cap)", (unsigned)BM_RUN_MAX_CALLS));
    return bm_iv_unit();
  }
  BmBody *body = d->body;
  if (!bm_typed_body(I->t, fn)) {
    bm_interp_unsupported(I, at, "a function without inference results");
    return bm_iv_unit();
  }
  Frame *f = frame_new(I, fn, body);
  uint32_t k = 0;
  Frame *saved = I->fr;
  I->fr = f;
  if (body->self_pat != NONE && k < nargs) f->slots[body->self_pat] = args[k++];
  else if (d->self_param != BM_SELF_PARAM_NONE) k++;
  for (uint32_t i = 0; i < body->params.len && k < nargs; i++, k++) {
    if (!match_pat(I, body->params.items[i], &args[k]) && I->ctl != CTL_STOP)
      bm_interp_unsupported(I, at, "a parameter pattern that did not match");
  }
  I->calls++;
  I->depth++;
  if (I->tr && I->ctl != CTL_STOP) {
    BmExpr *root = bm_array_get(&body->exprs, body->root);
    bm_trace_enter(I->tr, I, f, fn, (BmRange){d->span.start, root->span.start});
  }
  BmVal r = I->ctl == CTL_STOP ? bm_iv_unit() : eval(I, body->root);
  I->calls--;
  if (I->ctl == CTL_RETURN) {
    r = I->carry;
    I->ctl = CTL_NONE;
  }
  if (I->track_drops && I->ctl != CTL_STOP) {
    for (uint32_t i = body->params.len; i-- > 0;) drop_binds(I, body->params.items[i], d->span.end - 1);
    if (body->self_pat != NONE) drop_place(I, &f->slots[body->self_pat], d->span.end - 1);
  }
  if (I->tr) bm_trace_leave(I->tr, I, f, (BmRange){d->span.end ? d->span.end - 1 : 0, d->span.end});
  I->depth--;
  I->fr = saved;
  return r;
}

BmVal bm_interp_call_def(BmInterp *I, BmDefId fn, BmVal *args, uint32_t nargs, uint32_t at) {
  return call_fn(I, fn, args, nargs, at);
}

static BmVal call_closure(BmInterp *I, BmClosureVal *c, BmVal *args, uint32_t nargs, uint32_t at) {
  if (I->calls >= BM_RUN_MAX_CALLS) {
    stop(I, BM_RUN_LIMIT, at, "the run stopped: too many calls active at once (the interpreter's recursion cap)");
    return bm_iv_unit();
  }
  Frame *saved = I->fr;
  I->fr = c->env;
  BmClosure *cl = bm_array_get(&c->env->body->closures, c->index);
  uint32_t mk = I->tr ? bm_trace_push(I->tr, I, BM_TRACE_CLOSURE, E(I, cl->body)->span, NULL) : UINT32_MAX;
  for (uint32_t i = 0; i < cl->nparams && i < nargs; i++) {
    BmClosureParam *cp = bm_array_get(&c->env->body->closure_params, cl->params + i);
    if (!match_pat(I, cp->pat, &args[i]) && I->ctl != CTL_STOP)
      bm_interp_unsupported(I, at, "a closure parameter pattern that did not match");
    else if (mk != UINT32_MAX) bm_trace_bind(I->tr, I, cp->pat);
  }
  I->calls++;
  BmVal r = I->ctl == CTL_STOP ? bm_iv_unit() : eval(I, cl->body);
  I->calls--;
  if (mk != UINT32_MAX) bm_trace_pop(I->tr, I, mk);
  if (I->ctl == CTL_RETURN) {
    r = I->carry;
    I->ctl = CTL_NONE;
  }
  I->fr = saved;
  return r;
}

static BmVal construct(BmInterp *I, BmDefId def, BmVal *args, uint32_t nargs) {
  BmVal r = bm_iv_agg(I, BM_V_ADT, nargs);
  r.def = def;
  for (uint32_t i = 0; i < nargs; i++) r.u.agg->items[i] = args[i];
  return r;
}

BmVal bm_interp_call_value(BmInterp *I, BmVal *callee, BmVal *args, uint32_t nargs, uint32_t at) {
  BmVal *c = bm_iv_deref_all(callee);
  if (c->kind == BM_V_CLOSURE) return call_closure(I, c->u.clo, args, nargs, at);
  if (c->kind == BM_V_FN) {
    const BmDef *d = DEF(I, c->def);
    if (d->kind == BM_DEF_VARIANT || d->kind == BM_DEF_STRUCT) return construct(I, c->def, args, nargs);
    return call_fn(I, c->def, args, nargs, at);
  }
  bm_interp_unsupported(I, at, "a call of a value the interpreter cannot call");
  return bm_iv_unit();
}

/* A trait method for the receiver's runtime type: the user impl's, then
 * std's native behaviour, then the trait's default body. */
static BmVal call_trait_method(BmInterp *I, BmDefId decl, BmVal *self, BmVal *args, uint32_t nargs,
                               uint32_t at) {
  const BmDef *d = DEF(I, decl);
  BmDefId trait = d->parent;
  BmVal *base = self;
  BmDefId m = NONE;
  /* the impl may be for the value or, through references, what it points to */
  for (int k = 0; k < 8 && base; k++) {
    m = impl_method(I, trait, base, d->name);
    if (m != NONE || (base->kind != BM_V_REF && base->kind != BM_V_BOX && base->kind != BM_V_RC)) break;
    base = deref1(base);
  }
  if (m == NONE && !d->is_std && d->has_body) m = decl;
  if (m != NONE) {
    const BmDef *md = DEF(I, m);
    BmVal *all = bm_arena_alloc(I->a, (nargs + 1) * sizeof *all);
    if (md->self_param == BM_SELF_PARAM_REF || md->self_param == BM_SELF_PARAM_MUT) all[0] = bm_iv_ref(I, base);
    else all[0] = bm_iv_copy(I, base);
    for (uint32_t i = 0; i < nargs; i++) all[i + 1] = args[i];
    return call_fn(I, m, all, nargs + 1, at);
  }
  BmVal out = bm_iv_unit();
  if (d->is_std && bm_std_call(I, decl, self, args, nargs, &out, at)) return out;
  if (I->ctl != CTL_STOP)
    bm_interp_unsupported(I, at, "the trait method `%s` for this type is not modelled by the interpreter",
                          SYM(I, d->name));
  return out;
}

/* A call of a def with the receiver (or NULL) and arguments: user code,
 * trait dispatch, or std. */
static BmVal call_method_def(BmInterp *I, BmDefId def, bool via_trait, BmVal *self, BmVal *args, uint32_t nargs,
                             uint32_t at) {
  const BmDef *d = DEF(I, def);
  bool in_trait = d->parent != NONE && DEF(I, d->parent)->kind == BM_DEF_TRAIT;
  if ((via_trait || in_trait) && self) return call_trait_method(I, def, self, args, nargs, at);
  if (d->is_std) {
    BmVal out = bm_iv_unit();
    if (!bm_std_call(I, def, self, args, nargs, &out, at) && I->ctl != CTL_STOP)
      bm_interp_unsupported(I, at, "the std method `%s` is not modelled by the interpreter", SYM(I, d->name));
    /* a by-value receiver was consumed (its parts live on in the result) */
    if (self && d->self_param == BM_SELF_PARAM_VALUE && needs_drop(I, self, 0)) self->kind = BM_V_VOID;
    return out;
  }
  BmVal *all = bm_arena_alloc(I->a, (nargs + 1) * sizeof *all);
  uint32_t n = 0;
  if (self) {
    if (d->self_param == BM_SELF_PARAM_REF || d->self_param == BM_SELF_PARAM_MUT) all[n++] = bm_iv_ref(I, self);
    else {
      all[n++] = bm_iv_copy(I, self);
      if (needs_drop(I, self, 0)) self->kind = BM_V_VOID;  /* moved into the call */
    }
  }
  for (uint32_t i = 0; i < nargs; i++) all[n++] = args[i];
  return call_fn(I, def, all, n, at);
}

/* ---- equality and ordering */

static int cmp_num(__int128 a, __int128 b) { return a < b ? -1 : a > b; }

static int cmp_inner(BmInterp *I, const BmVal *a, const BmVal *b, uint32_t at);
int bm_interp_cmp(BmInterp *I, const BmVal *a, const BmVal *b, uint32_t at) {
  if (!bm_interp_deeper(I)) return 0;
  int c = cmp_inner(I, a, b, at);
  bm_interp_shallower(I);
  return c;
}

/* The elements of an aggregate value (`()` has none and no agg). */
static uint32_t agg_len(const BmVal *v) { return v->u.agg ? v->u.agg->n : 0; }

static int cmp_inner(BmInterp *I, const BmVal *a, const BmVal *b, uint32_t at) {
  if (I->ctl == CTL_STOP) return 0;
  a = bm_iv_deref_all((BmVal *)a);
  b = bm_iv_deref_all((BmVal *)b);
  if (a->kind == BM_V_ADT) {
    BmDefId m = impl_method(I, bm_lang(I->tcx, BM_LANG_partial_ord), a, BM_SYM_partial_cmp);
    BmDefId m2 = impl_method(I, bm_lang(I->tcx, BM_LANG_ord), a, bm_sym_find(I->tcx->syms, "cmp", 3));
    if (m2 != NONE && m == NONE) m = m2;
    if (m != NONE) {
      BmVal args[2] = {bm_iv_ref(I, (BmVal *)a), bm_iv_ref(I, (BmVal *)b)};
      BmVal r = call_fn(I, m, args, 2, at);
      BmVal *o = &r;
      if (o->kind == BM_V_ADT && o->def == I->some && o->u.agg->n) o = &o->u.agg->items[0];
      if (o->kind == BM_V_ADT && o->def != I->none) {
        uint32_t vi = bm_interp_variant_index(I, o->def);
        return (int)vi - 1;  /* Less, Equal, Greater */
      }
      return 2;
    }
  }
  if (a->kind != b->kind) return 0;
  switch (a->kind) {
  case BM_V_INT: return cmp_num(a->u.i, b->u.i);
  case BM_V_FLOAT: return a->u.f < b->u.f ? -1 : a->u.f > b->u.f ? 1 : a->u.f == b->u.f ? 0 : 2;
  case BM_V_BOOL: return cmp_num(a->u.b, b->u.b);
  case BM_V_CHAR: return cmp_num(a->u.c, b->u.c);
  case BM_V_STR: {
    uint32_t n = a->u.s->len < b->u.s->len ? a->u.s->len : b->u.s->len;
    int c = n ? memcmp(a->u.s->p, b->u.s->p, n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return cmp_num(a->u.s->len, b->u.s->len);
  }
  case BM_V_ADT:
    if (a->def != b->def) return cmp_num(bm_interp_variant_index(I, a->def), bm_interp_variant_index(I, b->def));
    /* fallthrough */
  case BM_V_TUPLE: case BM_V_ARRAY: case BM_V_VEC: {
    uint32_t na = agg_len(a), nb = agg_len(b), n = na < nb ? na : nb;
    for (uint32_t i = 0; i < n; i++) {
      int c = bm_interp_cmp(I, &a->u.agg->items[i], &b->u.agg->items[i], at);
      if (c) return c;
    }
    return cmp_num(na, nb);
  }
  default: return 0;
  }
}

static bool eq_inner(BmInterp *I, const BmVal *a, const BmVal *b, uint32_t at);
bool bm_interp_eq(BmInterp *I, const BmVal *a, const BmVal *b, uint32_t at) {
  if (!bm_interp_deeper(I)) return false;
  bool e = eq_inner(I, a, b, at);
  bm_interp_shallower(I);
  return e;
}

static bool eq_inner(BmInterp *I, const BmVal *a, const BmVal *b, uint32_t at) {
  if (I->ctl == CTL_STOP) return false;
  a = bm_iv_deref_all((BmVal *)a);
  b = bm_iv_deref_all((BmVal *)b);
  if (a->kind == BM_V_ADT) {
    BmDefId m = impl_method(I, bm_lang(I->tcx, BM_LANG_eq), a, BM_SYM_eq);
    if (m != NONE) {
      BmVal args[2] = {bm_iv_ref(I, (BmVal *)a), bm_iv_ref(I, (BmVal *)b)};
      BmVal r = call_fn(I, m, args, 2, at);
      return r.kind == BM_V_BOOL && r.u.b;
    }
  }
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case BM_V_FLOAT: return a->u.f == b->u.f;
  case BM_V_ADT:
    if (a->def != b->def) return false;
    /* fallthrough */
  case BM_V_TUPLE: case BM_V_ARRAY: case BM_V_VEC: case BM_V_RANGE: {
    if (agg_len(a) != agg_len(b)) return false;
    for (uint32_t i = 0; i < agg_len(a); i++)
      if (!bm_interp_eq(I, &a->u.agg->items[i], &b->u.agg->items[i], at)) return false;
    return true;
  }
  case BM_V_MAP: {
    if (agg_len(a) != agg_len(b)) return false;
    for (uint32_t i = 0; i < agg_len(a); i++) {
      bool found = false;
      for (uint32_t j = 0; j < agg_len(b) && !found; j++)
        found = bm_interp_eq(I, &a->u.agg->items[i], &b->u.agg->items[j], at);
      if (!found) return false;
    }
    return true;
  }
  default: return bm_interp_cmp(I, a, b, at) == 0;
  }
}

/* ---- integers */

static int prim_bits(uint8_t p) {
  switch (p) {
  case BM_PRIM_I8: case BM_PRIM_U8: return 8;
  case BM_PRIM_I16: case BM_PRIM_U16: return 16;
  case BM_PRIM_I32: case BM_PRIM_U32: return 32;
  case BM_PRIM_I64: case BM_PRIM_U64: case BM_PRIM_ISIZE: case BM_PRIM_USIZE: return 64;
  default: return 128;
  }
}
static bool prim_signed(uint8_t p) { return p >= BM_PRIM_I8 && p <= BM_PRIM_ISIZE; }

/* Does v fit the prim? (u128 values are kept as their bit pattern.) */
static bool fits(uint8_t p, __int128 v) {
  int bits = prim_bits(p);
  if (bits == 128) return p == BM_PRIM_U128 ? true : true;
  if (prim_signed(p)) {
    __int128 lo = -((__int128)1 << (bits - 1)), hi = ((__int128)1 << (bits - 1)) - 1;
    return v >= lo && v <= hi;
  }
  return v >= 0 && v <= (((__int128)1 << bits) - 1);
}

/* Wrap v to the prim's width (`as` casts, wrapping_*). */
static __int128 wrap(uint8_t p, __int128 v) {
  int bits = prim_bits(p);
  if (bits == 128) return v;
  unsigned __int128 m = ((unsigned __int128)1 << bits) - 1;
  unsigned __int128 u = (unsigned __int128)v & m;
  if (prim_signed(p) && (u >> (bits - 1)) & 1) return (__int128)(u | ~m);
  return (__int128)u;
}

__int128 bm_interp_wrap(uint8_t p, __int128 v) { return wrap(p, v); }
bool bm_interp_fits(uint8_t p, __int128 v) { return fits(p, v); }

static const char *op_word(uint8_t op) {
  switch (op) {
  case BM_BIN_ADD: return "add";
  case BM_BIN_SUB: return "subtract";
  case BM_BIN_MUL: return "multiply";
  case BM_BIN_DIV: return "divide";
  case BM_BIN_REM: return "calculate the remainder";
  case BM_BIN_SHL: return "shift left";
  case BM_BIN_SHR: return "shift right";
  default: return "compute";
  }
}

static BmVal int_arith(BmInterp *I, uint8_t op, BmVal a, BmVal b, uint32_t at) {
  uint8_t p = a.prim;
  __int128 x = a.u.i, y = b.u.i, r = 0;
  bool ovf = false;
  bool u128 = p == BM_PRIM_U128;
  switch (op) {
  case BM_BIN_ADD:
    if (u128) { unsigned __int128 ur; ovf = __builtin_add_overflow((unsigned __int128)x, (unsigned __int128)y, &ur); r = (__int128)ur; }
    else { ovf = __builtin_add_overflow(x, y, &r) || !fits(p, r); }
    break;
  case BM_BIN_SUB:
    if (u128) { unsigned __int128 ur; ovf = __builtin_sub_overflow((unsigned __int128)x, (unsigned __int128)y, &ur); r = (__int128)ur; }
    else { ovf = __builtin_sub_overflow(x, y, &r) || !fits(p, r); }
    break;
  case BM_BIN_MUL:
    if (u128) { unsigned __int128 ur; ovf = __builtin_mul_overflow((unsigned __int128)x, (unsigned __int128)y, &ur); r = (__int128)ur; }
    else { ovf = __builtin_mul_overflow(x, y, &r) || !fits(p, r); }
    break;
  case BM_BIN_DIV:
  case BM_BIN_REM:
    if (y == 0) {
      bm_interp_panic(I, at, op == BM_BIN_DIV ? "attempt to divide by zero"
                                              : "attempt to calculate the remainder with a divisor of zero");
      return a;
    }
    if (prim_signed(p) && y == -1 && !fits(p, -x)) ovf = true;
    else if (u128) r = (__int128)(op == BM_BIN_DIV ? (unsigned __int128)x / (unsigned __int128)y
                                                  : (unsigned __int128)x % (unsigned __int128)y);
    else r = op == BM_BIN_DIV ? x / y : x % y;
    break;
  case BM_BIN_BITAND: r = x & y; break;
  case BM_BIN_BITOR: r = x | y; break;
  case BM_BIN_BITXOR: r = wrap(p, x ^ y); break;
  case BM_BIN_SHL:
  case BM_BIN_SHR: {
    if (y < 0 || y >= prim_bits(p)) { ovf = true; break; }
    if (op == BM_BIN_SHL) r = wrap(p, (__int128)((unsigned __int128)x << (int)y));
    else if (prim_signed(p)) r = x >> (int)y;
    else r = (__int128)((unsigned __int128)x >> (int)y);
    break;
  }
  default: break;
  }
  if (ovf) {
    bm_interp_panic(I, at, "attempt to %s with overflow", op_word(op));
    return a;
  }
  return bm_iv_int(p, r);
}

static BmVal float_arith(BmInterp *I, uint8_t op, BmVal a, BmVal b, uint32_t at) {
  double x = a.u.f, y = b.u.f, r = 0;
  switch (op) {
  case BM_BIN_ADD: r = x + y; break;
  case BM_BIN_SUB: r = x - y; break;
  case BM_BIN_MUL: r = x * y; break;
  case BM_BIN_DIV: r = x / y; break;
  case BM_BIN_REM: r = fmod(x, y); break;
  default: bm_interp_unsupported(I, at, "a float operator the interpreter does not model"); break;
  }
  if (a.prim == BM_PRIM_F32) r = (float)r;
  BmVal v = {.kind = BM_V_FLOAT, .prim = a.prim};
  v.u.f = r;
  return v;
}

static BmLang op_lang(uint8_t op) {
  switch (op) {
  case BM_BIN_ADD: return BM_LANG_add;
  case BM_BIN_SUB: return BM_LANG_sub;
  case BM_BIN_MUL: return BM_LANG_mul;
  case BM_BIN_DIV: return BM_LANG_div;
  case BM_BIN_REM: return BM_LANG_rem;
  default: return BM_LANG_COUNT;
  }
}
static const char *op_method(uint8_t op) {
  switch (op) {
  case BM_BIN_ADD: return "add";
  case BM_BIN_SUB: return "sub";
  case BM_BIN_MUL: return "mul";
  case BM_BIN_DIV: return "div";
  case BM_BIN_REM: return "rem";
  default: return "";
  }
}

/* a op b on values (arithmetic, bits, comparisons). */
static BmVal binary(BmInterp *I, uint8_t op, BmVal a, BmVal b, uint32_t at) {
  switch (op) {
  case BM_BIN_EQ: return bm_iv_bool(bm_interp_eq(I, &a, &b, at));
  case BM_BIN_NE: return bm_iv_bool(!bm_interp_eq(I, &a, &b, at));
  case BM_BIN_LT: { int c = bm_interp_cmp(I, &a, &b, at); return bm_iv_bool(c == -1); }
  case BM_BIN_LE: { int c = bm_interp_cmp(I, &a, &b, at); return bm_iv_bool(c == -1 || c == 0); }
  case BM_BIN_GT: { int c = bm_interp_cmp(I, &a, &b, at); return bm_iv_bool(c == 1); }
  case BM_BIN_GE: { int c = bm_interp_cmp(I, &a, &b, at); return bm_iv_bool(c == 1 || c == 0); }
  default: break;
  }
  BmVal *x = bm_iv_deref_all(&a), *y = bm_iv_deref_all(&b);
  if (x->kind == BM_V_ADT && op_lang(op) != BM_LANG_COUNT) {
    const char *mn = op_method(op);
    BmDefId m = impl_method(I, bm_lang(I->tcx, op_lang(op)), x, bm_sym_find(I->tcx->syms, mn, strlen(mn)));
    if (m != NONE) {
      BmVal args[2] = {a.kind == BM_V_REF ? bm_iv_copy(I, x) : a, b};
      if (a.kind == BM_V_REF) args[0] = a;
      return call_fn(I, m, args, 2, at);
    }
  }
  if (x->kind == BM_V_INT && y->kind == BM_V_INT) {
    BmVal yy = *y;
    if (op == BM_BIN_SHL || op == BM_BIN_SHR) yy.prim = x->prim;
    return int_arith(I, op, *x, yy, at);
  }
  if (x->kind == BM_V_FLOAT && y->kind == BM_V_FLOAT) return float_arith(I, op, *x, *y, at);
  if (x->kind == BM_V_BOOL && y->kind == BM_V_BOOL) {
    bool r = op == BM_BIN_BITAND ? (x->u.b & y->u.b) : op == BM_BIN_BITOR ? (x->u.b | y->u.b) : (x->u.b ^ y->u.b);
    return bm_iv_bool(r);
  }
  if (x->kind == BM_V_STR && y->kind == BM_V_STR && op == BM_BIN_ADD) {
    BmVal r = bm_iv_str(I, x->u.s->p, x->u.s->len);
    bm_iv_str_append(I, r.u.s, y->u.s->p, y->u.s->len);
    return r;
  }
  bm_interp_unsupported(I, at, "an operator on values the interpreter does not model");
  return bm_iv_unit();
}

/* ---- paths */

static BmVal const_value(BmInterp *I, BmDefId def, uint32_t at) {
  const BmDef *d = DEF(I, def);
  if (d->is_std || !d->body) {
    BmVal out = bm_iv_unit();
    I->call_ty = bm_type_of(I->tcx, def);
    if (d->is_std && bm_std_call(I, def, NULL, NULL, 0, &out, at)) return out;
    bm_interp_unsupported(I, at, "the constant `%s` is not modelled by the interpreter", SYM(I, d->name));
    return out;
  }
  uint32_t k = def - I->t->crate->base;
  while (I->consts.len <= k) bm_array_push(I->a, &I->consts, NULL);
  if (I->consts.items[k]) return bm_iv_copy(I, I->consts.items[k]);
  if (!bm_typed_body(I->t, def)) {
    bm_interp_unsupported(I, at, "a constant without inference results");
    return bm_iv_unit();
  }
  Frame *saved = I->fr;
  I->fr = frame_new(I, def, d->body);
  BmVal v = eval(I, d->body->root);
  I->fr = saved;
  if (I->ctl == CTL_STOP) return v;
  I->consts.items[k] = bm_iv_alloc_cell(I, v);
  if (d->kind == BM_DEF_STATIC) return bm_iv_ref(I, I->consts.items[k]); /* a place */
  return bm_iv_copy(I, &v);
}

/* The variant of an enum type named `name` (`Self::North`). */
static BmDefId variant_named(BmInterp *I, BmTy *t, BmSym name) {
  if (!t || t->kind != BM_TK_ADT) return NONE;
  const BmDef *en = DEF(I, t->def);
  if (en->kind != BM_DEF_ENUM) return NONE;
  for (uint32_t i = 0; i < en->nitems; i++)
    if (DEF(I, en->items[i])->name == name) return en->items[i];
  return NONE;
}

static BmTy *ety(BmInterp *I, BmExprId e) {
  BmInfer *ix = I->fr->ix;
  return ix && e < I->fr->body->exprs.len ? ix->expr_ty[e] : NULL;
}

static BmVal def_as_value(BmInterp *I, BmDefId def, BmExprId e) {
  const BmDef *d = DEF(I, def);
  uint32_t at = E(I, e)->span.start;
  switch (d->kind) {
  case BM_DEF_FN: {
    BmVal v = {.kind = BM_V_FN, .def = def};
    return v;
  }
  case BM_DEF_CONST:
  case BM_DEF_STATIC: {
    BmVal v = const_value(I, def, at);
    if (d->kind == BM_DEF_STATIC && v.kind == BM_V_REF) return bm_iv_copy(I, v.u.ptr);
    return v;
  }
  case BM_DEF_STRUCT:
  case BM_DEF_VARIANT:
    if (d->ctor == BM_CTOR_TUPLE) return (BmVal){.kind = BM_V_FN, .def = def};
    return construct(I, def, NULL, 0);
  default:
    bm_interp_unsupported(I, at, "a path the interpreter does not model");
    return bm_iv_unit();
  }
}

static BmVal path_value(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmInfer *ix = I->fr->ix;
  BmRes r = x->path ? x->path->res : (BmRes){0};
  if (r.kind == BM_RES_LOCAL && r.rest == 0) {
    if (r.id >= I->fr->body->pats.len) {
      bm_interp_unsupported(I, x->span.start, "a local of another body");
      return bm_iv_unit();
    }
    BmVal *s = &I->fr->slots[r.id];
    if (I->tr) bm_trace_read(I->tr, I->fr, r.id);
    if (s->kind == BM_V_VOID) {
      bm_interp_unsupported(I, x->span.start, "a read of a variable the interpreter has no value for");
      return bm_iv_unit();
    }
    if (moves_out(I, r.id)) {
      BmVal v = *s;   /* moved: handed over, the slot is dead */
      s->kind = BM_V_VOID;
      return v;
    }
    BmVal v = bm_iv_copy(I, s);
    if (needs_drop(I, s, 0)) s->kind = BM_V_VOID;  /* moved */
    return v;
  }
  if (ix && ix->callee[e].def != NONE) return def_as_value(I, ix->callee[e].def, e);
  if (r.kind == BM_RES_DEF && r.rest == 0) return def_as_value(I, r.id, e);
  if (r.kind == BM_RES_SELF_CTOR) {
    BmTy *t = ety(I, e);
    if (t && t->kind == BM_TK_ADT) return construct(I, t->def, NULL, 0);
    if (t && t->kind == BM_TK_FNDEF) return (BmVal){.kind = BM_V_FN, .def = (uint32_t)t->def};
  }
  /* `Self::Variant`, `Alias::Variant`: by name in the expression's type */
  if (x->path && x->path->nsegs) {
    BmTy *t = ety(I, e);
    BmSym name = x->path->segs[x->path->nsegs - 1].name;
    BmDefId v = NONE;
    if (t && t->kind == BM_TK_ADT) v = variant_named(I, t, name);
    else if (t && t->kind == BM_TK_FNDEF) v = (BmDefId)t->def;
    if (v != NONE) return def_as_value(I, v, e);
  }
  bm_interp_unsupported(I, x->span.start, "a path the interpreter cannot resolve to a value");
  return bm_iv_unit();
}

/* ---- patterns */

static bool lit_eq(BmInterp *I, const BmPat *p, const BmVal *v) {
  switch (p->lit.kind) {
  case BM_LIT_INT: {
    __int128 n = (__int128)(((unsigned __int128)p->lit.hi << 64) | p->lit.lo);
    if (p->lit_neg) n = -n;
    if (v->kind == BM_V_INT) return v->u.i == n;
    if (v->kind == BM_V_FLOAT) return v->u.f == (double)n;
    return false;
  }
  case BM_LIT_FLOAT: return v->kind == BM_V_FLOAT && v->u.f == (p->lit_neg ? -p->lit.f : p->lit.f);
  case BM_LIT_BOOL: return v->kind == BM_V_BOOL && v->u.b == (p->lit.lo != 0);
  case BM_LIT_CHAR: return v->kind == BM_V_CHAR && v->u.c == p->lit.lo;
  case BM_LIT_BYTE: return v->kind == BM_V_INT && v->u.i == (__int128)p->lit.lo;
  case BM_LIT_STR:
    return v->kind == BM_V_STR && v->u.s->len == p->lit.len && memcmp(v->u.s->p, p->lit.str, p->lit.len) == 0;
  default: (void)I; return false;
  }
}

/* The value of a range pattern's bound (a literal or a constant path). */
static bool bound_value(BmInterp *I, BmPatId b, BmVal *out) {
  BmPat *p = P(I, b);
  if (p->kind == BM_PAT_LIT) {
    if (p->lit.kind == BM_LIT_CHAR) { *out = (BmVal){.kind = BM_V_CHAR}; out->u.c = (uint32_t)p->lit.lo; return true; }
    if (p->lit.kind == BM_LIT_FLOAT) { *out = (BmVal){.kind = BM_V_FLOAT}; out->u.f = p->lit_neg ? -p->lit.f : p->lit.f; return true; }
    __int128 n = (__int128)(((unsigned __int128)p->lit.hi << 64) | p->lit.lo);
    *out = bm_iv_int(BM_PRIM_I128, p->lit_neg ? -n : n);
    return true;
  }
  if (p->kind == BM_PAT_PATH && p->path && p->path->res.kind == BM_RES_DEF) {
    *out = const_value(I, p->path->res.id, p->span.start);
    return I->ctl != CTL_STOP;
  }
  return false;
}

static int cmp_scalar(const BmVal *a, const BmVal *b) {
  if (a->kind == BM_V_CHAR && b->kind == BM_V_CHAR) return a->u.c < b->u.c ? -1 : a->u.c > b->u.c;
  if (a->kind == BM_V_FLOAT || b->kind == BM_V_FLOAT) {
    double x = a->kind == BM_V_FLOAT ? a->u.f : (double)a->u.i, y = b->kind == BM_V_FLOAT ? b->u.f : (double)b->u.i;
    return x < y ? -1 : x > y;
  }
  return a->u.i < b->u.i ? -1 : a->u.i > b->u.i;
}

/* The def a pattern's path names (struct, variant, const), by resolution or
 * by name in the pattern's type. */
static BmDefId pat_def(BmInterp *I, BmPatId id) {
  BmPat *p = P(I, id);
  if (!p->path) return NONE;
  BmRes r = p->path->res;
  if (r.kind == BM_RES_DEF && r.rest == 0) return r.id;
  BmInfer *ix = I->fr->ix;
  BmTy *t = ix ? ix->pat_ty[id] : NULL;
  while (t && t->kind == BM_TK_REF) t = t->args[1];
  if (r.kind == BM_RES_SELF_TY || r.kind == BM_RES_SELF_CTOR || r.rest) {
    if (p->path->nsegs && r.rest) {
      BmDefId v = variant_named(I, t, p->path->segs[p->path->nsegs - 1].name);
      if (v != NONE) return v;
    }
    if (t && t->kind == BM_TK_ADT) return t->def;
  }
  return NONE;
}

static bool match_fields_list(BmInterp *I, const BmPat *p, BmAgg *g) {
  BmBody *b = I->fr->body;
  uint32_t n = p->nlist, rest = p->rest;
  uint32_t before = rest == UINT32_MAX ? n : rest, after = rest == UINT32_MAX ? 0 : n - rest - 1;
  if (!g) return n == 0 || (n == 1 && rest == 0);
  if (rest == UINT32_MAX && g->n != n) return false;
  if (before + after > g->n) return false;
  for (uint32_t i = 0; i < before; i++)
    if (!match_pat(I, b->list.items[p->list + i], &g->items[i])) return false;
  for (uint32_t i = 0; i < after; i++)
    if (!match_pat(I, b->list.items[p->list + rest + 1 + i], &g->items[g->n - after + i])) return false;
  return true;
}

static uint32_t field_index(BmInterp *I, BmDefId def, BmSym name, uint32_t index) {
  if (index != UINT32_MAX) return index;
  const BmDef *d = DEF(I, def);
  for (uint32_t i = 0; i < d->nfields; i++)
    if (d->fields[i].name == name) return i;
  return UINT32_MAX;
}

/* Does the value in place v match pattern p? Binds as it goes. */
static bool match_pat(BmInterp *I, BmPatId id, BmVal *v) {
  if (I->ctl == CTL_STOP) return false;
  BmPat *p = P(I, id);
  BmInfer *ix = I->fr->ix;
  BmBody *b = I->fr->body;
  /* match ergonomics: a non-reference pattern against a reference */
  if (p->kind != BM_PAT_BIND && p->kind != BM_PAT_WILD && p->kind != BM_PAT_REF && p->kind != BM_PAT_OR) {
    while (v->kind == BM_V_REF) v = v->u.ptr;
  }
  switch (p->kind) {
  case BM_PAT_WILD: return true;
  case BM_PAT_REST: return true;
  case BM_PAT_BIND: {
    if (p->a != NONE && !match_pat(I, p->a, v)) return false;
    uint8_t mode = ix ? ix->bind_mode[id] : p->mode;
    if (mode == BM_BM_VALUE && moves_out(I, id)) {
      /* a move: the value is handed over (its heap buffers with it), the
         place it came from is empty */
      I->fr->slots[id] = *v;
      v->kind = BM_V_VOID;
      bm_interp_hold_guard(I, &I->fr->slots[id]);
    } else if (mode == BM_BM_VALUE) {
      I->fr->slots[id] = bm_iv_copy(I, v);
      if (needs_drop(I, v, 0)) v->kind = BM_V_VOID;  /* moved */
      bm_interp_hold_guard(I, &I->fr->slots[id]);
    } else {
      I->fr->slots[id] = bm_iv_ref(I, v);
    }
    return true;
  }
  case BM_PAT_LIT:
    if (v->kind == BM_V_REF) v = bm_iv_deref_all(v);
    return lit_eq(I, p, v);
  case BM_PAT_RANGE: {
    BmVal lo, hi;
    if (p->a != NONE) {
      if (!bound_value(I, p->a, &lo)) { bm_interp_unsupported(I, p->span.start, "a range pattern bound"); return false; }
      if (cmp_scalar(v, &lo) < 0) return false;
    }
    if (p->b != NONE) {
      if (!bound_value(I, p->b, &hi)) { bm_interp_unsupported(I, p->span.start, "a range pattern bound"); return false; }
      int c = cmp_scalar(v, &hi);
      if (p->inclusive ? c > 0 : c >= 0) return false;
    }
    return true;
  }
  case BM_PAT_PATH: {
    BmDefId d = pat_def(I, id);
    if (d == NONE) { bm_interp_unsupported(I, p->span.start, "a path pattern the interpreter cannot resolve"); return false; }
    const BmDef *dd = DEF(I, d);
    if (dd->kind == BM_DEF_VARIANT || dd->kind == BM_DEF_STRUCT) return v->kind == BM_V_ADT && v->def == d;
    if (dd->kind == BM_DEF_CONST || dd->kind == BM_DEF_STATIC) {
      BmVal c = const_value(I, d, p->span.start);
      return bm_interp_eq(I, v, &c, p->span.start);
    }
    bm_interp_unsupported(I, p->span.start, "a path pattern the interpreter does not model");
    return false;
  }
  case BM_PAT_TUPLE_STRUCT: {
    BmDefId d = pat_def(I, id);
    if (d == NONE) { bm_interp_unsupported(I, p->span.start, "a tuple struct pattern the interpreter cannot resolve"); return false; }
    if (v->kind != BM_V_ADT || v->def != d) return false;
    return match_fields_list(I, p, v->u.agg);
  }
  case BM_PAT_STRUCT: {
    BmDefId d = pat_def(I, id);
    if (d == NONE) { bm_interp_unsupported(I, p->span.start, "a struct pattern the interpreter cannot resolve"); return false; }
    if (v->kind != BM_V_ADT || v->def != d) return false;
    for (uint32_t i = 0; i < p->nlist; i++) {
      BmFieldPat *fp = bm_array_get(&b->field_pats, p->list + i);
      uint32_t k = field_index(I, d, fp->name, fp->index);
      if (k == UINT32_MAX || !v->u.agg || k >= v->u.agg->n) {
        bm_interp_unsupported(I, fp->span.start, "a field pattern the interpreter cannot resolve");
        return false;
      }
      if (!match_pat(I, fp->pat, &v->u.agg->items[k])) return false;
    }
    return true;
  }
  case BM_PAT_TUPLE:
    if (v->kind != BM_V_TUPLE) return p->nlist == 0;
    return match_fields_list(I, p, v->u.agg);
  case BM_PAT_REF:
    if (v->kind == BM_V_REF) v = v->u.ptr;
    return match_pat(I, p->a, v);
  case BM_PAT_SLICE: {
    if (v->kind == BM_V_STR) return false;
    if (v->kind != BM_V_ARRAY && v->kind != BM_V_VEC) {
      bm_interp_unsupported(I, p->span.start, "a slice pattern on this value");
      return false;
    }
    BmAgg *g = v->u.agg;
    uint32_t rest = UINT32_MAX;
    for (uint32_t i = 0; i < p->nlist; i++) {
      BmPat *q = P(I, b->list.items[p->list + i]);
      if (q->kind == BM_PAT_REST || (q->kind == BM_PAT_BIND && q->a != NONE && P(I, q->a)->kind == BM_PAT_REST))
        rest = i;
    }
    uint32_t n = p->nlist;
    if (rest == UINT32_MAX) {
      if (g->n != n) return false;
      for (uint32_t i = 0; i < n; i++)
        if (!match_pat(I, b->list.items[p->list + i], &g->items[i])) return false;
      return true;
    }
    uint32_t before = rest, after = n - rest - 1;
    if (before + after > g->n) return false;
    for (uint32_t i = 0; i < before; i++)
      if (!match_pat(I, b->list.items[p->list + i], &g->items[i])) return false;
    for (uint32_t i = 0; i < after; i++)
      if (!match_pat(I, b->list.items[p->list + rest + 1 + i], &g->items[g->n - after + i])) return false;
    BmPat *q = P(I, b->list.items[p->list + rest]);
    if (q->kind == BM_PAT_BIND) {
      /* `x @ ..`: a subslice */
      BmVal sub = bm_iv_agg(I, BM_V_ARRAY, g->n - before - after);
      for (uint32_t i = 0; i < sub.u.agg->n; i++) sub.u.agg->items[i] = g->items[before + i];
      BmVal *cell = bm_iv_alloc_cell(I, sub);
      I->fr->slots[b->list.items[p->list + rest]] = bm_iv_ref(I, cell);
    }
    return true;
  }
  case BM_PAT_OR:
    for (uint32_t i = 0; i < p->nlist; i++)
      if (match_pat(I, b->list.items[p->list + i], v)) return true;
    return false;
  default:
    bm_interp_unsupported(I, p->span.start, "%s", p->why ? p->why : "a pattern the interpreter does not model");
    return false;
  }
}

/* ---- places */

static BmVal *temp(BmInterp *I, BmVal v) { return bm_iv_alloc_cell(I, v); }

static BmVal *index_place(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmVal *base = place(I, x->a);
  if (I->ctl) return temp(I, bm_iv_unit());
  BmVal idx = eval(I, x->b);
  if (I->ctl) return temp(I, bm_iv_unit());
  base = bm_iv_deref_all(base);
  BmVal *iv = bm_iv_deref_all(&idx);
  if ((base->kind == BM_V_VEC || base->kind == BM_V_ARRAY) && iv->kind == BM_V_INT) {
    BmAgg *g = base->u.agg;
    if (iv->u.i < 0 || iv->u.i >= (__int128)g->n) {
      /* rustc points at the `[`: right after the indexed expression */
      bm_interp_panic(I, E(I, x->a)->span.end, "index out of bounds: the len is %u but the index is %llu", g->n,
                      (unsigned long long)iv->u.i);
      return temp(I, bm_iv_unit());
    }
    return &g->items[(uint32_t)iv->u.i];
  }
  if (iv->kind == BM_V_RANGE || base->kind == BM_V_MAP) {
    BmVal out;
    BmVal args[1] = {idx};
    if (bm_std_call(I, NONE, base, args, 1, &out, x->span.start)) return temp(I, out);
    if (I->ctl) return temp(I, bm_iv_unit());
  }
  bm_interp_unsupported(I, x->span.start, "an index expression the interpreter does not model");
  return temp(I, bm_iv_unit());
}

static BmVal *deref_step(BmInterp *I, BmVal *v, uint32_t at) {
  if (v->kind == BM_V_ADT) {
    BmDefId m = impl_method(I, bm_lang(I->tcx, BM_LANG_deref), v, BM_SYM_deref);
    if (m != NONE) {
      BmVal arg = bm_iv_ref(I, v);
      BmVal r = call_fn(I, m, &arg, 1, at);
      if (I->ctl) return temp(I, bm_iv_unit());
      return r.kind == BM_V_REF ? r.u.ptr : temp(I, r);
    }
  }
  if (v->kind == BM_V_CELL) return &v->u.rc->value;
  return deref1(v);
}

/* ---- drops
 *
 * Only observable drops are modelled: a user `impl Drop` runs, and an Rc's
 * strong count falls. A value is dropped where Rust drops it: a block's
 * `let` bindings at its end (in reverse order), a fn's parameters after its
 * body, a statement's unused temporary, the old value of an assigned place,
 * `drop(x)`. A move (a by-value read of a place holding such a value)
 * empties the place, so nothing is dropped twice. Unwinding after a panic
 * runs no drops here. */

/* ---- RefCell's borrow flag
 *
 * borrow() and borrow_mut() check the cell's flag and hand out a reference
 * marked as a guard (BmGuard). A guard held in a binding (`let r =
 * c.borrow();`) is counted in the flag until that binding is dropped
 * (its block ends, `drop(r)`, or whatever it was moved into is dropped),
 * which is exactly when Rust's Ref drops. A guard that stays a temporary
 * (`c.borrow_mut().push(1)`) is not counted: Rust drops it at the end of
 * its temporary scope, which this interpreter does not track, so a
 * conflict between two temporaries is not seen (the run goes on as if the
 * first were gone) rather than reported where there is none. A conflict
 * with a held guard panics as std does ("RefCell already borrowed",
 * "RefCell already mutably borrowed"). */

static BmRcBox *guard_box(const BmVal *v) {
  return (BmRcBox *)(void *)((char *)v->u.ptr - offsetof(BmRcBox, value));
}

void bm_interp_hold_guard(BmInterp *I, BmVal *v) {
  if (v->kind != BM_V_REF || (v->prim != BM_GUARD_REF && v->prim != BM_GUARD_MUT)) return;
  BmRcBox *box = guard_box(v);
  if (v->prim == BM_GUARD_MUT) {
    box->borrow = -1;
    v->prim = BM_GUARD_MUT_HELD;
  } else {
    if (box->borrow >= 0) box->borrow++;
    v->prim = BM_GUARD_REF_HELD;
  }
  I->track_drops = true;
}

static bool guard_held(const BmVal *v) {
  return v->kind == BM_V_REF && (v->prim == BM_GUARD_REF_HELD || v->prim == BM_GUARD_MUT_HELD);
}

static void release_guard(BmVal *v) {
  BmRcBox *box = guard_box(v);
  if (v->prim == BM_GUARD_MUT_HELD && box->borrow < 0) box->borrow = 0;
  else if (v->prim == BM_GUARD_REF_HELD && box->borrow > 0) box->borrow--;
  v->prim = BM_GUARD_NONE;
}

static bool needs_drop(BmInterp *I, const BmVal *v, int depth) {
  if (!I->track_drops || depth > 32) return false;
  switch (v->kind) {
  case BM_V_REF: return guard_held(v);
  case BM_V_RC: return true;
  case BM_V_WEAK: return v->u.rc != NULL;
  case BM_V_BOX: return needs_drop(I, v->u.ptr, depth + 1);
  case BM_V_CELL: return needs_drop(I, &v->u.rc->value, depth + 1);
  case BM_V_ADT:
    if (I->drop_trait != NONE && impl_method(I, I->drop_trait, v, BM_SYM_drop) != NONE) return true;
    /* fallthrough */
  case BM_V_TUPLE: case BM_V_ARRAY: case BM_V_VEC: case BM_V_MAP:
    if (!v->u.agg) return false;
    for (uint32_t i = 0; i < v->u.agg->n; i++)
      if (needs_drop(I, &v->u.agg->items[i], depth + 1)) return true;
    return false;
  default: return false;
  }
}

static void drop_value(BmInterp *I, BmVal *v, uint32_t at, int depth) {
  if (I->ctl == CTL_STOP || depth > 64) return;
  switch (v->kind) {
  case BM_V_REF:
    if (guard_held(v)) release_guard(v);
    break;
  case BM_V_RC:
    if (v->u.rc->strong && --v->u.rc->strong == 0) drop_value(I, &v->u.rc->value, at, depth + 1);
    break;
  case BM_V_WEAK:
    if (v->u.rc && v->u.rc->weak) v->u.rc->weak--;
    break;
  case BM_V_BOX: drop_value(I, v->u.ptr, at, depth + 1); break;
  case BM_V_CELL: drop_value(I, &v->u.rc->value, at, depth + 1); break;
  case BM_V_ADT:
    if (I->drop_trait != NONE) {
      BmDefId m = impl_method(I, I->drop_trait, v, BM_SYM_drop);
      if (m != NONE) {
        BmVal arg = bm_iv_ref(I, v);
        uint8_t saved = I->ctl;
        BmVal carry = I->carry;
        BmSym label = I->label;
        I->ctl = CTL_NONE;   /* a drop on the way out of a `return` or `break` */
        call_fn(I, m, &arg, 1, at);
        if (I->ctl != CTL_STOP) { I->ctl = saved; I->carry = carry; I->label = label; }
      }
    }
    /* fallthrough */
  case BM_V_TUPLE: case BM_V_ARRAY: case BM_V_VEC: case BM_V_MAP:
    if (!v->u.agg) break;
    for (uint32_t i = 0; i < v->u.agg->n; i++) drop_value(I, &v->u.agg->items[i], at, depth + 1);
    break;
  default: break;
  }
  v->kind = BM_V_VOID;
}

/* Drop what a place holds, if that is observable. */
static void drop_place(BmInterp *I, BmVal *v, uint32_t at) {
  if (needs_drop(I, v, 0)) drop_value(I, v, at, 0);
}

void bm_interp_drop(BmInterp *I, BmVal *v, uint32_t at) { drop_place(I, v, at); }
void bm_interp_note_rc(BmInterp *I) { I->track_drops = true; }
BmStr *bm_interp_stdout(BmInterp *I) { return &I->out->out; }

typedef BmArray(BmPatId) PatList;

/* The bindings of a pattern of body b, in order, appended to out. */
static void binds_of(BmArena *a, BmBody *b, BmPatId id, PatList *out, int depth) {
  if (id == NONE || depth > 64) return;
  BmPat *p = bm_array_get(&b->pats, id);
  switch (p->kind) {
  case BM_PAT_BIND: bm_array_push(a, out, id); binds_of(a, b, p->a, out, depth + 1); break;
  case BM_PAT_REF: binds_of(a, b, p->a, out, depth + 1); break;
  case BM_PAT_TUPLE: case BM_PAT_TUPLE_STRUCT: case BM_PAT_SLICE:
    for (uint32_t i = 0; i < p->nlist; i++) binds_of(a, b, b->list.items[p->list + i], out, depth + 1);
    break;
  case BM_PAT_OR: if (p->nlist) binds_of(a, b, b->list.items[p->list], out, depth + 1); break;
  case BM_PAT_STRUCT:
    for (uint32_t i = 0; i < p->nlist; i++) binds_of(a, b, bm_array_get(&b->field_pats, p->list + i)->pat, out, depth + 1);
    break;
  default: break;
  }
}

uint32_t bm_pat_binds(BmArena *a, BmBody *b, BmPatId pat, BmPatId **out) {
  PatList binds = {0};
  binds_of(a, b, pat, &binds, 0);
  *out = binds.items;
  return binds.len;
}

static void drop_binds(BmInterp *I, BmPatId pat, uint32_t at) {
  PatList binds = {0};
  binds_of(I->a, I->fr->body, pat, &binds, 0);
  for (uint32_t k = binds.len; k-- > 0;) drop_place(I, &I->fr->slots[binds.items[k]], at);
}

static bool is_place_expr(BmInterp *I, BmExprId e) {
  uint8_t k = E(I, e)->kind;
  return k == BM_EX_PATH || k == BM_EX_FIELD || k == BM_EX_INDEX || (k == BM_EX_UNARY && E(I, e)->op == BM_UN_DEREF);
}

/* An argument at a coercion site, with infer.c's adjustments: deref
 * coercions (`&Box<List>` passed as `&List`, `&my_box` as `&str`). */
static BmVal eval_coerced(BmInterp *I, BmExprId e) {
  BmInfer *ix = I->fr->ix;
  if (!ix || !ix->adjust[e].derefs) return eval(I, e);
  BmVal v = eval(I, e);
  if (I->ctl) return v;
  BmVal *p = temp(I, v);
  for (uint8_t k = 0; k < ix->adjust[e].derefs; k++) p = deref_step(I, p, E(I, e)->span.start);
  if (ix->adjust[e].autoref) return bm_iv_ref(I, p);
  return bm_iv_copy(I, p);
}

/* The place an expression denotes (a temporary for a value expression). */
static BmVal *place(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  switch (x->kind) {
  case BM_EX_PATH: {
    BmRes r = x->path ? x->path->res : (BmRes){0};
    if (r.kind == BM_RES_LOCAL && r.rest == 0 && r.id < I->fr->body->pats.len) {
      if (I->tr) bm_trace_read(I->tr, I->fr, r.id);
      return &I->fr->slots[r.id];
    }
    BmInfer *ix = I->fr->ix;
    BmDefId d = ix && ix->callee[e].def != NONE ? ix->callee[e].def : r.kind == BM_RES_DEF ? r.id : NONE;
    if (d != NONE && DEF(I, d)->kind == BM_DEF_STATIC) {
      BmVal v = const_value(I, d, x->span.start);
      if (v.kind == BM_V_REF) return v.u.ptr;
    }
    return temp(I, path_value(I, e));
  }
  case BM_EX_FIELD: {
    BmVal *base = place(I, x->a);
    if (I->ctl) return temp(I, bm_iv_unit());
    base = bm_iv_deref_all(base);
    uint32_t k = x->field_index != UINT32_MAX ? x->field_index : I->fr->ix ? I->fr->ix->field[e] : UINT32_MAX;
    /* infer.c leaves some fields reached through derefs unrecorded: by name */
    if (k == UINT32_MAX && base->kind == BM_V_ADT) k = field_index(I, base->def, x->name, UINT32_MAX);
    if ((base->kind != BM_V_ADT && base->kind != BM_V_TUPLE) || !base->u.agg || k >= base->u.agg->n) {
      bm_interp_unsupported(I, x->name_span.start, "a field access the interpreter does not model");
      return temp(I, bm_iv_unit());
    }
    return &base->u.agg->items[k];
  }
  case BM_EX_INDEX: return index_place(I, e);
  case BM_EX_UNARY:
    if (x->op == BM_UN_DEREF) {
      BmVal *inner = place(I, x->a);
      if (I->ctl) return temp(I, bm_iv_unit());
      return deref_step(I, inner, x->span.start);
    }
    return temp(I, eval(I, e));
  default:
    return temp(I, eval(I, e));
  }
}

/* ---- format macros */

static bool fmt_count(BmInterp *I, const BmFmtCount *c, BmVal *args, uint32_t nargs, int64_t *out) {
  *out = -1;
  if (c->kind == BM_FC_NUM) *out = c->value;
  else if (c->kind == BM_FC_ARG || c->kind == BM_FC_STAR) {
    if (c->value >= nargs) return false;
    BmVal *v = bm_iv_deref_all(&args[c->value]);
    if (v->kind != BM_V_INT) return false;
    *out = (int64_t)v->u.i;
  }
  (void)I;
  return true;
}

/* The macro's format string with its arguments, appended to out. */
static bool format_macro(BmInterp *I, const BmMacro *m, BmStr *out) {
  BmBody *b = I->fr->body;
  if (!m->has_format) return true;
  if (!m->format_ok) {
    bm_interp_unsupported(I, m->span.start, "a format string the interpreter cannot read");
    return false;
  }
  BmVal *args = bm_arena_alloc(I->a, (m->nargs ? m->nargs : 1) * sizeof *args);
  for (uint32_t i = 0; i < m->nargs; i++) {
    BmFmtArg *fa = bm_array_get(&b->fmt_args, m->args + i);
    args[i] = bm_iv_ref(I, place(I, fa->expr));
    if (I->ctl) return false;
  }
  for (uint32_t i = 0; i < m->npieces; i++) {
    BmFmtPiece *pc = bm_array_get(&b->fmt_pieces, m->pieces + i);
    if (pc->kind == BM_FP_TEXT) {
      bm_str_append(out, pc->text, pc->text_len);
      continue;
    }
    if (pc->arg >= m->nargs || pc->trait == BM_FT_UNKNOWN || pc->trait == BM_FT_POINTER) {
      bm_interp_unsupported(I, pc->span.start, "a format argument the interpreter does not model");
      return false;
    }
    BmFmtSpec spec = {pc->trait, pc->align, pc->sign_plus, pc->alternate, pc->zero_pad, pc->fill, -1, -1};
    if (!fmt_count(I, &pc->width, args, m->nargs, &spec.width) ||
        !fmt_count(I, &pc->precision, args, m->nargs, &spec.precision)) {
      bm_interp_unsupported(I, pc->span.start, "a width or precision the interpreter cannot read");
      return false;
    }
    if (!bm_fmt_value(I, out, &args[pc->arg], &spec, pc->span.start)) return false;
  }
  return true;
}

static const char *span_text(BmInterp *I, BmRange r) {
  return bm_arena_strndup(I->a, I->src->text + r.start, r.end - r.start);
}

static BmVal macro_expr(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmBody *b = I->fr->body;
  BmMacro *m = bm_array_get(&b->macros, x->index);
  uint32_t at = m->span.start;
  switch (m->kind) {
  case BM_MAC_PRINTLN: case BM_MAC_PRINT: case BM_MAC_EPRINTLN: case BM_MAC_EPRINT: {
    BmStr line;
    bm_str_init(&line, I->a);
    if (!format_macro(I, m, &line)) return bm_iv_unit();
    if (m->kind == BM_MAC_PRINTLN || m->kind == BM_MAC_EPRINTLN) bm_str_append(&line, "\n", 1);
    BmStr *dst = m->kind == BM_MAC_PRINTLN || m->kind == BM_MAC_PRINT ? &I->out->out : &I->out->err;
    bm_str_append(dst, line.buf ? line.buf : "", line.len);
    return bm_iv_unit();
  }
  case BM_MAC_FORMAT: {
    BmStr s;
    bm_str_init(&s, I->a);
    if (!format_macro(I, m, &s)) return bm_iv_unit();
    return bm_iv_str(I, s.buf ? s.buf : "", (uint32_t)s.len);
  }
  case BM_MAC_WRITE: case BM_MAC_WRITELN: {
    BmVal *dst = bm_iv_deref_all(place(I, m->target));
    if (I->ctl) return bm_iv_unit();
    BmStr s;
    bm_str_init(&s, I->a);
    if (!format_macro(I, m, &s)) return bm_iv_unit();
    if (m->kind == BM_MAC_WRITELN) bm_str_append(&s, "\n", 1);
    if (dst->kind == BM_V_FMT) {
      bm_str_append(dst->u.fmt->buf, s.buf ? s.buf : "", s.len);
    } else if (dst->kind == BM_V_STR) {
      bm_iv_str_append(I, dst->u.s, s.buf ? s.buf : "", (uint32_t)s.len);
    } else {
      bm_interp_unsupported(I, at, "a `write!` destination the interpreter does not model");
      return bm_iv_unit();
    }
    return bm_iv_ok(I, bm_iv_unit());
  }
  case BM_MAC_PANIC: case BM_MAC_UNREACHABLE: case BM_MAC_TODO: case BM_MAC_UNIMPLEMENTED: {
    BmStr s;
    bm_str_init(&s, I->a);
    if (!format_macro(I, m, &s)) return bm_iv_unit();
    const char *msg = s.buf ? s.buf : "";
    const char *pre = m->kind == BM_MAC_UNREACHABLE ? "internal error: entered unreachable code"
                      : m->kind == BM_MAC_TODO     ? "not yet implemented"
                      : m->kind == BM_MAC_UNIMPLEMENTED ? "not implemented"
                                                   : NULL;
    if (!pre) bm_interp_panic(I, at, "%s", m->has_format ? msg : "explicit panic");
    else if (m->has_format) bm_interp_panic(I, at, "%s: %s", pre, msg);
    else bm_interp_panic(I, at, "%s", pre);
    return bm_iv_unit();
  }
  case BM_MAC_ASSERT: case BM_MAC_DEBUG_ASSERT: {
    BmVal c = eval(I, m->target);
    if (I->ctl) return bm_iv_unit();
    if (c.kind == BM_V_BOOL && !c.u.b) {
      BmStr s;
      bm_str_init(&s, I->a);
      if (m->has_format) {
        if (!format_macro(I, m, &s)) return bm_iv_unit();
        bm_interp_panic(I, at, "%s", s.buf ? s.buf : "");
      } else {
        bm_interp_panic(I, at, "assertion failed: %s", span_text(I, E(I, m->target)->span));
      }
    }
    return bm_iv_unit();
  }
  case BM_MAC_ASSERT_EQ: case BM_MAC_ASSERT_NE: case BM_MAC_DEBUG_ASSERT_EQ: case BM_MAC_DEBUG_ASSERT_NE: {
    BmVal *l = place(I, m->target);
    if (I->ctl) return bm_iv_unit();
    BmVal *r = place(I, m->right);
    if (I->ctl) return bm_iv_unit();
    bool eq = m->kind == BM_MAC_ASSERT_EQ || m->kind == BM_MAC_DEBUG_ASSERT_EQ;
    bool same = bm_interp_eq(I, l, r, at);
    if (I->ctl) return bm_iv_unit();
    if (same != eq) {
      BmStr s;
      bm_str_init(&s, I->a);
      bm_str_printf(&s, "assertion `left %s right` failed", eq ? "==" : "!=");
      if (m->has_format) {
        bm_str_puts(&s, ": ");
        if (!format_macro(I, m, &s)) return bm_iv_unit();
      }
      BmFmtSpec dbg = {BM_FT_DEBUG, 0, false, false, false, ' ', -1, -1};
      bm_str_puts(&s, "\n  left: ");
      if (!bm_fmt_value(I, &s, l, &dbg, at)) return bm_iv_unit();
      bm_str_puts(&s, "\n right: ");
      if (!bm_fmt_value(I, &s, r, &dbg, at)) return bm_iv_unit();
      bm_interp_panic(I, at, "%s", s.buf);
    }
    return bm_iv_unit();
  }
  case BM_MAC_VEC: {
    if (m->target == NONE) {
      BmVal v = bm_iv_agg(I, BM_V_VEC, 0);
      return v;
    }
    BmVal arr = eval(I, m->target);
    if (I->ctl) return bm_iv_unit();
    arr.kind = BM_V_VEC;
    return arr;
  }
  case BM_MAC_MATCHES: {
    BmVal *v = place(I, m->target);
    if (I->ctl) return bm_iv_unit();
    bool ok = match_pat(I, m->pat, v);
    if (ok && m->guard != NONE) {
      BmVal g = eval(I, m->guard);
      ok = g.kind == BM_V_BOOL && g.u.b;
    }
    return bm_iv_bool(ok);
  }
  case BM_MAC_DBG: {
    if (m->target == NONE) {
      uint32_t line, col;
      bm_source_position(I->src, at, &line, &col);
      bm_str_printf(&I->out->err, "[src/main.rs:%u:%u]\n", line, col);
      return bm_iv_unit();
    }
    BmVal v = eval(I, m->target);
    if (I->ctl) return bm_iv_unit();
    uint32_t line, col;
    bm_source_position(I->src, at, &line, &col);
    bm_str_printf(&I->out->err, "[src/main.rs:%u:%u] %s = ", line, col, span_text(I, E(I, m->target)->span));
    BmFmtSpec dbg = {BM_FT_DEBUG, 0, false, true, false, ' ', -1, -1};
    if (!bm_fmt_value(I, &I->out->err, &v, &dbg, at)) return bm_iv_unit();
    bm_str_puts(&I->out->err, "\n");
    return v;
  }
  default:
    bm_interp_unsupported(I, at, "the macro `%s!` is not modelled by the interpreter", SYM(I, m->name));
    return bm_iv_unit();
  }
}

/* ---- expressions */

static BmVal lit_value(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmTy *t = ety(I, e);
  switch (x->lit.kind) {
  case BM_LIT_INT: {
    __int128 n = (__int128)(((unsigned __int128)x->lit.hi << 64) | x->lit.lo);
    if (t && t->kind == BM_TK_FLOAT) {
      BmVal v = {.kind = BM_V_FLOAT, .prim = t->sub};
      v.u.f = (double)n;
      return v;
    }
    uint8_t p = t && t->kind == BM_TK_INT ? t->sub : x->lit.suffix ? x->lit.suffix : BM_PRIM_I32;
    return bm_iv_int(p, n);
  }
  case BM_LIT_FLOAT: {
    uint8_t p = t && t->kind == BM_TK_FLOAT ? t->sub : x->lit.suffix == BM_PRIM_F32 ? BM_PRIM_F32 : BM_PRIM_F64;
    BmVal v = {.kind = BM_V_FLOAT, .prim = p};
    v.u.f = p == BM_PRIM_F32 ? (double)(float)x->lit.f : x->lit.f;
    return v;
  }
  case BM_LIT_BOOL: return bm_iv_bool(x->lit.lo != 0);
  case BM_LIT_CHAR: { BmVal v = {.kind = BM_V_CHAR}; v.u.c = (uint32_t)x->lit.lo; return v; }
  case BM_LIT_BYTE: return bm_iv_int(BM_PRIM_U8, (__int128)x->lit.lo);
  case BM_LIT_STR: return bm_iv_str(I, x->lit.str, x->lit.len);
  case BM_LIT_BYTE_STR: {
    BmVal a = bm_iv_agg(I, BM_V_ARRAY, x->lit.len);
    for (uint32_t i = 0; i < x->lit.len; i++) a.u.agg->items[i] = bm_iv_int(BM_PRIM_U8, (unsigned char)x->lit.str[i]);
    return bm_iv_ref(I, temp(I, a));
  }
  default:
    bm_interp_unsupported(I, x->span.start, "a literal the interpreter does not model");
    return bm_iv_unit();
  }
}

static bool truthy(BmInterp *I, BmExprId cond) {
  BmVal c = eval(I, cond);
  if (I->ctl) return false;
  return c.kind == BM_V_BOOL && c.u.b;
}

/* Does a break / continue with this label end the loop labelled `label`? */
static bool mine(BmInterp *I, BmSym label) { return I->label == 0 || I->label == label; }

static BmVal cast(BmInterp *I, BmVal v, BmTy *to, uint32_t at) {
  if (!to) { bm_interp_unsupported(I, at, "a cast to an unknown type"); return v; }
  if (to->kind == BM_TK_INT) {
    uint8_t p = to->sub;
    switch (v.kind) {
    case BM_V_INT: return bm_iv_int(p, wrap(p, v.u.i));
    case BM_V_BOOL: return bm_iv_int(p, v.u.b);
    case BM_V_CHAR: return bm_iv_int(p, wrap(p, v.u.c));
    case BM_V_FLOAT: {
      double f = v.u.f;
      if (f != f) return bm_iv_int(p, 0);
      int bits = prim_bits(p);
      long double lo = prim_signed(p) ? -ldexpl(1, bits - 1) : 0, hi = prim_signed(p) ? ldexpl(1, bits - 1) - 1 : ldexpl(1, bits) - 1;
      long double t = truncl((long double)f);
      if (t < lo) t = lo;
      if (t > hi) t = hi;
      return bm_iv_int(p, (__int128)t);
    }
    default: break;
    }
  } else if (to->kind == BM_TK_FLOAT) {
    BmVal r = {.kind = BM_V_FLOAT, .prim = to->sub};
    if (v.kind == BM_V_INT) r.u.f = v.prim == BM_PRIM_U128 ? (double)(unsigned __int128)v.u.i : (double)v.u.i;
    else if (v.kind == BM_V_FLOAT) r.u.f = v.u.f;
    else { bm_interp_unsupported(I, at, "a cast the interpreter does not model"); return v; }
    if (to->sub == BM_PRIM_F32) r.u.f = (float)r.u.f;
    return r;
  } else if (to->kind == BM_TK_CHAR && v.kind == BM_V_INT) {
    BmVal r = {.kind = BM_V_CHAR};
    r.u.c = (uint32_t)v.u.i;
    return r;
  } else if (to->kind == BM_TK_BOOL || to->kind == BM_TK_CHAR) {
    return v;
  }
  bm_interp_unsupported(I, at, "a cast the interpreter does not model");
  return v;
}

static BmVal compound(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmVal rhs = eval(I, x->b);
  if (I->ctl) return bm_iv_unit();
  BmVal *lhs = place(I, x->a);
  if (I->ctl) return bm_iv_unit();
  BmVal *l = bm_iv_deref_all(lhs);
  if (l->kind == BM_V_STR && x->op == BM_BIN_ADD) {
    BmVal *r = bm_iv_deref_all(&rhs);
    if (r->kind == BM_V_STR) {
      bm_iv_str_append(I, l->u.s, r->u.s->p, r->u.s->len);
      return bm_iv_unit();
    }
  }
  if (l->kind == BM_V_ADT) {
    static const char *names[] = {"add_assign", "sub_assign", "mul_assign", "div_assign", "rem_assign"};
    static const BmLang langs[] = {BM_LANG_add_assign, BM_LANG_sub_assign, BM_LANG_mul_assign, BM_LANG_div_assign,
                                   BM_LANG_rem_assign};
    if (x->op <= BM_BIN_REM) {
      BmDefId m = impl_method(I, bm_lang(I->tcx, langs[x->op]), l,
                              bm_sym_find(I->tcx->syms, names[x->op], strlen(names[x->op])));
      if (m != NONE) {
        BmVal args[2] = {bm_iv_ref(I, l), rhs};
        call_fn(I, m, args, 2, x->span.start);
        return bm_iv_unit();
      }
      /* `a += b` through `Add` on a Copy type */
      BmVal r = binary(I, x->op, *l, rhs, x->span.start);
      if (!I->ctl) *l = r;
      return bm_iv_unit();
    }
  }
  BmVal r = binary(I, x->op, *l, rhs, x->span.start);
  if (!I->ctl) *l = r;
  return bm_iv_unit();
}

static BmVal struct_expr(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmBody *b = I->fr->body;
  BmDefId def = NONE;
  BmRes r = x->path ? x->path->res : (BmRes){0};
  if (r.kind == BM_RES_DEF && r.rest == 0) def = r.id;
  BmTy *t = ety(I, e);
  if (def == NONE || (DEF(I, def)->kind != BM_DEF_STRUCT && DEF(I, def)->kind != BM_DEF_VARIANT)) {
    def = NONE;
    if (x->path && x->path->nsegs && r.rest) def = variant_named(I, t, x->path->segs[x->path->nsegs - 1].name);
    if (def == NONE && t && t->kind == BM_TK_ADT && DEF(I, t->def)->kind == BM_DEF_STRUCT) def = t->def;
  }
  if (def == NONE) {
    bm_interp_unsupported(I, x->span.start, "a struct expression the interpreter cannot resolve");
    return bm_iv_unit();
  }
  const BmDef *d = DEF(I, def);
  BmVal v = bm_iv_agg(I, BM_V_ADT, d->nfields);
  v.def = def;
  bool *set = bm_arena_alloc(I->a, d->nfields + 1);
  BmExprId base = x->a;    /* `..base` */
  for (uint32_t i = 0; i < x->nlist; i++) {
    BmFieldInit *fi = bm_array_get(&b->field_inits, x->list + i);
    if (fi->name == 0 && fi->index == UINT32_MAX) { base = fi->value; continue; }
    uint32_t k = field_index(I, def, fi->name, fi->index);
    BmVal fv = eval(I, fi->value);
    if (I->ctl) return bm_iv_unit();
    if (k >= d->nfields) { bm_interp_unsupported(I, fi->span.start, "a field the interpreter cannot find"); return bm_iv_unit(); }
    v.u.agg->items[k] = fv;
    set[k] = true;
  }
  if (base != NONE) {
    /* `..base` moves or copies only the fields not given */
    BmVal *bb = bm_iv_deref_all(place(I, base));
    if (I->ctl) return bm_iv_unit();
    for (uint32_t k = 0; k < d->nfields; k++)
      if (!set[k] && bb->kind == BM_V_ADT && bb->u.agg && k < bb->u.agg->n)
        v.u.agg->items[k] = bm_iv_copy(I, &bb->u.agg->items[k]);
  }
  return v;
}

static BmVal method_expr(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmInfer *ix = I->fr->ix;
  BmBody *b = I->fr->body;
  BmCallee *c = ix ? &ix->callee[e] : NULL;
  if (!c || c->def == NONE) {
    bm_interp_unsupported(I, x->name_span.start, "a method call the type checker did not resolve");
    return bm_iv_unit();
  }
  BmVal *self = place(I, x->a);
  if (I->ctl) return bm_iv_unit();
  uint8_t derefs = ix->adjust[x->a].derefs;
  for (uint8_t k = 0; k < derefs && !I->ctl; k++)
    self = ix->adjust[x->a].overloaded_deref ? deref_step(I, self, x->span.start) : deref1(self);
  BmVal *args = bm_arena_alloc(I->a, (x->nlist ? x->nlist : 1) * sizeof *args);
  for (uint32_t i = 0; i < x->nlist; i++) {
    args[i] = eval_coerced(I, b->list.items[x->list + i]);
    if (I->ctl) return bm_iv_unit();
  }
  I->call_ty = ety(I, e);
  return call_method_def(I, c->def, c->via_trait, self, args, x->nlist, x->name_span.start);
}

static BmVal call_expr(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmInfer *ix = I->fr->ix;
  BmBody *b = I->fr->body;
  BmCallee *c = ix ? &ix->callee[e] : NULL;
  uint32_t at = x->span.start;
  BmExpr *ce = E(I, x->a);
  bool direct = c && c->def != NONE && ce->kind == BM_EX_PATH &&
                !(ce->path && ce->path->res.kind == BM_RES_LOCAL);
  BmVal fnv = bm_iv_unit();
  if (!direct) {
    /* calling a closure borrows it (Fn, FnMut): its place, not a move */
    fnv = *place(I, x->a);
    if (I->ctl) return bm_iv_unit();
  }
  BmVal *args = bm_arena_alloc(I->a, (x->nlist ? x->nlist : 1) * sizeof *args);
  for (uint32_t i = 0; i < x->nlist; i++) {
    args[i] = eval_coerced(I, b->list.items[x->list + i]);
    if (I->ctl) return bm_iv_unit();
  }
  if (!direct) return bm_interp_call_value(I, &fnv, args, x->nlist, at);
  I->call_ty = ety(I, e);
  const BmDef *d = DEF(I, c->def);
  if (d->kind == BM_DEF_VARIANT || d->kind == BM_DEF_STRUCT) return construct(I, c->def, args, x->nlist);
  if (d->kind != BM_DEF_FN) {
    bm_interp_unsupported(I, at, "a call the interpreter does not model");
    return bm_iv_unit();
  }
  bool in_trait = d->parent != NONE && DEF(I, d->parent)->kind == BM_DEF_TRAIT;
  if ((c->via_trait || in_trait) && d->self_param != BM_SELF_PARAM_NONE && x->nlist) {
    /* `Trait::method(x, ..)`: dispatch on the first argument */
    BmVal *self = &args[0];
    if ((d->self_param == BM_SELF_PARAM_REF || d->self_param == BM_SELF_PARAM_MUT) && self->kind == BM_V_REF)
      self = self->u.ptr;
    return call_trait_method(I, c->def, self, args + 1, x->nlist - 1, at);
  }
  if (c->via_trait || in_trait) {
    /* `Trait::f()` / `T::f()` without a receiver: the impl for the type the
       call produces (Self), when the signature says so */
    BmTy *rt = ety(I, e);
    BmDefId m = impl_method_for_ty(I, d->parent, rt, d->name);
    if (m == NONE && c->nargs) m = impl_method_for_ty(I, d->parent, c->args[0], d->name);
    if (m != NONE) return call_fn(I, m, args, x->nlist, at);
  }
  if ((c->via_trait || in_trait) && !d->is_std) {
    bm_interp_unsupported(I, at, "a trait's associated function called without a receiver (the interpreter "
                                 "does not track generic arguments)");
    return bm_iv_unit();
  }
  if (d->is_std && d->self_param != BM_SELF_PARAM_NONE) return call_fn(I, c->def, args, x->nlist, at);
  if (d->is_std) {
    BmVal out = bm_iv_unit();
    if (!bm_std_call(I, c->def, NULL, args, x->nlist, &out, at) && I->ctl != CTL_STOP)
      bm_interp_unsupported(I, at, "the std function `%s` is not modelled by the interpreter", SYM(I, d->name));
    return out;
  }
  return call_fn(I, c->def, args, x->nlist, at);
}

static BmVal try_expr(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmVal v = eval(I, x->a);
  if (I->ctl) return v;
  if (v.kind == BM_V_ADT && (v.def == I->some || v.def == I->ok)) return v.u.agg->items[0];
  if (v.kind == BM_V_ADT && v.def == I->none) {
    I->carry = v;
    I->ctl = CTL_RETURN;
    return bm_iv_unit();
  }
  if (v.kind == BM_V_ADT && v.def == I->err) {
    /* From::from on the error: the same value (Box<dyn Error> prints its contents) */
    I->carry = v;
    I->ctl = CTL_RETURN;
    return bm_iv_unit();
  }
  bm_interp_unsupported(I, x->span.start, "`?` on a value the interpreter does not model");
  return bm_iv_unit();
}

static BmVal for_expr(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmVal src = eval(I, x->a);
  if (I->ctl) return bm_iv_unit();
  BmVal it;
  if (!bm_into_iter(I, src, &it, E(I, x->a)->span.start)) {
    if (!I->ctl) bm_interp_unsupported(I, E(I, x->a)->span.start, "a `for` over a value the interpreter cannot iterate");
    return bm_iv_unit();
  }
  BmVal *itp = temp(I, it);
  for (;;) {
    BmVal item;
    if (!bm_iter_next(I, itp, &item, E(I, x->a)->span.start)) break;
    uint32_t mk = I->tr ? bm_trace_push(I->tr, I, BM_TRACE_LOOP, E(I, x->b)->span, NULL) : UINT32_MAX;
    if (!match_pat(I, x->pat, temp(I, item))) {
      if (!I->ctl) bm_interp_unsupported(I, x->span.start, "a `for` pattern that did not match");
      break;
    }
    if (mk != UINT32_MAX) {
      /* each iteration's head is a step: the pattern takes the next item */
      BmRange head = P(I, x->pat)->span;
      bm_trace_bind(I->tr, I, x->pat);
      if (!bm_trace_stmt_begin(I->tr, I, head)) break;
      bm_trace_stmt_end(I->tr, I, head, false);
    }
    eval(I, x->b);
    if (mk != UINT32_MAX) bm_trace_pop(I->tr, I, mk);
    if (I->ctl == CTL_BREAK && mine(I, x->name)) { I->ctl = CTL_NONE; break; }
    if (I->ctl == CTL_CONTINUE && mine(I, x->name)) { I->ctl = CTL_NONE; continue; }
    if (I->ctl) break;
  }
  return bm_iv_unit();
}

static BmVal block_expr(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmBody *b = I->fr->body;
  BmTrace *tr = I->tr;
  /* a fn's body block is its frame's region: its lets go there */
  uint32_t mark = tr && e != b->root ? bm_trace_push(tr, I, BM_TRACE_BLOCK, x->span, x) : UINT32_MAX;
  for (uint32_t i = 0; i < x->nlist; i++) {
    BmStmt *st = bm_array_get(&b->stmts, x->list + i);
    bool traced = tr && (st->kind == BM_ST_EXPR || st->kind == BM_ST_LET);
    if (traced && !bm_trace_stmt_begin(tr, I, st->span)) break;
    if (st->kind == BM_ST_EXPR) {
      BmVal v = eval(I, st->init);
      if (!I->ctl && I->track_drops) drop_place(I, &v, st->span.end);
    } else if (st->kind == BM_ST_LET) {
      if (st->init == NONE) {
        if (traced) {
          bm_trace_bind(tr, I, st->pat);  /* declared, holding nothing yet */
          bm_trace_stmt_end(tr, I, st->span, false);
        }
        continue;
      }
      /* the pattern matches the initialiser's place: `ref` bindings point
         into it, by-value bindings copy (or move) out of it */
      BmVal *v = place(I, st->init);
      if (I->ctl) break;
      if (!match_pat(I, st->pat, v)) {
        if (I->ctl) break;
        if (st->els != NONE) {
          eval(I, st->els);
          if (!I->ctl) bm_interp_unsupported(I, st->span.start, "a `let else` block that did not diverge");
        } else {
          bm_interp_unsupported(I, st->span.start, "a `let` pattern that did not match");
        }
      }
      if (!I->ctl && I->track_drops && !is_place_expr(I, st->init)) drop_place(I, v, st->span.end);
      if (traced && I->ctl != CTL_STOP) bm_trace_bind(tr, I, st->pat);
    }
    if (traced && I->ctl != CTL_STOP) bm_trace_stmt_end(tr, I, st->span, false);
    if (I->ctl) break;
  }
  BmVal result = bm_iv_unit();
  bool has_result = false;
  if (!I->ctl && x->a != NONE) {
    BmRange tail = E(I, x->a)->span;
    if (!tr || bm_trace_stmt_begin(tr, I, tail)) {
      result = eval(I, x->a);
      has_result = true;
      if (tr && I->ctl != CTL_STOP) {
        BmTy *t = ety(I, x->a);
        bool unit = t && t->kind == BM_TK_TUPLE && t->nargs == 0;
        bm_trace_stmt_end(tr, I, tail, e == b->root && !unit);
      }
    }
  }
  if (I->track_drops && I->ctl != CTL_STOP) {
    for (uint32_t i = x->nlist; i-- > 0;) {
      BmStmt *st = bm_array_get(&b->stmts, x->list + i);
      if (st->kind == BM_ST_LET) drop_binds(I, st->pat, x->span.end ? x->span.end - 1 : 0);
    }
  }
  if (mark != UINT32_MAX) bm_trace_pop(tr, I, mark);
  if (I->ctl == CTL_BREAK && x->name && I->label == x->name) {
    I->ctl = CTL_NONE;
    return I->carry;
  }
  if (I->ctl || !has_result) return bm_iv_unit();
  return result;
}

static BmVal eval_inner(BmInterp *I, BmExprId e) {
  BmExpr *x = E(I, e);
  BmBody *b = I->fr->body;
  switch (x->kind) {
  case BM_EX_LIT: return lit_value(I, e);
  case BM_EX_PATH: return path_value(I, e);
  case BM_EX_CALL: return call_expr(I, e);
  case BM_EX_METHOD: return method_expr(I, e);
  case BM_EX_FIELD: case BM_EX_INDEX: {
    BmVal *p = place(I, e);
    if (I->ctl) return bm_iv_unit();
    return bm_iv_copy(I, p);
  }
  case BM_EX_UNARY: {
    if (x->op == BM_UN_DEREF) {
      BmVal *p = place(I, e);
      if (I->ctl) return bm_iv_unit();
      return bm_iv_copy(I, p);
    }
    BmVal v = eval(I, x->a);
    if (I->ctl) return v;
    BmVal *d = bm_iv_deref_all(&v);
    if (x->op == BM_UN_NOT) {
      if (d->kind == BM_V_BOOL) return bm_iv_bool(!d->u.b);
      if (d->kind == BM_V_INT) return bm_iv_int(d->prim, wrap(d->prim, prim_signed(d->prim) ? ~d->u.i
                                                                                           : (__int128)(~(unsigned __int128)d->u.i)));
    } else {
      if (d->kind == BM_V_INT) {
        if (!prim_signed(d->prim) || !fits(d->prim, -d->u.i)) {
          bm_interp_panic(I, x->span.start, "attempt to negate with overflow");
          return v;
        }
        return bm_iv_int(d->prim, -d->u.i);
      }
      if (d->kind == BM_V_FLOAT) { BmVal r = *d; r.u.f = -d->u.f; return r; }
      if (d->kind == BM_V_ADT) {
        BmDefId m = impl_method(I, bm_lang(I->tcx, BM_LANG_neg), d, BM_SYM_neg);
        if (m != NONE) return call_fn(I, m, &v, 1, x->span.start);
      }
    }
    bm_interp_unsupported(I, x->span.start, "a unary operator on a value the interpreter does not model");
    return v;
  }
  case BM_EX_BINARY: {
    if (x->op == BM_BIN_AND || x->op == BM_BIN_OR) {
      BmExpr *l = E(I, x->a), *r = E(I, x->b);
      if (l->kind == BM_EX_LET || r->kind == BM_EX_LET) {
        /* let chains bind as they go: the same evaluation order */
      }
      bool a = truthy(I, x->a);
      if (I->ctl) return bm_iv_unit();
      if (x->op == BM_BIN_AND ? !a : a) return bm_iv_bool(a);
      bool c = truthy(I, x->b);
      return bm_iv_bool(c);
    }
    if (x->op >= BM_BIN_EQ) {
      /* comparisons borrow their operands (PartialEq::eq(&a, &b)) */
      BmVal *pa = place(I, x->a);
      if (I->ctl) return bm_iv_unit();
      BmVal *pb = place(I, x->b);
      if (I->ctl) return bm_iv_unit();
      return binary(I, x->op, *pa, *pb, x->span.start);
    }
    BmVal a = eval(I, x->a);
    if (I->ctl) return a;
    BmVal c = eval(I, x->b);
    if (I->ctl) return c;
    return binary(I, x->op, a, c, x->span.start);
  }
  case BM_EX_ASSIGN: {
    BmVal v = eval(I, x->b);
    if (I->ctl) return bm_iv_unit();
    BmExpr *l = E(I, x->a);
    if (l->kind == BM_EX_PATH && l->path && l->path->res.kind == BM_RES_ERR) return bm_iv_unit(); /* `_ = e` */
    if (l->kind == BM_EX_TUPLE || l->kind == BM_EX_MISSING) {
      bm_interp_unsupported(I, x->span.start, "a destructuring assignment");
      return bm_iv_unit();
    }
    BmVal *p = place(I, x->a);
    if (I->ctl) return bm_iv_unit();
    if (I->track_drops && p->kind != BM_V_VOID) drop_place(I, p, x->span.start);
    *p = v;
    return bm_iv_unit();
  }
  case BM_EX_COMPOUND: return compound(I, e);
  case BM_EX_REF: {
    BmVal *p = place(I, x->a);
    if (I->ctl) return bm_iv_unit();
    return bm_iv_ref(I, p);
  }
  case BM_EX_CAST: {
    BmVal v = eval(I, x->a);
    if (I->ctl) return v;
    return cast(I, *bm_iv_deref_all(&v), ety(I, e), x->span.start);
  }
  case BM_EX_BLOCK: return block_expr(I, e);
  case BM_EX_UNSAFE: return eval(I, x->a);
  case BM_EX_IF: {
    /* traced: an `if let`'s bindings live in a region around its branch */
    uint32_t mk = I->tr ? bm_trace_push(I->tr, I, BM_TRACE_IF, x->span, NULL) : UINT32_MAX;
    bool c = truthy(I, x->a);
    BmVal r = bm_iv_unit();
    if (!I->ctl) {
      if (c) r = eval(I, x->b);
      else if (x->c != NONE) {
        if (mk != UINT32_MAX) { bm_trace_pop(I->tr, I, mk); mk = UINT32_MAX; }
        r = eval(I, x->c);
      }
    }
    if (mk != UINT32_MAX) bm_trace_pop(I->tr, I, mk);
    return I->ctl ? bm_iv_unit() : r;
  }
  case BM_EX_LET: {
    BmVal *v = place(I, x->a);
    if (I->ctl) return bm_iv_unit();
    bool ok = match_pat(I, x->pat, v);
    if (ok && I->tr) bm_trace_bind(I->tr, I, x->pat);
    return bm_iv_bool(ok);
  }
  case BM_EX_MATCH: {
    BmVal *v = place(I, x->a);
    if (I->ctl) return bm_iv_unit();
    for (uint32_t i = 0; i < x->nlist; i++) {
      BmArm *arm = bm_array_get(&b->arms, x->list + i);
      if (!match_pat(I, arm->pat, v)) {
        if (I->ctl) return bm_iv_unit();
        continue;
      }
      if (arm->guard != NONE) {
        bool g = truthy(I, arm->guard);
        if (I->ctl) return bm_iv_unit();
        if (!g) continue;
      }
      if (!I->tr) return eval(I, arm->body);
      /* traced: the arm's bindings are a region of their own, and an arm
         that is not a block is a step */
      uint32_t mk = bm_trace_push(I->tr, I, BM_TRACE_ARM, arm->span, NULL);
      bm_trace_bind(I->tr, I, arm->pat);
      BmExpr *body = E(I, arm->body);
      bool step = body->kind != BM_EX_BLOCK;
      BmVal r = bm_iv_unit();
      if (!step || bm_trace_stmt_begin(I->tr, I, body->span)) {
        r = eval(I, arm->body);
        if (step && I->ctl != CTL_STOP) bm_trace_stmt_end(I->tr, I, body->span, false);
      }
      bm_trace_pop(I->tr, I, mk);
      return r;
    }
    bm_interp_unsupported(I, x->span.start, "a `match` no arm of which matched the value");
    return bm_iv_unit();
  }
  case BM_EX_LOOP:
    for (;;) {
      eval(I, x->a);
      if (I->ctl == CTL_BREAK && mine(I, x->name)) { I->ctl = CTL_NONE; return I->carry; }
      if (I->ctl == CTL_CONTINUE && mine(I, x->name)) { I->ctl = CTL_NONE; continue; }
      if (I->ctl) return bm_iv_unit();
    }
  case BM_EX_WHILE:
    for (;;) {
      uint32_t mk = I->tr ? bm_trace_push(I->tr, I, BM_TRACE_LOOP, x->span, NULL) : UINT32_MAX;
      bool c = truthy(I, x->a);
      bool ran = !I->ctl && c;
      if (ran) eval(I, x->b);
      if (mk != UINT32_MAX) bm_trace_pop(I->tr, I, mk);
      if (!ran) break;
      if (I->ctl == CTL_BREAK && mine(I, x->name)) { I->ctl = CTL_NONE; break; }
      if (I->ctl == CTL_CONTINUE && mine(I, x->name)) { I->ctl = CTL_NONE; continue; }
      if (I->ctl) break;
    }
    return bm_iv_unit();
  case BM_EX_FOR: return for_expr(I, e);
  case BM_EX_BREAK: {
    BmVal v = bm_iv_unit();
    if (x->a != NONE) {
      v = eval(I, x->a);
      if (I->ctl) return v;
    }
    I->carry = v;
    I->label = x->name;
    I->ctl = CTL_BREAK;
    return bm_iv_unit();
  }
  case BM_EX_CONTINUE:
    I->label = x->name;
    I->ctl = CTL_CONTINUE;
    return bm_iv_unit();
  case BM_EX_RETURN: {
    BmVal v = bm_iv_unit();
    if (x->a != NONE) {
      v = eval(I, x->a);
      if (I->ctl) return v;
    }
    I->carry = v;
    I->ctl = CTL_RETURN;
    return bm_iv_unit();
  }
  case BM_EX_CLOSURE: {
    BmClosureVal *c = bm_arena_alloc(I->a, sizeof *c);
    c->index = x->index;
    BmClosure *cl = bm_array_get(&b->closures, x->index);
    if (cl->is_move) {
      /* a `move` closure owns what it captures: a frame of its own, where
         each captured value that moves is handed over (its place is left
         empty) and the rest are copies */
      Frame *f = bm_arena_alloc(I->a, sizeof *f);
      *f = *I->fr;
      f->trace_slots = NULL;
      f->slots = bm_arena_alloc(I->a, (b->pats.len ? b->pats.len : 1) * sizeof(BmVal));
      for (uint32_t i = 0; i < b->pats.len; i++) f->slots[i] = bm_iv_copy(I, &I->fr->slots[i]);
      BmPatId *caps = NULL;
      uint32_t n = bm_closure_captures(I->a, b, x->index, &caps);
      for (uint32_t i = 0; i < n; i++)
        if (moves_out(I, caps[i]) && I->fr->slots[caps[i]].kind != BM_V_VOID) {
          f->slots[caps[i]] = I->fr->slots[caps[i]];
          I->fr->slots[caps[i]].kind = BM_V_VOID;
        }
      c->env = f;
    } else {
      c->env = I->fr;
    }
    return (BmVal){.kind = BM_V_CLOSURE, .u.clo = c};
  }
  case BM_EX_TUPLE: case BM_EX_ARRAY: {
    BmVal v = bm_iv_agg(I, x->kind == BM_EX_TUPLE ? BM_V_TUPLE : BM_V_ARRAY, x->nlist);
    for (uint32_t i = 0; i < x->nlist; i++) {
      v.u.agg->items[i] = eval(I, b->list.items[x->list + i]);
      if (I->ctl) return bm_iv_unit();
    }
    return v;
  }
  case BM_EX_REPEAT: {
    BmVal el = eval(I, x->a);
    if (I->ctl) return el;
    BmVal n = eval(I, x->b);
    if (I->ctl) return n;
    BmVal *nn = bm_iv_deref_all(&n);
    if (nn->kind != BM_V_INT || nn->u.i < 0 || nn->u.i > 50 * 1000 * 1000) {
      bm_interp_unsupported(I, x->span.start, "an array length the interpreter does not model");
      return bm_iv_unit();
    }
    BmVal v = bm_iv_agg(I, BM_V_ARRAY, (uint32_t)nn->u.i);
    for (uint32_t i = 0; i < v.u.agg->n; i++) v.u.agg->items[i] = bm_iv_copy(I, &el);
    return v;
  }
  case BM_EX_STRUCT: return struct_expr(I, e);
  case BM_EX_RANGE: {
    BmVal r = bm_iv_agg(I, BM_V_RANGE, 2);
    r.prim = (uint8_t)((x->a != NONE ? 1 : 0) | (x->b != NONE ? 2 : 0) | (x->inclusive ? 4 : 0));
    if (x->a != NONE) { r.u.agg->items[0] = eval(I, x->a); if (I->ctl) return r; }
    if (x->b != NONE) { r.u.agg->items[1] = eval(I, x->b); if (I->ctl) return r; }
    for (int k = 0; k < 2; k++) r.u.agg->items[k] = *bm_iv_deref_all(&r.u.agg->items[k]);
    return r;
  }
  case BM_EX_TRY: return try_expr(I, e);
  case BM_EX_MACRO: return macro_expr(I, e);
  default:
    bm_interp_unsupported(I, x->span.start, "%s", x->why ? x->why : "an expression the interpreter does not model");
    return bm_iv_unit();
  }
}

static BmVal eval(BmInterp *I, BmExprId e) {
  if (I->ctl) return bm_iv_unit();
  BmExpr *x = E(I, e);
  I->cur_at = x->span.start;
  if (!step(I, x->span.start)) return bm_iv_unit();
  if (!bm_deeper(&I->lim)) {
    stop(I, BM_RUN_LIMIT, x->span.start,
         "the run stopped: the program nests calls or expressions deeper than the interpreter's stack allows");
    return bm_iv_unit();
  }
  BmVal v = eval_inner(I, e);
  bm_shallower(&I->lim);
  return v;
}

/* The locals a closure's body uses that live outside it: its captures. */
uint32_t bm_closure_captures(BmArena *a, BmBody *b, uint32_t index, BmPatId **out) {
  BmClosure *cl = bm_array_get(&b->closures, index);
  PatList caps = {0};
  for (uint32_t i = 0; i < b->exprs.len && caps.len < 64; i++) {
    BmExpr *x = bm_array_get(&b->exprs, i);
    if (x->kind != BM_EX_PATH || !x->path || x->path->res.kind != BM_RES_LOCAL || x->path->res.rest) continue;
    if (x->span.start < cl->span.start || x->span.end > cl->span.end) continue;
    BmPatId p = x->path->res.id;
    if (p >= b->pats.len) continue;
    BmPat *pat = bm_array_get(&b->pats, p);
    if (pat->span.start >= cl->span.start && pat->span.end <= cl->span.end) continue;  /* its own */
    bool seen = false;
    for (uint32_t k = 0; k < caps.len && !seen; k++) seen = caps.items[k] == p;
    if (!seen) bm_array_push(a, &caps, p);
  }
  *out = caps.items;
  return caps.len;
}

/* ---- the run */

static BmDefId variant_of(BmInterp *I, BmDefId en, BmSym name) {
  if (en == NONE) return NONE;
  const BmDef *d = DEF(I, en);
  for (uint32_t i = 0; i < d->nitems; i++)
    if (DEF(I, d->items[i])->name == name) return d->items[i];
  return NONE;
}

BmFrame *bm_interp_frame(BmInterp *I) { return I->fr; }
const BmRunOutput *bm_interp_output(BmInterp *I) { return I->out; }
bool bm_interp_returning(const BmInterp *I) { return I->ctl == CTL_RETURN; }
uint32_t bm_interp_depth(BmInterp *I) { return I->depth; }

void bm_interp_halt(BmInterp *I, uint8_t status, const char *reason) { stop(I, status, BM_NO_POINT, reason); }

BmRunOutput *bm_interp_run(BmArena *a, const BmSource *src, BmTyped *typed, BmTrace *tr) {
  BmRunOutput *out = bm_arena_alloc(a, sizeof *out);
  bm_str_init(&out->out, a);
  bm_str_init(&out->err, a);
  out->reason_byte = BM_NO_POINT;
  BmInterp *I = bm_arena_alloc(a, sizeof *I);
  I->a = a;
  I->src = src;
  I->t = typed;
  I->tcx = typed->tcx;
  I->out = out;
  I->tr = tr;
  I->step_budget = tr ? bm_trace_step_budget(tr) : BM_RUN_STEP_BUDGET;
  bm_limits_init(&I->lim);
  I->lim.max_depth = BM_RUN_MAX_DEPTH;
  I->option = bm_lang(I->tcx, BM_LANG_option);
  I->result = bm_lang(I->tcx, BM_LANG_result);
  I->some = variant_of(I, I->option, BM_SYM_Some);
  I->none = variant_of(I, I->option, BM_SYM_None);
  I->ok = variant_of(I, I->result, BM_SYM_Ok);
  I->err = variant_of(I, I->result, BM_SYM_Err);
  index_impls(I);
  I->drop_trait = bm_lang(I->tcx, BM_LANG_drop);
  for (uint32_t i = 0; i < I->impls.len; i++)
    if (I->impls.items[i].trait == I->drop_trait && I->drop_trait != NONE) I->track_drops = true;
  /* `fn main` of the crate root */
  BmCrate *c = typed->crate;
  BmDefId main = NONE;
  const BmDef *root = c->root != NONE ? DEF(I, c->root) : NULL;
  for (uint32_t i = 0; root && i < root->nitems; i++) {
    const BmDef *d = DEF(I, root->items[i]);
    if (d->kind == BM_DEF_FN && d->name == BM_SYM_main && d->body) main = root->items[i];
  }
  if (main == NONE) {
    out->status = BM_RUN_REJECTED;
    out->exit_code = 2;
    out->reason = "the program has no `fn main` to run";
    return out;
  }
  BmVal r = call_fn(I, main, NULL, 0, DEF(I, main)->span.start);
  if (tr) bm_trace_finish(tr, I, out);
  if (out->status == BM_RUN_UNSUPPORTED || out->status == BM_RUN_LIMIT) out->exit_code = 2;
  if (I->ctl != CTL_STOP) {
    out->status = BM_RUN_OK;
    /* main returning Err(e): rustc prints `Error: {e:?}` and exits with 1 */
    if (r.kind == BM_V_ADT && r.def == I->err) {
      BmFmtSpec dbg = {BM_FT_DEBUG, 0, false, false, false, ' ', -1, -1};
      bm_str_puts(&out->err, "Error: ");
      if (bm_fmt_value(I, &out->err, &r.u.agg->items[0], &dbg, 0)) {
        bm_str_puts(&out->err, "\n");
        out->exit_code = 1;
        out->status = BM_RUN_EXIT;
      }
    }
  }
  return out;
}

/* std::process::exit (interp_std.c) */
void bm_interp_exit(BmInterp *I, int code, uint32_t at) {
  I->out->exit_code = code;
  stop(I, BM_RUN_EXIT, at, "the program called std::process::exit");
}
