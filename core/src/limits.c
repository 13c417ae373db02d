/*
 * limits.c: what keeps one analysis bounded, whatever the input.
 *
 * The depth guard. Recursion over user input (syntax, types, the IR) costs
 * stack per level, and the stack is small and fixed: 8 MiB for a native
 * main thread, Emscripten's TOTAL_STACK of linear memory in WebAssembly
 * (wasm/CMakeLists.txt sets it), and, also in WebAssembly, the engine's own
 * call stack, which holds one frame per wasm call and which no program can
 * measure (V8: about 1 MB; overflowing it is a RangeError, a trap). So
 * bm_deeper refuses a level when either
 *   - BM_MAX_NESTING guarded frames are already active (this bounds the
 *     engine's stack: the cost per guarded frame was measured, see below),
 *   - or more than BM_STACK_BUDGET bytes of stack are in use since the
 *     analysis started (measured at each call: the frame address natively,
 *     Emscripten's stack pointer in WebAssembly; a backstop for threads
 *     with small stacks and for frames bigger than measured).
 * The level count decides in every build we ship and test (the budget is
 * far from reached there), so native, sanitized and wasm builds give the
 * same result for the same input.
 *
 * Measured (core/tests/run_limits prints it for every construct of
 * core/tests/nesting.tsv at 100,000 levels; wasm/test/limits.test.js runs
 * the same constructs through the wasm module), worst case per guarded frame:
 *   native, RelWithDebInfo:   3.2 KB of C stack (call chains: lower_call)
 *   native, ASan+UBSan, -O0:  7.2 KB
 *   wasm, V8's stack (node 20, Liftoff code, the largest): about 780 bytes:
 *     BM_MAX_NESTING frames need between 300 KB (`node --stack-size=300`
 *     traps on nested closures) and 400 KB (passes), of V8's 984 KB.
 * So 512 frames take at most 1.6 MB natively, 3.7 MB under ASan (the budget
 * is 6 MiB of the main thread's 8 MiB), 1.6 MB of the wasm module's 8 MiB
 * stack and under half of V8's: the count decides everywhere, and every
 * build gives the same result for the same input.
 *
 * The work budget. Every pass spends units of work as it goes (an
 * expression lowered, a statement, a declaration skipped by a lookup, a
 * parameter pair compared, about 16 words of a dataflow set updated, a step
 * of the timeline) and stops when bm_spend fails: the checker keeps what it
 * found in the fns it finished, leaves the rest unchecked (nothing is
 * reported from a half-done pass) and says where it stopped (BM_OUT_OF_WORK);
 * the timeline abstains. BM_WORK_BUDGET units take a few tenths of a second
 * natively; core/tests/run_limits checks that the pathological inputs
 * finish within a second of CPU time.
 */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE /* pthread_getattr_np: the real bounds of this thread's stack */
#endif
#include <stdio.h>
#include <string.h>

#include "bm.h"

#if defined(__EMSCRIPTEN__)
#include <emscripten/stack.h>
#elif defined(__linux__) && defined(__GLIBC__)
#include <pthread.h>
#define BM_HAVE_STACK_BOUNDS 1
#endif

/* The current stack position: the frame address natively (the real stack
 * even when ASan moves locals to a fake stack), Emscripten's stack pointer
 * in linear memory in WebAssembly. */
static inline uintptr_t stack_here(void) {
#if defined(__EMSCRIPTEN__)
  return emscripten_stack_get_current();
#elif defined(__GNUC__)
  return (uintptr_t)__builtin_frame_address(0);
#else
  char c;
  return (uintptr_t)&c;
#endif
}

/* Bytes of stack left below the current position (measured), or 0 when
 * the platform does not say. */
static size_t stack_left(void) {
#if defined(__EMSCRIPTEN__)
  return emscripten_stack_get_free();
#elif defined(BM_HAVE_STACK_BOUNDS)
  pthread_attr_t attr;
  void *low = NULL;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  int ok = pthread_attr_getstack(&attr, &low, &size);
  pthread_attr_destroy(&attr);
  uintptr_t here = stack_here();
  if (ok != 0 || !low || here <= (uintptr_t)low) return 0;
  return here - (uintptr_t)low;
#else
  return 0;
#endif
}

void bm_limits_init(BmLimits *lim) {
  memset(lim, 0, sizeof *lim);
  lim->stack_base = stack_here();
  lim->stack_budget = BM_STACK_BUDGET;
  /* never more than half of what is left of this thread's stack (a thread
   * with a small stack gets a small budget, not a crash) */
  size_t left = stack_left();
  if (left && lim->stack_budget > left / 2) lim->stack_budget = left / 2;
  lim->max_depth = BM_MAX_NESTING;
  lim->work_budget = BM_WORK_BUDGET;
}

bool bm_deeper(BmLimits *lim) {
  if (!lim) return true;
  if (lim->depth >= lim->max_depth) {
    lim->too_deep = true;
    return false;
  }
  uintptr_t here = stack_here();
  size_t used = here < lim->stack_base ? lim->stack_base - here : here - lim->stack_base;
  if (used > lim->stack_peak) lim->stack_peak = used;
  if (used > lim->stack_budget) {
    lim->too_deep = true;
    return false;
  }
  lim->depth++;
  if (lim->depth > lim->deepest) lim->deepest = lim->depth;
  return true;
}

void bm_shallower(BmLimits *lim) {
  if (lim && lim->depth) lim->depth--;
}

bool bm_spend(BmLimits *lim, uint64_t units) {
  if (!lim) return true;
  lim->work += units;
  if (lim->work <= lim->work_budget) return true;
  lim->out_of_work = true;
  return false;
}

bool bm_out_of_work(const BmLimits *lim) { return lim && lim->out_of_work; }
