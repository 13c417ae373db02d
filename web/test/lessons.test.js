import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickLesson, lessonProblems, lessonIdFromHash } from '../src/lessons.js';

const lesson = (id, order, extra = {}) => ({
  id,
  title: `Lesson ${id}`,
  placement: { spiral: 1, module: 'Ownership', order },
  body: 'Some *Markdown* body.',
  starter: { code: `fn main() { /* ${id} */ }\n` },
  ...extra,
});

const modules = {
  '../../lessons/spiral-1/02-b.json': lesson('s1-02-b', 2),
  '../../lessons/spiral-1/01-a.json': lesson('s1-01-a', 1),
  '../../lessons/spiral-2/01-c.json': { ...lesson('s2-01-c', 1), placement: { spiral: 2, module: 'M', order: 1 } },
};

test('the first lesson by spiral then placement.order is shown by default', () => {
  const choice = pickLesson(modules, '');
  assert.equal(choice.lesson.id, 's1-01-a');
  assert.equal(choice.error, undefined);
});

test('#/lesson/<id> picks that lesson; an unknown id falls back and says so', () => {
  assert.equal(pickLesson(modules, '#/lesson/s1-02-b').lesson.id, 's1-02-b');
  const missing = pickLesson(modules, '#/lesson/nope');
  assert.equal(missing.lesson.id, 's1-01-a');
  assert.equal(missing.notFound, 'nope');
});

test('lessonIdFromHash', () => {
  assert.equal(lessonIdFromHash('#/lesson/s1-01-a'), 's1-01-a');
  assert.equal(lessonIdFromHash('#/lesson/'), null);
  assert.equal(lessonIdFromHash('#/other/x'), null);
  assert.equal(lessonIdFromHash('#/lesson/%E0%A4%A'), null); // bad escape
  assert.equal(lessonIdFromHash(undefined), null);
});

test('a malformed lesson gives a readable error, not an exception', () => {
  const broken = { '../../lessons/spiral-1/01-x.json': { id: 's1-01-x', placement: { spiral: 1, order: 1 }, starter: {} } };
  const choice = pickLesson(broken, '');
  assert.equal(choice.lesson, undefined);
  assert.match(choice.error, /lessons\/spiral-1\/01-x\.json is malformed/);
  assert.match(choice.error, /"title" is missing/);
  assert.match(choice.error, /"body" is missing/);
  assert.match(choice.error, /"starter\.code" is missing/);
});

test('no lessons at all is an error message too', () => {
  assert.match(pickLesson({}, '').error, /No lessons were found/);
  assert.deepEqual(lessonProblems(null), ['it is not a JSON object']);
  assert.deepEqual(lessonProblems([]), ['it is not a JSON object']);
  assert.deepEqual(lessonProblems(lesson('s1-01-a', 1)), []);
});

import { parseRoute, lessonHash, groupLessons, neighbors, lessonComplete, lessonStatus } from '../src/lessons.js';

test('routes: list, lesson, unknown', () => {
  assert.deepEqual(parseRoute(''), { view: 'list' });
  assert.deepEqual(parseRoute('#/'), { view: 'list' });
  assert.deepEqual(parseRoute('#/lesson/s1-01-a'), { view: 'lesson', id: 's1-01-a' });
  assert.deepEqual(parseRoute('#/nope'), { view: 'list', unknown: '#/nope' });
  assert.deepEqual(parseRoute('#/end'), { view: 'end' });
  assert.deepEqual(parseRoute('#content'), { view: 'list', unknown: '#content' });
  assert.equal(lessonHash('s1-01-a'), '#/lesson/s1-01-a');
});

const index = [
  { id: 'a', title: 'A', placement: { spiral: 1, module: 'M1', order: 1 } },
  { id: 'b', title: 'B', placement: { spiral: 1, module: 'M1', order: 2 } },
  { id: 'c', title: 'C', placement: { spiral: 1, module: 'M2', order: 3 } },
  { id: 'd', title: 'D', placement: { spiral: 2, module: 'M1', order: 1 } },
];

test('groupLessons groups by spiral then module run; neighbors', () => {
  const g = groupLessons(index);
  assert.deepEqual(g.map((s) => [s.spiral, s.modules.map((m) => [m.module, m.lessons.map((l) => l.id)])]), [
    [1, [['M1', ['a', 'b']], ['M2', ['c']]]],
    [2, [['M1', ['d']]]],
  ]);
  assert.deepEqual(neighbors(index, 'a'), { prev: null, next: index[1] });
  assert.deepEqual(neighbors(index, 'd'), { prev: index[2], next: null });
  assert.deepEqual(neighbors(index, 'zz'), { prev: null, next: null });
});

test('a lesson is complete when fix/compile passed and predict/recall answered', () => {
  const l = { tasks: [{ kind: 'predict' }, { kind: 'fix' }, { kind: 'recall' }] };
  assert.equal(lessonComplete(l, { tasks: { 0: false, 1: true, 2: false } }), true);
  assert.equal(lessonComplete(l, { tasks: { 0: true, 1: false, 2: true } }), false);
  assert.equal(lessonComplete(l, { tasks: { 0: true, 1: true } }), false);
  assert.equal(lessonStatus(undefined), 'new');
  assert.equal(lessonStatus({ tasks: {} }), 'new');
  assert.equal(lessonStatus({ tasks: { 0: false } }), 'started');
  assert.equal(lessonStatus({ tasks: {}, code: 'x' }), 'started');
  assert.equal(lessonStatus({ tasks: {}, done: true }), 'done');
});
