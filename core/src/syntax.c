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
    } else if (ts_node_has_error(n)) {
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
