import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStore, loadData, storeProblems, emptyData, migrateV1, STORE_KEY, BACKUP_KEY, LEGACY_KEY, LEGACY_BACKUP_KEY, today } from '../src/store.js';

function memoryStorage(initial = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem: (k, v) => map.set(k, String(v)),
    removeItem: (k) => map.delete(k),
  };
}

test('an empty storage gives an empty store and no notice', () => {
  const { data, notice } = loadData(memoryStorage());
  assert.deepEqual(data, emptyData());
  assert.equal(notice, null);
});

test('progress, code, background and journal survive a reload', () => {
  const storage = memoryStorage();
  const store = createStore(storage);
  store.setBackground('python');
  store.setCode('s1-01-a', 'fn main() {}\n');
  store.setTask('s1-01-a', 1, true);
  store.setDone('s1-01-a');
  store.updateJournal('2026-01-02', { struggles: 'moves' });
  store.addJournalTopic('2026-01-02', 'Who owns this memory?');
  store.addJournalTopic('2026-01-02', 'Who owns this memory?');

  const again = createStore(storage);
  assert.equal(again.notice, null);
  assert.equal(again.background, 'python');
  assert.deepEqual(again.lessonState('s1-01-a'), { tasks: { 1: true }, answers: {}, code: 'fn main() {}\n', done: true });
  assert.deepEqual(again.journalEntry('2026-01-02'), { date: '2026-01-02', topics: 'Who owns this memory?', struggles: 'moves', insights: '' });
  assert.deepEqual(JSON.parse(storage.getItem(STORE_KEY)).version, 2);
});

test('recall answers and self-grades survive a reload, and can be answered again', () => {
  const storage = memoryStorage();
  const store = createStore(storage);
  store.setAnswer('s1-01-a', 'recall/0', { passed: true, choice: 2 }, '2026-02-03');
  store.setAnswer('s1-01-a', 'recall/1', { passed: false, text: 'it copies?' }, '2026-02-03');
  store.setAnswer('s1-01-a', 'nonsense', { passed: true });
  const again = createStore(storage);
  assert.equal(again.notice, null);
  assert.deepEqual(again.answer('s1-01-a', 'recall/0'), { passed: true, choice: 2, date: '2026-02-03' });
  assert.deepEqual(again.answer('s1-01-a', 'recall/1'), { passed: false, text: 'it copies?', date: '2026-02-03' });
  assert.equal(again.answer('s1-01-a', 'nonsense'), null);
  assert.equal(again.answer('s1-02-b', 'recall/0'), null);
  again.clearAnswer('s1-01-a', 'recall/1');
  assert.equal(createStore(storage).answer('s1-01-a', 'recall/1'), null);
});

test('journal lines are added once per day and field', () => {
  const store = createStore(memoryStorage());
  store.addJournalLine('2026-02-03', 'struggles', 'Lesson 1: why is a move not a copy?');
  store.addJournalLine('2026-02-03', 'struggles', 'Lesson 1: why is a move not a copy?');
  store.addJournalLine('2026-02-03', 'struggles', 'Lesson 2: clones');
  assert.equal(store.journalEntry('2026-02-03').struggles, 'Lesson 1: why is a move not a copy?\nLesson 2: clones');
});

test("a version 1 store (today's) is migrated to version 2: progress kept, the old key removed once saved", () => {
  const v1 = { version: 1, background: 'ruby', lessons: { 's1-01-a': { code: 'x', done: true, tasks: { 0: true, 1: false } } }, journal: [{ date: '2026-01-02', topics: 'T', struggles: '', insights: '' }] };
  const storage = memoryStorage({ [LEGACY_KEY]: JSON.stringify(v1) });
  const store = createStore(storage);
  assert.equal(store.notice, null);
  assert.equal(store.background, 'ruby');
  assert.deepEqual(store.lessonState('s1-01-a'), { code: 'x', done: true, tasks: { 0: true, 1: false }, answers: {} });
  assert.deepEqual(store.journalEntry('2026-01-02').topics, 'T');
  assert.equal(storage.getItem(LEGACY_KEY), null);
  assert.deepEqual(JSON.parse(storage.getItem(STORE_KEY)), migrateV1(v1));
  assert.deepEqual(storeProblems(migrateV1(v1)), []);
  // When the new key cannot be written, the old one stays.
  const readOnly = memoryStorage({ [LEGACY_KEY]: JSON.stringify(v1) });
  readOnly.setItem = () => {
    throw new Error('full');
  };
  const kept = createStore(readOnly);
  assert.equal(kept.background, 'ruby');
  assert.notEqual(readOnly.getItem(LEGACY_KEY), null);
  // A version 2 value wins over a leftover version 1 value.
  const both = memoryStorage({ [LEGACY_KEY]: JSON.stringify(v1), [STORE_KEY]: JSON.stringify({ ...emptyData(), background: 'go' }) });
  assert.equal(createStore(both).background, 'go');
});

test('a damaged version 1 value is set aside under its own backup key', () => {
  const storage = memoryStorage({ [LEGACY_KEY]: '{"version":1,' });
  const store = createStore(storage);
  assert.match(store.notice, /could not be read \(it was damaged\)/);
  assert.equal(storage.getItem(LEGACY_BACKUP_KEY), '{"version":1,');
  assert.equal(storage.getItem(LEGACY_KEY), null);
});

for (const [name, raw] of [
  ['bad JSON', '{"version":2,'],
  ['a JSON string', '"hello"'],
  ['a wrong shape', JSON.stringify({ version: 2, background: 'klingon', lessons: {}, journal: [] })],
  ['task results that are not booleans', JSON.stringify({ version: 2, background: null, lessons: { a: { tasks: { 0: 'yes' } } }, journal: [] })],
  ['a malformed answer', JSON.stringify({ version: 2, background: null, lessons: { a: { tasks: {}, answers: { 'recall/0': { passed: 'no', date: '2026-01-01' } } } }, journal: [] })],
  ['an answer under a bad key', JSON.stringify({ version: 2, background: null, lessons: { a: { tasks: {}, answers: { x: { passed: true, date: '2026-01-01' } } } }, journal: [] })],
  ['a version 1 value carrying answers', JSON.stringify({ version: 1, background: null, lessons: { a: { tasks: {}, answers: {} } }, journal: [] })],
  ['a malformed journal', JSON.stringify({ version: 2, background: null, lessons: {}, journal: [{ date: 'today' }] })],
]) {
  test(`${name} is reset with a notice and kept aside`, () => {
    const storage = memoryStorage({ [STORE_KEY]: raw });
    const store = createStore(storage);
    assert.match(store.notice, /could not be read \(it was damaged\).*reset/);
    assert.deepEqual(store.data, emptyData());
    assert.equal(storage.getItem(BACKUP_KEY), raw);
    assert.equal(storage.getItem(STORE_KEY), null);
  });
}

test('another version is reset with its own notice', () => {
  const store = createStore(memoryStorage({ [STORE_KEY]: JSON.stringify({ version: 0, lessons: {} }) }));
  assert.match(store.notice, /different version of borrowmap/);
});

test('storage that throws degrades to memory with a notice', () => {
  const refuse = () => {
    throw new Error('SecurityError');
  };
  const store = createStore({ getItem: refuse, setItem: refuse, removeItem: refuse });
  assert.match(store.notice, /does not let borrowmap save/);
  store.setCode('x', 'code'); // does not throw
  assert.equal(store.lessonState('x').code, 'code');
});

test('a failing save (quota) tells the page once', () => {
  const notices = [];
  const storage = memoryStorage();
  storage.setItem = () => {
    const err = new Error('full');
    err.name = 'QuotaExceededError';
    throw err;
  };
  const store = createStore(storage, { onNotice: (t) => notices.push(t) });
  store.setCode('x', 'a');
  store.setCode('x', 'b');
  assert.equal(notices.length, 1);
  assert.match(notices[0], /storage is full/);
});

test('storeProblems accepts a full valid value', () => {
  const data = { version: 2, background: 'go', lessons: { a: { code: '', done: false, tasks: { 0: false }, answers: { 'recall/1': { passed: false, text: 't', date: '2026-03-04' } } } }, journal: [{ date: '2026-03-04', topics: '', struggles: '', insights: '' }] };
  assert.deepEqual(storeProblems(data), []);
  assert.match(today(new Date(2026, 0, 5)), /^2026-01-05$/);
});
