/*
 * timeline.c: the data of the step-by-step diagram (core/docs/timeline.md).
 *
 * Computes, for the program's entry fn (`main`, else the snippet's first
 * free fn with its parameters unknown), one step per statement: the stack
 * as nested regions (frames and blocks, each with a lifetime label), the
 * slots of each region with their state and simple values, the heap objects
 * they own, the references between them and the events of the step.
 *
 * How: a small abstract interpreter over the syntax tree, in source order.
 *   - values: integer / bool / char / string literals and simple integer
 *     arithmetic; heap objects for String, Vec, Box and Rc constructors;
 *     anything else is an unknown value (type "?" when the checker's IR does
 *     not know it either), never an invented one.
 *   - control flow: `if` follows the branch whose condition it can evaluate,
 *     else the first one; `match` and `if let` follow the first arm; a loop
 *     runs concretely while its condition is known, up to LOOP_CAP times (a
 *     longer known loop abstains); a loop whose count is unknown runs its
 *     body once.
 *   - calls to fns of the snippet push a frame (a child region of the
 *     caller's innermost region), bind the parameters and run the body.
 * It reads the checker's IR (lower.c) for two facts only: the type of each
 * binding (BmLocal, by its span) and whether a by-value use moves or copies
 * (ACCESS nodes, by span). Loans' liveness is computed like NLL's, by a
 * first run that records each slot's last use; the second run builds the
 * JSON. Each reference is an edge; an edge copied or reborrowed from another
 * keeps its parent's loan alive. The diagnostics (already sorted) are placed
 * at the first step whose span holds their point.
 * Abstains (timeline.unsupported) rather than guess: no fn to run, more than
 * MAX_STEPS steps or MAX_JSON bytes, call depth over MAX_CALL_DEPTH or more
 * than MAX_FRAMES frames, a known loop over LOOP_CAP iterations, nesting
 * deeper than MAX_EXPR_DEPTH or than the depth guard allows, or the work
 * budget spent (limits.c). Every recursion goes through enter/leave, which
 * check both.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

enum {
  MAX_STEPS = 500,
  MAX_JSON = 1024 * 1024,
  MAX_CALL_DEPTH = 8,
  MAX_FRAMES = 50,
  LOOP_CAP = 10,
  MAX_EXPR_DEPTH = 150,
  MAX_KIDS = 4096,
};

enum { ST_UNINIT, ST_OWNED, ST_MOVED, ST_DROPPED };
enum { REF_OK, REF_CONFLICT, REF_DANGLING };
enum { CTL_NONE, CTL_BREAK, CTL_CONTINUE, CTL_RETURN };
enum { CX_READ, CX_VALUE };

typedef struct {
  const char *name;
  const char *value;
  uint8_t state;
} TField;

typedef BmArray(TField) TFields;
typedef BmArray(int32_t) Ints;

typedef struct {
  const char *name, *type, *value;
  bool has_int;
  int64_t ival;
  uint8_t state;
  bool alive;
  bool ref_param;          /* a callee's parameter holding a reference */
  int32_t region;
  TFields *fields;
} Slot;

typedef struct {
  bool frame;
  const char *name, *lifetime;
  uint32_t line, end_line;
  int32_t parent;
  bool alive;
  Ints slots, children;
} Region;

typedef struct {
  const char *kind;        /* String Vec Box Rc */
  int32_t owner_slot, owner_heap;
  char *contents;          /* without quotes; NULL when unknown */
  bool quoted;             /* contents is text: print it as a string */
  bool has_items;
  BmArray(const char *) items;
  int32_t strong;
  Ints owners;             /* Rc: every owning slot */
  bool freed;
} Heap;

typedef struct {
  int32_t from, to_slot, to_heap, to_region;
  const char *field;
  bool mut;
  bool present, ended;
  uint8_t status;
  int32_t parent;
  uint32_t born;
} Edge;

typedef struct {
  const char *kind;
  int32_t slot, target, region;
} Event;

/* A value while an expression is evaluated. */
typedef struct {
  bool known;
  const char *lit;         /* display text of a literal or Copy value */
  bool has_int;
  int64_t ival;
  int32_t heap;            /* a heap object the value owns, or -1 */
  /* a reference: to a slot (and field), a heap object, or a region */
  bool is_ref, mut;
  int32_t to_slot, to_heap;
  const char *field;
  int32_t parent;          /* the edge it is copied or reborrowed from */
  TFields *fields;         /* a struct literal's fields */
  int32_t ev;              /* the event that produced it (move, copy, borrow) */
  int32_t from_slot;       /* a by-value use of this slot */
} Val;

typedef struct {
  int32_t region;          /* a region popped with the scope, or -1 */
  Ints slots;
} Scope;

typedef struct {
  int32_t region;
  uint32_t scope_base;
  const char *name;
} Frame;

typedef struct { uint32_t start, end; int acc; } AccIx;
typedef struct { uint32_t start; const BmType *type; } LocIx;

typedef struct {
  BmArena *a;
  BmProgram *prog;
  const char *text;
  const BmSource *src;
  const BmDiagSink *sink;
  BmArray(AccIx) acc;
  BmArray(LocIx) locs;
  int pass;                /* 1: record uses, 2: build the JSON */
  int32_t *last_use;       /* by slot, from pass 1 */
  uint32_t nlast_use;
  int32_t *edge_end;       /* by edge, from pass 1 */
  uint32_t nedge_end;
  BmArray(Slot) slots;
  BmArray(Region) regions;
  BmArray(Heap) heaps;
  BmArray(Edge) edges;
  BmArray(Event) events;
  Ints touched;
  BmArray(Scope) scopes;
  BmArray(Frame) frames;
  uint32_t nframes_total;
  int ctl;
  Val ret;
  uint32_t nsteps;
  int depth;
  uint32_t nlifetimes;
  const char **used_lifetimes; /* the snippet's own lifetimes and labels: a */
  uint32_t used_cap, nused;    /* hash set (open addressing), cap a power of 2 */
  bool *placed;            /* diagnostics placed at a step */
  int32_t error_step;
  BmStr out;
  jmp_buf abort;
  const char *reason;
  BmFnSig *entry;
  int32_t declared;        /* `let x;` of this step: declared, no value */
  const char *by;          /* the macro whose arguments are borrowed */
  BmLimits *lim;           /* the analysis' depth guard and work budget */
} T;

static Val eval(T *t, TSNode n, int cx);
static Val exec_block(T *t, TSNode block, bool region, const char *label);

/* ------------------------------------------------------------ helpers */

static bool is(TSNode n, const char *k) { return !ts_node_is_null(n) && bm_node_is(n, k); }
static TSNode field(TSNode n, const char *f) {
  return bm_field_name(n, f, (uint32_t)strlen(f));
}
static char *text_of(T *t, TSNode n) { return bm_node_text(t->a, t->text, n); }

static void give_up(T *t, const char *why) {
  t->reason = why;
  longjmp(t->abort, 1);
}

/* Every recursive step of the interpreter: a level of the depth guard
 * (and of MAX_EXPR_DEPTH) and a unit of work; past either, it abstains.
 * build() restores the guard's depth after an abstention's longjmp. */
static void enter(T *t) {
  if (t->depth >= MAX_EXPR_DEPTH || !bm_deeper(t->lim)) give_up(t, BM_TOO_DEEP);
  t->depth++;
  if (!bm_spend(t->lim, 1)) give_up(t, "the program is too large to draw in full");
}

static void leave(T *t) {
  t->depth--;
  bm_shallower(t->lim);
}

/* The named children of a node; a node with more than MAX_KIDS (a pasted
 * table of data) is more than a diagram can show: abstain. */
static BmNodes kids(T *t, TSNode n) {
  if (ts_node_named_child_count(n) > MAX_KIDS) give_up(t, "the program is too large to draw in full");
  return bm_kids(t->a, n);
}
static BmNodes all_kids(T *t, TSNode n) { return bm_kids_all(t->a, n); }
static TSNode last_named(TSNode n) {
  uint32_t c = ts_node_named_child_count(n);
  return c ? ts_node_named_child(n, c - 1) : (TSNode){0};
}

static Val unknown(void) {
  Val v;
  memset(&v, 0, sizeof v);
  v.heap = v.to_slot = v.to_heap = v.parent = v.ev = v.from_slot = -1;
  return v;
}

static Val lit(const char *s) {
  Val v = unknown();
  v.known = true;
  v.lit = s;
  return v;
}

static Val int_val(T *t, int64_t i) {
  Val v = lit(bm_arena_printf(t->a, "%" PRId64, i));
  v.has_int = true;
  v.ival = i;
  return v;
}

static int acc_cmp(const void *x, const void *y) {
  const AccIx *a = x, *b = y;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end < b->end ? -1 : 1;
  return 0;
}

static int loc_cmp(const void *x, const void *y) {
  const LocIx *a = x, *b = y;
  return a->start < b->start ? -1 : a->start > b->start;
}

/* Index the IR: by-value accesses and binding types, by span. */
static void index_ir(T *t, BmFn **fns, uint32_t nfns) {
  for (uint32_t f = 0; f < nfns; f++) {
    BmFn *fn = fns[f];
    for (uint32_t i = 0; i < fn->nodes.len; i++) {
      BmNode *n = &fn->nodes.items[i];
      if (n->kind != BM_N_ACCESS || !n->place) continue;
      if (n->access != BM_AC_MOVE && n->access != BM_AC_READ) continue;
      AccIx x = {n->start, n->end, n->access};
      bm_array_push(t->a, &t->acc, x);
    }
    for (uint32_t i = 0; i < fn->locals.len; i++) {
      BmLocal *l = &fn->locals.items[i];
      if (l->is_temp || !l->name) continue;
      LocIx x = {l->start, l->type};
      bm_array_push(t->a, &t->locs, x);
    }
  }
  if (t->acc.len) qsort(t->acc.items, t->acc.len, sizeof *t->acc.items, acc_cmp);
  if (t->locs.len) qsort(t->locs.items, t->locs.len, sizeof *t->locs.items, loc_cmp);
}

/* 1 moves, 0 copies, -1 unknown: what the checker decided at this span. */
static int access_moves(T *t, uint32_t start, uint32_t end) {
  uint32_t lo = 0, hi = t->acc.len;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    AccIx *x = &t->acc.items[mid];
    if (x->start < start || (x->start == start && x->end < end)) lo = mid + 1;
    else hi = mid;
  }
  int r = -1;
  for (uint32_t i = lo; i < t->acc.len && t->acc.items[i].start == start &&
                        t->acc.items[i].end == end; i++)
    r = t->acc.items[i].acc == BM_AC_MOVE ? 1 : (r == 1 ? 1 : 0);
  return r;
}

static const char *binding_type(T *t, TSNode id) {
  uint32_t start = ts_node_start_byte(id);
  uint32_t lo = 0, hi = t->locs.len;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (t->locs.items[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  if (lo < t->locs.len && t->locs.items[lo].start == start) {
    const BmType *ty = t->locs.items[lo].type;
    if (ty && ty->kind != BM_TY_UNKNOWN) return bm_type_str(t->a, ty);
  }
  return "?";
}

/* ------------------------------------------------------------ state */

static Slot *slot_at(T *t, int32_t i) { return bm_array_get(&t->slots, (uint32_t)i); }
static Heap *heap_at(T *t, int32_t i) { return bm_array_get(&t->heaps, (uint32_t)i); }
static Region *region_at(T *t, int32_t i) { return bm_array_get(&t->regions, (uint32_t)i); }
static Edge *edge_at(T *t, int32_t i) { return bm_array_get(&t->edges, (uint32_t)i); }

static int32_t add_event(T *t, const char *kind, int32_t slot, int32_t target, int32_t region) {
  Event e = {kind, slot, target, region};
  bm_array_push(t->a, &t->events, e);
  return (int32_t)t->events.len - 1;
}

/* A use of a slot: its loans stay live until the step of its last use. */
static void use_slot(T *t, int32_t s) {
  if (s < 0) return;
  if (t->pass == 1) {
    if ((uint32_t)s >= t->nlast_use) {
      uint32_t n = t->nlast_use ? t->nlast_use * 2 : 64;
      while (n <= (uint32_t)s) n *= 2;
      t->last_use = bm_arena_realloc(t->a, t->last_use, t->nlast_use * sizeof(int32_t),
                                     n * sizeof(int32_t));
      for (uint32_t i = t->nlast_use; i < n; i++) t->last_use[i] = -1;
      t->nlast_use = n;
    }
    t->last_use[s] = (int32_t)t->nsteps;
  }
  bm_array_push(t->a, &t->touched, s);
}

static int32_t edge_end(T *t, int32_t e) {
  return (uint32_t)e < t->nedge_end ? t->edge_end[e] : -1;
}

/* Is the loan of this edge still needed after the step being built? */
static bool edge_live(T *t, int32_t e) { return edge_end(t, e) > (int32_t)t->nsteps; }

static int32_t innermost_region(T *t) {
  for (uint32_t i = t->scopes.len; i-- > 0;)
    if (t->scopes.items[i].region >= 0) return t->scopes.items[i].region;
  return -1;
}

static uint32_t name_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static bool lifetime_used(T *t, const char *name) {
  if (!t->used_cap) return false;
  for (uint32_t h = name_hash(name) & (t->used_cap - 1);; h = (h + 1) & (t->used_cap - 1)) {
    if (!t->used_lifetimes[h]) return false;
    if (strcmp(t->used_lifetimes[h], name) == 0) return true;
  }
}

static void lifetime_add(T *t, const char *name) {
  if (lifetime_used(t, name)) return;
  if (2 * (t->nused + 1) > t->used_cap) {
    uint32_t cap = t->used_cap ? t->used_cap * 2 : 64;
    const char **old = t->used_lifetimes;
    uint32_t old_cap = t->used_cap;
    t->used_lifetimes = bm_arena_alloc(t->a, cap * sizeof(char *));
    t->used_cap = cap;
    t->nused = 0;
    for (uint32_t i = 0; i < old_cap; i++)
      if (old[i]) lifetime_add(t, old[i]);
  }
  for (uint32_t h = name_hash(name) & (t->used_cap - 1);; h = (h + 1) & (t->used_cap - 1))
    if (!t->used_lifetimes[h]) {
      t->used_lifetimes[h] = name;
      t->nused++;
      return;
    }
}

static const char *next_lifetime(T *t) {
  for (;;) {
    uint32_t k = t->nlifetimes++;
    const char *name = k < 26 ? bm_arena_printf(t->a, "'%c", 'a' + (int)k)
                              : bm_arena_printf(t->a, "'r%u", k + 1);
    if (!lifetime_used(t, name)) return name;
  }
}

static int32_t region_new(T *t, bool frame, const char *name, TSNode at, const char *label) {
  if (t->regions.len > 4 * MAX_STEPS) give_up(t, "too many regions");
  Region r;
  memset(&r, 0, sizeof r);
  r.frame = frame;
  r.name = name;
  r.lifetime = label ? label : next_lifetime(t);
  r.line = ts_node_start_point(at).row + 1;
  r.end_line = ts_node_end_point(at).row + 1;
  r.parent = innermost_region(t);
  r.alive = true;
  bm_array_push(t->a, &t->regions, r);
  int32_t id = (int32_t)t->regions.len - 1;
  if (r.parent >= 0) bm_array_push(t->a, &region_at(t, r.parent)->children, id);
  return id;
}

static int32_t slot_new(T *t, const char *name, const char *type) {
  if (t->slots.len > 20 * MAX_STEPS) give_up(t, "too many slots");
  Slot s;
  memset(&s, 0, sizeof s);
  s.name = name;
  s.type = type;
  s.state = ST_UNINIT;
  s.alive = true;
  s.region = innermost_region(t);
  bm_array_push(t->a, &t->slots, s);
  int32_t id = (int32_t)t->slots.len - 1;
  if (s.region >= 0) bm_array_push(t->a, &region_at(t, s.region)->slots, id);
  if (t->scopes.len) bm_array_push(t->a, &bm_array_last(&t->scopes)->slots, id);
  return id;
}

static int32_t heap_new(T *t, const char *kind) {
  if (t->heaps.len > 20 * MAX_STEPS) give_up(t, "too many heap objects");
  Heap h;
  memset(&h, 0, sizeof h);
  h.kind = kind;
  h.owner_slot = h.owner_heap = -1;
  bm_array_push(t->a, &t->heaps, h);
  return (int32_t)t->heaps.len - 1;
}

static int32_t edge_new(T *t, int32_t from, const Val *v) {
  Edge e;
  memset(&e, 0, sizeof e);
  e.from = from;
  e.to_slot = v->to_slot;
  e.to_heap = v->to_heap;
  e.to_region = -1;
  e.field = v->field;
  e.mut = v->mut;
  e.present = true;
  e.parent = v->parent;
  e.born = t->nsteps;
  bool dead = (e.to_slot >= 0 && !slot_at(t, e.to_slot)->alive) ||
              (e.to_heap >= 0 && heap_at(t, e.to_heap)->freed);
  if (dead) e.status = REF_DANGLING;
  bm_array_push(t->a, &t->edges, e);
  return (int32_t)t->edges.len - 1;
}

/* The edge a slot holds (its reference), or -1. */
static int32_t slot_edge(T *t, int32_t s) {
  for (uint32_t i = t->edges.len; i-- > 0;)
    if (t->edges.items[i].present && t->edges.items[i].from == s) return (int32_t)i;
  return -1;
}

/* The heap object a slot owns directly, or -1. */
static int32_t slot_heap(T *t, int32_t s) {
  for (uint32_t i = t->heaps.len; i-- > 0;) {
    Heap *h = &t->heaps.items[i];
    if (h->freed) continue;
    if (h->owner_slot == s) return (int32_t)i;
    for (uint32_t k = 0; k < h->owners.len; k++)
      if (h->owners.items[k] == s) return (int32_t)i;
  }
  return -1;
}

/* Free a heap object and, transitively, what it owns (a worklist, not a
 * recursion: a Box of a Box of ... can be long). */
static void heap_free(T *t, int32_t first) {
  Ints work = {0};
  bm_array_push(t->a, &work, first);
  while (work.len) {
    int32_t h = work.items[--work.len];
    Heap *hp = heap_at(t, h);
    if (hp->freed) continue;
    hp->freed = true;
    hp->owner_slot = -1;
    /* references into it now point at freed memory */
    for (uint32_t i = 0; i < t->edges.len; i++) {
      Edge *e = &t->edges.items[i];
      if (!e->present || e->to_heap != h) continue;
      if (edge_live(t, (int32_t)i) || t->pass == 1) e->status = REF_DANGLING;
      else e->present = false;
    }
    for (uint32_t i = t->heaps.len; i-- > 0;)
      if (t->heaps.items[i].owner_heap == h && !t->heaps.items[i].freed) bm_array_push(t->a, &work, (int32_t)i);
  }
}

/* A slot lets go of what it owns (drop, or overwritten by an assignment). */
static void slot_release(T *t, int32_t s) {
  for (uint32_t i = 0; i < t->heaps.len; i++) {
    Heap *h = &t->heaps.items[i];
    if (h->freed) continue;
    if (strcmp(h->kind, "Rc") == 0) {
      for (uint32_t k = 0; k < h->owners.len; k++) {
        if (h->owners.items[k] != s) continue;
        memmove(&h->owners.items[k], &h->owners.items[k + 1],
                (h->owners.len - k - 1) * sizeof(int32_t));
        h->owners.len--;
        h->strong--;
        h->owner_slot = h->owners.len ? h->owners.items[0] : -1;
        if (h->strong <= 0) {
          h->strong = 0;
          heap_free(t, (int32_t)i);
        }
        break;
      }
    } else if (h->owner_slot == s) {
      heap_free(t, (int32_t)i);
    }
  }
  for (uint32_t i = 0; i < t->edges.len; i++) {
    Edge *e = &t->edges.items[i];
    if (e->from != s || !e->present) continue;
    e->present = false;
    if (t->pass == 2 && !e->ended) {
      e->ended = true;
      add_event(t, "loan-end", s, -1, -1);
    }
  }
}

/* Mark references into a slot that goes away: dangling if still needed. */
static void slot_gone(T *t, int32_t s) {
  for (uint32_t i = 0; i < t->edges.len; i++) {
    Edge *e = &t->edges.items[i];
    if (!e->present || e->to_slot != s) continue;
    if (t->pass == 1 || edge_live(t, (int32_t)i)) e->status = REF_DANGLING;
    else e->present = false;
  }
}

static void slot_drop(T *t, int32_t s) {
  Slot *sl = slot_at(t, s);
  if (!sl->alive) return;
  if (sl->state == ST_OWNED) add_event(t, "drop", s, -1, -1);
  slot_release(t, s);
  sl->state = ST_DROPPED;
  sl->alive = false;
  slot_gone(t, s);
}

/* Give a value to a slot: ownership of its heap, its reference, its value. */
static void slot_take(T *t, int32_t s, Val *v) {
  Slot *sl = slot_at(t, s);
  sl->value = v->known ? v->lit : NULL;
  sl->has_int = v->has_int;
  sl->ival = v->ival;
  sl->fields = v->fields;
  sl->state = ST_OWNED;
  if (v->heap >= 0) {
    Heap *h = heap_at(t, v->heap);
    if (strcmp(h->kind, "Rc") == 0) {
      bm_array_push(t->a, &h->owners, s);
      if (h->owner_slot < 0) h->owner_slot = s;
    } else {
      h->owner_slot = s;
      h->owner_heap = -1;
    }
  }
  if (v->is_ref) {
    edge_new(t, s, v);
    /* `let r;` typed by what it is given */
    if (strcmp(sl->type, "?") == 0 && v->to_slot >= 0 && !v->field && strcmp(slot_at(t, v->to_slot)->type, "?") != 0)
      sl->type = bm_arena_printf(t->a, "&%s%s", v->mut ? "mut " : "", slot_at(t, v->to_slot)->type);
  }
}

/* The events of a value's evaluation name the slot it ends in. */
static void fix_event(T *t, Val *v, int32_t s) {
  if (v->ev < 0 || (uint32_t)v->ev >= t->events.len) {
    add_event(t, "init", s, -1, -1);
    return;
  }
  Event *e = &t->events.items[v->ev];
  if (strcmp(e->kind, "move") == 0 || strcmp(e->kind, "copy") == 0) {
    e->target = s;
  } else {
    e->target = e->slot;
    e->slot = s;
  }
}

static void bind_value(T *t, int32_t s, Val *v) {
  fix_event(t, v, s);
  slot_take(t, s, v);
}

/* ------------------------------------------------------------ names */

static int32_t lookup(T *t, const char *name) {
  uint32_t base = t->frames.len ? bm_array_last(&t->frames)->scope_base : 0;
  for (uint32_t i = t->scopes.len; i-- > base;) {
    Scope *sc = &t->scopes.items[i];
    for (uint32_t k = sc->slots.len; k-- > 0;) {
      int32_t s = sc->slots.items[k];
      if (strcmp(slot_at(t, s)->name, name) == 0) return s;
    }
  }
  return -1;
}

/* ------------------------------------------------------------ steps */

static void span_lc(T *t, uint32_t byte, uint32_t *line, uint32_t *col) {
  bm_source_position(t->src, byte, line, col);
}

static bool lc_le(uint32_t l1, uint32_t c1, uint32_t l2, uint32_t c2) {
  return l1 < l2 || (l1 == l2 && c1 <= c2);
}

static const char *slot_name(T *t, int32_t s) {
  return s >= 0 ? bm_arena_printf(t->a, "`%s`", slot_at(t, s)->name) : "a value";
}

static const char *heap_words(T *t, int32_t h) {
  Heap *hp = heap_at(t, h);
  if (strcmp(hp->kind, "String") == 0)
    return hp->contents ? bm_arena_printf(t->a, "a String on the heap that holds \"%s\"", hp->contents)
                        : "a String on the heap";
  if (strcmp(hp->kind, "Vec") == 0) {
    if (!hp->has_items) return "a buffer on the heap";
    if (!hp->items.len) return "an empty buffer on the heap";
    BmStr s;
    bm_str_init(&s, t->a);
    for (uint32_t i = 0; i < hp->items.len; i++) {
      if (i) bm_str_puts(&s, ", ");
      bm_str_puts(&s, hp->items.items[i]);
    }
    return bm_arena_printf(t->a, "a buffer on the heap holding %s", s.buf);
  }
  if (strcmp(hp->kind, "Rc") == 0)
    return bm_arena_printf(t->a, "a reference-counted value on the heap (strong count %d)", hp->strong);
  return bm_arena_printf(t->a, "a %s on the heap", hp->kind);
}

/* One plain sentence for the step, from its first telling events. */
static const char *sentence(T *t, int diag) {
  const char *s = NULL;
  BmArray(const char *) drops = {0};
  int32_t popped = -1;
  const char *loan_end = NULL;
  for (uint32_t i = 0; i < t->events.len; i++) {
    Event *e = &t->events.items[i];
    const char *k = e->kind;
    if (strcmp(k, "drop") == 0) {
      bm_array_push(t->a, &drops, slot_name(t, e->slot));
      continue;
    }
    if (strcmp(k, "pop") == 0) {
      popped = e->region;
      continue;
    }
    if (strcmp(k, "loan-end") == 0) {
      if (!loan_end) loan_end = bm_arena_printf(t->a, "this is the last use of %s, so its borrow ends",
                                                slot_name(t, e->slot));
      continue;
    }
    if (s) continue;
    if (strcmp(k, "push") == 0) {
      Region *r = region_at(t, e->region);
      if (r->frame && r->parent < 0)
        s = bm_arena_printf(t->a, "`%s` starts: its frame, region %s, is pushed onto the stack",
                            r->name, r->lifetime);
      else if (r->frame) {
        int32_t c = r->parent;
        while (c >= 0 && !region_at(t, c)->frame) c = region_at(t, c)->parent;
        s = bm_arena_printf(t->a, "`%s` calls `%s`: a new frame, region %s, is pushed onto the stack",
                            c >= 0 ? region_at(t, c)->name : "?", r->name, r->lifetime);
        for (uint32_t j = i + 1; j < t->events.len; j++) {
          Event *b = &t->events.items[j];
          if (b->target < 0 || b->slot < 0) continue;
          bool bor = strncmp(b->kind, "borrow", 6) == 0 || strcmp(b->kind, "reborrow") == 0;
          if (bor)
            s = bm_arena_printf(t->a, "%s, and its parameter %s borrows %s%s", s, slot_name(t, b->slot),
                                slot_name(t, b->target), strcmp(b->kind, "borrow-mut") == 0 ? " mutably" : "");
          else if (strcmp(b->kind, "move") == 0)
            s = bm_arena_printf(t->a, "%s, and %s moves into its parameter %s", s, slot_name(t, b->slot),
                                slot_name(t, b->target));
          else if (strcmp(b->kind, "copy") == 0)
            s = bm_arena_printf(t->a, "%s, and %s is copied into its parameter %s", s, slot_name(t, b->slot),
                                slot_name(t, b->target));
          break;
        }
      }
      else
        s = bm_arena_printf(t->a, "A block starts: region %s is pushed inside %s", r->lifetime,
                            r->parent >= 0 ? region_at(t, r->parent)->lifetime : "the stack");
    } else if (strcmp(k, "init") == 0) {
      Slot *sl = slot_at(t, e->slot);
      int32_t h = slot_heap(t, e->slot);
      if (h >= 0 && strcmp(heap_at(t, h)->kind, "Rc") == 0 && heap_at(t, h)->strong > 1)
        s = bm_arena_printf(t->a, "%s becomes one more owner of the same reference-counted value: no data is "
                            "copied, and the strong count goes to %d", slot_name(t, e->slot), heap_at(t, h)->strong);
      else if (h >= 0)
        s = bm_arena_printf(t->a, "%s is initialised: it owns %s", slot_name(t, e->slot), heap_words(t, h));
      else if (sl->value)
        s = bm_arena_printf(t->a, "%s is initialised to %s", slot_name(t, e->slot), sl->value);
      else
        s = bm_arena_printf(t->a, "%s is initialised", slot_name(t, e->slot));
    } else if (strcmp(k, "move") == 0) {
      s = e->target >= 0
              ? bm_arena_printf(t->a, "%s moves into %s; %s can no longer be used", slot_name(t, e->slot),
                                slot_name(t, e->target), slot_name(t, e->slot))
              : bm_arena_printf(t->a, "%s is moved away; it can no longer be used", slot_name(t, e->slot));
    } else if (strcmp(k, "copy") == 0) {
      s = e->target >= 0 ? bm_arena_printf(t->a, "%s is copied into %s; both stay usable",
                                           slot_name(t, e->slot), slot_name(t, e->target))
                         : bm_arena_printf(t->a, "%s is copied; it stays usable", slot_name(t, e->slot));
    } else if (strcmp(k, "borrow") == 0 || strcmp(k, "borrow-mut") == 0 ||
               strcmp(k, "reborrow") == 0) {
      bool mut = strcmp(k, "borrow-mut") == 0;
      if (e->target >= 0) {
        Slot *to = slot_at(t, e->target);
        const char *lt = to->region >= 0 ? region_at(t, to->region)->lifetime : "?";
        s = bm_arena_printf(t->a, "%s borrows %s%s: the reference points into region %s, so it is only "
                            "valid while %s is on the stack",
                            slot_name(t, e->slot), slot_name(t, e->target), mut ? " mutably" : "", lt, lt);
      } else {
        s = t->by ? bm_arena_printf(t->a, "`%s!` borrows %s to read it", t->by, slot_name(t, e->slot))
                  : bm_arena_printf(t->a, "%s is borrowed%s", slot_name(t, e->slot), mut ? " mutably" : " to be read");
      }
    } else if (strcmp(k, "assign") == 0) {
      Slot *sl = slot_at(t, e->slot);
      int32_t h = slot_heap(t, e->slot);
      if (h >= 0 && (heap_at(t, h)->contents || heap_at(t, h)->has_items))
        s = bm_arena_printf(t->a, "%s changes what it owns: it now owns %s", slot_name(t, e->slot), heap_words(t, h));
      else
      s = sl->value ? bm_arena_printf(t->a, "%s is assigned %s", slot_name(t, e->slot), sl->value)
                    : bm_arena_printf(t->a, "%s is assigned a new value", slot_name(t, e->slot));
    }
  }
  if (popped >= 0) {
    Region *r = region_at(t, popped);
    BmStr d;
    bm_str_init(&d, t->a);
    for (uint32_t i = 0; i < drops.len; i++) {
      if (i) bm_str_puts(&d, i + 1 == drops.len ? " and " : ", ");
      bm_str_puts(&d, drops.items[i]);
    }
    const char *who = r->frame ? bm_arena_printf(t->a, "`%s` %s", r->name, r->parent < 0 ? "ends" : "returns")
                               : "The block ends";
    s = drops.len ? bm_arena_printf(t->a, "%s: %s %s dropped and region %s pops", who, d.buf,
                                    drops.len > 1 ? "are" : "is", r->lifetime)
                  : bm_arena_printf(t->a, "%s: region %s pops", who, r->lifetime);
    for (uint32_t i = 0; i < t->edges.len; i++) {
      Edge *e = &t->edges.items[i];
      if (e->present && e->status == REF_DANGLING && edge_live(t, (int32_t)i)) {
        s = bm_arena_printf(t->a, "%s, but %s still points into it", s, slot_name(t, e->from));
        break;
      }
    }
  } else if (!s && drops.len) {
    s = bm_arena_printf(t->a, "%s is dropped", drops.items[0]);
  }
  if (!s && loan_end) {
    s = bm_arena_printf(t->a, "T%s", loan_end + 1);
    loan_end = NULL;
  }
  if (!s && t->declared >= 0)
    s = bm_arena_printf(t->a, "%s is declared in region %s but holds nothing yet", slot_name(t, t->declared),
                        region_at(t, slot_at(t, t->declared)->region)->lifetime);
  if (!s) s = "This statement runs; nothing on the stack changes";
  if (loan_end) s = bm_arena_printf(t->a, "%s; %s", s, loan_end);
  if (diag >= 0) {
    const BmDiagnostic *d = &t->sink->diags.items[diag];
    s = bm_arena_printf(t->a, "%s; rustc reports an error here: %s%s%s%s", s, d->message,
                        d->code ? " (" : "", d->code ? d->code : "", d->code ? ")" : "");
  }
  return bm_arena_printf(t->a, "%s.", s);
}

static void put_id(BmStr *o, char prefix, int32_t i) {
  if (i < 0) bm_str_puts(o, "null");
  else bm_str_printf(o, "\"%c%d\"", prefix, i + 1);
}

static void put_str(BmStr *o, const char *s) {
  if (s) bm_str_json_string(o, s);
  else bm_str_puts(o, "null");
}

static const char *state_name(uint8_t st) {
  switch (st) {
  case ST_UNINIT: return "uninit";
  case ST_MOVED: return "moved";
  case ST_DROPPED: return "dropped";
  default: return "owned";
  }
}

/* The state drawn: owned, or borrowed while a live reference points at it. */
static const char *slot_state(T *t, int32_t s) {
  Slot *sl = slot_at(t, s);
  if (sl->state != ST_OWNED) return state_name(sl->state);
  const char *st = "owned";
  for (uint32_t i = 0; i < t->edges.len; i++) {
    Edge *e = &t->edges.items[i];
    if (!e->present || !edge_live(t, (int32_t)i)) continue;
    int32_t target = e->to_slot;
    if (target < 0 && e->to_heap >= 0) {
      Heap *h = heap_at(t, e->to_heap);
      target = h->owner_slot;
    }
    if (target != s) continue;
    if (e->mut) return "borrowed-mut";
    st = "borrowed";
  }
  return st;
}

static void put_region(T *t, BmStr *o, int32_t ri) {
  Region *r = region_at(t, ri);
  bm_str_printf(o, "{\"id\": \"r%d\", \"kind\": \"%s\", \"name\": ", ri + 1, r->frame ? "frame" : "block");
  put_str(o, r->name);
  bm_str_puts(o, ", \"lifetime\": ");
  put_str(o, r->lifetime);
  bm_str_printf(o, ", \"line\": %u, \"end_line\": %u, \"slots\": [", r->line, r->end_line);
  bool first = true;
  for (uint32_t i = 0; i < r->slots.len; i++) {
    int32_t s = r->slots.items[i];
    Slot *sl = slot_at(t, s);
    if (!sl->alive) continue;
    bm_str_printf(o, "%s{\"id\": \"v%d\", \"name\": ", first ? "" : ", ", s + 1);
    first = false;
    put_str(o, sl->name);
    bm_str_puts(o, ", \"type\": ");
    put_str(o, sl->type);
    bm_str_printf(o, ", \"state\": \"%s\", \"value\": ", slot_state(t, s));
    put_str(o, sl->state == ST_OWNED ? sl->value : NULL);
    bm_str_puts(o, ", \"fields\": ");
    if (!sl->fields || sl->state == ST_UNINIT) {
      bm_str_puts(o, "null");
    } else {
      bm_str_puts(o, "[");
      for (uint32_t k = 0; k < sl->fields->len; k++) {
        TField *f = &sl->fields->items[k];
        bm_str_puts(o, k ? ", {\"name\": " : "{\"name\": ");
        put_str(o, f->name);
        bm_str_puts(o, ", \"value\": ");
        put_str(o, f->state == ST_OWNED ? f->value : NULL);
        bm_str_printf(o, ", \"state\": \"%s\"}", state_name(sl->state == ST_MOVED ? ST_MOVED : f->state));
      }
      bm_str_puts(o, "]");
    }
    bm_str_puts(o, "}");
  }
  bm_str_puts(o, "], \"children\": [");
  first = true;
  for (uint32_t i = 0; i < r->children.len; i++) {
    int32_t c = r->children.items[i];
    if (!region_at(t, c)->alive) continue;
    if (!first) bm_str_puts(o, ", ");
    first = false;
    put_region(t, o, c);
  }
  bm_str_puts(o, "]}");
}

static const char *const conflict_codes[] = {"E0499", "E0502", "E0503", "E0505", "E0506", NULL};

/* The step ends here: place diagnostics, end loans, write the step. */
static void flush(T *t, uint32_t start, uint32_t end, bool force) {
  if (!force && t->events.len == 0) return;
  if (t->nsteps >= MAX_STEPS) give_up(t, "too many steps");
  uint32_t step = t->nsteps;
  if (t->pass == 2) {
    uint32_t line, col, eline, ecol;
    span_lc(t, start, &line, &col);
    span_lc(t, end, &eline, &ecol);
    int diag = -1;
    for (uint32_t i = 0; i < t->sink->diags.len; i++) {
      const BmDiagnostic *d = &t->sink->diags.items[i];
      if (t->placed[i] || d->severity != BM_SEVERITY_ERROR) continue;
      /* where the error happens (a value dropped while borrowed: the drop) */
      BmSpan p = d->span;
      if (i < t->sink->points.len && t->sink->points.items[i] != BM_NO_POINT)
        p = bm_source_span(t->src, t->sink->points.items[i], t->sink->points.items[i]);
      bool inside = lc_le(line, col, p.line, p.col) &&
                    (lc_le(p.line, p.col, eline, ecol) && !(p.line == eline && p.col == ecol && end > start));
      if (!inside) continue;
      t->placed[i] = true;
      if (diag < 0) diag = (int)i;
    }
    /* loans whose last use has passed */
    for (uint32_t i = 0; i < t->edges.len; i++) {
      Edge *e = &t->edges.items[i];
      if (!e->present || e->ended || edge_end(t, (int32_t)i) > (int32_t)step) continue;
      e->ended = true;
      add_event(t, "loan-end", e->from, -1, -1);
    }
    bool conflict = false;
    if (diag >= 0) {
      const char *code = t->sink->diags.items[diag].code;
      for (int k = 0; code && conflict_codes[k]; k++)
        if (strcmp(code, conflict_codes[k]) == 0) conflict = true;
      if (t->error_step < 0) t->error_step = (int32_t)step;
    }
    BmStr *o = &t->out;
    bm_str_printf(o, "%s\n  {\"line\": %u, \"col\": %u, \"end_line\": %u, \"end_col\": %u, \"sentence\": ",
                  step ? "," : "", line, col, eline, ecol);
    put_str(o, sentence(t, diag));
    bm_str_puts(o, ",\n   \"events\": [");
    for (uint32_t i = 0; i < t->events.len; i++) {
      Event *e = &t->events.items[i];
      bm_str_printf(o, "%s{\"kind\": \"%s\"", i ? ", " : "", e->kind);
      if (e->slot >= 0) bm_str_printf(o, ", \"slot\": \"v%d\"", e->slot + 1);
      if (e->target >= 0) bm_str_printf(o, ", \"target\": \"v%d\"", e->target + 1);
      if (e->region >= 0) bm_str_printf(o, ", \"region\": \"r%d\"", e->region + 1);
      bm_str_puts(o, "}");
    }
    bm_str_puts(o, "],\n   \"regions\": [");
    bool first = true;
    for (uint32_t i = 0; i < t->regions.len; i++) {
      Region *r = &t->regions.items[i];
      if (!r->alive || r->parent >= 0) continue;
      if (!first) bm_str_puts(o, ", ");
      first = false;
      put_region(t, o, (int32_t)i);
    }
    bm_str_puts(o, "],\n   \"heap\": [");
    first = true;
    for (uint32_t i = 0; i < t->heaps.len; i++) {
      Heap *h = &t->heaps.items[i];
      if (!h->kind) continue;
      bm_str_printf(o, "%s{\"id\": \"h%u\", \"kind\": \"%s\", \"owner\": ", first ? "" : ", ", i + 1, h->kind);
      first = false;
      if (h->owner_heap >= 0) put_id(o, 'h', h->owner_heap);
      else put_id(o, 'v', h->freed ? -1 : h->owner_slot);
      bm_str_puts(o, ", \"contents\": ");
      if (h->contents && h->quoted) put_str(o, bm_arena_printf(t->a, "\"%s\"", h->contents));
      else put_str(o, h->contents);
      bm_str_puts(o, ", \"items\": ");
      if (h->has_items) {
        bm_str_puts(o, "[");
        for (uint32_t k = 0; k < h->items.len; k++) {
          if (k) bm_str_puts(o, ", ");
          put_str(o, h->items.items[k]);
        }
        bm_str_puts(o, "]");
      } else {
        bm_str_puts(o, "null");
      }
      bm_str_puts(o, ", \"strong\": ");
      if (strcmp(h->kind, "Rc") == 0) {
        bm_str_printf(o, "%d, \"owners\": [", h->strong);
        for (uint32_t k = 0; k < h->owners.len; k++) bm_str_printf(o, "%s\"v%d\"", k ? ", " : "", h->owners.items[k] + 1);
        bm_str_puts(o, "]");
      } else {
        bm_str_puts(o, "null");
      }
      bm_str_printf(o, ", \"freed\": %s}", h->freed ? "true" : "false");
    }
    bm_str_puts(o, "],\n   \"refs\": [");
    first = true;
    for (uint32_t i = 0; i < t->edges.len; i++) {
      Edge *e = &t->edges.items[i];
      if (!e->present || !slot_at(t, e->from)->alive) continue;
      bool live = edge_live(t, (int32_t)i);
      uint8_t status = e->status;
      if (conflict && live && status == REF_OK && e->born < step) {
        int32_t target = e->to_slot >= 0 ? e->to_slot : e->to_heap >= 0 ? heap_at(t, e->to_heap)->owner_slot : -1;
        for (uint32_t k = 0; k < t->touched.len; k++)
          if (t->touched.items[k] == target) status = REF_CONFLICT;
      }
      bm_str_printf(o, "%s{\"id\": \"l%u\", \"from\": \"v%d\", \"to\": ", first ? "" : ", ", i + 1, e->from + 1);
      first = false;
      if (e->to_slot >= 0) put_id(o, 'v', e->to_slot);
      else if (e->to_heap >= 0) put_id(o, 'h', e->to_heap);
      else put_id(o, 'r', e->to_region);
      bm_str_puts(o, ", \"to_field\": ");
      put_str(o, e->field);
      bm_str_printf(o, ", \"kind\": \"%s\", \"live\": %s, \"status\": \"%s\"}", e->mut ? "mut" : "shared",
                    live ? "true" : "false",
                    status == REF_CONFLICT ? "conflict" : status == REF_DANGLING ? "dangling" : "ok");
    }
    bm_str_puts(o, "]");
    if (diag >= 0) bm_str_printf(o, ", \"diagnostic\": %d", diag);
    bm_str_puts(o, "}");
    if (o->len > MAX_JSON) give_up(t, "the timeline is too large");
    /* references that ended are gone once their holder is */
  }
  t->nsteps++;
  t->events.len = 0;
  t->touched.len = 0;
  t->declared = -1;
  t->by = NULL;
}

/* ------------------------------------------------------------ scopes */

static void scope_push(T *t, int32_t region) {
  Scope s;
  memset(&s, 0, sizeof s);
  s.region = region;
  bm_array_push(t->a, &t->scopes, s);
}

/* Drop the scope's slots in reverse order; pop its region. */
static void scope_pop(T *t) {
  Scope *sc = bm_array_last(&t->scopes);
  for (uint32_t i = sc->slots.len; i-- > 0;) {
    int32_t s = sc->slots.items[i];
    if (slot_at(t, s)->ref_param) use_slot(t, s);
  }
  for (uint32_t i = sc->slots.len; i-- > 0;) slot_drop(t, sc->slots.items[i]);
  if (sc->region >= 0) {
    region_at(t, sc->region)->alive = false;
    add_event(t, "pop", -1, -1, sc->region);
  }
  t->scopes.len--;
}

/* Heap objects made by a statement that nothing owns: freed at its end. */
static void free_temps(T *t, uint32_t first_heap) {
  for (uint32_t i = first_heap; i < t->heaps.len; i++) {
    Heap *h = &t->heaps.items[i];
    if (h->freed || h->owner_slot >= 0 || h->owner_heap >= 0 || h->owners.len) continue;
    if (t->ctl == CTL_RETURN && t->ret.heap == (int32_t)i) continue;
    heap_free(t, (int32_t)i);
  }
}

/* ------------------------------------------------------------ places */

/* Where a place expression points: a slot (and field) or a heap object. */
typedef struct {
  int32_t slot, heap, edge;  /* edge: the reference it is reached through */
  const char *field;
} Place;

static Place place_of_in(T *t, TSNode n, int depth);

static Place place_of(T *t, TSNode n, int depth) {
  enter(t);
  Place p = place_of_in(t, n, depth);
  leave(t);
  return p;
}

static Place place_of_in(T *t, TSNode n, int depth) {
  Place p = {-1, -1, -1, NULL};
  if (is(n, "identifier") || is(n, "self")) {
    p.slot = lookup(t, text_of(t, n));
    use_slot(t, p.slot);
    return p;
  }
  if (is(n, "parenthesized_expression")) return place_of(t, ts_node_named_child(n, 0), depth + 1);
  if (is(n, "field_expression")) {
    Place b = place_of(t, field(n, "value"), depth + 1);
    const char *f = text_of(t, field(n, "field"));
    if (b.slot >= 0 && !b.field) {
      int32_t e = slot_edge(t, b.slot);
      if (e >= 0 && edge_at(t, e)->to_slot >= 0 && !edge_at(t, e)->field) {
        p.slot = edge_at(t, e)->to_slot;
        p.edge = e;
      } else {
        p.slot = b.slot;
      }
      p.field = f;
    }
    return p;
  }
  if (is(n, "index_expression")) {
    Place b = place_of(t, ts_node_named_child(n, 0), depth + 1);
    TSNode ix = ts_node_named_child(n, 1);
    Val iv = eval(t, ix, CX_READ);
    int32_t owner = b.slot;
    if (owner >= 0 && !b.field) {
      int32_t e = slot_edge(t, owner);
      if (e >= 0) {
        p.edge = e;
        if (edge_at(t, e)->to_heap >= 0) {
          p.heap = edge_at(t, e)->to_heap;
          p.field = iv.has_int ? iv.lit : NULL;
          return p;
        }
        owner = edge_at(t, e)->to_slot;
      }
      int32_t h = owner >= 0 ? slot_heap(t, owner) : -1;
      if (h >= 0) {
        p.heap = h;
        p.field = iv.has_int ? iv.lit : NULL;
      } else {
        p.slot = owner;
      }
    }
    return p;
  }
  if (is(n, "unary_expression") && ts_node_child_count(n) == 2 &&
      strcmp(ts_node_type(ts_node_child(n, 0)), "*") == 0) {
    Place b = place_of(t, ts_node_named_child(n, 0), depth + 1);
    if (b.slot >= 0 && !b.field) {
      int32_t e = slot_edge(t, b.slot);
      if (e >= 0) {
        Edge *ed = edge_at(t, e);
        p.slot = ed->to_slot;
        p.heap = ed->to_heap;
        p.field = ed->field;
        p.edge = e;
      } else {
        p.heap = slot_heap(t, b.slot); /* a Box */
      }
    }
    return p;
  }
  eval(t, n, CX_READ);
  return p;
}

/* &place / &mut place */
static Val borrow(T *t, TSNode target, bool mut, int32_t at_slot_hint) {
  Place p = place_of(t, target, 0);
  Val v = unknown();
  if (p.slot < 0 && p.heap < 0) return v;
  v.is_ref = true;
  v.mut = mut;
  v.to_slot = p.slot;
  v.to_heap = p.heap;
  v.field = p.field;
  v.parent = p.edge;
  v.known = false;
  const char *kind = p.edge >= 0 ? "reborrow" : mut ? "borrow-mut" : "borrow";
  int32_t shown = p.slot >= 0 ? p.slot : heap_at(t, p.heap)->owner_slot;
  v.ev = add_event(t, kind, shown, -1, -1);
  (void)at_slot_hint;
  return v;
}

/* ------------------------------------------------------------ calls */

static BmFnSig *user_fn(T *t, const char *impl_type, const char *name) {
  BmFnSig *sig = bm_program_fn(t->prog, impl_type, name);
  if (!sig || ts_node_is_null(sig->node)) return NULL;
  if (ts_node_is_null(field(sig->node, "body"))) return NULL;
  return sig;
}

static const char *param_name(T *t, TSNode pat) {
  if (is(pat, "mut_pattern")) pat = last_named(pat);
  if (is(pat, "identifier")) return text_of(t, pat);
  return NULL;
}

/* Run a fn of the snippet: a frame, the parameters bound, the body. */
static Val call_user(T *t, BmFnSig *sig, Val *args, uint32_t nargs, Val *recv, uint32_t st,
                     uint32_t en) {
  if (t->frames.len >= MAX_CALL_DEPTH) give_up(t, "calls nest deeper than 8 frames");
  if (++t->nframes_total > MAX_FRAMES) give_up(t, "more than 50 calls");
  TSNode fnode = sig->node, body = field(fnode, "body");
  const char *name = sig->impl_type ? bm_arena_printf(t->a, "%s::%s", sig->impl_type, sig->name) : sig->name;
  int32_t r = region_new(t, true, name, fnode, NULL);
  /* the push comes first in the step; the arguments' events follow it */
  add_event(t, "push", -1, -1, r);
  Event push = t->events.items[t->events.len - 1];
  memmove(&t->events.items[1], &t->events.items[0], (t->events.len - 1) * sizeof(Event));
  t->events.items[0] = push;
  for (uint32_t i = 0; i < nargs; i++)
    if (args[i].ev >= 0) args[i].ev++;
  if (recv && recv->ev >= 0) recv->ev++;
  Frame f = {r, t->scopes.len, name};
  scope_push(t, r);
  bm_array_push(t->a, &t->frames, f);
  TSNode params = field(fnode, "parameters");
  uint32_t ai = 0;
  BmNodes k_params = kids(t, params);
  for (uint32_t i = 0; i < k_params.len; i++) {
    TSNode p = k_params.items[i];
    if (is(p, "self_parameter")) {
      int32_t s = slot_new(t, "self", bm_arena_strdup(t->a, text_of(t, p)));
      Val v = recv ? *recv : unknown();
      if (v.is_ref) slot_at(t, s)->ref_param = true;
      bind_value(t, s, &v);
      continue;
    }
    if (!is(p, "parameter")) continue;
    TSNode pat = field(p, "pattern");
    const char *pname = param_name(t, pat);
    Val v = ai < nargs ? args[ai] : unknown();
    ai++;
    if (!pname) continue;
    TSNode id = is(pat, "mut_pattern") ? last_named(pat) : pat;
    const char *ty = binding_type(t, id);
    if (strcmp(ty, "?") == 0 && !ts_node_is_null(field(p, "type"))) ty = text_of(t, field(p, "type"));
    int32_t s = slot_new(t, pname, ty);
    if (v.is_ref) slot_at(t, s)->ref_param = true;
    bind_value(t, s, &v);
  }
  flush(t, st, en, true);
  int saved_ctl = t->ctl;
  Val saved_ret = t->ret;
  t->ctl = CTL_NONE;
  Val rv = exec_block(t, body, false, NULL);
  if (t->ctl == CTL_RETURN) rv = t->ret;
  t->ctl = saved_ctl;
  t->ret = saved_ret;
  scope_pop(t);
  t->frames.len--;
  uint32_t close = ts_node_end_byte(body);
  flush(t, close - 1, close, true);
  rv.ev = -1;
  rv.from_slot = -1;
  return rv;
}

static const char *path_last(T *t, TSNode fnode, const char **type_out) {
  *type_out = NULL;
  if (is(fnode, "identifier")) return text_of(t, fnode);
  if (is(fnode, "scoped_identifier")) {
    TSNode path = field(fnode, "path");
    if (!ts_node_is_null(path)) {
      TSNode last = path;
      if (is(path, "scoped_identifier")) last = field(path, "name");
      if (is(path, "generic_type")) last = field(path, "type");
      *type_out = ts_node_is_null(last) ? NULL : text_of(t, last);
    }
    return text_of(t, field(fnode, "name"));
  }
  if (is(fnode, "generic_function")) return path_last(t, field(fnode, "function"), type_out);
  return NULL;
}

static uint32_t eval_args(T *t, TSNode args, Val *out, uint32_t max) {
  uint32_t n = 0;
  BmNodes k_args = kids(t, args);
  for (uint32_t i = 0; i < k_args.len; i++) {
    TSNode a = k_args.items[i];
    if (is(a, "line_comment") || is(a, "block_comment")) continue;
    Val v = eval(t, a, CX_VALUE);
    if (n < max) out[n++] = v;
  }
  return n;
}

static char *string_text(T *t, TSNode n) {
  if (!is(n, "string_literal")) return NULL;
  char *s = text_of(t, n);
  size_t len = strlen(s);
  if (len >= 2) {
    s[len - 1] = 0;
    return s + 1;
  }
  return NULL;
}

static int32_t heap_string(T *t, const char *contents) {
  int32_t h = heap_new(t, "String");
  heap_at(t, h)->contents = contents ? bm_arena_strdup(t->a, contents) : NULL;
  heap_at(t, h)->quoted = true;
  return h;
}

/* Box::new / Rc::new: the contents move into a new heap object; a String
 * is folded in (the diagram draws one box). */
static Val smart_new(T *t, const char *kind, Val *arg) {
  Val v = unknown();
  int32_t h;
  if (arg->heap >= 0 && strcmp(heap_at(t, arg->heap)->kind, "Rc") != 0) {
    h = arg->heap;
    Heap *hp = heap_at(t, h);
    if (strcmp(hp->kind, "String") != 0) {
      int32_t outer = heap_new(t, kind);
      heap_at(t, arg->heap)->owner_heap = outer;
      heap_at(t, arg->heap)->owner_slot = -1;
      h = outer;
    } else {
      hp->kind = kind;
    }
  } else {
    h = heap_new(t, kind);
    if (arg->known) heap_at(t, h)->contents = bm_arena_strdup(t->a, arg->lit);
  }
  if (strcmp(kind, "Rc") == 0) heap_at(t, h)->strong = 1;
  v.heap = h;
  v.ev = arg->ev;
  return v;
}

/* call_expression: fns of the snippet, heap constructors, anything else. */
static Val eval_call(T *t, TSNode n) {
  /* one argument array for every branch: this frame is on the stack once
   * per nested call (see the depth guard) */
  Val av[16];
  TSNode fnode = field(n, "function"), args = field(n, "arguments");
  if (is(fnode, "field_expression")) {
    TSNode recvn = field(fnode, "value");
    const char *m = text_of(t, field(fnode, "field"));
    /* a method of the snippet on a slot of a user type */
    if (is(recvn, "identifier") || is(recvn, "self")) {
      int32_t rs = lookup(t, text_of(t, recvn));
      if (rs >= 0) {
        const char *ty = slot_at(t, rs)->type;
        while (ty && (*ty == '&' || strncmp(ty, "mut ", 4) == 0)) ty += *ty == '&' ? 1 : 4;
        BmFnSig *sig = ty ? user_fn(t, ty, m) : NULL;
        if (sig && sig->self_mode != BM_SELF_NONE) {
          Val recv;
          if (sig->self_mode == BM_SELF_VALUE) {
            recv = eval(t, recvn, CX_VALUE);
          } else {
            int32_t e = slot_edge(t, rs);
            recv = borrow(t, recvn, sig->self_mode == BM_SELF_MUT, -1);
            if (e >= 0 && recv.to_slot == rs) { /* self is already a reference: reborrow */
              recv.to_slot = edge_at(t, e)->to_slot;
              recv.to_heap = edge_at(t, e)->to_heap;
              recv.parent = e;
            }
          }
          uint32_t na = eval_args(t, args, av, 16);
          return call_user(t, sig, av, na, &recv, ts_node_start_byte(n), ts_node_end_byte(n));
        }
      }
    }
    /* std methods: receiver and arguments */
    Place rp = {-1, -1, -1, NULL};
    Val rv = unknown();
    bool by_value = strcmp(m, "into_iter") == 0 || strcmp(m, "unwrap") == 0 || strcmp(m, "expect") == 0;
    if (by_value) rv = eval(t, recvn, CX_VALUE);
    else rp = place_of(t, recvn, 0);
    uint32_t na = eval_args(t, args, av, 16);
    int32_t h = rp.heap >= 0 ? rp.heap : rp.slot >= 0 && !rp.field ? slot_heap(t, rp.slot) : -1;
    if (rp.slot >= 0 && !rp.field && h < 0) {
      int32_t e = slot_edge(t, rp.slot);
      if (e >= 0 && edge_at(t, e)->to_slot >= 0) h = slot_heap(t, edge_at(t, e)->to_slot);
      else if (e >= 0) h = edge_at(t, e)->to_heap;
    }
    Heap *hp = h >= 0 ? heap_at(t, h) : NULL;
    Val out = unknown();
    if (is(recvn, "string_literal") &&
        (strcmp(m, "to_string") == 0 || strcmp(m, "to_owned") == 0 || strcmp(m, "into") == 0)) {
      out.heap = heap_string(t, string_text(t, recvn));
    } else if (hp && strcmp(m, "clone") == 0 && strcmp(hp->kind, "Rc") == 0) {
      hp->strong++;
      out.heap = h;
    } else if (hp && strcmp(m, "clone") == 0 && (strcmp(hp->kind, "String") == 0 || strcmp(hp->kind, "Vec") == 0)) {
      int32_t c = heap_new(t, hp->kind);
      hp = heap_at(t, h);
      Heap *cp = heap_at(t, c);
      cp->contents = hp->contents;
      cp->quoted = hp->quoted;
      cp->has_items = hp->has_items;
      for (uint32_t i = 0; i < hp->items.len; i++) bm_array_push(t->a, &cp->items, hp->items.items[i]);
      out.heap = c;
    } else if (hp && strcmp(hp->kind, "Vec") == 0 && strcmp(m, "push") == 0 && na == 1) {
      if (hp->owner_slot >= 0) add_event(t, "assign", hp->owner_slot, -1, -1);
      if (hp->has_items) bm_array_push(t->a, &hp->items, av[0].known ? av[0].lit : "?");
      if (av[0].heap >= 0) {
        heap_at(t, av[0].heap)->owner_heap = h;
        heap_at(t, av[0].heap)->owner_slot = -1;
      }
      if (av[0].ev >= 0) t->events.items[av[0].ev].target = rp.slot;
    } else if (hp && strcmp(hp->kind, "String") == 0 && (strcmp(m, "push_str") == 0 || strcmp(m, "push") == 0)) {
      if (hp->owner_slot >= 0) add_event(t, "assign", hp->owner_slot, -1, -1);
      TSNode a0 = ts_node_named_child(args, 0);
      const char *piece = is(a0, "string_literal") ? string_text(t, a0)
                          : is(a0, "char_literal") ? NULL : NULL;
      if (is(a0, "char_literal")) {
        char *c = text_of(t, a0);
        size_t l = strlen(c);
        if (l >= 3 && c[1] != '\\') {
          c[l - 1] = 0;
          piece = c + 1;
        }
      }
      hp->contents = hp->contents && piece ? bm_arena_printf(t->a, "%s%s", hp->contents, piece) : NULL;
    } else if (hp && strcmp(hp->kind, "Vec") == 0 && strcmp(m, "pop") == 0) {
      if (hp->owner_slot >= 0) add_event(t, "assign", hp->owner_slot, -1, -1);
      if (hp->has_items && hp->items.len) hp->items.len--;
    } else if (hp && strcmp(hp->kind, "String") == 0 && strcmp(m, "clear") == 0) {
      if (hp->owner_slot >= 0) add_event(t, "assign", hp->owner_slot, -1, -1);
      hp->contents = bm_arena_strdup(t->a, "");
    } else if (hp && (strcmp(m, "as_str") == 0 || strcmp(m, "as_slice") == 0)) {
      out.is_ref = true;
      out.to_heap = h;
      out.parent = rp.edge;
      out.ev = add_event(t, "borrow", hp->owner_slot, -1, -1);
    } else if (hp && strcmp(m, "len") == 0 && (hp->has_items || (hp->contents && strcmp(hp->kind, "String") == 0))) {
      out = int_val(t, hp->has_items ? (int64_t)hp->items.len : (int64_t)strlen(hp->contents));
    }
    (void)rv;
    return out;
  }
  const char *ty = NULL;
  const char *name = path_last(t, fnode, &ty);
  if (!name) {
    eval(t, fnode, CX_READ);
    eval_args(t, args, av, 16);
    return unknown();
  }
  if (ty && (strcmp(ty, "String") == 0 || strcmp(ty, "Vec") == 0 || strcmp(ty, "Box") == 0 ||
             strcmp(ty, "Rc") == 0)) {
    TSNode a0 = ts_node_named_child(args, 0);
    if (strcmp(ty, "String") == 0 && strcmp(name, "from") == 0) {
      if (is(a0, "string_literal")) return (Val){.known = false, .heap = heap_string(t, string_text(t, a0)),
                                               .to_slot = -1, .to_heap = -1, .parent = -1, .ev = -1, .from_slot = -1};
    } else if (strcmp(ty, "String") == 0 && (strcmp(name, "new") == 0 || strcmp(name, "with_capacity") == 0)) {
      eval_args(t, args, av, 16);
      Val v = unknown();
      v.heap = heap_string(t, "");
      return v;
    } else if (strcmp(ty, "Vec") == 0 && (strcmp(name, "new") == 0 || strcmp(name, "with_capacity") == 0)) {
      eval_args(t, args, av, 16);
      Val v = unknown();
      v.heap = heap_new(t, "Vec");
      heap_at(t, v.heap)->has_items = true;
      return v;
    } else if ((strcmp(ty, "Box") == 0 || strcmp(ty, "Rc") == 0) && strcmp(name, "new") == 0) {
      uint32_t na = eval_args(t, args, av, 16);
      if (na == 1) return smart_new(t, ty, &av[0]);
      return unknown();
    } else if (strcmp(ty, "Rc") == 0 && strcmp(name, "clone") == 0) {
      uint32_t na = eval_args(t, args, av, 16);
      Val v = unknown();
      if (na == 1 && av[0].is_ref) {
        int32_t h = av[0].to_heap >= 0 ? av[0].to_heap : av[0].to_slot >= 0 ? slot_heap(t, av[0].to_slot) : -1;
        if (h >= 0 && strcmp(heap_at(t, h)->kind, "Rc") == 0) {
          heap_at(t, h)->strong++;
          v.heap = h;
        }
        /* the borrow of the argument is only for the call */
        if (av[0].ev >= 0 && (uint32_t)av[0].ev + 1 == t->events.len) t->events.len--;
      }
      return v;
    }
  }
  if (!ty && strcmp(name, "drop") == 0) {
    uint32_t na = eval_args(t, args, av, 16);
    if (na == 1) {
      if (av[0].ev >= 0) t->events.items[av[0].ev].kind = "drop";
      if (av[0].heap >= 0) {
        Heap *hp = heap_at(t, av[0].heap);
        if (strcmp(hp->kind, "Rc") == 0 && av[0].from_slot >= 0) slot_release(t, av[0].from_slot);
        else heap_free(t, av[0].heap);
      }
      if (av[0].from_slot >= 0) slot_gone(t, av[0].from_slot);
    }
    return unknown();
  }
  BmFnSig *sig = user_fn(t, ty, name);
  if (!sig && !ty) sig = NULL;
  if (sig && sig->self_mode == BM_SELF_NONE) {
    uint32_t na = eval_args(t, args, av, 16);
    return call_user(t, sig, av, na, NULL, ts_node_start_byte(n), ts_node_end_byte(n));
  }
  eval_args(t, args, av, 16);
  /* Some(x), Ok(x), a tuple struct: the value is unknown, moves were recorded */
  return unknown();
}

/* ------------------------------------------------------------ macros */

static bool is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (unsigned char)c >= 0x80;
}

/* Borrow a name mentioned by a macro (a format argument). */
static void macro_use(T *t, const char *name) {
  int32_t s = lookup(t, name);
  if (s < 0) return;
  use_slot(t, s);
  for (uint32_t i = 0; i < t->events.len; i++)
    if (strcmp(t->events.items[i].kind, "borrow") == 0 && t->events.items[i].slot == s) return;
  add_event(t, "borrow", s, -1, -1);
}

static void macro_tokens(T *t, TSNode tt, int depth) {
  enter(t);
  BmNodes k = all_kids(t, tt);
  for (uint32_t i = 0; i < k.len; i++) {
    TSNode c = k.items[i];
    if (is(c, "identifier") || is(c, "self")) {
      /* a method or field name after `.` is not a variable */
      TSNode prev = i ? k.items[i - 1] : (TSNode){0};
      if (!ts_node_is_null(prev) && strcmp(ts_node_type(prev), ".") == 0) continue;
      TSNode next = i + 1 < k.len ? k.items[i + 1] : (TSNode){0};
      if (!ts_node_is_null(next) && (strcmp(ts_node_type(next), "!") == 0 || strcmp(ts_node_type(next), "::") == 0))
        continue;
      macro_use(t, text_of(t, c));
    } else if (is(c, "string_literal")) {
      char *s = text_of(t, c);
      for (char *p = s; *p; p++) {
        if (*p != '{') continue;
        if (p[1] == '{') {
          p++;
          continue;
        }
        char *q = p + 1;
        while (is_ident_char(*q)) q++;
        if (q > p + 1 && (*q == '}' || *q == ':') && !(p[1] >= '0' && p[1] <= '9'))
          macro_use(t, bm_arena_strndup(t->a, p + 1, (size_t)(q - p - 1)));
      }
    } else if (ts_node_child_count(c) > 0) {
      macro_tokens(t, c, depth + 1);
    }
  }
  leave(t);
}

/* vec![a, b, c]: a Vec with its items when they are literals. */
static Val eval_vec(T *t, TSNode tt) {
  Val v = unknown();
  v.heap = heap_new(t, "Vec");
  Heap *h = heap_at(t, v.heap);
  h->has_items = true;
  bool semi = false;
  BmNodes k = all_kids(t, tt);
  for (uint32_t i = 0; i < k.len; i++)
    if (strcmp(ts_node_type(k.items[i]), ";") == 0) semi = true;
  for (uint32_t i = 0; i < k.len; i++) {
    TSNode c = k.items[i];
    const char *k = ts_node_type(c);
    if (strcmp(k, "integer_literal") == 0 || strcmp(k, "float_literal") == 0 ||
        strcmp(k, "boolean_literal") == 0 || strcmp(k, "char_literal") == 0 ||
        strcmp(k, "string_literal") == 0) {
      bm_array_push(t->a, &heap_at(t, v.heap)->items, text_of(t, c));
    } else if (strcmp(k, "identifier") == 0) {
      int32_t s = lookup(t, text_of(t, c));
      if (s >= 0) use_slot(t, s);
      Slot *sl = s >= 0 ? slot_at(t, s) : NULL;
      bm_array_push(t->a, &heap_at(t, v.heap)->items, sl && sl->value ? sl->value : "?");
    } else if (ts_node_child_count(c) > 0 || strcmp(k, "-") == 0) {
      heap_at(t, v.heap)->has_items = false;
      macro_tokens(t, c, 1);
    }
  }
  if (semi) {
    heap_at(t, v.heap)->has_items = false;
    heap_at(t, v.heap)->items.len = 0;
  }
  return v;
}

static Val eval_macro(T *t, TSNode n) {
  TSNode mac = field(n, "macro");
  const char *name = text_of(t, mac);
  TSNode tt = ts_node_named_child(n, ts_node_named_child_count(n) - 1);
  if (!is(tt, "token_tree")) return unknown();
  if (strcmp(name, "vec") == 0) return eval_vec(t, tt);
  if (!t->by) t->by = name;
  macro_tokens(t, tt, 0);
  if (strcmp(name, "format") == 0) {
    Val v = unknown();
    v.heap = heap_string(t, NULL);
    return v;
  }
  return unknown();
}

/* ------------------------------------------------------------ expressions */

static bool is_blocklike(TSNode n) {
  return is(n, "block") || is(n, "if_expression") || is(n, "match_expression") ||
         is(n, "while_expression") || is(n, "loop_expression") || is(n, "for_expression") ||
         is(n, "unsafe_block");
}

static Val binary(T *t, TSNode n) {
  Val l = eval(t, field(n, "left"), CX_READ);
  Val r = eval(t, field(n, "right"), CX_READ);
  const char *op = ts_node_type(field(n, "operator"));
  if (l.has_int && r.has_int) {
    int64_t a = l.ival, b = r.ival, x = 0;
    bool ok = true;
    if (strcmp(op, "+") == 0) ok = !__builtin_add_overflow(a, b, &x);
    else if (strcmp(op, "-") == 0) ok = !__builtin_sub_overflow(a, b, &x);
    else if (strcmp(op, "*") == 0) ok = !__builtin_mul_overflow(a, b, &x);
    else if (strcmp(op, "/") == 0) ok = b != 0 && !(a == INT64_MIN && b == -1) && ((x = a / b), true);
    else if (strcmp(op, "%") == 0) ok = b != 0 && !(a == INT64_MIN && b == -1) && ((x = a % b), true);
    else if (strcmp(op, "==") == 0) return lit(a == b ? "true" : "false");
    else if (strcmp(op, "!=") == 0) return lit(a != b ? "true" : "false");
    else if (strcmp(op, "<") == 0) return lit(a < b ? "true" : "false");
    else if (strcmp(op, "<=") == 0) return lit(a <= b ? "true" : "false");
    else if (strcmp(op, ">") == 0) return lit(a > b ? "true" : "false");
    else if (strcmp(op, ">=") == 0) return lit(a >= b ? "true" : "false");
    else ok = false;
    return ok ? int_val(t, x) : unknown();
  }
  if (l.known && r.known && l.lit && r.lit && (strcmp(op, "&&") == 0 || strcmp(op, "||") == 0)) {
    bool a = strcmp(l.lit, "true") == 0, b = strcmp(r.lit, "true") == 0;
    return lit((strcmp(op, "&&") == 0 ? a && b : a || b) ? "true" : "false");
  }
  return unknown();
}

/* The value in a slot, used by value: a move or a copy, as the checker said. */
static Val use_by_value(T *t, TSNode n, int32_t s) {
  Slot *sl = slot_at(t, s);
  use_slot(t, s);
  Val v = unknown();
  v.from_slot = s;
  if (sl->state == ST_OWNED) {
    v.known = sl->value != NULL;
    v.lit = sl->value;
    v.has_int = sl->has_int;
    v.ival = sl->ival;
    v.fields = sl->fields;
  }
  int moves = access_moves(t, ts_node_start_byte(n), ts_node_end_byte(n));
  int32_t h = slot_heap(t, s);
  int32_t e = slot_edge(t, s);
  if (moves < 0) moves = (h >= 0 && strcmp(heap_at(t, h)->kind, "Rc") != 0) || (e >= 0 && edge_at(t, e)->mut);
  if (e >= 0) {
    Edge *ed = edge_at(t, e);
    v.is_ref = true;
    v.mut = ed->mut;
    v.to_slot = ed->to_slot;
    v.to_heap = ed->to_heap;
    v.field = ed->field;
    v.parent = e;
  }
  if (moves == 1 && sl->state == ST_OWNED) {
    if (h >= 0) {
      Heap *hp = heap_at(t, h);
      if (strcmp(hp->kind, "Rc") == 0) {
        for (uint32_t k = 0; k < hp->owners.len; k++)
          if (hp->owners.items[k] == s) {
            memmove(&hp->owners.items[k], &hp->owners.items[k + 1], (hp->owners.len - k - 1) * sizeof(int32_t));
            hp->owners.len--;
            break;
          }
        hp->owner_slot = hp->owners.len ? hp->owners.items[0] : -1;
      } else {
        hp->owner_slot = -1;
      }
      v.heap = h;
    }
    if (e >= 0) edge_at(t, e)->present = false;
    sl->state = ST_MOVED;
    v.ev = add_event(t, "move", s, -1, -1);
  } else if (sl->state == ST_OWNED) {
    v.ev = add_event(t, "copy", s, -1, -1);
  }
  return v;
}

static void assign(T *t, TSNode lhs, Val *v) {
  if (is(lhs, "identifier")) {
    int32_t s = lookup(t, text_of(t, lhs));
    if (s < 0) return;
    Slot *sl = slot_at(t, s);
    bool was_uninit = sl->state == ST_UNINIT || sl->state == ST_MOVED;
    slot_release(t, s);
    if (v->ev >= 0 && (uint32_t)v->ev < t->events.len) fix_event(t, v, s);
    else add_event(t, was_uninit ? "init" : "assign", s, -1, -1);
    slot_take(t, s, v);
    return;
  }
  Place p = place_of(t, lhs, 0);
  if (p.slot >= 0) {
    Slot *sl = slot_at(t, p.slot);
    if (p.field && sl->fields) {
      for (uint32_t i = 0; i < sl->fields->len; i++)
        if (strcmp(sl->fields->items[i].name, p.field) == 0) {
          sl->fields->items[i].value = v->known ? v->lit : NULL;
          sl->fields->items[i].state = ST_OWNED;
        }
    } else if (!p.field && p.edge >= 0) {
      sl->value = v->known ? v->lit : NULL;
      sl->has_int = v->has_int;
      sl->ival = v->ival;
    }
    add_event(t, "assign", p.slot, -1, -1);
  } else if (p.heap >= 0) {
    Heap *h = heap_at(t, p.heap);
    if (p.field && h->has_items) {
      char *end = NULL;
      long ix = strtol(p.field, &end, 10);
      if (end && !*end && ix >= 0 && (uint32_t)ix < h->items.len) h->items.items[ix] = v->known ? v->lit : "?";
    } else if (!p.field && strcmp(h->kind, "Box") == 0) {
      h->contents = v->known ? bm_arena_strdup(t->a, v->lit) : NULL;
    }
    if (h->owner_slot >= 0) add_event(t, "assign", h->owner_slot, -1, -1);
  }
}

static Val struct_lit(T *t, TSNode n) {
  Val v = unknown();
  TSNode body = field(n, "body");
  TFields *fs = bm_arena_alloc(t->a, sizeof *fs);
  BmNodes k_body = kids(t, body);
  for (uint32_t i = 0; i < k_body.len; i++) {
    TSNode c = k_body.items[i];
    TField f = {NULL, NULL, ST_OWNED};
    Val fv;
    if (is(c, "field_initializer")) {
      f.name = text_of(t, field(c, "field"));
      fv = eval(t, field(c, "value"), CX_VALUE);
    } else if (is(c, "shorthand_field_initializer")) {
      TSNode id = ts_node_named_child(c, 0);
      f.name = text_of(t, id);
      fv = eval(t, id, CX_VALUE);
    } else {
      eval(t, c, CX_READ);
      continue;
    }
    f.value = fv.known ? fv.lit : fv.heap >= 0 ? heap_at(t, fv.heap)->kind : NULL;
    bm_array_push(t->a, fs, f);
    if (fv.heap >= 0 && v.heap < 0) v.heap = fv.heap;
    if (fv.is_ref && !v.is_ref) {
      v.is_ref = true;
      v.mut = fv.mut;
      v.to_slot = fv.to_slot;
      v.to_heap = fv.to_heap;
      v.field = fv.field;
      v.parent = fv.parent;
    }
    if (fv.ev >= 0 && v.ev < 0) v.ev = fv.ev;
  }
  v.fields = fs;
  return v;
}

/* Bind every name of a pattern to an unknown value (tuple, struct, enum
 * patterns), in the current scope. */
static void bind_names_in(T *t, TSNode p, Val *v, bool whole, int depth);

static void bind_names(T *t, TSNode p, Val *v, bool whole, int depth) {
  enter(t);
  bind_names_in(t, p, v, whole, depth);
  leave(t);
}

static void bind_names_in(T *t, TSNode p, Val *v, bool whole, int depth) {
  if (is(p, "identifier")) {
    const char *name = text_of(t, p);
    if (name[0] >= 'A' && name[0] <= 'Z') return; /* a variant or constant */
    int32_t s = slot_new(t, name, binding_type(t, p));
    Val u = unknown();
    if (whole) bind_value(t, s, v);
    else bind_value(t, s, &u);
    return;
  }
  if (is(p, "field_identifier") || is(p, "shorthand_field_identifier")) {
    int32_t s = slot_new(t, text_of(t, p), binding_type(t, p));
    Val u = unknown();
    bind_value(t, s, &u);
    return;
  }
  BmNodes k = kids(t, p);
  TSNode ty = field(p, "type"), name = field(p, "name");
  bool sub = !ts_node_is_null(field(p, "pattern"));
  for (uint32_t i = 0; i < k.len; i++) {
    TSNode c = k.items[i];
    if (is(p, "tuple_struct_pattern") && ts_node_eq(c, ty)) continue;
    if (is(p, "struct_pattern") && ts_node_eq(c, ty)) continue;
    if (is(p, "field_pattern") && sub && ts_node_eq(c, name)) continue;
    if (is(c, "scoped_identifier") || is(c, "type_identifier") || is(c, "scoped_type_identifier")) continue;
    bind_names(t, c, v, whole && (is(p, "mut_pattern") || is(p, "ref_pattern")), depth + 1);
  }
}

static bool truthy(const Val *v, bool *known) {
  *known = v->known && v->lit && (strcmp(v->lit, "true") == 0 || strcmp(v->lit, "false") == 0);
  return *known && strcmp(v->lit, "true") == 0;
}

/* The condition of an `if` or `while`: `let PAT = EXPR` opens a scope with
 * the pattern's bindings (*pushed; the caller pops it) and is taken as true;
 * a boolean is evaluated, and taken as true when its value is unknown. */
static bool eval_condition(T *t, TSNode cond, bool *known, bool *pushed) {
  *known = false;
  *pushed = false;
  if (is(cond, "let_condition")) {
    Val v = eval(t, field(cond, "value"), CX_READ);
    scope_push(t, -1);
    *pushed = true;
    bind_names(t, field(cond, "pattern"), &v, false, 0);
    return true;
  }
  Val c = eval(t, cond, CX_READ);
  bool yes = truthy(&c, known);
  return *known ? yes : true;
}

/* if / else if / else: a loop down the chain (not a recursion); each
 * `if let` keeps its scope open for the branches after it. */
static Val eval_if(T *t, TSNode n) {
  Val r = unknown();
  uint32_t pushed_scopes = 0;
  for (;;) {
    TSNode cond = field(n, "condition"), cons = field(n, "consequence"), alt = field(n, "alternative");
    bool known, pushed;
    bool yes = eval_condition(t, cond, &known, &pushed);
    if (pushed) pushed_scopes++;
    if (yes) {
      r = exec_block(t, cons, true, NULL);
      break;
    }
    if (ts_node_is_null(alt)) break;
    TSNode body = ts_node_named_child(alt, 0);
    if (!is(body, "if_expression")) {
      r = exec_block(t, body, true, NULL);
      break;
    }
    if (!bm_spend(t->lim, 1)) give_up(t, "the program is too large to draw in full");
    n = body;
  }
  while (pushed_scopes--) scope_pop(t);
  return r;
}

static Val eval_match(T *t, TSNode n) {
  Val v = eval(t, field(n, "value"), CX_READ);
  TSNode body = field(n, "body");
  BmNodes k_body = kids(t, body);
  for (uint32_t i = 0; i < k_body.len; i++) {
    TSNode arm = k_body.items[i];
    if (!is(arm, "match_arm")) continue;
    scope_push(t, -1);
    TSNode pat = field(arm, "pattern");
    bind_names(t, pat, &v, false, 0);
    TSNode val = field(arm, "value");
    Val r = is(val, "block") ? exec_block(t, val, true, NULL) : eval(t, val, CX_VALUE);
    scope_pop(t);
    return r;
  }
  return unknown();
}

static const char *loop_label(T *t, TSNode n) {
  TSNode l = ts_node_named_child(n, 0);
  if (is(l, "label")) return text_of(t, l);
  return NULL;
}

/* Run a loop body; returns false when the loop is over. */
static bool loop_body(T *t, TSNode body, const char *label) {
  exec_block(t, body, true, label);
  if (t->ctl == CTL_BREAK) {
    t->ctl = CTL_NONE;
    return false;
  }
  if (t->ctl == CTL_CONTINUE) t->ctl = CTL_NONE;
  return t->ctl == CTL_NONE;
}

static Val eval_loop(T *t, TSNode n) {
  TSNode body = field(n, "body");
  const char *label = loop_label(t, n);
  if (is(n, "loop_expression")) {
    for (int i = 0;; i++) {
      if (i == LOOP_CAP) give_up(t, "a loop runs more than 10 times");
      if (!loop_body(t, body, label)) break;
    }
  } else if (is(n, "while_expression")) {
    TSNode cond = field(n, "condition");
    for (int i = 0;; i++) {
      bool known, pushed;
      bool yes = eval_condition(t, cond, &known, &pushed);
      if (known && !yes) {
        if (pushed) scope_pop(t);
        break;
      }
      if (i == LOOP_CAP) give_up(t, "a loop runs more than 10 times");
      bool go = loop_body(t, body, label);
      if (pushed) scope_pop(t);
      if (!go || !known) break; /* an unknown condition: the body once */
    }
  } else {
    /* for PAT in VALUE */
    TSNode pat = field(n, "pattern"), val = field(n, "value");
    int64_t lo = 0, hi = 0;
    bool range = false;
    if (is(val, "range_expression") && ts_node_named_child_count(val) == 2) {
      Val a = eval(t, ts_node_named_child(val, 0), CX_READ);
      Val b = eval(t, ts_node_named_child(val, 1), CX_READ);
      bool incl = false;
      BmNodes ops = all_kids(t, val);
      for (uint32_t i = 0; i < ops.len; i++) incl |= strcmp(ts_node_type(ops.items[i]), "..=") == 0;
      if (a.has_int && b.has_int) {
        range = true;
        lo = a.ival;
        hi = incl ? b.ival + 1 : b.ival;
      }
    } else {
      eval(t, val, CX_VALUE);
    }
    int64_t count = range ? (hi > lo ? hi - lo : 0) : 1;
    if (count > LOOP_CAP) count = 1; /* a long loop: its first iteration */
    for (int64_t i = 0; i < count; i++) {
      scope_push(t, -1);
      Val item = range ? int_val(t, lo + i) : unknown();
      if (is(pat, "identifier")) {
        int32_t s = slot_new(t, text_of(t, pat), binding_type(t, pat));
        bind_value(t, s, &item);
      } else {
        bind_names(t, pat, &item, false, 0);
      }
      uint32_t hs = ts_node_start_byte(pat), he = ts_node_end_byte(val);
      flush(t, hs, he, false);
      bool go = loop_body(t, body, label);
      scope_pop(t);
      flush(t, hs, he, false);
      if (!go) break;
    }
  }
  return unknown();
}

static Val eval_in(T *t, TSNode n, int cx);

static Val eval(T *t, TSNode n, int cx) {
  if (ts_node_is_null(n)) return unknown();
  enter(t);
  Val v = eval_in(t, n, cx);
  leave(t);
  return v;
}

static Val eval_in(T *t, TSNode n, int cx) {
  Val v = unknown();
  const char *k = ts_node_type(n);
  if (strcmp(k, "integer_literal") == 0) {
    char *s = text_of(t, n), *end = NULL;
    long long x = strtoll(s, &end, 0);
    if (end && (*end == 0 || *end == 'i' || *end == 'u')) {
      v = int_val(t, x);
      v.lit = s;
    } else {
      v = lit(s);
    }
  } else if (strcmp(k, "float_literal") == 0 || strcmp(k, "boolean_literal") == 0 ||
             strcmp(k, "char_literal") == 0 || strcmp(k, "string_literal") == 0 ||
             strcmp(k, "raw_string_literal") == 0) {
    v = lit(text_of(t, n));
  } else if (strcmp(k, "negative_literal") == 0) {
    char *s = text_of(t, n);
    v = lit(s);
    char *end = NULL;
    long long x = strtoll(s, &end, 10);
    if (end && *end == 0) v = int_val(t, x);
  } else if (strcmp(k, "identifier") == 0 || strcmp(k, "self") == 0) {
    int32_t s = lookup(t, text_of(t, n));
    if (s >= 0) {
      if (cx == CX_VALUE) {
        v = use_by_value(t, n, s);
      } else {
        Slot *sl = slot_at(t, s);
        use_slot(t, s);
        if (sl->state == ST_OWNED && sl->value) {
          v = lit(sl->value);
          v.has_int = sl->has_int;
          v.ival = sl->ival;
        }
      }
    }
  } else if (strcmp(k, "parenthesized_expression") == 0) {
    v = eval(t, ts_node_named_child(n, 0), cx);
  } else if (strcmp(k, "reference_expression") == 0) {
    bool mut = false;
    BmNodes kn = all_kids(t, n);
    for (uint32_t i = 0; i < kn.len; i++)
      if (is(kn.items[i], "mutable_specifier")) mut = true;
    TSNode target = field(n, "value");
    if (is(target, "identifier") || is(target, "field_expression") || is(target, "index_expression") ||
        is(target, "unary_expression") || is(target, "self")) {
      v = borrow(t, target, mut, -1);
    } else {
      eval(t, target, CX_READ); /* a borrow of a temporary */
    }
  } else if (strcmp(k, "call_expression") == 0) {
    v = eval_call(t, n);
  } else if (strcmp(k, "macro_invocation") == 0) {
    v = eval_macro(t, n);
  } else if (strcmp(k, "binary_expression") == 0) {
    v = binary(t, n);
  } else if (strcmp(k, "unary_expression") == 0) {
    const char *op = ts_node_type(ts_node_child(n, 0));
    if (strcmp(op, "*") == 0) {
      Place p = place_of(t, n, 0);
      if (p.slot >= 0 && !p.field) {
        Slot *sl = slot_at(t, p.slot);
        if (sl->state == ST_OWNED && sl->value) {
          v = lit(sl->value);
          v.has_int = sl->has_int;
          v.ival = sl->ival;
        }
      } else if (p.heap >= 0 && !p.field && heap_at(t, p.heap)->contents && !heap_at(t, p.heap)->quoted) {
        v = lit(heap_at(t, p.heap)->contents);
      }
    } else {
      Val x = eval(t, ts_node_named_child(n, 0), CX_READ);
      if (strcmp(op, "-") == 0 && x.has_int && x.ival != INT64_MIN) v = int_val(t, -x.ival);
      else if (strcmp(op, "!") == 0 && x.known && x.lit && strcmp(x.lit, "true") == 0) v = lit("false");
      else if (strcmp(op, "!") == 0 && x.known && x.lit && strcmp(x.lit, "false") == 0) v = lit("true");
    }
  } else if (strcmp(k, "assignment_expression") == 0) {
    Val r = eval(t, field(n, "right"), CX_VALUE);
    assign(t, field(n, "left"), &r);
    v = unknown();
  } else if (strcmp(k, "compound_assignment_expr") == 0) {
    TSNode l = field(n, "left");
    Val a = eval(t, l, CX_READ);
    Val b = eval(t, field(n, "right"), CX_READ);
    const char *op = ts_node_type(field(n, "operator"));
    Val r = unknown();
    int64_t x = 0;
    if (a.has_int && b.has_int) {
      if (strcmp(op, "+=") == 0 && !__builtin_add_overflow(a.ival, b.ival, &x)) r = int_val(t, x);
      else if (strcmp(op, "-=") == 0 && !__builtin_sub_overflow(a.ival, b.ival, &x)) r = int_val(t, x);
      else if (strcmp(op, "*=") == 0 && !__builtin_mul_overflow(a.ival, b.ival, &x)) r = int_val(t, x);
    }
    if (is(l, "identifier")) {
      int32_t s = lookup(t, text_of(t, l));
      if (s >= 0) {
        Slot *sl = slot_at(t, s);
        sl->value = r.known ? r.lit : NULL;
        sl->has_int = r.has_int;
        sl->ival = r.ival;
        add_event(t, "assign", s, -1, -1);
      }
    } else {
      assign(t, l, &r);
    }
  } else if (strcmp(k, "field_expression") == 0) {
    Place p = place_of(t, n, 0);
    if (p.slot >= 0 && p.field) {
      Slot *sl = slot_at(t, p.slot);
      for (uint32_t i = 0; sl->fields && i < sl->fields->len; i++)
        if (strcmp(sl->fields->items[i].name, p.field) == 0 && sl->fields->items[i].value &&
            sl->fields->items[i].state == ST_OWNED) {
          v = lit(sl->fields->items[i].value);
          char *end = NULL;
          long long x = strtoll(v.lit, &end, 10);
          if (end && *end == 0 && *v.lit) {
            v.has_int = true;
            v.ival = x;
          }
        }
      /* a non-Copy field moved out */
      if (cx == CX_VALUE && access_moves(t, ts_node_start_byte(n), ts_node_end_byte(n)) == 1 && p.edge < 0) {
        for (uint32_t i = 0; sl->fields && i < sl->fields->len; i++)
          if (strcmp(sl->fields->items[i].name, p.field) == 0) sl->fields->items[i].state = ST_MOVED;
        v.ev = add_event(t, "move", p.slot, -1, -1);
      }
    }
  } else if (strcmp(k, "index_expression") == 0) {
    Place p = place_of(t, n, 0);
    if (p.heap >= 0 && p.field) {
      Heap *h = heap_at(t, p.heap);
      char *end = NULL;
      long ix = strtol(p.field, &end, 10);
      if (h->has_items && end && !*end && ix >= 0 && (uint32_t)ix < h->items.len &&
          strcmp(h->items.items[ix], "?") != 0) {
        v = lit(h->items.items[ix]);
        long long x = strtoll(v.lit, &end, 10);
        if (end && *end == 0) {
          v.has_int = true;
          v.ival = x;
        }
      }
    }
  } else if (strcmp(k, "struct_expression") == 0) {
    v = struct_lit(t, n);
  } else if (strcmp(k, "block") == 0) {
    v = exec_block(t, n, true, NULL);
  } else if (strcmp(k, "if_expression") == 0) {
    v = eval_if(t, n);
  } else if (strcmp(k, "match_expression") == 0) {
    v = eval_match(t, n);
  } else if (strcmp(k, "while_expression") == 0 || strcmp(k, "loop_expression") == 0 ||
             strcmp(k, "for_expression") == 0) {
    v = eval_loop(t, n);
  } else if (strcmp(k, "return_expression") == 0) {
    TSNode e = ts_node_named_child(n, 0);
    t->ret = ts_node_is_null(e) ? unknown() : eval(t, e, CX_VALUE);
    t->ctl = CTL_RETURN;
  } else if (strcmp(k, "break_expression") == 0) {
    BmNodes kn = kids(t, n);
    for (uint32_t i = 0; i < kn.len; i++)
      if (!is(kn.items[i], "label")) eval(t, kn.items[i], CX_VALUE);
    t->ctl = CTL_BREAK;
  } else if (strcmp(k, "continue_expression") == 0) {
    t->ctl = CTL_CONTINUE;
  } else if (strcmp(k, "closure_expression") == 0 || strcmp(k, "line_comment") == 0 ||
             strcmp(k, "block_comment") == 0 || strcmp(k, "scoped_identifier") == 0 ||
             strcmp(k, "unit_expression") == 0) {
    /* a value we do not follow */
  } else {
    /* tuples, arrays, casts, `?`, ranges...: evaluate the parts in order */
    BmNodes kn = kids(t, n);
    for (uint32_t i = 0; i < kn.len; i++) {
      TSNode c = kn.items[i];
      const char *ck = ts_node_type(c);
      if (strstr(ck, "type") || strcmp(ck, "field_identifier") == 0) continue;
      Val x = eval(t, c, strcmp(k, "type_cast_expression") == 0 ? CX_READ : cx);
      if (strcmp(k, "type_cast_expression") == 0 && i == 0 && x.has_int) v = x;
      if (t->ctl) break;
    }
  }
  return v;
}

/* ------------------------------------------------------------ statements */

static void exec_let(T *t, TSNode n) {
  TSNode pat = field(n, "pattern"), val = field(n, "value");
  Val v = ts_node_is_null(val) ? unknown() : eval(t, val, CX_VALUE);
  if (t->ctl) return;
  TSNode id = pat;
  if (is(pat, "mut_pattern")) id = last_named(pat);
  if (is(id, "identifier")) {
    const char *ty = binding_type(t, id);
    TSNode ann = field(n, "type");
    if (strcmp(ty, "?") == 0 && !ts_node_is_null(ann)) ty = text_of(t, ann);
    int32_t s = slot_new(t, text_of(t, id), ty);
    if (!ts_node_is_null(val)) bind_value(t, s, &v);
    else t->declared = s;
    return;
  }
  if (is(pat, "_")) return;
  bind_names(t, pat, &v, false, 0);
  TSNode alt = field(n, "alternative");
  (void)alt; /* let-else: the pattern is taken to match */
}

/* A statement: its evaluation, then its step. */
static void exec_stmt(T *t, TSNode c) {
  uint32_t steps0 = t->nsteps, heaps0 = t->heaps.len;
  uint32_t st = ts_node_start_byte(c), en = ts_node_end_byte(c);
  if (is(c, "let_declaration")) {
    exec_let(t, c);
    flush(t, st, en, t->nsteps == steps0 || t->events.len);
  } else {
    TSNode e = is(c, "expression_statement") ? ts_node_named_child(c, 0) : c;
    Val v = eval(t, e, CX_READ);
    (void)v;
    flush(t, st, en, !is_blocklike(e) && (t->nsteps == steps0 || t->events.len));
  }
  free_temps(t, heaps0);
}

/* block: { statement* expression? }. `region`: a block region of its own
 * (a fn body shares its frame's). */
static Val exec_block(T *t, TSNode block, bool region, const char *label) {
  if (!is(block, "block")) {
    if (region) {
      Val v = eval(t, block, CX_VALUE);
      return v;
    }
    return eval(t, block, CX_VALUE);
  }
  enter(t); /* left at the end */
  uint32_t st = ts_node_start_byte(block), en = ts_node_end_byte(block);
  if (region) {
    int32_t r = region_new(t, false, bm_arena_printf(t->a, "block at line %u", ts_node_start_point(block).row + 1),
                           block, label && !lifetime_used(t, label) ? label : NULL);
    add_event(t, "push", -1, -1, r);
    scope_push(t, r);
    flush(t, st, st + 1, true);
  }
  Val tail = unknown();
  BmNodes kb = kids(t, block);
  uint32_t cnt = kb.len;
  bool skip = false;
  for (uint32_t i = 0; i < cnt && !t->ctl; i++) {
    TSNode c = kb.items[i];
    const char *k = ts_node_type(c);
    if (!bm_attr_compiled(c, t->text, &skip)) continue;
    if (strcmp(k, "let_declaration") == 0) {
      exec_stmt(t, c);
    } else if (strcmp(k, "expression_statement") == 0) {
      TSNode e = ts_node_named_child(c, 0);
      TSNode last_tok = ts_node_child(c, ts_node_child_count(c) - 1);
      bool is_tail = i + 1 == cnt && strcmp(ts_node_type(last_tok), ";") != 0;
      if (is_tail) {
        uint32_t heaps0 = t->heaps.len;
        tail = eval(t, e, CX_VALUE);
        flush(t, ts_node_start_byte(e), ts_node_end_byte(e), false);
        (void)heaps0;
      } else {
        exec_stmt(t, c);
      }
    } else if (strstr(k, "_item") || strcmp(k, "use_declaration") == 0 || strcmp(k, "empty_statement") == 0 ||
               strcmp(k, "line_comment") == 0 || strcmp(k, "block_comment") == 0 ||
               strcmp(k, "macro_definition") == 0 || strcmp(k, "attribute_item") == 0 ||
               strcmp(k, "inner_attribute_item") == 0) {
      /* items: not executed */
    } else if (i + 1 == cnt) {
      tail = eval(t, c, CX_VALUE);
      flush(t, ts_node_start_byte(c), ts_node_end_byte(c), false);
    } else {
      exec_stmt(t, c);
    }
  }
  if (region) {
    if (tail.heap >= 0) heap_at(t, tail.heap)->owner_slot = -1;
    scope_pop(t);
    flush(t, en - 1, en, true);
  }
  /* a fn body's slots are the frame's: they drop when the caller pops it */
  leave(t);
  return tail;
}

/* ------------------------------------------------------------ entry */

/* The lifetimes and labels the snippet writes (met by the macros' walk),
 * so the diagram's own region names never clash with them. */
static void collect_lifetimes(T *t) {
  const BmMacros *m = t->prog->macros;
  for (uint32_t i = 0; m && i < m->lifetimes.len; i++) lifetime_add(t, text_of(t, m->lifetimes.items[i]));
}

/* `main`, else the first free fn of the snippet with a body. */
static BmFnSig *entry_fn(T *t) {
  BmFnSig *m = user_fn(t, NULL, "main");
  if (m) return m;
  for (uint32_t i = 0; i < t->prog->fns.len; i++) {
    BmFnSig *s = t->prog->fns.items[i];
    if (!s->impl_type && !ts_node_is_null(s->node) && !ts_node_is_null(field(s->node, "body"))) return s;
  }
  for (uint32_t i = 0; i < t->prog->fns.len; i++) {
    BmFnSig *s = t->prog->fns.items[i];
    if (!ts_node_is_null(s->node) && !ts_node_is_null(field(s->node, "body"))) return s;
  }
  return NULL;
}

static void reset(T *t) {
  t->slots.len = t->regions.len = t->heaps.len = t->edges.len = 0;
  t->events.len = t->touched.len = t->scopes.len = t->frames.len = 0;
  t->slots.items = NULL;
  t->slots.cap = 0;
  t->regions.items = NULL;
  t->regions.cap = 0;
  t->heaps.items = NULL;
  t->heaps.cap = 0;
  t->edges.items = NULL;
  t->edges.cap = 0;
  t->scopes.items = NULL;
  t->scopes.cap = 0;
  t->nframes_total = 0;
  t->ctl = CTL_NONE;
  t->nsteps = 0;
  t->depth = 0;
  t->nlifetimes = 0;
  t->error_step = -1;
  t->declared = -1;
  t->by = NULL;
}

static void run(T *t, BmFnSig *entry) {
  TSNode fnode = entry->node, body = field(entry->node, "body");
  const char *name = entry->impl_type ? bm_arena_printf(t->a, "%s::%s", entry->impl_type, entry->name) : entry->name;
  int32_t r = region_new(t, true, name, fnode, NULL);
  add_event(t, "push", -1, -1, r);
  Frame f = {r, 0, name};
  scope_push(t, r);
  bm_array_push(t->a, &t->frames, f);
  /* the entry's own parameters: unknown values from an unknown caller */
  TSNode params = field(fnode, "parameters");
  BmNodes k_params = kids(t, params);
  for (uint32_t i = 0; i < k_params.len; i++) {
    TSNode p = k_params.items[i];
    if (!is(p, "parameter")) continue;
    TSNode pat = field(p, "pattern");
    const char *pname = param_name(t, pat);
    if (!pname) continue;
    TSNode id = is(pat, "mut_pattern") ? last_named(pat) : pat;
    const char *ty = binding_type(t, id);
    if (strcmp(ty, "?") == 0 && !ts_node_is_null(field(p, "type"))) ty = text_of(t, field(p, "type"));
    int32_t s = slot_new(t, pname, ty);
    Val u = unknown();
    slot_take(t, s, &u);
  }
  flush(t, ts_node_start_byte(fnode), ts_node_start_byte(body) + 1, true);
  exec_block(t, body, false, NULL);
  t->ctl = CTL_NONE;
  scope_pop(t);
  t->frames.len--;
  uint32_t close = ts_node_end_byte(body);
  flush(t, close - 1, close, true);
}

char *bm_timeline_abstain(BmArena *a, const char *why) {
  BmStr o;
  bm_str_init(&o, a);
  bm_str_puts(&o, "{\"steps\": [], \"error_step\": null, \"unsupported\": ");
  bm_str_json_string(&o, why);
  bm_str_puts(&o, "}");
  return o.buf;
}

/* Both runs; false when it abstains (t->reason). */
static bool build(T *t) {
  uint32_t guard_depth = t->lim ? t->lim->depth : 0;
  if (setjmp(t->abort)) {
    if (t->lim) t->lim->depth = guard_depth; /* the longjmp skipped the leave()s */
    return false;
  }
  /* pass 1: the step of each slot's last use */
  t->pass = 1;
  reset(t);
  run(t, t->entry);
  t->nedge_end = t->edges.len;
  t->edge_end = bm_arena_alloc(t->a, sizeof(int32_t) * (t->edges.len + 1));
  for (uint32_t i = t->edges.len; i-- > 0;) {
    Edge *e = &t->edges.items[i];
    int32_t end = (uint32_t)e->from < t->nlast_use ? t->last_use[e->from] : -1;
    if (end < (int32_t)e->born) end = (int32_t)e->born;
    if (end > t->edge_end[i]) t->edge_end[i] = end;
    if (e->parent >= 0 && (uint32_t)e->parent < i && t->edge_end[i] > t->edge_end[e->parent])
      t->edge_end[e->parent] = t->edge_end[i];
  }
  /* pass 2: the same run, written out */
  t->pass = 2;
  reset(t);
  bm_str_puts(&t->out, "{\"steps\": [");
  run(t, t->entry);
  if (t->error_step >= 0) bm_str_printf(&t->out, "],\n \"error_step\": %d, \"unsupported\": null}", t->error_step);
  else bm_str_puts(&t->out, "],\n \"error_step\": null, \"unsupported\": null}");
  return true;
}

char *bm_timeline_json(BmArena *a, const BmSource *src, const BmDiagSink *sink, BmProgram *prog,
                       BmFn **fns, uint32_t nfns, TSNode root) {
  T *t = bm_arena_alloc(a, sizeof *t);
  t->a = a;
  t->prog = prog;
  t->text = prog->text;
  t->src = src;
  t->sink = sink;
  t->lim = sink->limits;
  index_ir(t, fns, nfns);
  collect_lifetimes(t);
  (void)root;
  BmFnSig *entry = entry_fn(t);
  if (!entry) return bm_timeline_abstain(a, "the snippet has no fn to run");
  t->placed = bm_arena_alloc(a, sizeof(bool) * (sink->diags.len + 1));
  bm_str_init(&t->out, a);
  t->entry = entry;
  if (!build(t)) return bm_timeline_abstain(a, t->reason);
  return t->out.buf;
}
