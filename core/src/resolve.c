/*
 * resolve.c: names -> definitions.
 *
 * Computes, for one crate (std's once per session, the snippet's per
 * analysis): a table per module of the names it defines and imports in
 * the type, value and macro namespaces (imports resolved to a fixpoint,
 * globs followed lazily), then the BmRes of every path: in item
 * signatures, bounds, impl headers and fields, and in bodies, where local
 * bindings shadow items and a binding pattern naming a unit struct,
 * unit variant or const becomes a path pattern.
 *
 * Assumes: the HIR of both crates is built. Paths that end inside a type
 * (`Vec::new`, `Self::Item`, `T::default`) keep their tail for infer.c
 * (BmRes.rest). What our std declarations lack, external crates and
 * modules filled by macros resolve to BM_RES_UNKNOWN, never to an error.
 */
#include <stdio.h>
#include <string.h>

#include "bm.h"

#define NONE BM_NONE_ID

/* ---- the tables: (module, name) -> binding, open addressing */

typedef struct {
  BmDefId module;
  BmSym name;
  BmBinding b;
  uint8_t vis;            /* of the import or item (the most visible one) */
  bool dummy;             /* an import that failed (reported once) or that
                             names what we cannot see: uses stay silent */
} Entry;

typedef struct {
  BmDefId module, target;
  uint8_t vis;
  uint32_t next;          /* next glob of the same module + 1 */
} Glob;

struct BmScopes {
  BmArena *arena;
  Entry *entries;
  uint32_t nentries, cap;
  BmArray(Glob) globs;
  /* module -> first glob + 1, open addressing on module ids */
  uint32_t *glob_heads_key, *glob_heads_val;
  uint32_t glob_cap;
  /* modules whose names we cannot all see (macro-made items, `mod x;`,
     an import we could not resolve inside std or an external crate) */
  BmArray(BmDefId) opaque;
};

static uint32_t hash2(uint32_t a, uint32_t b) {
  uint64_t h = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ull;
  return (uint32_t)(h >> 32);
}

static Entry *find_entry(const BmScopes *s, BmDefId module, BmSym name) {
  if (!s || !s->cap) return NULL;
  for (uint32_t i = hash2(module, name) & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
    Entry *e = &s->entries[i];
    if (!e->name) return NULL;
    if (e->module == module && e->name == name) return e;
  }
}

static void grow(BmScopes *s) {
  uint32_t ncap = s->cap ? s->cap * 2 : 256;
  Entry *old = s->entries;
  uint32_t ocap = s->cap;
  s->entries = bm_arena_alloc(s->arena, ncap * sizeof *s->entries);
  s->cap = ncap;
  for (uint32_t i = 0; i < ocap; i++) {
    if (!old[i].name) continue;
    uint32_t j = hash2(old[i].module, old[i].name) & (ncap - 1);
    while (s->entries[j].name) j = (j + 1) & (ncap - 1);
    s->entries[j] = old[i];
  }
}

static Entry *get_entry(BmScopes *s, BmDefId module, BmSym name) {
  Entry *e = find_entry(s, module, name);
  if (e) return e;
  if ((s->nentries + 1) * 2 > s->cap) grow(s);
  uint32_t i = hash2(module, name) & (s->cap - 1);
  while (s->entries[i].name) i = (i + 1) & (s->cap - 1);
  e = &s->entries[i];
  e->module = module;
  e->name = name;
  e->b.type = e->b.value = e->b.macro = NONE;
  s->nentries++;
  return e;
}

static uint32_t *glob_head(BmScopes *s, BmDefId module, bool create) {
  if (!s->glob_cap) {
    if (!create) return NULL;
    s->glob_cap = 64;
    s->glob_heads_key = bm_arena_alloc(s->arena, s->glob_cap * sizeof(uint32_t));
    s->glob_heads_val = bm_arena_alloc(s->arena, s->glob_cap * sizeof(uint32_t));
  }
  for (;;) {
    uint32_t used = 0;
    for (uint32_t i = hash2(module, 7) & (s->glob_cap - 1);; i = (i + 1) & (s->glob_cap - 1)) {
      if (s->glob_heads_val[i] == 0) {
        if (!create) return NULL;
        break;
      }
      if (s->glob_heads_key[i] == module) return &s->glob_heads_val[i];
      if (++used > s->glob_cap) break;
    }
    /* count occupancy; grow when half full */
    uint32_t n = 0;
    for (uint32_t i = 0; i < s->glob_cap; i++) n += s->glob_heads_val[i] != 0;
    if ((n + 1) * 2 > s->glob_cap) {
      uint32_t ocap = s->glob_cap;
      uint32_t *ok = s->glob_heads_key, *ov = s->glob_heads_val;
      s->glob_cap *= 2;
      s->glob_heads_key = bm_arena_alloc(s->arena, s->glob_cap * sizeof(uint32_t));
      s->glob_heads_val = bm_arena_alloc(s->arena, s->glob_cap * sizeof(uint32_t));
      for (uint32_t i = 0; i < ocap; i++) {
        if (!ov[i]) continue;
        uint32_t j = hash2(ok[i], 7) & (s->glob_cap - 1);
        while (s->glob_heads_val[j]) j = (j + 1) & (s->glob_cap - 1);
        s->glob_heads_key[j] = ok[i];
        s->glob_heads_val[j] = ov[i];
      }
      continue;
    }
    uint32_t i = hash2(module, 7) & (s->glob_cap - 1);
    while (s->glob_heads_val[i]) i = (i + 1) & (s->glob_cap - 1);
    s->glob_heads_key[i] = module;
    s->glob_heads_val[i] = UINT32_MAX; /* placeholder, set by the caller */
    return &s->glob_heads_val[i];
  }
}

/* ---- defs of either crate */

BmDef *bm_rdef(const BmResolver *r, BmDefId id) { return bm_def(r->stdc ? r->stdc : r->crate, r->crate, id); }

static bool is_local(const BmResolver *r, BmDefId id) { return id >= r->crate->base; }

static const BmScopes *scopes_of(const BmResolver *r, BmDefId module) {
  return is_local(r, module) ? r->scopes : r->std_scopes;
}

const char *bm_def_descr(const BmDef *d) {
  switch (d->kind) {
  case BM_DEF_MOD: return "module";
  case BM_DEF_STRUCT:
    return d->ctor == BM_CTOR_UNIT ? "unit struct" : d->ctor == BM_CTOR_TUPLE ? "tuple struct" : "struct";
  case BM_DEF_ENUM: return "enum";
  case BM_DEF_UNION: return "union";
  case BM_DEF_VARIANT:
    return d->ctor == BM_CTOR_UNIT ? "unit variant" : d->ctor == BM_CTOR_TUPLE ? "tuple variant" : "struct variant";
  case BM_DEF_TRAIT: return "trait";
  case BM_DEF_TYPE_ALIAS: return "type alias";
  case BM_DEF_ASSOC_TYPE: return "associated type";
  case BM_DEF_FN: return "function";
  case BM_DEF_CONST: return "constant";
  case BM_DEF_STATIC: return "static";
  case BM_DEF_IMPL: return "impl";
  case BM_DEF_MACRO: return "macro";
  case BM_DEF_USE: return "import";
  case BM_DEF_EXTERN_CRATE: return "crate";
  }
  return "item";
}

BmDefId bm_named_module(const BmResolver *r, BmDefId module) {
  for (int guard = 0; module != NONE && guard < 4096; guard++) {
    BmDef *d = bm_rdef(r, module);
    if (d->kind == BM_DEF_MOD && (d->name || d->parent == NONE)) return module;
    module = d->module;
  }
  return module;
}

/* The module a def lives in, for privacy: items are visible in their
 * module and its descendants. */
static bool is_ancestor(const BmResolver *r, BmDefId anc, BmDefId m) {
  for (int guard = 0; m != NONE && guard < 4096; guard++) {
    if (m == anc) return true;
    BmDef *d = bm_rdef(r, m);
    m = d->kind == BM_DEF_MOD ? d->module : d->module;
    if (d->parent == NONE && d->kind == BM_DEF_MOD) break;
  }
  return m == anc;
}

/* May code in module `from` name the item `def` (declared with `vis` in
 * module `in`)? */
static bool visible(const BmResolver *r, uint8_t vis, BmDefId in, BmDefId from) {
  if (vis != BM_VIS_PRIVATE) return true;
  if (!is_local(r, from) || !is_local(r, in)) return !is_local(r, in) ? false : true;
  return is_ancestor(r, bm_named_module(r, in), from);
}

bool bm_visible(const BmResolver *r, uint8_t vis, BmDefId in, BmDefId from) {
  return visible(r, vis, in, from);
}

/* ---- namespaces of a def */

static uint8_t ns_of(const BmDef *d) {
  switch (d->kind) {
  case BM_DEF_MOD: case BM_DEF_ENUM: case BM_DEF_UNION: case BM_DEF_TRAIT:
  case BM_DEF_TYPE_ALIAS: case BM_DEF_EXTERN_CRATE: case BM_DEF_ASSOC_TYPE:
    return BM_NS_TYPE;
  case BM_DEF_STRUCT: case BM_DEF_VARIANT:
    return d->ctor == BM_CTOR_NAMED ? BM_NS_TYPE : BM_NS_TYPE | BM_NS_VALUE;
  case BM_DEF_FN: case BM_DEF_CONST: case BM_DEF_STATIC:
    return BM_NS_VALUE;
  case BM_DEF_MACRO:
    return BM_NS_MACRO;
  default:
    return 0;
  }
}

static void define(BmScopes *s, BmDefId module, BmSym name, BmDefId def, uint8_t ns, uint8_t vis) {
  if (!name) return;
  Entry *e = get_entry(s, module, name);
  /* the first definition wins (a duplicate is E0428, not modelled) */
  if ((ns & BM_NS_TYPE) && e->b.type == NONE) e->b.type = def;
  if ((ns & BM_NS_VALUE) && e->b.value == NONE) e->b.value = def;
  if ((ns & BM_NS_MACRO) && e->b.macro == NONE) e->b.macro = def;
  if (vis > e->vis) e->vis = vis;
}

static bool is_opaque(const BmResolver *r, BmDefId module) {
  const BmScopes *s = scopes_of(r, module);
  if (!s) return false;
  for (uint32_t i = 0; i < s->opaque.len; i++)
    if (s->opaque.items[i] == module) return true;
  BmDef *d = bm_rdef(r, module);
  return d->kind == BM_DEF_MOD && d->unsupported;
}

static void mark_opaque(BmResolver *r, BmDefId module) {
  if (!is_local(r, module)) return;
  for (uint32_t i = 0; i < r->scopes->opaque.len; i++)
    if (r->scopes->opaque.items[i] == module) return;
  bm_array_push(r->arena, &r->scopes->opaque, module);
}

/* ---- lookup in one module (items, imports, then globs) */

static BmBinding lookup_in(const BmResolver *r, BmDefId module, BmSym name, BmDefId from, int depth) {
  BmBinding none = {NONE, NONE, NONE, false};
  if (module == NONE || depth > 16) return none;
  const BmScopes *s = scopes_of(r, module);
  Entry *e = find_entry(s, module, name);
  BmBinding b = none;
  if (e) {
    b = e->b;
    b.dummy = e->dummy;
    if (b.dummy || (b.type != NONE && b.value != NONE && b.macro != NONE)) return b;
  }
  /* an enum acts as a module of its variants */
  BmDef *md = bm_rdef(r, module);
  if (md->kind == BM_DEF_ENUM) {
    for (uint32_t i = 0; i < md->nitems; i++) {
      BmDef *v = bm_rdef(r, md->items[i]);
      if (v->name == name) {
        if (b.type == NONE) b.type = md->items[i];
        if (v->ctor != BM_CTOR_NAMED && b.value == NONE) b.value = md->items[i];
      }
    }
    return b;
  }
  if (!s || !s->glob_cap) return b;
  uint32_t *head = glob_head((BmScopes *)s, module, false);
  if (!head) return b;
  for (uint32_t gi = *head; gi && gi != UINT32_MAX; gi = s->globs.items[gi - 1].next) {
    const Glob *g = &s->globs.items[gi - 1];
    BmBinding gb = lookup_in(r, g->target, name, module, depth + 1);
    /* globs import only what the target makes visible to the importer */
    if (gb.type != NONE && b.type == NONE) b.type = gb.type;
    if (gb.value != NONE && b.value == NONE) b.value = gb.value;
    if (gb.macro != NONE && b.macro == NONE) b.macro = gb.macro;
    if (gb.dummy) b.dummy = true;
  }
  return b;
}

BmBinding bm_scope_lookup(const BmResolver *r, BmDefId module, BmSym name) {
  return lookup_in(r, module, name, NONE, 0);
}

static BmDefId binding_ns(BmBinding b, uint8_t ns) {
  return ns == BM_NS_TYPE ? b.type : ns == BM_NS_VALUE ? b.value : b.macro;
}

/* ---- building the tables */

static void add_module_items(BmResolver *r, BmDefId module) {
  BmDef *m = bm_rdef(r, module);
  for (uint32_t i = 0; i < m->nitems; i++) {
    BmDefId id = m->items[i];
    BmDef *d = bm_rdef(r, id);
    if (d->kind == BM_DEF_USE || d->kind == BM_DEF_IMPL) continue;
    define(r->scopes, module, d->name, id, ns_of(d), d->vis);
  }
  if (m->unsupported) mark_opaque(r, module);
}

/* ---- import resolution */

typedef struct {
  BmDefId def;            /* the USE */
  bool done, failed;
} Import;

/* The module a path's prefix names, from the importing module, for `use`
 * paths (2018+: relative to the current module, or an external crate). */
typedef enum { PR_OK, PR_PENDING, PR_FAIL, PR_UNKNOWN } PathResult;

static BmDefId crate_root_of(const BmResolver *r, BmDefId module) {
  return is_local(r, module) ? r->crate->root : r->std_root;
}

static bool is_extern_crate_name(BmSym s) {
  return s == BM_SYM_std || s == BM_SYM_core || s == BM_SYM_alloc;
}

/* Resolve segments [0, n) of a use path to a module-like def. */
static PathResult use_prefix(BmResolver *r, BmDefId from, const BmPath *p, uint32_t n,
                             BmDefId *out, uint32_t *fail_at) {
  BmDefId cur = NONE;
  uint32_t i = 0;
  *fail_at = 0;
  if (n == 0) {
    *out = bm_named_module(r, from);
    return PR_OK;
  }
  BmSym first = p->segs[0].name;
  if (p->root == BM_PATH_GLOBAL) {
    if (is_extern_crate_name(first)) { cur = r->std_root; i = 1; }
    else return PR_UNKNOWN;
  } else if (first == BM_SYM_crate) {
    cur = crate_root_of(r, from);
    i = 1;
  } else if (first == BM_SYM_self) {
    cur = bm_named_module(r, from);
    i = 1;
  } else if (first == BM_SYM_super) {
    cur = bm_named_module(r, from);
    while (i < n && p->segs[i].name == BM_SYM_super) {
      BmDef *d = bm_rdef(r, cur);
      if (d->module == NONE) { *fail_at = i; return PR_FAIL; }
      cur = bm_named_module(r, d->module);
      i++;
    }
  } else {
    /* a name in scope, else an extern crate */
    BmDefId m = from;
    BmDefId found = NONE;
    for (int guard = 0; m != NONE && guard < 4096; guard++) {
      BmBinding b = lookup_in(r, m, first, from, 0);
      if (b.type != NONE) { found = b.type; break; }
      BmDef *md = bm_rdef(r, m);
      if (md->kind == BM_DEF_MOD && (md->name || md->parent == NONE)) break;
      m = md->module;
    }
    if (found == NONE && is_extern_crate_name(first)) found = r->std_root;
    if (found == NONE) {
      /* an import we have not resolved yet may define it */
      *fail_at = 0;
      return PR_PENDING;
    }
    BmDef *fd = bm_rdef(r, found);
    if (fd->kind == BM_DEF_EXTERN_CRATE) {
      if (fd->use_path && fd->use_path->nsegs && is_extern_crate_name(fd->use_path->segs[0].name)) found = r->std_root;
      else return PR_UNKNOWN;
    }
    cur = found;
    i = 1;
  }
  for (; i < n; i++) {
    BmDef *cd = bm_rdef(r, cur);
    if (cd->kind != BM_DEF_MOD && cd->kind != BM_DEF_ENUM) { *fail_at = i; return PR_FAIL; }
    BmBinding b = lookup_in(r, cur, p->segs[i].name, from, 0);
    if (b.type == NONE) {
      *fail_at = i;
      if (!is_local(r, cur) || is_opaque(r, cur)) return PR_UNKNOWN;
      return PR_PENDING;
    }
    cur = b.type;
  }
  *out = cur;
  return PR_OK;
}

static void report_import(BmResolver *r, BmDef *u, uint32_t fail_at, bool prefix_failed) {
  if (!r->sink) return;
  const BmPath *p = u->use_path;
  if (!p || !p->nsegs) return;
  /* rustc names the path up to the failing segment */
  uint32_t upto = prefix_failed ? fail_at + 1 : p->nsegs;
  if (u->is_glob && !prefix_failed) upto = p->nsegs;
  char buf[512];
  size_t o = 0;
  for (uint32_t i = 0; i < upto && o < sizeof buf - 64; i++) {
    const char *s = bm_sym_str(r->syms, p->segs[i].name);
    o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? "::" : "", s);
  }
  BmRange sp = p->segs[fail_at < p->nsegs ? fail_at : p->nsegs - 1].span;
  uint32_t start = p->segs[0].span.start;
  BmDiagnostic *d = bm_diag_error(r->sink, "E0432", start, p->segs[upto - 1].span.end,
                                  "unresolved import `%s`", buf);
  const char *seg = bm_sym_str(r->syms, p->segs[fail_at < p->nsegs ? fail_at : 0].name);
  if (prefix_failed && fail_at == 0 && p->segs[0].name != BM_SYM_crate && p->segs[0].name != BM_SYM_self &&
      p->segs[0].name != BM_SYM_super)
    bm_diag_label(r->sink, d, sp.start, sp.end, "use of unresolved module or unlinked crate `%s`", seg);
  else if (prefix_failed)
    bm_diag_label(r->sink, d, sp.start, sp.end, "could not find `%s`", seg);
  else
    bm_diag_label(r->sink, d, sp.start, sp.end, "no `%s` in the module", seg);
}

static void resolve_imports(BmResolver *r) {
  BmArray(Import) imports = {0};
  BmCrate *c = r->crate;
  for (uint32_t i = 0; i < c->defs.len; i++) {
    BmDef *d = &c->defs.items[i];
    if (d->kind == BM_DEF_USE) {
      Import im = {c->base + i, false, false};
      bm_array_push(r->arena, &imports, im);
    }
  }
  bool progress = true;
  for (int round = 0; progress && round < 64; round++) {
    progress = false;
    for (uint32_t i = 0; i < imports.len; i++) {
      Import *im = &imports.items[i];
      if (im->done) continue;
      BmDef *u = bm_rdef(r, im->def);
      const BmPath *p = u->use_path;
      if (!p || !p->nsegs) { im->done = true; continue; }
      uint32_t nprefix = u->is_glob ? p->nsegs : p->nsegs - 1;
      BmDefId target;
      uint32_t fail_at;
      PathResult pr = use_prefix(r, u->module, p, nprefix, &target, &fail_at);
      if (pr == PR_PENDING) continue;
      if (pr == PR_FAIL) { im->done = im->failed = true; progress = true; continue; }
      if (pr == PR_UNKNOWN) {
        im->done = true;
        progress = true;
        if (u->is_glob) mark_opaque(r, u->module);
        if (u->name) get_entry(r->scopes, u->module, u->name)->dummy = true;
        continue;
      }
      if (u->is_glob) {
        BmDef *td = bm_rdef(r, target);
        if (td->kind != BM_DEF_MOD && td->kind != BM_DEF_ENUM) { im->done = im->failed = true; progress = true; continue; }
        Glob g = {u->module, target, u->vis, 0};
        uint32_t *head = glob_head(r->scopes, u->module, true);
        g.next = *head == UINT32_MAX ? 0 : *head;
        bm_array_push(r->arena, &r->scopes->globs, g);
        *head = r->scopes->globs.len;
        if (!is_local(r, target) ? false : is_opaque(r, target)) mark_opaque(r, u->module);
        im->done = true;
        progress = true;
        continue;
      }
      BmSym last = p->segs[p->nsegs - 1].name;
      BmBinding b;
      if (nprefix == 0 && last == BM_SYM_self) {
        im->done = true;
        continue;
      }
      if (nprefix == 0) {
        /* `use x;`: an extern crate (use std;) or a name in scope */
        b.type = b.value = b.macro = NONE;
        b.dummy = false;
        if (is_extern_crate_name(last)) b.type = r->std_root;
      } else {
        b = lookup_in(r, target, last, u->module, 0);
      }
      if (b.type == NONE && b.value == NONE && b.macro == NONE) {
        if (!is_local(r, target) || is_opaque(r, target)) {
          im->done = true;
          progress = true;
          if (u->name) get_entry(r->scopes, u->module, u->name)->dummy = true;
          continue;
        }
        continue; /* maybe later */
      }
      if (u->name) {
        Entry *e = get_entry(r->scopes, u->module, u->name);
        if (b.type != NONE && e->b.type == NONE) e->b.type = b.type;
        if (b.value != NONE && e->b.value == NONE) e->b.value = b.value;
        if (b.macro != NONE && e->b.macro == NONE) e->b.macro = b.macro;
        if (u->vis > e->vis) e->vis = u->vis;
      }
      /* E0603: importing a private item */
      BmDefId item = b.type != NONE ? b.type : b.value != NONE ? b.value : b.macro;
      if (item != NONE && r->sink && is_local(r, item)) {
        BmDef *id = bm_rdef(r, item);
        if (id->kind != BM_DEF_VARIANT && !visible(r, id->vis, id->module, u->module)) {
          BmRange sp = p->segs[p->nsegs - 1].span;
          BmDiagnostic *d = bm_diag_error(r->sink, "E0603", sp.start, sp.end, "%s `%s` is private",
                                          bm_def_descr(id), bm_sym_str(r->syms, id->name));
          bm_diag_label(r->sink, d, sp.start, sp.end, "private %s", bm_def_descr(id));
        }
      }
      im->done = true;
      progress = true;
    }
  }
  /* what is left cannot be resolved */
  for (uint32_t i = 0; i < imports.len; i++) {
    Import *im = &imports.items[i];
    if (im->done && !im->failed) continue;
    BmDef *u = bm_rdef(r, im->def);
    const BmPath *p = u->use_path;
    uint32_t nprefix = u->is_glob ? p->nsegs : p->nsegs - 1;
    BmDefId target;
    uint32_t fail_at;
    PathResult pr = use_prefix(r, u->module, p, nprefix, &target, &fail_at);
    if (u->name) get_entry(r->scopes, u->module, u->name)->dummy = true;
    if (u->is_glob) mark_opaque(r, u->module);
    if (pr == PR_UNKNOWN) continue;
    report_import(r, u, pr == PR_OK ? p->nsegs - 1 : fail_at, pr != PR_OK);
  }
}

/* What one (non-glob) import brings in, recomputed after resolution; a
 * dummy binding when it failed or names what we cannot see. */
BmBinding bm_import_binding(BmResolver *r, BmDefId use) {
  BmBinding none = {NONE, NONE, NONE, true};
  BmDef *u = bm_rdef(r, use);
  if (u->kind != BM_DEF_USE || u->is_glob || !u->use_path || !u->use_path->nsegs) return none;
  const BmPath *p = u->use_path;
  uint32_t nprefix = p->nsegs - 1;
  BmSym last = p->segs[p->nsegs - 1].name;
  if (nprefix == 0) {
    if (!is_extern_crate_name(last)) return none;
    BmBinding b = {r->std_root, NONE, NONE, false};
    return b;
  }
  BmDefId target;
  uint32_t fail_at;
  if (use_prefix(r, u->module, p, nprefix, &target, &fail_at) != PR_OK) return none;
  if (!is_local(r, target) ? false : is_opaque(r, target)) return none;
  BmBinding b = lookup_in(r, target, last, u->module, 0);
  if (b.type == NONE && b.value == NONE && b.macro == NONE) b.dummy = true;
  return b;
}

/* ---- resolving one path
 *
 * Where a path is read: the module (or block scope), the item whose
 * generic parameters are in scope, and, in a body, the local bindings. */

typedef struct {
  BmSym name;
  BmPatId pat;
  uint32_t prev;          /* the binding it shadows: index + 1, or 0 */
} Local;

/* The bindings in scope, innermost last, with a hash of name -> the
 * innermost binding of that name (+ 1), so a lookup does not scan the
 * stack (50,000 `let`s stay linear). */
typedef struct {
  Local *items;
  uint32_t len, cap;
  uint32_t *keys, *vals;  /* open addressing: name -> index + 1 */
  uint32_t hcap, used;    /* slots, names in them */
  BmArena *arena;
} LocalList;

static uint32_t *local_slot(LocalList *l, BmSym name) {
  if (!l->hcap) {
    l->hcap = 16; /* grows by push_local; most bodies bind a few names */
    l->keys = bm_arena_alloc(l->arena, l->hcap * sizeof *l->keys);
    l->vals = bm_arena_alloc(l->arena, l->hcap * sizeof *l->vals);
  }
  uint32_t i = (name * 2654435761u) & (l->hcap - 1);
  while (l->keys[i] && l->keys[i] != name) i = (i + 1) & (l->hcap - 1);
  if (!l->keys[i]) {
    l->keys[i] = name;
    l->used++;
  }
  return &l->vals[i];
}

static void push_local(LocalList *l, BmSym name, BmPatId pat) {
  if (l->hcap && (l->used + 1) * 2 > l->hcap) {
    /* rehash the names of the live bindings (names no longer bound go) */
    uint32_t ncap = l->hcap * 2;
    uint32_t *ok = l->keys, *ov = l->vals, ocap = l->hcap;
    l->keys = bm_arena_alloc(l->arena, ncap * sizeof *l->keys);
    l->vals = bm_arena_alloc(l->arena, ncap * sizeof *l->vals);
    l->hcap = ncap;
    l->used = 0;
    for (uint32_t i = 0; i < ocap; i++) {
      if (!ok[i] || !ov[i]) continue;
      l->used++;
      uint32_t j = (ok[i] * 2654435761u) & (ncap - 1);
      while (l->keys[j]) j = (j + 1) & (ncap - 1);
      l->keys[j] = ok[i];
      l->vals[j] = ov[i];
    }
  }
  uint32_t *slot = local_slot(l, name);
  Local loc = {name, pat, *slot};
  bm_array_push(l->arena, l, loc);
  *slot = l->len;
}

/* Leave scopes: drop the bindings past `mark`, unshadowing what they hid. */
static void pop_locals(LocalList *l, uint32_t mark) {
  while (l->len > mark) {
    Local *loc = &l->items[--l->len];
    *local_slot(l, loc->name) = loc->prev;
  }
}

static const Local *find_local(LocalList *l, BmSym name) {
  if (!l->hcap) return NULL;
  /* a lookup inserts nothing: only push_local grows the table */
  uint32_t i = (name * 2654435761u) & (l->hcap - 1);
  while (l->keys[i] && l->keys[i] != name) i = (i + 1) & (l->hcap - 1);
  uint32_t v = l->keys[i] ? l->vals[i] : 0;
  return v ? &l->items[v - 1] : NULL;
}

typedef struct {
  BmDefId module;         /* module or block scope */
  BmDefId item;           /* the item whose generics (and its parents') are in scope */
  LocalList *locals;      /* NULL outside bodies */
  BmBody *body;
} Where;

/* What the path is expected to name, for the error's wording. */
typedef enum {
  W_VALUE,        /* an expression */
  W_CALLEE,       /* the callee of a call */
  W_TYPE,         /* a type */
  W_TRAIT,        /* a bound or an impl's trait */
  W_STRUCT,       /* a struct literal or struct pattern */
  W_TUPLE_PAT,    /* a tuple struct pattern */
  W_PAT,          /* a path pattern */
} Want;

static BmRes res_err(void) {
  BmRes r = {BM_RES_ERR, 0, 0, 0, 0};
  return r;
}
static BmRes res_unknown(void) {
  BmRes r = {BM_RES_UNKNOWN, 0, 0, 0, 0};
  return r;
}
static BmRes res_def(BmDefId id, uint32_t rest) {
  BmRes r = {BM_RES_DEF, 0, (uint16_t)(rest > UINT16_MAX ? UINT16_MAX : rest), id, 0};
  return r;
}

/* A generic parameter named `name` of `item` or the items enclosing it
 * (impl/trait of a method, trait of an associated type). */
static bool find_generic(const BmResolver *r, BmDefId item, BmSym name, BmRes *out) {
  for (int guard = 0; item != NONE && guard < 16; guard++) {
    BmDef *d = bm_rdef(r, item);
    for (uint32_t i = 0; i < d->generics.nparams; i++) {
      BmGenericParam *p = &d->generics.params[i];
      if (p->kind == BM_GP_LIFETIME) continue;
      if (p->name == name && !p->is_impl_trait) {
        out->kind = BM_RES_TYPE_PARAM;
        out->id = item;
        out->index = i;
        out->rest = 0;
        return true;
      }
    }
    if (d->kind != BM_DEF_FN && d->kind != BM_DEF_CONST && d->kind != BM_DEF_TYPE_ALIAS &&
        d->kind != BM_DEF_ASSOC_TYPE)
      break;
    BmDefId parent = d->parent;
    if (parent == NONE) break;
    BmDef *pd = bm_rdef(r, parent);
    if (pd->kind != BM_DEF_IMPL && pd->kind != BM_DEF_TRAIT) break;
    item = parent;
  }
  return false;
}

/* The impl or trait (or ADT, in its own definition) that `Self` means. */
static BmDefId self_owner(const BmResolver *r, BmDefId item) {
  for (int guard = 0; item != NONE && guard < 16; guard++) {
    BmDef *d = bm_rdef(r, item);
    if (d->kind == BM_DEF_IMPL || d->kind == BM_DEF_TRAIT || d->kind == BM_DEF_STRUCT ||
        d->kind == BM_DEF_ENUM || d->kind == BM_DEF_UNION)
      return item;
    if (d->kind == BM_DEF_MOD || d->kind == BM_DEF_VARIANT) return NONE;
    item = d->parent;
  }
  return NONE;
}

static BmPrim prim_for(BmSym s) { return bm_prim_from_sym(s); }

/* A single name in lexical scope: locals, generics, block scopes and the
 * module, the prelude, extern crates, primitive types. */
static BmRes lookup_lexical(BmResolver *r, const Where *w, BmSym name, uint8_t ns, bool *dummy) {
  BmRes res = res_err();
  *dummy = false;
  if (ns == BM_NS_VALUE && w->locals) {
    const Local *l = find_local(w->locals, name);
    if (l) {
      res.kind = BM_RES_LOCAL;
      res.id = l->pat;
      return res;
    }
  }
  if (name == BM_SYM_Self && ns == BM_NS_TYPE) {
    BmDefId o = self_owner(r, w->item);
    if (o != NONE) {
      res.kind = BM_RES_SELF_TY;
      res.id = o;
      return res;
    }
  }
  if (name == BM_SYM_Self && ns == BM_NS_VALUE) {
    BmDefId o = self_owner(r, w->item);
    if (o != NONE && bm_rdef(r, o)->kind == BM_DEF_IMPL) {
      res.kind = BM_RES_SELF_CTOR;
      res.id = o;
      return res;
    }
  }
  if (find_generic(r, w->item, name, &res)) {
    /* const parameters are values, type parameters types */
    return res;
  }
  BmDefId m = w->module;
  for (int guard = 0; m != NONE && guard < 4096; guard++) {
    BmBinding b = lookup_in(r, m, name, w->module, 0);
    if (b.dummy) { *dummy = true; return res_unknown(); }
    BmDefId d = binding_ns(b, ns);
    if (d != NONE) return res_def(d, 0);
    BmDef *md = bm_rdef(r, m);
    if (md->kind == BM_DEF_MOD && (md->name || md->parent == NONE)) break;
    m = md->module;
  }
  if (r->prelude != NONE) {
    BmBinding b = lookup_in(r, r->prelude, name, NONE, 0);
    BmDefId d = binding_ns(b, ns);
    if (d != NONE) return res_def(d, 0);
  }
  if (ns == BM_NS_TYPE) {
    if (is_extern_crate_name(name)) return res_def(r->std_root, 0);
    BmPrim p = prim_for(name);
    if (p) {
      res.kind = BM_RES_PRIM;
      res.prim = (uint8_t)p;
      return res;
    }
  }
  return res;
}

BmDefId bm_resolve_type_name(BmResolver *r, BmDefId module, BmSym name) {
  Where w;
  memset(&w, 0, sizeof w);
  w.module = module;
  w.item = NONE;
  bool dummy;
  BmRes res = lookup_lexical(r, &w, name, BM_NS_TYPE, &dummy);
  return res.kind == BM_RES_DEF ? res.id : NONE;
}

static bool scope_is_opaque(const BmResolver *r, BmDefId m) {
  for (int guard = 0; m != NONE && guard < 4096; guard++) {
    if (is_opaque(r, m)) return true;
    BmDef *md = bm_rdef(r, m);
    if (md->kind == BM_DEF_MOD && (md->name || md->parent == NONE)) break;
    m = md->module;
  }
  return false;
}

static const char *seg_str(const BmResolver *r, const BmPath *p, uint32_t i) {
  return bm_sym_str(r->syms, p->segs[i].name);
}

/* "std::process", "m" for messages */
static const char *path_prefix_str(const BmResolver *r, const BmPath *p, uint32_t n) {
  char buf[512];
  size_t o = 0;
  buf[0] = 0;
  for (uint32_t i = 0; i < n && o < sizeof buf - 64; i++)
    o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? "::" : "", seg_str(r, p, i));
  return bm_arena_strdup(r->arena, buf);
}

static void not_found(BmResolver *r, const Where *w, const BmPath *p, uint32_t i, Want want,
                      BmDefId in_module) {
  if (!r->sink) return;
  BmRange sp = p->segs[i].span;
  const char *name = seg_str(r, p, i);
  bool last = i + 1 == p->nsegs;
  if (!last) {
    /* a path prefix: E0433 */
    bool upper = name[0] >= 'A' && name[0] <= 'Z';
    BmDiagnostic *d;
    if (i == 0 && !upper) {
      d = bm_diag_error(r->sink, "E0433", sp.start, sp.end, "cannot find module or crate `%s` in this scope", name);
      bm_diag_label(r->sink, d, sp.start, sp.end, "use of unresolved module or unlinked crate `%s`", name);
    } else if (i == 0) {
      d = bm_diag_error(r->sink, "E0433", sp.start, sp.end, "cannot find type `%s` in this scope", name);
      bm_diag_label(r->sink, d, sp.start, sp.end, "use of undeclared type `%s`", name);
    } else {
      d = bm_diag_error(r->sink, "E0433", sp.start, sp.end, "cannot find `%s` in `%s`", name,
                        path_prefix_str(r, p, i));
      bm_diag_label(r->sink, d, sp.start, sp.end, "could not find `%s` in `%s`", name, path_prefix_str(r, p, i));
    }
    return;
  }
  const char *what = want == W_CALLEE ? "function" : want == W_TYPE ? "type" : "value";
  const char *code = "E0425";
  if (want == W_TRAIT) { code = "E0405"; what = "trait"; }
  if (want == W_STRUCT) { code = "E0422"; what = "struct, variant or union type"; }
  if (want == W_TUPLE_PAT) { code = "E0531"; what = "tuple struct or tuple variant"; }
  if (want == W_PAT) { code = "E0531"; what = "unit struct, unit variant or constant"; }
  BmDiagnostic *d;
  if (i == 0) {
    d = bm_diag_error(r->sink, code, sp.start, sp.end, "cannot find %s `%s` in this scope", what, name);
    bm_diag_label(r->sink, d, sp.start, sp.end, "not found in this scope");
  } else {
    const char *mod = path_prefix_str(r, p, i);
    BmDef *md = in_module != NONE ? bm_rdef(r, in_module) : NULL;
    const char *kind = md && md->kind == BM_DEF_ENUM ? "enum" : md && md->parent == NONE ? "crate" : "module";
    d = bm_diag_error(r->sink, code, sp.start, sp.end, "cannot find %s `%s` in %s `%s`", what, name, kind, mod);
    bm_diag_label(r->sink, d, sp.start, sp.end, "not found in `%s`", mod);
  }
  (void)w;
}

static void wrong_kind(BmResolver *r, const BmPath *p, BmDef *d, Want want) {
  if (!r->sink) return;
  BmRange sp = {p->segs[0].span.start, p->segs[p->nsegs - 1].span.end};
  const char *name = path_prefix_str(r, p, p->nsegs);
  BmDiagnostic *dg = NULL;
  switch (want) {
  case W_VALUE:
  case W_CALLEE:
    dg = bm_diag_error(r->sink, "E0423", sp.start, sp.end, "expected %s, found %s `%s`",
                       want == W_CALLEE ? "function, tuple struct or tuple variant" : "value",
                       bm_def_descr(d), name);
    break;
  case W_TYPE:
    dg = bm_diag_error(r->sink, "E0573", sp.start, sp.end, "expected type, found %s `%s`", bm_def_descr(d), name);
    bm_diag_label(r->sink, dg, sp.start, sp.end, "not a type");
    return;
  case W_TRAIT:
    dg = bm_diag_error(r->sink, "E0404", sp.start, sp.end, "expected trait, found %s `%s`", bm_def_descr(d), name);
    bm_diag_label(r->sink, dg, sp.start, sp.end, "not a trait");
    return;
  case W_STRUCT:
    dg = bm_diag_error(r->sink, "E0574", sp.start, sp.end, "expected struct, variant or union type, found %s `%s`",
                       bm_def_descr(d), name);
    break;
  case W_TUPLE_PAT:
    dg = bm_diag_error(r->sink, "E0532", sp.start, sp.end, "expected tuple struct or tuple variant, found %s `%s`",
                       bm_def_descr(d), name);
    break;
  case W_PAT:
    dg = bm_diag_error(r->sink, "E0532", sp.start, sp.end,
                       "expected unit struct, unit variant or constant, found %s `%s`", bm_def_descr(d), name);
    break;
  }
  (void)dg;
}

static bool is_type_def(const BmDef *d) {
  switch (d->kind) {
  case BM_DEF_STRUCT: case BM_DEF_ENUM: case BM_DEF_UNION: case BM_DEF_TRAIT:
  case BM_DEF_TYPE_ALIAS: case BM_DEF_ASSOC_TYPE:
    return true;
  default:
    return false;
  }
}

/* E0603 for a private item named from outside its module; true when
 * reported (rustc reports the first private segment of a path only). */
static bool check_private(BmResolver *r, const Where *w, const BmPath *p, uint32_t i, BmDefId id) {
  if (!r->sink || !is_local(r, id)) return false;
  BmDef *d = bm_rdef(r, id);
  if (d->kind == BM_DEF_VARIANT) return false;
  if (visible(r, d->vis, d->module, w->module)) return false;
  BmRange sp = p->segs[i].span;
  BmDiagnostic *dg = bm_diag_error(r->sink, "E0603", sp.start, sp.end, "%s `%s` is private",
                                   bm_def_descr(d), seg_str(r, p, i));
  bm_diag_label(r->sink, dg, sp.start, sp.end, "private %s", bm_def_descr(d));
  return true;
}

static void resolve_type(BmResolver *r, const Where *w, BmTypeRef *t, int depth);
static void resolve_bounds(BmResolver *r, const Where *w, BmBound *b, uint32_t n, int depth);

static void resolve_generic_args(BmResolver *r, const Where *w, BmPath *p, int depth) {
  for (uint32_t i = 0; i < p->nsegs; i++) {
    BmPathSeg *s = &p->segs[i];
    for (uint32_t j = 0; j < s->nargs; j++)
      if (s->args[j].type) resolve_type(r, w, s->args[j].type, depth + 1);
    if (s->ret) resolve_type(r, w, s->ret, depth + 1);
  }
}

/* Resolve a path for `want`; writes p->res. */
static void resolve_path(BmResolver *r, const Where *w, BmPath *p, Want want, int depth) {
  if (!p || depth > BM_HIR_MAX_DEPTH) return;
  r->work++;
  resolve_generic_args(r, w, p, depth);
  uint8_t ns = (want == W_TYPE || want == W_TRAIT || want == W_STRUCT) ? BM_NS_TYPE : BM_NS_VALUE;
  if (p->root == BM_PATH_QUALIFIED) {
    if (p->qself) resolve_type(r, w, p->qself, depth + 1);
    if (p->qtrait) resolve_path(r, w, p->qtrait, W_TRAIT, depth + 1);
    p->res = p->qtrait && p->qtrait->res.kind == BM_RES_DEF ? res_def(p->qtrait->res.id, p->nsegs)
                                                           : res_unknown();
    if (p->qtrait && p->qtrait->res.kind == BM_RES_ERR) p->res = res_err();
    p->res.rest = (uint16_t)p->nsegs;
    return;
  }
  if (p->nsegs == 0) {
    p->res = res_err();
    return;
  }
  BmRes cur;
  uint32_t i = 0;
  BmSym first = p->segs[0].name;
  bool dummy = false;
  if (p->root == BM_PATH_GLOBAL) {
    if (is_extern_crate_name(first)) cur = res_def(r->std_root, 0);
    else { p->res = res_unknown(); return; }
    i = 1;
  } else if (first == BM_SYM_crate) {
    cur = res_def(crate_root_of(r, w->module), 0);
    i = 1;
  } else if (first == BM_SYM_super || (first == BM_SYM_self && p->nsegs > 1)) {
    BmDefId m = bm_named_module(r, w->module);
    if (first == BM_SYM_self) i = 1;
    while (i < p->nsegs && p->segs[i].name == BM_SYM_super) {
      BmDef *md = bm_rdef(r, m);
      if (md->module == NONE) {
        if (r->sink) {
          BmRange sp = p->segs[i].span;
          BmDiagnostic *d = bm_diag_error(r->sink, "E0433", sp.start, sp.end,
                                          "too many leading `super` keywords");
          bm_diag_label(r->sink, d, sp.start, sp.end, "there are too many leading `super` keywords");
        }
        p->res = res_err();
        return;
      }
      m = bm_named_module(r, md->module);
      i++;
    }
    cur = res_def(m, 0);
  } else {
    uint8_t first_ns = p->nsegs == 1 ? ns : BM_NS_TYPE;
    cur = lookup_lexical(r, w, first, first_ns, &dummy);
    if (cur.kind == BM_RES_ERR && p->nsegs == 1 && ns == BM_NS_VALUE) {
      /* a value name that names a type: E0423 and friends */
      bool d2;
      BmRes t = lookup_lexical(r, w, first, BM_NS_TYPE, &d2);
      if (t.kind == BM_RES_DEF) {
        BmDef *td = bm_rdef(r, t.id);
        if (td->kind == BM_DEF_STRUCT && td->ctor == BM_CTOR_NAMED && want != W_PAT) {
          wrong_kind(r, p, td, want);
          p->res = res_err();
          return;
        }
        if (want == W_TUPLE_PAT || want == W_PAT) {
          wrong_kind(r, p, td, want);
          p->res = res_err();
          return;
        }
        /* a unit/tuple struct was found in the value namespace already */
        p->res = res_err();
        if (r->sink) wrong_kind(r, p, td, want);
        return;
      }
    }
    if (cur.kind == BM_RES_ERR && p->nsegs == 1 && (want == W_TRAIT || want == W_VALUE || want == W_CALLEE)) {
      /* a macro's name where a trait or a value was expected */
      bool d3;
      BmRes m = lookup_lexical(r, w, first, BM_NS_MACRO, &d3);
      if (m.kind == BM_RES_DEF && r->sink) {
        BmRange sp = p->segs[0].span;
        bool std_macro = bm_rdef(r, m.id)->is_std;
        if (want == W_TRAIT)
          bm_diag_error(r->sink, "E0404", sp.start, sp.end, "expected trait, found %s `%s`",
                        std_macro ? "derive macro" : "macro", seg_str(r, p, 0));
        else
          bm_diag_error(r->sink, "E0423", sp.start, sp.end, "expected %s, found macro `%s`",
                        want == W_CALLEE ? "function" : "value", seg_str(r, p, 0));
        p->res = res_err();
        return;
      }
    }
    if (cur.kind == BM_RES_ERR && first == BM_SYM_self && p->nsegs == 1 && ns == BM_NS_VALUE) {
      /* `self` in a fn without a self parameter */
      if (r->sink) {
        BmRange sp = p->segs[0].span;
        BmDiagnostic *d = bm_diag_error(r->sink, "E0424", sp.start, sp.end, "expected value, found module `self`");
        bm_diag_label(r->sink, d, sp.start, sp.end, "`self` value is a keyword only available in methods with a `self` parameter");
      }
      p->res = res_err();
      return;
    }
    if (cur.kind == BM_RES_ERR) {
      if (dummy || scope_is_opaque(r, w->module)) { p->res = res_unknown(); return; }
      /* `std` may also be shadowed or absent: an unknown first segment
         of a longer path is an unknown crate or type */
      not_found(r, w, p, 0, want, NONE);
      p->res = res_err();
      return;
    }
    if (cur.kind == BM_RES_UNKNOWN) { p->res = cur; return; }
    i = 1;
  }
  /* the rest: modules, then enum variants, then a type-relative tail */
  bool private_seen = false;
  for (; i < p->nsegs; i++) {
    if (cur.kind != BM_RES_DEF) break;
    BmDef *cd = bm_rdef(r, cur.id);
    bool last = i + 1 == p->nsegs;
    if (cd->kind == BM_DEF_MOD) {
      BmBinding b = lookup_in(r, cur.id, p->segs[i].name, w->module, 0);
      BmDefId next = binding_ns(b, last ? ns : BM_NS_TYPE);
      if (next == NONE && last && ns == BM_NS_VALUE) {
        BmDefId t = b.type;
        if (t != NONE) {
          BmDef *td = bm_rdef(r, t);
          if (td->kind == BM_DEF_STRUCT || is_type_def(td)) {
            if (td->kind == BM_DEF_STRUCT && td->ctor == BM_CTOR_NAMED) wrong_kind(r, p, td, want);
            p->res = res_err();
            return;
          }
        }
      }
      if (next == NONE) {
        if (b.dummy || !is_local(r, cur.id) || is_opaque(r, cur.id)) { p->res = res_unknown(); return; }
        not_found(r, w, p, i, want, cur.id);
        p->res = res_err();
        return;
      }
      if (!private_seen) private_seen = check_private(r, w, p, i, next);
      if (!private_seen && last && ns == BM_NS_VALUE && r->sink && is_local(r, next)) {
        BmDef *nd = bm_rdef(r, next);
        if (nd->kind == BM_DEF_STRUCT && nd->ctor == BM_CTOR_TUPLE) {
          for (uint32_t f = 0; f < nd->nfields; f++) {
            if (!visible(r, nd->fields[f].vis, nd->module, w->module)) {
              BmRange sp = p->segs[i].span;
              BmDiagnostic *d = bm_diag_error(r->sink, "E0603", sp.start, sp.end,
                                              "tuple struct constructor `%s` is private", seg_str(r, p, i));
              bm_diag_label(r->sink, d, sp.start, sp.end, "private tuple struct constructor");
              private_seen = true;
              break;
            }
          }
        }
      }
      cur = res_def(next, 0);
      continue;
    }
    if (cd->kind == BM_DEF_ENUM) {
      BmDefId v = NONE;
      for (uint32_t k = 0; k < cd->nitems; k++)
        if (bm_rdef(r, cd->items[k])->name == p->segs[i].name) v = cd->items[k];
      if (v != NONE) {
        cur = res_def(v, 0);
        continue;
      }
    }
    /* a type: the rest is type-relative (associated items) */
    break;
  }
  if (cur.kind == BM_RES_DEF || cur.kind == BM_RES_PRIM || cur.kind == BM_RES_SELF_TY ||
      cur.kind == BM_RES_TYPE_PARAM) {
    cur.rest = (uint16_t)(p->nsegs - i);
    if (cur.kind == BM_RES_DEF && cur.rest) {
      BmDef *cd = bm_rdef(r, cur.id);
      if (cd->kind == BM_DEF_MOD || cd->kind == BM_DEF_FN || cd->kind == BM_DEF_CONST ||
          cd->kind == BM_DEF_STATIC || cd->kind == BM_DEF_VARIANT) {
        /* `f::x`, `CONST::x`, `Variant::x`: nothing is found there */
        if (r->sink && cd->kind != BM_DEF_MOD) {
          BmRange sp = p->segs[i - 1].span;
          BmDiagnostic *d = bm_diag_error(r->sink, "E0433", sp.start, sp.end, "cannot find `%s` in `%s`",
                                          seg_str(r, p, i), seg_str(r, p, i - 1));
          (void)d;
        }
        p->res = res_err();
        return;
      }
    }
  }
  /* the kind of the final def must fit */
  if (cur.kind == BM_RES_DEF && cur.rest == 0) {
    BmDef *d = bm_rdef(r, cur.id);
    if (want == W_TYPE && !is_type_def(d) && d->kind != BM_DEF_MOD) {
      if (d->kind == BM_DEF_VARIANT) { wrong_kind(r, p, d, want); p->res = res_err(); return; }
    }
    if (want == W_TYPE && d->kind == BM_DEF_MOD) {
      if (r->sink) {
        BmRange sp = p->segs[p->nsegs - 1].span;
        BmDiagnostic *dg = bm_diag_error(r->sink, "E0573", sp.start, sp.end, "expected type, found module `%s`",
                                         path_prefix_str(r, p, p->nsegs));
        (void)dg;
      }
      p->res = res_err();
      return;
    }
    if (want == W_TRAIT && d->kind != BM_DEF_TRAIT) {
      wrong_kind(r, p, d, want);
      p->res = res_err();
      return;
    }
    if (want == W_STRUCT && d->kind != BM_DEF_STRUCT && d->kind != BM_DEF_VARIANT &&
        d->kind != BM_DEF_UNION && d->kind != BM_DEF_TYPE_ALIAS && d->kind != BM_DEF_ASSOC_TYPE) {
      wrong_kind(r, p, d, want);
      p->res = res_err();
      return;
    }
    if (want == W_TUPLE_PAT && ((d->kind != BM_DEF_STRUCT && d->kind != BM_DEF_VARIANT) || d->ctor != BM_CTOR_TUPLE)) {
      if (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_VARIANT || d->kind == BM_DEF_CONST ||
          d->kind == BM_DEF_STATIC || d->kind == BM_DEF_FN) {
        wrong_kind(r, p, d, want);
        p->res = res_err();
        return;
      }
    }
  }
  p->res = cur;
}

/* ---- types, bounds, generics */

static void resolve_type(BmResolver *r, const Where *w, BmTypeRef *t, int depth) {
  if (!t || depth > BM_HIR_MAX_DEPTH) return;
  switch (t->kind) {
  case BM_TR_PATH:
    resolve_path(r, w, t->path, W_TYPE, depth + 1);
    break;
  case BM_TR_REF:
  case BM_TR_PTR:
  case BM_TR_SLICE:
    resolve_type(r, w, t->inner, depth + 1);
    break;
  case BM_TR_ARRAY:
    resolve_type(r, w, t->inner, depth + 1);
    break;
  case BM_TR_TUPLE:
  case BM_TR_FN:
    for (uint32_t i = 0; i < t->nelems; i++) resolve_type(r, w, t->elems[i], depth + 1);
    resolve_type(r, w, t->ret, depth + 1);
    break;
  case BM_TR_IMPL:
  case BM_TR_DYN:
    resolve_bounds(r, w, t->bounds, t->nbounds, depth + 1);
    break;
  default:
    break;
  }
}

static void resolve_bounds(BmResolver *r, const Where *w, BmBound *b, uint32_t n, int depth) {
  for (uint32_t i = 0; i < n; i++)
    if (b[i].kind == BM_BOUND_TRAIT && b[i].trait) resolve_path(r, w, b[i].trait, W_TRAIT, depth + 1);
}

static void resolve_generics(BmResolver *r, const Where *w, BmGenerics *g) {
  for (uint32_t i = 0; i < g->nparams; i++) {
    resolve_bounds(r, w, g->params[i].bounds, g->params[i].nbounds, 0);
    resolve_type(r, w, g->params[i].default_type, 0);
    resolve_type(r, w, g->params[i].const_type, 0);
  }
  for (uint32_t i = 0; i < g->npreds; i++) {
    resolve_type(r, w, g->preds[i].lhs, 0);
    resolve_bounds(r, w, g->preds[i].bounds, g->preds[i].nbounds, 0);
  }
}

/* ---- bodies
 *
 * A walk in evaluation order with a stack of local bindings: a `let`
 * binds after its initialiser, match arms and closures bind for their
 * own body, `if let` / `while let` for the taken branch, a let chain for
 * the conditions after each `let` and the branch.
 */

typedef struct {
  BmResolver *r;
  Where w;
  LocalList locals;
  BmBody *body;
} Walk;

static void walk_expr(Walk *k, BmExprId id, int depth);
static void walk_pat(Walk *k, BmPatId id, bool bind, int depth);

static BmExpr *X(Walk *k, BmExprId id) { return bm_array_get(&k->body->exprs, id); }
static BmPat *P(Walk *k, BmPatId id) { return bm_array_get(&k->body->pats, id); }

/* A binding pattern whose name is a unit struct, unit variant or const
 * is a path pattern. */
static bool bind_is_path(Walk *k, BmPat *p) {
  if (p->mode != BM_BM_VALUE || p->mut || p->a != NONE) return false;
  Where w = k->w;
  w.locals = NULL;
  bool dummy;
  BmRes res = lookup_lexical(k->r, &w, p->name, BM_NS_VALUE, &dummy);
  if (res.kind != BM_RES_DEF) return false;
  BmDef *d = bm_rdef(k->r, res.id);
  bool unit = (d->kind == BM_DEF_STRUCT || d->kind == BM_DEF_VARIANT) && d->ctor == BM_CTOR_UNIT;
  if (!unit && d->kind != BM_DEF_CONST && d->kind != BM_DEF_STATIC) return false;
  BmPath *path = bm_arena_alloc(k->r->arena, sizeof *path);
  path->segs = bm_arena_alloc(k->r->arena, sizeof *path->segs);
  path->nsegs = 1;
  path->segs[0].name = p->name;
  path->segs[0].span = p->span;
  path->span = p->span;
  path->res = res;
  p->kind = BM_PAT_PATH;
  p->path = path;
  return true;
}

static void walk_pat(Walk *k, BmPatId id, bool bind, int depth) {
  if (id == NONE || depth > BM_HIR_MAX_DEPTH) return;
  BmPat *p = P(k, id);
  switch (p->kind) {
  case BM_PAT_BIND: {
    if (bind_is_path(k, p)) return;
    BmPatId sub = p->a;
    if (sub != NONE) walk_pat(k, sub, bind, depth + 1);
    p = P(k, id);
    if (bind) push_local(&k->locals, p->name, id);
    return;
  }
  case BM_PAT_PATH:
    resolve_path(k->r, &k->w, p->path, W_PAT, depth);
    return;
  case BM_PAT_TUPLE_STRUCT:
    resolve_path(k->r, &k->w, p->path, W_TUPLE_PAT, depth);
    break;
  case BM_PAT_STRUCT:
    resolve_path(k->r, &k->w, p->path, W_STRUCT, depth);
    for (uint32_t i = 0; i < p->nlist; i++) {
      BmPatId sub = k->body->field_pats.items[p->list + i].pat;
      walk_pat(k, sub, bind, depth + 1);
      p = P(k, id);
    }
    return;
  case BM_PAT_RANGE: {
    BmPatId a = p->a, b = p->b;
    walk_pat(k, a, bind, depth + 1);
    walk_pat(k, b, bind, depth + 1);
    return;
  }
  case BM_PAT_REF: {
    BmPatId a = p->a;
    walk_pat(k, a, bind, depth + 1);
    return;
  }
  case BM_PAT_OR: {
    /* every alternative binds the same names: bind the first's */
    uint32_t list = p->list, n = p->nlist;
    for (uint32_t i = 0; i < n; i++) walk_pat(k, k->body->list.items[list + i], bind && i == 0, depth + 1);
    return;
  }
  default:
    break;
  }
  p = P(k, id);
  if (p->kind == BM_PAT_TUPLE || p->kind == BM_PAT_TUPLE_STRUCT || p->kind == BM_PAT_SLICE) {
    uint32_t list = p->list, n = p->nlist;
    for (uint32_t i = 0; i < n; i++) walk_pat(k, k->body->list.items[list + i], bind, depth + 1);
  }
}

static void walk_list(Walk *k, uint32_t list, uint32_t n, int depth) {
  for (uint32_t i = 0; i < n; i++) walk_expr(k, k->body->list.items[list + i], depth + 1);
}

/* A condition: LETs bind into the current scope (the caller pops it). */
static void walk_cond(Walk *k, BmExprId id, int depth) {
  if (id == NONE) return;
  BmExpr *e = X(k, id);
  if (e->kind == BM_EX_LET) {
    BmExprId v = e->a;
    BmPatId p = e->pat;
    walk_expr(k, v, depth + 1);
    walk_pat(k, p, true, depth + 1);
    return;
  }
  if (e->kind == BM_EX_BINARY && e->op == BM_BIN_AND) {
    BmExprId a = e->a, b = e->b;
    walk_cond(k, a, depth + 1);
    walk_cond(k, b, depth + 1);
    return;
  }
  walk_expr(k, id, depth + 1);
}

static void walk_expr_inner(Walk *k, BmExprId id, int depth);

/* One depth guard for the walk (limits.c); the HIR's nesting is capped
 * already, so this is the stack's safety, not a limit users meet. */
static void walk_expr(Walk *k, BmExprId id, int depth) {
  if (id == NONE) return;
  BmLimits *lim = k->r->sink ? k->r->sink->limits : NULL;
  if (lim && !bm_deeper(lim)) return;
  walk_expr_inner(k, id, depth);
  if (lim) bm_shallower(lim);
}

static void walk_expr_inner(Walk *k, BmExprId id, int depth) {
  if (id == NONE) return;
  if (depth > BM_HIR_MAX_DEPTH * 2) return;
  k->r->work++;
  BmExpr *e = X(k, id);
  uint32_t mark = k->locals.len;
  switch (e->kind) {
  case BM_EX_PATH:
    resolve_path(k->r, &k->w, e->path, W_VALUE, depth);
    return;
  case BM_EX_CALL: {
    BmExprId callee = e->a;
    uint32_t list = e->list, n = e->nlist;
    BmExpr *c = X(k, callee);
    if (c->kind == BM_EX_PATH) resolve_path(k->r, &k->w, c->path, W_CALLEE, depth);
    else walk_expr(k, callee, depth + 1);
    walk_list(k, list, n, depth);
    return;
  }
  case BM_EX_METHOD: {
    BmExprId recv = e->a;
    uint32_t list = e->list, n = e->nlist;
    if (e->path) resolve_generic_args(k->r, &k->w, e->path, depth);
    walk_expr(k, recv, depth + 1);
    walk_list(k, list, n, depth);
    return;
  }
  case BM_EX_CAST: {
    BmExprId a = e->a;
    resolve_type(k->r, &k->w, e->type, depth);
    walk_expr(k, a, depth + 1);
    return;
  }
  case BM_EX_BLOCK: {
    BmDefId saved = k->w.module;
    if (e->index != NONE) k->w.module = e->index;
    uint32_t first = e->list, n = e->nlist;
    BmExprId tail = e->a;
    for (uint32_t i = 0; i < n; i++) {
      BmStmt *s = &k->body->stmts.items[first + i];
      if (s->kind == BM_ST_LET) {
        BmExprId init = s->init, els = s->els;
        BmPatId pat = s->pat;
        if (s->type) resolve_type(k->r, &k->w, s->type, depth);
        walk_expr(k, init, depth + 1);
        if (els != NONE) walk_expr(k, els, depth + 1);
        walk_pat(k, pat, true, depth + 1);
      } else if (s->kind == BM_ST_EXPR) {
        walk_expr(k, s->init, depth + 1);
      }
    }
    walk_expr(k, tail, depth + 1);
    k->w.module = saved;
    pop_locals(&k->locals, mark);
    return;
  }
  case BM_EX_IF: {
    BmExprId c = e->a, t = e->b, f = e->c;
    walk_cond(k, c, depth);
    walk_expr(k, t, depth + 1);
    pop_locals(&k->locals, mark);
    walk_expr(k, f, depth + 1);
    return;
  }
  case BM_EX_LET: {
    /* a `let` outside a condition (rustc rejects it): its bindings are
       scoped to nothing */
    walk_cond(k, id, depth);
    pop_locals(&k->locals, mark);
    return;
  }
  case BM_EX_WHILE: {
    BmExprId c = e->a, b = e->b;
    walk_cond(k, c, depth);
    walk_expr(k, b, depth + 1);
    pop_locals(&k->locals, mark);
    return;
  }
  case BM_EX_FOR: {
    BmExprId it = e->a, b = e->b;
    BmPatId p = e->pat;
    walk_expr(k, it, depth + 1);
    walk_pat(k, p, true, depth + 1);
    walk_expr(k, b, depth + 1);
    pop_locals(&k->locals, mark);
    return;
  }
  case BM_EX_MATCH: {
    BmExprId scrut = e->a;
    uint32_t first = e->list, n = e->nlist;
    walk_expr(k, scrut, depth + 1);
    for (uint32_t i = 0; i < n; i++) {
      BmArm arm = k->body->arms.items[first + i];
      walk_pat(k, arm.pat, true, depth + 1);
      if (arm.guard != NONE) walk_cond(k, arm.guard, depth + 1);
      walk_expr(k, arm.body, depth + 1);
      pop_locals(&k->locals, mark);
    }
    return;
  }
  case BM_EX_CLOSURE: {
    BmClosure c = k->body->closures.items[e->index];
    for (uint32_t i = 0; i < c.nparams; i++) {
      BmClosureParam cp = k->body->closure_params.items[c.params + i];
      if (cp.type) resolve_type(k->r, &k->w, cp.type, depth);
      walk_pat(k, cp.pat, true, depth + 1);
    }
    if (c.ret) resolve_type(k->r, &k->w, c.ret, depth);
    walk_expr(k, c.body, depth + 1);
    pop_locals(&k->locals, mark);
    return;
  }
  case BM_EX_STRUCT: {
    BmExprId base = e->a;
    uint32_t first = e->list, n = e->nlist;
    resolve_path(k->r, &k->w, e->path, W_STRUCT, depth);
    for (uint32_t i = 0; i < n; i++) walk_expr(k, k->body->field_inits.items[first + i].value, depth + 1);
    walk_expr(k, base, depth + 1);
    return;
  }
  case BM_EX_MACRO: {
    BmMacro m = k->body->macros.items[e->index];
    if (m.kind == BM_MAC_UNKNOWN) {
      /* a macro_rules! of the crate, or a std macro we do not model */
      bool defined = false;
      for (uint32_t i = 0; i < k->r->crate->defs.len; i++) {
        BmDef *d = &k->r->crate->defs.items[i];
        if (d->kind == BM_DEF_MACRO && d->name == m.name) defined = true;
      }
      static const char *const known[] = {
        "concat", "stringify", "include", "include_str", "include_bytes", "env", "option_env",
        "line", "column", "file", "module_path", "cfg", "compile_error", "thread_local",
        "assert_matches", "debug_assert_matches", "const_format_args", "concat_idents",
        "trace_macros", "log_syntax", "try", "is_x86_feature_detected", "unreachable_unchecked",
        "format_args_nl", "global_asm", "asm", "addr_of", "addr_of_mut", "ready", "pin", "join",
        "select", "r#try", "write_fmt",
      };
      bool std_known = false;
      const char *name = bm_sym_str(k->r->syms, m.name);
      for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (strcmp(known[i], name) == 0) std_known = true;
      if (!defined && !std_known && k->r->sink && !scope_is_opaque(k->r, k->w.module)) {
        /* the name's span: from the invocation's start */
        uint32_t start = m.span.start;
        uint32_t len = (uint32_t)strlen(name);
        BmDiagnostic *d = bm_diag_error(k->r->sink, NULL, start, start + len,
                                        "cannot find macro `%s` in this scope", name);
        (void)d;
        body_incomplete:
        k->body->unsupported = true;
        if (!k->body->why) {
          k->body->why = "a macro borrowmap does not know";
          k->body->why_span = m.span;
        }
      } else {
        goto body_incomplete;
      }
      return;
    }
    if (m.target != NONE) walk_expr(k, m.target, depth + 1);
    if (m.right != NONE) walk_expr(k, m.right, depth + 1);
    if (m.pat != NONE) {
      walk_pat(k, m.pat, true, depth + 1);
      if (m.guard != NONE) walk_cond(k, m.guard, depth + 1);
      pop_locals(&k->locals, mark);
    }
    for (uint32_t i = 0; i < m.nargs; i++) walk_expr(k, k->body->fmt_args.items[m.args + i].expr, depth + 1);
    return;
  }
  default:
    break;
  }
  /* the generic case: children in order */
  e = X(k, id);
  BmExprId a = e->a, b = e->b, c = e->c;
  uint32_t list = e->list, n = e->nlist;
  uint8_t kind = e->kind;
  walk_expr(k, a, depth + 1);
  walk_expr(k, b, depth + 1);
  walk_expr(k, c, depth + 1);
  if (kind == BM_EX_TUPLE || kind == BM_EX_ARRAY) walk_list(k, list, n, depth);
}

static void walk_body(BmResolver *r, BmDefId owner, BmBody *body) {
  Walk k;
  memset(&k, 0, sizeof k);
  k.r = r;
  k.body = body;
  BmDef *d = bm_rdef(r, owner);
  k.w.module = d->module;
  k.w.item = owner;
  k.w.locals = &k.locals;
  k.w.body = body;
  k.locals.arena = r->arena;
  if (body->self_pat != NONE) push_local(&k.locals, BM_SYM_self, body->self_pat);
  for (uint32_t i = 0; i < body->params.len; i++) walk_pat(&k, body->params.items[i], true, 0);
  walk_expr(&k, body->root, 0);
}

/* ---- the crate */

static void resolve_item(BmResolver *r, BmDefId id) {
  BmDef *d = bm_rdef(r, id);
  Where w;
  memset(&w, 0, sizeof w);
  w.module = d->module;
  w.item = id;
  switch (d->kind) {
  case BM_DEF_STRUCT:
  case BM_DEF_UNION:
  case BM_DEF_VARIANT:
  case BM_DEF_ENUM:
    if (d->kind == BM_DEF_VARIANT) w.item = d->parent;
    resolve_generics(r, &w, &d->generics);
    for (uint32_t i = 0; i < d->nfields; i++) resolve_type(r, &w, d->fields[i].type, 0);
    break;
  case BM_DEF_TRAIT:
    resolve_generics(r, &w, &d->generics);
    resolve_bounds(r, &w, d->bounds, d->nbounds, 0);
    break;
  case BM_DEF_IMPL:
    resolve_generics(r, &w, &d->generics);
    resolve_type(r, &w, d->type, 0);
    if (d->trait_ref) resolve_path(r, &w, d->trait_ref, W_TRAIT, 0);
    break;
  case BM_DEF_FN:
    resolve_generics(r, &w, &d->generics);
    for (uint32_t i = 0; i < d->nparams; i++) resolve_type(r, &w, d->params[i], 0);
    resolve_type(r, &w, d->self_type, 0);
    resolve_type(r, &w, d->ret, 0);
    break;
  case BM_DEF_TYPE_ALIAS:
  case BM_DEF_ASSOC_TYPE:
    resolve_generics(r, &w, &d->generics);
    resolve_type(r, &w, d->type, 0);
    resolve_bounds(r, &w, d->bounds, d->nbounds, 0);
    break;
  case BM_DEF_CONST:
  case BM_DEF_STATIC:
    resolve_type(r, &w, d->type, 0);
    break;
  default:
    break;
  }
}

void bm_resolve_imports(BmResolver *r) {
  BmCrate *c = r->crate;
  r->scopes = bm_arena_alloc(r->arena, sizeof *r->scopes);
  r->scopes->arena = r->arena;
  for (uint32_t i = 0; i < c->defs.len; i++) {
    BmDef *d = &c->defs.items[i];
    if (d->kind == BM_DEF_MOD) add_module_items(r, c->base + i);
  }
  resolve_imports(r);
}

void bm_resolve_crate(BmResolver *r) {
  bm_resolve_imports(r);
  bm_resolve_paths(r);
}

void bm_resolve_paths(BmResolver *r) {
  BmCrate *c = r->crate;
  for (uint32_t i = 0; i < c->defs.len; i++) resolve_item(r, c->base + i);
  for (uint32_t i = 0; i < c->bodies.len; i++) {
    BmBody *b = c->bodies.items[i];
    walk_body(r, b->owner, b);
  }
}
