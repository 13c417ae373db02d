// The borrowmap analyzer as a small ES module over the WebAssembly core.
//
//   const analyzer = await createAnalyzer();          // in a page or worker
//   const analyzer = await createAnalyzer({ wasmBinary });   // under node
//   const result = analyzer.analyze(source);          // the JSON result, parsed
//   analyzer.delete();
//
// Each call allocates its input and its result inside the wasm heap and frees
// both before it returns (web-tree-sitter's rule: free in the method that
// allocated), so repeated calls do not grow the heap; wasm/test/ checks it.

import createBorrowmapCore from './dist/borrowmap-core.mjs';

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
  const core = await createBorrowmapCore(moduleArgs);
  let handle = core._bm_analyzer_new();
  if (!handle) throw new Error('borrowmap: could not create the analyzer (out of memory)');

  return {
    /** Analyze Rust source text; returns the result object (see README). */
    analyze(source) {
      if (!handle) throw new Error('borrowmap: analyzer used after delete()');
      const bytes = encoder.encode(String(source));
      const ptr = core._malloc(bytes.length || 1);
      if (!ptr) return outOfMemory();
      let result = 0;
      try {
        core.HEAPU8.set(bytes, ptr);
        result = core._bm_analyzer_analyze(handle, ptr, bytes.length);
        if (!result) return outOfMemory();
        const json = core._bm_result_json(result);
        if (!json) return outOfMemory();
        return JSON.parse(core.UTF8ToString(json));
      } finally {
        if (result) core._bm_result_delete(result);
        core._free(ptr);
      }
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
