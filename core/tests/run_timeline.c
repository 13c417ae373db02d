/*
 * run_timeline.c: the timeline golden tests. For each NAME.rs in the
 * directory, the "timeline" object of the analysis must equal NAME.json
 * byte for byte. Prints one PASS/FAIL line per case and a summary.
 *   run_timeline DIR            compare
 *   run_timeline DIR --update   rewrite the goldens (then read every diff)
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "bm.h"

static int name_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: run_timeline DIR [--update]\n");
    return 2;
  }
  const char *dir = argv[1];
  bool update = argc > 2 && strcmp(argv[2], "--update") == 0;
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "run_timeline: cannot open %s\n", dir);
    return 2;
  }
  char *names[256];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < 256) {
    size_t l = strlen(e->d_name);
    if (l > 3 && strcmp(e->d_name + l - 3, ".rs") == 0) names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, (size_t)n, sizeof *names, name_cmp);
  BmAnalyzer *an = bm_analyzer_new();
  int pass = 0, fail = 0;
  for (int i = 0; i < n; i++) {
    char path[4096], gold[4096];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    snprintf(gold, sizeof gold, "%s/%.*s.json", dir, (int)(strlen(names[i]) - 3), names[i]);
    size_t len = 0, glen = 0;
    char *src = test_read_file(path, &len);
    BmResult *r = src ? test_analyze(an, src, len) : NULL;
    const char *got = r && r->timeline ? r->timeline : "(none)";
    if (update) {
      FILE *f = fopen(gold, "wb");
      if (f) {
        fputs(got, f);
        fputs("\n", f);
        fclose(f);
      }
      printf("UPDATED %s\n", names[i]);
      pass++;
    } else {
      char *want = test_read_file(gold, &glen);
      bool ok = want && glen == strlen(got) + 1 && strncmp(want, got, strlen(got)) == 0;
      printf("%s %s\n", ok ? "PASS" : "FAIL", names[i]);
      if (!ok) {
        printf("  got:\n%s\n", got);
        fail++;
      } else {
        pass++;
      }
      free(want);
    }
    bm_result_delete(r);
    free(src);
    free(names[i]);
  }
  bm_analyzer_delete(an);
  printf("%d passed, %d failed\n", pass, fail);
  return fail ? 1 : 0;
}
