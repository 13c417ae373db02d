#!/usr/bin/env node
// gen_docnames.mjs: the names that exist in the real std, read from the
// local rustdoc HTML, written as a C table (core/src/std_docnames.c).
//
// Run it only to regenerate (a new Rust release); CI never runs it, it
// checks the committed output:
//   node core/std/tools/gen_docnames.mjs [RUSTDOC_HTML_DIR]
// RUSTDOC_HTML_DIR defaults to the stable toolchain's
// share/doc/rust/html (install it with `rustup component add rust-docs`).
// See core/std/tools/README.md for what the table means.
//
// How a page is read (rustdoc 1.95's HTML is regular enough for patterns):
//   - a page whose heading carries "stab unstable" is skipped whole;
//   - an item is a `<section id="method.NAME" ...>` (or tymethod.,
//     associatedconstant., associatedtype., variant.) or a
//     `<span id="structfield.NAME">`; it is unstable when the item-info
//     right after its header says "stab unstable" (deprecated items stay:
//     they compile);
//   - a fn is a METHOD when its first parameter is a receiver (`self`,
//     `mut self`, `&self`, `&'a mut self`, `self: Box<Self>`...), else ASSOC;
//     consts and enum variants are ASSOC; associated types are TYPE;
//     public fields are FIELD;
//   - a trait impl (or blanket impl) on a type page does not copy the
//     trait's names: it refers to the trait's page, whose own stable items
//     are the truth (so `impl Pattern for char` adds nothing: Pattern is
//     unstable; Iterator::array_chunks is left out even where an impl lists
//     it). Negative impls (`impl !Send`) add nothing. An impl of a trait
//     without a page keeps its listed stable items;
//   - "Methods from Deref<Target = X>" refers to X's page for METHOD and
//     FIELD names only (autoderef reaches values, not `Type::name`); arrays
//     get the same reference to slices (method calls unsize `[T; N]`);
//   - no reference lends TYPE names: a trait's associated type is reached
//     as `<Vec<i32> as IntoIterator>::IntoIter`, never as `Vec::IntoIter`
//     (E0223), so a type page has TYPE names of its own only;
//   - rustdoc lists on a page every impl that mentions the type (`impl
//     Extend<&str> for String` is on str's page): only impls whose self type
//     is the page's type, a reference to it or a bare type parameter count;
//   - impls the compiler provides, stated only in prose (Clone for tuples,
//     &T: Clone + Deref + the blanket impls), are added (BUILTIN_IMPLS,
//     REFERENCE_BLANKETS), and so are `#[stable] #[doc(hidden)]` inherent fns
//     found in the rendered sources (f64::is_positive);
//   - a type alias page (`io::Result`, `fmt::Result`) whose right-hand side
//     is a path to a page is another key for that page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const docDir = process.argv[2] ||
  path.join(os.homedir(), '.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html');
const stdDir = path.join(docDir, 'std');
const outC = process.env.DOCNAMES_OUT || path.join(root, 'core/src/std_docnames.c');

const METHOD = 0, ASSOC = 1, FIELD = 2, TYPE = 3;
const KIND_NAMES = ['METHOD', 'ASSOC', 'FIELD', 'TYPE'];

// Every stable module is read. DOCNAMES_SKIP=os,arch leaves top-level
// modules out, to measure what they cost. DOCNAMES_OUT writes elsewhere;
// DOCNAMES_DUMP=FILE also writes every key's flattened names as JSON (for
// review, and for check_docnames.mjs).
const SKIP_MODULES = new Set((process.env.DOCNAMES_SKIP || '').split(',').filter(Boolean));

if (!fs.existsSync(path.join(stdDir, 'index.html'))) {
  console.error(`gen_docnames: no rustdoc at ${stdDir} (rustup component add rust-docs, or pass the html dir)`);
  process.exit(2);
}
const versionMatch = /Rust<\/a> (\d+\.\d+\.\d+)/.exec(
  fs.readFileSync(path.join(docDir, 'version_info.html'), 'utf8'));
const rustVersion = versionMatch ? versionMatch[1] : 'unknown';

// Impls the compiler provides, which rustdoc states in the page's prose
// ("The following traits are implemented for all &T ...", "... for tuples
// of any length ...", "... for function pointers ...") but does not list.
// Each name is checked against the prose when regenerating.
const BUILTIN_IMPLS = new Map([
  ['primitive::reference', ['clone/trait.Clone.html', 'marker/trait.Copy.html', 'ops/trait.Deref.html',
    'ops/trait.DerefMut.html', 'borrow/trait.Borrow.html', 'borrow/trait.BorrowMut.html', 'fmt/trait.Pointer.html']],
  ['primitive::tuple', ['clone/trait.Clone.html', 'marker/trait.Copy.html']],
  // `()` is the tuple of length 0: the tuple page's prose covers it.
  ['primitive::unit', ['clone/trait.Clone.html', 'marker/trait.Copy.html']],
  ['primitive::fn', ['clone/trait.Clone.html', 'marker/trait.Copy.html', 'ops/trait.Fn.html',
    'ops/trait.FnMut.html', 'ops/trait.FnOnce.html']],
]);

// `&T` is Sized, Clone and (when T is) Display, so the blanket impls every
// such type gets (`impl<T> Into<U> for T`, `impl<T: Display> ToString for
// T`...) apply to it: `"abc".into()`. rustdoc's reference page shows none;
// these are the ones String's page lists (checked when regenerating).
const REFERENCE_BLANKETS = ['convert/trait.From.html', 'convert/trait.Into.html', 'convert/trait.TryFrom.html',
  'convert/trait.TryInto.html', 'borrow/trait.Borrow.html', 'borrow/trait.BorrowMut.html', 'any/trait.Any.html',
  'borrow/trait.ToOwned.html', 'string/trait.ToString.html'];

// --- small text helpers ----------------------------------------------------
function decode(s) {
  return s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m, e) =>
    ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e]);
}
const stripTags = (s) => decode(s.replace(/<[^>]*>/g, ''));

// `s` starts with '<': the index just past its matching '>' ("->" inside,
// as in `<F: Fn(T) -> U>`, is not a bracket).
function skipAngles(s, i) {
  let depth = 0;
  for (; i < s.length; i++) {
    if (s[i] === '-' && s[i + 1] === '>') { i++; continue; }
    if (s[i] === '<') depth++;
    else if (s[i] === '>' && --depth === 0) return i + 1;
  }
  return s.length;
}

// Does the fn in this code header take a receiver?
function takesSelf(headerHtml, name) {
  const text = stripTags(headerHtml);
  const m = new RegExp(`\\bfn\\s+${name}\\b`).exec(text);
  if (!m) return null;
  let i = m.index + m[0].length;
  while (/\s/.test(text[i] || '')) i++;
  if (text[i] === '<') i = skipAngles(text, i);
  while (/\s/.test(text[i] || '')) i++;
  if (text[i] !== '(') return null;
  return /^\(\s*(mut\s+)?(&\s*('[A-Za-z_]\w*\s+)?(mut\s+)?)?self\b/.test(text.slice(i));
}

// --- pages ------------------------------------------------------------------
const PAGE_RE = /^(struct|enum|union|primitive|trait|type)\.([A-Za-z0-9_]+)\.html$/;

function walk(dir, rel, out) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.isDirectory()) {
      if (rel.length === 0 && SKIP_MODULES.has(ent.name)) continue;
      walk(path.join(dir, ent.name), [...rel, ent.name], out);
    } else {
      const m = PAGE_RE.exec(ent.name);
      if (m) out.push({ file: path.join(dir, ent.name), what: m[1], name: m[2], rel });
    }
  }
  return out;
}

const ITEM_RE = /<section id="((method|tymethod|associatedconstant|associatedtype|variant)\.([A-Za-z0-9_]+)(?:-\d+)?)" class="[^"]*">|<span id="(structfield\.([A-Za-z0-9_]+))" class="structfield/g;

// The items of one chunk of a page: [{name, kind, stable}].
function parseItems(html, warnings, where) {
  const items = [];
  ITEM_RE.lastIndex = 0;
  let m;
  while ((m = ITEM_RE.exec(html))) {
    const start = m.index;
    let name, kind, headerEnd;
    if (m[5] !== undefined) {
      name = m[5];
      kind = FIELD;
      headerEnd = html.indexOf('</span>', html.indexOf('</code>', start));
      headerEnd = headerEnd < 0 ? html.length : headerEnd + '</span>'.length;
    } else {
      const prefix = m[2];
      name = m[3];
      headerEnd = html.indexOf('</section>', start);
      headerEnd = headerEnd < 0 ? html.length : headerEnd + '</section>'.length;
      if (prefix === 'method' || prefix === 'tymethod') {
        const h = /<h4 class="code-header">([\s\S]*?)<\/h4>/.exec(html.slice(start, headerEnd));
        const recv = h ? takesSelf(h[1], name) : null;
        if (recv === null) {
          warnings.push(`${where}: cannot read the signature of ${m[1]}`);
          kind = METHOD;
        } else kind = recv ? METHOD : ASSOC;
      } else kind = prefix === 'associatedtype' ? TYPE : ASSOC;
    }
    let stable = true;
    // Inherent items carry their item-info inside <summary>, trait-impl
    // items right after it.
    if (html.startsWith('</summary>', headerEnd)) headerEnd += '</summary>'.length;
    if (html.startsWith('<span class="item-info">', headerEnd)) {
      const ends = ['<div class="docblock"', '<section', '<details', '</details>', '<span id=']
        .map((t) => html.indexOf(t, headerEnd + 1)).filter((x) => x >= 0);
      const infoEnd = ends.length ? Math.min(...ends) : html.length;
      stable = !html.slice(headerEnd, infoEnd).includes('stab unstable');
    }
    items.push({ name, kind, stable });
  }
  return items;
}

// The sections of a page, split at its `<h2 class="... section-header">`.
function sections(html) {
  const re = /<h2 id="([^"]+)" class="[^"]*section-header[^"]*">/g;
  const marks = [];
  let m;
  while ((m = re.exec(html))) marks.push({ id: m[1], at: m.index });
  return marks.map((s, i) => ({
    id: s.id,
    html: html.slice(s.at, i + 1 < marks.length ? marks[i + 1].at : html.length),
  }));
}

// The impls of a section: [{headerHtml, body}].
function impls(sectionHtml) {
  const re = /<section id="impl-[^"]*" class="impl">/g;
  const marks = [];
  let m;
  while ((m = re.exec(sectionHtml))) marks.push(m.index);
  return marks.map((at, i) => {
    const chunk = sectionHtml.slice(at, i + 1 < marks.length ? marks[i + 1] : sectionHtml.length);
    const h = /<h3 class="code-header">([\s\S]*?)<\/h3>/.exec(chunk);
    const close = chunk.indexOf('</section>');
    return { headerHtml: h ? h[1] : '', body: close >= 0 ? chunk.slice(close) : chunk };
  });
}

// An impl header, read: {traitHref, negative, generics, self}. Links stay
// as \u0001HREF\u0003TEXT\u0002 so the self type can be matched to a page;
// the where-clause is dropped. traitHref is null for an inherent impl.
const LINK_RE = /\u0001([^\u0003]*)\u0003([^\u0002]*)\u0002/g;
const plainText = (s) => s.replace(LINK_RE, '$2');
function readImplHeader(headerHtml) {
  const where = headerHtml.indexOf('<div class="where">');
  let s = where >= 0 ? headerHtml.slice(0, where) : headerHtml;
  s = s.replace(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g,
    (_, href, text) => `\u0001${href}\u0003${text}\u0002`);
  s = stripTags(s).trim();
  const out = { traitHref: null, negative: false, generics: new Set(), self: '' };
  if (s.startsWith('unsafe ')) s = s.slice(7).trimStart();
  if (!s.startsWith('impl')) return out;
  let i = 4;
  if (s[i] === '<') {
    const end = skipAngles(s, i);
    // The impl's type parameters (lifetimes and const parameters aside).
    for (const p of plainText(s.slice(i + 1, end - 1)).split(',')) {
      const m = /^\s*(?:const\s+)?([A-Za-z_]\w*)/.exec(p);
      if (m && !/^\s*const\s/.test(p)) out.generics.add(m[1]);
    }
    i = end;
  }
  s = s.slice(i).trimStart();
  if (s.startsWith('const ')) s = s.slice(6).trimStart();
  if (s.startsWith('!')) { out.negative = true; s = s.slice(1).trimStart(); }
  const t = /^\u0001([^\u0003]*)\u0003[^\u0002]*\u0002/.exec(s);
  if (t && /(^|\/)trait\.[A-Za-z0-9_]+\.html/.test(t[1])) {
    let j = t[0].length;
    if (s[j] === '<') j = skipAngles(s, j);
    const rest = s.slice(j);
    const f = /^\s+for\s+/.exec(rest);
    if (f) {
      out.traitHref = t[1];
      out.self = rest.slice(f[0].length).trim();
      return out;
    }
  }
  out.self = s;
  return out;
}

// Is an impl's self type the page's type (or a reference to it, reached by
// autoref), or a bare type parameter (a blanket impl)? rustdoc lists on a
// page every impl that mentions the type (`impl Extend<&str> for String` is
// on str's page, `impl<T> Box<[T]>` on the slice's); only these count.
function implIsFor(self, page, generics) {
  let s = self.trim();
  let wasRef = false;
  for (;;) {
    const m = /^(?:\u0001[^\u0003]*primitive\.reference\.html[^\u0003]*\u0003)?&(?:\u0002)?\s*('[A-Za-z_]\w*\s+)?(mut\s+)?/.exec(s);
    if (!m || m[0].length === 0) break;
    wasRef = true;
    s = s.slice(m[0].length).trimStart();
  }
  const plain = plainText(s).trim();
  if (/^[A-Za-z_]\w*$/.test(plain) && generics.has(plain)) return true;
  const link = /^\u0001([^\u0003]*)\u0003/.exec(s);
  const linked = link ? resolveHref(page.file, link[1]) : null;
  // `impl AsRawFd for RawFd` is on i32's page: follow type aliases.
  const aliased = linked ? followAliases(linked) : null;
  if (aliased !== linked && aliased !== null && sameItem(aliased, page.file)) return true;
  if (page.what !== 'primitive') return linked !== null && sameItem(linked, page.file);
  const name = page.key.slice('primitive::'.length);
  const topSemicolon = (t) => {
    let depth = 0;
    for (const ch of t) {
      if ('[(<'.includes(ch)) depth++;
      else if (')]>'.includes(ch)) depth--;
      else if (ch === ';' && depth === 1) return true;
    }
    return false;
  };
  switch (name) {
    case 'reference': return wasRef;
    case 'slice': return plain.startsWith('[') && !topSemicolon(plain);
    case 'array': return plain.startsWith('[') && topSemicolon(plain);
    case 'tuple': return plain.startsWith('(') && plain !== '()';
    case 'unit': return plain === '()';
    case 'fn': return /^(unsafe\s+)?(extern\s+"[^"]*"\s+)?fn\s*\(/.test(plain);
    case 'pointer': return /^\*(const|mut)\s/.test(plain);
    default: return plain === name && (linked === null || linked === page.file);
  }
}

// Two pages document the same item (a re-export: collections::HashMap and
// collections::hash_map::HashMap) when their "Source" links agree; links
// in either page go to the shorter path.
const srcIds = new Map();
function srcId(file) {
  if (!srcIds.has(file)) {
    let id = null;
    if (fs.existsSync(file)) {
      const html = fs.readFileSync(file, 'utf8');
      const m = /<span class="sub-heading">[\s\S]*?<a class="src" href="([^"]*)"/.exec(html);
      if (m) id = resolveHref(file, m[1].split('#')[0]) + '#' + (m[1].split('#')[1] || '');
    }
    srcIds.set(file, id);
  }
  return srcIds.get(file);
}
// The page a type alias's page names (`os::fd::RawFd` -> `c_int` -> i32),
// or the file itself when it is not an alias.
function aliasTarget(file) {
  if (!/\/type\.[A-Za-z0-9_]+\.html$/.test(file) || !fs.existsSync(file)) return null;
  const decl = /<pre class="rust item-decl"><code>[\s\S]*?=\s*(<a class="(?:struct|enum|union|primitive|trait|type)" href="([^"]*)")?/
    .exec(fs.readFileSync(file, 'utf8'));
  return decl && decl[2] ? resolveHref(file, decl[2]) : null;
}
function followAliases(file) {
  for (let i = 0; i < 8 && /\/type\.[A-Za-z0-9_]+\.html$/.test(file); i++) {
    const next = aliasTarget(file);
    if (!next) return file;
    file = next;
  }
  return file;
}
const sameItem = (a, b) => a === b || (srcId(a) !== null && srcId(a) === srcId(b));

function resolveHref(fromFile, href) {
  const bare = href.split('#')[0];
  if (!bare || /^[a-z]+:/.test(bare)) return null;
  return path.resolve(path.dirname(fromFile), bare);
}

function pageUnstable(html) {
  const h1 = html.indexOf('<h1');
  if (h1 < 0) return false;
  // The page's item-info follows its heading (or its declaration).
  const ends = ['<details class="toggle top-doc"', '<h2']
    .map((t) => html.indexOf(t, h1)).filter((x) => x >= 0);
  return html.slice(h1, ends.length ? Math.min(...ends) : html.length).includes('stab unstable');
}

// --- read every page ------------------------------------------------------
const warnings = [];
let otherImpls = 0; // impls listed on a page but for another type
const pages = new Map(); // file -> page
for (const p of walk(stdDir, [], [])) {
  const html = fs.readFileSync(p.file, 'utf8');
  const key = p.what === 'primitive' ? `primitive::${p.name}` : [...p.rel, p.name].join('::');
  const page = {
    file: p.file, key, what: p.what, unstable: pageUnstable(html),
    own: [], // {name, kind, stable}
    refs: [], // {file, valueOnly, listed: items (to check)}
    aliasOf: null,
  };
  pages.set(p.file, page);
  if (page.unstable) continue;
  if (p.what === 'type') {
    page.aliasOf = followAliases(p.file);
    continue;
  }
  for (const sec of sections(html)) {
    const id = sec.id;
    if (p.what === 'trait') {
      if (/^(required|provided)-/.test(id)) page.own.push(...parseItems(sec.html, warnings, key));
      continue;
    }
    if (id === 'fields' || id === 'variants') {
      page.own.push(...parseItems(sec.html, warnings, key));
    } else if (id === 'implementations') {
      for (const imp of impls(sec.html)) {
        const h = readImplHeader(imp.headerHtml);
        if (implIsFor(h.self, page, h.generics)) page.own.push(...parseItems(imp.body, warnings, key));
        else otherImpls++;
      }
    } else if (id.startsWith('deref-methods-')) {
      const h2end = sec.html.indexOf('</h2>');
      const t = /Target = <a class="[^"]*" href="([^"]*)"/.exec(sec.html.slice(0, h2end));
      const listed = parseItems(sec.html.slice(h2end), warnings, key);
      const target = t ? resolveHref(p.file, t[1]) : null;
      if (target) page.refs.push({ file: target, valueOnly: true, listed, where: id });
      else page.own.push(...listed.filter((it) => it.kind !== ASSOC));
    } else if (id === 'trait-implementations' || id === 'blanket-implementations') {
      for (const imp of impls(sec.html)) {
        const h = readImplHeader(imp.headerHtml);
        if (h.negative) continue;
        if (!implIsFor(h.self, page, h.generics)) { otherImpls++; continue; }
        const listed = parseItems(imp.body, warnings, key);
        const target = h.traitHref ? resolveHref(p.file, h.traitHref) : null;
        if (target) page.refs.push({ file: target, valueOnly: false, listed, where: stripTags(imp.headerHtml) });
        else {
          if (listed.length) warnings.push(`${key}: impl without a trait link: ${stripTags(imp.headerHtml)}`);
          page.own.push(...listed);
        }
      }
    }
  }
  if (key === 'primitive::array') {
    page.refs.push({ file: path.join(stdDir, 'primitive.slice.html'), valueOnly: true, listed: [], where: 'unsize' });
  }
  if (key === 'primitive::reference') {
    const stringPage = path.join(stdDir, 'string/struct.String.html');
    const blanketHtml = fs.readFileSync(stringPage, 'utf8');
    const blankets = new Set([...blanketHtml.slice(blanketHtml.indexOf('<h2 id="blanket-implementations"'))
      .matchAll(/<a class="trait" href="([^"#]*)/g)].map((m) => resolveHref(stringPage, m[1])));
    for (const t of REFERENCE_BLANKETS) {
      if (!blankets.has(path.join(stdDir, t))) throw new Error(`String's page no longer has a blanket impl of ${t}; check REFERENCE_BLANKETS`);
      page.refs.push({ file: path.join(stdDir, t), valueOnly: false, listed: [], where: 'blanket' });
    }
  }
  for (const t of BUILTIN_IMPLS.get(key) || []) {
    const name = path.basename(t).replace(/^trait\.|\.html$/g, '');
    const proseHtml = key === 'primitive::unit' ? fs.readFileSync(path.join(stdDir, 'primitive.tuple.html'), 'utf8') : html;
    const prose = stripTags(proseHtml.slice(0, proseHtml.indexOf('<h2 id="trait-implementations"')));
    if (!new RegExp(`\\b${name}\\b`).test(prose))
      throw new Error(`${key}: the page no longer says it implements ${name}; check BUILTIN_IMPLS`);
    page.refs.push({ file: path.join(stdDir, t), valueOnly: false, listed: [], where: 'builtin' });
  }
}

const otherPages = new Map();
function otherPageUnstable(file) {
  if (!otherPages.has(file)) {
    otherPages.set(file, fs.existsSync(file) && pageUnstable(fs.readFileSync(file, 'utf8')));
  }
  return otherPages.get(file);
}

// --- stable items rustdoc hides ------------------------------------------
// `#[stable] #[doc(hidden)] pub fn` in an inherent impl compiles but has no
// anchor (f64::is_positive, deprecated since 1.0). The rendered sources
// (RUSTDOC_HTML_DIR/src) show them; each is added to its type's page.
function hiddenStableItems() {
  const found = [];
  const srcDir = path.join(docDir, 'src');
  const files = [];
  const walkSrc = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walkSrc(path.join(d, e.name));
      else if (e.name.endsWith('.rs.html')) files.push(path.join(d, e.name));
    }
  };
  for (const c of ['core', 'alloc', 'std']) if (fs.existsSync(path.join(srcDir, c))) walkSrc(path.join(srcDir, c));
  for (const f of files) {
    const html = fs.readFileSync(f, 'utf8');
    if (!html.includes('doc(hidden)')) continue;
    // The rendered source: one line of Rust per line, after its number.
    const lines = decode(html.replace(/<[^>]*>/g, '')).split('\n').map((l) => l.replace(/^\d+/, ''));
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*#\[doc\(hidden\)\]\s*$/.test(lines[i])) continue;
      let j = i + 1;
      while (j < lines.length && /^\s*#\[/.test(lines[j])) j++;
      const fn = /^(\s+)pub\s+(?:const\s+)?(?:unsafe\s+)?fn\s+([A-Za-z_]\w*)/.exec(lines[j] || '');
      if (!fn) continue;
      let k = i - 1;
      let stable = false, unstable = false;
      for (; k >= 0 && /^\s*(#\[|\/\/)/.test(lines[k]); k--) {
        if (/#\[stable\(/.test(lines[k])) stable = true;
        if (/#\[unstable\(/.test(lines[k])) unstable = true;
      }
      for (let x = i + 1; x < j; x++) {
        if (/#\[stable\(/.test(lines[x])) stable = true;
        if (/#\[unstable\(/.test(lines[x])) unstable = true;
      }
      if (!stable || unstable) continue;
      // The enclosing inherent impl: the nearest `impl ... NAME {` less indented.
      let impl = null;
      for (let m = i - 1; m >= 0; m--) {
        const im = /^(\s*)impl(?:<[^>]*>)?\s+([A-Za-z_]\w*)(?:<[^{]*>)?\s*\{/.exec(lines[m]);
        if (im && im[1].length < fn[1].length) { impl = im[2]; break; }
        if (/^(\s*)(impl|trait|mod|macro_rules)\b/.test(lines[m]) && lines[m].search(/\S/) < fn[1].length) break;
      }
      if (!impl) continue;
      const sig = lines.slice(j, j + 4).join(' ');
      const recv = /\(\s*(mut\s+)?(&\s*('[A-Za-z_]\w*\s+)?(mut\s+)?)?self\b/.test(sig.slice(sig.indexOf('(')));
      found.push({ type: impl, name: fn[2], kind: recv ? METHOD : ASSOC, where: path.relative(srcDir, f) });
    }
  }
  return found;
}
const hidden = hiddenStableItems();
for (const h of hidden) {
  const byKey = [...pages.values()].filter((p) => !p.unstable && p.what !== 'type' &&
    (p.key === `primitive::${h.type}` || p.key.endsWith(`::${h.type}`)) && p.what !== 'trait');
  const targets = byKey.filter((p) => p.key === `primitive::${h.type}`);
  const chosen = targets.length ? targets : byKey.length && byKey.every((p) => sameItem(p.file, byKey[0].file)) ? byKey : [];
  if (!chosen.length) { warnings.push(`hidden ${h.type}::${h.name} (${h.where}): no single page for ${h.type}`); continue; }
  for (const p of chosen) p.own.push({ name: h.name, kind: h.kind, stable: true });
}

// --- resolve references -----------------------------------------------------
let unresolved = 0, mismatched = 0;
const unresolvedFiles = new Map();
for (const page of pages.values()) {
  if (page.unstable || page.what === 'type') continue;
  const refs = [];
  for (const r of page.refs) {
    const target = pages.get(r.file);
    if (!target) {
      // A page we do not read (a skipped module, a trait of core that std
      // does not re-export): nothing if that page is unstable, else what
      // the impl lists, with the stability the type page shows.
      if (otherPageUnstable(r.file)) continue;
      unresolved++;
      unresolvedFiles.set(r.file, (unresolvedFiles.get(r.file) || 0) + 1);
      page.own.push(...r.listed.filter((it) => !r.valueOnly || it.kind !== ASSOC));
      continue;
    }
    if (target.unstable) continue; // an impl of an unstable trait adds nothing callable on stable
    // Check: every stable listed name is known to the target.
    const known = new Set(target.own.filter((it) => it.stable).map((it) => it.name));
    for (const it of r.listed) {
      if (it.stable && !known.has(it.name) && target.what === 'trait') {
        mismatched++;
        if (mismatched <= 20) warnings.push(`${page.key}: ${r.where} lists ${it.name}, which ${target.key} does not declare as stable`);
      }
    }
    refs.push({ page: target, valueOnly: r.valueOnly });
  }
  page.resolved = refs;
}

// --- nodes: one per distinct content --------------------------------------
const live = [...pages.values()].filter((p) => !p.unstable && p.what !== 'type');
for (const p of live) {
  const set = new Map();
  for (const it of p.own) if (it.stable) set.set(`${it.kind}:${it.name}`, it);
  p.entries = [...set.values()];
}
// Aliases point at a live page.
const keys = []; // {key, page}
for (const p of pages.values()) {
  if (p.unstable) continue;
  if (p.what === 'type') {
    const target = p.aliasOf && p.aliasOf !== p.file && pages.get(p.aliasOf);
    if (target && !target.unstable && target.what !== 'type') keys.push({ key: p.key, page: target });
  } else keys.push({ key: p.key, page: p });
}

// Merge pages whose content is the same (re-exports), until nothing changes.
let canon = new Map(live.map((p) => [p, p]));
for (let round = 0; round < 10; round++) {
  const bySig = new Map();
  const next = new Map();
  let changed = false;
  for (const p of live) {
    const ents = p.entries.map((e) => `${e.kind}:${e.name}`).sort().join(',');
    const refs = [...new Set(p.resolved.map((r) => `${canon.get(r.page).key}/${r.valueOnly ? 1 : 0}`))].sort().join(',');
    const sig = `${p.what === 'trait' ? 'T' : 'Y'}|${ents}|${refs}`;
    if (!bySig.has(sig)) bySig.set(sig, p);
    const c = bySig.get(sig);
    next.set(p, c);
    if (canon.get(p) !== c) changed = true;
  }
  canon = next;
  if (!changed) break;
}
const nodes = [...new Set(live.map((p) => canon.get(p)))];
nodes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const nodeIndex = new Map(nodes.map((n, i) => [n, i]));

// Names.
const nameSet = new Set();
for (const n of nodes) for (const e of n.entries) nameSet.add(e.name);
const names = [...nameSet].sort();
const nameIndex = new Map(names.map((s, i) => [s, i]));
// The C source spells names and keys as char literals inside comments.
for (const s of [...names, ...keys.map((k) => k.key)]) {
  if (!/^[A-Za-z0-9_]+(::[A-Za-z0-9_]+)*$/.test(s)) throw new Error(`unexpected name ${JSON.stringify(s)}`);
}
const KIND_BITS = 2;
if (names.length >= (1 << (16 - KIND_BITS))) throw new Error(`too many names (${names.length}) for 16-bit entries`);

// Per node: sorted entries, deduplicated refs (a full ref wins over a
// value-only one to the same node).
const nodeEntries = nodes.map((n) =>
  [...new Set(n.entries.map((e) => (nameIndex.get(e.name) << KIND_BITS) | e.kind))].sort((a, b) => a - b));
const nodeRefs = nodes.map((n) => {
  const best = new Map();
  for (const r of n.resolved) {
    const t = nodeIndex.get(canon.get(r.page));
    if (t === nodeIndex.get(n)) continue;
    best.set(t, (best.get(t) ?? true) && r.valueOnly);
  }
  return [...best.entries()].map(([t, vo]) => (t << 1) | (vo ? 1 : 0)).sort((a, b) => a - b);
});
if (nodes.length >= (1 << 15)) throw new Error('too many nodes for 16-bit refs');

// Depth of the reference graph (the C lookup recurses; it must be acyclic).
const depthMemo = new Map();
function depth(i, stack = new Set()) {
  if (depthMemo.has(i)) return depthMemo.get(i);
  if (stack.has(i)) throw new Error(`reference cycle through ${nodes[i].key}`);
  stack.add(i);
  let d = 1;
  for (const r of nodeRefs[i]) d = Math.max(d, 1 + depth(r >> 1, stack));
  stack.delete(i);
  depthMemo.set(i, d);
  return d;
}
const maxDepth = Math.max(...nodes.map((_, i) => depth(i)));
// Size of the largest closure (the C enumerator keeps it in a local array).
function closure(i, acc = new Set()) {
  if (acc.has(i)) return acc;
  acc.add(i);
  for (const r of nodeRefs[i]) closure(r >> 1, acc);
  return acc;
}
const maxClosure = Math.max(...nodes.map((_, i) => closure(i).size));

keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
for (let i = 1; i < keys.length; i++) if (keys[i].key === keys[i - 1].key) throw new Error(`duplicate key ${keys[i].key}`);

// --- emit C -------------------------------------------------------------------
const sum = (a) => a.reduce((x, y) => x + y, 0);
const entryCount = sum(nodeEntries.map((e) => e.length));
const refCount = sum(nodeRefs.map((e) => e.length));
const namePoolLen = sum(names.map((s) => s.length + 1));
const keyPoolLen = sum(keys.map((k) => k.key.length + 1));
const offType = (n) => (n < 65536 ? 'uint16_t' : 'uint32_t');

function numbers(arr, perLine = 16) {
  const lines = [];
  for (let i = 0; i < arr.length; i += perLine) lines.push('  ' + arr.slice(i, i + perLine).join(', ') + ',');
  return lines.join('\n');
}
function prefixSums(lists) {
  const out = [0];
  for (const l of lists) out.push(out[out.length - 1] + l.length);
  return out;
}
// A pool as a char array, one string a line (string literals this long
// exceed C11's minimum translation limit of 4095 characters).
function pool(strings) {
  return strings.map((s) => `  ${[...s].map((ch) => `'${ch}'`).join(', ')}, 0, /* ${s} */`).join('\n');
}
function offsets(strings) {
  const out = [0];
  for (const s of strings) out.push(out[out.length - 1] + s.length + 1);
  return out;
}

const c = `/*
 * std_docnames.c: GENERATED by core/std/tools/gen_docnames.mjs from the
 * rustdoc HTML of Rust ${rustVersion}; do not edit, regenerate (see
 * core/std/tools/README.md).
 *
 * The names that exist in the real std, per type and trait page: the safety
 * net that tells a std method borrowmap does not model from one that does
 * not exist. ${keys.length} keys, ${nodes.length} distinct pages, ${names.length} names,
 * ${entryCount} entries, ${refCount} references.
 *
 * Encoding (lookups are binary searches; nothing is allocated or written):
 *   doc_names      every name once, sorted, NUL-terminated; doc_name_off[i]
 *                  is where name i starts (name_off[i + 1] - 1 is its end)
 *   doc_keys       every page path ("vec::Vec", "primitive::str"), sorted;
 *                  doc_key_node[i] is the node of key i (re-exports and type
 *                  aliases share a node)
 *   doc_entries    per node, sorted: name << 2 | kind (BM_DOC_METHOD,
 *                  BM_DOC_ASSOC, BM_DOC_FIELD, BM_DOC_TYPE); node i owns
 *                  [doc_node_entry[i], doc_node_entry[i + 1])
 *   doc_refs       per node: node << 1 | value_only, the pages whose names
 *                  the node also has (its traits; its Deref target with
 *                  value_only = 1: METHOD and FIELD names only); no
 *                  reference lends BM_DOC_TYPE names
 *   doc_node_trait bit i set when node i is a trait page
 */
#include "std_docnames.h"

#include <string.h>

#define DOC_RUST_VERSION "${rustVersion}"

#define DOC_NAME_COUNT ${names.length}u
#define DOC_KEY_COUNT ${keys.length}u
#define DOC_NODE_COUNT ${nodes.length}u
/* Longest chain of references, and the most nodes one node reaches. */
#define DOC_MAX_DEPTH ${maxDepth}
#define DOC_MAX_CLOSURE ${maxClosure}

static const char doc_names[${namePoolLen}] = {
${pool(names)}
};

static const ${offType(namePoolLen)} doc_name_off[DOC_NAME_COUNT + 1] = {
${numbers(offsets(names))}
};

static const char doc_keys[${keyPoolLen}] = {
${pool(keys.map((k) => k.key))}
};

static const ${offType(keyPoolLen)} doc_key_off[DOC_KEY_COUNT + 1] = {
${numbers(offsets(keys.map((k) => k.key)))}
};

static const uint16_t doc_key_node[DOC_KEY_COUNT] = {
${numbers(keys.map((k) => nodeIndex.get(canon.get(k.page))))}
};

static const uint16_t doc_entries[${Math.max(entryCount, 1)}] = {
${numbers(nodeEntries.flat())}
};

static const ${offType(entryCount)} doc_node_entry[DOC_NODE_COUNT + 1] = {
${numbers(prefixSums(nodeEntries))}
};

static const uint16_t doc_refs[${Math.max(refCount, 1)}] = {
${numbers(nodeRefs.flat())}
};

static const ${offType(refCount)} doc_node_ref[DOC_NODE_COUNT + 1] = {
${numbers(prefixSums(nodeRefs))}
};

static const uint8_t doc_node_trait[(DOC_NODE_COUNT + 7) / 8] = {
${numbers(Array.from({ length: Math.ceil(nodes.length / 8) }, (_, i) => {
  let b = 0;
  for (let j = 0; j < 8; j++) if (nodes[i * 8 + j] && nodes[i * 8 + j].what === 'trait') b |= 1 << j;
  return b;
}))}
};

${fs.readFileSync(path.join(here, 'std_docnames_lookup.c.in'), 'utf8')}`;

fs.writeFileSync(outC, c);
const report = {
  rust: rustVersion, keys: keys.length, nodes: nodes.length, names: names.length,
  entries: entryCount, refs: refCount, namePool: namePoolLen, keyPool: keyPoolLen,
  maxDepth, maxClosure, unresolvedRefs: unresolved, mismatched, otherImpls,
  skippedUnstablePages: [...pages.values()].filter((p) => p.unstable).length,
  hiddenStable: hidden.map((h) => `${h.type}::${h.name}`),
};
for (const w of warnings.slice(0, 40)) console.error('warning:', w);
if (warnings.length > 40) console.error(`... ${warnings.length - 40} more warnings`);
console.log(JSON.stringify(report, null, 1));
console.log(`wrote ${outC}`);
if (process.env.DOCNAMES_DUMP) {
  // Every key's full name sets, flattened, for review.
  const flat = (i, valueOnly, acc, viaRef = false) => {
    for (const e of nodeEntries[i]) {
      const kind = e & 3;
      if (valueOnly && kind === ASSOC) continue;
      if (viaRef && kind === TYPE) continue;
      acc[KIND_NAMES[kind]].add(names[e >> KIND_BITS]);
    }
    for (const r of nodeRefs[i]) flat(r >> 1, valueOnly || (r & 1) === 1, acc, true);
    return acc;
  };
  const dump = {};
  for (const k of keys) {
    const acc = flat(nodeIndex.get(canon.get(k.page)), false, { METHOD: new Set(), ASSOC: new Set(), FIELD: new Set(), TYPE: new Set() });
    dump[k.key] = Object.fromEntries(Object.entries(acc).map(([kk, v]) => [kk, [...v].sort()]));
  }
  fs.writeFileSync(process.env.DOCNAMES_DUMP, JSON.stringify({ dump, unresolved: Object.fromEntries(unresolvedFiles) }, null, 1));
}
