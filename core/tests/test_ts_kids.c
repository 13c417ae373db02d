/*
 * test_ts_kids: bm_ts_children, bm_ts_child_by_field_id and bm_preorder_next
 * (core/src/ts_kids.c), which read tree-sitter's private structures,
 * against the public API, on every node
 * of every file given (the golden cases, the std declarations) and of a few
 * texts made here (a long block, deep nesting, syntax errors, comments as
 * extras everywhere).
 *   test_ts_kids FILE.rs...
 * For each node: the same children as ts_node_child(n, 0..) (same TSNode,
 * byte for byte) and as a cursor's siblings, each with the field the
 * cursor names; the same node as ts_node_child_by_field_id for every field
 * of the grammar; and bm_preorder_next's walk is the cursor's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"
#include "testutil.h"

static unsigned long checked, failures;

static void fail(const char *what, const char *name, TSNode n, uint32_t i) {
  if (failures++ < 20)
    fprintf(stderr, "test_ts_kids: %s: %s at byte %u (%s), child %u\n", name, what, ts_node_start_byte(n),
            ts_node_type(n), i);
}

static void check_node(TSNode n, const char *name) {
  uint32_t count = ts_node_child_count(n);
  TSNode *got = malloc(sizeof(TSNode) * (count + 1));
  uint8_t *fields = malloc(count + 1);
  uint32_t len = bm_ts_children(n, got, fields, count + 1);
  checked++;
  if (len == UINT32_MAX) {
    fail("fell back (hidden nodes nest too deep)", name, n, 0);
  } else if (len != count) {
    fail("child count differs", name, n, len);
  } else {
    TSTreeCursor c = ts_tree_cursor_new(n);
    bool more = ts_tree_cursor_goto_first_child(&c);
    for (uint32_t i = 0; i < count; i++) {
      TSNode want = ts_node_child(n, i);
      if (memcmp(&want, &got[i], sizeof want) != 0) fail("not ts_node_child's node", name, n, i);
      if (!more) {
        fail("the cursor has fewer children", name, n, i);
        break;
      }
      TSNode cur = ts_tree_cursor_current_node(&c);
      if (memcmp(&cur, &got[i], sizeof cur) != 0) fail("not the cursor's node", name, n, i);
      if (fields[i] != (uint8_t)bm_cursor_field(&c)) fail("not the cursor's field", name, n, i);
      more = ts_tree_cursor_goto_next_sibling(&c);
    }
    if (more) fail("the cursor has more children", name, n, count);
    ts_tree_cursor_delete(&c);
    /* a short buffer: the count still, the first ones written */
    if (count > 1) {
      TSNode one;
      if (bm_ts_children(n, &one, NULL, 1) != count || memcmp(&one, &got[0], sizeof one) != 0)
        fail("a short buffer changes the result", name, n, 0);
    }
  }
  free(got);
  free(fields);
  /* every field of the grammar, asked of every node */
  uint32_t nfields = ts_language_field_count(tree_sitter_rust());
  for (TSFieldId f = 1; f <= nfields; f++) {
    TSNode want = ts_node_child_by_field_id(n, f), have = bm_ts_child_by_field_id(n, f);
    if (memcmp(&want, &have, sizeof want) != 0) fail("not ts_node_child_by_field_id's node", name, n, f);
  }
}

static void check_text(TSParser *p, const char *text, size_t len, const char *name) {
  TSTree *tree = ts_parser_parse_string(p, NULL, text, (uint32_t)len);
  TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(tree));
  BmArena arena;
  bm_arena_init(&arena);
  BmPreorder w;
  bm_preorder_init(&w, &arena, ts_tree_root_node(tree));
  for (uint32_t i = 0;; i++) {
    TSNode n = ts_tree_cursor_current_node(&c), pre;
    if (!bm_preorder_next(&w, &pre) || memcmp(&n, &pre, sizeof n) != 0) {
      fail("bm_preorder_next is not the cursor's walk", name, n, i);
      break;
    }
    if (ts_tree_cursor_goto_first_child(&c)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&c))
      if (!ts_tree_cursor_goto_parent(&c)) goto walked;
  }
walked:;
  TSNode extra;
  if (!failures && bm_preorder_next(&w, &extra)) fail("bm_preorder_next walks past the end", name, extra, 0);
  bm_arena_free(&arena);
  ts_tree_cursor_reset(&c, ts_tree_root_node(tree));
  for (;;) {
    check_node(ts_tree_cursor_current_node(&c), name);
    if (ts_tree_cursor_goto_first_child(&c)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&c))
      if (!ts_tree_cursor_goto_parent(&c)) goto done;
  }
done:
  ts_tree_cursor_delete(&c);
  ts_tree_delete(tree);
}

static char *repeat(const char *head, const char *unit, unsigned times, const char *tail) {
  size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
  char *s = malloc(hl + ul * times + tl + 1);
  memcpy(s, head, hl);
  for (unsigned i = 0; i < times; i++) memcpy(s + hl + ul * i, unit, ul);
  memcpy(s + hl + ul * times, tail, tl + 1);
  return s;
}

int main(int argc, char **argv) {
  TSParser *p = ts_parser_new();
  ts_parser_set_language(p, tree_sitter_rust());
  for (int i = 1; i < argc; i++) {
    size_t len;
    char *text = test_read_file(argv[i], &len);
    if (!text) {
      fprintf(stderr, "test_ts_kids: cannot read %s\n", argv[i]);
      return 2;
    }
    check_text(p, text, len, argv[i]);
    free(text);
  }
  struct {
    const char *name, *head, *unit, *tail;
    unsigned times;
  } made[] = {
    {"a long block", "fn main() {\n", "    let x = 1; // c\n", "}\n", 20000},
    {"many items", "", "/* c */ fn f() {} struct S; impl S { fn g(&self) {} }\n", "", 3000},
    {"deep nesting", "fn main() { let x = ", "(1 + [", "0", 300},
    {"syntax errors", "fn main() {\n", "    let = ; x.(); } {\n", "", 500},
    {"a long match", "fn f(x: u32) -> u32 { match x {\n", "    1 | 2 if x > 0 => 3, // c\n", "_ => 0 } }\n",
     5000},
  };
  for (size_t i = 0; i < sizeof made / sizeof *made; i++) {
    char *text = repeat(made[i].head, made[i].unit, made[i].times, made[i].tail);
    check_text(p, text, strlen(text), made[i].name);
    free(text);
  }
  ts_parser_delete(p);
  if (failures) {
    fprintf(stderr, "test_ts_kids: %lu of %lu nodes differ\n", failures, checked);
    return 1;
  }
  printf("test_ts_kids: %lu nodes, all alike\n", checked);
  return 0;
}
