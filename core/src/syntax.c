/*
 * syntax.c: parse errors.
 *
 * tree-sitter always returns a tree; where the text does not fit the grammar
 * the tree holds ERROR nodes (text skipped) and MISSING nodes (a token the
 * parser invented to recover, such as a `;`). Each becomes one diagnostic.
 * The walk uses a tree cursor, not recursion, so 10,000 nested braces cost
 * no C stack.
 */
#include <string.h>

#include "bm.h"

enum { BM_MAX_SYNTAX_ERRORS = 100, BM_SNIPPET_CHARS = 24 };

/* A short excerpt of the source at a node, for "syntax error near `...`":
 * the first line of the node's text, cut at BM_SNIPPET_CHARS characters. */
static const char *snippet(BmDiagSink *sink, uint32_t start, uint32_t end) {
  const char *text = sink->src->text;
  while (start < end && (text[start] == ' ' || text[start] == '\t' ||
                         text[start] == '\n' || text[start] == '\r'))
    start++;
  uint32_t i = start, chars = 0;
  while (i < end && text[i] != '\n' && text[i] != '\r') {
    if (((unsigned char)text[i] & 0xC0) != 0x80) {
      if (chars == BM_SNIPPET_CHARS) break;
      chars++;
    }
    i++;
  }
  bool cut = i < end;
  return bm_arena_printf(sink->arena, "%.*s%s", (int)(i - start), text + start,
                         cut ? "…" : "");
}

static void report_node(BmDiagSink *sink, TSNode node) {
  uint32_t start = ts_node_start_byte(node), end = ts_node_end_byte(node);
  if (ts_node_is_missing(node)) {
    const char *what = ts_node_type(node);
    BmDiagnostic *d;
    if (ts_node_is_named(node))
      d = bm_diag_error(sink, NULL, start, end, "expected %s", what);
    else
      d = bm_diag_error(sink, NULL, start, end, "expected `%s`", what);
    bm_diag_label(sink, d, start, end, "the parser expected it here");
    return;
  }
  if (start == end) {
    bm_diag_error(sink, NULL, start, end, "syntax error");
    return;
  }
  const char *near = snippet(sink, start, end);
  BmDiagnostic *d = bm_diag_error(sink, NULL, start, end,
                                  "syntax error near `%s`", near);
  bm_diag_note(sink, d, "borrowmap checks ownership only once the code parses;"
                        " fix this first");
}

uint32_t bm_syntax_report(BmDiagSink *sink, TSNode root) {
  if (!ts_node_has_error(root)) return 0;
  uint32_t count = 0;
  TSTreeCursor cur = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cur);
    bool descend = false;
    if (ts_node_is_error(n) || ts_node_is_missing(n)) {
      if (count < BM_MAX_SYNTAX_ERRORS) report_node(sink, n);
      count++;
    } else if (ts_node_has_error(n) && bm_kind(n) != BM_K_macro_definition) {
      /* a macro_rules! body is token trees of any tokens (`~`, `$`...),
         some of which the grammar does not accept: not Rust's errors */
      descend = true;
    }
    if (descend && ts_tree_cursor_goto_first_child(&cur)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cur)) {
      if (!ts_tree_cursor_goto_parent(&cur)) goto done;
    }
  }
done:
  ts_tree_cursor_delete(&cur);
  return count;
}

/* ---- node kinds and fields as integers
 * The table maps every grammar symbol to a BmKind, by name, once per
 * process: several symbols can share a name (aliases), and all of them map
 * to the same kind. Built on first use; the grammar is static data, so the
 * table is too (after the first call it is only read). */

static const char *const kind_names[BM_K_COUNT] = {
  [BM_K_NONE] = "",
#define BM_X(n) [BM_K_##n] = #n,
  BM_NODE_KINDS(BM_X)
#undef BM_X
#define BM_X(n, s) [BM_T_##n] = s,
  BM_TOKENS(BM_X)
#undef BM_X
};

static const char *const field_names[BM_FLD_COUNT] = {
  [BM_FLD_NONE] = "",
#define BM_X(n) [BM_FLD_##n] = #n,
  BM_FIELD_NAMES(BM_X)
#undef BM_X
};

enum { BM_MAX_SYMBOLS = 1024, BM_MAX_FIELDS = 64 };
/* tree-sitter's ts_builtin_sym_error (tree_sitter/parser.h), which
   ts_node_is_error compares ts_node_symbol with */
#define BM_TS_SYM_ERROR ((TSSymbol)-1)
static uint16_t symbol_kind[BM_MAX_SYMBOLS];
static TSFieldId field_ids[BM_FLD_COUNT];
static uint8_t field_of_id[BM_MAX_FIELDS];
static bool kinds_ready;

static void kinds_init(void) {
  const TSLanguage *lang = tree_sitter_rust();
  uint32_t n = ts_language_symbol_count(lang);
  if (n > BM_MAX_SYMBOLS) n = BM_MAX_SYMBOLS;
  for (uint32_t s = 0; s < n; s++) {
    const char *name = ts_language_symbol_name(lang, (TSSymbol)s);
    TSSymbolType type = ts_language_symbol_type(lang, (TSSymbol)s);
    if (!name) continue;
    uint16_t k = BM_K_NONE;
    if (type == TSSymbolTypeRegular) {
      for (int i = 1; i <= BM_K_ERROR; i++)
        if (strcmp(kind_names[i], name) == 0) { k = (uint16_t)i; break; }
    } else if (type == TSSymbolTypeAnonymous) {
      for (int i = BM_K_ERROR + 1; i < BM_K_COUNT; i++)
        if (strcmp(kind_names[i], name) == 0) { k = (uint16_t)i; break; }
    }
    symbol_kind[s] = k;
  }
  /* tree-sitter's ERROR symbol is a reserved id ((TSSymbol)-1), not in
     the symbol list: bm_kind tests ts_node_is_error first. */
  for (int f = 1; f < BM_FLD_COUNT; f++) {
    field_ids[f] = ts_language_field_id_for_name(lang, field_names[f],
                                                 (uint32_t)strlen(field_names[f]));
    if (field_ids[f] < BM_MAX_FIELDS) field_of_id[field_ids[f]] = (uint8_t)f;
  }
  kinds_ready = true;
}

BmKind bm_kind(TSNode n) {
  if (ts_node_is_null(n)) return BM_K_NONE;
  if (!kinds_ready) kinds_init();
  TSSymbol s = ts_node_symbol(n);
  /* ts_node_is_error(n), without asking for the symbol a second time */
  if (s == BM_TS_SYM_ERROR) return BM_K_ERROR;
  return s < BM_MAX_SYMBOLS ? (BmKind)symbol_kind[s] : BM_K_NONE;
}

TSNode bm_child(TSNode n, BmFieldName field) {
  if (!kinds_ready) kinds_init();
  return bm_ts_child_by_field_id(n, field_ids[field]);
}

/* tree-sitter finds a field's id by comparing its name with every field
 * name of the grammar; the passes ask by name a few million times on a
 * big program. The ids of the names asked, cached by the name's address
 * (the callers pass literals) and checked by content on a hit. */
enum { FIELD_CACHE = 128 };
static struct {
  const char *name;
  uint32_t len;
  TSFieldId id;
} field_cache[FIELD_CACHE];

TSNode bm_field_name(TSNode n, const char *name, uint32_t len) {
  uint32_t h = (uint32_t)(((uintptr_t)name >> 3) * 2654435761u) & (FIELD_CACHE - 1);
  for (uint32_t probe = 0; probe < FIELD_CACHE; probe++, h = (h + 1) & (FIELD_CACHE - 1)) {
    if (field_cache[h].name == name && field_cache[h].len == len)
      return bm_ts_child_by_field_id(n, field_cache[h].id);
    if (!field_cache[h].name) {
      TSFieldId id = ts_language_field_id_for_name(tree_sitter_rust(), name, len);
      field_cache[h].name = name;
      field_cache[h].len = len;
      field_cache[h].id = id;
      return bm_ts_child_by_field_id(n, id);
    }
  }
  return ts_node_child_by_field_name(n, name, len);
}

BmFieldName bm_field_of_id(TSFieldId id) {
  if (!kinds_ready) kinds_init();
  return id < BM_MAX_FIELDS ? (BmFieldName)field_of_id[id] : BM_FLD_NONE;
}

BmFieldName bm_cursor_field(const TSTreeCursor *c) {
  return bm_field_of_id(ts_tree_cursor_current_field_id(c));
}

const char *bm_kind_name(BmKind k) { return k < BM_K_COUNT ? kind_names[k] : "?"; }
