// Share links (web/src/share.js, web/src/hash.js): a program survives the
// trip through the fragment exactly (non-ASCII, astral, empty, 1 MiB); a
// damaged, foreign or oversized link is refused with a reason and never
// opened as garbled code; the Rust Playground link carries the code exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  encodeCode,
  decodeCode,
  adler32,
  toBase64Url,
  fromBase64Url,
  readShare,
  shareHash,
  shareUrl,
  rustPlaygroundLink,
  MAX_PLAYGROUND_URL,
  MAX_LINK_CODE_BYTES,
} from '../src/share.js';
import { splitHash } from '../src/hash.js';
import { parseRoute } from '../src/lessons.js';

const PROGRAM = 'fn main() {\n    let größe = String::from("🦀 + & = ? # %");\n    let t = größe;\n    println!("{größe}");\n}\n';

test('Adler-32 matches the RFC 1950 reference values', () => {
  assert.equal(adler32(new TextEncoder().encode('Wikipedia')), 0x11e60398);
  assert.equal(adler32(new Uint8Array(0)), 1);
  // Long runs of 0xff: the modulo must be taken before b overflows.
  assert.equal(adler32(new Uint8Array(100000).fill(255)), 0x149a302c); // Python's zlib.adler32
});

test('base64url round-trips every byte and refuses other alphabets', () => {
  const all = new Uint8Array(256).map((_, i) => i);
  const text = toBase64Url(all);
  assert.match(text, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(fromBase64Url(text), all);
  assert.equal(fromBase64Url('ab+c'), null);
  assert.equal(fromBase64Url('abc='), null);
  assert.equal(fromBase64Url('a'), null, 'a single leftover character is never valid');
});

test('code round-trips exactly through a payload', () => {
  for (const code of [PROGRAM, '', ' ', '\n\n', '\r\n tabs\tand\u00a0nbsp', 'x'.repeat(100000)]) {
    const payload = encodeCode(code);
    assert.match(payload, /^[A-Za-z0-9_-]+$/, 'safe in a fragment without escaping');
    assert.deepEqual(decodeCode(payload), { code });
  }
  const big = 'let x = 1;\n'.repeat(Math.floor(MAX_LINK_CODE_BYTES / 11));
  assert.equal(decodeCode(encodeCode(big)).code, big);
});

test('a cut, altered or foreign payload is refused with a reason', () => {
  const payload = encodeCode(PROGRAM);
  for (let cut = 0; cut < payload.length; cut++) {
    const r = decodeCode(payload.slice(0, cut));
    assert.equal(r.code, undefined, `cut at ${cut}`);
    assert.equal(typeof r.error, 'string');
  }
  let accepted = 0;
  for (let i = 0; i < payload.length; i++) {
    for (const ch of 'Aa0_-') {
      if (payload[i] === ch) continue;
      const r = decodeCode(payload.slice(0, i) + ch + payload.slice(i + 1));
      if (r.code !== undefined && r.code !== PROGRAM) accepted++;
    }
  }
  assert.equal(accepted, 0, 'no altered payload opens as other code');
  assert.match(decodeCode('not a link!').error, /characters/);
  assert.match(decodeCode(toBase64Url(new TextEncoder().encode('plain text, not zlib'))).error, /not a borrowmap share link/);
});

test('a payload that inflates past 1 MiB is refused without building it', () => {
  const bomb = encodeCode('a'.repeat(8 * 1024 * 1024));
  assert.ok(bomb.length < 20000, 'the bomb is small');
  assert.match(decodeCode(bomb).error, /over 1 MiB/);
  assert.match(decodeCode('A'.repeat(3 * 1024 * 1024)).error, /over 1 MiB/);
});

test('decoded bytes that are not UTF-8 are refused', async () => {
  const { zlibSync } = await import('fflate');
  const payload = toBase64Url(zlibSync(new Uint8Array([0x66, 0x6e, 0xff, 0xfe])));
  assert.match(decodeCode(payload).error, /not UTF-8/);
});

test('a share hash carries path, code and a 1-based step, and reads back', () => {
  const hash = shareHash('#/play', PROGRAM, 3);
  assert.match(hash, /^#\/play\?v=1&code=[A-Za-z0-9_-]+&step=4$/);
  const { path, params } = splitHash(hash);
  assert.equal(path, '#/play');
  assert.deepEqual(readShare(params), { code: PROGRAM, step: 3 });
  assert.doesNotMatch(shareHash('#/play', PROGRAM, -1), /step=/);
  assert.deepEqual(readShare(splitHash(shareHash('#/play', PROGRAM)).params), { code: PROGRAM, step: null });
  assert.equal(readShare(new Map()), null, 'no code: not a share link');
  assert.equal(shareHash('#/play', 'x'.repeat(MAX_LINK_CODE_BYTES + 1)), null, 'over 1 MiB: no link');
  assert.notEqual(shareHash('#/play', 'x'.repeat(MAX_LINK_CODE_BYTES)), null);
  assert.equal(shareUrl({ href: 'http://127.0.0.1:4173/sub/?q=1#/lesson/a' }, hash), `http://127.0.0.1:4173/sub/?q=1${hash}`);
});

test('a bad step is dropped, a bad payload or an unknown version is a notice', () => {
  const code = encodeCode('fn main() {}');
  for (const step of ['0', '-1', 'x', '1.5', '99999999', '']) {
    assert.equal(readShare(new Map([['code', code], ['step', step]])).step, null, `step=${step}`);
  }
  assert.match(readShare(new Map([['code', code.slice(0, -3)]])).error, /^The link is damaged .* so its program cannot be shown\.$/);
  assert.match(readShare(new Map([['v', '2'], ['code', code]])).error, /newer version of borrowmap/);
});

test('routes: the playground with and without parameters; a lesson with a link', () => {
  assert.deepEqual(parseRoute('#/play'), { view: 'play' });
  const r = parseRoute('#/play?v=1&code=abc&step=2');
  assert.equal(r.view, 'play');
  assert.equal(r.path, '#/play');
  assert.deepEqual([...r.params], [['v', '1'], ['code', 'abc'], ['step', '2']]);
  const l = parseRoute('#/lesson/s1-01-a?code=abc');
  assert.equal(l.view, 'lesson');
  assert.equal(l.id, 's1-01-a');
  assert.equal(l.params.get('code'), 'abc');
  assert.deepEqual(parseRoute('#/playground'), { view: 'list', unknown: '#/playground' });
  // "+" stays a "+" (URLSearchParams would make it a space).
  assert.equal(splitHash('#/play?code=a+b%2Bc').params.get('code'), 'a+b+c');
  assert.equal(splitHash('#/play?code=%E0%A4%A').params.get('code'), '%E0%A4%A', 'a broken escape is kept for the decoder to refuse');
});

test('the Rust Playground link carries the code exactly, with edition 2024, debug, stable', () => {
  const { url, complete } = rustPlaygroundLink(PROGRAM);
  assert.equal(complete, true);
  const u = new URL(url);
  assert.equal(u.origin + u.pathname, 'https://play.rust-lang.org/');
  assert.equal(u.searchParams.get('code'), PROGRAM);
  assert.equal(u.searchParams.get('edition'), '2024');
  assert.equal(u.searchParams.get('mode'), 'debug');
  assert.equal(u.searchParams.get('version'), 'stable');
  const long = rustPlaygroundLink('// 🦀\n'.repeat(2000));
  assert.equal(long.complete, false);
  assert.ok(long.url.length <= MAX_PLAYGROUND_URL);
  assert.equal(new URL(long.url).searchParams.get('code'), null);
  assert.equal(new URL(long.url).searchParams.get('edition'), '2024');
});
