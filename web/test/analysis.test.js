import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Text } from '@codemirror/state';
import {
  MAX_SOURCE_BYTES,
  utf8Length,
  isTooLarge,
  tooLargeResult,
  toLintDiagnostics,
  statusText,
  tooltipMessage,
  heading,
} from '../src/analysis.js';

const doc = (s) => Text.of(s.split('\n'));

const e0382 = {
  code: 'E0382',
  severity: 'error',
  message: 'borrow of moved value: `s`',
  line: 4,
  col: 20,
  end_line: 4,
  end_col: 21,
  labels: [
    { line: 3, col: 13, end_line: 3, end_col: 14, message: 'value moved here' },
    { line: 4, col: 20, end_line: 4, end_col: 21, message: 'value borrowed here after move' },
  ],
  notes: ['move occurs because `s` has type `String`'],
  help: 'consider cloning the value',
};

const SOURCE = 'fn main() {\n    let s = String::from("hi");\n    let t = s;\n    println!("{}", s);\n}\n';

test('utf8Length agrees with TextEncoder', () => {
  for (const s of ['', 'abc', 'größe', '🦀', 'a🦀é\n\u0000x', '\ud800 lone surrogate', 'end \udc00']) {
    assert.equal(utf8Length(s), new TextEncoder().encode(s).length, JSON.stringify(s));
  }
});

test('isTooLarge counts UTF-8 bytes, not UTF-16 units', () => {
  assert.equal(isTooLarge('a'.repeat(MAX_SOURCE_BYTES)), false);
  assert.equal(isTooLarge('a'.repeat(MAX_SOURCE_BYTES + 1)), true);
  // "é" is 2 bytes: half a MiB of them is exactly the limit.
  assert.equal(isTooLarge('é'.repeat(MAX_SOURCE_BYTES / 2)), false);
  assert.equal(isTooLarge('é'.repeat(MAX_SOURCE_BYTES / 2 + 1)), true);
  // "🦀" is 4 bytes and 2 units.
  assert.equal(isTooLarge('🦀'.repeat(MAX_SOURCE_BYTES / 4 + 1)), true);
  assert.equal(isTooLarge(''), false);
});

test('tooLargeResult looks like the analyzer answer and names the size', () => {
  const r = tooLargeResult('x'.repeat(5 * 1024 * 1024));
  assert.equal(r.status, 'too-large');
  assert.equal(r.diagnostics.length, 1);
  assert.match(r.diagnostics[0].message, /too large to analyze \(5\.0 MiB; the limit is 1 MiB\)/);
  assert.match(tooLargeResult('é'.repeat(1024 * 1024)).diagnostics[0].message, /\(2\.0 MiB;/);
  assert.equal(statusText({ phase: 'done', result: r }), 'Too large to analyze');
});

test('toLintDiagnostics: primary with code in the message, secondary labels as hints', () => {
  const d = doc(SOURCE);
  const lint = toLintDiagnostics(d, { status: 'ok', diagnostics: [e0382], unsupported: [] });
  assert.equal(lint.length, 2); // the label on the primary span is not repeated
  const [moved, primary] = lint; // sorted by position
  assert.equal(primary.severity, 'error');
  assert.equal(primary.message, 'E0382: borrow of moved value: `s`');
  assert.equal(d.sliceString(primary.from, primary.to), 's');
  assert.equal(d.lineAt(primary.from).number, 4);
  assert.equal(moved.severity, 'hint');
  assert.equal(moved.message, 'E0382: value moved here');
  assert.equal(d.sliceString(moved.from, moved.to), 's');
  assert.equal(d.lineAt(moved.from).number, 3);
});

test('toLintDiagnostics: unsupported constructs become info diagnostics', () => {
  const d = doc('fn main() {\n    let b: Box<dyn Fn()> = todo!();\n}\n');
  const lint = toLintDiagnostics(d, {
    status: 'ok',
    diagnostics: [],
    unsupported: [{ line: 2, col: 12, end_line: 2, end_col: 25, reason: 'trait objects are not analyzed yet' }],
  });
  assert.equal(lint.length, 1);
  assert.equal(lint[0].severity, 'info');
  assert.equal(lint[0].message, 'unsupported: trait objects are not analyzed yet');
  assert.equal(d.sliceString(lint[0].from, lint[0].to), 'Box<dyn Fn()>');
});

test('toLintDiagnostics: warnings and notes keep a lint severity', () => {
  const d = doc('fn main() {}');
  const base = { line: 1, col: 4, end_line: 1, end_col: 8, labels: [], notes: [], help: null, code: null };
  const lint = toLintDiagnostics(d, {
    status: 'ok',
    diagnostics: [
      { ...base, severity: 'warning', message: 'w' },
      { ...base, severity: 'note', message: 'n' },
    ],
    unsupported: [],
  });
  assert.deepEqual(lint.map((l) => l.severity).sort(), ['info', 'warning']);
  assert.deepEqual(toLintDiagnostics(d, null), []);
});

test('statusText', () => {
  const err = { ...e0382 };
  const warn = { ...e0382, severity: 'warning', code: null };
  const done = (diagnostics, unsupported = []) => ({ phase: 'done', result: { status: 'ok', diagnostics, unsupported } });
  assert.equal(statusText({ phase: 'pending', result: null }), 'analyzing…');
  assert.equal(statusText({ phase: 'pending', result: done([]).result }), 'analyzing…');
  assert.equal(statusText(done([])), 'No errors');
  assert.equal(statusText(done([err])), '1 error');
  assert.equal(statusText(done([err, err])), '2 errors');
  assert.equal(statusText(done([err, warn])), '1 error, 1 warning');
  assert.equal(statusText(done([], [{ reason: 'x' }])), 'No errors (1 construct not analyzed)');
  assert.equal(statusText({ phase: 'done', result: { status: 'not-utf8', diagnostics: [err] } }), 'Not valid UTF-8 text');
});

test('heading and tooltipMessage follow rustc', () => {
  assert.equal(heading(e0382), 'error[E0382]');
  assert.equal(heading({ severity: 'warning', code: null }), 'warning');
  assert.equal(tooltipMessage(e0382), 'E0382: borrow of moved value: `s`');
  assert.equal(tooltipMessage({ code: null, message: 'expected `;`' }), 'expected `;`');
});
