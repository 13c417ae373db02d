/*
 * types.c: the items of the snippet and the Rust types the checker knows.
 *
 * Computes: the table of structs, enums and fn signatures (free fns and impl
 * methods), types built from type syntax, Copy-ness, whether a type can hold
 * a reference, and which parameters a fn result borrows from (explicit
 * lifetimes, or the elision rules).
 * Assumes: the tree has no syntax errors. Anything not modelled becomes
 * BM_TY_UNKNOWN or BM_TY_PARAM, whose Copy-ness is BM_MAYBE: later passes
 * never report a move of such a value. Every decision reads the syntax tree
 * (attributes, `use` paths, trait names as nodes); text only as a node's
 * name. Type syntax is read under the depth guard (limits.c), type walks are
 * capped (BM_TYPE_MAX_DEPTH, BM_TYPE_MAX_NODES).
 */
#include <stdlib.h>
#include <string.h>

#include "bm.h"

char *bm_node_text(BmArena *a, const char *text, TSNode n) {
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  return bm_arena_strndup(a, text + s, e - s);
}

bool bm_node_is(TSNode n, const char *type) {
  return !ts_node_is_null(n) && strcmp(ts_node_type(n), type) == 0;
}

static BmNodes kids(BmArena *a, TSNode n, bool named) {
  BmNodes out = {NULL, 0};
  if (ts_node_is_null(n)) return out;
  uint32_t cap = named ? ts_node_named_child_count(n) : ts_node_child_count(n);
  if (!cap) return out;
  /* allocate first: an out-of-memory jump must not leak the cursor */
  out.items = bm_arena_alloc(a, cap * sizeof(TSNode));
  if (!named) {
    uint32_t got = bm_ts_children(n, out.items, NULL, cap);
    if (got != UINT32_MAX) {
      out.len = got < cap ? got : cap;
      return out;
    }
  } else {
    /* the named ones among all (as the cursor's loop below filters) */
    uint32_t all = ts_node_child_count(n);
    TSNode small[16];
    TSNode *buf = all <= 16 ? small : bm_arena_alloc(a, all * sizeof(TSNode));
    uint32_t got = bm_ts_children(n, buf, NULL, all);
    if (got != UINT32_MAX) {
      for (uint32_t i = 0; i < got && i < all; i++)
        if (ts_node_is_named(buf[i]) && out.len < cap) out.items[out.len++] = buf[i];
      return out;
    }
  }
  TSTreeCursor c = ts_tree_cursor_new(n);
  if (ts_tree_cursor_goto_first_child(&c)) {
    do {
      TSNode k = ts_tree_cursor_current_node(&c);
      if ((!named || ts_node_is_named(k)) && out.len < cap) out.items[out.len++] = k;
    } while (ts_tree_cursor_goto_next_sibling(&c));
  }
  ts_tree_cursor_delete(&c);
  return out;
}

BmNodes bm_kids(BmArena *a, TSNode n) { return kids(a, n, true); }
BmNodes bm_kids_all(BmArena *a, TSNode n) { return kids(a, n, false); }

/* Is the text of node `n` exactly `name`? */
static bool text_is(const char *text, TSNode n, const char *name) {
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  size_t len = strlen(name);
  return e - s == len && memcmp(text + s, name, len) == 0;
}

/* The `attribute` of an attribute_item and its path's identifier, or false:
 * `#[derive(Copy)]` is attribute_item(attribute(identifier "derive",
 * arguments: token_tree)). */
static bool attribute_of(TSNode item, TSNode *attr, TSNode *name) {
  if (!bm_node_is(item, "attribute_item") || !ts_node_named_child_count(item)) return false;
  *attr = ts_node_named_child(item, 0);
  if (!bm_node_is(*attr, "attribute") || !ts_node_named_child_count(*attr)) return false;
  *name = ts_node_named_child(*attr, 0);
  return bm_node_is(*name, "identifier");
}

/* `#[test]` or `#[cfg(test)]`. */
static bool attr_test_only(TSNode item, const char *text) {
  TSNode attr, name;
  if (!attribute_of(item, &attr, &name)) return false;
  TSNode args = bm_field_name(attr, "arguments", 9);
  if (text_is(text, name, "test"))
    return ts_node_named_child_count(attr) == 1 && ts_node_child_count(attr) == 1;
  if (!text_is(text, name, "cfg") || !bm_node_is(args, "token_tree") ||
      ts_node_child_count(args) != 3)
    return false;
  TSNode arg = ts_node_child(args, 1);
  return bm_node_is(arg, "identifier") && text_is(text, arg, "test");
}

/* #[cfg(test)] items and #[test] fns are not compiled without --test.
 * Callers walk siblings in order and keep `*skip` between them, so the
 * check costs O(1) per node (tree-sitter's prev_sibling is linear). */
bool bm_attr_compiled(TSNode node, const char *text, bool *skip) {
  const char *t = ts_node_type(node);
  if (strcmp(t, "line_comment") == 0 || strcmp(t, "block_comment") == 0) return true;
  if (strcmp(t, "attribute_item") == 0) {
    if (attr_test_only(node, text)) *skip = true;
    return true;
  }
  bool compiled = !*skip;
  *skip = false;
  return compiled;
}

BmType *bm_type_new(BmArena *a, BmTypeKind kind, const char *name) {
  BmType *t = bm_arena_alloc(a, sizeof *t);
  t->kind = kind;
  t->name = name;
  return t;
}

BmType *bm_type_ref(BmArena *a, BmType *inner, bool mut_ref) {
  BmType *t = bm_type_new(a, BM_TY_REF, NULL);
  t->mut_ref = mut_ref;
  t->args = bm_arena_alloc(a, sizeof(BmType *));
  t->args[0] = inner;
  t->nargs = 1;
  return t;
}

BmType *bm_type_std1(BmArena *a, const char *name, BmType *arg) {
  BmType *t = bm_type_new(a, BM_TY_STD, name);
  t->args = bm_arena_alloc(a, sizeof(BmType *));
  t->args[0] = arg ? arg : bm_type_new(a, BM_TY_UNKNOWN, NULL);
  t->nargs = 1;
  return t;
}

/* Std types that are never Copy. */
static const char *const non_copy_std[] = {
  "String", "Vec", "Box", "HashMap", "HashSet", "BTreeMap", "BTreeSet", "VecDeque",
  "BinaryHeap", "LinkedList", "Rc", "Arc", "Weak", "RefCell", "Cell", "Mutex",
  "RwLock", "Sender", "Receiver", "SyncSender", "JoinHandle", "PathBuf", "OsString",
  "File", "MutexGuard", "Ref", "RefMut", "Iter", "IterMut", "IntoIter", "Chars",
  "Entry", NULL};

bool bm_std_type_known(const char *name) {
  for (int i = 0; non_copy_std[i]; i++)
    if (strcmp(non_copy_std[i], name) == 0) return true;
  return strcmp(name, "Option") == 0 || strcmp(name, "Result") == 0;
}

/* Each walk over a type gets BM_TYPE_MAX_NODES visits and BM_TYPE_MAX_DEPTH
 * levels (bm.h); past either it answers as for an unknown type. */
typedef struct { uint32_t left; } Walk;

static bool walk_enter(Walk *w, int depth) {
  if (depth > BM_TYPE_MAX_DEPTH || w->left == 0) return false;
  w->left--;
  return true;
}

static BmTri copy_of(const BmType *t, Walk *w, int depth) {
  if (!t || !walk_enter(w, depth)) return BM_MAYBE;
  switch (t->kind) {
  case BM_TY_INT: case BM_TY_FLOAT: case BM_TY_BOOL: case BM_TY_CHAR:
  case BM_TY_UNIT: case BM_TY_NEVER:
    return BM_YES;
  case BM_TY_REF:
    return t->mut_ref ? BM_MAYBE : BM_YES; /* &mut is reborrowed implicitly */
  case BM_TY_STD:
    if (strcmp(t->name, "Option") == 0 || strcmp(t->name, "Result") == 0) {
      BmTri r = BM_YES;
      for (uint32_t i = 0; i < t->nargs; i++) {
        BmTri c = copy_of(t->args[i], w, depth + 1);
        if (c == BM_NO) return BM_NO;
        if (c == BM_MAYBE) r = BM_MAYBE;
      }
      return r;
    }
    for (int i = 0; non_copy_std[i]; i++)
      if (strcmp(non_copy_std[i], t->name) == 0) return BM_NO;
    return BM_MAYBE;
  case BM_TY_TUPLE: case BM_TY_ARRAY: {
    BmTri r = BM_YES;
    for (uint32_t i = 0; i < t->nargs; i++) {
      BmTri c = copy_of(t->args[i], w, depth + 1);
      if (c == BM_NO) return BM_NO;
      if (c == BM_MAYBE) r = BM_MAYBE;
    }
    return r;
  }
  case BM_TY_ADT:
    if (t->item->copy) return t->item->generic ? BM_MAYBE : BM_YES;
    return BM_NO;
  case BM_TY_CLOSURE:
    return t->mut_ref ? BM_NO : BM_MAYBE;
  case BM_TY_PARAM:
    return t->move_only ? BM_NO : BM_MAYBE;
  default:
    return BM_MAYBE;
  }
}

BmTri bm_type_copy(const BmType *t) {
  Walk w = {BM_TYPE_MAX_NODES};
  return copy_of(t, &w, 0);
}

static bool holds_refs(const BmType *t, Walk *w, int depth) {
  if (!t || !walk_enter(w, depth)) return false;
  switch (t->kind) {
  case BM_TY_REF: case BM_TY_CLOSURE:
    return true;
  case BM_TY_ADT:
    if (t->item->has_lifetimes) return true;
    /* fall through */
  case BM_TY_STD: case BM_TY_TUPLE: case BM_TY_ARRAY:
    if (t->kind == BM_TY_STD &&
        (strcmp(t->name, "Iter") == 0 || strcmp(t->name, "Ref") == 0 ||
         strcmp(t->name, "RefMut") == 0 || strcmp(t->name, "MutexGuard") == 0 ||
         strcmp(t->name, "Entry") == 0))
      return true;
    for (uint32_t i = 0; i < t->nargs; i++)
      if (holds_refs(t->args[i], w, depth + 1)) return true;
    return false;
  default:
    return false;
  }
}

bool bm_type_holds_refs(const BmType *t) {
  Walk w = {BM_TYPE_MAX_NODES};
  return holds_refs(t, &w, 0);
}

static void type_str(BmStr *o, const BmType *t, Walk *w, int depth) {
  if (!t || !walk_enter(w, depth)) {
    bm_str_puts(o, "_");
    return;
  }
  switch (t->kind) {
  case BM_TY_INT: bm_str_puts(o, t->name ? t->name : "i32"); return;
  case BM_TY_FLOAT: bm_str_puts(o, t->name ? t->name : "f64"); return;
  case BM_TY_BOOL: bm_str_puts(o, "bool"); return;
  case BM_TY_CHAR: bm_str_puts(o, "char"); return;
  case BM_TY_UNIT: bm_str_puts(o, "()"); return;
  case BM_TY_NEVER: bm_str_puts(o, "!"); return;
  case BM_TY_STR: bm_str_puts(o, "str"); return;
  case BM_TY_REF:
    bm_str_puts(o, t->mut_ref ? "&mut " : "&");
    type_str(o, t->args[0], w, depth + 1);
    return;
  case BM_TY_ARRAY:
    bm_str_puts(o, "[");
    type_str(o, t->args[0], w, depth + 1);
    bm_str_puts(o, "]");
    return;
  case BM_TY_TUPLE: case BM_TY_STD: case BM_TY_ADT:
    if (t->kind == BM_TY_STD && strcmp(t->name, "Iter") == 0) {
      bm_str_puts(o, "impl Iterator");
      return;
    }
    if (t->kind == BM_TY_TUPLE) bm_str_puts(o, "(");
    else bm_str_printf(o, "%s%s", t->name, t->nargs ? "<" : "");
    for (uint32_t i = 0; i < t->nargs; i++) {
      if (i) bm_str_puts(o, ", ");
      type_str(o, t->args[i], w, depth + 1);
    }
    if (t->kind == BM_TY_TUPLE) bm_str_puts(o, ")");
    else if (t->nargs) bm_str_puts(o, ">");
    return;
  case BM_TY_PARAM: bm_str_puts(o, t->name ? t->name : "_"); return;
  case BM_TY_CLOSURE: bm_str_puts(o, "{closure}"); return;
  default: bm_str_puts(o, "_"); return;
  }
}

const char *bm_type_str(BmArena *a, const BmType *t) {
  BmStr o;
  bm_str_init(&o, a);
  Walk w = {256}; /* a message names a type, not a novel */
  type_str(&o, t, &w, 0);
  return o.buf;
}

BmType *bm_type_field(const BmType *t, const char *field) {
  if (!t) return NULL;
  if (t->kind == BM_TY_TUPLE) {
    uint32_t i = 0;
    for (const char *p = field; *p; p++) {
      if (*p < '0' || *p > '9') return NULL;
      i = i * 10 + (uint32_t)(*p - '0');
    }
    return i < t->nargs ? t->args[i] : NULL;
  }
  if (t->kind != BM_TY_ADT || t->item->is_enum) return NULL;
  for (uint32_t i = 0; i < t->item->fields.len; i++)
    if (strcmp(t->item->fields.items[i].name, field) == 0) return t->item->fields.items[i].type;
  return NULL;
}

BmType *bm_type_variant_field(BmArena *a, const BmType *t, const char *variant, uint32_t i,
                              const char *field_name) {
  if (!t) return NULL;
  if (t->kind == BM_TY_STD && t->nargs >= 1) {
    if (strcmp(t->name, "Option") == 0 && strcmp(variant, "Some") == 0 && i == 0)
      return t->args[0];
    if (strcmp(t->name, "Result") == 0 && strcmp(variant, "Ok") == 0 && i == 0)
      return t->args[0];
    if (strcmp(t->name, "Result") == 0 && strcmp(variant, "Err") == 0 && i == 0 &&
        t->nargs >= 2)
      return t->args[1];
    return NULL;
  }
  if (t->kind != BM_TY_ADT || !t->item->is_enum) return NULL;
  for (uint32_t v = 0; v < t->item->variants.len; v++) {
    BmVariant *var = &t->item->variants.items[v];
    if (strcmp(var->name, variant) != 0) continue;
    for (uint32_t f = 0; f < var->fields.len; f++) {
      if (field_name ? strcmp(var->fields.items[f].name, field_name) == 0 : f == i)
        return var->fields.items[f].type;
    }
  }
  return NULL;
}

/* ------------------------------------------------------------ name index */

/* Items and fns by name: open addressing over FNV-1a hashes, built once
 * the items (then the fns) are collected, so a lookup costs O(1) plus the
 * fns of that name, not O(items). Before it is built, lookups scan. */
struct BmNameIndex {
  uint32_t item_cap, fn_cap;  /* powers of two, or 0 */
  uint32_t *item_slot;        /* item index + 1: the first item of a name */
  uint32_t *fn_slot;          /* fn index + 1: the first fn of a name */
  uint32_t *fn_next;          /* per fn: the next fn of its name + 1 */
  BmFnSig **by_node;          /* the fns sorted by their node's address */
};

static int sig_node_cmp(const void *x, const void *y) {
  uintptr_t a = (uintptr_t)(*(BmFnSig *const *)x)->node.id;
  uintptr_t b = (uintptr_t)(*(BmFnSig *const *)y)->node.id;
  return a < b ? -1 : a > b;
}

static uint32_t name_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static uint32_t index_cap(uint32_t n) {
  uint32_t cap = 16;
  while (cap < 2 * n && cap < (1u << 30)) cap *= 2;
  return cap;
}

static void index_items(BmProgram *prog) {
  BmNameIndex *x = prog->item_index;
  x->item_cap = index_cap(prog->items.len);
  x->item_slot = bm_arena_alloc(prog->arena, x->item_cap * sizeof(uint32_t));
  for (uint32_t i = 0; i < prog->items.len; i++) {
    const char *name = prog->items.items[i]->name;
    for (uint32_t h = name_hash(name) & (x->item_cap - 1);; h = (h + 1) & (x->item_cap - 1)) {
      uint32_t at = x->item_slot[h];
      if (!at) { x->item_slot[h] = i + 1; break; }
      if (strcmp(prog->items.items[at - 1]->name, name) == 0) break; /* the first one wins */
    }
  }
}

static void index_fns(BmProgram *prog) {
  BmNameIndex *x = prog->item_index;
  x->fn_cap = index_cap(prog->fns.len);
  x->fn_slot = bm_arena_alloc(prog->arena, x->fn_cap * sizeof(uint32_t));
  x->fn_next = bm_arena_alloc(prog->arena, (prog->fns.len + 1) * sizeof(uint32_t));
  uint32_t *last = bm_arena_alloc(prog->arena, x->fn_cap * sizeof(uint32_t));
  for (uint32_t i = 0; i < prog->fns.len; i++) {
    const char *name = prog->fns.items[i]->name;
    for (uint32_t h = name_hash(name) & (x->fn_cap - 1);; h = (h + 1) & (x->fn_cap - 1)) {
      uint32_t at = x->fn_slot[h];
      if (!at) { x->fn_slot[h] = last[h] = i + 1; break; }
      if (strcmp(prog->fns.items[at - 1]->name, name) == 0) {
        x->fn_next[last[h] - 1] = i + 1;
        last[h] = i + 1;
        break;
      }
    }
  }
  x->by_node = bm_arena_alloc(prog->arena, (prog->fns.len + 1) * sizeof(BmFnSig *));
  if (prog->fns.len) {
    memcpy(x->by_node, prog->fns.items, prog->fns.len * sizeof(BmFnSig *));
    qsort(x->by_node, prog->fns.len, sizeof(BmFnSig *), sig_node_cmp);
  }
}

BmFnSig *bm_program_fn_at(const BmProgram *prog, TSNode node) {
  const BmNameIndex *x = prog->item_index;
  if (!x || !x->by_node) {
    for (uint32_t s = 0; s < prog->fns.len; s++)
      if (ts_node_eq(prog->fns.items[s]->node, node)) return prog->fns.items[s];
    return NULL;
  }
  uint32_t lo = 0, hi = prog->fns.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    uintptr_t id = (uintptr_t)x->by_node[mid]->node.id;
    if (id < (uintptr_t)node.id) lo = mid + 1;
    else hi = mid;
  }
  /* several fns may share a subtree address only if they are the same node */
  for (uint32_t i = lo; i < prog->fns.len && x->by_node[i]->node.id == node.id; i++)
    if (ts_node_eq(x->by_node[i]->node, node)) return x->by_node[i];
  return NULL;
}

BmItem *bm_program_item(const BmProgram *prog, const char *name) {
  const BmNameIndex *x = prog->item_index;
  if (x && x->item_cap) {
    for (uint32_t h = name_hash(name) & (x->item_cap - 1);; h = (h + 1) & (x->item_cap - 1)) {
      uint32_t at = x->item_slot[h];
      if (!at) return NULL;
      if (strcmp(prog->items.items[at - 1]->name, name) == 0) return prog->items.items[at - 1];
    }
  }
  for (uint32_t i = 0; i < prog->items.len; i++)
    if (strcmp(prog->items.items[i]->name, name) == 0) return prog->items.items[i];
  return NULL;
}

const BmStatic *bm_program_static(const BmProgram *prog, const char *name) {
  const BmStatic *found = NULL;
  for (uint32_t i = 0; i < prog->statics.len; i++) {
    if (strcmp(prog->statics.items[i].name, name) != 0) continue;
    if (found) return NULL; /* in several modules: we do not know which one */
    found = &prog->statics.items[i];
  }
  return found && found->is_static && !found->mut_decl ? found : NULL;
}

static bool fn_matches(const BmFnSig *f, const char *impl_type) {
  if ((impl_type == NULL) != (f->impl_type == NULL)) return false;
  return !impl_type || strcmp(impl_type, f->impl_type) == 0;
}

BmFnSig *bm_program_fn(const BmProgram *prog, const char *impl_type, const char *name) {
  BmFnSig *found = NULL;
  const BmNameIndex *x = prog->item_index;
  if (x && x->fn_cap) {
    uint32_t first = 0;
    for (uint32_t h = name_hash(name) & (x->fn_cap - 1);; h = (h + 1) & (x->fn_cap - 1)) {
      uint32_t at = x->fn_slot[h];
      if (!at) return NULL;
      if (strcmp(prog->fns.items[at - 1]->name, name) == 0) { first = at; break; }
    }
    for (uint32_t at = first; at; at = x->fn_next[at - 1]) {
      BmFnSig *f = prog->fns.items[at - 1];
      if (!fn_matches(f, impl_type)) continue;
      if (found) return NULL; /* ambiguous (e.g. trait impls for several types) */
      found = f;
    }
    return found;
  }
  for (uint32_t i = 0; i < prog->fns.len; i++) {
    BmFnSig *f = prog->fns.items[i];
    if (strcmp(f->name, name) != 0 || !fn_matches(f, impl_type)) continue;
    if (found) return NULL;
    found = f;
  }
  return found;
}

bool bm_program_trait(const BmProgram *prog, const char *name) {
  for (uint32_t i = 0; i < prog->traits.len; i++)
    if (strcmp(prog->traits.items[i], name) == 0) return true;
  return false;
}

static const char *last_segment(BmArena *a, const char *text, TSNode n) {
  if (bm_node_is(n, "scoped_type_identifier") || bm_node_is(n, "scoped_identifier")) {
    TSNode name = bm_field_name(n, "name", 4);
    if (!ts_node_is_null(name)) return bm_node_text(a, text, name);
  }
  return bm_node_text(a, text, n);
}

static BmType *prim(BmArena *a, const char *name) {
  if (strcmp(name, "bool") == 0) return bm_type_new(a, BM_TY_BOOL, NULL);
  if (strcmp(name, "char") == 0) return bm_type_new(a, BM_TY_CHAR, NULL);
  if (strcmp(name, "str") == 0) return bm_type_new(a, BM_TY_STR, NULL);
  if (name[0] == 'f') return bm_type_new(a, BM_TY_FLOAT, name);
  return bm_type_new(a, BM_TY_INT, name);
}

/* A `'static` among the bounds of `impl B1 + B2 + ...` themselves (the
 * bounded_type chain of its `trait`), not inside Fn(..) or <..>. */
static bool bounds_static(BmProgram *prog, TSNode abstract) {
  TSNode b = bm_field_name(abstract, "trait", 5);
  for (int guard = 0; bm_node_is(b, "bounded_type") && guard < BM_TYPE_MAX_DEPTH; guard++) {
    BmNodes k = bm_kids(prog->arena, b);
    TSNode next = {0};
    for (uint32_t i = 0; i < k.len; i++) {
      if (bm_node_is(k.items[i], "lifetime") && text_is(prog->text, k.items[i], "'static"))
        return true;
      if (bm_node_is(k.items[i], "bounded_type")) next = k.items[i];
    }
    b = next;
  }
  return false;
}

/* _type: primitive_type | reference_type | unit_type | never_type | tuple_type
 *      | array_type | type_identifier | scoped_type_identifier | generic_type
 *      | abstract_type (impl Trait) | dynamic_type | function_type | ... */
static BmType *type_from_node(BmProgram *prog, TSNode n, BmType *self_type, int depth);

/* Type syntax nested deeper than BM_TYPE_MAX_DEPTH (or than the stack
 * allows) is unknown, with one note per place. */
static BmType *too_deep(BmProgram *prog, TSNode n) {
  uint32_t s = ts_node_start_byte(n);
  bool seen = false;
  for (uint32_t i = 0; i < prog->too_deep_at.len && !seen; i++) seen = prog->too_deep_at.items[i] == s;
  if (!seen && prog->sink && prog->sink->src) {
    bm_array_push(prog->arena, &prog->too_deep_at, s);
    bm_diag_unsupported(prog->sink, s, ts_node_end_byte(n), BM_TOO_DEEP);
  }
  return bm_type_new(prog->arena, BM_TY_UNKNOWN, NULL);
}

BmType *bm_type_from_node(BmProgram *prog, TSNode n, BmType *self_type, int depth) {
  if (ts_node_is_null(n)) return bm_type_new(prog->arena, BM_TY_UNKNOWN, NULL);
  if (depth > BM_TYPE_MAX_DEPTH || !bm_deeper(prog->limits)) return too_deep(prog, n);
  BmType *t = type_from_node(prog, n, self_type, depth);
  bm_shallower(prog->limits);
  return t;
}

/* _type: primitive_type | reference_type | unit_type | never_type | tuple_type
 *      | array_type | type_identifier | scoped_type_identifier | generic_type
 *      | abstract_type (impl Trait) | dynamic_type | function_type | ... */
static BmType *type_from_node(BmProgram *prog, TSNode n, BmType *self_type, int depth) {
  BmArena *a = prog->arena;
  const char *k = ts_node_type(n);
  if (strcmp(k, "primitive_type") == 0) return prim(a, bm_node_text(a, prog->text, n));
  if (strcmp(k, "unit_type") == 0) return bm_type_new(a, BM_TY_UNIT, NULL);
  if (strcmp(k, "never_type") == 0) return bm_type_new(a, BM_TY_NEVER, NULL);
  if (strcmp(k, "reference_type") == 0) {
    BmType *t = bm_type_ref(a, bm_type_from_node(prog, bm_field_name(n, "type", 4),
                                                 self_type, depth + 1), false);
    BmNodes kids = bm_kids(a, n);
    for (uint32_t i = 0; i < kids.len; i++) {
      TSNode c = kids.items[i];
      if (bm_node_is(c, "mutable_specifier")) t->mut_ref = true;
      if (bm_node_is(c, "lifetime")) {
        char *l = bm_node_text(a, prog->text, c);
        t->lifetime = l[0] == '\'' ? l + 1 : l;
      }
    }
    return t;
  }
  if (strcmp(k, "tuple_type") == 0 || strcmp(k, "array_type") == 0) {
    BmType *t = bm_type_new(a, k[0] == 't' ? BM_TY_TUPLE : BM_TY_ARRAY, NULL);
    BmNodes kids = bm_kids(a, n);
    uint32_t nc = kids.len;
    if (t->kind == BM_TY_ARRAY) nc = nc ? 1 : 0;
    t->args = bm_arena_alloc(a, (nc + 1) * sizeof(BmType *));
    for (uint32_t i = 0; i < nc; i++)
      t->args[t->nargs++] = bm_type_from_node(prog, kids.items[i], self_type, depth + 1);
    if (t->kind == BM_TY_ARRAY && !t->nargs) t->args[t->nargs++] = bm_type_new(a, BM_TY_UNKNOWN, NULL);
    if (t->kind == BM_TY_ARRAY) {
      TSNode len = bm_field_name(n, "length", 6);
      t->array_len = ts_node_is_null(len) ? "" : bm_node_text(a, prog->text, len);
    }
    return t;
  }
  if (strcmp(k, "bounded_type") == 0) {
    /* `impl Trait + 'static`, `dyn Trait + 'a` */
    BmType *t = bm_type_new(a, BM_TY_PARAM, "impl Trait");
    BmNodes kids = bm_kids(a, n);
    for (uint32_t i = 0; i < kids.len; i++) {
      TSNode c = kids.items[i];
      if (bm_node_is(c, "lifetime") && text_is(prog->text, c, "'static")) t->is_static_bound = true;
    }
    return t;
  }
  if (strcmp(k, "abstract_type") == 0) {
    BmType *t = bm_type_new(a, BM_TY_PARAM, "impl Trait");
    t->is_static_bound = bounds_static(prog, n);
    return t;
  }
  if (strcmp(k, "dynamic_type") == 0) {
    /* `dyn Tr` of a trait without parameters: its methods are the
     * trait's declarations (declare_trait_fns), under the name "dyn Tr" */
    TSNode tr = bm_field_name(n, "trait", 5);
    if (ts_node_is_null(tr) || !bm_node_is(tr, "type_identifier"))
      return bm_type_new(a, BM_TY_UNKNOWN, NULL);
    return bm_type_new(a, BM_TY_PARAM, bm_arena_printf(a, "dyn %s", bm_node_text(a, prog->text, tr)));
  }
  TSNode name_node = n, args_node = {0};
  if (strcmp(k, "generic_type") == 0) {
    name_node = bm_field_name(n, "type", 4);
    args_node = bm_field_name(n, "type_arguments", 14);
  } else if (strcmp(k, "type_identifier") != 0 && strcmp(k, "scoped_type_identifier") != 0) {
    return bm_type_new(a, BM_TY_UNKNOWN, NULL);
  }
  const char *name = last_segment(a, prog->text, name_node);
  if (strcmp(name, "Self") == 0) return self_type ? self_type : bm_type_new(a, BM_TY_UNKNOWN, NULL);
  BmType *t;
  BmItem *item = bm_program_item(prog, name);
  if (item) {
    t = bm_type_new(a, BM_TY_ADT, name);
    t->item = item;
  } else if (bm_std_type_known(name)) {
    t = bm_type_new(a, BM_TY_STD, name);
  } else {
    return bm_type_new(a, BM_TY_PARAM, name); /* a generic parameter, or unknown */
  }
  if (!ts_node_is_null(args_node)) {
    BmNodes kids = bm_kids(a, args_node);
    uint32_t nc = kids.len;
    t->args = bm_arena_alloc(a, (nc + 1) * sizeof(BmType *));
    for (uint32_t i = 0; i < nc; i++) {
      TSNode c = kids.items[i];
      if (bm_node_is(c, "lifetime")) {
        char *l = bm_node_text(a, prog->text, c);
        if (!t->lts) t->lts = bm_arena_alloc(a, (nc + 1) * sizeof(char *));
        t->lts[t->nlts++] = l[0] == '\'' ? l + 1 : l;
        continue;
      }
      t->args[t->nargs++] = bm_type_from_node(prog, c, self_type, depth + 1);
    }
  }
  /* Normalise the std containers' element types the rest expects. */
  if (t->kind == BM_TY_STD && (strcmp(name, "Vec") == 0 || strcmp(name, "Box") == 0 ||
                               strcmp(name, "Option") == 0 || strcmp(name, "Rc") == 0 ||
                               strcmp(name, "Arc") == 0 || strcmp(name, "RefCell") == 0 ||
                               strcmp(name, "Mutex") == 0 || strcmp(name, "VecDeque") == 0) &&
      t->nargs == 0) {
    t->args = bm_arena_alloc(a, sizeof(BmType *));
    t->args[0] = bm_type_new(a, BM_TY_UNKNOWN, NULL);
    t->nargs = 1;
  }
  return t;
}

/* ------------------------------------------------------------ items */

/* `#[derive(.., Copy, ..)]` among the attributes written before an item:
 * attribute(identifier "derive", arguments: token_tree) whose tokens name
 * Copy (also as the last segment of `std::marker::Copy`). */
static bool has_derive_copy(BmProgram *prog, const TSNode *attrs, uint32_t nattrs) {
  for (uint32_t a = 0; a < nattrs; a++) {
    TSNode attr, name;
    if (!attribute_of(attrs[a], &attr, &name) || !text_is(prog->text, name, "derive")) continue;
    BmNodes toks = bm_kids(prog->arena, bm_field_name(attr, "arguments", 9));
    for (uint32_t i = 0; i < toks.len; i++)
      if (bm_node_is(toks.items[i], "identifier") && text_is(prog->text, toks.items[i], "Copy"))
        return true;
  }
  return false;
}

static void generics_of(BmProgram *prog, TSNode node, BmItem *item) {
  BmNodes tp = bm_kids(prog->arena, bm_field_name(node, "type_parameters", 15));
  for (uint32_t i = 0; i < tp.len; i++) {
    TSNode c = tp.items[i];
    if (bm_node_is(c, "lifetime_parameter") || bm_node_is(c, "lifetime")) item->has_lifetimes = true;
    else item->generic = true;
  }
}

static void collect_fields(BmProgram *prog, TSNode list, void *arr, BmType *self_type) {
  BmArray(BmField) *fields = arr;
  if (ts_node_is_null(list)) return;
  uint32_t pos = 0;
  BmNodes kids = bm_kids(prog->arena, list);
  bool ordered = bm_node_is(list, "ordered_field_declaration_list");
  for (uint32_t i = 0; i < kids.len; i++) {
    TSNode c = kids.items[i];
    BmField f;
    if (bm_node_is(c, "field_declaration")) {
      f.name = bm_node_text(prog->arena, prog->text, bm_field_name(c, "name", 4));
      f.type = bm_type_from_node(prog, bm_field_name(c, "type", 4), self_type, 0);
    } else if (ordered && !bm_node_is(c, "attribute_item") && !bm_node_is(c, "visibility_modifier") &&
               !bm_node_is(c, "line_comment") && !bm_node_is(c, "block_comment")) {
      f.name = bm_arena_printf(prog->arena, "%u", pos++);
      f.type = bm_type_from_node(prog, c, self_type, 0);
    } else {
      continue;
    }
    bm_array_push(prog->arena, fields, f);
  }
}

static void declare_item(BmProgram *prog, TSNode node, const TSNode *attrs, uint32_t nattrs,
                         bool top_level) {
  const char *k = ts_node_type(node);
  bool is_enum = strcmp(k, "enum_item") == 0;
  if (!is_enum && strcmp(k, "struct_item") != 0) return;
  BmItem *item = bm_arena_alloc(prog->arena, sizeof *item);
  item->name = bm_node_text(prog->arena, prog->text, bm_field_name(node, "name", 4));
  item->node = node;
  item->is_enum = is_enum;
  item->is_unit = !is_enum && ts_node_is_null(bm_field_name(node, "body", 4));
  item->top_level = top_level;
  item->copy = has_derive_copy(prog, attrs, nattrs);
  generics_of(prog, node, item);
  bm_array_push(prog->arena, &prog->items, item);
}

static void define_item(BmProgram *prog, TSNode node) {
  const char *k = ts_node_type(node);
  bool is_enum = strcmp(k, "enum_item") == 0;
  if (!is_enum && strcmp(k, "struct_item") != 0) return;
  BmItem *item = bm_program_item(prog, bm_node_text(prog->arena, prog->text,
                                                    bm_field_name(node, "name", 4)));
  if (!item) return;
  BmType *self = bm_type_new(prog->arena, BM_TY_ADT, item->name);
  self->item = item;
  TSNode body = bm_field_name(node, "body", 4);
  if (!is_enum) {
    collect_fields(prog, body, &item->fields, self);
    return;
  }
  BmNodes kids = bm_kids(prog->arena, body);
  for (uint32_t i = 0; i < kids.len; i++) {
    TSNode v = kids.items[i];
    if (!bm_node_is(v, "enum_variant")) continue;
    BmVariant var = {0};
    var.name = bm_node_text(prog->arena, prog->text, bm_field_name(v, "name", 4));
    collect_fields(prog, bm_field_name(v, "body", 4), &var.fields, self);
    bm_array_push(prog->arena, &item->variants, var);
  }
}

/* Which parameters a result type borrows from: named lifetimes shared with
 * the result, else the elision rules (self, or the only input lifetime). */
static void collect_lifetimes(const BmType *t, const char **names, uint32_t *n, uint32_t *elided,
                              int depth) {
  if (!t || depth > BM_TYPE_MAX_DEPTH) return;
  if (t->kind == BM_TY_REF) {
    if (t->lifetime && strcmp(t->lifetime, "_") != 0) {
      if (*n < 8) names[(*n)++] = t->lifetime;
    } else {
      (*elided)++;
    }
  }
  /* lifetime arguments: written ones are named, `'_` or none are elided */
  for (uint32_t i = 0; (t->kind == BM_TY_ADT || t->kind == BM_TY_STD) && i < t->nlts; i++) {
    if (strcmp(t->lts[i], "_") == 0) (*elided)++;
    else if (*n < 8) names[(*n)++] = t->lts[i];
  }
  if (t->kind == BM_TY_ADT && t->item->has_lifetimes && !t->nlts) (*elided)++;
  for (uint32_t i = 0; i < t->nargs; i++) collect_lifetimes(t->args[i], names, n, elided, depth + 1);
}

/* `self_lt`: the lifetime written in `&'a self`, or NULL. A named result
 * lifetime borrows only what it belongs to: a parameter's, the `&'a self`
 * borrow, the Self type's (what the receiver's value holds), or nothing
 * ('static, or a lifetime no input names). Elision applies only to elided
 * result lifetimes. */
static void signature_flows(BmFnSig *sig, bool self_is_ref, const char *self_lt,
                            const BmType *self_type) {
  if (!sig->ret || !bm_type_holds_refs(sig->ret)) return;
  const char *rn[8];
  uint32_t rnn = 0, relided = 0;
  collect_lifetimes(sig->ret, rn, &rnn, &relided, 0);
  uint32_t input_lifetimes = 0, last_input = 0;
  for (uint32_t i = 0; i < sig->params.len; i++) {
    const char *pn[8];
    uint32_t pnn = 0, pel = 0;
    const BmType *pt = sig->params.items[i];
    collect_lifetimes(pt, pn, &pnn, &pel, 0);
    /* An argument `&'x T` carries the borrow 'x, not the loans of the data
     * behind it: a result lifetime named only inside T (`&Pair<'a>` ->
     * `&'a str`) borrows what we cannot follow, so nothing flows. */
    uint32_t pmatch = pt && pt->kind == BM_TY_REF ? (pt->lifetime && pnn ? 1 : 0) : pnn;
    for (uint32_t a = 0; a < pmatch; a++)
      for (uint32_t b = 0; b < rnn; b++)
        if (strcmp(pn[a], rn[b]) == 0) sig->ret_from |= 1ull << (i < 62 ? i : 62);
    if (pnn + pel) { input_lifetimes += pnn + pel; last_input = i; }
  }
  if (relided) {
    if (self_is_ref) sig->ret_from |= 1ull << 63;
    else if (input_lifetimes == 1) sig->ret_from |= 1ull << (last_input < 62 ? last_input : 62);
  }
  for (uint32_t b = 0; b < rnn && sig->self_mode != BM_SELF_NONE; b++) {
    if (strcmp(rn[b], "static") == 0) continue;
    if (self_lt && strcmp(self_lt, rn[b]) == 0) sig->ret_from |= 1ull << 63;
    for (uint32_t i = 0; self_type && i < self_type->nlts; i++)
      if (strcmp(self_type->lts[i], rn[b]) == 0) sig->ret_self_data = true;
  }
}

static void declare_fn(BmProgram *prog, TSNode node, BmType *self_type, const char *impl_name) {
  BmFnSig *sig = bm_arena_alloc(prog->arena, sizeof *sig);
  sig->name = bm_node_text(prog->arena, prog->text, bm_field_name(node, "name", 4));
  sig->impl_type = impl_name;
  sig->node = node;
  BmNodes params = bm_kids(prog->arena, bm_field_name(node, "parameters", 10));
  bool self_is_ref = false;
  const char *self_lt = NULL;
  for (uint32_t i = 0; i < params.len; i++) {
    TSNode p = params.items[i];
    if (bm_node_is(p, "self_parameter")) {
      bool ref = false, mut = false;
      BmNodes toks = bm_kids_all(prog->arena, p);
      for (uint32_t c = 0; c < toks.len; c++) {
        TSNode ch = toks.items[c];
        if (strcmp(ts_node_type(ch), "&") == 0) ref = true;
        if (bm_node_is(ch, "mutable_specifier") && ref) mut = true;
        if (bm_node_is(ch, "lifetime")) {
          char *l = bm_node_text(prog->arena, prog->text, ch);
          self_lt = l[0] == '\'' ? l + 1 : l;
        }
      }
      sig->self_mode = ref ? (mut ? BM_SELF_MUT : BM_SELF_REF) : BM_SELF_VALUE;
      self_is_ref = ref;
    } else if (bm_node_is(p, "parameter")) {
      BmType *t = bm_type_from_node(prog, bm_field_name(p, "type", 4), self_type, 0);
      bm_array_push(prog->arena, &sig->params, t);
    }
  }
  TSNode ret = bm_field_name(node, "return_type", 11);
  if (!ts_node_is_null(ret)) sig->ret = bm_type_from_node(prog, ret, self_type, 0);
  signature_flows(sig, self_is_ref, self_lt, self_type);
  bm_array_push(prog->arena, &prog->fns, sig);
}

/* `use Enum::{A, B}` / `use crate::List::*`: the enums a use declaration
 * names (as a path segment) have their variants usable bare. */
static void use_variants(BmProgram *prog, TSNode use) {
  if (!prog->items.len) return;
  bool *named = bm_arena_alloc(prog->arena, prog->items.len);
  bool any = false;
  TSTreeCursor cur = ts_tree_cursor_new(use);
  for (;;) {
    TSNode x = ts_tree_cursor_current_node(&cur);
    if (bm_node_is(x, "identifier") || bm_node_is(x, "type_identifier")) {
      char *name = bm_node_text(prog->arena, prog->text, x);
      BmItem *item = bm_program_item(prog, name);
      for (uint32_t i = 0; item && item->is_enum && i < prog->items.len; i++)
        if (prog->items.items[i] == item) named[i] = any = true;
    }
    if (ts_tree_cursor_goto_first_child(&cur)) continue;
    bool more = true;
    while (more && !ts_tree_cursor_goto_next_sibling(&cur)) more = ts_tree_cursor_goto_parent(&cur);
    if (!more) break;
  }
  ts_tree_cursor_delete(&cur);
  for (uint32_t it = 0; any && it < prog->items.len; it++) {
    BmItem *item = prog->items.items[it];
    for (uint32_t v = 0; named[it] && v < item->variants.len; v++)
      bm_array_push(prog->arena, &prog->variant_names, item->variants.items[v].name);
  }
}

static void walk_items(BmProgram *prog, TSNode list, int pass, int depth) {
  if (depth > 20) return;
  bool skip = false;
  BmNodes kids = bm_kids(prog->arena, list);
  uint32_t attrs = 0; /* the attributes written just before kids.items[i] start here */
  for (uint32_t i = 0; i < kids.len; i++) {
    TSNode n = kids.items[i];
    bm_spend(prog->limits, 1);
    const char *k = ts_node_type(n);
    bool attr_or_comment = strcmp(k, "attribute_item") == 0 || strcmp(k, "line_comment") == 0 ||
                           strcmp(k, "block_comment") == 0;
    uint32_t first_attr = attrs;
    if (!attr_or_comment) attrs = i + 1;
    if (!bm_attr_compiled(n, prog->text, &skip)) continue;
    if (strcmp(k, "mod_item") == 0) {
      TSNode body = bm_field_name(n, "body", 4);
      if (!ts_node_is_null(body)) walk_items(prog, body, pass, depth + 1);
    } else if (pass == 0) {
      if (!attr_or_comment)
        declare_item(prog, n, kids.items + first_attr, i - first_attr, depth == 0);
    } else if (pass == 1) {
      define_item(prog, n);
      if (strcmp(k, "impl_item") == 0) {
        TSNode ty = bm_field_name(n, "type", 4);
        TSNode tr = bm_field_name(n, "trait", 5);
        BmType *self = bm_type_from_node(prog, ty, NULL, 0);
        const char *impl_name = self->kind == BM_TY_ADT || self->kind == BM_TY_STD
                                    ? self->name : NULL;
        if (!ts_node_is_null(tr) && self->kind == BM_TY_ADT && text_is(prog->text, tr, "Copy"))
          self->item->copy = true;
        if (!ts_node_is_null(tr) && self->kind == BM_TY_ADT && text_is(prog->text, tr, "Drop"))
          self->item->has_drop = true;
        BmNodes body = bm_kids(prog->arena, bm_field_name(n, "body", 4));
        bool fskip = false;
        for (uint32_t j = 0; impl_name && j < body.len; j++) {
          TSNode f = body.items[j];
          if (bm_attr_compiled(f, prog->text, &fskip) && bm_node_is(f, "function_item"))
            declare_fn(prog, f, self, impl_name);
        }
      } else if (strcmp(k, "function_item") == 0) {
        declare_fn(prog, n, NULL, NULL);
      } else if (strcmp(k, "static_item") == 0 || strcmp(k, "const_item") == 0) {
        TSNode name = bm_field_name(n, "name", 4), ty = bm_field_name(n, "type", 4);
        if (!ts_node_is_null(name)) {
          BmStatic st = {bm_node_text(prog->arena, prog->text, name),
                         bm_type_from_node(prog, ty, NULL, 0), k[0] == 's', false,
                         ts_node_start_byte(n),
                         ts_node_is_null(ty) ? ts_node_end_byte(name) : ts_node_end_byte(ty)};
          BmNodes kids = bm_kids_all(prog->arena, n);
          for (uint32_t j = 0; j < kids.len; j++)
            if (bm_node_is(kids.items[j], "mutable_specifier")) st.mut_decl = true;
          bm_array_push(prog->arena, &prog->statics, st);
        }
      }
    } else if (pass == 2) {
      if (strcmp(k, "use_declaration") == 0) use_variants(prog, n);
    }
  }
}

/* Traits declared anywhere (a trait in a fn body hides std's of that name
 * too), as the macros' walk met them (outside token trees). */
static void collect_traits(BmProgram *prog) {
  const BmMacros *m = prog->macros;
  for (uint32_t i = 0; m && i < m->traits.len; i++) {
    TSNode name = bm_field_name(m->traits.items[i], "name", 4);
    if (!ts_node_is_null(name))
      bm_array_push(prog->arena, &prog->traits, bm_node_text(prog->arena, prog->text, name));
  }
}

/* The methods a trait without parameters declares, as the methods of
 * `dyn Trait` (a trait object's calls go to them). */
static void declare_trait_fns(BmProgram *prog) {
  const BmMacros *m = prog->macros;
  BmArena *a = prog->arena;
  for (uint32_t i = 0; m && i < m->traits.len; i++) {
    TSNode t = m->traits.items[i];
    TSNode name = bm_field_name(t, "name", 4);
    if (ts_node_is_null(name) || !ts_node_is_null(bm_field_name(t, "type_parameters", 15))) continue;
    BmType *self = bm_type_new(a, BM_TY_PARAM, bm_arena_printf(a, "dyn %s", bm_node_text(a, prog->text, name)));
    BmNodes body = bm_kids(a, bm_field_name(t, "body", 4));
    bool fskip = false;
    for (uint32_t j = 0; j < body.len; j++) {
      TSNode f = body.items[j];
      if (bm_attr_compiled(f, prog->text, &fskip) &&
          (bm_node_is(f, "function_item") || bm_node_is(f, "function_signature_item")) &&
          ts_node_is_null(bm_field_name(f, "type_parameters", 15)))
        declare_fn(prog, f, self, self->name);
    }
  }
}

void bm_program_collect(BmProgram *prog, TSNode root) {
  prog->item_index = bm_arena_alloc(prog->arena, sizeof *prog->item_index);
  prog->impls_named = -1;
  walk_items(prog, root, 0, 0);
  index_items(prog);
  walk_items(prog, root, 1, 0);
  declare_trait_fns(prog);
  index_fns(prog);
  walk_items(prog, root, 2, 0);
  collect_traits(prog);
}
