// borrowmap(): the CodeMirror extension that keeps the editor, the lint marks,
// the diagnostics list and the status line in agreement.
//
// - `analysisField` holds the latest analysis of the *current* document:
//   {phase: 'pending' | 'done', doc, result, ms}. Any edit turns it back to
//   'pending' (keeping the previous result for display until the new one
//   arrives); an answer is accepted only for the exact Text it was computed
//   from, so stale answers can never show.
// - a ViewPlugin debounces edits, checks the size in JS (over 1 MiB never goes
//   to the worker), posts the source to the analyzer client and, when the
//   answer is still current, dispatches one transaction that sets both the
//   field and the @codemirror/lint diagnostics.
// - everything else (diagnostics list, status line) reads the field.

import { StateEffect, StateField, Facet } from '@codemirror/state';
import { ViewPlugin } from '@codemirror/view';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { isTooLarge, tooLargeResult, failureResult, toLintDiagnostics } from './analysis.js';

export const DEFAULT_DEBOUNCE_MS = 250;

/** Effect carrying an analysis answer: {doc, result, ms}. */
export const setAnalysis = StateEffect.define();

export const analysisField = StateField.define({
  create(state) {
    return { phase: 'pending', doc: state.doc, result: null, ms: null };
  },
  update(value, tr) {
    if (tr.docChanged) value = { ...value, phase: 'pending', doc: tr.state.doc };
    for (const effect of tr.effects) {
      if (!effect.is(setAnalysis)) continue;
      // Only an answer for the document as it is now counts.
      if (effect.value.doc !== tr.state.doc) continue;
      value = { phase: 'done', doc: effect.value.doc, result: effect.value.result, ms: effect.value.ms ?? null };
    }
    return value;
  },
});

/**
 * The transaction spec that records `result` as the analysis of `doc` and
 * replaces the lint diagnostics. `state.doc` must be `doc`.
 */
export function analysisTransaction(state, doc, result, ms = null, decorate = (x) => x) {
  const lint = toLintDiagnostics(doc, result).map(decorate);
  const lintSpec = setDiagnostics(state, lint);
  return { effects: [setAnalysis.of({ doc, result, ms }), ...[].concat(lintSpec.effects)] };
}

/** Configuration: {client, debounceMs, renderMessage}. */
const borrowmapConfig = Facet.define({
  combine: (values) => values[0] ?? {},
});

class AnalysisScheduler {
  constructor(view) {
    this.view = view;
    this.timer = null;
    this.inFlight = false;
    this.again = false;
    this.destroyed = false;
    this.schedule(0);
  }

  update(update) {
    if (update.docChanged) this.schedule(this.config.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  get config() {
    return this.view.state.facet(borrowmapConfig);
  }

  schedule(delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  async run() {
    this.timer = null;
    if (this.destroyed) return;
    // One request at a time: edits made meanwhile are analyzed when it ends.
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const doc = this.view.state.doc;
    const source = doc.toString();
    if (isTooLarge(source)) {
      this.deliver(doc, tooLargeResult(source), null);
      return;
    }
    const { client, run } = this.config;
    if (!client) return;
    this.inFlight = true;
    try {
      const answer = await client.analyze(source, { run: run === true });
      this.deliver(doc, answer.result, answer.ms);
    } catch (err) {
      this.deliver(doc, failureResult(err?.message ?? String(err)), null);
    } finally {
      this.inFlight = false;
      if (this.again && !this.destroyed) {
        this.again = false;
        this.schedule(0);
      }
    }
  }

  deliver(doc, result, ms) {
    if (this.destroyed || this.view.state.doc !== doc) return; // stale: a newer edit is pending
    const { renderMessage } = this.config;
    const decorate = renderMessage
      ? (d) => (d.bm ? { ...d, renderMessage: () => renderMessage(d.bm) } : d)
      : undefined;
    this.view.dispatch(analysisTransaction(this.view.state, doc, result, ms, decorate));
  }

  destroy() {
    this.destroyed = true;
    clearTimeout(this.timer);
  }
}

const scheduler = ViewPlugin.fromClass(AnalysisScheduler);

// Callers waiting for the analysis of the document as it is (see whenAnalyzed).
const waiters = new WeakMap(); // EditorView -> [resolve]

function settle(view) {
  const list = waiters.get(view);
  if (!list?.length) return;
  const analysis = view.state.field(analysisField, false);
  if (!analysis || analysis.phase !== 'done' || analysis.doc !== view.state.doc) return;
  waiters.delete(view);
  for (const resolve of list) resolve(analysis);
}

const waiterPlugin = ViewPlugin.fromClass(
  class {
    constructor(view) {
      this.view = view;
    }
    update(update) {
      if (update.state.field(analysisField) !== update.startState.field(analysisField)) settle(update.view);
    }
  },
);

/**
 * A promise of the analysis ({phase: 'done', doc, result, ms}) of the
 * document as it is when the analysis arrives: at once if it is already
 * there, else after the pending edit has been analyzed. The same state the
 * lint marks and the diagnostics list show, so a task's verdict never
 * disagrees with them.
 */
export function whenAnalyzed(view) {
  return new Promise((resolve) => {
    const list = waiters.get(view) ?? [];
    list.push(resolve);
    waiters.set(view, list);
    settle(view);
  });
}

/**
 * The extension. `client` is an object with `analyze(source) → Promise<{result,
 * ms}>` (see analyzer-client.js); `renderMessage(diagnostic) → Node` optionally
 * renders the hover tooltip body from the analyzer's diagnostic. `run: true`
 * also runs each version that checks, so the result carries what it printed.
 */
export function borrowmap({ client, debounceMs = DEFAULT_DEBOUNCE_MS, renderMessage, run = false } = {}) {
  return [borrowmapConfig.of({ client, debounceMs, renderMessage, run }), analysisField, scheduler, waiterPlugin, lintGutter()];
}
