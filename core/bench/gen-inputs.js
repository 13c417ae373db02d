// Generate the benchmark's Rust inputs of about 100, 1,000 and 10,000 lines:
// many small functions with lets, String moves, shared and mutable borrows,
// loops and method calls, the mix a learner's file has.
//   node core/bench/gen-inputs.js OUT_DIR   -> OUT_DIR/bench-{100,1000,10000}.rs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generateRust(targetLines) {
  const out = ['struct Point {', '    x: i32,', '    y: i32,', '}', ''];
  let i = 0;
  while (out.length < targetLines - 12) {
    out.push(
      `fn work_${i}(input: &str, scale: i32) -> usize {`,
      `    let owned = String::from(input);`,
      `    let moved = owned;`,
      `    let mut total = 0;`,
      `    let p = Point { x: scale, y: ${i} };`,
      `    for n in 0..3 {`,
      `        total += n + p.x + p.y;`,
      `    }`,
      `    let r = &moved;`,
      `    let mut v = Vec::new();`,
      `    v.push(total);`,
      `    let first = &v[0];`,
      `    println!("{} {}", r, first);`,
      `    moved.len()`,
      `}`,
      '',
    );
    i++;
  }
  out.push('fn main() {');
  for (let k = 0; k < Math.min(i, 5); k++) out.push(`    let _ = work_${k}("hi", ${k});`);
  out.push('}');
  return out.join('\n') + '\n';
}

export const BENCH_SIZES = [100, 1000, 10000];

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'build/bench';
  mkdirSync(dir, { recursive: true });
  for (const n of BENCH_SIZES) {
    const text = generateRust(n);
    writeFileSync(join(dir, `bench-${n}.rs`), text);
  }
}
