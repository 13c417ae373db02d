#!/usr/bin/env node
// make.js — label a held-out set's programs with the real rustc and write its jsonl.
//
//   node core/tests/heldout/make.js [SET_DIR] [--rustc PATH] [--check]
//
// SET_DIR is a held-out set's folder (default: this one, core/tests/heldout;
// also core/tests/heldout2). Its name NAME (the folder's base name) gives the
// output NAME.jsonl, the ids NAME/NNN-slug and the origin ("borrowmap
// held-out set", "... set 2").
// Reads SET_DIR/programs/NNN-slug.rs (sorted by name), compiles each one with
//   rustc --edition 2024 --crate-type bin --emit=metadata -o TMP/out.rmeta \
//         --error-format=json TMP/main.rs
// and writes one corpus-format record per program to NAME.jsonl (same
// fields as shared/corpus: id, origin, crate_type, edition, source, expect,
// topics). A program whose errors are not all in the ownership/borrowing/
// lifetime family is reported and left out (exit status 1), so such a file
// should be fixed or deleted. Without rustc it prints a message and keeps the
// committed NAME.jsonl. --check compares instead of writing (exit 1 on a
// difference).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
let rustc = null;
let check = false;
let setDir = path.dirname(fileURLToPath(import.meta.url));
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rustc') rustc = args[++i];
  else if (args[i] === '--check') check = true;
  else if (!args[i].startsWith('--')) setDir = path.resolve(args[i]);
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
const setName = path.basename(setDir);
const setNumber = setName.replace(/^heldout/, '');
const origin = `borrowmap held-out set${setNumber ? ` ${setNumber}` : ''}`;
const progDir = path.join(setDir, 'programs');
const outName = `${setName}.jsonl`;
const outFile = path.join(setDir, outName);

function findRustc() {
  const cands = [];
  if (rustc) cands.push(rustc);
  cands.push('rustc', path.join(os.homedir(), '.cargo', 'bin', 'rustc'));
  for (const c of cands) {
    const r = spawnSync(c, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return { bin: c, version: r.stdout.trim() };
  }
  return null;
}

const rc = findRustc();
if (!rc) {
  console.error(`make.js: rustc not found (PATH or ~/.cargo/bin); keeping the committed ${outName}`);
  process.exit(0);
}
if (!rc.version.startsWith('rustc 1.95.')) {
  console.error(`make.js: warning: labels were made with rustc 1.95.0, this is ${rc.version}`);
}

const FAMILY = new Set(['E0382', 'E0499', 'E0502', 'E0505', 'E0506', 'E0597', 'E0515', 'E0106',
  'E0384', 'E0596', 'E0716', 'E0373', 'E0507', 'E0508', 'E0381', 'E0594', 'E0503', 'E0621']);
const inFamily = (e) => e.code === null
  ? e.message === 'lifetime may not live long enough'
  : FAMILY.has(e.code);

// The primary span, followed back out of macro expansions into main.rs.
function primaryPos(d) {
  const spans = d.spans || [];
  const prim = spans.filter((s) => s.is_primary);
  let span = (prim.length ? prim : spans)[0];
  if (!span) return [null, null];
  const first = span;
  let n = 0;
  while (span && path.basename(span.file_name || '') !== 'main.rs' && n++ < 50) {
    span = span.expansion ? span.expansion.span : null;
  }
  if (!span) span = first;
  return [span.line_start, span.column_start];
}

function label(source) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${setName}-`));
  try {
    fs.writeFileSync(path.join(tmp, 'main.rs'), source);
    const r = spawnSync(rc.bin, ['--edition', '2024', '--crate-type', 'bin', '--emit=metadata',
      '-o', path.join(tmp, 'out.rmeta'), '--error-format=json', path.join(tmp, 'main.rs')],
    { encoding: 'utf8', cwd: tmp });
    const errors = [];
    for (const line of r.stderr.split('\n')) {
      if (!line.startsWith('{')) continue;
      const d = JSON.parse(line);
      if (d.level !== 'error') continue;
      if (/^aborting due to/.test(d.message)) continue;
      const [l, c] = primaryPos(d);
      errors.push({ code: d.code ? d.code.code : null, line: l, col: c, message: d.message });
    }
    return errors;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// Topic tags from the corpus's fixed list, by rules over the text (comments
// excluded) and the error codes; a filter aid, not ground truth.
function topics(src, errors) {
  const code = src.replace(/\/\/.*$/gm, '');
  const codes = new Set(errors.map((e) => e.code));
  const has = (...cs) => cs.some((c) => codes.has(c));
  const t = [];
  const add = (name, cond) => { if (cond) t.push(name); };
  const fnRetRef = /fn\s+\w+(<[^>]*>)?\([^)]*\)\s*->\s*(Option<\s*)?&/.test(code);
  const fnTakesRef = /fn\s+\w+(<[^>]*>)?\([^)]*&/.test(code);
  add('move', has('E0382', 'E0505', 'E0507') || /\bmove\s*\|/.test(code) || /into_iter\(\)/.test(code)
    || /mem::(take|replace)|\bstd::mem::take|\.take\(\)/.test(code));
  add('copy', /\bCopy\b/.test(code));
  add('clone', /\.clone\(\)|\bClone\b/.test(code));
  add('borrow-shared', /&(?!mut\b|'|&)\s*\w/.test(code) || has('E0502'));
  add('borrow-mut', /&mut\b|ref mut\b|\.(push|push_str|insert|remove|clear|sort|pop|retain|extend|drain)\(/.test(code)
    || has('E0499', 'E0502', 'E0596'));
  add('reborrow', /&\*|&mut \*/.test(code));
  add('lifetime-annotation', /'(?!static\b)[a-z_]\w*\b(?!')/.test(code.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/'(\\.|[^\\'])'/g, '')));
  add('elision', (fnTakesRef && fnRetRef && !/fn\s+\w+<[^>]*'/.test(code)) || has('E0106'));
  add('struct-ref', /struct\s+\w+<'/.test(code) || /struct\s+\w+\s*\{[^}]*:\s*&/.test(code));
  add('return-ref', fnRetRef || /->\s*&/.test(code) || has('E0515', 'E0106', 'E0716') && /->/.test(code));
  add('closure', /\|[^|]*\|/.test(code.replace(/\|\|(?=\s*[!\w(])/g, '||')) && /(=|\(|,)\s*(move\s*)?\|/.test(code));
  add('thread', /thread::/.test(code));
  add('rc', /\b(Rc|Arc|Weak)\b/.test(code));
  add('refcell', /\b(RefCell|Cell)\b/.test(code));
  add('box', /\bBox\b/.test(code));
  add('vec', /\bVec\b|vec!/.test(code));
  add('string', /\bString\b|&str\b|\.to_string\(\)/.test(code));
  add('slice', /\[[^\]]*\.\.[^\]]*\]|&\[|&str\b|split_at/.test(code));
  add('loop', /\b(for|while|loop)\b/.test(code));
  add('match', /\bmatch\b|\bif let\b|\bwhile let\b/.test(code));
  add('method', /impl\b[^{]*\{[\s\S]*fn\s+\w+\s*(<[^>]*>)?\(\s*(&\s*(mut\s+)?)?(mut\s+)?self/.test(code));
  add('trait', /\btrait\b|\bimpl\b[^{]*\bfor\b|\bdyn\b|impl\s+(Fn|Iterator)/.test(code));
  add('generic', /fn\s+\w+<[^>']*\b[A-Z]\w*\s*[:>,]|impl<[A-Z]|struct\s+\w+<[A-Z]/.test(code));
  add('static', /'static\b|\bstatic\s+[A-Z_]/.test(code));
  add('temporary', has('E0716'));
  add('uninit', has('E0381') || /let\s+(mut\s+)?\w+\s*(:\s*[^=;]+)?;/.test(code));
  return t;
}

const files = fs.readdirSync(progDir).filter((f) => /^\d{3}-[\w-]+\.rs$/.test(f)).sort();
const records = [];
const rejected = [];
for (const f of files) {
  const source = fs.readFileSync(path.join(progDir, f), 'utf8');
  const errors = label(source);
  const id = `${setName}/${f.replace(/\.rs$/, '')}`;
  const bad = errors.filter((e) => !inFamily(e));
  if (bad.length) {
    rejected.push(`${id}: ${bad.map((e) => `${e.code} ${e.line}:${e.col} ${e.message}`).join('; ')}`);
    continue;
  }
  records.push({
    id,
    origin,
    crate_type: 'bin',
    edition: '2024',
    source,
    expect: { compiles: errors.length === 0, errors },
    topics: topics(source, errors),
  });
}

const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const nFail = records.filter((r) => !r.expect.compiles).length;
const perCode = {};
for (const r of records) for (const e of r.expect.errors) perCode[e.code ?? 'null'] = (perCode[e.code ?? 'null'] || 0) + 1;
console.log(`${rc.version}: ${records.length} programs, ${records.length - nFail} compile, ${nFail} fail`);
console.log('errors per code: ' + Object.entries(perCode).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join(', '));
for (const r of rejected) console.error(`left out (error outside the family): ${r}`);

if (check) {
  const old = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
  if (old !== text) { console.error(`make.js --check: ${outName} differs from what rustc now says`); process.exit(1); }
  console.log(`${outName} is up to date`);
} else {
  fs.writeFileSync(outFile, text);
  console.log(`wrote ${path.relative(process.cwd(), outFile)}`);
}
process.exit(rejected.length ? 1 : 0);
