/*
 * macros.c: the arguments of the std macros the checker models (format and
 * assertion families, `vec!`, `dbg!`, `matches!`), parsed once per analysis.
 *
 * To tree-sitter a macro's arguments are a token tree. To read them as
 * expressions the analysis parses one more text, once: a copy of the source
 * of the same length (plus one byte) that is blank except for the modelled
 * macros, each rewritten in place as an expression with the same offsets:
 *
 *     println!("{} {}", a, b)   ->   println ("{} {}", a, b);   a call
 *     vec![x; n]                ->       [x; n];                an array
 *     matches!(v, Some(_))      ->   matches (v          );     the value only
 *
 * (`;` goes in the byte after the macro, blank in the copy.) Modelled macros
 * nested in the arguments of another (`format!` in `println!`, found in its
 * token tree as `name ! (...)`) are rewritten inside it the same way, so
 * the one parse reads them all. Newlines are kept, so lines match too.
 *
 * Because the offsets are the source's, every node of the macros' tree reads
 * its text from the source like the nodes of the main tree, through its
 * span; no pass ever swaps texts. The tree lives until the analysis ends
 * (bm_macros_free), so a node taken from it (a fn declared in a block in a
 * macro argument) never outlives it.
 *
 * Assumes: the source parsed without errors. A macro whose rewritten text
 * does not parse cleanly (a user macro named like std's, taking anything)
 * gets no arguments: bm_macro_call returns it with a null `args`.
 */
#include <stdlib.h>
#include <string.h>

#include "bm.h"

static const struct {
  const char *name;
  BmMacCallKind kind;
} modelled[] = {
  {"println", BM_MC_FORMAT}, {"print", BM_MC_FORMAT}, {"eprintln", BM_MC_FORMAT},
  {"eprint", BM_MC_FORMAT}, {"format", BM_MC_FORMAT}, {"format_args", BM_MC_FORMAT},
  {"panic", BM_MC_PANIC}, {"todo", BM_MC_PANIC}, {"unimplemented", BM_MC_PANIC},
  {"unreachable", BM_MC_PANIC},
  {"write", BM_MC_WRITE}, {"writeln", BM_MC_WRITE},
  {"assert", BM_MC_ASSERT}, {"debug_assert", BM_MC_ASSERT},
  {"assert_eq", BM_MC_ASSERT_CMP}, {"assert_ne", BM_MC_ASSERT_CMP},
  {"debug_assert_eq", BM_MC_ASSERT_CMP}, {"debug_assert_ne", BM_MC_ASSERT_CMP},
  {"vec", BM_MC_VEC}, {"dbg", BM_MC_DBG}, {"matches", BM_MC_MATCHES},
};

BmMacCallKind bm_macro_kind(const char *name) {
  for (size_t i = 0; i < sizeof modelled / sizeof *modelled; i++)
    if (strcmp(modelled[i].name, name) == 0) return modelled[i].kind;
  return BM_MC_NONE;
}

/* The last segment of a macro's path node (identifier or scoped_identifier). */
static TSNode last_segment(TSNode path) {
  if (bm_node_is(path, "scoped_identifier")) {
    TSNode name = bm_field_name(path, "name", 4);
    if (!ts_node_is_null(name)) return name;
  }
  return path;
}

static BmMacCallKind kind_of_name(const BmSource *src, TSNode name) {
  if (!bm_node_is(name, "identifier")) return BM_MC_NONE;
  uint32_t s = ts_node_start_byte(name), e = ts_node_end_byte(name);
  char buf[24];
  if (e - s >= sizeof buf) return BM_MC_NONE;
  memcpy(buf, src->text + s, e - s);
  buf[e - s] = 0;
  return bm_macro_kind(buf);
}

typedef struct { uint32_t start, end; } Blank;

typedef struct {
  BmArena *a;
  const BmSource *src;
  char *buf;
  BmMacros *m;
  BmArray(Blank) blanks;    /* applied last: matches!'s pattern */
  BmArray(TSRange) ranges;  /* the copied invocations, ascending: all the
                               parser reads of the copy (the rest is blank) */
} Rewriter;

static void fill(char *buf, const BmSource *src, uint32_t start, uint32_t end) {
  for (uint32_t i = start; i < end; i++)
    if (src->text[i] != '\n') buf[i] = ' ';
}

/* Rewrite one modelled macro whose path starts at `path_start`, whose `!`
 * is at `bang` and whose token tree is `tt`. */
static void rewrite(Rewriter *rw, BmMacCallKind kind, uint32_t path_start, uint32_t bang, TSNode tt) {
  uint32_t open = ts_node_start_byte(tt), close = ts_node_end_byte(tt);
  if (close <= open + 1) return;
  close--;
  BmMacroCall call;
  memset(&call, 0, sizeof call);
  call.open = open;
  call.kind = (uint8_t)kind;
  bm_array_push(rw->a, &rw->m->calls, call);
  if (kind == BM_MC_VEC) {
    fill(rw->buf, rw->src, path_start, open);
    rw->buf[open] = '[';
    rw->buf[close] = ']';
  } else {
    fill(rw->buf, rw->src, bang, bang + 1);
    rw->buf[open] = '(';
    rw->buf[close] = ')';
  }
  if (kind == BM_MC_MATCHES) {
    /* only the matched value is an expression */
    BmNodes k = bm_kids_all(rw->a, tt);
    for (uint32_t i = 1; i + 1 < k.len; i++)
      if (strcmp(ts_node_type(k.items[i]), ",") == 0) {
        Blank b = {ts_node_start_byte(k.items[i]), close};
        bm_array_push(rw->a, &rw->blanks, b);
        break;
      }
  }
}

/* Modelled macros written inside a token tree: `name ! (...)`, the name
 * maybe a path (`std :: format`). */
static void rewrite_nested(Rewriter *rw, TSNode tt) {
  BmNodes k = bm_kids_all(rw->a, tt);
  for (uint32_t i = 1; i + 1 < k.len; i++) {
    if (strcmp(ts_node_type(k.items[i]), "!") != 0 || !bm_node_is(k.items[i + 1], "token_tree"))
      continue;
    BmMacCallKind kind = kind_of_name(rw->src, k.items[i - 1]);
    if (kind == BM_MC_NONE) continue;
    uint32_t first = i - 1;
    while (first >= 2 && strcmp(ts_node_type(k.items[first - 1]), "::") == 0 &&
           bm_node_is(k.items[first - 2], "identifier"))
      first -= 2;
    rewrite(rw, kind, ts_node_start_byte(k.items[first]), ts_node_start_byte(k.items[i]),
            k.items[i + 1]);
  }
}

/* A top-level modelled macro_invocation: copy it, rewrite it and what is
 * nested in it (every token tree below, walked with a cursor). */
static void rewrite_invocation(Rewriter *rw, TSNode n, BmMacCallKind kind) {
  uint32_t start = ts_node_start_byte(n), end = ts_node_end_byte(n);
  TSNode path = bm_field_name(n, "macro", 5);
  TSNode tt = {0}, bang = {0};
  BmNodes k = bm_kids_all(rw->a, n);
  for (uint32_t i = 0; i < k.len; i++) {
    if (strcmp(ts_node_type(k.items[i]), "!") == 0 && ts_node_is_null(bang)) bang = k.items[i];
    if (bm_node_is(k.items[i], "token_tree")) tt = k.items[i];
  }
  if (ts_node_is_null(tt) || ts_node_is_null(bang) || ts_node_is_null(path)) return;
  memcpy(rw->buf + start, rw->src->text + start, end - start);
  rewrite(rw, kind, ts_node_start_byte(path), ts_node_start_byte(bang), tt);
  BmPreorder w;
  bm_preorder_init(&w, rw->a, tt);
  for (TSNode x; bm_preorder_next(&w, &x);)
    if (bm_node_is(x, "token_tree")) rewrite_nested(rw, x);
  /* the statement's end; blank in the copy (macros never touch) */
  char c = rw->buf[end];
  TSRange r = {ts_node_start_point(n), ts_node_end_point(n), start, end};
  if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
    rw->buf[end] = ';';
    r.end_byte = end + 1;
    if (end < rw->src->length && rw->src->text[end] == '\n') {
      r.end_point.row++;
      r.end_point.column = 0;
    } else {
      r.end_point.column++;
    }
  }
  bm_array_push(rw->a, &rw->ranges, r);
}

static int call_cmp(const void *x, const void *y) {
  const BmMacroCall *a = x, *b = y;
  return a->open < b->open ? -1 : a->open > b->open;
}

static BmMacroCall *find(const BmMacros *m, uint32_t open) {
  uint32_t lo = 0, hi = m->calls.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (m->calls.items[mid].open < open) lo = mid + 1;
    else hi = mid;
  }
  return lo < m->calls.len && m->calls.items[lo].open == open ? &m->calls.items[lo] : NULL;
}

void bm_macros_parse(BmMacros *m, BmArena *a, TSParser *parser, const BmSource *src,
                     TSNode root) {
  memset(m, 0, sizeof *m);
  Rewriter rw;
  memset(&rw, 0, sizeof rw);
  rw.a = a;
  rw.src = src;
  rw.m = m;
  /* the top-level modelled macros, in source order: a walk of the whole
     tree, in preorder, with the children of the nodes being walked on a
     stack (bm_ts_children lists them at a fraction of a cursor's cost) */
  bool any = false;
  /* the depth of the walk, and of the #[cfg(test)] item it is inside
     (NOT_DEAD when none); `skip` as bm_attr_compiled keeps it: set by an
     attribute for the next sibling, reset on every step down or up */
  enum { NOT_DEAD = UINT32_MAX };
  uint32_t depth = 0, dead = NOT_DEAD;
  bool skip = false;
  typedef struct { uint32_t start, len, next; } Frame;
  BmArray(Frame) frames = {0};
  BmArray(TSNode) nodes = {0};
  TSNode n = root;
  for (;;) {
    BmKind k = bm_kind(n);
    bool named = ts_node_is_named(n);
    if (k == BM_K_trait_item) bm_array_push(a, &m->traits, n);
    else if (k == BM_K_impl_item) bm_array_push(a, &m->impls, n);
    else if (k == BM_K_lifetime || k == BM_K_label) bm_array_push(a, &m->lifetimes, n);
    if (named && dead == NOT_DEAD) {
      if (!bm_attr_compiled(n, src->text, &skip)) dead = depth;
      else if (k == BM_K_function_item || k == BM_K_function_signature_item || k == BM_K_struct_item ||
               k == BM_K_enum_item)
        bm_array_push(a, &m->signatures, n);
    }
    /* (an attribute is not entered: its `skip` is its next sibling's) */
    bool descend = named && k != BM_K_token_tree && k != BM_K_macro_definition && k != BM_K_attribute_item;
    if (k == BM_K_macro_invocation) {
      descend = false;
      BmMacCallKind kind = kind_of_name(src, last_segment(bm_field_name(n, "macro", 5)));
      if (kind != BM_MC_NONE) {
        if (!any) {
          /* blank, newlines kept, and one byte more for a last `;` */
          rw.buf = bm_arena_alloc(a, (size_t)src->length + 2);
          for (uint32_t i = 0; i < src->length; i++) rw.buf[i] = src->text[i] == '\n' ? '\n' : ' ';
          rw.buf[src->length] = ' ';
          any = true;
        }
        rewrite_invocation(&rw, n, kind);
      }
    }
    if (descend) {
      uint32_t count = ts_node_child_count(n);
      if (count) {
        Frame f = {nodes.len, 0, 0};
        while (nodes.cap < nodes.len + count) bm_array_grow_(a, (void **)&nodes.items, &nodes.cap, nodes.cap,
                                                             sizeof *nodes.items);
        f.len = bm_ts_children(n, nodes.items + nodes.len, NULL, count);
        if (f.len > count) { /* hidden nodes too deep for it: a cursor */
          f.len = 0;
          TSTreeCursor c = ts_tree_cursor_new(n);
          if (ts_tree_cursor_goto_first_child(&c)) {
            do nodes.items[nodes.len + f.len++] = ts_tree_cursor_current_node(&c);
            while (f.len < count && ts_tree_cursor_goto_next_sibling(&c));
          }
          ts_tree_cursor_delete(&c);
        }
        nodes.len += f.len;
        if (f.len) {
          bm_array_push(a, &frames, f);
          depth++;
          skip = false;
        }
      }
    }
    /* the next node: the next child of the innermost node with one left */
    while (frames.len && frames.items[frames.len - 1].next == frames.items[frames.len - 1].len) {
      nodes.len = frames.items[--frames.len].start;
      skip = false;
      depth--;
    }
    if (!frames.len) break;
    Frame *f = &frames.items[frames.len - 1];
    if (f->next > 0 && depth <= dead) dead = NOT_DEAD; /* out of the cfg'd-out item */
    n = nodes.items[f->start + f->next++];
  }
  if (!any) return;
  for (uint32_t i = 0; i < rw.blanks.len; i++)
    fill(rw.buf, src, rw.blanks.items[i].start, rw.blanks.items[i].end);
  qsort(m->calls.items, m->calls.len, sizeof *m->calls.items, call_cmp);
  /* only the copies are parsed: on a big program the blank between them
     costs more than they do (offsets stay the source's). tree-sitter's
     lexer looks ranges up linearly, so with many (10,000 println!s: 4x
     slower; 1,000 ranges still gain) the whole copy is parsed instead. */
  bool ranged = rw.ranges.len <= 1000 && ts_parser_set_included_ranges(parser, rw.ranges.items, rw.ranges.len);
  m->tree = ts_parser_parse_string(parser, NULL, rw.buf, src->length + 1);
  if (ranged) ts_parser_set_included_ranges(parser, NULL, 0);
  if (!m->tree) return;
  /* each call or array standing for a macro, in a statement that parsed */
  TSNode troot = ts_tree_root_node(m->tree);
  TSTreeCursor cur = ts_tree_cursor_new(troot);
  for (bool top = ts_tree_cursor_goto_first_child(&cur); top;) {
    TSNode stmt = ts_tree_cursor_current_node(&cur);
    if (!ts_node_has_error(stmt)) {
      BmPreorder w;
      bm_preorder_init(&w, a, stmt);
      for (TSNode x; bm_preorder_next(&w, &x);) {
        TSNode args = {0};
        if (bm_node_is(x, "call_expression")) args = bm_field_name(x, "arguments", 9);
        else if (bm_node_is(x, "array_expression")) args = x;
        BmMacroCall *c = ts_node_is_null(args) ? NULL : find(m, ts_node_start_byte(args));
        if (c && (c->kind == BM_MC_VEC) == bm_node_is(args, "array_expression")) c->args = args;
      }
    }
    top = ts_tree_cursor_goto_next_sibling(&cur);
  }
  ts_tree_cursor_delete(&cur);
}

void bm_macros_free(BmMacros *m) {
  if (!m) return;
  if (m->tree) ts_tree_delete(m->tree);
  m->tree = NULL;
}

const BmMacroCall *bm_macro_call(const BmMacros *m, TSNode n) {
  if (!m || ts_node_is_null(n)) return NULL;
  if (bm_node_is(n, "macro_invocation")) {
    uint32_t cnt = ts_node_named_child_count(n);
    TSNode tt = cnt ? ts_node_named_child(n, cnt - 1) : n;
    if (!bm_node_is(tt, "token_tree")) return NULL;
    return find(m, ts_node_start_byte(tt));
  }
  if (!m->tree || n.tree != m->tree) return NULL;
  TSNode args = n;
  if (bm_node_is(n, "call_expression")) args = bm_field_name(n, "arguments", 9);
  else if (!bm_node_is(n, "array_expression")) return NULL;
  if (ts_node_is_null(args)) return NULL;
  const BmMacroCall *c = find(m, ts_node_start_byte(args));
  return c && ts_node_eq(c->args, args) ? c : NULL;
}
