import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStore, loadData, storeProblems, emptyData, STORE_KEY, BACKUP_KEY, today } from '../src/store.js';

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
  assert.deepEqual(again.lessonState('s1-01-a'), { tasks: { 1: true }, code: 'fn main() {}\n', done: true });
  assert.deepEqual(again.journalEntry('2026-01-02'), { date: '2026-01-02', topics: 'Who owns this memory?', struggles: 'moves', insights: '' });
  assert.deepEqual(JSON.parse(storage.getItem(STORE_KEY)).version, 1);
});

for (const [name, raw] of [
  ['bad JSON', '{"version":1,'],
  ['a JSON string', '"hello"'],
  ['a wrong shape', JSON.stringify({ version: 1, background: 'klingon', lessons: {}, journal: [] })],
  ['task results that are not booleans', JSON.stringify({ version: 1, background: null, lessons: { a: { tasks: { 0: 'yes' } } }, journal: [] })],
  ['a malformed journal', JSON.stringify({ version: 1, background: null, lessons: {}, journal: [{ date: 'today' }] })],
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
  const data = { version: 1, background: 'go', lessons: { a: { code: '', done: false, tasks: { 0: false } } }, journal: [{ date: '2026-03-04', topics: '', struggles: '', insights: '' }] };
  assert.deepEqual(storeProblems(data), []);
  assert.match(today(new Date(2026, 0, 5)), /^2026-01-05$/);
});
