/*
 * bm.h: the private table of contents of the core.
 *
 * One banner per source file, in pipeline order:
 *   arena.c   memory: one arena per analysis, freed in one call
 *   limits.c  the depth guard and the work budget of an analysis
 *   source.c  the source text: UTF-8 validation, lines, byte -> line/col
 *   diag.c    building diagnostics and unsupported notes
 *   syntax.c  tree-sitter parse and syntax-error diagnostics; children of a node
 *   macros.c  the arguments of the std macros the checker models, parsed once
 *   types.c   items of the snippet (structs, enums, fns, impls), Rust types,
 *             Copy-ness, elision of signatures
 *   std_table.c data: std types, constructors and methods with receivers
 *   lower.c   a function body (tree-sitter) -> IR: locals, places, a CFG of
 *             access nodes, loans and the flows of references between locals
 *   moves.c   moves and initialization: E0382 E0381 E0384 E0507, and the
 *             mutability of places: E0596 E0594
 *   borrows.c NLL: liveness, loans in scope, conflicts E0499 E0502 E0503
 *             E0505 E0506, and loans outliving their owner E0597 E0515 E0373
 *   lifetimes.c signatures: E0106 (the three elision rules); regions: outlives
 *             between a fn's lifetime parameters (code-less error, E0621)
 *   check.c   the ownership checker: items -> each body lowered and checked
 *   timeline.c the diagram's data: the stack, heap and references per step
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

/* ---------------------------------------------------------------- limits.c */

/* The limits of one analysis (see limits.c for how they were sized).
 *
 * Depth guard: every recursive walk over user input calls bm_deeper before
 * it recurses and bm_shallower after, and gives up on that subtree when
 * bm_deeper says no:
 *
 *     if (!bm_deeper(lim)) {
 *       bm_diag_unsupported(sink, start, end, BM_TOO_DEEP);  // or its pass's way
 *       return <what the pass says when it does not know>;
 *     }
 *     ... recurse ...
 *     bm_shallower(lim);
 *
 * Work budget: a pass calls bm_spend(lim, units) as it works (one unit: a
 * node visited or made, a scope entry compared; see limits.c) and stops,
 * saying what it skipped (BM_OUT_OF_WORK), once it returns false; the
 * budget is shared by all passes of the analysis.
 * A NULL `lim` means no limits: only for trusted input (bundled data). */
enum {
  BM_MAX_NESTING = 512,               /* guarded frames active at once */
  BM_STACK_BUDGET = 6 * 1024 * 1024,  /* bytes of stack an analysis may use, at
                                         most half of what its thread has left */
};
#define BM_WORK_BUDGET ((uint64_t)40 * 1000 * 1000)
#define BM_TOO_DEEP "nesting too deep to analyze"
#define BM_OUT_OF_WORK "the program is too large to check in full: the analysis stopped here, " \
                       "and nothing from here on was checked"

typedef struct {
  uintptr_t stack_base;     /* the stack position when the analysis started */
  size_t stack_budget;      /* bytes of stack it may use below stack_base */
  uint32_t depth;           /* guarded frames now active */
  uint32_t max_depth;       /* BM_MAX_NESTING */
  uint64_t work;            /* units spent */
  uint64_t work_budget;     /* BM_WORK_BUDGET */
  bool too_deep;            /* bm_deeper said no at least once */
  bool out_of_work;         /* bm_spend said no at least once */
  uint32_t deepest;         /* measurements, for tests: the most frames active */
  size_t stack_peak;        /*   and the most stack bytes in use at a bm_deeper */
} BmLimits;

/* Call at the start of the analysis, in its outermost frame. */
void bm_limits_init(BmLimits *lim);
/* May the caller recurse one level more? true: yes, and it must call
 * bm_shallower when it returns; false: no (lim->too_deep is set). */
bool bm_deeper(BmLimits *lim);
void bm_shallower(BmLimits *lim);
/* Spend `units` of work; false once the budget is spent (and from then on). */
bool bm_spend(BmLimits *lim, uint64_t units);
bool bm_out_of_work(const BmLimits *lim);

/* ---------------------------------------------------------------- source.c */

typedef struct {
  const char *text;      /* borrowed for the duration of one analysis */
  uint32_t length;
  BmArray(uint32_t) line_starts; /* byte offset of each line's first byte */
  BmArray(uint32_t) block_chars; /* characters before each 64-byte block, so a
                                    column costs O(64) even on a 1 MiB line */
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
  BmArray(uint32_t) points;  /* per diagnostic: the byte where the error
                                happens (bm_diag_point), or BM_NO_POINT:
                                its primary span's start */
  BmLimits *limits;          /* the analysis' depth guard and work budget */
} BmDiagSink;

enum { BM_NO_POINT = UINT32_MAX };

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
/* Where the error happens, when that is not the primary span's start (a
 * value dropped while borrowed: the drop); the timeline places it there. */
void bm_diag_point(BmDiagSink *sink, const BmDiagnostic *d, uint32_t byte);
/* Sort diagnostics and unsupported notes by position (stable). */
void bm_diag_sort(BmDiagSink *sink);

/* ---------------------------------------------------------------- syntax.c */

/* The tree-sitter Rust grammar (grammars/vendor/tree-sitter-rust). */
const TSLanguage *tree_sitter_rust(void);

/* Report every ERROR and MISSING node of the tree; returns how many. */
uint32_t bm_syntax_report(BmDiagSink *sink, TSNode root);

/* ---------------------------------------------------------------- macros.c */

typedef enum {
  BM_MAC_NONE,
  BM_MAC_FORMAT,      /* println print eprintln eprint format format_args */
  BM_MAC_PANIC,       /* panic todo unimplemented unreachable: format, then diverge */
  BM_MAC_WRITE,       /* write writeln: a destination, then format */
  BM_MAC_ASSERT,      /* assert debug_assert: a condition, then format */
  BM_MAC_ASSERT_CMP,  /* assert_eq assert_ne and debug_: two operands, then format */
  BM_MAC_VEC,
  BM_MAC_DBG,
  BM_MAC_MATCHES,     /* only its first argument (the value) is parsed */
} BmMacroKind;

typedef struct {
  uint32_t open;      /* the byte of the macro's opening delimiter */
  uint8_t kind;       /* BmMacroKind */
  TSNode args;        /* in the macros' tree: `arguments` of a call (or the
                         array_expression of vec!), whose named children are
                         the arguments; a null node when they did not parse */
} BmMacroCall;

/* The arguments of every modelled macro of the source, parsed once (how:
 * macros.c). Their nodes have the source's offsets and read its text. */
typedef struct {
  TSTree *tree;                   /* owned: bm_macros_free deletes it */
  BmArray(BmMacroCall) calls;     /* by `open`, ascending */
} BmMacros;

/* The kind of a macro by its last path segment ("println"). */
BmMacroKind bm_macro_kind(const char *name);
/* Parse the modelled macros of `root` (a tree without syntax errors). */
void bm_macros_parse(BmMacros *m, BmArena *a, TSParser *parser, const BmSource *src, TSNode root);
void bm_macros_free(BmMacros *m);
/* The modelled macro a node stands for: a macro_invocation (of either tree)
 * or, in the macros' tree, the call or array that rewrote one; NULL when it
 * is none (not a macro, or a macro the checker does not model). */
const BmMacroCall *bm_macro_call(const BmMacros *m, TSNode n);

/* ---------------------------------------------------------------- types.c */

/* Copy-ness is three-valued: what we do not know we never guess. */
typedef enum { BM_NO = 0, BM_YES = 1, BM_MAYBE = 2 } BmTri;

typedef enum {
  BM_TY_UNKNOWN,   /* not modelled: unknown Copy-ness, carries nothing */
  BM_TY_INT, BM_TY_FLOAT, BM_TY_BOOL, BM_TY_CHAR, BM_TY_UNIT, BM_TY_NEVER,
  BM_TY_STR,       /* the unsized `str` */
  BM_TY_REF,       /* &T / &mut T: args[0], mut_ref, lifetime */
  BM_TY_STD,       /* a std type by name: String, Vec<T>, Option<T>, Iter<T>... */
  BM_TY_TUPLE,     /* args */
  BM_TY_ARRAY,     /* [T; N] and [T]: args[0] */
  BM_TY_ADT,       /* a struct or enum of the snippet: item */
  BM_TY_PARAM,     /* a generic parameter or impl Trait: unknown */
  BM_TY_CLOSURE,
} BmTypeKind;

typedef struct BmItem BmItem;
typedef struct BmType BmType;
struct BmType {
  BmTypeKind kind;
  bool mut_ref;           /* REF: &mut; CLOSURE: captures by unique borrow or
                             consumes a capture, so never Copy */
  bool is_static_bound;   /* PARAM: `impl X + 'static` or T: 'static */
  bool move_only;         /* PARAM: a type parameter of the fn or impl whose
                             bounds are std traits that do not imply Copy */
  const char **lts;       /* ADT / STD: the lifetime arguments written ("a", "_"), */
  uint32_t nlts;          /* without the quote; none when elided */
  const char *name;       /* STD / ADT / PARAM */
  const char *lifetime;   /* REF: "a" for &'a T, NULL when elided */
  BmType **args;
  uint32_t nargs;
  BmItem *item;           /* ADT */
  const char *array_len;  /* ARRAY: "N" of [T; N], "" for a slice [T], NULL unknown */
};

typedef struct {
  const char *name;       /* field name, or "0", "1"... */
  BmType *type;
} BmField;

typedef struct {
  const char *name;
  BmArray(BmField) fields;
} BmVariant;

struct BmItem {
  const char *name;
  TSNode node;            /* its struct_item / enum_item */
  bool is_enum;
  bool is_unit;           /* `struct S;`: the name is also its value */
  bool top_level;         /* declared at the top of the file, not in a module */
  bool copy;              /* #[derive(Copy)] or impl Copy */
  bool has_lifetimes;     /* declares lifetime parameters */
  bool generic;           /* declares type parameters */
  BmArray(BmField) fields;      /* struct */
  BmArray(BmVariant) variants;  /* enum */
};

typedef enum { BM_SELF_NONE, BM_SELF_VALUE, BM_SELF_REF, BM_SELF_MUT } BmSelfMode;

/* A fn signature of the snippet (free fn or method). */
typedef struct {
  const char *name;
  const char *impl_type;  /* the Self type name of a method, NULL for a free fn */
  BmSelfMode self_mode;
  BmArray(BmType *) params;   /* without self */
  BmType *ret;                /* NULL for () */
  uint64_t ret_from;          /* bit i: the result carries param i's loans (bit 63: self) */
  bool ret_self_data;         /* the result names a lifetime of the Self type: it carries
                                 what the receiver's value carries, not a borrow of it */
  TSNode node;
} BmFnSig;

typedef struct BmNameIndex BmNameIndex;

typedef struct {
  BmArena *arena;
  const char *text;
  BmDiagSink *sink;             /* for unsupported notes (and its limits) */
  BmLimits *limits;             /* sink->limits */
  const BmMacros *macros;       /* the parsed arguments of the modelled macros */
  BmArray(BmItem *) items;
  BmArray(BmFnSig *) fns;
  BmArray(const char *) variant_names; /* enum variants usable unqualified */
  BmArray(const char *) traits; /* names of the traits the snippet declares */
  BmNameIndex *item_index;      /* items and fns by name (types.c) */
  int impls_named;              /* impls_all_named, computed once: -1 unknown */
  BmArray(uint32_t) too_deep_at; /* type syntax reported too deep, by start */
} BmProgram;

/* Types are bounded where they are walked, not where they are built: a
 * walk over a BmType (Copy-ness, "holds references", printing) goes at most
 * BM_TYPE_MAX_DEPTH levels down and visits at most BM_TYPE_MAX_NODES nodes
 * (types share their parts, so `(a, a)` nested 60 times is small in memory
 * but has 2^60 paths), and answers as for an unknown type past that. Type
 * syntax nested deeper than BM_TYPE_MAX_DEPTH is read as unknown. rustc's
 * own limit for type nesting is 128. */
enum { BM_TYPE_MAX_DEPTH = 96, BM_TYPE_MAX_NODES = 4096 };
/* Kept for code that has not moved to bm_deeper yet. */
enum { BM_MAX_DEPTH = 200 };

void bm_program_collect(BmProgram *prog, TSNode root);
BmItem *bm_program_item(const BmProgram *prog, const char *name);
BmFnSig *bm_program_fn(const BmProgram *prog, const char *impl_type, const char *name);
/* The signature collected for a function_item node, or NULL. */
BmFnSig *bm_program_fn_at(const BmProgram *prog, TSNode node);
/* Does the snippet declare a trait of this name (anywhere)? */
bool bm_program_trait(const BmProgram *prog, const char *name);
/* Walking siblings in order: false for the item after #[cfg(test)] or
 * #[test] (not compiled without --test); `*skip` carries the state. */
bool bm_attr_compiled(TSNode node, const char *text, bool *skip);
/* Type syntax -> type. `self_type` resolves `Self`; `generics` lists the type
 * parameter names in scope (NULL-terminated) */
BmType *bm_type_from_node(BmProgram *prog, TSNode node, BmType *self_type, int depth);
BmType *bm_type_new(BmArena *a, BmTypeKind kind, const char *name);
BmType *bm_type_ref(BmArena *a, BmType *inner, bool mut_ref);
BmType *bm_type_std1(BmArena *a, const char *name, BmType *arg);
BmTri bm_type_copy(const BmType *t);
/* May a value of this type hold a reference (so carry loans)? Unknown: no. */
bool bm_type_holds_refs(const BmType *t);
/* The type after peeling references and Box/Rc/Arc for field and method lookup. */
const char *bm_type_str(BmArena *a, const BmType *t);
BmType *bm_type_field(const BmType *t, const char *field);
/* Payload type of an enum variant's i-th field (Some, Ok, Err, user variants). */
BmType *bm_type_variant_field(BmArena *a, const BmType *t, const char *variant, uint32_t i,
                              const char *field_name);
char *bm_node_text(BmArena *a, const char *text, TSNode n);
bool bm_node_is(TSNode n, const char *type);
/* The named children of a node (comments and attributes included) or all of
 * its children, in order, in the arena. O(children): tree-sitter's
 * ts_node_named_child(n, i) costs O(i), so a loop over it is quadratic. */
typedef struct { TSNode *items; uint32_t len; } BmNodes;
BmNodes bm_kids(BmArena *a, TSNode n);
BmNodes bm_kids_all(BmArena *a, TSNode n);

/* ---------------------------------------------------------------- std_table.c */

typedef enum {
  BM_STD_FLOW_ARGS = 1,     /* the arguments' references flow into the receiver */
  BM_STD_FNMUT_ARG = 2,     /* takes a closure called many times (FnMut / Fn) */
} BmStdFlags;

typedef struct {
  const char *type;         /* "Vec", "String", "str", "slice", "Option", "*" any */
  const char *method;
  BmSelfMode self_mode;
  const char *ret;          /* mini type syntax, see std_table.c */
  unsigned flags;
} BmStdMethod;

const BmStdMethod *bm_std_method(const char *type, const char *method);
/* Std types whose Copy-ness is known (non-Copy) by their last path segment. */
bool bm_std_type_known(const char *name);
/* The return type of a std method given the receiver type (after auto-deref). */
BmType *bm_std_ret_type(BmArena *a, const BmStdMethod *m, const BmType *recv);
/* A std function or constructor by path ("String::from", "drop", "Some"). */
typedef struct {
  const char *path;         /* last two segments, e.g. "String::from", or "drop" */
  const char *ret;          /* mini type syntax; "$0" is the type of argument 0 */
  unsigned flags;           /* BM_STDFN_* */
} BmStdFn;
enum { BM_STDFN_SPAWN = 1, BM_STDFN_RET_CARRIES_ARGS = 2, BM_STDFN_DIVERGES = 4 };
const BmStdFn *bm_std_fn(const char *path);
BmType *bm_std_fn_ret_type(BmArena *a, const BmStdFn *f, BmType *const *arg_types,
                           uint32_t nargs);

/* ---------------------------------------------------------------- lower.c */

typedef enum { BM_PROJ_FIELD, BM_PROJ_DEREF, BM_PROJ_INDEX } BmProjKind;

typedef struct {
  uint8_t kind;             /* BmProjKind */
  bool implicit;            /* DEREF inserted by auto-deref (not printed) */
  uint8_t ptr;              /* DEREF: 0 unknown, 1 &, 2 &mut, 3 Box, 4 Rc, 5 Arc */
  bool opaque_base;         /* FIELD / INDEX on a base of unknown type, which
                               may be a reference auto-deref went through */
  const char *name;         /* FIELD: "x", "0", or "Some.0" for a variant field */
} BmProj;

enum { BM_PTR_UNKNOWN, BM_PTR_REF, BM_PTR_MUT, BM_PTR_BOX, BM_PTR_RC, BM_PTR_ARC };

typedef struct {
  uint32_t local;
  uint32_t nproj;
  BmProj *proj;
  BmType *type;
} BmPlace;

typedef struct {
  const char *name;
  BmType *type;
  bool mut_decl;            /* `let mut` / `mut` binding */
  bool is_param;
  bool is_temp;
  bool is_value_temp;       /* an rvalue held for a borrow, freed at `;` (E0716) */
  bool declared_uninit;     /* `let x;` */
  bool universal;           /* a sink whose loans must outlive the function */
  bool captured_ref;        /* in a closure body: captured by reference */
  uint32_t closure;         /* a closure value: index + 1 into fn->closures */
  uint32_t start, end;      /* the binding's span */
} BmLocal;

typedef enum {
  BM_N_NOP,
  BM_N_ACCESS,              /* an access to a place, see BmAccess */
  BM_N_DEAD,                /* storage of a local ends (scope end) */
  BM_N_EXIT,                /* function exit: uses the return value and sinks */
  BM_N_USE,                 /* keeps the local `use` live (call arguments) */
} BmNodeKind;

typedef enum {
  BM_AC_READ,               /* copy or inspect */
  BM_AC_MOVE,
  BM_AC_SHARED,             /* shared borrow (&, autoref, format args) */
  BM_AC_MUT,                /* mutable borrow (&mut, &mut self autoref) */
  BM_AC_WRITE,              /* assignment to an initialized place */
  BM_AC_INIT,               /* `let` initialisation */
} BmAccess;

enum {
  BM_F_UNKNOWN = 1,         /* the access mode is a guess: never report on it */
  BM_F_MACRO = 2,           /* a format macro argument */
  BM_F_CLOSURE = 4,         /* a capture by a closure (span: the closure) */
  BM_F_COMPOUND = 8,        /* `x += 1` */
  BM_F_RECV = 16,           /* method receiver (autoref) */
  BM_F_UNINIT = 32,          /* NOP: `let x;` declares x uninitialised */
  BM_F_DIRECT = 64,          /* a whole-local `&x` in a return position */
  BM_F_CALL = 128,           /* MOVE: calling a closure that is FnOnce */
  BM_F_INDEX_MUT = 256,      /* WRITE: `v[i] = x` whose IndexMut borrow of the
                                Vec is its own MUT access (checked there) */
  BM_F_SCRUT_DEREF = 512,    /* MOVE by a pattern binding: the matched
                                expression is a deref `*e` */
};

typedef struct {
  uint8_t kind;             /* BmNodeKind */
  uint8_t access;           /* BmAccess */
  uint16_t flags;
  BmPlace *place;           /* ACCESS; DEAD: the local in place->local */
  uint32_t loan;            /* loan created here + 1, or 0 */
  uint32_t def;             /* local defined here + 1, or 0 */
  uint32_t use;             /* an extra local used here + 1, or 0 */
  uint32_t start, end;      /* span */
  uint32_t inner_start, inner_end; /* CLOSURE: the use inside the closure */
  uint32_t scrut_start, scrut_end; /* MOVE by a pattern binding: the matched
                                      expression (`*r` in `match *r`), or 0 */
  uint32_t succ[2];
  uint8_t nsucc;
} BmNode;

typedef struct {
  BmPlace *place;
  bool mut;
  uint32_t node;            /* where it is created */
  uint32_t carrier;         /* the temp that first holds it */
  uint32_t start, end;      /* the borrow expression */
  bool to_static;           /* must outlive the function (spawn, 'static arg) */
  bool reported;            /* an E0373 was reported for it */
  const char *static_why;   /* label text for to_static */
} BmLoan;

typedef struct { uint32_t from, to; } BmFlow;

typedef struct {
  uint32_t carrier;         /* the temp holding the returned value */
  uint32_t start, end;      /* the returned expression */
  bool direct_ref;          /* `&local` */
} BmReturn;

typedef struct {
  const char *name;         /* for messages */
  uint32_t start, end;
  bool mutates;             /* captures something by unique borrow */
  bool consumes;            /* moves a capture out of its environment (FnOnce) */
  const char *consumed;     /* the first such capture, for messages */
  uint32_t consumed_start, consumed_end; /* its use in the body */
  uint32_t params_start, params_end;     /* its parameter list `|..|` */
} BmClosureInfo;

/* A diagnostic decided while lowering, emitted only if the fn is supported. */
typedef struct {
  const char *code, *message, *label, *note, *help;
  uint32_t start, end;
  uint32_t label_start, label_end;
} BmPending;

typedef struct BmFn {
  const char *name;
  BmArray(BmPending) pending;
  BmArray(BmLocal) locals;
  BmArray(BmNode) nodes;
  BmArray(BmLoan) loans;
  BmArray(BmFlow) flows;
  BmArray(BmReturn) returns;
  BmArray(BmClosureInfo) closures;
  uint32_t entry, exit;
  uint32_t ret_local, univ_local;
  bool unsupported;         /* something not modelled: report nothing */
  TSNode node;              /* the function_item; a null node for a closure body */
  TSNode impl_node;         /* its impl_item or trait_item, or a null node */
  BmLimits *limits;         /* the analysis' (for passes given only the fn) */
} BmFn;

typedef struct BmLowerCtx BmLowerCtx;
struct BmLowerCtx {
  BmProgram *prog;
  BmDiagSink *sink;
  BmArray(BmFn *) fns;
  /* Called after each fn item is lowered, with the index of its first fn
   * in `fns` (its closures and nested fns follow it); may be NULL. */
  void (*after_item)(BmLowerCtx *cx, uint32_t first);
  bool stopped;             /* the work budget ran out; its note is out */
};

/* Lower every compiled fn body (and closure bodies) of the program. Once the
 * work budget is spent, the rest is skipped with one note saying so. */
void bm_lower_program(BmLowerCtx *cx, TSNode root);
/* The work budget ran out before `fn` was checked: one note, at `fn`. */
void bm_lower_out_of_work(BmLowerCtx *cx, const BmFn *fn);
/* "`s`", "`p.x`", "`*r`" without the quotes. */
const char *bm_place_str(BmArena *a, const BmFn *fn, const BmPlace *p);
bool bm_place_overlap(const BmPlace *a, const BmPlace *b);
bool bm_place_prefix(const BmPlace *prefix, const BmPlace *p);

/* ---------------------------------------------------------------- moves.c */

void bm_check_moves(BmDiagSink *sink, BmFn *fn);

/* ---------------------------------------------------------------- borrows.c */

void bm_check_borrows(BmDiagSink *sink, BmFn *fn);

/* ---------------------------------------------------------------- lifetimes.c */

void bm_check_signatures(BmDiagSink *sink, BmProgram *prog, TSNode root);
/* Outlives constraints between a fn's lifetime parameters: a returned
 * reference derived from a parameter whose region is not known to outlive
 * the return type's: "lifetime may not live long enough" (no code) or E0621. */
void bm_check_regions(BmDiagSink *sink, BmProgram *prog, const BmFn *fn);

/* ---------------------------------------------------------------- check.c */

/* What the checker built, for the passes after it (timeline.c). */
typedef struct {
  BmProgram *prog;
  BmFn **fns;               /* every lowered body; none after an E0106 */
  uint32_t nfns;
} BmChecked;

/* The ownership checker over a tree without syntax errors. The result lives
 * in the sink's arena. */
BmChecked *bm_check_program(BmDiagSink *sink, const BmMacros *macros, TSNode root,
                            const char *text);

/* ---------------------------------------------------------------- timeline.c */

/* The "timeline" object of the JSON result (core/docs/timeline.md) for a
 * checked program whose diagnostics are already sorted; in the arena. */
char *bm_timeline_json(BmArena *a, const BmSource *src, const BmDiagSink *sink, BmProgram *prog,
                       BmFn **fns, uint32_t nfns, TSNode root);
/* The "timeline" object when none is built (`why`: the reason). */
char *bm_timeline_abstain(BmArena *a, const char *why);

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
/* `timeline`: the "timeline" object, or NULL (then one saying none was built). */
char *bm_json_result(BmArena *a, BmStatus status, const BmDiagSink *sink, const char *timeline);

/* ---------------------------------------------------------------- analyzer.c */

struct BmResult {
  BmArena arena;
  BmStatus status;
  BmDiagSink sink;
  char *json;            /* built on demand by bm_result_json */
  char *timeline;        /* the timeline object, built by the analysis */
  BmLimits limits;       /* the limits as the analysis left them (tests read
                            the measurements: deepest, stack_peak, work) */
};

#endif /* BM_PRIVATE_H */
