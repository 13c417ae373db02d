// The analyzer worker: owns the one wasm analyzer instance of the page.
// Messages: {id, kind: 'analyze', source, run?} → {id, result, ms, heapBytes}
//           (run: also run fn main when the program checks: result.run)
//           {id, kind: 'rules', source, rules} → {id, rules} (a task's constraints, checkRules)
//           {id, kind: 'heap'}            → {id, heapBytes, timings} (timings: what creating the analyzer cost)
// Anything that throws comes back as {id, error} so the page can say why.

import { createAnalyzer } from '../../wasm/analyzer.js';

let analyzerPromise = null;

function getAnalyzer() {
  if (!analyzerPromise) {
    analyzerPromise = createAnalyzer().catch((err) => {
      analyzerPromise = null; // let the next request retry
      throw err;
    });
  }
  return analyzerPromise;
}

function describe(err) {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

self.addEventListener('message', async (event) => {
  const { id, kind = 'analyze', source, rules, run = false } = event.data ?? {};
  try {
    const analyzer = await getAnalyzer();
    if (kind === 'heap') {
      self.postMessage({ id, heapBytes: analyzer.heapBytes(), timings: analyzer.timings() });
      return;
    }
    if (typeof source !== 'string') throw new TypeError('source must be a string');
    if (kind === 'rules') {
      if (!Array.isArray(rules)) throw new TypeError('rules must be a list');
      self.postMessage({ id, rules: analyzer.checkRules(source, rules) });
      return;
    }
    const start = performance.now();
    const result = analyzer.analyze(source, { run: run === true });
    const ms = performance.now() - start;
    self.postMessage({ id, result, ms, heapBytes: analyzer.heapBytes() });
  } catch (err) {
    // After a trap the wasm instance may be in any state: start a fresh one
    // on the next request rather than reuse it.
    if (analyzerPromise && kind === 'analyze') {
      const broken = analyzerPromise;
      analyzerPromise = null;
      broken.then((a) => a.delete()).catch(() => {});
    }
    self.postMessage({ id, error: describe(err) });
  }
});
