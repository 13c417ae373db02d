/*
 * run_cases: the golden tests. Each cases/NAME.rs says what borrowmap must
 * report for it in header comments:
 *
 *   // expect: ok                  no errors at all
 *   // expect: E0382 7:20          an error with that code at line 7, col 20
 *   // expect: syntax 3:5          a code-less error (syntax) at 3:5
 *   // expect: lifetime 3:5        rustc's code-less "lifetime may not live long enough"
 *   // expect: unsupported 4:1     an unsupported note at 4:1 (optional)
 *
 * A first line `// crate: bin` (or `lib`) analyzes it as that crate type
 * (rustc_check.sh compiles every case as a bin unless it says lib).
 *
 * Every case that expects rustc codes or ok was checked with rustc 1.95
 * when written (tests/rustc_check.sh re-checks them). The runner prints one
 * PASS/FAIL line per case, the differences for failures, and a summary.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdbool.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "borrowmap.h"

enum { MAX_ITEMS = 64 };

typedef struct {
  char items[MAX_ITEMS][48];
  int n;
} Set;

static void set_add(Set *s, const char *item) {
  if (s->n < MAX_ITEMS) snprintf(s->items[s->n++], sizeof s->items[0], "%s", item);
}

static int cmp(const void *a, const void *b) { return strcmp(a, b); }

static int run_case(BmAnalyzer *an, const char *dir, const char *name) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  size_t len;
  char *src = test_read_file(path, &len);
  if (!src) {
    printf("FAIL %s: cannot read\n", name);
    return 0;
  }
  Set want = {0}, got = {0};
  bool check_unsupported = false;
  for (const char *p = src; (p = strstr(p, "// expect: ")); p++) {
    char item[48] = {0};
    sscanf(p + 11, "%47[^\n]", item);
    size_t l = strlen(item);
    while (l && (item[l - 1] == ' ' || item[l - 1] == '\r')) item[--l] = 0;
    if (strcmp(item, "ok") == 0) continue;
    if (strncmp(item, "unsupported", 11) == 0) check_unsupported = true;
    set_add(&want, item);
  }
  /* `// crate: bin` or `// crate: lib` on the first line: what rustc compiles */
  bm_analyzer_set_crate_type(an, strncmp(src, "// crate: bin", 13) == 0   ? BM_CRATE_BIN
                                 : strncmp(src, "// crate: lib", 13) == 0 ? BM_CRATE_LIB
                                                                          : BM_CRATE_UNKNOWN);
  BmResult *r = test_analyze(an, src, len);
  for (uint32_t i = 0; i < bm_result_diagnostic_count(r); i++) {
    const BmDiagnostic *d = bm_result_diagnostic(r, i);
    if (d->severity != BM_SEVERITY_ERROR) continue;
    char item[48];
    /* code-less errors: rustc's "lifetime may not live long enough", or syntax */
    const char *code = d->code ? d->code
                       : strncmp(d->message, "lifetime may not", 16) == 0 ? "lifetime" : "syntax";
    snprintf(item, sizeof item, "%s %u:%u", code, d->span.line, d->span.col);
    set_add(&got, item);
  }
  if (check_unsupported) {
    for (uint32_t i = 0; i < bm_result_unsupported_count(r); i++) {
      const BmUnsupported *u = bm_result_unsupported(r, i);
      char item[48];
      snprintf(item, sizeof item, "unsupported %u:%u", u->span.line, u->span.col);
      set_add(&got, item);
    }
  }
  qsort(want.items, (size_t)want.n, sizeof want.items[0], cmp);
  qsort(got.items, (size_t)got.n, sizeof got.items[0], cmp);
  bool same = want.n == got.n;
  for (int i = 0; same && i < want.n; i++) same = strcmp(want.items[i], got.items[i]) == 0;
  if (same) {
    printf("PASS %s\n", name);
  } else {
    printf("FAIL %s\n  expected:", name);
    for (int i = 0; i < want.n; i++) printf(" [%s]", want.items[i]);
    if (!want.n) printf(" ok");
    printf("\n  got:     ");
    for (int i = 0; i < got.n; i++) printf(" [%s]", got.items[i]);
    if (!got.n) printf(" ok");
    printf("\n");
    const char *json = bm_result_json(r);
    if (json) printf("%s", json);
  }
  bm_result_delete(r);
  free(src);
  return same;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: run_cases DIR [NAME-SUBSTRING]\n");
    return 2;
  }
  DIR *d = opendir(argv[1]);
  if (!d) {
    fprintf(stderr, "run_cases: cannot open %s\n", argv[1]);
    return 2;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l < 4 || strcmp(e->d_name + l - 3, ".rs") != 0) continue;
    if (argc > 2 && !strstr(e->d_name, argv[2])) continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      names = realloc(names, cap * sizeof *names);
    }
    names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, by_name);
  BmAnalyzer *an = bm_analyzer_new();
  int passed = 0, failed = 0;
  for (size_t i = 0; i < n; i++) {
    if (run_case(an, argv[1], names[i])) passed++;
    else failed++;
    free(names[i]);
  }
  free(names);
  bm_analyzer_delete(an);
  printf("%d passed, %d failed\n", passed, failed);
  return failed || passed == 0 ? 1 : 0;
}
