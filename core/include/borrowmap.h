/*
 * borrowmap: the public API of the core.
 *
 * borrowmap reads a Rust snippet, parses it with tree-sitter, and reports what
 * rustc's ownership, borrow and lifetime checker would say about it, as
 * diagnostics plus a JSON document that the web page and the CLI render.
 *
 * Naming follows tree-sitter: bm_<object>_<verb>, _new/_delete pairs, the
 * object first. Every function says who owns what it returns.
 *
 * Positions: lines and columns are 1-based; columns count Unicode scalar values
 * (characters), as rustc does. Byte offsets are 0-based into the source given.
 * End positions are exclusive.
 */
#ifndef BORROWMAP_H
#define BORROWMAP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of the JSON result ("version" field). Later versions only add. */
#define BM_JSON_VERSION 1

/* Inputs larger than this are refused with BM_STATUS_TOO_LARGE. */
#define BM_MAX_SOURCE_BYTES (1024u * 1024u)

typedef struct BmAnalyzer BmAnalyzer;
typedef struct BmResult BmResult;

typedef enum {
  BM_STATUS_OK = 0,         /* the source was analyzed (it may have errors) */
  BM_STATUS_TOO_LARGE,      /* over BM_MAX_SOURCE_BYTES; nothing analyzed */
  BM_STATUS_NOT_UTF8,       /* invalid UTF-8 or a NUL byte; nothing analyzed */
  BM_STATUS_OUT_OF_MEMORY,  /* allocation failed mid-analysis; partial result */
} BmStatus;

typedef enum {
  BM_SEVERITY_ERROR = 0,
  BM_SEVERITY_WARNING,
  BM_SEVERITY_NOTE,
} BmSeverity;

typedef struct {
  uint32_t start_byte, end_byte;
  uint32_t line, col;         /* start, 1-based, col in characters */
  uint32_t end_line, end_col; /* exclusive end */
} BmSpan;

typedef struct {
  BmSpan span;
  const char *message;
} BmLabel;

typedef struct {
  const char *code;           /* "E0382", or NULL when rustc gives none */
  BmSeverity severity;
  const char *message;
  BmSpan span;                /* the primary span */
  const BmLabel *labels;      /* secondary spans with their messages */
  uint32_t label_count;
  const char *const *notes;
  uint32_t note_count;
  const char *help;           /* NULL when there is none */
} BmDiagnostic;

typedef struct {
  BmSpan span;
  const char *reason;         /* "trait objects are not analyzed yet" */
} BmUnsupported;

/*
 * An analyzer session. It keeps the parser (and, later, the previous tree) so
 * that repeated calls are cheap. Not thread-safe; use one per thread.
 * The caller owns the analyzer and must free it with bm_analyzer_delete.
 * Returns NULL only if memory for the session itself cannot be allocated.
 */
BmAnalyzer *bm_analyzer_new(void);
void bm_analyzer_delete(BmAnalyzer *self);

/* The Rust edition later analyses follow (2015, 2018, 2021 or 2024; the
 * default is 2024). Returns 0, or -1 for an edition it does not know. */
int bm_analyzer_set_edition(BmAnalyzer *self, unsigned edition);

/* What later analyses compile. A binary needs a `fn main` of the right
 * shape (rustc's E0601, E0580, E0131, E0752); a library does not. With
 * BM_CRATE_UNKNOWN, the default, nothing is said about `main`. Returns 0,
 * or -1 for a value it does not know. */
typedef enum {
  BM_CRATE_UNKNOWN = 0,
  BM_CRATE_BIN,
  BM_CRATE_LIB,
} BmCrateType;
int bm_analyzer_set_crate_type(BmAnalyzer *self, BmCrateType type);

/*
 * Analyze `length` bytes of Rust source. The source need not be
 * NUL-terminated and is not retained after the call.
 * Never returns NULL for a live analyzer: bad input (too large, not UTF-8)
 * gives a result whose status says so and whose one diagnostic explains it.
 * The caller owns the result and must free it with bm_result_delete.
 */
BmResult *bm_analyzer_analyze(BmAnalyzer *self, const char *source, size_t length);

/* Free a result and everything borrowed from it. NULL is allowed. */
void bm_result_delete(BmResult *self);

BmStatus bm_result_status(const BmResult *self);

/* Number of diagnostics of severity error. */
uint32_t bm_result_error_count(const BmResult *self);

/* Diagnostics and unsupported constructs, in source order. The returned
 * pointers are borrowed from the result and live until bm_result_delete. */
uint32_t bm_result_diagnostic_count(const BmResult *self);
const BmDiagnostic *bm_result_diagnostic(const BmResult *self, uint32_t index);
uint32_t bm_result_unsupported_count(const BmResult *self);
/* Of the snippet's expressions, how many the type checker gave a type
 * with nothing unknown in it (`*typed`), out of `*total`. */
void bm_result_type_coverage(const BmResult *self, uint32_t *typed, uint32_t *total);
const BmUnsupported *bm_result_unsupported(const BmResult *self, uint32_t index);

/*
 * The whole result as one NUL-terminated JSON document (see README.md for the
 * schema). Borrowed from the result: valid until bm_result_delete. Built on
 * first call; NULL only when memory runs out.
 */
const char *bm_result_json(BmResult *self);

/*
 * The permissions view as a text table: per fn, after each statement, the
 * letters R W O F each place has, why letters went and where an error
 * found one missing (core/docs/checker.md). The JSON has the same under
 * "permissions". Borrowed from the result; "" when nothing was computed.
 */
const char *bm_result_permissions_text(const BmResult *self);

/*
 * Run the program: analyze `length` bytes of Rust source as
 * bm_analyzer_analyze does and, when it compiles as far as borrowmap can
 * tell (no syntax, name, type or ownership errors), interpret its
 * `fn main` (core/docs/run.md): its stdout and stderr as the compiled binary
 * would print them, a panic as Rust reports it. A run ends early, with a
 * reason, at anything the interpreter does not model or at its limits (a
 * step budget, a cap on active calls, memory); nothing depends on time.
 * Never returns NULL for a live analyzer. The caller owns the result and
 * must free it with bm_result_delete; the run's accessors below borrow
 * from it.
 */
BmResult *bm_analyzer_run(BmAnalyzer *self, const char *source, size_t length);

typedef enum {
  BM_RUN_NONE = 0,      /* no run was asked for (bm_analyzer_analyze) */
  BM_RUN_OK,            /* main returned */
  BM_RUN_PANIC,         /* the program panicked: exit status 101 */
  BM_RUN_EXIT,          /* it exited with a status of its own (process::exit,
                           or main returning Err) */
  BM_RUN_UNSUPPORTED,   /* it used something the interpreter does not model */
  BM_RUN_LIMIT,         /* the step budget, call cap or memory cap ran out */
  BM_RUN_REJECTED,      /* not run: it does not compile (or has no main) */
} BmRunStatus;

BmRunStatus bm_result_run_status(const BmResult *self);
/* What the program printed so far, `*length` bytes (not NUL-terminated in
 * general; NULL length allowed). Borrowed from the result. */
const char *bm_result_run_stdout(const BmResult *self, size_t *length);
const char *bm_result_run_stderr(const BmResult *self, size_t *length);
/* The process exit status: 0, 101 after a panic, process::exit's. */
int bm_result_run_exit_code(const BmResult *self);
/* Why the run ended early (UNSUPPORTED, LIMIT, REJECTED) as one sentence,
 * and where (*span, when not NULL; zero when the reason has no place), or
 * NULL. Borrowed from the result. */
const char *bm_result_run_reason(const BmResult *self, BmSpan *span);

/* A short, stable name for a status ("ok", "too-large", ...). Static string. */
const char *bm_status_name(BmStatus status);

/*
 * Check a lesson task's constraints (lessons/README.md, "Constraints")
 * against the syntax tree of `length` bytes of Rust source. `rules` is a
 * JSON array of constraint objects, `rules_length` bytes. Neither input need
 * be NUL-terminated, and neither is retained after the call.
 *
 * Returns one NUL-terminated JSON document:
 *   {"version": 1, "status": "ok", "results": [{"holds": true}, {"holds": false},
 *    {"holds": false, "error": "unknown rule kind \"x\""}]}
 * with one result per constraint, in order ("error" when the constraint itself
 * cannot be read). Any other status ("too-large", "not-utf8": the source;
 * "bad-rules": the list is not a JSON array) comes with an "error" sentence and
 * no results. The source is parsed on its own: no ownership analysis runs.
 *
 * The caller owns the returned string and must free it with free().
 * Returns NULL only when memory runs out.
 */
char *bm_rules_check(const char *source, size_t length, const char *rules, size_t rules_length);

#ifdef __cplusplus
}
#endif

#endif /* BORROWMAP_H */
