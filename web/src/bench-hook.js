// window.__borrowmapBench(source, runs): times the page's own analyzer worker.
// Used by e2e/bench-browser.js. Harmless in production: it only runs the
// analyzer on text the caller passes, exactly like typing it would.

export function installBenchHook(client) {
  const hook = async (source, runs = 10) => {
    if (typeof source !== 'string') throw new TypeError('source must be a string');
    const n = Math.max(1, Math.min(1000, Math.floor(runs)));
    await client.analyze('fn main() {}\n'); // make sure the wasm is loaded
    const samples = [];
    let last = null;
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      const answer = await client.analyze(source);
      const roundTripMs = performance.now() - start;
      samples.push({ analyzeMs: answer.ms, roundTripMs });
      last = answer;
    }
    const { heapBytes, timings } = await client.heap();
    return {
      runs: n,
      bytes: new TextEncoder().encode(source).length,
      status: last?.result?.status ?? null,
      diagnostics: last?.result?.diagnostics?.length ?? 0,
      samples,
      heapBytes,
      timings,
    };
  };
  Object.defineProperty(window, '__borrowmapBench', { value: hook, configurable: true });
}
