/*
 * bench.c: `borrowmap bench FILE.jsonl...`, the checker measured against
 * rustc's verdicts in the corpus (the .jsonl files of shared/corpus).
 *
 * Each line of a corpus file is one JSON object: id, source, expect.compiles,
 * expect.errors[{code, line, col, message}], topics. For each file we print
 *   detection     share of rejected programs where we report >= 1 error
 *   false alarms  share of accepted programs where we report any error
 *   exact         share of rejected programs where our multiset of
 *                 (code, line) equals rustc's
 *   abstentions   programs where we recorded an `unsupported` note
 * then a breakdown per error code and per topic, the false alarms with our
 * messages, and the disagreements on rejected programs.
 *
 * Options: --max-false-alarms PCT and --min-detection PCT make the exit status
 * non-zero when a file is over / under; -q prints only the summaries.
 * The small JSON reader below is enough for the corpus (objects, arrays,
 * strings with escapes, numbers, literals); it recurses only to a depth
 * limit of 64, and it never trusts the input's lengths.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "borrowmap.h"
#include "cli.h"

/* ------------------------------------------------------------ JSON reader */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JKind;

typedef struct JVal JVal;
struct JVal {
  JKind kind;
  bool b;
  double num;
  char *str;      /* J_STR: NUL-terminated UTF-8; J_OBJ member: the key */
  JVal **items;   /* J_ARR elements / J_OBJ values */
  char **keys;    /* J_OBJ keys */
  size_t n;
};

typedef struct {
  const char *p, *end;
  int depth;
  bool bad;
} JParser;

static void jfree(JVal *v) {
  if (!v) return;
  for (size_t i = 0; i < v->n; i++) {
    jfree(v->items[i]);
    if (v->keys) free(v->keys[i]);
  }
  free(v->items);
  free(v->keys);
  free(v->str);
  free(v);
}

static void jws(JParser *j) {
  while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
    j->p++;
}

static void put_utf8(char **buf, size_t *len, unsigned cp) {
  char *b = *buf + *len;
  if (cp < 0x80) { b[0] = (char)cp; *len += 1; }
  else if (cp < 0x800) { b[0] = (char)(0xC0 | cp >> 6); b[1] = (char)(0x80 | (cp & 63)); *len += 2; }
  else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | cp >> 12); b[1] = (char)(0x80 | ((cp >> 6) & 63));
    b[2] = (char)(0x80 | (cp & 63)); *len += 3;
  } else {
    b[0] = (char)(0xF0 | cp >> 18); b[1] = (char)(0x80 | ((cp >> 12) & 63));
    b[2] = (char)(0x80 | ((cp >> 6) & 63)); b[3] = (char)(0x80 | (cp & 63)); *len += 4;
  }
}

static unsigned hex4(JParser *j) {
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    if (j->p >= j->end) { j->bad = true; return 0; }
    char c = *j->p++;
    v <<= 4;
    if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
    else j->bad = true;
  }
  return v;
}

static char *jstring(JParser *j) {
  if (j->p >= j->end || *j->p != '"') { j->bad = true; return NULL; }
  j->p++;
  /* The decoded text is never longer than the encoded one (+4 for safety). */
  const char *q = j->p;
  while (q < j->end && *q != '"') q += (*q == '\\' && q + 1 < j->end) ? 2 : 1;
  char *out = malloc((size_t)(q - j->p) + 8);
  size_t len = 0;
  while (j->p < j->end && *j->p != '"') {
    char c = *j->p++;
    if (c != '\\') { out[len++] = c; continue; }
    if (j->p >= j->end) break;
    c = *j->p++;
    switch (c) {
    case 'n': out[len++] = '\n'; break;
    case 't': out[len++] = '\t'; break;
    case 'r': out[len++] = '\r'; break;
    case 'b': out[len++] = '\b'; break;
    case 'f': out[len++] = '\f'; break;
    case 'u': {
      unsigned cp = hex4(j);
      if (cp >= 0xD800 && cp < 0xDC00 && j->p + 1 < j->end && j->p[0] == '\\' && j->p[1] == 'u') {
        j->p += 2;
        unsigned lo = hex4(j);
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      }
      put_utf8(&out, &len, cp);
      break;
    }
    default: out[len++] = c; break;
    }
  }
  if (j->p < j->end) j->p++;
  else j->bad = true;
  out[len] = 0;
  return out;
}

static JVal *jvalue(JParser *j);

static void jpush(JVal *v, char *key, JVal *item) {
  v->items = realloc(v->items, (v->n + 1) * sizeof *v->items);
  if (v->kind == J_OBJ) {
    v->keys = realloc(v->keys, (v->n + 1) * sizeof *v->keys);
    v->keys[v->n] = key;
  }
  v->items[v->n++] = item;
}

static JVal *jvalue(JParser *j) {
  jws(j);
  if (j->p >= j->end || j->depth > 64) { j->bad = true; return NULL; }
  JVal *v = calloc(1, sizeof *v);
  char c = *j->p;
  if (c == '{' || c == '[') {
    v->kind = c == '{' ? J_OBJ : J_ARR;
    j->p++;
    j->depth++;
    jws(j);
    if (j->p < j->end && *j->p == (c == '{' ? '}' : ']')) { j->p++; j->depth--; return v; }
    while (!j->bad) {
      char *key = NULL;
      if (v->kind == J_OBJ) {
        jws(j);
        key = jstring(j);
        jws(j);
        if (j->p >= j->end || *j->p != ':') { j->bad = true; free(key); break; }
        j->p++;
      }
      JVal *item = jvalue(j);
      jpush(v, key, item);
      jws(j);
      if (j->p < j->end && *j->p == ',') { j->p++; continue; }
      if (j->p < j->end && *j->p == (c == '{' ? '}' : ']')) { j->p++; break; }
      j->bad = true;
    }
    j->depth--;
  } else if (c == '"') {
    v->kind = J_STR;
    v->str = jstring(j);
  } else if (c == 't' || c == 'f' || c == 'n') {
    const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
    size_t l = strlen(word);
    if ((size_t)(j->end - j->p) < l || memcmp(j->p, word, l) != 0) j->bad = true;
    else j->p += l;
    v->kind = c == 'n' ? J_NULL : J_BOOL;
    v->b = c == 't';
  } else {
    char *endp;
    v->kind = J_NUM;
    v->num = strtod(j->p, &endp);
    if (endp == j->p) j->bad = true;
    j->p = endp;
  }
  return v;
}

static JVal *jget(const JVal *obj, const char *key) {
  if (!obj || obj->kind != J_OBJ) return NULL;
  for (size_t i = 0; i < obj->n; i++)
    if (obj->keys[i] && strcmp(obj->keys[i], key) == 0) return obj->items[i];
  return NULL;
}

/* ------------------------------------------------------------ --trace */

/* `borrowmap run --trace`: the diagram's steps of a result, one line each
 * ("step N  L:C  sentence"), from the result's JSON. */
void cli_print_trace(FILE *out, const char *json) {
  JParser j = {json, json + strlen(json), 0, false};
  JVal *root = jvalue(&j);
  JVal *t = jget(root, "timeline");
  JVal *steps = jget(t, "steps"), *why = jget(t, "unsupported"), *cut = jget(t, "truncated");
  if (why && why->kind == J_STR) fprintf(out, "trace: no steps: %s\n", why->str);
  for (size_t i = 0; steps && steps->kind == J_ARR && i < steps->n; i++) {
    JVal *s = steps->items[i], *line = jget(s, "line"), *col = jget(s, "col"), *say = jget(s, "sentence");
    fprintf(out, "step %zu  %d:%d  %s\n", i + 1, line ? (int)line->num : 0, col ? (int)col->num : 0,
            say && say->kind == J_STR ? say->str : "");
  }
  if (cut && cut->kind == J_STR) fprintf(out, "trace: %s\n", cut->str);
  jfree(root);
}

/* ------------------------------------------------------------ counting */

enum { MAX_KEYS = 128 };

typedef struct {
  char name[48];
  int a, b, c, d; /* per code: rustc count / found / exact; per topic: see use */
} Row;

typedef struct {
  Row rows[MAX_KEYS];
  int n;
} Table;

static Row *row(Table *t, const char *name) {
  for (int i = 0; i < t->n; i++)
    if (strcmp(t->rows[i].name, name) == 0) return &t->rows[i];
  if (t->n == MAX_KEYS) return &t->rows[MAX_KEYS - 1];
  Row *r = &t->rows[t->n++];
  memset(r, 0, sizeof *r);
  snprintf(r->name, sizeof r->name, "%s", name);
  return r;
}

typedef struct {
  char code[16];
  unsigned line;
  bool used;
} Err;

static int err_cmp(const void *x, const void *y) {
  const Err *a = x, *b = y;
  int c = strcmp(a->code, b->code);
  return c ? c : (a->line > b->line) - (a->line < b->line);
}

static double pct(int a, int b) { return b ? 100.0 * a / b : 0.0; }

typedef struct {
  double max_false_alarms, min_detection;
  bool quiet;
} Options;

/* One corpus file: returns 1 if a threshold is exceeded, 0 if not, 2 on error. */
static int bench_file(BmAnalyzer *an, const char *path, const Options *opt,
                      double *seconds) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "borrowmap: cannot open %s\n", path);
    return 2;
  }
  int programs = 0, rejected = 0, detected = 0, accepted = 0, false_alarms = 0,
      exact = 0, abstained = 0, rejected_abstained = 0;
  uint64_t typed_exprs = 0, all_exprs = 0; /* of accepted programs */
  Table codes = {0}, topics = {0};
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  FILE *fa = tmpfile(), *dis = tmpfile();
  clock_t t0 = clock();
  while ((got = getline(&line, &cap, f)) > 0) {
    JParser j = {line, line + got, 0, false};
    JVal *rec = jvalue(&j);
    JVal *id = jget(rec, "id"), *src = jget(rec, "source"), *ex = jget(rec, "expect");
    JVal *compiles = jget(ex, "compiles"), *errors = jget(ex, "errors");
    if (j.bad || !id || !src || src->kind != J_STR || !compiles) {
      jfree(rec);
      continue;
    }
    programs++;
    /* the record's edition (rustc's default, 2015, when it has none) */
    JVal *ed = jget(rec, "edition");
    bm_analyzer_set_edition(an, ed && ed->kind == J_STR ? (unsigned)atoi(ed->str) : 2015);
    /* and its crate type: a binary needs `fn main` */
    JVal *ct = jget(rec, "crate_type");
    bm_analyzer_set_crate_type(an, !ct || ct->kind != J_STR ? BM_CRATE_UNKNOWN
                                   : strcmp(ct->str, "bin") == 0 ? BM_CRATE_BIN
                                   : strcmp(ct->str, "lib") == 0 ? BM_CRATE_LIB : BM_CRATE_UNKNOWN);
    BmResult *res = bm_analyzer_analyze(an, src->str, strlen(src->str));
    /* rustc's errors and ours, as (code, line) */
    Err want[64], ours[64];
    int nw = 0, no = 0;
    for (size_t i = 0; errors && errors->kind == J_ARR && i < errors->n && nw < 64; i++) {
      JVal *e = errors->items[i], *code = jget(e, "code"), *ln = jget(e, "line");
      snprintf(want[nw].code, sizeof want[nw].code, "%s",
               code && code->kind == J_STR ? code->str : "null");
      want[nw].line = ln ? (unsigned)ln->num : 0;
      want[nw].used = false;
      nw++;
    }
    for (uint32_t i = 0; res && i < bm_result_diagnostic_count(res) && no < 64; i++) {
      const BmDiagnostic *d = bm_result_diagnostic(res, i);
      if (d->severity != BM_SEVERITY_ERROR) continue;
      snprintf(ours[no].code, sizeof ours[no].code, "%s", d->code ? d->code : "null");
      ours[no].line = d->span.line;
      ours[no].used = false;
      no++;
    }
    bool abst = res && bm_result_unsupported_count(res) > 0;
    if (abst) abstained++;
    bool is_rejected = !compiles->b;
    if (!is_rejected) {
      uint32_t ty, all;
      bm_result_type_coverage(res, &ty, &all);
      typed_exprs += ty;
      all_exprs += all;
    }
    qsort(want, (size_t)nw, sizeof *want, err_cmp);
    qsort(ours, (size_t)no, sizeof *ours, err_cmp);
    bool same = nw == no;
    for (int i = 0; same && i < nw; i++) same = err_cmp(&want[i], &ours[i]) == 0;
    /* per code: a rustc error is "found" when we report the same code anywhere,
     * "exact" when we report the same code on the same line. */
    for (int i = 0; i < nw; i++) {
      Row *r = row(&codes, want[i].code);
      r->a++;
      bool found = false, ex_line = false;
      for (int k = 0; k < no; k++) {
        if (strcmp(ours[k].code, want[i].code) != 0) continue;
        found = true;
        if (ours[k].line == want[i].line && !ours[k].used) { ex_line = true; ours[k].used = true; break; }
      }
      if (found) r->b++;
      if (ex_line) r->c++;
    }
    for (int k = 0; k < no; k++) ours[k].used = false;
    JVal *tp = jget(rec, "topics");
    for (size_t i = 0; tp && tp->kind == J_ARR && i < tp->n; i++) {
      if (tp->items[i]->kind != J_STR) continue;
      Row *r = row(&topics, tp->items[i]->str);
      if (is_rejected) { r->a++; if (no) r->b++; }
      else { r->c++; if (no) r->d++; }
    }
    if (is_rejected) {
      rejected++;
      if (no) detected++;
      if (same) exact++;
      if (abst) rejected_abstained++;
      if (!same) {
        fprintf(dis, "  %s\n    rustc:", id->str);
        for (int i = 0; i < nw; i++) fprintf(dis, " %s@%u", want[i].code, want[i].line);
        fprintf(dis, "\n    ours: ");
        for (int i = 0; i < no; i++) fprintf(dis, " %s@%u", ours[i].code, ours[i].line);
        if (!no) fprintf(dis, " (none)");
        if (abst) {
          const BmUnsupported *u = bm_result_unsupported(res, 0);
          fprintf(dis, "  [unsupported %u:%u %s]", u->span.line, u->span.col, u->reason);
        }
        fprintf(dis, "\n");
      }
    } else {
      accepted++;
      if (no) {
        false_alarms++;
        fprintf(fa, "  %s\n", id->str);
        for (uint32_t i = 0; i < bm_result_diagnostic_count(res); i++) {
          const BmDiagnostic *d = bm_result_diagnostic(res, i);
          if (d->severity != BM_SEVERITY_ERROR) continue;
          fprintf(fa, "    %s %u:%u %s\n", d->code ? d->code : "-", d->span.line,
                  d->span.col, d->message);
        }
      }
    }
    bm_result_delete(res);
    jfree(rec);
  }
  *seconds += (double)(clock() - t0) / CLOCKS_PER_SEC;
  free(line);
  fclose(f);

  printf("== %s\n", path);
  printf("programs %d, rejected %d, accepted %d\n", programs, rejected, accepted);
  printf("detection     %5.1f%%  (%d/%d rejected programs with >= 1 error from us)\n",
         pct(detected, rejected), detected, rejected);
  printf("false alarms  %5.1f%%  (%d/%d accepted programs with an error from us)\n",
         pct(false_alarms, accepted), false_alarms, accepted);
  printf("exact         %5.1f%%  (%d/%d rejected programs, same (code, line) multiset)\n",
         pct(exact, rejected), exact, rejected);
  printf("abstentions   %5.1f%%  (%d/%d programs with an unsupported note; %d rejected)\n",
         pct(abstained, programs), abstained, programs, rejected_abstained);
  printf("typed         %5.1f%%  (%llu/%llu expressions of accepted programs with a type known in full)\n",
         all_exprs ? 100.0 * (double)typed_exprs / (double)all_exprs : 0.0, (unsigned long long)typed_exprs,
         (unsigned long long)all_exprs);
  if (!opt->quiet) {
    printf("per code (rustc errors / same code reported / same code and line):\n");
    for (int i = 0; i < codes.n; i++)
      printf("  %-6s %4d %4d %4d\n", codes.rows[i].name, codes.rows[i].a, codes.rows[i].b,
             codes.rows[i].c);
    printf("per topic (rejected: detected/n; accepted: false alarms/n):\n");
    for (int i = 0; i < topics.n; i++)
      printf("  %-20s %3d/%-3d  %3d/%-3d\n", topics.rows[i].name, topics.rows[i].b,
             topics.rows[i].a, topics.rows[i].d, topics.rows[i].c);
    char buf[4096];
    size_t n;
    printf("false alarms:%s\n", false_alarms ? "" : " none");
    rewind(fa);
    while ((n = fread(buf, 1, sizeof buf, fa)) > 0) fwrite(buf, 1, n, stdout);
    printf("disagreements on rejected programs:%s\n", exact == rejected ? " none" : "");
    rewind(dis);
    while ((n = fread(buf, 1, sizeof buf, dis)) > 0) fwrite(buf, 1, n, stdout);
  }
  fclose(fa);
  fclose(dis);
  int status = 0;
  if (opt->max_false_alarms >= 0 && pct(false_alarms, accepted) > opt->max_false_alarms) {
    printf("FAIL %s: false alarms %.1f%% > %.1f%%\n", path, pct(false_alarms, accepted),
           opt->max_false_alarms);
    status = 1;
  }
  if (opt->min_detection >= 0 && pct(detected, rejected) < opt->min_detection) {
    printf("FAIL %s: detection %.1f%% < %.1f%%\n", path, pct(detected, rejected),
           opt->min_detection);
    status = 1;
  }
  printf("\n");
  return status;
}

int cli_bench(int argc, char **argv) {
  Options opt = {-1, -1, false};
  int files = 0, status = 0;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--max-false-alarms") == 0 && i + 1 < argc) {
      opt.max_false_alarms = atof(argv[++i]);
    } else if (strcmp(argv[i], "--min-detection") == 0 && i + 1 < argc) {
      opt.min_detection = atof(argv[++i]);
    } else if (strcmp(argv[i], "-q") == 0) {
      opt.quiet = true;
    } else if (argv[i][0] == '-') {
      fprintf(stderr, "usage: borrowmap bench [--max-false-alarms PCT] "
                      "[--min-detection PCT] [-q] FILE.jsonl...\n");
      return 2;
    }
  }
  BmAnalyzer *an = bm_analyzer_new();
  if (!an) return 2;
  double seconds = 0;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--max-false-alarms") == 0 || strcmp(argv[i], "--min-detection") == 0) {
      i++;
      continue;
    }
    if (argv[i][0] == '-') continue;
    files++;
    int s = bench_file(an, argv[i], &opt, &seconds);
    if (s > status) status = s;
  }
  bm_analyzer_delete(an);
  if (!files) {
    fprintf(stderr, "borrowmap bench: no corpus file given\n");
    return 2;
  }
  printf("analysis time %.3f s\n", seconds);
  return status;
}

/* ------------------------------------------------------------ timeline-stats */

/* The timeline's reason to abstain in a result document, or NULL when it
 * was built. Reads the "unsupported" member of the "timeline" object. */
static const char *timeline_reason(const char *json, char *buf, size_t cap) {
  const char *t = json ? strstr(json, "\"timeline\": ") : NULL;
  if (!t) return "no timeline";
  const char *u = strstr(t, "\"unsupported\": ");
  /* the steps hold no "unsupported" key, so the first one after them is ours */
  const char *last = u;
  while (u) {
    last = u;
    u = strstr(u + 1, "\"unsupported\": ");
  }
  if (!last) return "no timeline";
  last += strlen("\"unsupported\": ");
  if (strncmp(last, "null", 4) == 0) return NULL;
  size_t n = 0;
  if (*last == '"') last++;
  while (last[n] && last[n] != '"' && n + 1 < cap) n++;
  memcpy(buf, last, n);
  buf[n] = 0;
  return buf;
}

/* `borrowmap timeline-stats FILE.jsonl... [--program FILE.rs]`: the share of
 * the programs rustc accepts whose timeline is built without abstaining,
 * the reasons of the others; for each --program, the timeline's JSON size
 * and the analysis time with and without it (the mean of 50 runs). */
int cli_timeline_stats(int argc, char **argv) {
  BmAnalyzer *an = bm_analyzer_new();
  if (!an) return 2;
  int status = 0, files = 0;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--program") == 0 && i + 1 < argc) {
      const char *path = argv[++i];
      char *src = NULL;
      size_t len = 0;
      if (cli_read_input(path, BM_MAX_SOURCE_BYTES, &src, &len) != 0) {
        status = 2;
        continue;
      }
      enum { RUNS = 50 };
      size_t tl_bytes = 0, total = 0, steps = 0;
      char reason[200];
      const char *why = NULL;
      clock_t t0 = clock();
      for (int k = 0; k < RUNS; k++) {
        BmResult *res = bm_analyzer_analyze(an, src, len);
        const char *json = res ? bm_result_json(res) : NULL;
        if (k == 0 && json) {
          total = strlen(json);
          const char *t = strstr(json, "\"timeline\": ");
          tl_bytes = t ? strlen(t) : 0;
          why = timeline_reason(json, reason, sizeof reason);
          for (const char *p = t; p && (p = strstr(p, "\"sentence\": ")); p++) steps++;
        }
        bm_result_delete(res);
      }
      double ms = 1000.0 * (double)(clock() - t0) / CLOCKS_PER_SEC / RUNS;
      unsigned lines = 0;
      for (size_t k = 0; k < len; k++) lines += src[k] == '\n';
      printf("%s: %u lines, timeline %s, %zu steps, %zu bytes of %zu in the JSON; "
             "analysis + JSON %.3f ms per run\n",
             path, lines, why ? why : "built", steps, tl_bytes, total, ms);
      free(src);
      continue;
    }
    FILE *f = fopen(argv[i], "rb");
    if (!f) {
      fprintf(stderr, "borrowmap: cannot open %s\n", argv[i]);
      status = 2;
      continue;
    }
    files++;
    int accepted = 0, built = 0, all = 0, all_built = 0, from_run = 0, wrong = 0, truncated = 0;
    unsigned perm_checked = 0, perm_lacking = 0, perm_main = 0, perm_shown = 0;
    static Table reasons, cuts;
    memset(&reasons, 0, sizeof reasons);
    memset(&cuts, 0, sizeof cuts);
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    while ((got = getline(&line, &cap, f)) > 0) {
      JParser j = {line, line + got, 0, false};
      JVal *rec = jvalue(&j);
      JVal *src = jget(rec, "source"), *ex = jget(rec, "expect");
      JVal *compiles = jget(ex, "compiles");
      if (j.bad || !src || src->kind != J_STR || !compiles) {
        jfree(rec);
        continue;
      }
      BmResult *res = bm_analyzer_analyze(an, src->str, strlen(src->str));
      const char *json = res ? bm_result_json(res) : NULL;
      char reason[200];
      const char *why = timeline_reason(json, reason, sizeof reason);
      const char *tl = json ? strstr(json, "\"timeline\": ") : NULL;
      all++;
      if (!why) all_built++;
      if (tl && strstr(tl, "\"encoding\": \"compact-1\"")) from_run++;
      const char *cut = tl && strstr(tl, "\"encoding\": \"compact-1\"") ? strstr(tl, "\"truncated\": \"") : NULL;
      if (cut) {
        /* the reason, up to its first colon or quote: one row per kind */
        char why_cut[120];
        size_t k = 0;
        const char *p = cut + 14;
        if (!strncmp(p, "the run stops here: ", 20)) p += 20;
        for (; *p && *p != '"' && *p != ':' && *p != '(' && k + 1 < sizeof why_cut; p++) why_cut[k++] = *p;
        why_cut[k] = 0;
        row(&cuts, why_cut)->a++;
        truncated++;
      }
      if (compiles->b) {
        accepted++;
        /* the permissions view: accesses that lack a letter it shows */
        const char *pt = res ? bm_result_permissions_text(res) : "";
        for (const char *p = pt; (p = strstr(p, "  accesses: ")); p++) {
          unsigned ck = 0, lk = 0;
          if (sscanf(p, "  accesses: %u checked, %u lacking", &ck, &lk) == 2) {
            perm_checked += ck;
            perm_lacking += lk;
          }
        }
        if (strstr(pt, "fn main ")) perm_main++;
        for (const char *p = pt; (p = strstr(p, "\n  ? ")) && perm_shown < 10; p++) {
          JVal *id = jget(rec, "id");
          const char *e = strchr(p + 1, '\n');
          printf("  permission lacking in %s:%.*s\n", id && id->kind == J_STR ? id->str : "?",
                 (int)(e ? e - p - 3 : 40), p + 3);
          perm_shown++;
        }
        if (!why) built++;
        else row(&reasons, why)->a++;
        /* a program rustc accepts is never drawn with a reference in error */
        if (tl && (strstr(tl, "\"status\": \"dangling\"") || strstr(tl, "\"status\": \"conflict\""))) {
          JVal *id = jget(rec, "id");
          printf("  drawn with a dangling or conflicting reference, yet accepted: %s\n",
                 id && id->kind == J_STR ? id->str : "?");
          wrong++;
          status = 1;
        }
      }
      bm_result_delete(res);
      jfree(rec);
    }
    free(line);
    fclose(f);
    printf("%s: timeline built for %d of %d accepted programs (%.1f%%); %d of %d in all (%.1f%%)\n",
           argv[i], built, accepted, pct(built, accepted), all_built, all, pct(all_built, all));
    printf("  from the interpreter's run: %d of %d (%.1f%%); cut short: %d; accepted programs drawn with a "
           "dangling or conflicting reference: %d\n", from_run, all, pct(from_run, all), truncated, wrong);
    printf("  permissions view: computed for `main` in %u of %d accepted programs; %u accesses "
           "checked against it, %u lacking the letter they use (%.2f%%)\n", perm_main, accepted,
           perm_checked, perm_lacking, pct((int)perm_lacking, (int)perm_checked));
    for (int k = 0; k < reasons.n; k++)
      printf("  abstained %3d  %s\n", reasons.rows[k].a, reasons.rows[k].name);
    for (int k = 0; k < cuts.n; k++) printf("  cut short %3d  %s\n", cuts.rows[k].a, cuts.rows[k].name);
  }
  bm_analyzer_delete(an);
  if (!files && status == 0 && argc == 0) {
    fprintf(stderr, "usage: borrowmap timeline-stats FILE.jsonl... [--program FILE.rs]\n");
    return 2;
  }
  return status;
}
