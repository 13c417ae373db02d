/*
 * trace.c: the diagram's steps, recorded from the interpreter's run
 * (core/docs/timeline.md has the JSON; core/docs/run.md the run).
 *
 * The interpreter (interp.c) calls the hooks below as it runs: a frame is
 * entered or left, a scope that may hold bindings is pushed or popped, a
 * pattern binds, a statement begins or ends, a local is read, a Vec's
 * buffer moves. At each step (a statement, a call, the end of a block that
 * held bindings) the trace takes a snapshot of what the learner sees: the
 * stack as regions (frames, and the blocks and arms that hold bindings),
 * each slot's state and value, the heap objects the slots own, and every
 * reference as an arrow to the place it points at. Nothing is guessed: the
 * values are the run's, the arrows are the run's pointers, resolved to the
 * slot, field, heap object or element they point into.
 *
 * After the run, the snapshots are written out. What changes between two
 * snapshots are the step's events (init, move, copy, borrow, assign, drop,
 * push, pop, loan-end); a borrow is live while the slot holding it is read
 * at a later step (the last use, as NLL sees it on this run); a slot is
 * borrowed while a live reference points at it or at what it owns; a
 * reference into a popped region or a freed (reallocated) buffer is
 * dangling.
 *
 * Programs rustc rejects for ownership reasons run up to their first error
 * (bm_trace_new's stop_at_error): the step there shows what the rule
 * prevents. A use of a moved or uninitialised value stops before the
 * statement runs (its slot is drawn empty); any other error's statement
 * runs, so the picture shows the second `&mut`, the reallocated buffer with
 * a reference into the freed one, the value dropped while borrowed, and the
 * run stops after it (for a reference returned out of a frame, once that
 * frame has popped).
 */
#include <stdio.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

enum {
  MAX_STEPS = 500,               /* snapshots kept for the diagram */
  MAX_JSON = 1024 * 1024,
  MAX_VALUE = 60,                /* characters of a value's text */
  MAX_ITEMS = 12,                /* items of a buffer drawn */
  MAX_NEST = 4,                  /* levels of a value walked */
};

enum { ST_UNINIT, ST_OWNED, ST_MOVED };
enum { SC_FRAME, SC_BLOCK, SC_LAZY };
enum { K_CALL, K_STMT, K_TAIL, K_RETURN, K_BEFORE, K_BLOCK_END, K_END, K_STOP };

typedef BmArray(int32_t) Ints;

typedef struct {                 /* a region, once it is drawn */
  bool frame;
  const char *name, *lifetime;   /* written when first asked for (region_at) */
  const char *what;              /* for a sentence: "The block", "The match arm", ... */
  uint32_t line, end_line;
  uint32_t lifetime_no;          /* 'a, 'b, ... in the order regions are drawn */
  const char *kind_name;         /* for the name: "match arm" (at line N) */
} Region;

typedef struct {                 /* a slot: a binding of one scope's activation */
  const char *name, *type;
  BmTy *ty;
  BmFrame *f;
  BmPatId pat;
  int32_t region;
  bool was_init;
  uint32_t read_at;              /* 1 + the step its last read is counted for */
} Slot;

typedef struct {                 /* a scope on the trace's stack */
  uint8_t kind;                  /* SC_* */
  const char *what;
  BmFrame *f;
  int32_t region;                /* -1 until it holds a slot */
  BmRange span;
  const char *name;              /* NULL: made when drawn, from `kind_name` and the line */
  const char *kind_name;
  Ints slots;
  uint32_t depth;
  uint32_t steps, nslots, nregions, lifetimes;  /* the trace's counts when pushed */
} Scope;

/* ---- snapshots */

typedef struct { const char *name, *value; uint8_t state; } SField;

typedef struct {
  int32_t slot;
  uint8_t state;
  const char *value;
  SField *fields;
  uint32_t nfields;
  bool has_fields;
} SSlot;

typedef struct {
  int32_t id, parent;            /* region; index of the parent in the step's list, or -1 */
  uint32_t first, n;             /* its slots in the step's slot list */
} SRegion;

typedef struct {
  int32_t id;
  const char *kind;
  int32_t owner_slot, owner_heap;
  const char *contents;
  const char **items;
  int32_t nitems;                /* -1: no items */
  int32_t strong;                /* Rc: the strong count, else -1 */
  Ints owners;                   /* Rc: the slots that own it */
  bool freed;
} SHeap;

typedef struct {
  int32_t id;                    /* stable: from, where in from, target */
  int32_t from;
  char to_kind;                  /* 'v', 'h' */
  int32_t to;
  const char *field;
  bool mut, dangling;
} SRef;

typedef struct {
  uint8_t kind;                  /* K_* */
  BmRange span;
  const char *callee;            /* K_CALL */
  const char *note;              /* K_STOP: what ended the run */
  bool panic;                    /* K_STOP: a panic */
  SRegion *regions; uint32_t nregions;
  SSlot *slots; uint32_t nslots;
  SHeap *heap; uint32_t nheap;
  SRef *refs; uint32_t nrefs;
  int32_t *reads; uint32_t nreads;
  int diag;                      /* index into the diagnostics, or -1 */
  int32_t grew;                  /* the Vec whose buffer moved in this step, or -1 */
  uint32_t depth;
  uint32_t out_len;
} Step;

/* A map from a pointer (or a 64-bit hash) to an int, open addressing (0 is
 * never a key). */
typedef struct { uint64_t *keys; int64_t *vals; uint32_t cap, len; } PtrMap;

typedef struct { char kind; int32_t id; const char *field; } Place;

typedef struct { const char *lo, *hi; int32_t id; } Bytes;   /* a String's buffer */
typedef BmArray(Bytes) BytesList;

struct BmTrace {
  BmArena *a;
  const BmSource *src;
  const BmDiagSink *sink;
  BmTcx *tcx;
  bool stop_at_error, keep_running;
  BmArray(Region) regions;
  BmArray(Slot) slots;
  BmArray(Scope) scopes;
  BmArray(Step) steps;
  Ints reads;                    /* slots read since the last step */
  PtrMap heap_ids;               /* identity of a heap object -> heap id */
  uint32_t nheap_ids;
  BmArray(SHeap) heap_last;      /* per heap id: how it was last drawn */
  PtrMap places;                 /* address -> index into place_list (this step) */
  BmArray(Place) place_list;
  PtrMap dead;                   /* address -> index into dead_list: places that were */
  BmArray(Place) dead_list;
  PtrMap ref_ids;                /* (from, path, target) key -> ref id */
  uint32_t nref_ids;
  uint32_t lifetimes;
  bool full;                     /* MAX_STEPS reached */
  int error_diag;                /* the error met, or -1 */
  uint32_t error_depth;          /* the frame depth where the run stops after it */
  bool halted;
  const char *truncated;
  BmStr *stdout_;                /* the run's stdout (what each step printed) */
  bool stop_drawn;               /* the step where the run stopped is taken */
  int32_t grew;                  /* the Vec whose buffer moved since the last step, or -1 */
  bool *region_seen;             /* writing: per region, its header is written */
  const char **region_slots;     /* writing: per region, the slots last written */
  const char **slot_body;        /* writing: per slot, its state, value and fields last written */
  const char **heap_body, **ref_body; /* writing: the same per heap object and per reference */
  const char **slot_type_seen;   /* writing: per slot, the type last written */
  /* the step being built */
  Step *cur;
  BmArray(SRegion) b_regions;
  BmArray(SSlot) b_slots;
  BmArray(SHeap) b_heap;
  BmArray(SRef) b_refs;
  BytesList b_strs;              /* the Strings' buffers drawn this step */
  BytesList dead_strs;           /* every String buffer drawn so far */
  BmStr keybuf;
};

static uint64_t hash_ptr(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x;
}

static void map_put_key(BmArena *a, PtrMap *m, uint64_t k, int64_t v);
#define map_put(a, m, k, v) map_put_key((a), (m), (uint64_t)(uintptr_t)(k), (v))
#define map_get(m, k, v) map_get_key((m), (uint64_t)(uintptr_t)(k), (v))

static void map_grow(BmArena *a, PtrMap *m) {
  PtrMap old = *m;
  m->cap = old.cap ? old.cap * 2 : 64;
  m->len = 0;
  m->keys = bm_arena_alloc(a, m->cap * sizeof *m->keys);
  m->vals = bm_arena_alloc(a, m->cap * sizeof *m->vals);
  for (uint32_t i = 0; i < old.cap; i++)
    if (old.keys[i]) map_put_key(a, m, old.keys[i], old.vals[i]);
}

static void map_put_key(BmArena *a, PtrMap *m, uint64_t k, int64_t v) {
  if ((m->len + 1) * 2 > m->cap) map_grow(a, m);
  uint32_t i = (uint32_t)(hash_ptr(k) & (m->cap - 1));
  while (m->keys[i] && m->keys[i] != k) i = (i + 1) & (m->cap - 1);
  if (!m->keys[i]) m->len++;
  m->keys[i] = k;
  m->vals[i] = v;
}

static bool map_get_key(const PtrMap *m, uint64_t k, int64_t *v) {
  if (!m->cap || !k) return false;
  uint32_t i = (uint32_t)(hash_ptr(k) & (m->cap - 1));
  while (m->keys[i]) {
    if (m->keys[i] == k) {
      *v = m->vals[i];
      return true;
    }
    i = (i + 1) & (m->cap - 1);
  }
  return false;
}

static void map_clear(PtrMap *m) {
  if (m->cap) memset(m->keys, 0, m->cap * sizeof *m->keys);
  m->len = 0;
}

BmTrace *bm_trace_new(BmArena *a, const BmSource *src, const BmDiagSink *diagnostics, bool stop_at_error,
                      bool keep_running) {
  BmTrace *tr = bm_arena_alloc(a, sizeof *tr);
  tr->a = a;
  tr->src = src;
  tr->sink = diagnostics;
  tr->stop_at_error = stop_at_error;
  tr->keep_running = keep_running;
  tr->error_diag = -1;
  tr->grew = -1;
  bm_str_init(&tr->keybuf, a);
  return tr;
}

uint64_t bm_trace_step_budget(const BmTrace *tr) {
  uint64_t full = BM_RUN_STEP_BUDGET, small = BM_TRACE_STEP_BUDGET;
  return tr->keep_running || small > full ? full : small;
}

/* ---- names */

static const char *lifetime_name(BmTrace *tr, uint32_t n) {
  if (n < 26) return bm_arena_printf(tr->a, "'%c", 'a' + (int)n);
  return bm_arena_printf(tr->a, "'r%u", n + 1);
}

static uint32_t line_of(BmTrace *tr, uint32_t byte) {
  uint32_t line = 1, col = 1;
  bm_source_position(tr->src, byte, &line, &col);
  return line;
}

static const char *slot_type(BmTrace *tr, BmTy *t) {
  if (!t || (t->flags & (BM_TYF_ERR | BM_TYF_INFER))) return "?";
  return bm_ty_str(tr->tcx, t);
}

/* Is t a String (the type owns a heap buffer of text)? */
static bool is_string_ty(BmTrace *tr, BmTy *t) {
  return t && t->kind == BM_TK_ADT && t->def == bm_lang(tr->tcx, BM_LANG_string);
}

/* ---- scopes */

static void draw_scope(BmTrace *tr, Scope *sc) {
  if (sc->region >= 0) return;
  /* nothing is formatted here: a region may be forgotten unseen (bm_trace_pop) */
  Region r = {sc->kind == SC_FRAME, sc->name, NULL, sc->what, sc->span.start, sc->span.end ? sc->span.end - 1 : 0,
              tr->lifetimes++, sc->kind_name};
  sc->region = (int32_t)tr->regions.len;
  bm_array_push(tr->a, &tr->regions, r);
}

static uint32_t push_scope(BmTrace *tr, uint8_t kind, const char *what, BmFrame *f, BmRange span, const char *name,
                           const char *kind_name, uint32_t depth) {
  Scope sc = {kind, what, f, -1, span, name, kind_name, {0}, depth, tr->steps.len, tr->slots.len, tr->regions.len,
              tr->lifetimes};
  /* a popped scope's slot list is reused: a loop or a closure called a
     million times allocates it once */
  if (tr->scopes.len < tr->scopes.cap) {
    sc.slots.items = tr->scopes.items[tr->scopes.len].slots.items;
    sc.slots.cap = tr->scopes.items[tr->scopes.len].slots.cap;
  }
  bm_array_push(tr->a, &tr->scopes, sc);
  return tr->scopes.len - 1;
}

/* Does a block hold a `let` (so it is drawn as a region)? */
static bool block_has_let(BmBody *b, const BmExpr *x) {
  for (uint32_t i = 0; i < x->nlist; i++)
    if (bm_array_get(&b->stmts, x->list + i)->kind == BM_ST_LET) return true;
  return false;
}

/* ---- snapshots */

static const char *clip(BmTrace *tr, BmStr *s) {
  if (s->len <= MAX_VALUE) return s->buf;
  return bm_arena_printf(tr->a, "%.*s…", MAX_VALUE - 1, s->buf);
}

static void value_text(BmTrace *tr, BmInterp *I, BmStr *o, const BmVal *v, int depth);

static void list_text(BmTrace *tr, BmInterp *I, BmStr *o, const BmAgg *g, const char *open, const char *close,
                      int depth) {
  bm_str_puts(o, open);
  for (uint32_t i = 0; g && i < g->n; i++) {
    if (i) bm_str_puts(o, ", ");
    if (i >= MAX_ITEMS || o->len > MAX_VALUE) {
      bm_str_puts(o, "…");
      break;
    }
    value_text(tr, I, o, &g->items[i], depth + 1);
  }
  bm_str_puts(o, close);
}

static void str_text(BmStr *o, const BmVStr *s) {
  bm_str_puts(o, "\"");
  uint32_t n = s->len > MAX_VALUE ? MAX_VALUE : s->len;
  bm_str_printf(o, "%.*s", (int)n, s->p);
  if (n < s->len) bm_str_puts(o, "…");
  bm_str_puts(o, "\"");
}

/* A value's text as a learner reads it (Rust's Debug, shortened), never
 * running user code. */
static void value_text(BmTrace *tr, BmInterp *I, BmStr *o, const BmVal *v, int depth) {
  if (depth > MAX_NEST) {
    bm_str_puts(o, "…");
    return;
  }
  switch (v->kind) {
  case BM_V_VOID: bm_str_puts(o, "(moved)"); return;
  case BM_V_INT: case BM_V_FLOAT: case BM_V_BOOL: case BM_V_CHAR: {
    BmFmtSpec spec = {v->kind == BM_V_CHAR ? BM_FT_DEBUG : BM_FT_DISPLAY, 0, false, false, false, ' ', -1, -1};
    if (v->kind == BM_V_FLOAT) spec.trait = BM_FT_DEBUG;
    bm_fmt_value(I, o, v, &spec, 0);
    return;
  }
  case BM_V_STR: str_text(o, v->u.s); return;
  case BM_V_TUPLE: list_text(tr, I, o, v->u.agg, "(", v->u.agg && v->u.agg->n == 1 ? ",)" : ")", depth); return;
  case BM_V_ARRAY: case BM_V_VEC: list_text(tr, I, o, v->u.agg, "[", "]", depth); return;
  case BM_V_ADT: {
    const BmDef *d = bm_interp_def(I, v->def);
    bm_str_puts(o, bm_interp_def_name(I, v->def));
    if (!v->u.agg || !v->u.agg->n) return;
    if (d->ctor == BM_CTOR_TUPLE) list_text(tr, I, o, v->u.agg, "(", ")", depth);
    else bm_str_puts(o, " { .. }");
    return;
  }
  case BM_V_REF: bm_str_puts(o, "&"); value_text(tr, I, o, v->u.ptr, depth + 1); return;
  case BM_V_BOX: bm_str_puts(o, "Box("); value_text(tr, I, o, v->u.ptr, depth + 1); bm_str_puts(o, ")"); return;
  case BM_V_RC: bm_str_puts(o, "Rc("); value_text(tr, I, o, &v->u.rc->value, depth + 1); bm_str_puts(o, ")"); return;
  case BM_V_CELL: {
    /* a RefCell shows its borrow flag: what its guards hold now */
    int32_t flag = v->u.rc->borrow;
    bm_str_puts(o, v->def == 1 ? "Cell(" : "RefCell(");
    value_text(tr, I, o, &v->u.rc->value, depth + 1);
    bm_str_puts(o, ")");
    if (v->def != 1 && flag > 0) bm_str_printf(o, " borrowed by %d", flag);
    if (v->def != 1 && flag < 0) bm_str_puts(o, " borrowed mutably");
    return;
  }
  case BM_V_FN: bm_str_puts(o, bm_interp_def_name(I, v->def)); return;
  case BM_V_CLOSURE: bm_str_puts(o, "closure"); return;
  case BM_V_RANGE: {
    if (v->prim & 1) value_text(tr, I, o, &v->u.agg->items[0], depth + 1);
    bm_str_puts(o, v->prim & 4 ? "..=" : "..");
    if (v->prim & 2) value_text(tr, I, o, &v->u.agg->items[1], depth + 1);
    return;
  }
  case BM_V_ITER: bm_str_puts(o, "an iterator"); return;
  case BM_V_MAP: list_text(tr, I, o, v->u.agg, "{", "}", depth); return;
  default: bm_str_puts(o, "…"); return;
  }
}

static const char *text_of(BmTrace *tr, BmInterp *I, const BmVal *v) {
  BmStr o;
  bm_str_init(&o, tr->a);
  value_text(tr, I, &o, v, 0);
  return clip(tr, &o);
}

/* The heap object a value owns, drawn (with what it owns in turn); -1 when
 * the value owns none. owner: the slot (or heap object, owner_is_heap). */
static int32_t draw_heap(BmTrace *tr, BmInterp *I, const BmVal *v, BmTy *ty, int32_t owner, bool owner_is_heap,
                         int depth);

static bool same_field(const char *a, const char *b) { return (!a && !b) || (a && b && !strcmp(a, b)); }

/* A place an arrow can point at, this step. A root (a slot's cell, a heap
 * object's contents or elements) is remembered after it is gone, so an
 * arrow into it is drawn dangling; a place inside a value is not (the value
 * may have moved on, whole, to where it is not drawn: such an arrow is left
 * out rather than called dangling). */
static void add_place(BmTrace *tr, const void *addr, char kind, int32_t id, const char *field, bool root) {
  Place p = {kind, id, field};
  map_put(tr->a, &tr->places, addr, tr->place_list.len);
  bm_array_push(tr->a, &tr->place_list, p);
  if (!root) return;
  int64_t at;
  if (map_get(&tr->dead, addr, &at)) {
    Place *d = &tr->dead_list.items[at];
    if (d->kind == kind && d->id == id && same_field(d->field, field)) return;
  }
  map_put(tr->a, &tr->dead, addr, tr->dead_list.len);
  bm_array_push(tr->a, &tr->dead_list, p);
}

static int32_t heap_id(BmTrace *tr, const void *identity) {
  int64_t v;
  if (map_get(&tr->heap_ids, identity, &v)) return (int32_t)v;
  int32_t id = (int32_t)tr->nheap_ids++;
  map_put(tr->a, &tr->heap_ids, identity, id);
  SHeap none = {0};
  none.id = -1;
  bm_array_push(tr->a, &tr->heap_last, none);
  return id;
}


static bool is_aggregate(const BmVal *v) {
  return (v->kind == BM_V_ADT || v->kind == BM_V_TUPLE || v->kind == BM_V_ARRAY) && v->u.agg;
}

/* The places inside an aggregate value held by slot or heap object `id`
 * (kind 'v' / 'h'), and the heap objects its fields own. */
static void walk_places(BmTrace *tr, BmInterp *I, const BmVal *v, char kind, int32_t id, const char *path, int depth) {
  if (depth > MAX_NEST || !is_aggregate(v)) return;
  for (uint32_t i = 0; i < v->u.agg->n && i < 64; i++) {
    const char *name = v->kind == BM_V_ADT ? bm_interp_field_name(I, v->def, i) : NULL;
    const char *f = v->kind == BM_V_ARRAY ? bm_arena_printf(tr->a, "%s[%u]", path, i)
                    : name && *name      ? bm_arena_printf(tr->a, "%s%s%s", path, *path ? "." : "", name)
                                         : bm_arena_printf(tr->a, "%s%s%u", path, *path ? "." : "", i);
    const BmVal *it = &v->u.agg->items[i];
    add_place(tr, it, kind, id, f, false);
    if (is_aggregate(it)) walk_places(tr, I, it, kind, id, f, depth + 1);
    else if (it->kind == BM_V_BOX || it->kind == BM_V_RC || it->kind == BM_V_VEC)
      draw_heap(tr, I, it, NULL, id, kind == 'h', depth + 1);
  }
}

static int32_t draw_heap(BmTrace *tr, BmInterp *I, const BmVal *v, BmTy *ty, int32_t owner, bool owner_is_heap,
                         int depth) {
  if (depth > MAX_NEST) return -1;
  SHeap h = {0};
  h.nitems = -1;
  h.strong = -1;
  const void *identity = NULL;
  BmTy *inner_ty = NULL;
  if (v->kind == BM_V_STR && is_string_ty(tr, ty)) {
    identity = v->u.s;
    h.kind = "String";
    BmStr o;
    bm_str_init(&o, tr->a);
    str_text(&o, v->u.s);
    h.contents = o.buf;
  } else if (v->kind == BM_V_VEC || v->kind == BM_V_MAP) {
    if (!v->u.agg) return -1;
    identity = v->u.agg;
    h.kind = v->kind == BM_V_VEC ? "Vec" : "HashMap";
    uint32_t n = v->u.agg->n;
    h.nitems = (int32_t)(n > MAX_ITEMS ? MAX_ITEMS + 1 : n);
    h.items = bm_arena_alloc(tr->a, (size_t)(h.nitems ? h.nitems : 1) * sizeof *h.items);
    for (int32_t i = 0; i < h.nitems; i++)
      h.items[i] = (uint32_t)i < MAX_ITEMS ? text_of(tr, I, &v->u.agg->items[i]) : "…";
  } else if (v->kind == BM_V_BOX) {
    identity = v->u.ptr;
    h.kind = "Box";
    if (ty && ty->kind == BM_TK_ADT && ty->nargs) inner_ty = ty->args[0];
  } else if (v->kind == BM_V_RC) {
    identity = v->u.rc;
    h.kind = "Rc";
    h.strong = (int32_t)v->u.rc->strong;
    if (ty && ty->kind == BM_TK_ADT && ty->nargs) inner_ty = ty->args[0];
  } else {
    return -1;
  }
  int32_t id = heap_id(tr, identity);
  if (v->kind == BM_V_STR) {
    Bytes b = {v->u.s->p, v->u.s->p + (v->u.s->cap > v->u.s->len ? v->u.s->cap : v->u.s->len), id};
    bm_array_push(tr->a, &tr->b_strs, b);
    bm_array_push(tr->a, &tr->dead_strs, b);
  }
  /* drawn already this step (an Rc with several owners) */
  for (uint32_t i = 0; i < tr->b_heap.len; i++)
    if (tr->b_heap.items[i].id == id) {
      if (!owner_is_heap && v->kind == BM_V_RC) bm_array_push(tr->a, &tr->b_heap.items[i].owners, owner);
      return id;
    }
  if (!owner_is_heap && v->kind == BM_V_RC) bm_array_push(tr->a, &h.owners, owner);
  h.id = id;
  h.owner_slot = owner_is_heap ? -1 : owner;
  h.owner_heap = owner_is_heap ? owner : -1;
  if (v->kind == BM_V_VEC) {
    for (uint32_t i = 0; i < v->u.agg->n && i < 256; i++)
      add_place(tr, &v->u.agg->items[i], 'h', id, bm_arena_printf(tr->a, "%u", i), true);
  } else if (v->kind == BM_V_BOX || v->kind == BM_V_RC) {
    const BmVal *in = v->kind == BM_V_BOX ? v->u.ptr : &v->u.rc->value;
    add_place(tr, in, 'h', id, NULL, true);
    bm_array_push(tr->a, &tr->b_heap, h);
    uint32_t at = tr->b_heap.len - 1;
    if (draw_heap(tr, I, in, inner_ty, id, true, depth + 1) < 0) {
      tr->b_heap.items[at].contents = text_of(tr, I, in);
      walk_places(tr, I, in, 'h', id, "", depth + 1);
      /* a cell's value: what its guards point at */
      if (in->kind == BM_V_CELL) add_place(tr, &in->u.rc->value, 'h', id, NULL, true);
    }
    return id;
  }
  bm_array_push(tr->a, &tr->b_heap, h);
  return id;
}

static void draw_slot(BmTrace *tr, BmInterp *I, int32_t si, uint32_t *nslots) {
  Slot *sl = &tr->slots.items[si];
  BmVal *v = &sl->f->slots[sl->pat];
  SSlot s = {si, ST_OWNED, NULL, NULL, 0, false};
  if (v->kind == BM_V_VOID) {
    s.state = sl->was_init ? ST_MOVED : ST_UNINIT;
  } else {
    sl->was_init = true;
    if (!sl->type || sl->type[0] == '?' || !strcmp(sl->type, "{unknown}")) sl->type = slot_type(tr, sl->ty);
    add_place(tr, v, 'v', si, NULL, true);
    if (v->kind == BM_V_ADT && v->u.agg && v->u.agg->n && bm_interp_def(I, v->def)->ctor == BM_CTOR_NAMED) {
      /* a struct: its fields, each a place an arrow can point at */
      s.has_fields = true;
      s.nfields = v->u.agg->n;
      s.fields = bm_arena_alloc(tr->a, s.nfields * sizeof *s.fields);
      for (uint32_t i = 0; i < s.nfields; i++) {
        const BmVal *fv = &v->u.agg->items[i];
        s.fields[i].name = bm_interp_field_name(I, v->def, i);
        s.fields[i].state = fv->kind == BM_V_VOID ? ST_MOVED : ST_OWNED;
        s.fields[i].value = fv->kind == BM_V_VOID || fv->kind == BM_V_REF ? NULL : text_of(tr, I, fv);
      }
      walk_places(tr, I, v, 'v', si, "", 0);
    } else if (v->kind == BM_V_TUPLE || v->kind == BM_V_ARRAY || v->kind == BM_V_ADT) {
      s.value = text_of(tr, I, v);
      walk_places(tr, I, v, 'v', si, "", 0);
    } else if (v->kind == BM_V_CLOSURE) {
      /* a `move` closure owns what it captured: drawn as its heap objects */
      s.value = text_of(tr, I, v);
      BmClosure *cl = bm_array_get(&v->u.clo->env->body->closures, v->u.clo->index);
      BmPatId *caps = NULL;
      uint32_t n = cl->is_move ? bm_closure_captures(tr->a, v->u.clo->env->body, v->u.clo->index, &caps) : 0;
      for (uint32_t i = 0; i < n; i++) {
        BmInfer *ix = v->u.clo->env->ix;
        draw_heap(tr, I, &v->u.clo->env->slots[caps[i]], ix ? ix->pat_ty[caps[i]] : NULL, si, false, 0);
      }
    } else if (v->kind != BM_V_REF && draw_heap(tr, I, v, sl->ty, si, false, 0) < 0) {
      s.value = text_of(tr, I, v);
    }
  }
  bm_array_push(tr->a, &tr->b_slots, s);
  (*nslots)++;
}

/* A reference is the same from step to step while the same slot holds the
 * same pointer at the same place in its value. */
static int32_t ref_id(BmTrace *tr, int32_t from, const char *path, const void *ptr) {
  BmStr *k = &tr->keybuf;
  k->len = 0;
  if (k->buf) k->buf[0] = 0;
  bm_str_printf(k, "%d|%s|%p", from, path, ptr);
  /* the key's text, by its 64-bit FNV-1a hash */
  uint64_t key = 1469598103934665603ULL;
  for (uint32_t i = 0; i < k->len; i++) key = (key ^ (uint8_t)k->buf[i]) * 1099511628211ULL;
  key |= 1;
  int64_t v;
  if (map_get_key(&tr->ref_ids, key, &v)) return (int32_t)v;
  int32_t id = (int32_t)tr->nref_ids++;
  map_put_key(tr->a, &tr->ref_ids, key, id);
  return id;
}

/* The references a value holds (at path within slot `from`), as arrows. */
/* The String whose buffer holds byte p: in this step's list, else (dead) in
 * the list of every one drawn. */
static const Bytes *bytes_at(const BytesList *list, const char *p) {
  for (uint32_t i = list->len; i-- > 0;)
    if (p >= list->items[i].lo && p < list->items[i].hi) return &list->items[i];
  return NULL;
}

static void draw_refs(BmTrace *tr, BmInterp *I, int32_t from, const BmVal *v, BmTy *ty, const char *path, int depth) {
  if (depth > MAX_NEST) return;
  if (v->kind == BM_V_STR && !v->u.s->cap && v->u.s->len) {
    /* a &str slice: an arrow to the bytes it views */
    bool dangling = false;
    const Bytes *b = bytes_at(&tr->b_strs, v->u.s->p);
    if (!b) {
      b = bytes_at(&tr->dead_strs, v->u.s->p);
      dangling = b != NULL;
    }
    if (!b) return;
    uint32_t at = (uint32_t)(v->u.s->p - b->lo);
    SRef r = {ref_id(tr, from, path, v->u.s->p), from, 'h', b->id,
              bm_arena_printf(tr->a, "%u..%u", at, at + v->u.s->len), false, dangling};
    bm_array_push(tr->a, &tr->b_refs, r);
    return;
  }
  if (v->kind == BM_V_REF) {
    int64_t at;
    bool dangling = false;
    const Place *p = NULL;
    if (map_get(&tr->places, v->u.ptr, &at)) p = &tr->place_list.items[at];
    else if (map_get(&tr->dead, v->u.ptr, &at)) {
      p = &tr->dead_list.items[at];
      dangling = true;
    }
    if (!p && v->u.ptr->kind == BM_V_STR) {
      /* `&s[..i]`: a reference to a temporary slice, drawn as the slice */
      draw_refs(tr, I, from, v->u.ptr, NULL, path, depth + 1);
      return;
    }
    if (!p) return;                      /* into a temporary: not drawn */
    if (p->kind == 'v' && p->id == from) return;
    bool mut = ty && ty->kind == BM_TK_REF ? ty->sub == 1 : (v->def & 1) != 0;
    SRef r = {ref_id(tr, from, path, v->u.ptr), from, p->kind, p->id, p->field, mut, dangling};
    bm_array_push(tr->a, &tr->b_refs, r);
    return;
  }
  if (v->kind == BM_V_CLOSURE && v->u.clo) {
    /* a closure without `move` borrows what it captures: an arrow each */
    BmClosure *cl = bm_array_get(&v->u.clo->env->body->closures, v->u.clo->index);
    if (cl->is_move) return;
    BmPatId *caps = NULL;
    uint32_t n = bm_closure_captures(tr->a, v->u.clo->env->body, v->u.clo->index, &caps);
    for (uint32_t i = 0; i < n; i++) {
      BmVal ref = {.kind = BM_V_REF, .u.ptr = &v->u.clo->env->slots[caps[i]]};
      draw_refs(tr, I, from, &ref, NULL, bm_arena_printf(tr->a, "%s#%u", path, caps[i]), depth + 1);
    }
    return;
  }
  if ((v->kind == BM_V_ADT || v->kind == BM_V_TUPLE || v->kind == BM_V_ARRAY || v->kind == BM_V_VEC) && v->u.agg)
    for (uint32_t i = 0; i < v->u.agg->n && i < 64; i++)
      draw_refs(tr, I, from, &v->u.agg->items[i], NULL, bm_arena_printf(tr->a, "%s.%u", path, i), depth + 1);
  else if (v->kind == BM_V_BOX) draw_refs(tr, I, from, v->u.ptr, NULL, bm_arena_printf(tr->a, "%s*", path), depth + 1);
}

static Step *snapshot(BmTrace *tr, BmInterp *I, uint8_t kind, BmRange span) {
  if (tr->full) return NULL;
  if (tr->steps.len >= MAX_STEPS) {
    tr->full = true;
    tr->truncated = bm_arena_printf(tr->a, "the diagram shows the first %u steps of the run", (unsigned)MAX_STEPS);
    return NULL;
  }
  tr->b_regions.len = tr->b_slots.len = tr->b_heap.len = tr->b_refs.len = tr->b_strs.len = 0;
  tr->place_list.len = 0;
  map_clear(&tr->places);
  /* regions and slots, outermost first; a region's parent is the nearest
     drawn scope below it on the stack (a callee's frame sits inside the
     caller's innermost region) */
  int32_t parent = -1;
  for (uint32_t i = 0; i < tr->scopes.len; i++) {
    Scope *sc = &tr->scopes.items[i];
    if (sc->region < 0) continue;
    SRegion r = {sc->region, parent, tr->b_slots.len, 0};
    for (uint32_t k = 0; k < sc->slots.len; k++) draw_slot(tr, I, sc->slots.items[k], &r.n);
    bm_array_push(tr->a, &tr->b_regions, r);
    parent = (int32_t)tr->b_regions.len - 1;
  }
  /* then the arrows, now that every place has an address */
  for (uint32_t i = 0; i < tr->b_slots.len; i++) {
    SSlot *s = &tr->b_slots.items[i];
    if (s->state != ST_OWNED) continue;
    Slot *sl = &tr->slots.items[s->slot];
    draw_refs(tr, I, s->slot, &sl->f->slots[sl->pat], sl->ty, "", 0);
  }
  /* heap objects drawn before and not now are freed: drawn once more as
     such, and for as long as an arrow points into them */
  Step *prev = tr->steps.len ? bm_array_last(&tr->steps) : NULL;
  for (uint32_t i = 0; i < tr->b_heap.len; i++) tr->heap_last.items[tr->b_heap.items[i].id] = tr->b_heap.items[i];
  if (prev) {
    for (uint32_t i = 0; i < prev->nheap; i++) {
      SHeap h = prev->heap[i];
      bool present = false;
      for (uint32_t k = 0; k < tr->b_heap.len && !present; k++) present = tr->b_heap.items[k].id == h.id;
      if (present || h.freed) continue;
      h.freed = true;
      h.owner_slot = h.owner_heap = -1;
      bm_array_push(tr->a, &tr->b_heap, h);
    }
  }
  for (uint32_t i = 0; i < tr->b_refs.len; i++) {
    SRef *r = &tr->b_refs.items[i];
    if (r->to_kind != 'h') continue;
    bool present = false;
    for (uint32_t k = 0; k < tr->b_heap.len && !present; k++) present = tr->b_heap.items[k].id == r->to;
    if (!present && tr->heap_last.items[r->to].id >= 0) {
      SHeap h = tr->heap_last.items[r->to];
      h.freed = true;
      h.owner_slot = h.owner_heap = -1;
      bm_array_push(tr->a, &tr->b_heap, h);
      r->dangling = true;
    } else if (present) {
      for (uint32_t k = 0; k < tr->b_heap.len; k++)
        if (tr->b_heap.items[k].id == r->to && tr->b_heap.items[k].freed) r->dangling = true;
    }
  }
  Step st = {0};
  st.kind = kind;
  st.span = span;
  st.diag = -1;
  st.grew = tr->grew;
  tr->grew = -1;
  st.depth = bm_interp_depth(I);
  tr->stdout_ = bm_interp_stdout(I);
  st.out_len = (uint32_t)tr->stdout_->len;
#define KEEP(field, n, arr)                                                                  \
  st.n = arr.len;                                                                            \
  st.field = arr.len ? bm_arena_alloc(tr->a, arr.len * sizeof *arr.items) : NULL;            \
  if (arr.len) memcpy(st.field, arr.items, arr.len * sizeof *arr.items);
  KEEP(regions, nregions, tr->b_regions)
  KEEP(slots, nslots, tr->b_slots)
  KEEP(heap, nheap, tr->b_heap)
  KEEP(refs, nrefs, tr->b_refs)
  KEEP(reads, nreads, tr->reads)
#undef KEEP
  tr->reads.len = 0;
  bm_array_push(tr->a, &tr->steps, st);
  Step *s = bm_array_last(&tr->steps);
  if (!tr->keep_running && tr->steps.len >= MAX_STEPS) {
    /* nothing more will be drawn, and the run's output is not wanted */
    tr->full = true;
    tr->truncated = bm_arena_printf(tr->a, "the diagram shows the first %u steps of the run", (unsigned)MAX_STEPS);
    bm_interp_halt(I, BM_RUN_LIMIT, tr->truncated);
    tr->halted = true;
  }
  return s;
}

/* ---- errors met by the run */

/* Codes whose statement stops the run before it runs: it would read a
 * value that is not there. */
static bool stops_before(const char *code) {
  return code && (!strcmp(code, "E0382") || !strcmp(code, "E0381"));
}

/* Codes whose wrong outcome shows once the frame returns: a reference to a
 * local handed out of its frame. */
static bool shows_on_return(const char *code) {
  return code && (!strcmp(code, "E0515") || !strcmp(code, "E0106") || !strcmp(code, "E0373"));
}

static uint32_t diag_point(BmTrace *tr, uint32_t i) {
  const BmDiagnostic *d = &tr->sink->diags.items[i];
  if (i < tr->sink->points.len && tr->sink->points.items[i] != BM_NO_POINT) return tr->sink->points.items[i];
  return d->span.start_byte;
}

/* The first error whose point lies in span, or -1. */
static int error_in(BmTrace *tr, BmRange span) {
  for (uint32_t i = 0; i < tr->sink->diags.len; i++) {
    if (tr->sink->diags.items[i].severity != BM_SEVERITY_ERROR) continue;
    uint32_t p = diag_point(tr, i);
    if (p >= span.start && p < span.end) return (int)i;
  }
  return -1;
}

static void halt(BmTrace *tr, BmInterp *I) {
  if (tr->halted) return;
  tr->halted = true;
  bm_interp_halt(I, BM_RUN_REJECTED, "the program stops at its first error");
}

/* After a step: does the run stop here, with an error met before? */
static void after_step(BmTrace *tr, BmInterp *I, Step *s, BmRange span) {
  if (!tr->stop_at_error) return;
  if (tr->error_diag >= 0) {
    if (bm_interp_depth(I) <= tr->error_depth) halt(tr, I);
    return;
  }
  int d = error_in(tr, span);
  if (d < 0) return;
  if (s) s->diag = d;
  tr->error_diag = d;
  tr->error_depth = bm_interp_depth(I);
  if (shows_on_return(tr->sink->diags.items[d].code) && tr->error_depth > 1) tr->error_depth--;
  else halt(tr, I);
}

static void stopped(BmTrace *tr, BmInterp *I);

/* ---- the hooks */

void bm_trace_enter(BmTrace *tr, BmInterp *I, BmFrame *f, BmDefId fn, BmRange sig) {
  tr->tcx = bm_interp_tcx(I);
  const char *name = bm_interp_def_name(I, fn);
  BmBody *b = f->body;
  BmExpr *root = bm_array_get(&b->exprs, b->root);
  uint32_t at = push_scope(tr, SC_FRAME, NULL, f, (BmRange){sig.start, root->span.end}, name, NULL, bm_interp_depth(I));
  if (tr->full || tr->halted) return;   /* nothing more is drawn: only keep the stack balanced */
  draw_scope(tr, &tr->scopes.items[at]);
  /* the parameters (self first) are the frame's first slots */
  if (b->self_pat != NONE) bm_trace_bind(tr, I, b->self_pat);
  for (uint32_t i = 0; i < b->params.len; i++) bm_trace_bind(tr, I, b->params.items[i]);
  Step *s = snapshot(tr, I, K_CALL, sig);
  if (s) s->callee = name;
  after_step(tr, I, s, sig);
}

void bm_trace_leave(BmTrace *tr, BmInterp *I, BmFrame *f, BmRange end) {
  if (bm_interp_stopped(I)) stopped(tr, I);
  /* pop the frame's scope (and whatever a return left above it) */
  uint32_t k = tr->scopes.len;
  while (k > 0 && !(tr->scopes.items[k - 1].kind == SC_FRAME && tr->scopes.items[k - 1].f == f)) k--;
  if (k == 0) return;
  bool outermost = tr->scopes.items[k - 1].depth <= 1;
  tr->scopes.len = k - 1;
  if (outermost && !tr->halted && !bm_interp_stopped(I)) snapshot(tr, I, K_END, end);
}

uint32_t bm_trace_push(BmTrace *tr, BmInterp *I, uint8_t kind, BmRange span, const BmExpr *block) {
  BmFrame *f = bm_interp_frame(I);
  uint32_t mark = tr->scopes.len;
  if (kind == BM_TRACE_BLOCK) {
    uint32_t at = push_scope(tr, SC_BLOCK, "The block", f, span, NULL, "block", bm_interp_depth(I));
    if (block && block_has_let(f->body, block) && !tr->halted && !tr->full) {
      draw_scope(tr, &tr->scopes.items[at]);
      Step *s = snapshot(tr, I, K_STMT, (BmRange){span.start, span.start + 1});
      after_step(tr, I, s, (BmRange){span.start, span.start + 1});
    }
  } else {
    static const char *const names[] = {"", "match arm", "`if let`", "loop iteration", "closure call"};
    static const char *const whats[] = {"", "The match arm", "The `if let`", "This iteration", "The closure call"};
    push_scope(tr, SC_LAZY, whats[kind], f, span, NULL, names[kind], bm_interp_depth(I));
  }
  return mark;
}

void bm_trace_pop(BmTrace *tr, BmInterp *I, uint32_t mark) {
  if (mark >= tr->scopes.len) return;
  if (bm_interp_stopped(I)) stopped(tr, I);
  Scope *sc = &tr->scopes.items[mark];
  bool drawn_block = sc->kind == SC_BLOCK && sc->region >= 0;
  BmRange span = sc->span;
  if (sc->steps == tr->steps.len && sc->kind != SC_FRAME) {
    /* no step saw this scope (a closure called many times inside one
       statement, a loop's iterations): forget its slots and region, so the
       trace's work and memory stay bounded by the steps it draws */
    tr->slots.len = sc->nslots;
    tr->regions.len = sc->nregions;
    tr->lifetimes = sc->lifetimes;
    drawn_block = false;
  }
  tr->scopes.len = mark;
  if (drawn_block && !tr->halted && !bm_interp_stopped(I)) {
    BmRange close = {span.end ? span.end - 1 : 0, span.end};
    Step *s = snapshot(tr, I, K_BLOCK_END, close);
    after_step(tr, I, s, close);
  }
}

void bm_trace_bind(BmTrace *tr, BmInterp *I, BmPatId pat) {
  if (tr->full || tr->halted) return;   /* no step will draw it */
  BmFrame *f = bm_interp_frame(I);
  /* the innermost scope of this frame */
  Scope *sc = NULL;
  for (uint32_t k = tr->scopes.len; k-- > 0 && !sc;)
    if (tr->scopes.items[k].f == f) sc = &tr->scopes.items[k];
  if (!sc) return;
  BmPatId one = pat, *binds = &one;
  uint32_t n = 1;
  BmPat *top = bm_array_get(&f->body->pats, pat);
  if (top->kind != BM_PAT_BIND || top->a != NONE) n = bm_pat_binds(tr->a, f->body, pat, &binds);
  if (!n) return;
  draw_scope(tr, sc);
  if (!f->trace_slots) f->trace_slots = bm_arena_alloc(tr->a, (f->body->pats.len ? f->body->pats.len : 1) * sizeof(int32_t));
  for (uint32_t i = 0; i < n; i++) {
    BmPat *p = bm_array_get(&f->body->pats, binds[i]);
    Slot sl = {bm_sym_str(bm_interp_tcx(I)->syms, p->name), NULL, f->ix ? f->ix->pat_ty[binds[i]] : NULL, f, binds[i],
               sc->region, false, 0};
    tr->tcx = bm_interp_tcx(I);
    f->trace_slots[binds[i]] = (int32_t)tr->slots.len + 1;
    bm_array_push(tr->a, &tr->slots, sl);
    bm_array_push(tr->a, &sc->slots, (int32_t)tr->slots.len - 1);
  }
}

bool bm_trace_stmt_begin(BmTrace *tr, BmInterp *I, BmRange span) {
  if (tr->halted) return false;
  if (!tr->stop_at_error || tr->error_diag >= 0) return true;
  int d = error_in(tr, span);
  if (d < 0 || !stops_before(tr->sink->diags.items[d].code)) return true;
  /* a read of what is not there: draw the state before, and stop */
  Step *s = snapshot(tr, I, K_BEFORE, span);
  if (s) s->diag = d;
  tr->error_diag = d;
  halt(tr, I);
  return false;
}

void bm_trace_stmt_end(BmTrace *tr, BmInterp *I, BmRange span, bool fn_tail) {
  if (tr->halted) return;
  Step *s = snapshot(tr, I, fn_tail ? K_TAIL : bm_interp_returning(I) ? K_RETURN : K_STMT, span);
  after_step(tr, I, s, span);
}

void bm_trace_read(BmTrace *tr, BmFrame *f, BmPatId pat) {
  if (tr->full || tr->halted || !f->trace_slots || !f->trace_slots[pat]) return;
  uint32_t id = (uint32_t)f->trace_slots[pat] - 1;
  if (id >= tr->slots.len) return;        /* a slot forgotten with its scope */
  Slot *sl = &tr->slots.items[id];
  if (sl->read_at == tr->steps.len + 1) return;   /* counted for this step already */
  sl->read_at = tr->steps.len + 1;
  bm_array_push(tr->a, &tr->reads, (int32_t)id);
}

void bm_trace_realloc(BmTrace *tr, BmAgg *g, const BmVal *old, uint32_t n) {
  /* the old buffer is freed: an arrow into it dangles. It is a heap object
     of its own from now on, drawn as the Vec was before it grew. */
  int64_t v;
  if (!map_get(&tr->heap_ids, g, &v)) return;
  int32_t was = (int32_t)v;
  tr->grew = was;
  int32_t id = heap_id(tr, old);
  SHeap h = tr->heap_last.items[was];
  h.id = id;
  h.freed = true;
  tr->heap_last.items[id] = h;
  for (uint32_t i = 0; i < n && i < 256; i++) {
    Place p = {'h', id, bm_arena_printf(tr->a, "%u", i)};
    map_put(tr->a, &tr->dead, &old[i], tr->dead_list.len);
    bm_array_push(tr->a, &tr->dead_list, p);
  }
}

/* The run stopped (a panic, something not modelled, a limit): the step
 * where, drawn before the stack unwinds. */
static void stopped(BmTrace *tr, BmInterp *I) {
  const BmRunOutput *out = bm_interp_output(I);
  if (tr->stop_drawn || tr->halted || tr->full) return;
  tr->stop_drawn = true;
  if (out->status == BM_RUN_PANIC || out->status == BM_RUN_UNSUPPORTED || out->status == BM_RUN_LIMIT) {
    uint32_t at = out->reason_byte != BM_NO_POINT ? out->reason_byte : 0;
    if (!tr->keep_running && out->status == BM_RUN_LIMIT && out->steps > bm_trace_step_budget(tr)) {
      /* the diagram's budget, not the program's end */
      tr->truncated = "the diagram follows the start of the run only: the program runs longer than it draws";
      return;
    }
    Step *s = snapshot(tr, I, K_STOP, (BmRange){at, at + 1});
    if (s) s->note = out->reason;
    if (s) s->panic = out->status == BM_RUN_PANIC;
    if (s && out->status != BM_RUN_PANIC)
      tr->truncated = bm_arena_printf(tr->a, "the run stops here: %s", out->reason ? out->reason : "");
  }
}

void bm_trace_finish(BmTrace *tr, BmInterp *I, const BmRunOutput *out) {
  (void)out;
  if (bm_interp_stopped(I)) stopped(tr, I);
}

/* ---- writing the steps out */

static bool ref_live(BmTrace *tr, uint32_t step, const SRef *r, const int32_t *last_use) {
  (void)tr;
  return last_use[r->id] > (int32_t)step;
}

static const Slot *slot_at(BmTrace *tr, int32_t s) { return &tr->slots.items[s]; }

static const char *slot_name(BmTrace *tr, int32_t s) {
  return s >= 0 ? bm_arena_printf(tr->a, "`%s`", slot_at(tr, s)->name) : "a value";
}

static const SSlot *find_slot(const Step *st, int32_t id) {
  for (uint32_t i = 0; st && i < st->nslots; i++)
    if (st->slots[i].slot == id) return &st->slots[i];
  return NULL;
}

static const SHeap *find_heap(const Step *st, int32_t id) {
  for (uint32_t i = 0; st && i < st->nheap; i++)
    if (st->heap[i].id == id) return &st->heap[i];
  return NULL;
}

static const SRef *find_ref(const Step *st, int32_t id) {
  for (uint32_t i = 0; st && i < st->nrefs; i++)
    if (st->refs[i].id == id) return &st->refs[i];
  return NULL;
}

static bool has_region(const Step *st, int32_t id) {
  for (uint32_t i = 0; st && i < st->nregions; i++)
    if (st->regions[i].id == id) return true;
  return false;
}

static int32_t heap_of_slot(const Step *st, int32_t slot) {
  for (uint32_t i = 0; st && i < st->nheap; i++) {
    const SHeap *h = &st->heap[i];
    if (h->freed) continue;
    if (h->owner_slot == slot) return h->id;
    for (uint32_t k = 0; k < h->owners.len; k++)
      if (h->owners.items[k] == slot) return h->id;
  }
  return -1;
}

static bool same_heap_state(const SHeap *a, const SHeap *b) {
  if (!a || !b) return a == b;
  if ((a->contents == NULL) != (b->contents == NULL)) return false;
  if (a->contents && strcmp(a->contents, b->contents)) return false;
  if (a->nitems != b->nitems || a->strong != b->strong) return false;
  for (int32_t i = 0; i < a->nitems; i++)
    if (strcmp(a->items[i], b->items[i])) return false;
  return true;
}

static bool same_text(const char *a, const char *b) { return (!a && !b) || (a && b && !strcmp(a, b)); }

typedef struct { const char *kind; int32_t slot, target, region; } Event;
typedef BmArray(Event) Events;

static void ev(BmTrace *tr, Events *e, const char *kind, int32_t slot, int32_t target, int32_t region) {
  Event x = {kind, slot, target, region};
  bm_array_push(tr->a, e, x);
}

static bool was_read(const Step *st, int32_t slot) {
  for (uint32_t i = 0; i < st->nreads; i++)
    if (st->reads[i] == slot) return true;
  return false;
}

/* What changed from prev to st, as events. */
static void diff(BmTrace *tr, const Step *prev, const Step *st, uint32_t step, const int32_t *last_use, Events *out) {
  /* regions pushed */
  for (uint32_t i = 0; i < st->nregions; i++)
    if (!has_region(prev, st->regions[i].id)) ev(tr, out, "push", -1, -1, st->regions[i].id);
  /* slots */
  for (uint32_t i = 0; i < st->nslots; i++) {
    const SSlot *s = &st->slots[i];
    const SSlot *p = find_slot(prev, s->slot);
    if (s->state == ST_OWNED && (!p || p->state != ST_OWNED)) {
      /* a copy: a slot of the same value read in this step */
      int32_t from = -1;
      for (uint32_t k = 0; k < st->nreads && from < 0 && s->value; k++) {
        const SSlot *r = find_slot(st, st->reads[k]);
        if (r && r->slot != s->slot && r->state == ST_OWNED && same_text(r->value, s->value)) from = r->slot;
      }
      bool borrows = false;
      for (uint32_t k = 0; k < st->nrefs && !borrows; k++) borrows = st->refs[k].from == s->slot && !find_ref(prev, st->refs[k].id);
      if (from >= 0) ev(tr, out, "copy", from, s->slot, -1);
      else if (!borrows) ev(tr, out, "init", s->slot, -1, -1);
    } else if (s->state == ST_MOVED && p && p->state == ST_OWNED) {
      /* moved: into the slot that owns its heap object now, or one made now */
      int32_t to = -1;
      int32_t h = heap_of_slot(prev, s->slot);
      if (h >= 0) {
        const SHeap *nh = find_heap(st, h);
        if (nh && nh->owner_slot >= 0 && !nh->freed) to = nh->owner_slot;
      }
      for (uint32_t k = 0; k < st->nslots && to < 0; k++) {
        const SSlot *n = &st->slots[k];
        const SSlot *was = find_slot(prev, n->slot);
        if (n->state == ST_OWNED && (!was || was->state != ST_OWNED)) to = n->slot;
      }
      ev(tr, out, "move", s->slot, to, -1);
    } else if (s->state == ST_OWNED && p && p->state == ST_OWNED) {
      int32_t h = heap_of_slot(st, s->slot), ph = heap_of_slot(prev, s->slot);
      bool changed = !same_text(s->value, p->value) || h != ph ||
                     (h >= 0 && !same_heap_state(find_heap(st, h), find_heap(prev, h)));
      for (uint32_t k = 0; !changed && k < s->nfields && p->has_fields && k < p->nfields; k++)
        changed = !same_text(s->fields[k].value, p->fields[k].value) || s->fields[k].state != p->fields[k].state;
      if (changed) ev(tr, out, "assign", s->slot, -1, -1);
    }
  }
  /* references made */
  for (uint32_t i = 0; i < st->nrefs; i++) {
    const SRef *r = &st->refs[i];
    if (find_ref(prev, r->id)) continue;
    ev(tr, out, r->mut ? "borrow-mut" : "borrow", r->from, r->to_kind == 'v' ? r->to : -1, -1);
  }
  /* slots gone: dropped with their region */
  for (uint32_t i = 0; prev && i < prev->nslots; i++) {
    const SSlot *p = &prev->slots[i];
    if (!find_slot(st, p->slot) && p->state == ST_OWNED) ev(tr, out, "drop", p->slot, -1, -1);
  }
  for (uint32_t i = 0; prev && i < prev->nregions; i++)
    if (!has_region(st, prev->regions[i].id)) ev(tr, out, "pop", -1, -1, prev->regions[i].id);
  /* loans whose last use has passed */
  for (uint32_t i = 0; i < st->nrefs; i++) {
    const SRef *r = &st->refs[i];
    const SRef *was = find_ref(prev, r->id);
    bool live_now = ref_live(tr, step, r, last_use);
    bool live_before = was ? ref_live(tr, step - 1, was, last_use) : true;
    if (!live_now && live_before) ev(tr, out, "loan-end", r->from, -1, -1);
  }
}

static const Region *region_at(BmTrace *tr, int32_t r) {
  Region *g = &tr->regions.items[r];
  if (!g->lifetime) {
    /* line and end_line held bytes until now */
    g->lifetime = lifetime_name(tr, g->lifetime_no);
    g->line = line_of(tr, g->line);
    g->end_line = line_of(tr, g->end_line);
    if (!g->name) g->name = bm_arena_printf(tr->a, "%s at line %u", g->kind_name, g->line);
  }
  return g;
}

static const char *heap_items(BmTrace *tr, const SHeap *h) {
  if (h->nitems <= 0) return "nothing";
  BmStr s;
  bm_str_init(&s, tr->a);
  for (int32_t i = 0; i < h->nitems; i++) {
    if (i) bm_str_puts(&s, ", ");
    bm_str_puts(&s, h->items[i]);
  }
  return s.buf;
}

static const char *heap_words(BmTrace *tr, const SHeap *h) {
  if (!strcmp(h->kind, "String"))
    return h->contents ? bm_arena_printf(tr->a, "a String on the heap that holds %s", h->contents) : "a String on the heap";
  if (!strcmp(h->kind, "Vec")) {
    if (h->nitems <= 0) return "an empty buffer on the heap";
    return bm_arena_printf(tr->a, "a buffer on the heap holding %s", heap_items(tr, h));
  }
  if (!strcmp(h->kind, "Rc"))
    return bm_arena_printf(tr->a, "a reference-counted value on the heap (strong count %d)", h->strong);
  return bm_arena_printf(tr->a, "a %s on the heap", h->kind);
}

/* One plain sentence for the step. */
static const char *sentence(BmTrace *tr, const Step *prev, const Step *st, const Events *evs, const char *printed) {
  const char *s = NULL;
  BmArray(const char *) drops = {0};
  int32_t popped = -1;
  const char *loan_end = NULL;
  const Region *lazy = NULL;
  if (st->kind == K_CALL) {
    const char *caller = NULL;
    for (uint32_t i = 0; i + 1 < st->nregions; i++) {
      const Region *r = region_at(tr, st->regions[i].id);
      if (r->frame) caller = r->name;
    }
    const Region *r = region_at(tr, st->regions[st->nregions - 1].id);
    s = caller ? bm_arena_printf(tr->a, "`%s` calls `%s`: a new frame, region %s, is pushed onto the stack", caller,
                                 st->callee, r->lifetime)
               : bm_arena_printf(tr->a, "`%s` starts: its frame, region %s, is pushed onto the stack", st->callee,
                                 r->lifetime);
    for (uint32_t i = 0; i < evs->len; i++) {
      const Event *e = &evs->items[i];
      if (!strncmp(e->kind, "borrow", 6) && e->target >= 0) {
        s = bm_arena_printf(tr->a, "%s, and its parameter %s borrows %s%s", s, slot_name(tr, e->slot),
                            slot_name(tr, e->target), !strcmp(e->kind, "borrow-mut") ? " mutably" : "");
        break;
      }
      if (!strcmp(e->kind, "move") && e->target >= 0) {
        s = bm_arena_printf(tr->a, "%s, and %s moves into its parameter %s", s, slot_name(tr, e->slot),
                            slot_name(tr, e->target));
        break;
      }
      if (!strcmp(e->kind, "copy")) {
        s = bm_arena_printf(tr->a, "%s, and %s is copied into its parameter %s", s, slot_name(tr, e->slot),
                            slot_name(tr, e->target));
        break;
      }
    }
  }
  /* what happens to a slot first; a change of an existing one only when
     nothing else tells */
  for (uint32_t i = 0; i < 2 * evs->len; i++) {
    const Event *e = &evs->items[i % evs->len];
    const char *k = e->kind;
    bool assign = !strcmp(k, "assign");
    if ((i < evs->len) == assign) continue;
    if (!strcmp(k, "drop")) {
      bm_array_push(tr->a, &drops, slot_name(tr, e->slot));
      continue;
    }
    if (!strcmp(k, "pop")) {
      if (popped < 0 || region_at(tr, e->region)->frame) popped = e->region;
      continue;
    }
    if (!strcmp(k, "loan-end")) {
      if (!loan_end)
        loan_end = bm_arena_printf(tr->a, "this is the last use of %s, so its borrow ends", slot_name(tr, e->slot));
      continue;
    }
    if (s) continue;
    if (!strcmp(k, "push")) {
      const Region *r = region_at(tr, e->region);
      if (!r->frame && r->what && strcmp(r->what, "The block")) {
        /* an arm's, a loop iteration's bindings: the binding tells */
        lazy = r;
      } else if (!r->frame) {
        const char *outer = "the stack";
        for (uint32_t j = 0; j < st->nregions; j++)
          if (st->regions[j].id == e->region && st->regions[j].parent >= 0)
            outer = region_at(tr, st->regions[st->regions[j].parent].id)->lifetime;
        s = bm_arena_printf(tr->a, "A block starts: region %s is pushed inside %s", r->lifetime, outer);
      }
    } else if (!strcmp(k, "init")) {
      const SSlot *sl = find_slot(st, e->slot);
      int32_t h = heap_of_slot(st, e->slot);
      const SHeap *hp = h >= 0 ? find_heap(st, h) : NULL;
      if (hp && !strcmp(hp->kind, "Rc") && hp->strong > 1)
        s = bm_arena_printf(tr->a, "%s becomes one more owner of the same reference-counted value: no data is "
                            "copied, and the strong count goes to %d", slot_name(tr, e->slot), hp->strong);
      else if (hp)
        s = bm_arena_printf(tr->a, "%s is initialised: it owns %s", slot_name(tr, e->slot), heap_words(tr, hp));
      else if (sl && sl->value)
        s = bm_arena_printf(tr->a, "%s is initialised to %s", slot_name(tr, e->slot), sl->value);
      else
        s = bm_arena_printf(tr->a, "%s is initialised", slot_name(tr, e->slot));
    } else if (!strcmp(k, "move")) {
      s = e->target >= 0 ? bm_arena_printf(tr->a, "%s moves into %s; %s can no longer be used", slot_name(tr, e->slot),
                                           slot_name(tr, e->target), slot_name(tr, e->slot))
                         : st->kind == K_TAIL || st->kind == K_RETURN
                             ? bm_arena_printf(tr->a, "%s moves into the value this fn returns; it can no longer be used "
                                               "here", slot_name(tr, e->slot))
                             : bm_arena_printf(tr->a, "%s is moved away; it can no longer be used", slot_name(tr, e->slot));
    } else if (!strcmp(k, "copy")) {
      s = bm_arena_printf(tr->a, "%s is copied into %s; both stay usable", slot_name(tr, e->slot),
                          slot_name(tr, e->target));
    } else if (!strncmp(k, "borrow", 6)) {
      bool mut = !strcmp(k, "borrow-mut");
      const SRef *made = NULL;
      for (uint32_t q = 0; q < st->nrefs && !made; q++)
        if (st->refs[q].from == e->slot && !find_ref(prev, st->refs[q].id)) made = &st->refs[q];
      if (made && made->dangling && made->to_kind == 'v') {
        const Slot *to = slot_at(tr, made->to);
        s = bm_arena_printf(tr->a, "%s gets a reference to %s, which is gone: region %s has popped, so the "
                            "reference dangles", slot_name(tr, e->slot), slot_name(tr, made->to),
                            region_at(tr, to->region)->lifetime);
      } else if (made && made->to_kind == 'h') {
        const SHeap *h = find_heap(st, made->to);
        const SHeap *root = h;
        while (root && root->owner_heap >= 0) root = find_heap(st, root->owner_heap);
        const char *what = !made->field ? "what is in"
                           : strstr(made->field, "..") ? bm_arena_printf(tr->a, "the bytes [%s] of", made->field)
                           : made->field[0] >= '0' && made->field[0] <= '9'
                               ? bm_arena_printf(tr->a, "element [%s] of", made->field)
                                                   : bm_arena_printf(tr->a, "`%s` in", made->field);
        const char *obj = h && !strcmp(h->kind, "Vec") ? "the heap buffer"
                          : h ? bm_arena_printf(tr->a, "the %s on the heap", h->kind) : "the heap object";
        s = root && root->owner_slot >= 0
                ? bm_arena_printf(tr->a, "%s borrows%s %s %s that %s owns", slot_name(tr, e->slot),
                                  mut ? " mutably" : "", what, obj, slot_name(tr, root->owner_slot))
                : bm_arena_printf(tr->a, "%s borrows%s a value on the heap", slot_name(tr, e->slot), mut ? " mutably" : "");
      } else if (e->target >= 0) {
        const Slot *to = slot_at(tr, e->target);
        const char *lt = region_at(tr, to->region)->lifetime;
        s = bm_arena_printf(tr->a, "%s borrows %s%s: the reference points into region %s, so it is only valid while "
                            "%s is on the stack", slot_name(tr, e->slot), slot_name(tr, e->target),
                            mut ? " mutably" : "", lt, lt);
      }
    } else if (!strcmp(k, "assign")) {
      const SSlot *sl = find_slot(st, e->slot);
      int32_t h = heap_of_slot(st, e->slot);
      const SHeap *hp = h >= 0 ? find_heap(st, h) : NULL;
      const SHeap *was = hp ? find_heap(prev, hp->id) : NULL;
      const char *who = slot_name(tr, e->slot);
      if (hp && !was) s = bm_arena_printf(tr->a, "%s changes what it owns: it now owns %s", who, heap_words(tr, hp));
      else if (hp && !strcmp(hp->kind, "String"))
        s = bm_arena_printf(tr->a, "The String %s owns now holds %s", who, hp->contents ? hp->contents : "new text");
      else if (hp && !strcmp(hp->kind, "Vec"))
        s = st->grew == hp->id
                ? bm_arena_printf(tr->a, "The buffer %s owns was full, so it grows: its elements move to a new, bigger "
                                  "buffer on the heap and the old one is freed; it now holds %s", who,
                                  heap_items(tr, hp))
                : bm_arena_printf(tr->a, "The buffer %s owns on the heap now holds %s", who, heap_items(tr, hp));
      else if (hp)
        s = bm_arena_printf(tr->a, "The value %s owns on the heap changes: it is now %s", who,
                            hp->contents ? hp->contents : "different");
      else if (sl && sl->value) s = bm_arena_printf(tr->a, "%s is assigned %s", slot_name(tr, e->slot), sl->value);
      else s = bm_arena_printf(tr->a, "%s changes", slot_name(tr, e->slot));
    }
  }
  if (popped >= 0) {
    const Region *r = region_at(tr, popped);
    BmStr d;
    bm_str_init(&d, tr->a);
    /* in the order Rust drops them: the last declared first */
    for (uint32_t i = 0; i < drops.len; i++) {
      if (i) bm_str_puts(&d, i + 1 == drops.len ? " and " : ", ");
      bm_str_puts(&d, drops.items[drops.len - 1 - i]);
    }
    const char *who = r->frame ? bm_arena_printf(tr->a, "`%s` %s", r->name, st->kind == K_END ? "ends" : "returns")
                               : bm_arena_printf(tr->a, "%s ends", r->what ? r->what : "The block");
    const char *pop = drops.len ? bm_arena_printf(tr->a, "%s: %s %s dropped and region %s pops", who, d.buf,
                                                  drops.len > 1 ? "are" : "is", r->lifetime)
                                : bm_arena_printf(tr->a, "%s: region %s pops", who, r->lifetime);
    s = s ? bm_arena_printf(tr->a, "%s; %s", pop, s) : pop;
    for (uint32_t i = 0; i < st->nrefs; i++)
      if (st->refs[i].dangling && find_ref(prev, st->refs[i].id)) {
        s = bm_arena_printf(tr->a, "%s, but %s still points into it", s, slot_name(tr, st->refs[i].from));
        break;
      }
  } else if (!s && drops.len) {
    s = bm_arena_printf(tr->a, "%s is dropped", drops.items[0]);
  }
  if (!s && printed) {
    s = bm_arena_printf(tr->a, "The program prints %s", printed);
    printed = NULL;
  }
  if (!s && loan_end) {
    s = bm_arena_printf(tr->a, "T%s", loan_end + 1);
    loan_end = NULL;
  }
  if (s && lazy) s = bm_arena_printf(tr->a, "%s, in region %s (the %s)", s, lazy->lifetime, lazy->name);
  if (!s && (st->kind == K_TAIL || st->kind == K_RETURN)) {
    const char *fn = NULL;
    for (uint32_t i = 0; i < st->nregions; i++)
      if (region_at(tr, st->regions[i].id)->frame) fn = region_at(tr, st->regions[i].id)->name;
    if (fn)
      s = st->kind == K_TAIL ? bm_arena_printf(tr->a, "`%s` computes the value it returns", fn)
                             : bm_arena_printf(tr->a, "`%s` returns early, with the value of this `return`", fn);
  }
  if (st->kind == K_BEFORE)
    s = "The run stops before this statement: it would use a value that is not there (moved away, or never "
        "given one)";
  for (uint32_t i = 0; !s && i < st->nslots; i++) {
    const SSlot *sl = &st->slots[i];
    if (sl->state == ST_UNINIT && !find_slot(prev, sl->slot))
      s = bm_arena_printf(tr->a, "%s is declared in region %s but holds nothing yet", slot_name(tr, sl->slot),
                          region_at(tr, slot_at(tr, sl->slot)->region)->lifetime);
  }
  if (!s) s = "This statement runs; nothing on the stack changes";
  if (printed) s = bm_arena_printf(tr->a, "%s; the program prints %s", s, printed);
  if (loan_end) s = bm_arena_printf(tr->a, "%s; %s", s, loan_end);
  for (uint32_t i = 0; i < st->nrefs; i++)
    if (st->refs[i].dangling && popped < 0) {
      s = bm_arena_printf(tr->a, "%s; %s now points into memory that was freed", s, slot_name(tr, st->refs[i].from));
      break;
    }
  if (st->kind == K_STOP && st->note)
    s = st->panic ? bm_arena_printf(tr->a, "The program panics here: %s; it stops with exit status 101", st->note)
                  : bm_arena_printf(tr->a, "The run stops here: %s", st->note);
  if (st->diag >= 0) {
    const BmDiagnostic *d = &tr->sink->diags.items[st->diag];
    s = bm_arena_printf(tr->a, "%s; rustc reports an error here: %s%s%s%s", s, d->message, d->code ? " (" : "",
                        d->code ? d->code : "", d->code ? ")" : "");
  }
  size_t n = strlen(s);
  return n && s[n - 1] == '.' ? s : bm_arena_printf(tr->a, "%s.", s);
}

static void put_str(BmStr *o, const char *s) {
  if (s) bm_str_json_string(o, s);
  else bm_str_puts(o, "null");
}

static const char *state_name(uint8_t st) {
  return st == ST_UNINIT ? "uninit" : st == ST_MOVED ? "moved" : "owned";
}

static const char *const conflict_codes[] = {"E0499", "E0502", "E0503", "E0505", "E0506", NULL};

/* The state drawn: owned, or borrowed while a live reference points at it
 * or at what it owns. */
static const char *drawn_state(BmTrace *tr, const Step *st, uint32_t step, const SSlot *s, const int32_t *last_use) {
  if (s->state != ST_OWNED) return state_name(s->state);
  const char *r = "owned";
  for (uint32_t i = 0; i < st->nrefs; i++) {
    const SRef *e = &st->refs[i];
    if (e->dangling || !ref_live(tr, step, e, last_use)) continue;
    int32_t target = -1;
    if (e->to_kind == 'v') target = e->to;
    else {
      const SHeap *h = find_heap(st, e->to);
      while (h && h->owner_heap >= 0) h = find_heap(st, h->owner_heap);
      if (h) target = h->owner_slot;
    }
    if (target != s->slot) continue;
    if (e->mut) return "borrowed-mut";
    r = "borrowed";
  }
  return r;
}

/* An object written from `body` on: left out when it is what was written
 * for the same id last time (*last), else remembered there. */
static void same_as_last(BmTrace *tr, BmStr *o, uint32_t body, const char **last) {
  uint32_t n = o->len - body;
  if (*last && strlen(*last) == n && !memcmp(*last, o->buf + body, n)) {
    o->len = body;
    o->buf[body] = 0;
  } else {
    *last = bm_arena_printf(tr->a, "%s", o->buf + body);
  }
}

/* A region, in the compact form (core/docs/timeline.md, "Encoding"): its
 * kind, name, lifetime and lines the first time it is written, a slot's
 * name and type the first time (and when its type is known better), null
 * values, null fields and empty children left out. */
static void put_region(BmTrace *tr, BmStr *o, const Step *st, uint32_t step, uint32_t ri, const int32_t *last_use) {
  const SRegion *sr = &st->regions[ri];
  const Region *r = region_at(tr, sr->id);
  bm_str_printf(o, "{\"id\": \"r%d\"", sr->id + 1);
  if (!tr->region_seen[sr->id]) {
    tr->region_seen[sr->id] = true;
    bm_str_printf(o, ", \"kind\": \"%s\", \"name\": ", r->frame ? "frame" : "block");
    put_str(o, r->name);
    bm_str_puts(o, ", \"lifetime\": ");
    put_str(o, r->lifetime);
    bm_str_printf(o, ", \"line\": %u, \"end_line\": %u", r->line, r->end_line);
  }
  /* the slots, or "same" when they are what was written for this region
     last time */
  BmStr so;
  bm_str_init(&so, tr->a);
  BmStr *outer = o;
  o = &so;
  for (uint32_t i = 0; i < sr->n; i++) {
    const SSlot *s = &st->slots[sr->first + i];
    const Slot *sl = slot_at(tr, s->slot);
    bm_str_printf(o, "%s{\"id\": \"v%d\"", i ? ", " : "", s->slot + 1);
    if (tr->slot_type_seen[s->slot] != sl->type) {
      tr->slot_type_seen[s->slot] = sl->type;
      bm_str_puts(o, ", \"name\": ");
      put_str(o, sl->name);
      bm_str_puts(o, ", \"type\": ");
      put_str(o, sl->type);
    }
    /* a slot drawn as it was last written: its id alone */
    uint32_t body = o->len;
    bm_str_printf(o, ", \"state\": \"%s\"", drawn_state(tr, st, step, s, last_use));
    if (s->state == ST_OWNED && s->value) {
      bm_str_puts(o, ", \"value\": ");
      put_str(o, s->value);
    }
    if (s->has_fields && s->state == ST_OWNED) {
      bm_str_puts(o, ", \"fields\": [");
      for (uint32_t k = 0; k < s->nfields; k++) {
        const SField *f = &s->fields[k];
        bm_str_puts(o, k ? ", {\"name\": " : "{\"name\": ");
        put_str(o, f->name);
        bm_str_puts(o, ", \"value\": ");
        put_str(o, f->value);
        bm_str_printf(o, ", \"state\": \"%s\"}", state_name(f->state));
      }
      bm_str_puts(o, "]");
    }
    same_as_last(tr, o, body, &tr->slot_body[s->slot]);
    bm_str_puts(o, "}");
  }
  o = outer;
  const char *text = so.len ? so.buf : "";
  const char *was = tr->region_slots[sr->id];
  if (was && !strcmp(was, text)) {
    bm_str_puts(o, ", \"same\": true");
  } else {
    bm_str_printf(o, ", \"slots\": [%s]", text);
    tr->region_slots[sr->id] = text;
  }
  bool first = true;
  for (uint32_t i = ri + 1; i < st->nregions; i++) {
    if (st->regions[i].parent != (int32_t)ri) continue;
    bm_str_puts(o, first ? ", \"children\": [" : ", ");
    first = false;
    put_region(tr, o, st, step, i, last_use);
  }
  bm_str_puts(o, first ? "}" : "]}");
}

char *bm_trace_abstain(BmArena *a, const char *why) {
  BmStr o;
  bm_str_init(&o, a);
  bm_str_puts(&o, "{\"steps\": [], \"error_step\": null, \"truncated\": null, \"unsupported\": ");
  bm_str_json_string(&o, why);
  bm_str_puts(&o, "}");
  return o.buf;
}

char *bm_trace_json(BmTrace *tr) {
  uint32_t n = tr->steps.len;
  /* the last use of each reference: the last step that reads the slot
     holding it while it holds it */
  int32_t *last_use = bm_arena_alloc(tr->a, (tr->nref_ids ? tr->nref_ids : 1) * sizeof *last_use);
  for (uint32_t i = 0; i < tr->nref_ids; i++) last_use[i] = -1;
  for (uint32_t j = 0; j < n; j++) {
    const Step *st = &tr->steps.items[j];
    for (int pass = 0; pass < 2; pass++) {
      const Step *held = pass == 0 ? (j ? &tr->steps.items[j - 1] : NULL) : st;
      for (uint32_t i = 0; held && i < held->nrefs; i++)
        if (was_read(st, held->refs[i].from) && last_use[held->refs[i].id] < (int32_t)j)
          last_use[held->refs[i].id] = (int32_t)j;
    }
  }
  /* a run cut short (at an error, a panic, a limit) does not show what it
     would read later: a loan still held there stays live (at an error,
     rustc says it is used later) */
  bool cut = tr->error_diag >= 0 || tr->full || tr->truncated || (n && tr->steps.items[n - 1].kind == K_STOP);
  if (cut && n) {
    const Step *last = &tr->steps.items[n - 1];
    for (uint32_t i = 0; i < last->nrefs; i++) last_use[last->refs[i].id] = (int32_t)n;
  }
  /* a heap object that is owned again later was only passing between
     owners (a value being returned, moved into a closure): not freed */
  int32_t *owned_until = bm_arena_alloc(tr->a, (tr->nheap_ids ? tr->nheap_ids : 1) * sizeof *owned_until);
  for (uint32_t i = 0; i < tr->nheap_ids; i++) owned_until[i] = -1;
  for (uint32_t j = 0; j < n; j++) {
    const Step *st = &tr->steps.items[j];
    for (uint32_t i = 0; i < st->nheap; i++)
      if (!st->heap[i].freed) owned_until[st->heap[i].id] = (int32_t)j;
  }
  for (uint32_t j = 0; j < n; j++) {
    Step *st = &tr->steps.items[j];
    uint32_t k = 0;
    for (uint32_t i = 0; i < st->nheap; i++)
      if (!st->heap[i].freed || owned_until[st->heap[i].id] < (int32_t)j) st->heap[k++] = st->heap[i];
    st->nheap = k;
  }
  /* an arrow whose loan has ended is not drawn once what it pointed at is
     gone: the program no longer uses it, and rustc accepts that */
  for (uint32_t j = 0; j < n; j++) {
    Step *st = &tr->steps.items[j];
    uint32_t k = 0;
    for (uint32_t i = 0; i < st->nrefs; i++)
      if (!st->refs[i].dangling || ref_live(tr, j, &st->refs[i], last_use)) st->refs[k++] = st->refs[i];
    st->nrefs = k;
  }
  tr->region_seen = bm_arena_alloc(tr->a, tr->regions.len + 1);
  tr->slot_body = bm_arena_alloc(tr->a, (tr->slots.len + 1) * sizeof *tr->slot_body);
  tr->heap_body = bm_arena_alloc(tr->a, (tr->nheap_ids + 1) * sizeof *tr->heap_body);
  tr->ref_body = bm_arena_alloc(tr->a, (tr->nref_ids + 1) * sizeof *tr->ref_body);
  tr->region_slots = bm_arena_alloc(tr->a, (tr->regions.len + 1) * sizeof *tr->region_slots);
  tr->slot_type_seen = bm_arena_alloc(tr->a, (tr->slots.len + 1) * sizeof *tr->slot_type_seen);
  BmStr o, part[3], last[3];
  bm_str_init(&o, tr->a);
  for (int k = 0; k < 3; k++) {
    bm_str_init(&part[k], tr->a);
    bm_str_init(&last[k], tr->a);
  }
  bm_str_puts(&o, "{\"encoding\": \"compact-1\", \"steps\": [");
  int32_t error_step = -1;
  uint32_t written = 0;
  for (uint32_t j = 0; j < n; j++) {
    Step *st = &tr->steps.items[j];
    const Step *prev = j ? &tr->steps.items[j - 1] : NULL;
    Events evs = {0};
    diff(tr, prev, st, j, last_use, &evs);
    const char *printed = NULL;
    uint32_t before = prev ? prev->out_len : 0;
    if (st->out_len > before && tr->stdout_) {
      /* what the step printed, as one line of text */
      BmStr t;
      bm_str_init(&t, tr->a);
      bm_str_puts(&t, "`");
      for (uint32_t k = before; k < st->out_len && t.len < MAX_VALUE; k++) {
        char c = tr->stdout_->buf[k];
        if (c == '\n') {
          if (k + 1 < st->out_len) bm_str_puts(&t, " ");
        } else {
          bm_str_printf(&t, "%c", c);
        }
      }
      bm_str_puts(&t, t.len >= MAX_VALUE ? "…`" : "`");
      printed = t.buf;
    }
    /* the end of a compound statement (an `if`, a `match`, a loop) whose
       inside was drawn step by step, when nothing more happens: not a step */
    bool inner = prev && st->span.start <= prev->span.start && prev->span.end <= st->span.end &&
                 (prev->span.start != st->span.start || prev->span.end != st->span.end);
    if (st->kind == K_STMT && inner && !evs.len && !printed && st->diag < 0) continue;
    /* conflicts: at an error of the conflict family, live references made
       before this step into what this step touches */
    bool conflict = false;
    if (st->diag >= 0) {
      const char *code = tr->sink->diags.items[st->diag].code;
      for (int k = 0; code && conflict_codes[k]; k++) conflict |= !strcmp(code, conflict_codes[k]);
      if (error_step < 0) error_step = (int32_t)written;
    }
    uint32_t line, col, eline, ecol;
    bm_source_position(tr->src, st->span.start, &line, &col);
    bm_source_position(tr->src, st->span.end, &eline, &ecol);
    bm_str_printf(&o, "%s\n  {\"line\": %u, \"col\": %u, \"end_line\": %u, \"end_col\": %u, \"sentence\": ",
                  written ? "," : "", line, col, eline, ecol);
    put_str(&o, sentence(tr, prev, st, &evs, printed));
    bm_str_puts(&o, ",\n   \"events\": [");
    for (uint32_t i = 0; i < evs.len; i++) {
      Event *e = &evs.items[i];
      bm_str_printf(&o, "%s{\"kind\": \"%s\"", i ? ", " : "", e->kind);
      if (e->slot >= 0) bm_str_printf(&o, ", \"slot\": \"v%d\"", e->slot + 1);
      if (e->target >= 0) bm_str_printf(&o, ", \"target\": \"v%d\"", e->target + 1);
      if (e->region >= 0) bm_str_printf(&o, ", \"region\": \"r%d\"", e->region + 1);
      bm_str_puts(&o, "}");
    }
    bm_str_puts(&o, "]");
    /* the stack, the heap and the arrows, each omitted when it is what the
       previous step drew (readers carry it forward) */
    for (int k = 0; k < 3; k++) part[k].len = 0;
    BmStr *pr = &part[0], *ph = &part[1], *pf = &part[2];
    bool first = true;
    for (uint32_t i = 0; i < st->nregions; i++) {
      if (st->regions[i].parent >= 0) continue;
      if (!first) bm_str_puts(pr, ", ");
      first = false;
      put_region(tr, pr, st, j, i, last_use);
    }
    for (uint32_t i = 0; i < st->nheap; i++) {
      const SHeap *h = &st->heap[i];
      bm_str_printf(ph, "%s{\"id\": \"h%d\"", i ? ", " : "", h->id + 1);
      uint32_t body = ph->len;
      bm_str_printf(ph, ", \"kind\": \"%s\", \"owner\": ", h->kind);
      if (h->owner_heap >= 0) bm_str_printf(ph, "\"h%d\"", h->owner_heap + 1);
      else if (h->owner_slot >= 0) bm_str_printf(ph, "\"v%d\"", h->owner_slot + 1);
      else bm_str_puts(ph, "null");
      bm_str_puts(ph, ", \"contents\": ");
      put_str(ph, h->contents);
      bm_str_puts(ph, ", \"items\": ");
      if (h->nitems >= 0) {
        bm_str_puts(ph, "[");
        for (int32_t k = 0; k < h->nitems; k++) {
          if (k) bm_str_puts(ph, ", ");
          put_str(ph, h->items[k]);
        }
        bm_str_puts(ph, "]");
      } else {
        bm_str_puts(ph, "null");
      }
      bm_str_puts(ph, ", \"strong\": ");
      if (h->strong >= 0) {
        bm_str_printf(ph, "%d, \"owners\": [", h->strong);
        for (uint32_t k = 0; !h->freed && k < h->owners.len; k++)
          bm_str_printf(ph, "%s\"v%d\"", k ? ", " : "", h->owners.items[k] + 1);
        bm_str_puts(ph, "]");
      } else {
        bm_str_puts(ph, "null");
      }
      bm_str_printf(ph, ", \"freed\": %s", h->freed ? "true" : "false");
      same_as_last(tr, ph, body, &tr->heap_body[h->id]);
      bm_str_puts(ph, "}");
    }
    for (uint32_t i = 0; i < st->nrefs; i++) {
      const SRef *r = &st->refs[i];
      bool live = ref_live(tr, j, r, last_use);
      const char *status = r->dangling ? "dangling" : "ok";
      if (conflict && live && !r->dangling && prev && find_ref(prev, r->id)) {
        /* made before: in conflict with what this step does to its target */
        for (uint32_t k = 0; k < evs.len; k++) {
          const Event *e = &evs.items[k];
          int32_t touched = !strncmp(e->kind, "borrow", 6) ? e->target : e->slot;
          int32_t target = r->to_kind == 'v' ? r->to : -1;
          if (r->to_kind == 'h') {
            const SHeap *h = find_heap(st, r->to);
            while (h && h->owner_heap >= 0) h = find_heap(st, h->owner_heap);
            if (h) target = h->owner_slot;
          }
          if (touched >= 0 && touched == target && e->slot != r->from) status = "conflict";
        }
      }
      bm_str_printf(pf, "%s{\"id\": \"l%d\"", i ? ", " : "", r->id + 1);
      uint32_t body = pf->len;
      bm_str_printf(pf, ", \"from\": \"v%d\", \"to\": \"%c%d\", \"to_field\": ", r->from + 1, r->to_kind, r->to + 1);
      put_str(pf, r->field);
      bm_str_printf(pf, ", \"kind\": \"%s\", \"live\": %s, \"status\": \"%s\"", r->mut ? "mut" : "shared",
                    live ? "true" : "false", status);
      same_as_last(tr, pf, body, &tr->ref_body[r->id]);
      bm_str_puts(pf, "}");
    }
    static const char *const keys[] = {"regions", "heap", "refs"};
    for (int k = 0; k < 3; k++) {
      if (written && part[k].len == last[k].len && (!part[k].len || !memcmp(part[k].buf, last[k].buf, part[k].len))) continue;
      bm_str_printf(&o, ",\n   \"%s\": [", keys[k]);
      bm_str_puts(&o, part[k].len ? part[k].buf : "");
      bm_str_puts(&o, "]");
      last[k].len = 0;
      bm_str_puts(&last[k], part[k].len ? part[k].buf : "");
    }
    bm_str_printf(&o, ",\n   \"stdout_len\": %u", st->out_len);
    if (st->diag >= 0) bm_str_printf(&o, ", \"diagnostic\": %d", st->diag);
    bm_str_puts(&o, "}");
    written++;
    if (o.len > MAX_JSON && j + 1 < n) {
      /* the rest is not drawn: say so */
      tr->truncated = bm_arena_printf(tr->a, "the diagram shows the first %u steps of the run (its data is limited "
                                      "to %u KiB)", written, (unsigned)(MAX_JSON / 1024));
      break;
    }
  }
  bm_str_puts(&o, "\n], \"error_step\": ");
  if (error_step >= 0) bm_str_printf(&o, "%d", error_step);
  else bm_str_puts(&o, "null");
  bm_str_puts(&o, ", \"truncated\": ");
  put_str(&o, tr->truncated);
  bm_str_puts(&o, ", \"unsupported\": null}");
  return o.buf;
}
