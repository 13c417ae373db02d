// The trap sweep: every corpus program (analyzed, and run as the playground
// runs it: {run: true}), then 100,000 mutations of them
// (seeded, so a failure reproduces), through the same wasm module the page
// uses (wasm/analyzer.js). A trap (RuntimeError, RangeError) or a thrown
// error is a failure; so is malloc in-use memory that grows over the sweep
// by more than tree-sitter's bounded pools account for.
//   BM_SWEEP=N node --test wasm/test/trap-sweep.test.js   (N mutations)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../analyzer.js';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..');
const wasmBinary = readFileSync(join(here, '..', 'dist', 'borrowmap-core.wasm'));
const MUTATIONS = Number(process.env.BM_SWEEP || 100000);
const SEED = Number(process.env.BM_SWEEP_SEED || 0x9e3779b9);

// Every program: the `source` of every .jsonl line, and every .rs file.
function programs(dir, out) {
  let entries;
  try { entries = readdirSync(dir); } catch { return out; }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) { programs(p, out); continue; }
    if (e.endsWith('.rs')) out.push(readFileSync(p, 'utf8'));
    if (!e.endsWith('.jsonl')) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const src = JSON.parse(line).source;
        if (typeof src === 'string') out.push(src);
      } catch { /* not a program line */ }
    }
  }
  return out;
}

const corpus = [...new Set(programs(join(root, '..', 'shared', 'corpus'), programs(join(root, 'core', 'tests'), [])))];
// Rust tokens: the fuzz target's dictionary
const tokens = readFileSync(join(root, 'core', 'tests', 'fuzz.dict'), 'utf8').split('\n')
  .filter((l) => /^t\d+="/.test(l))
  .map((l) => l.slice(l.indexOf('"') + 1, -1).replace(/\\(.)/g, '$1'));

// xorshift32: the same sequence on every run
let state = SEED >>> 0 || 1;
function rand(n) {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state % n;
}

const openers = ['(', '{', '[', 'Some(', 'vec![', '|| ', '&', '!', 'Box::new(', 'if a {', 'match x { _ => '];
const closers = { '(': ')', '{': '}', '[': ']', 'Some(': ')', 'vec![': ']', '|| ': '', '&': '', '!': '',
  'Box::new(': ')', 'if a {': '}', 'match x { _ => ': ' }' };

function mutate(src) {
  let s = src;
  const rounds = 1 + rand(4);
  for (let r = 0; r < rounds; r++) {
    const a = rand(s.length + 1), b = Math.min(s.length, a + rand(64));
    switch (rand(8)) {
      case 0: s = s.slice(0, a) + s.slice(b); break;                        // delete
      case 1: s = s.slice(0, b) + s.slice(a, b) + s.slice(b); break;        // duplicate
      case 2: s = s.slice(0, a) + tokens[rand(tokens.length)] + s.slice(a); break; // a token
      case 3: { const o = corpus[rand(corpus.length)], c = rand(o.length + 1);  // splice
        s = s.slice(0, a) + o.slice(c, c + rand(200)) + s.slice(b); break; }
      case 4: s = s.slice(0, a) + String.fromCharCode(32 + rand(95)) + s.slice(a + 1); break;
      case 5: { const op = openers[rand(openers.length)], k = 1 + rand(rand(8) === 0 ? 3000 : 30);
        s = s.slice(0, a) + op.repeat(k) + s.slice(a, b) + closers[op].repeat(k) + s.slice(b); break; }
      case 6: s = s.slice(0, a); break;                                      // truncate
      default: s = s.slice(0, a) + '\u00e9\u{1F600}\t\r\n\\"\''.charAt(rand(8)) + s.slice(a); break;
    }
  }
  return s;
}

test(`the trap sweep: ${corpus.length} corpus programs and ${MUTATIONS} mutations, no trap, heap flat`, async () => {
  let analyzer = await createAnalyzer({ wasmBinary });
  const traps = [];
  const run = (src, options) => {
    try {
      const r = analyzer.analyze(src, options);
      if (r.version !== 1 || typeof r.status !== 'string') throw new Error('not a result');
      if (options?.run && typeof r.run?.status !== 'string') throw new Error('no run in the result');
    } catch (e) {
      traps.push({ error: String(e).slice(0, 200), input: src.slice(0, 300) });
      analyzer = null;
    }
  };
  const settle = 'fn main() {\n    let v = vec![1, 2, 3];\n    let first = &v[0];\n    println!("{first}");\n}\n';
  const started = Date.now();
  for (const src of corpus) {
    run(src, { run: true });
    if (!analyzer) analyzer = await createAnalyzer({ wasmBinary });
  }
  // tree-sitter keeps its parse stack and node pools sized by the largest
  // and deepest input so far: bring them to their size before measuring
  for (const op of openers) analyzer.analyze(`fn main() { let x = ${op.repeat(5000)}1${closers[op].repeat(5000)}; }`);
  analyzer.analyze('fn main() { let v = [' + '1, '.repeat(100000) + '1]; }');
  for (let i = 0; i < 2000; i++) run(mutate(corpus[rand(corpus.length)]));
  if (!analyzer) analyzer = await createAnalyzer({ wasmBinary });
  analyzer.analyze(settle);
  const inUse = analyzer.heapInUse();
  for (let i = 0; i < MUTATIONS; i++) {
    run(mutate(corpus[rand(corpus.length)]));
    if (!analyzer) analyzer = await createAnalyzer({ wasmBinary });
  }
  analyzer.analyze(settle);
  const after = analyzer.heapInUse();
  const secs = (Date.now() - started) / 1000;
  console.log(`trap sweep: ${corpus.length + MUTATIONS} inputs in ${secs.toFixed(1)} s, ` +
    `${traps.length} traps, malloc in use ${inUse} -> ${after} bytes`);
  assert.deepEqual(traps.slice(0, 3), [], `${traps.length} traps`);
  // tree-sitter keeps up to 32 freed subtrees in a pool (TS_MAX_TREE_POOL_SIZE),
  // so in-use bytes move by a few KiB with the inputs' history; a leak of even
  // one byte per analysis would show 100 KiB here
  assert.ok(after - inUse <= 8192, `malloc in-use bytes grew over the sweep: ${inUse} -> ${after}`);
});
