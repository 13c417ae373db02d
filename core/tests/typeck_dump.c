/* typeck_dump: type a Rust file against std declarations and print what
 * the typed front end found, for reading and debugging.
 *   typeck_dump STD_DIR FILE.rs [--types]
 * Prints one line per diagnostic (line:col code message) and, with
 * --types, the type of every binding pattern. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"
#include "testutil.h"

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: typeck_dump STD_DIR FILE.rs [--types]\n");
    return 2;
  }
  bool types = argc > 3 && strcmp(argv[3], "--types") == 0;
  DIR *dir = opendir(argv[1]);
  if (!dir) { perror(argv[1]); return 2; }
  char *names[256];
  int nn = 0;
  struct dirent *de;
  while ((de = readdir(dir)) && nn < 256) {
    size_t l = strlen(de->d_name);
    if (l > 3 && strcmp(de->d_name + l - 3, ".rs") == 0) { size_t n = strlen(de->d_name) + 1; names[nn] = malloc(n); memcpy(names[nn++], de->d_name, n); }
  }
  closedir(dir);
  qsort(names, (size_t)nn, sizeof *names, cmp_names);
  BmStdSource files[256];
  for (int i = 0; i < nn; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", argv[1], names[i]);
    size_t len;
    char *text = test_read_file(path, &len);
    files[i].path = names[i];
    files[i].text = text;
    files[i].length = (uint32_t)len;
  }
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_rust());
  BmStd *std = bm_std_new_from(parser, files, (uint32_t)nn);
  if (bm_std_error(std)) printf("std syntax error at %s\n", bm_std_error(std));
  size_t len;
  char *text = test_read_file(argv[2], &len);
  if (!text) { perror(argv[2]); return 2; }
  BmArena arena;
  bm_arena_init(&arena);
  BmSource src;
  bm_source_init(&arena, &src, text, (uint32_t)len);
  BmDiagSink sink;
  memset(&sink, 0, sizeof sink);
  sink.arena = &arena;
  sink.src = &src;
  TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)len);
  BmMacros macros;
  memset(&macros, 0, sizeof macros);
  bm_macros_parse(&macros, &arena, parser, &src, ts_tree_root_node(tree));
  BmTyped *t = bm_typeck_program(&arena, NULL, &sink, &src, std, parser, &macros, ts_tree_root_node(tree), 2024);
  bm_diag_sort(&sink);
  for (uint32_t i = 0; i < sink.diags.len; i++) {
    BmDiagnostic *d = &sink.diags.items[i];
    printf("%u:%u %s %s", d->span.line, d->span.col, d->code ? d->code : "-", d->message);
    for (uint32_t k = 0; k < d->label_count; k++) printf(" [%s]", d->labels[k].message);
    printf("\n");
  }
  if (types) {
    for (uint32_t b = 0; b < t->crate->bodies.len; b++) {
      BmBody *body = t->crate->bodies.items[b];
      BmInfer *ix = t->bodies[b];
      if (ix->incomplete) {
        uint32_t l, c;
        bm_source_position(&src, ix->why_span.start, &l, &c);
        printf("  body incomplete at %u:%u: %s\n", l, c, ix->why);
      }
      for (uint32_t p = 0; p < body->pats.len; p++) {
        BmPat *pt = &body->pats.items[p];
        if (pt->kind != BM_PAT_BIND || !ix->pat_ty[p]) continue;
        uint32_t l, c;
        bm_source_position(&src, pt->span.start, &l, &c);
        printf("  %u:%u %s: %s\n", l, c, bm_sym_str(t->tcx->syms, pt->name), bm_ty_str(t->tcx, ix->pat_ty[p]));
      }
    }
    printf("typed %u, untyped %u\n", t->typed, t->untyped);
  }
  bm_macros_free(&macros);
  ts_tree_delete(tree);
  bm_arena_free(&arena);
  bm_std_delete(std);
  ts_parser_delete(parser);
  for (int i = 0; i < nn; i++) {
    free((void *)files[i].text);
    free(names[i]);
  }
  free(text);
  return 0;
}
