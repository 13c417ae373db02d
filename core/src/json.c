/*
 * json.c: the result as one JSON document (format in README.md, "The JSON
 * result"). Strings are already valid UTF-8 (the input was checked), so only
 * quotes, backslashes and control characters need escaping.
 */
#include <stdio.h>
#include <string.h>

#include "bm.h"

void bm_str_init(BmStr *s, BmArena *a) {
  memset(s, 0, sizeof *s);
  s->arena = a;
}

void bm_str_append(BmStr *s, const char *text, size_t n) {
  if (s->len + n + 1 > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 256;
    while (cap < s->len + n + 1) cap *= 2;
    s->buf = bm_arena_realloc(s->arena, s->buf, s->cap, cap);
    s->cap = cap;
  }
  memcpy(s->buf + s->len, text, n);
  s->len += n;
  s->buf[s->len] = 0;
}

void bm_str_puts(BmStr *s, const char *text) { bm_str_append(s, text, strlen(text)); }

void bm_str_printf(BmStr *s, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = bm_format_simple(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n == -2) {
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
  }
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    bm_str_append(s, small, (size_t)n);
    return;
  }
  va_start(ap, fmt);
  char *big = bm_arena_vprintf(s->arena, fmt, ap);
  va_end(ap);
  bm_str_append(s, big, (size_t)n);
}

void bm_str_json_bytes(BmStr *s, const char *text, size_t n) {
  bm_str_append(s, "\"", 1);
  const char *run = text, *end = text + n;
  for (const char *p = text; p < end; p++) {
    unsigned char c = (unsigned char)*p;
    const char *esc = NULL;
    char buf[8];
    switch (c) {
    case '"': esc = "\\\""; break;
    case '\\': esc = "\\\\"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    case '\t': esc = "\\t"; break;
    default:
      if (c < 0x20) {
        snprintf(buf, sizeof buf, "\\u%04x", c);
        esc = buf;
      }
    }
    if (esc) {
      bm_str_append(s, run, (size_t)(p - run));
      bm_str_puts(s, esc);
      run = p + 1;
    }
  }
  bm_str_append(s, run, (size_t)(end - run));
  bm_str_append(s, "\"", 1);
}

void bm_str_json_string(BmStr *s, const char *text) { bm_str_json_bytes(s, text, strlen(text)); }

static void span_fields(BmStr *s, BmSpan sp) {
  bm_str_printf(s, "\"line\": %u, \"col\": %u, \"end_line\": %u, \"end_col\": %u",
                sp.line, sp.col, sp.end_line, sp.end_col);
}

static const char *severity_name(BmSeverity sev) {
  switch (sev) {
  case BM_SEVERITY_WARNING: return "warning";
  case BM_SEVERITY_NOTE: return "note";
  default: return "error";
  }
}

static const char *run_status_name(uint8_t status) {
  switch (status) {
  case BM_RUN_OK: return "ok";
  case BM_RUN_PANIC: return "panic";
  case BM_RUN_EXIT: return "exit";
  case BM_RUN_UNSUPPORTED: return "unsupported";
  case BM_RUN_LIMIT: return "limit";
  case BM_RUN_REJECTED: return "rejected";
  default: return "none";
  }
}

/* bm_analyzer_run's run: what the program printed, how it ended and, when
   it ended early, why and where. */
static void run_object(BmStr *s, const BmRunOutput *run, BmSpan at) {
  bm_str_printf(s, ",\n \"run\": {\"status\": \"%s\", \"exit_code\": %d, \"steps\": %llu, \"stdout\": ",
                run_status_name(run->status), run->exit_code, (unsigned long long)run->steps);
  bm_str_json_bytes(s, run->out.buf ? run->out.buf : "", run->out.len);
  bm_str_puts(s, ", \"stderr\": ");
  bm_str_json_bytes(s, run->err.buf ? run->err.buf : "", run->err.len);
  bm_str_puts(s, ", \"reason\": ");
  if (run->reason) bm_str_json_string(s, run->reason);
  else bm_str_puts(s, "null");
  if (run->reason && at.line) {
    bm_str_puts(s, ", ");
    span_fields(s, at);
  }
  bm_str_puts(s, "}");
}

char *bm_json_result(BmArena *a, BmStatus status, const BmDiagSink *sink, const char *timeline,
                     const char *permissions, const BmRunOutput *run, BmSpan run_span) {
  BmStr s;
  bm_str_init(&s, a);
  bm_str_printf(&s, "{\"version\": %d, \"status\": \"%s\",\n \"diagnostics\": [",
                BM_JSON_VERSION, bm_status_name(status));
  for (uint32_t i = 0; i < sink->diags.len; i++) {
    const BmDiagnostic *d = &sink->diags.items[i];
    bm_str_puts(&s, i ? ",\n  {" : "\n  {");
    bm_str_puts(&s, "\"code\": ");
    if (d->code) bm_str_json_string(&s, d->code);
    else bm_str_puts(&s, "null");
    bm_str_printf(&s, ", \"severity\": \"%s\", \"message\": ", severity_name(d->severity));
    bm_str_json_string(&s, d->message);
    bm_str_puts(&s, ", ");
    span_fields(&s, d->span);
    bm_str_puts(&s, ", \"labels\": [");
    for (uint32_t k = 0; k < d->label_count; k++) {
      bm_str_puts(&s, k ? ", {" : "{");
      span_fields(&s, d->labels[k].span);
      bm_str_puts(&s, ", \"message\": ");
      bm_str_json_string(&s, d->labels[k].message);
      bm_str_puts(&s, "}");
    }
    bm_str_puts(&s, "], \"notes\": [");
    for (uint32_t k = 0; k < d->note_count; k++) {
      if (k) bm_str_puts(&s, ", ");
      bm_str_json_string(&s, d->notes[k]);
    }
    bm_str_puts(&s, "], \"help\": ");
    if (d->help) bm_str_json_string(&s, d->help);
    else bm_str_puts(&s, "null");
    bm_str_puts(&s, "}");
  }
  bm_str_puts(&s, sink->diags.len ? "\n ],\n \"unsupported\": [" : "],\n \"unsupported\": [");
  for (uint32_t i = 0; i < sink->unsupported.len; i++) {
    const BmUnsupported *u = &sink->unsupported.items[i];
    bm_str_puts(&s, i ? ",\n  {" : "\n  {");
    span_fields(&s, u->span);
    bm_str_puts(&s, ", \"reason\": ");
    bm_str_json_string(&s, u->reason);
    bm_str_puts(&s, "}");
  }
  bm_str_puts(&s, sink->unsupported.len ? "\n ],\n \"timeline\": " : "],\n \"timeline\": ");
  if (timeline) bm_str_puts(&s, timeline);
  else bm_str_printf(&s, "{\"steps\": [], \"error_step\": null, \"unsupported\": \"the input was not analyzed (%s)\"}",
                     bm_status_name(status));
  if (permissions) {
    bm_str_puts(&s, ",\n \"permissions\": ");
    bm_str_puts(&s, permissions);
  }
  if (run) run_object(&s, run, run_span);
  bm_str_puts(&s, "}\n");
  return s.buf;
}
