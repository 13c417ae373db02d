/*
 * bm_speed: time bm_analyzer_analyze natively.
 *   bm_speed FILE.rs[:RUNS]...   prints a markdown table: lines, bytes,
 *   median/min/max milliseconds per call, the result's JSON size, and
 *   beside it tree-sitter's parse alone of the same input (median) and the
 *   ratio analysis / parse. The same session is reused across calls, as
 *   the page's worker does; what creating a session costs is printed
 *   first (median of 5). After the table: each input run with
 *   bm_analyzer_run (its fn main interpreted), the median in all and what
 *   the run adds to the analysis.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "borrowmap.h"
#include "tree_sitter/api.h"

const TSLanguage *tree_sitter_rust(void);

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  double session[5];
  for (int i = 0; i < 5; i++) {
    double t0 = now_ms();
    BmAnalyzer *a = bm_analyzer_new();
    session[i] = now_ms() - t0;
    bm_analyzer_delete(a);
  }
  qsort(session, 5, sizeof *session, cmp_double);
  printf("creating a session (std parsed and lowered once): median %.2f ms, min %.2f ms\n\n", session[2],
         session[0]);
  BmAnalyzer *an = bm_analyzer_new();
  long run_line[16];
  double run_ms[16], run_extra[16];
  int run_status[16], nrun = 0;
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_rust());
  printf("| where | lines | bytes | runs | median ms | min ms | max ms | JSON bytes | parse alone ms | analysis / parse |\n");
  printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (int i = 1; i < argc; i++) {
    char path[4096];
    int runs = 20;
    snprintf(path, sizeof path, "%s", argv[i]);
    char *colon = strrchr(path, ':');
    if (colon) { runs = atoi(colon + 1); *colon = 0; }
    if (runs < 1) runs = 1;
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "bm_speed: cannot open %s\n", path); return 2; }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *src = malloc((size_t)n);
    if (fread(src, 1, (size_t)n, f) != (size_t)n) { fclose(f); return 2; }
    fclose(f);
    long lines = 0;
    for (long k = 0; k < n; k++) lines += src[k] == '\n';
    double *t = malloc(sizeof(double) * (size_t)runs);
    size_t json_len = 0;
    BmResult *warm = bm_analyzer_analyze(an, src, (size_t)n);
    bm_result_delete(warm);
    for (int r = 0; r < runs; r++) {
      double t0 = now_ms();
      BmResult *res = bm_analyzer_analyze(an, src, (size_t)n);
      const char *json = bm_result_json(res);
      t[r] = now_ms() - t0;
      json_len = json ? strlen(json) : 0;
      bm_result_delete(res);
    }
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    double *p = malloc(sizeof(double) * (size_t)runs);
    for (int r = 0; r < runs; r++) {
      double t0 = now_ms();
      TSTree *tree = ts_parser_parse_string(parser, NULL, src, (uint32_t)n);
      p[r] = now_ms() - t0;
      ts_tree_delete(tree);
    }
    qsort(p, (size_t)runs, sizeof *p, cmp_double);
    printf("| native | %ld | %ld | %d | %.2f | %.2f | %.2f | %zu | %.2f | %.1fx |\n", lines, n, runs,
           t[runs / 2], t[0], t[runs - 1], json_len, p[runs / 2], t[runs / 2] / p[runs / 2]);
    /* the run (bm_analyzer_run: the same analysis, then fn main
       interpreted), printed after the table */
    double *q = malloc(sizeof(double) * (size_t)runs);
    int status = 0;
    for (int r = 0; r < runs; r++) {
      double t0 = now_ms();
      BmResult *res = bm_analyzer_run(an, src, (size_t)n);
      q[r] = now_ms() - t0;
      status = (int)bm_result_run_status(res);
      bm_result_delete(res);
    }
    qsort(q, (size_t)runs, sizeof *q, cmp_double);
    if (nrun < 16) {
      run_line[nrun] = lines;
      run_ms[nrun] = q[runs / 2];
      run_extra[nrun] = q[0] - t[0];
      run_status[nrun++] = status;
    }
    free(q);
    free(p);
    free(t);
    free(src);
  }
  printf("\nrunning fn main (bm_analyzer_run: the analysis, then the interpreter):\n");
  for (int i = 0; i < nrun; i++)
    printf("  %ld lines: median %.2f ms in all; the run itself (fastest run - fastest analysis) %.2f ms (%s)\n", run_line[i],
           run_ms[i], run_extra[i], run_status[i] == BM_RUN_OK ? "ran to the end" : "did not run to the end");
  ts_parser_delete(parser);
  bm_analyzer_delete(an);
  return 0;
}
