// The free playground's own saved code (web/src/play-store.js): survives a
// reload, stays out of the lessons' store, sets an unreadable value aside
// with a notice, and keeps working in memory when storage refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPlayStore, PLAY_KEY, PLAY_BACKUP_KEY } from '../src/play-store.js';
import { STORE_KEY } from '../src/store.js';

function memoryStorage(initial = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem: (k, v) => map.set(k, String(v)),
    removeItem: (k) => map.delete(k),
  };
}

test('nothing saved: no code, no notice', () => {
  const s = createPlayStore(memoryStorage());
  assert.equal(s.code, null);
  assert.equal(s.notice, null);
});

test('saved code survives a reload, under its own key only', () => {
  const storage = memoryStorage({ [STORE_KEY]: '{"lessons": "untouched"}' });
  createPlayStore(storage).save('fn main() { let ä = "🦀"; }\n');
  assert.equal(createPlayStore(storage).code, 'fn main() { let ä = "🦀"; }\n');
  assert.deepEqual([...storage.map.keys()].sort(), [PLAY_KEY, STORE_KEY].sort());
  assert.equal(storage.map.get(STORE_KEY), '{"lessons": "untouched"}', 'the lessons’ store is not touched');
  assert.deepEqual(JSON.parse(storage.map.get(PLAY_KEY)), { version: 1, code: 'fn main() { let ä = "🦀"; }\n' });
  const s = createPlayStore(storage);
  s.clear();
  assert.equal(createPlayStore(storage).code, null);
});

test('an unreadable value is set aside, never lost, and the notice says where', () => {
  for (const [raw, why] of [
    ['{not json', /not JSON/],
    ['[1,2]', /not an object/],
    ['{"version": 2, "code": "x"}', /version 2/],
    ['{"version": 1, "code": 5}', /not text/],
  ]) {
    const storage = memoryStorage({ [PLAY_KEY]: raw });
    const s = createPlayStore(storage);
    assert.equal(s.code, null);
    assert.match(s.notice, why);
    assert.match(s.notice, new RegExp(PLAY_BACKUP_KEY.replace(/\./g, '\\.')));
    assert.equal(storage.map.get(PLAY_BACKUP_KEY), raw);
    assert.equal(storage.map.has(PLAY_KEY), false);
  }
});

test('storage that throws: the code lives in memory and the notice says it is not saved', () => {
  const refuse = () => {
    throw new Error('SecurityError');
  };
  const s = createPlayStore({ getItem: refuse, setItem: refuse, removeItem: refuse });
  assert.match(s.notice, /does not let borrowmap save/);
  s.save('fn main() {}');
  assert.equal(s.code, 'fn main() {}');
  assert.equal(s.persistent, false);
});

test('a full storage stops saving with one notice; over 1 MiB is not saved and the last shorter code stays', () => {
  const notices = [];
  const storage = memoryStorage();
  const s = createPlayStore(storage, { onNotice: (t) => notices.push(t) });
  s.save('fn a() {}');
  s.save('x'.repeat(1024 * 1024 + 1));
  s.save('y'.repeat(1024 * 1024 + 2));
  assert.equal(notices.length, 1);
  assert.match(notices[0], /over 1 MiB/);
  assert.equal(createPlayStore(storage).code, 'fn a() {}');

  const full = memoryStorage();
  full.setItem = () => {
    const e = new Error('quota');
    e.name = 'QuotaExceededError';
    throw e;
  };
  const said = [];
  const f = createPlayStore(full, { onNotice: (t) => said.push(t) });
  f.save('fn b() {}');
  f.save('fn c() {}');
  assert.deepEqual(said, ['The browser’s storage is full, so your playground code is no longer saved.']);
  assert.equal(f.code, 'fn c() {}');
});
