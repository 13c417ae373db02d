/*
 * diag.c: diagnostics as values. A pass never stops at an error: it records a
 * diagnostic through the sink and goes on, so the learner sees every one.
 */
#include <stdlib.h>
#include <string.h>

#include "bm.h"

BmDiagnostic *bm_diag_error(BmDiagSink *sink, const char *code,
                            uint32_t start_byte, uint32_t end_byte,
                            const char *fmt, ...) {
  BmDiagnostic d;
  memset(&d, 0, sizeof d);
  d.code = code ? bm_arena_strdup(sink->arena, code) : NULL;
  d.severity = BM_SEVERITY_ERROR;
  va_list ap;
  va_start(ap, fmt);
  d.message = bm_arena_vprintf(sink->arena, fmt, ap);
  va_end(ap);
  d.span = bm_source_span(sink->src, start_byte, end_byte);
  bm_array_push(sink->arena, &sink->diags, d);
  bm_array_push(sink->arena, &sink->points, BM_NO_POINT);
  return bm_array_last(&sink->diags);
}

void bm_diag_point(BmDiagSink *sink, const BmDiagnostic *d, uint32_t byte) {
  uint32_t i = (uint32_t)(d - sink->diags.items);
  *bm_array_get(&sink->points, i) = byte;
}

void bm_diag_label(BmDiagSink *sink, BmDiagnostic *d, uint32_t start_byte,
                   uint32_t end_byte, const char *fmt, ...) {
  BmLabel *labels = bm_arena_realloc(sink->arena, (void *)d->labels,
                                     d->label_count * sizeof(BmLabel),
                                     (d->label_count + 1) * sizeof(BmLabel));
  va_list ap;
  va_start(ap, fmt);
  labels[d->label_count].message = bm_arena_vprintf(sink->arena, fmt, ap);
  va_end(ap);
  labels[d->label_count].span = bm_source_span(sink->src, start_byte, end_byte);
  d->labels = labels;
  d->label_count++;
}

void bm_diag_note(BmDiagSink *sink, BmDiagnostic *d, const char *fmt, ...) {
  const char **notes = bm_arena_realloc(sink->arena, (void *)d->notes,
                                        d->note_count * sizeof(char *),
                                        (d->note_count + 1) * sizeof(char *));
  va_list ap;
  va_start(ap, fmt);
  notes[d->note_count++] = bm_arena_vprintf(sink->arena, fmt, ap);
  va_end(ap);
  d->notes = notes;
}

void bm_diag_help(BmDiagSink *sink, BmDiagnostic *d, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  d->help = bm_arena_vprintf(sink->arena, fmt, ap);
  va_end(ap);
}

void bm_diag_unsupported(BmDiagSink *sink, uint32_t start_byte,
                         uint32_t end_byte, const char *fmt, ...) {
  BmUnsupported u;
  va_list ap;
  va_start(ap, fmt);
  u.reason = bm_arena_vprintf(sink->arena, fmt, ap);
  va_end(ap);
  u.span = bm_source_span(sink->src, start_byte, end_byte);
  bm_array_push(sink->arena, &sink->unsupported, u);
}

/* A stable merge sort of `n` records of `size` bytes by their start byte
 * (`key`), moving `extra` (n uint32_t, or NULL) along: O(n log n), as
 * thousands of diagnostics are possible. */
static void sort_by_start(BmArena *a, void *items, uint32_t n, size_t size,
                          uint32_t (*key)(const void *), uint32_t *extra) {
  if (n < 2) return;
  unsigned char *src = items, *tmp = bm_arena_alloc(a, (size_t)n * size);
  uint32_t *xsrc = extra, *xtmp = extra ? bm_arena_alloc(a, (size_t)n * sizeof(uint32_t)) : NULL;
  for (uint32_t width = 1; width < n; width *= 2) {
    for (uint32_t lo = 0; lo < n; lo += 2 * width) {
      uint32_t mid = lo + width < n ? lo + width : n;
      uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      uint32_t i = lo, j = mid, k = lo;
      while (i < mid || j < hi) {
        bool left = j >= hi || (i < mid && key(src + (size_t)i * size) <= key(src + (size_t)j * size));
        uint32_t from = left ? i++ : j++;
        memcpy(tmp + (size_t)k * size, src + (size_t)from * size, size);
        if (extra) xtmp[k] = xsrc[from];
        k++;
      }
    }
    unsigned char *t = src; src = tmp; tmp = t;
    uint32_t *xt = xsrc; xsrc = xtmp; xtmp = xt;
  }
  if (src != (unsigned char *)items) {
    memcpy(items, src, (size_t)n * size);
    if (extra) memcpy(extra, xsrc, (size_t)n * sizeof(uint32_t));
  }
}

static uint32_t diag_start(const void *p) { return ((const BmDiagnostic *)p)->span.start_byte; }
static uint32_t unsup_start(const void *p) { return ((const BmUnsupported *)p)->span.start_byte; }

void bm_diag_sort(BmDiagSink *sink) {
  sort_by_start(sink->arena, sink->diags.items, sink->diags.len, sizeof(BmDiagnostic), diag_start,
                sink->points.len == sink->diags.len ? sink->points.items : NULL);
  sort_by_start(sink->arena, sink->unsupported.items, sink->unsupported.len, sizeof(BmUnsupported),
                unsup_start, NULL);
}
