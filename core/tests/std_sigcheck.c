/*
 * std_sigcheck: checks the std declarations (core/std/NAME.rs) against the real
 * std, with rustc as the judge. It reads the declarations with tree-sitter
 * only (no pass of the core), and writes two Rust files:
 *
 *   pos.rs  one check per declaration that must COMPILE when the declaration
 *           is right: a method or fn is coerced to a fn pointer typed with the
 *           declared signature (every lifetime made explicit, so elision
 *           differences show), a trait impl is asserted by calling a fn whose
 *           where clause is the impl's header, a struct's fields and an
 *           enum's variants are built and matched exhaustively, ...
 *   neg.rs  checks that must FAIL when the declaration is right: each
 *           declared bound, removed, must make the check fail (else std does
 *           not need it and the declaration is stricter than std: a learner
 *           would get a false error); each Sized type parameter made ?Sized
 *           must fail too; a negative impl is checked with an ambiguity
 *           trick; an inherent method must be found with no trait in scope.
 *
 * and map.txt, the line range of each check with the declaration it checks
 * (file:line) and what it asserts.
 *
 *   std_sigcheck gen DIR OUTDIR        write OUTDIR/{pos.rs,neg.rs,map.txt}
 *   std_sigcheck report OUTDIR POSERR NEGERR
 *                                      read rustc's --error-format=short
 *                                      output for pos.rs and neg.rs, print
 *                                      every wrong declaration, exit 1 if any
 *
 * std_sigcheck.sh runs both around rustc. README.md in core/std documents
 * the conventions this relies on.
 */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

#include "testutil.h"

const TSLanguage *tree_sitter_rust(void);

/* ---------------------------------------------------------------- memory */

typedef struct Block {
  struct Block *next;
  size_t used, cap;
  char data[];
} Block;
static Block *blocks;

static void *alloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (!blocks || blocks->used + n > blocks->cap) {
    size_t cap = n > 65536 ? n : 65536;
    Block *b = malloc(sizeof(Block) + cap);
    if (!b) {
      fprintf(stderr, "std_sigcheck: out of memory\n");
      exit(2);
    }
    b->next = blocks;
    b->used = 0;
    b->cap = cap;
    blocks = b;
  }
  void *p = blocks->data + blocks->used;
  blocks->used += n;
  return p;
}

static void free_all(void) {
  while (blocks) {
    Block *n = blocks->next;
    free(blocks);
    blocks = n;
  }
}

static char *sdup(const char *s, size_t n) {
  char *p = alloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

static char *sfmt(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char tmp[4096];
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if ((size_t)n >= sizeof tmp) n = (int)sizeof tmp - 1;
  return sdup(tmp, (size_t)n);
}

/* A growable text buffer (malloc'd; buf_free releases it). */
typedef struct {
  char *s;
  size_t n, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->n + n + 1) cap *= 2;
    char *p = realloc(b->s, cap);
    if (!p) {
      fprintf(stderr, "std_sigcheck: out of memory\n");
      exit(2);
    }
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = 0;
}
static void buf_puts(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }
static void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char tmp[8192];
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof tmp) {
    buf_add(b, tmp, (size_t)n);
    return;
  }
  char *big = malloc((size_t)n + 1);
  if (!big) exit(2);
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  buf_add(b, big, (size_t)n);
  free(big);
}
static char *buf_take(Buf *b) { /* arena copy, buffer emptied */
  char *s = sdup(b->s ? b->s : "", b->n);
  b->n = 0;
  if (b->s) b->s[0] = 0;
  return s;
}
static void buf_free(Buf *b) {
  free(b->s);
  b->s = NULL;
  b->n = b->cap = 0;
}

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "std_sigcheck: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  exit(2);
}

/* ------------------------------------------------------------ tree access */

static const char *src; /* the file being read */
static const char *src_path;

static int is(TSNode n, const char *type) { return strcmp(ts_node_type(n), type) == 0; }
static char *text(TSNode n) {
  uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
  return sdup(src + a, b - a);
}
static TSNode field(TSNode n, const char *name) {
  return ts_node_child_by_field_name(n, name, (uint32_t)strlen(name));
}
static int line_of(TSNode n) { return (int)ts_node_start_point(n).row + 1; }
static int has_token(TSNode n, const char *tok) { /* an anonymous child */
  uint32_t c = ts_node_child_count(n);
  for (uint32_t i = 0; i < c; i++) {
    TSNode k = ts_node_child(n, i);
    if (!ts_node_is_named(k) && is(k, tok)) return 1;
  }
  return 0;
}
static TSNode named_child_of_type(TSNode n, const char *type) {
  uint32_t c = ts_node_named_child_count(n);
  for (uint32_t i = 0; i < c; i++) {
    TSNode k = ts_node_named_child(n, i);
    if (is(k, type)) return k;
  }
  TSNode none = {0};
  return none;
}

/* ------------------------------------------------------------- generics */

#define MAXB 16
#define MAXP 48
typedef struct {
  char *name; /* "T", "'a", "N" */
  int kind;   /* 0 type, 1 lifetime, 2 const */
  char *const_ty;
  int unsized; /* ?Sized */
  int nb;
  char *b[MAXB];
  int fixed[MAXB]; /* a bound the negative checks never remove */
} GParam;
typedef struct {
  char *lhs;
  int nb;
  char *b[MAXB];
  int fixed[MAXB];
} GPred;
typedef struct {
  int np, nw;
  GParam p[MAXP];
  GPred w[MAXP];
} Gens;

static GParam *gens_add(Gens *g, const char *name, int kind) {
  if (g->np >= MAXP) die("%s: too many generic parameters", src_path);
  GParam *p = &g->p[g->np++];
  memset(p, 0, sizeof *p);
  p->name = sdup(name, strlen(name));
  p->kind = kind;
  return p;
}
static void param_bound(GParam *p, const char *b, int fixed) {
  if (p->nb >= MAXB) die("%s: too many bounds", src_path);
  p->fixed[p->nb] = fixed;
  p->b[p->nb++] = sdup(b, strlen(b));
}
static GPred *gens_pred(Gens *g, const char *lhs) {
  if (g->nw >= MAXP) die("%s: too many where predicates", src_path);
  GPred *w = &g->w[g->nw++];
  memset(w, 0, sizeof *w);
  w->lhs = sdup(lhs, strlen(lhs));
  return w;
}
static void pred_bound(GPred *w, const char *b, int fixed) {
  if (w->nb >= MAXB) die("%s: too many bounds", src_path);
  w->fixed[w->nb] = fixed;
  w->b[w->nb++] = sdup(b, strlen(b));
}
/* `where T: ?Sized` on a parameter T: T is ?Sized (the marker bound goes). */
static void gens_fix_unsized(Gens *g) {
  for (int i = 0; i < g->nw; i++) {
    GPred *w = &g->w[i];
    for (int j = 0; j < w->nb; j++) {
      if (strcmp(w->b[j], "?Sized") != 0) continue;
      for (int k = 0; k < g->np; k++)
        if (g->p[k].kind == 0 && !strcmp(g->p[k].name, w->lhs)) g->p[k].unsized = 1;
      memmove(&w->b[j], &w->b[j + 1], sizeof w->b[0] * (size_t)(w->nb - j - 1));
      memmove(&w->fixed[j], &w->fixed[j + 1], sizeof w->fixed[0] * (size_t)(w->nb - j - 1));
      w->nb--;
      j--;
    }
  }
}

static void gens_append(Gens *dst, const Gens *src_g) {
  for (int i = 0; i < src_g->np; i++) {
    if (dst->np >= MAXP) die("too many generic parameters");
    dst->p[dst->np++] = src_g->p[i];
  }
  for (int i = 0; i < src_g->nw; i++) {
    if (dst->nw >= MAXP) die("too many where predicates");
    dst->w[dst->nw++] = src_g->w[i];
  }
}

/* One variant of a generics list for a negative check. */
typedef struct {
  int skip_param, skip_pred, skip_bound; /* a bound left out (-1: none) */
  int unsize_param;                      /* a type parameter made ?Sized */
} Variant;
static const Variant NO_VARIANT = {-1, -1, -1, -1};

/* <'a, T: B + ?Sized, const N: usize> and " where ..." */
static void gens_render(const Gens *g, Variant v, Buf *params, Buf *where) {
  int first = 1;
  buf_puts(params, "<");
  for (int pass = 0; pass < 2; pass++) /* lifetimes first */
    for (int i = 0; i < g->np; i++) {
      const GParam *p = &g->p[i];
      if ((p->kind == 1) != (pass == 0)) continue;
      if (!first) buf_puts(params, ", ");
      first = 0;
      if (p->kind == 2) {
        buf_printf(params, "const %s: %s", p->name, p->const_ty);
        continue;
      }
      buf_puts(params, p->name);
      int nb = 0;
      for (int j = 0; j < p->nb; j++) {
        if (v.skip_param == i && v.skip_bound == j) continue;
        buf_puts(params, nb++ ? " + " : ": ");
        buf_puts(params, p->b[j]);
      }
      if (p->kind == 0 && (p->unsized || v.unsize_param == i))
        buf_puts(params, nb++ ? " + ?Sized" : ": ?Sized");
    }
  buf_puts(params, ">");
  int any = 0;
  for (int i = 0; i < g->nw; i++) {
    const GPred *w = &g->w[i];
    int nb = 0;
    for (int j = 0; j < w->nb; j++) {
      if (v.skip_pred == i && v.skip_bound == j) continue;
      if (nb == 0) {
        buf_puts(where, any++ ? ", " : " where ");
        buf_printf(where, "%s: ", w->lhs);
      } else {
        buf_puts(where, " + ");
      }
      nb++;
      buf_puts(where, w->b[j]);
    }
  }
}

/* The turbofish arguments for calling a fn declared with gens g:
 * lifetimes (if with_lt), then types and consts, in declaration order. */
static void gens_args(const Gens *g, int with_lt, Buf *out) {
  int first = 1;
  buf_puts(out, "::<");
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < g->np; i++) {
      const GParam *p = &g->p[i];
      if ((p->kind == 1) != (pass == 0)) continue;
      if (p->kind == 1 && !with_lt) continue;
      if (!first) buf_puts(out, ", ");
      first = 0;
      buf_puts(out, p->name);
    }
  buf_puts(out, ">");
}

/* Every variant of g for the negative checks: each removable bound left out,
 * each Sized type parameter made ?Sized. Writes up to max; returns count. */
typedef struct {
  Variant v;
  char *what;
} VarDesc;
/* Traits that imply Sized (a Sized supertrait, directly or not), from the
 * declarations: `T: Clone + ?Sized` is still Sized, so making T ?Sized
 * proves nothing. Filled by collect(). */
static char *sized_traits[256];
static int n_sized_traits;
static int no_unsize_variants; /* derives, auto traits: only bound removals */
static int implies_sized(const char *bound) {
  const char *lt = strchr(bound, '<');
  const char *paren = strchr(bound, '(');
  size_t n = lt ? (size_t)(lt - bound) : strlen(bound);
  if (paren && (size_t)(paren - bound) < n) n = (size_t)(paren - bound);
  const char *start = bound;
  for (size_t i = 0; i + 1 < n; i++)
    if (bound[i] == ':' && bound[i + 1] == ':') start = bound + i + 2;
  size_t len = n - (size_t)(start - bound);
  for (int i = 0; i < n_sized_traits; i++)
    if (strlen(sized_traits[i]) == len && !strncmp(sized_traits[i], start, len)) return 1;
  return 0;
}
/* Whether leaving out bound j of a list proves something: an outlives bound
 * other than 'static is implied by the types it relates (std writes
 * `T: 'a` where `&'a T` appears; leaving it out changes nothing), and
 * `Sized` next to a bound that implies it (`Self: Sized + Clone`) is
 * redundant. */
static int removable(char *const *b, int nb, int j) {
  if (b[j][0] == '\'') return strcmp(b[j], "'static") == 0;
  if (!strcmp(b[j], "Sized") || !strcmp(b[j], "::std::marker::Sized"))
    for (int k = 0; k < nb; k++)
      if (k != j && implies_sized(b[k])) return 0;
  return 1;
}
static int gens_variants(const Gens *g, VarDesc *out, int max) {
  int n = 0;
  for (int i = 0; i < g->np && n < max; i++) {
    const GParam *p = &g->p[i];
    for (int j = 0; j < p->nb && n < max; j++) {
      if (p->fixed[j] || !removable(p->b, p->nb, j)) continue;
      Variant v = NO_VARIANT;
      v.skip_param = i;
      v.skip_bound = j;
      out[n].v = v;
      out[n].what = sfmt("the bound `%s: %s` is not needed by std (declared stricter than std)",
                         p->name, p->b[j]);
      n++;
    }
    int sized_by_bound = 0;
    for (int j = 0; j < p->nb; j++) sized_by_bound |= implies_sized(p->b[j]);
    for (int k = 0; k < g->nw; k++)
      if (!strcmp(g->w[k].lhs, p->name))
        for (int j = 0; j < g->w[k].nb; j++) sized_by_bound |= implies_sized(g->w[k].b[j]);
    if (p->kind == 0 && !p->unsized && n < max && p->name[0] != '_' && !sized_by_bound &&
        !no_unsize_variants) {
      Variant v = NO_VARIANT;
      v.unsize_param = i;
      out[n].v = v;
      out[n].what = sfmt("`%s` can be `?Sized` in std (declared Sized)", p->name);
      n++;
    }
  }
  for (int i = 0; i < g->nw && n < max; i++) {
    const GPred *w = &g->w[i];
    for (int j = 0; j < w->nb && n < max; j++) {
      if (w->fixed[j] || !removable(w->b, w->nb, j)) continue;
      Variant v = NO_VARIANT;
      v.skip_pred = i;
      v.skip_bound = j;
      out[n].v = v;
      out[n].what = sfmt("the bound `%s: %s` is not needed by std (declared stricter than std)",
                         w->lhs, w->b[j]);
      n++;
    }
  }
  return n;
}

/* ------------------------------------------------------------- emission */

enum { M_RAW, M_IN, M_OUT, M_HDR, M_STATIC };

typedef struct {
  const char *self_ty;   /* what `Self` stands for as a type (NULL: keep) */
  const char *self_path; /* ... as a path prefix (`Self::X`) */
  int nsub;
  const char *sub_from[8], *sub_to[8]; /* placeholders, instantiation */
  int mode;
  Gens *lts;          /* fresh lifetimes are added here (M_IN, M_HDR) */
  const char *lt_fmt; /* their names: "'__l%d" or "'__i%d" */
  int *lt_counter;
  const char *out_lt; /* what an elided output lifetime is (M_OUT) */
  char *in_lts[64];   /* distinct lifetimes seen in inputs */
  int n_in;
  Gens *impl_params; /* impl Trait arguments become parameters here */
  int *impl_counter;
  char *err; /* first problem met */
  int self_by_value; /* a `Self` needing Sized was met */
} Em;

static void em_err(Em *e, const char *msg) {
  if (!e->err) e->err = sdup(msg, strlen(msg));
}

static void note_in_lt(Em *e, const char *lt) {
  for (int i = 0; i < e->n_in; i++)
    if (strcmp(e->in_lts[i], lt) == 0) return;
  if (e->n_in < 64) e->in_lts[e->n_in++] = sdup(lt, strlen(lt));
}

static char *fresh_lt(Em *e) {
  char *name = sfmt(e->lt_fmt, (*e->lt_counter)++);
  gens_add(e->lts, name, 1);
  return name;
}

static int wordch(char c) { return isalnum((unsigned char)c) || c == '_' || c == '\''; }

/* Append a token, with a space only where Rust needs one or where it reads
 * better (`a, b`, `A + B`, `-> R`, `[T; N]`). */
static void put(Buf *b, const char *s) {
  if (!*s) return;
  char prev = b->n ? b->s[b->n - 1] : ' ';
  int space = 0;
  if (prev != ' ' && prev != '\n') {
    if ((wordch(prev) || prev == '>' || prev == ')' || prev == ']') && wordch(s[0])) space = 1;
    if (prev == ',' || prev == ';' || prev == '+' || prev == '=') space = 1;
    if (!strcmp(s, "+") || !strcmp(s, "=") || !strcmp(s, "->")) space = 1;
    if (prev == '>' && b->n >= 2 && b->s[b->n - 2] == '-') space = 1;
    if (prev == ':' && !(b->n >= 2 && b->s[b->n - 2] == ':') && strcmp(s, ":") != 0) space = 1;
  }
  if (space) buf_puts(b, " ");
  buf_puts(b, s);
}

static void elided(Em *e, Buf *out, int explicit_underscore) {
  switch (e->mode) {
  case M_IN:
  case M_HDR: {
    char *lt = fresh_lt(e);
    if (e->mode == M_IN) note_in_lt(e, lt);
    put(out, lt);
    break;
  }
  case M_OUT:
    if (e->out_lt) put(out, e->out_lt);
    else em_err(e, "an elided lifetime in the return type with no lifetime to take it from");
    break;
  case M_STATIC: put(out, "'static"); break;
  default:
    if (explicit_underscore) put(out, "'_");
  }
}

static const char *sub_lookup(Em *e, const char *t) {
  for (int i = 0; i < e->nsub; i++)
    if (strcmp(e->sub_from[i], t) == 0) return e->sub_to[i];
  return NULL;
}

static int self_needs_sized(TSNode n) {
  TSNode p = ts_node_parent(n);
  if (ts_node_is_null(p)) return 1;
  if (is(p, "reference_type") || is(p, "pointer_type")) return 0;
  if (is(p, "scoped_type_identifier") || is(p, "scoped_identifier")) return 0;
  if (is(p, "type_arguments")) {
    TSNode g = ts_node_parent(p);
    if (!ts_node_is_null(g) && is(g, "generic_type")) {
      TSNode t = field(g, "type");
      if (!ts_node_is_null(t)) {
        char *name = text(t);
        const char *last = strrchr(name, ':');
        last = last ? last + 1 : name;
        if (!strcmp(last, "Box") || !strcmp(last, "Rc") || !strcmp(last, "Arc") ||
            !strcmp(last, "PhantomData") || !strcmp(last, "Pin"))
          return 0;
      }
    }
  }
  return 1;
}

static void emit(Em *e, TSNode n, Buf *out);

static void emit_children(Em *e, TSNode n, Buf *out) {
  uint32_t c = ts_node_child_count(n);
  for (uint32_t i = 0; i < c; i++) emit(e, ts_node_child(n, i), out);
}

static void emit(Em *e, TSNode n, Buf *out) {
  const char *t = ts_node_type(n);
  if (ts_node_is_null(n)) return;
  if (is(n, "line_comment") || is(n, "block_comment")) return;
  if (!strcmp(t, "lifetime")) {
    char *lt = text(n);
    const char *s = sub_lookup(e, lt);
    if (s) {
      put(out, s);
    } else if (!strcmp(lt, "'_")) {
      elided(e, out, 1);
    } else {
      if (e->mode == M_IN) note_in_lt(e, lt);
      put(out, lt);
    }
    return;
  }
  uint32_t nc = ts_node_child_count(n);
  if (nc == 0 || !strcmp(t, "string_literal") || !strcmp(t, "raw_string_literal") ||
      !strcmp(t, "char_literal")) {
    char *s = text(n);
    if (!strcmp(s, "Self") && e->self_ty &&
        (!strcmp(t, "identifier") || !strcmp(t, "type_identifier"))) {
      TSNode p = ts_node_parent(n);
      int as_path = !ts_node_is_null(p) &&
                    (is(p, "scoped_type_identifier") || is(p, "scoped_identifier")) &&
                    ts_node_start_byte(field(p, "path")) == ts_node_start_byte(n) &&
                    !ts_node_is_null(field(p, "path"));
      put(out, as_path ? e->self_path : e->self_ty);
      if (!as_path && e->mode != M_RAW && self_needs_sized(n)) e->self_by_value = 1;
      return;
    }
    if (!strcmp(t, "identifier") || !strcmp(t, "type_identifier") ||
        !strcmp(t, "primitive_type")) {
      const char *r = sub_lookup(e, s);
      if (r) s = (char *)r;
    }
    put(out, s);
    return;
  }
  if (!strcmp(t, "reference_type")) {
    put(out, "&");
    if (ts_node_is_null(named_child_of_type(n, "lifetime"))) elided(e, out, 0);
    for (uint32_t i = 0; i < nc; i++) {
      TSNode k = ts_node_child(n, i);
      if (!ts_node_is_named(k) && is(k, "&")) continue;
      emit(e, k, out);
    }
    return;
  }
  if (!strcmp(t, "function_type") || !strcmp(t, "higher_ranked_trait_bound") ||
      !strcmp(t, "for_lifetimes")) {
    int m = e->mode;
    if (m != M_STATIC) e->mode = M_RAW;
    emit_children(e, n, out);
    e->mode = m;
    return;
  }
  if (!strcmp(t, "abstract_type")) {
    if (e->mode == M_IN && e->impl_params) {
      char *name = sfmt("__I%d", (*e->impl_counter)++);
      Buf b = {0};
      TSNode tr = field(n, "trait");
      emit(e, tr, &b);
      GParam *p = gens_add(e->impl_params, name, 0);
      param_bound(p, b.s ? b.s : "", 0);
      buf_free(&b);
      put(out, name);
      return;
    }
    if (e->mode == M_OUT) em_err(e, "`impl Trait` in the return type cannot be checked; declare the concrete type");
  }
  emit_children(e, n, out);
}

static char *emit_str(Em *e, TSNode n) {
  Buf b = {0};
  emit(e, n, &b);
  char *s = buf_take(&b);
  buf_free(&b);
  return s;
}

/* --------------------------------------------------------------- records */

typedef struct {
  char kind; /* 'P' must compile, 'N' must fail, 'Q' must not say E0599 */
  int start, end;
  const char *file;
  int line;
  char *what;
  int parent; /* for N and Q: the P record they depend on */
  int failed; /* set by report */
  char *msg;
} Rec;

static Rec *recs;
static int nrecs, caprecs;

static Buf pos, neg;
static int pos_lines = 1, neg_lines = 1;
static size_t pos_counted, neg_counted;

static int cur_line(Buf *b) {
  int *lines = b == &pos ? &pos_lines : &neg_lines;
  size_t *counted = b == &pos ? &pos_counted : &neg_counted;
  for (; *counted < b->n; (*counted)++)
    if (b->s[*counted] == '\n') (*lines)++;
  return *lines;
}

static int rec_add(char kind, int start, int end, const char *file, int line, const char *what,
                   int parent) {
  if (nrecs == caprecs) {
    caprecs = caprecs ? caprecs * 2 : 1024;
    recs = realloc(recs, (size_t)caprecs * sizeof *recs);
    if (!recs) die("out of memory");
  }
  Rec *r = &recs[nrecs];
  memset(r, 0, sizeof *r);
  r->kind = kind;
  r->start = start;
  r->end = end;
  r->file = file;
  r->line = line;
  r->what = sdup(what, strlen(what));
  r->parent = parent;
  return nrecs++;
}

/* The counts the report prints. */
static struct {
  int structs, enums, traits, trait_impls, neg_impls, inherent_impls, methods, trait_methods,
      fns, consts, aliases, reexports, expanded_methods, derives, expanded_impls;
} count;

/* ---------------------------------------------------------- declarations */

typedef struct {
  const char *file;   /* basename, for messages */
  char modpath[512];  /* "collections::hash_map" ("" at the root) */
  int depth;
} Ctx;

/* attributes met before an item */
typedef struct {
  int n;
  TSNode a[16];
} Attrs;

static int attr_name_is(TSNode attr_item, const char *name) {
  TSNode a = named_child_of_type(attr_item, "attribute");
  if (ts_node_is_null(a)) return 0;
  TSNode id = ts_node_named_child(a, 0);
  if (ts_node_is_null(id)) return 0;
  char *t = text(id);
  return strcmp(t, name) == 0;
}
static int attrs_has(const Attrs *at, const char *name) {
  for (int i = 0; i < at->n; i++)
    if (attr_name_is(at->a[i], name)) return 1;
  return 0;
}

/* the expansions of #[each_int] & co */
typedef struct {
  int n;
  const char *from[3];
  const char *to[3];
  int tuple; /* #[each_tuple]: the arity (T stands for T0, ..., Tn-1) */
} Inst;
static const char *INTS[] = {"i8", "i16", "i32", "i64", "i128", "isize",
                             "u8", "u16", "u32", "u64", "u128", "usize"};
static const char *UNSIGNED_OF(int i) { return INTS[i % 6 + 6]; }
static const char *SIGNED_OF(int i) { return INTS[i % 6]; }

static int expansions(const Attrs *at, Inst *out, int max) {
  int n = 0;
  memset(out, 0, sizeof(Inst) * (size_t)max);
  if (attrs_has(at, "each_int") || attrs_has(at, "each_signed") ||
      attrs_has(at, "each_unsigned")) {
    int lo = attrs_has(at, "each_unsigned") ? 6 : 0;
    int hi = attrs_has(at, "each_signed") ? 6 : 12;
    for (int i = lo; i < hi && n < max; i++) {
      Inst *x = &out[n++];
      x->n = 3;
      x->from[0] = "Int", x->to[0] = INTS[i];
      x->from[1] = "UInt", x->to[1] = UNSIGNED_OF(i);
      x->from[2] = "SInt", x->to[2] = SIGNED_OF(i);
    }
    return n;
  }
  if (attrs_has(at, "each_int_pair")) {
    for (int i = 0; i < 12; i++)
      for (int j = 0; j < 12 && n < max; j++) {
        Inst *x = &out[n++];
        x->n = 2;
        x->from[0] = "Int", x->to[0] = INTS[i];
        x->from[1] = "Int2", x->to[1] = INTS[j];
      }
    return n;
  }
  if (attrs_has(at, "each_tuple")) {
    for (int k = 1; k <= 12 && n < max; k++) {
      Inst *x = &out[n++];
      Buf b = {0};
      for (int i = 0; i < k; i++) buf_printf(&b, "%sT%d", i ? ", " : "", i);
      x->n = 1;
      x->from[0] = "T";
      x->to[0] = buf_take(&b);
      buf_free(&b);
      x->tuple = k;
    }
    return n;
  }
  if (attrs_has(at, "each_float")) {
    static const char *F[] = {"f32", "f64"};
    for (int i = 0; i < 2; i++) {
      Inst *x = &out[n++];
      x->n = 1;
      x->from[0] = "Float", x->to[0] = F[i];
    }
    return n;
  }
  out[0].n = 0;
  return 1;
}

static void em_init(Em *e, const Inst *inst) {
  memset(e, 0, sizeof *e);
  for (int i = 0; i < inst->n; i++) {
    e->sub_from[e->nsub] = inst->from[i];
    e->sub_to[e->nsub] = inst->to[i];
    e->nsub++;
  }
}

/* Read a type_parameters node into g (bounds emitted with e, raw mode). */
static void read_type_params(Em *e, TSNode tps, Gens *g) {
  if (ts_node_is_null(tps)) return;
  int m = e->mode;
  e->mode = M_RAW;
  uint32_t c = ts_node_named_child_count(tps);
  for (uint32_t i = 0; i < c; i++) {
    TSNode p = ts_node_named_child(tps, i);
    if (is(p, "lifetime_parameter")) {
      GParam *gp = gens_add(g, text(field(p, "name")), 1);
      TSNode bs = field(p, "bounds");
      if (!ts_node_is_null(bs))
        for (uint32_t j = 0; j < ts_node_named_child_count(bs); j++)
          param_bound(gp, emit_str(e, ts_node_named_child(bs, j)), 0);
    } else if (is(p, "type_parameter")) {
      GParam *gp = gens_add(g, emit_str(e, field(p, "name")), 0);
      TSNode bs = field(p, "bounds");
      if (!ts_node_is_null(bs))
        for (uint32_t j = 0; j < ts_node_named_child_count(bs); j++) {
          TSNode b = ts_node_named_child(bs, j);
          if (is(b, "removed_trait_bound")) gp->unsized = 1;
          else param_bound(gp, emit_str(e, b), 0);
        }
    } else if (is(p, "const_parameter")) {
      GParam *gp = gens_add(g, text(field(p, "name")), 2);
      gp->const_ty = emit_str(e, field(p, "type"));
    } else if (is(p, "lifetime")) {
      gens_add(g, text(p), 1);
    } else if (is(p, "type_identifier")) {
      gens_add(g, emit_str(e, p), 0);
    }
  }
  e->mode = m;
}

/* A where_clause into g. `Self: ?Sized` is not a bound (ignored). Returns
 * whether a `Self: Sized` predicate was met. */
static int read_where(Em *e, TSNode wc, Gens *g) {
  int self_sized = 0;
  if (ts_node_is_null(wc)) return 0;
  int m = e->mode;
  e->mode = M_RAW;
  uint32_t c = ts_node_named_child_count(wc);
  for (uint32_t i = 0; i < c; i++) {
    TSNode p = ts_node_named_child(wc, i);
    if (!is(p, "where_predicate")) continue;
    TSNode left = field(p, "left");
    char *lhs = emit_str(e, left);
    int left_is_self = !strcmp(text(left), "Self");
    GPred *w = gens_pred(g, lhs);
    TSNode bs = field(p, "bounds");
    for (uint32_t j = 0; j < ts_node_named_child_count(bs); j++) {
      TSNode b = ts_node_named_child(bs, j);
      if (is(b, "removed_trait_bound")) {
        pred_bound(w, "?Sized", 1);
        continue;
      }
      char *bt = emit_str(e, b);
      if (left_is_self && !strcmp(bt, "Sized")) self_sized = 1;
      pred_bound(w, bt, 0);
    }
  }
  e->mode = m;
  return self_sized;
}

static const char *modprefix(const Ctx *cx) { /* "::std::a::b" */
  return cx->modpath[0] ? sfmt("::std::%s", cx->modpath) : "::std";
}

static int rec_begin_pos(void) {
  buf_puts(&pos, "\n");
  return cur_line(&pos);
}
static int rec_begin_neg(void) {
  buf_puts(&neg, "\n");
  return cur_line(&neg);
}

/* ------------------------------------------------------------ fn checks */

/* Whether the type parameter `name` appears by value (not behind a
 * reference, pointer or Box-like) in the type n: then calling the fn needs
 * it Sized, whatever its declaration says. */
static int appears_by_value(TSNode n, const char *name) {
  if (ts_node_is_null(n)) return 0;
  if (is(n, "type_identifier")) return !strcmp(text(n), name);
  /* a tuple's or an array's elements are by value; a generic type's
     arguments depend on that type's declaration: not looked into */
  if (is(n, "tuple_type") || is(n, "array_type")) {
    uint32_t c = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < c; i++)
      if (appears_by_value(ts_node_named_child(n, i), name)) return 1;
  }
  return 0;
}

/* How a fn's check is written: the generics, the fn pointer type. */
typedef struct {
  Gens g;             /* every generic parameter of the check fn */
  int n_method_first; /* index in g.p where the fn's own type params start */
  int n_method_end;
  int has_impl_args;
  char *ptr_ty;      /* fn(&'__l0 Vec<T>, T) -> () */
  char *phantoms;    /* the parameter list giving implied bounds */
  char *path;        /* <Vec<T>>::push */
  int self_sized;    /* needs __S: Sized (trait methods) */
  char *err;
} FnCheck;

/* Build the check of a fn_signature node. outer: generics of the impl or
 * trait (copied first). self_ty/self_path: what Self is (NULL at module
 * level). path: the fn's path without turbofish. */
static void fn_check_build(FnCheck *fc, TSNode f, const Gens *outer, const Inst *inst,
                           const char *self_ty, const char *self_path, const char *path,
                           int *self_sized_pred) {
  memset(fc, 0, sizeof *fc);
  Em e;
  em_init(&e, inst);
  e.self_ty = self_ty;
  e.self_path = self_path;
  int ltc = 0, ic = 0;
  Gens lts = {0}, impls = {0}, own = {0};
  e.lts = &lts;
  e.lt_fmt = "'__l%d";
  e.lt_counter = &ltc;
  e.impl_params = &impls;
  e.impl_counter = &ic;

  if (outer) gens_append(&fc->g, outer);
  read_type_params(&e, field(f, "type_parameters"), &own);
  Gens wh = {0};
  int ss = read_where(&e, named_child_of_type(f, "where_clause"), &wh);
  if (self_sized_pred) *self_sized_pred = ss;

  Buf ptr = {0}, ph = {0};
  TSNode mods = named_child_of_type(f, "function_modifiers");
  if (!ts_node_is_null(mods)) {
    char *m = text(mods);
    if (strstr(m, "unsafe")) buf_puts(&ptr, "unsafe ");
    TSNode ext = named_child_of_type(mods, "extern_modifier");
    if (!ts_node_is_null(ext)) buf_printf(&ptr, "%s ", text(ext));
  }
  buf_puts(&ptr, "fn(");
  const char *recv_lt = NULL;
  TSNode params = field(f, "parameters");
  int np = 0;
  e.mode = M_IN;
  for (uint32_t i = 0; i < ts_node_named_child_count(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    char *ty = NULL;
    if (is(p, "self_parameter")) {
      int by_ref = has_token(p, "&");
      TSNode lt = named_child_of_type(p, "lifetime");
      int mut = !ts_node_is_null(named_child_of_type(p, "mutable_specifier"));
      if (!self_ty) {
        fc->err = "a `self` parameter outside an impl or trait";
        break;
      }
      if (by_ref) {
        const char *l;
        if (ts_node_is_null(lt)) {
          l = fresh_lt(&e);
          note_in_lt(&e, l);
        } else {
          l = text(lt);
          note_in_lt(&e, l);
        }
        recv_lt = l;
        ty = sfmt("&%s %s%s", l, mut ? "mut " : "", self_ty);
      } else {
        ty = sfmt("%s", self_ty);
        e.self_by_value = 1;
      }
    } else if (is(p, "parameter")) {
      TSNode pat = field(p, "pattern");
      TSNode pty = field(p, "type");
      int is_self = !ts_node_is_null(pat) && is(pat, "self");
      int before = lts.np;
      ty = emit_str(&e, pty);
      if (is_self && is(pty, "reference_type")) {
        TSNode inner = field(pty, "type");
        if (!ts_node_is_null(inner) && !strcmp(text(inner), "Self")) {
          TSNode lt = named_child_of_type(pty, "lifetime");
          recv_lt = ts_node_is_null(lt) ? (before < lts.np ? lts.p[before].name : NULL)
                                        : text(lt);
        }
      }
    } else if (is(p, "variadic_parameter")) {
      fc->err = "variadic parameters are not checked";
      break;
    } else {
      continue; /* attributes, comments */
    }
    if (np++) buf_puts(&ptr, ", ");
    buf_puts(&ptr, ty);
    buf_printf(&ph, "%s_: ::std::marker::PhantomData<%s>", ph.n ? ", " : "", ty);
  }
  buf_puts(&ptr, ")");
  e.mode = M_OUT;
  e.out_lt = recv_lt ? recv_lt : (e.n_in == 1 ? e.in_lts[0] : NULL);
  TSNode ret = field(f, "return_type");
  if (!ts_node_is_null(ret)) {
    char *r = emit_str(&e, ret);
    buf_printf(&ptr, " -> %s", r);
    if (strcmp(r, "!") != 0)
      buf_printf(&ph, "%s_: ::std::marker::PhantomData<%s>", ph.n ? ", " : "", r);
  }
  if (e.err && !fc->err) fc->err = e.err;
  fc->self_sized = e.self_by_value;

  /* generics: outer, lifetimes (named of the fn, fresh), own types, impl Trait */
  gens_append(&fc->g, &lts);
  fc->n_method_first = fc->g.np;
  gens_append(&fc->g, &own);
  fc->n_method_end = fc->g.np;
  fc->has_impl_args = impls.np > 0;
  gens_append(&fc->g, &impls);
  gens_append(&fc->g, &wh);
  gens_fix_unsized(&fc->g);
  /* a ?Sized parameter taken or returned by value must be Sized here */
  for (int i = 0; i < fc->g.np; i++) {
    GParam *gp = &fc->g.p[i];
    if (gp->kind != 0 || !gp->unsized || gp->name[0] == '_') continue;
    int byval = appears_by_value(ret, gp->name);
    for (uint32_t j = 0; !byval && j < ts_node_named_child_count(params); j++) {
      TSNode p = ts_node_named_child(params, j);
      if (is(p, "parameter")) byval = appears_by_value(field(p, "type"), gp->name);
    }
    if (byval) gp->unsized = 0;
  }
  /* and a `T: Sized` bound on a parameter used by value says nothing more */
  for (int i = 0; i < fc->g.np; i++) {
    GParam *gp = &fc->g.p[i];
    if (gp->kind != 0 || gp->name[0] == '_') continue;
    int byval = appears_by_value(ret, gp->name);
    for (uint32_t j = 0; !byval && j < ts_node_named_child_count(params); j++) {
      TSNode p = ts_node_named_child(params, j);
      if (is(p, "parameter")) byval = appears_by_value(field(p, "type"), gp->name);
    }
    if (!byval) continue;
    for (int k = 0; k < fc->g.nw; k++)
      if (!strcmp(fc->g.w[k].lhs, gp->name))
        for (int j = 0; j < fc->g.w[k].nb; j++)
          if (!strcmp(fc->g.w[k].b[j], "Sized")) fc->g.w[k].fixed[j] = 1;
  }
  fc->ptr_ty = buf_take(&ptr);
  fc->phantoms = buf_take(&ph);
  buf_free(&ptr);
  buf_free(&ph);

  /* turbofish: the fn's own type and const parameters */
  Buf p = {0};
  buf_puts(&p, path);
  int nt = 0;
  for (int i = fc->n_method_first; i < fc->n_method_end; i++)
    if (fc->g.p[i].kind != 1) nt++;
  if (nt) {
    buf_puts(&p, "::<");
    int first = 1;
    for (int i = fc->n_method_first; i < fc->n_method_end; i++) {
      if (fc->g.p[i].kind == 1) continue;
      buf_printf(&p, "%s%s", first ? "" : ", ", fc->g.p[i].name);
      first = 0;
    }
    buf_puts(&p, ">");
  }
  fc->path = buf_take(&p);
  buf_free(&p);
}

static int fn_serial;

/* s with `"` and `\` escaped, for a Rust string literal */
static char *rust_str(const char *s) {
  Buf b = {0};
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') buf_add(&b, "\\", 1);
    buf_add(&b, s, 1);
  }
  char *r = buf_take(&b);
  buf_free(&b);
  return r;
}

/* set while an inherent method whose name some declared trait also has a
 * method of is checked: rustc falls back on that trait's method when the
 * inherent one's bounds fail, so its negative checks prove nothing */
static int negatives_may_fall_back;
static char *trait_method_names[4096];
static int n_trait_method_names;
static int is_trait_method_name(const char *n) {
  for (int i = 0; i < n_trait_method_names; i++)
    if (!strcmp(trait_method_names[i], n)) return 1;
  return 0;
}

/* Emit the fn check (pos) and its negative variants (neg). */
static void emit_fn_check(FnCheck *fc, const Ctx *cx, int line, const char *what) {
  int id = fn_serial++;
  if (fc->err) {
    int s = rec_begin_pos();
    buf_printf(&pos, "compile_error!(\"%s:%d: %s: %s\");\n", cx->file, line, rust_str(what),
               rust_str(fc->err));
    rec_add('P', s, cur_line(&pos), cx->file, line, sfmt("%s: %s", what, fc->err), -1);
    return;
  }
  static VarDesc vd[128];
  int nv = gens_variants(&fc->g, vd, 128);
  int parent = -1;
  for (int variant = -1; variant < nv; variant++) {
    Variant v = variant < 0 ? NO_VARIANT : vd[variant].v;
    Buf *out = variant < 0 ? &pos : &neg;
    int s = variant < 0 ? rec_begin_pos() : rec_begin_neg();
    Buf gp = {0}, gw = {0};
    gens_render(&fc->g, v, &gp, &gw);
    buf_printf(out, "fn __f%d_%d%s(%s)%s {\n", id, variant + 1, gp.s, fc->phantoms, gw.s ? gw.s : "");
    buf_printf(out, "    let _f: %s = %s;\n", fc->ptr_ty, fc->path);
    if (!fc->has_impl_args) buf_printf(out, "    let _g = %s;\n", fc->path);
    buf_puts(out, "}\n");
    buf_free(&gp);
    buf_free(&gw);
    if (variant < 0)
      parent = rec_add('P', s, cur_line(&pos), cx->file, line, what, -1);
    else
      rec_add(negatives_may_fall_back ? 'M' : 'N', s, cur_line(&neg), cx->file, line,
              sfmt("%s: %s", what, vd[variant].what), parent);
  }
}

/* ------------------------------------------------------ assertion checks */

/* A check that `assertion` (a where predicate) holds under gens g: a callee
 * with g plus the assertion, called from a caller with g. phantom: types
 * that give implied bounds. Negative variants: each bound of g removed. */
static int assert_serial;
static void emit_assert_b(const Gens *g, const char *phantom, const char *assertion,
                          const char *bparams, const char *bargs, const Ctx *cx, int line,
                          const char *what, int negatives);
static void emit_assert(const Gens *g, const char *phantom, const char *assertion, const Ctx *cx,
                        int line, const char *what, int negatives) {
  emit_assert_b(g, phantom, assertion, NULL, NULL, cx, line, what, negatives);
}

/* Append extra parameters ("__B0: ?Sized") to a rendered "<...>" list. */
static void extend_list(Buf *b, const char *extra) {
  if (!extra || !*extra) return;
  if (b->n && b->s[b->n - 1] == '>') {
    b->n--;
    b->s[b->n] = 0;
  }
  int empty = b->n && b->s[b->n - 1] == '<';
  buf_printf(b, "%s%s>", empty ? "" : ", ", extra);
}

/* bparams/bargs: parameters only the callee has (the values of associated
 * types: naming them in its where clause as `I::Item` could be cyclic), and
 * the caller's arguments for them. */
static void emit_assert_b(const Gens *g, const char *phantom, const char *assertion,
                          const char *bparams, const char *bargs, const Ctx *cx, int line,
                          const char *what, int negatives) {
  /* phantom: "A" or "A\tB\tC": one PhantomData parameter each */
  Buf phl = {0}, pha = {0};
  if (phantom) {
    const char *p = phantom;
    while (*p) {
      const char *tab = strchr(p, '\t');
      size_t n = tab ? (size_t)(tab - p) : strlen(p);
      buf_printf(&phl, "%s_: ::std::marker::PhantomData<%.*s>", phl.n ? ", " : "", (int)n, p);
      buf_printf(&pha, "%s::std::marker::PhantomData", pha.n ? ", " : "");
      p += n;
      if (*p == '\t') p++;
    }
  }
  int id = assert_serial++;
  static VarDesc vd[128];
  int nv = negatives ? gens_variants(g, vd, 128) : 0;
  for (int variant = -1; variant < nv; variant++) {
    Variant v = variant < 0 ? NO_VARIANT : vd[variant].v;
    Buf *out = variant < 0 ? &pos : &neg;
    int s = variant < 0 ? rec_begin_pos() : rec_begin_neg();
    Buf gp = {0}, gw = {0}, args = {0};
    gens_render(g, v, &gp, &gw);
    gens_args(g, 1, &args);
    Buf cgp = {0};
    buf_puts(&cgp, gp.s);
    extend_list(&cgp, bparams);
    extend_list(&args, bargs);
    const char *ph = phl.s ? phl.s : "";
    buf_printf(out, "fn __a%d_%d_req%s(%s)%s%s%s {}\n", id, variant + 1, cgp.s, ph,
               gw.n ? gw.s : " where ", gw.n ? ", " : "", assertion);
    buf_printf(out, "fn __a%d_%d%s(%s)%s { __a%d_%d_req%s(%s); }\n", id, variant + 1, gp.s, ph,
               gw.s ? gw.s : "", id, variant + 1, args.s, pha.s ? pha.s : "");
    buf_free(&cgp);
    buf_free(&gp);
    buf_free(&gw);
    buf_free(&args);
    if (variant < 0) {
      rec_add('P', s, cur_line(&pos), cx->file, line, what, -1);
    } else {
      int parent = nrecs - 1;
      while (parent >= 0 && recs[parent].kind != 'P') parent--;
      rec_add('N', s, cur_line(&neg), cx->file, line, sfmt("%s: %s", what, vd[variant].what),
              parent);
    }
  }
  buf_free(&phl);
  buf_free(&pha);
}

/* A plain body that must compile (pos) under gens g. */
static int body_serial;
static int emit_body(const Gens *g, const char *params, const char *body, const Ctx *cx, int line,
                     const char *what) {
  int s = rec_begin_pos();
  Buf gp = {0}, gw = {0};
  gens_render(g, NO_VARIANT, &gp, &gw);
  buf_printf(&pos, "fn __b%d%s(%s)%s {\n%s}\n", body_serial++, gp.s, params ? params : "",
             gw.s ? gw.s : "", body);
  buf_free(&gp);
  buf_free(&gw);
  return rec_add('P', s, cur_line(&pos), cx->file, line, what, -1);
}

/* --------------------------------------------------------------- items */

/* Declared auto-trait impls, by "modpath::Type": which of Send/Sync. */
typedef struct {
  char *key;
  int send, sync;
} AutoDecl;
static AutoDecl autos[4096];
static int nautos;

static AutoDecl *auto_find(const char *key, int create) {
  for (int i = 0; i < nautos; i++)
    if (!strcmp(autos[i].key, key)) return &autos[i];
  if (!create || nautos >= 4096) return NULL;
  autos[nautos].key = sdup(key, strlen(key));
  autos[nautos].send = autos[nautos].sync = 0;
  return &autos[nautos++];
}

static char *last_segment(const char *path) {
  const char *lt = strchr(path, '<');
  size_t n = lt ? (size_t)(lt - path) : strlen(path);
  char *s = sdup(path, n);
  while (n && s[n - 1] == ' ') s[--n] = 0;
  char *c = strrchr(s, ':');
  return c ? c + 1 : s;
}

/* The base name of an impl's self type ("Vec" of Vec<T>), or NULL. */
static char *type_base_name(TSNode t) {
  if (is(t, "generic_type")) t = field(t, "type");
  if (is(t, "scoped_type_identifier")) t = field(t, "name");
  if (is(t, "type_identifier")) return text(t);
  return NULL;
}

static void item(Ctx *cx, TSNode n, const Attrs *at);

static void mod_join(Ctx *sub, const Ctx *cx, const char *name) {
  size_t a = strlen(cx->modpath), b = strlen(name);
  if (a + b + 3 > sizeof sub->modpath) die("module path too long at %s", name);
  if (a) {
    memcpy(sub->modpath, cx->modpath, a);
    memcpy(sub->modpath + a, "::", 2);
    memcpy(sub->modpath + a + 2, name, b + 1);
  } else {
    memcpy(sub->modpath, name, b + 1);
  }
}

static void items(Ctx *cx, TSNode list) {
  Attrs at = {0};
  uint32_t c = ts_node_named_child_count(list);
  for (uint32_t i = 0; i < c; i++) {
    TSNode k = ts_node_named_child(list, i);
    if (is(k, "attribute_item")) {
      if (at.n < 16) at.a[at.n++] = k;
      continue;
    }
    if (is(k, "line_comment") || is(k, "block_comment") || is(k, "inner_attribute_item"))
      continue;
    item(cx, k, &at);
    at.n = 0;
  }
}

/* the derive list of an item */
static int derives(const Attrs *at, char **out, int max) {
  int n = 0;
  for (int i = 0; i < at->n; i++) {
    if (!attr_name_is(at->a[i], "derive")) continue;
    TSNode a = named_child_of_type(at->a[i], "attribute");
    TSNode tt = field(a, "arguments");
    if (ts_node_is_null(tt)) continue;
    for (uint32_t j = 0; j < ts_node_named_child_count(tt) && n < max; j++) {
      TSNode id = ts_node_named_child(tt, j);
      if (is(id, "identifier")) out[n++] = text(id);
    }
  }
  return n;
}

static const char *derive_path(const char *d) {
  static const char *map[][2] = {
      {"Clone", "::std::clone::Clone"},       {"Copy", "::std::marker::Copy"},
      {"PartialEq", "::std::cmp::PartialEq"}, {"Eq", "::std::cmp::Eq"},
      {"PartialOrd", "::std::cmp::PartialOrd"}, {"Ord", "::std::cmp::Ord"},
      {"Hash", "::std::hash::Hash"},          {"Debug", "::std::fmt::Debug"},
      {"Default", "::std::default::Default"},
  };
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (!strcmp(map[i][0], d)) return map[i][1];
  return NULL;
}

/* struct_item / enum_item */
static void type_item(Ctx *cx, TSNode n, const Attrs *at, int is_enum) {
  Inst inst = {0};
  Em e;
  em_init(&e, &inst);
  e.mode = M_RAW;
  char *name = text(field(n, "name"));
  int line = line_of(n);
  if (is_enum) count.enums++;
  else count.structs++;
  Gens g = {0};
  read_type_params(&e, field(n, "type_parameters"), &g);
  read_where(&e, named_child_of_type(n, "where_clause"), &g);
  gens_fix_unsized(&g);
  /* Name<'a, T, N> */
  Buf ty = {0};
  buf_puts(&ty, name);
  if (g.np) {
    buf_puts(&ty, "<");
    for (int pass = 0; pass < 2; pass++) /* lifetimes first */
      for (int i = 0; i < g.np; i++) {
        if ((g.p[i].kind == 1) != (pass == 0)) continue;
        if (ty.s[ty.n - 1] != '<') buf_puts(&ty, ", ");
        buf_puts(&ty, g.p[i].name);
      }
    buf_puts(&ty, ">");
  }
  char *self = buf_take(&ty);
  buf_free(&ty);
  e.self_ty = self;
  e.self_path = sfmt("<%s>", self);

  /* outlives bounds of a type's parameters (`T: 'a`) are implied where the
     type is used: not observable, not tried removed */
  for (int j = 0; j < g.np; j++)
    for (int k = 0; k < g.p[j].nb; k++)
      if (g.p[j].b[k][0] == '\'') g.p[j].fixed[k] = 1;
  /* 1. the type exists with these generics (and their Sized-ness/bounds) */
  emit_assert(&g, self, sfmt("::std::marker::PhantomData<%s>: ::std::marker::Sized", self), cx,
              line, sfmt("type %s", self), 1);

  /* 2. fields and variants */
  TSNode body = field(n, "body");
  Buf b = {0};
  if (!is_enum && !ts_node_is_null(body) && ts_node_named_child_count(body) > 0) {
    int tuple = is(body, "ordered_field_declaration_list");
    Buf params = {0}, pat = {0}, cons = {0}, chk = {0};
    buf_printf(&params, "x: %s", self);
    int k = 0;
    for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
      TSNode fd = ts_node_named_child(body, i);
      TSNode fty;
      char *fname = NULL;
      if (tuple) {
        if (is(fd, "visibility_modifier") || is(fd, "attribute_item")) continue;
        fty = fd;
      } else {
        if (!is(fd, "field_declaration")) continue;
        fty = field(fd, "type");
        fname = text(field(fd, "name"));
      }
      char *ft = emit_str(&e, fty);
      buf_printf(&params, ", f%d: %s", k, ft);
      if (tuple) {
        buf_printf(&pat, "%s__a%d", k ? ", " : "", k);
        buf_printf(&cons, "%sf%d", k ? ", " : "", k);
      } else {
        buf_printf(&pat, "%s%s: __a%d", k ? ", " : "", fname, k);
        buf_printf(&cons, "%s%s: f%d", k ? ", " : "", fname, k);
      }
      buf_printf(&chk, "    crate::__is::<%s, _>(&__a%d);\n", ft, k);
      k++;
    }
    if (tuple)
      buf_printf(&b, "    let %s(%s) = x;\n%s    let _: %s = %s(%s);\n", name, pat.s, chk.s ? chk.s : "",
                 self, name, cons.s);
    else
      buf_printf(&b, "    let %s { %s } = x;\n%s    let _: %s = %s { %s };\n", name, pat.s,
                 chk.s ? chk.s : "", self, name, cons.s);
    emit_body(&g, params.s, b.s, cx, line, sfmt("the fields of %s", self));
    buf_free(&params);
    buf_free(&pat);
    buf_free(&cons);
    buf_free(&chk);
  } else if (!is_enum && ts_node_is_null(body)) {
    /* unit struct: `pub struct RangeFull;` (a struct with type parameters
       and no body, like PhantomData, is a lang item: only its WF) */
    if (g.np == 0) {
      buf_printf(&b, "    let _: %s = %s;\n", self, name);
      emit_body(&g, NULL, b.s, cx, line, sfmt("the unit struct %s", self));
    }
  } else if (is_enum) {
    buf_printf(&b, "    match x {\n");
    for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
      TSNode v = ts_node_named_child(body, i);
      if (!is(v, "enum_variant")) continue;
      char *vn = text(field(v, "name"));
      TSNode vb = field(v, "body");
      if (ts_node_is_null(vb)) {
        buf_printf(&b, "        %s::%s => {}\n", name, vn);
        continue;
      }
      int tuple = is(vb, "ordered_field_declaration_list");
      Buf pat = {0}, chk = {0};
      int k = 0;
      for (uint32_t j = 0; j < ts_node_named_child_count(vb); j++) {
        TSNode fd = ts_node_named_child(vb, j);
        TSNode fty;
        char *fname = NULL;
        if (tuple) {
          if (is(fd, "attribute_item")) continue;
          fty = fd;
        } else {
          if (!is(fd, "field_declaration")) continue;
          fty = field(fd, "type");
          fname = text(field(fd, "name"));
        }
        char *ft = emit_str(&e, fty);
        if (tuple) buf_printf(&pat, "%s__a%d", k ? ", " : "", k);
        else buf_printf(&pat, "%s%s: __a%d", k ? ", " : "", fname, k);
        buf_printf(&chk, " crate::__is::<%s, _>(&__a%d);", ft, k);
        k++;
      }
      if (tuple) buf_printf(&b, "        %s::%s(%s) => {%s }\n", name, vn, pat.s ? pat.s : "", chk.s ? chk.s : "");
      else buf_printf(&b, "        %s::%s { %s } => {%s }\n", name, vn, pat.s ? pat.s : "", chk.s ? chk.s : "");
      buf_free(&pat);
      buf_free(&chk);
    }
    if (attrs_has(at, "non_exhaustive")) buf_puts(&b, "        #[allow(unreachable_patterns)] _ => {}\n");
    buf_puts(&b, "    }\n");
    emit_body(&g, sfmt("x: %s", self), b.s, cx, line, sfmt("the variants of %s", self));
  }
  buf_free(&b);

  /* 3. derives: each type parameter bounded by the derived trait */
  char *ds[16];
  int nd = derives(at, ds, 16);
  for (int i = 0; i < nd; i++) {
    const char *tp = derive_path(ds[i]);
    if (!tp) continue;
    count.derives++;
    Gens dg = g;
    for (int j = 0; j < dg.np; j++)
      if (dg.p[j].kind == 0) param_bound(&dg.p[j], tp, 0);
    /* only the derived bounds are tried removed */
    for (int j = 0; j < dg.np; j++)
      for (int k = 0; k < dg.p[j].nb; k++) dg.p[j].fixed[k] = strcmp(dg.p[j].b[k], tp) != 0;
    for (int j = 0; j < dg.nw; j++)
      for (int k = 0; k < dg.w[j].nb; k++) dg.w[j].fixed[k] = 1;
    no_unsize_variants = 1;
    emit_assert(&dg, self, sfmt("%s: %s", self, tp), cx, line,
                sfmt("#[derive(%s)] on %s", ds[i], self), 1);
    no_unsize_variants = 0;
  }

  /* 4. Send and Sync when no impl of them is declared: the default rule is
     "Send (Sync) iff every type parameter is" */
  AutoDecl *ad = auto_find(sfmt("%s::%s", cx->modpath, name), 0);
  static const char *AT[2] = {"::std::marker::Send", "::std::marker::Sync"};
  for (int w = 0; w < 2; w++) {
    if (ad && (w == 0 ? ad->send : ad->sync)) continue;
    Gens ag = g;
    for (int j = 0; j < ag.np; j++)
      for (int k = 0; k < ag.p[j].nb; k++) ag.p[j].fixed[k] = 1;
    for (int j = 0; j < ag.nw; j++)
      for (int k = 0; k < ag.w[j].nb; k++) ag.w[j].fixed[k] = 1;
    for (int j = 0; j < ag.np; j++)
      if (ag.p[j].kind == 0) param_bound(&ag.p[j], AT[w], 0);
    emit_assert(&ag, self, sfmt("%s: %s", self, AT[w]), cx, line,
                sfmt("%s is %s when its type parameters are (no impl of %s is declared)", self,
                     w ? "Sync" : "Send", w ? "Sync" : "Send"),
                0);
    /* negatives: each parameter's bound removed must fail */
    VarDesc vd[64];
    int nv = 0;
    for (int j = 0; j < ag.np && nv < 64; j++) {
      if (ag.p[j].kind != 0) continue;
      Variant v = NO_VARIANT;
      v.skip_param = j;
      v.skip_bound = ag.p[j].nb - 1;
      vd[nv].v = v;
      vd[nv].what = sfmt("%s is %s even when `%s` is not: declare the real impl", self,
                         w ? "Sync" : "Send", ag.p[j].name);
      nv++;
    }
    int parent = nrecs - 1;
    for (int k = 0; k < nv; k++) {
      int s = rec_begin_neg();
      Buf gp = {0}, gw = {0}, args = {0};
      gens_render(&ag, vd[k].v, &gp, &gw);
      gens_args(&ag, 1, &args);
      int id = assert_serial++;
      buf_printf(&neg, "fn __a%d_req%s(_: ::std::marker::PhantomData<%s>)%s%s%s: %s {}\n", id, gp.s,
                 self, gw.n ? gw.s : " where ", gw.n ? ", " : "", self, AT[w]);
      buf_printf(&neg, "fn __a%d%s(_: ::std::marker::PhantomData<%s>)%s { __a%d_req%s(::std::marker::PhantomData); }\n",
                 id, gp.s, self, gw.s ? gw.s : "", id, args.s);
      buf_free(&gp);
      buf_free(&gw);
      buf_free(&args);
      rec_add('N', s, cur_line(&neg), cx->file, line, vd[k].what, parent);
    }
  }
}

/* Add "A = X" bindings to a trait reference's generic arguments. */
static char *with_bindings(const char *trait, const char *bindings) {
  if (!bindings || !*bindings) return sdup(trait, strlen(trait));
  size_t n = strlen(trait);
  while (n && trait[n - 1] == ' ') n--;
  if (n && trait[n - 1] == '>') return sfmt("%.*s, %s>", (int)(n - 1), trait, bindings);
  return sfmt("%.*s<%s>", (int)n, trait, bindings);
}

static void impl_item(Ctx *cx, TSNode n, const Attrs *at) {
  Inst insts[160];
  int ninst = expansions(at, insts, 160);
  TSNode trait = field(n, "trait");
  TSNode type = field(n, "type");
  int negative = has_token(n, "!");
  int line = line_of(n);
  for (int x = 0; x < ninst; x++) {
    Em e;
    em_init(&e, &insts[x]);
    int ltc = 0;
    Gens g = {0}, hdr_lts = {0};
    e.lts = &hdr_lts;
    e.lt_fmt = "'__i%d";
    e.lt_counter = &ltc;
    if (insts[x].tuple) {
      /* the parameter T is one parameter per element, with T's bounds */
      Em raw;
      Inst none = {0};
      em_init(&raw, &none);
      Gens g1 = {0};
      read_type_params(&raw, field(n, "type_parameters"), &g1);
      for (int i = 0; i < g1.np; i++) {
        if (strcmp(g1.p[i].name, "T") != 0) {
          g.p[g.np++] = g1.p[i];
          continue;
        }
        for (int k = 0; k < insts[x].tuple; k++) {
          GParam *tp = gens_add(&g, sfmt("T%d", k), 0);
          char *nm = tp->name;
          *tp = g1.p[i];
          tp->name = nm;
        }
      }
    } else {
      read_type_params(&e, field(n, "type_parameters"), &g);
    }
    e.mode = M_HDR;
    char *self = emit_str(&e, type);
    if ((is(type, "bounded_type") || is(type, "dynamic_type")) && strchr(self, '+'))
      self = sfmt("(%s)", self);
    char *tr = ts_node_is_null(trait) ? NULL : emit_str(&e, trait);
    e.mode = M_RAW;
    Gens all = {0};
    gens_append(&all, &hdr_lts);
    gens_append(&all, &g);
    read_where(&e, named_child_of_type(n, "where_clause"), &all);
    gens_fix_unsized(&all);
    e.self_ty = self;
    e.self_path = sfmt("<%s>", self);

    if (tr) {
      /* a trait impl */
      char *tname = last_segment(tr);
      if (!strcmp(tname, "Send") || !strcmp(tname, "Sync")) {
        char *base = type_base_name(type);
        if (base) {
          AutoDecl *ad = auto_find(sfmt("%s::%s", cx->modpath, base), 1);
          if (ad) {
            if (!strcmp(tname, "Send")) ad->send = 1;
            else ad->sync = 1;
          }
        }
      }
      if (negative) {
        if (x == 0) count.neg_impls++;
        /* the ambiguity trick, with every parameter instantiated by u8 and
           every lifetime by 'static: the probe is ambiguous (an error)
           exactly when the type implements the trait */
        Em s;
        em_init(&s, &insts[x]);
        for (int i = 0; i < all.np && s.nsub < 8; i++) {
          s.sub_from[s.nsub] = all.p[i].name;
          s.sub_to[s.nsub] = all.p[i].kind == 1 ? "'static" : "u8";
          s.nsub++;
        }
        s.mode = M_STATIC;
        char *cself = emit_str(&s, type);
        char *ctr = emit_str(&s, trait);
        Gens none = {0};
        emit_body(&none, NULL,
                  sfmt("    trait __Amb<A> { fn __f() {} }\n"
                       "    impl<X: ?Sized> __Amb<()> for X {}\n"
                       "    impl<X: ?Sized + %s> __Amb<u8> for X {}\n"
                       "    let _ = <%s as __Amb<_>>::__f;\n",
                       ctr, cself),
                  cx, line, sfmt("impl !%s for %s", tr, self));
        continue;
      }
      if (x == 0) count.trait_impls++;
      count.expanded_impls++;
      /* assoc types of the impl become bindings */
      Buf bind = {0}, hrtb = {0}, bparams = {0}, bargs = {0};
      int nb = 0;
      TSNode body = field(n, "body");
      if (!ts_node_is_null(body))
        for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
          TSNode k = ts_node_named_child(body, i);
          if (is(k, "type_item")) {
            char *an = text(field(k, "name"));
            char *av = emit_str(&e, field(k, "type"));
            TSNode gp = field(k, "type_parameters");
            if (!ts_node_is_null(gp)) {
              /* a generic associated type: Searcher<'a> = X<'a>, for all 'a */
              char *gps = text(gp);
              an = sfmt("%s%s", an, gps);
              for (uint32_t j = 0; j < ts_node_named_child_count(gp); j++) {
                TSNode l = ts_node_named_child(gp, j);
                if (is(l, "lifetime_parameter"))
                  buf_printf(&hrtb, "%s%s", hrtb.n ? ", " : "", text(field(l, "name")));
              }
            }
            if (ts_node_is_null(gp)) {
              buf_printf(&bparams, "%s__B%d: ?Sized", bparams.n ? ", " : "", nb);
              buf_printf(&bargs, "%s%s", bargs.n ? ", " : "", av);
              av = sfmt("__B%d", nb++);
            }
            buf_printf(&bind, "%s%s = %s", bind.n ? ", " : "", an, av);
          } else if (is(k, "function_item") || is(k, "function_signature_item")) {
            int s = rec_begin_pos();
            buf_printf(&pos, "compile_error!(\"%s:%d: a trait impl lists no methods\");\n", cx->file,
                       line_of(k));
            rec_add('P', s, cur_line(&pos), cx->file, line_of(k),
                    "a trait impl lists no methods (they come from the trait)", -1);
          }
        }
      char *assertion = sfmt("%s%s%s%s: %s", hrtb.n ? "for<" : "", hrtb.n ? hrtb.s : "",
                             hrtb.n ? "> " : "", self, with_bindings(tr, bind.s));
      buf_free(&bind);
      buf_free(&hrtb);
      /* implied bounds: the self type and the trait's type arguments */
      Buf ph = {0};
      buf_puts(&ph, self);
      {
        /* split the emitted trait's top-level generic arguments */
        const char *lt = strchr(tr, '<');
        const char *paren = strchr(tr, '(');
        if (lt && !(paren && paren < lt)) {
          int depth = 0;
          const char *start = lt + 1;
          for (const char *c = lt + 1; *c; c++) {
            if (*c == '<' || *c == '(' || *c == '[') depth++;
            else if (*c == '>' || *c == ')' || *c == ']') {
              if (depth == 0) {
                buf_printf(&ph, "\t%.*s", (int)(c - start), start);
                break;
              }
              depth--;
            } else if (*c == ',' && depth == 0) {
              buf_printf(&ph, "\t%.*s", (int)(c - start), start);
              start = c + 1;
              while (*start == ' ') start++;
            }
          }
        }
      }
      /* drop lifetime arguments (a PhantomData<'a> is no type) */
      Buf ph2 = {0};
      {
        const char *p = ph.s;
        while (p && *p) {
          const char *tab = strchr(p, '\t');
          size_t len = tab ? (size_t)(tab - p) : strlen(p);
          while (len && p[0] == ' ') p++, len--;
          if (len && p[0] != '\'' && !memchr(p, '=', len))
            buf_printf(&ph2, "%s%.*s", ph2.n ? "\t" : "", (int)len, p);
          p += len;
          if (*p == '\t') p++;
        }
      }
      /* ?Sized variants prove nothing for auto-trait impls (their
         parameters are pinned by the type) nor for tuples (std lets only
         the last element be unsized: not modelled) */
      no_unsize_variants = insts[x].tuple || !strcmp(tname, "Send") || !strcmp(tname, "Sync");
      emit_assert_b(&all, ph2.s, assertion, bparams.s, bargs.s, cx, line,
                    sfmt("impl %s for %s", tr, self), 1);
      no_unsize_variants = 0;
      buf_free(&bparams);
      buf_free(&bargs);
      buf_free(&ph);
      buf_free(&ph2);
      continue;
    }

    /* an inherent impl: each method, each const */
    if (x == 0) count.inherent_impls++;
    TSNode body = field(n, "body");
    if (ts_node_is_null(body)) continue;
    Attrs mat = {0};
    for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
      TSNode k = ts_node_named_child(body, i);
      if (is(k, "attribute_item")) {
        if (mat.n < 16) mat.a[mat.n++] = k;
        continue;
      }
      if (is(k, "function_signature_item") || is(k, "function_item")) {
        char *mname = text(field(k, "name"));
        FnCheck fc;
        fn_check_build(&fc, k, &all, &insts[x], self, sfmt("<%s>", self),
                       sfmt("<%s>::%s", self, mname), NULL);
        if (x == 0) count.methods++;
        count.expanded_methods++;
        negatives_may_fall_back = is_trait_method_name(mname);
        emit_fn_check(&fc, cx, line_of(k), sfmt("%s::%s", self, mname));
        negatives_may_fall_back = 0;
        /* placement: found with no trait in scope */
        TSNode tt = type;
        char *probe = NULL;
        char *base = type_base_name(tt);
        if (base && !ts_node_is_null(tt)) {
          TSNode tnode = is(tt, "generic_type") ? field(tt, "type") : tt;
          char *tpath = text(tnode);
          const char *sub = sub_lookup(&e, tpath);
          if (sub) probe = sfmt("<%s>::%s", sub, mname);
          else if (strchr(tpath, ':')) probe = NULL;
          else probe = sfmt("%s::%s::%s", modprefix(cx), tpath, mname);
        } else if (is(tt, "primitive_type")) {
          probe = sfmt("<%s>::%s", text(tt), mname);
        } else if (is(tt, "array_type")) {
          probe = sfmt(ts_node_is_null(field(tt, "length")) ? "<[_]>::%s" : "<[_; 1]>::%s", mname);
        }
        if (probe) {
          int parent = nrecs - 1;
          while (parent >= 0 && recs[parent].kind != 'P') parent--;
          int s = rec_begin_neg();
          buf_printf(&neg, "#[no_implicit_prelude] mod __q%d { fn __q() { let _ = %s; } }\n",
                     fn_serial, probe);
          rec_add('Q', s, cur_line(&neg), cx->file, line_of(k),
                  sfmt("%s::%s is not an inherent method of std's %s (a trait's? another impl's?)",
                       self, mname, self),
                  parent);
        }
      } else if (is(k, "const_item")) {
        char *cn = text(field(k, "name"));
        char *ct = emit_str(&e, field(k, "type"));
        if (x == 0) count.consts++;
        emit_body(&all, sfmt("_: ::std::marker::PhantomData<%s>", self),
                  sfmt("    crate::__is::<%s, _>(&<%s>::%s);\n", ct, self, cn), cx, line_of(k),
                  sfmt("%s::%s", self, cn));
      }
      mat.n = 0;
    }
  }
}

static void trait_item(Ctx *cx, TSNode n, const Attrs *at) {
  count.traits++;
  Inst inst = {0};
  Em e;
  em_init(&e, &inst);
  e.mode = M_RAW;
  char *name = text(field(n, "name"));
  int line = line_of(n);
  Gens tp = {0};
  read_type_params(&e, field(n, "type_parameters"), &tp);
  /* Trait<A, B> */
  Buf tr = {0};
  buf_puts(&tr, name);
  if (tp.np) {
    buf_puts(&tr, "<");
    for (int i = 0; i < tp.np; i++) buf_printf(&tr, "%s%s", i ? ", " : "", tp.p[i].name);
    buf_puts(&tr, ">");
  }
  char *trait_ref = buf_take(&tr);
  buf_free(&tr);
  e.self_ty = "__S";
  e.self_path = "__S";
  /* re-read the parameters' bounds with Self as __S */
  Gens tpg = {0};
  read_type_params(&e, field(n, "type_parameters"), &tpg);
  Gens base = {0};
  GParam *s = gens_add(&base, "__S", 0);
  s->unsized = 1;
  param_bound(s, trait_ref, 1);
  gens_append(&base, &tpg);
  read_where(&e, named_child_of_type(n, "where_clause"), &base);


  TSNode body = field(n, "body");

  /* 1. supertraits and assoc types: implied by the real trait */
  Buf as = {0};
  TSNode sup = field(n, "bounds");
  if (!ts_node_is_null(sup))
    for (uint32_t i = 0; i < ts_node_named_child_count(sup); i++) {
      TSNode b = ts_node_named_child(sup, i);
      if (is(b, "removed_trait_bound")) continue;
      buf_printf(&as, "%s__S: %s", as.n ? ", " : "", emit_str(&e, b));
    }
  char *unsized_assoc[64], *unsized_assoc_name[64];
  int unsized_assoc_line[64], n_unsized_assoc = 0;
  for (uint32_t i = 0; !ts_node_is_null(body) && i < ts_node_named_child_count(body); i++) {
    TSNode k = ts_node_named_child(body, i);
    if (!is(k, "associated_type")) continue;
    if (!ts_node_is_null(field(k, "type_parameters"))) continue; /* GATs: not checked */
    char *an = text(field(k, "name"));
    char *proj = sfmt("<__S as %s>::%s", trait_ref, an);
    TSNode bs = field(k, "bounds");
    int unsized = 0;
    if (!ts_node_is_null(bs))
      for (uint32_t j = 0; j < ts_node_named_child_count(bs); j++) {
        TSNode b = ts_node_named_child(bs, j);
        if (is(b, "removed_trait_bound")) {
          unsized = 1;
          continue;
        }
        buf_printf(&as, "%s%s: %s", as.n ? ", " : "", proj, emit_str(&e, b));
      }
    if (!unsized) buf_printf(&as, "%s%s: ::std::marker::Sized", as.n ? ", " : "", proj);
    else if (n_unsized_assoc < 64) {
      unsized_assoc[n_unsized_assoc] = proj;
      unsized_assoc_line[n_unsized_assoc++] = line_of(k);
      unsized_assoc_name[n_unsized_assoc - 1] = an;
    }
  }
  emit_assert(&base, NULL, as.n ? as.s : sfmt("__S: %s", trait_ref), cx, line,
              sfmt("trait %s (its supertraits and associated types)", trait_ref), 0);
  buf_free(&as);
  /* an associated type declared ?Sized: asserting it Sized must fail */
  int trait_rec = nrecs - 1;
  for (int i = 0; i < n_unsized_assoc; i++) {
    int st = rec_begin_neg();
    Buf gp = {0}, gw = {0}, args = {0};
    gens_render(&base, NO_VARIANT, &gp, &gw);
    gens_args(&base, 1, &args);
    int id = assert_serial++;
    buf_printf(&neg, "fn __a%d_req%s()%s%s%s: ::std::marker::Sized {}\n", id, gp.s,
               gw.n ? gw.s : " where ", gw.n ? ", " : "", unsized_assoc[i]);
    buf_printf(&neg, "fn __a%d%s()%s { __a%d_req%s(); }\n", id, gp.s, gw.s ? gw.s : "", id, args.s);
    rec_add('N', st, cur_line(&neg), cx->file, unsized_assoc_line[i],
            sfmt("%s::%s is declared ?Sized but std's is Sized", name, unsized_assoc_name[i]),
            trait_rec);
    buf_free(&gp);
    buf_free(&gw);
    buf_free(&args);
  }

  /* 2. defaults of the parameters: `Trait` alone means Trait<defaults> */
  int all_default = tp.np > 0;
  TSNode tps = field(n, "type_parameters");
  Buf defs = {0};
  for (uint32_t i = 0; !ts_node_is_null(tps) && i < ts_node_named_child_count(tps); i++) {
    TSNode p = ts_node_named_child(tps, i);
    if (!is(p, "type_parameter")) continue;
    TSNode d = field(p, "default_type");
    if (ts_node_is_null(d)) all_default = 0;
    else buf_printf(&defs, "%s%s", defs.n ? ", " : "", emit_str(&e, d));
  }
  if (all_default && defs.n) {
    Gens dg = {0};
    GParam *ds = gens_add(&dg, "__S", 0);
    param_bound(ds, name, 1);
    emit_assert(&dg, NULL, sfmt("__S: %s<%s>", name, defs.s), cx, line,
                sfmt("the defaults of trait %s<%s>", name, defs.s), 0);
  }
  buf_free(&defs);

  /* 3. methods and consts */
  for (uint32_t i = 0; !ts_node_is_null(body) && i < ts_node_named_child_count(body); i++) {
    TSNode k = ts_node_named_child(body, i);
    if ((is(k, "function_signature_item") || is(k, "function_item")) &&
        !strcmp(name, "Drop")) {
      count.trait_methods++; /* Drop::drop cannot be named (E0040): not checked */
    } else if (is(k, "function_signature_item") || is(k, "function_item")) {
      count.trait_methods++;
      count.expanded_methods++;
      char *mname = text(field(k, "name"));
      FnCheck fc;
      int self_sized = 0;
      fn_check_build(&fc, k, &base, &inst, "__S", "__S",
                     sfmt("<__S as %s>::%s", trait_ref, mname), &self_sized);
      if (fc.self_sized && !self_sized) {
        /* a by-value Self with no `where Self: Sized`: Sized is implied */
        for (int j = 0; j < fc.g.np; j++)
          if (!strcmp(fc.g.p[j].name, "__S")) {
            fc.g.p[j].unsized = 0;
            param_bound(&fc.g.p[j], "::std::marker::Sized", 1);
          }
      }
      emit_fn_check(&fc, cx, line_of(k), sfmt("%s::%s", name, mname));
    } else if (is(k, "const_item")) {
      count.consts++;
      char *cn = text(field(k, "name"));
      char *ct = emit_str(&e, field(k, "type"));
      emit_body(&base, NULL, sfmt("    crate::__is::<%s, _>(&<__S as %s>::%s);\n", ct, trait_ref, cn),
                cx, line_of(k), sfmt("%s::%s", name, cn));
    }
  }
}

static void use_item(Ctx *cx, TSNode n, Buf *out_pos, Buf *out_neg) {
  int pub = !ts_node_is_null(named_child_of_type(n, "visibility_modifier"));
  if (!pub) {
    /* a private import: copied, so that names resolve as in the declarations */
    char *t = text(n);
    buf_printf(out_pos, "#[allow(unused_imports)] %s\n", t);
    buf_printf(out_neg, "#[allow(unused_imports)] %s\n", t);
    return;
  }
  /* a re-export: the real module exports the name */
  TSNode arg = field(n, "argument");
  char *names[64];
  int nn = 0;
  TSNode stack[64];
  int sp = 0;
  stack[sp++] = arg;
  while (sp) {
    TSNode a = stack[--sp];
    if (is(a, "use_as_clause")) {
      if (nn < 64) names[nn++] = text(field(a, "alias"));
    } else if (is(a, "scoped_identifier")) {
      if (nn < 64) names[nn++] = text(field(a, "name"));
    } else if (is(a, "identifier")) {
      if (nn < 64) names[nn++] = text(a);
    } else if (is(a, "scoped_use_list")) {
      TSNode list = field(a, "list");
      TSNode path = field(a, "path");
      for (uint32_t i = 0; i < ts_node_named_child_count(list) && sp < 64; i++) {
        TSNode k = ts_node_named_child(list, i);
        if (is(k, "self")) {
          if (!ts_node_is_null(path) && nn < 64) {
            char *p = text(path);
            char *c = strrchr(p, ':');
            names[nn++] = c ? c + 1 : p;
          }
        } else {
          stack[sp++] = k;
        }
      }
    } else if (is(a, "use_list")) {
      for (uint32_t i = 0; i < ts_node_named_child_count(a) && sp < 64; i++)
        stack[sp++] = ts_node_named_child(a, i);
    } /* use_wildcard: not checkable */
  }
  for (int i = 0; i < nn; i++) {
    count.reexports++;
    int s = rec_begin_pos();
    buf_printf(&pos, "#[allow(unused_imports)] use %s::%s as _;\n", modprefix(cx), names[i]);
    rec_add('P', s, cur_line(&pos), cx->file, line_of(n),
            sfmt("std::%s re-exports %s", cx->modpath, names[i]), -1);
  }
}

static void item(Ctx *cx, TSNode n, const Attrs *at) {
  int line = line_of(n);
  if (is(n, "mod_item")) {
    char *name = text(field(n, "name"));
    TSNode body = field(n, "body");
    Ctx sub = *cx;
    mod_join(&sub, cx, name);
    sub.depth++;
    buf_printf(&pos, "\npub mod %s {\n#[allow(unused_imports)] pub use ::std::%s::*;\n", name, sub.modpath);
    buf_printf(&neg, "\npub mod %s {\n#[allow(unused_imports)] pub use ::std::%s::*;\n", name, sub.modpath);
    /* the private imports first (they are in scope everywhere in the module) */
    if (!ts_node_is_null(body))
      for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
        TSNode k = ts_node_named_child(body, i);
        if (is(k, "use_declaration") &&
            ts_node_is_null(named_child_of_type(k, "visibility_modifier")))
          use_item(&sub, k, &pos, &neg);
      }
    if (!ts_node_is_null(body)) items(&sub, body);
    buf_puts(&pos, "}\n");
    buf_puts(&neg, "}\n");
  } else if (is(n, "use_declaration")) {
    if (!ts_node_is_null(named_child_of_type(n, "visibility_modifier"))) use_item(cx, n, &pos, &neg);
  } else if (is(n, "struct_item")) {
    type_item(cx, n, at, 0);
  } else if (is(n, "enum_item")) {
    type_item(cx, n, at, 1);
  } else if (is(n, "impl_item")) {
    impl_item(cx, n, at);
  } else if (is(n, "trait_item")) {
    trait_item(cx, n, at);
  } else if (is(n, "function_signature_item") || is(n, "function_item")) {
    Inst insts[160];
    int ninst = expansions(at, insts, 160);
    char *name = text(field(n, "name"));
    count.fns++;
    for (int x = 0; x < ninst; x++) {
      FnCheck fc;
      fn_check_build(&fc, n, NULL, &insts[x], NULL, NULL, sfmt("%s::%s", modprefix(cx), name), NULL);
      emit_fn_check(&fc, cx, line, sfmt("std::%s::%s", cx->modpath, name));
    }
  } else if (is(n, "const_item") || is(n, "static_item")) {
    count.consts++;
    Inst inst = {0};
    Em e;
    em_init(&e, &inst);
    e.mode = M_STATIC;
    char *name = text(field(n, "name"));
    char *ty = emit_str(&e, field(n, "type"));
    Gens none = {0};
    emit_body(&none, NULL, sfmt("    crate::__is::<%s, _>(&%s::%s);\n", ty, modprefix(cx), name), cx,
              line, sfmt("std::%s::%s", cx->modpath, name));
  } else if (is(n, "type_item")) {
    count.aliases++;
    Inst inst = {0};
    Em e;
    em_init(&e, &inst);
    e.mode = M_RAW;
    char *name = text(field(n, "name"));
    Gens g = {0};
    read_type_params(&e, field(n, "type_parameters"), &g);
    char *ty = emit_str(&e, field(n, "type"));
    Buf args = {0};
    if (g.np) gens_args(&g, 1, &args);
    char *alias = sfmt("%s::%s%s", modprefix(cx), name, args.n ? args.s + 2 : "");
    buf_free(&args);
    emit_body(&g, NULL, sfmt("    crate::__same::<%s, %s>();\n", alias, ty), cx, line,
              sfmt("type std::%s::%s", cx->modpath, name));
  } else if (is(n, "macro_invocation") || is(n, "empty_statement")) {
    /* nothing */
  } else if (is(n, "macro_definition")) {
    /* the prelude's derive macros (prelude.rs): names, not signatures; that
       `Debug` there is a macro and not the trait is what rustc says when
       `Debug` is used as a trait without importing std::fmt::Debug */
  } else {
    int s = rec_begin_pos();
    buf_printf(&pos, "compile_error!(\"%s:%d: a `%s` is not a declaration std_sigcheck knows\");\n",
               cx->file, line, ts_node_type(n));
    rec_add('P', s, cur_line(&pos), cx->file, line, sfmt("unknown item %s", ts_node_type(n)), -1);
  }
}

/* Pre-pass data: each declared trait with its supertraits' names. */
static struct {
  char *name;
  int nsup;
  char *sup[16];
} traits_seen[1024];
static int n_traits_seen;

static void compute_sized_traits(void) {
  sized_traits[n_sized_traits++] = "Sized";
  for (int changed = 1; changed;) {
    changed = 0;
    for (int i = 0; i < n_traits_seen; i++) {
      if (implies_sized(traits_seen[i].name)) continue;
      for (int j = 0; j < traits_seen[i].nsup; j++)
        if (implies_sized(traits_seen[i].sup[j]) && n_sized_traits < 256) {
          sized_traits[n_sized_traits++] = traits_seen[i].name;
          changed = 1;
          break;
        }
    }
  }
}

/* Pre-pass: which types have Send/Sync impls declared (any module); which
 * traits have which supertraits. */
static void collect_autos(Ctx *cx, TSNode list) {
  for (uint32_t i = 0; i < ts_node_named_child_count(list); i++) {
    TSNode k = ts_node_named_child(list, i);
    if (is(k, "mod_item")) {
      Ctx sub = *cx;
      char *name = text(field(k, "name"));
      mod_join(&sub, cx, name);
      TSNode body = field(k, "body");
      if (!ts_node_is_null(body)) collect_autos(&sub, body);
    } else if (is(k, "trait_item") && n_traits_seen < 1024) {
      TSNode tb = field(k, "body");
      for (uint32_t j = 0; !ts_node_is_null(tb) && j < ts_node_named_child_count(tb); j++) {
        TSNode f = ts_node_named_child(tb, j);
        if ((is(f, "function_signature_item") || is(f, "function_item")) &&
            n_trait_method_names < 4096)
          trait_method_names[n_trait_method_names++] = text(field(f, "name"));
      }
      int t = n_traits_seen++;
      traits_seen[t].name = text(field(k, "name"));
      traits_seen[t].nsup = 0;
      TSNode sup = field(k, "bounds");
      for (uint32_t j = 0; !ts_node_is_null(sup) && j < ts_node_named_child_count(sup); j++) {
        TSNode b = ts_node_named_child(sup, j);
        if (is(b, "removed_trait_bound") || traits_seen[t].nsup >= 16) continue;
        traits_seen[t].sup[traits_seen[t].nsup++] = text(b);
      }
    } else if (is(k, "impl_item")) {
      TSNode trait = field(k, "trait");
      if (ts_node_is_null(trait)) continue;
      char *tname = last_segment(text(trait));
      if (strcmp(tname, "Send") && strcmp(tname, "Sync")) continue;
      char *base = type_base_name(field(k, "type"));
      if (!base) continue;
      AutoDecl *ad = auto_find(sfmt("%s::%s", cx->modpath, base), 1);
      if (!ad) continue;
      if (!strcmp(tname, "Send")) ad->send = 1;
      else ad->sync = 1;
    }
  }
}

/* ---------------------------------------------------------------- main */

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static const char *PRELUDE =
    "// Generated by std_sigcheck from core/std/*.rs: do not edit.\n"
    "#![feature(pattern, step_trait, unboxed_closures, fn_traits, tuple_trait, slice_concat_trait, clone_to_uninit)]\n"
    "#![deny(elided_lifetimes_in_paths)]\n"
    "#![allow(unused, deprecated, non_camel_case_types, non_snake_case, internal_features,\n"
    "         private_interfaces, private_bounds, dead_code, noop_method_call,\n"
    "         trivial_bounds, invalid_value, suspicious_double_ref_op)]\n"
    "pub trait __Same<T: ?Sized> {}\n"
    "impl<T: ?Sized> __Same<T> for T {}\n"
    "pub fn __same<A: ?Sized, B: ?Sized + __Same<A>>() {}\n"
    "pub fn __is<A: ?Sized, B: ?Sized + __Same<A>>(_: &B) {}\n";

static int gen(const char *dir, const char *outdir) {
  DIR *d = opendir(dir);
  if (!d) die("cannot open %s", dir);
  char *names[256];
  int nf = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    size_t l = strlen(de->d_name);
    if (l > 3 && !strcmp(de->d_name + l - 3, ".rs") && nf < 256) names[nf++] = sdup(de->d_name, l);
  }
  closedir(d);
  qsort(names, (size_t)nf, sizeof names[0], cmp_str);
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_rust());
  buf_puts(&pos, PRELUDE);
  buf_puts(&neg, PRELUDE);
  char *texts[256];
  TSTree *trees[256];
  for (int i = 0; i < nf; i++) {
    char *path = sfmt("%s/%s", dir, names[i]);
    size_t len;
    texts[i] = test_read_file(path, &len);
    if (!texts[i]) die("cannot read %s", path);
    trees[i] = ts_parser_parse_string(parser, NULL, texts[i], (uint32_t)len);
    if (!trees[i]) die("cannot parse %s", path);
    src = texts[i];
    src_path = names[i];
    Ctx cx = {0};
    cx.file = names[i];
    collect_autos(&cx, ts_tree_root_node(trees[i]));
  }
  compute_sized_traits();
  for (int i = 0; i < nf; i++) {
    src = texts[i];
    src_path = names[i];
    Ctx cx = {0};
    cx.file = names[i];
    buf_printf(&pos, "\n// ---- %s\n", names[i]);
    buf_printf(&neg, "\n// ---- %s\n", names[i]);
    TSNode root = ts_tree_root_node(trees[i]);
    if (ts_node_has_error(root)) die("%s/%s has syntax errors (run std_parse)", dir, names[i]);
    items(&cx, root);
  }
  for (int i = 0; i < nf; i++) {
    ts_tree_delete(trees[i]);
    free(texts[i]);
  }
  ts_parser_delete(parser);

  char *p = sfmt("%s/pos.rs", outdir), *q = sfmt("%s/neg.rs", outdir), *m = sfmt("%s/map.txt", outdir);
  FILE *f = fopen(p, "w");
  if (!f) die("cannot write %s", p);
  fwrite(pos.s, 1, pos.n, f);
  fclose(f);
  f = fopen(q, "w");
  if (!f) die("cannot write %s", q);
  fwrite(neg.s, 1, neg.n, f);
  fclose(f);
  f = fopen(m, "w");
  if (!f) die("cannot write %s", m);
  fprintf(f, "# kind start end file line what\n");
  for (int i = 0; i < nrecs; i++) {
    Rec *r = &recs[i];
    fprintf(f, "%c %d %d %d %s %d %s\n", r->kind, r->start, r->end, r->parent, r->file, r->line,
            r->what);
  }
  fprintf(f, "= files %d structs %d enums %d traits %d trait_impls %d negative_impls %d "
             "inherent_impls %d methods %d trait_methods %d fns %d consts %d aliases %d "
             "reexports %d derives %d expanded_fn_checks %d expanded_trait_impls %d\n",
          nf, count.structs, count.enums, count.traits, count.trait_impls, count.neg_impls,
          count.inherent_impls, count.methods, count.trait_methods, count.fns, count.consts,
          count.aliases, count.reexports, count.derives, count.expanded_methods + count.fns,
          count.expanded_impls);
  fclose(f);
  printf("std_sigcheck: %d files: %d structs, %d enums, %d traits (%d methods), %d trait impls "
         "(%d once #[each_*] is expanded), %d negative impls, %d inherent impls (%d methods), "
         "%d free fns, %d consts, %d aliases, %d re-exports, %d derived impls\n",
         nf, count.structs, count.enums, count.traits, count.trait_methods, count.trait_impls,
         count.expanded_impls, count.neg_impls, count.inherent_impls, count.methods, count.fns,
         count.consts, count.aliases, count.reexports, count.derives);
  int np = 0, nn = 0, nq = 0;
  for (int i = 0; i < nrecs; i++) {
    if (recs[i].kind == 'P') np++;
    else if (recs[i].kind == 'N' || recs[i].kind == 'M') nn++;
    else nq++;
  }
  printf("std_sigcheck: %d checks that must compile, %d that must fail, %d placement probes\n", np,
         nn, nq);
  buf_free(&pos);
  buf_free(&neg);
  free(recs);
  return 0;
}

/* ---------------------------------------------------------------- report */

/* Mark the records whose range holds an error line of rustc's short format
 * ("FILE:LINE:COL: error[E0308]: message"). Returns the unattributed count. */
static int read_errors(const char *errpath, const char *genname, int neg_file) {
  FILE *f = fopen(errpath, "r");
  if (!f) die("cannot read %s", errpath);
  char line[8192];
  int unattributed = 0;
  size_t gl = strlen(genname);
  while (fgets(line, sizeof line, f)) {
    char *p = strstr(line, genname);
    if (!p || p[gl] != ':') {
      if (!neg_file && strncmp(line, "error", 5) == 0 && !strstr(line, "aborting due to") &&
          !strstr(line, "could not compile")) {
        printf("  rustc: %s", line);
        unattributed++;
      }
      continue;
    }
    int ln = atoi(p + gl + 1);
    char *msg = strstr(p, ": error");
    if (!msg) continue; /* warnings, notes */
    msg += 2;
    size_t ml = strlen(msg);
    while (ml && (msg[ml - 1] == '\n' || msg[ml - 1] == '\r')) msg[--ml] = 0;
    int found = 0;
    for (int i = 0; i < nrecs; i++) {
      Rec *r = &recs[i];
      int in_file = neg_file ? (r->kind != 'P') : (r->kind == 'P');
      if (!in_file || ln < r->start || ln > r->end) continue;
      found = 1;
      if (r->kind == 'Q') {
        if (strstr(msg, "E0599") && strstr(msg, "no function or associated item named")) {
          r->failed = 1;
          if (!r->msg) r->msg = sdup(msg, ml);
        }
      } else {
        r->failed = 1; /* for N this means "failed as it must" */
        if (!r->msg) r->msg = sdup(msg, ml);
      }
    }
    if (!found && !neg_file) {
      printf("  %s:%d (no declaration): %s\n", genname, ln, msg);
      unattributed++;
    }
  }
  fclose(f);
  return unattributed;
}

static int report(const char *outdir, const char *poserr, const char *negerr) {
  char *m = sfmt("%s/map.txt", outdir);
  FILE *f = fopen(m, "r");
  if (!f) die("cannot read %s", m);
  char line[8192];
  char summary[1024] = "";
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#') continue;
    if (line[0] == '=') {
      snprintf(summary, sizeof summary, "%.1000s", line + 2);
      continue;
    }
    char kind;
    int start, end, parent, ln, off = 0;
    char file[512];
    if (sscanf(line, "%c %d %d %d %511s %d %n", &kind, &start, &end, &parent, file, &ln, &off) < 6)
      continue;
    char *what = line + off;
    size_t wl = strlen(what);
    while (wl && what[wl - 1] == '\n') what[--wl] = 0;
    rec_add(kind, start, end, sdup(file, strlen(file)), ln, what, parent);
  }
  fclose(f);
  int bad_pos = 0, bad_neg = 0, bad_q = 0, np = 0, nn = 0, nq = 0, skipped = 0, unverified = 0;
  printf("reading rustc's errors\n");
  int un = read_errors(poserr, "pos.rs", 0);
  read_errors(negerr, "neg.rs", 1);
  for (int i = 0; i < nrecs; i++) {
    Rec *r = &recs[i];
    if (r->kind == 'P') {
      np++;
      if (r->failed) {
        bad_pos++;
        printf("WRONG %s:%d: %s\n    rustc: %s\n", r->file, r->line, r->what, r->msg);
      }
    }
  }
  for (int i = 0; i < nrecs; i++) {
    Rec *r = &recs[i];
    if (r->kind == 'P') continue;
    if (r->parent >= 0 && r->parent < nrecs && recs[r->parent].failed) {
      skipped++;
      continue;
    }
    if (r->kind == 'N') {
      nn++;
      if (!r->failed) {
        bad_neg++;
        printf("TOO STRICT %s:%d: %s\n", r->file, r->line, r->what);
      }
    } else if (r->kind == 'M') {
      nn++;
      if (!r->failed) {
        unverified++;
        printf("UNVERIFIED %s:%d: %s (or rustc took a trait's method of the same name)\n",
               r->file, r->line, r->what);
      }
    } else {
      nq++;
      if (r->failed) {
        bad_q++;
        printf("MISPLACED %s:%d: %s\n    rustc: %s\n", r->file, r->line, r->what, r->msg);
      }
    }
  }
  printf("declarations: %s", summary);
  printf("%d checks that must compile: %d wrong%s\n", np, bad_pos,
         un ? sfmt(" (+%d errors outside any check)", un) : "");
  printf("%d checks that must fail: %d compiled (declared stricter than std)%s\n", nn, bad_neg,
         unverified ? sfmt(", %d not verifiable", unverified) : "");
  printf("%d placement probes: %d misplaced\n", nq, bad_q);
  if (skipped) printf("(%d negative checks skipped: their declaration is already wrong)\n", skipped);
  free(recs);
  return bad_pos || bad_neg || bad_q || un ? 1 : 0;
}

int main(int argc, char **argv) {
  int rc;
  if (argc == 4 && !strcmp(argv[1], "gen")) rc = gen(argv[2], argv[3]);
  else if (argc == 5 && !strcmp(argv[1], "report")) rc = report(argv[2], argv[3], argv[4]);
  else {
    fprintf(stderr, "usage: std_sigcheck gen DIR OUTDIR | std_sigcheck report OUTDIR POSERR NEGERR\n");
    rc = 2;
  }
  free_all();
  return rc;
}
