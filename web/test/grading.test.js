import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictOf, gradeCodeTask, gradePrediction, missingRequired } from '../src/grading.js';

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

const fix = { kind: 'fix', prompt: 'p', error: 'E0382', required: ['let b = a;'] };

test('fix: passes when no error remains and the required code is there', () => {
  assert.equal(gradeCodeTask(fix, 'let b = a;', clean).passed, true);
  assert.match(gradeCodeTask(fix, 'let b = a;', clean).message, /E0382 is gone/);
});

test('fix: the declared error still there, another error, deleted code, or no verdict all fail with a reason', () => {
  assert.match(gradeCodeTask(fix, 'let b = a;', moved).message, /still reports E0382 \(E0382 on line 9\)/);
  assert.match(gradeCodeTask(fix, 'let b = a;', result(diag('E0499', 4))).message, /E0382 is gone, but .* another error \(E0499 on line 4\)/);
  const deleted = gradeCodeTask(fix, 'fn main() {}', clean);
  assert.equal(deleted.passed, false);
  assert.match(deleted.message, /no longer contains `let b = a;`/);
  assert.equal(gradeCodeTask(fix, 'let b = a;', { status: 'analyzer-error', diagnostics: [] }).passed, false);
});

test('compile: passes only with no error and every required substring', () => {
  const task = { kind: 'compile', prompt: 'p', required: ['x', 'y'] };
  assert.equal(gradeCodeTask(task, 'x y', clean).passed, true);
  assert.match(gradeCodeTask(task, 'x y', result(diag(null, 1))).message, /does not compile \(a syntax error on line 1\)/);
  assert.deepEqual(missingRequired(task, 'x'), ['y']);
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
