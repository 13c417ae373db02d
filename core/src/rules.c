/*
 * rules.c: a lesson task's constraints, checked on the syntax tree.
 *
 * A fix task passes when its error is gone, nothing else is reported, and
 * the rule the task states still holds: "`shout` still takes a `String`",
 * "`let inner` stays in the inner block", "the call passes a borrow". The
 * author writes each rule as data (a JSON object, lessons/README.md,
 * "Constraints"); this file parses the learner's code with tree-sitter and
 * decides each rule on the tree: node kinds, field names, and identifiers
 * compared as names. It never searches the source text for a substring, so
 * `println!("a = {}", a)` and `println!("a = {a}")` both print `a`, and a
 * comment that mentions `let inner` does not keep it in its block.
 *
 * Input:  a JSON array of rule objects (the task's "constraints").
 * Output: {"version": 1, "status": "ok", "results": [{"holds": true}, ...]},
 *         one result per rule, in order; a rule the checker cannot read
 *         (unknown kind, missing field) gets {"holds": false, "error": "..."}
 *         so an author's typo is reported, never passed.
 *
 * Everything lives in one arena freed before returning; the tree walk uses a
 * tree cursor and an explicit stack, so deep nesting costs no C stack, and
 * the JSON reader stops at BM_RULES_MAX_DEPTH levels.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

enum {
  BM_RULES_MAX_DEPTH = 16,       /* JSON nesting of the rule list */
  BM_RULES_MAX_BYTES = 64 * 1024, /* a rule list is a few hundred bytes */
};

/* ------------------------------------------------------------ JSON reader */

typedef enum { JS_NULL, JS_BOOL, JS_NUMBER, JS_STRING, JS_ARRAY, JS_OBJECT } JsKind;

typedef struct Js Js;
struct Js {
  JsKind kind;
  bool boolean;
  double number;
  const char *string;   /* JS_STRING: NUL-terminated UTF-8 (no NUL inside) */
  Js **items;           /* JS_ARRAY values, JS_OBJECT values */
  const char **keys;    /* JS_OBJECT keys */
  uint32_t count;
};

typedef struct {
  BmArena *arena;
  const char *p, *end;
  const char *error;    /* static string once reading failed */
} JsReader;

static void js_skip_space(JsReader *r) {
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
    r->p++;
}

static int js_hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static bool js_hex4(JsReader *r, uint32_t *out) {
  if (r->end - r->p < 4) return false;
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) {
    int h = js_hex(r->p[i]);
    if (h < 0) return false;
    v = v * 16 + (uint32_t)h;
  }
  r->p += 4;
  *out = v;
  return true;
}

static void js_put_utf8(BmStr *s, uint32_t cp) {
  char b[4];
  size_t n;
  if (cp < 0x80) { b[0] = (char)cp; n = 1; }
  else if (cp < 0x800) { b[0] = (char)(0xC0 | cp >> 6); b[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
  else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | cp >> 12); b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
  } else {
    b[0] = (char)(0xF0 | cp >> 18); b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
  }
  bm_str_append(s, b, n);
}

/* A string literal; r->p is at the opening quote. The input was checked to
 * be UTF-8 without NUL bytes, so raw bytes are copied as they are. */
static const char *js_string(JsReader *r) {
  BmStr s;
  bm_str_init(&s, r->arena);
  bm_str_append(&s, "", 0);
  r->p++;
  while (r->p < r->end) {
    char c = *r->p++;
    if (c == '"') return s.buf;
    if ((unsigned char)c < 0x20) { r->error = "a control character inside a string"; return NULL; }
    if (c != '\\') { bm_str_append(&s, &c, 1); continue; }
    if (r->p >= r->end) break;
    char e = *r->p++;
    switch (e) {
    case '"': case '\\': case '/': bm_str_append(&s, &e, 1); break;
    case 'b': bm_str_append(&s, "\b", 1); break;
    case 'f': bm_str_append(&s, "\f", 1); break;
    case 'n': bm_str_append(&s, "\n", 1); break;
    case 'r': bm_str_append(&s, "\r", 1); break;
    case 't': bm_str_append(&s, "\t", 1); break;
    case 'u': {
      uint32_t cp;
      if (!js_hex4(r, &cp)) { r->error = "a bad \\u escape"; return NULL; }
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        uint32_t lo;
        if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u') { r->error = "a lone surrogate"; return NULL; }
        r->p += 2;
        if (!js_hex4(r, &lo) || lo < 0xDC00 || lo > 0xDFFF) { r->error = "a lone surrogate"; return NULL; }
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        r->error = "a lone surrogate";
        return NULL;
      }
      if (cp == 0) { r->error = "a NUL character inside a string"; return NULL; }
      js_put_utf8(&s, cp);
      break;
    }
    default: r->error = "a bad escape in a string"; return NULL;
    }
  }
  r->error = "a string that does not end";
  return NULL;
}

static bool js_number(JsReader *r, double *out) {
  const char *start = r->p;
  if (r->p < r->end && *r->p == '-') r->p++;
  if (r->p >= r->end || *r->p < '0' || *r->p > '9') return false;
  while (r->p < r->end && ((*r->p >= '0' && *r->p <= '9') || *r->p == '.' || *r->p == 'e' ||
                           *r->p == 'E' || *r->p == '+' || *r->p == '-'))
    r->p++;
  char buf[40];
  size_t n = (size_t)(r->p - start);
  if (n >= sizeof buf) return false;
  memcpy(buf, start, n);
  buf[n] = 0;
  char *endp = NULL;
  *out = strtod(buf, &endp);
  return endp == buf + n;
}

static bool js_word(JsReader *r, const char *word) {
  size_t n = strlen(word);
  if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0) return false;
  r->p += n;
  return true;
}

static Js *js_value(JsReader *r, int depth);

static Js *js_container(JsReader *r, int depth, bool object) {
  Js *v = bm_arena_alloc(r->arena, sizeof *v);
  v->kind = object ? JS_OBJECT : JS_ARRAY;
  BmArray(Js *) items = {0};
  BmArray(const char *) keys = {0};
  char close = object ? '}' : ']';
  r->p++;
  js_skip_space(r);
  if (r->p < r->end && *r->p == close) {
    r->p++;
    return v;
  }
  for (;;) {
    js_skip_space(r);
    if (object) {
      if (r->p >= r->end || *r->p != '"') { r->error = "an object key that is not a string"; return NULL; }
      const char *key = js_string(r);
      if (!key) return NULL;
      js_skip_space(r);
      if (r->p >= r->end || *r->p != ':') { r->error = "a missing ':' after an object key"; return NULL; }
      r->p++;
      bm_array_push(r->arena, &keys, key);
    }
    Js *item = js_value(r, depth + 1);
    if (!item) return NULL;
    bm_array_push(r->arena, &items, item);
    js_skip_space(r);
    if (r->p < r->end && *r->p == ',') { r->p++; continue; }
    if (r->p < r->end && *r->p == close) { r->p++; break; }
    r->error = object ? "a missing ',' or '}' in an object" : "a missing ',' or ']' in an array";
    return NULL;
  }
  v->items = items.items;
  v->keys = keys.items;
  v->count = items.len;
  return v;
}

static Js *js_value(JsReader *r, int depth) {
  if (depth > BM_RULES_MAX_DEPTH) { r->error = "the rules nest too deeply"; return NULL; }
  js_skip_space(r);
  if (r->p >= r->end) { r->error = "the rules end too early"; return NULL; }
  char c = *r->p;
  if (c == '{' || c == '[') return js_container(r, depth, c == '{');
  Js *v = bm_arena_alloc(r->arena, sizeof *v);
  if (c == '"') {
    v->kind = JS_STRING;
    v->string = js_string(r);
    return v->string ? v : NULL;
  }
  if (js_word(r, "true")) { v->kind = JS_BOOL; v->boolean = true; return v; }
  if (js_word(r, "false")) { v->kind = JS_BOOL; return v; }
  if (js_word(r, "null")) { v->kind = JS_NULL; return v; }
  if (js_number(r, &v->number)) { v->kind = JS_NUMBER; return v; }
  r->error = "something that is not JSON";
  return NULL;
}

static Js *js_get(const Js *obj, const char *key) {
  for (uint32_t i = 0; i < obj->count; i++)
    if (strcmp(obj->keys[i], key) == 0) return obj->items[i];
  return NULL;
}

/* ------------------------------------------------------------ the tree */

typedef struct {
  BmArena *arena;
  const char *text;
  TSNode root;
  const char *error;    /* the current rule is malformed: why */
  TSTreeCursor *walking; /* walk()'s cursor, freed if memory runs out mid-walk */
} Rules;

static bool kind_is(TSNode n, const char *kind) {
  return !ts_node_is_null(n) && strcmp(ts_node_type(n), kind) == 0;
}

static TSNode null_node(void) {
  TSNode none;
  memset(&none, 0, sizeof none);
  return none;
}

static TSNode field(TSNode n, const char *name) {
  if (ts_node_is_null(n)) return n;
  return bm_field_name(n, name, (uint32_t)strlen(name));
}

/* Whether node `n`'s text is exactly `name` (an identifier compared as a name). */
static bool text_is(const Rules *r, TSNode n, const char *name) {
  if (ts_node_is_null(n) || !name) return false;
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  size_t len = strlen(name);
  return e - s == len && memcmp(r->text + s, name, len) == 0;
}

static bool ident_is(const Rules *r, TSNode n, const char *name) {
  return (kind_is(n, "identifier") || kind_is(n, "self")) && text_is(r, n, name);
}

/* A node with the context the rules ask about. */
typedef struct {
  TSNode node;
  TSNode fn;        /* the nearest enclosing function_item (null at top level) */
  TSNode block;     /* the nearest enclosing block */
} Frame;

typedef void (*Visit)(Rules *r, const Frame *f, void *data);

/* Visit every named node of the tree, depth first, in source order. */
static void walk(Rules *r, Visit visit, void *data) {
  BmArray(Frame) stack = {0};
  Frame top = {r->root, null_node(), null_node()};
  bm_array_push(r->arena, &stack, top);
  TSTreeCursor cur = ts_tree_cursor_new(r->root);
  r->walking = &cur;
  for (;;) {
    Frame *f = bm_array_last(&stack);
    if (ts_node_is_named(f->node)) visit(r, f, data);
    if (ts_tree_cursor_goto_first_child(&cur)) {
      Frame child = {ts_tree_cursor_current_node(&cur), f->fn, f->block};
      if (kind_is(f->node, "function_item")) child.fn = f->node;
      if (kind_is(f->node, "block")) child.block = f->node;
      bm_array_push(r->arena, &stack, child);
      continue;
    }
    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&cur)) {
        Frame *parent = bm_array_get(&stack, stack.len - 2);
        Frame sib = {ts_tree_cursor_current_node(&cur), parent->fn, parent->block};
        if (kind_is(parent->node, "function_item")) sib.fn = parent->node;
        if (kind_is(parent->node, "block")) sib.block = parent->node;
        *bm_array_last(&stack) = sib;
        break;
      }
      stack.len--;
      if (!ts_tree_cursor_goto_parent(&cur)) {
        r->walking = NULL;
        ts_tree_cursor_delete(&cur);
        return;
      }
    }
  }
}

/* The `fn` filter of a rule: NULL (anywhere) or a function's name. */
static bool in_fn(const Rules *r, const Frame *f, const char *fn) {
  if (!fn) return true;
  return !ts_node_is_null(f->fn) && text_is(r, field(f->fn, "name"), fn);
}

/* "fn-body": directly in the function's own block; "inner-block": in a
 * block nested inside it. */
static bool in_scope(const Frame *f, const char *scope) {
  if (!scope) return true;
  if (ts_node_is_null(f->fn) || ts_node_is_null(f->block)) return false;
  bool top = ts_node_eq(f->block, field(f->fn, "body"));
  return strcmp(scope, "fn-body") == 0 ? top : !top;
}

/* The variable at the root of a place expression: `a` for `a`, `a.b`,
 * `a[0]`, `*a`, `(a)`; a null node when there is none (a call, a literal). */
static TSNode place_base(TSNode n) {
  for (int guard = 0; guard < 10000 && !ts_node_is_null(n); guard++) {
    if (kind_is(n, "identifier") || kind_is(n, "self")) return n;
    if (kind_is(n, "field_expression")) n = field(n, "value");
    else if (kind_is(n, "index_expression") || kind_is(n, "parenthesized_expression"))
      n = ts_node_named_child(n, 0);
    else if (kind_is(n, "unary_expression") && ts_node_child_count(n) == 2 &&
             strcmp(ts_node_type(ts_node_child(n, 0)), "*") == 0)
      n = ts_node_named_child(n, 0);
    else break;
  }
  return null_node();
}

static bool has_mut(TSNode n) {
  if (ts_node_is_null(n)) return false;
  for (uint32_t i = 0; i < ts_node_child_count(n); i++)
    if (kind_is(ts_node_child(n, i), "mutable_specifier")) return true;
  return false;
}

static bool has_token(TSNode n, const char *token) {
  if (ts_node_is_null(n)) return false;
  for (uint32_t i = 0; i < ts_node_child_count(n); i++) {
    TSNode c = ts_node_child(n, i);
    if (!ts_node_is_named(c) && strcmp(ts_node_type(c), token) == 0) return true;
  }
  return false;
}

/* Methods that hand out a borrow of their receiver. */
static const char *const SHARED_BORROW_METHODS[] = {"as_str", "as_ref", "as_slice", "as_deref",
                                                    "borrow", "iter", NULL};
static const char *const MUT_BORROW_METHODS[] = {"as_mut", "as_mut_str", "as_mut_slice",
                                                 "as_deref_mut", "borrow_mut", "iter_mut", NULL};

static bool method_in(const Rules *r, TSNode call, const char *const *names) {
  if (!kind_is(call, "call_expression")) return false;
  TSNode fn = field(call, "function");
  if (!kind_is(fn, "field_expression")) return false;
  TSNode name = field(fn, "field");
  for (const char *const *m = names; *m; m++)
    if (text_is(r, name, *m)) return true;
  return false;
}

typedef enum { BORROW_NONE, BORROW_SHARED, BORROW_MUT } Borrow;

/* How expression `e` hands over the place it names, and which variable
 * (*base, a null node if none): `&x` / `x.as_str()` borrow x, `&mut x` /
 * `x.iter_mut()` borrow it mutably, `x` itself (or `x.f`) is by value. */
static Borrow borrow_of(const Rules *r, TSNode e, TSNode *base) {
  if (kind_is(e, "reference_expression")) {
    *base = place_base(field(e, "value"));
    return has_mut(e) ? BORROW_MUT : BORROW_SHARED;
  }
  if (method_in(r, e, SHARED_BORROW_METHODS) || method_in(r, e, MUT_BORROW_METHODS)) {
    *base = place_base(field(field(e, "function"), "value"));
    return method_in(r, e, MUT_BORROW_METHODS) ? BORROW_MUT : BORROW_SHARED;
  }
  *base = place_base(e);
  return BORROW_NONE;
}

/* The name a type is known by: `String` for String, Vec<T>, std::string::String
 * and (inside a reference) &String; NULL when it has none (tuples, impl Trait). */
static TSNode type_name_node(TSNode t) {
  for (int guard = 0; guard < 10000 && !ts_node_is_null(t); guard++) {
    if (kind_is(t, "type_identifier") || kind_is(t, "primitive_type")) return t;
    if (kind_is(t, "generic_type")) t = field(t, "type");
    else if (kind_is(t, "scoped_type_identifier")) t = field(t, "name");
    else if (kind_is(t, "reference_type")) t = field(t, "type");
    else break;
  }
  return null_node();
}

/* A rule's type requirement: "type" (reference, shared-reference,
 * mut-reference, owned) and "type_name". */
static bool type_matches(const Rules *r, TSNode t, const char *want, const char *name) {
  if (ts_node_is_null(t)) return false;
  if (want) {
    bool ref = kind_is(t, "reference_type");
    if (strcmp(want, "reference") == 0 && !ref) return false;
    if (strcmp(want, "shared-reference") == 0 && !(ref && !has_mut(t))) return false;
    if (strcmp(want, "mut-reference") == 0 && !(ref && has_mut(t))) return false;
    if (strcmp(want, "owned") == 0 && ref) return false;
  }
  if (name && !text_is(r, type_name_node(t), name)) return false;
  return true;
}

/* ------------------------------------------------------------ reading a rule */

typedef struct {
  const char *callee, *method, *receiver;
} CallPattern;

typedef struct {
  const char *kind;
  const char *fn, *name, *scope, *init, *type, *type_name, *passes, *of, *on, *over, *strukt;
  long param, arg, count;
  bool has_param, has_arg;
  int borrows, is_move;        /* -1 when not given */
  bool has_before, has_after;
  CallPattern call, before, after;
} Rule;

static const char *const TYPE_WORDS[] = {"reference", "shared-reference", "mut-reference", "owned", NULL};
static const char *const SCOPE_WORDS[] = {"fn-body", "inner-block", NULL};
static const char *const PASSES_WORDS[] = {"borrow", "shared-borrow", "mut-borrow", "value", NULL};

static bool one_of(const char *s, const char *const *words) {
  for (const char *const *w = words; *w; w++)
    if (strcmp(s, *w) == 0) return true;
  return false;
}

static const char *str_field(Rules *r, const Js *obj, const char *key, bool required,
                             const char *const *words) {
  const Js *v = js_get(obj, key);
  if (!v) {
    if (required && !r->error) r->error = bm_arena_printf(r->arena, "the rule needs \"%s\"", key);
    return NULL;
  }
  if (v->kind != JS_STRING || !v->string[0]) {
    if (!r->error) r->error = bm_arena_printf(r->arena, "\"%s\" must be a non-empty string", key);
    return NULL;
  }
  if (words && !one_of(v->string, words) && !r->error) {
    BmStr s;
    bm_str_init(&s, r->arena);
    bm_str_printf(&s, "\"%s\" must be one of", key);
    for (const char *const *w = words; *w; w++) bm_str_printf(&s, "%s \"%s\"", w == words ? "" : ",", *w);
    r->error = s.buf;
    return NULL;
  }
  return v->string;
}

static long int_field(Rules *r, const Js *obj, const char *key, long min, bool *present) {
  const Js *v = js_get(obj, key);
  *present = v != NULL;
  if (!v) return 0;
  if (v->kind != JS_NUMBER || v->number != (double)(long)v->number || v->number < (double)min ||
      v->number > 1000) {
    if (!r->error) r->error = bm_arena_printf(r->arena, "\"%s\" must be an integer from %ld", key, min);
    return 0;
  }
  return (long)v->number;
}

static int bool_field(Rules *r, const Js *obj, const char *key) {
  const Js *v = js_get(obj, key);
  if (!v) return -1;
  if (v->kind != JS_BOOL) {
    if (!r->error) r->error = bm_arena_printf(r->arena, "\"%s\" must be true or false", key);
    return -1;
  }
  return v->boolean;
}

/* {"callee": "f"} or {"method": "push", "receiver"?: "v"}. */
static bool call_pattern(Rules *r, const Js *obj, CallPattern *p, const char *what) {
  if (!obj || obj->kind != JS_OBJECT) {
    if (!r->error) r->error = bm_arena_printf(r->arena, "\"%s\" must be an object", what);
    return false;
  }
  for (uint32_t i = 0; i < obj->count; i++) {
    const char *k = obj->keys[i];
    if (strcmp(k, "callee") && strcmp(k, "method") && strcmp(k, "receiver") && !r->error)
      r->error = bm_arena_printf(r->arena, "unknown field \"%s\" in \"%s\"", k, what);
  }
  p->callee = str_field(r, obj, "callee", false, NULL);
  p->method = str_field(r, obj, "method", false, NULL);
  p->receiver = str_field(r, obj, "receiver", false, NULL);
  if (!r->error && !p->callee == !p->method)
    r->error = bm_arena_printf(r->arena, "\"%s\" needs exactly one of \"callee\" and \"method\"", what);
  if (!r->error && p->receiver && !p->method)
    r->error = bm_arena_printf(r->arena, "\"receiver\" in \"%s\" goes with \"method\"", what);
  return !r->error;
}

/* Which fields each kind takes (besides "kind" and the author's "says"). */
static const struct {
  const char *kind;
  const char *fields;   /* space-separated; a leading '!' marks a required one */
} KINDS[] = {
    {"param", "!fn !param type type_name"},
    {"returns", "!fn type type_name"},
    {"field", "!struct !name type type_name"},
    {"let", "!name fn scope init"},
    {"assign", "!name fn"},
    {"prints", "!name fn scope before after"},
    {"call", "callee method receiver fn count arg passes of"},
    {"match", "!on fn borrows"},
    {"for", "!over fn borrows"},
    {"closure", "fn move"},
    {"try", "fn count"},
};

static bool field_listed(const char *fields, const char *key, bool *required) {
  size_t n = strlen(key);
  for (const char *p = fields; *p;) {
    while (*p == ' ') p++;
    bool req = *p == '!';
    if (req) p++;
    const char *e = p;
    while (*e && *e != ' ') e++;
    if ((size_t)(e - p) == n && memcmp(p, key, n) == 0) {
      if (required) *required = req;
      return true;
    }
    p = e;
  }
  return false;
}

static bool required_in(const char *fields, const char *key) {
  bool required = false;
  return field_listed(fields, key, &required) && required;
}

static bool read_rule(Rules *r, const Js *obj, Rule *rule) {
  memset(rule, 0, sizeof *rule);
  rule->borrows = rule->is_move = -1;
  if (obj->kind != JS_OBJECT) {
    r->error = "a rule must be an object";
    return false;
  }
  rule->kind = str_field(r, obj, "kind", true, NULL);
  if (!rule->kind) return false;
  const char *fields = NULL;
  for (size_t i = 0; i < sizeof KINDS / sizeof KINDS[0]; i++)
    if (strcmp(KINDS[i].kind, rule->kind) == 0) fields = KINDS[i].fields;
  if (!fields) {
    r->error = bm_arena_printf(r->arena, "unknown rule kind \"%s\"", rule->kind);
    return false;
  }
  for (uint32_t i = 0; i < obj->count; i++) {
    const char *k = obj->keys[i];
    if (strcmp(k, "kind") == 0 || strcmp(k, "says") == 0) continue;
    if (!field_listed(fields, k, NULL)) {
      r->error = bm_arena_printf(r->arena, "unknown field \"%s\" for a \"%s\" rule", k, rule->kind);
      return false;
    }
  }
  rule->fn = str_field(r, obj, "fn", required_in(fields, "fn"), NULL);
  rule->name = str_field(r, obj, "name", required_in(fields, "name"), NULL);
  rule->strukt = str_field(r, obj, "struct", required_in(fields, "struct"), NULL);
  rule->on = str_field(r, obj, "on", required_in(fields, "on"), NULL);
  rule->over = str_field(r, obj, "over", required_in(fields, "over"), NULL);
  rule->scope = str_field(r, obj, "scope", false, SCOPE_WORDS);
  rule->init = str_field(r, obj, "init", false, NULL);
  rule->type = str_field(r, obj, "type", false, TYPE_WORDS);
  rule->type_name = str_field(r, obj, "type_name", false, NULL);
  rule->passes = str_field(r, obj, "passes", false, PASSES_WORDS);
  rule->of = str_field(r, obj, "of", false, NULL);
  rule->call.callee = str_field(r, obj, "callee", false, NULL);
  rule->call.method = str_field(r, obj, "method", false, NULL);
  rule->call.receiver = str_field(r, obj, "receiver", false, NULL);
  bool present;
  rule->param = int_field(r, obj, "param", 0, &rule->has_param);
  rule->arg = int_field(r, obj, "arg", 0, &rule->has_arg);
  rule->count = int_field(r, obj, "count", 1, &present);
  if (!present) rule->count = 1;
  rule->borrows = bool_field(r, obj, "borrows");
  rule->is_move = bool_field(r, obj, "move");
  if (required_in(fields, "param") && !rule->has_param && !r->error)
    r->error = "the rule needs \"param\"";
  const Js *before = js_get(obj, "before"), *after = js_get(obj, "after");
  if (before) rule->has_before = call_pattern(r, before, &rule->before, "before");
  if (after) rule->has_after = call_pattern(r, after, &rule->after, "after");
  if (r->error) return false;
  bool typed = strcmp(rule->kind, "param") == 0 || strcmp(rule->kind, "returns") == 0 ||
               strcmp(rule->kind, "field") == 0;
  if (typed && !rule->type && !rule->type_name) {
    r->error = "the rule needs \"type\" or \"type_name\"";
    return false;
  }
  if (strcmp(rule->kind, "call") == 0) {
    if (!rule->call.callee == !rule->call.method) {
      r->error = "a \"call\" rule needs exactly one of \"callee\" and \"method\"";
      return false;
    }
    if (rule->call.receiver && !rule->call.method) {
      r->error = "\"receiver\" goes with \"method\"";
      return false;
    }
    if ((rule->passes || rule->of) && !rule->has_arg) {
      r->error = "\"passes\" and \"of\" say what argument \"arg\" is: give \"arg\"";
      return false;
    }
  }
  return true;
}

/* ------------------------------------------------------------ the rules */

static bool call_matches(const Rules *r, TSNode n, const CallPattern *p) {
  if (!kind_is(n, "call_expression")) return false;
  TSNode fn = field(n, "function");
  if (p->callee) {
    if (kind_is(fn, "identifier")) return text_is(r, fn, p->callee);
    if (kind_is(fn, "scoped_identifier")) return text_is(r, field(fn, "name"), p->callee);
    if (kind_is(fn, "generic_function")) {
      TSNode inner = field(fn, "function");
      if (kind_is(inner, "scoped_identifier")) inner = field(inner, "name");
      return kind_is(inner, "identifier") && text_is(r, inner, p->callee);
    }
    return false;
  }
  if (!kind_is(fn, "field_expression") || !text_is(r, field(fn, "field"), p->method)) return false;
  return !p->receiver || ident_is(r, field(fn, "value"), p->receiver);
}

/* The `i`th argument of a call (comments and attributes skipped). */
static TSNode call_arg(TSNode call, long i) {
  TSNode args = field(call, "arguments");
  long k = 0;
  for (uint32_t j = 0; !ts_node_is_null(args) && j < ts_node_named_child_count(args); j++) {
    TSNode a = ts_node_named_child(args, j);
    if (kind_is(a, "line_comment") || kind_is(a, "block_comment") || kind_is(a, "attribute_item"))
      continue;
    if (k++ == i) return a;
  }
  return null_node();
}

/* The `i`th parameter of a function item (self excluded). */
static TSNode fn_param(TSNode fn, long i) {
  TSNode params = field(fn, "parameters");
  long k = 0;
  for (uint32_t j = 0; !ts_node_is_null(params) && j < ts_node_named_child_count(params); j++) {
    TSNode p = ts_node_named_child(params, j);
    if (!kind_is(p, "parameter")) continue;
    if (k++ == i) return p;
  }
  return null_node();
}

/* A call's place in the code: its function (the function_item's id) and bytes. */
typedef struct {
  uintptr_t fn;
  uint32_t start, end;
} CallSpan;

typedef struct {
  const Rule *rule;
  long found;             /* matching nodes */
  /* prints with before/after: the calls of the pattern, per function */
  BmArray(CallSpan) calls;
  const CallPattern *collect;
} Check;

static bool passes_ok(const Rules *r, const Rule *rule, TSNode arg) {
  if (ts_node_is_null(arg)) return false;
  TSNode base;
  Borrow b = borrow_of(r, arg, &base);
  if (rule->passes) {
    if (strcmp(rule->passes, "borrow") == 0 && b == BORROW_NONE) return false;
    if (strcmp(rule->passes, "shared-borrow") == 0 && b != BORROW_SHARED) return false;
    if (strcmp(rule->passes, "mut-borrow") == 0 && b != BORROW_MUT) return false;
    if (strcmp(rule->passes, "value") == 0) {
      if (b != BORROW_NONE) return false;
      /* by value of `of`: the place itself, not something computed from it */
      if (rule->of && !ts_node_eq(base, arg) && !kind_is(arg, "field_expression")) return false;
    }
  }
  if (rule->of && !ident_is(r, base, rule->of)) return false;
  return true;
}

/* Whether the token tree of a formatting macro shows variable `name`: as an
 * argument (`a`, `a.len()`, `sum(&a)`), or inline in the format string
 * (`{a}`, `{a:?}`). A name right after `.` or `::` is a field or a path
 * segment, not the variable. */
static bool format_string_names(const Rules *r, TSNode lit, const char *name) {
  size_t n = strlen(name);
  for (uint32_t i = 0; i < ts_node_child_count(lit); i++) {
    TSNode c = ts_node_child(lit, i);
    if (!kind_is(c, "string_content")) continue;
    const char *s = r->text + ts_node_start_byte(c), *e = r->text + ts_node_end_byte(c);
    while (s < e) {
      if (*s != '{') { s++; continue; }
      if (s + 1 < e && s[1] == '{') { s += 2; continue; }
      const char *a = ++s;
      while (s < e && *s != '}' && *s != ':') s++;
      const char *b = s;
      while (a < b && (*a == ' ')) a++;
      while (b > a && b[-1] == ' ') b--;
      if ((size_t)(b - a) == n && memcmp(a, name, n) == 0) return true;
    }
  }
  return false;
}

static bool macro_names(const Rules *r, TSNode mac, const char *name) {
  TSNode tt = ts_node_named_child(mac, ts_node_named_child_count(mac) - 1);
  if (!kind_is(tt, "token_tree")) return false;
  bool first_string = true;
  TSTreeCursor cur = ts_tree_cursor_new(tt);
  bool found = false;
  const char *prev = "";
  if (!ts_tree_cursor_goto_first_child(&cur)) goto done;
  for (;;) {
    TSNode t = ts_tree_cursor_current_node(&cur);
    const char *k = ts_node_type(t);
    if ((strcmp(k, "string_literal") == 0 || strcmp(k, "raw_string_literal") == 0)) {
      if (first_string && format_string_names(r, t, name)) { found = true; goto done; }
      first_string = false;
      prev = k;
    } else if (strcmp(k, "token_tree") == 0) {
      if (ts_tree_cursor_goto_first_child(&cur)) continue;
    } else {
      if (strcmp(k, "identifier") == 0 && strcmp(prev, ".") != 0 && strcmp(prev, "::") != 0 &&
          text_is(r, t, name)) {
        found = true;
        goto done;
      }
      prev = k;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cur)) {
      if (!ts_tree_cursor_goto_parent(&cur) || ts_node_eq(ts_tree_cursor_current_node(&cur), tt))
        goto done;
    }
  }
done:
  ts_tree_cursor_delete(&cur);
  return found;
}

static const char *const FORMAT_MACROS[] = {"println", "print", "eprintln", "eprint", "format",
                                            "write", "writeln", "panic", "dbg", "assert",
                                            "assert_eq", "assert_ne", "format_args", NULL};

/* Whether match-arm pattern `p` binds anything by value (`n`, `mut n`,
 * `Point { x }`), as opposed to by reference (`ref n`) or not at all. */
static bool binds_by_value(const Rules *r, TSNode p) {
  bool by_value = false;
  TSTreeCursor cur = ts_tree_cursor_new(p);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cur);
    const char *fname = ts_tree_cursor_current_field_name(&cur);
    bool skip = false;
    if (kind_is(n, "ref_pattern") || kind_is(n, "scoped_identifier") ||
        (fname && (strcmp(fname, "condition") == 0 || strcmp(fname, "type") == 0)))
      skip = true;
    else if (kind_is(n, "identifier")) {
      char c = r->text[ts_node_start_byte(n)];
      if (!(c >= 'A' && c <= 'Z')) { by_value = true; break; } /* `None`, `Nil`: constructors */
    } else if (kind_is(n, "shorthand_field_identifier")) {
      if (!has_token(ts_node_parent(n), "ref")) { by_value = true; break; }
    } else if (kind_is(n, "field_pattern") && has_token(n, "ref")) {
      skip = true;
    }
    if (!skip && ts_tree_cursor_goto_first_child(&cur)) continue;
    bool up = true;
    while (!ts_tree_cursor_goto_next_sibling(&cur)) {
      if (!ts_tree_cursor_goto_parent(&cur) || ts_node_eq(ts_tree_cursor_current_node(&cur), p)) {
        up = false;
        break;
      }
    }
    if (!up) break;
  }
  ts_tree_cursor_delete(&cur);
  return by_value;
}

static bool match_borrows(const Rules *r, TSNode m) {
  TSNode body = field(m, "body");
  for (uint32_t i = 0; !ts_node_is_null(body) && i < ts_node_named_child_count(body); i++) {
    TSNode arm = ts_node_named_child(body, i);
    if (!kind_is(arm, "match_arm")) continue;
    TSNode pat = field(arm, "pattern");
    if (!ts_node_is_null(pat) && binds_by_value(r, pat)) return false;
  }
  return true;
}

static void collect_calls(Rules *r, const Frame *f, void *data) {
  Check *c = data;
  if (!call_matches(r, f->node, c->collect)) return;
  CallSpan s = {(uintptr_t)f->fn.id, ts_node_start_byte(f->node), ts_node_end_byte(f->node)};
  bm_array_push(r->arena, &c->calls, s);
}

/* For `prints` with before/after: the print at [start, end) in fn `fn` comes
 * after (or before) every call of the pattern in that function, and there is
 * at least one. */
static bool ordered(const Check *c, uintptr_t fn, uint32_t start, uint32_t end, bool after) {
  uint32_t seen = 0;
  for (uint32_t i = 0; i < c->calls.len; i++) {
    const CallSpan *s = &c->calls.items[i];
    if (s->fn != fn) continue;
    seen++;
    if (after ? s->end > start : s->start < end) return false;
  }
  return seen > 0;
}

typedef struct {
  Check *check;
  Check *before, *after;
} PrintCheck;

static void visit_rule(Rules *r, const Frame *f, void *data) {
  PrintCheck *pc = data;
  Check *c = pc->check;
  const Rule *rule = c->rule;
  TSNode n = f->node;
  const char *k = rule->kind;
  if (strcmp(k, "param") == 0 || strcmp(k, "returns") == 0) {
    if (!kind_is(n, "function_item") || !text_is(r, field(n, "name"), rule->fn)) return;
    TSNode t = strcmp(k, "param") == 0 ? field(fn_param(n, rule->param), "type") : field(n, "return_type");
    if (type_matches(r, t, rule->type, rule->type_name)) c->found++;
  } else if (strcmp(k, "field") == 0) {
    if (!kind_is(n, "struct_item") || !text_is(r, field(n, "name"), rule->strukt)) return;
    TSNode body = field(n, "body");
    for (uint32_t i = 0; !ts_node_is_null(body) && i < ts_node_named_child_count(body); i++) {
      TSNode fd = ts_node_named_child(body, i);
      if (kind_is(fd, "field_declaration") && text_is(r, field(fd, "name"), rule->name) &&
          type_matches(r, field(fd, "type"), rule->type, rule->type_name))
        c->found++;
    }
  } else if (strcmp(k, "let") == 0) {
    if (!kind_is(n, "let_declaration") || !in_fn(r, f, rule->fn) || !in_scope(f, rule->scope)) return;
    if (!ident_is(r, field(n, "pattern"), rule->name)) return;
    if (rule->init && !ident_is(r, field(n, "value"), rule->init)) return;
    c->found++;
  } else if (strcmp(k, "assign") == 0) {
    if (!(kind_is(n, "assignment_expression") || kind_is(n, "compound_assignment_expr"))) return;
    if (in_fn(r, f, rule->fn) && ident_is(r, place_base(field(n, "left")), rule->name)) c->found++;
  } else if (strcmp(k, "prints") == 0) {
    if (!kind_is(n, "macro_invocation") || !in_fn(r, f, rule->fn) || !in_scope(f, rule->scope)) return;
    TSNode mac = field(n, "macro");
    bool formatting = false;
    for (const char *const *m = FORMAT_MACROS; *m && !formatting; m++) formatting = text_is(r, mac, *m);
    if (!formatting || !macro_names(r, n, rule->name)) return;
    uintptr_t fn = (uintptr_t)f->fn.id;
    uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
    if (pc->before && !ordered(pc->before, fn, s, e, false)) return;
    if (pc->after && !ordered(pc->after, fn, s, e, true)) return;
    c->found++;
  } else if (strcmp(k, "call") == 0) {
    if (!in_fn(r, f, rule->fn) || !call_matches(r, n, &rule->call)) return;
    if (rule->has_arg && !passes_ok(r, rule, call_arg(n, rule->arg))) return;
    c->found++;
  } else if (strcmp(k, "match") == 0) {
    if (!kind_is(n, "match_expression") || !in_fn(r, f, rule->fn)) return;
    TSNode base;
    Borrow b = borrow_of(r, field(n, "value"), &base);
    if (!ident_is(r, base, rule->on)) return;
    /* `match name.clone()` is a match on a copy, not on `name` */
    TSNode v = field(n, "value");
    if (b == BORROW_NONE && !ts_node_eq(base, v) && !kind_is(v, "field_expression")) return;
    bool borrows = b != BORROW_NONE || match_borrows(r, n);
    if (rule->borrows >= 0 && borrows != (rule->borrows == 1)) return;
    c->found++;
  } else if (strcmp(k, "for") == 0) {
    if (!kind_is(n, "for_expression") || !in_fn(r, f, rule->fn)) return;
    TSNode base;
    Borrow b = borrow_of(r, field(n, "value"), &base);
    if (!ident_is(r, base, rule->over)) return;
    if (rule->borrows >= 0 && (b != BORROW_NONE) != (rule->borrows == 1)) return;
    c->found++;
  } else if (strcmp(k, "closure") == 0) {
    if (!kind_is(n, "closure_expression") || !in_fn(r, f, rule->fn)) return;
    if (rule->is_move >= 0 && has_token(n, "move") != (rule->is_move == 1)) return;
    c->found++;
  } else if (strcmp(k, "try") == 0) {
    if (kind_is(n, "try_expression") && in_fn(r, f, rule->fn)) c->found++;
  }
}

static bool rule_holds(Rules *r, const Rule *rule) {
  Check check = {0}, before = {0}, after = {0};
  check.rule = rule;
  PrintCheck pc = {&check, NULL, NULL};
  if (rule->has_before) {
    before.collect = &rule->before;
    walk(r, collect_calls, &before);
    pc.before = &before;
  }
  if (rule->has_after) {
    after.collect = &rule->after;
    walk(r, collect_calls, &after);
    pc.after = &after;
  }
  walk(r, visit_rule, &pc);
  long need = strcmp(rule->kind, "call") == 0 || strcmp(rule->kind, "try") == 0 ? rule->count : 1;
  return check.found >= need;
}

/* ------------------------------------------------------------ the entry point */

static char *finish(BmStr *out) {
  char *copy = malloc(out->len + 1);
  if (copy) memcpy(copy, out->buf, out->len + 1);
  return copy;
}

static char *refusal(BmArena *a, const char *status, const char *why) {
  BmStr out;
  bm_str_init(&out, a);
  bm_str_printf(&out, "{\"version\": 1, \"status\": \"%s\", \"error\": ", status);
  bm_str_json_string(&out, why);
  bm_str_puts(&out, ", \"results\": []}");
  return finish(&out);
}

/* What one check holds outside the arena: freed by the caller, also after
 * running out of memory (a longjmp out of run()). */
typedef struct {
  TSParser *parser;
  TSTree *tree;
  Rules rules;          /* rules.walking: a cursor alive mid-walk */
} Owned;

typedef struct {
  const char *source, *rules;
  size_t length, rules_length;
} Input;

/* Not inlined: the caller's setjmp must not see this function's locals. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static char *run(BmArena *arena, Owned *own, const Input *in) {
  size_t bad;
  if (in->length > BM_MAX_SOURCE_BYTES)
    return refusal(arena, "too-large", "the code is over the analyzer's size limit");
  if (bm_utf8_check(in->source, in->length, &bad))
    return refusal(arena, "not-utf8", "the code is not valid UTF-8 text");
  if (in->rules_length > BM_RULES_MAX_BYTES)
    return refusal(arena, "bad-rules", "the rule list is too large");
  if (bm_utf8_check(in->rules, in->rules_length, &bad))
    return refusal(arena, "bad-rules", "the rule list is not valid UTF-8 text");
  JsReader reader = {arena, in->rules, in->rules + in->rules_length, NULL};
  Js *list = js_value(&reader, 0);
  if (list) {
    js_skip_space(&reader);
    if (reader.p != reader.end) reader.error = "text after the rule list";
  }
  if (!reader.error && list->kind != JS_ARRAY) reader.error = "the rules must be a JSON array";
  if (reader.error)
    return refusal(arena, "bad-rules",
                   bm_arena_printf(arena, "the rule list cannot be read: %s", reader.error));

  own->parser = ts_parser_new();
  if (!own->parser || !ts_parser_set_language(own->parser, tree_sitter_rust())) return NULL;
  own->tree = ts_parser_parse_string(own->parser, NULL, in->source, (uint32_t)in->length);
  if (!own->tree) return NULL;
  Rules *r = &own->rules;
  r->arena = arena;
  r->text = in->source;
  r->root = ts_tree_root_node(own->tree);
  BmStr out;
  bm_str_init(&out, arena);
  bm_str_puts(&out, "{\"version\": 1, \"status\": \"ok\", \"results\": [");
  for (uint32_t i = 0; i < list->count; i++) {
    Rule rule;
    r->error = NULL;
    bool ok = read_rule(r, list->items[i], &rule);
    bool holds = ok && rule_holds(r, &rule);
    bm_str_printf(&out, "%s{\"holds\": %s", i ? ", " : "", holds ? "true" : "false");
    if (!ok) {
      bm_str_puts(&out, ", \"error\": ");
      bm_str_json_string(&out, r->error);
    }
    bm_str_puts(&out, "}");
  }
  bm_str_puts(&out, "]}");
  return finish(&out);
}

char *bm_rules_check(const char *source, size_t length, const char *rules, size_t rules_length) {
  Input in = {source ? source : "", rules ? rules : "", source ? length : 0,
              rules ? rules_length : 0};
  Owned own;
  memset(&own, 0, sizeof own);
  BmArena arena;
  bm_arena_init(&arena);
  jmp_buf oom;
  arena.oom = &oom;
  char *volatile json = NULL;
  if (setjmp(oom) == 0) json = run(&arena, &own, &in);
  /* after a longjmp json is still NULL: the assignment never happened */
  if (own.rules.walking) ts_tree_cursor_delete(own.rules.walking);
  if (own.tree) ts_tree_delete(own.tree);
  if (own.parser) ts_parser_delete(own.parser);
  bm_arena_free(&arena);
  return json;
}
