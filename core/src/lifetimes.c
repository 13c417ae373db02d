/*
 * lifetimes.c: lifetimes in signatures.
 *
 * Computes E0106 "missing lifetime specifier": a `&` without a lifetime in
 * a struct or enum field (elision never applies there), and in a fn's
 * return type when the elision rules give it no lifetime: no `&self` /
 * `&mut self`, and not exactly one lifetime among the parameters.
 * Assumes: parameter types it cannot see into (paths of unknown types,
 * which may hide a lifetime) make it silent rather than guess. Refs inside
 * `fn(..)` / `Fn(..)` types have their own elision scope and are skipped.
 * The walk over items uses a tree cursor (no recursion on user input);
 * type walks are capped at BM_MAX_DEPTH.
 */
#include <string.h>

#include "bm.h"

typedef struct {
  uint32_t elided;        /* `&` without lifetime, `'_` */
  uint32_t named;         /* explicit lifetimes */
  bool hidden;            /* a path type that may hide a lifetime */
} Count;

static void count_type(BmProgram *prog, TSNode t, Count *c, int depth) {
  if (ts_node_is_null(t) || depth > BM_MAX_DEPTH) return;
  const char *k = ts_node_type(t);
  if (strcmp(k, "function_type") == 0) return;
  if (strcmp(k, "reference_type") == 0) {
    bool has = false;
    for (uint32_t i = 0; i < ts_node_named_child_count(t); i++) {
      TSNode ch = ts_node_named_child(t, i);
      if (bm_node_is(ch, "lifetime")) {
        has = true;
        char *l = bm_node_text(prog->arena, prog->text, ch);
        if (strcmp(l, "'_") == 0) c->elided++;
        else c->named++;
      }
    }
    if (!has) c->elided++;
  } else if (strcmp(k, "lifetime") == 0) {
    char *l = bm_node_text(prog->arena, prog->text, t);
    if (strcmp(l, "'_") == 0) c->elided++;
    else if (strcmp(l, "'static") != 0) c->named++;
    return;
  } else if (strcmp(k, "type_identifier") == 0 || strcmp(k, "scoped_type_identifier") == 0) {
    char *name = bm_node_text(prog->arena, prog->text, t);
    const char *last = strrchr(name, ':');
    if (last) name = (char *)last + 1;
    BmItem *item = bm_program_item(prog, name);
    if (item) {
      if (item->has_lifetimes) c->elided++;
    } else if (!bm_std_type_known(name) && strcmp(name, "Self") != 0) {
      /* single capital letters are usually generic parameters */
      if (!(name[0] >= 'A' && name[0] <= 'Z' && name[1] == 0)) c->hidden = true;
    }
    return;
  } else if (strcmp(k, "generic_type") == 0) {
    TSNode args = ts_node_child_by_field_name(t, "type_arguments", 14);
    TSNode ty = ts_node_child_by_field_name(t, "type", 4);
    bool explicit_lt = false;
    for (uint32_t i = 0; !ts_node_is_null(args) && i < ts_node_named_child_count(args); i++)
      if (bm_node_is(ts_node_named_child(args, i), "lifetime")) explicit_lt = true;
    if (!explicit_lt) count_type(prog, ty, c, depth + 1);
    /* Fn(&str) -> &str sugar is a generic_type with function parameters */
    char *tn = bm_node_text(prog->arena, prog->text, ty);
    if (strcmp(tn, "Fn") == 0 || strcmp(tn, "FnMut") == 0 || strcmp(tn, "FnOnce") == 0) return;
    for (uint32_t i = 0; !ts_node_is_null(args) && i < ts_node_named_child_count(args); i++)
      count_type(prog, ts_node_named_child(args, i), c, depth + 1);
    return;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(t); i++)
    count_type(prog, ts_node_named_child(t, i), c, depth + 1);
}

/* Report each `&` without lifetime in a type (outside fn-pointer types). */
static void report_refs(BmDiagSink *sink, BmProgram *prog, TSNode t, const char *help, int depth) {
  if (ts_node_is_null(t) || depth > BM_MAX_DEPTH) return;
  const char *k = ts_node_type(t);
  if (strcmp(k, "function_type") == 0) return;
  if (strcmp(k, "generic_type") == 0) {
    char *tn = bm_node_text(prog->arena, prog->text, ts_node_child_by_field_name(t, "type", 4));
    if (strcmp(tn, "Fn") == 0 || strcmp(tn, "FnMut") == 0 || strcmp(tn, "FnOnce") == 0) return;
  }
  if (strcmp(k, "reference_type") == 0) {
    bool has = false;
    for (uint32_t i = 0; i < ts_node_named_child_count(t); i++)
      if (bm_node_is(ts_node_named_child(t, i), "lifetime")) has = true;
    if (!has) {
      uint32_t s = ts_node_start_byte(t);
      BmDiagnostic *d = bm_diag_error(sink, "E0106", s, s + 1, "missing lifetime specifier");
      bm_diag_label(sink, d, s, s + 1, "expected named lifetime parameter");
      bm_diag_note(sink, d, "%s", help);
      bm_diag_help(sink, d, "consider introducing a named lifetime parameter, like `'a`, and "
                   "writing `&'a`");
    }
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(t); i++)
    report_refs(sink, prog, ts_node_named_child(t, i), help, depth + 1);
}

static void check_fields(BmDiagSink *sink, BmProgram *prog, TSNode item) {
  TSNode body = ts_node_child_by_field_name(item, "body", 4);
  if (ts_node_is_null(body)) return;
  const char *help = "a reference stored in a struct points into memory owned elsewhere; the "
                     "struct needs a lifetime parameter saying which region that is, so it "
                     "cannot outlive it";
  if (bm_node_is(item, "struct_item")) {
    report_refs(sink, prog, body, help, 0);
    return;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
    TSNode v = ts_node_named_child(body, i);
    TSNode vb = ts_node_child_by_field_name(v, "body", 4);
    if (!ts_node_is_null(vb)) report_refs(sink, prog, vb, help, 0);
  }
}

static void check_fn(BmDiagSink *sink, BmProgram *prog, TSNode fn) {
  TSNode ret = ts_node_child_by_field_name(fn, "return_type", 11);
  if (ts_node_is_null(ret)) return;
  Count rc = {0};
  count_type(prog, ret, &rc, 0);
  if (!rc.elided) return;
  TSNode params = ts_node_child_by_field_name(fn, "parameters", 10);
  Count in = {0};
  uint32_t nparams = 0;
  for (uint32_t i = 0; !ts_node_is_null(params) && i < ts_node_named_child_count(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    if (bm_node_is(p, "self_parameter")) return; /* &self: elided to self; self: silent */
    if (!bm_node_is(p, "parameter")) continue;
    TSNode pat = ts_node_child_by_field_name(p, "pattern", 7);
    if (bm_node_is(pat, "self")) return; /* `self: &mut T` */
    nparams++;
    count_type(prog, ts_node_child_by_field_name(p, "type", 4), &in, 0);
  }
  uint32_t total = in.elided + in.named;
  if (total == 1) return;
  if (in.hidden && total < 2) return;
  const char *help = total == 0
      ? "this function's return type contains a borrowed value, but there is no value for it "
        "to be borrowed from"
      : "this function's return type contains a borrowed value, but the signature does not say "
        "which one of the parameters it is borrowed from";
  (void)nparams;
  report_refs(sink, prog, ret, help, 0);
}

void bm_check_signatures(BmDiagSink *sink, BmProgram *prog, TSNode root) {
  TSTreeCursor cur = ts_tree_cursor_new(root);
  /* one skip flag per depth would be exact; attributes and the item they
   * annotate are siblings, so a flag reset on every step down/up suffices */
  bool skip = false;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cur);
    const char *k = ts_node_type(n);
    bool descend = true;
    if (!ts_node_is_named(n)) {
      descend = false;
    } else if (!bm_attr_compiled(n, prog->text, &skip) || strcmp(k, "attribute_item") == 0) {
      descend = false;
    } else if (strcmp(k, "struct_item") == 0 || strcmp(k, "enum_item") == 0) {
      check_fields(sink, prog, n);
      descend = false;
    } else if (strcmp(k, "function_item") == 0 || strcmp(k, "function_signature_item") == 0) {
      check_fn(sink, prog, n);
    } else if (strcmp(k, "macro_definition") == 0 || strcmp(k, "token_tree") == 0) {
      descend = false;
    }
    if (descend && ts_tree_cursor_goto_first_child(&cur)) {
      skip = false;
      continue;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cur)) {
      skip = false;
      if (!ts_tree_cursor_goto_parent(&cur)) goto done;
    }
  }
done:
  ts_tree_cursor_delete(&cur);
}
