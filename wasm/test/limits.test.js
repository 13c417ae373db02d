// Hostile nesting through the wasm module the page uses (wasm/analyzer.js):
// every construct of core/tests/nesting.tsv at 100,000 levels (or as many
// as fit in 1 MiB) gives a result, not a trap: status ok, the construct's
// unsupported note, and the E0382 of a fn after it (the rest of the program
// is still analyzed). Run as node --test, so V8's default stack applies;
// limits.c says how the depth guard was sized for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../analyzer.js';

const wasmBinary = await readFile(new URL('../dist/borrowmap-core.wasm', import.meta.url));
const table = await readFile(new URL('../../core/tests/nesting.tsv', import.meta.url), 'utf8');
const LEVELS = 100000;
const MAX_BYTES = 1024 * 1024;
const otherFn = '\nfn other() { let s = String::new(); let t = s; let u = s; }\n';
const encoder = new TextEncoder();
const bytes = (s) => encoder.encode(s).length;

const analyzer = await createAnalyzer({ wasmBinary });

function nested(before, open, middle, close, after, levels) {
  return before + open.repeat(levels) + middle + close.repeat(levels) + after + otherFn;
}

for (const line of table.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const f = line.split('\t');
  if (f.length !== 7) continue;
  const [name, reason, before0, open, middle, close, after0] = f;
  const before = before0.replaceAll('\\n', '\n');
  const after = after0.replaceAll('\\n', '\n');
  test(`nesting: ${name}`, () => {
    let levels = LEVELS;
    const fixed = bytes(before + middle + after + otherFn), per = bytes(open + close);
    if (fixed + per * LEVELS > MAX_BYTES) {
      const r = analyzer.analyze(nested(before, open, middle, close, after, LEVELS));
      assert.equal(r.status, 'too-large');
      levels = Math.floor((MAX_BYTES - fixed) / per);
    }
    const r = analyzer.analyze(nested(before, open, middle, close, after, levels));
    assert.equal(r.status, 'ok');
    assert.ok(r.diagnostics.some((d) => d.code === 'E0382'),
      'the fn after the construct is still checked');
    if (reason !== '-')
      assert.ok(r.unsupported.some((u) => u.reason.includes(reason)),
        `an unsupported note "${reason}"`);
  });
}

test('after all that nesting the heap is back where it was', async () => {
  const fresh = await createAnalyzer({ wasmBinary });
  const small = 'fn main() { let v = vec![1]; let r = &v; println!("{r:?}"); }\n';
  const deep = nested('fn main() { let x = ', '(', '1', ')', '; }', 50000);
  for (let i = 0; i < 50; i++) fresh.analyze(small);
  fresh.analyze(deep);
  fresh.analyze(small);
  const inUse = fresh.heapInUse();
  for (let i = 0; i < 20; i++) {
    fresh.analyze(deep);
    fresh.analyze(small);
  }
  assert.ok(fresh.heapInUse() <= inUse, `malloc in-use bytes grew: ${inUse} -> ${fresh.heapInUse()}`);
});
