/*
 * test_core: unit tests of the core's building blocks and of its behaviour
 * on hostile input. ASSERT prints the expression and the values on failure.
 */
#define _POSIX_C_SOURCE 200809L
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"
#include "testutil.h"

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

  /* growing arrays: what they hold survives, the new bytes are zero, and
     the memory taken is about the final size, not the sum of doublings */
  BmArray(uint32_t) big_one = {0}, small_one = {0};
  for (uint32_t i = 0; i < 1000000; i++) {
    bm_array_push(&a, &big_one, i * 3);
    if (i % 100 == 0) bm_array_push(&a, &small_one, i);
  }
  bool same = true;
  for (uint32_t i = 0; i < 1000000; i++) same = same && big_one.items[i] == i * 3;
  for (uint32_t i = 0; i < small_one.len; i++) same = same && small_one.items[i] == i * 100;
  CHECK(same);
  CHECK(a.total < (size_t)big_one.cap * 4 + small_one.cap * 4 * 2 + 256 * 1024);
  unsigned char *p = bm_arena_alloc(&a, 40);
  memset(p, 0xAB, 40);
  unsigned char *q = bm_arena_realloc(&a, p, 40, 4000); /* the latest: in place */
  CHECK(q == p);
  unsigned char *r = bm_arena_realloc(&a, q, 4000, 200000); /* big now */
  bool kept = r[0] == 0xAB && r[39] == 0xAB && r[40] == 0 && r[199999] == 0;
  CHECK(kept);
  bm_arena_free(&a);
  CHECK_EQ_U(0, a.total);
}

/* bm_format_simple against vsnprintf: the same bytes and return value. */
static int format_simple(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = bm_format_simple(buf, size, fmt, ap);
  va_end(ap);
  return n;
}
static void check_format(size_t size, const char *fmt, int d, unsigned u, const char *str, char c) {
  char want[64], got[64];
  memset(want, 'x', sizeof want);
  memset(got, 'x', sizeof got);
  int wn = snprintf(want, size, fmt, d, u, str, c);
  int gn = format_simple(got, size, fmt, d, u, str, c);
  CHECK(wn == gn);
  CHECK(memcmp(want, got, sizeof want) == 0);
}
static void test_format_simple(void) {
  static const int ds[] = {0, 1, -1, 9, 10, -10, 123456, INT_MAX, INT_MIN};
  static const unsigned us[] = {0, 7, 10, 99, 100, 4000000000u, UINT_MAX};
  static const char *strs[] = {"", "a", "r1", "the \"frame\" kind"};
  for (size_t i = 0; i < sizeof ds / sizeof *ds; i++)
    for (size_t j = 0; j < sizeof us / sizeof *us; j++)
      for (size_t k = 0; k < sizeof strs / sizeof *strs; k++)
        for (size_t size = 0; size < 40; size += 7) {
          check_format(size, "{\"id\": \"v%d\", %u: `%s` %c 100%%}", ds[i], us[j], strs[k], 'q');
          check_format(size, "%d%u%s%c", ds[i], us[j], strs[k], ' ');
        }
  char buf[8];
  /* anything else is left to vsnprintf, `ap` untouched */
  CHECK(format_simple(buf, sizeof buf, "%5d", 1) == -2);
  CHECK(format_simple(buf, sizeof buf, "%ld", 1L) == -2);
  CHECK(format_simple(buf, sizeof buf, "%.*s", 1, "ab") == -2);
  CHECK(format_simple(buf, sizeof buf, "%x", 1u) == -2);
  CHECK(format_simple(buf, sizeof buf, "50%", 1) == -2);
  /* and the printers built on it agree with the long way */
  BmArena a;
  bm_arena_init(&a);
  CHECK(strcmp(bm_arena_printf(&a, "%s::%s #%u %d%%", "std", "fmt", 7u, -3), "std::fmt #7 -3%") == 0);
  BmStr out;
  bm_str_init(&out, &a);
  bm_str_printf(&out, "%s{\"id\": \"h%u\", \"x\": %d}", ", ", 12u, -40);
  bm_str_printf(&out, "[%5u|%-3s]", 42u, "a");
  CHECK(strcmp(out.buf, ", {\"id\": \"h12\", \"x\": -40}[   42|a  ]") == 0);
  bm_arena_free(&a);
}

static BmResult *analyze(BmAnalyzer *an, const char *s) {
  return test_analyze(an, s, strlen(s));
}

static void test_bad_input(BmAnalyzer *an) {
  BmResult *r = test_analyze(an, "fn main() { \xff }", 15);
  CHECK_EQ_U(BM_STATUS_NOT_UTF8, bm_result_status(r));
  CHECK_EQ_U(1, bm_result_error_count(r));
  CHECK(strstr(bm_result_diagnostic(r, 0)->message, "UTF-8") != NULL);
  CHECK(strstr(bm_result_json(r), "\"status\": \"not-utf8\"") != NULL);
  bm_result_delete(r);

  size_t big = 5 * 1024 * 1024;
  char *paste = malloc(big);
  memset(paste, 'a', big);
  r = test_analyze(an, paste, big);
  CHECK_EQ_U(BM_STATUS_TOO_LARGE, bm_result_status(r));
  CHECK(strstr(bm_result_diagnostic(r, 0)->message, "too large") != NULL);
  bm_result_delete(r);
  free(paste);

  r = test_analyze(an, "", 0);
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
  BmResult *r = test_analyze(an, s, n);
  CHECK_EQ_U(BM_STATUS_OK, bm_result_status(r));
  CHECK(bm_result_json(r) != NULL);
  bm_result_delete(r);
  /* unbalanced: only opening braces */
  n = (size_t)sprintf(s, "fn main() ");
  for (int i = 0; i < DEPTH; i++) s[n++] = '{';
  s[n] = 0;
  r = test_analyze(an, s, n);
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

/* The patterns passes' messages (match.c), as rustc 1.95 words them (each
 * expected message was taken from rustc's output on the snippet, with
 * `fn main() {}` after it): the witnesses of E0004 and E0005, E0170. */
static void test_match_messages(BmAnalyzer *an) {
  static const struct {
    const char *src, *code, *message, *label;
  } cases[] = {
      {"fn f(x: u8) { match x { 0..=4 => {} 6..=255 => {} } }",
       "E0004",
       "non-exhaustive patterns: `5_u8` not covered", "pattern `5_u8` not covered"},
      {"use std::cmp::Ordering; fn f(o: Ordering) { match o { Ordering::Less => {} } }",
       "E0004",
       "non-exhaustive patterns: `std::cmp::Ordering::Equal` and `std::cmp::Ordering::Greater` not covered", "patterns `std::cmp::Ordering::Equal` and `std::cmp::Ordering::Greater` not covered"},
      {"struct P { x: i32, y: bool } fn f(p: P) { match p { P { x: 0, y: true } => {} P { y: false, .. } => {} } }",
       "E0004",
       "non-exhaustive patterns: `P { x: i32::MIN..=-1_i32, y: true }` and `P { x: 1_i32..=i32::MAX, y: true }` not covered", "patterns `P { x: i32::MIN..=-1_i32, y: true }` and `P { x: 1_i32..=i32::MAX, y: true }` not covered"},
      {"fn f(x: &[i32]) { match x { [] => {} } }",
       "E0004",
       "non-exhaustive patterns: `&[_, ..]` not covered", "pattern `&[_, ..]` not covered"},
      {"fn f(x: &Option<String>) { match x { None => {} } }",
       "E0004",
       "non-exhaustive patterns: `&Some(_)` not covered", "pattern `&Some(_)` not covered"},
      {"fn f(x: String) { match x { y if y.is_empty() => {} } }",
       "E0004",
       "non-exhaustive patterns: `String { .. }` not covered", "pattern `String { .. }` not covered"},
      {"fn f(x: char) { match x { 'a' => {} } }",
       "E0004",
       "non-exhaustive patterns: `'\\0'..='`'`, `'b'..='\\u{d7ff}'` and `'\\u{e000}'..='\\u{10ffff}'` not covered", "patterns `'\\0'..='`'`, `'b'..='\\u{d7ff}'` and `'\\u{e000}'..='\\u{10ffff}'` not covered"},
      {"fn f(x: usize) { match x { 0..=usize::MAX => {} } }",
       "E0004",
       "non-exhaustive patterns: `usize::MAX..` not covered", "pattern `usize::MAX..` not covered"},
      {"fn f(x: isize) { match x { 0 => {} } }",
       "E0004",
       "non-exhaustive patterns: `..=-1_isize` and `1_isize..` not covered", "patterns `..=-1_isize` and `1_isize..` not covered"},
      {"fn f(x: u128) { match x { 0 => {} } }",
       "E0004",
       "non-exhaustive patterns: `1_u128..` not covered", "pattern `1_u128..` not covered"},
      {"enum W { A, B, C, D, E } fn f(w: W) { match w { W::A => {} } }",
       "E0004",
       "non-exhaustive patterns: `W::B`, `W::C`, `W::D` and 1 more not covered", "patterns `W::B`, `W::C`, `W::D` and 1 more not covered"},
      {"fn f(x: i32) { match x {} }",
       "E0004",
       "non-exhaustive patterns: type `i32` is non-empty", ""},
      {"fn f(x: Option<i32>) { let Some(y) = x; }",
       "E0005",
       "refutable pattern in local binding", "pattern `None` not covered"},
      {"fn f(v: Vec<(i32, Option<bool>)>) { for (a, Some(b)) in v {} }",
       "E0005",
       "refutable pattern in `for` loop binding", "pattern `(_, None)` not covered"},
      {"enum Dir { North, South } fn f(d: Dir) { match d { North => {} Dir::South => {} } }",
       "E0170",
       "pattern binding `North` is named the same as one of the variants of the type `Dir`", ""},
      {"fn f(x: Box<i32>) { match x { y if true => {} } }",
       "E0004",
       "non-exhaustive patterns: `Box(_, _)` not covered", "pattern `Box(_, _)` not covered"},
      {"fn f(x: [u8; 3]) { match x { [0, ..] => {} } }",
       "E0004",
       "non-exhaustive patterns: `[1_u8..=u8::MAX, ..]` not covered", "pattern `[1_u8..=u8::MAX, ..]` not covered"},
      {"fn f(x: &[u8]) { match x { [.., 0] => {} [] => {} } }",
       "E0004",
       "non-exhaustive patterns: `&[.., 1_u8..=u8::MAX]` not covered", "pattern `&[.., 1_u8..=u8::MAX]` not covered"},
      {"fn f(a: &str, b: &str) { match (a, b) { (\"a\", \"b\") => {} } }",
       "E0004",
       "non-exhaustive patterns: `(&_, _)` not covered", "pattern `(&_, _)` not covered"},
      {"fn f(k: std::io::ErrorKind) { match k { std::io::ErrorKind::NotFound => {} } }",
       "E0004",
       "non-exhaustive patterns: `_` not covered", "pattern `_` not covered"},
      {"fn f(x: (bool,)) { match x { (true,) => {} } }",
       "E0004",
       "non-exhaustive patterns: `(false,)` not covered", "pattern `(false,)` not covered"},
      {"mod m { pub enum Command { A, B } } fn f(c: m::Command) { match c { m::Command::A => {} } }",
       "E0004",
       "non-exhaustive patterns: `m::Command::B` not covered", "pattern `m::Command::B` not covered"},
      {"fn f(x: Result<i32, String>) { match x { Ok(0..) => {} Err(_) => {} } }",
       "E0004",
       "non-exhaustive patterns: `Ok(i32::MIN..=-1_i32)` not covered", "pattern `Ok(i32::MIN..=-1_i32)` not covered"},
      {"fn f(x: &mut bool) { match x { true => {} } }",
       "E0004",
       "non-exhaustive patterns: `&mut false` not covered", "pattern `&mut false` not covered"},
      {"enum E { A, B(i32), C { f: bool } } fn f(e: E) { match e { E::A => {} } }",
       "E0004",
       "non-exhaustive patterns: `E::B(_)` and `E::C { .. }` not covered", "patterns `E::B(_)` and `E::C { .. }` not covered"},
      {"fn f(x: f64) { match x { 1.0 => {} } }",
       "E0004",
       "non-exhaustive patterns: `_` not covered", "pattern `_` not covered"},
      {"fn f(x: (u8, u8)) { match x { (0..=255, 0..=254) => {} } }",
       "E0004",
       "non-exhaustive patterns: `(0_u8..=u8::MAX, u8::MAX)` not covered", "pattern `(0_u8..=u8::MAX, u8::MAX)` not covered"},

  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char src[1024];
    snprintf(src, sizeof src, "%s\nfn main() {}\n", cases[i].src);
    BmResult *r = analyze(an, src);
    const BmDiagnostic *d = NULL;
    for (uint32_t k = 0; k < bm_result_error_count(r) && !d; k++)
      if (bm_result_diagnostic(r, k)->code && strcmp(bm_result_diagnostic(r, k)->code, cases[i].code) == 0)
        d = bm_result_diagnostic(r, k);
    bool ok = d && bm_result_error_count(r) == 1 && strcmp(d->message, cases[i].message) == 0 &&
              (!cases[i].label[0] || (d->label_count >= 1 && strcmp(d->labels[0].message, cases[i].label) == 0));
    CHECK(ok);
    if (!ok) printf("  for: %s\n  want: %s %s\n  got:  %s\n", cases[i].src, cases[i].code, cases[i].message,
                    d ? d->message : "(no such error)");
    bm_result_delete(r);
  }
}


/* Patterns nested far deeper than any limit: match.c gives up silently
 * (no crash, no error invented), and a wide match stays fast. */
static void test_deep_patterns(BmAnalyzer *an) {
  enum { DEPTH = 3000 };
  char *s = malloc(DEPTH * 12 + 256);
  size_t n = (size_t)sprintf(s, "fn f(x: Option<i32>) { match x { ");
  for (int i = 0; i < DEPTH; i++) n += (size_t)sprintf(s + n, "Some(");
  s[n++] = '1';
  for (int i = 0; i < DEPTH; i++) s[n++] = ')';
  n += (size_t)sprintf(s + n, " => {} _ => {} } }\nfn main() {}\n");
  BmResult *r = bm_analyzer_analyze(an, s, n);
  CHECK_EQ_U(BM_STATUS_OK, bm_result_status(r));
  for (uint32_t k = 0; k < bm_result_error_count(r); k++)
    CHECK(!bm_result_diagnostic(r, k)->code || strcmp(bm_result_diagnostic(r, k)->code, "E0004") != 0);
  bm_result_delete(r);
  /* 2^24 missing combinations: one witness, found without listing them */
  n = (size_t)sprintf(s, "fn f(x: (");
  for (int i = 0; i < 24; i++) n += (size_t)sprintf(s + n, "%sbool", i ? ", " : "");
  n += (size_t)sprintf(s + n, ")) { match x { (");
  for (int i = 0; i < 24; i++) n += (size_t)sprintf(s + n, "%strue", i ? ", " : "");
  n += (size_t)sprintf(s + n, ") => {} } }\nfn main() {}\n");
  r = bm_analyzer_analyze(an, s, n);
  CHECK_EQ_U(1, bm_result_error_count(r));
  CHECK(bm_result_error_count(r) == 1 && strncmp(bm_result_diagnostic(r, 0)->message,
                                                 "non-exhaustive patterns: `(false, _, _", 37) == 0);
  bm_result_delete(r);
  free(s);
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

/* bm_analyzer_run's JSON carries the run; bm_analyzer_analyze's does not. */
static void test_run_json(BmAnalyzer *an) {
  const char *prog = "fn main() {\n    print!(\"a\\0b \\\"q\\\"\\n\");\n    let v: Vec<i32> = Vec::new();\n    let _x = v[3];\n}\n";
  size_t n = strlen(prog);
  char *copy = malloc(n);
  memcpy(copy, prog, n);
  BmResult *r = bm_analyzer_run(an, copy, n);
  free(copy);
  const char *json = bm_result_json(r);
  CHECK(json != NULL);
  CHECK(strstr(json, "\"run\": {\"status\": \"panic\", \"exit_code\": 101") != NULL);
  /* output with a NUL byte and quotes, escaped, not cut short */
  CHECK(strstr(json, "\"stdout\": \"a\\u0000b \\\"q\\\"\\n\"") != NULL);
  CHECK(strstr(json, "panicked at src/main.rs:4:15:\\nindex out of bounds: the len is 0 but the index is 3") != NULL);
  bm_result_delete(r);
  r = analyze(an, "fn main() { let s = String::new(); let t = s; println!(\"{}\", s); }\n");
  CHECK(strstr(bm_result_json(r), "\"run\"") == NULL);
  bm_result_delete(r);
  /* a program that does not compile is not run, and says why and where */
  prog = "fn main() { let s = String::new(); let t = s; println!(\"{}\", s); }\n";
  r = bm_analyzer_run(an, prog, strlen(prog));
  json = bm_result_json(r);
  CHECK(strstr(json, "\"run\": {\"status\": \"rejected\"") != NULL);
  CHECK(strstr(json, "\"reason\": \"error[E0382]: borrow of moved value: `s`\", \"line\": 1") != NULL);
  bm_result_delete(r);
}

int main(void) {
  test_utf8();
  test_positions();
  test_arena();
  test_format_simple();
  BmAnalyzer *an = bm_analyzer_new();
  CHECK(an != NULL);
  test_bad_input(an);
  test_deep_nesting(an);
  test_syntax_and_json(an);
  test_repeat(an);
  test_match_messages(an);
  test_deep_patterns(an);
  test_crate_type(an);
  test_run_json(an);
  bm_analyzer_delete(an);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
