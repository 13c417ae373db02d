/*
 * fuzz.c: the libFuzzer target for the whole analysis, and (built with
 * BM_FUZZ_REPLAY) a plain program that runs the same checks over files, so
 * every finding stays a regression case (core/tests/fuzz-regressions/, run
 * by ctest natively and under ASan+UBSan).
 *
 *   bash core/tests/fuzz.sh 60        build with clang, seed, fuzz 60 s
 *
 * Each input is handed to the analyzer as the page and the CLI hand it:
 * an exact-length buffer, not NUL-terminated (a malloc of exactly `size`
 * bytes, so AddressSanitizer reports a read one byte past it). Any input
 * must give a result whose JSON document is well formed, starts with
 * version 1, and whose spans lie inside the input; the same input analyzed
 * twice must give the same document (no analysis may depend on an earlier
 * one); and no crash, leak or undefined behaviour (the sanitizers). An
 * input with no error is then run (bm_analyzer_run), as the playground
 * runs it: a well-formed run in the JSON, its reason's span inside the
 * input (the fuzz build's step budget is small: BM_RUN_STEPS).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "borrowmap.h"

#define CHECK(cond, what)                                                    \
  do {                                                                       \
    if (!(cond)) {                                                           \
      fprintf(stderr, "fuzz: check failed: %s (%s)\n", what, #cond);         \
      abort();                                                               \
    }                                                                        \
  } while (0)

static size_t json_ws(const char *s, size_t i) {
  while (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') i++;
  return i;
}

/* A JSON string at s[*i]: advances past it; false if malformed. */
static bool json_string(const char *s, size_t *i) {
  if (s[*i] != '"') return false;
  for ((*i)++; s[*i] != '"'; (*i)++) {
    if (!s[*i] || (unsigned char)s[*i] < 0x20) return false;
    if (s[*i] == '\\') {
      (*i)++;
      if (!s[*i] || !strchr("\"\\/bfnrtu", s[*i])) return false;
    }
  }
  (*i)++;
  return true;
}

/* Is the text one well-formed JSON value? Iterative (an explicit stack of
 * open containers), so the checker itself cannot overflow. */
static bool json_valid(const char *s) {
  char stack[512];
  int top = 0;
  size_t i = 0;
  bool want_value = true, want_key = false;
  for (;;) {
    i = json_ws(s, i);
    if (want_key) {
      if (!json_string(s, &i)) return false;
      i = json_ws(s, i);
      if (s[i++] != ':') return false;
      want_key = false;
      continue;
    }
    if (want_value) {
      char c = s[i];
      if (c == '{' || c == '[') {
        if (top == (int)sizeof stack) return false;
        stack[top++] = c;
        i = json_ws(s, i + 1);
        if (s[i] == (c == '{' ? '}' : ']')) {
          top--;
          i++;
          want_value = false;
        } else {
          want_key = c == '{';
        }
        continue;
      }
      if (c == '"') {
        if (!json_string(s, &i)) return false;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        if (c == '-') i++;
        if (s[i] < '0' || s[i] > '9') return false;
        while ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == 'e' || s[i] == 'E' ||
               s[i] == '+' || s[i] == '-')
          i++;
      } else if (strncmp(s + i, "true", 4) == 0) {
        i += 4;
      } else if (strncmp(s + i, "false", 5) == 0) {
        i += 5;
      } else if (strncmp(s + i, "null", 4) == 0) {
        i += 4;
      } else {
        return false;
      }
      want_value = false;
      continue;
    }
    if (!top) return s[i] == 0;
    if (s[i] == ',') {
      i++;
      want_value = true;
      want_key = stack[top - 1] == '{';
      continue;
    }
    if (s[i] != (stack[top - 1] == '{' ? '}' : ']')) return false;
    top--;
    i++;
  }
}

static void check_span(const BmSpan *sp, size_t size) {
  CHECK(sp->start_byte <= sp->end_byte && sp->end_byte <= size, "span inside the input");
  CHECK(sp->line >= 1 && sp->col >= 1 && sp->end_line >= sp->line, "1-based positions");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static BmAnalyzer *an;
  if (!an) an = bm_analyzer_new();
  CHECK(an != NULL, "analyzer");
  char *copy = malloc(size ? size : 1);
  CHECK(copy != NULL, "malloc");
  if (size) memcpy(copy, data, size);
  BmResult *r = bm_analyzer_analyze(an, copy, size);
  CHECK(r != NULL, "a result");
  const char *json = bm_result_json(r);
  CHECK(json != NULL, "a JSON document");
  CHECK(strncmp(json, "{\"version\": 1", 13) == 0, "version 1");
  CHECK(json_valid(json), "well-formed JSON");
  size_t checked = bm_result_status(r) == BM_STATUS_OK ? size : 0; /* refusals: at 0 */
  for (uint32_t i = 0; i < bm_result_diagnostic_count(r); i++) {
    const BmDiagnostic *d = bm_result_diagnostic(r, i);
    check_span(&d->span, checked);
    for (uint32_t k = 0; k < d->label_count; k++) check_span(&d->labels[k].span, checked);
  }
  for (uint32_t i = 0; i < bm_result_unsupported_count(r); i++)
    check_span(&bm_result_unsupported(r, i)->span, checked);
  /* the same input again: the same document */
  BmResult *again = bm_analyzer_analyze(an, copy, size);
  const char *json2 = again ? bm_result_json(again) : NULL;
  CHECK(json2 && strcmp(json, json2) == 0, "the same result twice");
  bm_result_delete(again);
  /* what the playground does with a program that checks: run it */
  if (bm_result_status(r) == BM_STATUS_OK && bm_result_error_count(r) == 0) {
    BmResult *run = bm_analyzer_run(an, copy, size);
    CHECK(run != NULL, "a run result");
    const char *rj = bm_result_json(run);
    CHECK(rj && json_valid(rj), "well-formed JSON of a run");
    CHECK(strstr(rj, "\n \"run\": {\"status\": ") != NULL, "the run in the JSON");
    CHECK(bm_result_run_status(run) != BM_RUN_NONE, "a run status");
    BmSpan at;
    if (bm_result_run_reason(run, &at) && at.line) check_span(&at, size);
    size_t n_out = 0, n_err = 0;
    bm_result_run_stdout(run, &n_out);
    bm_result_run_stderr(run, &n_err);
    CHECK(n_out < ((size_t)1 << 30) && n_err < ((size_t)1 << 30), "output lengths");
    bm_result_delete(run);
  }
  bm_result_delete(r);
  free(copy);
  return 0;
}

#ifdef BM_FUZZ_REPLAY
/* Replay files (or every file of directories) through the target. */
#include <dirent.h>
#include <sys/stat.h>

static int replay_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *buf = malloc(n > 0 ? (size_t)n : 1);
  size_t got = n > 0 ? fread(buf, 1, (size_t)n, f) : 0;
  fclose(f);
  LLVMFuzzerTestOneInput(buf, got);
  free(buf);
  printf("PASS %s\n", path);
  return 1;
}

int main(int argc, char **argv) {
  int files = 0;
  for (int a = 1; a < argc; a++) {
    struct stat st;
    if (stat(argv[a], &st) != 0) continue;
    if (!S_ISDIR(st.st_mode)) {
      files += replay_file(argv[a]);
      continue;
    }
    DIR *d = opendir(argv[a]);
    for (struct dirent *e; d && (e = readdir(d));) {
      if (e->d_name[0] == '.') continue;
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", argv[a], e->d_name);
      files += replay_file(path);
    }
    if (d) closedir(d);
  }
  printf("%d passed, 0 failed\n", files);
  return files ? 0 : 1;
}
#endif
