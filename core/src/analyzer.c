/*
 * analyzer.c: the public API. An analysis runs the passes in order:
 *   check the bytes (size, UTF-8) -> parse (syntax.c) -> report syntax errors
 *   -> once the code parses: names and types (typeck.c), the macros'
 *   arguments (macros.c), `fn main` for a binary (items.c), the ownership
 *   checker (check.c) on the bodies without name or type errors, the
 *   timeline -> sort -> result.
 * All memory of one analysis lives in the result's arena; its limits (depth
 * guard, work budget: limits.c) live in this frame, which is its outermost.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

struct BmAnalyzer {
  TSParser *parser;
  BmStd *std;             /* std as declarations; NULL: names and types off */
  uint16_t edition;
  uint8_t crate_type;     /* BmCrateType */
};

BmAnalyzer *bm_analyzer_new(void) {
  BmAnalyzer *self = calloc(1, sizeof *self);
  if (!self) return NULL;
  self->parser = ts_parser_new();
  if (!self->parser || !ts_parser_set_language(self->parser, tree_sitter_rust())) {
    if (self->parser) ts_parser_delete(self->parser);
    free(self);
    return NULL;
  }
  self->edition = 2024;
  /* std's declarations, once per session; without them (a build with no
     core/std) only the ownership checker runs */
  self->std = bm_std_new(self->parser);
  if (self->std && bm_std_crate(self->std)->defs.len <= 1) {
    bm_std_delete(self->std);
    self->std = NULL;
  }
  return self;
}

void bm_analyzer_delete(BmAnalyzer *self) {
  if (!self) return;
  bm_std_delete(self->std);
  ts_parser_delete(self->parser);
  free(self);
}

int bm_analyzer_set_edition(BmAnalyzer *self, unsigned edition) {
  if (!self || (edition != 2015 && edition != 2018 && edition != 2021 && edition != 2024)) return -1;
  self->edition = (uint16_t)edition;
  return 0;
}

/* The fns (item spans) holding a diagnostic reported after `first`: rustc
 * does not borrow check a body with name or type errors. */
static void tainted_bodies(const BmDiagSink *sink, uint32_t first, const BmTyped *t, BmArena *a,
                           BmRange **out, uint32_t *n) {
  BmArray(BmRange) r = {0};
  for (uint32_t b = 0; b < t->crate->bodies.len; b++) {
    BmBody *body = t->crate->bodies.items[b];
    BmDef *d = bm_def(t->tcx->stdc, t->crate, body->owner);
    if (d->kind != BM_DEF_FN) continue;
    for (uint32_t i = first; i < sink->diags.len; i++) {
      uint32_t at = sink->diags.items[i].span.start_byte;
      if (at >= d->span.start && at < d->span.end) {
        bm_array_push(a, &r, d->span);
        break;
      }
    }
  }
  *out = r.items;
  *n = r.len;
}

int bm_analyzer_set_crate_type(BmAnalyzer *self, BmCrateType type) {
  if (!self || (type != BM_CRATE_UNKNOWN && type != BM_CRATE_BIN && type != BM_CRATE_LIB)) return -1;
  self->crate_type = (uint8_t)type;
  return 0;
}

const char *bm_status_name(BmStatus status) {
  switch (status) {
  case BM_STATUS_OK: return "ok";
  case BM_STATUS_TOO_LARGE: return "too-large";
  case BM_STATUS_NOT_UTF8: return "not-utf8";
  case BM_STATUS_OUT_OF_MEMORY: return "out-of-memory";
  }
  return "unknown";
}

static void run_program(BmResult *r, const BmSource *src, BmTyped *typed);
static char *trace_program(BmResult *r, const BmSource *src, BmTyped *typed, bool run);

static BmResult *result_new(void) {
  BmResult *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  bm_arena_init(&r->arena);
  bm_arena_init(&r->scratch);
  r->sink.arena = &r->arena;
  return r;
}

/* An input the core refuses: one diagnostic at the start saying why. */
static void refuse(BmResult *r, BmSource *src, BmStatus status, const char *msg) {
  static const char empty[] = "";
  r->status = status;
  bm_source_init(&r->arena, src, empty, 0);
  r->sink.src = src;
  BmDiagnostic *d = bm_diag_error(&r->sink, NULL, 0, 0, "%s", msg);
  bm_diag_help(&r->sink, d, "borrowmap reads Rust source text up to %u KiB",
               BM_MAX_SOURCE_BYTES / 1024);
  r->sink.src = NULL;
}

static BmResult *analyze(BmAnalyzer *self, const char *source, size_t length, bool run) {
  if (!self) return NULL;
  BmResult *volatile r = result_new();
  if (!r) return NULL;
  jmp_buf oom;
  BmSource src;
  BmLimits limits;
  TSTree *volatile tree = NULL;
  BmMacros *volatile macros = NULL;
  bm_limits_init(&limits);
  r->arena.oom = &oom;
  if (setjmp(oom)) {
    /* Out of memory: keep what was reported, say what happened. */
    r->arena.oom = NULL;
    r->scratch.oom = NULL;
    bm_arena_free(&r->scratch);
    if (macros) bm_macros_free(macros);
    if (tree) ts_tree_delete(tree);
    r->status = BM_STATUS_OUT_OF_MEMORY;
    r->sink.src = NULL;
    r->sink.limits = NULL;
    r->limits = limits;
    return r;
  }

  if (length > BM_MAX_SOURCE_BYTES) {
    char msg[160];
    snprintf(msg, sizeof msg, "the input is too large (%zu KiB; the limit is %u KiB)",
             (length + 1023) / 1024, BM_MAX_SOURCE_BYTES / 1024);
    refuse(r, &src, BM_STATUS_TOO_LARGE, msg);
    r->arena.oom = NULL;
    return r;
  }
  size_t bad = 0;
  const char *why = bm_utf8_check(source, length, &bad);
  if (why) {
    char msg[160];
    snprintf(msg, sizeof msg, "%s (byte %zu)", why, bad);
    refuse(r, &src, BM_STATUS_NOT_UTF8, msg);
    r->arena.oom = NULL;
    return r;
  }

  bm_source_init(&r->arena, &src, source, (uint32_t)length);
  r->sink.src = &src;
  r->sink.limits = &limits;
  tree = ts_parser_parse_string(self->parser, NULL, source, (uint32_t)length);
  BmChecked *checked = NULL;
  if (tree) {
    TSNode root = ts_tree_root_node(tree);
    if (bm_syntax_report(&r->sink, root) == 0) {
      BmRange *tainted = NULL;
      uint32_t ntainted = 0;
      BmTyped *typed_of = NULL;
      BmMacros *m = bm_arena_alloc(&r->arena, sizeof *m);
      macros = m;
      bm_macros_parse(m, &r->arena, self->parser, &src, root);
      if (self->std) {
        uint32_t first = r->sink.diags.len;
        r->scratch.oom = &oom;
        BmTyped *typed = bm_typeck_program(&r->arena, &r->scratch, &r->sink, &src, self->std,
                                           self->parser, m, root, self->edition);
        r->scratch.oom = NULL;
        if (self->crate_type == BM_CRATE_BIN) bm_check_main(typed->tcx);
        r->typed = typed->typed;
        r->untyped = typed->untyped;
        tainted_bodies(&r->sink, first, typed, &r->arena, &tainted, &ntainted);
        typed_of = typed;
      }
      BmPerms *perms = bm_perms_new(&r->arena, &src);
      checked = bm_check_program(&r->sink, m, root, source, tainted, ntainted, perms);
      r->permissions = bm_perms_json(perms);
      r->permissions_text = bm_perms_text(perms);
      bm_diag_sort(&r->sink);
      /* the diagram follows a run of the program, which is the run asked
         for when the program is clean */
      if (typed_of) r->timeline = trace_program(r, &src, typed_of, run);
      if (run && !r->run) run_program(r, &src, typed_of);
    }
  }
  bm_diag_sort(&r->sink);
  if (!r->timeline)
    r->timeline = bm_trace_abstain(&r->arena, checked ? "the std declarations are missing: nothing can be run"
                                                      : "the code does not parse");
  if (macros) {
    bm_macros_free(macros);
    macros = NULL;
  }
  if (tree) {
    ts_tree_delete(tree);
    tree = NULL;
  }
  r->sink.src = NULL; /* the source is the caller's; spans are resolved */
  r->sink.limits = NULL; /* this frame's */
  r->limits = limits;
  r->status = BM_STATUS_OK;
  r->arena.oom = NULL;
  return r;
}

BmResult *bm_analyzer_analyze(BmAnalyzer *self, const char *source, size_t length) {
  return analyze(self, source, length, false);
}

BmResult *bm_analyzer_run(BmAnalyzer *self, const char *source, size_t length) {
  BmResult *r = analyze(self, source, length, true);
  if (r && !r->run) {
    /* refused input, a syntax error, or memory ran out before the run */
    BmRunOutput *o = NULL;
    jmp_buf oom;
    r->arena.oom = &oom;
    if (!setjmp(oom)) {
      o = bm_arena_alloc(&r->arena, sizeof *o);
      bm_str_init(&o->out, &r->arena);
      bm_str_init(&o->err, &r->arena);
      o->status = BM_RUN_REJECTED;
      o->exit_code = 2;
      const BmDiagnostic *d = r->sink.diags.len ? &r->sink.diags.items[0] : NULL;
      o->reason = d ? d->message : "the program was not run";
      if (d) r->run_span = d->span;
      r->run = o;
    }
    r->arena.oom = NULL;
  }
  return r;
}

/* The run of a program that passed every check (analyze's last step). */
static void run_program(BmResult *r, const BmSource *src, BmTyped *typed) {
  for (uint32_t i = 0; i < r->sink.diags.len; i++) {
    const BmDiagnostic *d = &r->sink.diags.items[i];
    if (d->severity != BM_SEVERITY_ERROR) continue;
    BmRunOutput *o = bm_arena_alloc(&r->arena, sizeof *o);
    bm_str_init(&o->out, &r->arena);
    bm_str_init(&o->err, &r->arena);
    o->status = BM_RUN_REJECTED;
    o->exit_code = 2;
    o->reason = d->code ? bm_arena_printf(&r->arena, "error[%s]: %s", d->code, d->message) : d->message;
    r->run_span = d->span;
    r->run = o;
    return;
  }
  if (!typed) {
    BmRunOutput *o = bm_arena_alloc(&r->arena, sizeof *o);
    bm_str_init(&o->out, &r->arena);
    bm_str_init(&o->err, &r->arena);
    o->status = BM_RUN_REJECTED;
    o->exit_code = 2;
    o->reason = "the std declarations are missing: nothing can be run";
    r->run = o;
    return;
  }
  r->run = bm_interp_run(&r->arena, src, typed, NULL);
  if (r->run->reason_byte != BM_NO_POINT && r->run->reason_byte <= src->length)
    r->run_span = bm_source_span(src, r->run->reason_byte, r->run->reason_byte);
}

/* Errors after which the program can still run up to them: the borrow
 * checker's (types, names and traits are all known). */
static bool runs_until(const char *code) {
  static const char *const codes[] = {"E0382", "E0381", "E0499", "E0502", "E0503", "E0505", "E0506", "E0597",
                                      "E0716", "E0384", "E0596", "E0594", "E0507", "E0508", "E0509", "E0373",
                                      "E0515", "E0106", "E0712", "E0713", "E0521", "E0621", NULL};
  for (int i = 0; code && codes[i]; i++)
    if (!strcmp(code, codes[i])) return true;
  return false;
}

/* The timeline from a traced run of the program (trace.c), or one saying
 * why there is none: an error other than the borrow checker's, no `fn main`.
 * With errors it runs up to the first one it meets; a clean program's run
 * is the result's run too when `run` asks for it. */
static char *trace_program(BmResult *r, const BmSource *src, BmTyped *typed, bool run) {
  uint32_t errors = 0;
  for (uint32_t i = 0; i < r->sink.diags.len; i++) {
    const BmDiagnostic *d = &r->sink.diags.items[i];
    if (d->severity != BM_SEVERITY_ERROR) continue;
    if (!runs_until(d->code))
      return bm_trace_abstain(&r->arena, "the program has an error that stops it from running: the diagram "
                                         "follows a run, so there is none until the error is fixed");
    errors++;
  }
  if (errors && r->sink.diags.len != r->sink.points.len)
    return bm_trace_abstain(&r->arena, "the errors' places in the code are not known");
  BmTrace *tr = bm_trace_new(&r->arena, src, &r->sink, errors > 0, run && !errors);
  BmRunOutput *out = bm_interp_run(&r->arena, src, typed, tr);
  if (out->status == BM_RUN_REJECTED && !errors)
    return bm_trace_abstain(&r->arena, "the program has no `fn main` to run");
  if (run && !errors) {
    r->run = out;
    if (out->reason_byte != BM_NO_POINT && out->reason_byte <= src->length)
      r->run_span = bm_source_span(src, out->reason_byte, out->reason_byte);
  }
  return bm_trace_json(tr);
}

BmRunStatus bm_result_run_status(const BmResult *self) {
  return self && self->run ? (BmRunStatus)self->run->status : BM_RUN_NONE;
}

const char *bm_result_run_stdout(const BmResult *self, size_t *length) {
  if (length) *length = self && self->run ? self->run->out.len : 0;
  return self && self->run && self->run->out.buf ? self->run->out.buf : "";
}

const char *bm_result_run_stderr(const BmResult *self, size_t *length) {
  if (length) *length = self && self->run ? self->run->err.len : 0;
  return self && self->run && self->run->err.buf ? self->run->err.buf : "";
}

int bm_result_run_exit_code(const BmResult *self) { return self && self->run ? self->run->exit_code : 0; }

const char *bm_result_run_reason(const BmResult *self, BmSpan *span) {
  if (span) memset(span, 0, sizeof *span);
  if (!self || !self->run) return NULL;
  if (span) *span = self->run_span;
  return self->run->reason;
}

void bm_result_delete(BmResult *self) {
  if (!self) return;
  bm_arena_free(&self->scratch); /* empty unless an analysis stopped inside the lowering */
  bm_arena_free(&self->arena);
  free(self);
}

BmStatus bm_result_status(const BmResult *self) { return self->status; }

uint32_t bm_result_error_count(const BmResult *self) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < self->sink.diags.len; i++)
    if (self->sink.diags.items[i].severity == BM_SEVERITY_ERROR) n++;
  return n;
}

uint32_t bm_result_diagnostic_count(const BmResult *self) { return self->sink.diags.len; }

const BmDiagnostic *bm_result_diagnostic(const BmResult *self, uint32_t index) {
  if (index >= self->sink.diags.len) return NULL;
  return &self->sink.diags.items[index];
}

void bm_result_type_coverage(const BmResult *self, uint32_t *typed, uint32_t *total) {
  *typed = self ? self->typed : 0;
  *total = self ? self->typed + self->untyped : 0;
}

uint32_t bm_result_unsupported_count(const BmResult *self) {
  return self->sink.unsupported.len;
}

const BmUnsupported *bm_result_unsupported(const BmResult *self, uint32_t index) {
  if (index >= self->sink.unsupported.len) return NULL;
  return &self->sink.unsupported.items[index];
}

const char *bm_result_permissions_text(const BmResult *self) {
  return self->permissions_text ? self->permissions_text : "";
}

const char *bm_result_json(BmResult *self) {
  if (self->json) return self->json;
  jmp_buf oom;
  self->arena.oom = &oom;
  if (setjmp(oom)) {
    self->arena.oom = NULL;
    return NULL;
  }
  self->json = bm_json_result(&self->arena, self->status, &self->sink, self->timeline,
                              self->permissions, self->run, self->run_span);
  self->arena.oom = NULL;
  return self->json;
}
