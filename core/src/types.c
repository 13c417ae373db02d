/*
 * types.c: the items of the snippet and the Rust types the checker knows.
 *
 * Computes: the table of structs, enums and fn signatures (free fns and impl
 * methods), types built from type syntax, Copy-ness, whether a type can hold
 * a reference, and which parameters a fn result borrows from (explicit
 * lifetimes, or the elision rules).
 * Assumes: the tree has no syntax errors. Anything not modelled becomes
 * BM_TY_UNKNOWN or BM_TY_PARAM, whose Copy-ness is BM_MAYBE: later passes
 * never report a move of such a value.
 */
#include <string.h>

#include "bm.h"

char *bm_node_text(BmArena *a, const char *text, TSNode n) {
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  return bm_arena_strndup(a, text + s, e - s);
}

bool bm_node_is(TSNode n, const char *type) {
  return !ts_node_is_null(n) && strcmp(ts_node_type(n), type) == 0;
}

/* #[cfg(test)] items and #[test] fns are not compiled without --test.
 * Callers walk siblings in order and keep `*skip` between them, so the
 * check costs O(1) per node (tree-sitter's prev_sibling is linear). */
bool bm_attr_compiled(TSNode node, const char *text, bool *skip) {
  const char *t = ts_node_type(node);
  if (strcmp(t, "line_comment") == 0 || strcmp(t, "block_comment") == 0) return true;
  if (strcmp(t, "attribute_item") == 0) {
    uint32_t s = ts_node_start_byte(node), e = ts_node_end_byte(node);
    char buf[64];
    uint32_t n = 0;
    for (uint32_t i = s; i < e && n < sizeof buf - 1; i++)
      if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n') buf[n++] = text[i];
    buf[n] = 0;
    if (strcmp(buf, "#[test]") == 0 || strcmp(buf, "#[cfg(test)]") == 0) *skip = true;
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

BmTri bm_type_copy(const BmType *t) {
  if (!t) return BM_MAYBE;
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
        BmTri c = bm_type_copy(t->args[i]);
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
      BmTri c = bm_type_copy(t->args[i]);
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

bool bm_type_holds_refs(const BmType *t) {
  if (!t) return false;
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
      if (bm_type_holds_refs(t->args[i])) return true;
    return false;
  default:
    return false;
  }
}

const char *bm_type_str(BmArena *a, const BmType *t) {
  if (!t) return "_";
  switch (t->kind) {
  case BM_TY_INT: return t->name ? t->name : "i32";
  case BM_TY_FLOAT: return t->name ? t->name : "f64";
  case BM_TY_BOOL: return "bool";
  case BM_TY_CHAR: return "char";
  case BM_TY_UNIT: return "()";
  case BM_TY_NEVER: return "!";
  case BM_TY_STR: return "str";
  case BM_TY_REF:
    return bm_arena_printf(a, "&%s%s", t->mut_ref ? "mut " : "", bm_type_str(a, t->args[0]));
  case BM_TY_ARRAY: return bm_arena_printf(a, "[%s]", bm_type_str(a, t->args[0]));
  case BM_TY_TUPLE: case BM_TY_STD: case BM_TY_ADT: {
    const char *s = t->kind == BM_TY_TUPLE ? "(" : bm_arena_printf(a, "%s%s", t->name,
                                                                    t->nargs ? "<" : "");
    if (t->kind == BM_TY_STD && strcmp(t->name, "Iter") == 0) return "impl Iterator";
    for (uint32_t i = 0; i < t->nargs; i++)
      s = bm_arena_printf(a, "%s%s%s", s, i ? ", " : "", bm_type_str(a, t->args[i]));
    if (t->kind == BM_TY_TUPLE) return bm_arena_printf(a, "%s)", s);
    return t->nargs ? bm_arena_printf(a, "%s>", s) : s;
  }
  case BM_TY_PARAM: return t->name ? t->name : "_";
  case BM_TY_CLOSURE: return "{closure}";
  default: return "_";
  }
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

BmItem *bm_program_item(const BmProgram *prog, const char *name) {
  for (uint32_t i = 0; i < prog->items.len; i++)
    if (strcmp(prog->items.items[i]->name, name) == 0) return prog->items.items[i];
  return NULL;
}

BmFnSig *bm_program_fn(const BmProgram *prog, const char *impl_type, const char *name) {
  BmFnSig *found = NULL;
  for (uint32_t i = 0; i < prog->fns.len; i++) {
    BmFnSig *f = prog->fns.items[i];
    if (strcmp(f->name, name) != 0) continue;
    if ((impl_type == NULL) != (f->impl_type == NULL)) continue;
    if (impl_type && strcmp(impl_type, f->impl_type) != 0) continue;
    if (found) return NULL; /* ambiguous (e.g. trait impls for several types) */
    found = f;
  }
  return found;
}

static const char *last_segment(BmArena *a, const char *text, TSNode n) {
  if (bm_node_is(n, "scoped_type_identifier") || bm_node_is(n, "scoped_identifier")) {
    TSNode name = ts_node_child_by_field_name(n, "name", 4);
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

/* `+ 'static` among the bounds themselves (not inside Fn(..) or <..>). */
static bool contains_static(const char *text, TSNode n) {
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  int depth = 0;
  for (uint32_t i = s; i < e; i++) {
    char c = text[i];
    if (c == '(' || c == '<' || c == '[') depth++;
    else if ((c == ')' || c == '>' || c == ']') && depth > 0 && !(c == '>' && i > s && text[i - 1] == '-')) depth--;
    else if (depth == 0 && i + 7 <= e && memcmp(text + i, "'static", 7) == 0) return true;
  }
  return false;
}

/* _type: primitive_type | reference_type | unit_type | never_type | tuple_type
 *      | array_type | type_identifier | scoped_type_identifier | generic_type
 *      | abstract_type (impl Trait) | dynamic_type | function_type | ... */
BmType *bm_type_from_node(BmProgram *prog, TSNode n, BmType *self_type, int depth) {
  BmArena *a = prog->arena;
  if (ts_node_is_null(n) || depth > BM_MAX_DEPTH) return bm_type_new(a, BM_TY_UNKNOWN, NULL);
  const char *k = ts_node_type(n);
  if (strcmp(k, "primitive_type") == 0) return prim(a, bm_node_text(a, prog->text, n));
  if (strcmp(k, "unit_type") == 0) return bm_type_new(a, BM_TY_UNIT, NULL);
  if (strcmp(k, "never_type") == 0) return bm_type_new(a, BM_TY_NEVER, NULL);
  if (strcmp(k, "reference_type") == 0) {
    BmType *t = bm_type_ref(a, bm_type_from_node(prog, ts_node_child_by_field_name(n, "type", 4),
                                                 self_type, depth + 1), false);
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
      TSNode c = ts_node_named_child(n, i);
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
    uint32_t nc = ts_node_named_child_count(n);
    if (t->kind == BM_TY_ARRAY) nc = nc ? 1 : 0;
    t->args = bm_arena_alloc(a, (nc + 1) * sizeof(BmType *));
    for (uint32_t i = 0; i < nc; i++)
      t->args[t->nargs++] = bm_type_from_node(prog, ts_node_named_child(n, i), self_type, depth + 1);
    if (t->kind == BM_TY_ARRAY && !t->nargs) t->args[t->nargs++] = bm_type_new(a, BM_TY_UNKNOWN, NULL);
    if (t->kind == BM_TY_ARRAY) {
      TSNode len = ts_node_child_by_field_name(n, "length", 6);
      t->array_len = ts_node_is_null(len) ? "" : bm_node_text(a, prog->text, len);
    }
    return t;
  }
  if (strcmp(k, "bounded_type") == 0) {
    /* `impl Trait + 'static`, `dyn Trait + 'a` */
    BmType *t = bm_type_new(a, BM_TY_PARAM, "impl Trait");
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
      TSNode c = ts_node_named_child(n, i);
      if (bm_node_is(c, "lifetime") && strcmp(bm_node_text(a, prog->text, c), "'static") == 0)
        t->is_static_bound = true;
    }
    return t;
  }
  if (strcmp(k, "abstract_type") == 0) {
    BmType *t = bm_type_new(a, BM_TY_PARAM, "impl Trait");
    t->is_static_bound = contains_static(prog->text, n);
    return t;
  }
  TSNode name_node = n, args_node = {0};
  if (strcmp(k, "generic_type") == 0) {
    name_node = ts_node_child_by_field_name(n, "type", 4);
    args_node = ts_node_child_by_field_name(n, "type_arguments", 14);
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
    uint32_t nc = ts_node_named_child_count(args_node);
    t->args = bm_arena_alloc(a, (nc + 1) * sizeof(BmType *));
    for (uint32_t i = 0; i < nc; i++) {
      TSNode c = ts_node_named_child(args_node, i);
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

static bool has_derive_copy(const char *text, TSNode node) {
  for (TSNode p = ts_node_prev_named_sibling(node); !ts_node_is_null(p);
       p = ts_node_prev_named_sibling(p)) {
    if (bm_node_is(p, "line_comment") || bm_node_is(p, "block_comment")) continue;
    if (!bm_node_is(p, "attribute_item")) break;
    uint32_t s = ts_node_start_byte(p), e = ts_node_end_byte(p);
    bool derive = false;
    for (uint32_t i = s; i + 6 <= e; i++)
      if (memcmp(text + i, "derive", 6) == 0) derive = true;
    if (!derive) continue;
    for (uint32_t i = s; i + 4 <= e; i++)
      if (memcmp(text + i, "Copy", 4) == 0) return true;
  }
  return false;
}

static void generics_of(BmProgram *prog, TSNode node, BmItem *item) {
  TSNode tp = ts_node_child_by_field_name(node, "type_parameters", 15);
  if (ts_node_is_null(tp)) return;
  for (uint32_t i = 0; i < ts_node_named_child_count(tp); i++) {
    TSNode c = ts_node_named_child(tp, i);
    if (bm_node_is(c, "lifetime_parameter") || bm_node_is(c, "lifetime")) item->has_lifetimes = true;
    else item->generic = true;
  }
}

static void collect_fields(BmProgram *prog, TSNode list, void *arr, BmType *self_type) {
  BmArray(BmField) *fields = arr;
  if (ts_node_is_null(list)) return;
  uint32_t pos = 0;
  for (uint32_t i = 0; i < ts_node_named_child_count(list); i++) {
    TSNode c = ts_node_named_child(list, i);
    BmField f;
    if (bm_node_is(c, "field_declaration")) {
      f.name = bm_node_text(prog->arena, prog->text, ts_node_child_by_field_name(c, "name", 4));
      f.type = bm_type_from_node(prog, ts_node_child_by_field_name(c, "type", 4), self_type, 0);
    } else if (bm_node_is(list, "ordered_field_declaration_list") &&
               !bm_node_is(c, "attribute_item") && !bm_node_is(c, "visibility_modifier") &&
               !bm_node_is(c, "line_comment") && !bm_node_is(c, "block_comment")) {
      f.name = bm_arena_printf(prog->arena, "%u", pos++);
      f.type = bm_type_from_node(prog, c, self_type, 0);
    } else {
      continue;
    }
    bm_array_push(prog->arena, fields, f);
  }
}

static void declare_item(BmProgram *prog, TSNode node) {
  const char *k = ts_node_type(node);
  bool is_enum = strcmp(k, "enum_item") == 0;
  if (!is_enum && strcmp(k, "struct_item") != 0) return;
  BmItem *item = bm_arena_alloc(prog->arena, sizeof *item);
  item->name = bm_node_text(prog->arena, prog->text, ts_node_child_by_field_name(node, "name", 4));
  item->is_enum = is_enum;
  item->copy = has_derive_copy(prog->text, node);
  generics_of(prog, node, item);
  bm_array_push(prog->arena, &prog->items, item);
}

static void define_item(BmProgram *prog, TSNode node) {
  const char *k = ts_node_type(node);
  bool is_enum = strcmp(k, "enum_item") == 0;
  if (!is_enum && strcmp(k, "struct_item") != 0) return;
  BmItem *item = bm_program_item(prog, bm_node_text(prog->arena, prog->text,
                                                    ts_node_child_by_field_name(node, "name", 4)));
  if (!item) return;
  BmType *self = bm_type_new(prog->arena, BM_TY_ADT, item->name);
  self->item = item;
  TSNode body = ts_node_child_by_field_name(node, "body", 4);
  if (!is_enum) {
    collect_fields(prog, body, &item->fields, self);
    return;
  }
  if (ts_node_is_null(body)) return;
  for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
    TSNode v = ts_node_named_child(body, i);
    if (!bm_node_is(v, "enum_variant")) continue;
    BmVariant var = {0};
    var.name = bm_node_text(prog->arena, prog->text, ts_node_child_by_field_name(v, "name", 4));
    collect_fields(prog, ts_node_child_by_field_name(v, "body", 4), &var.fields, self);
    bm_array_push(prog->arena, &item->variants, var);
  }
}

/* Which parameters a result type borrows from: named lifetimes shared with
 * the result, else the elision rules (self, or the only input lifetime). */
static void collect_lifetimes(const BmType *t, const char **names, uint32_t *n, uint32_t *elided) {
  if (!t) return;
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
  for (uint32_t i = 0; i < t->nargs; i++) collect_lifetimes(t->args[i], names, n, elided);
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
  collect_lifetimes(sig->ret, rn, &rnn, &relided);
  uint32_t input_lifetimes = 0, last_input = 0;
  for (uint32_t i = 0; i < sig->params.len; i++) {
    const char *pn[8];
    uint32_t pnn = 0, pel = 0;
    const BmType *pt = sig->params.items[i];
    collect_lifetimes(pt, pn, &pnn, &pel);
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
  sig->name = bm_node_text(prog->arena, prog->text, ts_node_child_by_field_name(node, "name", 4));
  sig->impl_type = impl_name;
  sig->node = node;
  TSNode params = ts_node_child_by_field_name(node, "parameters", 10);
  bool self_is_ref = false;
  const char *self_lt = NULL;
  for (uint32_t i = 0; !ts_node_is_null(params) && i < ts_node_named_child_count(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    if (bm_node_is(p, "self_parameter")) {
      bool ref = false, mut = false;
      for (uint32_t c = 0; c < ts_node_child_count(p); c++) {
        TSNode ch = ts_node_child(p, c);
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
      BmType *t = bm_type_from_node(prog, ts_node_child_by_field_name(p, "type", 4), self_type, 0);
      bm_array_push(prog->arena, &sig->params, t);
    }
  }
  TSNode ret = ts_node_child_by_field_name(node, "return_type", 11);
  if (!ts_node_is_null(ret)) sig->ret = bm_type_from_node(prog, ret, self_type, 0);
  signature_flows(sig, self_is_ref, self_lt, self_type);
  bm_array_push(prog->arena, &prog->fns, sig);
}

static void walk_items(BmProgram *prog, TSNode list, int pass, int depth) {
  if (depth > 20) return;
  bool skip = false;
  for (uint32_t i = 0; i < ts_node_named_child_count(list); i++) {
    TSNode n = ts_node_named_child(list, i);
    if (!bm_attr_compiled(n, prog->text, &skip)) continue;
    const char *k = ts_node_type(n);
    if (strcmp(k, "mod_item") == 0) {
      TSNode body = ts_node_child_by_field_name(n, "body", 4);
      if (!ts_node_is_null(body)) walk_items(prog, body, pass, depth + 1);
    } else if (pass == 0) {
      declare_item(prog, n);
    } else if (pass == 1) {
      define_item(prog, n);
      if (strcmp(k, "impl_item") == 0 &&
          ts_node_is_null(ts_node_child_by_field_name(n, "trait", 5))) {
        /* inherent impls: `impl Foo { fn ... }`; also look for impl Copy below */
      }
      if (strcmp(k, "impl_item") == 0) {
        TSNode ty = ts_node_child_by_field_name(n, "type", 4);
        TSNode tr = ts_node_child_by_field_name(n, "trait", 5);
        BmType *self = bm_type_from_node(prog, ty, NULL, 0);
        const char *impl_name = self->kind == BM_TY_ADT || self->kind == BM_TY_STD
                                    ? self->name : NULL;
        if (!ts_node_is_null(tr) && self->kind == BM_TY_ADT) {
          char *trn = bm_node_text(prog->arena, prog->text, tr);
          if (strcmp(trn, "Copy") == 0) self->item->copy = true;
        }
        TSNode body = ts_node_child_by_field_name(n, "body", 4);
        bool fskip = false;
        for (uint32_t j = 0; impl_name && !ts_node_is_null(body) &&
                             j < ts_node_named_child_count(body); j++) {
          TSNode f = ts_node_named_child(body, j);
          if (bm_attr_compiled(f, prog->text, &fskip) && bm_node_is(f, "function_item"))
            declare_fn(prog, f, self, impl_name);
        }
      } else if (strcmp(k, "function_item") == 0) {
        declare_fn(prog, n, NULL, NULL);
      }
    } else if (pass == 2) {
      if (strcmp(k, "use_declaration") == 0) {
        /* `use Enum::{A, B}` / `use crate::List::*`: variants usable bare */
        char *t = bm_node_text(prog->arena, prog->text, n);
        for (uint32_t it = 0; it < prog->items.len; it++) {
          BmItem *item = prog->items.items[it];
          if (!item->is_enum || !strstr(t, item->name)) continue;
          for (uint32_t v = 0; v < item->variants.len; v++)
            bm_array_push(prog->arena, &prog->variant_names, item->variants.items[v].name);
        }
      }
    }
  }
}

void bm_program_collect(BmProgram *prog, TSNode root) {
  walk_items(prog, root, 0, 0);
  walk_items(prog, root, 1, 0);
  walk_items(prog, root, 2, 0);
}
