/* hir_dump: print the HIR of a Rust file, for reading and for golden tests.
 *   hir_dump FILE.rs
 * One line per def; bodies as indented trees of expressions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"
#include "testutil.h"

static const BmSymTab *syms;
static const BmBody *B;

static const char *S(BmSym s) { return bm_sym_str(syms, s); }

static void ind(int d) {
  for (int i = 0; i < d; i++) fputs("  ", stdout);
}

static void dump_type(const BmTypeRef *t);

static void dump_path(const BmPath *p) {
  if (!p) { printf("<null path>"); return; }
  if (p->root == BM_PATH_GLOBAL) printf("::");
  if (p->root == BM_PATH_QUALIFIED) {
    printf("<");
    dump_type(p->qself);
    if (p->qtrait) { printf(" as "); dump_path(p->qtrait); }
    printf(">::");
  }
  for (uint32_t i = 0; i < p->nsegs; i++) {
    if (i) printf("::");
    printf("%s", S(p->segs[i].name));
    if (p->segs[i].has_args) {
      printf(p->segs[i].paren_sugar ? "(" : "<");
      for (uint32_t j = 0; j < p->segs[i].nargs; j++) {
        const BmGenericArg *a = &p->segs[i].args[j];
        if (j) printf(", ");
        if (a->kind == BM_GA_LIFETIME) printf("'%s", S(a->name));
        else if (a->kind == BM_GA_CONST) printf("const %lld", (long long)a->const_val);
        else if (a->kind == BM_GA_BINDING) { printf("%s = ", S(a->name)); dump_type(a->type); }
        else dump_type(a->type);
      }
      printf(p->segs[i].paren_sugar ? ")" : ">");
      if (p->segs[i].ret) { printf(" -> "); dump_type(p->segs[i].ret); }
    }
  }
}

static void dump_bounds(const BmBound *b, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    if (i) printf(" + ");
    if (b[i].kind == BM_BOUND_LIFETIME) printf("'%s", S(b[i].lifetime));
    else { if (b[i].maybe) printf("?"); dump_path(b[i].trait); }
  }
}

static void dump_type(const BmTypeRef *t) {
  if (!t) { printf("()"); return; }
  switch (t->kind) {
  case BM_TR_ERROR: printf("{error}"); break;
  case BM_TR_PATH: dump_path(t->path); break;
  case BM_TR_REF:
    printf("&");
    if (t->lifetime) printf("'%s ", S(t->lifetime));
    if (t->mut) printf("mut ");
    dump_type(t->inner);
    break;
  case BM_TR_PTR: printf(t->mut ? "*mut " : "*const "); dump_type(t->inner); break;
  case BM_TR_TUPLE:
    printf("(");
    for (uint32_t i = 0; i < t->nelems; i++) { if (i) printf(", "); dump_type(t->elems[i]); }
    printf(")");
    break;
  case BM_TR_ARRAY: printf("["); dump_type(t->inner); printf("; %lld]", (long long)t->len.const_val); break;
  case BM_TR_SLICE: printf("["); dump_type(t->inner); printf("]"); break;
  case BM_TR_NEVER: printf("!"); break;
  case BM_TR_INFER: printf("_"); break;
  case BM_TR_FN:
    printf("fn(");
    for (uint32_t i = 0; i < t->nelems; i++) { if (i) printf(", "); dump_type(t->elems[i]); }
    printf(")");
    if (t->ret) { printf(" -> "); dump_type(t->ret); }
    break;
  case BM_TR_IMPL: printf("impl "); dump_bounds(t->bounds, t->nbounds); break;
  case BM_TR_DYN: printf("dyn "); dump_bounds(t->bounds, t->nbounds); break;
  }
}

static const char *const ex_names[] = {
  "MISSING", "LIT", "PATH", "CALL", "METHOD", "FIELD", "INDEX", "UNARY", "BINARY", "ASSIGN",
  "COMPOUND", "REF", "CAST", "BLOCK", "IF", "LET", "MATCH", "LOOP", "WHILE", "FOR", "BREAK",
  "CONTINUE", "RETURN", "CLOSURE", "TUPLE", "ARRAY", "REPEAT", "STRUCT", "RANGE", "TRY",
  "MACRO", "UNSAFE", "UNSUPPORTED",
};
static const char *const pat_names[] = {
  "WILD", "BIND", "LIT", "RANGE", "PATH", "TUPLE_STRUCT", "STRUCT", "TUPLE", "REF", "SLICE",
  "OR", "REST", "BOX", "UNSUPPORTED",
};

static void dump_expr(BmExprId id, int d);

static void dump_pat(BmPatId id, int d) {
  ind(d);
  if (id == BM_NONE_ID) { printf("-\n"); return; }
  const BmPat *p = &B->pats.items[id];
  printf("%s @%u..%u", pat_names[p->kind], p->span.start, p->span.end);
  if (p->kind == BM_PAT_BIND)
    printf(" %s%s%s", p->mode == BM_BM_REF ? "ref " : p->mode == BM_BM_REF_MUT ? "ref mut " : "",
           p->mut ? "mut " : "", S(p->name));
  if (p->path) { printf(" "); dump_path(p->path); }
  if (p->kind == BM_PAT_LIT) printf(" %s%llu", p->lit_neg ? "-" : "", (unsigned long long)p->lit.lo);
  if (p->why) printf(" (%s)", p->why);
  printf("\n");
  if (p->a != BM_NONE_ID) dump_pat(p->a, d + 1);
  if (p->b != BM_NONE_ID) dump_pat(p->b, d + 1);
  if (p->kind == BM_PAT_STRUCT) {
    for (uint32_t i = 0; i < p->nlist; i++) {
      const BmFieldPat *fp = &B->field_pats.items[p->list + i];
      ind(d + 1);
      printf("field %s%s\n", S(fp->name), fp->shorthand ? " (shorthand)" : "");
      dump_pat(fp->pat, d + 2);
    }
    if (p->has_rest) { ind(d + 1); printf("..\n"); }
  } else {
    for (uint32_t i = 0; i < p->nlist; i++) dump_pat(B->list.items[p->list + i], d + 1);
  }
}

static void dump_expr(BmExprId id, int d) {
  ind(d);
  if (id == BM_NONE_ID) { printf("-\n"); return; }
  const BmExpr *e = &B->exprs.items[id];
  printf("%s @%u..%u", ex_names[e->kind], e->span.start, e->span.end);
  switch (e->kind) {
  case BM_EX_LIT:
    if (e->lit.kind == BM_LIT_INT) printf(" int %llu%s%s", (unsigned long long)e->lit.lo, e->lit.suffix ? " suffix" : "", e->lit.overflow ? " overflow" : "");
    else if (e->lit.kind == BM_LIT_FLOAT) printf(" float %g", e->lit.f);
    else if (e->lit.kind == BM_LIT_STR) printf(" str \"%s\"", e->lit.str);
    else printf(" lit%d %llu", e->lit.kind, (unsigned long long)e->lit.lo);
    break;
  case BM_EX_PATH: printf(" "); dump_path(e->path); break;
  case BM_EX_METHOD: printf(" .%s", S(e->name)); if (e->path) { printf(" turbofish "); dump_path(e->path); } break;
  case BM_EX_FIELD: printf(" .%s", S(e->name)); break;
  case BM_EX_UNARY: case BM_EX_BINARY: case BM_EX_COMPOUND: printf(" op%d", e->op); break;
  case BM_EX_REF: printf(e->mut ? " mut" : ""); break;
  case BM_EX_CAST: printf(" as "); dump_type(e->type); break;
  case BM_EX_STRUCT: printf(" "); dump_path(e->path); break;
  case BM_EX_UNSUPPORTED: printf(" (%s)", e->why); break;
  default: break;
  }
  if (e->name && (e->kind == BM_EX_BLOCK || e->kind == BM_EX_LOOP || e->kind == BM_EX_BREAK)) printf(" '%s", S(e->name));
  if (e->has_semi) printf(" ;");
  printf("\n");
  switch (e->kind) {
  case BM_EX_BLOCK:
    for (uint32_t i = 0; i < e->nlist; i++) {
      const BmStmt *s = &B->stmts.items[e->list + i];
      ind(d + 1);
      if (s->kind == BM_ST_LET) {
        printf("let");
        if (s->type) { printf(": "); dump_type(s->type); }
        printf("\n");
        dump_pat(s->pat, d + 2);
        if (s->init != BM_NONE_ID) dump_expr(s->init, d + 2);
        if (s->els != BM_NONE_ID) { ind(d + 2); printf("else\n"); dump_expr(s->els, d + 3); }
      } else if (s->kind == BM_ST_EXPR) {
        printf("stmt\n");
        dump_expr(s->init, d + 2);
      } else if (s->kind == BM_ST_ITEM) {
        printf("item #%u\n", s->item);
      }
    }
    if (e->a != BM_NONE_ID) { ind(d + 1); printf("tail\n"); dump_expr(e->a, d + 2); }
    return;
  case BM_EX_MATCH:
    dump_expr(e->a, d + 1);
    for (uint32_t i = 0; i < e->nlist; i++) {
      const BmArm *arm = &B->arms.items[e->list + i];
      ind(d + 1);
      printf("arm\n");
      dump_pat(arm->pat, d + 2);
      if (arm->guard != BM_NONE_ID) { ind(d + 2); printf("if\n"); dump_expr(arm->guard, d + 3); }
      dump_expr(arm->body, d + 2);
    }
    return;
  case BM_EX_STRUCT:
    for (uint32_t i = 0; i < e->nlist; i++) {
      const BmFieldInit *fi = &B->field_inits.items[e->list + i];
      ind(d + 1);
      printf("field %s\n", S(fi->name));
      dump_expr(fi->value, d + 2);
    }
    if (e->a != BM_NONE_ID) { ind(d + 1); printf("..\n"); dump_expr(e->a, d + 2); }
    return;
  case BM_EX_CLOSURE: {
    const BmClosure *c = &B->closures.items[e->index];
    for (uint32_t i = 0; i < c->nparams; i++) {
      const BmClosureParam *cp = &B->closure_params.items[c->params + i];
      dump_pat(cp->pat, d + 1);
    }
    dump_expr(c->body, d + 1);
    return;
  }
  case BM_EX_MACRO: {
    const BmMacro *m = &B->macros.items[e->index];
    ind(d + 1);
    printf("macro %s kind %d%s%s\n", S(m->name), m->kind, m->format_ok ? "" : " format error: ",
           m->format_ok ? "" : m->format_error);
    for (uint32_t i = 0; i < m->npieces; i++) {
      const BmFmtPiece *p = &B->fmt_pieces.items[m->pieces + i];
      ind(d + 2);
      if (p->kind == BM_FP_TEXT) printf("text \"%.*s\"\n", (int)p->text_len, p->text);
      else printf("arg %u trait %d width %d/%u prec %d/%u @%u..%u\n", p->arg, p->trait, p->width.kind,
                  p->width.value, p->precision.kind, p->precision.value, p->span.start, p->span.end);
    }
    if (m->target != BM_NONE_ID) dump_expr(m->target, d + 2);
    if (m->right != BM_NONE_ID) dump_expr(m->right, d + 2);
    if (m->pat != BM_NONE_ID) dump_pat(m->pat, d + 2);
    for (uint32_t i = 0; i < m->nargs; i++) {
      const BmFmtArg *a = &B->fmt_args.items[m->args + i];
      ind(d + 2);
      printf("fmt arg %s%s\n", S(a->name), a->implicit ? " (implicit)" : "");
      dump_expr(a->expr, d + 3);
    }
    return;
  }
  case BM_EX_FOR:
    dump_pat(e->pat, d + 1);
    break;
  case BM_EX_LET:
    dump_pat(e->pat, d + 1);
    break;
  default:
    break;
  }
  if (e->a != BM_NONE_ID) dump_expr(e->a, d + 1);
  if (e->b != BM_NONE_ID) dump_expr(e->b, d + 1);
  if (e->c != BM_NONE_ID) dump_expr(e->c, d + 1);
  if (e->kind == BM_EX_CALL || e->kind == BM_EX_METHOD || e->kind == BM_EX_TUPLE || e->kind == BM_EX_ARRAY)
    for (uint32_t i = 0; i < e->nlist; i++) dump_expr(B->list.items[e->list + i], d + 1);
}

static const char *const def_names[] = {
  "mod", "struct", "enum", "union", "variant", "trait", "type", "assoc type", "fn", "const",
  "static", "impl", "macro", "use", "extern crate",
};

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: hir_dump FILE.rs\n"); return 2; }
  size_t len;
  char *text = test_read_file(argv[1], &len);
  if (!text) { perror(argv[1]); return 2; }
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_rust());
  TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)len);
  BmArena arena;
  bm_arena_init(&arena);
  BmCrate crate;
  memset(&crate, 0, sizeof crate);
  crate.arena = &arena;
  crate.syms = bm_symtab_new(&arena, NULL);
  crate.root = BM_NONE_ID;
  BmHirBuilder b;
  memset(&b, 0, sizeof b);
  b.arena = &arena;
  b.syms = crate.syms;
  b.parser = parser;
  b.text = text;
  b.length = (uint32_t)len;
  b.crate = &crate;
  bm_hir_lower_file(&b, ts_tree_root_node(tree));
  syms = crate.syms;
  for (uint32_t i = 0; i < crate.defs.len; i++) {
    const BmDef *d = &crate.defs.items[i];
    printf("#%u %s %s parent #%d", i, def_names[d->kind], S(d->name), (int)d->parent);
    if (d->kind == BM_DEF_USE) { printf(" path "); dump_path(d->use_path); if (d->is_glob) printf("::*"); }
    if (d->kind == BM_DEF_IMPL) {
      printf(" for ");
      dump_type(d->type);
      if (d->trait_ref) { printf(" trait "); dump_path(d->trait_ref); }
    }
    if (d->kind == BM_DEF_FN) {
      printf(" (");
      for (uint32_t j = 0; j < d->nparams; j++) { if (j) printf(", "); dump_type(d->params[j]); }
      printf(") -> ");
      dump_type(d->ret);
      printf(" self=%d", d->self_param);
    }
    for (uint32_t j = 0; j < d->generics.nparams; j++) printf(" <%s%s>", S(d->generics.params[j].name), d->generics.params[j].is_impl_trait ? " impl" : "");
    for (uint32_t j = 0; j < d->nfields; j++) { printf(" field %s: ", S(d->fields[j].name)); dump_type(d->fields[j].type); }
    if (d->derives) printf(" derives %x", d->derives);
    if (d->unsupported) printf(" UNSUPPORTED %s", d->why);
    printf("\n");
    if (d->body) {
      B = d->body;
      if (B->unsupported) printf("  body unsupported: %s\n", B->why);
      for (uint32_t j = 0; j < B->params.len; j++) dump_pat(B->params.items[j], 1);
      dump_expr(B->root, 1);
    }
  }
  ts_tree_delete(tree);
  ts_parser_delete(parser);
  bm_arena_free(&arena);
  free(text);
  return 0;
}
