/*
 * hir.c: tree-sitter -> HIR.
 *
 * Computes, for one parsed file: its items as BmDefs (modules, structs,
 * enums and their variants, traits, impls, fns, consts, statics, aliases,
 * uses, macros) and, for every fn, const and static, a BmBody of
 * expressions, patterns and statements. Macro invocations of std's
 * formatting and assertion families, `vec!`, `matches!` and `dbg!` are
 * parsed here, once: their token trees are re-parsed as Rust, turned into
 * HIR, and the re-parse tree is deleted before this file returns; format
 * strings are split into pieces with their arguments (implicit `{x}`
 * captures become path expressions). This is the only pass that reads
 * node kinds or source text; every HIR node keeps its byte span.
 *
 * Assumes: the tree has no syntax errors (ERROR nodes become MISSING
 * expressions or TR_ERROR types, never guesses). Recursion over user syntax
 * is capped at BM_HIR_MAX_DEPTH: deeper input becomes an UNSUPPORTED node
 * ("nesting too deep to analyze"), and its body is marked incomplete.
 */
#include <stdlib.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

/* The text nodes point into and the offset to add to a node position to
 * get a position in the original source (macro arguments are re-parsed
 * from a copy of their text with a prefix). */
typedef struct {
  const char *text;
  uint32_t length;
  int64_t delta;
} Ctx;

typedef struct {
  BmHirBuilder *b;
  Ctx cx;
  BmBody *body;           /* the body being built, NULL at item level */
  BmDefId module;         /* the current module (or block scope) */
  BmDefId owner;          /* the def whose body or signature is being read */
  BmGenerics *impl_generics;  /* the fn being read: its generics, to add
                                 `impl Trait` argument parameters to */
  bool in_fn_params;
  TSNode macro_array;     /* vec!'s array in the macros tree, lowered as an array */
  /* kids()' last answer: the passes often ask for the children of the node
     they were just given (38% of the children std's lowering read were such
     repeats); valid until the tree the node is in is deleted */
  bool kids_cached;
  TSNode kids_node;
  struct KidsCache { TSNode *nodes; uint8_t *fields; uint32_t n; } kids_last;
} Lower;

static const char *const too_deep = "nesting too deep to analyze";

/* ---- small helpers */

static uint32_t nstart(const Lower *l, TSNode n) {
  return (uint32_t)((int64_t)ts_node_start_byte(n) + l->cx.delta);
}
static uint32_t nend(const Lower *l, TSNode n) {
  return (uint32_t)((int64_t)ts_node_end_byte(n) + l->cx.delta);
}
static BmRange span(const Lower *l, TSNode n) {
  BmRange r = {nstart(l, n), nend(l, n)};
  return r;
}

/* The node's own text (within the current text), and its length. */
static const char *ntext(const Lower *l, TSNode n, uint32_t *len) {
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  if (e > l->cx.length) e = l->cx.length;
  if (s > e) s = e;
  *len = e - s;
  return l->cx.text + s;
}

static BmSym nsym(const Lower *l, TSNode n) {
  uint32_t len;
  const char *s = ntext(l, n, &len);
  /* raw identifiers name the same thing as plain ones */
  if (len > 2 && s[0] == 'r' && s[1] == '#') { s += 2; len -= 2; }
  return bm_sym(l->b->syms, s, len);
}

static bool is(TSNode n, BmKind k) { return bm_kind(n) == k; }

/* Children of a node (named and anonymous), in order, with their field
 * names; a cursor makes this linear in the number of children. */
typedef struct {
  TSNode *nodes;
  uint8_t *fields;
  uint32_t n;
} Kids;

/* Storage read only while lowering (BmHirBuilder.scratch). */
static BmArena *SCRATCH(Lower *l) { return l->b->scratch ? l->b->scratch : l->b->arena; }

static Kids kids(Lower *l, TSNode n) {
  Kids k = {0};
  if (l->kids_cached && memcmp(&l->kids_node, &n, sizeof n) == 0) {
    k.nodes = l->kids_last.nodes;
    k.fields = l->kids_last.fields;
    k.n = l->kids_last.n;
    return k;
  }
  uint32_t count = ts_node_child_count(n);
  if (!count) return k;
  k.nodes = bm_arena_alloc(SCRATCH(l), count * sizeof *k.nodes);
  k.fields = bm_arena_alloc(SCRATCH(l), count);
  uint32_t got = bm_ts_children(n, k.nodes, k.fields, count);
  if (got != UINT32_MAX) {
    k.n = got < count ? got : count;
  } else {
    TSTreeCursor c = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&c)) {
      do {
        if (k.n == count) break;
        k.nodes[k.n] = ts_tree_cursor_current_node(&c);
        k.fields[k.n] = (uint8_t)bm_cursor_field(&c);
        k.n++;
      } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
  }
  l->kids_cached = true;
  l->kids_node = n;
  l->kids_last.nodes = k.nodes;
  l->kids_last.fields = k.fields;
  l->kids_last.n = k.n;
  return k;
}

static bool is_trivia(TSNode n) {
  BmKind k = bm_kind(n);
  return k == BM_K_line_comment || k == BM_K_block_comment;
}

static BmArena *A(Lower *l) { return l->b->arena; }

static void body_unsupported(Lower *l, BmRange r, const char *why) {
  if (l->body && !l->body->unsupported) {
    l->body->unsupported = true;
    l->body->why = why;
    l->body->why_span = r;
  }
}

/* The depth guard (limits.c) when the builder has the analysis's limits
 * (std's declarations are trusted), and the HIR's own nesting cap, which
 * bounds the recursion of every pass that walks the HIR after this one. */
static bool enter(Lower *l) {
  if (l->b->depth >= BM_HIR_MAX_DEPTH) return false;
  BmLimits *lim = l->b->sink ? l->b->sink->limits : NULL;
  if (lim && !bm_deeper(lim)) return false;
  if (lim) bm_spend(lim, 1);
  l->b->depth++;
  return true;
}
static void leave(Lower *l) {
  l->b->depth--;
  BmLimits *lim = l->b->sink ? l->b->sink->limits : NULL;
  if (lim) bm_shallower(lim);
}

/* ---- literals */

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static BmPrim prim_of_name(const char *s, uint32_t len) {
  static const struct { const char *n; BmPrim p; } t[] = {
    {"i8", BM_PRIM_I8}, {"i16", BM_PRIM_I16}, {"i32", BM_PRIM_I32}, {"i64", BM_PRIM_I64},
    {"i128", BM_PRIM_I128}, {"isize", BM_PRIM_ISIZE}, {"u8", BM_PRIM_U8},
    {"u16", BM_PRIM_U16}, {"u32", BM_PRIM_U32}, {"u64", BM_PRIM_U64},
    {"u128", BM_PRIM_U128}, {"usize", BM_PRIM_USIZE}, {"f32", BM_PRIM_F32},
    {"f64", BM_PRIM_F64}, {"bool", BM_PRIM_BOOL}, {"char", BM_PRIM_CHAR},
    {"str", BM_PRIM_STR},
  };
  for (size_t i = 0; i < sizeof t / sizeof *t; i++)
    if (strlen(t[i].n) == len && memcmp(t[i].n, s, len) == 0) return t[i].p;
  return BM_PRIM_NONE;
}

BmPrim bm_prim_from_sym(BmSym s) {
  switch (s) {
  case BM_SYM_i8: return BM_PRIM_I8;
  case BM_SYM_i16: return BM_PRIM_I16;
  case BM_SYM_i32: return BM_PRIM_I32;
  case BM_SYM_i64: return BM_PRIM_I64;
  case BM_SYM_i128: return BM_PRIM_I128;
  case BM_SYM_isize: return BM_PRIM_ISIZE;
  case BM_SYM_u8: return BM_PRIM_U8;
  case BM_SYM_u16: return BM_PRIM_U16;
  case BM_SYM_u32: return BM_PRIM_U32;
  case BM_SYM_u64: return BM_PRIM_U64;
  case BM_SYM_u128: return BM_PRIM_U128;
  case BM_SYM_usize: return BM_PRIM_USIZE;
  case BM_SYM_f32: return BM_PRIM_F32;
  case BM_SYM_f64: return BM_PRIM_F64;
  case BM_SYM_bool: return BM_PRIM_BOOL;
  case BM_SYM_char: return BM_PRIM_CHAR;
  case BM_SYM_str: return BM_PRIM_STR;
  default: return BM_PRIM_NONE;
  }
}

/* An integer literal: 1_000, 0xff, 0o7, 0b1, with an optional suffix. */
static void int_literal(const char *s, uint32_t len, BmLit *lit) {
  lit->kind = BM_LIT_INT;
  uint32_t i = 0;
  unsigned radix = 10;
  if (len >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b')) {
    radix = s[1] == 'x' ? 16 : s[1] == 'o' ? 8 : 2;
    i = 2;
  }
  uint64_t lo = 0, hi = 0;
  for (; i < len; i++) {
    char c = s[i];
    if (c == '_') continue;
    int d = hexval(c);
    if (d < 0 || (unsigned)d >= radix) break;
    /* (hi:lo) = (hi:lo) * radix + d, watching for overflow past 128 bits */
    unsigned __int128 v = ((unsigned __int128)hi << 64) | lo;
    unsigned __int128 nv = v * radix + (unsigned)d;
    if (radix && (nv - (unsigned)d) / radix != v) lit->overflow = true;
    lo = (uint64_t)nv;
    hi = (uint64_t)(nv >> 64);
  }
  lit->lo = lo;
  lit->hi = hi;
  if (i < len) lit->suffix = (uint8_t)prim_of_name(s + i, len - i);
}

static void float_literal(const char *s, uint32_t len, BmLit *lit) {
  lit->kind = BM_LIT_FLOAT;
  char buf[128];
  uint32_t n = 0, i = 0;
  for (; i < len && n < sizeof buf - 1; i++) {
    char c = s[i];
    if (c == '_') continue;
    if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' ||
        ((c == '+' || c == '-') && n > 0 && (buf[n - 1] == 'e' || buf[n - 1] == 'E')))
      buf[n++] = c;
    else
      break;
  }
  buf[n] = 0;
  lit->f = strtod(buf, NULL);
  if (i < len) lit->suffix = (uint8_t)prim_of_name(s + i, len - i);
}

/* Append the UTF-8 encoding of a code point. */
static uint32_t utf8_put(char *out, uint32_t cp) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static uint32_t utf8_get(const char *s, uint32_t len, uint32_t *cp) {
  unsigned char c = (unsigned char)s[0];
  uint32_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (n > len) n = len;
  uint32_t v = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (uint32_t i = 1; i < n; i++) v = (v << 6) | ((unsigned char)s[i] & 0x3F);
  *cp = v;
  return n ? n : 1;
}

/* One escape at s[0] == '\\': its value and length; *skip_ws for `\` at a
 * line end (which also skips the next line's leading whitespace). */
static uint32_t escape(const char *s, uint32_t len, uint32_t *cp, bool *skip_ws) {
  *skip_ws = false;
  if (len < 2) { *cp = '\\'; return 1; }
  switch (s[1]) {
  case 'n': *cp = '\n'; return 2;
  case 'r': *cp = '\r'; return 2;
  case 't': *cp = '\t'; return 2;
  case '\\': *cp = '\\'; return 2;
  case '0': *cp = 0; return 2;
  case '\'': *cp = '\''; return 2;
  case '"': *cp = '"'; return 2;
  case 'x':
    if (len >= 4 && hexval(s[2]) >= 0 && hexval(s[3]) >= 0) {
      *cp = (uint32_t)(hexval(s[2]) * 16 + hexval(s[3]));
      return 4;
    }
    *cp = 'x';
    return 2;
  case 'u': {
    uint32_t i = 2, v = 0;
    if (i < len && s[i] == '{') {
      for (i++; i < len && s[i] != '}'; i++)
        if (s[i] != '_' && hexval(s[i]) >= 0) v = v * 16 + (uint32_t)hexval(s[i]);
      if (i < len) i++;
    }
    *cp = v;
    return i;
  }
  case '\n':
  case '\r':
    *skip_ws = true;
    *cp = 0;
    return 2;
  default: *cp = (unsigned char)s[1]; return 2;
  }
}

/* Where each byte of a string literal's value came from in the source:
 * value byte i starts at source offset map[i] (map[len] is the end). */
typedef struct {
  const char *value;
  uint32_t len;
  uint32_t *map;
  bool raw;
} StrValue;

/* The value of a string literal node (string_literal or raw_string_literal,
 * with b / c prefixes), escapes processed, with the source map. */
static bool string_value(Lower *l, TSNode n, StrValue *out, BmLit *lit) {
  uint32_t len;
  const char *s = ntext(l, n, &len);
  uint32_t base = nstart(l, n);
  uint32_t i = 0;
  lit->kind = BM_LIT_STR;
  if (i < len && s[i] == 'b') { lit->kind = BM_LIT_BYTE_STR; i++; }
  else if (i < len && s[i] == 'c') { lit->kind = BM_LIT_C_STR; i++; }
  bool raw = false;
  uint32_t hashes = 0;
  if (i < len && s[i] == 'r') {
    raw = true;
    i++;
    while (i < len && s[i] == '#') { hashes++; i++; }
  }
  if (i >= len || s[i] != '"') return false;
  i++;
  uint32_t end = len;
  if (end < i + 1 + hashes) return false;
  end -= 1 + hashes; /* the closing quote and hashes */
  char *v = bm_arena_alloc(A(l), end - i + 1);
  uint32_t *map = bm_arena_alloc(A(l), (end - i + 2) * sizeof *map);
  uint32_t o = 0;
  while (i < end) {
    if (!raw && s[i] == '\\') {
      uint32_t cp;
      bool skip_ws;
      uint32_t k = escape(s + i, end - i, &cp, &skip_ws);
      if (skip_ws) {
        i += k;
        while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
        continue;
      }
      char tmp[4];
      uint32_t m = lit->kind == BM_LIT_BYTE_STR && cp < 256 ? (tmp[0] = (char)cp, 1u)
                                                             : utf8_put(tmp, cp);
      for (uint32_t j = 0; j < m; j++) { map[o] = base + i; v[o++] = tmp[j]; }
      i += k;
    } else if (!raw && s[i] == '\r' && i + 1 < end && s[i + 1] == '\n') {
      i++; /* CRLF in a literal is LF */
    } else {
      map[o] = base + i;
      v[o++] = s[i++];
    }
  }
  map[o] = base + end;
  v[o] = 0;
  out->value = v;
  out->len = o;
  out->map = map;
  out->raw = raw;
  lit->str = v;
  lit->len = o;
  return true;
}

static void char_literal(Lower *l, TSNode n, BmLit *lit) {
  uint32_t len;
  const char *s = ntext(l, n, &len);
  uint32_t i = 0;
  lit->kind = BM_LIT_CHAR;
  if (len && s[0] == 'b') { lit->kind = BM_LIT_BYTE; i++; }
  if (i < len && s[i] == '\'') i++;
  uint32_t cp = 0;
  if (i < len && s[i] == '\\') {
    bool skip;
    escape(s + i, len - i, &cp, &skip);
  } else if (i < len) {
    utf8_get(s + i, len - i, &cp);
  }
  lit->lo = cp;
}

/* ---- bodies: arrays */

static BmExprId new_expr(Lower *l, uint8_t kind, BmRange sp) {
  BmExpr e;
  memset(&e, 0, sizeof e);
  e.kind = kind;
  e.a = e.b = e.c = NONE;
  e.pat = NONE;
  e.field_index = UINT32_MAX;
  e.index = NONE;
  e.span = sp;
  bm_array_push(A(l), &l->body->exprs, e);
  return l->body->exprs.len - 1;
}
static BmExpr *EX(Lower *l, BmExprId id) { return bm_array_get(&l->body->exprs, id); }

static BmPatId new_pat(Lower *l, uint8_t kind, BmRange sp) {
  BmPat p;
  memset(&p, 0, sizeof p);
  p.kind = kind;
  p.a = p.b = NONE;
  p.rest = UINT32_MAX;
  p.span = sp;
  bm_array_push(A(l), &l->body->pats, p);
  return l->body->pats.len - 1;
}
static BmPat *PT(Lower *l, BmPatId id) { return bm_array_get(&l->body->pats, id); }

static BmExprId unsupported_expr(Lower *l, BmRange sp, const char *why) {
  BmExprId e = new_expr(l, BM_EX_UNSUPPORTED, sp);
  EX(l, e)->why = why;
  body_unsupported(l, sp, why);
  return e;
}

/* A scratch list of ids, copied into body->list when complete (nested
 * lists are built while an outer one is open, so each list collects in a
 * local array first). */
typedef BmArray(uint32_t) IdList;
typedef BmArray(BmDefId) DefList;

static void commit_list(Lower *l, IdList *ids, uint32_t *list, uint32_t *nlist) {
  *list = l->body->list.len;
  *nlist = ids->len;
  for (uint32_t i = 0; i < ids->len; i++) bm_array_push(A(l), &l->body->list, ids->items[i]);
}

/* ---- forward declarations */

static BmTypeRef *lower_type(Lower *l, TSNode n);
static BmPath *lower_path(Lower *l, TSNode n);
static BmExprId lower_expr(Lower *l, TSNode n);
static BmPatId lower_pat(Lower *l, TSNode n);
static BmExprId lower_block(Lower *l, TSNode n);
static void lower_items(Lower *l, TSNode list, DefList *out);
static void lower_generics(Lower *l, TSNode tparams, TSNode where, BmGenerics *g);
static BmBound *lower_bounds(Lower *l, TSNode bounds, uint32_t *n);
static void bound_from(Lower *l, TSNode c, BmBound *b);
static BmExprId lower_macro(Lower *l, TSNode n);

/* ---- paths
 *
 * identifier, type_identifier, self, super, crate, metavariable
 * scoped_identifier / scoped_type_identifier: path::name
 * generic_type / generic_type_with_turbofish: path<args>
 * generic_function: path::<args>
 * bracketed_type: <T> or <T as Trait> (a qualified path's root)
 */

typedef BmArray(BmPathSeg) SegList;

static BmGenericArg *lower_type_args(Lower *l, TSNode targs, uint32_t *n);

static void path_segments(Lower *l, TSNode n, SegList *segs, BmPath *p, int depth) {
  if (ts_node_is_null(n) || depth > BM_HIR_MAX_DEPTH) return;
  switch (bm_kind(n)) {
  case BM_K_scoped_identifier:
  case BM_K_scoped_type_identifier: {
    TSNode path = bm_child(n, BM_FLD_path);
    TSNode name = bm_child(n, BM_FLD_name);
    if (ts_node_is_null(path)) {
      /* `::name`: a global path when nothing precedes the `::` */
      if (!segs->len) p->root = BM_PATH_GLOBAL;
    } else if (is(path, BM_K_bracketed_type)) {
      /* <T>::name or <T as Trait>::name */
      p->root = BM_PATH_QUALIFIED;
      Kids k = kids(l, path);
      for (uint32_t i = 0; i < k.n; i++) {
        if (!ts_node_is_named(k.nodes[i])) continue;
        if (is(k.nodes[i], BM_K_qualified_type)) {
          p->qself = lower_type(l, bm_child(k.nodes[i], BM_FLD_type));
          p->qtrait = lower_path(l, bm_child(k.nodes[i], BM_FLD_alias));
        } else {
          p->qself = lower_type(l, k.nodes[i]);
        }
      }
    } else {
      path_segments(l, path, segs, p, depth + 1);
    }
    path_segments(l, name, segs, p, depth + 1);
    return;
  }
  case BM_K_generic_type:
  case BM_K_generic_type_with_turbofish:
  case BM_K_generic_function: {
    TSNode inner = bm_child(n, bm_kind(n) == BM_K_generic_function ? BM_FLD_function : BM_FLD_type);
    path_segments(l, inner, segs, p, depth + 1);
    if (segs->len) {
      BmPathSeg *last = bm_array_last(segs);
      TSNode targs = bm_child(n, BM_FLD_type_arguments);
      last->args = lower_type_args(l, targs, &last->nargs);
      last->has_args = true;
      last->span.end = nend(l, n);
    }
    return;
  }
  case BM_K_identifier:
  case BM_K_type_identifier:
  case BM_K_self:
  case BM_K_super:
  case BM_K_crate:
  case BM_K_primitive_type:
  case BM_K_field_identifier: {
    BmPathSeg s;
    memset(&s, 0, sizeof s);
    s.name = nsym(l, n);
    s.span = span(l, n);
    bm_array_push(SCRATCH(l), segs, s);
    return;
  }
  default: {
    /* a metavariable or something unexpected: an unnamed segment */
    BmPathSeg s;
    memset(&s, 0, sizeof s);
    s.span = span(l, n);
    bm_array_push(SCRATCH(l), segs, s);
    return;
  }
  }
}

static BmPath *lower_path(Lower *l, TSNode n) {
  if (ts_node_is_null(n)) return NULL;
  BmPath *p = bm_arena_alloc(A(l), sizeof *p);
  SegList segs = {0};
  path_segments(l, n, &segs, p, 0);
  p->segs = segs.items;
  p->nsegs = (uint32_t)segs.len;
  if (l->b->scratch && segs.len) {
    /* built in the scratch arena (room for 8 where most paths have one
       segment): the path keeps a copy of the segments it has */
    p->segs = bm_arena_alloc(A(l), segs.len * sizeof *p->segs);
    memcpy(p->segs, segs.items, segs.len * sizeof *p->segs);
  }
  p->span = span(l, n);
  return p;
}

/* A single-segment path from a name node. */
static BmPath *name_path(Lower *l, TSNode n) { return lower_path(l, n); }

/* ---- generic arguments: <T, 'a, 3, Item = U> */

static BmGenericArg *lower_type_args(Lower *l, TSNode targs, uint32_t *n) {
  *n = 0;
  if (ts_node_is_null(targs)) return NULL;
  Kids k = kids(l, targs);
  BmGenericArg *args = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *args);
  for (uint32_t i = 0; i < k.n; i++) {
    TSNode c = k.nodes[i];
    if (!ts_node_is_named(c) || is_trivia(c)) continue;
    BmGenericArg *a = &args[*n];
    memset(a, 0, sizeof *a);
    a->expr = NONE;
    a->span = span(l, c);
    switch (bm_kind(c)) {
    case BM_K_lifetime: {
      a->kind = BM_GA_LIFETIME;
      Kids lk = kids(l, c);
      for (uint32_t j = 0; j < lk.n; j++)
        if (is(lk.nodes[j], BM_K_identifier)) a->name = nsym(l, lk.nodes[j]);
      break;
    }
    case BM_K_type_binding:
      a->kind = BM_GA_BINDING;
      a->name = nsym(l, bm_child(c, BM_FLD_name));
      a->type = lower_type(l, bm_child(c, BM_FLD_type));
      break;
    case BM_K_integer_literal: {
      a->kind = BM_GA_CONST;
      uint32_t len;
      const char *s = ntext(l, c, &len);
      BmLit lit = {0};
      int_literal(s, len, &lit);
      a->const_val = (int64_t)lit.lo;
      a->has_val = true;
      break;
    }
    case BM_K_block:
    case BM_K_boolean_literal:
    case BM_K_char_literal:
    case BM_K_string_literal:
    case BM_K_float_literal:
    case BM_K_negative_literal:
      a->kind = BM_GA_CONST;
      break;
    case BM_K_trait_bounds:
      a->kind = BM_GA_TYPE;
      a->type = bm_arena_alloc(A(l), sizeof *a->type);
      a->type->kind = BM_TR_ERROR;
      a->type->span = a->span;
      break;
    default:
      a->kind = BM_GA_TYPE;
      a->type = lower_type(l, c);
      break;
    }
    (*n)++;
  }
  return args;
}

/* ---- types
 *
 * _type: primitive_type, type_identifier, scoped_type_identifier,
 * generic_type, reference_type, pointer_type, tuple_type, unit_type,
 * array_type, never_type, function_type, abstract_type (impl Trait),
 * dynamic_type (dyn Trait), bounded_type, macro_invocation, `_`
 */

static BmTypeRef *new_type(Lower *l, uint8_t kind, TSNode n) {
  BmTypeRef *t = bm_arena_alloc(A(l), sizeof *t);
  t->kind = kind;
  t->span = span(l, n);
  t->len.expr = NONE;
  return t;
}

/* An `impl Trait` in a fn's parameters is an anonymous type parameter. */
static void add_impl_param(Lower *l, BmTypeRef *t) {
  BmGenerics *g = l->impl_generics;
  if (!g || !l->in_fn_params) return;
  BmGenericParam *ps = bm_arena_alloc(A(l), (g->nparams + 1u) * sizeof *ps);
  if (g->nparams) memcpy(ps, g->params, g->nparams * sizeof *ps);
  BmGenericParam *p = &ps[g->nparams];
  memset(p, 0, sizeof *p);
  p->kind = BM_GP_TYPE;
  p->is_impl_trait = true;
  p->bounds = t->bounds;
  p->nbounds = t->nbounds;
  p->span = t->span;
  g->params = ps;
  g->nparams++;
  t->impl_param = g->nparams; /* index + 1 */
}

static BmTypeRef *lower_type(Lower *l, TSNode n) {
  if (ts_node_is_null(n)) return NULL;
  if (!enter(l)) {
    BmTypeRef *t = new_type(l, BM_TR_ERROR, n);
    body_unsupported(l, t->span, too_deep);
    return t;
  }
  BmTypeRef *t;
  switch (bm_kind(n)) {
  case BM_K_primitive_type:
  case BM_K_type_identifier:
  case BM_K_scoped_type_identifier:
  case BM_K_generic_type:
  case BM_K_scoped_identifier:
  case BM_K_identifier:
    t = new_type(l, BM_TR_PATH, n);
    t->path = lower_path(l, n);
    if (t->path && t->path->nsegs == 1 && t->path->segs[0].name == BM_SYM__ && !t->path->segs[0].has_args) {
      t->kind = BM_TR_INFER; /* `_` */
      t->path = NULL;
    }
    break;
  case BM_K_reference_type: {
    t = new_type(l, BM_TR_REF, n);
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (is(c, BM_K_mutable_specifier)) t->mut = true;
      else if (is(c, BM_K_lifetime)) {
        Kids lk = kids(l, c);
        for (uint32_t j = 0; j < lk.n; j++)
          if (is(lk.nodes[j], BM_K_identifier)) t->lifetime = nsym(l, lk.nodes[j]);
      }
    }
    t->inner = lower_type(l, bm_child(n, BM_FLD_type));
    break;
  }
  case BM_K_pointer_type: {
    t = new_type(l, BM_TR_PTR, n);
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++)
      if (is(k.nodes[i], BM_K_mutable_specifier)) t->mut = true;
    t->inner = lower_type(l, bm_child(n, BM_FLD_type));
    break;
  }
  case BM_K_unit_type:
    t = new_type(l, BM_TR_TUPLE, n);
    break;
  case BM_K_tuple_type: {
    Kids k = kids(l, n);
    /* `(dyn Error + 'static)`: one element and no comma is a parenthesized
       type, which tree-sitter-rust 0.24 parses as a tuple type */
    uint32_t nelem = 0, ncomma = 0;
    TSNode only = {0};
    for (uint32_t i = 0; i < k.n; i++) {
      if (bm_kind(k.nodes[i]) == BM_T_COMMA) ncomma++;
      else if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) { nelem++; only = k.nodes[i]; }
    }
    if (nelem == 1 && ncomma == 0) {
      leave(l);
      return lower_type(l, only);
    }
    t = new_type(l, BM_TR_TUPLE, n);
    t->elems = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *t->elems);
    for (uint32_t i = 0; i < k.n; i++)
      if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i]))
        t->elems[t->nelems++] = lower_type(l, k.nodes[i]);
    break;
  }
  case BM_K_array_type: {
    TSNode len = bm_child(n, BM_FLD_length);
    t = new_type(l, ts_node_is_null(len) ? BM_TR_SLICE : BM_TR_ARRAY, n);
    t->inner = lower_type(l, bm_child(n, BM_FLD_element));
    if (!ts_node_is_null(len)) {
      t->len.kind = BM_GA_CONST;
      t->len.span = span(l, len);
      if (is(len, BM_K_integer_literal)) {
        uint32_t ln;
        const char *s = ntext(l, len, &ln);
        BmLit lit = {0};
        int_literal(s, ln, &lit);
        t->len.const_val = (int64_t)lit.lo;
        t->len.has_val = true;
      } else if (is(len, BM_K_identifier)) {
        /* a const or const parameter by name */
        t->len.name = nsym(l, len);
      }
    }
    break;
  }
  case BM_K_never_type:
    t = new_type(l, BM_TR_NEVER, n);
    break;
  case BM_K_function_type: {
    TSNode tr = bm_child(n, BM_FLD_trait);
    if (!ts_node_is_null(tr)) {
      /* Fn(A) -> B written as a type: a bare trait object (edition 2015) */
      t = new_type(l, BM_TR_ERROR, n);
      break;
    }
    t = new_type(l, BM_TR_FN, n);
    Kids own = kids(l, n);
    for (uint32_t i = 0; i < own.n; i++)
      if (is(own.nodes[i], BM_K_for_lifetimes)) t->higher_ranked = true;
    TSNode params = bm_child(n, BM_FLD_parameters);
    Kids k = kids(l, params);
    t->elems = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *t->elems);
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (!ts_node_is_named(c) || is_trivia(c)) continue;
      if (is(c, BM_K_parameter)) t->elems[t->nelems++] = lower_type(l, bm_child(c, BM_FLD_type));
      else if (!is(c, BM_K_attribute_item)) t->elems[t->nelems++] = lower_type(l, c);
    }
    t->ret = lower_type(l, bm_child(n, BM_FLD_return_type));
    break;
  }
  case BM_K_abstract_type: {
    t = new_type(l, BM_TR_IMPL, n);
    TSNode tr = bm_child(n, BM_FLD_trait);
    if (is(tr, BM_K_bounded_type)) {
      t->bounds = lower_bounds(l, tr, &t->nbounds);
    } else {
      t->bounds = bm_arena_alloc(A(l), sizeof *t->bounds);
      bound_from(l, tr, &t->bounds[0]);
      t->nbounds = 1;
    }
    /* impl for<'a> Fn(&'a T): the binder is the abstract type's child
       (tree-sitter-rust 0.24 parses it as type_parameters) */
    Kids own = kids(l, n);
    for (uint32_t i = 0; i < own.n; i++)
      if (is(own.nodes[i], BM_K_for_lifetimes) || is(own.nodes[i], BM_K_type_parameters))
        for (uint32_t b = 0; b < t->nbounds; b++) t->bounds[b].higher_ranked = true;
    add_impl_param(l, t);
    break;
  }
  case BM_K_dynamic_type: {
    t = new_type(l, BM_TR_DYN, n);
    TSNode tr = bm_child(n, BM_FLD_trait);
    t->bounds = bm_arena_alloc(A(l), sizeof *t->bounds);
    t->nbounds = 1;
    t->bounds[0].kind = BM_BOUND_TRAIT;
    t->bounds[0].span = span(l, tr);
    if (is(tr, BM_K_higher_ranked_trait_bound)) {
      t->bounds[0].higher_ranked = true;
      tr = bm_child(tr, BM_FLD_type);
    }
    if (is(tr, BM_K_function_type)) {
      t->kind = BM_TR_ERROR; /* dyn Fn(A) -> B: built below */
      TSNode trait = bm_child(tr, BM_FLD_trait);
      if (!ts_node_is_null(trait)) {
        t->kind = BM_TR_DYN;
        BmPath *p = lower_path(l, trait);
        if (p && p->nsegs) {
          BmPathSeg *s = &p->segs[p->nsegs - 1];
          s->paren_sugar = true;
          s->has_args = true;
          TSNode params = bm_child(tr, BM_FLD_parameters);
          Kids k = kids(l, params);
          s->args = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *s->args);
          for (uint32_t i = 0; i < k.n; i++) {
            TSNode c = k.nodes[i];
            if (!ts_node_is_named(c) || is_trivia(c)) continue;
            BmGenericArg *a = &s->args[s->nargs++];
            memset(a, 0, sizeof *a);
            a->kind = BM_GA_TYPE;
            a->expr = NONE;
            a->type = lower_type(l, is(c, BM_K_parameter) ? bm_child(c, BM_FLD_type) : c);
            a->span = span(l, c);
          }
          s->ret = lower_type(l, bm_child(tr, BM_FLD_return_type));
        }
        t->bounds[0].trait = p;
      }
    } else {
      t->bounds[0].trait = lower_path(l, tr);
    }
    break;
  }
  case BM_K_bounded_type: {
    /* `dyn A + B + 'c` parses as bounded_type(bounded_type(dynamic_type(A), B), 'c):
       flatten it; the dyn (or impl) leaf gives the kind */
    TSNode leaves[64];
    int nl = 0;
    TSNode stack[32];
    int top = 0;
    stack[top++] = n;
    while (top && nl < 64) {
      TSNode cur = stack[--top];
      Kids k = kids(l, cur);
      for (int i = (int)k.n - 1; i >= 0; i--) {
        TSNode c = k.nodes[i];
        if (!ts_node_is_named(c) || is_trivia(c) || is(c, BM_K_use_bounds)) continue;
        if (is(c, BM_K_bounded_type) && top < 32) stack[top++] = c;
        else if (nl < 64) leaves[nl++] = c;
      }
    }
    /* leaves were collected right to left */
    t = NULL;
    BmArray(BmBound) bs = {0};
    for (int i = nl - 1; i >= 0; i--) {
      TSNode c = leaves[i];
      if (!t && (is(c, BM_K_dynamic_type) || is(c, BM_K_abstract_type))) {
        t = lower_type(l, c);
        for (uint32_t b = 0; b < t->nbounds; b++) bm_array_push(A(l), &bs, t->bounds[b]);
        continue;
      }
      BmBound b;
      bound_from(l, c, &b);
      if (b.kind == BM_BOUND_LIFETIME || b.trait) bm_array_push(A(l), &bs, b);
    }
    if (!t) t = new_type(l, BM_TR_DYN, n); /* a bare `A + B` (edition 2015) */
    t->bounds = bs.items;
    t->nbounds = bs.len;
    t->span = span(l, n);
    if (t->impl_param && l->impl_generics && t->impl_param <= l->impl_generics->nparams) {
      /* `impl A + B` argument: the anonymous parameter has every bound */
      BmGenericParam *gp = &l->impl_generics->params[t->impl_param - 1];
      gp->bounds = bs.items;
      gp->nbounds = bs.len;
    }
    break;
  }
  case BM_K_macro_invocation:
  default:
    if (ts_node_is_named(n) || bm_kind(n) != BM_T_UNDERSCORE) {
      t = new_type(l, BM_TR_ERROR, n);
      if (bm_kind(n) == BM_K_macro_invocation) body_unsupported(l, t->span, "a macro in type position");
    } else {
      t = new_type(l, BM_TR_INFER, n);
    }
    break;
  }
  leave(l);
  return t;
}

/* ---- bounds and generics
 *
 * trait_bounds: `: A + B + 'a + ?Sized + for<'a> Fn(&'a T)`
 * type_parameters: <'a, T: Bound = Default, const N: usize>
 * where_clause: where T: A, 'a: 'b
 */

static void bound_from(Lower *l, TSNode c, BmBound *b) {
  memset(b, 0, sizeof *b);
  b->span = span(l, c);
  b->kind = BM_BOUND_TRAIT;
  if (is(c, BM_K_lifetime)) {
    b->kind = BM_BOUND_LIFETIME;
    Kids lk = kids(l, c);
    for (uint32_t j = 0; j < lk.n; j++)
      if (is(lk.nodes[j], BM_K_identifier)) b->lifetime = nsym(l, lk.nodes[j]);
    return;
  }
  if (is(c, BM_K_removed_trait_bound)) {
    b->maybe = true;
    Kids k = kids(l, c);
    for (uint32_t j = 0; j < k.n; j++)
      if (ts_node_is_named(k.nodes[j])) c = k.nodes[j];
  }
  if (is(c, BM_K_higher_ranked_trait_bound)) {
    b->higher_ranked = true;
    c = bm_child(c, BM_FLD_type);
  }
  if (is(c, BM_K_function_type)) {
    /* Fn(A, B) -> C */
    TSNode trait = bm_child(c, BM_FLD_trait);
    BmPath *p = lower_path(l, trait);
    if (p && p->nsegs) {
      BmPathSeg *s = &p->segs[p->nsegs - 1];
      s->paren_sugar = true;
      s->has_args = true;
      TSNode params = bm_child(c, BM_FLD_parameters);
      Kids k = kids(l, params);
      s->args = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *s->args);
      for (uint32_t i = 0; i < k.n; i++) {
        TSNode pc = k.nodes[i];
        if (!ts_node_is_named(pc) || is_trivia(pc)) continue;
        BmGenericArg *a = &s->args[s->nargs++];
        memset(a, 0, sizeof *a);
        a->kind = BM_GA_TYPE;
        a->expr = NONE;
        a->type = lower_type(l, is(pc, BM_K_parameter) ? bm_child(pc, BM_FLD_type) : pc);
        a->span = span(l, pc);
      }
      s->ret = lower_type(l, bm_child(c, BM_FLD_return_type));
    }
    b->trait = p;
    return;
  }
  if (is(c, BM_K_tuple_type) || is(c, BM_K_primitive_type) || is(c, BM_K_reference_type)) {
    b->trait = NULL; /* not a trait: nothing to bound by */
    return;
  }
  b->trait = lower_path(l, c);
}

static BmBound *lower_bounds(Lower *l, TSNode bounds, uint32_t *n) {
  *n = 0;
  if (ts_node_is_null(bounds)) return NULL;
  Kids k = kids(l, bounds);
  BmBound *bs = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *bs);
  for (uint32_t i = 0; i < k.n; i++) {
    TSNode c = k.nodes[i];
    if (!ts_node_is_named(c) || is_trivia(c) || is(c, BM_K_use_bounds)) continue;
    bound_from(l, c, &bs[*n]);
    (*n)++;
  }
  return bs;
}

static void lower_generics(Lower *l, TSNode tparams, TSNode where, BmGenerics *g) {
  memset(g, 0, sizeof *g);
  if (!ts_node_is_null(tparams)) {
    g->span = span(l, tparams);
    Kids k = kids(l, tparams);
    g->params = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *g->params);
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      BmGenericParam *p = &g->params[g->nparams];
      memset(p, 0, sizeof *p);
      p->span = span(l, c);
      switch (bm_kind(c)) {
      case BM_K_lifetime_parameter: {
        p->kind = BM_GP_LIFETIME;
        TSNode lt = bm_child(c, BM_FLD_name);
        Kids lk = kids(l, lt);
        for (uint32_t j = 0; j < lk.n; j++)
          if (is(lk.nodes[j], BM_K_identifier)) p->name = nsym(l, lk.nodes[j]);
        p->bounds = lower_bounds(l, bm_child(c, BM_FLD_bounds), &p->nbounds);
        break;
      }
      case BM_K_type_parameter:
        p->kind = BM_GP_TYPE;
        p->name = nsym(l, bm_child(c, BM_FLD_name));
        p->bounds = lower_bounds(l, bm_child(c, BM_FLD_bounds), &p->nbounds);
        p->default_type = lower_type(l, bm_child(c, BM_FLD_default_type));
        break;
      case BM_K_const_parameter:
        p->kind = BM_GP_CONST;
        p->name = nsym(l, bm_child(c, BM_FLD_name));
        p->const_type = lower_type(l, bm_child(c, BM_FLD_type));
        p->const_default = !ts_node_is_null(bm_child(c, BM_FLD_value));
        break;
      default:
        continue;
      }
      g->nparams++;
    }
  }
  if (!ts_node_is_null(where)) {
    Kids k = kids(l, where);
    g->preds = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *g->preds);
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (!is(c, BM_K_where_predicate)) continue;
      BmWherePred *w = &g->preds[g->npreds++];
      memset(w, 0, sizeof *w);
      w->span = span(l, c);
      TSNode left = bm_child(c, BM_FLD_left);
      if (is(left, BM_K_lifetime)) {
        Kids lk = kids(l, left);
        for (uint32_t j = 0; j < lk.n; j++)
          if (is(lk.nodes[j], BM_K_identifier)) w->lifetime = nsym(l, lk.nodes[j]);
      } else if (is(left, BM_K_higher_ranked_trait_bound)) {
        w->higher_ranked = true;
        w->lhs = lower_type(l, bm_child(left, BM_FLD_type));
      } else {
        w->lhs = lower_type(l, left);
      }
      w->bounds = lower_bounds(l, bm_child(c, BM_FLD_bounds), &w->nbounds);
    }
  }
}

/* The where_clause child of an item, if any (it is not a field). */
static TSNode where_of(Lower *l, TSNode item) {
  Kids k = kids(l, item);
  for (uint32_t i = 0; i < k.n; i++)
    if (is(k.nodes[i], BM_K_where_clause)) return k.nodes[i];
  TSNode none = {0};
  return none;
}

/* ---- patterns
 *
 * _pattern: identifier, `_`, mut_pattern, ref_pattern, captured_pattern (x @ p),
 * reference_pattern (&p), tuple_pattern, tuple_struct_pattern, struct_pattern,
 * slice_pattern, or_pattern, range_pattern, literals, negative_literal,
 * scoped_identifier (a path), remaining_field_pattern (..), macro_invocation
 */

static BmPatId bind_pat(Lower *l, TSNode name, BmRange sp, uint8_t mode, bool mut) {
  BmPatId p = new_pat(l, BM_PAT_BIND, sp);
  PT(l, p)->name = nsym(l, name);
  PT(l, p)->mode = mode;
  PT(l, p)->mut = mut;
  return p;
}

static void lit_pat(Lower *l, TSNode c, BmPat *p) {
  uint32_t len;
  const char *s = ntext(l, c, &len);
  switch (bm_kind(c)) {
  case BM_K_integer_literal: int_literal(s, len, &p->lit); break;
  case BM_K_float_literal: float_literal(s, len, &p->lit); break;
  case BM_K_boolean_literal:
    p->lit.kind = BM_LIT_BOOL;
    p->lit.lo = len == 4;
    break;
  case BM_K_char_literal: char_literal(l, c, &p->lit); break;
  case BM_K_string_literal:
  case BM_K_raw_string_literal: {
    StrValue v;
    if (!string_value(l, c, &v, &p->lit)) p->lit.kind = BM_LIT_STR;
    break;
  }
  default: break;
  }
}

static BmPatId lower_pat_list(Lower *l, TSNode n, uint32_t skip_field, BmPat *out_proto,
                              IdList *ids) {
  (void)skip_field;
  (void)out_proto;
  Kids k = kids(l, n);
  uint32_t rest = UINT32_MAX;
  for (uint32_t i = 0; i < k.n; i++) {
    TSNode c = k.nodes[i];
    /* `_` is an anonymous token in the grammar */
    bool wild = bm_kind(c) == BM_T_UNDERSCORE;
    if ((!ts_node_is_named(c) && !wild) || is_trivia(c) || k.fields[i] == BM_FLD_type) continue;
    if (is(c, BM_K_remaining_field_pattern)) rest = ids->len;
    bm_array_push(A(l), ids, lower_pat(l, c));
  }
  return rest;
}

static BmPatId lower_pat(Lower *l, TSNode n) {
  BmRange sp = span(l, n);
  if (!enter(l)) {
    BmPatId p = new_pat(l, BM_PAT_UNSUPPORTED, sp);
    PT(l, p)->why = too_deep;
    body_unsupported(l, sp, too_deep);
    return p;
  }
  BmPatId p;
  switch (bm_kind(n)) {
  case BM_K_identifier:
    p = bind_pat(l, n, sp, BM_BM_VALUE, false);
    break;
  case BM_K_mut_pattern: {
    Kids k = kids(l, n);
    TSNode inner = {0};
    for (uint32_t i = 0; i < k.n; i++)
      if (ts_node_is_named(k.nodes[i]) && !is(k.nodes[i], BM_K_mutable_specifier)) inner = k.nodes[i];
    if (is(inner, BM_K_identifier)) p = bind_pat(l, inner, sp, BM_BM_VALUE, true);
    else if (!ts_node_is_null(inner)) p = lower_pat(l, inner);
    else p = new_pat(l, BM_PAT_WILD, sp);
    break;
  }
  case BM_K_ref_pattern: {
    Kids k = kids(l, n);
    TSNode inner = {0};
    for (uint32_t i = 0; i < k.n; i++)
      if (ts_node_is_named(k.nodes[i])) inner = k.nodes[i];
    if (is(inner, BM_K_identifier)) {
      p = bind_pat(l, inner, sp, BM_BM_REF, false);
    } else if (is(inner, BM_K_mut_pattern)) {
      /* `ref mut x` */
      Kids mk = kids(l, inner);
      TSNode id = {0}, cap = {0};
      for (uint32_t i = 0; i < mk.n; i++) {
        if (is(mk.nodes[i], BM_K_identifier)) id = mk.nodes[i];
        if (is(mk.nodes[i], BM_K_captured_pattern)) cap = mk.nodes[i];
      }
      if (!ts_node_is_null(id)) {
        p = bind_pat(l, id, sp, BM_BM_REF_MUT, false);
      } else if (!ts_node_is_null(cap)) {
        /* `ref mut x @ pat` */
        p = lower_pat(l, cap);
        if (PT(l, p)->kind == BM_PAT_BIND) {
          PT(l, p)->mode = BM_BM_REF_MUT;
          PT(l, p)->span = sp;
        }
      } else {
        p = new_pat(l, BM_PAT_WILD, sp);
      }
    } else if (is(inner, BM_K_captured_pattern)) {
      /* `ref tail @ ..`, `ref x @ Some(_)`: a binding by reference */
      p = lower_pat(l, inner);
      if (PT(l, p)->kind == BM_PAT_BIND) {
        PT(l, p)->mode = BM_BM_REF;
        PT(l, p)->span = sp;
      }
    } else {
      p = new_pat(l, BM_PAT_UNSUPPORTED, sp);
      PT(l, p)->why = "this `ref` pattern";
      body_unsupported(l, sp, "this `ref` pattern");
    }
    break;
  }
  case BM_K_captured_pattern: {
    Kids k = kids(l, n);
    TSNode name = {0}, sub = {0};
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (!ts_node_is_named(c) || is_trivia(c)) continue;
      if (ts_node_is_null(name)) name = c;
      else sub = c;
    }
    /* the binding may itself be `mut x` or `ref x` */
    if (is(name, BM_K_identifier)) p = bind_pat(l, name, sp, BM_BM_VALUE, false);
    else p = lower_pat(l, name);
    if (PT(l, p)->kind == BM_PAT_BIND && !ts_node_is_null(sub)) {
      BmPatId s = lower_pat(l, sub);
      PT(l, p)->a = s;
    }
    break;
  }
  case BM_K_reference_pattern: {
    p = new_pat(l, BM_PAT_REF, sp);
    Kids k = kids(l, n);
    TSNode inner = {0};
    for (uint32_t i = 0; i < k.n; i++) {
      if (is(k.nodes[i], BM_K_mutable_specifier)) PT(l, p)->mut = true;
      else if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) inner = k.nodes[i];
    }
    BmPatId in = ts_node_is_null(inner) ? new_pat(l, BM_PAT_WILD, sp) : lower_pat(l, inner);
    PT(l, p)->a = in;
    break;
  }
  case BM_K_tuple_pattern: {
    /* `(1 | 7)`: one pattern and no comma is a parenthesized pattern,
       which tree-sitter-rust 0.24 parses as a tuple pattern */
    Kids k = kids(l, n);
    uint32_t nelem = 0, ncomma = 0;
    TSNode only = {0};
    for (uint32_t i = 0; i < k.n; i++) {
      if (bm_kind(k.nodes[i]) == BM_T_COMMA) ncomma++;
      else if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) { nelem++; only = k.nodes[i]; }
    }
    if (nelem == 1 && ncomma == 0 && !is(only, BM_K_remaining_field_pattern)) {
      leave(l);
      return lower_pat(l, only);
    }
    IdList ids = {0};
    uint32_t rest = lower_pat_list(l, n, BM_FLD_NONE, NULL, &ids);
    p = new_pat(l, BM_PAT_TUPLE, sp);
    commit_list(l, &ids, &PT(l, p)->list, &PT(l, p)->nlist);
    PT(l, p)->rest = rest;
    break;
  }
  case BM_K_tuple_struct_pattern: {
    IdList ids = {0};
    uint32_t rest = lower_pat_list(l, n, BM_FLD_type, NULL, &ids);
    BmPath *path = lower_path(l, bm_child(n, BM_FLD_type));
    p = new_pat(l, BM_PAT_TUPLE_STRUCT, sp);
    commit_list(l, &ids, &PT(l, p)->list, &PT(l, p)->nlist);
    PT(l, p)->rest = rest;
    PT(l, p)->path = path;
    break;
  }
  case BM_K_slice_pattern: {
    IdList ids = {0};
    lower_pat_list(l, n, BM_FLD_NONE, NULL, &ids);
    p = new_pat(l, BM_PAT_SLICE, sp);
    commit_list(l, &ids, &PT(l, p)->list, &PT(l, p)->nlist);
    break;
  }
  case BM_K_or_pattern: {
    /* a | b | c nests as or_pattern(or_pattern(a, b), c): flatten */
    IdList ids = {0};
    TSNode stack[64];
    int top = 0;
    stack[top++] = n;
    TSNode leaves[256];
    int nleaves = 0;
    while (top) {
      TSNode cur = stack[--top];
      Kids k = kids(l, cur);
      for (int i = (int)k.n - 1; i >= 0; i--) {
        TSNode c = k.nodes[i];
        if ((!ts_node_is_named(c) && bm_kind(c) != BM_T_UNDERSCORE) || is_trivia(c)) continue;
        if (is(c, BM_K_or_pattern)) {
          if (top < 64) stack[top++] = c;
          else nleaves = 256;
        } else if (nleaves < 256) {
          leaves[nleaves++] = c;
        }
      }
    }
    if (nleaves == 256 || top == 64) body_unsupported(l, sp, "an or-pattern this long");
    /* leaves were collected right to left */
    for (int i = nleaves - 1; i >= 0; i--) bm_array_push(A(l), &ids, lower_pat(l, leaves[i]));
    p = new_pat(l, BM_PAT_OR, sp);
    commit_list(l, &ids, &PT(l, p)->list, &PT(l, p)->nlist);
    break;
  }
  case BM_K_struct_pattern: {
    BmPath *path = lower_path(l, bm_child(n, BM_FLD_type));
    Kids k = kids(l, n);
    uint32_t first = l->body->field_pats.len;
    bool has_rest = false;
    /* field patterns are built before the struct pattern, so collect them */
    BmArray(BmFieldPat) fps = {0};
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (is(c, BM_K_remaining_field_pattern)) { has_rest = true; continue; }
      if (!is(c, BM_K_field_pattern)) continue;
      BmFieldPat fp;
      memset(&fp, 0, sizeof fp);
      fp.index = UINT32_MAX;
      TSNode name = bm_child(c, BM_FLD_name);
      TSNode sub = bm_child(c, BM_FLD_pattern);
      fp.span = span(l, name);
      uint32_t nl;
      const char *ns = ntext(l, name, &nl);
      if (nl && ns[0] >= '0' && ns[0] <= '9') {
        BmLit lit = {0};
        int_literal(ns, nl, &lit);
        fp.index = (uint32_t)lit.lo;
      }
      fp.name = nsym(l, name);
      if (ts_node_is_null(sub)) {
        /* shorthand: `x`, `mut x`, `ref x`, `ref mut x` */
        fp.shorthand = true;
        Kids fk = kids(l, c);
        bool has_ref = false, has_mut = false;
        for (uint32_t j = 0; j < fk.n; j++) {
          if (bm_kind(fk.nodes[j]) == BM_T_REF) has_ref = true;
          if (is(fk.nodes[j], BM_K_mutable_specifier)) has_mut = true;
        }
        uint8_t mode = has_ref ? (has_mut ? BM_BM_REF_MUT : BM_BM_REF) : BM_BM_VALUE;
        fp.pat = bind_pat(l, name, span(l, c), mode, has_mut && !has_ref);
      } else {
        fp.pat = lower_pat(l, sub);
      }
      bm_array_push(A(l), &fps, fp);
    }
    (void)first;
    p = new_pat(l, BM_PAT_STRUCT, sp);
    PT(l, p)->path = path;
    PT(l, p)->has_rest = has_rest;
    PT(l, p)->list = l->body->field_pats.len;
    PT(l, p)->nlist = fps.len;
    for (uint32_t i = 0; i < fps.len; i++) bm_array_push(A(l), &l->body->field_pats, fps.items[i]);
    break;
  }
  case BM_K_range_pattern: {
    p = new_pat(l, BM_PAT_RANGE, sp);
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++)
      if (bm_kind(k.nodes[i]) == BM_T_DOTDOTEQ || bm_kind(k.nodes[i]) == BM_T_DOTDOTDOT)
        PT(l, p)->inclusive = true;
    TSNode left = bm_child(n, BM_FLD_left), right = bm_child(n, BM_FLD_right);
    BmPatId a = ts_node_is_null(left) ? NONE : lower_pat(l, left);
    BmPatId b = ts_node_is_null(right) ? NONE : lower_pat(l, right);
    PT(l, p)->a = a;
    PT(l, p)->b = b;
    break;
  }
  case BM_K_integer_literal:
  case BM_K_float_literal:
  case BM_K_boolean_literal:
  case BM_K_char_literal:
  case BM_K_string_literal:
  case BM_K_raw_string_literal:
    p = new_pat(l, BM_PAT_LIT, sp);
    lit_pat(l, n, PT(l, p));
    break;
  case BM_K_negative_literal: {
    p = new_pat(l, BM_PAT_LIT, sp);
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++)
      if (ts_node_is_named(k.nodes[i])) lit_pat(l, k.nodes[i], PT(l, p));
    PT(l, p)->lit_neg = true;
    break;
  }
  case BM_K_scoped_identifier:
  case BM_K_generic_pattern: {
    BmPath *path = lower_path(l, n);
    p = new_pat(l, BM_PAT_PATH, sp);
    PT(l, p)->path = path;
    break;
  }
  case BM_K_remaining_field_pattern:
    p = new_pat(l, BM_PAT_REST, sp);
    break;
  case BM_K_self:
    p = bind_pat(l, n, sp, BM_BM_VALUE, false);
    break;
  default:
    if (bm_kind(n) == BM_T_UNDERSCORE) {
      p = new_pat(l, BM_PAT_WILD, sp);
    } else {
      p = new_pat(l, BM_PAT_UNSUPPORTED, sp);
      const char *why = is(n, BM_K_macro_invocation) ? "a macro in pattern position"
                                                     : "this pattern";
      PT(l, p)->why = why;
      body_unsupported(l, sp, why);
    }
    break;
  }
  leave(l);
  return p;
}

/* ---- expressions */

/* The label of a block or loop: written first (`'a: loop {`), so only the
 * first child is looked at (a block of 50,000 statements is not walked). */
static BmSym label_of(Lower *l, TSNode n) {
  if (ts_node_child_count(n) == 0) return 0;
  TSNode first = ts_node_child(n, 0);
  if (!is(first, BM_K_label)) return 0;
  Kids lk = kids(l, first);
  for (uint32_t j = 0; j < lk.n; j++)
    if (is(lk.nodes[j], BM_K_identifier)) return nsym(l, lk.nodes[j]);
  return 0;
}

static BmExprId lower_args(Lower *l, TSNode args, uint32_t *list, uint32_t *nlist) {
  IdList ids = {0};
  Kids k = kids(l, args);
  for (uint32_t i = 0; i < k.n; i++) {
    TSNode c = k.nodes[i];
    if (!ts_node_is_named(c) || is_trivia(c) || is(c, BM_K_attribute_item)) continue;
    bm_array_push(A(l), &ids, lower_expr(l, c));
  }
  commit_list(l, &ids, list, nlist);
  return NONE;
}

static uint8_t binop_of(BmKind k) {
  switch (k) {
  case BM_T_PLUS: case BM_T_PLUS_EQ: return BM_BIN_ADD;
  case BM_T_MINUS: case BM_T_MINUS_EQ: return BM_BIN_SUB;
  case BM_T_STAR: case BM_T_STAR_EQ: return BM_BIN_MUL;
  case BM_T_SLASH: case BM_T_SLASH_EQ: return BM_BIN_DIV;
  case BM_T_PERCENT: case BM_T_PERCENT_EQ: return BM_BIN_REM;
  case BM_T_AMPAMP: return BM_BIN_AND;
  case BM_T_PIPEPIPE: return BM_BIN_OR;
  case BM_T_AMP: case BM_T_AMP_EQ: return BM_BIN_BITAND;
  case BM_T_PIPE: case BM_T_PIPE_EQ: return BM_BIN_BITOR;
  case BM_T_CARET: case BM_T_CARET_EQ: return BM_BIN_BITXOR;
  case BM_T_SHL: case BM_T_SHL_EQ: return BM_BIN_SHL;
  case BM_T_SHR: case BM_T_SHR_EQ: return BM_BIN_SHR;
  case BM_T_EQEQ: return BM_BIN_EQ;
  case BM_T_NE: return BM_BIN_NE;
  case BM_T_LT: return BM_BIN_LT;
  case BM_T_LE: return BM_BIN_LE;
  case BM_T_GT: return BM_BIN_GT;
  case BM_T_GE: return BM_BIN_GE;
  default: return 0xFF;
  }
}

/* The condition of an if / while: an expression, `let p = e`, or a let
 * chain `let p = e && c && let q = f` (a tree of && with LET leaves). */
static BmExprId lower_cond(Lower *l, TSNode n) {
  if (is(n, BM_K_let_condition)) {
    BmPatId p = lower_pat(l, bm_child(n, BM_FLD_pattern));
    BmExprId v = lower_expr(l, bm_child(n, BM_FLD_value));
    BmExprId e = new_expr(l, BM_EX_LET, span(l, n));
    EX(l, e)->pat = p;
    EX(l, e)->a = v;
    return e;
  }
  if (is(n, BM_K_let_chain)) {
    Kids k = kids(l, n);
    BmExprId acc = NONE;
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (!ts_node_is_named(c) || is_trivia(c)) continue;
      BmExprId x = lower_cond(l, c);
      if (acc == NONE) {
        acc = x;
      } else {
        BmRange sp = {EX(l, acc)->span.start, EX(l, x)->span.end};
        BmExprId b = new_expr(l, BM_EX_BINARY, sp);
        EX(l, b)->op = BM_BIN_AND;
        EX(l, b)->a = acc;
        EX(l, b)->b = x;
        acc = b;
      }
    }
    return acc == NONE ? new_expr(l, BM_EX_MISSING, span(l, n)) : acc;
  }
  return lower_expr(l, n);
}

static BmExprId lower_closure_tail(Lower *l, TSNode n, TSNode range, TSNode hi, bool inclusive);

static BmExprId lower_closure(Lower *l, TSNode n) { return lower_closure_tail(l, n, (TSNode){0}, (TSNode){0}, false); }

/* A closure; with `range` not null, the closure was the start of that
 * range_expression and the range is its body: `|x| (x * 100)..(x * 110)`
 * is a closure returning a range in Rust, but tree-sitter-rust 0.24 parses
 * it as a range starting with a closure. */
static BmExprId lower_closure_tail(Lower *l, TSNode n, TSNode range, TSNode hi, bool inclusive) {
  BmClosure c;
  memset(&c, 0, sizeof c);
  c.span = span(l, ts_node_is_null(range) ? n : range);
  Kids k = kids(l, n);
  for (uint32_t i = 0; i < k.n; i++) {
    if (bm_kind(k.nodes[i]) == BM_T_MOVE) c.is_move = true;
    if (bm_kind(k.nodes[i]) == BM_T_ASYNC) c.is_async = true;
  }
  TSNode params = bm_child(n, BM_FLD_parameters);
  c.head = span(l, params);
  BmArray(BmClosureParam) ps = {0};
  Kids pk = kids(l, params);
  for (uint32_t i = 0; i < pk.n; i++) {
    TSNode p = pk.nodes[i];
    if ((!ts_node_is_named(p) && bm_kind(p) != BM_T_UNDERSCORE) || is_trivia(p)) continue;
    BmClosureParam cp = {NONE, NULL};
    if (is(p, BM_K_parameter)) {
      cp.pat = lower_pat(l, bm_child(p, BM_FLD_pattern));
      cp.type = lower_type(l, bm_child(p, BM_FLD_type));
    } else {
      cp.pat = lower_pat(l, p);
    }
    bm_array_push(A(l), &ps, cp);
  }
  c.ret = lower_type(l, bm_child(n, BM_FLD_return_type));
  TSNode body = bm_child(n, BM_FLD_body);
  if (!ts_node_is_null(range) && is(body, BM_K_range_expression)) {
    /* the call form above: the body is `(a)..`, whose start is the range's */
    Kids bk = kids(l, body);
    for (uint32_t i = 0; i < bk.n; i++)
      if (ts_node_is_named(bk.nodes[i]) && !is_trivia(bk.nodes[i])) { body = bk.nodes[i]; break; }
  }
  c.body = ts_node_is_null(body) ? new_expr(l, BM_EX_MISSING, c.span) : lower_expr(l, body);
  if (!ts_node_is_null(range)) {
    BmRange rs = {span(l, body).start, span(l, range).end};
    BmExprId r = new_expr(l, BM_EX_RANGE, rs);
    EX(l, r)->a = c.body;
    EX(l, r)->b = ts_node_is_null(hi) ? NONE : lower_expr(l, hi);
    EX(l, r)->inclusive = inclusive;
    c.body = r;
  }
  c.params = l->body->closure_params.len;
  c.nparams = ps.len;
  for (uint32_t i = 0; i < ps.len; i++) bm_array_push(A(l), &l->body->closure_params, ps.items[i]);
  bm_array_push(A(l), &l->body->closures, c);
  BmExprId e = new_expr(l, BM_EX_CLOSURE, c.span);
  EX(l, e)->index = l->body->closures.len - 1;
  if (c.is_async) unsupported_expr(l, c.span, "async closures");
  return e;
}

static BmExprId lower_struct_expr(Lower *l, TSNode n) {
  BmPath *path = lower_path(l, bm_child(n, BM_FLD_name));
  TSNode body = bm_child(n, BM_FLD_body);
  Kids k = kids(l, body);
  BmArray(BmFieldInit) fis = {0};
  BmExprId base = NONE;
  for (uint32_t i = 0; i < k.n; i++) {
    TSNode c = k.nodes[i];
    BmFieldInit fi;
    memset(&fi, 0, sizeof fi);
    fi.index = UINT32_MAX;
    fi.value = NONE;
    switch (bm_kind(c)) {
    case BM_K_field_initializer: {
      TSNode name = bm_child(c, BM_FLD_field);
      fi.span = span(l, name);
      uint32_t nl;
      const char *ns = ntext(l, name, &nl);
      if (nl && ns[0] >= '0' && ns[0] <= '9') {
        BmLit lit = {0};
        int_literal(ns, nl, &lit);
        fi.index = (uint32_t)lit.lo;
      }
      fi.name = nsym(l, name);
      fi.value = lower_expr(l, bm_child(c, BM_FLD_value));
      bm_array_push(A(l), &fis, fi);
      break;
    }
    case BM_K_shorthand_field_initializer: {
      Kids sk = kids(l, c);
      for (uint32_t j = 0; j < sk.n; j++) {
        if (!is(sk.nodes[j], BM_K_identifier)) continue;
        fi.name = nsym(l, sk.nodes[j]);
        fi.span = span(l, sk.nodes[j]);
        fi.shorthand = true;
        fi.value = lower_expr(l, sk.nodes[j]);
      }
      if (fi.value != NONE) bm_array_push(A(l), &fis, fi);
      break;
    }
    case BM_K_base_field_initializer: {
      Kids bk = kids(l, c);
      for (uint32_t j = 0; j < bk.n; j++)
        if (ts_node_is_named(bk.nodes[j]) && !is_trivia(bk.nodes[j])) base = lower_expr(l, bk.nodes[j]);
      break;
    }
    default:
      break;
    }
  }
  BmExprId e = new_expr(l, BM_EX_STRUCT, span(l, n));
  EX(l, e)->path = path;
  EX(l, e)->a = base;
  EX(l, e)->list = l->body->field_inits.len;
  EX(l, e)->nlist = fis.len;
  for (uint32_t i = 0; i < fis.len; i++) bm_array_push(A(l), &l->body->field_inits, fis.items[i]);
  return e;
}

static BmExprId lower_literal(Lower *l, TSNode n) {
  BmExprId e = new_expr(l, BM_EX_LIT, span(l, n));
  BmLit lit;
  memset(&lit, 0, sizeof lit);
  uint32_t len;
  const char *s = ntext(l, n, &len);
  switch (bm_kind(n)) {
  case BM_K_integer_literal: int_literal(s, len, &lit); break;
  case BM_K_float_literal: float_literal(s, len, &lit); break;
  case BM_K_boolean_literal: lit.kind = BM_LIT_BOOL; lit.lo = len == 4; break;
  case BM_K_char_literal: char_literal(l, n, &lit); break;
  default: {
    StrValue v;
    if (!string_value(l, n, &v, &lit)) {
      lit.kind = BM_LIT_STR;
      lit.str = "";
    }
    break;
  }
  }
  EX(l, e)->lit = lit;
  return e;
}

static BmExprId lower_macro_call(Lower *l, TSNode n, const BmMacroCall *mc);

static BmExprId lower_expr_inner(Lower *l, TSNode n) {
  BmRange sp = span(l, n);
  /* in the macros tree, a call or an array may stand for a nested macro */
  if (l->b->macros && (is(n, BM_K_call_expression) || is(n, BM_K_array_expression)) &&
      !ts_node_eq(n, l->macro_array)) {
    const BmMacroCall *mc = bm_macro_call(l->b->macros, n);
    if (mc && !ts_node_is_null(mc->args)) return lower_macro_call(l, n, mc);
  }
  switch (bm_kind(n)) {
  case BM_K_integer_literal:
  case BM_K_float_literal:
  case BM_K_boolean_literal:
  case BM_K_char_literal:
  case BM_K_string_literal:
  case BM_K_raw_string_literal:
    return lower_literal(l, n);
  case BM_K_identifier:
  case BM_K_self:
  case BM_K_scoped_identifier:
  case BM_K_generic_function:
  case BM_K_super:
  case BM_K_crate: {
    BmPath *p = lower_path(l, n);
    BmExprId e = new_expr(l, BM_EX_PATH, sp);
    EX(l, e)->path = p;
    return e;
  }
  case BM_K_parenthesized_expression: {
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++)
      if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) return lower_expr(l, k.nodes[i]);
    return new_expr(l, BM_EX_MISSING, sp);
  }
  case BM_K_field_expression: {
    BmExprId base = lower_expr(l, bm_child(n, BM_FLD_value));
    TSNode f = bm_child(n, BM_FLD_field);
    BmExprId e = new_expr(l, BM_EX_FIELD, sp);
    EX(l, e)->a = base;
    EX(l, e)->name = nsym(l, f);
    EX(l, e)->name_span = span(l, f);
    if (is(f, BM_K_integer_literal)) {
      uint32_t len;
      const char *s = ntext(l, f, &len);
      BmLit lit = {0};
      int_literal(s, len, &lit);
      EX(l, e)->field_index = (uint32_t)lit.lo;
    }
    return e;
  }
  case BM_K_call_expression: {
    TSNode f = bm_child(n, BM_FLD_function);
    TSNode args = bm_child(n, BM_FLD_arguments);
    /* `|x| (a)..(b)` parsed as the closure `|x| (a)..` called with `(b)`:
       in Rust the closure's body is the range `(a)..(b)` */
    if (is(f, BM_K_closure_expression)) {
      TSNode body = bm_child(f, BM_FLD_body);
      Kids bk = kids(l, body), ak = kids(l, args);
      uint32_t named = 0, nargs = 0;
      TSNode arg = {0};
      bool open_end = is(body, BM_K_range_expression) && bk.n >= 2 &&
                      (bm_kind(bk.nodes[bk.n - 1]) == BM_T_DOTDOT || bm_kind(bk.nodes[bk.n - 1]) == BM_T_DOTDOTEQ);
      for (uint32_t i = 0; i < bk.n; i++) named += ts_node_is_named(bk.nodes[i]) && !is_trivia(bk.nodes[i]);
      for (uint32_t i = 0; i < ak.n; i++)
        if (ts_node_is_named(ak.nodes[i]) && !is_trivia(ak.nodes[i])) { nargs++; arg = ak.nodes[i]; }
      if (open_end && named == 1 && nargs == 1 && bm_kind(ak.nodes[0]) == BM_T_LPAREN)
        return lower_closure_tail(l, f, n, arg, bm_kind(bk.nodes[bk.n - 1]) == BM_T_DOTDOTEQ);
    }
    TSNode turbofish = {0};
    if (is(f, BM_K_generic_function) && is(bm_child(f, BM_FLD_function), BM_K_field_expression)) {
      turbofish = bm_child(f, BM_FLD_type_arguments);
      f = bm_child(f, BM_FLD_function);
    }
    if (is(f, BM_K_field_expression)) {
      /* a method call: recv.name(args) */
      BmExprId recv = lower_expr(l, bm_child(f, BM_FLD_value));
      TSNode name = bm_child(f, BM_FLD_field);
      BmPath *tf = NULL;
      if (!ts_node_is_null(turbofish)) {
        tf = bm_arena_alloc(A(l), sizeof *tf);
        tf->segs = bm_arena_alloc(A(l), sizeof *tf->segs);
        tf->nsegs = 1;
        tf->segs[0].name = nsym(l, name);
        tf->segs[0].span = span(l, name);
        tf->segs[0].args = lower_type_args(l, turbofish, &tf->segs[0].nargs);
        tf->segs[0].has_args = true;
        tf->span = span(l, turbofish);
      }
      uint32_t list, nlist;
      lower_args(l, args, &list, &nlist);
      BmExprId e = new_expr(l, BM_EX_METHOD, sp);
      EX(l, e)->a = recv;
      EX(l, e)->name = nsym(l, name);
      EX(l, e)->path = tf;
      EX(l, e)->list = list;
      EX(l, e)->nlist = nlist;
      EX(l, e)->name_span = span(l, name);
      return e;
    }
    BmExprId callee = lower_expr(l, f);
    uint32_t list, nlist;
    lower_args(l, args, &list, &nlist);
    BmExprId e = new_expr(l, BM_EX_CALL, sp);
    EX(l, e)->a = callee;
    EX(l, e)->list = list;
    EX(l, e)->nlist = nlist;
    return e;
  }
  case BM_K_index_expression: {
    Kids k = kids(l, n);
    BmExprId parts[2] = {NONE, NONE};
    int np = 0;
    for (uint32_t i = 0; i < k.n && np < 2; i++)
      if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) parts[np++] = lower_expr(l, k.nodes[i]);
    BmExprId e = new_expr(l, BM_EX_INDEX, sp);
    EX(l, e)->a = parts[0];
    EX(l, e)->b = parts[1];
    if (np < 2) return unsupported_expr(l, sp, "this index expression");
    return e;
  }
  case BM_K_unary_expression: {
    Kids k = kids(l, n);
    uint8_t op = BM_UN_NEG;
    BmExprId a = NONE;
    for (uint32_t i = 0; i < k.n; i++) {
      BmKind kk = bm_kind(k.nodes[i]);
      if (kk == BM_T_STAR) op = BM_UN_DEREF;
      else if (kk == BM_T_BANG) op = BM_UN_NOT;
      else if (kk == BM_T_MINUS) op = BM_UN_NEG;
      else if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) a = lower_expr(l, k.nodes[i]);
    }
    BmExprId e = new_expr(l, BM_EX_UNARY, sp);
    EX(l, e)->op = op;
    EX(l, e)->a = a;
    if (a == NONE) return unsupported_expr(l, sp, "this unary expression");
    return e;
  }
  case BM_K_reference_expression: {
    Kids k = kids(l, n);
    bool mut = false;
    for (uint32_t i = 0; i < k.n; i++) {
      if (is(k.nodes[i], BM_K_mutable_specifier)) mut = true;
      if (bm_kind(k.nodes[i]) == BM_T_RAW) return unsupported_expr(l, sp, "raw borrows (`&raw`)");
    }
    BmExprId a = lower_expr(l, bm_child(n, BM_FLD_value));
    BmExprId e = new_expr(l, BM_EX_REF, sp);
    EX(l, e)->mut = mut;
    EX(l, e)->a = a;
    return e;
  }
  case BM_K_binary_expression: {
    BmExprId a = lower_expr(l, bm_child(n, BM_FLD_left));
    BmExprId b = lower_expr(l, bm_child(n, BM_FLD_right));
    BmExprId e = new_expr(l, BM_EX_BINARY, sp);
    EX(l, e)->a = a;
    EX(l, e)->b = b;
    EX(l, e)->op = binop_of(bm_kind(bm_child(n, BM_FLD_operator)));
    EX(l, e)->name_span = span(l, bm_child(n, BM_FLD_operator));
    if (EX(l, e)->op == 0xFF) return unsupported_expr(l, sp, "this operator");
    return e;
  }
  case BM_K_assignment_expression: {
    BmExprId a = lower_expr(l, bm_child(n, BM_FLD_left));
    BmExprId b = lower_expr(l, bm_child(n, BM_FLD_right));
    BmExprId e = new_expr(l, BM_EX_ASSIGN, sp);
    EX(l, e)->a = a;
    EX(l, e)->b = b;
    return e;
  }
  case BM_K_compound_assignment_expr: {
    BmExprId a = lower_expr(l, bm_child(n, BM_FLD_left));
    BmExprId b = lower_expr(l, bm_child(n, BM_FLD_right));
    BmExprId e = new_expr(l, BM_EX_COMPOUND, sp);
    EX(l, e)->a = a;
    EX(l, e)->b = b;
    EX(l, e)->op = binop_of(bm_kind(bm_child(n, BM_FLD_operator)));
    EX(l, e)->name_span = span(l, bm_child(n, BM_FLD_operator));
    if (EX(l, e)->op == 0xFF) return unsupported_expr(l, sp, "this operator");
    return e;
  }
  case BM_K_type_cast_expression: {
    BmExprId a = lower_expr(l, bm_child(n, BM_FLD_value));
    BmTypeRef *t = lower_type(l, bm_child(n, BM_FLD_type));
    BmExprId e = new_expr(l, BM_EX_CAST, sp);
    EX(l, e)->a = a;
    EX(l, e)->type = t;
    return e;
  }
  case BM_K_block:
    return lower_block(l, n);
  case BM_K_unsafe_block:
  case BM_K_const_block: {
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++) {
      if (is(k.nodes[i], BM_K_block)) {
        BmExprId b = lower_block(l, k.nodes[i]);
        if (is(n, BM_K_const_block)) return b;
        BmExprId e = new_expr(l, BM_EX_UNSAFE, sp);
        EX(l, e)->a = b;
        return e;
      }
    }
    return new_expr(l, BM_EX_MISSING, sp);
  }
  case BM_K_async_block:
  case BM_K_gen_block:
  case BM_K_try_block:
  case BM_K_await_expression:
  case BM_K_yield_expression:
    return unsupported_expr(l, sp, is(n, BM_K_try_block) ? "`try` blocks" : "async code");
  case BM_K_if_expression: {
    BmExprId c = lower_cond(l, bm_child(n, BM_FLD_condition));
    BmExprId t = lower_expr(l, bm_child(n, BM_FLD_consequence));
    BmExprId f = NONE;
    TSNode alt = bm_child(n, BM_FLD_alternative);
    if (!ts_node_is_null(alt)) {
      Kids k = kids(l, alt);
      for (uint32_t i = 0; i < k.n; i++)
        if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) f = lower_expr(l, k.nodes[i]);
    }
    BmExprId e = new_expr(l, BM_EX_IF, sp);
    EX(l, e)->a = c;
    EX(l, e)->b = t;
    EX(l, e)->c = f;
    return e;
  }
  case BM_K_match_expression: {
    BmExprId scrut = lower_expr(l, bm_child(n, BM_FLD_value));
    TSNode block = bm_child(n, BM_FLD_body);
    Kids k = kids(l, block);
    BmArray(BmArm) arms = {0};
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (!is(c, BM_K_match_arm)) continue;
      BmArm arm = {NONE, NONE, NONE, span(l, c)};
      TSNode mp = bm_child(c, BM_FLD_pattern);
      Kids mk = kids(l, mp);
      for (uint32_t j = 0; j < mk.n; j++) {
        TSNode pc = mk.nodes[j];
        if (!ts_node_is_named(pc) || is_trivia(pc)) continue;
        if (mk.fields[j] == BM_FLD_condition) arm.guard = lower_cond(l, pc);
        else if (arm.pat == NONE) arm.pat = lower_pat(l, pc);
      }
      if (arm.pat == NONE) {
        /* `_ =>` is the anonymous `_` token */
        for (uint32_t j = 0; j < mk.n; j++)
          if (bm_kind(mk.nodes[j]) == BM_T_UNDERSCORE) arm.pat = new_pat(l, BM_PAT_WILD, span(l, mk.nodes[j]));
        if (arm.pat == NONE) arm.pat = new_pat(l, BM_PAT_WILD, span(l, mp));
      }
      TSNode v = bm_child(c, BM_FLD_value);
      arm.body = ts_node_is_null(v) ? new_expr(l, BM_EX_MISSING, arm.span) : lower_expr(l, v);
      bm_array_push(A(l), &arms, arm);
    }
    BmExprId e = new_expr(l, BM_EX_MATCH, sp);
    EX(l, e)->a = scrut;
    EX(l, e)->list = l->body->arms.len;
    EX(l, e)->nlist = arms.len;
    for (uint32_t i = 0; i < arms.len; i++) bm_array_push(A(l), &l->body->arms, arms.items[i]);
    return e;
  }
  case BM_K_loop_expression: {
    BmExprId b = lower_expr(l, bm_child(n, BM_FLD_body));
    BmExprId e = new_expr(l, BM_EX_LOOP, sp);
    EX(l, e)->a = b;
    EX(l, e)->name = label_of(l, n);
    return e;
  }
  case BM_K_while_expression: {
    BmExprId c = lower_cond(l, bm_child(n, BM_FLD_condition));
    BmExprId b = lower_expr(l, bm_child(n, BM_FLD_body));
    BmExprId e = new_expr(l, BM_EX_WHILE, sp);
    EX(l, e)->a = c;
    EX(l, e)->b = b;
    EX(l, e)->name = label_of(l, n);
    return e;
  }
  case BM_K_for_expression: {
    BmPatId p = lower_pat(l, bm_child(n, BM_FLD_pattern));
    BmExprId it = lower_expr(l, bm_child(n, BM_FLD_value));
    BmExprId b = lower_expr(l, bm_child(n, BM_FLD_body));
    BmExprId e = new_expr(l, BM_EX_FOR, sp);
    EX(l, e)->pat = p;
    EX(l, e)->a = it;
    EX(l, e)->b = b;
    EX(l, e)->name = label_of(l, n);
    return e;
  }
  case BM_K_break_expression: {
    Kids k = kids(l, n);
    BmExprId v = NONE;
    BmSym label = 0;
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (is(c, BM_K_label)) {
        Kids lk = kids(l, c);
        for (uint32_t j = 0; j < lk.n; j++)
          if (is(lk.nodes[j], BM_K_identifier)) label = nsym(l, lk.nodes[j]);
      } else if (ts_node_is_named(c) && !is_trivia(c)) {
        v = lower_expr(l, c);
      }
    }
    BmExprId e = new_expr(l, BM_EX_BREAK, sp);
    EX(l, e)->a = v;
    EX(l, e)->name = label;
    return e;
  }
  case BM_K_continue_expression: {
    BmExprId e = new_expr(l, BM_EX_CONTINUE, sp);
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++) {
      if (!is(k.nodes[i], BM_K_label)) continue;
      Kids lk = kids(l, k.nodes[i]);
      for (uint32_t j = 0; j < lk.n; j++)
        if (is(lk.nodes[j], BM_K_identifier)) EX(l, e)->name = nsym(l, lk.nodes[j]);
    }
    return e;
  }
  case BM_K_return_expression: {
    Kids k = kids(l, n);
    BmExprId v = NONE;
    for (uint32_t i = 0; i < k.n; i++)
      if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) v = lower_expr(l, k.nodes[i]);
    BmExprId e = new_expr(l, BM_EX_RETURN, sp);
    EX(l, e)->a = v;
    return e;
  }
  case BM_K_closure_expression:
    return lower_closure(l, n);
  case BM_K_unit_expression:
    return new_expr(l, BM_EX_TUPLE, sp);
  case BM_K_tuple_expression: {
    IdList ids = {0};
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (!ts_node_is_named(c) || is_trivia(c) || is(c, BM_K_attribute_item)) continue;
      bm_array_push(A(l), &ids, lower_expr(l, c));
    }
    BmExprId e = new_expr(l, BM_EX_TUPLE, sp);
    commit_list(l, &ids, &EX(l, e)->list, &EX(l, e)->nlist);
    return e;
  }
  case BM_K_array_expression: {
    TSNode len = bm_child(n, BM_FLD_length);
    Kids k = kids(l, n);
    if (!ts_node_is_null(len)) {
      BmExprId elem = NONE;
      for (uint32_t i = 0; i < k.n; i++) {
        TSNode c = k.nodes[i];
        if (!ts_node_is_named(c) || is_trivia(c) || k.fields[i] == BM_FLD_length) continue;
        if (elem == NONE) elem = lower_expr(l, c);
      }
      BmExprId ln = lower_expr(l, len);
      BmExprId e = new_expr(l, BM_EX_REPEAT, sp);
      EX(l, e)->a = elem == NONE ? new_expr(l, BM_EX_MISSING, sp) : elem;
      EX(l, e)->b = ln;
      return e;
    }
    IdList ids = {0};
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (!ts_node_is_named(c) || is_trivia(c) || is(c, BM_K_attribute_item)) continue;
      bm_array_push(A(l), &ids, lower_expr(l, c));
    }
    BmExprId e = new_expr(l, BM_EX_ARRAY, sp);
    commit_list(l, &ids, &EX(l, e)->list, &EX(l, e)->nlist);
    return e;
  }
  case BM_K_struct_expression:
    return lower_struct_expr(l, n);
  case BM_K_range_expression: {
    Kids k = kids(l, n);
    BmExprId lo = NONE, hi = NONE;
    bool seen_op = false, inclusive = false;
    TSNode lo_node = {0}, hi_node = {0};
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      BmKind kk = bm_kind(c);
      if (kk == BM_T_DOTDOT || kk == BM_T_DOTDOTEQ || kk == BM_T_DOTDOTDOT) {
        seen_op = true;
        inclusive = kk != BM_T_DOTDOT;
      } else if (ts_node_is_named(c) && !is_trivia(c)) {
        if (!seen_op) lo_node = c;
        else hi_node = c;
      }
    }
    /* `|x| a..b`: the closure's body is the range */
    if (is(lo_node, BM_K_closure_expression) && !is(bm_child(lo_node, BM_FLD_body), BM_K_block))
      return lower_closure_tail(l, lo_node, n, hi_node, inclusive);
    if (!ts_node_is_null(lo_node)) lo = lower_expr(l, lo_node);
    if (!ts_node_is_null(hi_node)) hi = lower_expr(l, hi_node);
    BmExprId e = new_expr(l, BM_EX_RANGE, sp);
    EX(l, e)->a = lo;
    EX(l, e)->b = hi;
    EX(l, e)->inclusive = inclusive;
    return e;
  }
  case BM_K_try_expression: {
    Kids k = kids(l, n);
    BmExprId a = NONE;
    for (uint32_t i = 0; i < k.n; i++)
      if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) a = lower_expr(l, k.nodes[i]);
    BmExprId e = new_expr(l, BM_EX_TRY, sp);
    EX(l, e)->a = a;
    return e;
  }
  case BM_K_macro_invocation:
    return lower_macro(l, n);
  case BM_K_expression_statement: {
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++)
      if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i])) return lower_expr(l, k.nodes[i]);
    return new_expr(l, BM_EX_MISSING, sp);
  }
  default:
    return unsupported_expr(l, sp, "this expression");
  }
}

static BmExprId lower_expr(Lower *l, TSNode n) {
  if (ts_node_is_null(n)) return new_expr(l, BM_EX_MISSING, (BmRange){0, 0});
  if (!enter(l)) return unsupported_expr(l, span(l, n), too_deep);
  l->b->work++;
  BmExprId e = lower_expr_inner(l, n);
  leave(l);
  return e;
}

/* ---- blocks and statements
 *
 * block: { statements... tail? }, with an optional label ('a: { ... }).
 * A statement is a let_declaration, an expression_statement, an item or `;`.
 * The last child is the tail when it is an expression (a block-like
 * expression statement without `;` at the end is the tail too).
 */

static bool is_item_kind(BmKind k) {
  switch (k) {
  case BM_K_function_item: case BM_K_function_signature_item: case BM_K_struct_item:
  case BM_K_enum_item: case BM_K_union_item: case BM_K_trait_item: case BM_K_impl_item:
  case BM_K_mod_item: case BM_K_use_declaration: case BM_K_const_item: case BM_K_static_item:
  case BM_K_type_item: case BM_K_macro_definition: case BM_K_extern_crate_declaration:
  case BM_K_foreign_mod_item:
    return true;
  default:
    return false;
  }
}

static bool has_semicolon(Lower *l, TSNode stmt) {
  uint32_t n = ts_node_child_count(stmt);
  return n && bm_kind(ts_node_child(stmt, n - 1)) == BM_T_SEMI;
}

/* Is an attribute `#[test]`, `#[cfg(test)]` (not compiled without --test)? */
static bool attr_skips(Lower *l, TSNode attr_item);

static BmDefId new_def(Lower *l, uint8_t kind, BmSym name, TSNode n);
static void lower_item(Lower *l, TSNode n, DefList *out, TSNode *attrs, uint32_t nattrs);

static BmExprId lower_block_inner(Lower *l, TSNode n);

static BmExprId lower_block(Lower *l, TSNode n) {
  if (!enter(l)) return unsupported_expr(l, span(l, n), too_deep);
  BmExprId e = lower_block_inner(l, n);
  leave(l);
  return e;
}

static BmExprId lower_block_inner(Lower *l, TSNode n) {
  BmRange sp = span(l, n);
  Kids k = kids(l, n);
  /* items declared in the block live in a scope of their own */
  BmDefId scope = NONE;
  for (uint32_t i = 0; i < k.n; i++) {
    if (is_item_kind(bm_kind(k.nodes[i]))) {
      scope = new_def(l, BM_DEF_MOD, 0, n);
      break;
    }
  }
  BmDefId saved_module = l->module;
  if (scope != NONE) l->module = scope;
  DefList items = {0};

  /* the tail: the last statement-like child */
  int last = -1;
  for (int i = (int)k.n - 1; i >= 0; i--) {
    TSNode c = k.nodes[i];
    if (!ts_node_is_named(c) || is_trivia(c) || is(c, BM_K_label)) continue;
    last = i;
    break;
  }
  BmExprId tail = NONE;
  BmArray(BmStmt) stmts = {0};
  TSNode attrs[16];
  uint32_t nattrs = 0;
  bool skip_next = false;
  for (uint32_t i = 0; i < k.n; i++) {
    TSNode c = k.nodes[i];
    BmKind kind = bm_kind(c);
    if (!ts_node_is_named(c) || is_trivia(c) || kind == BM_K_label) continue;
    if (kind == BM_K_attribute_item) {
      if (attr_skips(l, c)) skip_next = true;
      if (nattrs < 16) attrs[nattrs++] = c;
      continue;
    }
    if (kind == BM_K_inner_attribute_item) continue;
    if (skip_next) {
      skip_next = false;
      nattrs = 0;
      continue;
    }
    BmStmt st;
    memset(&st, 0, sizeof st);
    st.span = span(l, c);
    st.pat = NONE;
    st.init = st.els = NONE;
    st.item = NONE;
    if (is_item_kind(kind)) {
      uint32_t before = items.len;
      lower_item(l, c, &items, attrs, nattrs);
      nattrs = 0;
      st.kind = BM_ST_ITEM;
      st.item = items.len > before ? items.items[before] : NONE;
      if (st.item != NONE) bm_array_push(A(l), &stmts, st);
      continue;
    }
    nattrs = 0;
    if (kind == BM_K_let_declaration) {
      st.kind = BM_ST_LET;
      st.pat = lower_pat(l, bm_child(c, BM_FLD_pattern));
      st.type = lower_type(l, bm_child(c, BM_FLD_type));
      TSNode v = bm_child(c, BM_FLD_value);
      if (!ts_node_is_null(v)) st.init = lower_expr(l, v);
      TSNode alt = bm_child(c, BM_FLD_alternative);
      if (!ts_node_is_null(alt)) st.els = lower_expr(l, alt);
      bm_array_push(A(l), &stmts, st);
      continue;
    }
    if (kind == BM_K_empty_statement) continue;
    if (kind == BM_K_expression_statement) {
      bool semi = has_semicolon(l, c);
      /* `match x { .. };` parses as the match, then an empty statement */
      for (uint32_t j = i + 1; !semi && j < k.n; j++) {
        if (is_trivia(k.nodes[j])) continue;
        if (is(k.nodes[j], BM_K_empty_statement)) semi = true;
        break;
      }
      BmExprId e = lower_expr(l, c);
      if ((int)i == last && !semi) {
        tail = e;
      } else {
        EX(l, e)->has_semi = semi;
        st.kind = BM_ST_EXPR;
        st.init = e;
        bm_array_push(A(l), &stmts, st);
      }
      continue;
    }
    /* a bare expression: the tail if last (a macro call may also stand
       here as a statement) */
    BmExprId e = lower_expr(l, c);
    if ((int)i == last) {
      tail = e;
    } else {
      st.kind = BM_ST_EXPR;
      st.init = e;
      bm_array_push(A(l), &stmts, st);
    }
  }
  l->module = saved_module;
  if (scope != NONE) {
    BmDef *d = bm_array_get(&l->b->crate->defs, scope - l->b->crate->base);
    d->items = items.items;
    d->nitems = (uint32_t)items.len;
    
  }
  uint32_t first = l->body->stmts.len;
  for (uint32_t i = 0; i < stmts.len; i++) bm_array_push(A(l), &l->body->stmts, stmts.items[i]);
  BmExprId e = new_expr(l, BM_EX_BLOCK, sp);
  EX(l, e)->list = first;
  EX(l, e)->nlist = stmts.len;
  EX(l, e)->a = tail;
  EX(l, e)->index = scope;
  EX(l, e)->name = label_of(l, n);
  return e;
}

/* ---- macros
 *
 * macro_invocation: name ! token_tree. The std macros below are modelled:
 * their token tree is re-parsed inside a wrapper (`fn __m(){__m(ARGS);}`,
 * `fn __m(){[ARGS];}` for vec!, `fn __m(){match E{ P =>{}}}` for matches!)
 * that keeps the argument text contiguous, so one offset maps the
 * re-parse's positions back to the source. The re-parse tree is deleted
 * before lower_macro returns.
 */

static const struct { const char *name; uint8_t kind; } std_macros[] = {
  {"println", BM_MAC_PRINTLN}, {"print", BM_MAC_PRINT}, {"eprintln", BM_MAC_EPRINTLN},
  {"eprint", BM_MAC_EPRINT}, {"format", BM_MAC_FORMAT}, {"write", BM_MAC_WRITE},
  {"writeln", BM_MAC_WRITELN}, {"panic", BM_MAC_PANIC}, {"format_args", BM_MAC_FORMAT_ARGS},
  {"assert", BM_MAC_ASSERT}, {"assert_eq", BM_MAC_ASSERT_EQ}, {"assert_ne", BM_MAC_ASSERT_NE},
  {"debug_assert", BM_MAC_DEBUG_ASSERT}, {"debug_assert_eq", BM_MAC_DEBUG_ASSERT_EQ},
  {"debug_assert_ne", BM_MAC_DEBUG_ASSERT_NE}, {"unreachable", BM_MAC_UNREACHABLE},
  {"todo", BM_MAC_TODO}, {"unimplemented", BM_MAC_UNIMPLEMENTED}, {"vec", BM_MAC_VEC},
  {"matches", BM_MAC_MATCHES}, {"dbg", BM_MAC_DBG},
};

static uint8_t macro_kind(const char *s, uint32_t len) {
  for (size_t i = 0; i < sizeof std_macros / sizeof *std_macros; i++)
    if (strlen(std_macros[i].name) == len && memcmp(std_macros[i].name, s, len) == 0)
      return std_macros[i].kind;
  return BM_MAC_UNKNOWN;
}

/* Parse a format string (the value of a string literal with its source
 * map) into pieces; named and implicit arguments are appended to `args`. */
typedef BmArray(BmFmtArg) FmtArgList;
typedef struct {
  Lower *l;
  StrValue sv;
  BmArray(BmFmtPiece) pieces;
  FmtArgList *args;
  uint32_t npositional;
  uint32_t next;              /* the next implicit positional index */
  const char *error;
  uint32_t error_at;          /* value offset of the error */
} Fmt;

static uint32_t src_at(const Fmt *f, uint32_t i) { return f->sv.map[i < f->sv.len ? i : f->sv.len]; }

static bool is_ident_start(char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
}
static bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

/* The index of the argument named `name` (creating an implicit capture). */
static uint32_t named_arg(Fmt *f, uint32_t start, uint32_t end) {
  Lower *l = f->l;
  BmSym name = bm_sym(l->b->syms, f->sv.value + start, end - start);
  for (uint32_t i = 0; i < f->args->len; i++)
    if (f->args->items[i].name == name) return i;
  /* `{x}` with no `x = ...` argument captures the variable x */
  BmRange sp = {src_at(f, start), src_at(f, end)};
  BmPath *p = bm_arena_alloc(A(l), sizeof *p);
  p->segs = bm_arena_alloc(A(l), sizeof *p->segs);
  p->nsegs = 1;
  p->segs[0].name = name;
  p->segs[0].span = sp;
  p->span = sp;
  BmExprId e = new_expr(l, BM_EX_PATH, sp);
  EX(l, e)->path = p;
  EX(l, e)->from_macro = true;
  BmFmtArg a = {e, name, true, false, sp};
  bm_array_push(A(l), f->args, a);
  return f->args->len - 1;
}

static bool parse_count(Fmt *f, uint32_t *i, BmFmtCount *c) {
  const char *s = f->sv.value;
  uint32_t n = f->sv.len, j = *i;
  if (j < n && s[j] >= '0' && s[j] <= '9') {
    uint32_t v = 0;
    while (j < n && s[j] >= '0' && s[j] <= '9') v = v * 10 + (uint32_t)(s[j++] - '0');
    if (j < n && s[j] == '$') {
      c->kind = BM_FC_ARG;
      c->value = v;
      *i = j + 1;
      return true;
    }
    c->kind = BM_FC_NUM;
    c->value = v;
    *i = j;
    return true;
  }
  if (j < n && is_ident_start(s[j])) {
    uint32_t k = j;
    while (k < n && is_ident_char(s[k])) k++;
    if (k < n && s[k] == '$') {
      c->kind = BM_FC_ARG;
      c->value = named_arg(f, j, k);
      *i = k + 1;
      return true;
    }
  }
  return false;
}

static void fmt_error(Fmt *f, const char *why, uint32_t at) {
  if (!f->error) {
    f->error = why;
    f->error_at = at;
  }
}

static void parse_format(Fmt *f) {
  const char *s = f->sv.value;
  uint32_t n = f->sv.len, i = 0;
  Lower *l = f->l;
  while (i < n) {
    /* literal text up to the next { or } */
    uint32_t start = i;
    char *buf = bm_arena_alloc(A(l), n - i + 1);
    uint32_t o = 0;
    while (i < n) {
      if (s[i] == '{' && i + 1 < n && s[i + 1] == '{') { buf[o++] = '{'; i += 2; continue; }
      if (s[i] == '}' && i + 1 < n && s[i + 1] == '}') { buf[o++] = '}'; i += 2; continue; }
      if (s[i] == '{' || s[i] == '}') break;
      buf[o++] = s[i++];
    }
    if (o) {
      BmFmtPiece p;
      memset(&p, 0, sizeof p);
      p.kind = BM_FP_TEXT;
      p.text = buf;
      p.text_len = o;
      p.span = (BmRange){src_at(f, start), src_at(f, i)};
      bm_array_push(A(l), &f->pieces, p);
    }
    if (i >= n) break;
    if (s[i] == '}') {
      fmt_error(f, "unmatched `}` found", i);
      i++;
      continue;
    }
    /* an argument: { [arg] [: spec] } */
    uint32_t open = i++;
    BmFmtPiece p;
    memset(&p, 0, sizeof p);
    p.kind = BM_FP_ARG;
    p.fill = ' ';
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')) i++;
    bool have_arg = false;
    if (i < n && s[i] >= '0' && s[i] <= '9') {
      uint32_t v = 0;
      while (i < n && s[i] >= '0' && s[i] <= '9') v = v * 10 + (uint32_t)(s[i++] - '0');
      p.arg = v;
      have_arg = true;
    } else if (i < n && is_ident_start(s[i])) {
      uint32_t k = i;
      while (k < n && is_ident_char(s[k])) k++;
      p.arg = named_arg(f, i, k);
      have_arg = true;
      i = k;
    }
    if (i < n && s[i] == ':') {
      i++;
      /* [[fill]align] */
      if (i + 1 < n) {
        uint32_t cp;
        uint32_t w = utf8_get(s + i, n - i, &cp);
        if (i + w < n && (s[i + w] == '<' || s[i + w] == '^' || s[i + w] == '>')) {
          p.fill = cp;
          i += w;
        }
      }
      if (i < n && (s[i] == '<' || s[i] == '^' || s[i] == '>')) {
        p.align = s[i] == '<' ? BM_FA_LEFT : s[i] == '^' ? BM_FA_CENTER : BM_FA_RIGHT;
        i++;
      }
      if (i < n && s[i] == '+') { p.sign_plus = true; i++; }
      else if (i < n && s[i] == '-') { p.sign_minus = true; i++; }
      if (i < n && s[i] == '#') { p.alternate = true; i++; }
      if (i < n && s[i] == '0' && !(i + 1 < n && s[i + 1] == '$')) { p.zero_pad = true; i++; }
      parse_count(f, &i, &p.width);
      if (i < n && s[i] == '.') {
        i++;
        if (i < n && s[i] == '*') {
          p.precision.kind = BM_FC_STAR;
          i++;
        } else if (!parse_count(f, &i, &p.precision)) {
          fmt_error(f, "expected a precision", i);
        }
      }
      /* the trait */
      p.trait = BM_FT_DISPLAY;
      if (i < n && s[i] == '?') { p.trait = BM_FT_DEBUG; i++; }
      else if (i + 1 < n && s[i] == 'x' && s[i + 1] == '?') { p.trait = BM_FT_DEBUG; p.debug_hex_lower = true; i += 2; }
      else if (i + 1 < n && s[i] == 'X' && s[i + 1] == '?') { p.trait = BM_FT_DEBUG; p.debug_hex_upper = true; i += 2; }
      else if (i < n && s[i] == 'x') { p.trait = BM_FT_LOWER_HEX; i++; }
      else if (i < n && s[i] == 'X') { p.trait = BM_FT_UPPER_HEX; i++; }
      else if (i < n && s[i] == 'o') { p.trait = BM_FT_OCTAL; i++; }
      else if (i < n && s[i] == 'b') { p.trait = BM_FT_BINARY; i++; }
      else if (i < n && s[i] == 'e') { p.trait = BM_FT_LOWER_EXP; i++; }
      else if (i < n && s[i] == 'E') { p.trait = BM_FT_UPPER_EXP; i++; }
      else if (i < n && s[i] == 'p') { p.trait = BM_FT_POINTER; i++; }
      else if (i < n && is_ident_start(s[i])) {
        p.trait = BM_FT_UNKNOWN;
        while (i < n && is_ident_char(s[i])) i++;
        fmt_error(f, "unknown format trait", i);
      }
    }
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')) i++;
    if (i >= n || s[i] != '}') {
      fmt_error(f, "expected `}`", i < n ? i : open);
      while (i < n && s[i] != '}') i++;
      if (i < n) i++;
      continue;
    }
    i++;
    if (p.precision.kind == BM_FC_STAR) {
      p.precision.kind = BM_FC_ARG;
      p.precision.value = f->next++;
    }
    if (!have_arg) p.arg = f->next++;
    p.span = (BmRange){src_at(f, open), src_at(f, i)};
    bm_array_push(A(l), &f->pieces, p);
  }
}

/* Find the first descendant of a re-parse's root of kind k along the
 * wrapper's spine (source_file > function_item > block > ...). */
static TSNode find_kind(TSNode n, BmKind k, int depth) {
  TSNode none = {0};
  if (ts_node_is_null(n) || depth > 8) return none;
  if (bm_kind(n) == k) return n;
  uint32_t c = ts_node_named_child_count(n);
  for (uint32_t i = 0; i < c && i < 4; i++) {
    TSNode r = find_kind(ts_node_named_child(n, i), k, depth + 1);
    if (!ts_node_is_null(r)) return r;
  }
  return none;
}

/* Format macro arguments: [target,] "fmt", args..., name = arg... */
static void format_args(Lower *l, BmMacro *m, TSNode *args, uint32_t nargs, uint32_t first) {
  FmtArgList fargs = {0};
  if (first >= nargs) {
    m->has_format = false;
    m->format_ok = true;
    m->args = l->body->fmt_args.len;
    return;
  }
  TSNode fmt = args[first];
  m->has_format = true;
  m->format_span = span(l, fmt);
  /* the arguments after the format string (named ones as name = expr) */
  for (uint32_t i = first + 1; i < nargs; i++) {
    TSNode c = args[i];
    BmFmtArg a = {NONE, 0, false, false, span(l, c)};
    if (is(c, BM_K_assignment_expression) && is(bm_child(c, BM_FLD_left), BM_K_identifier)) {
      a.name = nsym(l, bm_child(c, BM_FLD_left));
      a.expr = lower_expr(l, bm_child(c, BM_FLD_right));
    } else {
      a.expr = lower_expr(l, c);
    }
    bm_array_push(A(l), &fargs, a);
  }
  if (!is(fmt, BM_K_string_literal) && !is(fmt, BM_K_raw_string_literal)) {
    m->format_ok = false;
    m->format_error = "a format string that is not a literal";
    body_unsupported(l, m->format_span, "a format string that is not a string literal");
  } else {
    Fmt f;
    memset(&f, 0, sizeof f);
    f.l = l;
    f.args = &fargs;
    BmLit lit = {0};
    if (string_value(l, fmt, &f.sv, &lit)) {
      f.npositional = 0;
      for (uint32_t i = 0; i < fargs.len; i++)
        if (!fargs.items[i].name) f.npositional++;
      parse_format(&f);
      m->format_ok = f.error == NULL;
      m->format_error = f.error;
      if (f.error) m->format_span = (BmRange){src_at(&f, f.error_at), src_at(&f, f.error_at + 1)};
      m->pieces = l->body->fmt_pieces.len;
      m->npieces = f.pieces.len;
      for (uint32_t i = 0; i < f.pieces.len; i++) bm_array_push(A(l), &l->body->fmt_pieces, f.pieces.items[i]);
    }
  }
  m->args = l->body->fmt_args.len;
  m->nargs = fargs.len;
  for (uint32_t i = 0; i < fargs.len; i++) bm_array_push(A(l), &l->body->fmt_args, fargs.items[i]);
}

/* A modelled macro's arguments (their nodes): the target or operands
 * the macro takes, then its format string and arguments. NONE, or an
 * UNSUPPORTED expression when the arguments do not fit the macro. */
static BmExprId macro_args(Lower *l, BmMacro *mp, TSNode *an, uint32_t na) {
  BmMacro m = *mp;
  BmRange sp = m.span;
  BmExprId result = NONE;
  switch (m.kind) {
  case BM_MAC_WRITE:
  case BM_MAC_WRITELN:
    if (na == 0) { result = unsupported_expr(l, sp, "this `write!`"); break; }
    m.target = lower_expr(l, an[0]);
    format_args(l, &m, an, na, 1);
    break;
  case BM_MAC_ASSERT:
  case BM_MAC_DEBUG_ASSERT:
    if (na == 0) { result = unsupported_expr(l, sp, "this `assert!`"); break; }
    m.target = lower_expr(l, an[0]);
    format_args(l, &m, an, na, 1);
    break;
  case BM_MAC_ASSERT_EQ: case BM_MAC_ASSERT_NE:
  case BM_MAC_DEBUG_ASSERT_EQ: case BM_MAC_DEBUG_ASSERT_NE:
    if (na < 2) { result = unsupported_expr(l, sp, "this assertion"); break; }
    m.target = lower_expr(l, an[0]);
    m.right = lower_expr(l, an[1]);
    format_args(l, &m, an, na, 2);
    break;
  case BM_MAC_DBG:
    if (na == 1) m.target = lower_expr(l, an[0]);
    else if (na > 1) result = unsupported_expr(l, sp, "`dbg!` of several values");
    break;
  default:
    format_args(l, &m, an, na, 0);
    break;
  }
  *mp = m;
  return result;
}

/* The arguments of a modelled macro, from the analysis's macros tree
 * (macros.c: every modelled macro's arguments parsed once, in one tree
 * with the source's offsets): `args` is the `arguments` node of the call
 * that stands for the macro (or the array of vec!). */
static BmExprId macro_from_args(Lower *l, BmMacro m, TSNode args) {
  BmRange sp = m.span;
  BmExprId result = NONE;
  if (m.kind == BM_MAC_VEC) {
    TSNode saved = l->macro_array;
    l->macro_array = args;
    m.target = lower_expr(l, args);
    l->macro_array = saved;
  } else {
    Kids ak = kids(l, args);
    TSNode *an = bm_arena_alloc(A(l), (ak.n ? ak.n : 1) * sizeof *an);
    uint32_t na = 0;
    for (uint32_t i = 0; i < ak.n; i++)
      if (ts_node_is_named(ak.nodes[i]) && !is_trivia(ak.nodes[i]) && !is(ak.nodes[i], BM_K_attribute_item))
        an[na++] = ak.nodes[i];
    result = macro_args(l, &m, an, na);
  }
  if (result != NONE) return result;
  bm_array_push(A(l), &l->body->macros, m);
  BmExprId e = new_expr(l, BM_EX_MACRO, sp);
  EX(l, e)->index = l->body->macros.len - 1;
  return e;
}

/* A call or array of the macros tree that stands for a modelled macro. */
static BmExprId lower_macro_call(Lower *l, TSNode n, const BmMacroCall *mc) {
  BmMacro m;
  memset(&m, 0, sizeof m);
  TSNode args = mc->args;
  if (is(n, BM_K_call_expression)) {
    TSNode f = bm_child(n, BM_FLD_function);
    if (is(f, BM_K_scoped_identifier)) f = bm_child(f, BM_FLD_name);
    uint32_t nlen;
    const char *ns = ntext(l, f, &nlen);
    m.kind = macro_kind(ns, nlen);
    m.name = bm_sym(l->b->syms, ns, nlen);
  } else {
    m.kind = BM_MAC_VEC;
    m.name = bm_sym(l->b->syms, "vec", 3);
  }
  /* the invocation's span: from the name to the closing delimiter */
  m.span = span(l, n);
  m.target = m.right = m.guard = NONE;
  m.pat = NONE;
  m.format_ok = true;
  if (m.kind == BM_MAC_UNKNOWN || m.kind == BM_MAC_MATCHES) return unsupported_expr(l, m.span, "this macro");
  return macro_from_args(l, m, args);
}

static BmExprId lower_macro(Lower *l, TSNode n) {
  BmRange sp = span(l, n);
  TSNode name = bm_child(n, BM_FLD_macro);
  TSNode last = name;
  if (is(name, BM_K_scoped_identifier)) last = bm_child(name, BM_FLD_name);
  uint32_t nlen;
  const char *ns = ntext(l, last, &nlen);
  BmMacro m;
  memset(&m, 0, sizeof m);
  m.kind = macro_kind(ns, nlen);
  m.name = bm_sym(l->b->syms, ns, nlen);
  m.span = sp;
  m.target = m.right = m.guard = NONE;
  m.pat = NONE;
  m.format_ok = true;
  TSNode tt = {0};
  Kids k = kids(l, n);
  for (uint32_t i = 0; i < k.n; i++)
    if (is(k.nodes[i], BM_K_token_tree)) tt = k.nodes[i];
  if (m.kind == BM_MAC_UNKNOWN || ts_node_is_null(tt)) {
    bm_array_push(A(l), &l->body->macros, m);
    BmExprId e = new_expr(l, BM_EX_MACRO, sp);
    EX(l, e)->index = l->body->macros.len - 1;
    return e;
  }
  /* every macro but matches! reads its arguments from the shared tree */
  if (m.kind != BM_MAC_MATCHES && l->b->macros && l->cx.delta == 0 && l->cx.text == l->b->text) {
    const BmMacroCall *mc = bm_macro_call(l->b->macros, n);
    if (!mc || ts_node_is_null(mc->args)) return unsupported_expr(l, sp, "macro arguments borrowmap cannot parse");
    return macro_from_args(l, m, mc->args);
  }
  /* matches! (its pattern) is re-parsed on its own: not too deep, not too long */
  if (l->b->depth > 16 || ts_node_end_byte(tt) - ts_node_start_byte(tt) > 64 * 1024)
    return unsupported_expr(l, sp, "this `matches!`");

  /* the argument text, without the delimiters */
  uint32_t tt_s = ts_node_start_byte(tt) + 1, tt_e = ts_node_end_byte(tt);
  if (tt_e > l->cx.length) tt_e = l->cx.length;
  if (tt_e > tt_s) tt_e--; /* the closing delimiter */
  if (tt_s > tt_e) tt_s = tt_e;
  uint32_t len = tt_e - tt_s;
  const char *pre, *post;
  uint32_t comma = UINT32_MAX; /* matches!: the first top-level comma */
  if (m.kind == BM_MAC_VEC) {
    pre = "fn __m(){[";
    post = "];}";
  } else if (m.kind == BM_MAC_MATCHES) {
    pre = "fn __m(){match ";
    post = " =>{}}}";
    Kids tk = kids(l, tt);
    for (uint32_t i = 0; i < tk.n; i++)
      if (bm_kind(tk.nodes[i]) == BM_T_COMMA) { comma = ts_node_start_byte(tk.nodes[i]); break; }
    if (comma == UINT32_MAX) return unsupported_expr(l, sp, "this `matches!`");
  } else {
    pre = "fn __m(){__m(";
    post = ");}";
  }
  uint32_t plen = (uint32_t)strlen(pre), slen = (uint32_t)strlen(post);
  char *buf = malloc((size_t)plen + len + slen + 1);
  if (!buf) return unsupported_expr(l, sp, "this macro");
  memcpy(buf, pre, plen);
  memcpy(buf + plen, l->cx.text + tt_s, len);
  memcpy(buf + plen + len, post, slen);
  buf[plen + len + slen] = 0;
  if (comma != UINT32_MAX) buf[plen + (comma - tt_s)] = '{';
  /* a trailing comma in matches!(x, P,) would end the arm early */
  TSTree *tree = ts_parser_parse_string(l->b->parser, NULL, buf, plen + len + slen);
  if (!tree) {
    free(buf);
    return unsupported_expr(l, sp, "this macro");
  }
  Ctx saved = l->cx;
  l->cx.text = buf;
  l->cx.length = plen + len + slen;
  l->cx.delta = saved.delta + (int64_t)tt_s - (int64_t)plen;
  TSNode root = ts_tree_root_node(tree);
  BmExprId result = NONE;
  if (ts_node_has_error(root)) {
    l->cx = saved;
    l->kids_cached = false;
    ts_tree_delete(tree);
    free(buf);
    return unsupported_expr(l, sp, "macro arguments borrowmap cannot parse");
  }
  if (m.kind == BM_MAC_VEC) {
    TSNode arr = find_kind(root, BM_K_array_expression, 0);
    m.target = ts_node_is_null(arr) ? new_expr(l, BM_EX_MISSING, sp) : lower_expr(l, arr);
  } else if (m.kind == BM_MAC_MATCHES) {
    TSNode me = find_kind(root, BM_K_match_expression, 0);
    if (ts_node_is_null(me)) {
      result = unsupported_expr(l, sp, "this `matches!`");
    } else {
      m.target = lower_expr(l, bm_child(me, BM_FLD_value));
      TSNode block = bm_child(me, BM_FLD_body);
      TSNode arm = ts_node_named_child(block, 0);
      TSNode mp = bm_child(arm, BM_FLD_pattern);
      Kids mk = kids(l, mp);
      for (uint32_t j = 0; j < mk.n; j++) {
        TSNode pc = mk.nodes[j];
        if (mk.fields[j] == BM_FLD_condition) m.guard = lower_cond(l, pc);
        else if (ts_node_is_named(pc) && !is_trivia(pc) && m.pat == NONE) m.pat = lower_pat(l, pc);
        else if (bm_kind(pc) == BM_T_UNDERSCORE && m.pat == NONE) m.pat = new_pat(l, BM_PAT_WILD, span(l, pc));
      }
      if (m.pat == NONE) m.pat = new_pat(l, BM_PAT_WILD, sp);
    }
  } else {
    TSNode call = find_kind(root, BM_K_call_expression, 0);
    TSNode args = bm_child(call, BM_FLD_arguments);
    Kids ak = kids(l, args);
    TSNode *an = bm_arena_alloc(A(l), (ak.n ? ak.n : 1) * sizeof *an);
    uint32_t na = 0;
    for (uint32_t i = 0; i < ak.n; i++)
      if (ts_node_is_named(ak.nodes[i]) && !is_trivia(ak.nodes[i]) && !is(ak.nodes[i], BM_K_attribute_item))
        an[na++] = ak.nodes[i];
    result = macro_args(l, &m, an, na);
  }
  l->cx = saved;
  l->kids_cached = false;
  ts_tree_delete(tree);
  free(buf);
  if (result != NONE) return result;
  bm_array_push(A(l), &l->body->macros, m);
  BmExprId e = new_expr(l, BM_EX_MACRO, sp);
  EX(l, e)->index = l->body->macros.len - 1;
  return e;
}

/* ---- attributes
 *
 * #[derive(A, B)], #[lang = "x"], #[test], #[cfg(pred)], and std's own
 * #[each_int] / #[each_signed] / #[each_unsigned] / #[each_float] and
 * #[auto_trait]. cfg predicates are evaluated for rustc's default build
 * of a binary on x86_64 Linux without --test: test, feature = ".." and
 * windows are false; debug_assertions and unix are true.
 */

static TSNode attr_of(TSNode item) {
  uint32_t n = ts_node_named_child_count(item);
  for (uint32_t i = 0; i < n; i++) {
    TSNode c = ts_node_named_child(item, i);
    if (bm_kind(c) == BM_K_attribute) return c;
  }
  TSNode none = {0};
  return none;
}

static bool sym_is(Lower *l, TSNode n, const char *s) {
  uint32_t len;
  const char *t = ntext(l, n, &len);
  return strlen(s) == len && memcmp(s, t, len) == 0;
}

/* Evaluate a cfg predicate given as the children of a token tree from
 * index *i (identifiers, `=`, strings, nested token trees). */
static bool cfg_eval(Lower *l, Kids *k, uint32_t *i, int depth);

static bool cfg_list(Lower *l, TSNode tt, bool any, int depth) {
  Kids k = kids(l, tt);
  uint32_t i = 0;
  bool acc = !any;
  while (i < k.n) {
    BmKind kk = bm_kind(k.nodes[i]);
    if (kk == BM_T_LPAREN || kk == BM_T_RPAREN || kk == BM_T_COMMA) { i++; continue; }
    bool v = cfg_eval(l, &k, &i, depth + 1);
    acc = any ? (acc || v) : (acc && v);
  }
  return acc;
}

static bool cfg_eval(Lower *l, Kids *k, uint32_t *i, int depth) {
  if (*i >= k->n || depth > 16) { (*i)++; return true; }
  TSNode c = k->nodes[*i];
  (*i)++;
  if (!is(c, BM_K_identifier)) return true;
  /* name(…) */
  if (*i < k->n && is(k->nodes[*i], BM_K_token_tree)) {
    TSNode tt = k->nodes[(*i)++];
    if (sym_is(l, c, "not")) return !cfg_list(l, tt, false, depth);
    if (sym_is(l, c, "any")) return cfg_list(l, tt, true, depth);
    if (sym_is(l, c, "all")) return cfg_list(l, tt, false, depth);
    return true;
  }
  /* name = "value" */
  if (*i + 1 < k->n && bm_kind(k->nodes[*i]) == BM_T_EQ) {
    TSNode v = k->nodes[*i + 1];
    *i += 2;
    if (sym_is(l, c, "feature")) return false;
    uint32_t len;
    const char *s = ntext(l, v, &len);
    if (sym_is(l, c, "target_os")) return len == 7 && memcmp(s, "\"linux\"", 7) == 0;
    if (sym_is(l, c, "target_family")) return len == 6 && memcmp(s, "\"unix\"", 6) == 0;
    if (sym_is(l, c, "target_pointer_width")) return len == 4 && memcmp(s, "\"64\"", 4) == 0;
    if (sym_is(l, c, "target_arch")) return len == 8 && memcmp(s, "\"x86_64\"", 8) == 0;
    return false;
  }
  if (sym_is(l, c, "test") || sym_is(l, c, "windows") || sym_is(l, c, "doc") ||
      sym_is(l, c, "miri") || sym_is(l, c, "doctest"))
    return false;
  return true;
}

static bool attr_skips(Lower *l, TSNode attr_item) {
  TSNode a = attr_of(attr_item);
  if (ts_node_is_null(a)) return false;
  TSNode path = ts_node_named_child(a, 0);
  if (sym_is(l, path, "test")) return true;
  if (sym_is(l, path, "cfg")) {
    TSNode args = bm_child(a, BM_FLD_arguments);
    if (ts_node_is_null(args)) return false;
    return !cfg_list(l, args, false, 0);
  }
  return false;
}

typedef struct {
  uint16_t derives;
  BmRange derive_span[BM_DERIVE_NBITS];
  BmSym lang;
  uint8_t each;
  bool auto_trait;
} Attrs;

static void read_attrs(Lower *l, TSNode *attrs, uint32_t n, Attrs *out) {
  memset(out, 0, sizeof *out);
  for (uint32_t i = 0; i < n; i++) {
    TSNode a = attr_of(attrs[i]);
    if (ts_node_is_null(a)) continue;
    TSNode path = ts_node_named_child(a, 0);
    if (sym_is(l, path, "derive")) {
      TSNode args = bm_child(a, BM_FLD_arguments);
      Kids k = kids(l, args);
      for (uint32_t j = 0; j < k.n; j++) {
        TSNode c = k.nodes[j];
        if (!is(c, BM_K_identifier)) continue;
        /* a path like serde::Serialize: only the last identifier counts,
           and an unknown derive is recorded as such */
        if (j + 1 < k.n && bm_kind(k.nodes[j + 1]) == BM_T_COLONCOLON) continue;
        uint16_t bit = sym_is(l, c, "Clone") ? BM_DERIVE_CLONE
                     : sym_is(l, c, "Copy") ? BM_DERIVE_COPY
                     : sym_is(l, c, "Debug") ? BM_DERIVE_DEBUG
                     : sym_is(l, c, "Default") ? BM_DERIVE_DEFAULT
                     : sym_is(l, c, "PartialEq") ? BM_DERIVE_PARTIAL_EQ
                     : sym_is(l, c, "Eq") ? BM_DERIVE_EQ
                     : sym_is(l, c, "PartialOrd") ? BM_DERIVE_PARTIAL_ORD
                     : sym_is(l, c, "Ord") ? BM_DERIVE_ORD
                     : sym_is(l, c, "Hash") ? BM_DERIVE_HASH
                     : BM_DERIVE_UNKNOWN;
        if (!(out->derives & bit)) {
          uint32_t b = 0;
          while (b + 1 < BM_DERIVE_NBITS && !((1u << b) & bit)) b++;
          out->derive_span[b] = span(l, c);
        }
        out->derives |= bit;
      }
    } else if (sym_is(l, path, "lang")) {
      TSNode v = bm_child(a, BM_FLD_value);
      if (is(v, BM_K_string_literal)) {
        StrValue sv;
        BmLit lit = {0};
        if (string_value(l, v, &sv, &lit)) out->lang = bm_sym(l->b->syms, sv.value, sv.len);
      }
    } else if (sym_is(l, path, "each_int")) {
      out->each = BM_EACH_INT;
    } else if (sym_is(l, path, "each_signed")) {
      out->each = BM_EACH_SIGNED;
    } else if (sym_is(l, path, "each_unsigned")) {
      out->each = BM_EACH_UNSIGNED;
    } else if (sym_is(l, path, "each_float")) {
      out->each = BM_EACH_FLOAT;
    } else if (sym_is(l, path, "each_int_pair")) {
      out->each = BM_EACH_INT_PAIR;
    } else if (sym_is(l, path, "each_tuple")) {
      out->each = BM_EACH_TUPLE;
    } else if (sym_is(l, path, "auto_trait")) {
      out->auto_trait = true;
    } else if (sym_is(l, path, "non_exhaustive")) {
      out->derives |= BM_ATTR_NON_EXHAUSTIVE;
    }
  }
}

/* ---- items */

static BmDef *D(Lower *l, BmDefId id);

static void set_derive_spans(Lower *l, BmDefId id, const Attrs *at) {
  if (!at->derives) return;
  BmRange *r = bm_arena_alloc(A(l), sizeof at->derive_span);
  memcpy(r, at->derive_span, sizeof at->derive_span);
  D(l, id)->derive_spans = r;
}

static BmDefId new_def(Lower *l, uint8_t kind, BmSym name, TSNode n) {
  BmCrate *c = l->b->crate;
  BmDef d;
  memset(&d, 0, sizeof d);
  d.kind = kind;
  d.name = name;
  d.parent = l->owner;
  d.module = l->module;
  d.span = span(l, n);
  d.is_std = l->b->is_std;
  if (!l->b->is_std) {
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++)
      if (is(k.nodes[i], BM_K_visibility_modifier)) d.vis_span = span(l, k.nodes[i]);
  }
  bm_array_push(A(l), &c->defs, d);
  return c->base + c->defs.len - 1;
}

static BmDef *D(Lower *l, BmDefId id) {
  return bm_array_get(&l->b->crate->defs, id - l->b->crate->base);
}

static uint8_t visibility(Lower *l, TSNode item) {
  Kids k = kids(l, item);
  for (uint32_t i = 0; i < k.n; i++) {
    if (!is(k.nodes[i], BM_K_visibility_modifier)) continue;
    return ts_node_named_child_count(k.nodes[i]) ? BM_VIS_RESTRICTED : BM_VIS_PUB;
  }
  return BM_VIS_PRIVATE;
}

static BmBody *new_body(Lower *l, BmDefId owner) {
  BmBody *b = bm_arena_alloc(A(l), sizeof *b);
  b->owner = owner;
  b->self_pat = NONE;
  b->root = NONE;
  bm_array_push(A(l), &l->b->crate->bodies, b);
  return b;
}

/* parameters: (self_parameter | parameter)* */
static void lower_fn_params(Lower *l, BmDefId id, TSNode params, bool with_body) {
  Kids k = kids(l, params);
  BmTypeRef **types = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *types);
  uint32_t n = 0;
  for (uint32_t i = 0; i < k.n; i++) {
    TSNode c = k.nodes[i];
    if (is(c, BM_K_self_parameter)) {
      Kids sk = kids(l, c);
      bool amp = false, mut = false;
      for (uint32_t j = 0; j < sk.n; j++) {
        if (bm_kind(sk.nodes[j]) == BM_T_AMP) amp = true;
        if (is(sk.nodes[j], BM_K_mutable_specifier)) mut = true;
      }
      D(l, id)->self_param = amp ? (mut ? BM_SELF_PARAM_MUT : BM_SELF_PARAM_REF) : BM_SELF_PARAM_VALUE;
      D(l, id)->self_mut = !amp && mut;
      if (with_body) {
        BmPatId p = new_pat(l, BM_PAT_BIND, span(l, c));
        PT(l, p)->name = BM_SYM_self;
        PT(l, p)->mut = !amp && mut;
        l->body->self_pat = p;
      }
      continue;
    }
    if (!is(c, BM_K_parameter)) {
      if (is(c, BM_K_variadic_parameter)) D(l, id)->unsupported = true;
      continue;
    }
    TSNode pat = bm_child(c, BM_FLD_pattern);
    TSNode type = bm_child(c, BM_FLD_type);
    if (is(pat, BM_K_self)) {
      /* self: Box<Self> */
      D(l, id)->self_param = BM_SELF_PARAM_TYPED;
      l->in_fn_params = false;
      BmTypeRef *st = lower_type(l, type);
      D(l, id)->self_type = st;
      Kids pk = kids(l, c);
      for (uint32_t j = 0; j < pk.n; j++)
        if (is(pk.nodes[j], BM_K_mutable_specifier)) D(l, id)->self_mut = true;
      if (with_body) {
        BmPatId p = new_pat(l, BM_PAT_BIND, span(l, c));
        PT(l, p)->name = BM_SYM_self;
        PT(l, p)->mut = D(l, id)->self_mut;
        l->body->self_pat = p;
      }
      continue;
    }
    l->in_fn_params = true;
    types[n++] = lower_type(l, type);
    l->in_fn_params = false;
    if (with_body) {
      /* `mut x: T` may appear as a mutable_specifier beside the pattern */
      BmPatId p = lower_pat(l, pat);
      Kids pk = kids(l, c);
      for (uint32_t j = 0; j < pk.n; j++)
        if (is(pk.nodes[j], BM_K_mutable_specifier) && PT(l, p)->kind == BM_PAT_BIND) PT(l, p)->mut = true;
      bm_array_push(A(l), &l->body->params, p);
    }
  }
  D(l, id)->params = types;
  D(l, id)->nparams = n;
}

static void lower_fn(Lower *l, TSNode n, BmDefId id) {
  BmDef *d = D(l, id);
  d->name_span = span(l, bm_child(n, BM_FLD_name));
  TSNode mods = {0};
  Kids k = kids(l, n);
  for (uint32_t i = 0; i < k.n; i++)
    if (is(k.nodes[i], BM_K_function_modifiers)) mods = k.nodes[i];
  if (!ts_node_is_null(mods)) {
    Kids mk = kids(l, mods);
    for (uint32_t i = 0; i < mk.n; i++) {
      BmKind kk = bm_kind(mk.nodes[i]);
      if (kk == BM_T_ASYNC) D(l, id)->is_async = true;
      if (kk == BM_T_UNSAFE) D(l, id)->is_unsafe = true;
      if (kk == BM_T_CONST) D(l, id)->is_const_fn = true;
    }
  }
  BmGenerics g;
  BmDefId saved_owner = l->owner;
  l->owner = id;
  lower_generics(l, bm_child(n, BM_FLD_type_parameters), where_of(l, n), &g);
  D(l, id)->generics = g;
  TSNode body = bm_child(n, BM_FLD_body);
  BmBody *saved_body = l->body;
  BmGenerics *saved_gen = l->impl_generics;
  if (!ts_node_is_null(body)) {
    l->body = new_body(l, id);
    D(l, id)->body = l->body;
    D(l, id)->has_body = true;
  } else {
    l->body = NULL;
  }
  l->impl_generics = &D(l, id)->generics;
  lower_fn_params(l, id, bm_child(n, BM_FLD_parameters), !ts_node_is_null(body));
  l->impl_generics = NULL;
  D(l, id)->ret = lower_type(l, bm_child(n, BM_FLD_return_type));
  if (!ts_node_is_null(body)) l->body->root = lower_block(l, body);
  if (D(l, id)->is_async && l->body) body_unsupported(l, D(l, id)->span, "async fns");
  l->body = saved_body;
  l->impl_generics = saved_gen;
  l->owner = saved_owner;
}

/* field_declaration_list or ordered_field_declaration_list */
static void lower_fields(Lower *l, TSNode list, BmDefId id) {
  Kids k = kids(l, list);
  BmFieldDef *fs = bm_arena_alloc(A(l), (k.n ? k.n : 1) * sizeof *fs);
  uint32_t n = 0;
  uint8_t vis = BM_VIS_PRIVATE;
  bool ordered = is(list, BM_K_ordered_field_declaration_list);
  for (uint32_t i = 0; i < k.n; i++) {
    TSNode c = k.nodes[i];
    if (ordered) {
      if (is(c, BM_K_visibility_modifier)) {
        vis = ts_node_named_child_count(c) ? BM_VIS_RESTRICTED : BM_VIS_PUB;
        continue;
      }
      if (k.fields[i] != BM_FLD_type) continue;
      fs[n].name = 0;
      fs[n].vis = vis;
      fs[n].type = lower_type(l, c);
      fs[n].span = span(l, c);
      n++;
      vis = BM_VIS_PRIVATE;
    } else {
      if (!is(c, BM_K_field_declaration)) continue;
      fs[n].name = nsym(l, bm_child(c, BM_FLD_name));
      fs[n].vis = visibility(l, c);
      fs[n].type = lower_type(l, bm_child(c, BM_FLD_type));
      fs[n].span = span(l, c);
      n++;
    }
  }
  D(l, id)->fields = fs;
  D(l, id)->nfields = n;
  D(l, id)->ctor = ordered ? BM_CTOR_TUPLE : BM_CTOR_NAMED;
}

static void lower_use_tree(Lower *l, TSNode n, BmPathSeg *prefix, uint32_t nprefix,
                           DefList *out, uint8_t vis, TSNode item, int depth) {
  if (ts_node_is_null(n) || depth > 32) return;
  switch (bm_kind(n)) {
  case BM_K_scoped_use_list: {
    BmPath *p = lower_path(l, bm_child(n, BM_FLD_path));
    uint32_t np = (uint32_t)(nprefix + (p ? p->nsegs : 0));
    BmPathSeg *segs = bm_arena_alloc(A(l), (np ? np : 1) * sizeof *segs);
    if (nprefix) memcpy(segs, prefix, nprefix * sizeof *segs);
    if (p && p->nsegs) memcpy(segs + nprefix, p->segs, p->nsegs * sizeof *segs);
    lower_use_tree(l, bm_child(n, BM_FLD_list), segs, np, out, vis, item, depth + 1);
    return;
  }
  case BM_K_use_list: {
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++)
      if (ts_node_is_named(k.nodes[i]) && !is_trivia(k.nodes[i]))
        lower_use_tree(l, k.nodes[i], prefix, nprefix, out, vis, item, depth + 1);
    return;
  }
  default:
    break;
  }
  bool glob = is(n, BM_K_use_wildcard);
  TSNode pathn = n, alias = {0};
  if (is(n, BM_K_use_as_clause)) {
    pathn = bm_child(n, BM_FLD_path);
    alias = bm_child(n, BM_FLD_alias);
  } else if (glob) {
    pathn = ts_node_named_child(n, 0);
  }
  BmPath *p = ts_node_is_null(pathn) ? NULL : lower_path(l, pathn);
  uint32_t np = (uint32_t)(nprefix + (p ? p->nsegs : 0));
  BmPathSeg *segs = bm_arena_alloc(A(l), (np ? np : 1) * sizeof *segs);
  if (nprefix) memcpy(segs, prefix, nprefix * sizeof *segs);
  if (p && p->nsegs) memcpy(segs + nprefix, p->segs, p->nsegs * sizeof *segs);
  /* `use a::b::{self}` imports a::b */
  if (np >= 2 && segs[np - 1].name == BM_SYM_self) np--;
  BmPath *full = bm_arena_alloc(A(l), sizeof *full);
  full->segs = segs;
  full->nsegs = np;
  full->span = span(l, n);
  if (p && p->root == BM_PATH_GLOBAL && !nprefix) full->root = BM_PATH_GLOBAL;
  BmSym name = 0;
  if (!ts_node_is_null(alias)) {
    name = bm_kind(alias) == BM_K_identifier ? nsym(l, alias) : 0;
  } else if (!glob && np) {
    name = segs[np - 1].name;
  }
  BmDefId id = new_def(l, BM_DEF_USE, name, n);
  D(l, id)->vis = vis;
  D(l, id)->use_path = full;
  D(l, id)->is_glob = glob;
  D(l, id)->name_span = !ts_node_is_null(alias) ? span(l, alias) : (np ? segs[np - 1].span : span(l, n));
  /* `use x as _` imports only for trait methods: no name */
  bm_array_push(A(l), out, id);
}

static void lower_trait_or_impl_items(Lower *l, TSNode body, BmDefId owner) {
  DefList items = {0};
  BmDefId saved = l->owner;
  l->owner = owner;
  lower_items(l, body, &items);
  l->owner = saved;
  D(l, owner)->items = items.items;
  D(l, owner)->nitems = (uint32_t)items.len;
}

static void lower_item_inner(Lower *l, TSNode n, DefList *out, TSNode *attrs, uint32_t nattrs);

static void lower_item(Lower *l, TSNode n, DefList *out, TSNode *attrs, uint32_t nattrs) {
  if (!enter(l)) {
    /* items nested this deep are not read: what names them is unknown */
    body_unsupported(l, span(l, n), too_deep);
    if (l->module != NONE && l->module >= l->b->crate->base) {
      BmDef *m = bm_array_get(&l->b->crate->defs, l->module - l->b->crate->base);
      if (!m->unsupported) {
        m->unsupported = true;
        m->why = too_deep;
        m->name_span = span(l, n);
      }
    }
    return;
  }
  lower_item_inner(l, n, out, attrs, nattrs);
  leave(l);
}

static void lower_item_inner(Lower *l, TSNode n, DefList *out, TSNode *attrs, uint32_t nattrs) {
  Attrs at;
  read_attrs(l, attrs, nattrs, &at);
  uint8_t vis = visibility(l, n);
  BmKind kind = bm_kind(n);
  BmDefId id = NONE;
  BmDefId owner_kind_parent = l->owner;
  bool in_trait = owner_kind_parent != NONE && (owner_kind_parent >= l->b->crate->base) &&
                  D(l, owner_kind_parent)->kind == BM_DEF_TRAIT;
  if (in_trait) vis = BM_VIS_PUB;
  switch (kind) {
  case BM_K_function_item:
  case BM_K_function_signature_item:
    id = new_def(l, BM_DEF_FN, nsym(l, bm_child(n, BM_FLD_name)), n);
    D(l, id)->vis = vis;
    D(l, id)->lang = at.lang;
    lower_fn(l, n, id);
    break;
  case BM_K_struct_item:
  case BM_K_union_item: {
    id = new_def(l, kind == BM_K_struct_item ? BM_DEF_STRUCT : BM_DEF_UNION,
                 nsym(l, bm_child(n, BM_FLD_name)), n);
    D(l, id)->vis = vis;
    D(l, id)->derives = at.derives;
    set_derive_spans(l, id, &at);
    D(l, id)->lang = at.lang;
    D(l, id)->name_span = span(l, bm_child(n, BM_FLD_name));
    BmDefId saved = l->owner;
    l->owner = id;
    BmGenerics g;
    lower_generics(l, bm_child(n, BM_FLD_type_parameters), where_of(l, n), &g);
    D(l, id)->generics = g;
    TSNode body = bm_child(n, BM_FLD_body);
    if (ts_node_is_null(body)) D(l, id)->ctor = BM_CTOR_UNIT;
    else lower_fields(l, body, id);
    l->owner = saved;
    break;
  }
  case BM_K_enum_item: {
    id = new_def(l, BM_DEF_ENUM, nsym(l, bm_child(n, BM_FLD_name)), n);
    D(l, id)->vis = vis;
    D(l, id)->derives = at.derives;
    set_derive_spans(l, id, &at);
    D(l, id)->lang = at.lang;
    D(l, id)->name_span = span(l, bm_child(n, BM_FLD_name));
    BmDefId saved = l->owner;
    l->owner = id;
    BmGenerics g;
    lower_generics(l, bm_child(n, BM_FLD_type_parameters), where_of(l, n), &g);
    D(l, id)->generics = g;
    TSNode body = bm_child(n, BM_FLD_body);
    Kids k = kids(l, body);
    DefList vars = {0};
    bool skip = false;
    for (uint32_t i = 0; i < k.n; i++) {
      TSNode c = k.nodes[i];
      if (is(c, BM_K_attribute_item)) {
        if (attr_skips(l, c)) skip = true;
        continue;
      }
      if (!is(c, BM_K_enum_variant)) continue;
      if (skip) { skip = false; continue; }
      BmDefId v = new_def(l, BM_DEF_VARIANT, nsym(l, bm_child(c, BM_FLD_name)), c);
      D(l, v)->vis = BM_VIS_PUB;
      D(l, v)->name_span = span(l, bm_child(c, BM_FLD_name));
      TSNode vb = bm_child(c, BM_FLD_body);
      if (ts_node_is_null(vb)) D(l, v)->ctor = BM_CTOR_UNIT;
      else lower_fields(l, vb, v);
      TSNode disc = bm_child(c, BM_FLD_value);
      if (!ts_node_is_null(disc)) {
        BmBody *saved_body = l->body;
        l->body = new_body(l, v);
        D(l, v)->body = l->body;
        l->body->root = lower_expr(l, disc);
        l->body = saved_body;
      }
      bm_array_push(A(l), &vars, v);
    }
    D(l, id)->items = vars.items;
    D(l, id)->nitems = (uint32_t)vars.len;
    l->owner = saved;
    break;
  }
  case BM_K_trait_item: {
    id = new_def(l, BM_DEF_TRAIT, nsym(l, bm_child(n, BM_FLD_name)), n);
    D(l, id)->vis = vis;
    D(l, id)->lang = at.lang;
    D(l, id)->auto_trait = at.auto_trait;
    D(l, id)->name_span = span(l, bm_child(n, BM_FLD_name));
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++)
      if (bm_kind(k.nodes[i]) == BM_T_UNSAFE) D(l, id)->is_unsafe = true;
    BmDefId saved = l->owner;
    l->owner = id;
    BmGenerics g;
    lower_generics(l, bm_child(n, BM_FLD_type_parameters), where_of(l, n), &g);
    D(l, id)->generics = g;
    uint32_t nb;
    BmBound *bs = lower_bounds(l, bm_child(n, BM_FLD_bounds), &nb);
    D(l, id)->bounds = bs;
    D(l, id)->nbounds = nb;
    l->owner = saved;
    lower_trait_or_impl_items(l, bm_child(n, BM_FLD_body), id);
    break;
  }
  case BM_K_impl_item: {
    id = new_def(l, BM_DEF_IMPL, 0, n);
    D(l, id)->each = at.each;
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++) {
      if (bm_kind(k.nodes[i]) == BM_T_BANG) D(l, id)->negative = true;
      if (bm_kind(k.nodes[i]) == BM_T_UNSAFE) D(l, id)->is_unsafe = true;
    }
    BmDefId saved = l->owner;
    l->owner = id;
    BmGenerics g;
    lower_generics(l, bm_child(n, BM_FLD_type_parameters), where_of(l, n), &g);
    D(l, id)->generics = g;
    TSNode tr = bm_child(n, BM_FLD_trait);
    if (!ts_node_is_null(tr)) {
      BmPath *tp = lower_path(l, tr);
      D(l, id)->trait_ref = tp;
    }
    BmTypeRef *self = lower_type(l, bm_child(n, BM_FLD_type));
    D(l, id)->type = self;
    l->owner = saved;
    TSNode body = bm_child(n, BM_FLD_body);
    if (!ts_node_is_null(body)) lower_trait_or_impl_items(l, body, id);
    break;
  }
  case BM_K_mod_item: {
    id = new_def(l, BM_DEF_MOD, nsym(l, bm_child(n, BM_FLD_name)), n);
    D(l, id)->vis = vis;
    D(l, id)->name_span = span(l, bm_child(n, BM_FLD_name));
    TSNode body = bm_child(n, BM_FLD_body);
    if (ts_node_is_null(body)) {
      D(l, id)->unsupported = true;
      D(l, id)->why = "modules in other files (`mod x;`)";
      break;
    }
    BmDefId saved_owner = l->owner, saved_module = l->module;
    l->owner = id;
    l->module = id;
    DefList items = {0};
    lower_items(l, body, &items);
    D(l, id)->items = items.items;
    D(l, id)->nitems = (uint32_t)items.len;
    l->owner = saved_owner;
    l->module = saved_module;
    break;
  }
  case BM_K_use_declaration:
    lower_use_tree(l, bm_child(n, BM_FLD_argument), NULL, 0, out, vis, n, 0);
    return;
  case BM_K_const_item:
  case BM_K_static_item: {
    id = new_def(l, kind == BM_K_const_item ? BM_DEF_CONST : BM_DEF_STATIC,
                 nsym(l, bm_child(n, BM_FLD_name)), n);
    D(l, id)->vis = vis;
    D(l, id)->name_span = span(l, bm_child(n, BM_FLD_name));
    Kids k = kids(l, n);
    for (uint32_t i = 0; i < k.n; i++)
      if (is(k.nodes[i], BM_K_mutable_specifier)) D(l, id)->mut_static = true;
    BmDefId saved = l->owner;
    l->owner = id;
    D(l, id)->type = lower_type(l, bm_child(n, BM_FLD_type));
    TSNode v = bm_child(n, BM_FLD_value);
    if (!ts_node_is_null(v)) {
      BmBody *saved_body = l->body;
      l->body = new_body(l, id);
      D(l, id)->body = l->body;
      D(l, id)->has_body = true;
      l->body->root = lower_expr(l, v);
      l->body = saved_body;
    }
    l->owner = saved;
    break;
  }
  case BM_K_type_item: {
    id = new_def(l, BM_DEF_TYPE_ALIAS, nsym(l, bm_child(n, BM_FLD_name)), n);
    D(l, id)->vis = in_trait ? BM_VIS_PUB : vis;
    D(l, id)->name_span = span(l, bm_child(n, BM_FLD_name));
    BmDefId saved = l->owner;
    l->owner = id;
    BmGenerics g;
    lower_generics(l, bm_child(n, BM_FLD_type_parameters), where_of(l, n), &g);
    D(l, id)->generics = g;
    D(l, id)->type = lower_type(l, bm_child(n, BM_FLD_type));
    l->owner = saved;
    if (in_trait) D(l, id)->kind = BM_DEF_ASSOC_TYPE; /* `type X = Default;` in a trait */
    break;
  }
  case BM_K_associated_type: {
    id = new_def(l, BM_DEF_ASSOC_TYPE, nsym(l, bm_child(n, BM_FLD_name)), n);
    D(l, id)->vis = BM_VIS_PUB;
    D(l, id)->name_span = span(l, bm_child(n, BM_FLD_name));
    BmDefId saved = l->owner;
    l->owner = id;
    uint32_t nb;
    BmBound *bs = lower_bounds(l, bm_child(n, BM_FLD_bounds), &nb);
    D(l, id)->bounds = bs;
    D(l, id)->nbounds = nb;
    BmGenerics g;
    lower_generics(l, bm_child(n, BM_FLD_type_parameters), where_of(l, n), &g);
    D(l, id)->generics = g;
    l->owner = saved;
    break;
  }
  case BM_K_macro_definition:
    id = new_def(l, BM_DEF_MACRO, nsym(l, bm_child(n, BM_FLD_name)), n);
    break;
  case BM_K_extern_crate_declaration: {
    TSNode name = bm_child(n, BM_FLD_name), alias = bm_child(n, BM_FLD_alias);
    id = new_def(l, BM_DEF_EXTERN_CRATE, nsym(l, ts_node_is_null(alias) ? name : alias), n);
    D(l, id)->use_path = name_path(l, name);
    D(l, id)->vis = vis;
    break;
  }
  case BM_K_foreign_mod_item:
  default:
    /* extern blocks and item-position macros may define names we cannot
       see: the module says so, and unresolved names in it stay silent */
    if (l->module != NONE && l->module >= l->b->crate->base) {
      BmDef *m = D(l, l->module);
      if (!m->unsupported) {
        m->unsupported = true;
        m->why = kind == BM_K_macro_invocation ? "items made by a macro" : "extern blocks";
        m->name_span = span(l, n);
      }
    }
    return;
  }
  if (id != NONE) bm_array_push(A(l), out, id);
}

/* The items of a source_file or declaration_list, with the attributes
 * before each one. */
static void lower_items(Lower *l, TSNode list, DefList *out) {
  Kids k = kids(l, list);
  TSNode attrs[16];
  uint32_t nattrs = 0;
  bool skip = false;
  for (uint32_t i = 0; i < k.n; i++) {
    TSNode c = k.nodes[i];
    if (!ts_node_is_named(c) || is_trivia(c)) continue;
    BmKind kind = bm_kind(c);
    if (kind == BM_K_attribute_item) {
      if (attr_skips(l, c)) skip = true;
      if (nattrs < 16) attrs[nattrs++] = c;
      continue;
    }
    if (kind == BM_K_inner_attribute_item || kind == BM_K_shebang || kind == BM_K_empty_statement) continue;
    if (skip) {
      skip = false;
      nattrs = 0;
      continue;
    }
    if (kind == BM_K_expression_statement || kind == BM_K_macro_invocation) {
      /* an item-position macro: items we cannot see */
      TSNode inner = kind == BM_K_expression_statement ? ts_node_named_child(c, 0) : c;
      lower_item(l, inner, out, attrs, nattrs);
      nattrs = 0;
      continue;
    }
    lower_item(l, c, out, attrs, nattrs);
    nattrs = 0;
  }
}

void bm_hir_lower_file(BmHirBuilder *b, TSNode root) {
  Lower l;
  memset(&l, 0, sizeof l);
  l.b = b;
  l.cx.text = b->text;
  l.cx.length = b->length;
  l.cx.delta = 0;
  BmCrate *c = b->crate;
  if (c->root == NONE || c->defs.len == 0) {
    l.owner = NONE;
    l.module = NONE;
    c->root = new_def(&l, BM_DEF_MOD, 0, root);
    D(&l, c->root)->vis = BM_VIS_PUB;
    D(&l, c->root)->is_std = b->is_std;
  }
  l.owner = c->root;
  l.module = c->root;
  DefList items = {0};
  /* std's files add to the root's items */
  BmDef *r = D(&l, c->root);
  for (uint32_t i = 0; i < r->nitems; i++) bm_array_push(b->arena, &items, r->items[i]);
  lower_items(&l, root, &items);
  r = D(&l, c->root);
  r->items = items.items;
  r->nitems = (uint32_t)items.len;
}

BmDef *bm_def(const BmCrate *std, const BmCrate *local, BmDefId id) {
  if (local && id >= local->base) return bm_array_get(&local->defs, id - local->base);
  return bm_array_get(&std->defs, id - std->base);
}
