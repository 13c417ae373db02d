/*
 * bm.h: the private table of contents of the core.
 *
 * One banner per source file, in pipeline order:
 *   arena.c   memory: one arena per analysis, freed in one call
 *   limits.c  the depth guard and the work budget of an analysis
 *   source.c  the source text: UTF-8 validation, lines, byte -> line/col
 *   diag.c    building diagnostics and unsupported notes
 *   syntax.c  tree-sitter parse and syntax-error diagnostics; node kinds as ids;
 *             children of a node
 *   macros.c  the ownership checker's view of the std macros' arguments, parsed once
 *   sym.c     interned identifiers
 *   hir.c     tree-sitter -> HIR: items (defs) and bodies (exprs, pats, stmts),
 *             macro arguments and format strings parsed once
 *   stdlib.c  std as Rust declarations (core/std), parsed once per session
 *   resolve.c names -> definitions: module tables, imports, every path
 *   ty.c      interned types, generics, substitution, type syntax -> types, printing
 *   trait.c   impls, trait solving (E0277), associated type normalization
 *   infer.c   type inference of each body: unification, coercions, type errors
 *   items.c   the well-formedness of items: trait impls, coherence, recursive
 *             types, generic argument counts, name clashes
 *   method.c  method and associated item lookup (autoderef, probe order)
 *   typeck.c  the typed front end for one analysis: HIR, names, types
 *   match.c   patterns: exhaustiveness of `match` (E0004), refutability
 *             of `let`, parameters and `for` (E0005), E0170
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
 *   json.c    the JSON result
 *   interp.c  the interpreter: runs `fn main` of a typed crate (frames, values,
 *             places, calls, patterns), with a step budget and a call cap
 *   interp_fmt.c the run's formatting: Display, Debug ({:?}, {:#?}) and the
 *             format specs, as Rust prints them
 *   interp_std.c the run's std behaviour: the std methods it models, by def
 *   trace.c   the diagram's data from the run: the stack, heap and references
 *             at each step, and what changed
 *   analyzer.c the public API (borrowmap.h) tying the passes together
 *   rules.c   a lesson task's constraints checked on the syntax tree
 *             (bm_rules_check, borrowmap.h); its own parse, no analysis
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
  BmArenaChunk *head;    /* small allocations are bumped here */
  BmArenaChunk *big;     /* one chunk per big allocation, most recent first */
  size_t used_in_head;
  size_t total;          /* bytes obtained from malloc, for tests */
  jmp_buf *oom;
} BmArena;

void bm_arena_init(BmArena *a);
void bm_arena_free(BmArena *a);
void *bm_arena_alloc(BmArena *a, size_t size);          /* zeroed, 8-aligned */
/* Grow p (NULL, or an allocation of exactly old_size bytes from this arena):
 * in place when it is the latest small allocation or a big one; the new
 * bytes are zeroed. */
void *bm_arena_realloc(BmArena *a, void *p, size_t old_size, size_t new_size);
char *bm_arena_strndup(BmArena *a, const char *s, size_t n);
char *bm_arena_strdup(BmArena *a, const char *s);
char *bm_arena_printf(BmArena *a, const char *fmt, ...) BM_PRINTF(2, 3);
char *bm_arena_vprintf(BmArena *a, const char *fmt, va_list ap);
/* vsnprintf for formats of text, %d, %u, %s, %c and %% only (no flags,
 * width, precision or length), the same bytes; -2 for any other format,
 * `ap` unread. */
int bm_format_simple(char *buf, size_t size, const char *fmt, va_list ap);

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
  BM_MC_NONE,
  BM_MC_FORMAT,      /* println print eprintln eprint format format_args */
  BM_MC_PANIC,       /* panic todo unimplemented unreachable: format, then diverge */
  BM_MC_WRITE,       /* write writeln: a destination, then format */
  BM_MC_ASSERT,      /* assert debug_assert: a condition, then format */
  BM_MC_ASSERT_CMP,  /* assert_eq assert_ne and debug_: two operands, then format */
  BM_MC_VEC,
  BM_MC_DBG,
  BM_MC_MATCHES,     /* only its first argument (the value) is parsed */
} BmMacCallKind;

typedef struct {
  uint32_t open;      /* the byte of the macro's opening delimiter */
  uint8_t kind;       /* BmMacCallKind */
  TSNode args;        /* in the macros' tree: `arguments` of a call (or the
                         array_expression of vec!), whose named children are
                         the arguments; a null node when they did not parse */
} BmMacroCall;

/* The arguments of every modelled macro of the source, parsed once (how:
 * macros.c). Their nodes have the source's offsets and read its text. */
typedef struct {
  TSTree *tree;                   /* owned: bm_macros_free deletes it */
  BmArray(BmMacroCall) calls;     /* by `open`, ascending */
  /* What the same walk over the source's tree met, in source order, so
   * later passes need not walk the whole tree again (on a big program one
   * walk costs as much as lowering it): every trait_item and impl_item,
   * and every lifetime and label, outside token trees and macro_rules!.
   * Nodes of the source's tree; the arrays are in the caller's arena. */
  BmArray(TSNode) traits, impls, lifetimes;
  /* every fn, fn signature, struct and enum that is compiled (outside a
   * #[cfg(test)] item), for bm_check_signatures */
  BmArray(TSNode) signatures;
} BmMacros;

/* The kind of a macro by its last path segment ("println"). */
BmMacCallKind bm_macro_kind(const char *name);
/* Parse the modelled macros of `root` (a tree without syntax errors). */
void bm_macros_parse(BmMacros *m, BmArena *a, TSParser *parser, const BmSource *src, TSNode root);
void bm_macros_free(BmMacros *m);
/* The modelled macro a node stands for: a macro_invocation (of either tree)
 * or, in the macros' tree, the call or array that rewrote one; NULL when it
 * is none (not a macro, or a macro the checker does not model). */
const BmMacroCall *bm_macro_call(const BmMacros *m, TSNode n);

/* ---------------------------------------------------------------- syntax.c (kinds) */

/* Node kinds, fields and anonymous tokens of tree-sitter-rust as small
 * integers, looked up once per process: passes compare integers, never
 * node-type strings. bm_kind() is BM_K_NONE for a kind not listed here. */
#define BM_NODE_KINDS(X)                                                        \
  X(abstract_type) X(arguments) X(array_expression) X(array_type)               \
  X(assignment_expression) X(associated_type) X(async_block) X(attribute)       \
  X(attribute_item) X(await_expression) X(base_field_initializer)               \
  X(binary_expression) X(block) X(block_comment) X(boolean_literal)             \
  X(bounded_type) X(bracketed_type) X(break_expression) X(call_expression)      \
  X(captured_pattern) X(char_literal) X(closure_expression)                     \
  X(closure_parameters) X(compound_assignment_expr) X(const_block)              \
  X(const_item) X(const_parameter) X(continue_expression) X(crate)              \
  X(declaration_list) X(dynamic_type) X(else_clause) X(empty_statement)         \
  X(enum_item) X(enum_variant) X(enum_variant_list) X(escape_sequence)          \
  X(expression_statement) X(extern_crate_declaration) X(field_declaration)      \
  X(field_declaration_list) X(field_expression) X(field_identifier)             \
  X(field_initializer) X(field_initializer_list) X(field_pattern)               \
  X(float_literal) X(for_expression) X(for_lifetimes) X(foreign_mod_item)       \
  X(function_item) X(function_modifiers) X(function_signature_item)             \
  X(function_type) X(gen_block) X(generic_function) X(generic_pattern)          \
  X(generic_type) X(generic_type_with_turbofish) X(higher_ranked_trait_bound)   \
  X(identifier) X(if_expression) X(impl_item) X(index_expression)               \
  X(inner_attribute_item) X(integer_literal) X(label) X(let_chain)              \
  X(let_condition) X(let_declaration) X(lifetime) X(lifetime_parameter)         \
  X(line_comment) X(loop_expression) X(macro_definition) X(macro_invocation)    \
  X(match_arm) X(match_block) X(match_expression) X(match_pattern)              \
  X(metavariable) X(mod_item) X(mut_pattern) X(mutable_specifier)              \
  X(negative_literal) X(never_type) X(or_pattern)                               \
  X(ordered_field_declaration_list) X(parameter) X(parameters)                  \
  X(parenthesized_expression) X(pointer_type) X(primitive_type)                 \
  X(qualified_type) X(range_expression) X(range_pattern) X(raw_string_literal)  \
  X(ref_pattern) X(reference_expression) X(reference_pattern)                   \
  X(reference_type) X(remaining_field_pattern) X(removed_trait_bound)           \
  X(return_expression) X(scoped_identifier) X(scoped_type_identifier)           \
  X(scoped_use_list) X(self) X(self_parameter) X(shebang)                       \
  X(shorthand_field_identifier) X(shorthand_field_initializer) X(slice_pattern) \
  X(source_file) X(static_item) X(string_content) X(string_literal)             \
  X(struct_expression) X(struct_item) X(struct_pattern) X(super) X(token_tree)  \
  X(trait_bounds) X(trait_item) X(try_block) X(try_expression)                  \
  X(tuple_expression) X(tuple_pattern) X(tuple_struct_pattern) X(tuple_type)    \
  X(type_arguments) X(type_binding) X(type_cast_expression) X(type_identifier)  \
  X(type_item) X(type_parameter) X(type_parameters) X(unary_expression)         \
  X(union_item) X(unit_expression) X(unit_type) X(unsafe_block)                 \
  X(use_as_clause) X(use_bounds) X(use_declaration) X(use_list)                 \
  X(use_wildcard) X(variadic_parameter) X(visibility_modifier) X(where_clause)  \
  X(where_predicate) X(while_expression) X(yield_expression) X(ERROR)

#define BM_FIELD_NAMES(X)                                                       \
  X(alias) X(alternative) X(argument) X(arguments) X(body) X(bounds)            \
  X(condition) X(consequence) X(default_type) X(element) X(field) X(function)   \
  X(left) X(length) X(list) X(macro) X(name) X(operator) X(parameters) X(path)  \
  X(pattern) X(return_type) X(right) X(trait) X(type) X(type_arguments)         \
  X(type_parameters) X(value)

#define BM_TOKENS(X)                                                            \
  X(BANG, "!") X(NE, "!=") X(PERCENT, "%") X(PERCENT_EQ, "%=") X(AMP, "&")      \
  X(AMPAMP, "&&") X(AMP_EQ, "&=") X(STAR, "*") X(STAR_EQ, "*=") X(PLUS, "+")    \
  X(PLUS_EQ, "+=") X(MINUS, "-") X(MINUS_EQ, "-=") X(ARROW, "->")               \
  X(DOTDOT, "..") X(DOTDOTDOT, "...") X(DOTDOTEQ, "..=") X(SLASH, "/")          \
  X(SLASH_EQ, "/=") X(LT, "<") X(SHL, "<<") X(SHL_EQ, "<<=") X(LE, "<=")        \
  X(EQ, "=") X(EQEQ, "==") X(GT, ">") X(GE, ">=") X(SHR, ">>") X(SHR_EQ, ">>=") \
  X(QUESTION, "?") X(AT, "@") X(CARET, "^") X(CARET_EQ, "^=") X(PIPE, "|")      \
  X(PIPE_EQ, "|=") X(PIPEPIPE, "||") X(UNDERSCORE, "_") X(COMMA, ",")           \
  X(LPAREN, "(") X(RPAREN, ")") X(LBRACK, "[") X(RBRACK, "]") X(LBRACE, "{")    \
  X(RBRACE, "}") X(SEMI, ";") X(COLON, ":") X(COLONCOLON, "::") X(HASH, "#")    \
  X(AS, "as") X(ASYNC, "async") X(AWAIT, "await") X(CONST, "const")             \
  X(DYN, "dyn") X(EXTERN, "extern") X(IMPL, "impl") X(MOVE, "move")             \
  X(MUT, "mut") X(PUB, "pub") X(REF, "ref") X(STATIC, "static")                 \
  X(UNSAFE, "unsafe") X(WHERE, "where") X(FOR, "for") X(IN, "in")               \
  X(DEFAULT, "default") X(TRUE, "true") X(FALSE, "false") X(LET, "let")         \
  X(ELSE, "else") X(GEN, "gen") X(TRY, "try") X(RAW, "raw")

typedef enum {
  BM_K_NONE = 0,
#define BM_X(n) BM_K_##n,
  BM_NODE_KINDS(BM_X)
#undef BM_X
#define BM_X(n, s) BM_T_##n,
  BM_TOKENS(BM_X)
#undef BM_X
  BM_K_COUNT
} BmKind;

typedef enum {
  BM_FLD_NONE = 0,
#define BM_X(n) BM_FLD_##n,
  BM_FIELD_NAMES(BM_X)
#undef BM_X
  BM_FLD_COUNT
} BmFieldName;

/* The kind of a node (named kinds and the anonymous tokens listed). */
BmKind bm_kind(TSNode n);
/* A child by field name (a null node when absent). */
TSNode bm_child(TSNode n, BmFieldName field);
/* ts_node_child_by_field_name, with the id cached: `name` must be a string
 * that lives as long as the program (a literal). */
TSNode bm_field_name(TSNode n, const char *name, uint32_t len);
/* The field name of the cursor's current node, BM_FLD_NONE when none. */
BmFieldName bm_cursor_field(const TSTreeCursor *c);
/* A field id of the grammar as a BmFieldName (BM_FLD_NONE for 0 or one not
 * listed). */
BmFieldName bm_field_of_id(TSFieldId id);
/* ts_kids.c: the children of `n` (all of them, anonymous ones included),
 * in order, in one pass: what ts_node_child(n, 0..) or a cursor's siblings
 * give, and, when `fields` is not null, each one's field as the cursor
 * names it. Writes at most `cap`; returns the count, or UINT32_MAX when
 * the hidden nodes nest too deep for it (the caller then uses a cursor). */
uint32_t bm_ts_children(TSNode n, TSNode *out, uint8_t *fields, uint32_t cap);
/* Every node under `root` (itself first, anonymous ones included), in
 * preorder, as a cursor walk gives them, without a cursor's cost:
 *   BmPreorder w; bm_preorder_init(&w, arena, root);
 *   for (TSNode n; bm_preorder_next(&w, &n);) ...
 * The stack is in the arena. */
typedef struct {
  BmArena *a;
  BmArray(TSNode) stack;
} BmPreorder;
/* ts_node_child_by_field_id, the same node, at less cost. */
TSNode bm_ts_child_by_field_id(TSNode n, TSFieldId field);
void bm_preorder_init(BmPreorder *w, BmArena *a, TSNode root);
bool bm_preorder_next(BmPreorder *w, TSNode *out);
/* The kind names, for messages and tests. */
const char *bm_kind_name(BmKind k);

/* ---------------------------------------------------------------- sym.c */

/* Interned identifiers: equal names are equal integers. A session table
 * (std's names, the well-known names below) is frozen after the session
 * is made; each analysis chains a table of its own in its arena, so an
 * analysis never grows the session. 0 is "no name". */
typedef uint32_t BmSym;
typedef struct BmSymTab BmSymTab;

#define BM_WELL_KNOWN_SYMS(X)                                                   \
  X(self) X(Self) X(crate) X(super) X(std) X(core) X(alloc) X(main) X(new)      \
  X(derive) X(lang) X(cfg) X(test) X(allow) X(each_int) X(each_signed)         \
  X(each_unsigned) X(each_float) X(Int) X(Float) X(auto_trait) X(prelude)       \
  X(rust_2015) X(rust_2018) X(rust_2021) X(rust_2024) X(Item) X(Output)         \
  X(Target) X(IntoIter) X(Err) X(Ok) X(Some) X(None) X(len) X(fmt)              \
  X(into_iter) X(next) X(from) X(clone) X(deref) X(deref_mut) X(index)          \
  X(index_mut) X(call) X(call_mut) X(call_once) X(drop) X(eq) X(ne)             \
  X(partial_cmp) X(lt) X(le) X(gt) X(ge) X(not) X(neg)                          \
  X(Clone) X(Copy) X(Debug) X(Default) X(PartialEq) X(Eq) X(PartialOrd)         \
  X(Ord) X(Hash) X(macro_export) X(path) X(doc) X(inline) X(must_use)           \
  X(repr) X(non_exhaustive) X(deprecated) X(warn) X(deny) X(forbid)             \
  X(dead_code) X(unused) X(rustfmt) X(clippy) X(expect)                         \
  X(i8) X(i16) X(i32) X(i64) X(i128) X(isize) X(u8) X(u16) X(u32) X(u64)        \
  X(u128) X(usize) X(f32) X(f64) X(bool) X(char) X(str) X(static) X(_) X(UInt) X(SInt) X(Int2) X(T)

enum {
  BM_SYM_NONE = 0,
#define BM_X(n) BM_SYM_##n,
  BM_WELL_KNOWN_SYMS(BM_X)
#undef BM_X
  BM_SYM_WELL_KNOWN_END
};

/* A new table; `parent` (may be NULL) is searched first and never changed.
 * The table lives in `a`. A root table starts with the well-known names. */
BmSymTab *bm_symtab_new(BmArena *a, const BmSymTab *parent);
BmSym bm_sym(BmSymTab *t, const char *s, size_t len);
/* 0 when the name was never interned (so nothing can be named by it). */
BmSym bm_sym_find(const BmSymTab *t, const char *s, size_t len);
const char *bm_sym_str(const BmSymTab *t, BmSym s);

/* ---------------------------------------------------------------- hir.c */

/* The HIR: the program as items and bodies, built from tree-sitter once.
 * Items are BmDefs in one table (std's first, then the snippet's); bodies
 * are arrays of expressions, patterns and statements addressed by index.
 * Nothing after hir.c reads tree-sitter nodes or source text: macro
 * arguments are parsed here, once, format strings are split into pieces,
 * and every node keeps its byte span. */

enum { BM_NONE_ID = UINT32_MAX };
typedef uint32_t BmDefId;
typedef uint32_t BmExprId, BmPatId, BmStmtId;

typedef struct { uint32_t start, end; } BmRange;

typedef struct BmTypeRef BmTypeRef;
typedef struct BmPath BmPath;
typedef struct BmBody BmBody;

/* What a path names, filled in by resolve.c. */
typedef enum {
  BM_RES_NONE = 0,   /* not resolved yet */
  BM_RES_ERR,        /* could not be resolved (an error was reported, or
                        the name is outside what is modelled) */
  BM_RES_LOCAL,      /* id: the binding pattern of a local */
  BM_RES_DEF,        /* id: a def */
  BM_RES_PRIM,       /* prim: a BmPrim */
  BM_RES_SELF_TY,    /* `Self` in an impl (id: the impl) or trait (id: the trait) */
  BM_RES_SELF_CTOR,  /* `Self(..)` / `Self` as a value in an impl of a struct */
  BM_RES_TYPE_PARAM, /* a generic type or const parameter (id, index) */
  BM_RES_UNKNOWN,    /* names something not modelled (an external crate, an
                        unknown macro's output): stay silent about it */
} BmResKind;

typedef enum {
  BM_PRIM_NONE = 0,
  BM_PRIM_I8, BM_PRIM_I16, BM_PRIM_I32, BM_PRIM_I64, BM_PRIM_I128, BM_PRIM_ISIZE,
  BM_PRIM_U8, BM_PRIM_U16, BM_PRIM_U32, BM_PRIM_U64, BM_PRIM_U128, BM_PRIM_USIZE,
  BM_PRIM_F32, BM_PRIM_F64, BM_PRIM_BOOL, BM_PRIM_CHAR, BM_PRIM_STR,
} BmPrim;

typedef struct {
  uint8_t kind;           /* BmResKind */
  uint8_t prim;           /* PRIM */
  uint16_t rest;          /* trailing segments left to type-relative lookup
                             (`Vec::new`: DEF Vec, rest 1), done by infer.c */
  uint32_t id;            /* LOCAL: the binding pattern; DEF: the def;
                             TYPE_PARAM: the def declaring the parameter */
  uint32_t index;         /* TYPE_PARAM: its position in that def's own
                             generics.params */
} BmRes;

typedef enum { BM_GA_TYPE, BM_GA_LIFETIME, BM_GA_CONST, BM_GA_BINDING } BmGenericArgKind;

typedef struct {
  uint8_t kind;           /* BmGenericArgKind */
  BmSym name;             /* LIFETIME: its name (`a` of 'a, `static`, `_`);
                             BINDING: the associated type (`Item` of Item = T) */
  BmTypeRef *type;        /* TYPE, BINDING */
  BmExprId expr;          /* CONST: an expression of the enclosing body, or */
  int64_t const_val;      /* CONST: a literal value; has_val tells */
  bool has_val;
  BmRange span;
} BmGenericArg;

typedef struct {
  BmSym name;
  BmRange span;
  BmGenericArg *args;
  uint32_t nargs;
  bool has_args;          /* <...> (or Fn(...)) was written */
  bool paren_sugar;       /* Fn(A, B) -> C: args are the inputs, `ret` the output */
  BmTypeRef *ret;
} BmPathSeg;

typedef enum {
  BM_PATH_PLAIN,          /* a::b */
  BM_PATH_GLOBAL,         /* ::a::b */
  BM_PATH_QUALIFIED,      /* <qself as trait>::b, or <qself>::b */
} BmPathRoot;

struct BmPath {
  uint8_t root;           /* BmPathRoot */
  uint32_t nsegs;
  BmPathSeg *segs;        /* `self`, `super`, `crate`, `Self` are segments */
  BmTypeRef *qself;       /* QUALIFIED */
  BmPath *qtrait;         /* QUALIFIED with `as Trait`, else NULL */
  BmRange span;
  BmRes res;              /* filled by resolve.c for paths in bodies */
};

typedef enum {
  BM_TR_ERROR,            /* unparsable or not modelled (a macro in type position) */
  BM_TR_PATH,             /* path */
  BM_TR_REF,              /* &'lt mut inner */
  BM_TR_PTR,              /* *const / *mut inner */
  BM_TR_TUPLE,            /* elems ( () is a tuple of 0 ) */
  BM_TR_ARRAY,            /* [inner; len] */
  BM_TR_SLICE,            /* [inner] */
  BM_TR_NEVER,            /* ! */
  BM_TR_INFER,            /* _ */
  BM_TR_FN,               /* fn(elems) -> ret */
  BM_TR_IMPL,             /* impl Bounds */
  BM_TR_DYN,              /* dyn Bounds (or a bare trait object in 2015) */
} BmTypeRefKind;

typedef struct BmBound BmBound;

struct BmTypeRef {
  uint8_t kind;           /* BmTypeRefKind */
  bool mut;               /* REF, PTR */
  BmSym lifetime;         /* REF: the lifetime written, 0 when elided */
  uint32_t nelems;
  uint32_t nbounds;
  BmPath *path;           /* PATH */
  BmTypeRef *inner;       /* REF, PTR, ARRAY, SLICE */
  BmTypeRef **elems;      /* TUPLE, FN (parameters) */
  BmTypeRef *ret;         /* FN: NULL for () */
  BmBound *bounds;        /* IMPL, DYN */
  BmGenericArg len;       /* ARRAY: the length (a CONST generic argument) */
  uint32_t impl_param;    /* IMPL in a fn's parameters: index + 1 of the
                             anonymous type parameter it stands for */
  bool higher_ranked;     /* FN: for<'a> fn(&'a T) */
  BmRange span;
};

typedef enum { BM_BOUND_TRAIT, BM_BOUND_LIFETIME } BmBoundKind;

struct BmBound {
  uint8_t kind;           /* BmBoundKind */
  bool maybe;             /* ?Sized */
  bool higher_ranked;     /* for<'a> Trait<'a> */
  BmSym lifetime;         /* LIFETIME */
  BmPath *trait;          /* TRAIT: the trait's path with its arguments and
                             bindings (Iterator<Item = T>, Fn(i32) -> i32) */
  BmRange span;
};

typedef enum { BM_GP_LIFETIME, BM_GP_TYPE, BM_GP_CONST } BmGenericParamKind;

typedef struct {
  uint8_t kind;           /* BmGenericParamKind */
  bool is_impl_trait;     /* TYPE: an `impl Trait` argument (an anonymous param) */
  BmSym name;
  uint32_t nbounds;
  BmBound *bounds;        /* T: A + B, 'a: 'b */
  BmTypeRef *default_type;
  BmTypeRef *const_type;  /* CONST: its type */
  bool const_default;     /* CONST: `const N: usize = 3` */
  BmRange span;
} BmGenericParam;

typedef struct {
  BmTypeRef *lhs;         /* the bounded type; NULL for a lifetime predicate */
  BmSym lifetime;         /* 'a: 'b */
  bool higher_ranked;     /* for<'a> T: Trait<'a> */
  uint32_t nbounds;
  BmBound *bounds;
  BmRange span;
} BmWherePred;

typedef struct {
  uint32_t nparams, npreds;
  BmGenericParam *params;
  BmWherePred *preds;
  BmRange span;           /* the <...> written, or empty */
} BmGenerics;

typedef enum {
  BM_DEF_MOD,
  BM_DEF_STRUCT,
  BM_DEF_ENUM,
  BM_DEF_UNION,
  BM_DEF_VARIANT,         /* parent: its enum */
  BM_DEF_TRAIT,
  BM_DEF_TYPE_ALIAS,      /* `type X = T;` (in a module or an impl) */
  BM_DEF_ASSOC_TYPE,      /* `type Item;` / `type Item: Bound;` in a trait */
  BM_DEF_FN,              /* free fn, or associated fn (parent: impl or trait) */
  BM_DEF_CONST,           /* also associated consts */
  BM_DEF_STATIC,
  BM_DEF_IMPL,
  BM_DEF_MACRO,           /* macro_rules! (not expanded: uses are unsupported) */
  BM_DEF_USE,             /* one import (a leaf of a use tree) */
  BM_DEF_EXTERN_CRATE,
} BmDefKind;

typedef enum { BM_VIS_PRIVATE, BM_VIS_PUB, BM_VIS_RESTRICTED } BmVis;

typedef enum { BM_CTOR_NAMED, BM_CTOR_TUPLE, BM_CTOR_UNIT } BmCtorKind;

typedef struct {
  BmSym name;             /* 0 for a tuple field */
  uint8_t vis;            /* BmVis */
  BmTypeRef *type;
  BmRange span;
} BmFieldDef;

typedef enum {
  BM_SELF_PARAM_NONE,     /* no self: an associated fn */
  BM_SELF_PARAM_VALUE,    /* self / mut self */
  BM_SELF_PARAM_REF,      /* &self / &'a self */
  BM_SELF_PARAM_MUT,      /* &mut self */
  BM_SELF_PARAM_TYPED,    /* self: Box<Self>, self: &Rc<Self>... (self_type) */
} BmSelfParam;

/* Derives and marker attributes, as bits of BmDef.derives. */
enum {
  BM_DERIVE_CLONE = 1, BM_DERIVE_COPY = 2, BM_DERIVE_DEBUG = 4,
  BM_DERIVE_DEFAULT = 8, BM_DERIVE_PARTIAL_EQ = 16, BM_DERIVE_EQ = 32,
  BM_DERIVE_PARTIAL_ORD = 64, BM_DERIVE_ORD = 128, BM_DERIVE_HASH = 256,
  BM_DERIVE_UNKNOWN = 512,    /* a derive we do not model (serde...) */
  BM_ATTR_NON_EXHAUSTIVE = 1024, /* #[non_exhaustive] (matters for std's enums) */
  BM_DERIVE_NBITS = 10,
};

/* std's #[each_int] / #[each_signed] / #[each_unsigned] / #[each_int_pair] /
 * #[each_float] / #[each_tuple] impl blocks: stdlib.c makes one impl per
 * type (per pair, per tuple arity) and keeps the written one as a template. */
enum { BM_EACH_NONE, BM_EACH_INT, BM_EACH_SIGNED, BM_EACH_UNSIGNED, BM_EACH_FLOAT, BM_EACH_INT_PAIR,
       BM_EACH_TUPLE, BM_EACH_TEMPLATE };

typedef struct BmDef {
  uint8_t kind;           /* BmDefKind */
  uint8_t vis;            /* BmVis */
  uint8_t ctor;           /* STRUCT, VARIANT: BmCtorKind */
  uint8_t self_param;     /* FN: BmSelfParam */
  uint8_t each;           /* IMPL in std: BM_EACH_* */
  bool self_mut;          /* FN: `mut self` */
  bool has_body;          /* FN: a body was written (not a signature); CONST/STATIC: a value */
  bool is_std;            /* declared in core/std */
  bool negative;          /* IMPL: impl !Trait for T */
  bool is_unsafe;         /* FN, TRAIT, IMPL */
  bool is_async;          /* FN */
  bool is_const_fn;       /* FN */
  bool auto_trait;        /* TRAIT: an auto trait (Send, Sync) */
  bool mut_static;        /* STATIC: static mut */
  bool is_glob;           /* USE: `path::*` */
  bool unsupported;       /* something inside is not modelled (see why) */
  uint16_t derives;       /* STRUCT, ENUM, UNION: BM_DERIVE_* bits */
  const BmRange *derive_spans; /* with derives: the name in `#[derive(..)]` of each
                             derive, indexed by its bit's position (BM_DERIVE_NBITS) */
  uint32_t nfields;
  uint32_t nitems;
  uint32_t nparams;       /* FN: parameters, without self */
  BmSym name;             /* 0 for impls and globs */
  BmSym lang;             /* #[lang = "..."], 0 when none */
  BmDefId parent;         /* the enclosing def: module, enum, trait, impl, or the
                             fn whose body holds it; BM_NONE_ID for a crate root */
  BmDefId module;         /* the nearest enclosing module (or block scope) */
  BmRange span;           /* the whole item */
  BmRange vis_span;       /* the `pub`/`pub(...)` written on it; empty when none */
  BmRange name_span;
  BmGenerics generics;
  BmFieldDef *fields;     /* STRUCT, UNION, VARIANT */
  BmDefId *items;         /* MOD: its items; ENUM: its variants; TRAIT, IMPL: members */
  BmTypeRef *type;        /* TYPE_ALIAS: the aliased type; CONST, STATIC: the type;
                             IMPL: the self type; USE: unused */
  BmPath *trait_ref;      /* IMPL: the trait (NULL for an inherent impl) */
  uint32_t nbounds;
  BmBound *bounds;        /* TRAIT: supertraits; ASSOC_TYPE: bounds */
  BmTypeRef **params;     /* FN: parameter types, without self */
  BmTypeRef *self_type;   /* FN with TYPED self: its type */
  BmTypeRef *ret;         /* FN: NULL for () */
  BmBody *body;           /* FN with a body; CONST, STATIC: the value;
                             VARIANT: the discriminant expression */
  BmPath *use_path;       /* USE: the full path imported (`a::b::c`, `a::b` for a glob);
                             EXTERN_CRATE: the crate name */
  const char *why;        /* unsupported: what is not modelled */
} BmDef;

/* Expressions. Children are expression ids of the same body; lists are
 * ranges of body->list (a flat array of ids). */
typedef enum {
  BM_EX_MISSING,          /* nothing (a parse we do not model); type error-free */
  BM_EX_LIT,              /* lit_kind, lit */
  BM_EX_PATH,             /* path (res filled by resolve.c) */
  BM_EX_CALL,             /* a(list...) */
  BM_EX_METHOD,           /* a.name::<generic args of path>(list...) */
  BM_EX_FIELD,            /* a.name (name "0" for a tuple field: field_index) */
  BM_EX_INDEX,            /* a[b] */
  BM_EX_UNARY,            /* op a: BM_UN_* */
  BM_EX_BINARY,           /* a op b: BM_BIN_* (&& and || included) */
  BM_EX_ASSIGN,           /* a = b */
  BM_EX_COMPOUND,         /* a op= b */
  BM_EX_REF,              /* &a / &mut a (mut) */
  BM_EX_CAST,             /* a as type */
  BM_EX_BLOCK,            /* { list (stmts) ; a (tail or NONE) }, label */
  BM_EX_IF,               /* if a { b } else c (c NONE); a may be a LET */
  BM_EX_LET,              /* `let pat = a` in a condition (pat) */
  BM_EX_MATCH,            /* match a { arms } */
  BM_EX_LOOP,             /* loop a (block), label */
  BM_EX_WHILE,            /* while a { b }, label */
  BM_EX_FOR,              /* for pat in a { b }, label */
  BM_EX_BREAK,            /* break 'label a */
  BM_EX_CONTINUE,         /* continue 'label */
  BM_EX_RETURN,           /* return a */
  BM_EX_CLOSURE,          /* closure: closure index */
  BM_EX_TUPLE,            /* (list) */
  BM_EX_ARRAY,            /* [list] */
  BM_EX_REPEAT,           /* [a; b] */
  BM_EX_STRUCT,           /* path { fields.. , ..a } */
  BM_EX_RANGE,            /* a..b, a..=b (inclusive); a or b NONE when absent */
  BM_EX_TRY,              /* a? */
  BM_EX_MACRO,            /* a std macro: macro index */
  BM_EX_UNSAFE,           /* unsafe { } (a: the block) */
  BM_EX_UNSUPPORTED,      /* a construct not modelled (why): makes the body incomplete */
} BmExprKind;

typedef enum {
  BM_UN_DEREF, BM_UN_NOT, BM_UN_NEG,
} BmUnOp;

typedef enum {
  BM_BIN_ADD, BM_BIN_SUB, BM_BIN_MUL, BM_BIN_DIV, BM_BIN_REM,
  BM_BIN_AND, BM_BIN_OR,                    /* && || */
  BM_BIN_BITAND, BM_BIN_BITOR, BM_BIN_BITXOR, BM_BIN_SHL, BM_BIN_SHR,
  BM_BIN_EQ, BM_BIN_NE, BM_BIN_LT, BM_BIN_LE, BM_BIN_GT, BM_BIN_GE,
} BmBinOp;

typedef enum {
  BM_LIT_INT, BM_LIT_FLOAT, BM_LIT_BOOL, BM_LIT_CHAR, BM_LIT_STR,
  BM_LIT_BYTE, BM_LIT_BYTE_STR, BM_LIT_C_STR,
} BmLitKind;

typedef struct {
  uint8_t kind;           /* BmLitKind */
  uint8_t suffix;         /* INT, FLOAT: a BmPrim suffix, or NONE */
  bool overflow;          /* INT: the value does not fit in 128 bits */
  uint64_t lo, hi;        /* INT: the value (unsigned 128 bits); BOOL, CHAR, BYTE: lo */
  double f;               /* FLOAT */
  const char *str;        /* STR, BYTE_STR: the value, escapes processed (arena) */
  uint32_t len;           /* STR, BYTE_STR: its length in bytes */
} BmLit;

typedef struct {
  uint8_t kind;           /* BmExprKind */
  uint8_t op;             /* UNARY, BINARY, COMPOUND */
  bool mut;               /* REF: &mut */
  bool inclusive;         /* RANGE: ..= */
  bool has_semi;          /* a statement expression followed by `;` */
  bool from_macro;        /* made by a macro's expansion (span: the invocation) */
  BmSym name;             /* METHOD: the method; FIELD: the field ("0" for .0);
                             BLOCK/LOOP/WHILE/FOR/BREAK/CONTINUE: the label */
  uint32_t field_index;   /* FIELD on a tuple: the index, else UINT32_MAX */
  BmExprId a, b, c;
  BmPatId pat;            /* LET, FOR */
  uint32_t list, nlist;   /* CALL, METHOD: args; BLOCK: stmts; TUPLE, ARRAY: elems;
                             MATCH: arms (indices into body->arms); STRUCT: fields
                             (indices into body->field_inits) */
  uint32_t index;         /* CLOSURE: into body->closures; MACRO: into body->macros;
                             BLOCK: the block's scope (a MOD def holding the items
                             declared in it), or NONE */
  BmPath *path;           /* PATH, STRUCT; METHOD: its turbofish as one segment */
  BmTypeRef *type;        /* CAST */
  BmLit lit;              /* LIT */
  BmRange span;
  BmRange name_span;      /* METHOD, FIELD: the name; BINARY, COMPOUND: the operator */
  const char *why;        /* UNSUPPORTED */
} BmExpr;

typedef enum {
  BM_PAT_WILD,            /* _ */
  BM_PAT_BIND,            /* [ref] [mut] name [@ a] */
  BM_PAT_LIT,             /* lit (negative literals folded in) */
  BM_PAT_RANGE,           /* a..=b / a..b (bounds are LIT or PATH pats; NONE when open) */
  BM_PAT_PATH,            /* a unit struct, unit variant or const (path) */
  BM_PAT_TUPLE_STRUCT,    /* path(list) with rest at `rest` */
  BM_PAT_STRUCT,          /* path { fields } with `..` when has_rest */
  BM_PAT_TUPLE,           /* (list) with rest at `rest` */
  BM_PAT_REF,             /* &a / &mut a */
  BM_PAT_SLICE,           /* [list] with a rest pattern inside */
  BM_PAT_OR,              /* a | b | ... (list) */
  BM_PAT_REST,            /* `..` inside a tuple or slice pattern (or `x @ ..`) */
  BM_PAT_BOX,             /* not in the grammar; reserved */
  BM_PAT_UNSUPPORTED,     /* a macro in pattern position, ... */
} BmPatKind;

typedef enum { BM_BM_VALUE, BM_BM_REF, BM_BM_REF_MUT } BmBindMode;

typedef struct {
  uint8_t kind;           /* BmPatKind */
  uint8_t mode;           /* BIND: the mode written (ref / ref mut), else VALUE */
  bool mut;               /* BIND: `mut x`; REF: &mut */
  bool has_rest;          /* STRUCT: `..` */
  bool inclusive;         /* RANGE */
  BmSym name;             /* BIND */
  BmPatId a, b;           /* BIND: subpattern (@) or NONE; REF: inner; RANGE: bounds */
  uint32_t list, nlist;   /* TUPLE_STRUCT, TUPLE, SLICE, OR: subpatterns;
                             STRUCT: into body->field_pats */
  uint32_t rest;          /* TUPLE, TUPLE_STRUCT: position of `..` in the list, or
                             UINT32_MAX (the REST pattern stays in the list) */
  BmPath *path;           /* PATH, TUPLE_STRUCT, STRUCT */
  BmLit lit;              /* LIT */
  bool lit_neg;           /* LIT: a negative literal */
  BmRange span;
  const char *why;
} BmPat;

typedef enum { BM_ST_LET, BM_ST_EXPR, BM_ST_ITEM, BM_ST_EMPTY } BmStmtKind;

typedef struct {
  uint8_t kind;           /* BmStmtKind */
  BmPatId pat;            /* LET */
  BmTypeRef *type;        /* LET: the annotation, or NULL */
  BmExprId init;          /* LET: the initialiser or NONE; EXPR: the expression */
  BmExprId els;           /* LET: the `else` block of let-else, or NONE */
  BmDefId item;           /* ITEM */
  BmRange span;
} BmStmt;

typedef struct {
  BmPatId pat;
  BmExprId guard;         /* `if` guard, or NONE */
  BmExprId body;
  BmRange span;
} BmArm;

typedef struct {
  BmSym name;             /* the field, or 0 for a base `..expr` */
  uint32_t index;         /* a numeric field name (`0: x`), else UINT32_MAX */
  BmExprId value;
  bool shorthand;         /* `Point { x }` */
  BmRange span;           /* the field's name */
} BmFieldInit;

typedef struct {
  BmSym name;
  uint32_t index;         /* numeric field, else UINT32_MAX */
  BmPatId pat;
  bool shorthand;
  BmRange span;
} BmFieldPat;

typedef struct {
  uint32_t params, nparams;   /* into body->closure_params */
  BmTypeRef *ret;
  BmExprId body;
  bool is_move;
  bool is_async;
  BmRange span;               /* the whole closure */
  BmRange head;               /* `|...|` (rustc points some errors here) */
} BmClosure;

typedef struct {
  BmPatId pat;
  BmTypeRef *type;            /* NULL when not written */
} BmClosureParam;

/* The std macros modelled (everything else is BM_MAC_UNKNOWN, unsupported). */
typedef enum {
  BM_MAC_UNKNOWN,
  BM_MAC_PRINTLN, BM_MAC_PRINT, BM_MAC_EPRINTLN, BM_MAC_EPRINT,
  BM_MAC_FORMAT, BM_MAC_WRITE, BM_MAC_WRITELN, BM_MAC_PANIC,
  BM_MAC_FORMAT_ARGS,
  BM_MAC_ASSERT, BM_MAC_ASSERT_EQ, BM_MAC_ASSERT_NE,
  BM_MAC_DEBUG_ASSERT, BM_MAC_DEBUG_ASSERT_EQ, BM_MAC_DEBUG_ASSERT_NE,
  BM_MAC_UNREACHABLE, BM_MAC_TODO, BM_MAC_UNIMPLEMENTED,
  BM_MAC_VEC, BM_MAC_MATCHES, BM_MAC_DBG,
} BmMacroKind;

/* One piece of a format string: literal text, or an argument with its spec. */
typedef enum { BM_FP_TEXT, BM_FP_ARG } BmFmtPieceKind;
typedef enum { BM_FT_DISPLAY, BM_FT_DEBUG, BM_FT_LOWER_HEX, BM_FT_UPPER_HEX,
               BM_FT_OCTAL, BM_FT_BINARY, BM_FT_LOWER_EXP, BM_FT_UPPER_EXP,
               BM_FT_POINTER, BM_FT_UNKNOWN } BmFmtTrait;
typedef enum { BM_FA_NONE, BM_FA_LEFT, BM_FA_CENTER, BM_FA_RIGHT } BmFmtAlign;
/* A width or precision: absent, a number, or taken from an argument. */
typedef enum { BM_FC_NONE, BM_FC_NUM, BM_FC_ARG, BM_FC_STAR } BmFmtCountKind;
typedef struct { uint8_t kind; uint32_t value; /* NUM: the count; ARG: the argument index */ } BmFmtCount;

typedef struct {
  uint8_t kind;           /* BmFmtPieceKind */
  uint8_t trait;          /* ARG: BmFmtTrait */
  uint8_t align;          /* ARG: BmFmtAlign */
  bool sign_plus, sign_minus, alternate, zero_pad, debug_hex_lower, debug_hex_upper;
  uint32_t fill;          /* ARG: the fill character (default ' ') */
  uint32_t arg;           /* ARG: index into the macro's args */
  BmFmtCount width, precision;
  const char *text;       /* TEXT: the literal text, `{{` unescaped (arena) */
  uint32_t text_len;
  BmRange span;           /* the piece's bytes in the source (inside the literal) */
} BmFmtPiece;

typedef struct {
  BmExprId expr;          /* the argument's expression */
  BmSym name;             /* `name = expr`, or 0 */
  bool implicit;          /* `{x}` captured from the format string */
  bool used;
  BmRange span;
} BmFmtArg;

typedef struct {
  uint8_t kind;           /* BmMacroKind */
  BmSym name;             /* the macro's name as written */
  BmExprId target;        /* WRITE/WRITELN: the destination; ASSERT*: the condition
                             or the left side; MATCHES, DBG: the expression;
                             VEC: an ARRAY or REPEAT expression */
  BmExprId right;         /* ASSERT_EQ/NE: the right side */
  BmPatId pat;            /* MATCHES */
  BmExprId guard;         /* MATCHES: `if` guard or NONE */
  bool has_format;        /* a format string was given */
  bool format_ok;         /* ... and it parsed (else format_error says why) */
  const char *format_error;
  BmRange format_span;    /* the string literal */
  uint32_t pieces, npieces;   /* into body->fmt_pieces */
  uint32_t args, nargs;       /* into body->fmt_args */
  BmRange span;           /* the whole invocation */
} BmMacro;

struct BmBody {
  BmDefId owner;
  BmArray(BmExpr) exprs;
  BmArray(BmPat) pats;
  BmArray(BmStmt) stmts;
  BmArray(uint32_t) list;
  BmArray(BmArm) arms;
  BmArray(BmFieldInit) field_inits;
  BmArray(BmFieldPat) field_pats;
  BmArray(BmClosure) closures;
  BmArray(BmClosureParam) closure_params;
  BmArray(BmMacro) macros;
  BmArray(BmFmtPiece) fmt_pieces;
  BmArray(BmFmtArg) fmt_args;
  BmArray(BmPatId) params;    /* FN: the parameter patterns, in order (without self) */
  BmPatId self_pat;           /* FN with a self parameter: a BIND pattern named self */
  BmExprId root;              /* the body's block (FN) or value (CONST, STATIC) */
  bool unsupported;           /* something in it is not modelled */
  const char *why;
  BmRange why_span;
};

/* The definitions of one crate: std's (made once per session) or the
 * snippet's (per analysis). DefIds are global: std's come first. */
typedef struct {
  BmArena *arena;
  BmSymTab *syms;
  BmDefId base;               /* the first id of this table */
  BmArray(BmDef) defs;
  BmDefId root;               /* the crate root module */
  BmArray(BmBody *) bodies;   /* every body, in source order */
  uint16_t file;              /* std: the file being read */
} BmCrate;

typedef struct {
  BmArena *arena;
  BmArena *scratch;           /* where the children lists read while lowering
                                 (hir.c, kids) go: the caller's, emptied by it
                                 once bm_hir_lower_file returns, since nothing
                                 lowered points into it; NULL: arena */
  BmSymTab *syms;
  TSParser *parser;           /* for macro arguments */
  const char *text;           /* the text the tree was parsed from */
  uint32_t length;
  BmDiagSink *sink;           /* NULL for std (its errors are bugs, see stdlib.c) */
  const BmMacros *macros;     /* the std macros' arguments, parsed once (macros.c);
                                 NULL: each is parsed where it is met */
  BmCrate *crate;
  uint16_t file;
  bool is_std;
  int depth;
  uint32_t work;              /* nodes visited, against BM_HIR_MAX_WORK */
} BmHirBuilder;

enum { BM_HIR_MAX_DEPTH = 256 };

BmPrim bm_prim_from_sym(BmSym s);
/* Lower a whole tree into `b->crate` (its root module becomes the crate
 * root, or, for std files, items are added to the existing root). The tree
 * is not retained: the HIR copies what it needs. */
void bm_hir_lower_file(BmHirBuilder *b, TSNode root);
/* The def with this id, from std or the snippet. */
BmDef *bm_def(const BmCrate *std, const BmCrate *local, BmDefId id);

/* ---------------------------------------------------------------- stdlib.c */

/* std as Rust declarations (the .rs files of core/std, embedded at build time): parsed
 * once per analyzer session into a session-owned crate. */
typedef struct BmStd BmStd;
typedef struct BmScopes BmScopes;   /* resolve.c: the name tables of a crate */
typedef struct BmImplIndex BmImplIndex; /* trait.c: the impls of a crate */
typedef struct BmMethodIndex BmMethodIndex; /* method.c: associated items by name */

/* Roles the core needs std items for (#[lang = "..."] in core/std). */
#define BM_LANG_ITEMS(X)                                                        \
  X(sized, "sized") X(copy, "copy") X(clone, "clone") X(send, "send")           \
  X(sync, "sync") X(drop, "drop") X(deref, "deref") X(deref_mut, "deref_mut")  \
  X(deref_target, "deref_target") X(index, "index") X(index_mut, "index_mut")   \
  X(add, "add") X(sub, "sub") X(mul, "mul") X(div, "div") X(rem, "rem")        \
  X(neg, "neg") X(not, "not") X(bitand, "bitand") X(bitor, "bitor")            \
  X(bitxor, "bitxor") X(shl, "shl") X(shr, "shr") X(add_assign, "add_assign")   \
  X(sub_assign, "sub_assign") X(mul_assign, "mul_assign")                       \
  X(div_assign, "div_assign") X(rem_assign, "rem_assign")                       \
  X(bitand_assign, "bitand_assign") X(bitor_assign, "bitor_assign")             \
  X(bitxor_assign, "bitxor_assign") X(shl_assign, "shl_assign")                 \
  X(shr_assign, "shr_assign") X(eq, "eq") X(partial_ord, "partial_ord")         \
  X(fn, "fn") X(fn_mut, "fn_mut") X(fn_once, "fn_once")                         \
  X(fn_once_output, "fn_once_output") X(iterator, "iterator")                   \
  X(into_iterator, "IntoIterator") X(from_iterator, "FromIterator")           \
  X(option, "Option") X(result, "Result") X(string, "String") X(vec, "Vec")     \
  X(owned_box, "owned_box") X(range, "Range") X(range_inclusive, "RangeInclusive") \
  X(range_from, "RangeFrom") X(range_to, "RangeTo")                             \
  X(range_to_inclusive, "RangeToInclusive") X(range_full, "RangeFull")          \
  X(display, "Display") X(debug, "Debug") X(from, "From") X(into, "Into")       \
  X(default, "Default") X(from_str, "FromStr") X(to_string, "ToString")         \
  X(partial_eq, "PartialEq") X(ord, "Ord") X(eq_trait, "Eq") X(hash, "Hash")   \
  X(formatter, "Formatter") X(fmt_result, "fmt_result") X(fmt_error, "fmt_Error") \
  X(arguments, "Arguments") X(termination, "Termination") X(error, "Error")    \
  X(rc, "Rc") X(arc, "Arc") X(refcell, "RefCell") X(cell, "Cell")              \
  X(hashmap, "HashMap") X(fmt_write, "fmt_Write") X(io_write, "io_Write")      \
  X(unsize, "unsize") X(phantom_data, "phantom_data") X(octal, "Octal")           \
  X(binary, "Binary") X(lower_hex, "LowerHex") X(upper_hex, "UpperHex")       \
  X(pointer, "Pointer") X(lower_exp, "LowerExp") X(upper_exp, "UpperExp")

typedef enum {
#define BM_X(n, s) BM_LANG_##n,
  BM_LANG_ITEMS(BM_X)
#undef BM_X
  BM_LANG_COUNT
} BmLang;

typedef struct {
  const char *path;
  const char *text;
  uint32_t length;
} BmStdSource;

/* Parse and resolve declarations (the embedded ones: bm_std_new). NULL
 * when memory runs out. The caller owns the result; free it with
 * bm_std_delete. */
BmStd *bm_std_new(TSParser *parser);
BmStd *bm_std_new_from(TSParser *parser, const BmStdSource *files, uint32_t n);
void bm_std_delete(BmStd *std);
const BmCrate *bm_std_crate(const BmStd *std);
BmSymTab *bm_std_syms(const BmStd *std);
const BmScopes *bm_std_scopes(const BmStd *std);
BmDefId bm_std_lang(const BmStd *std, BmLang item);
/* The prelude module of an edition. */
BmDefId bm_std_prelude(const BmStd *std, uint16_t edition);
/* std's impls (trait.c's index), built with the session. */
const BmImplIndex *bm_std_impls(const BmStd *std);
const BmMethodIndex *bm_std_methods(const BmStd *std);
/* Syntax errors in the declarations: "file:line:col" of the first, or NULL. */
const char *bm_std_error(const BmStd *std);

/* ---------------------------------------------------------------- resolve.c */

/* Names -> definitions. For each module of a crate (the root, `mod`s, the
 * scope of a block that declares items, and an enum for its variants) a
 * table of the names it defines or imports, per namespace; then every
 * path of the crate (in item signatures and in bodies) gets its BmRes.
 * Errors: E0425 E0433 E0432 E0423 E0422 E0404 E0405 E0532 E0573 E0603,
 * and "cannot find macro". A path into std that our declarations lack, an
 * external crate or a module whose items come from a macro resolves to
 * BM_RES_UNKNOWN: nothing is reported about it, and the body using it is
 * marked incomplete. */

typedef struct {
  BmDefId type, value, macro;   /* BM_NONE_ID when the name is absent there */
  bool dummy;                   /* a failed or unknown import: stay silent */
} BmBinding;

typedef enum { BM_NS_TYPE = 1, BM_NS_VALUE = 2, BM_NS_MACRO = 4 } BmNamespace;

typedef struct {
  BmArena *arena;
  BmSymTab *syms;
  const BmCrate *stdc;        /* std's crate; NULL while resolving std itself */
  const BmScopes *std_scopes;
  BmCrate *crate;             /* the crate resolved */
  BmScopes *scopes;           /* built by bm_resolve_crate */
  BmDiagSink *sink;           /* NULL: report nothing (resolving std) */
  BmDefId std_root;           /* std's root module */
  BmDefId prelude;            /* the prelude module, or BM_NONE_ID */
  uint16_t edition;           /* 2015, 2018, 2021, 2024 */
  uint32_t work;
} BmResolver;

/* Build the crate's name tables, resolve its imports and every path
 * (bm_resolve_crate = bm_resolve_imports, then bm_resolve_paths; std sets
 * its prelude between the two). */
void bm_resolve_crate(BmResolver *r);
void bm_resolve_imports(BmResolver *r);
void bm_resolve_paths(BmResolver *r);
/* A name defined or imported in a module (of either crate), after
 * resolution; globs included. */
BmBinding bm_scope_lookup(const BmResolver *r, BmDefId module, BmSym name);
/* A def of either crate. */
BmDef *bm_rdef(const BmResolver *r, BmDefId id);
/* What one non-glob import brings in (a dummy binding when it failed or
 * names what we cannot see), for the checks of name clashes (items.c). */
BmBinding bm_import_binding(BmResolver *r, BmDefId use);
/* What a single name means in the type namespace, seen from `module`
 * (block scopes, the module, the prelude): a def, or NONE. */
BmDefId bm_resolve_type_name(BmResolver *r, BmDefId module, BmSym name);
/* "function", "struct", "unit struct", "module"... for messages. */
const char *bm_def_descr(const BmDef *d);
/* May code in module `from` name an item declared with `vis` in module
 * `in`? (Items are visible in their module and its descendants.) */
bool bm_visible(const BmResolver *r, uint8_t vis, BmDefId in, BmDefId from);
/* The first module that is not a block scope, from a def's module. */
BmDefId bm_named_module(const BmResolver *r, BmDefId module);

/* ---------------------------------------------------------------- ty.c */

/* Types of the typed front end: interned per analysis (equal types are
 * the same pointer), with inference variables, generic parameters by
 * flattened index (a method's parameters come after its impl's or
 * trait's; a trait's parameter 0 is Self), regions kept only as far as
 * printing and 'static need them, and an error type that unifies with
 * everything and is never reported (what we do not know). */

typedef enum {
  BM_TK_ERR,          /* unknown: unifies with everything, never reported */
  BM_TK_INFER,        /* an inference variable: idx; sub: BmVarKind */
  BM_TK_BOOL, BM_TK_CHAR,
  BM_TK_INT,          /* sub: BmPrim (I8..USIZE) */
  BM_TK_FLOAT,        /* sub: BM_PRIM_F32 / F64 */
  BM_TK_STR, BM_TK_NEVER,
  BM_TK_TUPLE,        /* args */
  BM_TK_ARRAY,        /* args[0] element, args[1] the length (a CONST, PARAM or ERR) */
  BM_TK_SLICE,        /* args[0] */
  BM_TK_REF,          /* args[0] region, args[1] pointee; sub: 1 for &mut */
  BM_TK_PTR,          /* args[0] pointee; sub: 1 for *mut */
  BM_TK_ADT,          /* def (struct, enum, union), args: its generic arguments */
  BM_TK_FNDEF,        /* def (a fn, or a tuple struct / variant constructor), args */
  BM_TK_FNPTR,        /* args[0..n-1] parameters, args[n-1] the result */
  BM_TK_CLOSURE,      /* def: the body's owner; idx: the closure index */
  BM_TK_PARAM,        /* def: the declaring def; idx: flattened index */
  BM_TK_PROJ,         /* def: the associated type; args: the trait's arguments, Self first */
  BM_TK_DYN,          /* def: the trait (or NONE); args: its arguments without Self, then
                         the bound associated types (see ty.c); sub: BM_DYN_* bits */
  BM_TK_OPAQUE,       /* def: the fn returning `impl Trait`; idx: which; args: the fn's */
  BM_TK_CONST,        /* idx: a const value (array lengths) */
  BM_TK_RE_STATIC, BM_TK_RE_ERASED,
  BM_TK_RE_PARAM,     /* def: the declaring def; idx: the lifetime's name (a BmSym) */
} BmTyKind;

typedef enum { BM_VAR_GENERAL, BM_VAR_INT, BM_VAR_FLOAT } BmVarKind;

enum { BM_DYN_SEND = 1, BM_DYN_SYNC = 2 };

enum {
  BM_TYF_INFER = 1,   /* contains inference variables */
  BM_TYF_ERR = 2,     /* contains the error type */
  BM_TYF_PARAM = 4,   /* contains generic parameters */
  BM_TYF_PROJ = 8,    /* contains projections or opaque types */
};

typedef struct BmTy BmTy;
struct BmTy {
  uint8_t kind;       /* BmTyKind */
  uint8_t sub;
  uint16_t flags;     /* BM_TYF_*, of the type and its arguments */
  uint16_t depth;     /* 1 + the deepest argument */
  uint32_t nargs;
  uint32_t def;
  uint32_t hash;
  uint64_t idx;
  BmTy **args;
};

/* A generic parameter of a def, flattened: the parent's first. */
typedef struct {
  BmDefId owner;          /* the def declaring it */
  const BmGenericParam *param;   /* NULL for a trait's Self */
  uint8_t kind;           /* BmGenericParamKind */
  BmSym name;
} BmGenericInfo;

typedef struct {
  BmDefId parent;         /* whose parameters come first, or NONE */
  uint32_t parent_count;
  uint32_t count;         /* parent_count + own */
  BmGenericInfo *params;  /* count entries */
  bool has_self;          /* a trait: parameter 0 is Self */
} BmGenericsInfo;

typedef struct BmTcx BmTcx;

/* The type context of one analysis: the crates, the resolver, the type
 * interner and caches of what ty.c, trait.c and infer.c compute per def. */
struct BmTcx {
  BmArena *arena;
  BmDiagSink *sink;           /* where type errors go */
  const BmSource *src;
  BmResolver *res;
  const BmCrate *stdc;
  BmCrate *local;
  BmSymTab *syms;
  const BmStd *std;
  uint32_t ndefs;             /* std's and the snippet's */
  /* the interner */
  BmTy **table;
  uint32_t ntable, cap;
  BmTy *err, *unit, *never, *boolean, *chr, *str, *re_erased, *re_static;
  BmTy *ints[BM_PRIM_STR + 1];
  /* per-def caches (generics, types, signatures, trait refs, predicates):
     a hash of (cache, def) -> value, so an analysis pays only for the defs
     it touches, not for all of std's (bm_def_slot) */
  struct BmDefSlot *slots;
  uint32_t nslots, slot_cap;
  struct BmTraitIndex *tindex;   /* trait.c: impls by trait and head, and a
                                    cache of goals without variables */
  struct BmMethodIndex *mindex;  /* method.c: associated items by name */
  /* infer.c: a fresh variable for `_` and missing generic arguments
     (NULL outside bodies: the error type) */
  BmTy *(*fresh)(void *ctx);
  void *fresh_ctx;
  /* infer.c, around a value path (`ControlFlow::Continue(1)`, `S { .. }`):
     parameters without written arguments are inferred, defaults unused */
  bool no_defaults;
  uint32_t work;
  uint16_t edition;
};

typedef enum { BM_SLOT_GENERICS, BM_SLOT_TYPE_OF, BM_SLOT_SIG, BM_SLOT_TRAIT_REF, BM_SLOT_PREDS } BmSlotKind;
/* The cache slot of a def (NULL until filled). */
void **bm_def_slot(BmTcx *tcx, BmSlotKind kind, BmDefId def);

BmTy *bm_ty_mk(BmTcx *tcx, uint8_t kind, uint8_t sub, uint32_t def, uint64_t idx,
               BmTy *const *args, uint32_t nargs);
BmTy *bm_ty_int(BmTcx *tcx, BmPrim p);
BmTy *bm_ty_ref(BmTcx *tcx, BmTy *region, BmTy *inner, bool mut);
BmTy *bm_ty_tuple(BmTcx *tcx, BmTy *const *elems, uint32_t n);
BmTy *bm_ty_adt(BmTcx *tcx, BmDefId def, BmTy *const *args, uint32_t n);
BmTy *bm_ty_slice(BmTcx *tcx, BmTy *elem);
BmTy *bm_ty_array(BmTcx *tcx, BmTy *elem, BmTy *len);
BmTy *bm_ty_param(BmTcx *tcx, BmDefId owner, uint32_t idx);
BmTy *bm_ty_const(BmTcx *tcx, uint64_t value);
BmTy *bm_ty_var(BmTcx *tcx, uint32_t id, BmVarKind kind);
bool bm_ty_is_region(const BmTy *t);

/* The flattened generics of a def (a fn in an impl has the impl's first;
 * a trait has Self first). Cached. */
const BmGenericsInfo *bm_generics_of(BmTcx *tcx, BmDefId def);
/* Replace parameters by index: args has at least the def's count. */
BmTy *bm_ty_subst(BmTcx *tcx, BmTy *t, BmTy *const *args, uint32_t nargs);
/* Each parameter as itself, for checking a body or item. */
BmTy **bm_identity_args(BmTcx *tcx, BmDefId def, uint32_t *n);

/* Type syntax -> type, in the context of `item` (whose generics are in
 * scope). `_` becomes the error type here (infer.c makes variables). */
BmTy *bm_ty_lower(BmTcx *tcx, BmDefId item, const BmTypeRef *t);
/* The type of an ADT's field, a const's or static's type, an alias's
 * target, an impl's self type: in terms of the def's own parameters. */
BmTy *bm_type_of(BmTcx *tcx, BmDefId def);
BmTy *bm_field_ty(BmTcx *tcx, BmDefId adt_or_variant, uint32_t field);

/* A fn's signature in terms of its generics. */
typedef struct {
  BmDefId def;
  uint32_t nparams;       /* with self first when the fn has a receiver */
  BmTy **params;
  BmTy *ret;
  bool has_self;
  bool c_variadic;
} BmSig;
const BmSig *bm_fn_sig(BmTcx *tcx, BmDefId fn);

/* As rustc prints it: `i32`, `&str`, `Vec<String>`, `{integer}`, `[i32; 3]`. */
const char *bm_ty_str(BmTcx *tcx, BmTy *t);
/* The def of a def-id's type for messages: "struct", "enum", "union". */
const char *bm_adt_descr(BmTcx *tcx, BmDefId def);
/* The generic arguments written on a path segment for `def` (its parent's
 * given), defaults and fresh variables for the rest. *bad_count when more
 * type arguments are written than the def has. */
BmTy **bm_lower_seg_args(BmTcx *tcx, BmDefId item, BmDefId def, const BmPathSeg *seg,
                         BmTy *const *parent_args, uint32_t nparent, uint32_t *out_n, bool *bad_count);
/* A trait path as a trait ref with `self`: its arguments, Self first. */
BmTy **bm_lower_trait_ref(BmTcx *tcx, BmDefId item, const BmPath *p, BmTy *self, uint32_t *n);
BmDefId bm_assoc_type_named(BmTcx *tcx, BmDefId trait, BmSym name);

/* ---------------------------------------------------------------- trait.c */

/* Trait solving: does a type implement a trait (impls of std and the
 * snippet, derives, builtin impls, the bounds in scope), normalizing
 * associated types (`<Vec<T> as IntoIterator>::Item` -> T). Three-valued:
 * MAYBE when inference has not decided yet or we do not know, and only a
 * definite NO is ever reported (E0277). */

typedef enum { BM_SOLVE_NO, BM_SOLVE_YES, BM_SOLVE_MAYBE } BmSolve;

typedef struct BmInfer BmInfer;

/* A predicate: Self (args[0]) implements trait with args, or, for a
 * projection predicate, <args[0] as trait<args..>>::assoc == ty. */
typedef struct {
  BmDefId trait;
  BmTy **args;
  uint32_t nargs;
  BmDefId assoc;          /* NONE for a trait predicate */
  BmTy *ty;               /* projection predicates: the associated type's value */
  BmRange span;           /* where the obligation comes from */
  uint8_t why;            /* BmObligationWhy, for E0277's wording */
} BmPred;

typedef enum {
  BM_WHY_NONE, BM_WHY_CALL, BM_WHY_DISPLAY, BM_WHY_DEBUG, BM_WHY_SIZED,
  BM_WHY_TRY, BM_WHY_INDEX, BM_WHY_FOR, BM_WHY_METHOD, BM_WHY_SPAWN, BM_WHY_COLLECT,
} BmObligationWhy;

/* The impls of a crate (derives included) by trait and by the head of
 * their self type; std's is built once per session. */
BmImplIndex *bm_impl_index_new(BmArena *a, const BmCrate *stdc, const BmCrate *crate, const BmDefId *lang);
/* The head of a type (ADT def, primitive, &, [T]...) for a quick "may an
 * impl for this apply" test, from syntax or from a type. */
void bm_head_of_ref(const BmCrate *stdc, const BmCrate *local, const BmTypeRef *t, uint8_t *head, uint32_t *def);
void bm_head_of_ty(BmTy *t, uint8_t *head, uint32_t *def);
bool bm_head_fits(uint8_t impl_head, uint32_t impl_def, uint8_t head, uint32_t def);
/* The analysis's index: std's (from the session) and the snippet's. */
void bm_trait_index(BmTcx *tcx);
BmSolve bm_solve(BmInfer *ix, BmDefId trait, BmTy *const *args, uint32_t nargs, int depth);
bool bm_trait_may_hold_for_number(BmTcx *tcx, BmDefId trait, bool is_float);
/* Normalize the associated types in t as far as known. */
BmTy *bm_normalize(BmInfer *ix, BmTy *t);
/* The predicates a def's generics declare (its parents' too), in terms of
 * its own parameters: bounds, where clauses and, for paren-sugar and
 * `Assoc = T` bindings, projection predicates. */
void bm_predicates_of(BmTcx *tcx, BmDefId def, BmPred **out, uint32_t *n);
/* A trait's supertraits of a trait ref (elaboration), appended to out. */
bool bm_is_lang(BmTcx *tcx, BmDefId def, BmLang item);
BmDefId bm_lang(BmTcx *tcx, BmLang item);
/* The impls of `trait` (NONE: inherent impls) whose self type's head may be
 * t's: a list of impl defs. */
const BmDefId *bm_impls_for(BmTcx *tcx, BmDefId trait, BmTy *self, uint32_t *n);
/* An impl's trait ref in terms of its own parameters (Self first). */
BmTy **bm_impl_trait_ref(BmTcx *tcx, BmDefId impl, uint32_t *n);
/* Is the type Copy? (three-valued; uses the bounds of `env`'s def) */
BmSolve bm_is_copy(BmInfer *ix, BmTy *t);

/* ---------------------------------------------------------------- infer.c */

/* Type inference of one body: every expression and pattern gets a type;
 * method calls and paths their resolved def and arguments; expressions
 * their adjustments (autoref, autoderef, deref coercions). Unification on
 * union-find variables with an undo log (snapshots for probing),
 * integer and float literals defaulting to i32 and f64. Errors: E0308
 * E0282 E0599 E0609 E0610 E0614 E0600 E0608 E0369 E0368 E0061 E0057
 * E0063 E0560 E0023 E0026 E0027 E0277 E0599 E0616 E0624 E0606 E0604
 * E0605, reported only when every type involved is known. */

typedef enum { BM_UNIFY_FAIL, BM_UNIFY_OK, BM_UNIFY_MAYBE } BmUnify;

typedef enum { BM_AUTOREF_NONE, BM_AUTOREF_SHARED, BM_AUTOREF_MUT } BmAutoref;

/* How an expression's value is adjusted where it is used. */
typedef struct {
  uint8_t derefs;         /* autoderefs (method receivers, field access, deref coercion) */
  uint8_t autoref;        /* BmAutoref, after the derefs */
  bool unsize;            /* [T; N] -> [T], T -> dyn Trait */
  bool overloaded_deref;  /* some deref went through a Deref impl */
  bool never_to_any;
  bool reborrow;          /* &mut -> & or &mut -> &mut at a coercion site */
} BmAdjust;

typedef struct {
  BmDefId def;            /* the method / fn / const (NONE when unresolved) */
  BmTy **args;            /* its generic arguments */
  uint32_t nargs;
  bool via_trait;         /* a trait method (def is the trait's declaration) */
} BmCallee;

typedef struct {
  BmTy *params;           /* a tuple of the parameter types */
  BmTy *ret;
  uint8_t kind;           /* 0 Fn, 1 FnMut, 2 FnOnce: from captures (later) */
} BmClosureSig;

typedef struct {
  BmTy *value;
  uint32_t parent;
  uint8_t kind;           /* BmVarKind */
  BmRange origin;
} BmVar;

typedef struct {
  uint32_t var;
  BmTy *old_value;
  uint32_t old_parent;
  uint8_t old_kind;
} BmUndo;

typedef struct {
  BmSym label;
  bool is_loop;           /* `loop` (break may carry a value) */
  BmTy *ty;               /* its break type */
  bool broken;
} BmLoopCx;

typedef BmArray(BmLoopCx) BmLoopStack;

struct BmInfer {
  BmTcx *tcx;
  BmBody *body;
  BmDefId owner;
  BmArray(BmVar) vars;
  BmArray(BmUndo) undo;
  uint32_t snapshots;     /* open snapshots: changes are logged while > 0 */
  /* results, indexed by expression / pattern id */
  BmTy **expr_ty;
  BmTy **pat_ty;
  BmAdjust *adjust;
  BmCallee *callee;       /* METHOD, CALL (of a path), PATH (fn items, consts) */
  uint32_t *field;        /* FIELD: the field index, or UINT32_MAX */
  uint8_t *bind_mode;     /* BIND patterns: the binding mode after match ergonomics */
  BmClosureSig *closures; /* per closure of the body */
  /* obligations not yet decided */
  BmArray(BmPred) pending;
  /* the predicates in scope (the owner's bounds, elaborated) */
  BmPred *env;
  uint32_t nenv;
  BmTy *ret;              /* the fn's (or current closure's) return type */
  BmLoopStack loops;
  bool diverges;          /* the expression just checked diverges */
  bool incomplete;        /* something in the body is not modelled */
  const char *why;
  BmRange why_span;
  uint32_t errors;        /* type errors reported in this body */
  uint32_t typed, untyped;/* expressions fully typed / not, at the end */
  int depth;
  uint32_t solve_budget;  /* trait.c: steps left for the current goal */
  uint32_t closures_in;   /* closure bodies entered (break/continue: E0267) */
  BmDefId scope;          /* the module or block scope being checked */
  /* projections whose self type is not known yet: a variable each, with a
     projection predicate pending (trait.c) */
  BmArray(BmTy *) deferred;   /* pairs: projection, variable */
  bool no_defer;
  uint32_t normalizing;   /* bm_normalize calls active (an impl's predicates
                             normalize projections that normalize...) */
  uint32_t normalize_budget; /* projection steps left in the outermost one */
  uint32_t normalize_total;  /* projection steps taken in this body */
  /* variables a diverging expression (`!`) was coerced to: unresolved at
     the end, they fall back to `()`, as rustc's diverging variables do */
  BmArray(uint32_t) diverging;
};

BmTy *bm_infer_fresh(BmInfer *ix, BmVarKind kind, BmRange origin);
BmTy *bm_infer_shallow(BmInfer *ix, BmTy *t);
BmTy *bm_infer_resolve(BmInfer *ix, BmTy *t);
BmUnify bm_infer_unify(BmInfer *ix, BmTy *a, BmTy *b);
uint32_t bm_infer_snapshot(BmInfer *ix);
void bm_infer_rollback(BmInfer *ix, uint32_t snapshot);
void bm_infer_commit(BmInfer *ix, uint32_t snapshot);
/* Instantiate a def's generics with fresh variables. */
BmTy **bm_infer_instantiate(BmInfer *ix, BmDefId def, uint32_t *n, BmRange origin);
/* Does the type (resolved) still contain variables or unknowns? */
bool bm_infer_is_known(BmInfer *ix, BmTy *t);
void bm_infer_incomplete(BmInfer *ix, BmRange at, const char *why);

/* Check every body of the snippet (type diagnostics into tcx->sink); the
 * results stay in the returned array, one BmInfer per body, in
 * crate->bodies order. */
BmInfer **bm_typeck_crate(BmTcx *tcx);

/* ---------------------------------------------------------------- items.c */

/* The well-formedness of the snippet's items, after its bodies are typed
 * (`bodies`: bm_typeck_crate's result, per crate->bodies): trait impls
 * against their traits (E0046 E0407 E0437 E0438 E0050 E0053 E0185 E0186
 * E0201 E0449), coherence (E0117 E0119 E0120 E0184 E0204 E0207 E0592),
 * types (E0072 E0391 E0107 E0124) and names (E0428 E0252 E0255 E0403 E0261
 * E0262 E0415). Diagnostics go to tcx->sink; only what is certain. */
void bm_check_items(BmTcx *tcx, BmInfer **bodies);

/* A binary's entry point (analyzer.c calls it for BM_CRATE_BIN): no `main`
 * (E0601), or one with parameters (E0580), generics (E0131), async (E0752). */
void bm_check_main(BmTcx *tcx);

/* ---------------------------------------------------------------- method.c */

/* Method calls and associated items: the autoderef chain of the receiver,
 * then, at each step, by value, by & and by &mut, inherent methods before
 * trait methods (rustc's probe order). */

typedef struct {
  BmDefId def;            /* the method (an impl's, or a trait's declaration) */
  BmTy **args;            /* its generic arguments (impl/trait ones first) */
  uint32_t nargs;
  uint8_t derefs;
  uint8_t autoref;        /* BmAutoref */
  bool unsize;            /* array -> slice at the end of the chain */
  bool via_trait;
  bool overloaded_deref;
} BmPick;

typedef enum {
  BM_PROBE_FOUND, BM_PROBE_NOT_FOUND, BM_PROBE_UNKNOWN,
} BmProbe;

/* The associated items of a crate by name (std's: once per session). */
BmMethodIndex *bm_method_index_new(BmArena *a, const BmCrate *stdc, const BmCrate *crate);
BmProbe bm_probe_method(BmInfer *ix, BmTy *recv, BmSym name, BmPick *out);
/* `Type::name`: an associated fn, const or variant of a type. */
BmProbe bm_probe_assoc(BmInfer *ix, BmTy *base, BmSym name, BmPick *out);
/* One autoderef step: *t (builtin for & and Box, Deref impls otherwise),
 * or NULL. `overloaded` tells a Deref impl was used. */
BmTy *bm_autoderef_step(BmInfer *ix, BmTy *t, bool *overloaded);

/* ---------------------------------------------------------------- typeck.c */

/* The typed front end for one analysis: the snippet's HIR (hir.c), its
 * names (resolve.c) and types (infer.c) against the session's std. */
typedef struct {
  BmTcx *tcx;
  BmCrate *crate;             /* the snippet's HIR */
  BmResolver *res;
  BmInfer **bodies;           /* per crate->bodies */
  uint32_t resolve_errors;    /* diagnostics from resolve.c */
  uint32_t type_errors;       /* from infer.c and the item checks */
  uint32_t typed, untyped;    /* expressions */
} BmTyped;

/* Lower, resolve and type the snippet; diagnostics go to `sink`
 * (NULL: none). Everything lives in the sink's arena, except what the
 * lowering reads only while it runs, which goes to `scratch` when it is not
 * NULL (BmHirBuilder.scratch): the caller's, to empty once this returns. */
BmTyped *bm_typeck_program(BmArena *arena, BmArena *scratch, BmDiagSink *sink, const BmSource *src,
                           const BmStd *std, TSParser *parser, const BmMacros *macros, TSNode root,
                           uint16_t edition);
/* The inference results of the body owned by `def`, or NULL. */
BmInfer *bm_typed_body(const BmTyped *t, BmDefId def);

/* ---------------------------------------------------------------- match.c */

/* Exhaustiveness and refutability of the patterns of one inferred body
 * (rustc's usefulness algorithm): E0004 for a `match` some value reaches
 * no arm of, E0005 for a refutable pattern in a `let` without `else`, a
 * parameter or a `for`, E0170 for a binding named like a unit variant of
 * its type. Silent on a body with earlier errors and on whatever it
 * cannot know (types not inferred, patterns or constants not modelled,
 * possibly empty types). Diagnostics go to tcx->sink. */
void bm_check_matches(BmTcx *tcx, BmInfer *ix);

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
  bool has_drop;          /* an `impl Drop for` it */
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

/* A `static` or `const` item of the snippet, by name (value namespace). */
typedef struct {
  const char *name;
  BmType *type;
  bool is_static;         /* `static`, not `const` */
  bool mut_decl;          /* `static mut` */
  uint32_t start, decl_end;   /* the item, up to the end of its type */
} BmStatic;

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
  BmArray(BmStatic) statics;    /* statics and consts declared outside fn bodies */
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
/* The immutable `static` item the name denotes when it is the only static
 * or const of that name declared outside fn bodies; else NULL. */
const BmStatic *bm_program_static(const BmProgram *prog, const char *name);
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
enum {
  BM_STDFN_SPAWN = 1,
  BM_STDFN_RET_CARRIES_ARGS = 2,
  BM_STDFN_DIVERGES = 4,
  /* the result is another handle to what argument 0 points at
     (`Rc::clone(&a)`): it carries what `a` carries, not the borrow `&a` */
  BM_STDFN_RET_POINTEE_OF_ARG0 = 8,
};
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
  const char *drop_type;    /* FIELD of a struct or enum that implements Drop:
                               its name (moving out of it is E0509), or NULL */
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
  BM_F_POINT = 1024,         /* NOP: the end of a statement (span: the
                                statement), where perms.c reads the state */
  BM_F_ENTRY_POINT = 2048,   /* NOP: the parameters are bound (span: the
                                fn's head) */
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

/* What the move and borrow passes computed on one fn, kept for the
 * permissions view (perms.c). Sets are bit words, one row per node; all in
 * the analysis arena. A pass that did not finish leaves its part false. */
typedef struct {
  bool moves;               /* moves.c reached its fixpoint: */
  uint32_t nmo;             /*   the move-outs (a MOVE, or `let x;`) */
  const BmPlace **mo_place;
  uint32_t *mo_node;
  bool *mo_uninit;
  uint32_t WM;              /*   words per move-out set */
  const uint64_t *mo_in;    /*   per node: move-outs that may reach it */
  bool borrows;             /* borrows.c reached its fixpoint: */
  uint32_t WV, WL;          /*   words per local / loan set */
  const uint64_t *live_out; /*   per node: locals live after it */
  const uint64_t *loans_in; /*   per node: loans in scope before it */
  const uint64_t *carry;    /*   per local: loans it may carry */
} BmFnFacts;

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
  BmFnFacts *facts;         /* kept by moves.c and borrows.c for perms.c when
                               non-NULL (check.c sets it), else not kept */
} BmFn;

typedef struct BmPerms BmPerms; /* perms.c */
typedef struct BmLowerCtx BmLowerCtx;
struct BmLowerCtx {
  BmProgram *prog;
  BmDiagSink *sink;
  BmArray(BmFn *) fns;
  /* Called after each fn item is lowered, with the index of its first fn
   * in `fns` (its closures and nested fns follow it); may be NULL. */
  void (*after_item)(BmLowerCtx *cx, uint32_t first);
  bool stopped;             /* the work budget ran out; its note is out */
  const BmRange *tainted;   /* fn items with name or type errors (typeck.c): */
  uint32_t ntainted;        /* not borrow checked */
  BmPerms *perms;           /* the permissions view, or NULL: not computed */
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

/* ---------------------------------------------------------------- perms.c */

/* The permissions view (R W O F per place and statement) of the fns the
 * checker finished, as JSON and as a text table. Lives in `a`. */
BmPerms *bm_perms_new(BmArena *a, const BmSource *src);
/* One fn, after moves.c and borrows.c ran on it with fn->facts set;
 * `diag_first`: the sink's first diagnostic from this fn's checks. */
void bm_perms_fn(BmPerms *p, const BmDiagSink *sink, const BmFn *fn, uint32_t diag_first);
/* {"fns": [...]} (core/docs/timeline.md) */
const char *bm_perms_json(BmPerms *p);
const char *bm_perms_text(const BmPerms *p);

/* ---------------------------------------------------------------- lifetimes.c */

void bm_check_signatures(BmDiagSink *sink, BmProgram *prog, TSNode root);
/* Outlives constraints between a fn's lifetime parameters: a returned
 * reference derived from a parameter whose region is not known to outlive
 * the return type's: "lifetime may not live long enough" (no code) or E0621. */
void bm_check_regions(BmDiagSink *sink, BmProgram *prog, const BmFn *fn);

/* ---------------------------------------------------------------- check.c */

/* What the checker built (the lowered bodies, kept for tests and tools). */
typedef struct {
  BmProgram *prog;
  BmFn **fns;               /* every lowered body; none after an E0106 */
  uint32_t nfns;
} BmChecked;

/* The ownership checker over a tree without syntax errors. The result lives
 * in the sink's arena. */
BmChecked *bm_check_program(BmDiagSink *sink, const BmMacros *macros, TSNode root,
                            const char *text, const BmRange *tainted, uint32_t ntainted,
                            BmPerms *perms);

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
/* The same for n bytes that may hold NUL (a program's output). */
void bm_str_json_bytes(BmStr *s, const char *text, size_t n);

/* The whole result document. */
/* `timeline`: the "timeline" object, or NULL (then one saying none was built). */
typedef struct BmRunOutput BmRunOutput; /* interp.c: what a run printed */
/* bm_analyzer_run's result adds "run" (run != NULL; run_span: where its
 * reason points, line 0 when nowhere). */
/* `permissions`: the "permissions" object, or NULL (then left out). */
char *bm_json_result(BmArena *a, BmStatus status, const BmDiagSink *sink, const char *timeline,
                     const char *permissions, const BmRunOutput *run, BmSpan run_span);

/* ---------------------------------------------------------------- interp.c */

/* The interpreter runs `fn main` of a typed crate (bm_typeck_program) over
 * the HIR and the inference tables (types, callees, fields, binding modes);
 * it reads no source text. Values describe themselves (an integer carries
 * its width, an enum value its variant def), so formatting needs no types.
 * A place is a pointer to a value cell; a reference is a pointer to a
 * place. Everything a run allocates lives in one arena (the result's),
 * freed with it. What it does not model stops the run with a reason. */


#ifndef BM_RUN_STEPS
#define BM_RUN_STEPS (20 * 1000 * 1000)   /* the fuzz build sets a smaller one */
#endif
enum {
  BM_RUN_STEP_BUDGET = BM_RUN_STEPS,      /* expressions evaluated */
  BM_RUN_MAX_CALLS = 1000,                /* interpreted calls active at once */
  BM_RUN_MAX_BYTES = 256 * 1024 * 1024,   /* arena bytes a run may use */
  /* Guarded frames (limits.c) of the interpreter's own recursion, the
     same in every build. It bounds V8's stack in WebAssembly (about
     984 KB, not measurable from C; overflowing it is a trap): measured
     with node 20, a recursive call costs 5 to 6 guarded frames and the
     stack overflowed after about 4,000 of them (730 to 980 calls, in
     Liftoff and in optimized code), so about 250 bytes each; 2,048 frames
     keep under 600 KB. Natively 2,048 frames take about 1 MB of the 6 MiB
     budget. About 400 recursive calls of a small fn. */
  BM_RUN_MAX_DEPTH = 2048,
};

struct BmRunOutput {
  uint8_t status;       /* BmRunStatus (borrowmap.h) */
  int exit_code;        /* 0, 101, or process::exit's */
  BmStr out, err;       /* the program's stdout and stderr */
  const char *reason;   /* UNSUPPORTED, LIMIT, REJECTED: a sentence */
  uint32_t reason_byte; /* where (a byte of the source), or BM_NO_POINT */
  uint64_t steps;
};

typedef enum {
  BM_V_VOID,            /* no value: uninitialised or moved out */
  BM_V_INT,             /* prim: BmPrim; i: the value (sign-extended / zero-extended) */
  BM_V_FLOAT,           /* prim: F32 / F64 */
  BM_V_BOOL, BM_V_CHAR,
  BM_V_STR,             /* String and &str: s (String owns its buffer) */
  BM_V_TUPLE,           /* agg (0 elements: `()`) */
  BM_V_ARRAY,           /* arrays and slices: agg */
  BM_V_VEC,             /* Vec and VecDeque: agg */
  BM_V_ADT,             /* def: the struct or the enum variant; agg: its fields */
  BM_V_REF,             /* ptr: the place referred to (also raw pointers);
                           prim: a RefCell guard's BmGuard, else 0 */
  BM_V_BOX,             /* ptr: the heap cell */
  BM_V_RC,              /* rc: the shared box (Rc, Arc) */
  BM_V_CELL,            /* Cell, RefCell, Mutex: ptr, with a borrow flag in rc */
  BM_V_FN,              /* def: a fn item or constructor; fnargs: its generic arguments */
  BM_V_CLOSURE,         /* clo */
  BM_V_RANGE,           /* agg: start, end; prim: bit 1 has start, 2 has end, 4 inclusive */
  BM_V_ITER,            /* it: an iterator's state */
  BM_V_MAP,             /* HashMap / BTreeMap / HashSet / BTreeSet: agg of (k, v) tuples,
                           def: 1 when sorted (BTree), prim: 1 for a set */
  BM_V_FMT,             /* a Formatter (or io::stdout()): fmt */
  BM_V_WEAK,            /* rc::Weak: rc (NULL for Weak::new()) */
} BmValKind;

typedef struct BmVal BmVal;
typedef struct BmAgg BmAgg;
typedef struct BmVStr BmVStr;
typedef struct BmRcBox BmRcBox;
typedef struct BmClosureVal BmClosureVal;
typedef struct BmIterVal BmIterVal;
typedef struct BmFmtVal BmFmtVal;

/* The arena aligns to 8: a 128-bit integer kept at that alignment (the
 * typedef lowers it; GCC and Clang then emit unaligned-safe accesses). */
typedef __int128 BmI128 __attribute__((aligned(8)));

struct BmVal {
  uint8_t kind;         /* BmValKind */
  uint8_t prim;
  uint32_t def;
  union {
    BmI128 i;
    double f;
    uint32_t c;
    bool b;
    BmAgg *agg;
    BmVal *ptr;
    BmVStr *s;
    BmRcBox *rc;
    BmClosureVal *clo;
    BmIterVal *it;
    BmFmtVal *fmt;
  } u;
};

struct BmAgg { uint32_t n, cap; BmVal *items; };
/* cap 0 with len > 0: a view (a &str slice) of another string's bytes, which it
 * does not own; such bytes are not NUL-terminated. */
struct BmVStr { char *p; uint32_t len, cap; };
/* borrow: a RefCell's flag, as std keeps it: the number of live shared
 * guards held in bindings, or -1 for a mutable one (interp.c, "RefCell's
 * borrow flag"). */
struct BmRcBox { uint32_t strong, weak; int32_t borrow; BmVal value; };

/* A reference RefCell::borrow / borrow_mut handed out (its BmVal.prim). */
typedef enum {
  BM_GUARD_NONE = 0,
  BM_GUARD_REF, BM_GUARD_MUT,            /* not held by a binding yet */
  BM_GUARD_REF_HELD, BM_GUARD_MUT_HELD,  /* held: counted in the flag */
} BmGuard;


typedef struct BmInterp BmInterp;
/* A guard just bound to a local: count it in its cell's flag. */
void bm_interp_hold_guard(BmInterp *I, BmVal *v);

/* A call's frame: one value slot per pattern of the body (interp.c). */
typedef struct BmFrame BmFrame;
struct BmFrame {
  BmInfer *ix;
  BmBody *body;
  BmVal *slots;           /* per pattern id */
  uint8_t *moves;         /* per pattern id: 0 not known yet, 1 its type is Copy
                             (or may be), 2 it is not (a read moves), shared by
                             the frames of one body */
  int32_t *trace_slots;   /* per pattern id: the trace's slot (trace.c), or NULL */
};

struct BmClosureVal {
  BmFrame *env;           /* the frame whose slots it reads (a copy for `move`) */
  uint32_t index;         /* into env->body->closures */
};

typedef struct BmTrace BmTrace;

/* Run `fn main`; src gives panic locations. The output lives in `a`.
 * `tr`: the trace to feed with the run's steps (trace.c), or NULL. */
BmRunOutput *bm_interp_run(BmArena *a, const BmSource *src, BmTyped *typed, BmTrace *tr);
/* The locals of body b that closure `index` uses from outside it, its
 * captures (*out in a). */
uint32_t bm_closure_captures(BmArena *a, BmBody *b, uint32_t index, BmPatId **out);
/* The binding patterns of pattern `pat` of body b, in order (*out in a). */
uint32_t bm_pat_binds(BmArena *a, BmBody *b, BmPatId pat, BmPatId **out);
/* Stop the run quietly where the trace asks (status: BmRunStatus). */
void bm_interp_halt(BmInterp *I, uint8_t status, const char *reason);
/* Is a `return` (or `?`) leaving the current fn? */
bool bm_interp_returning(const BmInterp *I);
/* The run's output so far (its status once it stopped). */
const BmRunOutput *bm_interp_output(BmInterp *I);
/* The frame running now, and its depth (main: 1). */
BmFrame *bm_interp_frame(BmInterp *I);
uint32_t bm_interp_depth(BmInterp *I);

/* For interp_fmt.c and interp_std.c: */
BmVal bm_iv_unit(void);
BmVal bm_iv_int(BmPrim p, __int128 v);
BmVal bm_iv_bool(bool b);
BmVal bm_iv_str(BmInterp *I, const char *p, uint32_t len);
/* Append to a String's buffer (capacity doubling; stops the run past the
 * memory cap). */
void bm_iv_str_append(BmInterp *I, BmVStr *s, const char *p, uint32_t n);
BmVal bm_iv_agg(BmInterp *I, uint8_t kind, uint32_t n);
BmVal bm_iv_ref(BmInterp *I, BmVal *place);
/* Some(v) / None / Ok(v) / Err(v), as std's variants. */
BmVal bm_iv_some(BmInterp *I, BmVal v);
BmVal bm_iv_none(BmInterp *I);
BmVal bm_iv_ok(BmInterp *I, BmVal v);
BmVal bm_iv_err(BmInterp *I, BmVal v);
/* Is v the variant Some / Ok (of std's Option / Result)? */
bool bm_iv_is_some(BmInterp *I, const BmVal *v);
bool bm_iv_is_ok(BmInterp *I, const BmVal *v);
/* A copy of a value (aggregates copied, references and Rc shared). */
BmVal bm_iv_copy(BmInterp *I, const BmVal *v);
/* Through references, Box and Rc to the value they lead to. */
BmVal *bm_iv_deref_all(BmVal *v);
void bm_iv_push(BmInterp *I, BmAgg *agg, BmVal v);
BmVal *bm_iv_alloc_cell(BmInterp *I, BmVal v);
/* Stop the run: a panic with this message at byte `at` of the source. */
void bm_interp_panic(BmInterp *I, uint32_t at, const char *fmt, ...) BM_PRINTF(3, 4);
/* Stop the run: something not modelled. */
void bm_interp_unsupported(BmInterp *I, uint32_t at, const char *fmt, ...) BM_PRINTF(3, 4);
/* Has the run stopped (panic, unsupported, limit)? */
bool bm_interp_stopped(const BmInterp *I);
BmArena *bm_interp_arena(BmInterp *I);
const char *bm_interp_def_name(BmInterp *I, BmDefId def);
const BmDef *bm_interp_def(BmInterp *I, BmDefId def);
/* Call a callable value (closure, fn item) with arguments. */
BmVal bm_interp_call_value(BmInterp *I, BmVal *callee, BmVal *args, uint32_t nargs, uint32_t at);
/* A user impl's method of a std trait (Display, Debug, ...) for the value's
 * type, or NONE. */
BmDefId bm_interp_user_impl(BmInterp *I, BmLang trait, const BmVal *v, BmSym method);
/* Call a user fn with these argument values. */
BmVal bm_interp_call_def(BmInterp *I, BmDefId fn, BmVal *args, uint32_t nargs, uint32_t at);
/* Structural equality and ordering (-1, 0, 1; 2 for unordered floats), running
 * user PartialEq / PartialOrd impls where the values have them. */
bool bm_interp_eq(BmInterp *I, const BmVal *a, const BmVal *b, uint32_t at);
int bm_interp_cmp(BmInterp *I, const BmVal *a, const BmVal *b, uint32_t at);
uint32_t bm_interp_variant_index(BmInterp *I, BmDefId variant);
/* The type of the call expression being evaluated (what `collect`, `parse`,
 * `sum`, `into` produce), or NULL. */
BmTy *bm_interp_call_ty(BmInterp *I);
BmTcx *bm_interp_tcx(BmInterp *I);
const char *bm_interp_field_name(BmInterp *I, BmDefId def, uint32_t i);
/* Integers of a prim's width: wrap to it, does a value fit it. */
__int128 bm_interp_wrap(uint8_t prim, __int128 v);
bool bm_interp_fits(uint8_t prim, __int128 v);
/* Drop what a place holds where that is observable (a user Drop impl, an
 * Rc's count), as `drop(x)` does; note that an Rc exists (from then on
 * drops are tracked). */
void bm_interp_drop(BmInterp *I, BmVal *v, uint32_t at);
void bm_interp_note_rc(BmInterp *I);
/* The run's stdout, for io::stdout() as a write! destination. */
BmStr *bm_interp_stdout(BmInterp *I);
/* The depth guard (limits.c) for recursion over values: false, and the
 * run stopped at its limit, when it is too deep; else call shallower. */
bool bm_interp_deeper(BmInterp *I);
void bm_interp_shallower(BmInterp *I);
/* Stop the run as std::process::exit(code) does. */
void bm_interp_exit(BmInterp *I, int code, uint32_t at);

/* ---------------------------------------------------------------- interp_fmt.c */

/* How one argument is formatted: the trait and spec of a `{...}`. */
typedef struct {
  uint8_t trait;        /* BmFmtTrait */
  uint8_t align;        /* BmFmtAlign */
  bool plus, alternate, zero;
  uint32_t fill;
  int64_t width, precision;   /* -1 when absent */
} BmFmtSpec;

struct BmFmtVal { BmStr *buf; BmFmtSpec spec; };

/* Append v formatted by spec to out (Display, Debug with {:#?}, hex, ...),
 * running user Display / Debug impls. false when the run stopped. */
bool bm_fmt_value(BmInterp *I, BmStr *out, const BmVal *v, const BmFmtSpec *spec, uint32_t at);
/* Pad already formatted text by the spec's width, fill and alignment
 * (`default_right`: numbers align right by default). */
void bm_fmt_pad(BmStr *out, const char *text, size_t len, const BmFmtSpec *spec, bool default_right);
/* Rust's shortest round-trip Display of a float. */
void bm_fmt_float(BmStr *out, double f, bool is_f32, bool debug);

/* ---------------------------------------------------------------- interp_std.c */

/* A call of a std fn or method (by its def: the declaration in core/std).
 * `self` is the receiver's place (NULL for an associated fn); args are
 * the other arguments. false when the method is not modelled (the caller
 * stops the run), true with *out set otherwise (or after a panic). */
bool bm_std_call(BmInterp *I, BmDefId def, BmVal *self, BmVal *args, uint32_t nargs, BmVal *out,
                 uint32_t at);
/* The next item of an iterator value: true with *out, false at the end
 * (or when the run stopped). */
bool bm_iter_next(BmInterp *I, BmVal *iter, BmVal *out, uint32_t at);
/* An iterator over a value `for` loops over (IntoIterator), or false. */
bool bm_into_iter(BmInterp *I, BmVal v, BmVal *out, uint32_t at);

/* ---------------------------------------------------------------- trace.c */

/* The diagram's steps, recorded from a run of the interpreter
 * (core/docs/timeline.md): at each step a snapshot of the stack (frames and
 * the blocks that hold bindings), the slots' values, the heap objects they
 * own and the references between them; events, states and sentences are the
 * differences between snapshots. Everything lives in `a`.
 *   diagnostics: the sorted diagnostics, placed on the steps where the run
 *     meets them; with errors, the run stops there (`stop_at_error`);
 *   keep_running: go on after the diagram's step cap (the run's output is
 *     wanted), else stop the run there. */
BmTrace *bm_trace_new(BmArena *a, const BmSource *src, const BmDiagSink *diagnostics, bool stop_at_error,
                      bool keep_running);
/* The interpreter's hooks. */
/* What a pushed scope is: a block (drawn when it holds a `let`), or a scope
 * drawn once something binds in it. */
enum { BM_TRACE_BLOCK, BM_TRACE_ARM, BM_TRACE_IF, BM_TRACE_LOOP, BM_TRACE_CLOSURE };
void bm_trace_enter(BmTrace *tr, BmInterp *I, BmFrame *f, BmDefId fn, BmRange sig);
void bm_trace_leave(BmTrace *tr, BmInterp *I, BmFrame *f, BmRange end);
/* block: the BLOCK expression (drawn at once when it holds a `let`), else NULL. */
uint32_t bm_trace_push(BmTrace *tr, BmInterp *I, uint8_t kind, BmRange span, const BmExpr *block);
void bm_trace_pop(BmTrace *tr, BmInterp *I, uint32_t mark);
void bm_trace_bind(BmTrace *tr, BmInterp *I, BmPatId pat);
bool bm_trace_stmt_begin(BmTrace *tr, BmInterp *I, BmRange span);
/* fn_tail: the expression is the value a fn returns. */
void bm_trace_stmt_end(BmTrace *tr, BmInterp *I, BmRange span, bool fn_tail);
void bm_trace_read(BmTrace *tr, BmFrame *f, BmPatId pat);
void bm_trace_realloc(BmTrace *tr, BmAgg *g, const BmVal *old, uint32_t n);
void bm_trace_finish(BmTrace *tr, BmInterp *I, const BmRunOutput *out);
/* The run's step budget: BM_RUN_STEP_BUDGET when its output is wanted, else
 * what the diagram's steps need (BM_TRACE_STEP_BUDGET). */
enum { BM_TRACE_STEP_BUDGET = 200 * 1000 };
uint64_t bm_trace_step_budget(const BmTrace *tr);
/* The "timeline" object. */
char *bm_trace_json(BmTrace *tr);
/* The "timeline" object when no run could be drawn (`why`: the reason). */
char *bm_trace_abstain(BmArena *a, const char *why);

/* ---------------------------------------------------------------- analyzer.c */

struct BmResult {
  BmArena arena;
  BmArena scratch;       /* the HIR lowering's temporary storage (bm_typeck_program),
                            emptied by analyze() once the lowering is done, or
                            when memory runs out */
  BmStatus status;
  BmDiagSink sink;
  char *json;            /* built on demand by bm_result_json */
  char *timeline;        /* the timeline object, built by the analysis */
  const char *permissions; /* the permissions object (perms.c), or NULL */
  const char *permissions_text; /* the same as a table, or NULL */
  BmLimits limits;       /* the limits as the analysis left them (tests read
                            the measurements: deepest, stack_peak, work) */
  uint32_t typed, untyped; /* the snippet's expressions, typed in full or not */
  BmRunOutput *run;      /* bm_analyzer_run: what the run printed, or NULL */
  BmSpan run_span;       /* where the run's reason points */
};

#endif /* BM_PRIVATE_H */
