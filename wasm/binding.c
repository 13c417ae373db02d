/*
 * binding.c: the few things the JavaScript side needs beyond borrowmap.h.
 * The module exports the public API directly (see wasm/CMakeLists.txt for the
 * list); this file adds only the heap probe the memory test reads.
 */
#include <malloc.h>

#include <emscripten.h>

#include "borrowmap.h"

/* Bytes currently allocated by malloc (dlmalloc's in-use count). */
EMSCRIPTEN_KEEPALIVE size_t bm_wasm_heap_in_use(void) {
  struct mallinfo mi = mallinfo();
  return (size_t)mi.uordblks;
}
