/*
 * bm.h: the private table of contents of the core.
 *
 * One banner per source file, in pipeline order:
 *   arena.c   memory: one arena per analysis, freed in one call
 *   source.c  the source text: UTF-8 validation, lines, byte -> line/col
 *   diag.c    building diagnostics and unsupported notes
 *   syntax.c  tree-sitter parse and syntax-error diagnostics
 *   json.c    the JSON result
 *   analyzer.c the public API (borrowmap.h) tying the passes together
 *
 * Ownership: everything an analysis allocates lives in the result's arena
 * (BmResult.arena) and is freed by bm_result_delete, except tree-sitter's own
 * objects (parser, tree), which the analyzer owns and frees itself.
 */
#ifndef BM_PRIVATE_H
#define BM_PRIVATE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "borrowmap.h"
#include "tree_sitter/api.h"

#if defined(__GNUC__)
#define BM_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define BM_PRINTF(f, a)
#endif

/* ---------------------------------------------------------------- arena.c */

typedef struct BmArenaChunk BmArenaChunk;

/* A bump allocator. Allocation failure longjmps to `oom` when it is set
 * (the analyzer sets it around each analysis), and aborts otherwise. */
typedef struct {
  BmArenaChunk *head;
  size_t used_in_head;
  size_t total;          /* bytes obtained from malloc, for tests */
  jmp_buf *oom;
} BmArena;

void bm_arena_init(BmArena *a);
void bm_arena_free(BmArena *a);
void *bm_arena_alloc(BmArena *a, size_t size);          /* zeroed, 8-aligned */
void *bm_arena_realloc(BmArena *a, void *p, size_t old_size, size_t new_size);
char *bm_arena_strndup(BmArena *a, const char *s, size_t n);
char *bm_arena_strdup(BmArena *a, const char *s);
char *bm_arena_printf(BmArena *a, const char *fmt, ...) BM_PRINTF(2, 3);
char *bm_arena_vprintf(BmArena *a, const char *fmt, va_list ap);

/* Growable arrays in an arena (after tree-sitter's lib/src/array.h).
 *   BmArray(int) xs = {0};  bm_array_push(arena, &xs, 3);  bm_array_get(&xs, 0)
 * bm_array_get checks bounds and aborts on a bug (never on user input). */
#define BmArray(T) struct { T *items; uint32_t len, cap; }

#define bm_array_push(arena, arr, value)                                     \
  (bm_array_grow_((arena), (void **)&(arr)->items, &(arr)->cap, (arr)->len,  \
                  sizeof(*(arr)->items)),                                    \
   (arr)->items[(arr)->len++] = (value))

#define bm_array_get(arr, i)                                                 \
  (&(arr)->items[bm_array_check_((i), (arr)->len)])

#define bm_array_last(arr) bm_array_get((arr), (arr)->len - 1)

void bm_array_grow_(BmArena *a, void **items, uint32_t *cap, uint32_t len,
                    size_t item_size);
uint32_t bm_array_check_(uint32_t i, uint32_t len);

/* ---------------------------------------------------------------- source.c */

typedef struct {
  const char *text;      /* borrowed for the duration of one analysis */
  uint32_t length;
  BmArray(uint32_t) line_starts; /* byte offset of each line's first byte */
} BmSource;

/* Why a byte string cannot be analyzed, or NULL when it can. On failure
 * *bad_offset is the offending byte. Static strings. */
const char *bm_utf8_check(const char *s, size_t n, size_t *bad_offset);

void bm_source_init(BmArena *a, BmSource *src, const char *text, uint32_t length);
/* 1-based line and character column of a byte offset. */
void bm_source_position(const BmSource *src, uint32_t byte, uint32_t *line, uint32_t *col);
BmSpan bm_source_span(const BmSource *src, uint32_t start_byte, uint32_t end_byte);

/* ---------------------------------------------------------------- diag.c */

typedef struct {
  BmArena *arena;
  const BmSource *src;
  BmArray(BmDiagnostic) diags;
  BmArray(BmUnsupported) unsupported;
} BmDiagSink;

/* Start a diagnostic at a byte range. The returned pointer is valid until the
 * next bm_diag_error call on the same sink; add labels and notes through it. */
BmDiagnostic *bm_diag_error(BmDiagSink *sink, const char *code,
                            uint32_t start_byte, uint32_t end_byte,
                            const char *fmt, ...) BM_PRINTF(5, 6);
void bm_diag_label(BmDiagSink *sink, BmDiagnostic *d, uint32_t start_byte,
                   uint32_t end_byte, const char *fmt, ...) BM_PRINTF(5, 6);
void bm_diag_note(BmDiagSink *sink, BmDiagnostic *d, const char *fmt, ...) BM_PRINTF(3, 4);
void bm_diag_help(BmDiagSink *sink, BmDiagnostic *d, const char *fmt, ...) BM_PRINTF(3, 4);
/* Record that a construct is not modelled; nothing is invented about it. */
void bm_diag_unsupported(BmDiagSink *sink, uint32_t start_byte, uint32_t end_byte,
                         const char *fmt, ...) BM_PRINTF(4, 5);
/* Sort diagnostics and unsupported notes by position (stable). */
void bm_diag_sort(BmDiagSink *sink);

/* ---------------------------------------------------------------- syntax.c */

/* The tree-sitter Rust grammar (grammars/vendor/tree-sitter-rust). */
const TSLanguage *tree_sitter_rust(void);

/* Report every ERROR and MISSING node of the tree; returns how many. */
uint32_t bm_syntax_report(BmDiagSink *sink, TSNode root);

/* ---------------------------------------------------------------- json.c */

typedef struct {
  BmArena *arena;
  char *buf;
  size_t len, cap;
} BmStr;

void bm_str_init(BmStr *s, BmArena *a);
void bm_str_append(BmStr *s, const char *text, size_t n);
void bm_str_puts(BmStr *s, const char *text);
void bm_str_printf(BmStr *s, const char *fmt, ...) BM_PRINTF(2, 3);
/* A JSON string literal, quotes included; invalid UTF-8 cannot occur here. */
void bm_str_json_string(BmStr *s, const char *text);

/* The whole result document. */
char *bm_json_result(BmArena *a, BmStatus status, const BmDiagSink *sink);

/* ---------------------------------------------------------------- analyzer.c */

struct BmResult {
  BmArena arena;
  BmStatus status;
  BmDiagSink sink;
  char *json;            /* built on demand by bm_result_json */
};

#endif /* BM_PRIVATE_H */
