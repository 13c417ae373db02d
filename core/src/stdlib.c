/*
 * stdlib.c: std as Rust declarations.
 *
 * The files of core/std (embedded at build time, see std_files.h) are
 * parsed once per analyzer session with the same parser and lowered to a
 * HIR crate of their own, which every analysis of the session reads and
 * never changes. Then: `#[each_int]`-style impl blocks get their family
 * parameter (`Int`, `Float`), the crate's names are resolved (with the
 * prelude, `prelude::rust_2021`, found after the imports), and the
 * `#[lang = "..."]` items are indexed.
 * Assumes: the declarations parse (a test checks it); a syntax error is
 * recorded and reported by bm_std_error, and the rest still loads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

struct BmStd {
  BmArena arena;
  BmSymTab *syms;
  BmCrate crate;
  BmResolver res;
  BmDefId lang[BM_LANG_COUNT];
  const char *error;
};

static const char *const lang_names[BM_LANG_COUNT] = {
#define BM_X(n, s) s,
  BM_LANG_ITEMS(BM_X)
#undef BM_X
};

/* #[each_int] impl Int { ... }: the block applies to every integer type;
 * `Int` becomes the impl's first type parameter, and method lookup (which
 * sees BmDef.each) accepts only the family's types for it. */
static void add_family_param(BmStd *s, BmDef *impl) {
  BmSym name = impl->each == BM_EACH_FLOAT ? BM_SYM_Float : BM_SYM_Int;
  BmGenerics *g = &impl->generics;
  BmGenericParam *ps = bm_arena_alloc(&s->arena, (g->nparams + 1) * sizeof *ps);
  memset(ps, 0, sizeof *ps);
  ps[0].kind = BM_GP_TYPE;
  ps[0].name = name;
  ps[0].span = impl->span;
  if (g->nparams) memcpy(ps + 1, g->params, g->nparams * sizeof *ps);
  g->params = ps;
  g->nparams++;
}

static void first_error(BmStd *s, const BmStdSource *f, TSNode n) {
  if (s->error) return;
  if (ts_node_is_error(n) || ts_node_is_missing(n)) {
    TSPoint p = ts_node_start_point(n);
    s->error = bm_arena_printf(&s->arena, "%s:%u:%u", f->path, p.row + 1, p.column + 1);
    return;
  }
  uint32_t c = ts_node_child_count(n);
  for (uint32_t i = 0; i < c && !s->error; i++) {
    TSNode k = ts_node_child(n, i);
    if (ts_node_has_error(k)) first_error(s, f, k);
  }
}

BmStd *bm_std_new_from(TSParser *parser, const BmStdSource *files, uint32_t n) {
  BmStd *volatile s = calloc(1, sizeof *s);
  if (!s) return NULL;
  bm_arena_init(&s->arena);
  jmp_buf oom;
  s->arena.oom = &oom;
  if (setjmp(oom)) {
    bm_arena_free(&s->arena);
    free(s);
    return NULL;
  }
  s->syms = bm_symtab_new(&s->arena, NULL);
  s->crate.arena = &s->arena;
  s->crate.syms = s->syms;
  s->crate.base = 0;
  s->crate.root = NONE;
  for (uint32_t i = 0; i < n; i++) {
    TSTree *tree = ts_parser_parse_string(parser, NULL, files[i].text, files[i].length);
    if (!tree) continue;
    TSNode root = ts_tree_root_node(tree);
    if (ts_node_has_error(root)) first_error(s, &files[i], root);
    BmHirBuilder b;
    memset(&b, 0, sizeof b);
    b.arena = &s->arena;
    b.syms = s->syms;
    b.parser = parser;
    b.text = files[i].text;
    b.length = files[i].length;
    b.crate = &s->crate;
    b.file = (uint16_t)(i + 1);
    b.is_std = true;
    bm_hir_lower_file(&b, root);
    ts_tree_delete(tree);
  }
  if (s->crate.root == NONE) {
    /* no declarations at all: an empty root */
    BmDef d;
    memset(&d, 0, sizeof d);
    d.kind = BM_DEF_MOD;
    d.parent = d.module = NONE;
    d.is_std = true;
    bm_array_push(&s->arena, &s->crate.defs, d);
    s->crate.root = 0;
  }
  for (uint32_t i = 0; i < s->crate.defs.len; i++) {
    BmDef *d = &s->crate.defs.items[i];
    if (d->kind == BM_DEF_IMPL && d->each != BM_EACH_NONE) add_family_param(s, d);
  }
  BmResolver *r = &s->res;
  r->arena = &s->arena;
  r->syms = s->syms;
  r->stdc = NULL;
  r->crate = &s->crate;
  r->sink = NULL;
  r->std_root = s->crate.root;
  r->prelude = NONE;
  r->edition = 2021;
  bm_resolve_imports(r);
  /* the prelude: prelude::rust_2021 */
  BmBinding p = bm_scope_lookup(r, s->crate.root, BM_SYM_prelude);
  if (p.type != NONE) {
    BmBinding e = bm_scope_lookup(r, p.type, BM_SYM_rust_2021);
    r->prelude = e.type != NONE ? e.type : p.type;
  }
  bm_resolve_paths(r);
  for (uint32_t i = 0; i < BM_LANG_COUNT; i++) s->lang[i] = NONE;
  for (uint32_t i = 0; i < s->crate.defs.len; i++) {
    BmDef *d = &s->crate.defs.items[i];
    if (!d->lang) continue;
    const char *ln = bm_sym_str(s->syms, d->lang);
    for (uint32_t k = 0; k < BM_LANG_COUNT; k++)
      if (s->lang[k] == NONE && strcmp(lang_names[k], ln) == 0) s->lang[k] = i;
  }
  s->arena.oom = NULL;
  return s;
}

void bm_std_delete(BmStd *s) {
  if (!s) return;
  bm_arena_free(&s->arena);
  free(s);
}

const BmCrate *bm_std_crate(const BmStd *s) { return &s->crate; }
BmSymTab *bm_std_syms(const BmStd *s) { return s->syms; }
const BmScopes *bm_std_scopes(const BmStd *s) { return s->res.scopes; }
BmDefId bm_std_lang(const BmStd *s, BmLang item) { return item < BM_LANG_COUNT ? s->lang[item] : NONE; }
BmDefId bm_std_prelude(const BmStd *s) { return s->res.prelude; }
const char *bm_std_error(const BmStd *s) { return s->error; }

#include "std_files.h"

BmStd *bm_std_new(TSParser *parser) {
  BmStdSource files[256];
  uint32_t n = bm_std_file_count < 256 ? bm_std_file_count : 256;
  for (uint32_t i = 0; i < n; i++) {
    files[i].path = bm_std_files[i].path;
    files[i].text = bm_std_files[i].text;
    files[i].length = bm_std_files[i].length;
  }
  return bm_std_new_from(parser, files, n);
}
