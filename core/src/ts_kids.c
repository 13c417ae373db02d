/*
 * ts_kids.c: a node's children in one linear pass, read from tree-sitter's
 * own trees.
 *
 * tree-sitter's API gives a node's children two ways, both slow for a walk
 * that lists every node's children: ts_node_child(n, i) starts over from
 * the first child on every call (a loop over it is quadratic), and a
 * TSTreeCursor costs some 700 instructions a step on this grammar (it
 * re-derives an iterator at every level it climbs). Listing the children
 * of every node of the 1,000-line benchmark took half as long as parsing
 * it. Here the children are enumerated as ts_node_child's own iterator
 * does, once: a visible child (or an aliased one) is a child; a hidden one
 * with visible children below it (a repetition, a supertype) is entered in
 * its place. The result is the nodes, in order, that ts_node_child(n, 0..)
 * and a cursor's siblings give, with the field id the cursor gives for
 * each (ts_tree_cursor_current_field_id: the first field map entry, not
 * inherited, naming the child or one of its hidden ancestors below `n`).
 *
 * This reads the runtime's private headers (grammars/vendor/tree-sitter,
 * pinned in grammars/VERSIONS.md): a change of their layout is a compile
 * error here, and test_ts_kids compares the result with the public API on
 * every node of the test programs.
 */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#endif
#include "../../grammars/vendor/tree-sitter/lib/src/language.h"
#include "../../grammars/vendor/tree-sitter/lib/src/tree.h"
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include "bm.h"

/* One level being listed: the visible node itself (level 0) or a hidden
 * child entered in its place. */
typedef struct {
  Subtree parent;
  const TSSymbol *alias_sequence;
  Length position;
  uint32_t child_index, structural_child_index;
  uint32_t self_structural; /* this level's index in the level above */
  bool self_extra;
} Level;

enum { MAX_HIDDEN_DEPTH = 64 };

static TSFieldId field_of(const TSLanguage *lang, const Level *lv, uint32_t depth, uint32_t structural,
                          bool extra) {
  for (uint32_t d = depth + 1; d-- > 0;) {
    if (extra) return 0;
    const TSFieldMapEntry *map, *end;
    ts_language_field_map(lang, lv[d].parent.ptr->production_id, &map, &end);
    for (; map < end; map++)
      if (!map->inherited && map->child_index == structural) return map->field_id;
    structural = lv[d].self_structural;
    extra = lv[d].self_extra;
  }
  return 0;
}

static void level_enter(Level *lv, const TSLanguage *lang, Subtree t, Length pos, uint32_t structural,
                        bool extra) {
  lv->parent = t;
  lv->alias_sequence = ts_language_alias_sequence(lang, t.ptr->production_id);
  lv->position = pos;
  lv->child_index = 0;
  lv->structural_child_index = 0;
  lv->self_structural = structural;
  lv->self_extra = extra;
}

uint32_t bm_ts_children(TSNode n, TSNode *out, uint8_t *fields, uint32_t cap) {
  if (ts_node_is_null(n)) return 0;
  Subtree top = *(const Subtree *)n.id;
  if (ts_subtree_child_count(top) == 0) return 0;
  const TSTree *tree = n.tree;
  const TSLanguage *lang = tree->language;
  Level lv[MAX_HIDDEN_DEPTH];
  uint32_t depth = 0, len = 0;
  level_enter(&lv[0], lang, top, (Length){n.context[0], {n.context[1], n.context[2]}}, 0, false);
  for (;;) {
    Level *L = &lv[depth];
    if (L->child_index == L->parent.ptr->child_count) {
      if (depth == 0) break;
      depth--;
      continue;
    }
    /* ts_node_child_iterator_next */
    const Subtree *child = &ts_subtree_children(L->parent)[L->child_index];
    TSSymbol alias = 0;
    bool extra = ts_subtree_extra(*child);
    uint32_t structural = L->structural_child_index;
    if (!extra) {
      if (L->alias_sequence) alias = L->alias_sequence[L->structural_child_index];
      L->structural_child_index++;
    }
    if (L->child_index > 0) L->position = length_add(L->position, ts_subtree_padding(*child));
    Length pos = L->position;
    L->position = length_add(L->position, ts_subtree_size(*child));
    L->child_index++;
    if (ts_subtree_visible(*child) || alias) {
      if (len < cap) {
        out[len] = ts_node_new(tree, child, pos, alias);
        if (fields) {
          TSFieldId id = field_of(lang, lv, depth, structural, extra);
          fields[len] = (uint8_t)bm_field_of_id(id);
        }
      }
      len++;
    } else if (ts_subtree_child_count(*child) > 0 && child->ptr->visible_child_count > 0) {
      if (depth + 1 == MAX_HIDDEN_DEPTH) return UINT32_MAX; /* the caller falls back */
      depth++;
      level_enter(&lv[depth], lang, *child, pos, structural, extra);
    }
  }
  return len;
}

/* ---- a preorder walk: the nodes still to visit on a stack, each node's
 * children pushed last to first when it is visited */

void bm_preorder_init(BmPreorder *w, BmArena *a, TSNode root) {
  w->a = a;
  w->stack.items = NULL;
  w->stack.len = w->stack.cap = 0;
  if (!ts_node_is_null(root)) bm_array_push(a, &w->stack, root);
}

bool bm_preorder_next(BmPreorder *w, TSNode *out) {
  if (!w->stack.len) return false;
  TSNode n = w->stack.items[--w->stack.len];
  *out = n;
  uint32_t count = ts_node_child_count(n);
  if (!count) return true;
  while (w->stack.cap < w->stack.len + count)
    bm_array_grow_(w->a, (void **)&w->stack.items, &w->stack.cap, w->stack.cap, sizeof *w->stack.items);
  TSNode *kids = w->stack.items + w->stack.len;
  uint32_t got = bm_ts_children(n, kids, NULL, count);
  if (got > count) { /* hidden nodes too deep for it: a cursor */
    got = 0;
    TSTreeCursor c = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&c)) {
      do kids[got++] = ts_tree_cursor_current_node(&c);
      while (got < count && ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
  }
  for (uint32_t i = 0, j = got; i + 1 < j; i++, j--) {
    TSNode t = kids[i];
    kids[i] = kids[j - 1];
    kids[j - 1] = t;
  }
  w->stack.len += got;
  return true;
}

/* ---- ts_node_child_by_field_id, step for step, with its child iterator
 * inlined: the passes ask for a field ~20,000 times on a 1,000-line
 * program, and the library's iterator is a call per child passed over. */

TSNode bm_ts_child_by_field_id(TSNode self, TSFieldId field_id) {
  const TSNode null_node = {{0, 0, 0, 0}, NULL, NULL};
recur:;
  if (!field_id || !self.id) return null_node;
  Subtree tree = *(const Subtree *)self.id;
  if (ts_subtree_child_count(tree) == 0 || tree.ptr->visible_child_count == 0) return null_node;
  const TSLanguage *lang = self.tree->language;
  const TSFieldMapEntry *field_map, *field_map_end;
  ts_language_field_map(lang, tree.ptr->production_id, &field_map, &field_map_end);
  if (field_map == field_map_end) return null_node;
  /* the entries are sorted by field id: the ones for this field */
  while (field_map->field_id < field_id) {
    field_map++;
    if (field_map == field_map_end) return null_node;
  }
  while (field_map_end[-1].field_id > field_id) {
    field_map_end--;
    if (field_map == field_map_end) return null_node;
  }
  const TSSymbol *alias_sequence = ts_language_alias_sequence(lang, tree.ptr->production_id);
  Length position = {self.context[0], {self.context[1], self.context[2]}};
  uint32_t structural_child_index = 0, count = tree.ptr->child_count;
  const Subtree *children = ts_subtree_children(tree);
  for (uint32_t child_index = 0; child_index < count; child_index++) {
    const Subtree *sub = &children[child_index];
    TSSymbol alias = 0;
    bool extra = ts_subtree_extra(*sub);
    if (!extra) {
      if (alias_sequence) alias = alias_sequence[structural_child_index];
      structural_child_index++;
    }
    if (child_index > 0) position = length_add(position, ts_subtree_padding(*sub));
    Length start = position;
    position = length_add(position, ts_subtree_size(*sub));
    if (extra) continue;
    uint32_t index = structural_child_index - 1;
    if (index < field_map->child_index) continue;
    TSNode child = ts_node_new(self.tree, sub, start, alias);
    if (field_map->inherited) {
      /* a hidden child's fields are its visible parent's */
      if (field_map + 1 == field_map_end) {
        self = child;
        goto recur;
      }
      TSNode result = bm_ts_child_by_field_id(child, field_id);
      if (result.id) return result;
      field_map++;
      if (field_map == field_map_end) return null_node;
    } else if (ts_subtree_visible(*sub) || alias) {
      return child;
    } else if (ts_node_child_count(child) > 0) {
      /* the field names a hidden node: its first visible child */
      return ts_node_child(child, 0);
    } else {
      field_map++;
      if (field_map == field_map_end) return null_node;
    }
  }
  return null_node;
}
