// What changed between two steps (web/src/diagram/changes.js): the diff of
// hand-written steps and of the fixture timelines, the words, and the panel
// marking the changed items and saying them (linkedom for the DOM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { readFileSync } from 'node:fs';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      "export async function load(url, context, next) { if (url.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true }; return next(url, context); }",
    ),
);

const { parseHTML } = await import('linkedom');
const { diffSteps, changeWords, hasChanges } = await import('../src/diagram/changes.js');
const { collectUnion } = await import('../src/diagram/layout.js');
const { createDiagramPanel } = await import('../src/diagram/panel.js');

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/timeline-${name}.json`, import.meta.url), 'utf8'));

const frame = (slots, children = [], id = 'r1') => ({ id, kind: 'frame', name: 'main', lifetime: "'a", line: 1, end_line: 9, slots, children });
const block = (slots, id = 'r2') => ({ id, kind: 'block', name: 'block at line 3', lifetime: "'b", line: 3, end_line: 6, slots, children: [] });
const slot = (id, name, extra = {}) => ({ id, name, type: 'i32', state: 'owned', value: null, fields: null, ...extra });
const step = (regions, { heap = [], refs = [] } = {}) => ({ line: 1, sentence: '', events: [], regions, heap, refs });
const plain = (c) => ({
  slots: Object.fromEntries(c.slots),
  heap: Object.fromEntries(c.heap),
  refs: Object.fromEntries(c.refs),
  regions: Object.fromEntries(c.regions),
  gone: c.gone,
});

test('the first step compares with an empty stack: its regions are pushed and its slots new', () => {
  const s0 = step([frame([slot('v1', 'x', { value: '1' })])]);
  assert.deepEqual(plain(diffSteps(null, s0)), { slots: { v1: 'new' }, heap: {}, refs: {}, regions: { r1: 'pushed' }, gone: [] });
  assert.equal(changeWords(diffSteps(null, s0), null, s0), "'a (frame of `main`) pushed; new: `x` = 1.");
});

test('the same step twice: nothing changed, and no words', () => {
  const s = step([frame([slot('v1', 'x', { value: '1' })])]);
  const c = diffSteps(s, structuredClone(s));
  assert.equal(hasChanges(c), false);
  assert.equal(changeWords(c, s, s), '');
});

test('new, moved, changed and dropped slots', () => {
  const a = step([frame([slot('v1', 's', { type: 'String' }), slot('v2', 'n', { value: '1' }), slot('v3', 'd'), slot('v4', 'u', { state: 'uninit' })])]);
  const b = step([
    frame([
      slot('v1', 's', { type: 'String', state: 'moved' }),
      slot('v2', 'n', { value: '2' }),
      slot('v3', 'd', { state: 'dropped' }),
      slot('v4', 'u', { value: '7' }),
      slot('v5', 't', { type: 'String' }),
    ]),
  ]);
  const c = diffSteps(a, b);
  assert.deepEqual(plain(c).slots, { v1: 'moved', v2: 'value', v3: 'dropped', v4: 'value', v5: 'new' });
  assert.deepEqual(plain(c).regions, {});
  assert.equal(
    changeWords(c, a, b),
    'new: `t`; `n`: 1 → 2; `u` = 7; moved out: `s`; dropped: `d`.',
  );
});

test('a field moved out is a move of its slot; a field changing value is a change', () => {
  const p = (fields) => step([frame([slot('v1', 'p', { type: 'Pair', fields })])]);
  const a = p([{ name: 'a', value: null, state: 'owned' }, { name: 'n', value: '1', state: 'owned' }]);
  const moved = p([{ name: 'a', value: null, state: 'moved' }, { name: 'n', value: '1', state: 'owned' }]);
  const changed = p([{ name: 'a', value: null, state: 'owned' }, { name: 'n', value: '2', state: 'owned' }]);
  assert.equal(diffSteps(a, moved).slots.get('v1'), 'moved');
  assert.equal(diffSteps(a, changed).slots.get('v1'), 'value');
  assert.equal(changeWords(diffSteps(a, changed), a, changed), '`p` changed.');
});

test('borrows: a new one, one whose last use passed, one that is gone while live', () => {
  const slots = [slot('v1', 'v', { type: 'Vec<i32>' }), slot('v2', 'first', { type: '&i32' }), slot('v3', 'm', { type: '&mut i32' })];
  const heap = [{ id: 'h1', kind: 'Vec', owner: 'v1', contents: null, items: ['1'], strong: null, freed: false }];
  const ref = (id, from, to, extra = {}) => ({ id, from, to, to_field: null, kind: 'shared', live: true, status: 'ok', ...extra });
  const a = step([frame(slots)], { heap, refs: [ref('l1', 'v2', 'h1', { to_field: '0' }), ref('l2', 'v3', 'v1', { kind: 'mut' })] });
  const b = step([frame(slots)], { heap, refs: [ref('l1', 'v2', 'h1', { to_field: '0', live: false }), ref('l3', 'v3', 'v1', { kind: 'mut' })] });
  const c = diffSteps(a, b);
  assert.deepEqual(plain(c).refs, { l1: 'ended', l2: 'ended', l3: 'new' });
  assert.equal(
    changeWords(c, a, b),
    'borrow ended: `first` → `v[0]`; new &mut borrow: `m` → `v`; borrow ended: `m` → `v`.',
  );
  // A ref that was already dead does not end twice.
  const d = step([frame(slots)], { heap, refs: [] });
  assert.deepEqual(plain(diffSteps(b, d)).refs, { l3: 'ended' });
});

test('regions pushed and popped; heap objects new, changed and freed', () => {
  const a = step([frame([slot('v1', 's', { type: 'String' })], [block([slot('v2', 'x')])])], {
    heap: [{ id: 'h1', kind: 'String', owner: 'v1', contents: '"a"', items: null, strong: null, freed: false }],
  });
  const b = step([frame([slot('v1', 's', { type: 'String' })])], {
    heap: [
      { id: 'h1', kind: 'String', owner: 'v1', contents: '"ab"', items: null, strong: null, freed: false },
      { id: 'h2', kind: 'Box', owner: 'v1', contents: '5', items: null, strong: null, freed: false },
    ],
  });
  const c = diffSteps(a, b);
  assert.deepEqual(plain(c), { slots: {}, heap: { h1: 'value', h2: 'new' }, refs: {}, regions: { r2: 'popped' }, gone: [] });
  assert.equal(
    changeWords(c, a, b),
    "String of `s` now \"ab\"; new Box on the heap (`s`); 'b (block at line 3) popped.",
  );
  const freed = step([], { heap: [{ id: 'h1', kind: 'String', owner: null, contents: '"ab"', items: null, strong: null, freed: true }] });
  assert.deepEqual(plain(diffSteps(b, freed)).heap, { h1: 'freed' });
  assert.deepEqual(plain(diffSteps(b, freed)).regions, { r1: 'popped' });
});

test('a slot that leaves while its region stays is gone; one that leaves with its region is not listed', () => {
  const a = step([frame([slot('v1', 'x'), slot('v2', 'y')])]);
  const b = step([frame([slot('v1', 'x')])]);
  assert.deepEqual(diffSteps(a, b).gone, ['v2']);
  assert.equal(changeWords(diffSteps(a, b), a, b), 'gone: `y`.');
  assert.deepEqual(diffSteps(a, step([])).gone, []);
});

test('the fixture timelines: the move step moves `s` and makes `t`; every step is said with names, never ids', () => {
  const move = fixture('move').timeline.steps;
  const at = move.findIndex((s) => s.events.some((e) => e.kind === 'move'));
  const c = diffSteps(move[at - 1], move[at]);
  const names = (ids) => ids.map((id) => [...move[at].regions[0].slots].find((s) => s.id === id).name);
  assert.deepEqual(names([...c.slots].filter(([, k]) => k === 'moved').map(([id]) => id)), ['s']);
  assert.deepEqual(names([...c.slots].filter(([, k]) => k === 'new').map(([id]) => id)), ['t']);

  const dangling = fixture('dangling').timeline.steps;
  const union = collectUnion(dangling);
  const popAt = dangling.findIndex((s, i) => i > 0 && diffSteps(dangling[i - 1], s).regions.size && [...diffSteps(dangling[i - 1], s).regions.values()].includes('popped'));
  assert.ok(popAt > 0, 'a block pops in the dangling fixture');
  // Every step's words name things by their names, never by their ids.
  dangling.forEach((s, i) => {
    const words = changeWords(diffSteps(dangling[i - 1] ?? null, s), dangling[i - 1] ?? null, s, union);
    assert.doesNotMatch(words, /`[vrhl]\d+`/, `step ${i}: ${words}`);
  });
});

function mount() {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="host"></div></body></html>');
  const host = document.getElementById('host');
  const panel = createDiagramPanel(host);
  const $ = (sel) => host.querySelector(sel);
  const $$ = (sel) => [...host.querySelectorAll(sel)];
  const click = (sel) => $(sel).dispatchEvent(new window.Event('click', { bubbles: true }));
  return { panel, $, $$, click };
}

test('the panel marks what changed at each step and says it under the sentence and in the live text', () => {
  const m = mount();
  const f = fixture('move');
  const steps = f.timeline.steps;
  const at = steps.findIndex((s) => s.events.some((e) => e.kind === 'move'));
  m.panel.update(f.timeline, f.diagnostics, { step: at });
  const changed = Object.fromEntries(m.$$('[data-testid="diagram-slot"][data-change]').map((g) => [g.getAttribute('data-slot-id'), g.getAttribute('data-change')]));
  const ids = Object.fromEntries(steps[at].regions[0].slots.map((s) => [s.name, s.id]));
  assert.deepEqual(changed, { [ids.s]: 'moved', [ids.t]: 'new' });
  assert.ok(m.$(`[data-slot-id="${ids.t}"] .bm-d-change-bar--new`), 'a bar marks the new slot');
  assert.match(m.$(`[data-slot-id="${ids.t}"] title`).textContent, /new since the previous step/);
  const line = m.$('[data-testid="diagram-changes"]');
  assert.equal(line.textContent, 'Changed: new: t; moved out: s.');
  assert.deepEqual(m.$$('[data-testid="diagram-changes"] code').map((c) => c.textContent), ['t', 's']);
  assert.match(m.$('[data-testid="diagram-description"]').textContent, /Changed: new: t; moved out: s\./);

  // One step on, nothing changed: the marks go and the line says so.
  m.click('[data-testid="diagram-next"]');
  const next = diffSteps(steps[at], steps[at + 1]);
  if (!hasChanges(next)) {
    assert.equal(m.$$('[data-change]').length, 0);
    assert.equal(line.textContent, 'Nothing changed since the previous step.');
  }
  // The first step: what the program starts with.
  m.click('[data-testid="diagram-first"]');
  assert.match(line.textContent, /^At the start: 'a \(frame of main\) pushed\.$/);
  assert.equal(m.$('[data-testid="diagram-region"][data-region-id="r1"]').getAttribute('data-change'), 'pushed');
});

test('the panel marks a new borrow and a popped region on the dangling fixture', () => {
  const m = mount();
  const f = fixture('dangling');
  const steps = f.timeline.steps;
  m.panel.update(f.timeline, f.diagnostics);
  for (let i = 0; i < steps.length; i++) {
    m.panel.setStep(i);
    const c = diffSteps(steps[i - 1] ?? null, steps[i]);
    for (const [id, kind] of c.refs) {
      const g = m.$(`[data-testid="diagram-ref"][data-ref-id="${id}"]`);
      if (g) assert.equal(g.getAttribute('data-change'), kind, `step ${i} ref ${id}`);
    }
    for (const [id, kind] of c.regions) {
      const g = m.$(`[data-testid="diagram-region"][data-region-id="${id}"]`);
      assert.ok(g, `step ${i}: region ${id} is drawn (live or as a popped outline)`);
      assert.equal(g.getAttribute('data-change'), kind);
    }
  }
  const newRef = steps.findIndex((s, i) => i > 0 && [...diffSteps(steps[i - 1], s).refs.values()].includes('new'));
  assert.ok(newRef > 0, 'the dangling fixture makes a reference');
});
