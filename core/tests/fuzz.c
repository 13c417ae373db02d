/*
 * fuzz.c: libFuzzer target for the whole analysis.
 *   cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DBM_FUZZ=ON -DBM_SANITIZE=ON
 *   cmake --build build-fuzz --target bm_fuzz && ./build-fuzz/bm_fuzz core/tests/cases
 * Any input must give a result with valid JSON and no crash, leak or UB.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "borrowmap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static BmAnalyzer *an;
  if (!an) an = bm_analyzer_new();
  BmResult *r = bm_analyzer_analyze(an, (const char *)data, size);
  const char *json = bm_result_json(r);
  if (json && strncmp(json, "{\"version\": 1", 13) != 0) __builtin_trap();
  bm_result_delete(r);
  return 0;
}
