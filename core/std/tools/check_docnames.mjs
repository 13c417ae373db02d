#!/usr/bin/env node
// check_docnames.mjs: measure the generated table against rustc itself.
//
//   node core/std/tools/check_docnames.mjs [RUSTDOC_HTML_DIR]
//
// For a set of concrete types (Vec<i32>, String, str, i32, Option<i32>...)
// it writes one Rust file per type that calls every name in the table, and
// a few invented ones, as `(*x).NAME()` on a place of that type and as
// `<T>::NAME`; for traits, as the path `<_ as Trait>::NAME`. rustc 1.95's
// verdict on each line (see verdicts() below) is compared with the table,
// and the disagreements are printed per type. "dangerous" (the table lacks
// a name rustc accepts without any error: a false E0599) must be 0.
// A developer tool: it needs rustc on PATH or in ~/.cargo/bin and takes a
// few minutes; CI does not run it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docnames-'));
const dumpFile = path.join(tmp, 'dump.json');
execFileSync(process.execPath, [path.join(here, 'gen_docnames.mjs'), ...process.argv.slice(2)], {
  env: { ...process.env, DOCNAMES_DUMP: dumpFile, DOCNAMES_OUT: path.join(tmp, 'std_docnames.c') },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const { dump } = JSON.parse(fs.readFileSync(dumpFile, 'utf8'));

const rustc = [process.env.RUSTC, path.join(os.homedir(), '.cargo/bin/rustc'), 'rustc']
  .find((r) => r && spawnSync(r, ['--version']).status === 0);
if (!rustc) {
  console.error('check_docnames: rustc not found');
  process.exit(2);
}

const ONLY = process.env.DOCNAMES_ONLY ? new Set(process.env.DOCNAMES_ONLY.split(',')) : null;
const TYPES = [
  ['vec::Vec', 'Vec<i32>'],
  ['string::String', 'String'],
  ['primitive::str', 'str'],
  ['primitive::slice', '[i32]'],
  ['primitive::array', '[i32; 3]'],
  ['primitive::i32', 'i32'],
  ['primitive::u8', 'u8'],
  ['primitive::usize', 'usize'],
  ['primitive::f64', 'f64'],
  ['primitive::char', 'char'],
  ['primitive::bool', 'bool'],
  ['primitive::tuple', '(i32, i32)'],
  ['primitive::unit', '()'],
  ['option::Option', 'Option<i32>'],
  ['result::Result', 'Result<i32, String>'],
  ['collections::HashMap', 'std::collections::HashMap<i32, i32>'],
  ['collections::HashSet', 'std::collections::HashSet<i32>'],
  ['collections::BTreeMap', 'std::collections::BTreeMap<i32, i32>'],
  ['collections::VecDeque', 'std::collections::VecDeque<i32>'],
  ['collections::hash_map::Entry', "std::collections::hash_map::Entry<'static, i32, i32>"],
  // Deref to a type parameter: the checker autoderefs to the pointee and
  // looks up its page too (the third field: the keys of those steps).
  ['boxed::Box', 'Box<i32>', ['primitive::i32']],
  ['rc::Rc', 'std::rc::Rc<i32>', ['primitive::i32']],
  ['sync::Arc', 'std::sync::Arc<i32>', ['primitive::i32']],
  ['rc::Rc', 'std::rc::Rc<String>', ['string::String']],
  ['cell::RefCell', 'std::cell::RefCell<i32>'],
  ['sync::Mutex', 'std::sync::Mutex<i32>'],
  ['ops::Range', 'std::ops::Range<i32>'],
  ['vec::IntoIter', 'std::vec::IntoIter<i32>'],
  ['str::Chars', "std::str::Chars<'static>"],
  ['slice::Iter', "std::slice::Iter<'static, i32>"],
  ['cmp::Ordering', 'std::cmp::Ordering'],
  ['thread::JoinHandle', 'std::thread::JoinHandle<i32>'],
  ['sync::mpsc::Sender', 'std::sync::mpsc::Sender<i32>'],
  ['time::Duration', 'std::time::Duration'],
  ['path::PathBuf', 'std::path::PathBuf'],
  ['fs::File', 'std::fs::File'],
];
const TRAITS = [
  'iter::Iterator', 'iter::DoubleEndedIterator', 'iter::ExactSizeIterator', 'iter::IntoIterator',
  'iter::FromIterator', 'iter::Extend', 'iter::Sum', 'clone::Clone', 'cmp::Ord', 'cmp::PartialOrd',
  'cmp::PartialEq', 'fmt::Display', 'fmt::Debug', 'fmt::Write', 'io::Write', 'io::Read',
  'io::BufRead', 'convert::From', 'convert::Into', 'convert::TryFrom', 'convert::AsRef',
  'default::Default', 'hash::Hash', 'hash::Hasher', 'ops::Add', 'ops::Deref', 'ops::Index',
  'ops::Drop', 'ops::FnOnce', 'str::FromStr', 'string::ToString', 'borrow::Borrow',
  'borrow::ToOwned', 'error::Error', 'any::Any',
];
// Names a learner might guess; none exists on the types above.
const INVENTED = ['length', 'size', 'push_back', 'add', 'append_str', 'substr', 'indexOf', 'lenght',
  'to_str', 'toString', 'empty', 'has', 'get_value', 'remove_all', 'sort_desc', 'trim_all',
  'to_int', 'abs_value', 'count_chars', 'is_blank'];

const KEYWORDS = new Set(('as break const continue crate else enum extern false fn for if impl in let loop ' +
  'match mod move mut pub ref return self Self static struct super trait true type unsafe use where while ' +
  'async await dyn abstract become box do final macro override priv typeof unsized virtual yield try gen').split(' '));
const allNames = new Set([...INVENTED]);
for (const v of Object.values(dump)) for (const k of ['METHOD', 'ASSOC']) for (const n of v[k]) allNames.add(n);
const names = [...allNames].filter((n) => /^[A-Za-z_]\w*$/.test(n) && !KEYWORDS.has(n)).sort();

// rustc's verdict per line: clean (no error), other (an error that is not
// about the name: E0061 wrong arguments, E0282, E0277, E0624 private,
// E0223, ...), bounds
// (E0599 "the method exists ... but its trait bounds were not satisfied"),
// scope (E0599 naming a trait that provides it but is not in scope),
// missing (E0599 "no method named" / "no function or associated item
// named", E0576 for a trait path) or unstable (E0658).
function verdicts(source) {
  const file = path.join(tmp, 'probe.rs');
  fs.writeFileSync(file, source);
  const r = spawnSync(rustc, ['--edition', '2024', '--crate-type', 'lib', '--emit=metadata',
    '--error-format=json', '-o', path.join(tmp, 'probe.rmeta'), file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const rank = { clean: 0, other: 1, bounds: 2, scope: 3, unstable: 4, missing: 5 };
  const byLine = new Map();
  for (const line of r.stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const d = JSON.parse(line);
    const spans = (d.spans || []).filter((s) => s.file_name.endsWith('probe.rs'));
    if (d.level !== 'error' || !spans.length) continue;
    const span = spans.find((s) => s.is_primary) || spans[0];
    const code = d.code ? d.code.code : '';
    const text = d.rendered || '';
    let v = 'other';
    if (code === 'E0658') v = 'unstable';
    else if (code === 'E0576') v = 'missing';
    else if (code === 'E0599') {
      if (/exists for .*but its trait bounds were not satisfied/.test(d.message)) v = 'bounds';
      else if (/not in scope|is in scope/.test(text)) v = 'scope';
      else v = 'missing';
    }
    const prev = byLine.get(span.line_start);
    if (prev === undefined || rank[v] > rank[prev]) byLine.set(span.line_start, v);
  }
  return byLine;
}

const HEADER = '#![allow(warnings)]\n';
const HEADER_LINES = 1;
const report = { types: {}, traits: {} };
const totals = { checked: 0, dangerous: 0, otherCode: 0, gap: 0, boundsOnly: 0, extra: 0 };

// table: the names the table accepts; claimed: those whose rustc "missing"
// counts against it. dangerous: the table lacks a name rustc accepts with
// no error at all (a false E0599 on a correct line). otherCode: the table
// lacks a name rustc rejects with another code (E0624 private, E0277
// `str: Sized`): no false alarm, but not rustc's code. gap: the table lacks a name whose trait is merely not in
// scope (rustc also says E0599 "no method named", so no false alarm, but
// the table misses it). boundsOnly: the table lacks a name rustc knows but
// rejects for its bounds (E0599 either way). extra: the table has a name
// rustc says does not exist (the checker stays silent there).
function compare(lines, table, claimed = table) {
  const v = verdicts(HEADER + lines.map((l) => l.code).join('\n') + '\n');
  const out = { dangerous: [], otherCode: [], gap: [], boundsOnly: [], extra: [] };
  lines.forEach((l, i) => {
    const rust = v.get(i + 1 + HEADER_LINES) || 'clean';
    totals.checked++;
    if (!table.has(l.name)) {
      if (rust === 'clean') out.dangerous.push(l.name);
      else if (rust === 'other') out.otherCode.push(l.name);
      else if (rust === 'scope') out.gap.push(l.name);
      else if (rust === 'bounds') out.boundsOnly.push(l.name);
    } else if ((rust === 'missing' || rust === 'unstable') && claimed.has(l.name)) out.extra.push(l.name);
  });
  for (const k of Object.keys(out)) totals[k] += out[k].length;
  return out;
}
const show = (o) => Object.entries(o).map(([k, v]) => `${k} ${v.length}${v.length && k !== 'extra' && k !== 'boundsOnly' ? ` [${v.join(' ')}]` : ''}`).join(', ');

for (const [key, ty, steps = []] of TYPES) {
  if (ONLY && !ONLY.has(key)) continue;
  const own = dump[key];
  if (!own || steps.some((k) => !dump[k])) { console.log(`${key}: no such key`); totals.dangerous++; continue; }
  // Names of the receiver's own page and, for values only, its autoderef steps.
  const entry = { ...own, METHOD: [...own.METHOD, ...steps.flatMap((k) => dump[k].METHOD)] };
  const methods = names.map((n, i) => ({ name: n, code: `fn m${i}(x: &mut ${ty}) { let _ = (*x).${n}(); }` }));
  const assoc = names.map((n, i) => ({ name: n, code: `fn a${i}() { let _ = <${ty}>::${n}; }` }));
  const m = compare(methods, new Set(entry.METHOD));
  // A path reaches methods too (`<Vec<i32>>::push`), but not through
  // Deref: only ASSOC claims count against the table.
  const a = compare(assoc, new Set([...entry.ASSOC, ...entry.METHOD, ...entry.TYPE]), new Set(entry.ASSOC));
  report.types[`${key} ${ty}`] = { method: m, path: a };
  console.log(`${key} (${ty})\n  value.name(): ${show(m)}\n  Type::name:   ${show(a)}`);
}
for (const key of TRAITS) {
  if (ONLY && !ONLY.has(key)) continue;
  const entry = dump[key];
  if (!entry) { console.log(`${key}: no such key`); totals.dangerous++; continue; }
  const lines = names.map((n, i) => ({ name: n, code: `fn t${i}() { let _ = <_ as std::${key}>::${n}; }` }));
  const t = compare(lines, new Set([...entry.ASSOC, ...entry.METHOD, ...entry.TYPE]));
  report.traits[key] = t;
  console.log(`${key}\n  Trait::name:  ${show(t)}`);
}
const version = execFileSync(rustc, ['--version'], { encoding: 'utf8' }).trim();
console.log(`\n${totals.checked} (page, name) pairs checked against ${version}`);
console.log(Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', '));
const reportFile = path.join(os.tmpdir(), 'check_docnames.json');
fs.writeFileSync(reportFile, JSON.stringify({ version, totals, ...report }, null, 1));
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`details: ${reportFile}`);
process.exit(totals.dangerous ? 1 : 0);
