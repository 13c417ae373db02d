// Each lesson's diagram shows what its lesson note ("diagram_note") promises:
// which arrows exist at which step, what is moved, freed or dangling. The
// diagram is the run's trace (core/src/trace.c), read here through the
// page's wasm module exactly as the page reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createAnalyzer } from '../analyzer.js';

const wasmBinary = await readFile(new URL('../dist/borrowmap-core.wasm', import.meta.url));
const analyzer = await createAnalyzer({ wasmBinary });
const dir = new URL('../../lessons/spiral-1/', import.meta.url);
const lessons = {};
for (const f of (await readdir(dir)).filter((f) => f.endsWith('.json'))) {
  lessons[f.slice(0, 2)] = JSON.parse(await readFile(new URL(f, dir), 'utf8'));
}

/** The timeline of a lesson's starter (or solution) code. */
function timeline(n, which = 'starter') {
  const t = analyzer.analyze(lessons[n][which].code).timeline;
  assert.ok(t.steps.length > 0, `lesson ${n} ${which}: a timeline (${t.unsupported})`);
  return t;
}

/** Every region of a step, depth first (outermost first). */
function regions(step) {
  const out = [];
  const walk = (r) => { out.push(r); r.children.forEach(walk); };
  step.regions.forEach(walk);
  return out;
}
const slots = (step) => regions(step).flatMap((r) => r.slots);
/** The slot named `name` (the innermost, most recent one). */
const slot = (step, name) => slots(step).filter((s) => s.name === name).at(-1);
const byId = (step, id) => slots(step).find((s) => s.id === id);
/** The first step whose line is `line` (and that satisfies `pred`). */
function stepAt(t, line, pred = () => true) {
  const i = t.steps.findIndex((s) => s.line === line && pred(s));
  assert.ok(i >= 0, `a step at line ${line}`);
  return t.steps[i];
}
const refsFrom = (step, name) => step.refs.filter((r) => byId(step, r.from)?.name === name);
const heapOwnedBy = (step, name) => step.heap.filter((h) => !h.freed && byId(step, h.owner)?.name === name);
const frames = (step) => regions(step).filter((r) => r.kind === 'frame').map((r) => r.name);

test('lesson 1: at `let b = a;` the heap buffer moves from `a` to `b`, and `a` is moved', () => {
  const t = timeline('01');
  const before = stepAt(t, 6);
  assert.equal(heapOwnedBy(before, 'a').length, 1);
  const at = stepAt(t, 7);
  assert.equal(slot(at, 'a').state, 'moved');
  assert.equal(heapOwnedBy(at, 'b')[0].id, heapOwnedBy(before, 'a')[0].id, 'the same buffer');
  assert.ok(at.events.some((e) => e.kind === 'move'));
});

test('lesson 2: `shout`\'s frame is pushed on top of `main`, the buffer moves to `s`, and the frame pops', () => {
  const t = timeline('02');
  const call = t.steps.find((s) => frames(s).includes('shout'));
  assert.deepEqual(frames(call), ['main', 'shout']);
  assert.equal(heapOwnedBy(call, 's').length, 1);
  assert.equal(slot(call, 'greeting').state, 'moved');
  assert.deepEqual(frames(stepAt(t, 7)), ['main']);
});

test('lesson 3: `&poem` is an arrow from `text` in `word_count`\'s frame to `poem`; it goes with the frame', () => {
  const t = timeline('03', 'solution');
  const call = t.steps.find((s) => frames(s).includes('word_count'));
  const [r] = refsFrom(call, 'text');
  assert.equal(byId(call, r.to).name, 'poem');
  assert.equal(r.kind, 'shared');
  const after = t.steps[t.steps.indexOf(call) + 1 + t.steps.slice(t.steps.indexOf(call) + 1).findIndex((s) => !frames(s).includes('word_count'))];
  assert.equal(refsFrom(after, 'text').length, 0);
});

test('lesson 4: a `&mut` arrow is drawn as mut, and its target is borrowed mutably while it is live', () => {
  const t = timeline('04', 'solution');
  const call = t.steps.find((s) => frames(s).includes('add_exclaim'));
  const [r] = refsFrom(call, 's');
  assert.equal(r.kind, 'mut');
  assert.equal(byId(call, r.to).name, 'text');
  assert.equal(byId(call, r.to).state, 'borrowed-mut');
});

test('lesson 5: the arrow from `first` into the buffer ends at its last use, before `push` runs', () => {
  const t = timeline('05');
  const [r] = refsFrom(stepAt(t, 3), 'first');
  assert.equal(r.to.startsWith('h'), true, 'into the heap buffer');
  assert.equal(r.live, true);
  assert.equal(refsFrom(stepAt(t, 4), 'first')[0].live, false, 'dead after its last use');
  const push = stepAt(t, 5);
  assert.ok(refsFrom(push, 'first').every((x) => !x.live && x.status === 'ok'), 'no live, dangling or conflicting arrow');
  assert.equal(slot(push, 'scores').state, 'owned');
});

test('lesson 6: `last` keeps its arrow into `v` while it is used, and `push` then conflicts with it', () => {
  const t = timeline('06');
  assert.equal(refsFrom(stepAt(t, 8), 'r')[0].kind, 'mut');
  const [r] = refsFrom(stepAt(t, 12), 'last');
  assert.ok(r.live);
  const err = t.steps[t.error_step];
  assert.equal(err.line, 13);
  assert.ok(['conflict', 'dangling'].includes(refsFrom(err, 'last')[0].status));
});

test('lesson 7: `word` is an arrow into `line`\'s buffer, covering the bytes of "hello"', () => {
  const t = timeline('07');
  const s = stepAt(t, 10, (x) => refsFrom(x, 'word').length > 0);
  const [r] = refsFrom(s, 'word');
  const h = s.heap.find((x) => x.id === r.to);
  assert.equal(h.kind, 'String');
  assert.equal(byId(s, h.owner).name, 'line');
  assert.equal(r.to_field, '0..5');
  assert.equal(refsFrom(t.steps[t.error_step], 'word')[0].status, 'conflict');
});

test('lesson 8: the inner block is a region inside `main`; at its brace it pops and `r` dangles', () => {
  const t = timeline('08');
  const inner = stepAt(t, 5);
  assert.equal(inner.regions[0].children[0].kind, 'block');
  const err = t.steps[t.error_step];
  assert.equal(err.line, 6);
  assert.equal(err.regions[0].children.length, 0, 'the block popped');
  assert.equal(refsFrom(err, 'r')[0].status, 'dangling');
});

test('lesson 9: a reference out of `make_greeting`\'s frame dangles; the moved String lands in `main`', () => {
  const t = timeline('09');
  assert.ok(t.steps.some((s) => frames(s).join() === 'main,make_greeting'));
  const last = t.steps.at(-1);
  assert.deepEqual(frames(last), ['main']);
  assert.equal(refsFrom(last, 'g')[0].status, 'dangling');
  const fixed = timeline('09', 'solution').steps.find((s) => s.line === 7 && slot(s, 'g'));
  assert.equal(heapOwnedBy(fixed, 'g').length, 1);
});

test('lesson 10: `result` is in `main`\'s region and `inner` in the block\'s; `result` points at a String', () => {
  const t = timeline('10');
  const s = stepAt(t, 10, (x) => slot(x, 'result')?.state === 'owned' && !frames(x).includes('longest'));
  assert.ok(s.regions[0].slots.some((x) => x.name === 'result'));
  assert.ok(s.regions[0].children[0].slots.some((x) => x.name === 'inner'));
  assert.equal(refsFrom(s, 'result')[0].to.startsWith('h'), true);
  assert.equal(t.steps[t.error_step].line, 11, 'the error is placed where `inner` is dropped');
});

test('lesson 11: `quote`\'s field points into `novel`\'s buffer; when the block pops, the arrow dangles', () => {
  const t = timeline('11');
  const s = stepAt(t, 10);
  const [r] = refsFrom(s, 'quote');
  assert.equal(byId(s, s.heap.find((h) => h.id === r.to).owner).name, 'novel');
  assert.equal(refsFrom(t.steps[t.error_step], 'quote')[0].status, 'dangling');
});

test('lesson 12: `match name` moves the String into `n` and leaves a hole; `match &name` draws an arrow', () => {
  const t = timeline('12');
  const arm = t.steps.find((s) => slot(s, 'n'));
  assert.equal(heapOwnedBy(arm, 'n').length, 1);
  assert.match(slot(arm, 'name').value, /moved/);
  const fixed = timeline('12', 'solution').steps.find((s) => slot(s, 'n'));
  assert.equal(refsFrom(fixed, 'n').length, 1);
});

test('lesson 13: `input`\'s buffer moves into `parse_age`\'s frame and goes with it', () => {
  const t = timeline('13');
  const call = t.steps.find((s) => frames(s).includes('parse_age'));
  assert.equal(heapOwnedBy(call, 'text').length, 1);
  assert.equal(slot(call, 'input').state, 'moved');
  const back = t.steps.find((s, i) => i > t.steps.indexOf(call) && !frames(s).includes('parse_age'));
  assert.ok(back.heap.some((h) => h.freed), 'the buffer is freed with the frame');
});

test('lesson 14: a closure without `move` holds an arrow into `make_greeter`\'s frame, which dangles once it pops; with `move` it owns the String', () => {
  const t = timeline('14');
  const last = t.steps.at(-1);
  assert.deepEqual(frames(last), ['main']);
  const [r] = refsFrom(last, 'greet');
  assert.equal(r.status, 'dangling');
  const fixed = timeline('14', 'solution');
  const built = fixed.steps.find((s) => slot(s, 'greet')?.state === 'owned');
  assert.equal(refsFrom(built, 'greet').length, 0);
  assert.equal(heapOwnedBy(built, 'greet')[0].kind, 'String');
  assert.equal(slot(fixed.steps.find((s) => slot(s, 'greeting')?.state === 'moved'), 'greeting').state, 'moved');
});

test('lesson 15: the loop\'s reference points into `names`\'s buffer; the push reallocates it and the reference dangles', () => {
  const t = timeline('15');
  const head = stepAt(t, 3, (s) => refsFrom(s, 'name').length > 0);
  assert.equal(byId(head, head.heap.find((h) => h.id === refsFrom(head, 'name')[0].to).owner).name, 'names');
  const err = t.steps[t.error_step];
  assert.equal(err.line, 5);
  assert.equal(refsFrom(err, 'name')[0].status, 'dangling');
  assert.ok(err.heap.some((h) => h.freed), 'the old buffer, freed');
});

test('lesson 16: `tail` owns a node on the heap; at `Cons(1, tail)` the box moves into `list` and `tail` is empty', () => {
  const t = timeline('16');
  const first = stepAt(t, 16);
  assert.equal(heapOwnedBy(first, 'tail')[0].kind, 'Box');
  const moved = stepAt(t, 17);
  assert.equal(slot(moved, 'tail').state, 'moved');
  assert.equal(heapOwnedBy(moved, 'list')[0].id, heapOwnedBy(first, 'tail')[0].id);
});

test('every lesson\'s starter and solution: a diagram of the run, and an accepted one has no arrow in error', () => {
  for (const [n, l] of Object.entries(lessons)) {
    for (const which of ['starter', 'solution']) {
      const r = analyzer.analyze(l[which].code);
      assert.ok(r.timeline.steps.length > 0, `lesson ${n} ${which}: ${r.timeline.unsupported}`);
      if (r.diagnostics.some((d) => d.severity === 'error')) continue;
      for (const s of r.timeline.steps)
        assert.ok(s.refs.every((x) => x.status === 'ok'), `lesson ${n} ${which}: accepted, yet an arrow in error at line ${s.line}`);
    }
  }
});
