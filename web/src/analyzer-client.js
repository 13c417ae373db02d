// The main thread's handle on the analyzer worker. The main thread never runs
// the analyzer itself: it posts {id, kind, source} and matches answers by id.
// If the worker dies (module failed to load, wasm trap), every pending request
// is rejected with the reason and the next request starts a fresh worker.

export function createAnalyzerClient(createWorker) {
  let worker = null;
  let nextId = 1;
  const pending = new Map();

  function failAll(message) {
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  }

  function ensureWorker() {
    if (worker) return worker;
    worker = createWorker();
    worker.addEventListener('message', (event) => {
      const { id, error, ...answer } = event.data ?? {};
      const entry = pending.get(id);
      if (!entry) return;
      pending.delete(id);
      if (error !== undefined) entry.reject(new Error(error));
      else entry.resolve(answer);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      const message = event.message || 'the analyzer worker could not start';
      worker?.terminate();
      worker = null;
      failAll(message);
    });
    worker.addEventListener('messageerror', () => failAll('the analyzer answer could not be read'));
    return worker;
  }

  function request(message) {
    const w = ensureWorker();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage({ id, ...message });
    });
  }

  return {
    /**
     * → Promise<{result, ms, heapBytes}>; ms is measured inside the worker.
     * {run: true}: also run the program when it checks (result.run).
     */
    analyze(source, { run = false } = {}) {
      return request(run ? { kind: 'analyze', source, run: true } : { kind: 'analyze', source });
    },
    /** → Promise<{rules: {status, results: [{holds, error?}]}}>: a task's constraints on `source`. */
    checkRules(source, rules) {
      return request({ kind: 'rules', source, rules });
    },
    /** → Promise<{heapBytes, timings}> */
    heap() {
      return request({ kind: 'heap' });
    },
    terminate() {
      worker?.terminate();
      worker = null;
      failAll('the analyzer was stopped');
    },
  };
}
