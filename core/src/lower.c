/*
 * lower.c: a function body (tree-sitter) -> the checker's IR.
 *
 * Computes, per fn body (and per closure body, as a fn of its own):
 *   locals   bindings, params, temporaries; `ret` (the return value) and
 *            `univ` (a sink for loans that must outlive the function)
 *   places   a local and projections (field, deref, index), with a type
 *   nodes    a CFG of program points, each one access to a place (read,
 *            move, shared / mutable borrow, write, init) or a scope end
 *            (DEAD) or the exit; blocks drop their locals in reverse order
 *   loans    each borrow, with the temp that first holds it
 *   flows    "local A's references may flow into local B" (assignments,
 *            call results by the signature's lifetimes, pushes...)
 * Assumes: no syntax errors. What it cannot model (unknown macros, unsafe,
 * async, let chains, too deep nesting) sets fn->unsupported with a reason,
 * and then no error is reported for that fn. Unknown types give unknown
 * Copy-ness and carry no loans, so a guess never becomes an error.
 * Every recursion over user syntax goes through the depth guard (limits.c):
 * too deep a body is unsupported ("nesting too deep to analyze"), and the
 * rest of the program is still lowered. Lowering spends the work budget; once
 * it is spent, the fn being lowered and every fn after it are left out, with
 * one note. Decisions read the syntax tree, the item tables (types.c) and
 * the macros' parsed arguments (macros.c); the source text only as a node's
 * name or, for a format string, its literal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

#define NONE UINT32_MAX

typedef struct {
  uint32_t first_local;      /* locals[first_local..] declared in this scope, */
  BmArray(uint32_t) locals;  /* in order */
  uint32_t serial;           /* unique per scope pushed: tells a live scope from
                                a popped one at the same depth */
} Scope;

/* A declaration, for lookup: the latest one of each name first. */
typedef struct {
  uint32_t local, scope, serial;  /* in scopes[scope], which had this serial */
  uint32_t prev;                  /* the previous declaration of the name + 1 */
} Decl;

typedef struct {
  const char *label;
  uint32_t head, exit;
  uint32_t scope_depth;
  uint32_t result;           /* `break value` target temp + 1 */
  bool broken;               /* some `break` reaches the exit */
} Loop;

typedef struct {
  BmPlace *place;            /* NULL for an rvalue */
  uint32_t carrier;          /* local + 1 holding the value's loans, or 0 */
  BmType *type;
  uint32_t start, end;
  const BmStatic *stat;      /* the value of an immutable `static` item, named */
} Val;

typedef struct Lower {
  BmLowerCtx *cx;
  BmProgram *prog;
  BmArena *a;
  BmFn *fn;
  const char *text;          /* the source (nodes of both trees read it) */
  BmLimits *lim;             /* the analysis' depth guard and work budget */
  uint32_t cur;              /* the node new nodes follow, NONE if unreachable */
  BmArray(Scope) scopes;
  BmArray(Loop) loops;
  BmArray(uint32_t) stmt_temps;  /* value temps freed at the end of the statement */
  BmType *self_type;
  bool fnmut_closure;        /* lowering a closure body called many times */
  struct Lower *outer;       /* the enclosing fn of a closure body */
  BmArray(const char *) capture_names;
  bool index_mut;            /* lowering the left side of an assignment:
                               indexing a Vec there is IndexMut */
  bool index_mut_done;       /* ... and its `&mut` borrow was emitted */
  bool unextended;           /* the next expression is an argument whose
                                temporaries are not lifetime-extended */
  bool vec_elems;            /* lowering the elements of `vec!` */
  bool scrut_deref;          /* binding a pattern against `*e` (E0507's help) */
  TSNode match_node;         /* reading a pattern's tests: the span of its
                                comparisons (the `match`, an `if let`'s pattern) */
  bool too_deep;             /* the depth guard said no: the fn (and the fns
                                around a closure) is given up, so stop */
  /* lookup: the declarations of each name, latest first, by a hash of the
   * name (open addressing), so a lookup costs O(1) plus the shadowed
   * declarations it skips, not O(locals in scope) */
  BmArray(Decl) decls;
  uint32_t *name_heads;      /* slot: latest Decl of a name + 1, or 0 */
  uint32_t name_cap, nnames;
  uint32_t next_serial;
  TSNode expect_node;        /* an expression whose type the context */
  BmType *expect_type;       /* gives (`let x: T = e`, `return e`) */
} Lower;

static void expect(Lower *L, TSNode e, BmType *t) {
  L->expect_node = e;
  L->expect_type = t;
}

static Val lower_expr(Lower *L, TSNode n);
static Val lower_block(Lower *L, TSNode block, bool to_ret);
static void lower_fn(BmLowerCtx *cx, TSNode fn_node, BmType *self_type, BmFnSig *sig,
                     TSNode impl_node);

/* ------------------------------------------------------------ helpers */

/* Spans: nodes of the source's tree and of the macros' tree (macros.c)
 * share the source's byte offsets. */
static uint32_t S(Lower *L, TSNode n) { (void)L; return ts_node_start_byte(n); }
static uint32_t E(Lower *L, TSNode n) { (void)L; return ts_node_end_byte(n); }
static const char *K(TSNode n) { return ts_node_type(n); }
static bool is(TSNode n, const char *k) { return bm_node_is(n, k); }
static char *text_of(Lower *L, TSNode n) { return bm_node_text(L->a, L->text, n); }
/* Is node n's text exactly `name`? (an identifier compared as a name) */
static bool text_is(Lower *L, TSNode n, const char *name) {
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  size_t len = strlen(name);
  return !ts_node_is_null(n) && e - s == len && memcmp(L->text + s, name, len) == 0;
}
static TSNode field(TSNode n, const char *f) {
  return bm_field_name(n, f, (uint32_t)strlen(f));
}
static BmNodes kids(Lower *L, TSNode n) { return bm_kids(L->a, n); }
static BmNodes all_kids(Lower *L, TSNode n) { return bm_kids_all(L->a, n); }
/* Has node n an anonymous child token of this kind (`move`, `mut`, `&`)? */
static bool has_token(Lower *L, TSNode n, const char *kind) {
  BmNodes k = all_kids(L, n);
  for (uint32_t i = 0; i < k.len; i++)
    if (strcmp(K(k.items[i]), kind) == 0) return true;
  return false;
}
static TSNode last_named(TSNode n) {
  uint32_t c = ts_node_named_child_count(n);
  return c ? ts_node_named_child(n, c - 1) : (TSNode){0};
}
static BmType *unknown_type(Lower *L) { return bm_type_new(L->a, BM_TY_UNKNOWN, NULL); }

static void mark_unsupported(Lower *L) {
  L->fn->unsupported = true;
  for (Lower *o = L->outer; o; o = o->outer) o->fn->unsupported = true;
}

static void unsupported(Lower *L, TSNode n, const char *why) {
  if (!L->fn->unsupported && !L->cx->stopped)
    bm_diag_unsupported(L->cx->sink, S(L, n), E(L, n), "%s", why);
  mark_unsupported(L);
}

/* The depth guard (limits.c): true if the caller may recurse into `n`
 * (then it calls shallower after); false: the fn is unsupported. */
static bool deeper(Lower *L, TSNode n) {
  if (!L->too_deep && bm_deeper(L->lim)) return true;
  if (!L->too_deep) unsupported(L, n, BM_TOO_DEEP);
  for (Lower *o = L; o; o = o->outer) o->too_deep = true;
  return false;
}
static void shallower(Lower *L) { bm_shallower(L->lim); }

/* The work budget: false once it is spent (the fn is then left out). */
static bool spend(Lower *L, TSNode n, uint64_t units) {
  if (bm_spend(L->lim, units) && !L->cx->stopped) return true;
  if (!L->cx->stopped) bm_diag_unsupported(L->cx->sink, S(L, n), E(L, n), BM_OUT_OF_WORK);
  L->cx->stopped = true;
  mark_unsupported(L);
  return false;
}

static uint32_t node_new(Lower *L, BmNodeKind kind, uint32_t start, uint32_t end) {
  BmNode n;
  memset(&n, 0, sizeof n);
  n.kind = (uint8_t)kind;
  n.start = start;
  n.end = end;
  bm_array_push(L->a, &L->fn->nodes, n);
  return L->fn->nodes.len - 1;
}

static void link(Lower *L, uint32_t from, uint32_t to) {
  if (from == NONE || to == NONE) return;
  BmNode *f = bm_array_get(&L->fn->nodes, from);
  if (f->nsucc < 2) {
    f->succ[f->nsucc++] = to;
    return;
  }
  /* a third successor: split through a NOP */
  uint32_t old = f->succ[1];
  uint32_t m = node_new(L, BM_N_NOP, f->start, f->start);
  f = bm_array_get(&L->fn->nodes, from);
  f->succ[1] = m;
  BmNode *mn = bm_array_get(&L->fn->nodes, m);
  mn->succ[0] = old;
  mn->succ[1] = to;
  mn->nsucc = 2;
}

/* Put a node's last successor first (MIR's switchInt order: exit / else first). */
static void succ_swap(Lower *L, uint32_t at) {
  BmNode *n = bm_array_get(&L->fn->nodes, at);
  if (n->nsucc == 2) {
    uint32_t t = n->succ[0];
    n->succ[0] = n->succ[1];
    n->succ[1] = t;
  }
}

static uint32_t emit(Lower *L, BmNodeKind kind, uint32_t start, uint32_t end) {
  uint32_t id = node_new(L, kind, start, end);
  link(L, L->cur, id);
  L->cur = id;
  return id;
}

static BmNode *node_at(Lower *L, uint32_t id) { return bm_array_get(&L->fn->nodes, id); }

static uint32_t local_new(Lower *L, const char *name, BmType *type, uint32_t start, uint32_t end) {
  BmLocal l;
  memset(&l, 0, sizeof l);
  l.name = name;
  l.type = type ? type : unknown_type(L);
  l.start = start;
  l.end = end;
  bm_array_push(L->a, &L->fn->locals, l);
  return L->fn->locals.len - 1;
}

static BmLocal *local_at(Lower *L, uint32_t id) { return bm_array_get(&L->fn->locals, id); }

static uint32_t temp_new(Lower *L, BmType *type, uint32_t start, uint32_t end) {
  uint32_t t = local_new(L, "<temp>", type, start, end);
  local_at(L, t)->is_temp = true;
  return t;
}

static uint32_t name_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

/* The hash slot of a name: its slot, or the empty one it would go in. */
static uint32_t *name_slot(Lower *L, const char *name) {
  for (uint32_t h = name_hash(name) & (L->name_cap - 1);; h = (h + 1) & (L->name_cap - 1)) {
    uint32_t at = L->name_heads[h];
    if (!at || strcmp(local_at(L, L->decls.items[at - 1].local)->name, name) == 0)
      return &L->name_heads[h];
  }
}

static void declare(Lower *L, uint32_t local) {
  bm_array_push(L->a, &bm_array_last(&L->scopes)->locals, local);
  if (2 * (L->nnames + 1) > L->name_cap) {
    /* grow, and re-insert the latest declaration of every name */
    uint32_t *old = L->name_heads, old_cap = L->name_cap;
    L->name_cap = old_cap ? old_cap * 2 : 64;
    L->name_heads = bm_arena_alloc(L->a, L->name_cap * sizeof(uint32_t));
    for (uint32_t i = 0; i < old_cap; i++)
      if (old[i]) *name_slot(L, local_at(L, L->decls.items[old[i] - 1].local)->name) = old[i];
  }
  uint32_t *slot = name_slot(L, local_at(L, local)->name);
  if (!*slot) L->nnames++;
  Scope *top = bm_array_last(&L->scopes);
  Decl d = {local, L->scopes.len - 1, top->serial, *slot};
  bm_array_push(L->a, &L->decls, d);
  *slot = L->decls.len;
}

/* The local a name refers to here: the latest declaration of it whose scope
 * is still open (the innermost scope's, and in it the last one), or NONE. */
static uint32_t lookup(Lower *L, const char *name) {
  if (!L->name_cap) return NONE;
  uint32_t skipped = 0, found = NONE;
  for (uint32_t at = *name_slot(L, name); at; at = L->decls.items[at - 1].prev, skipped++) {
    const Decl *d = &L->decls.items[at - 1];
    if (d->scope < L->scopes.len && L->scopes.items[d->scope].serial == d->serial) {
      found = d->local;
      break;
    }
  }
  bm_spend(L->lim, skipped);
  return found;
}

static void flow(Lower *L, uint32_t from1, uint32_t to) {
  if (!from1 || to == NONE || from1 - 1 == to) return;
  BmFlow f = {from1 - 1, to};
  bm_array_push(L->a, &L->fn->flows, f);
}

/* ------------------------------------------------------------ places */

static BmPlace *place_local(Lower *L, uint32_t local) {
  BmPlace *p = bm_arena_alloc(L->a, sizeof *p);
  p->local = local;
  p->type = local_at(L, local)->type;
  return p;
}

/* Emit the initialisation of `local` over [start, end), reading the local
 * `use` (a carrier + 1, or 0); returns the node. Flows are the caller's. */
static BmNode *init_local(Lower *L, uint32_t local, uint32_t use, uint32_t start,
                          uint32_t end) {
  BmNode *n = node_at(L, emit(L, BM_N_ACCESS, start, end));
  n->access = BM_AC_INIT;
  n->place = place_local(L, local);
  n->def = local + 1;
  n->use = use;
  return n;
}

static BmPlace *place_proj(Lower *L, const BmPlace *base, BmProjKind kind, const char *name,
                           uint8_t ptr, bool implicit, BmType *type) {
  BmPlace *p = bm_arena_alloc(L->a, sizeof *p);
  p->local = base->local;
  p->nproj = base->nproj + 1;
  p->proj = bm_arena_alloc(L->a, p->nproj * sizeof(BmProj));
  if (base->nproj) memcpy(p->proj, base->proj, base->nproj * sizeof(BmProj));
  BmProj *x = &p->proj[base->nproj];
  x->kind = (uint8_t)kind;
  x->name = name;
  x->ptr = ptr;
  x->implicit = implicit;
  const BmType *bt = base->type;
  x->opaque_base = kind != BM_PROJ_DEREF &&
                   (!bt || bt->kind == BM_TY_UNKNOWN || bt->kind == BM_TY_PARAM);
  if (kind == BM_PROJ_FIELD && bt && bt->kind == BM_TY_ADT && bt->item->has_drop &&
      !bm_program_trait(L->prog, "Drop"))
    x->drop_type = bm_type_str(L->a, bt);
  p->type = type ? type : unknown_type(L);
  return p;
}

static uint8_t ptr_kind(const BmType *t) {
  if (!t) return BM_PTR_UNKNOWN;
  if (t->kind == BM_TY_REF) return t->mut_ref ? BM_PTR_MUT : BM_PTR_REF;
  if (t->kind == BM_TY_STD && strcmp(t->name, "Box") == 0) return BM_PTR_BOX;
  if (t->kind == BM_TY_STD && strcmp(t->name, "Rc") == 0) return BM_PTR_RC;
  if (t->kind == BM_TY_STD && strcmp(t->name, "Arc") == 0) return BM_PTR_ARC;
  return BM_PTR_UNKNOWN;
}

static BmType *pointee(const BmType *t) {
  return t && t->nargs ? t->args[0] : NULL;
}

/* Auto-deref a place through references and smart pointers. */
static BmPlace *autoderef(Lower *L, BmPlace *p) {
  for (int i = 0; i < 4 && ptr_kind(p->type) != BM_PTR_UNKNOWN; i++)
    p = place_proj(L, p, BM_PROJ_DEREF, NULL, ptr_kind(p->type), true, pointee(p->type));
  return p;
}

static bool place_has_deref(const BmPlace *p) {
  for (uint32_t i = 0; i < p->nproj; i++)
    if (p->proj[i].kind == BM_PROJ_DEREF) return true;
  return false;
}

bool bm_place_prefix(const BmPlace *prefix, const BmPlace *p) {
  if (prefix->local != p->local || prefix->nproj > p->nproj) return false;
  for (uint32_t i = 0; i < prefix->nproj; i++) {
    const BmProj *a = &prefix->proj[i], *b = &p->proj[i];
    if (a->kind != b->kind) return false;
    if (a->kind == BM_PROJ_FIELD && strcmp(a->name, b->name) != 0) {
      /* different variants of one enum overlap (same memory) */
      const char *da = strchr(a->name, '.'), *db = strchr(b->name, '.');
      if (!da || !db) return false;
      if (strcmp(da, db) != 0 && (size_t)(da - a->name) == (size_t)(db - b->name)) return true;
      return false;
    }
  }
  return true;
}

bool bm_place_overlap(const BmPlace *a, const BmPlace *b) {
  return bm_place_prefix(a, b) || bm_place_prefix(b, a);
}

const char *bm_place_str(BmArena *a, const BmFn *fn, const BmPlace *p) {
  const char *s = bm_array_get(&fn->locals, p->local)->name;
  uint32_t n = p->nproj;
  for (uint32_t i = 0; i < p->nproj; i++)
    if (p->proj[i].kind == BM_PROJ_INDEX) { n = i; break; }
  /* rustc names `*x` for a deref of a reference that ends the path */
  for (uint32_t i = 0; i < n; i++) {
    const BmProj *x = &p->proj[i];
    if (x->kind == BM_PROJ_DEREF) {
      bool last = true;
      for (uint32_t j = i + 1; j < n; j++)
        if (p->proj[j].kind == BM_PROJ_FIELD) last = false;
      if (!x->implicit || last) s = bm_arena_printf(a, "*%s", s);
    } else if (x->kind == BM_PROJ_FIELD) {
      const char *dot = strchr(x->name, '.');
      if (dot) s = bm_arena_printf(a, "(%s as %.*s).%s", s, (int)(dot - x->name), x->name, dot + 1);
      else s = bm_arena_printf(a, "%s.%s", s, x->name);
    }
  }
  return s;
}

/* ------------------------------------------------------------ accesses */

static uint32_t access(Lower *L, BmAccess how, BmPlace *p, uint32_t start, uint32_t end,
                       uint16_t flags) {
  uint32_t id = emit(L, BM_N_ACCESS, start, end);
  BmNode *n = node_at(L, id);
  n->access = (uint8_t)how;
  n->place = p;
  n->flags = flags;
  return id;
}

static uint32_t new_loan(Lower *L, BmPlace *p, bool mut, uint32_t node, uint32_t start,
                         uint32_t end, BmType *ref_type) {
  uint32_t t = temp_new(L, ref_type, start, end);
  BmLoan loan;
  memset(&loan, 0, sizeof loan);
  loan.place = p;
  loan.mut = mut;
  loan.node = node;
  loan.carrier = t;
  loan.start = start;
  loan.end = end;
  bm_array_push(L->a, &L->fn->loans, loan);
  BmNode *n = node_at(L, node);
  n->loan = L->fn->loans.len;
  n->def = t + 1;
  /* a reborrow through a reference (`&v[0]`, `ref x` behind `&`) points
   * where that reference points: it carries the reference's loans too */
  for (uint32_t i = 0; i < p->nproj; i++)
    if (p->proj[i].kind == BM_PROJ_DEREF && (p->proj[i].ptr == BM_PTR_REF || p->proj[i].ptr == BM_PTR_MUT)) {
      flow(L, p->local + 1, t);
      break;
    }
  return t + 1;
}

/* A value as an rvalue with its carrier (materialise a place by a use). */
static Val rvalue(BmType *type, uint32_t carrier, uint32_t start, uint32_t end) {
  Val v = {NULL, carrier, type, start, end, NULL};
  return v;
}

/* Use a value by value: copy, move, or (unknown type) an unknown use.
 * Returns the local + 1 carrying its loans. */
static uint32_t consume(Lower *L, Val v, uint16_t flags) {
  if (!v.place) return v.carrier;
  BmTri c = bm_type_copy(v.type);
  if (c == BM_NO) access(L, BM_AC_MOVE, v.place, v.start, v.end, flags);
  else access(L, BM_AC_READ, v.place, v.start, v.end, flags | (c == BM_MAYBE ? BM_F_UNKNOWN : 0));
  return bm_type_holds_refs(v.type) ? v.place->local + 1 : 0;
}

/* Hold a value in a fresh temp (so a later consumer has one local). */
static uint32_t hold(Lower *L, Val v, uint32_t carrier) {
  uint32_t t = temp_new(L, v.type, v.start, v.end);
  init_local(L, t, carrier, v.start, v.end);
  flow(L, carrier, t);
  return t;
}

/* The place of a value; an rvalue is held in a temp first. `value_temp`:
 * the temp is an owned value freed at the end of the statement (E0716). */
static BmPlace *place_of(Lower *L, Val *v, bool value_temp) {
  if (v->place) return v->place;
  uint32_t t = hold(L, *v, v->carrier);
  if (value_temp && v->type->kind != BM_TY_UNKNOWN && v->type->kind != BM_TY_REF) {
    local_at(L, t)->is_value_temp = true;
    bm_array_push(L->a, &L->stmt_temps, t);
  }
  v->place = place_local(L, t);
  v->carrier = t + 1;
  return v->place;
}

/* ------------------------------------------------------------ scopes */

static void scope_push(Lower *L) {
  Scope s;
  memset(&s, 0, sizeof s);
  s.serial = ++L->next_serial;
  bm_array_push(L->a, &L->scopes, s);
}

static void emit_dead(Lower *L, uint32_t local, uint32_t start, uint32_t end) {
  uint32_t id = emit(L, BM_N_DEAD, start, end);
  node_at(L, id)->place = place_local(L, local);
  node_at(L, id)->def = local + 1;
}

/* DEAD nodes for scopes [down_to, top) without popping (break / return). */
static void dead_scopes(Lower *L, uint32_t down_to, uint32_t start, uint32_t end) {
  for (uint32_t s = L->scopes.len; s-- > down_to;) {
    Scope *sc = bm_array_get(&L->scopes, s);
    for (uint32_t i = sc->locals.len; i-- > 0;) {
      uint32_t id = sc->locals.items[i];
      BmLocal *l = local_at(L, id);
      if (l->is_param && bm_type_holds_refs(l->type)) continue;
      emit_dead(L, id, start, end);
    }
  }
}

static void scope_pop(Lower *L, uint32_t start, uint32_t end) {
  if (L->cur != NONE) dead_scopes(L, L->scopes.len - 1, start, end);
  L->scopes.len--;
}

/* A NOP where perms.c reads the state: after a statement (BM_F_POINT), or
 * once the parameters are bound (BM_F_ENTRY_POINT). */
static void point(Lower *L, uint16_t flags, uint32_t start, uint32_t end) {
  if (L->cur == NONE) return;
  uint32_t id = emit(L, BM_N_NOP, start, end);
  node_at(L, id)->flags = flags;
}

static void end_statement(Lower *L, uint32_t start, uint32_t end) {
  for (uint32_t i = L->stmt_temps.len; i-- > 0;)
    if (L->cur != NONE) emit_dead(L, L->stmt_temps.items[i], start, end);
  L->stmt_temps.len = 0;
}

/* ------------------------------------------------------------ patterns */

static bool is_variant_name(Lower *L, const char *name) {
  if (strcmp(name, "None") == 0) return true;
  for (uint32_t i = 0; i < L->prog->variant_names.len; i++)
    if (strcmp(L->prog->variant_names.items[i], name) == 0) return true;
  return false;
}

/* The elements of a tuple, tuple-struct or slice pattern, in order: its
 * named children and the wildcards `_` (an anonymous token in the grammar,
 * so not among the named children, yet it takes a position). */
static BmNodes pattern_elems(Lower *L, TSNode p) {
  BmNodes all = all_kids(L, p), out = {all.items, 0};
  for (uint32_t i = 0; i < all.len; i++) {
    TSNode c = all.items[i];
    if (ts_node_is_named(c) || strcmp(K(c), "_") == 0) out.items[out.len++] = c;
  }
  return out;
}

/* Bind a new local from a source value, by value (copy / move out of the
 * source place) or by reference (`ref`, or match ergonomics). */
static void bind_name(Lower *L, TSNode id_node, bool mut, int by_ref, Val src) {
  const char *name = text_of(L, id_node);
  if (is_variant_name(L, name)) return;
  uint32_t start = S(L, id_node), end = E(L, id_node);
  uint32_t carrier;
  BmType *type;
  if (by_ref) {
    /* `ref x` / `ref mut x`: a borrow of the source place */
    type = bm_type_ref(L->a, src.type, by_ref == 2);
    if (src.place) {
      uint32_t acc = access(L, by_ref == 2 ? BM_AC_MUT : BM_AC_SHARED, src.place, start, end, 0);
      carrier = new_loan(L, src.place, by_ref == 2, acc, start, end, type);
    } else {
      carrier = src.carrier;
    }
  } else {
    type = src.type;
    uint32_t scrut_start = 0, scrut_end = 0;
    if (src.place && src.place->nproj) {
      /* a binding inside a pattern: the move happens at the binding */
      scrut_start = src.start;
      scrut_end = src.end;
      src.start = start;
      src.end = end;
    }
    uint32_t before = L->fn->nodes.len;
    carrier = consume(L, src, 0);
    if (scrut_end && L->fn->nodes.len > before) {
      BmNode *mn = node_at(L, L->fn->nodes.len - 1);
      if (mn->access == BM_AC_MOVE) {
        if (L->scrut_deref) mn->flags |= BM_F_SCRUT_DEREF;
        mn->scrut_start = scrut_start;
        mn->scrut_end = scrut_end;
      }
    }
  }
  uint32_t local = local_new(L, name, type, start, end);
  local_at(L, local)->mut_decl = mut;
  /* a closure value keeps what we know about its body */
  if (!by_ref && carrier && type && type->kind == BM_TY_CLOSURE)
    local_at(L, local)->closure = local_at(L, carrier - 1)->closure;
  init_local(L, local, carrier, start, end);
  if (bm_type_holds_refs(type)) flow(L, carrier, local);
  declare(L, local);
}

/* The value at a sub-place of a pattern's source. */
static Val sub_val(Lower *L, Val src, BmProjKind kind, const char *name, BmType *type) {
  Val v = src;
  v.type = type ? type : unknown_type(L);
  if (src.place) v.place = place_proj(L, src.place, kind, name, ptr_kind(src.type), false, v.type);
  return v;
}

/* _pattern: identifier | mut_pattern | ref_pattern | tuple_pattern
 *         | tuple_struct_pattern | struct_pattern | reference_pattern
 *         | captured_pattern | or_pattern | _ | literals | ranges
 * `by_ref`: the default binding mode (match ergonomics through a reference). */
static void bind_pattern_in(Lower *L, TSNode p, Val src, int by_ref, bool mut);

static void bind_pattern(Lower *L, TSNode p, Val src, int by_ref, bool mut, int depth) {
  (void)depth;
  if (ts_node_is_null(p) || !deeper(L, p)) return;
  bind_pattern_in(L, p, src, by_ref, mut);
  shallower(L);
}

/* The last segment of a path node (`Shape::Circle` -> `Circle`), as text. */
static const char *path_last(Lower *L, TSNode path) {
  if (is(path, "scoped_identifier") || is(path, "scoped_type_identifier")) {
    TSNode name = field(path, "name");
    if (!ts_node_is_null(name)) return text_of(L, name);
  }
  return text_of(L, path);
}

static void bind_pattern_in(Lower *L, TSNode p, Val src, int by_ref, bool mut) {
  const int depth = 0;
  const char *k = K(p);
  /* match ergonomics: a non-reference pattern against a reference */
  /* a shorthand field `Foo { key }` binds like an identifier */
  bool ident = strcmp(k, "identifier") == 0 || strcmp(k, "shorthand_field_identifier") == 0;
  if (src.type && src.type->kind == BM_TY_REF && !ident &&
      strcmp(k, "reference_pattern") != 0 && strcmp(k, "mut_pattern") != 0 &&
      strcmp(k, "ref_pattern") != 0 && strcmp(k, "captured_pattern") != 0) {
    int mode = src.type->mut_ref ? 2 : 1;
    if (by_ref == 1) mode = 1;
    Val inner = src;
    inner.type = pointee(src.type);
    if (src.place)
      inner.place = place_proj(L, src.place, BM_PROJ_DEREF, NULL, ptr_kind(src.type), true, inner.type);
    bind_pattern(L, p, inner, mode, mut, depth + 1);
    return;
  }
  if (ident) {
    if (by_ref) {
      /* binding through a reference: a reference into the source */
      Val v = src;
      BmType *rt = bm_type_ref(L->a, src.type, by_ref == 2);
      uint32_t carrier = src.place ? src.place->local + 1 : src.carrier;
      uint32_t local = local_new(L, text_of(L, p), rt, S(L, p), E(L, p));
      if (is_variant_name(L, local_at(L, local)->name)) return;
      if (v.place) access(L, BM_AC_READ, v.place, S(L, p), E(L, p), BM_F_UNKNOWN);
      init_local(L, local, carrier, S(L, p), E(L, p));
      flow(L, carrier, local);
      declare(L, local);
      return;
    }
    bind_name(L, p, mut, 0, src);
  } else if (strcmp(k, "mut_pattern") == 0) {
    bind_pattern(L, last_named(p), src, by_ref, true, depth + 1);
  } else if (strcmp(k, "ref_pattern") == 0) {
    TSNode inner = ts_node_named_child(p, 0);
    /* `ref tail @ ..` parses as ref_pattern(captured_pattern(tail, ..)):
     * `tail` borrows the whole matched place */
    if (is(inner, "captured_pattern")) inner = ts_node_named_child(inner, 0);
    bool m = false;
    if (is(inner, "mut_pattern")) {
      m = true;
      inner = last_named(inner);
    }
    if (is(inner, "identifier")) bind_name(L, inner, false, m ? 2 : 1, src);
  } else if (strcmp(k, "tuple_pattern") == 0) {
    uint32_t idx = 0;
    BmNodes kp = pattern_elems(L, p);
    for (uint32_t i = 0; i < kp.len; i++) {
      TSNode c = kp.items[i];
      if (is(c, "remaining_field_pattern")) { idx = NONE; continue; }
      if (idx == NONE) { bind_pattern(L, c, sub_val(L, src, BM_PROJ_FIELD, "?", NULL), by_ref, mut, depth + 1); continue; }
      BmType *ft = src.type && src.type->kind == BM_TY_TUPLE && idx < src.type->nargs
                       ? src.type->args[idx] : NULL;
      bind_pattern(L, c, sub_val(L, src, BM_PROJ_FIELD, bm_arena_printf(L->a, "%u", idx), ft),
                   by_ref, mut, depth + 1);
      idx++;
    }
  } else if (strcmp(k, "tuple_struct_pattern") == 0) {
    TSNode ty = field(p, "type");
    const char *vname = path_last(L, ty);
    uint32_t idx = 0;
    BmNodes kp = pattern_elems(L, p);
    for (uint32_t i = 0; i < kp.len; i++) {
      TSNode c = kp.items[i];
      if (ts_node_eq(c, ty)) continue;
      if (is(c, "remaining_field_pattern")) continue;
      BmType *ft;
      const char *fname;
      if (src.type && src.type->kind == BM_TY_ADT && !src.type->item->is_enum) {
        fname = bm_arena_printf(L->a, "%u", idx);
        ft = bm_type_field(src.type, fname);
      } else {
        ft = bm_type_variant_field(L->a, src.type, vname, idx, NULL);
        fname = bm_arena_printf(L->a, "%s.%u", vname, idx);
      }
      bind_pattern(L, c, sub_val(L, src, BM_PROJ_FIELD, fname, ft), by_ref, mut, depth + 1);
      idx++;
    }
  } else if (strcmp(k, "struct_pattern") == 0) {
    TSNode ty = field(p, "type");
    const char *vname = path_last(L, ty);
    bool scoped = is(ty, "scoped_type_identifier") || is(ty, "scoped_identifier");
    bool variant = scoped && src.type && src.type->kind == BM_TY_ADT && src.type->item->is_enum;
    BmNodes kp = kids(L, p);
    for (uint32_t i = 0; i < kp.len; i++) {
      TSNode c = kp.items[i];
      if (!is(c, "field_pattern")) continue;
      TSNode name = field(c, "name"), sub = field(c, "pattern");
      const char *fname = text_of(L, name);
      BmType *ft = variant ? bm_type_variant_field(L->a, src.type, vname, 0, fname)
                           : bm_type_field(src.type, fname);
      const char *pname = variant ? bm_arena_printf(L->a, "%s.%s", vname, fname) : fname;
      Val sv = sub_val(L, src, BM_PROJ_FIELD, pname, ft);
      if (ts_node_is_null(sub)) {
        /* shorthand `x`, `ref x`, `mut x` */
        bool m = false, r = false;
        BmNodes kc = all_kids(L, c);
        for (uint32_t j = 0; j < kc.len; j++) {
          TSNode ch = kc.items[j];
          if (is(ch, "mutable_specifier")) m = true;
          if (strcmp(K(ch), "ref") == 0) r = true;
        }
        if (r) bind_name(L, name, false, m ? 2 : 1, sv);
        else if (by_ref) bind_pattern(L, name, sv, by_ref, m, depth + 1);
        else bind_name(L, name, m, 0, sv);
      } else {
        bind_pattern(L, sub, sv, by_ref, mut, depth + 1);
      }
    }
  } else if (strcmp(k, "reference_pattern") == 0) {
    Val inner = src;
    inner.type = src.type && src.type->kind == BM_TY_REF ? pointee(src.type) : unknown_type(L);
    if (src.place)
      inner.place = place_proj(L, src.place, BM_PROJ_DEREF, NULL, ptr_kind(src.type), false, inner.type);
    inner.carrier = 0;
    bind_pattern(L, last_named(p), inner, 0, mut, depth + 1);
  } else if (strcmp(k, "or_pattern") == 0) {
    bind_pattern(L, ts_node_named_child(p, 0), src, by_ref, mut, depth + 1);
  } else if (strcmp(k, "captured_pattern") == 0) {
    Val u = src;
    u.type = unknown_type(L);
    bind_pattern(L, ts_node_named_child(p, 0), u, by_ref, mut, depth + 1);
  } else if (strcmp(k, "slice_pattern") == 0) {
    BmNodes kp = kids(L, p);
    bool arr = src.type && src.type->kind == BM_TY_ARRAY;
    for (uint32_t i = 0; i < kp.len; i++) {
      TSNode c = kp.items[i];
      Val u = src;
      u.type = unknown_type(L);
      u.place = NULL;
      u.carrier = 0;
      /* an element bound by reference (`ref x`, `ref tail @ ..`, or through
       * match ergonomics) borrows an element of the source: it carries
       * the source's loans. By-value bindings stay unknown (moving out of
       * an array by a pattern is allowed, out of a slice it is not). */
      bool refs = by_ref || is(c, "ref_pattern");
      if (src.place && refs) {
        BmType *et = arr ? pointee(src.type) : NULL;
        u.place = place_proj(L, src.place, BM_PROJ_INDEX, NULL, 0, false, et ? et : unknown_type(L));
      }
      bind_pattern(L, c, u, by_ref, mut, depth + 1);
    }
  }
  /* `_`, literals, ranges: no binding, no move */
}

/* ------------------------------------------------------------ calls */

/* Keep argument temps live until the call happens. */
static void use_locals(Lower *L, const uint32_t *carriers, uint32_t n, uint32_t at) {
  for (uint32_t i = 0; i < n; i++)
    if (carriers[i]) {
      uint32_t id = emit(L, BM_N_USE, at, at);
      node_at(L, id)->use = carriers[i];
    }
}

static void static_moved(Lower *L, Val v);

static void pend(Lower *L, const char *code, uint32_t start, uint32_t end, const char *msg,
                 const char *label, uint32_t ls, uint32_t le, const char *note) {
  BmPending p = {code, msg, label, note, NULL, start, end, ls, le};
  bm_array_push(L->a, &L->fn->pending, p);
}

/* The snippet's `*_assign` method (`&mut self`) that `a op= b` calls for a
 * struct or enum `a`. */
static bool op_assign_of(Lower *L, TSNode n, const BmType *t) {
  static const char *const ops[][2] = {
      {"+=", "add_assign"}, {"-=", "sub_assign"}, {"*=", "mul_assign"}, {"/=", "div_assign"},
      {"%=", "rem_assign"}, {"^=", "bitxor_assign"}, {"&=", "bitand_assign"},
      {"|=", "bitor_assign"}, {"<<=", "shl_assign"}, {">>=", "shr_assign"}};
  TSNode op = field(n, "operator");
  if (ts_node_is_null(op) || !t->name) return false;
  for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
    if (!is(op, ops[i][0])) continue;
    const BmFnSig *sig = bm_program_fn(L->prog, t->name, ops[i][1]);
    return sig && sig->self_mode == BM_SELF_MUT;
  }
  return false;
}

/* A `static` is one value for the whole program, not a local: moving out
 * of it would leave it empty (E0507); an immutable one is never written
 * nor borrowed `&mut` (E0594 / E0596). Its value is not a place of the
 * fn (no moves, loans or drops are tracked for it), so these are decided
 * here. */
static void static_moved(Lower *L, Val v) {
  if (bm_type_copy(v.stat->type) != BM_NO) return;
  const char *ty = bm_type_str(L->a, v.stat->type);
  pend(L, "E0507", v.start, v.end,
       bm_arena_printf(L->a, "cannot move out of static item `%s`", v.stat->name),
       bm_arena_printf(L->a, "move occurs because `%s` has type `%s`, which does not implement "
                       "the `Copy` trait", v.stat->name, ty), v.start, v.end,
       bm_arena_printf(L->a, "`%s` lives for the whole program and every use of it reads the "
                       "same memory, so nobody may take its value away", v.stat->name));
}

static const BmStatic *static_named(Lower *L, TSNode n) {
  if (!is(n, "identifier")) return NULL;
  const char *name = text_of(L, n);
  if (lookup(L, name) != NONE) return NULL;
  return bm_program_static(L->prog, name);
}

static void static_written(Lower *L, const BmStatic *st, uint32_t start, uint32_t end, bool borrow) {
  const char *msg = borrow
      ? bm_arena_printf(L->a, "cannot borrow immutable static item `%s` as mutable", st->name)
      : bm_arena_printf(L->a, "cannot assign to immutable static item `%s`", st->name);
  pend(L, borrow ? "E0596" : "E0594", start, end, msg,
       borrow ? "cannot borrow as mutable" : "cannot assign", start, end,
       bm_arena_printf(L->a, "`%s` is a `static` declared without `mut`: its memory is "
                       "read-only for the whole program", st->name));
}

static Val lower_closure(Lower *L, TSNode n, int spawned, bool fnmut);

enum { MAX_ARGS = 32 };

/* A call whose value is never promoted to a constant: a method call, a
 * function called by a lowercase name (`String::from`, `id`) or `vec!`
 * (`Foo(1)` and `Some(2)` may be promoted; `format!`'s temporary is
 * reported by rustc inside the macro, so it is left out). */
static bool fresh_call(Lower *L, TSNode e) {
  const BmMacroCall *mc = bm_macro_call(L->prog->macros, e);
  if (mc || is(e, "macro_invocation")) {
    if (mc) return mc->kind == BM_MC_VEC;
    TSNode m = field(e, "macro");
    return !ts_node_is_null(m) && text_is(L, m, "vec");
  }
  if (!is(e, "call_expression")) return false;
  TSNode f = field(e, "function");
  if (is(f, "generic_function")) f = field(f, "function");
  if (is(f, "field_expression")) return true;
  if (is(f, "scoped_identifier")) f = field(f, "name");
  if (!is(f, "identifier")) return false;
  const char *name = text_of(L, f);
  return name[0] >= 'a' && name[0] <= 'z';
}

/* A constant expression rustc promotes to a 'static when it is borrowed
 * shared (`[1, 2, 3].iter()`, `&(1, 'a')`): literals, and arrays, tuples,
 * parentheses and negations of them. Its temporary is never freed. */
static bool promotable(Lower *L, TSNode e, int depth) {
  if (ts_node_is_null(e) || depth > 32) return false;
  if (is(e, "integer_literal") || is(e, "float_literal") || is(e, "boolean_literal") || is(e, "char_literal") ||
      is(e, "string_literal") || is(e, "raw_string_literal") || is(e, "unit_expression"))
    return true;
  if (is(e, "unary_expression")) return strcmp(K(ts_node_child(e, 0)), "-") == 0 && promotable(L, ts_node_named_child(e, 0), depth + 1);
  if (is(e, "parenthesized_expression") || is(e, "array_expression") || is(e, "tuple_expression")) {
    BmNodes k = kids(L, e);
    for (uint32_t i = 0; i < k.len; i++) {
      if (is(k.items[i], "line_comment") || is(k.items[i], "block_comment")) continue;
      if (!promotable(L, k.items[i], depth + 1)) return false;
    }
    return true;
  }
  return false;
}

/* `&call()` (or `&*call()`, `&call()[..]`, `&call().field`) as an
 * argument of a method or fn call, an element of `vec!` or the right side
 * of an assignment: its temporary is freed at the end of the statement
 * (only constructors' and `let`'s operands are lifetime-extended). */
static void mark_unextended(Lower *L, TSNode a) {
  if (!is(a, "reference_expression")) return;
  TSNode in = field(a, "value");
  if (is(in, "unary_expression") && strcmp(K(ts_node_child(in, 0)), "*") == 0)
    in = ts_node_named_child(in, 0);
  for (int i = 0; i < BM_MAX_DEPTH; i++) {
    if (is(in, "index_expression")) in = ts_node_named_child(in, 0);
    else if (is(in, "field_expression")) in = field(in, "value");
    else break;
  }
  L->unextended = fresh_call(L, in);
}

/* arguments: lower each argument, by value. */
static uint32_t lower_args(Lower *L, TSNode args, uint32_t *carriers, BmType **types,
                           int spawned, bool fnmut, bool unextended) {
  uint32_t n = 0;
  BmNodes ka = kids(L, args);
  for (uint32_t i = 0; i < ka.len; i++) {
    TSNode a = ka.items[i];
    if (is(a, "line_comment") || is(a, "block_comment") || is(a, "attribute_item")) continue;
    if (unextended) mark_unextended(L, a);
    Val v = is(a, "closure_expression") ? lower_closure(L, a, spawned, fnmut) : lower_expr(L, a);
    L->unextended = false;
    if (v.stat) static_moved(L, v);
    uint32_t c = consume(L, v, 0);
    if (n < MAX_ARGS) {
      carriers[n] = c;
      types[n] = v.type;
      n++;
    }
  }
  return n;
}

static Val call_result(Lower *L, TSNode n, BmType *ret, const uint32_t *from, uint32_t nfrom) {
  uint32_t start = S(L, n), end = E(L, n);
  if (!ret) ret = bm_type_new(L->a, BM_TY_UNIT, NULL);
  uint32_t carrier = 0;
  if (bm_type_holds_refs(ret)) {
    bool any = false;
    for (uint32_t i = 0; i < nfrom; i++) any |= from[i] != 0;
    if (any) {
      uint32_t t = temp_new(L, ret, start, end);
      init_local(L, t, 0, start, end);
      for (uint32_t i = 0; i < nfrom; i++) flow(L, from[i], t);
      /* the loans pass from the arguments to the result without a gap */
      use_locals(L, from, nfrom, start);
      carrier = t + 1;
    }
  }
  return rvalue(ret, carrier, start, end);
}

/* The last two segments of a path, as the std table names fns:
 * `std::thread::spawn` -> "thread::spawn", `String::from` -> itself,
 * `drop` -> itself. A segment with generic arguments (`Vec::<u8>::new`) or
 * a qualified path (`<T as Tr>::f`) keeps its text, so it matches no entry. */
static const char *path_tail2(Lower *L, TSNode fn) {
  if (!is(fn, "scoped_identifier")) return text_of(L, fn);
  TSNode path = field(fn, "path"), name = field(fn, "name");
  if (ts_node_is_null(name)) return text_of(L, fn);
  if (ts_node_is_null(path)) return bm_arena_printf(L->a, "::%s", text_of(L, name));
  TSNode seg = is(path, "scoped_identifier") ? field(path, "name") : path;
  if (ts_node_is_null(seg)) seg = path;
  return bm_arena_printf(L->a, "%s::%s", text_of(L, seg), text_of(L, name));
}

/* The fn called by a path: a fn of the snippet (free or associated). */
static BmFnSig *resolve_sig(Lower *L, TSNode fn) {
  if (is(fn, "identifier")) return bm_program_fn(L->prog, NULL, text_of(L, fn));
  if (is(fn, "scoped_identifier")) {
    TSNode path = field(fn, "path"), name = field(fn, "name");
    if (ts_node_is_null(path) || ts_node_is_null(name)) return NULL;
    const char *ty = text_of(L, path);
    if (strcmp(ty, "Self") == 0 && L->self_type && L->self_type->name) ty = L->self_type->name;
    return bm_program_fn(L->prog, ty, text_of(L, name));
  }
  return NULL;
}

/* `struct Foo;` at the top level: a unit struct, whose name is also its
 * value (a struct of that name in a module is not in scope bare). */
static bool item_is_unit(Lower *L, const BmItem *item) {
  (void)L;
  return item->is_unit && item->top_level;
}

/* A user type annotation whose every region is written out and none is
 * `'_`: in a body these are the fn's (or impl's) lifetime parameters or
 * 'static, all of which outlive the fn, so a value of that type may hold
 * no borrow of a local. False for anything we cannot see through (generic
 * parameters, traits, fn pointers, a struct with elided lifetimes). */
static bool regions_named(Lower *L, TSNode t, bool *any, int depth) {
  if (ts_node_is_null(t) || depth > 50) return false;
  if (is(t, "primitive_type") || is(t, "unit_type")) return true;
  if (is(t, "reference_type")) {
    bool named = false;
    BmNodes kt = kids(L, t);
    for (uint32_t i = 0; i < kt.len; i++) {
      TSNode c = kt.items[i];
      if (is(c, "lifetime")) {
        if (text_is(L, c, "'_")) return false;
        named = true;
      }
    }
    if (!named) return false;
    *any = true;
    return regions_named(L, field(t, "type"), any, depth + 1);
  }
  if (is(t, "array_type")) return regions_named(L, field(t, "element"), any, depth + 1);
  if (is(t, "tuple_type")) {
    BmNodes kt = kids(L, t);
    for (uint32_t i = 0; i < kt.len; i++)
      if (!regions_named(L, kt.items[i], any, depth + 1)) return false;
    return true;
  }
  TSNode name = t, args = {0};
  if (is(t, "generic_type")) {
    name = field(t, "type");
    args = field(t, "type_arguments");
  } else if (!is(t, "type_identifier") && !is(t, "scoped_type_identifier")) {
    return false;
  }
  const char *last = path_last(L, name);
  BmItem *item = bm_program_item(L->prog, last);
  if (!item && !bm_std_type_known(last)) return false;
  bool lifetime_args = false;
  BmNodes ka = kids(L, args);
  for (uint32_t i = 0; i < ka.len; i++) {
    TSNode c = ka.items[i];
    if (is(c, "lifetime")) {
      if (text_is(L, c, "'_")) return false;
      lifetime_args = *any = true;
    } else if (!regions_named(L, c, any, depth + 1)) {
      return false;
    }
  }
  return !(item && item->has_lifetimes && !lifetime_args);
}

/* `path::<types>` where every type argument is fully named (see above). */
static bool turbofish_named(Lower *L, TSNode generic) {
  BmNodes ka = kids(L, field(generic, "type_arguments"));
  if (!ka.len) return false;
  bool any = false;
  for (uint32_t i = 0; i < ka.len; i++) {
    TSNode c = ka.items[i];
    if (is(c, "lifetime") || !regions_named(L, c, &any, 0)) return false;
  }
  return any;
}

/* The index of type parameter `name` among the fn item's generics, or -1. */
static int type_param_index(Lower *L, TSNode fn_item, const char *name) {
  BmNodes tp = kids(L, field(fn_item, "type_parameters"));
  int k = 0;
  for (uint32_t i = 0; i < tp.len; i++) {
    TSNode c = tp.items[i];
    if (!is(c, "type_parameter")) continue;
    TSNode nm = field(c, "name");
    if (text_is(L, nm, name)) return k;
    k++;
  }
  return -1;
}

/* Std traits none of whose supertraits is Copy. */
static const char *const non_copy_traits[] = {
  "Display", "Debug", "Clone", "PartialEq", "PartialOrd", "Ord", "Eq", "Hash", "Default",
  "Into", "From", "AsRef", "AsMut", "Fn", "FnMut", "FnOnce", "ToString", "Send", "Sync",
  NULL};

/* Do the bounds `b` (trait_bounds, may be null) leave a type parameter
 * without Copy, as far as we can tell? A user trait, a trait the snippet
 * defines under a std name, `?Sized`, higher-ranked bounds: unsure, false. */
static bool bounds_not_copy(Lower *L, TSNode b) {
  BmNodes kb = kids(L, b);
  for (uint32_t i = 0; i < kb.len; i++) {
    TSNode t = kb.items[i];
    if (is(t, "lifetime")) continue;
    if (is(t, "generic_type")) t = field(t, "type");
    else if (is(t, "function_type")) t = field(t, "trait");
    if (is(t, "scoped_type_identifier")) t = field(t, "name");
    if (!is(t, "type_identifier")) return false;
    const char *nm = text_of(L, t);
    bool known = false;
    for (int k = 0; non_copy_traits[k] && !known; k++) known = strcmp(non_copy_traits[k], nm) == 0;
    if (!known) return false;
    /* a trait of the snippet by that name hides std's */
    if (bm_program_trait(L->prog, nm)) return false;
  }
  return true;
}

/* Does type syntax `t` name the type parameter `name` anywhere inside? */
static bool mentions_type(Lower *L, TSNode t, const char *name) {
  TSTreeCursor cur = ts_tree_cursor_new(t);
  bool found = false;
  for (;;) {
    TSNode x = ts_tree_cursor_current_node(&cur);
    if (is(x, "type_identifier") && text_is(L, x, name)) { found = true; break; }
    if (ts_tree_cursor_goto_first_child(&cur)) continue;
    bool more = true;
    while (more && !ts_tree_cursor_goto_next_sibling(&cur)) more = ts_tree_cursor_goto_parent(&cur);
    if (!more) break;
  }
  ts_tree_cursor_delete(&cur);
  return found;
}

/* Is `name` a type parameter declared by `generics_owner` (a fn or impl
 * item) whose inline and where-clause bounds leave it without Copy?
 * 1: yes, 0: not declared there, -1: declared, but maybe Copy. */
static int param_move_only_in(Lower *L, TSNode owner, const char *name) {
  BmNodes tp = kids(L, field(owner, "type_parameters"));
  bool found = false;
  for (uint32_t i = 0; i < tp.len; i++) {
    TSNode c = tp.items[i];
    if (!is(c, "type_parameter")) continue;
    if (!text_is(L, field(c, "name"), name)) continue;
    found = true;
    if (!bounds_not_copy(L, field(c, "bounds"))) return -1;
  }
  if (!found) return 0;
  BmNodes ko = kids(L, owner);
  for (uint32_t i = 0; i < ko.len; i++) {
    TSNode w = ko.items[i];
    if (!is(w, "where_clause")) continue;
    BmNodes kw = kids(L, w);
    for (uint32_t j = 0; j < kw.len; j++) {
      TSNode pred = kw.items[j];
      if (!is(pred, "where_predicate")) return -1;
      TSNode left = field(pred, "left");
      if (is(left, "lifetime")) continue;
      if (is(left, "type_identifier") && text_is(L, left, name)) {
        if (!bounds_not_copy(L, field(pred, "bounds"))) return -1;
      } else if (mentions_type(L, left, name)) {
        return -1; /* `Vec<T>: ..`, `&'a T: ..`: unsure */
      }
    }
  }
  return 1;
}

/* Which of Fn (1), FnMut (2), FnOnce (3) the fn item's inline and
 * where-clause bounds give its type parameter `name`; 0 when none or more
 * than one of them. */
static int fn_trait_of_param(Lower *L, TSNode fn_item, const char *name) {
  int kind = 0, count = 0;
  TSNode lists[64];
  uint32_t nl = 0;
  BmNodes tp = kids(L, field(fn_item, "type_parameters"));
  for (uint32_t i = 0; i < tp.len && nl < 64; i++)
    if (is(tp.items[i], "type_parameter") && text_is(L, field(tp.items[i], "name"), name))
      lists[nl++] = field(tp.items[i], "bounds");
  BmNodes ko = kids(L, fn_item);
  for (uint32_t i = 0; i < ko.len; i++) {
    if (!is(ko.items[i], "where_clause")) continue;
    BmNodes kw = kids(L, ko.items[i]);
    for (uint32_t j = 0; j < kw.len && nl < 64; j++) {
      TSNode left = field(kw.items[j], "left");
      if (is(left, "type_identifier") && text_is(L, left, name)) lists[nl++] = field(kw.items[j], "bounds");
    }
  }
  for (uint32_t i = 0; i < nl; i++) {
    BmNodes kb = kids(L, lists[i]);
    for (uint32_t j = 0; j < kb.len; j++) {
      TSNode t = kb.items[j];
      if (is(t, "function_type")) t = field(t, "trait");
      if (!is(t, "type_identifier")) continue;
      int k = text_is(L, t, "Fn") ? 1 : text_is(L, t, "FnMut") ? 2 : text_is(L, t, "FnOnce") ? 3 : 0;
      if (k && bm_program_trait(L->prog, text_of(L, t))) return 0;
      if (k) { kind = k; count++; }
    }
  }
  return count == 1 ? kind : 0;
}

/* A by-value parameter of type `T`, a type parameter of the fn or of its
 * impl block (`impl_node`, or a null node) known not to be Copy: moved by
 * every by-value use. */
static bool param_move_only(Lower *L, TSNode fn_item, TSNode impl_node, const char *name) {
  int r = param_move_only_in(L, fn_item, name);
  if (r) return r > 0;
  if (!is(impl_node, "impl_item")) return false;
  return param_move_only_in(L, impl_node, name) > 0;
}

/* The static-bound parameters of a signature make their arguments' loans
 * outlive the function. */
static bool needs_static(const BmType *t) {
  if (!t) return false;
  if (t->kind == BM_TY_REF && t->lifetime && strcmp(t->lifetime, "static") == 0) return true;
  if (t->kind == BM_TY_PARAM && t->is_static_bound) return true;
  return false;
}

/* call_expression: path(args) — fns of the snippet, std fns, constructors,
 * closures held in locals; unknown fns take their arguments by value. */
static Val lower_call(Lower *L, TSNode n) {
  TSNode fn = field(n, "function"), args = field(n, "arguments");
  TSNode generic = {0};
  if (is(fn, "generic_function")) {
    generic = fn;
    fn = field(fn, "function");
  }
  uint32_t carriers[MAX_ARGS];
  BmType *types[MAX_ARGS];
  /* a closure held in a local */
  if (is(fn, "identifier")) {
    uint32_t local = lookup(L, text_of(L, fn));
    if (local != NONE) {
      BmLocal *l = local_at(L, local);
      uint32_t na = lower_args(L, args, carriers, types, 0, false, true);
      BmPlace *p = place_local(L, local);
      BmClosureInfo *ci = l->closure ? bm_array_get(&L->fn->closures, l->closure - 1) : NULL;
      /* a parameter `f: F` with `F: FnMut(..)` (only): `call_mut(&mut f, ..)` */
      int fk = !ci && l->is_param && l->type && l->type->kind == BM_TY_PARAM && l->type->move_only &&
                       l->type->name && is(L->fn->node, "function_item")
                   ? fn_trait_of_param(L, L->fn->node, l->type->name)
                   : 0;
      if (ci && ci->consumes)
        access(L, BM_AC_MOVE, p, S(L, fn), E(L, fn), BM_F_CALL);
      else if ((ci && ci->mutates) || fk == 2)
        access(L, BM_AC_MUT, p, S(L, fn), E(L, fn), 0);
      else if (fk == 1)
        access(L, BM_AC_SHARED, p, S(L, fn), E(L, fn), 0);
      else if (fk == 3)
        access(L, BM_AC_MOVE, p, S(L, fn), E(L, fn), 0);
      else
        access(L, BM_AC_READ, p, S(L, fn), E(L, fn), BM_F_UNKNOWN);
      use_locals(L, carriers, na, S(L, n));
      return rvalue(unknown_type(L), 0, S(L, n), E(L, n));
    }
  }
  BmFnSig *sig = resolve_sig(L, fn);
  if (sig) {
    uint32_t na = lower_args(L, args, carriers, types, 0, false, true);
    uint32_t from[MAX_ARGS], nfrom = 0;
    /* `Type::method(recv, args..)`: the first argument is `self`, which
     * sig->params leaves out (its bit in ret_from is 63) */
    uint32_t off = sig->self_mode != BM_SELF_NONE ? 1 : 0;
    for (uint32_t i = 0; i < na; i++) {
      if (off && i == 0) {
        if (sig->ret_from >> 63 & 1) from[nfrom++] = carriers[i];
        continue;
      }
      uint32_t pi = i - off;
      if ((pi < 62 && (sig->ret_from >> pi & 1)) || (pi >= 62 && (sig->ret_from >> 62 & 1)))
        from[nfrom++] = carriers[i];
      if (pi < sig->params.len && needs_static(sig->params.items[pi]))
        flow(L, carriers[i], L->fn->univ_local);
      /* f::<&'a T>(x) with a parameter of type exactly T: x's regions are 'a */
      const BmType *pt = pi < sig->params.len ? sig->params.items[pi] : NULL;
      if (!ts_node_is_null(generic) && pt && pt->kind == BM_TY_PARAM && pt->name) {
        int k = type_param_index(L, sig->node, pt->name);
        BmNodes ta = k >= 0 ? kids(L, field(generic, "type_arguments")) : (BmNodes){NULL, 0};
        for (uint32_t j = 0; k >= 0 && j < ta.len; j++) {
          TSNode c = ta.items[j];
          if (is(c, "lifetime")) continue;
          bool any = false;
          if (k-- == 0 && regions_named(L, c, &any, 0) && any) flow(L, carriers[i], L->fn->univ_local);
        }
      }
    }
    use_locals(L, carriers, na, S(L, n));
    BmType *ret = sig->ret;
    if (ret && ret->kind == BM_TY_PARAM) {
      /* `fn f<F>(x: F) -> F`: the result has the argument's type, regions
       * included, so it carries what an argument of exactly that type
       * carries (a closure passed through keeps its captures borrowed) */
      uint32_t pass = NONE;
      for (uint32_t i = off; i < na && pass == NONE; i++) {
        const BmType *pt = i - off < sig->params.len ? sig->params.items[i - off] : NULL;
        if (pt && pt->kind == BM_TY_PARAM && pt->name && ret->name &&
            strcmp(pt->name, ret->name) == 0 && strcmp(ret->name, "impl Trait") != 0 && types[i] && types[i]->kind != BM_TY_UNKNOWN)
          pass = i;
      }
      if (pass == NONE) return call_result(L, n, unknown_type(L), from, nfrom);
      Val r = call_result(L, n, types[pass], &carriers[pass], 1);
      if (r.carrier && carriers[pass])
        local_at(L, r.carrier - 1)->closure = local_at(L, carriers[pass] - 1)->closure;
      return r;
    }
    return call_result(L, n, ret, from, nfrom);
  }
  const char *path = is(fn, "identifier") || is(fn, "scoped_identifier") ? path_tail2(L, fn) : NULL;
  const BmStdFn *sf = path ? bm_std_fn(path) : NULL;
  if (!sf && path && strstr(path, "::")) {
    const char *last = strrchr(path, ':') + 1;
    /* `List::Cons(..)`, `mem::drop` */
    sf = bm_std_fn(last);
    if (sf && !(sf->flags & BM_STDFN_RET_CARRIES_ARGS) && strcmp(last, "drop") != 0) sf = NULL;
  }
  if (sf) {
    uint32_t na = lower_args(L, args, carriers, types, sf->flags & BM_STDFN_SPAWN ? 1 : 0, false, false);
    use_locals(L, carriers, na, S(L, n));
    BmType *ret = bm_std_fn_ret_type(L->a, sf, types, na);
    if ((sf->flags & BM_STDFN_RET_POINTEE_OF_ARG0) && na >= 1) {
      /* `Rc::clone(&a)`: what `a` carries; any other argument shape keeps
         the borrow's carrier (it carries at least as much) */
      BmNodes as = kids(L, args);
      TSNode a0 = as.len ? as.items[0] : (TSNode){0};
      TSNode v = is(a0, "reference_expression") ? field(a0, "value") : (TSNode){0};
      uint32_t local = is(v, "identifier") ? lookup(L, text_of(L, v)) : NONE;
      if (local != NONE) carriers[0] = local + 1;
    }
    if (sf->flags & BM_STDFN_SPAWN)
      for (uint32_t i = 0; i < na; i++) flow(L, carriers[i], L->fn->univ_local);
    Val r = call_result(L, n, ret, carriers, (sf->flags & BM_STDFN_RET_CARRIES_ARGS) ? na : 0);
    if (sf->flags & BM_STDFN_DIVERGES) L->cur = NONE;
    return r;
  }
  /* tuple struct and enum variant constructors of the snippet */
  const char *name = path ? (strrchr(path, ':') ? strrchr(path, ':') + 1 : path) : NULL;
  if (name) {
    BmItem *item = bm_program_item(L->prog, name);
    if (!item && is_variant_name(L, name)) {
      for (uint32_t i = 0; i < L->prog->items.len && !item; i++) {
        BmItem *it = L->prog->items.items[i];
        for (uint32_t v = 0; it->is_enum && v < it->variants.len; v++)
          if (strcmp(it->variants.items[v].name, name) == 0) item = it;
      }
    }
    if (!item && path && strstr(path, "::")) {
      char *ty = bm_arena_strndup(L->a, path, (size_t)(strstr(path, "::") - path));
      BmItem *it = bm_program_item(L->prog, ty);
      if (it && it->is_enum) item = it;
    }
    if (item) {
      uint32_t na = lower_args(L, args, carriers, types, 0, false, false);
      BmType *t = bm_type_new(L->a, BM_TY_ADT, item->name);
      t->item = item;
      /* S::<&'a T>(x): with no lifetime parameters of its own, every
       * reference in the value comes from the named type arguments */
      if (!ts_node_is_null(generic) && !item->has_lifetimes && turbofish_named(L, generic))
        for (uint32_t i = 0; i < na; i++) flow(L, carriers[i], L->fn->univ_local);
      use_locals(L, carriers, na, S(L, n));
      return call_result(L, n, t, carriers, na);
    }
  }
  /* unknown fn: arguments by value, result unknown */
  uint32_t na = lower_args(L, args, carriers, types, 0, false, false);
  use_locals(L, carriers, na, S(L, n));
  return rvalue(unknown_type(L), 0, S(L, n), E(L, n));
}

static const char *std_level_name(const BmType *t, int alt) {
  if (!t) return NULL;
  switch (t->kind) {
  case BM_TY_STR: return alt ? NULL : "str";
  case BM_TY_ARRAY: return alt ? NULL : "slice";
  case BM_TY_STD:
    if (strcmp(t->name, "String") == 0) return alt ? "str" : "String";
    if (strcmp(t->name, "Vec") == 0) return alt ? "slice" : "Vec";
    return alt ? NULL : t->name;
  default: return NULL;
  }
}

/* Does every impl of the snippet name a struct or enum (or std type) as its
 * Self type? An `impl Tr for &Foo` or a blanket `impl<T> Tr for T` could
 * supply a method to `&Foo` itself, found before auto-deref reaches Foo. */
static bool impls_all_named(Lower *L, TSNode any) {
  /* a property of the whole program: computed once, over the impls the
     macros' walk met */
  (void)any;
  if (L->prog->impls_named >= 0) return L->prog->impls_named;
  const BmMacros *m = L->prog->macros;
  bool ok = true;
  for (uint32_t k = 0; ok && m && k < m->impls.len; k++) {
    TSNode n = m->impls.items[k];
    TSNode ty = field(n, "type");
    if (ts_node_is_null(ty) || (!is(ty, "type_identifier") && !is(ty, "generic_type") &&
                                !is(ty, "scoped_type_identifier"))) {
      ok = false;
      break;
    }
    BmNodes tps = kids(L, field(n, "type_parameters"));
    for (uint32_t i = 0; i < tps.len; i++) {
      TSNode tp = tps.items[i];
      TSNode name = is(tp, "type_identifier") ? tp : field(tp, "name");
      if (is(tp, "lifetime") || is(tp, "lifetime_parameter") || ts_node_is_null(name)) continue;
      if (is(ty, "type_identifier") &&
          strcmp(bm_node_text(L->a, L->prog->text, name), bm_node_text(L->a, L->prog->text, ty)) == 0) {
        ok = false;
        break;
      }
    }
  }
  L->prog->impls_named = ok;
  return ok;
}

static bool type_known(const BmType *t) {
  if (!t || t->kind == BM_TY_UNKNOWN || t->kind == BM_TY_PARAM) return false;
  for (uint32_t i = 0; i < t->nargs; i++)
    if (t->kind != BM_TY_ADT && !type_known(t->args[i])) return false;
  return true;
}

/* The element type of a collection or iterator (`Iter<X>`, `Vec<X>`,
 * `Option<X>`, `[X]`), NULL when it is not known. */
static const BmType *item_type(const BmType *t) {
  if (!t || !t->nargs) return NULL;
  if (t->kind == BM_TY_ARRAY) return t->args[0];
  if (t->kind == BM_TY_STD &&
      (strcmp(t->name, "Iter") == 0 || strcmp(t->name, "Vec") == 0 ||
       strcmp(t->name, "Option") == 0 || strcmp(t->name, "VecDeque") == 0))
    return t->args[0];
  return NULL;
}

/* A std method that stores its arguments in the receiver (push, insert,
 * entry, extend...) keeps the loans of what it stores, and only those: the
 * argument itself for push / insert / entry; for `extend` the items of its
 * iterator argument (the iterator's own borrow of its source, `drain(..)`,
 * `iter()`, ends with the call), and for `extend_from_slice` (or `extend`
 * with `&[T]`) clones of the slice's elements. A receiver whose type is
 * known and holds no references keeps none; an unknown item keeps none
 * (say nothing rather than something false). */
static bool stored_holds_refs(const BmType *recv, const char *mname, const BmType *arg) {
  if (type_known(recv) && !bm_type_holds_refs(recv)) return false;
  bool items = strcmp(mname, "extend") == 0, slice = strcmp(mname, "extend_from_slice") == 0;
  if (!items && !slice) return !type_known(arg) || bm_type_holds_refs(arg);
  if (!arg) return false;
  const BmType *item;
  if (arg->kind == BM_TY_REF) /* `&[T]` / `&Vec<T>`: its elements, copied or cloned */
    item = item_type(arg->nargs ? arg->args[0] : NULL);
  else
    item = slice ? NULL : item_type(arg);
  return item && type_known(item) && bm_type_holds_refs(item);
}

/* The method of `dyn Tr` (types.c declares a trait's methods under that
 * name) when nothing else could be found first: no other trait of the
 * snippet declares a method of that name (a blanket impl of it would
 * supply the reference itself), nor is it a method std gives every type. */
static BmFnSig *dyn_method(Lower *L, const BmType *t, const char *mname) {
  if (!t->name || strncmp(t->name, "dyn ", 4) != 0) return NULL;
  static const char *const everyone[] = {"clone", "clone_from", "to_string", "to_owned", "into",
                                         "try_into", "borrow", "borrow_mut", "type_id", "eq", "ne"};
  for (size_t i = 0; i < sizeof everyone / sizeof *everyone; i++)
    if (strcmp(mname, everyone[i]) == 0) return NULL;
  for (uint32_t i = 0; i < L->prog->fns.len; i++) {
    const BmFnSig *f = L->prog->fns.items[i];
    if (f->impl_type && strncmp(f->impl_type, "dyn ", 4) == 0 && strcmp(f->impl_type, t->name) != 0 &&
        strcmp(f->name, mname) == 0)
      return NULL;
  }
  return bm_program_fn(L->prog, t->name, mname);
}

/* call_expression with a field_expression: recv.method(args). Auto-deref
 * finds the method (snippet impls, then std_table.c); the receiver is
 * taken by value, shared borrow or (two-phase, after the arguments)
 * mutable borrow. */
static Val lower_method(Lower *L, TSNode n, TSNode fexpr) {
  TSNode recv_node = field(fexpr, "value"), name_node = field(fexpr, "field");
  TSNode args = field(n, "arguments");
  const char *mname = text_of(L, name_node);
  Val rv = lower_expr(L, recv_node);
  BmType *t = rv.type;
  int levels = 0;
  bool through_ref = false;
  BmFnSig *sig = NULL;
  const BmStdMethod *sm = NULL;
  const char *cur_name = NULL;
  for (;;) {
    if (t && t->kind == BM_TY_ADT) sig = bm_program_fn(L->prog, t->name, mname);
    else if (t && t->kind == BM_TY_PARAM) sig = dyn_method(L, t, mname);
    if (!sig && t) {
      for (int alt = 0; alt < 2 && !sm; alt++) {
        cur_name = std_level_name(t, alt);
        if (cur_name) sm = bm_std_method(cur_name, mname);
      }
    }
    if (sig || sm || levels >= 4 || ptr_kind(t) == BM_PTR_UNKNOWN) break;
    if (t->kind == BM_TY_REF) through_ref = true;
    t = pointee(t);
    levels++;
  }
  if (!sig && !sm && t && t->kind != BM_TY_UNKNOWN && t->kind != BM_TY_PARAM) {
    sm = bm_std_method("*", mname);
    /* `*` methods only where the type is a plain known one */
    if (sm && strcmp(mname, "clone") != 0 && strcmp(mname, "to_string") != 0) sm = NULL;
  }
  BmSelfMode mode = sig ? sig->self_mode : sm ? sm->self_mode : BM_SELF_NONE;
  uint32_t rs = S(L, recv_node), re = E(L, recv_node);
  /* the receiver place at the level the method was found */
  BmPlace *rp = NULL;
  if (mode != BM_SELF_NONE) {
    if (!rv.place && rv.type->kind != BM_TY_REF && (mode == BM_SELF_REF || mode == BM_SELF_MUT))
      rp = place_of(L, &rv, mode == BM_SELF_MUT || !promotable(L, recv_node, 0));
    else if (!rv.place && levels > 0)
      rp = place_of(L, &rv, false);
    else
      rp = rv.place;
    if (rp) {
      BmType *tt = rv.type;
      for (int i = 0; i < levels; i++) {
        rp = place_proj(L, rp, BM_PROJ_DEREF, NULL, ptr_kind(tt), true, pointee(tt));
        tt = pointee(tt);
      }
    }
  }
  uint32_t carriers[MAX_ARGS];
  BmType *types[MAX_ARGS];
  uint32_t recv_carrier = 0;
  bool ret_refs;
  BmType *ret;
  if (sig) {
    ret = sig->ret;
    if (ret && ret->kind == BM_TY_PARAM) ret = unknown_type(L);
  } else if (sm) {
    ret = bm_std_ret_type(L->a, sm, t);
    /* a by-value method reached through a reference is another impl
     * (`IntoIterator for &Vec<T>` yields `&T`) or an error: its result is
     * not the table's. An iterator behind `&mut` is an iterator itself. */
    if (sm->self_mode == BM_SELF_VALUE && through_ref && cur_name && strcmp(cur_name, "Iter") != 0)
      ret = unknown_type(L);
  } else {
    ret = unknown_type(L);
  }
  if (!ret) ret = bm_type_new(L->a, BM_TY_UNIT, NULL);
  /* `collect` into a type that holds references (by turbofish, or the
   * type the context gives it): the references are the iterator's items,
   * so the collection carries what the iterator carries */
  if (sm && !through_ref && ret->kind == BM_TY_UNKNOWN && cur_name &&
      strcmp(cur_name, "Iter") == 0 && strcmp(mname, "collect") == 0) {
    BmType *target = NULL;
    TSNode fn = field(n, "function");
    if (is(fn, "generic_function")) {
      TSNode ta = field(fn, "type_arguments");
      if (!ts_node_is_null(ta) && ts_node_named_child_count(ta) == 1)
        target = bm_type_from_node(L->prog, ts_node_named_child(ta, 0), L->self_type, 0);
    } else if (L->expect_type && ts_node_eq(n, L->expect_node)) {
      target = L->expect_type;
    }
    if (target && target->kind != BM_TY_PARAM && target->kind != BM_TY_UNKNOWN &&
        bm_type_holds_refs(target))
      ret = target;
  }
  /* Does the result borrow the receiver itself (`&T`, an iterator over
   * it...), or only carry what the receiver carries (`Option<T>` of an
   * iterator of references)? */
  bool borrows_self = sig ? (sig->ret_from >> 63 & 1) != 0
                          : sm && (strchr(sm->ret, '&') || strstr(sm->ret, "Iter<") ||
                                   strstr(sm->ret, "Ref") || strstr(sm->ret, "Guard") ||
                                   strstr(sm->ret, "Entry"));
  ret_refs = bm_type_holds_refs(ret) && borrows_self;
  bool carries_recv = !ret_refs && sm && bm_type_holds_refs(ret) && rp;
  /* a result with the Self type's lifetime carries the receiver's loans;
   * through a reference we cannot tell them from the reference's own */
  if (sig && sig->ret_self_data && !ret_refs && rp && !place_has_deref(rp) &&
      bm_type_holds_refs(ret))
    carries_recv = true;
  BmType *rtype = bm_type_ref(L->a, rp ? rp->type : unknown_type(L), mode == BM_SELF_MUT);
  if (mode == BM_SELF_VALUE) {
    Val r = rv;
    if (rp) r.place = rp;
    r.type = rp ? rp->type : rv.type;
    r.start = rs;
    r.end = re;
    /* a method of the snippet taking `self` found behind `&` / `&mut`
     * (`let foo = &Foo; foo.consume()`): a move out of `*foo`, E0507 */
    bool only_refs = through_ref && rv.place && rp && sig && levels > 0;
    for (uint32_t i = rp ? rp->nproj - (uint32_t)levels : 0; only_refs && i < rp->nproj; i++)
      only_refs = rp->proj[i].ptr == BM_PTR_REF || rp->proj[i].ptr == BM_PTR_MUT;
    if (only_refs && bm_type_copy(rp->type) == BM_NO && impls_all_named(L, sig->node)) {
      recv_carrier = consume(L, r, BM_F_RECV);
    } else if (through_ref || !rp) {
      if (rp) access(L, BM_AC_READ, rp, rs, re, BM_F_UNKNOWN | BM_F_RECV);
      recv_carrier = rp ? rp->local + 1 : rv.carrier;
    } else {
      recv_carrier = consume(L, r, BM_F_RECV);
      if (!recv_carrier && bm_type_holds_refs(ret)) recv_carrier = rp->local + 1;
    }
  } else if (mode == BM_SELF_REF && rp) {
    uint32_t acc = access(L, BM_AC_SHARED, rp, rs, re, BM_F_RECV);
    if (ret_refs) recv_carrier = new_loan(L, rp, false, acc, rs, re, rtype);
  } else if (mode == BM_SELF_NONE && rv.place) {
    access(L, BM_AC_READ, rv.place, rs, re, BM_F_UNKNOWN | BM_F_RECV);
  }
  bool fnmut = sm && (sm->flags & BM_STD_FNMUT_ARG);
  uint32_t na = lower_args(L, args, carriers, types, 0, fnmut, true);
  /* a receiver taken by value is held until the call, after the
   * arguments: `v.iter().for_each(|x| v.push(*x))` */
  if (mode == BM_SELF_VALUE && !rv.place && recv_carrier) use_locals(L, &recv_carrier, 1, S(L, n));
  if (mode == BM_SELF_MUT && rp) {
    uint32_t acc = access(L, BM_AC_MUT, rp, rs, E(L, n), BM_F_RECV);
    if (ret_refs) recv_carrier = new_loan(L, rp, true, acc, rs, re, rtype);
  }
  use_locals(L, carriers, na, S(L, n));
  if (sm && (sm->flags & BM_STD_FLOW_ARGS) && rp) {
    for (uint32_t i = 0; i < na; i++)
      if (stored_holds_refs(t, mname, types[i])) flow(L, carriers[i], rp->local);
  }
  uint32_t from[MAX_ARGS + 1], nfrom = 0;
  if (ret_refs || (mode == BM_SELF_VALUE && bm_type_holds_refs(ret))) from[nfrom++] = recv_carrier;
  else if (carries_recv) from[nfrom++] = rp->local + 1;
  if (sig)
    for (uint32_t i = 0; i < na && i < 62; i++)
      if (sig->ret_from >> i & 1) from[nfrom++] = carriers[i];
  return call_result(L, n, ret, from, nfrom);
}

/* ------------------------------------------------------------ closures */

typedef struct {
  BmPlace *place;
  const char *base_name;
  uint32_t local;
  int mode;                  /* 0 shared, 1 mut, 2 by value */
  uint32_t use_start, use_end;
} Capture;

/* Every identifier in a pattern (a cursor walk: no recursion). */
static void collect_bound(Lower *L, TSNode n, void *names_arr) {
  BmArray(const char *) *names = names_arr;
  TSTreeCursor cur = ts_tree_cursor_new(n);
  uint32_t depth = 0, visited = 0;
  for (;;) {
    TSNode x = ts_tree_cursor_current_node(&cur);
    bool descend = ts_node_is_named(x) && depth < BM_MAX_NESTING;
    visited++;
    if (is(x, "identifier")) {
      bm_array_push(L->a, names, text_of(L, x));
      descend = false;
    }
    if (descend && ts_tree_cursor_goto_first_child(&cur)) {
      depth++;
      continue;
    }
    bool more = true;
    while (more && !ts_tree_cursor_goto_next_sibling(&cur)) {
      more = ts_tree_cursor_goto_parent(&cur);
      depth--;
    }
    if (!more) break;
  }
  ts_tree_cursor_delete(&cur);
  bm_spend(L->lim, visited / 8);
}

/* Names bound inside a closure (params, lets, arms), macro arguments
 * included: never captures. A walk with an explicit stack of roots (a macro
 * adds its parsed arguments, which live in the macros' tree). */
static void inner_bindings(Lower *L, TSNode n, void *names) {
  BmArray(TSNode) roots = {0};
  bm_array_push(L->a, &roots, n);
  while (roots.len) {
    TSNode root = roots.items[--roots.len];
    TSTreeCursor cur = ts_tree_cursor_new(root);
    uint32_t depth = 0; /* below the nesting the guard allows, nothing is lowered */
    uint32_t visited = 0;
    for (;;) {
      TSNode x = ts_tree_cursor_current_node(&cur);
      const char *k = K(x);
      if (++visited % 8 == 0 && !bm_spend(L->lim, 1)) break;
      bool descend = ts_node_is_named(x) && strcmp(k, "token_tree") != 0 && depth < BM_MAX_NESTING;
      if (strcmp(k, "let_declaration") == 0 || strcmp(k, "for_expression") == 0 ||
          strcmp(k, "let_condition") == 0 || strcmp(k, "parameter") == 0 ||
          strcmp(k, "match_pattern") == 0) {
        TSNode p = field(x, "pattern");
        if (!ts_node_is_null(p)) collect_bound(L, p, names);
        else if (strcmp(k, "match_pattern") == 0) collect_bound(L, x, names);
      } else if (strcmp(k, "closure_parameters") == 0) {
        collect_bound(L, x, names);
      } else if (strcmp(k, "macro_invocation") == 0) {
        const BmMacroCall *mc = bm_macro_call(L->prog->macros, x);
        if (mc && !ts_node_is_null(mc->args)) bm_array_push(L->a, &roots, mc->args);
        descend = false;
      }
      if (descend && ts_tree_cursor_goto_first_child(&cur)) {
        depth++;
        continue;
      }
      bool more = true;
      while (more && !ts_tree_cursor_goto_next_sibling(&cur)) {
        more = ts_tree_cursor_goto_parent(&cur);
        depth--;
      }
      if (!more) break;
    }
    ts_tree_cursor_delete(&cur);
  }
}

/* A set of names (a closure's own bindings): open addressing, FNV-1a. */
typedef struct { const char **slots; uint32_t cap; } NameSet;

static void nameset_build(Lower *L, NameSet *set, void *names_arr) {
  BmArray(const char *) *names = names_arr;
  set->cap = 16;
  while (set->cap < 2 * names->len) set->cap *= 2;
  set->slots = bm_arena_alloc(L->a, set->cap * sizeof(char *));
  for (uint32_t i = 0; i < names->len; i++) {
    for (uint32_t h = name_hash(names->items[i]) & (set->cap - 1);; h = (h + 1) & (set->cap - 1)) {
      if (!set->slots[h]) { set->slots[h] = names->items[i]; break; }
      if (strcmp(set->slots[h], names->items[i]) == 0) break;
    }
  }
}

static bool name_in(void *set_arg, const char *name) {
  const NameSet *set = set_arg;
  for (uint32_t h = name_hash(name) & (set->cap - 1);; h = (h + 1) & (set->cap - 1)) {
    if (!set->slots[h]) return false;
    if (strcmp(set->slots[h], name) == 0) return true;
  }
}

/* The path from a closure down to the node being looked at: the closure,
 * its body, ..., the node's parent (macro arguments included: a macro
 * invocation is followed by its `arguments` in the macros' tree). Parents
 * come from here, not from ts_node_parent, which costs O(depth x width). */
typedef BmArray(TSNode) Ancestors;

static TSNode anc_at(const Ancestors *anc, int i) {
  return i >= 0 && (uint32_t)i < anc->len ? anc->items[i] : (TSNode){0};
}

/* Is the expression `e`, whose parent is anc[pi], used by value where it
 * stands: a call argument, a `let` initialiser, a returned value, an
 * expression statement (`a;`), a closure's body, or the tail of a block (if
 * / else / match arm) whose own value is used so. `*closure_ret`: it is the
 * closure's result. */
static bool value_position(Lower *L, const Ancestors *anc, int pi, TSNode e, bool *closure_ret) {
  for (int guard = 0; guard < BM_MAX_NESTING; guard++) {
    TSNode p = anc_at(anc, pi);
    if (ts_node_is_null(p)) return false;
    if (is(p, "arguments")) return is(anc_at(anc, pi - 1), "call_expression");
    if (is(p, "let_declaration")) return ts_node_eq(field(p, "value"), e);
    if (is(p, "return_expression") || is(p, "expression_statement")) return true;
    if (is(p, "closure_expression")) return (*closure_ret = ts_node_eq(field(p, "body"), e));
    if (is(p, "block")) {
      /* the tail: the last named child, not followed by `;` */
      if (!ts_node_eq(last_named(p), e)) return false;
      BmNodes k = all_kids(L, p);
      for (uint32_t i = 0; i + 1 < k.len; i++)
        if (ts_node_eq(k.items[i], e) && strcmp(K(k.items[i + 1]), ";") == 0) return false;
      TSNode b = anc_at(anc, pi - 1);
      if (is(b, "closure_expression")) return (*closure_ret = ts_node_eq(field(b, "body"), p));
      if (is(b, "else_clause")) {
        e = anc_at(anc, pi - 2);
        pi -= 3;
        continue;
      }
      if (is(b, "if_expression")) {
        if (!ts_node_eq(field(b, "consequence"), p)) return false;
        e = b;
        pi -= 2;
        continue;
      }
      if (is(b, "match_arm")) {
        e = p;
        pi -= 1;
        continue;
      }
      return false;
    }
    if (is(p, "match_arm") && ts_node_eq(field(p, "value"), e)) {
      TSNode m = anc_at(anc, pi - 2);
      if (!is(m, "match_expression")) return false;
      e = m;
      pi -= 3;
      continue;
    }
    return false;
  }
  return false;
}

/* Does the pattern bind something with `ref mut` (mut_only) or with
 * `ref` / `ref mut` (a cursor walk)? */
static bool binds_ref(Lower *L, TSNode pat, bool mut_only) {
  if (ts_node_is_null(pat)) return false;
  TSTreeCursor cur = ts_tree_cursor_new(pat);
  bool found = false;
  uint32_t depth = 0;
  for (;;) {
    TSNode x = ts_tree_cursor_current_node(&cur);
    if (is(x, "ref_pattern") && (!mut_only || has_token(L, x, "mutable_specifier") ||
                                 is(ts_node_named_child(x, 0), "mut_pattern"))) {
      found = true;
      break;
    }
    if (depth < BM_MAX_NESTING && ts_tree_cursor_goto_first_child(&cur)) { depth++; continue; }
    bool more = true;
    while (more && !ts_tree_cursor_goto_next_sibling(&cur)) {
      more = depth > 0 && ts_tree_cursor_goto_parent(&cur);
      if (more) depth--;
    }
    if (!more) break;
  }
  ts_tree_cursor_delete(&cur);
  return found;
}

/* How a closure body uses a captured identifier `id`, whose parent is the
 * last of `anc`: 0 shared, 1 mutable, 2 by value, 3 unknown. `*top`: the
 * place expression it starts (`a.b.c` for `a`). */
static int use_mode(Lower *L, TSNode id, BmType *type, TSNode *top, const Ancestors *anc) {
  TSNode cur = id;
  int pi = (int)anc->len - 1;  /* anc[pi]: cur's parent */
  /* climb field accesses: a.b.c */
  for (;;) {
    TSNode p = anc_at(anc, pi);
    if (is(p, "field_expression") && ts_node_eq(field(p, "value"), cur)) {
      TSNode gp = anc_at(anc, pi - 1);
      if (is(gp, "call_expression") && ts_node_eq(field(gp, "function"), p)) break;
      if (!is(field(p, "field"), "field_identifier") && !is(field(p, "field"), "integer_literal")) break;
      cur = p;
      pi--;
      continue;
    }
    break;
  }
  *top = cur;
  BmType *t = type;
  TSNode p = anc_at(anc, pi);
  if (is(p, "field_expression") && ts_node_eq(field(p, "value"), cur)) {
    const char *m = text_of(L, field(p, "field"));
    BmType *tt = t;
    for (int i = 0; i < 3 && tt; i++) {
      const BmStdMethod *sm = NULL;
      for (int alt = 0; alt < 2 && !sm; alt++) {
        const char *nm = std_level_name(tt, alt);
        if (nm) sm = bm_std_method(nm, m);
      }
      BmFnSig *sig = tt->kind == BM_TY_ADT ? bm_program_fn(L->prog, tt->name, m) : NULL;
      BmSelfMode mode = sig ? sig->self_mode : sm ? sm->self_mode : BM_SELF_NONE;
      if (mode == BM_SELF_MUT) return 1;
      if (mode == BM_SELF_VALUE && i == 0 && bm_type_copy(tt) == BM_NO) return 2;
      if (mode != BM_SELF_NONE) return 0;
      if (ptr_kind(tt) == BM_PTR_UNKNOWN) break;
      tt = pointee(tt);
    }
    return 0;
  }
  if ((is(p, "assignment_expression") || is(p, "compound_assignment_expr")) &&
      ts_node_eq(field(p, "left"), cur))
    return 1;
  if (is(p, "index_expression")) {
    TSNode gp = anc_at(anc, pi - 1);
    if ((is(gp, "assignment_expression") || is(gp, "compound_assignment_expr")) &&
        ts_node_eq(field(gp, "left"), p))
      return 1;
  }
  if (is(p, "reference_expression")) return has_token(L, p, "mutable_specifier") ? 1 : 0;
  /* matched against a pattern binding `ref mut`: borrowed mutably */
  if ((is(p, "let_condition") || is(p, "let_declaration")) && ts_node_eq(field(p, "value"), cur)) {
    if (binds_ref(L, field(p, "pattern"), true)) return 1;
    /* `let S(ref x, _) = v;` moves nothing of v: what it takes we do not know */
    if (binds_ref(L, field(p, "pattern"), false)) return 3;
  }
  if (is(p, "match_expression") && ts_node_eq(field(p, "value"), cur)) {
    BmNodes arms = kids(L, field(p, "body"));
    for (uint32_t i = 0; i < arms.len; i++)
      if (is(arms.items[i], "match_arm") && binds_ref(L, field(arms.items[i], "pattern"), true)) return 1;
  }
  BmType *ct = t;
  if (!ts_node_eq(cur, id)) ct = NULL; /* field types: keep it simple */
  bool by_value = (is(p, "arguments") && is(anc_at(anc, pi - 1), "call_expression")) ||
                  (is(p, "let_declaration") && ts_node_eq(field(p, "value"), cur)) ||
                  is(p, "return_expression");
  bool closure_ret = false;
  if (!by_value && !value_position(L, anc, pi, cur, &closure_ret)) return 0;
  BmTri c = bm_type_copy(ct);
  /* a `&mut` is reborrowed where a type is expected (arguments, annotated
   * lets); the closure's own result has none, so it is moved */
  if (c == BM_MAYBE && closure_ret && ct && ct->kind == BM_TY_REF && ct->mut_ref) return 2;
  if (!by_value && c == BM_MAYBE) return 0; /* a place inspected or moved: unknown */
  return c == BM_NO ? 2 : c == BM_YES ? 0 : 3; /* 3: unknown */
}

/* The argument of a modelled macro that is its format string, or -1. */
static int format_arg(BmMacCallKind k) {
  switch (k) {
  case BM_MC_FORMAT: case BM_MC_PANIC: return 0;
  case BM_MC_WRITE: case BM_MC_ASSERT: return 1;
  case BM_MC_ASSERT_CMP: return 2;
  default: return -1;
  }
}

/* The names a format string mentions inline ("{name}", "{name:?}"): the
 * format-string mini-language of its literal. `each` gets each name and its
 * byte range. */
static void format_names(Lower *L, TSNode lit,
                         void (*each)(Lower *L, const char *name, uint32_t s, uint32_t e, void *arg),
                         void *arg) {
  const char *t = L->text;
  uint32_t end = E(L, lit);
  for (uint32_t i = S(L, lit); i + 1 < end; i++) {
    if (t[i] != '{') continue;
    if (t[i + 1] == '{') { i++; continue; }
    uint32_t j = i + 1;
    while (j < end && (t[j] == '_' || (t[j] >= 'a' && t[j] <= 'z') || (t[j] >= 'A' && t[j] <= 'Z') ||
                       (t[j] >= '0' && t[j] <= '9')))
      j++;
    if (j == i + 1 || (t[i + 1] >= '0' && t[i + 1] <= '9')) continue;
    each(L, bm_arena_strndup(L->a, t + i + 1, j - i - 1), i + 1, j, arg);
  }
}

typedef struct {
  void *bound, *caps;
} CaptureArgs;

static void capture_inline(Lower *L, const char *name, uint32_t s, uint32_t e, void *arg) {
  CaptureArgs *ca = arg;
  BmArray(Capture) *caps = ca->caps;
  if (name_in(ca->bound, name)) return;
  uint32_t local = lookup(L, name);
  if (local == NONE) return;
  Capture c = {place_local(L, local), name, local, 0, s, e};
  bm_array_push(L->a, caps, c);
}

static void find_captures(Lower *L, TSNode n, Ancestors *anc, void *bound, void *caps_arr);

/* The arguments of a modelled macro `n` inside a closure: the format string's
 * inline names are borrowed; `name = value` arguments capture what `value`
 * uses; the others are expressions like any. */
static void macro_captures(Lower *L, TSNode n, const BmMacroCall *mc, Ancestors *anc, void *bound,
                           void *caps) {
  int fmt = format_arg((BmMacCallKind)mc->kind);
  bm_array_push(L->a, anc, n);
  bm_array_push(L->a, anc, mc->args);
  BmNodes args = kids(L, mc->args);
  int k = 0;
  for (uint32_t i = 0; i < args.len; i++) {
    TSNode a = args.items[i];
    if (is(a, "line_comment") || is(a, "block_comment") || is(a, "attribute_item")) continue;
    if (k++ == fmt && is(a, "string_literal")) {
      CaptureArgs ca = {bound, caps};
      format_names(L, a, capture_inline, &ca);
    } else if (fmt >= 0 && is(a, "assignment_expression") && is(field(a, "left"), "identifier")) {
      bm_array_push(L->a, anc, a);
      find_captures(L, field(a, "right"), anc, bound, caps);
      anc->len--;
    } else {
      find_captures(L, a, anc, bound, caps);
    }
  }
  anc->len -= 2;
}

static void find_captures_in(Lower *L, TSNode n, Ancestors *anc, void *bound, void *caps_arr) {
  BmArray(Capture) *caps = caps_arr;
  if (is(n, "identifier") || is(n, "self")) {
    const char *name = text_of(L, n);
    if (name_in(bound, name)) return;
    uint32_t local = lookup(L, name);
    if (local == NONE) return;
    TSNode p = anc_at(anc, (int)anc->len - 1);
    if (is(p, "token_tree")) {
      /* in a macro whose arguments were not parsed: borrowed */
      Capture c = {place_local(L, local), name, local, 0, S(L, n), E(L, n)};
      bm_array_push(L->a, caps, c);
      return;
    }
    TSNode top;
    int mode = use_mode(L, n, local_at(L, local)->type, &top, anc);
    Val v = lower_expr(L, top); /* places emit nothing */
    BmPlace *pl = v.place ? v.place : place_local(L, local);
    Capture c = {pl, name, local, mode, S(L, n), E(L, n)};
    bm_array_push(L->a, caps, c);
    return;
  }
  const BmMacroCall *mc = bm_macro_call(L->prog->macros, n);
  if (mc && !ts_node_is_null(mc->args)) {
    macro_captures(L, n, mc, anc, bound, caps);
    return;
  }
  bm_array_push(L->a, anc, n);
  if (is(n, "closure_expression")) {
    /* a nested closure captures through this one */
    find_captures(L, field(n, "body"), anc, bound, caps);
  } else {
    BmNodes k = kids(L, n);
    for (uint32_t i = 0; i < k.len; i++) find_captures(L, k.items[i], anc, bound, caps);
  }
  anc->len--;
}

static void find_captures(Lower *L, TSNode n, Ancestors *anc, void *bound, void *caps_arr) {
  if (ts_node_is_null(n) || !deeper(L, n)) return;
  find_captures_in(L, n, anc, bound, caps_arr);
  shallower(L);
}

/* closure_expression: `move`? |params| body. Captures are computed from the
 * body (2021 edition: disjoint field paths); the body is lowered as a fn of
 * its own whose captured variables are its first locals. `spawned`: the
 * closure is given to thread::spawn. */
static Val lower_closure(Lower *L, TSNode n, int spawned, bool fnmut) {
  bool is_move = has_token(L, n, "move");
  TSNode body = field(n, "body");
  BmArray(const char *) bound = {0};
  inner_bindings(L, n, &bound);
  NameSet bound_set;
  nameset_build(L, &bound_set, &bound);
  BmArray(Capture) caps = {0};
  Ancestors anc = {0};
  bm_array_push(L->a, &anc, n);
  find_captures(L, body, &anc, &bound_set, &caps);
  /* merge captures of the same place: the strongest use wins */
  BmArray(Capture) merged = {0};
  for (uint32_t i = 0; i < caps.len; i++) {
    Capture c = caps.items[i];
    if (!spend(L, n, merged.len / 16)) break;
    if (place_has_deref(c.place)) {
      /* captured through a reference: a unique borrow of the reference,
       * whose mutability we do not judge */
      c.place = place_local(L, c.local);
      if (c.mode == 1) c.mode = 0;
    }
    bool found = false;
    for (uint32_t j = 0; j < merged.len; j++) {
      Capture *m = &merged.items[j];
      if (bm_place_overlap(m->place, c.place)) {
        if (c.mode > m->mode) { m->mode = c.mode; m->use_start = c.use_start; m->use_end = c.use_end; }
        if (c.place->nproj < m->place->nproj) m->place = c.place;
        found = true;
        break;
      }
    }
    if (!found) bm_array_push(L->a, &merged, c);
  }
  uint32_t start = S(L, n), end = E(L, n);
  TSNode params_node = field(n, "parameters");
  BmClosureInfo info = {"closure", start, end, false, false, NULL, 0, 0,
                        S(L, params_node), E(L, params_node)};
  uint32_t carriers[64], nc = 0;
  bool reported_escape = false;
  for (uint32_t i = 0; i < merged.len; i++) {
    Capture *c = &merged.items[i];
    BmLocal *l = local_at(L, c->local);
    const char *pname = bm_place_str(L->a, L->fn, c->place);
    if (c->mode == 2 && !info.consumes && !fnmut) {
      info.consumes = true;
      info.consumed = c->base_name;
      info.consumed_start = c->use_start;
      info.consumed_end = c->use_end;
    }
    if (is_move) {
      Val v = {c->place, 0, c->place->type, start, end, NULL};
      uint32_t acc_before = L->fn->nodes.len;
      uint32_t cr = consume(L, v, BM_F_CLOSURE);
      if (L->fn->nodes.len > acc_before) {
        BmNode *an = node_at(L, L->fn->nodes.len - 1);
        an->inner_start = c->use_start;
        an->inner_end = c->use_end;
      }
      if (cr && nc < 64) carriers[nc++] = cr;
      if (spawned && l->type->kind == BM_TY_STD && strcmp(l->type->name, "Rc") == 0 &&
          !reported_escape) {
        pend(L, "E0277", start, end,
             bm_arena_printf(L->a, "`%s` cannot be sent between threads safely",
                             bm_type_str(L->a, l->type)),
             bm_arena_printf(L->a, "`%s` cannot be sent between threads safely",
                             bm_type_str(L->a, l->type)), start, end,
             "an `Rc` counts its owners without atomic operations, so two threads must never "
             "share one; `Arc` is the thread-safe version");
        reported_escape = true;
      }
      continue;
    }
    if (c->mode == 2 && fnmut && c->place->type && c->place->type->kind == BM_TY_REF) {
      /* a `&mut` escaping an FnMut closure: a region error, not modelled */
      c->mode = 3;
    }
    if (c->mode == 3) {
      /* by value or by copy: we cannot tell, so we claim nothing */
      access(L, BM_AC_READ, c->place, start, end, BM_F_UNKNOWN | BM_F_CLOSURE);
      continue;
    }
    if (c->mode == 2) {
      if (fnmut) {
        pend(L, "E0507", c->use_start, c->use_end,
             bm_arena_printf(L->a, "cannot move out of `%s`, a captured variable in an `FnMut` closure", pname),
             "move occurs here", c->use_start, c->use_end,
             "the closure may be called many times, but after the first call the captured "
             "value would already be gone: it can only be moved out once");
        continue;
      }
      Val v = {c->place, 0, c->place->type, start, end, NULL};
      uint32_t before = L->fn->nodes.len;
      uint32_t cr;
      if (v.type && v.type->kind == BM_TY_REF && v.type->mut_ref) {
        /* a `&mut` the closure returns: moved, not reborrowed */
        access(L, BM_AC_MOVE, v.place, start, end, BM_F_CLOSURE);
        cr = v.place->local + 1;
      } else {
        cr = consume(L, v, BM_F_CLOSURE);
      }
      if (L->fn->nodes.len > before) {
        BmNode *an = node_at(L, L->fn->nodes.len - 1);
        an->inner_start = c->use_start;
        an->inner_end = c->use_end;
      }
      if (cr && nc < 64) carriers[nc++] = cr;
      continue;
    }
    bool mut = c->mode == 1;
    if (mut) info.mutates = true;
    BmType *rt = bm_type_ref(L->a, c->place->type, mut);
    uint32_t acc = access(L, mut ? BM_AC_MUT : BM_AC_SHARED, c->place, start, end, BM_F_CLOSURE);
    node_at(L, acc)->inner_start = c->use_start;
    node_at(L, acc)->inner_end = c->use_end;
    uint32_t cr = new_loan(L, c->place, mut, acc, start, end, rt);
    BmLoan *loan = bm_array_last(&L->fn->loans);
    if (spawned) {
      loan->to_static = true;
      if (!reported_escape) {
        loan->reported = true;
        reported_escape = true;
        pend(L, "E0373", start, end,
             bm_arena_printf(L->a, "closure may outlive the current function, but it borrows `%s`, "
                                   "which is owned by the current function", c->base_name),
             bm_arena_printf(L->a, "`%s` is borrowed here", c->base_name), c->use_start, c->use_end,
             bm_arena_printf(L->a, "the new thread may run longer than this function, but `%s` "
                                   "lives in this function's stack frame, which is freed when it "
                                   "returns; use `move` to give the closure ownership of `%s`",
                             c->base_name, c->base_name));
        bm_array_last(&L->fn->pending)->help =
            bm_arena_printf(L->a, "to force the closure to take ownership of `%s` (and any other "
                                  "referenced variables), use the `move` keyword", c->base_name);
      }
    }
    /* every other loan of a spawned closure is covered by its one E0373 */
    if (spawned) loan->reported = true;
    if (nc < 64) carriers[nc++] = cr;
  }
  bm_array_push(L->a, &L->fn->closures, info);
  uint32_t closure_id = L->fn->closures.len;
  BmType *ct = bm_type_new(L->a, BM_TY_CLOSURE, NULL);
  /* a unique-borrow or by-value capture that is moved out: never Copy */
  ct->mut_ref = info.mutates || info.consumes;
  uint32_t t = temp_new(L, ct, start, end);
  local_at(L, t)->closure = closure_id;
  init_local(L, t, 0, start, end);
  for (uint32_t i = 0; i < nc; i++) flow(L, carriers[i], t);
  use_locals(L, carriers, nc, start);
  if (spawned) flow(L, t + 1, L->fn->univ_local);

  /* the body, as a fn of its own */
  BmFn *inner = bm_arena_alloc(L->a, sizeof *inner);
  inner->name = "closure";
  inner->limits = L->lim;
  Lower IL;
  memset(&IL, 0, sizeof IL);
  IL.cx = L->cx;
  IL.prog = L->prog;
  IL.a = L->a;
  IL.fn = inner;
  IL.text = L->text;
  IL.lim = L->lim;
  IL.self_type = L->self_type;
  IL.outer = L;
  IL.fnmut_closure = fnmut;
  inner->ret_local = local_new(&IL, "<return>", unknown_type(L), start, end);
  inner->univ_local = local_new(&IL, "<outlives>", unknown_type(L), start, end);
  local_at(&IL, inner->univ_local)->universal = true;
  inner->entry = node_new(&IL, BM_N_NOP, start, start);
  inner->exit = node_new(&IL, BM_N_EXIT, end - 1, end);
  IL.cur = inner->entry;
  scope_push(&IL);
  for (uint32_t i = 0; i < merged.len; i++) {
    Capture *c = &merged.items[i];
    BmLocal *ol = local_at(L, c->local);
    uint32_t cl = local_new(&IL, ol->name, ol->type, ol->start, ol->end);
    BmLocal *nl = local_at(&IL, cl);
    nl->is_param = true;
    nl->mut_decl = ol->mut_decl;
    nl->captured_ref = !is_move && c->mode < 2;
    nl->closure = 0;
    declare(&IL, cl);
  }
  BmNodes params = kids(L, field(n, "parameters"));
  for (uint32_t i = 0; i < params.len; i++) {
    TSNode p = params.items[i];
    TSNode pat = is(p, "parameter") ? field(p, "pattern") : p;
    BmType *pt = is(p, "parameter") ? bm_type_from_node(L->prog, field(p, "type"), L->self_type, 0)
                                    : unknown_type(L);
    /* a param binds like a pattern against an initialised value */
    uint32_t pl = temp_new(&IL, pt, S(L, p), E(L, p));
    Val src = {place_local(&IL, pl), 0, pt, S(L, p), E(L, p), NULL};
    local_at(&IL, pl)->is_param = true;
    bind_pattern(&IL, pat, src, 0, false, 0);
  }
  Val r;
  if (is(body, "block")) {
    r = lower_block(&IL, body, true);
  } else {
    r = lower_expr(&IL, body);
    uint32_t c = consume(&IL, r, 0);
    if (IL.cur != NONE) {
      init_local(&IL, inner->ret_local, c, r.start, r.end);
    }
  }
  (void)r;
  if (IL.cur != NONE) dead_scopes(&IL, 0, end - 1, end);
  link(&IL, IL.cur, inner->exit);
  IL.scopes.len = 0;
  bm_array_push(L->a, &L->cx->fns, inner);
  return rvalue(ct, t + 1, start, end);
}

/* ------------------------------------------------------------ macros */

static void borrow_inline(Lower *L, const char *name, uint32_t s, uint32_t e, void *arg) {
  (void)arg;
  uint32_t local = lookup(L, name);
  if (local == NONE) return;
  access(L, BM_AC_SHARED, place_local(L, local), s, e, BM_F_MACRO);
}

/* One argument of a modelled macro (a node of the macros' tree), lowered as
 * the expression it is; `name = value` format arguments lower their value. */
static Val lower_macro_arg(Lower *L, TSNode a) {
  bool vec_elem = L->vec_elems;
  L->vec_elems = false;
  if (is(a, "assignment_expression") && is(field(a, "left"), "identifier")) a = field(a, "right");
  if (vec_elem) mark_unextended(L, a);
  Val v = lower_expr(L, a);
  L->unextended = false;
  return v;
}

static void borrow_arg(Lower *L, Val v, uint16_t flags) {
  if (v.place) access(L, BM_AC_SHARED, v.place, v.start, v.end, flags);
  else if (v.carrier) {
    uint32_t id = emit(L, BM_N_USE, v.start, v.start);
    node_at(L, id)->use = v.carrier;
  }
}

/* The name of a macro node, for messages: its path's last segment. */
static const char *macro_name(Lower *L, TSNode n) {
  TSNode path = is(n, "macro_invocation") ? field(n, "macro") : field(n, "function");
  if (ts_node_is_null(path)) return "vec";
  return path_last(L, path);
}

/* macro_invocation (or, in the macros' tree, the call or array standing for
 * one): the std macros the checker models, with their arguments parsed by
 * macros.c; any other macro makes the fn unsupported. */
static Val lower_macro(Lower *L, TSNode n) {
  uint32_t start = S(L, n), end = E(L, n);
  const BmMacroCall *mc = bm_macro_call(L->prog->macros, n);
  if (!mc || ts_node_is_null(mc->args)) {
    const char *m = macro_name(L, n);
    if (bm_macro_kind(m) == BM_MC_NONE)
      unsupported(L, n, bm_arena_printf(L->a, "the macro `%s!` is not modelled", m));
    else
      unsupported(L, n, bm_arena_printf(L->a, "the arguments of `%s!` are not expressions "
                                              "borrowmap can read", m));
    return rvalue(unknown_type(L), 0, start, end);
  }
  BmNodes all = kids(L, mc->args);
  BmArray(TSNode) args = {0};
  for (uint32_t i = 0; i < all.len; i++)
    if (!is(all.items[i], "line_comment") && !is(all.items[i], "block_comment") &&
        !is(all.items[i], "attribute_item"))
      bm_array_push(L->a, &args, all.items[i]);
  uint32_t na = args.len;
  BmMacCallKind kind = (BmMacCallKind)mc->kind;
  int fmt = format_arg(kind);
  if (fmt >= 0) {
    uint32_t first_fmt = (uint32_t)fmt;
    if (kind == BM_MC_WRITE && na) {
      Val d = lower_macro_arg(L, args.items[0]);
      if (d.place) access(L, BM_AC_MUT, d.place, d.start, d.end, BM_F_UNKNOWN);
    } else if (kind == BM_MC_ASSERT && na) {
      consume(L, lower_macro_arg(L, args.items[0]), 0);
    } else if (kind == BM_MC_ASSERT_CMP) {
      for (uint32_t i = 0; i < 2 && i < na; i++)
        borrow_arg(L, lower_macro_arg(L, args.items[i]), BM_F_MACRO);
    }
    /* the arguments are evaluated in order and all borrowed until the
     * formatting at the end of the macro: what one carries is live while
     * a later one is evaluated (`println!("{:?} {:?}", v.last(), v.pop())`) */
    uint32_t held[64], nheld = 0;
    for (uint32_t i = first_fmt; i < na; i++) {
      TSNode a = args.items[i];
      /* the format string (a literal) */
      if (i == first_fmt && is(a, "string_literal") && L->text[S(L, a)] == '"') {
        format_names(L, a, borrow_inline, NULL);
        continue;
      }
      Val v = lower_macro_arg(L, a);
      borrow_arg(L, v, BM_F_MACRO);
      if (!v.place && v.carrier && nheld < 64) held[nheld++] = v.carrier;
    }
    for (uint32_t i = 0; i < nheld; i++) {
      uint32_t id = emit(L, BM_N_USE, start, end);
      node_at(L, id)->use = held[i];
    }
    if (kind == BM_MC_PANIC) L->cur = NONE;
    if (kind == BM_MC_FORMAT && strcmp(macro_name(L, n), "format") == 0)
      return rvalue(bm_type_new(L->a, BM_TY_STD, "String"), 0, start, end);
    return rvalue(kind == BM_MC_PANIC ? bm_type_new(L->a, BM_TY_NEVER, NULL)
                                       : bm_type_new(L->a, BM_TY_UNIT, NULL),
                  0, start, end);
  }
  if (kind == BM_MC_VEC) {
    uint32_t carriers[64], nc = 0;
    BmType *elem = NULL;
    for (uint32_t i = 0; i < na; i++) {
      L->vec_elems = true;
      Val v = lower_macro_arg(L, args.items[i]);
      L->vec_elems = false;
      if (!elem) elem = v.type;
      uint32_t c = consume(L, v, 0);
      if (c && nc < 64) carriers[nc++] = c;
    }
    BmType *vt = bm_type_std1(L->a, "Vec", elem);
    return call_result(L, n, vt, carriers, nc);
  }
  if (kind == BM_MC_DBG) {
    Val last = rvalue(bm_type_new(L->a, BM_TY_UNIT, NULL), 0, start, end);
    for (uint32_t i = 0; i < na; i++) {
      Val v = lower_macro_arg(L, args.items[i]);
      uint32_t c = consume(L, v, 0);
      last = rvalue(v.type, c, start, end);
    }
    return last;
  }
  /* matches!(value, pattern): only the value is read */
  if (na) {
    Val v = lower_macro_arg(L, args.items[0]);
    if (v.place) access(L, BM_AC_READ, v.place, v.start, v.end, BM_F_UNKNOWN);
  }
  return rvalue(bm_type_new(L->a, BM_TY_BOOL, NULL), 0, start, end);
}

/* ------------------------------------------------------------ expressions */

static BmType *elem_type(Lower *L, BmType *t, bool *by_ref, bool *mut) {
  *by_ref = false;
  *mut = false;
  if (!t) return unknown_type(L);
  if (t->kind == BM_TY_REF) {
    *by_ref = true;
    *mut = t->mut_ref;
    BmType *in = pointee(t);
    if (in && (in->kind == BM_TY_ARRAY || (in->kind == BM_TY_STD && strcmp(in->name, "Vec") == 0)))
      return bm_type_ref(L->a, pointee(in), t->mut_ref);
    return unknown_type(L);
  }
  if (t->kind == BM_TY_ARRAY || (t->kind == BM_TY_STD && (strcmp(t->name, "Vec") == 0 ||
                                                          strcmp(t->name, "Iter") == 0)))
    return pointee(t) ? pointee(t) : unknown_type(L);
  return unknown_type(L);
}

/* Write the value `v` (already consumed: carrier) into a place. */
static void write_place(Lower *L, BmPlace *p, uint32_t carrier, BmType *vt, uint32_t start,
                        uint32_t end, uint16_t flags, bool init) {
  uint32_t id = access(L, init ? BM_AC_INIT : BM_AC_WRITE, p, start, end, flags);
  BmNode *n = node_at(L, id);
  n->use = carrier;
  if (p->nproj == 0) n->def = p->local + 1;
  if (bm_type_holds_refs(vt) || bm_type_holds_refs(p->type)) flow(L, carrier, p->local);
}

static Val lower_if(Lower *L, TSNode n, int depth);

/* The value of a branch into a join temp. */
static void branch_value(Lower *L, Val v, uint32_t *result, BmType **rtype) {
  if (L->cur == NONE) return;
  if (v.type && (v.type->kind == BM_TY_UNIT || v.type->kind == BM_TY_NEVER) && !v.place) return;
  uint32_t c = consume(L, v, 0);
  if (*result == NONE) {
    *result = temp_new(L, v.type, v.start, v.end);
    *rtype = v.type;
  }
  init_local(L, *result, c, v.start, v.end);
  flow(L, c, *result);
}

static Val branch_body(Lower *L, TSNode body) {
  if (is(body, "block")) return lower_block(L, body, false);
  return lower_expr(L, body);
}

/* Bind a pattern against the value of the expression `value` (match,
 * if let, while let, let): a move out of `*e` gets rustc's help there. */
static bool is_deref_expr(TSNode e) {
  return is(e, "unary_expression") && ts_node_child_count(e) &&
         strcmp(K(ts_node_child(e, 0)), "*") == 0;
}

/* ------------------------------------------------------------ pattern tests */

/* Matching reads the parts of the scrutinee a pattern tests: the
 * discriminant of an enum with more than one variant, a value compared with
 * a literal, a range or a constant. Bindings and `_` read nothing, so
 * `match x { _ => .. }` and `let S { f: _ } = s` accept a moved `x`/`s`
 * (rustc's fake reads of a match's tested places). The reads happen before
 * any arm, at the scrutinee: a moved (E0382), uninitialised (E0381) or
 * mutably borrowed (E0503) place there is an error. */
typedef BmArray(BmPlace *) PlaceList;

static bool enum_tested(const BmType *t) {
  if (!t) return false;
  if (t->kind == BM_TY_ADT) return t->item->is_enum && t->item->variants.len > 1;
  if (t->kind == BM_TY_STD) return strcmp(t->name, "Option") == 0 || strcmp(t->name, "Result") == 0;
  return false;
}

static bool scalar_type(const BmType *t) {
  return t && (t->kind == BM_TY_INT || t->kind == BM_TY_FLOAT || t->kind == BM_TY_BOOL ||
               t->kind == BM_TY_CHAR);
}

static bool same_place(const BmPlace *a, const BmPlace *b) {
  return a->nproj == b->nproj && bm_place_prefix(a, b);
}

static void test_read(Lower *L, BmPlace *p, TSNode at, PlaceList *done) {
  for (uint32_t i = 0; i < done->len; i++)
    if (same_place(done->items[i], p)) return;
  bm_array_push(L->a, done, p);
  access(L, BM_AC_READ, p, S(L, at), E(L, at), 0);
}

static void test_reads(Lower *L, TSNode p, BmPlace *place, TSNode scrut, PlaceList *done);

static void test_reads_in(Lower *L, TSNode p, BmPlace *place, TSNode scrut, PlaceList *done) {
  const char *k = K(p);
  BmType *t = place->type;
  if (!t || t->kind == BM_TY_UNKNOWN || t->kind == BM_TY_PARAM) return;
  bool binding = strcmp(k, "identifier") == 0 || strcmp(k, "mut_pattern") == 0 ||
                 strcmp(k, "ref_pattern") == 0 || strcmp(k, "captured_pattern") == 0 ||
                 strcmp(k, "reference_pattern") == 0 || strcmp(k, "_") == 0;
  if (t->kind == BM_TY_REF && (!binding || (strcmp(k, "identifier") == 0 &&
                                            is_variant_name(L, text_of(L, p))))) {
    /* match ergonomics: the pattern is matched against the referent */
    test_reads(L, p, place_proj(L, place, BM_PROJ_DEREF, NULL, ptr_kind(t), true, pointee(t)),
               scrut, done);
    return;
  }
  if (strcmp(k, "integer_literal") == 0 || strcmp(k, "char_literal") == 0 ||
      strcmp(k, "boolean_literal") == 0 || strcmp(k, "negative_literal") == 0 ||
      strcmp(k, "float_literal") == 0 || strcmp(k, "range_pattern") == 0 ||
      strcmp(k, "string_literal") == 0 || strcmp(k, "raw_string_literal") == 0) {
    /* rustc's span for a comparison: the `match`, or an `if let`'s pattern */
    test_read(L, place, L->match_node, done);
  } else if (strcmp(k, "identifier") == 0) {
    if (enum_tested(t) && is_variant_name(L, text_of(L, p))) test_read(L, place, scrut, done);
  } else if (strcmp(k, "scoped_identifier") == 0) {
    if (enum_tested(t)) test_read(L, place, scrut, done);
    else if (scalar_type(t)) test_read(L, place, L->match_node, done);
  } else if (strcmp(k, "tuple_pattern") == 0) {
    if (t->kind != BM_TY_TUPLE) return;
    BmNodes kp = pattern_elems(L, p);
    for (uint32_t i = 0, idx = 0; i < kp.len && idx < t->nargs; i++, idx++) {
      if (is(kp.items[i], "remaining_field_pattern")) break;
      test_reads(L, kp.items[i],
                 place_proj(L, place, BM_PROJ_FIELD, bm_arena_printf(L->a, "%u", idx), 0, false,
                            t->args[idx]),
                 scrut, done);
    }
  } else if (strcmp(k, "tuple_struct_pattern") == 0 || strcmp(k, "struct_pattern") == 0) {
    bool is_enum = enum_tested(t);
    if (is_enum) test_read(L, place, scrut, done);
    if (t->kind != BM_TY_ADT && !is_enum) return;
    TSNode ty = field(p, "type");
    const char *vname = path_last(L, ty);
    bool variant = t->kind == BM_TY_STD || t->item->is_enum;
    BmNodes kp = strcmp(k, "struct_pattern") == 0 ? kids(L, p) : pattern_elems(L, p);
    uint32_t idx = 0;
    for (uint32_t i = 0; i < kp.len; i++) {
      TSNode c = kp.items[i];
      if (ts_node_eq(c, ty)) continue;
      TSNode sub = c;
      const char *fname;
      BmType *ft;
      if (strcmp(k, "struct_pattern") == 0) {
        if (!is(c, "field_pattern")) continue;
        sub = field(c, "pattern");
        if (ts_node_is_null(sub)) continue; /* shorthand: a binding */
        const char *n = text_of(L, field(c, "name"));
        ft = variant ? bm_type_variant_field(L->a, t, vname, 0, n) : bm_type_field(t, n);
        fname = variant ? bm_arena_printf(L->a, "%s.%s", vname, n) : n;
      } else {
        if (is(c, "remaining_field_pattern")) break;
        if (variant) {
          ft = bm_type_variant_field(L->a, t, vname, idx, NULL);
          fname = bm_arena_printf(L->a, "%s.%u", vname, idx);
        } else {
          fname = bm_arena_printf(L->a, "%u", idx);
          ft = bm_type_field(t, fname);
        }
        idx++;
      }
      if (!ft) continue;
      test_reads(L, sub, place_proj(L, place, BM_PROJ_FIELD, fname, 0, false, ft), scrut, done);
    }
  } else if (strcmp(k, "reference_pattern") == 0) {
    if (t->kind != BM_TY_REF) return;
    test_reads(L, last_named(p),
               place_proj(L, place, BM_PROJ_DEREF, NULL, ptr_kind(t), false, pointee(t)), scrut, done);
  } else if (strcmp(k, "or_pattern") == 0) {
    BmNodes kp = kids(L, p);
    for (uint32_t i = 0; i < kp.len; i++) test_reads(L, kp.items[i], place, scrut, done);
  } else if (strcmp(k, "captured_pattern") == 0) {
    test_reads(L, last_named(p), place, scrut, done);
  }
}

static void test_reads(Lower *L, TSNode p, BmPlace *place, TSNode scrut, PlaceList *done) {
  if (ts_node_is_null(p) || !place || L->cur == NONE || !deeper(L, p)) return;
  test_reads_in(L, p, place, scrut, done);
  shallower(L);
}

static void bind_scrutinee(Lower *L, TSNode pat, Val v, bool mut, TSNode value) {
  bool saved = L->scrut_deref;
  L->scrut_deref = is_deref_expr(value);
  bind_pattern(L, pat, v, 0, mut, 0);
  L->scrut_deref = saved;
}

/* if_expression: if cond {..} else {..} / if let PAT = e {..} else {..} */
static Val lower_if(Lower *L, TSNode n, int depth) {
  TSNode cond = field(n, "condition"), cons = field(n, "consequence"), alt = field(n, "alternative");
  uint32_t result = NONE;
  BmType *rtype = NULL;
  scope_push(L);
  uint32_t branch;
  if (is(cond, "let_condition")) {
    Val v = lower_expr(L, field(cond, "value"));
    if (!v.place) place_of(L, &v, false);
    PlaceList tested = {0};
    TSNode saved_match = L->match_node;
    L->match_node = field(cond, "pattern"); /* comparisons: at the pattern */
    test_reads(L, field(cond, "pattern"), v.place, field(cond, "value"), &tested);
    L->match_node = saved_match;
    branch = emit(L, BM_N_NOP, S(L, cond), S(L, cond));
    bind_scrutinee(L, field(cond, "pattern"), v, false, field(cond, "value"));
  } else if (is(cond, "let_chain") || is(cond, "_let_chain")) {
    unsupported(L, cond, "let chains are not modelled");
    branch = emit(L, BM_N_NOP, S(L, cond), S(L, cond));
  } else {
    consume(L, lower_expr(L, cond), 0);
    branch = emit(L, BM_N_NOP, S(L, cond), S(L, cond));
  }
  Val tv = lower_block(L, cons, false);
  branch_value(L, tv, &result, &rtype);
  scope_pop(L, E(L, cons) - 1, E(L, cons));
  uint32_t then_end = L->cur;
  L->cur = branch;
  if (!ts_node_is_null(alt)) {
    TSNode inner = ts_node_named_child(alt, 0);
    Val ev = rvalue(unknown_type(L), 0, S(L, inner), E(L, inner));
    if (!is(inner, "if_expression")) {
      ev = lower_block(L, inner, false);
    } else if (deeper(L, inner)) { /* an `else if` chain recurses here */
      ev = lower_if(L, inner, depth + 1);
      shallower(L);
    }
    branch_value(L, ev, &result, &rtype);
  }
  uint32_t join = node_new(L, BM_N_NOP, E(L, n), E(L, n));
  link(L, L->cur, join);
  link(L, then_end, join);
  succ_swap(L, branch);
  L->cur = (L->cur == NONE && then_end == NONE) ? NONE : join;
  if (result == NONE) return rvalue(bm_type_new(L->a, BM_TY_UNIT, NULL), 0, S(L, n), E(L, n));
  return rvalue(rtype, result + 1, S(L, n), E(L, n));
}

/* Does a pattern bind nothing (literals, `_`, ranges, paths and unit
 * variants only)? Unsure: false. */
static bool binds_nothing_in(Lower *L, TSNode p, int depth);

static bool binds_nothing(Lower *L, TSNode p, int depth) {
  if (!bm_deeper(L->lim)) return false; /* unsure: false */
  bool r = binds_nothing_in(L, p, depth);
  shallower(L);
  return r;
}

static bool binds_nothing_in(Lower *L, TSNode p, int depth) {
  const char *k = K(p);
  if (strcmp(k, "identifier") == 0) return is_variant_name(L, text_of(L, p));
  if (strcmp(k, "shorthand_field_identifier") == 0 || strcmp(k, "ref_pattern") == 0 ||
      strcmp(k, "mut_pattern") == 0 || strcmp(k, "captured_pattern") == 0 ||
      strcmp(k, "macro_invocation") == 0)
    return false;
  if (strcmp(k, "scoped_identifier") == 0 || strcmp(k, "scoped_type_identifier") == 0 ||
      strcmp(k, "type_identifier") == 0)
    return true;
  bool ctor = strcmp(k, "tuple_struct_pattern") == 0 || strcmp(k, "struct_pattern") == 0;
  TSNode ty = ctor ? field(p, "type") : p;
  BmNodes kp = kids(L, p);
  for (uint32_t i = 0; i < kp.len; i++) {
    TSNode c = kp.items[i];
    if (ctor && ts_node_eq(c, ty)) continue;
    if (!binds_nothing(L, c, depth + 1)) return false;
  }
  return true;
}

/* match_expression: match e { PAT (if guard)? => expr, ... }
 * A guard that fails goes on to test the next arms, and with an or-pattern
 * it runs again for the next alternative, so what the guard moves is moved
 * there too. Modelled for patterns that bind nothing (a guarded arm's
 * bindings are only borrowed until the guard succeeds, which is not). */
static Val lower_match(Lower *L, TSNode n) {
  Val v = lower_expr(L, field(n, "value"));
  if (!v.place) place_of(L, &v, false);
  TSNode body = field(n, "body");
  BmNodes arms = kids(L, body);
  PlaceList tested = {0};
  TSNode saved_match = L->match_node;
  L->match_node = n;
  for (uint32_t i = 0; i < arms.len; i++) {
    if (!is(arms.items[i], "match_arm")) continue;
    TSNode mp = field(arms.items[i], "pattern");
    TSNode pat = ts_node_named_child_count(mp) ? ts_node_named_child(mp, 0) : mp;
    if (!ts_node_is_null(pat) && !ts_node_eq(pat, field(mp, "condition")) && !ts_node_eq(pat, mp))
      test_reads(L, pat, v.place, field(n, "value"), &tested);
  }
  L->match_node = saved_match;
  uint32_t branch = emit(L, BM_N_NOP, S(L, body), S(L, body));
  uint32_t join = node_new(L, BM_N_NOP, E(L, n), E(L, n));
  uint32_t result = NONE;
  BmType *rtype = NULL;
  bool any = false;
  uint32_t guard_failed = NONE;
  for (uint32_t i = 0; i < arms.len; i++) {
    TSNode arm = arms.items[i];
    if (!is(arm, "match_arm")) continue;
    L->cur = branch;
    if (guard_failed != NONE) {
      L->cur = node_new(L, BM_N_NOP, S(L, arm), S(L, arm));
      link(L, branch, L->cur);
      link(L, guard_failed, L->cur);
      guard_failed = NONE;
    }
    scope_push(L);
    TSNode mp = field(arm, "pattern");
    TSNode pat = ts_node_named_child_count(mp) ? ts_node_named_child(mp, 0) : mp;
    TSNode guard = field(mp, "condition");
    bool has_pat = !ts_node_is_null(pat) && !ts_node_eq(pat, guard) && !ts_node_eq(pat, mp);
    if (has_pat) bind_scrutinee(L, pat, v, false, field(n, "value"));
    if (!ts_node_is_null(guard)) {
      bool model = has_pat && binds_nothing(L, pat, 0) && L->cur != NONE;
      uint32_t gstart = model ? emit(L, BM_N_NOP, S(L, guard), S(L, guard)) : NONE;
      consume(L, lower_expr(L, guard), 0);
      if (model && L->cur != NONE) {
        uint32_t gend = emit(L, BM_N_NOP, E(L, guard), E(L, guard));
        if (is(pat, "or_pattern")) link(L, gend, gstart);
        L->cur = node_new(L, BM_N_NOP, E(L, guard), E(L, guard));
        link(L, gend, L->cur);
        dead_scopes(L, L->scopes.len - 1, E(L, guard), E(L, guard));
        guard_failed = L->cur;
        L->cur = gend;
      }
    }
    Val av = branch_body(L, field(arm, "value"));
    branch_value(L, av, &result, &rtype);
    scope_pop(L, E(L, arm), E(L, arm));
    if (L->cur != NONE) any = true;
    link(L, L->cur, join);
  }
  L->cur = any ? join : NONE;
  if (result == NONE) return rvalue(bm_type_new(L->a, BM_TY_UNIT, NULL), 0, S(L, n), E(L, n));
  return rvalue(rtype, result + 1, S(L, n), E(L, n));
}

static const char *loop_label(Lower *L, TSNode n) {
  BmNodes kn = kids(L, n);
  for (uint32_t i = 0; i < kn.len; i++)
    if (is(kn.items[i], "label")) return text_of(L, kn.items[i]);
  return NULL;
}

/* loop / while cond / while let PAT = e / for PAT in e */
static Val lower_loop(Lower *L, TSNode n) {
  const char *k = K(n);
  Loop lp = {loop_label(L, n), NONE, NONE, L->scopes.len, 0, false};
  uint32_t it = NONE;
  BmType *it_type = NULL;
  if (strcmp(k, "for_expression") == 0) {
    Val v = lower_expr(L, field(n, "value"));
    uint32_t c = consume(L, v, 0);
    it_type = v.type;
    if (is(field(n, "value"), "range_expression")) it_type = bm_type_new(L->a, BM_TY_INT, NULL);
    it = temp_new(L, it_type, v.start, v.end);
    init_local(L, it, c, v.start, v.end);
    flow(L, c, it);
  }
  lp.head = emit(L, BM_N_NOP, S(L, n), S(L, n));
  lp.exit = node_new(L, BM_N_NOP, E(L, n), E(L, n));
  bm_array_push(L->a, &L->loops, lp);
  uint32_t branch = NONE;
  scope_push(L);
  if (strcmp(k, "for_expression") == 0) {
    uint32_t id = emit(L, BM_N_USE, S(L, n), S(L, n));
    node_at(L, id)->use = it + 1;
    branch = emit(L, BM_N_NOP, S(L, n), S(L, n));
    bool by_ref, mut;
    BmType *et = it_type && it_type->kind == BM_TY_INT ? it_type : elem_type(L, it_type, &by_ref, &mut);
    Val ev = rvalue(et, bm_type_holds_refs(et) ? it + 1 : 0, S(L, field(n, "pattern")),
                    E(L, field(n, "pattern")));
    uint32_t et_tmp = hold(L, ev, ev.carrier);
    Val src = {place_local(L, et_tmp), et_tmp + 1, et, ev.start, ev.end, NULL};
    bind_pattern(L, field(n, "pattern"), src, 0, false, 0);
  } else if (strcmp(k, "while_expression") == 0) {
    TSNode cond = field(n, "condition");
    if (is(cond, "let_condition")) {
      Val v = lower_expr(L, field(cond, "value"));
      if (!v.place) place_of(L, &v, false);
      PlaceList tested = {0};
      TSNode saved_match = L->match_node;
      L->match_node = field(cond, "pattern"); /* comparisons: at the pattern */
      test_reads(L, field(cond, "pattern"), v.place, field(cond, "value"), &tested);
      L->match_node = saved_match;
      branch = emit(L, BM_N_NOP, S(L, cond), S(L, cond));
      bind_scrutinee(L, field(cond, "pattern"), v, false, field(cond, "value"));
    } else if (is(cond, "let_chain")) {
      unsupported(L, cond, "let chains are not modelled");
      branch = emit(L, BM_N_NOP, S(L, cond), S(L, cond));
    } else {
      consume(L, lower_expr(L, cond), 0);
      branch = emit(L, BM_N_NOP, S(L, cond), S(L, cond));
    }
  }
  TSNode body = field(n, "body");
  lower_block(L, body, false);
  scope_pop(L, E(L, body) - 1, E(L, body));
  Loop *top = bm_array_last(&L->loops);
  link(L, L->cur, top->head);
  if (branch != NONE) {
    link(L, branch, top->exit);
    succ_swap(L, branch);
  }
  uint32_t exit = top->exit, result = top->result;
  bool reached = top->broken || branch != NONE;
  L->loops.len--;
  /* a `loop` without break never ends */
  L->cur = reached ? exit : NONE;
  if (result) return rvalue(local_at(L, result - 1)->type, result, S(L, n), E(L, n));
  return rvalue(bm_type_new(L->a, BM_TY_UNIT, NULL), 0, S(L, n), E(L, n));
}

static Loop *find_loop(Lower *L, TSNode n) {
  const char *label = NULL;
  BmNodes kn = kids(L, n);
  for (uint32_t i = 0; i < kn.len; i++)
    if (is(kn.items[i], "label")) label = text_of(L, kn.items[i]);
  for (uint32_t i = L->loops.len; i-- > 0;) {
    Loop *lp = bm_array_get(&L->loops, i);
    if (!label || (lp->label && strcmp(lp->label, label) == 0)) return lp;
  }
  return NULL;
}

static void do_return(Lower *L, Val v, TSNode at, bool has_value) {
  if (has_value) {
    uint32_t c = consume(L, v, 0);
    if (L->cur != NONE) {
      init_local(L, L->fn->ret_local, c, v.start, v.end);
      flow(L, c, L->fn->ret_local);
      BmReturn r = {c ? c - 1 : NONE, v.start, v.end, false};
      bm_array_push(L->a, &L->fn->returns, r);
    }
  }
  end_statement(L, S(L, at), S(L, at));
  dead_scopes(L, 0, S(L, at), E(L, at));
  link(L, L->cur, L->fn->exit);
  L->cur = NONE;
}

/* Any expression. Place expressions (paths, fields, derefs, indexing)
 * return a place and emit nothing for it: the context decides how the
 * place is used. Everything else is evaluated and returned as an rvalue. */
static Val lower_expr_in(Lower *L, TSNode n);

static Val lower_expr(Lower *L, TSNode n) {
  uint32_t start = S(L, n), end = E(L, n);
  if (ts_node_is_null(n) || L->cx->stopped || L->too_deep || !spend(L, n, 1) || !deeper(L, n))
    return rvalue(unknown_type(L), 0, start, end);
  Val v = lower_expr_in(L, n);
  shallower(L);
  return v;
}

static Val lower_expr_in(Lower *L, TSNode n) {
  uint32_t start = S(L, n), end = E(L, n);
  Val v = rvalue(unknown_type(L), 0, start, end);
  const char *k = K(n);
  bool unextended = L->unextended;
  L->unextended = false;
  /* IndexMut goes through place bases only (`a.b[i][j]`), not calls */
  if (strcmp(k, "index_expression") != 0 && strcmp(k, "field_expression") != 0 &&
      strcmp(k, "parenthesized_expression") != 0)
    L->index_mut = false;
  if (strcmp(k, "identifier") == 0 || strcmp(k, "self") == 0) {
    uint32_t local = lookup(L, text_of(L, n));
    if (local != NONE) {
      v.place = place_local(L, local);
      v.type = local_at(L, local)->type;
    } else if (strcmp(text_of(L, n), "None") == 0) {
      v.type = bm_type_std1(L->a, "Option", NULL);
    } else if ((v.stat = static_named(L, n))) {
      /* its type stays unknown here: it is no place of this fn */
    } else {
      /* a unit struct's value: `Foo` */
      BmItem *item = bm_program_item(L->prog, text_of(L, n));
      if (item && !item->is_enum && !item->fields.len && !item->generic && !item->has_lifetimes &&
          item_is_unit(L, item)) {
        v.type = bm_type_new(L->a, BM_TY_ADT, item->name);
        v.type->item = item;
      }
    }
  } else if (strcmp(k, "integer_literal") == 0) {
    v.type = bm_type_new(L->a, BM_TY_INT, NULL);
  } else if (strcmp(k, "float_literal") == 0) {
    v.type = bm_type_new(L->a, BM_TY_FLOAT, NULL);
  } else if (strcmp(k, "boolean_literal") == 0) {
    v.type = bm_type_new(L->a, BM_TY_BOOL, NULL);
  } else if (strcmp(k, "char_literal") == 0) {
    v.type = bm_type_new(L->a, BM_TY_CHAR, NULL);
  } else if (strcmp(k, "string_literal") == 0 || strcmp(k, "raw_string_literal") == 0) {
    v.type = bm_type_ref(L->a, bm_type_new(L->a, BM_TY_STR, NULL), false);
    v.type->lifetime = "static";
  } else if (strcmp(k, "unit_expression") == 0) {
    v.type = bm_type_new(L->a, BM_TY_UNIT, NULL);
  } else if (strcmp(k, "parenthesized_expression") == 0) {
    return lower_expr(L, ts_node_named_child(n, 0));
  } else if (strcmp(k, "field_expression") == 0) {
    L->unextended = unextended; /* `&call().field`: the base is the temporary */
    Val base = lower_expr(L, field(n, "value"));
    L->unextended = false;
    const char *f = text_of(L, field(n, "field"));
    BmPlace *bp = base.place ? base.place : place_of(L, &base, unextended);
    bp = autoderef(L, bp);
    BmType *ft = bm_type_field(bp->type, f);
    v.place = place_proj(L, bp, BM_PROJ_FIELD, f, 0, false, ft);
    v.type = v.place->type;
  } else if (strcmp(k, "index_expression") == 0) {
    L->unextended = unextended; /* `&call()[..]`: the base is the temporary */
    bool index_mut = L->index_mut;
    Val base = lower_expr(L, ts_node_named_child(n, 0));
    L->unextended = false;
    L->index_mut = false;
    consume(L, lower_expr(L, ts_node_named_child(n, 1)), 0);
    L->index_mut = index_mut;
    BmPlace *bp = base.place ? base.place : place_of(L, &base, unextended);
    bp = autoderef(L, bp);
    /* `v[i] = x` on a Vec calls IndexMut::index_mut(&mut v, i): a mutable
     * borrow of the innermost Vec (`grid` in `grid[y][x] = c`) */
    if (index_mut && !L->index_mut_done && base.place && bp->type && bp->type->kind == BM_TY_STD &&
        strcmp(bp->type->name, "Vec") == 0 && !is(ts_node_named_child(n, 1), "range_expression")) {
      TSNode b = ts_node_named_child(n, 0);
      access(L, BM_AC_MUT, bp, S(L, b), E(L, b), 0);
      L->index_mut_done = true;
    }
    BmType *et = unknown_type(L);
    bool is_range = is(ts_node_named_child(n, 1), "range_expression");
    if (bp->type && !is_range) {
      if (bp->type->kind == BM_TY_ARRAY || (bp->type->kind == BM_TY_STD && strcmp(bp->type->name, "Vec") == 0))
        et = pointee(bp->type);
      else if (bp->type->kind == BM_TY_STD && strcmp(bp->type->name, "HashMap") == 0 && bp->type->nargs == 2)
        et = bp->type->args[1];
    } else if (is_range && bp->type) {
      if (bp->type->kind == BM_TY_STR || (bp->type->kind == BM_TY_STD && strcmp(bp->type->name, "String") == 0))
        et = bm_type_new(L->a, BM_TY_STR, NULL);
      else if (bp->type->kind == BM_TY_ARRAY || (bp->type->kind == BM_TY_STD && strcmp(bp->type->name, "Vec") == 0)) {
        et = bm_type_new(L->a, BM_TY_ARRAY, NULL);
        et->args = bm_arena_alloc(L->a, sizeof(BmType *));
        et->args[0] = pointee(bp->type);
        et->nargs = 1;
      }
    }
    v.place = place_proj(L, bp, BM_PROJ_INDEX, NULL, 0, false, et);
    v.type = et;
  } else if (strcmp(k, "unary_expression") == 0) {
    TSNode op = ts_node_child(n, 0);
    Val in = lower_expr(L, ts_node_named_child(n, 0));
    if (strcmp(K(op), "*") == 0) {
      /* `&*Box::new(1)` as an argument: the Box is a statement temp */
      BmPlace *bp = in.place ? in.place : place_of(L, &in, unextended);
      v.place = place_proj(L, bp, BM_PROJ_DEREF, NULL, ptr_kind(in.type), false,
                           ptr_kind(in.type) != BM_PTR_UNKNOWN ? pointee(in.type) : NULL);
      v.type = v.place->type;
    } else {
      consume(L, in, 0);
      BmTypeKind tk = in.type ? in.type->kind : BM_TY_UNKNOWN;
      if (tk == BM_TY_INT || tk == BM_TY_FLOAT || tk == BM_TY_BOOL) v.type = in.type;
    }
  } else if (strcmp(k, "reference_expression") == 0) {
    bool mut = has_token(L, n, "mutable_specifier");
    TSNode inner = field(n, "value");
    bool deref = is(inner, "unary_expression");
    bool proj = is(inner, "index_expression") || is(inner, "field_expression");
    L->unextended = unextended && (deref || proj);
    Val in = lower_expr(L, inner);
    L->unextended = false;
    if (in.stat && mut) static_written(L, in.stat, start, end, true);
    in.stat = NULL; /* borrowed, not moved */
    BmPlace *p = in.place ? in.place : place_of(L, &in, unextended && !deref && !proj);
    uint32_t acc = access(L, mut ? BM_AC_MUT : BM_AC_SHARED, p, start, end, 0);
    BmType *rt = bm_type_ref(L->a, in.type, mut);
    v.carrier = new_loan(L, p, mut, acc, start, end, rt);
    v.type = rt;
  } else if (strcmp(k, "call_expression") == 0 && bm_macro_call(L->prog->macros, n)) {
    v = lower_macro(L, n); /* a macro, in the macros' tree */
  } else if (strcmp(k, "call_expression") == 0) {
    TSNode fn = field(n, "function");
    if (is(fn, "generic_function") && is(field(fn, "function"), "field_expression"))
      v = lower_method(L, n, field(fn, "function"));
    else if (is(fn, "field_expression"))
      v = lower_method(L, n, fn);
    else
      v = lower_call(L, n);
  } else if (strcmp(k, "macro_invocation") == 0) {
    v = lower_macro(L, n);
  } else if (strcmp(k, "assignment_expression") == 0) {
    TSNode left = field(n, "left");
    if (is(left, "identifier")) {
      uint32_t local = lookup(L, text_of(L, left));
      if (local != NONE) expect(L, field(n, "right"), local_at(L, local)->type);
    }
    /* an assignment extends no temporary: `x = &vec![..][..2];` */
    mark_unextended(L, field(n, "right"));
    Val rhs = lower_expr(L, field(n, "right"));
    L->unextended = false;
    if (rhs.stat) static_moved(L, rhs);
    uint32_t c = consume(L, rhs, 0);
    L->index_mut = is(field(n, "left"), "index_expression");
    L->index_mut_done = false;
    Val lhs = lower_expr(L, field(n, "left"));
    L->index_mut = false;
    if (lhs.place) write_place(L, lhs.place, c, rhs.type, start, end, L->index_mut_done ? BM_F_INDEX_MUT : 0, false);
    else if (lhs.stat) static_written(L, lhs.stat, start, end, false);
    L->index_mut_done = false;
    v.type = bm_type_new(L->a, BM_TY_UNIT, NULL);
  } else if (strcmp(k, "compound_assignment_expr") == 0) {
    Val rhs = lower_expr(L, field(n, "right"));
    consume(L, rhs, 0);
    L->index_mut = is(field(n, "left"), "index_expression");
    L->index_mut_done = false;
    Val lhs = lower_expr(L, field(n, "left"));
    L->index_mut = false;
    if (lhs.stat) static_written(L, lhs.stat, start, end, false);
    bool index_mut = L->index_mut_done;
    L->index_mut_done = false;
    if (lhs.place) {
      BmTypeKind tk = lhs.type ? lhs.type->kind : BM_TY_UNKNOWN;
      if (tk == BM_TY_INT || tk == BM_TY_FLOAT || tk == BM_TY_BOOL) {
        write_place(L, lhs.place, 0, lhs.type, start, end,
                    BM_F_COMPOUND | (index_mut ? BM_F_INDEX_MUT : 0), false);
      } else if (tk == BM_TY_STD && strcmp(lhs.type->name, "String") == 0) {
        access(L, BM_AC_MUT, lhs.place, start, end, 0);
      } else if (tk == BM_TY_ADT && op_assign_of(L, n, lhs.type)) {
        /* `AddAssign::add_assign(&mut x, ..)` of the snippet's impl */
        access(L, BM_AC_MUT, lhs.place, start, end, 0);
      } else {
        access(L, BM_AC_READ, lhs.place, start, end, BM_F_UNKNOWN);
      }
    }
    v.type = bm_type_new(L->a, BM_TY_UNIT, NULL);
  } else if (strcmp(k, "binary_expression") == 0) {
    const char *op = K(field(n, "operator"));
    Val a = lower_expr(L, field(n, "left"));
    bool cmp = strcmp(op, "==") == 0 || strcmp(op, "!=") == 0 || strcmp(op, "<") == 0 ||
               strcmp(op, ">") == 0 || strcmp(op, "<=") == 0 || strcmp(op, ">=") == 0;
    bool lazy = strcmp(op, "&&") == 0 || strcmp(op, "||") == 0;
    if (cmp) borrow_arg(L, a, BM_F_UNKNOWN);
    else consume(L, a, 0);
    /* `a && b` / `a || b`: b runs only on some paths */
    uint32_t branch = lazy ? emit(L, BM_N_NOP, E(L, field(n, "left")), E(L, field(n, "left"))) : NONE;
    Val b = lower_expr(L, field(n, "right"));
    if (cmp) borrow_arg(L, b, BM_F_UNKNOWN);
    else consume(L, b, 0);
    if (lazy) {
      uint32_t join = node_new(L, BM_N_NOP, end, end);
      link(L, L->cur, join);
      link(L, branch, join);
      succ_swap(L, branch);
      L->cur = join;
    }
    if (cmp || strcmp(op, "&&") == 0 || strcmp(op, "||") == 0) v.type = bm_type_new(L->a, BM_TY_BOOL, NULL);
    else if (a.type && (a.type->kind == BM_TY_INT || a.type->kind == BM_TY_FLOAT)) v.type = a.type;
    else if (a.type && a.type->kind == BM_TY_STD && strcmp(a.type->name, "String") == 0 && strcmp(op, "+") == 0)
      v.type = a.type;
  } else if (strcmp(k, "type_cast_expression") == 0) {
    consume(L, lower_expr(L, field(n, "value")), 0);
    v.type = bm_type_from_node(L->prog, field(n, "type"), L->self_type, 0);
  } else if (strcmp(k, "struct_expression") == 0) {
    TSNode name = field(n, "name"), body = field(n, "body");
    uint32_t carriers[64], nc = 0;
    BmNodes kb = kids(L, body);
    for (uint32_t i = 0; i < kb.len; i++) {
      TSNode fi = kb.items[i];
      Val fv;
      if (is(fi, "shorthand_field_initializer")) fv = lower_expr(L, ts_node_named_child(fi, 0));
      else if (is(fi, "field_initializer")) fv = lower_expr(L, field(fi, "value"));
      else if (is(fi, "base_field_initializer")) {
        fv = lower_expr(L, ts_node_named_child(fi, 0));
        if (fv.place) access(L, BM_AC_READ, fv.place, fv.start, fv.end, BM_F_UNKNOWN);
        continue;
      } else continue;
      uint32_t c = consume(L, fv, 0);
      if (c && nc < 64) carriers[nc++] = c;
    }
    bool generic = is(name, "generic_type") || is(name, "generic_type_with_turbofish");
    TSNode tn = generic ? field(name, "type") : name;
    bool scoped = is(tn, "scoped_type_identifier") || is(tn, "scoped_identifier");
    if (text_is(L, tn, "Self") && L->self_type) v.type = L->self_type;
    else {
      BmItem *item = bm_program_item(L->prog, path_last(L, tn));
      if (!item && scoped) {
        /* `Enum::Variant { .. }`: the path's first segment */
        TSNode first = tn;
        for (int guard = 0; guard < BM_TYPE_MAX_DEPTH && (is(first, "scoped_type_identifier") ||
                                                         is(first, "scoped_identifier")); guard++)
          first = field(first, "path");
        if (!ts_node_is_null(first)) item = bm_program_item(L->prog, text_of(L, first));
      }
      if (item) {
        v.type = bm_type_new(L->a, BM_TY_ADT, item->name);
        v.type->item = item;
        /* S::<&'a T> { .. }: as for tuple structs in lower_call */
        if (generic && !item->has_lifetimes && turbofish_named(L, name))
          for (uint32_t i = 0; i < nc; i++) flow(L, carriers[i], L->fn->univ_local);
      }
    }
    v = call_result(L, n, v.type, carriers, nc);
  } else if (strcmp(k, "array_expression") == 0 && bm_macro_call(L->prog->macros, n)) {
    v = lower_macro(L, n); /* vec!, in the macros' tree */
  } else if (strcmp(k, "tuple_expression") == 0 || strcmp(k, "array_expression") == 0) {
    bool tuple = k[0] == 't';
    uint32_t carriers[64], nc = 0;
    BmNodes kn = kids(L, n);
    uint32_t cnt = kn.len;
    BmType *t = bm_type_new(L->a, tuple ? BM_TY_TUPLE : BM_TY_ARRAY, NULL);
    t->args = bm_arena_alloc(L->a, (cnt + 1) * sizeof(BmType *));
    bool repeat = !tuple && cnt == 2 && has_token(L, n, ";"); /* [x; n] */
    for (uint32_t i = 0; i < cnt; i++) {
      TSNode c = kn.items[i];
      if (is(c, "line_comment") || is(c, "block_comment") || is(c, "attribute_item")) continue;
      Val ev = lower_expr(L, c);
      uint32_t cr = consume(L, ev, 0);
      if (cr && nc < 64) carriers[nc++] = cr;
      if (tuple || t->nargs == 0) t->args[t->nargs++] = ev.type;
      if (repeat) break;
    }
    if (!tuple && t->nargs == 0) t->args[t->nargs++] = unknown_type(L);
    if (!tuple && !repeat) t->array_len = bm_arena_printf(L->a, "%u", cnt);
    if (!tuple && repeat && cnt == 2) t->array_len = text_of(L, kn.items[1]);
    v = call_result(L, n, t, carriers, nc);
  } else if (strcmp(k, "range_expression") == 0) {
    BmNodes kn = kids(L, n);
    for (uint32_t i = 0; i < kn.len; i++) consume(L, lower_expr(L, kn.items[i]), 0);
  } else if (strcmp(k, "block") == 0) {
    scope_push(L);
    v = lower_block(L, n, false);
    scope_pop(L, end - 1, end);
  } else if (strcmp(k, "if_expression") == 0) {
    v = lower_if(L, n, 0);
  } else if (strcmp(k, "match_expression") == 0) {
    v = lower_match(L, n);
  } else if (strcmp(k, "loop_expression") == 0 || strcmp(k, "while_expression") == 0 ||
             strcmp(k, "for_expression") == 0) {
    v = lower_loop(L, n);
  } else if (strcmp(k, "break_expression") == 0 || strcmp(k, "continue_expression") == 0) {
    Loop *lp = find_loop(L, n);
    bool brk = k[0] == 'b';
    TSNode val = {0};
    BmNodes kn = brk ? kids(L, n) : (BmNodes){NULL, 0};
    for (uint32_t i = 0; i < kn.len; i++)
      if (!is(kn.items[i], "label")) val = kn.items[i];
    if (!ts_node_is_null(val)) {
      Val bv = lower_expr(L, val);
      uint32_t c = consume(L, bv, 0);
      if (lp) {
        if (!lp->result) lp->result = temp_new(L, bv.type, bv.start, bv.end) + 1;
        init_local(L, lp->result - 1, c, bv.start, bv.end);
        flow(L, c, lp->result - 1);
      }
    }
    if (lp) {
      dead_scopes(L, lp->scope_depth, start, end);
      if (brk && L->cur != NONE) lp->broken = true;
      link(L, L->cur, brk ? lp->exit : lp->head);
    }
    L->cur = NONE;
    v.type = bm_type_new(L->a, BM_TY_NEVER, NULL);
  } else if (strcmp(k, "return_expression") == 0) {
    TSNode val = ts_node_named_child(n, 0);
    if (!ts_node_is_null(val)) expect(L, val, local_at(L, L->fn->ret_local)->type);
    Val rv = ts_node_is_null(val) ? v : lower_expr(L, val);
    do_return(L, rv, n, !ts_node_is_null(val));
    v.type = bm_type_new(L->a, BM_TY_NEVER, NULL);
  } else if (strcmp(k, "try_expression") == 0) {
    Val in = lower_expr(L, ts_node_named_child(n, 0));
    uint32_t c = consume(L, in, 0);
    uint32_t branch = emit(L, BM_N_NOP, end - 1, end);
    dead_scopes(L, 0, end - 1, end);
    link(L, L->cur, L->fn->exit);
    L->cur = branch;
    BmType *t = in.type && in.type->kind == BM_TY_STD && in.type->nargs &&
                        (strcmp(in.type->name, "Option") == 0 || strcmp(in.type->name, "Result") == 0)
                    ? in.type->args[0] : unknown_type(L);
    v = rvalue(t, bm_type_holds_refs(t) ? c : 0, start, end);
  } else if (strcmp(k, "closure_expression") == 0) {
    v = lower_closure(L, n, 0, false);
  } else if (strcmp(k, "unsafe_block") == 0) {
    unsupported(L, n, "unsafe code is not analyzed");
  } else if (strcmp(k, "async_block") == 0 || strcmp(k, "await_expression") == 0 ||
             strcmp(k, "gen_block") == 0 || strcmp(k, "try_block") == 0 ||
             strcmp(k, "yield_expression") == 0) {
    unsupported(L, n, "async code is not analyzed");
  } else if (strcmp(k, "const_block") == 0) {
    /* evaluated at compile time: nothing to check here */
  } else if (strcmp(k, "scoped_identifier") == 0 && is(field(n, "path"), "identifier")) {
    /* `E::A`: a unit variant of a (non-generic) enum of the snippet has
     * type `E`; other paths to items / constants: an unknown rvalue */
    BmItem *item = bm_program_item(L->prog, text_of(L, field(n, "path")));
    const char *vn = text_of(L, field(n, "name"));
    if (item && item->is_enum && !item->generic && !item->has_lifetimes)
      for (uint32_t i = 0; i < item->variants.len; i++) {
        const BmVariant *var = bm_array_get(&item->variants, i);
        if (strcmp(var->name, vn) == 0 && !var->fields.len && item->top_level) {
          v.type = bm_type_new(L->a, BM_TY_ADT, item->name);
          v.type->item = item;
        }
      }
  } else if (strcmp(k, "scoped_identifier") == 0 || strcmp(k, "generic_function") == 0 ||
             strcmp(k, "negative_literal") == 0) {
    /* paths to items / constants: an unknown rvalue */
  } else if (strcmp(k, "line_comment") == 0 || strcmp(k, "block_comment") == 0) {
    v.type = bm_type_new(L->a, BM_TY_UNIT, NULL);
  } else {
    unsupported(L, n, bm_arena_printf(L->a, "`%s` is not modelled", k));
  }
  return v;
}

/* ------------------------------------------------------------ statements */

/* `C<_>`: a generic type whose one type argument is the placeholder `_`. */
static bool placeholder_arg(Lower *L, TSNode ty) {
  if (!is(ty, "generic_type")) return false;
  TSNode args = field(ty, "type_arguments");
  /* `_` is an anonymous node of the grammar: count every argument */
  uint32_t n = 0;
  bool hole = false;
  for (uint32_t i = 0; i < ts_node_child_count(args); i++) {
    TSNode c = ts_node_child(args, i);
    if (is(c, "<") || is(c, ">") || is(c, ",")) continue;
    n++;
    hole = text_is(L, c, "_");
  }
  return n == 1 && hole;
}

/* let_declaration: let mut? PAT (: T)? (= e)? (else { .. })? ; */
static void lower_let(Lower *L, TSNode n) {
  TSNode pat = field(n, "pattern"), ty = field(n, "type"), val = field(n, "value");
  TSNode alt = field(n, "alternative");
  bool mut = has_token(L, n, "mutable_specifier");
  BmType *ann = ts_node_is_null(ty) ? NULL : bm_type_from_node(L->prog, ty, L->self_type, 0);
  if (ann && ann->kind == BM_TY_PARAM) ann = unknown_type(L);
  if (ts_node_is_null(val)) {
    /* let x; */
    if (is(pat, "identifier") || is(pat, "mut_pattern")) {
      TSNode id = is(pat, "mut_pattern") ? last_named(pat) : pat;
      uint32_t local = local_new(L, text_of(L, id), ann, S(L, id), E(L, id));
      local_at(L, local)->mut_decl = mut || is(pat, "mut_pattern");
      local_at(L, local)->declared_uninit = true;
      uint32_t nid = emit(L, BM_N_NOP, S(L, id), E(L, id));
      node_at(L, nid)->flags = BM_F_UNINIT;
      node_at(L, nid)->place = place_local(L, local);
      node_at(L, nid)->def = local + 1;
      declare(L, local);
    } else {
      Val u = rvalue(unknown_type(L), 0, S(L, pat), E(L, pat));
      bind_pattern(L, pat, u, 0, mut, 0);
    }
    return;
  }
  if (ann) expect(L, val, ann);
  Val v = lower_expr(L, val);
  /* `let x = STATIC;` moves it (a pattern may only read parts of it) */
  if (v.stat && (is(pat, "identifier") || is(pat, "mut_pattern"))) static_moved(L, v);
  v.stat = NULL;
  if (ann) {
    /* a named lifetime of the fn in the annotation: the loan outlives it */
    bool any = false;
    /* (a method's result, `iter().map(..).collect()` into
       `Result<Vec<u32>, &'static str>`, carries its receiver's loans by
       approximation, not by where they sit in the type: only a reference
       annotation is trusted there) */
    bool approx = is(val, "call_expression") && is(field(val, "function"), "field_expression");
    if (((ann->kind == BM_TY_REF && ann->lifetime && strcmp(ann->lifetime, "_") != 0) ||
         (!approx && regions_named(L, ty, &any, 0) && any)) && !v.place)
      flow(L, v.carrier, L->fn->univ_local);
    /* `Box<_>`: the placeholder keeps the value's own type */
    bool placeholder = ann->kind == BM_TY_STD && v.type && v.type->kind == BM_TY_STD &&
                       strcmp(ann->name, v.type->name) == 0 && ann->nargs == 1 &&
                       v.type->nargs == 1 && (ann->args[0]->kind == BM_TY_UNKNOWN || ann->args[0]->kind == BM_TY_PARAM) &&
                       v.type->args[0]->kind != BM_TY_UNKNOWN && placeholder_arg(L, ty);
    if (placeholder)
      ;
    else if (!v.type || v.type->kind == BM_TY_UNKNOWN || v.type->kind == BM_TY_PARAM ||
        (v.type->kind == BM_TY_STD && ann->kind == BM_TY_STD) || ann->kind == BM_TY_REF)
      v.type = ann;
    if (v.place && v.place->type != ann && ann->kind != BM_TY_REF) {
      BmPlace *p = bm_arena_alloc(L->a, sizeof *p);
      *p = *v.place;
      p->type = ann;
      v.place = p;
    }
  }
  if (!ts_node_is_null(alt)) {
    /* let-else: the else block must diverge */
    if (!v.place) place_of(L, &v, false);
    uint32_t branch = emit(L, BM_N_NOP, S(L, pat), S(L, pat));
    uint32_t saved = L->cur;
    L->cur = branch;
    scope_push(L);
    lower_block(L, alt, false);
    scope_pop(L, E(L, alt) - 1, E(L, alt));
    L->cur = saved;
    bind_scrutinee(L, pat, v, mut, val);
    return;
  }
  /* `let r2 = r;` with r: &mut T and no annotation moves r (only a
   * coercion site, such as a typed let or an argument, reborrows) */
  if (!ann && v.place && v.place->nproj == 0 && v.type && v.type->kind == BM_TY_REF &&
      v.type->mut_ref && (is(pat, "identifier") || is(pat, "mut_pattern"))) {
    access(L, BM_AC_MOVE, v.place, v.start, v.end, 0);
    v = rvalue(v.type, v.place->local + 1, v.start, v.end);
  }
  if (is(pat, "identifier")) {
    bool saved = L->scrut_deref;
    L->scrut_deref = is_deref_expr(val);
    bind_name(L, pat, mut, 0, v);
    L->scrut_deref = saved;
  } else {
    if (!v.place) place_of(L, &v, false);
    bind_scrutinee(L, pat, v, mut, val);
  }
}

/* block: { statement* expression? } — the caller pushes and pops the scope
 * (so that a fn body's params and a for loop's bindings share it), except
 * that this function pushes its own scope for the statements. `to_ret`: the
 * tail is the fn's return value. */
static Val lower_block_in(Lower *L, TSNode block, bool to_ret);

static Val lower_block(Lower *L, TSNode block, bool to_ret) {
  uint32_t end = E(L, block);
  if (L->cx->stopped || !deeper(L, block))
    return rvalue(bm_type_new(L->a, BM_TY_UNIT, NULL), 0, end, end);
  Val v = lower_block_in(L, block, to_ret);
  shallower(L);
  return v;
}

static Val lower_block_in(Lower *L, TSNode block, bool to_ret) {
  uint32_t end = E(L, block);
  scope_push(L);
  Val tail = rvalue(bm_type_new(L->a, BM_TY_UNIT, NULL), 0, end, end);
  BmNodes kb = kids(L, block);
  uint32_t cnt = kb.len;
  TSNode last_expr = {0};
  /* the tail expression: the last named child if it is an expression */
  for (uint32_t i = cnt; i-- > 0;) {
    TSNode c = kb.items[i];
    if (is(c, "line_comment") || is(c, "block_comment")) continue;
    const char *k = K(c);
    if (strcmp(k, "expression_statement") != 0 && strcmp(k, "let_declaration") != 0 &&
        strstr(k, "_item") == NULL && strcmp(k, "empty_statement") != 0 &&
        strcmp(k, "attribute_item") != 0 && strcmp(k, "use_declaration") != 0 &&
        strcmp(k, "macro_definition") != 0)
      last_expr = c;
    break;
  }
  /* a trailing `if`/`match`/block without `;` is an expression_statement in
   * tree-sitter; treat a last one with no `;` as the tail too */
  if (ts_node_is_null(last_expr) && cnt) {
    TSNode c = kb.items[cnt - 1];
    if (is(c, "expression_statement")) {
      TSNode last_tok = ts_node_child(c, ts_node_child_count(c) - 1);
      if (strcmp(K(last_tok), ";") != 0) last_expr = ts_node_named_child(c, 0);
    }
  }
  bool skip = false;
  for (uint32_t i = 0; i < cnt; i++) {
    TSNode c = kb.items[i];
    const char *k = K(c);
    if (!spend(L, c, 1)) break;
    if (!bm_attr_compiled(c, L->text, &skip)) continue;
    if (!ts_node_is_null(last_expr) &&
        (ts_node_eq(c, last_expr) || ts_node_eq(ts_node_named_child(c, 0), last_expr)))
      break;
    if (strcmp(k, "let_declaration") == 0) {
      lower_let(L, c);
      end_statement(L, E(L, c) - 1, E(L, c));
      point(L, BM_F_POINT, S(L, c), E(L, c));
    } else if (strcmp(k, "expression_statement") == 0) {
      TSNode e = ts_node_named_child(c, 0);
      if (!ts_node_is_null(e)) {
        Val v = lower_expr(L, e);
        /* a value statement drops its value; a place expression is read */
        if (v.place && !is(e, "identifier")) access(L, BM_AC_READ, v.place, v.start, v.end, BM_F_UNKNOWN);
        else if (v.place) consume(L, v, 0);
      }
      end_statement(L, E(L, c) - 1, E(L, c));
      point(L, BM_F_POINT, S(L, c), E(L, c));
    } else if (strcmp(k, "function_item") == 0) {
      lower_fn(L->cx, c, NULL, NULL, (TSNode){0});
    } else if (strcmp(k, "macro_definition") == 0) {
      unsupported(L, c, "macro definitions are not modelled");
    }
    /* other items (struct, use, const...) carry no body code here */
  }
  if (!ts_node_is_null(last_expr)) {
    if (to_ret) expect(L, last_expr, local_at(L, L->fn->ret_local)->type);
    Val v = lower_expr(L, last_expr);
    if (to_ret) {
      bool void_ret = (v.type && (v.type->kind == BM_TY_UNIT || v.type->kind == BM_TY_NEVER)) && !v.place;
      if (!void_ret) {
        point(L, BM_F_POINT, S(L, last_expr), E(L, last_expr));
        do_return(L, v, block, true);
        /* do_return already closed every scope; keep the structure */
        L->scopes.len--;
        return tail;
      }
    } else {
      uint32_t c = consume(L, v, 0);
      if (L->cur != NONE && v.type && v.type->kind != BM_TY_UNIT && v.type->kind != BM_TY_NEVER) {
        uint32_t t = hold(L, rvalue(v.type, c, v.start, v.end), c);
        tail = rvalue(v.type, t + 1, v.start, v.end);
      } else {
        tail.type = v.type;
      }
    }
    end_statement(L, end - 1, end);
    point(L, BM_F_POINT, S(L, last_expr), E(L, last_expr));
  }
  scope_pop(L, end - 1, end);
  return tail;
}

/* function_item: fn name(params) -> ret { body }. `impl_node`: its impl or
 * trait item, or a null node. */
static void lower_fn(BmLowerCtx *cx, TSNode n, BmType *self_type, BmFnSig *sig,
                     TSNode impl_node) {
  TSNode body = field(n, "body");
  if (ts_node_is_null(body)) return;
  BmArena *a = cx->sink->arena;
  BmFn *fn = bm_arena_alloc(a, sizeof *fn);
  Lower L;
  memset(&L, 0, sizeof L);
  L.cx = cx;
  L.prog = cx->prog;
  L.a = a;
  L.fn = fn;
  L.text = cx->prog->text;
  L.lim = cx->sink->limits;
  L.self_type = self_type;
  fn->name = bm_node_text(a, L.text, field(n, "name"));
  fn->node = n;
  fn->impl_node = impl_node;
  fn->limits = L.lim;
  BmNodes kn = all_kids(&L, n);
  for (uint32_t i = 0; i < kn.len; i++) {
    TSNode c = kn.items[i];
    if (is(c, "function_modifiers") && (has_token(&L, c, "async") || has_token(&L, c, "unsafe")))
      unsupported(&L, c, "async and unsafe fns are not analyzed");
  }
  fn->ret_local = local_new(&L, "<return>", sig && sig->ret ? sig->ret : NULL, S(&L, n), E(&L, n));
  fn->univ_local = local_new(&L, "<outlives>", NULL, S(&L, n), E(&L, n));
  local_at(&L, fn->univ_local)->universal = true;
  fn->entry = node_new(&L, BM_N_NOP, S(&L, body), S(&L, body));
  fn->exit = node_new(&L, BM_N_EXIT, E(&L, body) - 1, E(&L, body));
  L.cur = fn->entry;
  scope_push(&L);
  BmNodes params = kids(&L, field(n, "parameters"));
  for (uint32_t i = 0; i < params.len; i++) {
    TSNode p = params.items[i];
    if (is(p, "self_parameter")) {
      bool ref = false, mut = false, mut_binding = false;
      BmNodes kp = all_kids(&L, p);
      for (uint32_t c = 0; c < kp.len; c++) {
        TSNode ch = kp.items[c];
        if (strcmp(K(ch), "&") == 0) ref = true;
        if (is(ch, "mutable_specifier")) { if (ref) mut = true; else mut_binding = true; }
      }
      BmType *st = self_type ? self_type : unknown_type(&L);
      if (ref) st = bm_type_ref(a, st, mut);
      uint32_t l = local_new(&L, "self", st, S(&L, p), E(&L, p));
      local_at(&L, l)->is_param = true;
      local_at(&L, l)->mut_decl = mut_binding;
      declare(&L, l);
      if (bm_type_holds_refs(st)) flow(&L, l + 1, fn->univ_local);
    } else if (is(p, "parameter")) {
      BmType *pt = bm_type_from_node(cx->prog, field(p, "type"), self_type, 0);
      if (pt && pt->kind == BM_TY_PARAM && pt->name && is(field(p, "type"), "type_identifier") &&
          (is(n, "function_item")) && param_move_only(&L, n, impl_node, pt->name)) {
        BmType *mt = bm_type_new(a, BM_TY_PARAM, pt->name);
        *mt = *pt;
        mt->move_only = true;
        pt = mt;
      }
      TSNode pat = field(p, "pattern");
      bool mut = has_token(&L, p, "mutable_specifier");
      if (is(pat, "mut_pattern")) {
        mut = true;
        pat = last_named(pat);
      }
      if (is(pat, "identifier")) {
        uint32_t l = local_new(&L, text_of(&L, pat), pt, S(&L, pat), E(&L, pat));
        local_at(&L, l)->is_param = true;
        local_at(&L, l)->mut_decl = mut;
        declare(&L, l);
        if (bm_type_holds_refs(pt)) flow(&L, l + 1, fn->univ_local);
      } else {
        uint32_t t = temp_new(&L, pt, S(&L, p), E(&L, p));
        local_at(&L, t)->is_param = true;
        Val src = {place_local(&L, t), 0, pt, S(&L, p), E(&L, p), NULL};
        bind_pattern(&L, pat, src, 0, mut, 0);
      }
    } else if (!is(p, "attribute_item") && !is(p, "line_comment") && !is(p, "block_comment")) {
      unsupported(&L, p, "this parameter form is not modelled");
    }
  }
  point(&L, BM_F_ENTRY_POINT, S(&L, n), S(&L, body));
  lower_block(&L, body, true);
  /* falling off the end returns () */
  if (L.cur != NONE) {
    dead_scopes(&L, 0, E(&L, body) - 1, E(&L, body));
    link(&L, L.cur, fn->exit);
  }
  L.cur = NONE;
  bm_array_push(a, &cx->fns, fn);
}

void bm_lower_out_of_work(BmLowerCtx *cx, const BmFn *fn) {
  if (cx->stopped) return;
  cx->stopped = true;
  uint32_t s = ts_node_is_null(fn->node) ? 0 : ts_node_start_byte(fn->node);
  uint32_t e = ts_node_is_null(fn->node) ? 0 : ts_node_end_byte(fn->node);
  bm_diag_unsupported(cx->sink, s, e, BM_OUT_OF_WORK);
}

/* Lower one fn item (a free fn or a method), then let the checker at it. */
static void lower_item_fn(BmLowerCtx *cx, TSNode f, BmType *self, BmFnSig *sig, TSNode impl) {
  if (cx->stopped) return;
  if (bm_out_of_work(cx->sink->limits)) {
    cx->stopped = true;
    bm_diag_unsupported(cx->sink, ts_node_start_byte(f), ts_node_end_byte(f), BM_OUT_OF_WORK);
    return;
  }
  uint32_t before = cx->fns.len;
  lower_fn(cx, f, self, sig, impl);
  if (cx->after_item) cx->after_item(cx, before);
}

static void lower_items(BmLowerCtx *cx, TSNode list, int depth) {
  BmArena *a = cx->sink->arena;
  const char *text = cx->prog->text;
  bool skip = false;
  BmNodes kl = bm_kids(a, list);
  for (uint32_t i = 0; i < kl.len && !cx->stopped; i++) {
    TSNode n = kl.items[i];
    if (!bm_attr_compiled(n, text, &skip)) continue;
    const char *k = ts_node_type(n);
    if (strcmp(k, "function_item") == 0) {
      lower_item_fn(cx, n, NULL, bm_program_fn(cx->prog, NULL,
                                               bm_node_text(a, text,
                                                            bm_field_name(n, "name", 4))),
                    (TSNode){0});
    } else if (strcmp(k, "const_item") == 0 || strcmp(k, "static_item") == 0) {
      /* fns declared in the initializer's block: `const F: fn() = { fn f() {..} f };` */
      TSNode val = bm_field_name(n, "value", 5);
      if (ts_node_is_null(val) || !bm_node_is(val, "block")) continue;
      BmNodes body = bm_kids(a, val);
      bool fskip = false;
      for (uint32_t j = 0; j < body.len && !cx->stopped; j++) {
        TSNode f = body.items[j];
        if (bm_attr_compiled(f, text, &fskip) && bm_node_is(f, "function_item"))
          lower_item_fn(cx, f, NULL, NULL, (TSNode){0});
      }
    } else if (strcmp(k, "mod_item") == 0) {
      TSNode body = bm_field_name(n, "body", 4);
      if (ts_node_is_null(body)) continue;
      /* types.c reads 20 levels of modules too */
      if (depth >= 20) bm_diag_unsupported(cx->sink, ts_node_start_byte(n), ts_node_end_byte(n), BM_TOO_DEEP);
      else lower_items(cx, body, depth + 1);
    } else if (strcmp(k, "impl_item") == 0 || strcmp(k, "trait_item") == 0) {
      TSNode ty = bm_field_name(n, "type", 4);
      BmType *self = strcmp(k, "impl_item") == 0 ? bm_type_from_node(cx->prog, ty, NULL, 0) : NULL;
      if (self && self->kind != BM_TY_ADT) self = NULL;
      BmNodes body = bm_kids(a, bm_field_name(n, "body", 4));
      bool fskip = false;
      for (uint32_t j = 0; j < body.len && !cx->stopped; j++) {
        TSNode f = body.items[j];
        if (!bm_attr_compiled(f, text, &fskip) || !bm_node_is(f, "function_item")) continue;
        lower_item_fn(cx, f, self, self ? bm_program_fn_at(cx->prog, f) : NULL, n);
      }
    }
  }
}

void bm_lower_program(BmLowerCtx *cx, TSNode root) { lower_items(cx, root, 0); }
