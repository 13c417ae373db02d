/* testutil.h: small helpers shared by the core's test programs. */
#ifndef BM_TESTUTIL_H
#define BM_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The whole file, NUL-terminated, with its length in *len; NULL if it
 * cannot be read. The caller frees the result. */
static inline char *test_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf) {
    buf[n] = 0;
    *len = (size_t)n;
  }
  return buf;
}

/* Analyze `len` bytes as the page and the CLI hand them over: an exact-size
 * copy, not NUL-terminated, so a read past the end is a sanitizer error and
 * not a silent read of the terminator. The caller frees the result. */
#include "borrowmap.h"
static inline BmResult *test_analyze(BmAnalyzer *an, const char *text, size_t len) {
  char *copy = malloc(len ? len : 1);
  if (!copy) return NULL;
  if (len) memcpy(copy, text, len);
  BmResult *r = bm_analyzer_analyze(an, copy, len);
  free(copy);
  return r;
}

#endif
