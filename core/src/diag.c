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
  return bm_array_last(&sink->diags);
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

/* Insertion sort: stable, and the lists are short. */
#define SORT_BY_START(arr, T)                                                \
  for (uint32_t i = 1; i < (arr)->len; i++) {                                \
    T x = (arr)->items[i];                                                   \
    uint32_t j = i;                                                          \
    while (j > 0 && (arr)->items[j - 1].span.start_byte > x.span.start_byte) { \
      (arr)->items[j] = (arr)->items[j - 1];                                 \
      j--;                                                                   \
    }                                                                        \
    (arr)->items[j] = x;                                                     \
  }

void bm_diag_sort(BmDiagSink *sink) {
  SORT_BY_START(&sink->diags, BmDiagnostic)
  SORT_BY_START(&sink->unsupported, BmUnsupported)
}
