/*
 * test_core: unit tests of the core's building blocks and of its behaviour
 * on hostile input. ASSERT prints the expression and the values on failure.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

static int passed, failed;

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (cond) passed++;                                                      \
    else {                                                                   \
      failed++;                                                              \
      printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                 \
    }                                                                        \
  } while (0)

#define CHECK_EQ_U(want, got)                                                \
  do {                                                                       \
    unsigned long w_ = (unsigned long)(want), g_ = (unsigned long)(got);     \
    if (w_ == g_) passed++;                                                  \
    else {                                                                   \
      failed++;                                                              \
      printf("FAIL %s:%d: %s: expected %lu, got %lu\n", __FILE__, __LINE__,  \
             #got, w_, g_);                                                  \
    }                                                                        \
  } while (0)

static void test_utf8(void) {
  size_t bad = 99;
  CHECK(bm_utf8_check("fn main() {}", 12, &bad) == NULL);
  CHECK(bm_utf8_check("é ü 😀", strlen("é ü 😀"), &bad) == NULL);
  CHECK(bm_utf8_check("ab\xff", 3, &bad) != NULL);
  CHECK_EQ_U(2, bad);
  CHECK(bm_utf8_check("a\xc3", 2, &bad) != NULL);        /* truncated */
  CHECK(bm_utf8_check("\xc0\xaf", 2, &bad) != NULL);     /* overlong */
  CHECK(bm_utf8_check("\xed\xa0\x80", 3, &bad) != NULL); /* surrogate */
  CHECK(bm_utf8_check("a\0b", 3, &bad) != NULL);
  CHECK_EQ_U(1, bad);
}

static void test_positions(void) {
  BmArena a;
  bm_arena_init(&a);
  const char *text = "ab\nlet größe = 1;\n\n😀x";
  BmSource src;
  bm_source_init(&a, &src, text, (uint32_t)strlen(text));
  uint32_t line, col;
  bm_source_position(&src, 0, &line, &col);
  CHECK_EQ_U(1, line); CHECK_EQ_U(1, col);
  bm_source_position(&src, 3, &line, &col);
  CHECK_EQ_U(2, line); CHECK_EQ_U(1, col);
  /* "let größe" : 'ö' and 'ß' are 2 bytes each; byte of '=' */
  uint32_t eq = (uint32_t)(strchr(text, '=') - text);
  bm_source_position(&src, eq, &line, &col);
  CHECK_EQ_U(2, line); CHECK_EQ_U(11, col);
  uint32_t x = (uint32_t)(strchr(text, 'x') - text);
  bm_source_position(&src, x, &line, &col);
  CHECK_EQ_U(4, line); CHECK_EQ_U(2, col); /* the emoji is one character */
  bm_source_position(&src, 1000, &line, &col); /* clamped to the end */
  CHECK_EQ_U(4, line); CHECK_EQ_U(3, col);
  bm_arena_free(&a);
}

static void test_arena(void) {
  BmArena a;
  bm_arena_init(&a);
  BmArray(int) xs = {0};
  for (int i = 0; i < 100000; i++) bm_array_push(&a, &xs, i);
  CHECK_EQ_U(100000, xs.len);
  CHECK_EQ_U(99999, *bm_array_last(&xs));
  char *s = bm_arena_printf(&a, "%s-%d", "x", 42);
  CHECK(strcmp(s, "x-42") == 0);
  void *big = bm_arena_alloc(&a, 5 * 1024 * 1024);
  CHECK(big != NULL);
  bm_arena_free(&a);
  CHECK_EQ_U(0, a.total);
}

static BmResult *analyze(BmAnalyzer *an, const char *s) {
  return bm_analyzer_analyze(an, s, strlen(s));
}

static void test_bad_input(BmAnalyzer *an) {
  BmResult *r = bm_analyzer_analyze(an, "fn main() { \xff }", 15);
  CHECK_EQ_U(BM_STATUS_NOT_UTF8, bm_result_status(r));
  CHECK_EQ_U(1, bm_result_error_count(r));
  CHECK(strstr(bm_result_diagnostic(r, 0)->message, "UTF-8") != NULL);
  CHECK(strstr(bm_result_json(r), "\"status\": \"not-utf8\"") != NULL);
  bm_result_delete(r);

  size_t big = 5 * 1024 * 1024;
  char *paste = malloc(big);
  memset(paste, 'a', big);
  r = bm_analyzer_analyze(an, paste, big);
  CHECK_EQ_U(BM_STATUS_TOO_LARGE, bm_result_status(r));
  CHECK(strstr(bm_result_diagnostic(r, 0)->message, "too large") != NULL);
  bm_result_delete(r);
  free(paste);

  r = bm_analyzer_analyze(an, "", 0);
  CHECK_EQ_U(BM_STATUS_OK, bm_result_status(r));
  CHECK_EQ_U(0, bm_result_error_count(r));
  bm_result_delete(r);
}

static void test_deep_nesting(BmAnalyzer *an) {
  /* 10,000 nested blocks: the core must neither crash nor recurse deeply. */
  enum { DEPTH = 10000 };
  size_t n = 0;
  char *s = malloc(DEPTH * 2 + 64);
  n += (size_t)sprintf(s, "fn main() ");
  for (int i = 0; i < DEPTH; i++) s[n++] = '{';
  for (int i = 0; i < DEPTH; i++) s[n++] = '}';
  s[n] = 0;
  BmResult *r = bm_analyzer_analyze(an, s, n);
  CHECK_EQ_U(BM_STATUS_OK, bm_result_status(r));
  CHECK(bm_result_json(r) != NULL);
  bm_result_delete(r);
  /* unbalanced: only opening braces */
  n = (size_t)sprintf(s, "fn main() ");
  for (int i = 0; i < DEPTH; i++) s[n++] = '{';
  s[n] = 0;
  r = bm_analyzer_analyze(an, s, n);
  CHECK(bm_result_error_count(r) >= 1);
  bm_result_delete(r);
  free(s);
}

static void test_syntax_and_json(BmAnalyzer *an) {
  BmResult *r = analyze(an, "fn main() {\n    let x = 5\n    let y = \"q\\\"\";\n}\n");
  CHECK_EQ_U(1, bm_result_error_count(r));
  const BmDiagnostic *d = bm_result_diagnostic(r, 0);
  CHECK(d->code == NULL);
  CHECK(strcmp(d->message, "expected `;`") == 0);
  CHECK_EQ_U(2, d->span.line);
  CHECK_EQ_U(14, d->span.col);
  const char *json = bm_result_json(r);
  CHECK(strstr(json, "\"version\": 1") != NULL);
  CHECK(strstr(json, "\"code\": null") != NULL);
  CHECK(strstr(json, "\"line\": 2, \"col\": 14") != NULL);
  CHECK(bm_result_json(r) == json); /* built once */
  bm_result_delete(r);

  /* an error near text with quotes and a backslash is escaped in JSON */
  r = analyze(an, "fn main() { let s = \"a\\\"b\" ) ; }");
  json = bm_result_json(r);
  CHECK(bm_result_error_count(r) >= 1);
  CHECK(strstr(json, "\\\"") != NULL || strstr(json, "`)`") != NULL);
  bm_result_delete(r);
}

static void test_repeat(BmAnalyzer *an) {
  /* The same analyzer gives the same answer every time. */
  const char *s = "fn main() { let v = vec![1, 2, 3]; let n = v.len() }";
  BmResult *first = analyze(an, s);
  char *want = strdup(bm_result_json(first));
  bm_result_delete(first);
  int same = 1;
  for (int i = 0; i < 200; i++) {
    BmResult *r = analyze(an, s);
    same &= strcmp(want, bm_result_json(r)) == 0;
    bm_result_delete(r);
  }
  CHECK(same);
  free(want);
}

static bool has_code(BmResult *r, const char *code) {
  for (uint32_t i = 0; i < bm_result_diagnostic_count(r); i++) {
    const BmDiagnostic *d = bm_result_diagnostic(r, i);
    if (d->code && strcmp(d->code, code) == 0) return true;
  }
  return false;
}

static void test_crate_type(BmAnalyzer *an) {
  /* `fn main` is checked only for a binary; unknown is the default */
  const char *lib = "pub fn run() -> i32 { 1 }\n";
  BmResult *r = analyze(an, lib);
  CHECK(!has_code(r, "E0601"));
  bm_result_delete(r);
  CHECK(bm_analyzer_set_crate_type(an, BM_CRATE_BIN) == 0);
  r = analyze(an, lib);
  CHECK(has_code(r, "E0601"));
  bm_result_delete(r);
  r = analyze(an, "fn main() {}\n");
  CHECK_EQ_U(0, bm_result_error_count(r));
  bm_result_delete(r);
  CHECK(bm_analyzer_set_crate_type(an, BM_CRATE_LIB) == 0);
  r = analyze(an, lib);
  CHECK(!has_code(r, "E0601"));
  bm_result_delete(r);
  CHECK(bm_analyzer_set_crate_type(an, (BmCrateType)7) == -1);
  CHECK(bm_analyzer_set_crate_type(NULL, BM_CRATE_BIN) == -1);
  CHECK(bm_analyzer_set_crate_type(an, BM_CRATE_UNKNOWN) == 0);
}

int main(void) {
  test_utf8();
  test_positions();
  test_arena();
  BmAnalyzer *an = bm_analyzer_new();
  CHECK(an != NULL);
  test_bad_input(an);
  test_deep_nesting(an);
  test_syntax_and_json(an);
  test_repeat(an);
  test_crate_type(an);
  bm_analyzer_delete(an);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
