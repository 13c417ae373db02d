/*
 * arena.c: one bump allocator per analysis.
 *
 * Every object an analysis makes (IR, diagnostics, strings, the JSON text)
 * comes from the result's arena and goes away in one bm_arena_free call, so no
 * pass frees anything itself. Chunks grow geometrically; a big request gets
 * a chunk of its own, kept apart so that the current chunk's free space is
 * not abandoned, and grown with realloc (a growing array of a long body
 * costs its final size, not the sum of its doublings).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bm.h"

struct BmArenaChunk {
  BmArenaChunk *next;
  size_t size;
  _Alignas(16) unsigned char data[];
};

/* Chunks stay under glibc's mmap threshold (128 KiB), so the memory of a
   freed analysis is reused by the next instead of being mapped anew (and
   page-faulted and zeroed by the kernel) every time. */
enum {
  BM_ARENA_FIRST_CHUNK = 16 * 1024,
  BM_ARENA_MAX_CHUNK = 96 * 1024,
  BM_ARENA_BIG = BM_ARENA_MAX_CHUNK / 4, /* above this, a chunk of its own */
};

/* Freed chunks of the sizes bm_arena_alloc asks for are kept for the next
   analysis on the same thread, up to BM_CHUNK_CACHE_BYTES: without them
   glibc gives the top of the heap back to the kernel after every analysis
   and the next one page-faults it in again (a fifth of a 1,000-line
   analysis' time, measured with perf). Not in WebAssembly, whose heap is
   never given back (dlmalloc reuses it as it is), nor under
   AddressSanitizer, which must see a pointer kept into a freed analysis
   as the use-after-free it is, not as a read of the next analysis' data.
   The cache is the thread's: no locking, and an analyzer used on one
   thread at a time (as borrowmap.h asks) only ever meets its own
   thread's chunks. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BM_ARENA_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define BM_ARENA_ASAN 1
#endif
#if !defined(__EMSCRIPTEN__) && !defined(BM_ARENA_ASAN)
#define BM_CHUNK_CACHE_BYTES (8u * 1024 * 1024)
enum { CACHE_CLASSES = 4 };
static const size_t cache_size[CACHE_CLASSES] = {16 * 1024, 32 * 1024, 64 * 1024, 96 * 1024};
static _Thread_local struct {
  BmArenaChunk *free[CACHE_CLASSES];
  size_t bytes;
} chunk_cache;

static int cache_class(size_t size) {
  for (int i = 0; i < CACHE_CLASSES; i++)
    if (cache_size[i] == size) return i;
  return -1;
}

static BmArenaChunk *cache_take(size_t size) {
  int k = cache_class(size);
  if (k < 0 || !chunk_cache.free[k]) return NULL;
  BmArenaChunk *c = chunk_cache.free[k];
  chunk_cache.free[k] = c->next;
  chunk_cache.bytes -= size;
  return c;
}

static bool cache_keep(BmArenaChunk *c) {
  int k = cache_class(c->size);
  if (k < 0 || chunk_cache.bytes + c->size > BM_CHUNK_CACHE_BYTES) return false;
  c->next = chunk_cache.free[k];
  chunk_cache.free[k] = c;
  chunk_cache.bytes += c->size;
  return true;
}
#else
static BmArenaChunk *cache_take(size_t size) { (void)size; return NULL; }
static bool cache_keep(BmArenaChunk *c) { (void)c; return false; }
#endif

static void arena_fail(BmArena *a) {
  if (a->oom) longjmp(*a->oom, 1);
  fputs("borrowmap: out of memory\n", stderr);
  abort();
}

void bm_arena_init(BmArena *a) { memset(a, 0, sizeof *a); }

static void free_chunks(BmArenaChunk *c, bool keep) {
  while (c) {
    BmArenaChunk *next = c->next;
    if (!keep || !cache_keep(c)) free(c);
    c = next;
  }
}

void bm_arena_free(BmArena *a) {
  free_chunks(a->head, true);
  free_chunks(a->big, false);
  a->head = NULL;
  a->big = NULL;
  a->used_in_head = 0;
  a->total = 0;
}

static void *alloc_big(BmArena *a, size_t size) {
  if (size > SIZE_MAX - sizeof(BmArenaChunk)) arena_fail(a);
  BmArenaChunk *c = malloc(sizeof(BmArenaChunk) + size);
  if (!c) arena_fail(a);
  c->size = size;
  c->next = a->big;
  a->big = c;
  a->total += size;
  return c->data;
}

/* `size` bytes, not zeroed (size already rounded up to 8, nonzero). */
static void *alloc_raw(BmArena *a, size_t size) {
  if (size > BM_ARENA_BIG) return alloc_big(a, size);
  if (!a->head || a->used_in_head + size > a->head->size) {
    size_t want = a->head ? a->head->size * 2 : BM_ARENA_FIRST_CHUNK;
    if (want > BM_ARENA_MAX_CHUNK) want = BM_ARENA_MAX_CHUNK;
    if (want < size) want = size;
    if (want > SIZE_MAX - sizeof(BmArenaChunk)) arena_fail(a);
    BmArenaChunk *c = cache_take(want);
    if (!c) c = malloc(sizeof(BmArenaChunk) + want);
    if (!c) arena_fail(a);
    c->size = want;
    c->next = a->head;
    a->head = c;
    a->used_in_head = 0;
    a->total += want;
  }
  void *p = a->head->data + a->used_in_head;
  a->used_in_head += size;
  return p;
}

static size_t round8(size_t size) {
  size = (size + 7) & ~(size_t)7;
  return size ? size : 8;
}

enum { SMALL_ZERO = 64 };

void *bm_arena_alloc(BmArena *a, size_t size) {
  size = round8(size);
  void *p = alloc_raw(a, size);
  /* most requests are small: zeroed with a few stores of a fixed size (the
     bytes past `size` are the current chunk's free space, not anyone's
     yet) rather than a call to memset */
  if (size <= SMALL_ZERO && (unsigned char *)p + SMALL_ZERO <= a->head->data + a->head->size)
    memset(p, 0, SMALL_ZERO);
  else
    memset(p, 0, size);
  return p;
}

void *bm_arena_realloc(BmArena *a, void *p, size_t old_size, size_t new_size) {
  if (new_size <= old_size) return p;
  if (!p || !old_size) return bm_arena_alloc(a, new_size);
  size_t old8 = (old_size + 7) & ~(size_t)7, new8 = (new_size + 7) & ~(size_t)7;
  if (old8 > BM_ARENA_BIG) {
    /* a big allocation: its chunk, found in the list (and moved to its
       front, where the next growth of the same array finds it at once) */
    for (BmArenaChunk **link = &a->big; *link; link = &(*link)->next) {
      BmArenaChunk *c = *link;
      if ((void *)c->data != p) continue;
      if (new8 > SIZE_MAX - sizeof(BmArenaChunk)) arena_fail(a);
      *link = c->next;
      BmArenaChunk *n = realloc(c, sizeof(BmArenaChunk) + new8);
      if (!n) {
        c->next = a->big; /* still valid: keep it owned */
        a->big = c;
        arena_fail(a);
      }
      memset(n->data + n->size, 0, new8 - n->size);
      a->total += new8 - n->size;
      n->size = new8;
      n->next = a->big;
      a->big = n;
      return n->data;
    }
  } else if (a->head && (unsigned char *)p + old8 == a->head->data + a->used_in_head &&
             new8 <= BM_ARENA_BIG && a->used_in_head - old8 + new8 <= a->head->size) {
    /* the latest small allocation, with room after it */
    memset((unsigned char *)p + old8, 0, new8 - old8);
    a->used_in_head += new8 - old8;
    return p;
  }
  /* elsewhere: the old bytes copied, only the new ones zeroed */
  unsigned char *q = alloc_raw(a, new8);
  memcpy(q, p, old_size);
  memset(q + old_size, 0, new8 - old_size);
  return q;
}

char *bm_arena_strndup(BmArena *a, const char *s, size_t n) {
  char *p = bm_arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *bm_arena_strdup(BmArena *a, const char *s) {
  return bm_arena_strndup(a, s, strlen(s));
}

/* The formats the passes print most (JSON fields, names, numbers) are
 * text with %d, %u, %s, %c and %% only: those are expanded here, the same
 * bytes as vsnprintf's without its cost (a fifth of the timeline's JSON
 * was spent in it). The type checks are the compiler's (BM_PRINTF). */
static bool format_is_simple(const char *fmt) {
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') continue;
    p++;
    if (*p != 'd' && *p != 'u' && *p != 's' && *p != 'c' && *p != '%') return false;
  }
  return true;
}

int bm_format_simple(char *buf, size_t size, const char *fmt, va_list ap) {
  if (!format_is_simple(fmt)) return -2;
  size_t len = 0;
#define PUT(ch)                                 \
  do {                                          \
    if (len + 1 < size) buf[len] = (char)(ch);  \
    len++;                                      \
  } while (0)
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') {
      PUT(*p);
      continue;
    }
    p++;
    char digits[12];
    int nd = 0;
    unsigned v;
    switch (*p) {
    case '%':
      PUT('%');
      break;
    case 'c':
      PUT((unsigned char)va_arg(ap, int));
      break;
    case 's': {
      const char *str = va_arg(ap, const char *);
      if (!str) str = "(null)";
      for (; *str; str++) PUT(*str);
      break;
    }
    case 'd': {
      int d = va_arg(ap, int);
      if (d < 0) {
        PUT('-');
        v = 0u - (unsigned)d;
      } else {
        v = (unsigned)d;
      }
      goto decimal;
    }
    default: /* 'u' */
      v = va_arg(ap, unsigned);
    decimal:
      do digits[nd++] = (char)('0' + v % 10);
      while ((v /= 10) != 0);
      while (nd) {
        nd--;
        PUT(digits[nd]);
      }
      break;
    }
  }
#undef PUT
  if (size) buf[len < size ? len : size - 1] = 0;
  return len > INT_MAX ? -1 : (int)len;
}

char *bm_arena_vprintf(BmArena *a, const char *fmt, va_list ap) {
  char small[256];
  va_list ap2;
  va_copy(ap2, ap);
  int n = bm_format_simple(small, sizeof small, fmt, ap2);
  va_end(ap2);
  if (n >= 0 && (size_t)n < sizeof small) {
    char *p = bm_arena_alloc(a, (size_t)n + 1);
    memcpy(p, small, (size_t)n + 1);
    return p;
  }
  va_copy(ap2, ap);
  n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0) n = 0;
  char *p = bm_arena_alloc(a, (size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  return p;
}

char *bm_arena_printf(BmArena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = bm_arena_vprintf(a, fmt, ap);
  va_end(ap);
  return p;
}

void bm_array_grow_(BmArena *a, void **items, uint32_t *cap, uint32_t len,
                    size_t item_size) {
  if (len < *cap) return;
  uint32_t new_cap = *cap ? *cap * 2 : 8;
  if (new_cap <= *cap) arena_fail(a);
  *items = bm_arena_realloc(a, *items, (size_t)*cap * item_size,
                            (size_t)new_cap * item_size);
  *cap = new_cap;
}

uint32_t bm_array_check_(uint32_t i, uint32_t len) {
  if (i >= len) {
    fprintf(stderr, "borrowmap: internal error: index %u out of bounds (%u)\n",
            i, len);
    abort();
  }
  return i;
}
