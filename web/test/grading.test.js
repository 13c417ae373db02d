import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictOf, gradeCodeTask, gradePrediction, needsRules } from '../src/grading.js';
import { describeConstraint } from '../src/constraints.js';

const diag = (code, line, severity = 'error') => ({ code, line, col: 1, severity, message: 'm', labels: [], notes: [] });
const result = (...diagnostics) => ({ version: 1, status: 'ok', diagnostics, unsupported: [] });
const clean = result();
const moved = result(diag('E0382', 9));

test('verdictOf: errors only, syntax errors without a code, no verdict when the checker could not run', () => {
  assert.deepEqual(verdictOf(clean), { compiles: true, errors: [] });
  assert.deepEqual(verdictOf(result(diag(null, 2), diag(null, 3, 'warning'))).errors, [{ code: 'syntax', line: 2, message: 'm' }]);
  assert.equal(verdictOf({ status: 'too-large', diagnostics: [] }), null);
  assert.equal(verdictOf(null), null);
});

const fix = { kind: 'fix', prompt: 'p', error: 'E0382', constraints: [{ kind: 'let', name: 'b', init: 'a' }, { kind: 'prints', name: 'a' }] };
const holds = (...values) => ({ version: 1, status: 'ok', results: values.map((holds) => ({ holds })) });

test('fix: passes when no error remains, nothing is unchecked and every constraint holds', () => {
  const g = gradeCodeTask(fix, clean, holds(true, true));
  assert.equal(g.passed, true);
  assert.equal(g.state, 'passed');
  assert.match(g.message, /E0382 is gone/);
});

test('fix: the declared error still there, another error, or a broken constraint all fail with a reason', () => {
  assert.match(gradeCodeTask(fix, moved, null).message, /still reports E0382 \(E0382 on line 9\)/);
  const other = gradeCodeTask(fix, result(diag('E0499', 4)), null, { others: [{ number: 3, error: 'E0499' }] });
  assert.match(other.message, /E0382 is gone, but the checker still reports another error \(E0499 on line 4\)\. Task 3 is about E0499/);
  const broken = gradeCodeTask(fix, clean, holds(false, true));
  assert.equal(broken.passed, false);
  assert.equal(broken.state, 'failed');
  assert.deepEqual(broken.broken, [0]);
  assert.match(broken.message, /reports no errors, but the task asks that `let b = a;` is still there/);
});

test('not checked is never a pass: unsupported code, no verdict, rules that could not be read', () => {
  const unsupported = { ...clean, unsupported: [{ line: 3, reason: 'trait objects are not analyzed yet' }] };
  for (const g of [
    gradeCodeTask(fix, unsupported, holds(true, true)),
    gradeCodeTask(fix, { status: 'analyzer-error', diagnostics: [] }, null),
    gradeCodeTask(fix, clean, null),
    gradeCodeTask(fix, clean, { status: 'bad-rules', error: 'x', results: [] }),
    gradeCodeTask(fix, clean, { status: 'ok', results: [{ holds: true }, { holds: false, error: 'unknown rule kind' }] }),
  ]) {
    assert.equal(g.passed, false, g.message);
    assert.equal(g.state, 'unchecked', g.message);
    assert.match(g.message, /^Not checked: /);
  }
  assert.match(gradeCodeTask(fix, unsupported, null).message, /line 3: trait objects are not analyzed yet/);
});

test('needsRules: only once the verdict is clean and nothing is unchecked', () => {
  assert.equal(needsRules(fix, clean), true);
  assert.equal(needsRules(fix, moved), false);
  assert.equal(needsRules(fix, { ...clean, unsupported: [{ line: 1, reason: 'r' }] }), false);
  assert.equal(needsRules({ ...fix, constraints: [] }, clean), false);
});

test('compile: passes only with no error and every constraint', () => {
  const task = { kind: 'compile', prompt: 'p', constraints: [{ kind: 'try', fn: 'main' }] };
  assert.equal(gradeCodeTask(task, clean, holds(true)).passed, true);
  assert.match(gradeCodeTask(task, result(diag(null, 1)), null).message, /does not compile \(a syntax error on line 1\)/);
  assert.match(gradeCodeTask(task, clean, holds(false)).message, /the task asks that `main` still uses `\?`/);
});

test('every constraint kind reads as a sentence, and the author can give their own', () => {
  const s = (c) => describeConstraint(c);
  assert.equal(s({ kind: 'param', fn: 'shout', param: 0, type: 'owned', type_name: 'String' }), "`shout`'s first parameter is an owned `String`, not a reference");
  assert.equal(s({ kind: 'let', name: 'inner', fn: 'main', scope: 'inner-block' }), '`let inner` stays inside an inner block in `main`');
  assert.equal(s({ kind: 'call', callee: 'parse_age', arg: 0, passes: 'borrow', of: 'input' }), 'the call `parse_age(…)` passes a borrow of `input`');
  assert.equal(s({ kind: 'prints', name: 'word', before: { method: 'clear', receiver: 'line' } }), '`word` is still printed, before `line.clear(…)`');
  assert.equal(s({ kind: 'match', on: 'name', borrows: true }), 'the `match` on `name` borrows it instead of moving out of it');
  assert.equal(s({ kind: 'let', name: 'b', says: 'the move stays' }), 'the move stays');
  for (const kind of ['returns', 'field', 'assign', 'for', 'closure', 'try'])
    assert.doesNotMatch(s({ kind, fn: 'f', name: 'x', struct: 'S', over: 'v', type: 'owned' }), /a rule of kind/);
});

test('predict: compiles vs not, then code and line', () => {
  assert.equal(gradePrediction({ compiles: true }, clean).passed, true);
  assert.match(gradePrediction({ compiles: false, code: 'E0382', line: 9 }, clean).message, /you said it does not compile, but it compiles/);
  assert.match(gradePrediction({ compiles: true }, moved).message, /but it does not compile: E0382 on line 9/);
  assert.equal(gradePrediction({ compiles: false, code: 'E0382', line: 9 }, moved).passed, true);
  const wrongLine = gradePrediction({ compiles: false, code: 'E0382', line: 8 }, moved);
  assert.equal(wrongLine.passed, false);
  assert.match(wrongLine.message, /E0382 is right and line 8 is not/);
  const wrongCode = gradePrediction({ compiles: false, code: 'E0499', line: 9 }, moved);
  assert.match(wrongCode.message, /not E0499 and line 9 is right/);
  assert.equal(gradePrediction({ compiles: true }, { status: 'too-large' }).verdict, null);
});
