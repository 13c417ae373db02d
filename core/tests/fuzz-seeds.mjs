// fuzz-seeds.mjs OUT_DIR CORPUS_DIR...: write every seed program of the fuzz
// target into OUT_DIR, one file each: the `source` of every program in the
// .jsonl files found in the given directories (the shared corpus, the
// held-out sets), and every .rs file there (golden and timeline cases,
// fuzz regressions). Prints how many it wrote.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [out, ...dirs] = process.argv.slice(2);
if (!out || !dirs.length) {
  console.error('usage: node fuzz-seeds.mjs OUT_DIR DIR...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
let written = 0;
const seen = new Set();
function seed(text) {
  const name = createHash('sha1').update(text).digest('hex');
  if (seen.has(name)) return;
  seen.add(name);
  writeFileSync(join(out, name), text);
  written++;
}
function walk(dir) {
  let entries;
  try { entries = readdirSync(dir); } catch { return; }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) { walk(p); continue; }
    if (e.endsWith('.rs')) seed(readFileSync(p));
    if (!e.endsWith('.jsonl')) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const src = JSON.parse(line).source;
        if (typeof src === 'string') seed(Buffer.from(src, 'utf8'));
      } catch { /* not a program line */ }
    }
  }
}
for (const d of dirs) walk(d);
console.log(`fuzz-seeds: ${written} seed programs in ${out}`);
