// The diagram's editor side, driven through EditorState (no DOM): which step
// a new analysis, the cursor, the panel and a diagnostic click choose; the
// step's decorations (spans with non-ASCII text, mapped through edits); the
// messages when there is nothing to draw; hidden while a prediction is open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { readFileSync } from 'node:fs';

// diagram/panel.js imports its stylesheet (Vite bundles it); under node a
// .css import is an empty module.
register(
  'data:text/javascript,' +
    encodeURIComponent(
      "export async function load(url, context, next) { if (url.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true }; return next(url, context); }",
    ),
);

const { EditorState, EditorSelection, Text } = await import('@codemirror/state');
const { analysisField, analysisTransaction } = await import('../src/borrowmap-extension.js');
const {
  diagramField,
  diagramMessage,
  drawableTimeline,
  defaultStep,
  stepHighlightRanges,
  shownStepRange,
  setDiagramStep,
  showDiagnosticStep,
  setDiagramHidden,
  DIAGRAM_MESSAGES,
} = await import('../src/diagram-view.js');

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/timeline-${name}.json`, import.meta.url), 'utf8'));

// The move fixture with non-ASCII names and an astral string: its columns
// count code points, as rustc's do. "größe" is 5 code points and 5 UTF-16
// units; each "🦀" is 1 code point but 2 units.
const SOURCE = 'fn main() {\n    let größe = String::from("🦀🦀");\n    let t = größe;\n    println!("{größe}");\n}\n';
function nonAsciiResult() {
  const f = fixture('move');
  const cols = (line, text) => {
    const l = SOURCE.split('\n')[line - 1];
    const at = [...l].join('').indexOf(text);
    const col = [...l.slice(0, at)].length + 1;
    return { line, col, end_line: line, end_col: col + [...text].length };
  };
  const t = structuredClone(f.timeline);
  Object.assign(t.steps[1], cols(2, 'let größe = String::from("🦀🦀");'));
  Object.assign(t.steps[2], cols(3, 'let t = größe;'));
  Object.assign(t.steps[3], cols(4, 'println!("{größe}");'));
  const diagnostics = structuredClone(f.diagnostics);
  Object.assign(diagnostics[0], cols(4, 'größe}'), { end_col: cols(4, 'größe}').col + 5 });
  return { version: 1, status: 'ok', diagnostics, unsupported: [], timeline: t };
}

const extensions = [analysisField, diagramField];
const fresh = (doc = SOURCE) => EditorState.create({ doc, extensions });
const analysed = (state, result) => state.update(analysisTransaction(state, state.doc, result)).state;
const field = (state) => state.field(diagramField);
const lineStart = (n) => SOURCE.split('\n').slice(0, n - 1).join('\n').length + (n > 1 ? 1 : 0);

/** The decorations as {from, to, class} (line decorations have from === to). */
function decos(state) {
  const out = [];
  field(state).deco.between(0, state.doc.length, (from, to, d) => {
    out.push({ from, to, cls: d.spec.class, text: state.doc.sliceString(from, to) });
  });
  return out;
}

test('stepHighlightRanges: code-point columns become UTF-16 offsets (umlauts, emoji)', () => {
  const doc = Text.of(SOURCE.split('\n'));
  const steps = nonAsciiResult().timeline.steps;
  const r2 = stepHighlightRanges(doc, steps[1]);
  assert.equal(doc.sliceString(r2.from, r2.to), 'let größe = String::from("🦀🦀");');
  assert.equal(r2.line, lineStart(2));
  const r4 = stepHighlightRanges(doc, steps[3]);
  assert.equal(doc.sliceString(r4.from, r4.to), 'println!("{größe}");');
  assert.equal(r4.line, lineStart(4));
  // A step with only a line: an empty range at the line's start.
  const r = stepHighlightRanges(doc, { line: 3 });
  assert.deepEqual(r, { from: lineStart(3), to: lineStart(3), line: lineStart(3) });
  // Out of range lines are clamped, never thrown.
  assert.equal(stepHighlightRanges(doc, { line: 99, col: 1, end_line: 99, end_col: 4 }).from, doc.length);
  assert.equal(stepHighlightRanges(doc, null), null);
});

test('diagramMessage: why there is no drawing', () => {
  assert.equal(diagramMessage(null), DIAGRAM_MESSAGES.waiting);
  const base = { version: 1, status: 'ok', diagnostics: [], unsupported: [] };
  // Results from a core without the timeline pass: no `timeline` key.
  assert.equal(diagramMessage(base), DIAGRAM_MESSAGES.noTimeline);
  const syntax = { code: null, severity: 'error', message: 'expected `;`', line: 2, col: 14, end_line: 2, end_col: 14 };
  assert.equal(diagramMessage({ ...base, diagnostics: [syntax] }), DIAGRAM_MESSAGES.syntax);
  // The core abstains from the timeline when the code does not parse.
  const abstained = { steps: [], error_step: null, unsupported: 'the code does not parse' };
  assert.equal(diagramMessage({ ...base, diagnostics: [syntax], timeline: abstained }), DIAGRAM_MESSAGES.syntax);
  const e0382 = { ...syntax, code: 'E0382', message: 'borrow of moved value: `s`' };
  assert.equal(diagramMessage({ ...base, diagnostics: [e0382] }), DIAGRAM_MESSAGES.noTimeline);
  assert.equal(diagramMessage({ ...base, status: 'too-large', diagnostics: [syntax] }), DIAGRAM_MESSAGES.tooLarge);
  assert.equal(diagramMessage({ ...base, status: 'analyzer-error' }), DIAGRAM_MESSAGES.failed);
  assert.equal(diagramMessage({ ...base, status: 'out-of-memory' }), DIAGRAM_MESSAGES.partial);
  const withTimeline = nonAsciiResult();
  assert.equal(diagramMessage(withTimeline), null);
  assert.equal(drawableTimeline(withTimeline), withTimeline.timeline);
  // Unsupported or empty timelines are the panel's to explain, and not drawn.
  const unsupported = { ...base, timeline: { steps: [], error_step: null, unsupported: 'loops' } };
  assert.equal(diagramMessage(unsupported), null);
  assert.equal(drawableTimeline(unsupported), null);
  assert.equal(drawableTimeline({ ...base, timeline: { steps: [], error_step: null, unsupported: null } }), null);
});

test('a new timeline opens at its error step until the learner places the cursor', () => {
  const result = nonAsciiResult();
  assert.equal(defaultStep(result.timeline), 3);
  assert.equal(defaultStep({ steps: [{}, {}], error_step: null }), 1);
  assert.equal(defaultStep({ steps: [] }), -1);
  const state = analysed(fresh(), result);
  assert.equal(field(state).step, 3);
  assert.equal(field(state).timeline, result.timeline);
  assert.deepEqual(
    decos(state).map((d) => [d.cls, d.text]),
    [
      ['bm-step-line', ''],
      ['bm-step-span', 'println!("{größe}");'],
    ],
  );
  assert.equal(decos(state)[0].from, lineStart(4));
});

test('the cursor moves the step; a new analysis keeps the cursor\'s step', () => {
  let state = analysed(fresh(), nonAsciiResult());
  state = state.update({ selection: EditorSelection.cursor(lineStart(3) + 2) }).state;
  assert.equal(field(state).step, 2);
  assert.equal(decos(state)[1].text, 'let t = größe;');
  // A blank line below the last statement shows what was just done: the `}`.
  state = state.update({ selection: EditorSelection.cursor(state.doc.length) }).state;
  assert.equal(field(state).step, 4);
  state = state.update({ selection: EditorSelection.cursor(lineStart(2)) }).state;
  assert.equal(field(state).step, 1);
  // Re-analysed (same text, new result object): the step stays at the cursor.
  state = analysed(state, nonAsciiResult());
  assert.equal(field(state).step, 1);
});

test('the panel sets the step (clamped) without moving the selection', () => {
  let state = analysed(fresh(), nonAsciiResult());
  const sel = state.selection;
  state = state.update({ effects: setDiagramStep.of(2) }).state;
  assert.equal(field(state).step, 2);
  assert.ok(state.selection.eq(sel));
  assert.equal(state.doc.sliceString(shownStepRange(state).from, shownStepRange(state).to), 'let t = größe;');
  state = state.update({ effects: setDiagramStep.of(99) }).state;
  assert.equal(field(state).step, 4);
  state = state.update({ effects: setDiagramStep.of(-3) }).state;
  assert.equal(field(state).step, 0);
});

test('a diagnostic click shows the step that carries it, even though its selection lands on another line', () => {
  let state = analysed(fresh(), nonAsciiResult());
  state = state.update({ selection: EditorSelection.cursor(lineStart(2)) }).state;
  assert.equal(field(state).step, 1);
  const d = nonAsciiResult().diagnostics[0];
  // Like diagnostics-view's jump: select the diagnostic's span, plus the effect.
  state = state.update({ selection: EditorSelection.cursor(lineStart(4) + 4), effects: showDiagnosticStep.of(0) }).state;
  assert.equal(field(state).step, 3);
  assert.equal(d.line, 4);
  // A diagnostic no step carries leaves the step to the cursor.
  state = state.update({ selection: EditorSelection.cursor(lineStart(2)), effects: showDiagnosticStep.of(7) }).state;
  assert.equal(field(state).step, 1);
});

test('edits map the highlight; the cursor does not move the step until the new analysis', () => {
  let state = analysed(fresh(), nonAsciiResult());
  state = state.update({ selection: EditorSelection.cursor(lineStart(3)) }).state;
  assert.equal(field(state).step, 2);
  // Insert a line above: the analysis is pending, the stale step's text is still marked.
  state = state.update({ changes: { from: lineStart(2), insert: '    // 🦀 a comment\n' } }).state;
  assert.equal(state.field(analysisField).phase, 'pending');
  assert.equal(decos(state)[1].text, 'let t = größe;');
  state = state.update({ selection: EditorSelection.cursor(0) }).state;
  assert.equal(field(state).step, 2, 'the timeline is stale: its lines are not the cursor\'s');
  // The panel may still step on the stale timeline; its spans are mapped too.
  state = state.update({ effects: setDiagramStep.of(3) }).state;
  assert.equal(decos(state)[1].text, 'println!("{größe}");');
  assert.equal(state.doc.lineAt(decos(state)[0].from).number, 5);
});

test('no timeline (syntax error, or a core without the timeline pass): no step, no decorations', () => {
  let state = analysed(fresh(), nonAsciiResult());
  state = analysed(state, { version: 1, status: 'ok', diagnostics: [], unsupported: [] });
  assert.equal(field(state).step, -1);
  assert.equal(field(state).timeline, null);
  assert.deepEqual(decos(state), []);
  state = state.update({ effects: setDiagramStep.of(2), selection: EditorSelection.cursor(lineStart(3)) }).state;
  assert.equal(field(state).step, -1);
  assert.equal(shownStepRange(state), null);
});

test('hidden while a prediction is open: no decorations, and they come back', () => {
  let state = fresh();
  state = state.update({ effects: setDiagramHidden.of(true) }).state;
  state = analysed(state, nonAsciiResult());
  assert.equal(field(state).hidden, true);
  assert.deepEqual(decos(state), []);
  assert.equal(shownStepRange(state), null);
  state = state.update({ effects: setDiagramHidden.of(false) }).state;
  assert.equal(field(state).step, 3);
  assert.equal(decos(state)[1].text, 'println!("{größe}");');
});

test('an unrelated transaction keeps the same field value', () => {
  const state = analysed(fresh(), nonAsciiResult());
  const next = state.update({}).state;
  assert.equal(next.field(diagramField), state.field(diagramField));
});
