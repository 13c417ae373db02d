/*
 * sym.c: interned identifiers.
 *
 * A table is an open-addressing hash of names to small integers. A root
 * table (the session's) starts with the well-known names of bm.h, so that
 * BM_SYM_self and friends are constants. A child table (one per analysis)
 * looks names up in its parent first and only adds to itself, so the
 * session's table never changes after the session is made.
 */
#include <string.h>

#include "bm.h"

typedef struct {
  const char *str;
  uint32_t len;
  uint32_t hash;
} SymEntry;

struct BmSymTab {
  BmArena *arena;
  const BmSymTab *parent;
  BmSym base;              /* the first symbol of this table */
  BmArray(SymEntry) entries;
  uint32_t *slots;         /* entry index + 1, 0 empty */
  uint32_t nslots;         /* a power of two */
};

static uint32_t hash_name(const char *s, size_t len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static BmSym lookup_own(const BmSymTab *t, const char *s, size_t len, uint32_t h) {
  if (!t->nslots) return 0;
  for (uint32_t i = h & (t->nslots - 1);; i = (i + 1) & (t->nslots - 1)) {
    uint32_t e = t->slots[i];
    if (!e) return 0;
    const SymEntry *en = &t->entries.items[e - 1];
    if (en->hash == h && en->len == len && memcmp(en->str, s, len) == 0) return t->base + e - 1;
  }
}

static void rehash(BmSymTab *t, uint32_t nslots) {
  t->slots = bm_arena_alloc(t->arena, nslots * sizeof *t->slots);
  t->nslots = nslots;
  for (uint32_t e = 0; e < t->entries.len; e++) {
    uint32_t i = t->entries.items[e].hash & (nslots - 1);
    while (t->slots[i]) i = (i + 1) & (nslots - 1);
    t->slots[i] = e + 1;
  }
}

static const char *const well_known[] = {
#define BM_X(n) #n,
  BM_WELL_KNOWN_SYMS(BM_X)
#undef BM_X
};

BmSymTab *bm_symtab_new(BmArena *a, const BmSymTab *parent) {
  BmSymTab *t = bm_arena_alloc(a, sizeof *t);
  t->arena = a;
  t->parent = parent;
  if (parent) {
    t->base = parent->base + parent->entries.len;
  } else {
    t->base = 1;
    for (size_t i = 0; i < sizeof well_known / sizeof *well_known; i++)
      bm_sym(t, well_known[i], strlen(well_known[i]));
  }
  return t;
}

BmSym bm_sym_find(const BmSymTab *t, const char *s, size_t len) {
  uint32_t h = hash_name(s, len);
  for (; t; t = t->parent) {
    BmSym found = lookup_own(t, s, len, h);
    if (found) return found;
  }
  return 0;
}

BmSym bm_sym(BmSymTab *t, const char *s, size_t len) {
  uint32_t h = hash_name(s, len);
  for (const BmSymTab *p = t->parent; p; p = p->parent) {
    BmSym found = lookup_own(p, s, len, h);
    if (found) return found;
  }
  BmSym found = lookup_own(t, s, len, h);
  if (found) return found;
  SymEntry e = {bm_arena_strndup(t->arena, s, len), (uint32_t)len, h};
  bm_array_push(t->arena, &t->entries, e);
  if (t->entries.len * 2 > t->nslots) {
    rehash(t, t->nslots ? t->nslots * 2 : 64);
  } else {
    uint32_t i = h & (t->nslots - 1);
    while (t->slots[i]) i = (i + 1) & (t->nslots - 1);
    t->slots[i] = t->entries.len;
  }
  return t->base + t->entries.len - 1;
}

const char *bm_sym_str(const BmSymTab *t, BmSym s) {
  if (!s) return "";
  for (; t; t = t->parent) {
    if (s >= t->base && s < t->base + t->entries.len) return t->entries.items[s - t->base].str;
  }
  return "?";
}
