/*
 * The borrowmap command line.
 *
 *   borrowmap check [--json] FILE.rs    diagnostics in rustc's format, or JSON
 *   borrowmap check [--json] -          read the source from stdin
 *             --perms                   the permissions view's table instead
 *             --crate-type bin|lib      what is compiled (bin: `fn main` is checked)
 *   borrowmap run [--edition N] FILE.rs|-   run `fn main`: the program's stdout and
 *             stderr as the compiled binary prints them; exit 0, 101 after a
 *             panic, 2 when it does not compile or uses what the interpreter
 *             does not model (the reason on stderr)
 *   borrowmap bench [--max-false-alarms PCT] FILE.jsonl...   the corpus benchmark
 *   borrowmap timeline-stats FILE.jsonl... [--program FILE.rs]  the timeline's
 *             coverage of accepted programs, its size and time for a program
 *
 * Exit status: 0 no errors, 1 errors reported, 2 usage or input problem.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "borrowmap.h"
#include "cli.h"

static int usage(FILE *out) {
  fputs("usage: borrowmap check [--json|--perms] [--crate-type bin|lib] FILE.rs|-\n"
        "       borrowmap run [--edition 2015|2018|2021|2024] [--trace] FILE.rs|-\n"
        "       borrowmap bench [--max-false-alarms PCT] [--min-detection PCT] [-q] FILE.jsonl...\n"
        "       borrowmap timeline-stats FILE.jsonl... [--program FILE.rs]\n"
        "       borrowmap --version\n",
        out);
  return out == stdout ? 0 : 2;
}

/* Read at most `limit` + 1 bytes, so a too-large input is noticed without
 * reading all of it. The caller frees *out. Returns 0, or prints why not. */
int cli_read_input(const char *path, size_t limit, char **out, size_t *len) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "borrowmap: cannot open %s: %s\n", path, strerror(errno));
    return -1;
  }
  size_t cap = 64 * 1024, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    if (n == cap) {
      if (cap > limit) break;
      char *bigger = realloc(buf, cap * 2);
      if (!bigger) { free(buf); buf = NULL; break; }
      buf = bigger;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) break;
  }
  bool failed = f != stdin ? ferror(f) : ferror(stdin);
  if (f != stdin) fclose(f);
  if (!buf) {
    fprintf(stderr, "borrowmap: out of memory reading %s\n", path);
    return -1;
  }
  if (failed) {
    fprintf(stderr, "borrowmap: cannot read %s\n", path);
    free(buf);
    return -1;
  }
  *out = buf;
  *len = n;
  return 0;
}

static int cmd_check(int argc, char **argv) {
  bool json = false, perms = false;
  const char *path = NULL;
  BmCrateType crate_type = BM_CRATE_UNKNOWN;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--json") == 0) json = true;
    else if (strcmp(argv[i], "--perms") == 0) perms = true;
    else if (strcmp(argv[i], "--crate-type") == 0 && i + 1 < argc) {
      i++;
      if (strcmp(argv[i], "bin") == 0) crate_type = BM_CRATE_BIN;
      else if (strcmp(argv[i], "lib") == 0) crate_type = BM_CRATE_LIB;
      else return usage(stderr);
    } else if (argv[i][0] == '-' && argv[i][1] != 0) return usage(stderr);
    else if (!path) path = argv[i];
    else return usage(stderr);
  }
  if (!path) return usage(stderr);

  char *src;
  size_t len;
  if (cli_read_input(path, BM_MAX_SOURCE_BYTES, &src, &len) != 0) return 2;
  BmAnalyzer *an = bm_analyzer_new();
  if (!an) {
    free(src);
    fputs("borrowmap: out of memory\n", stderr);
    return 2;
  }
  bm_analyzer_set_crate_type(an, crate_type);
  BmResult *res = bm_analyzer_analyze(an, src, len);
  int status = 2;
  if (!res) {
    fputs("borrowmap: out of memory\n", stderr);
  } else if (bm_result_status(res) != BM_STATUS_OK) {
    const BmDiagnostic *d = bm_result_diagnostic(res, 0);
    fprintf(stderr, "borrowmap: %s: %s\n", strcmp(path, "-") ? path : "<stdin>",
            d ? d->message : bm_status_name(bm_result_status(res)));
  } else {
    if (perms) {
      fputs(bm_result_permissions_text(res), stdout);
    } else if (json) {
      const char *text = bm_result_json(res);
      if (text) fputs(text, stdout);
    } else {
      cli_render_human(stdout, strcmp(path, "-") ? path : "<stdin>", src, len, res);
    }
    status = bm_result_error_count(res) ? 1 : 0;
  }
  bm_result_delete(res);
  bm_analyzer_delete(an);
  free(src);
  return status;
}

static int cmd_run(int argc, char **argv) {
  const char *path = NULL;
  unsigned edition = 2024;
  bool trace = false;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--edition") == 0 && i + 1 < argc) edition = (unsigned)atoi(argv[++i]);
    else if (strcmp(argv[i], "--trace") == 0) trace = true;
    else if (argv[i][0] == '-' && argv[i][1] != 0) return usage(stderr);
    else if (!path) path = argv[i];
    else return usage(stderr);
  }
  if (!path) return usage(stderr);
  char *src;
  size_t len;
  if (cli_read_input(path, BM_MAX_SOURCE_BYTES, &src, &len) != 0) return 2;
  BmAnalyzer *an = bm_analyzer_new();
  if (!an) {
    free(src);
    fputs("borrowmap: out of memory\n", stderr);
    return 2;
  }
  if (bm_analyzer_set_edition(an, edition) != 0) {
    fprintf(stderr, "borrowmap: unknown edition %u\n", edition);
    bm_analyzer_delete(an);
    free(src);
    return 2;
  }
  bm_analyzer_set_crate_type(an, BM_CRATE_BIN);
  BmResult *res = bm_analyzer_run(an, src, len);
  int status = 2;
  const char *name = strcmp(path, "-") ? path : "<stdin>";
  if (!res) {
    fputs("borrowmap: out of memory\n", stderr);
  } else {
    size_t n;
    const char *out = bm_result_run_stdout(res, &n);
    fwrite(out, 1, n, stdout);
    fflush(stdout);
    out = bm_result_run_stderr(res, &n);
    fwrite(out, 1, n, stderr);
    /* the steps the diagram draws, after the program's own output */
    if (trace) cli_print_trace(stderr, bm_result_json(res));
    BmRunStatus st = bm_result_run_status(res);
    BmSpan at;
    const char *why = bm_result_run_reason(res, &at);
    switch (st) {
    case BM_RUN_OK: case BM_RUN_PANIC: case BM_RUN_EXIT: status = bm_result_run_exit_code(res); break;
    case BM_RUN_REJECTED:
      fprintf(stderr, "borrowmap: %s: not run: %s", name, why ? why : "it does not compile");
      if (at.line) fprintf(stderr, " (line %u, column %u)", at.line, at.col);
      fputs("\n", stderr);
      break;
    default:
      fprintf(stderr, "borrowmap: %s:%u:%u: %s: %s\n", name, at.line, at.col,
              st == BM_RUN_LIMIT ? "limit" : "unsupported", why ? why : "the run stopped");
      break;
    }
  }
  bm_result_delete(res);
  bm_analyzer_delete(an);
  free(src);
  return status;
}

int main(int argc, char **argv) {
  if (argc < 2) return usage(stderr);
  if (strcmp(argv[1], "check") == 0) return cmd_check(argc - 2, argv + 2);
  if (strcmp(argv[1], "run") == 0) return cmd_run(argc - 2, argv + 2);
  if (strcmp(argv[1], "bench") == 0) return cli_bench(argc - 2, argv + 2);
  if (strcmp(argv[1], "timeline-stats") == 0) return cli_timeline_stats(argc - 2, argv + 2);
  if (strcmp(argv[1], "--version") == 0) {
    printf("borrowmap %s (json v%d)\n", BORROWMAP_VERSION, BM_JSON_VERSION);
    return 0;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) return usage(stdout);
  return usage(stderr);
}
