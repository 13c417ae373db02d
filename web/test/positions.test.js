import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Text } from '@codemirror/state';
import { toOffset, toRange, fromOffset } from '../src/positions.js';

const doc = (s) => Text.of(s.split('\n'));

test('ASCII: columns are offsets within the line', () => {
  const d = doc('fn main() {\n    let x = 5\n}');
  assert.equal(toOffset(d, 1, 1), 0);
  assert.equal(toOffset(d, 2, 1), 12);
  assert.equal(toOffset(d, 2, 14), 12 + 13); // right after "5"
  assert.equal(d.sliceString(toOffset(d, 2, 5), toOffset(d, 2, 8)), 'let');
});

test('non-ASCII BMP letters are one column and one UTF-16 unit', () => {
  const d = doc('fn main() {\n    let größe = "ü"; let x = ) ;\n}');
  const { from, to } = toRange(d, { line: 2, col: 28, end_line: 2, end_col: 31 });
  assert.equal(d.sliceString(from, to), '= )');
});

test('an emoji is one column but two UTF-16 units', () => {
  const line = '    let s = "🦀"; let x = ) ;';
  const d = doc(`fn main() {\n${line}\n}`);
  // The analyzer (and rustc) put "= )" at columns 24..27 of this line.
  const { from, to } = toRange(d, { line: 2, col: 24, end_line: 2, end_col: 27 });
  assert.equal(d.sliceString(from, to), '= )');
  // Counting UTF-16 units instead would have been one to the left.
  const naive = d.line(2).from + 23;
  assert.equal(d.sliceString(naive, naive + 3), ' = ');
  // The column right after the emoji is the closing quote.
  const emoji = toOffset(d, 2, 14);
  assert.equal(d.sliceString(emoji, toOffset(d, 2, 15)), '🦀');
  const after = toOffset(d, 2, 15);
  assert.equal(d.sliceString(after, after + 1), '"');
});

test('several astral characters in a row', () => {
  const d = doc('"🦀🦀🦀" x');
  assert.equal(d.sliceString(toOffset(d, 1, 7), toOffset(d, 1, 8)), 'x');
  assert.equal(d.sliceString(toOffset(d, 1, 3), toOffset(d, 1, 4)), '🦀');
});

test('positions past the end clamp to the document', () => {
  const d = doc('ab\ncd');
  assert.equal(toOffset(d, 1, 99), 2); // end of line 1, not into line 2
  assert.equal(toOffset(d, 9, 1), d.length);
  assert.equal(toOffset(d, 0, 5), 0);
  assert.equal(toOffset(d, -3, -3), 0);
  assert.equal(toOffset(d, 2, 0), 3);
  assert.equal(toOffset(d, NaN, 1), 0);
});

test('an end before the start gives an empty range; a missing end too', () => {
  const d = doc('abcdef');
  assert.deepEqual(toRange(d, { line: 1, col: 4, end_line: 1, end_col: 2 }), { from: 3, to: 3 });
  assert.deepEqual(toRange(d, { line: 1, col: 4 }), { from: 3, to: 3 });
});

test('fromOffset inverts toOffset on character boundaries', () => {
  const d = doc('a🦀b\nxé🦀y');
  for (let line = 1; line <= d.lines; line++) {
    const chars = [...d.line(line).text].length;
    for (let col = 1; col <= chars + 1; col++) {
      assert.deepEqual(fromOffset(d, toOffset(d, line, col)), { line, col });
    }
  }
});
