// The stack diagram, wired to the editor. Like the diagnostics list it reads
// analysisField, so the drawing, the lint marks and the list always describe
// the same analysis.
//
// - `diagramField` (pure state, testable with EditorState) holds the timeline
//   of the latest finished analysis, the step shown, whether a prediction
//   hides it, and the editor decorations for that step: a mark over the
//   step's span and a line class on its first line. Spans are converted on the
//   analysed document (positions.js) and mapped through the edits made since,
//   so a stale timeline still marks the right text.
// - Which step: a new analysis shows the step at the cursor's line once the
//   learner has put the cursor somewhere (else the error step, or the last);
//   moving the cursor moves the step; a `setDiagramStep` effect (the panel's
//   buttons, slider and keys) or `showDiagnosticStep` (a click in the
//   diagnostics list) sets it. The selection is never moved for the diagram.
// - A view plugin owns the panel (web/src/diagram/panel.js) inside `host` and
//   keeps it in step with the field; the learner's stepping comes back as an
//   effect, with a scroll to the step's text.

import { StateEffect, StateField, ChangeSet, RangeSetBuilder } from '@codemirror/state';
import { EditorView, Decoration, ViewPlugin } from '@codemirror/view';
import { analysisField } from './borrowmap-extension.js';
import { toRange } from './positions.js';
import { createDiagramPanel, MESSAGES, stepForLine, stepSpan, stepForDiagnostic } from './diagram/panel.js';

/** The panel's messages when there is no drawing, beyond its own MESSAGES. */
export const DIAGRAM_MESSAGES = {
  ...MESSAGES,
  noTimeline: 'No diagram for this code yet: the checker did not trace its steps.',
  tooLarge: 'This program is too large to draw. Make it shorter to see the diagram.',
  failed: 'The checker could not run, so there is nothing to draw. Reload the page to try again.',
  partial: 'The checker stopped before the end of this program, so there is nothing to draw.',
  predictFirst:
    'Predict first: the diagram would give the answer away. It appears once you have answered the prediction task (or changed the code).',
};

/** Effect: show step `i` (clamped to the timeline). */
export const setDiagramStep = StateEffect.define();
/** Effect: show the step that carries diagnostic number `d` of the result. */
export const showDiagnosticStep = StateEffect.define();
/** Effect: hide (true) or show (false) the diagram while a prediction is open. */
export const setDiagramHidden = StateEffect.define();

/**
 * Why there is no drawing for `result` (an analyzer result, or null while
 * the first analysis runs), or null when its timeline should be drawn (the
 * panel itself explains an unsupported or empty timeline).
 */
export function diagramMessage(result) {
  if (!result) return DIAGRAM_MESSAGES.waiting;
  switch (result.status) {
    case 'too-large':
      return DIAGRAM_MESSAGES.tooLarge;
    case 'analyzer-error':
    case 'not-utf8':
      return DIAGRAM_MESSAGES.failed;
    case 'out-of-memory':
      return DIAGRAM_MESSAGES.partial;
    default:
  }
  const t = result.timeline;
  const steps = t && typeof t === 'object' && !t.unsupported && Array.isArray(t.steps) && t.steps.length > 0;
  // The core reports syntax errors without an error code, and abstains from
  // the timeline then ("unsupported": "the code does not parse"): the
  // learner's next move is to fix the syntax, so say that.
  const syntax = (result.diagnostics ?? []).some((d) => d?.severity === 'error' && !d.code);
  if (syntax && !steps) return DIAGRAM_MESSAGES.syntax;
  if (t && typeof t === 'object') return null;
  return DIAGRAM_MESSAGES.noTimeline;
}

/** The timeline to draw from `result`, or null. */
export function drawableTimeline(result) {
  if (diagramMessage(result) !== null) return null;
  const t = result.timeline;
  return !t.unsupported && Array.isArray(t.steps) && t.steps.length ? t : null;
}

/** The step a fresh timeline opens at when the learner has not placed the cursor: the error, else the last. */
export function defaultStep(timeline) {
  const n = timeline?.steps?.length ?? 0;
  if (!n) return -1;
  const es = timeline.error_step;
  return Number.isInteger(es) && es >= 0 && es < n ? es : n - 1;
}

function clampStep(timeline, i) {
  const n = timeline?.steps?.length ?? 0;
  if (!n) return -1;
  return Math.max(0, Math.min(n - 1, Math.trunc(Number(i)) || 0));
}

/**
 * The editor ranges that show `step` in `doc` (the document the timeline was
 * computed from): {from, to} of its span (code-point columns become UTF-16
 * offsets in positions.js) and `line`, the offset where the step's first
 * line starts. null without a step.
 */
export function stepHighlightRanges(doc, step) {
  const span = stepSpan(step);
  if (!span || !Number.isFinite(span.line)) return null;
  const { from, to } = toRange(doc, span);
  return { from, to, line: doc.lineAt(from).from };
}

const stepMark = Decoration.mark({ class: 'bm-step-span', attributes: { 'data-testid': 'step-span' } });
const stepLine = Decoration.line({ class: 'bm-step-line', attributes: { 'data-testid': 'step-line' } });

function decorationsFor(v, doc) {
  if (v.hidden || !v.timeline || v.step < 0) return Decoration.none;
  const r = stepHighlightRanges(v.doc, v.timeline.steps[v.step]);
  if (!r) return Decoration.none;
  // Into the current document: mapped through the edits since the analysis.
  const from = v.since.mapPos(r.from, 1);
  const to = Math.max(from, v.since.mapPos(r.to, -1));
  const line = doc.lineAt(v.since.mapPos(r.line, -1)).from;
  const b = new RangeSetBuilder();
  b.add(line, line, stepLine);
  if (to > from) b.add(from, to, stepMark);
  return b.finish();
}

/** {from, to} in the current document of the step shown, or null (for scrolling to it). */
export function shownStepRange(state) {
  const v = state.field(diagramField, false);
  if (!v || v.hidden || !v.timeline || v.step < 0) return null;
  const r = stepHighlightRanges(v.doc, v.timeline.steps[v.step]);
  if (!r) return null;
  return { from: v.since.mapPos(r.from, 1), to: v.since.mapPos(r.to, -1) };
}

const cursorLine = (state) => state.doc.lineAt(state.selection.main.head).number;

export const diagramField = StateField.define({
  create(state) {
    return {
      result: null, // the analyzer result the diagram comes from (null: none yet)
      timeline: null, // its drawable timeline, or null
      doc: state.doc, // the document it was computed from
      since: ChangeSet.empty(state.doc.length), // edits from `doc` to the current document
      step: -1,
      hidden: false,
      follow: false, // the learner has placed the cursor: steps follow it
      deco: Decoration.none,
    };
  },
  update(value, tr) {
    const v = { ...value };
    if (tr.docChanged) v.since = v.since.compose(tr.changes);
    if (tr.selection || tr.isUserEvent('input') || tr.isUserEvent('delete')) v.follow = true;

    const analysis = tr.state.field(analysisField);
    const fresh = analysis !== tr.startState.field(analysisField) && analysis.phase === 'done' && analysis.result !== value.result;
    if (fresh) {
      v.result = analysis.result;
      v.timeline = drawableTimeline(analysis.result);
      v.doc = analysis.doc;
      v.since = ChangeSet.empty(analysis.doc.length);
      v.step = !v.timeline ? -1 : v.follow ? stepForLine(v.timeline, cursorLine(tr.state), value.step) : defaultStep(v.timeline);
    } else if (tr.selection && !tr.docChanged && v.timeline && tr.state.doc === v.doc) {
      // The cursor moved in the analysed text: show its line's step.
      v.step = stepForLine(v.timeline, cursorLine(tr.state), v.step);
    }

    for (const e of tr.effects) {
      if (e.is(setDiagramHidden)) v.hidden = !!e.value;
      else if (e.is(setDiagramStep) && v.timeline) v.step = clampStep(v.timeline, e.value);
      else if (e.is(showDiagnosticStep) && v.timeline) {
        const s = stepForDiagnostic(v.timeline, e.value);
        if (s >= 0) v.step = s;
      }
    }

    if (v.step === value.step && v.timeline === value.timeline && v.hidden === value.hidden && !fresh) {
      if (tr.docChanged) v.deco = value.deco.map(tr.changes);
      if (!tr.docChanged && v.follow === value.follow) return value;
      return v;
    }
    v.deco = decorationsFor(v, tr.state.doc);
    return v;
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

const theme = EditorView.baseTheme({
  '.bm-step-line': { backgroundColor: '#fff6d5', boxShadow: 'inset 3px 0 0 #e0a800' },
  '.bm-step-span': { backgroundColor: '#ffe58a', borderRadius: '2px' },
});

class DiagramSync {
  constructor(view, host) {
    this.view = view;
    this.host = host;
    this.shown = { result: undefined, hidden: undefined };
    this.panel = createDiagramPanel(host, {
      // Only the learner's stepping comes back; 'update' and 'api' changes
      // come from the field already.
      onStepChange: (i, _step, { source }) => {
        if (source === 'user') this.userStep(i);
      },
    });
    this.sync();
  }

  update(update) {
    if (
      update.state.field(diagramField) !== update.startState.field(diagramField) ||
      update.state.field(analysisField).phase !== update.startState.field(analysisField).phase
    ) {
      this.sync();
    }
  }

  sync() {
    const v = this.view.state.field(diagramField);
    const pending = this.view.state.field(analysisField).phase === 'pending';
    this.host.classList.toggle('is-stale', pending && !!v.result && !v.hidden);
    if (v.hidden) {
      if (this.shown.hidden !== true) this.panel.showMessage(DIAGRAM_MESSAGES.predictFirst);
      this.shown = { result: undefined, hidden: true };
      return;
    }
    if (this.shown.result !== v.result || this.shown.hidden !== false) {
      this.shown = { result: v.result, hidden: false };
      const message = diagramMessage(v.result);
      if (message !== null) this.panel.showMessage(message);
      else this.panel.update(v.result.timeline, v.result.diagnostics ?? [], v.step >= 0 ? { step: v.step } : {});
      return;
    }
    if (v.step >= 0 && this.panel.step() !== v.step) this.panel.setStep(v.step);
  }

  userStep(i) {
    goToDiagramStep(this.view, i);
  }

  destroy() {
    this.panel.destroy();
    this.host.classList.remove('is-stale');
  }
}

/**
 * Show step `i` (clamped) as the learner's own choice: the diagram moves and
 * the editor scrolls to the step's text (the selection stays). What the
 * panel's buttons and the keyboard shortcuts do. Returns false when there
 * is no diagram to step through.
 */
export function goToDiagramStep(view, i) {
  const v = view.state.field(diagramField, false);
  if (!v || v.hidden || !v.timeline) return false;
  const effects = [setDiagramStep.of(i)];
  const state = view.state.update({ effects }).state;
  const r = shownStepRange(state);
  if (r) effects.push(EditorView.scrollIntoView(r.from, { y: 'nearest' }));
  view.dispatch({ effects });
  return true;
}

/** The step the diagram shows (0-based), or -1 when it shows none. */
export function diagramStep(state) {
  const v = state.field(diagramField, false);
  return v && !v.hidden && v.timeline ? v.step : -1;
}

/**
 * The extension: the field, the decorations' theme, and a plugin that draws
 * the panel into `host` (an element outside the editor; its content is
 * replaced, and removed again when the editor's state is replaced).
 */
export function diagramView({ host }) {
  return [diagramField, theme, ViewPlugin.define((view) => new DiagramSync(view, host))];
}
