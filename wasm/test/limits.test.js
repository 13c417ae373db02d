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

// The interpreter's own recursion (bm_analyzer_run): a program that recurses
// 100,000 times stops with the interpreter's limit, as a sentence, never as
// a RangeError of V8's stack (BM_RUN_MAX_DEPTH in core/src/bm.h says how it
// was sized). Three shapes of recursive fn, each also run at a depth that
// must still finish.
const recursive = {
  'if/else': (n) => `fn f(n: u64) -> u64 { if n == 0 { 0 } else { 1 + f(n - 1) } }\nfn main() { println!("{}", f(${n})); }\n`,
  'match and blocks': (n) => `fn f(n: u64, v: &mut Vec<u64>) -> u64 { match n { 0 => 0, _ => { let x = { let y = n; v.push(y); y }; let r = { f(n - 1, v) }; x + r } } }\nfn main() { let mut v = Vec::new(); println!("{}", f(${n}, &mut v)); }\n`,
  method: (n) => `struct S { k: u64 }\nimpl S { fn go(&self, n: u64) -> u64 { if n == 0 { self.k } else { let s = S { k: self.k + 1 }; s.go(n - 1) } } }\nfn main() { println!("{}", S { k: 0 }.go(${n})); }\n`,
};
for (const [shape, program] of Object.entries(recursive)) {
  test(`run: recursion 100,000 deep (${shape}) stops with a limit, not a trap`, async () => {
    const runner = await createAnalyzer({ wasmBinary });
    const shallow = runner.analyze(program(100), { run: true });
    assert.equal(shallow.run.status, 'ok', JSON.stringify(shallow.run));
    const deep = runner.analyze(program(100000), { run: true });
    assert.equal(deep.run.status, 'limit');
    assert.match(deep.run.reason, /deeper than the interpreter's stack allows/);
    // the instance is still sound: the next run works
    assert.equal(runner.analyze(program(10), { run: true }).run.status, 'ok');
    runner.delete();
  });
}
