// The borrowmap analyzer as a small ES module over the WebAssembly core.
//
//   const analyzer = await createAnalyzer();          // in a page or worker
//   const analyzer = await createAnalyzer({ wasmBinary });   // under node
//   const result = analyzer.analyze(source);          // the JSON result, parsed
//   const ran = analyzer.analyze(source, { run: true });   // ... and, when it
//                                 // checks, fn main run: ran.run = {status, stdout, stderr, exit_code, reason}
//   const { results } = analyzer.checkRules(source, task.constraints);
//   analyzer.delete();
//
// Each call allocates its input and its result inside the wasm heap and frees
// both before it returns (web-tree-sitter's rule: free in the method that
// allocated), so repeated calls do not grow the heap; wasm/test/ checks it.

import createBorrowmapCore from './dist/borrowmap-core.mjs';
import { expandTimeline } from './timeline.js';

const encoder = new TextEncoder();

export async function createAnalyzer(options = {}) {
  const moduleArgs = {};
  if (options.wasmBinary) {
    moduleArgs.wasmBinary = options.wasmBinary;
  } else {
    // A literal URL, so bundlers (Vite) ship the .wasm as an asset.
    const wasmUrl = new URL('./dist/borrowmap-core.wasm', import.meta.url).href;
    moduleArgs.locateFile = (path) => (path.endsWith('.wasm') ? wasmUrl : path);
  }
  const instantiateStart = performance.now();
  const core = await createBorrowmapCore(moduleArgs);
  const sessionStart = performance.now();
  let handle = core._bm_analyzer_new();
  // the session's cost: compiling the wasm, then creating the analyzer
  // (std's declarations parsed and lowered once); printed by npm run bench
  const timings = { instantiateMs: sessionStart - instantiateStart, sessionMs: performance.now() - sessionStart };
  if (!handle) throw new Error('borrowmap: could not create the analyzer (out of memory)');

  return {
    /**
     * Analyze Rust source text; returns the result object (see README). With
     * {run: true} the program is also run when it checks (bm_analyzer_run),
     * and the result carries `run`.
     */
    analyze(source, { run = false } = {}) {
      if (!handle) throw new Error('borrowmap: analyzer used after delete()');
      const bytes = encoder.encode(String(source));
      const ptr = core._malloc(bytes.length || 1);
      if (!ptr) return outOfMemory();
      let result = 0;
      try {
        core.HEAPU8.set(bytes, ptr);
        result = run ? core._bm_analyzer_run(handle, ptr, bytes.length) : core._bm_analyzer_analyze(handle, ptr, bytes.length);
        if (!result) return outOfMemory();
        const json = core._bm_result_json(result);
        if (!json) return outOfMemory();
        const parsed = JSON.parse(core.UTF8ToString(json));
        expandTimeline(parsed.timeline);
        return parsed;
      } finally {
        if (result) core._bm_result_delete(result);
        core._free(ptr);
      }
    },
    /**
     * Check a lesson task's constraints (an array of rule objects, see
     * lessons/README.md) on the syntax tree of `source`. Returns the parsed
     * {version, status, results: [{holds, error?}], error?} (bm_rules_check).
     */
    checkRules(source, rules) {
      if (!handle) throw new Error('borrowmap: analyzer used after delete()');
      const code = encoder.encode(String(source));
      const list = encoder.encode(JSON.stringify(rules ?? []));
      const codePtr = core._malloc(code.length || 1);
      const listPtr = core._malloc(list.length || 1);
      let out = 0;
      try {
        if (!codePtr || !listPtr) return rulesOutOfMemory();
        core.HEAPU8.set(code, codePtr);
        core.HEAPU8.set(list, listPtr);
        out = core._bm_rules_check(codePtr, code.length, listPtr, list.length);
        if (!out) return rulesOutOfMemory();
        return JSON.parse(core.UTF8ToString(out));
      } finally {
        if (out) core._free(out);
        if (listPtr) core._free(listPtr);
        if (codePtr) core._free(codePtr);
      }
    },
    /** {instantiateMs, sessionMs}: what creating this analyzer cost. */
    timings() {
      return { ...timings };
    },
    /** Bytes in use by malloc inside the wasm heap (for leak tests). */
    heapInUse() {
      return core._bm_wasm_heap_in_use();
    },
    /** Size of the wasm linear memory in bytes (grows, never shrinks). */
    heapBytes() {
      return core.HEAPU8.buffer.byteLength;
    },
    delete() {
      if (handle) core._bm_analyzer_delete(handle);
      handle = 0;
    },
  };
}

function outOfMemory() {
  return {
    version: 1,
    status: 'out-of-memory',
    diagnostics: [{
      code: null, severity: 'error',
      message: 'borrowmap ran out of memory analyzing this input',
      line: 1, col: 1, end_line: 1, end_col: 1,
      labels: [], notes: [], help: null,
    }],
    unsupported: [],
  };
}

function rulesOutOfMemory() {
  return { version: 1, status: 'out-of-memory', error: 'borrowmap ran out of memory checking the task\'s rules', results: [] };
}
