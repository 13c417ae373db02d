// The wasm wrapper under node: results match the native core's format, bad
// input is refused cleanly, and 10,000 calls do not grow the heap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../analyzer.js';

const wasmBinary = await readFile(new URL('../dist/borrowmap-core.wasm', import.meta.url));
const analyzer = await createAnalyzer({ wasmBinary });

test('a clean program has no diagnostics', () => {
  const r = analyzer.analyze('fn main() {\n    let s = String::from("hi");\n    println!("{s}");\n}\n');
  assert.equal(r.version, 1);
  assert.equal(r.status, 'ok');
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(r.unsupported, []);
});

test('a missing semicolon is reported at rustc\'s line and column', () => {
  const r = analyzer.analyze('fn main() {\n    let x = 5\n    let y = 6;\n}\n');
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0];
  assert.equal(d.message, 'expected `;`');
  assert.equal(d.code, null);
  assert.equal(d.severity, 'error');
  assert.deepEqual([d.line, d.col], [2, 14]);
});

test('columns count characters, not bytes or UTF-16 units', () => {
  // 'ü' is 2 bytes, '😀' is 4 bytes and 2 UTF-16 units: each is 1 column.
  const r = analyzer.analyze('fn main() {\n    let s = "ü😀"; let x = ) ;\n}\n');
  assert.ok(r.diagnostics.length >= 1);
  const line = '    let s = "ü😀"; let x = ) ;';
  const col = [...line].indexOf('=', 12) + 1; // code-point index of the 2nd '='
  assert.equal(r.diagnostics[0].line, 2);
  assert.equal(r.diagnostics[0].col, col);
});

test('non-UTF-16-safe strings and NUL bytes are refused with a message', () => {
  const r = analyzer.analyze('fn main() { \u0000 }');
  assert.equal(r.status, 'not-utf8');
  assert.match(r.diagnostics[0].message, /NUL/);
});

test('a 5 MB paste is refused as too large, quickly', () => {
  const r = analyzer.analyze('a'.repeat(5 * 1024 * 1024));
  assert.equal(r.status, 'too-large');
  assert.match(r.diagnostics[0].message, /too large/);
});

test('10,000 nested braces neither crash nor trap', () => {
  const src = 'fn main() ' + '{'.repeat(10000) + '}'.repeat(10000);
  const r = analyzer.analyze(src);
  assert.equal(r.status, 'ok');
});

test('10,000 calls do not grow the wasm heap after warm-up', async () => {
  // A module of its own, so the huge inputs of the other tests do not leave
  // tree-sitter's pools in a state that drains slowly during this one.
  const analyzer = await createAnalyzer({ wasmBinary });
  const sources = [
    'fn main() {\n    let v = vec![1, 2, 3];\n    let first = &v[0];\n    println!("{first}");\n}\n',
    'fn main() {\n    let x = 5\n}\n',
    'struct P { x: i32 }\nfn f(p: &P) -> i32 { p.x }\nfn main() { let p = P { x: 1 }; f(&p); }\n',
  ];
  // The parser keeps buffers sized by the last input, so both measurements
  // are taken right after the same input.
  const settle = () => analyzer.analyze(sources[0]);
  for (let i = 0; i < 1000; i++) analyzer.analyze(sources[i % sources.length]);
  settle();
  const inUse = analyzer.heapInUse();
  const memory = analyzer.heapBytes();
  for (let i = 0; i < 10000; i++) analyzer.analyze(sources[i % sources.length]);
  settle();
  // tree-sitter trims an internal pool once early on, so in-use bytes may
  // drop a little; a leak of even one byte per call would add 10,000.
  assert.ok(analyzer.heapInUse() <= inUse,
    `malloc in-use bytes grew: ${inUse} -> ${analyzer.heapInUse()}`);
  assert.equal(analyzer.heapBytes(), memory, 'wasm memory grew');
});

test('checkRules decides a task\'s constraints on the syntax tree, in order', () => {
  const code = 'fn shout(s: String) -> String { s }\nfn main() {\n    let g = String::from("hi");\n    println!("{}", shout(g.clone()));\n    println!("{g}");\n}\n';
  const r = analyzer.checkRules(code, [
    { kind: 'param', fn: 'shout', param: 0, type: 'owned', type_name: 'String' },
    { kind: 'param', fn: 'shout', param: 0, type: 'reference' },
    { kind: 'prints', name: 'g', fn: 'main' },
    { kind: 'nonsense' },
  ]);
  assert.equal(r.status, 'ok');
  assert.deepEqual(r.results.map((x) => x.holds), [true, false, true, false]);
  assert.match(r.results[3].error, /unknown rule kind "nonsense"/);
  assert.equal(analyzer.checkRules('fn main() { \u0000 }', []).status, 'not-utf8');
  assert.equal(analyzer.checkRules('fn main() {}', { not: 'a list' }).status, 'bad-rules');
  // Names are compared as names: non-ASCII identifiers and strings decode the same on both sides.
  assert.deepEqual(analyzer.checkRules('fn main() { let größe = "ü😀"; println!("{größe}"); }', [{ kind: 'prints', name: 'größe' }]).results, [{ holds: true }]);
});

test('10,000 rule checks do not grow the wasm heap', async () => {
  const analyzer = await createAnalyzer({ wasmBinary });
  const code = 'fn main() {\n    let a = String::from("x");\n    let b = a;\n    println!("{b}");\n}\n';
  const rules = [{ kind: 'let', name: 'b', init: 'a' }, { kind: 'prints', name: 'a' }];
  for (let i = 0; i < 500; i++) analyzer.checkRules(code, rules);
  const inUse = analyzer.heapInUse();
  const memory = analyzer.heapBytes();
  for (let i = 0; i < 10000; i++) analyzer.checkRules(code, rules);
  assert.ok(analyzer.heapInUse() <= inUse, `malloc in-use bytes grew: ${inUse} -> ${analyzer.heapInUse()}`);
  assert.equal(analyzer.heapBytes(), memory, 'wasm memory grew');
});

test('{run: true} runs the program: its output exactly, a panic as Rust reports it', () => {
  const plain = analyzer.analyze('fn main() { println!("hi"); }\n');
  assert.equal(plain.run, undefined, 'analyze() alone does not run');
  const ok = analyzer.analyze('fn main() {\n    for i in 1..=3 {\n        println!("{i}: {:>4}", i * i);\n    }\n}\n', { run: true });
  assert.deepEqual(ok.diagnostics, []);
  assert.equal(ok.run.status, 'ok');
  assert.equal(ok.run.exit_code, 0);
  assert.equal(ok.run.stdout, '1:    1\n2:    4\n3:    9\n');
  assert.equal(ok.run.stderr, '');
  const panic = analyzer.analyze('fn main() {\n    let v = vec![1, 2];\n    println!("{}", v[0]);\n    let i = 5;\n    println!("{}", v[i]);\n}\n', { run: true });
  assert.equal(panic.run.status, 'panic');
  assert.equal(panic.run.exit_code, 101);
  assert.equal(panic.run.stdout, '1\n');
  assert.match(panic.run.stderr, /^\nthread 'main' panicked at src\/main\.rs:5:21:\nindex out of bounds: the len is 2 but the index is 5\n/);
  const rejected = analyzer.analyze('fn main() {\n    let s = String::new();\n    let t = s;\n    println!("{s}");\n}\n', { run: true });
  assert.equal(rejected.run.status, 'rejected');
  assert.equal(rejected.run.stdout, '');
  assert.match(rejected.run.reason, /^error\[E0382\]/);
  assert.equal(rejected.run.line, 4);
});

test('1,000 runs do not grow the wasm heap after warm-up', async () => {
  const runner = await createAnalyzer({ wasmBinary });
  const src = 'fn main() {\n    let mut v = Vec::new();\n    for i in 0..50 { v.push(format!("{i}")); }\n    println!("{}", v.join(","));\n}\n';
  for (let i = 0; i < 50; i++) runner.analyze(src, { run: true });
  const inUse = runner.heapInUse();
  const memory = runner.heapBytes();
  for (let i = 0; i < 1000; i++) {
    const r = runner.analyze(src, { run: true });
    if (i === 0) assert.equal(r.run.stdout.split(',').length, 50);
  }
  assert.ok(runner.heapInUse() <= inUse, `malloc in-use bytes grew: ${inUse} -> ${runner.heapInUse()}`);
  assert.equal(runner.heapBytes(), memory, 'wasm memory grew');
  runner.delete();
});
