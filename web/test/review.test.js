// The review list and the missed predictions, read from a store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewList, missedPredictions } from '../src/review.js';
import { createStore } from '../src/store.js';

const memory = () => {
  const map = new Map();
  return { getItem: (k) => (map.has(k) ? map.get(k) : null), setItem: (k, v) => map.set(k, String(v)), removeItem: (k) => map.delete(k) };
};

const lessons = {
  a: {
    id: 'a',
    title: 'A',
    tasks: [{ kind: 'predict', prompt: 'p0' }, { kind: 'fix', error: 'E0382' }, { kind: 'predict', prompt: 'p2', code: 'fn main() {}' }, { kind: 'recall', question: 'tq' }],
    recall: [{ question: 'q0' }, { question: 'q1' }],
  },
  b: { id: 'b', title: 'B', tasks: [{ kind: 'predict', prompt: 'pb' }], recall: [{ question: 'qb' }] },
};
const index = [{ id: 'a' }, { id: 'b' }];

test('review: "not yet" answers in curriculum order; passed ones and unanswered ones are not listed', () => {
  const store = createStore(memory());
  store.setAnswer('b', 'recall/0', { passed: false, text: 'x' }, '2026-01-01');
  store.setAnswer('a', 'recall/1', { passed: false, choice: 1 }, '2026-01-02');
  store.setAnswer('a', 'recall/0', { passed: true, choice: 0 }, '2026-01-02');
  store.setAnswer('a', 'tasks/3', { passed: false, text: 'y' }, '2026-01-03');
  const items = reviewList(index, lessons, store);
  assert.deepEqual(items.map((r) => [r.lessonId, r.key, r.question, r.number]), [
    ['a', 'tasks/3', 'tq', 1],
    ['a', 'recall/1', 'q1', 1],
    ['b', 'recall/0', 'qb', 2],
  ]);
  assert.equal(items[0].hash, '#/lesson/a');
  store.clearAnswer('b', 'recall/0');
  assert.equal(reviewList(index, lessons, store).length, 2);
});

test('missed predictions: predict tasks answered wrong, with their own code or the starter', () => {
  const store = createStore(memory());
  store.setTask('a', 0, false);
  store.setTask('a', 1, false); // a fix task not yet passed is not a prediction
  store.setTask('a', 2, true);
  store.setTask('b', 0, false);
  assert.deepEqual(missedPredictions(index, lessons, store).map((m) => [m.lessonId, m.task, m.code]), [
    ['a', 1, null],
    ['b', 1, null],
  ]);
  store.setTask('a', 2, false);
  assert.equal(missedPredictions(index, lessons, store)[1].code, 'fn main() {}');
});
