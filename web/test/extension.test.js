// The borrowmap() extension's state, driven through EditorState (no DOM): the
// analysis field follows the document, and stale answers are ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditorState } from '@codemirror/state';
import { forEachDiagnostic } from '@codemirror/lint';
import { analysisField, analysisTransaction, setAnalysis } from '../src/borrowmap-extension.js';
import { statusText } from '../src/analysis.js';

const MISSING = 'fn main() {\n    let x = 5\n    let y = 6;\n}\n';
const missingResult = {
  version: 1,
  status: 'ok',
  diagnostics: [
    {
      code: null,
      severity: 'error',
      message: 'expected `;`',
      line: 2,
      col: 14,
      end_line: 2,
      end_col: 14,
      labels: [{ line: 2, col: 14, end_line: 2, end_col: 14, message: 'the parser expected it here' }],
      notes: [],
      help: null,
    },
  ],
  unsupported: [],
};
const clean = { version: 1, status: 'ok', diagnostics: [], unsupported: [] };

function lintOf(state) {
  const out = [];
  forEachDiagnostic(state, (d, from, to) => out.push({ message: d.message, severity: d.severity, from, to }));
  return out;
}

test('a new state is pending with no result', () => {
  const state = EditorState.create({ doc: MISSING, extensions: [analysisField] });
  const a = state.field(analysisField);
  assert.equal(a.phase, 'pending');
  assert.equal(a.result, null);
  assert.equal(statusText(a), 'analyzing…');
});

test('an answer for the current doc sets the field and the lint diagnostics together', () => {
  let state = EditorState.create({ doc: MISSING, extensions: [analysisField] });
  state = state.update(analysisTransaction(state, state.doc, missingResult, 1.5)).state;
  const a = state.field(analysisField);
  assert.equal(a.phase, 'done');
  assert.equal(a.result, missingResult);
  assert.equal(a.ms, 1.5);
  assert.equal(statusText(a), '1 error');
  const lint = lintOf(state);
  assert.equal(lint.length, 1);
  assert.equal(lint[0].message, 'expected `;`');
  assert.equal(state.doc.lineAt(lint[0].from).number, 2);
  assert.equal(lint[0].from, state.doc.line(2).from + 13);
});

test('an edit makes the analysis pending again but keeps the last result for display', () => {
  let state = EditorState.create({ doc: MISSING, extensions: [analysisField] });
  state = state.update(analysisTransaction(state, state.doc, missingResult)).state;
  const at = state.doc.line(2).to;
  state = state.update({ changes: { from: at, insert: ';' } }).state;
  const a = state.field(analysisField);
  assert.equal(a.phase, 'pending');
  assert.equal(a.result, missingResult);
  assert.equal(a.doc, state.doc);
  assert.equal(statusText(a), 'analyzing…');
});

test('an answer computed for an older document is ignored', () => {
  let state = EditorState.create({ doc: MISSING, extensions: [analysisField] });
  const oldDoc = state.doc;
  state = state.update({ changes: { from: state.doc.line(2).to, insert: ';' } }).state;
  // The answer for the old text arrives after the edit.
  state = state.update({ effects: setAnalysis.of({ doc: oldDoc, result: missingResult }) }).state;
  assert.equal(state.field(analysisField).phase, 'pending');
  assert.equal(state.field(analysisField).result, null);
  // The answer for the new text is accepted.
  state = state.update(analysisTransaction(state, state.doc, clean)).state;
  assert.equal(state.field(analysisField).phase, 'done');
  assert.equal(statusText(state.field(analysisField)), 'No errors');
  assert.deepEqual(lintOf(state), []);
});

test('the same text typed again is a different document: answers are keyed by identity', () => {
  let state = EditorState.create({ doc: 'fn main() {}', extensions: [analysisField] });
  const first = state.doc;
  state = state.update({ changes: { from: 0, to: state.doc.length, insert: 'fn main() {}' } }).state;
  assert.notEqual(state.doc, first);
  state = state.update({ effects: setAnalysis.of({ doc: first, result: clean }) }).state;
  assert.equal(state.field(analysisField).phase, 'pending');
});
